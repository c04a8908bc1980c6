"""Names and addresses: Faker ja_JP plus the hard cases (old kanji, one-character and foreign names)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

from tests.eval.values_ids import DASHES, fullwidth, kanji_number

# (kanji, katakana, romanized) family names Faker does not produce
_OLD_FORM_FAMILY = (
    ("齋藤", "サイトウ", "Saito"),
    ("髙橋", "タカハシ", "Takahashi"),
    ("渡邊", "ワタナベ", "Watanabe"),
    ("澤田", "サワダ", "Sawada"),
    ("濱田", "ハマダ", "Hamada"),
    ("櫻井", "サクライ", "Sakurai"),
    ("廣瀬", "ヒロセ", "Hirose"),
    ("吉﨑", "ヨシザキ", "Yoshizaki"),
    ("髙木", "タカギ", "Takagi"),
    ("邊見", "ヘンミ", "Henmi"),
    ("德永", "トクナガ", "Tokunaga"),
    ("國分", "コクブン", "Kokubun"),
)
_ONE_CHAR_FAMILY = (
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("関", "セキ", "Seki"),
)
# Chinese and Korean residents: (family, given, katakana, romanized, gender)
_EAST_ASIAN = (
    ("李", "明", "リ ミン", "Li Ming", "m"),
    ("王", "芳", "オウ ホウ", "Wang Fang", "f"),
    ("張", "偉", "チョウ イ", "Zhang Wei", "m"),
    ("陳", "美玲", "チン メイリン", "Chen Meiling", "f"),
    ("金", "民俊", "キム ミンジュン", "Kim Minjun", "m"),
    ("朴", "智妍", "パク ジヨン", "Park Jiyeon", "f"),
    ("李", "秀英", "イ スヨン", "Lee Suyoung", "f"),
    ("王", "浩然", "オウ コウゼン", "Wang Haoran", "m"),
    ("劉", "洋", "リュウ ヨウ", "Liu Yang", "m"),
)
_FOREIGN_GIVEN = (
    "グエン",
    "マリア",
    "アナ",
    "ジョン",
    "ラジ",
    "サラ",
    "ホセ",
    "アフマド",
    "スレシュ",
    "ピーター",
    "リンダ",
    "チャン",
    "ファン",
    "ミゲル",
    "エミリー",
    "カルロス",
    "ヌル",
    "ダニエル",
)
_FOREIGN_MIDDLE = ("ヴァン", "ティ", "ルイス", "")
_FOREIGN_FAMILY = (
    "ナム",
    "サントス",
    "シルバ",
    "スミス",
    "クマール",
    "ジョンソン",
    "ガルシア",
    "ハサン",
    "シャルマ",
    "ミラー",
    "ブラウン",
    "ホア",
    "ラン",
    "ロドリゲス",
    "ペレイラ",
    "ウィリアムズ",
)
HONORIFICS = ("様", "様", "さん", "さん", "氏", "殿")


@dataclass(frozen=True, slots=True)
class Person:
    """A person with the forms a document may use; foreign names have no separate reading."""

    full: str
    last: str
    first: str
    kana: str
    roman: str


def make_person(rng: random.Random, fake: Faker, gender: str | None = None) -> Person:
    """A Japanese name most of the time; old forms, one-character and foreign names often enough.

    gender "m" or "f" picks a matching given name (foreign katakana names are left as they come).
    """
    roll = rng.random()
    if roll < 0.08:
        parts = [rng.choice(_FOREIGN_GIVEN), rng.choice(_FOREIGN_MIDDLE), rng.choice(_FOREIGN_FAMILY)]
        full = "・".join(p for p in parts if p)
        return Person(full, parts[2], parts[0], full, full)
    if roll < 0.14:
        last, first, kana, roman, _ = rng.choice([n for n in _EAST_ASIAN if gender in (None, n[4])])
        return Person(_join(rng, last, first), last, first, kana, roman)
    if roll < 0.26:
        last, last_kana, last_roman = rng.choice(_OLD_FORM_FAMILY if roll < 0.21 else _ONE_CHAR_FAMILY)
    else:
        last, last_kana, last_roman = fake.last_name_pair()
    pick = {"m": fake.first_name_male_pair, "f": fake.first_name_female_pair}.get(gender or "", fake.first_name_pair)
    first, first_kana, first_roman = pick()
    kana = last_kana + rng.choice([" ", "", "　"]) + first_kana
    return Person(_join(rng, last, first), last, first, kana, f"{last_roman} {first_roman}")


def _join(rng: random.Random, last: str, first: str) -> str:
    return last + rng.choices([" ", "", "　"], weights=[45, 40, 15])[0] + first


def _halfwidth_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF66, 0xFF9E):
        hw = chr(code)
        table.setdefault(unicodedata.normalize("NFKC", hw), hw)
        for mark in ("ﾞ", "ﾟ"):
            composed = unicodedata.normalize("NFKC", hw + mark)
            if len(composed) == 1:
                table.setdefault(composed, hw + mark)
    table["　"] = " "
    table["・"] = "･"
    return table


_HALFWIDTH = _halfwidth_map()


def halfwidth_kana(text: str) -> str:
    """Katakana as half-width kana, as bank account holder names are printed (ｽｽﾞｷ ｲﾁﾛｳ)."""
    return "".join(_HALFWIDTH.get(c, c) for c in text)


# (prefecture, municipality, towns); つくば and its neighbours dominate, as in the city's own records
_PLACES = (
    (
        "茨城県",
        "つくば市",
        (
            "研究学園",
            "吾妻",
            "竹園",
            "千現",
            "並木",
            "春日",
            "天久保",
            "松代",
            "梅園",
            "小野川",
            "谷田部",
            "島名",
            "花畑",
            "大角豆",
            "学園南",
            "東新井",
            "流星台",
            "みどりの",
            "苅間",
        ),
    ),
    ("茨城県", "つくば市", ("研究学園", "吾妻", "竹園", "春日", "二の宮", "東光台", "桜", "上横場", "高野台")),
    ("茨城県", "土浦市", ("大町", "川口", "桜町", "荒川沖東", "中村南")),
    ("茨城県", "牛久市", ("中央", "南", "栄町", "ひたち野東")),
    ("茨城県", "水戸市", ("千波町", "笠原町", "見川", "城南")),
    ("茨城県", "稲敷郡阿見町", ("阿見", "荒川本郷", "中央")),
    ("茨城県", "北相馬郡利根町", ("布川", "羽根野台")),
    ("東京都", "世田谷区", ("三軒茶屋", "北沢", "太子堂")),
    ("東京都", "新宿区", ("西新宿", "高田馬場", "新宿")),
    ("東京都", "八王子市", ("元本郷町", "旭町")),
    ("神奈川県", "横浜市港北区", ("新横浜", "日吉", "大倉山")),
    ("神奈川県", "川崎市中原区", ("小杉町", "木月")),
    ("大阪府", "大阪市北区", ("梅田", "天神橋")),
    ("愛知県", "名古屋市中区", ("栄", "丸の内", "錦")),
    ("千葉県", "柏市", ("柏の葉", "若柴", "柏")),
    ("埼玉県", "さいたま市浦和区", ("高砂", "常盤")),
    ("福岡県", "福岡市博多区", ("博多駅前", "住吉")),
)
_BUILDINGS = ("グランドハイツ", "コーポ", "サンハイツ", "レジデンス", "メゾン", "ハイム", "パークハウス", "荘")


def _block(rng: random.Random) -> str:
    c, b, g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
    n = rng.randint(1, 3999)
    dash = rng.choice(["-", "-", "-", *DASHES])
    styles = [
        f"{c}{dash}{b}{dash}{g}",
        f"{c}{dash}{b}{dash}{g}",
        f"{c}丁目{b}番{g}号",
        f"{kanji_number(c)}丁目{b}番{g}号",
        f"{kanji_number(c)}丁目{b}番地{g}",
        f"{n}番地",
        f"{n}番地の{g}",
        f"{n}番地{g}",
        f"{n}{dash}{g}",
        f"{kanji_number(c)}丁目{kanji_number(b)}番{kanji_number(g)}号",
    ]
    text = rng.choice(styles)
    return fullwidth(text).replace("-", "－") if rng.random() < 0.15 else text


def _building(rng: random.Random, fake: Faker, town: str, after_digit: bool) -> str:
    room = f"{rng.randint(1, 12)}{rng.randint(0, 1)}{rng.randint(1, 9)}"
    name = rng.choice([fake.building_name(), town + rng.choice(_BUILDINGS), rng.choice(_BUILDINGS) + town])
    wing = rng.choice(["", "", "A棟", "B棟", "2号棟"])
    styles = [f" {name}{wing}{room}号室", f"　{name}{wing} {room}", f"{name}{room}号室"]
    return rng.choice([*styles, f"-{room}"] if after_digit else styles)


def address(rng: random.Random, fake: Faker) -> str:
    """Address from 都道府県 (or the municipality) down to the room number."""
    if rng.random() < 0.8:
        pref, city, towns = rng.choice(_PLACES)
        town = rng.choice(towns)
        head = pref + city if rng.random() < 0.75 else city
    else:  # Faker does not pair municipalities with their prefecture: start at the municipality
        head, town = fake.city(), fake.town()
    text = head + town + _block(rng)
    if rng.random() < 0.4:
        text += _building(rng, fake, town, text[-1].isascii() and text[-1].isdigit())
    return text
