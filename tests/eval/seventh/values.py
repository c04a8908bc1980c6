"""Fictitious personal values: names, places, identifiers with valid check digits, dates."""

from __future__ import annotations

import random
from dataclasses import dataclass

# family names: kanji, hiragana reading, romaji (common, rare, and names that are ordinary words)
FAMILY = [
    ("佐藤", "さとう", "Sato"),
    ("鈴木", "すずき", "Suzuki"),
    ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"),
    ("伊藤", "いとう", "Ito"),
    ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"),
    ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"),
    ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"),
    ("林", "はやし", "Hayashi"),
    ("森", "もり", "Mori"),
    ("岡", "おか", "Oka"),
    ("泉", "いずみ", "Izumi"),
    ("清水", "しみず", "Shimizu"),
    ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"),
    ("藤田", "ふじた", "Fujita"),
    ("小川", "おがわ", "Ogawa"),
    ("岡田", "おかだ", "Okada"),
    ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"),
    ("齋藤", "さいとう", "Saito"),
    ("髙橋", "たかはし", "Takahashi"),
    ("渡邊", "わたなべ", "Watanabe"),
    ("勅使河原", "てしがわら", "Teshigawara"),
    ("四十物", "あいもの", "Aimono"),
    ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"),
    ("五十嵐", "いがらし", "Igarashi"),
    ("百目鬼", "どうめき", "Domeki"),
    ("金城", "きんじょう", "Kinjo"),
    ("比嘉", "ひが", "Higa"),
    ("知念", "ちねん", "Chinen"),
    ("我那覇", "がなは", "Ganaha"),
    ("春日", "かすが", "Kasuga"),
    ("原", "はら", "Hara"),
    ("谷", "たに", "Tani"),
    ("関", "せき", "Seki"),
    ("辻", "つじ", "Tsuji"),
    ("堀", "ほり", "Hori"),
    ("南", "みなみ", "Minami"),
    ("西", "にし", "Nishi"),
    ("星", "ほし", "Hoshi"),
    ("野口", "のぐち", "Noguchi"),
    ("菅原", "すがわら", "Sugawara"),
    ("大和田", "おおわだ", "Owada"),
    ("市川", "いちかわ", "Ichikawa"),
    ("宮城", "みやぎ", "Miyagi"),
    ("千葉", "ちば", "Chiba"),
    ("秋田", "あきた", "Akita"),
    ("福島", "ふくしま", "Fukushima"),
    ("栗林", "くりばやし", "Kuribayashi"),
    ("桑原", "くわばら", "Kuwabara"),
    ("柳田", "やなぎだ", "Yanagida"),
    ("檜山", "ひやま", "Hiyama"),
]
# given names: kanji, hiragana reading, romaji
GIVEN = [
    ("太郎", "たろう", "Taro"),
    ("健一", "けんいち", "Kenichi"),
    ("翔太", "しょうた", "Shota"),
    ("大輝", "だいき", "Daiki"),
    ("蓮", "れん", "Ren"),
    ("悠真", "ゆうま", "Yuma"),
    ("陽翔", "はると", "Haruto"),
    ("誠", "まこと", "Makoto"),
    ("博", "ひろし", "Hiroshi"),
    ("茂", "しげる", "Shigeru"),
    ("勇", "いさむ", "Isamu"),
    ("清", "きよし", "Kiyoshi"),
    ("実", "みのる", "Minoru"),
    ("隆", "たかし", "Takashi"),
    ("浩二", "こうじ", "Koji"),
    ("和也", "かずや", "Kazuya"),
    ("拓海", "たくみ", "Takumi"),
    ("光", "ひかる", "Hikaru"),
    ("望", "のぞみ", "Nozomi"),
    ("栄", "さかえ", "Sakae"),
    ("進", "すすむ", "Susumu"),
    ("正", "ただし", "Tadashi"),
    ("花子", "はなこ", "Hanako"),
    ("陽菜", "ひな", "Hina"),
    ("結衣", "ゆい", "Yui"),
    ("美咲", "みさき", "Misaki"),
    ("さくら", "さくら", "Sakura"),
    ("葵", "あおい", "Aoi"),
    ("凛", "りん", "Rin"),
    ("恵子", "けいこ", "Keiko"),
    ("幸子", "さちこ", "Sachiko"),
    ("洋子", "ようこ", "Yoko"),
    ("京子", "きょうこ", "Kyoko"),
    ("和子", "かずこ", "Kazuko"),
    ("久美子", "くみこ", "Kumiko"),
    ("真由美", "まゆみ", "Mayumi"),
    ("由美", "ゆみ", "Yumi"),
    ("愛", "あい", "Ai"),
    ("舞", "まい", "Mai"),
    ("千尋", "ちひろ", "Chihiro"),
    ("明美", "あけみ", "Akemi"),
    ("芽依", "めい", "Mei"),
    ("ひなた", "ひなた", "Hinata"),
    ("みどり", "みどり", "Midori"),
    ("トメ", "とめ", "Tome"),
    ("キヨ", "きよ", "Kiyo"),
    ("稔", "みのる", "Minoru"),
    ("文子", "ふみこ", "Fumiko"),
    ("智子", "ともこ", "Tomoko"),
    ("直樹", "なおき", "Naoki"),
]
# foreign residents: family (roman), given (roman), family katakana, given katakana, kanji or "", nationality
FOREIGN = [
    ("NGUYEN", "VAN AN", "グエン", "ヴァン・アン", "", "ベトナム"),
    ("TRAN", "THI HOA", "チャン", "ティ・ホア", "", "ベトナム"),
    ("LE", "MINH DUC", "レ", "ミン・ドゥック", "", "ベトナム"),
    ("PHAM", "THI LAN", "ファム", "ティ・ラン", "", "ベトナム"),
    ("HOANG", "VAN NAM", "ホアン", "ヴァン・ナム", "", "ベトナム"),
    ("WANG", "XIAOMING", "ワン", "シャオミン", "王 暁明", "中国"),
    ("LI", "NA", "リ", "ナ", "李 娜", "中国"),
    ("ZHANG", "WEI", "チャン", "ウェイ", "張 偉", "中国"),
    ("LIU", "YANG", "リュウ", "ヤン", "劉 洋", "中国"),
    ("CHEN", "JING", "チェン", "ジン", "陳 静", "中国"),
    ("KIM", "MINJUN", "キム", "ミンジュン", "金 民俊", "韓国"),
    ("PARK", "SEOYEON", "パク", "ソヨン", "朴 瑞妍", "韓国"),
    ("LEE", "JIHOON", "イ", "ジフン", "李 志勲", "韓国"),
    ("SANTOS", "MARIA CRISTINA", "サントス", "マリア・クリスティナ", "", "フィリピン"),
    ("REYES", "JOSE MIGUEL", "レイエス", "ホセ・ミゲル", "", "フィリピン"),
    ("DELA CRUZ", "ANGELICA", "デラクルス", "アンジェリカ", "", "フィリピン"),
    ("SILVA", "JOAO PEDRO", "シルバ", "ジョアン・ペドロ", "", "ブラジル"),
    ("OLIVEIRA", "ANA PAULA", "オリベイラ", "アナ・パウラ", "", "ブラジル"),
    ("SOUZA", "LUCAS HENRIQUE", "ソウザ", "ルーカス・エンリケ", "", "ブラジル"),
    ("SHRESTHA", "RAM BAHADUR", "シュレスタ", "ラム・バハドゥール", "", "ネパール"),
    ("GURUNG", "SITA", "グルン", "シータ", "", "ネパール"),
    ("TAMANG", "BIKASH", "タマン", "ビカス", "", "ネパール"),
    ("RAHAYU", "SITI", "ラハユ", "シティ", "", "インドネシア"),
    ("PERERA", "KASUN", "ペレラ", "カスン", "", "スリランカ"),
    ("AUNG", "KO KO", "アウン", "コ・コ", "", "ミャンマー"),
    ("GARCIA TORRES", "LUIS", "ガルシア・トレス", "ルイス", "", "ペルー"),
]
# places: prefecture, municipality (ward included)
CITIES = [
    ("東京都", "世田谷区"),
    ("東京都", "八王子市"),
    ("神奈川県", "横浜市港北区"),
    ("神奈川県", "相模原市中央区"),
    ("埼玉県", "川口市"),
    ("千葉県", "船橋市"),
    ("大阪府", "堺市北区"),
    ("大阪府", "豊中市"),
    ("愛知県", "名古屋市千種区"),
    ("愛知県", "岡崎市"),
    ("福岡県", "北九州市小倉北区"),
    ("北海道", "旭川市"),
    ("宮城県", "仙台市青葉区"),
    ("広島県", "福山市"),
    ("静岡県", "浜松市中央区"),
    ("新潟県", "長岡市"),
    ("熊本県", "熊本市東区"),
    ("沖縄県", "那覇市"),
    ("長野県", "松本市"),
    ("岐阜県", "大垣市"),
    ("群馬県", "太田市"),
    ("茨城県", "つくば市"),
    ("兵庫県", "姫路市"),
    ("京都府", "宇治市"),
]
TOWNS = [
    "本町",
    "中央",
    "栄町",
    "緑町",
    "旭町",
    "東町",
    "若葉台",
    "桜ケ丘",
    "泉町",
    "柳町",
    "城南",
    "松原",
    "日の出町",
    "富士見",
    "末広町",
    "宮前",
    "花園",
    "青葉町",
    "港町",
    "大字上野",
    "字北原",
]
BUILDINGS = [
    "サンハイツ",
    "コーポ若葉",
    "グランメゾン栄",
    "レジデンス本町",
    "ハイツ緑",
    "パレス松原",
    "メゾン・ド・ソレイユ",
    "市営住宅第2団地3号棟",
    "コーポ山吹",
    "ライオンズマンション城南",
]
AREA_CODES = [
    "03",
    "06",
    "045",
    "052",
    "011",
    "092",
    "0166",
    "0263",
    "0584",
    "0276",
    "029",
    "079",
    "0774",
    "098",
    "022",
    "084",
    "053",
    "0258",
    "096",
    "048",
    "047",
    "042",
]
FREE_MAIL = [
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "icloud.com",
    "outlook.jp",
    "softbank.ne.jp",
    "example.ne.jp",
    "example.com",
]
ERAS = [
    ("令和", "R", 5, (2019, 5, 1)),
    ("平成", "H", 4, (1989, 1, 8)),
    ("昭和", "S", 3, (1926, 12, 25)),
    ("大正", "T", 2, (1912, 7, 30)),
]


def kata(hira: str) -> str:
    """Hiragana to katakana."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


@dataclass(frozen=True)
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sei_rom: str
    mei_rom: str
    foreign: bool = False
    nationality: str = "日本"
    kanji: str = ""


def japanese(rng: random.Random) -> Person:
    f = rng.choice(FAMILY)
    g = rng.choice(GIVEN)
    return Person(f[0], g[0], f[1], g[1], f[2], g[2])


def foreigner(rng: random.Random) -> Person:
    f = rng.choice(FOREIGN)
    return Person(f[2], f[3], f[2], f[3], f[0], f[1], True, f[5], f[4])


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


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def my_number_digit(body: str) -> str:
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def my_number_ok(num: str) -> bool:
    return len(num) == 12 and my_number_digit(num[:11]) == num[11]


def corporate_number(rng: random.Random) -> str:
    """法人番号: 13 digits, leading check digit (9 - sum of weighted digits mod 9)."""
    body = "".join(rng.choice("0123456789") for _ in range(12))
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - s % 9) + body


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def wareki(y: int, m: int, d: int) -> tuple[str, str, int, int]:
    """Era name, letter, code and year in the era of a Gregorian date."""
    for name, letter, code, start in ERAS:
        if (y, m, d) >= start:
            return name, letter, code, y - start[0] + 1
    raise ValueError("too early")


KANJI_DIGITS = "〇一二三四五六七八九"


def kanji_digits(s: str) -> str:
    return "".join(KANJI_DIGITS[int(c)] if c.isdigit() else c for c in s)


def kanji_number(n: int) -> str:
    """A number below 100 read as a word: 六十, 十二, 二十三."""
    tens, ones = divmod(n, 10)
    out = "" if tens == 0 else ("十" if tens == 1 else KANJI_DIGITS[tens] + "十")
    return out + (KANJI_DIGITS[ones] if ones else "") if n else "〇"
