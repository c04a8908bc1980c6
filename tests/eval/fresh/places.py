"""Hand-written municipalities, towns, buildings, organisations and places, and address rendering."""

from __future__ import annotations

import random

from tests.eval.blind.model import Val
from tests.eval.fresh.digits import kanji_number, to_full

# (prefecture, municipality, towns)
MUNICIPALITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("神奈川県", "相模原市中央区", ("矢部", "清新", "富士見", "星が丘")),
    ("神奈川県", "藤沢市", ("鵠沼海岸", "湘南台", "辻堂元町")),
    ("埼玉県", "川口市", ("本町", "芝新町", "戸塚東")),
    ("千葉県", "船橋市", ("前原西", "習志野台", "本中山")),
    ("東京都", "八王子市", ("元本郷町", "みなみ野", "子安町")),
    ("東京都", "世田谷区", ("桜新町", "経堂", "上北沢")),
    ("群馬県", "高崎市", ("八島町", "上並榎町", "貝沢町")),
    ("長野県", "松本市", ("中央", "県", "島内")),
    ("愛知県", "豊橋市", ("駅前大通", "向山町", "牛川通")),
    ("静岡県", "浜松市中央区", ("佐鳴台", "高丘東", "曳馬")),
    ("大阪府", "堺市北区", ("中百舌鳥町", "新金岡町", "百舌鳥赤畑町")),
    ("兵庫県", "姫路市", ("飾磨区細江", "網干区新在家", "白浜町")),
    ("広島県", "福山市", ("東桜町", "南蔵王町", "引野町")),
    ("福岡県", "久留米市", ("東町", "合川町", "津福本町")),
    ("宮城県", "仙台市青葉区", ("上杉", "国分町", "木町通")),
    ("北海道", "旭川市", ("豊岡四条", "神楽岡", "末広一条")),
    ("沖縄県", "浦添市", ("港川", "牧港", "仲間")),
    ("岐阜県", "可児市", ("広見", "下恵土", "今渡")),
)
BUILDINGS: tuple[str, ...] = (
    "グリーンハイツ",
    "サンライズ",
    "コーポ桜",
    "メゾン・ド・ソレイユ",
    "パークサイド",
    "ハイツ若葉",
    "レオパレス東",
    "市営住宅",
    "県営住宅",
    "ヴィラ青葉",
    "ライオンズマンション",
    "フォレスト",
)

ORGS: tuple[str, ...] = (
    "地域包括支援センターみなみ",
    "社会福祉協議会",
    "市民課",
    "保険年金課",
    "介護保険課",
    "障害福祉課",
    "子育て支援課",
    "税務課",
    "国際交流協会",
    "出入国在留管理庁",
    "ハローワーク",
    "日本年金機構",
    "全国健康保険協会",
    "後期高齢者医療広域連合",
    "市立中央図書館",
    "市教育委員会",
    "消防本部",
    "株式会社みどり交通",
    "中部電力パワーグリッド",
    "ゆうちょ銀行",
    "横浜銀行",
    "みずほ銀行",
    "三井住友銀行",
    "静岡銀行",
    "西日本シティ銀行",
    "七十七銀行",
    "市立第二中学校",
    "さくら保育園",
    "NPO法人多文化ひろば",
    "県立総合医療センター",
    "日本赤十字社",
    "市議会",
    "厚生労働省",
    "総務省",
    "ふれあい訪問看護ステーション",
    "株式会社ケアパートナー",
    "市民活動センター",
    "商工会議所",
)
LOCATIONS: tuple[str, ...] = (
    "相模川",
    "多摩川",
    "駅前広場",
    "中央公園",
    "市民体育館",
    "北口ロータリー",
    "旧市街地",
    "県道52号線",
    "ベトナム",
    "ネパール",
    "フィリピン",
    "ブラジル",
    "ハノイ",
    "カトマンズ",
    "マニラ",
    "サンパウロ",
    "浜名湖",
    "瀬戸内海",
    "富士山",
    "松本城",
    "南アルプス",
    "関東地方",
    "東海地方",
    "九州",
    "北海道",
    "長野県",
    "静岡県",
    "群馬県",
    "高崎市",
    "浜松市",
    "川口市",
    "久留米市",
    "仙台市",
    "第三小学校区",
    "河川敷グラウンド",
    "中心市街地",
    "みなと地区",
    "東地区コミュニティセンター",
)
# Categories, so that sentences stay plausible.
DEPTS: tuple[str, ...] = ("市民課", "保険年金課", "介護保険課", "障害福祉課", "子育て支援課", "税務課", "総務課")
SCHOOLS: tuple[str, ...] = (
    "信州大学",
    "東北大学",
    "名古屋外国語大学",
    "県立農業高等学校",
    "ハノイ国家大学",
    "トリブバン大学",
)
EMPLOYERS: tuple[str, ...] = (
    "株式会社みどり交通",
    "株式会社ケアパートナー",
    "中部電力パワーグリッド",
    "商工会議所",
    "日本赤十字社",
    "市立中央図書館",
    "NPO法人多文化ひろば",
    "社会福祉協議会",
)
PARTNERS: tuple[str, ...] = (
    "社会福祉協議会",
    "国際交流協会",
    "地域包括支援センターみなみ",
    "NPO法人多文化ひろば",
    "日本赤十字社",
    "消防本部",
    "ハローワーク",
    "商工会議所",
    "市教育委員会",
)
HOMETOWNS: tuple[str, ...] = (
    "長野県松本市",
    "群馬県高崎市",
    "北海道旭川市",
    "沖縄県浦添市",
    "静岡県浜松市",
    "宮城県仙台市",
)
FACILITIES: tuple[str, ...] = (
    "駅前広場",
    "中央公園",
    "市民体育館",
    "河川敷グラウンド",
    "東地区コミュニティセンター",
    "北口ロータリー",
)
DISTRICTS: tuple[str, ...] = ("みなと地区", "第三小学校区", "中心市街地", "旧市街地", "東地区", "北部丘陵地区")
REGIONS: tuple[str, ...] = ("関東地方", "東海地方", "九州", "北海道", "長野県", "静岡県", "群馬県")
RIVERS: tuple[str, ...] = ("相模川", "多摩川", "浜名湖", "瀬戸内海", "天竜川", "筑後川")
ABROAD: tuple[str, ...] = ("ハノイ", "カトマンズ", "マニラ", "サンパウロ", "ジャカルタ", "コロンボ", "ヤンゴン")

BANKS: tuple[str, ...] = (
    "横浜銀行",
    "みずほ銀行",
    "三井住友銀行",
    "静岡銀行",
    "西日本シティ銀行",
    "七十七銀行",
    "三菱UFJ銀行",
    "りそな銀行",
    "群馬銀行",
    "八十二銀行",
    "城南信用金庫",
    "JAさがみ",
)
BRANCHES: tuple[str, ...] = ("本店営業部", "駅前支店", "中央支店", "東口支店", "相模大野支店", "新町支店")


def org(rng: random.Random, name: str | tuple[str, ...] | None = None) -> Val:
    """An organisation: a given name, one drawn from a category, or any."""
    chosen = name if isinstance(name, str) else rng.choice(name or ORGS)
    return Val("ORGANIZATION", chosen, "plain")


def loc(rng: random.Random, name: str | tuple[str, ...] | None = None) -> Val:
    """A place: a given name, one drawn from a category, or any."""
    chosen = name if isinstance(name, str) else rng.choice(name or LOCATIONS)
    return Val("LOCATION", chosen, "plain")


ADDRESS_FORMS: tuple[str, ...] = ("plain", "fullwidth", "kanji", "mixed")


def address(rng: random.Random, form: str) -> Val:
    """A resident's address from prefecture (or municipality) through building and room."""
    pref, city, towns = rng.choice(MUNICIPALITIES)
    town = rng.choice(towns)
    chome, ban, go = rng.randint(1, 6), rng.randint(1, 40), rng.randint(1, 30)
    head = (pref if rng.random() < 0.7 else "") + city + town
    room = rng.choice((0, 101, 203, 305, 412, 1102)) if rng.random() < 0.55 else 0
    building = rng.choice(BUILDINGS) if room else ""
    if form == "plain":
        body = rng.choice((f"{chome}-{ban}-{go}", f"{chome}丁目{ban}番{go}号", f"{chome}丁目{ban}-{go}"))
        tail = f" {building}{room}号室" if room and rng.random() < 0.5 else (f" {building} {room}" if room else "")
        return Val("ADDRESS", head + body + tail, form)
    if form == "fullwidth":
        body = (
            to_full(rng.choice((f"{chome}-{ban}-{go}", f"{ban}-{go}")))
            if rng.random() < 0.6
            else (f"{to_full(str(chome))}丁目{to_full(str(ban))}番{to_full(str(go))}号")
        )
        tail = f"\u3000{building}{to_full(str(room))}号室" if room else ""
        return Val("ADDRESS", head + body + tail, form)
    if form == "kanji":
        body = f"{kanji_number(chome)}丁目{kanji_number(ban)}番{kanji_number(go)}号"
        if rng.random() < 0.3:
            body = f"{kanji_number(chome)}丁目{kanji_number(ban)}番地の{kanji_number(go)}"
        tail = f"{building}{kanji_number(room)}号室" if room else ""
        return Val("ADDRESS", head + body + tail, form)
    if form == "mixed":
        dash = rng.choice(("－", "ー", "‐", "−"))
        body = rng.choice(
            (
                f"{kanji_number(chome)}丁目{to_full(str(ban))}{dash}{go}",
                f"{to_full(str(chome))}{dash}{ban}{dash}{to_full(str(go))}",
                f"{chome}丁目{to_full(str(ban))}番地{kanji_number(go)}",
            )
        )
        tail = f" {building}{to_full(str(room))}" if room else ""
        return Val("ADDRESS", head + body + tail, form)
    raise ValueError(form)
