"""Addresses with a consistent prefecture and municipality, in the many ways residents and staff write them."""

from __future__ import annotations

import random

from tests.eval.holdout.values import ODD_DASHES, fullwidth, kanji_number

# (prefecture, municipality incl. 郡 or 区, towns)
PLACES = (
    ("茨城県", "つくば市", ("竹園", "吾妻", "並木", "松代", "研究学園", "谷田部", "北条", "みどりの")),
    ("茨城県", "土浦市", ("大和町", "中央", "桜町", "真鍋新町")),
    ("茨城県", "那珂郡東海村", ("舟石川駅西", "村松", "白方")),
    ("茨城県", "水戸市", ("三の丸", "見和", "千波町", "元吉田町")),
    ("東京都", "世田谷区", ("太子堂", "三軒茶屋", "北沢", "奥沢")),
    ("東京都", "足立区", ("千住旭町", "梅島", "竹の塚")),
    ("東京都", "八王子市", ("元本郷町", "子安町", "北野台")),
    ("北海道", "札幌市東区", ("北十六条東", "北二十四条東", "元町")),
    ("北海道", "上川郡東川町", ("北町", "東町", "南町")),
    ("宮城県", "仙台市青葉区", ("国分町", "上杉", "木町通")),
    ("埼玉県", "さいたま市浦和区", ("高砂", "常盤", "岸町")),
    ("千葉県", "船橋市", ("本町", "湊町", "前原西")),
    ("神奈川県", "川崎市中原区", ("小杉町", "新丸子町", "木月")),
    ("長野県", "松本市", ("中央", "深志", "島内")),
    ("長野県", "北佐久郡軽井沢町", ("大字軽井沢", "大字長倉")),
    ("静岡県", "浜松市中央区", ("鍛冶町", "元城町", "高林")),
    ("愛知県", "名古屋市中村区", ("名駅", "則武", "太閤")),
    ("大阪府", "大阪市北区", ("天神橋", "中崎西", "豊崎")),
    ("兵庫県", "神戸市灘区", ("六甲台町", "水道筋", "篠原南町")),
    ("広島県", "広島市安佐南区", ("祇園", "緑井", "長束")),
    ("福岡県", "北九州市小倉北区", ("魚町", "京町", "紺屋町")),
    ("熊本県", "熊本市東区", ("健軍", "月出", "尾ノ上")),
    ("沖縄県", "那覇市", ("久茂地", "おもろまち", "首里当蔵町")),
    ("栃木県", "那須郡那須町", ("大字高久甲", "大字湯本")),
)
KYOTO = ("京都府京都市中京区", ("烏丸通御池上る二条殿町", "河原町通四条上る米屋町", "寺町通二条下る妙満寺前町"))
BUILDINGS = (
    "コーポ{town}",
    "ハイツ白百合",
    "メゾン・ド・ソレイユ",
    "グリーンヒルズ",
    "サンライズ{town}",
    "第二松風荘",
    "パークサイド{town}",
    "レオパレス{town}",
    "ルミエール",
    "市営{town}住宅",
)


def _numbers(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)


def _building(rng: random.Random, town: str) -> str:
    if rng.random() < 0.5:
        return ""
    name = rng.choice(BUILDINGS).format(town=town)
    room = f"{rng.randint(1, 5)}{rng.randint(0, 1)}{rng.randint(1, 9)}"
    return rng.choice(
        [f" {name}{room}号室", f"\u3000{name} {room}", f"{name}{room}", f" {name}{rng.randint(1, 12)}号棟{room}号室"]
    )


def address(rng: random.Random, style: str = "") -> str:
    """A full address; style picks the numbering (dash, chome, kanji, banchi, fw, odd, kyoto, sapporo, short)."""
    pref, city, towns = rng.choice(PLACES)
    town = rng.choice(towns)
    chome, ban, go = _numbers(rng)
    style = (
        style
        or rng.choices(
            ["dash", "chome", "kanji", "banchi", "fw", "odd", "kyoto", "sapporo", "short"], [6, 5, 3, 3, 2, 2, 1, 1, 3]
        )[0]
    )
    head = city if style == "short" or rng.random() < 0.3 else pref + city
    match style:
        case "chome":
            number = f"{chome}丁目{ban}番{go}号"
        case "kanji":
            number = f"{kanji_number(chome)}丁目{kanji_number(ban)}番{kanji_number(go)}号"
        case "banchi":
            number = rng.choice([f"{ban * 37}番地", f"{ban * 11}番地の{go}", f"{ban * 7}番地{go}"])
        case "fw":
            number = fullwidth(rng.choice([f"{chome}-{ban}-{go}", f"{chome}丁目{ban}番{go}号"])).replace("-", "－")
        case "odd":
            dash = rng.choice(ODD_DASHES)
            number = f"{chome}{dash}{ban}{dash}{go}"
        case "kyoto":
            kyoto_city, streets = KYOTO
            return f"{kyoto_city}{rng.choice(streets)}{ban * 13}番地" + _building(rng, "御池")
        case "sapporo":
            sapporo = rng.choice(["北海道札幌市中央区", "札幌市中央区"])
            return f"{sapporo}北{rng.randint(1, 40)}条西{chome}丁目{ban}番{go}号" + _building(rng, "北")
        case _:
            number = f"{chome}-{ban}-{go}"
    if town.startswith("大字"):
        number = f"{ban * 53}番地"
    return f"{head}{town}{number}{_building(rng, town.removeprefix('大字'))}"


def place(rng: random.Random) -> tuple[str, str, str]:
    """(prefecture, municipality, town) for a document that mentions an area without any street number."""
    pref, city, towns = rng.choice(PLACES)
    return pref, city, rng.choice(towns)
