"""Fictitious places and identifiers with valid check digits; re-exports the people of names.py."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.eval.third.names import Person as Person
from tests.eval.third.names import foreigner as foreigner
from tests.eval.third.names import japanese as japanese
from tests.eval.third.names import kata as kata

PREF_CITY = [
    ("北海道", "旭川市"),
    ("北海道", "札幌市北区"),
    ("宮城県", "仙台市青葉区"),
    ("福島県", "郡山市"),
    ("茨城県", "水戸市"),
    ("栃木県", "宇都宮市"),
    ("群馬県", "高崎市"),
    ("埼玉県", "川口市"),
    ("埼玉県", "さいたま市浦和区"),
    ("千葉県", "船橋市"),
    ("千葉県", "柏市"),
    ("東京都", "八王子市"),
    ("東京都", "世田谷区"),
    ("東京都", "江戸川区"),
    ("神奈川県", "相模原市中央区"),
    ("神奈川県", "藤沢市"),
    ("新潟県", "長岡市"),
    ("長野県", "松本市"),
    ("静岡県", "浜松市中央区"),
    ("愛知県", "豊田市"),
    ("愛知県", "名古屋市中村区"),
    ("岐阜県", "大垣市"),
    ("三重県", "四日市市"),
    ("滋賀県", "草津市"),
    ("京都府", "宇治市"),
    ("大阪府", "東大阪市"),
    ("大阪府", "堺市北区"),
    ("兵庫県", "姫路市"),
    ("岡山県", "倉敷市"),
    ("広島県", "福山市"),
    ("香川県", "高松市"),
    ("福岡県", "久留米市"),
    ("熊本県", "熊本市東区"),
    ("鹿児島県", "霧島市"),
    ("沖縄県", "沖縄市"),
    ("群馬県", "大泉町"),
]
TOWNS = [
    "本町",
    "栄町",
    "緑が丘",
    "中央",
    "旭町",
    "若葉台",
    "桜木町",
    "東雲",
    "南町",
    "大字上野",
    "清水台",
    "松が枝町",
    "日の出町",
    "宮前",
    "新田",
    "末広",
    "寿町",
    "富士見",
    "花園",
    "城東",
]
BUILDINGS = [
    "コーポ桜",
    "メゾン若葉",
    "グランドハイツ駅前",
    "サンライズマンション",
    "市営住宅B棟",
    "レジデンス花園",
    "第二ひまわり荘",
    "パークサイド東雲",
    "ハイツ緑",
    "アーバンコート",
]
ROOM_SUFFIX = ["号室", "号", ""]

DEPTS = [
    "市民課",
    "保険年金課",
    "介護保険課",
    "障害福祉課",
    "生活福祉課",
    "子ども家庭課",
    "税務課",
    "収納課",
    "国際交流課",
    "市民協働課",
    "総務課",
    "情報政策課",
    "財政課",
    "危機管理課",
    "長寿支援課",
    "地域福祉課",
]
ORGS = [
    *DEPTS,
    "地域包括支援センター",
    "社会福祉協議会",
    "市立第二中学校",
    "市民病院",
    "株式会社みどり建設",
    "有限会社さくら運送",
    "NPO法人ともいき",
    "ハローワーク",
    "出入国在留管理局",
    "年金事務所",
    "協会けんぽ",
    "ゆうちょ銀行",
    "北辰信用金庫",
    "みなと銀行",
    "特別養護老人ホーム陽だまり",
    "訪問看護ステーションあおば",
    "あおぞら保育園",
    "子育て支援センター",
    "児童相談所",
    "選挙管理委員会",
    "教育委員会",
]
PLACES = {
    "city": [
        "旭川市",
        "郡山市",
        "川口市",
        "船橋市",
        "八王子市",
        "浜松市",
        "豊田市",
        "大泉町",
        "姫路市",
        "倉敷市",
        "久留米市",
        "沖縄市",
        "宇都宮市",
        "高崎市",
        "長岡市",
        "松本市",
        "四日市市",
        "草津市",
        "霧島市",
        "柏市",
    ],
    "pref": ["群馬県", "愛知県", "静岡県", "埼玉県", "北海道", "岐阜県", "三重県", "熊本県", "沖縄県", "長野県"],
    "district": ["中央地区", "東部地区", "西部地区", "南部地区", "北部地区", "駅南地区", "旧市街地"],
    "station": ["高崎駅", "豊田市駅", "浜松駅", "川口駅", "柏駅", "長岡駅"],
    "facility": [
        "市民会館",
        "中央公民館",
        "総合体育館",
        "駅前広場",
        "市役所本庁舎",
        "東部支所",
        "郷土資料館",
        "中央図書館",
    ],
    "abroad": ["ハノイ", "サンパウロ", "カトマンズ", "マニラ", "ソウル", "上海", "ジャカルタ", "リマ"],
}


@dataclass(frozen=True)
class Address:
    pref: str
    city: str
    town: str
    chome: int
    ban: int
    go: int
    building: str
    room: int


def address(rng: random.Random) -> Address:
    pref, city = rng.choice(PREF_CITY)
    return Address(
        pref,
        city,
        rng.choice(TOWNS),
        rng.randint(1, 6),
        rng.randint(1, 40),
        rng.randint(1, 30),
        rng.choice(BUILDINGS),
        rng.choice([101, 102, 203, 205, 301, 302, 405, 1203]),
    )


# --- identifiers (digit strings) ---------------------------------------------------------------


def my_number(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(11)]
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
    return "".join(map(str, body)) + str(0 if r <= 1 else 11 - r)


def my_number_valid(digits: str) -> bool:
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(digits[:11], weights, strict=True)) % 11
    return len(digits) == 12 and int(digits[11]) == (0 if r <= 1 else 11 - r)


def resident_code(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(10)]
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3]
    r = sum(d * w for d, w in zip(body, weights, strict=True)) % 11
    return "".join(map(str, body)) + str(0 if r <= 1 else 11 - r)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def insurer_number(rng: random.Random, six: bool = False) -> str:
    body = rand_digits(rng, 5) if six else rng.choice(["01", "06", "31", "32", "39", "67"]) + rand_digits(rng, 5)
    return body + luhn_digit(body)


def credit_card(rng: random.Random) -> list[str]:
    prefix = rng.choice(["4", "4", "5", "35", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + rand_digits(rng, length - 1 - len(prefix))
    full = body + luhn_digit(body)
    if length == 15:
        return [full[:4], full[4:10], full[10:]]
    return [full[i : i + 4] for i in range(0, 16, 4)]


def phone_groups(rng: random.Random, kind: str | None = None) -> list[str]:
    kind = kind or rng.choice(["mobile", "mobile", "mobile", "fixed2", "fixed3", "fixed4", "ip"])
    if kind == "mobile":
        return [rng.choice(["090", "080", "070"]), rand_digits(rng, 4, True), rand_digits(rng, 4)]
    if kind == "fixed2":
        return [rng.choice(["03", "06"]), rand_digits(rng, 4, True), rand_digits(rng, 4)]
    if kind == "fixed3":
        return [
            rng.choice(["045", "052", "022", "027", "048", "092", "075"]),
            rand_digits(rng, 3, True),
            rand_digits(rng, 4),
        ]
    if kind == "fixed4":
        return [rng.choice(["0166", "0276", "0224", "0859", "0538"]), rand_digits(rng, 2, True), rand_digits(rng, 4)]
    if kind == "free":
        return ["0120", rand_digits(rng, 3, True), rand_digits(rng, 3)]
    return ["050", rand_digits(rng, 4, True), rand_digits(rng, 4)]


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "TZ", "MU", "MZ", "ER", "AA", "EB", "C0"[:1] + "H", "P1"[:1] + "B"]) + rand_digits(
        rng, 7
    )


def residence_card(rng: random.Random) -> str:
    return (
        "".join(rng.choice(LETTERS) for _ in range(2))
        + rand_digits(rng, 8)
        + "".join(rng.choice(LETTERS) for _ in range(2))
    )


def driver_license(rng: random.Random) -> str:
    return (
        rng.choice(["30", "45", "50", "62", "81", "94"])
        + f"{rng.randint(0, 99):02d}"
        + rand_digits(rng, 6)
        + str(rng.randint(0, 9))
        + rng.choice("0001")
    )
