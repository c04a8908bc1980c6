# ruff: noqa: E501 - Japanese text is measured in display width
"""Fictitious values and their written forms for the fifth corpus (people, places, identifiers)."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from tests.eval.blind.model import Val

NUM_FORMS = ("plain", "nohyphen", "fullwidth", "spaced", "ideographic_space", "kanji", "kanji_mixed",
             "zero_width", "line_broken", "mixed")
NUM_FAMILIES = ("PHONE_NUMBER", "POSTAL_CODE", "MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE",
                "PENSION_NUMBER", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "BANK_ACCOUNT",
                "CREDIT_CARD", "CARE_INSURANCE", "DISABILITY_CERTIFICATE")
EMAIL_FORMS = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title",
                "surname_only", "prose")
ADDRESS_FORMS = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
BIRTH_FORMS = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced")

KANJI_DIGITS = "〇一二三四五六七八九"
FW = str.maketrans("0123456789-@.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_",
                   "０１２３４５６７８９－＠．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                   "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ＿")
KD = str.maketrans("0123456789", KANJI_DIGITS)
ZW = "\u200b"

# (kanji, hiragana, romaji) family names: common, rare, and ordinary words
FAMILY = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡邊", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("林", "はやし", "Hayashi"), ("森", "もり", "Mori"), ("岡", "おか", "Oka"),
    ("泉", "いずみ", "Izumi"), ("栄", "さかえ", "Sakae"), ("東", "あずま", "Azuma"), ("原", "はら", "Hara"),
    ("谷", "たに", "Tani"), ("関", "せき", "Seki"), ("星", "ほし", "Hoshi"), ("春日", "かすが", "Kasuga"),
    ("四月一日", "わたぬき", "Watanuki"), ("小鳥遊", "たかなし", "Takanashi"), ("勘解由小路", "かでのこうじ", "Kadenokoji"),
    ("髙橋", "たかはし", "Takahashi"), ("齋藤", "さいとう", "Saito"), ("五十嵐", "いがらし", "Igarashi"),
    ("比嘉", "ひが", "Higa"), ("金城", "きんじょう", "Kinjo"), ("宇佐美", "うさみ", "Usami"),
    ("百目鬼", "どうめき", "Domeki"), ("舟木", "ふなき", "Funaki"), ("宮城", "みやぎ", "Miyagi"),
    ("平", "たいら", "Taira"), ("岩佐", "いわさ", "Iwasa"), ("今", "こん", "Kon"), ("鬼塚", "おにづか", "Onizuka"),
    ("長谷川", "はせがわ", "Hasegawa"), ("柳田", "やなぎだ", "Yanagida"), ("水野", "みずの", "Mizuno"),
    ("大和田", "おおわだ", "Owada"), ("坂ノ上", "さかのうえ", "Sakanoue"), ("井上", "いのうえ", "Inoue"),
    ("松本", "まつもと", "Matsumoto"), ("野口", "のぐち", "Noguchi"), ("阿部", "あべ", "Abe"),
    ("菊地", "きくち", "Kikuchi"), ("千葉", "ちば", "Chiba"), ("福田", "ふくだ", "Fukuda"), ("丸", "まる", "Maru"),
]
GIVEN = [
    ("太郎", "たろう", "Taro"), ("花子", "はなこ", "Hanako"), ("光", "ひかる", "Hikaru"), ("望", "のぞみ", "Nozomi"),
    ("栄", "さかえ", "Sakae"), ("翔太", "しょうた", "Shota"), ("陽菜", "ひな", "Hina"), ("恵美子", "えみこ", "Emiko"),
    ("健一", "けんいち", "Kenichi"), ("和子", "かずこ", "Kazuko"), ("勝", "まさる", "Masaru"), ("誠", "まこと", "Makoto"),
    ("千尋", "ちひろ", "Chihiro"), ("蓮", "れん", "Ren"), ("結衣", "ゆい", "Yui"), ("清", "きよし", "Kiyoshi"),
    ("トメ", "とめ", "Tome"), ("ハル", "はる", "Haru"), ("悠真", "ゆうま", "Yuma"), ("美咲", "みさき", "Misaki"),
    ("実", "みのる", "Minoru"), ("茂", "しげる", "Shigeru"), ("直子", "なおこ", "Naoko"), ("大輔", "だいすけ", "Daisuke"),
    ("明", "あきら", "Akira"), ("進", "すすむ", "Susumu"), ("葵", "あおい", "Aoi"), ("朔", "さく", "Saku"),
    ("文子", "ふみこ", "Fumiko"), ("浩二", "こうじ", "Koji"), ("静", "しずか", "Shizuka"), ("歩", "あゆむ", "Ayumu"),
]
# foreign: (katakana with separator, romanized, origin, native written form or None)
FOREIGN = [
    ("グエン・ティ・ラン", "NGUYEN THI LAN", "ベトナム", None), ("チャン・ヴァン・フン", "TRAN VAN HUNG", "ベトナム", None),
    ("ファム・ミン・トゥアン", "PHAM MINH TUAN", "ベトナム", None), ("レ・ティ・ホア", "LE THI HOA", "ベトナム", None),
    ("ワン・ウェイ", "WANG WEI", "中国", "王偉"), ("リュウ・ヤン", "LIU YANG", "中国", "劉洋"),
    ("チョウ・シュエメイ", "ZHOU XUEMEI", "中国", "周雪梅"), ("キム・ミンジュン", "KIM MINJUN", "韓国", "金敏俊"),
    ("パク・ソヨン", "PARK SOYEON", "韓国", "朴昭妍"), ("イ・ジフン", "LEE JIHOON", "韓国", "李智勲"),
    ("マリア・サントス・レイエス", "Maria Santos Reyes", "フィリピン", None),
    ("ジョセフ・デラクルス", "Joseph Dela Cruz", "フィリピン", None),
    ("カルロス＝エドゥアルド・シルヴァ", "Carlos Eduardo Silva", "ブラジル", None),
    ("アナ・パウラ・オリヴェイラ", "Ana Paula Oliveira", "ブラジル", None),
    ("ラム・バハドゥル・グルン", "Ram Bahadur Gurung", "ネパール", None),
    ("スニタ・タパ・マガル", "SUNITA THAPA MAGAR", "ネパール", None),
    ("シティ・ヌルハリザ", "Siti Nurhaliza", "インドネシア", None), ("アウン・チョー・ミン", "AUNG KYAW MIN", "ミャンマー", None),
    ("ジョン・スミス", "John Smith", "アメリカ", None), ("エレナ＝ソコロワ", "Elena Sokolova", "ロシア", None),
    ("ルイス・フェルナンド・タナカ", "Luis Fernando Tanaka", "ペルー", None),
    ("ドルジ・ツェリン", "DORJI TSHERING", "ブータン", None),
]


@dataclass(frozen=True, slots=True)
class Person:
    family: str
    given: str
    fkana: str
    gkana: str
    froma: str
    groma: str
    foreign: bool = False
    katakana: str = ""
    roman: str = ""
    origin: str = ""
    native: str | None = None


def hira2kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def kanji_num(n: int) -> str:
    """Proper kanji numeral (十二, 六十, 二〇二六 style for years over 999)."""
    if n >= 1000:
        return str(n).translate(KD)
    if n == 0:
        return "〇"
    out = ""
    h, rest = divmod(n, 100)
    if h:
        out += ("" if h == 1 else KANJI_DIGITS[h]) + "百"
    t, u = divmod(rest, 10)
    if t:
        out += ("" if t == 1 else KANJI_DIGITS[t]) + "十"
    if u:
        out += KANJI_DIGITS[u]
    return out


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def mynumber_digit(body: str) -> str:
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def mod11_digit(body: str) -> str:
    """Modulus-11 check digit with weights 2..7 from the right (used for 住民票コード and 免許証, unofficial)."""
    r = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body))) % 11
    return "0" if r <= 1 else str(11 - r)


def license_digit(body10: str) -> str:
    r = sum(int(d) * w for d, w in zip(body10, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


@dataclass(frozen=True, slots=True)
class Num:
    """An identifier as groups of characters and the separator of its usual written form."""

    groups: tuple[str, ...]
    sep: str

    @property
    def raw(self) -> str:
        return "".join(self.groups)


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PHONE_AREAS = [("03", 4, 4), ("06", 4, 4), ("045", 3, 4), ("052", 3, 4), ("011", 3, 4), ("092", 3, 4),
               ("022", 3, 4), ("0166", 2, 4), ("0495", 2, 4), ("0790", 2, 4), ("0267", 2, 4), ("098", 3, 4),
               ("090", 4, 4), ("080", 4, 4), ("070", 4, 4), ("090", 4, 4), ("080", 4, 4), ("050", 4, 4)]


class Ctx:
    """Random source plus per-entity form cyclers, so every form is written about equally often."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._cycles: dict[str, list[str]] = {}
        self.counts: Counter[str] = Counter()

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def next_form(self, entity: str, forms: tuple[str, ...]) -> str:
        queue = self._cycles.setdefault(entity, [])
        if not queue:
            queue.extend(forms)
            self.rng.shuffle(queue)
        return queue.pop()

    def neediest(self, families: tuple[str, ...] | list[str]) -> str:
        return min(families, key=lambda f: (self.counts[f], families.index(f)))

    # ---- people -------------------------------------------------------------------------------
    def person(self, foreign: bool = False) -> Person:
        if foreign:
            kat, rom, origin, native = self.rng.choice(FOREIGN)
            parts = rom.split()
            return Person(parts[0], parts[-1], "", "", parts[0], parts[-1], True, kat, rom, origin, native)
        f = self.rng.choice(FAMILY)
        g = self.rng.choice(GIVEN)
        return Person(f[0], g[0], f[1], g[1], f[2], g[2])

    def relative(self, p: Person) -> Person:
        """A family member: same family name (for Japanese names), another given name."""
        if p.foreign:
            return self.person(True)
        g = self.rng.choice([x for x in GIVEN if x[0] != p.given])
        return Person(p.family, g[0], p.fkana, g[1], p.froma, g[2])

    def name(self, p: Person, form: str) -> Val:
        r = self.rng
        if p.foreign:
            if form == "romanized":
                text = p.roman if r.random() < 0.7 else p.roman.upper()
            elif form in ("surname_only", "title"):
                text = p.katakana.replace("＝", "・").split("・")[0] if r.random() < 0.6 else p.froma.title()
            elif form in ("kanji", "fullwidth_space") and p.native:
                text = p.native[0] + ("　" if form == "fullwidth_space" else "") + p.native[1:]
            else:
                form = "foreign_katakana" if form in ("kanji", "fullwidth_space", "kana", "prose") else form
                text = p.katakana if r.random() < 0.8 else p.katakana.replace("・", "")
            return Val("PERSON", text, form)
        if form == "kanji":
            text = p.family + p.given if r.random() < 0.6 else f"{p.family} {p.given}"
        elif form == "fullwidth_space":
            text = f"{p.family}　{p.given}"
        elif form == "kana":
            if r.random() < 0.5:
                text = f"{hira2kata(p.fkana)}{r.choice(['　', ' ', ''])}{hira2kata(p.gkana)}"
            else:
                text = f"{p.fkana}{r.choice(['　', ' '])}{p.gkana}"
        elif form == "romanized":
            text = r.choice([f"{p.groma} {p.froma}", f"{p.froma.upper()} {p.groma.upper()}", f"{p.froma} {p.groma}"])
        elif form in ("surname_only", "title"):
            text = p.family
        elif form == "foreign_katakana":
            raise ValueError("Japanese person in foreign_katakana")
        else:  # prose
            text = p.family + p.given
        return Val("PERSON", text, form)

    def given_only(self, p: Person) -> Val:
        return Val("PERSON", p.given if not p.foreign else p.groma.title(), "surname_only")

    # ---- numbers ------------------------------------------------------------------------------
    def new_num(self, entity: str, sub: str = "") -> Num:
        r = self.rng
        d = self.digits
        if entity == "PHONE_NUMBER":
            if sub == "free":
                return Num(("0120", d(3), d(3)), "-")
            a, m, n = r.choice(PHONE_AREAS)
            return Num((a, str(r.randint(2, 9)) + d(m - 1), d(n)), "-")
        if entity == "POSTAL_CODE":
            return Num((str(r.randint(0, 9)) + d(2), d(4)), "-")
        if entity == "MY_NUMBER":
            body = str(r.randint(1, 9)) + d(10)
            raw = body + mynumber_digit(body)
            return Num((raw[:4], raw[4:8], raw[8:]), r.choice([" ", " ", "-"]))
        if entity == "RESIDENT_CODE":
            body = d(10)
            raw = body + mod11_digit(body)
            return Num((raw[:4], raw[4:8], raw[8:]), "")
        if entity == "HEALTH_INSURANCE":
            kind = sub or r.choice(["insurer", "insurer", "kouki", "kigo"])
            if kind == "insurer":  # 保険者番号 8 digits, Luhn
                body = r.choice(["01", "06", "31", "67", "39"]) + d(5)
                raw = body + luhn_digit(body)
                return Num((raw[:2], raw[2:4], raw[4:7], raw[7]), "")
            if kind == "kouki":
                body = d(7)
                raw = body + luhn_digit(body)
                return Num((raw[:4], raw[4:]), "")
            return Num((d(r.choice([3, 4])), d(r.choice([2, 3, 6]))), "-")  # 記号-番号, never 8 digits
        if entity == "PENSION_NUMBER":
            return Num((d(4), d(6)), "-")
        if entity == "DRIVER_LICENSE":
            body = r.choice(["30", "41", "62", "45", "50", "12"]) + r.choice(["88", "95", "03", "10", "17"]) + d(6)
            raw = body + license_digit(body) + str(r.randint(0, 2))
            return Num((raw[:4], raw[4:8], raw[8:]), "")
        if entity == "PASSPORT":
            return Num((r.choice(["TK", "TR", "TZ", "MU", "RE", "TH", "AZ"]), d(7)), "")
        if entity == "RESIDENCE_CARD":
            return Num((r.choice(LETTERS) + r.choice(LETTERS), d(8), r.choice(LETTERS) + r.choice(LETTERS)), "")
        if entity == "BANK_ACCOUNT":
            kind = sub or r.choice(["acct", "acct", "branch", "yucho"])
            if kind == "branch":
                return Num((d(3), str(r.randint(0, 4)) + d(6)), "-")
            if kind == "yucho":
                return Num(("1" + d(3) + str(r.randint(0, 9)), d(7) + "1"), "-")
            return Num((str(r.randint(1, 9)) + d(6),), "")
        if entity == "CREDIT_CARD":
            body = r.choice(["4", "5", "35"]) + d(14 if r.random() < 0.6 else 13)
            body = body[:15]
            raw = body + luhn_digit(body)
            return Num((raw[:4], raw[4:8], raw[8:12], raw[12:]), r.choice(["-", " "]))
        if entity == "CARE_INSURANCE":
            return Num((d(4), d(3), d(3)), "")
        if entity == "DISABILITY_CERTIFICATE":
            if r.random() < 0.5:
                return Num((d(2), d(5)), "-")
            return Num((d(3), d(3)), "")
        raise KeyError(entity)

    def render(self, entity: str, num: Num, form: str | None = None) -> Val:
        r = self.rng
        form = form or self.next_form(entity, NUM_FORMS)
        self.counts[entity] += 1
        g = num.groups
        plain = num.sep.join(g)
        if form == "plain":
            text = plain
        elif form == "nohyphen":
            text = num.raw
        elif form == "fullwidth":
            text = plain.translate(FW) if num.sep != " " else "　".join(x.translate(FW) for x in g)
            if r.random() < 0.3:
                text = text.replace("－", "ー")
        elif form == "spaced":
            text = " ".join(num.raw)
        elif form == "ideographic_space":
            text = "\u3000".join(g) if len(g) > 1 and r.random() < 0.7 else "\u3000".join(num.raw)
        elif form == "kanji":
            sep = r.choice(["", "－", "ー", "の"]) if len(g) > 1 else ""
            if entity in ("PASSPORT", "RESIDENCE_CARD"):
                sep = ""
            text = sep.join(x.translate(KD) for x in g)
        elif form == "kanji_mixed":
            if len(g) > 1 and r.random() < 0.5:
                text = "、".join(x.translate(KD) for x in g)
            else:
                k = r.randint(1, max(1, len(num.raw) - 2))
                text = num.raw[:k].translate(KD) + num.raw[k:]
                if text == num.raw.translate(KD):
                    text = num.raw[:-1].translate(KD) + num.raw[-1]
        elif form == "zero_width":
            chars = list(plain)
            for _ in range(r.randint(1, 2)):
                pos = r.randint(1, len(chars) - 1)
                chars.insert(pos, ZW)
            text = "".join(chars)
        elif form == "line_broken":
            if len(g) > 1:
                k = r.randint(1, len(g) - 1)
                sep = num.sep if num.sep.strip() else ""
                text = sep.join(g[:k]) + r.choice([sep, ""]) + "\n" + sep.join(g[k:])
            else:
                k = len(num.raw) // 2
                text = num.raw[:k] + "\n" + num.raw[k:]
        elif form == "mixed":
            style = r.randint(0, 4)
            if style == 0 and entity == "PHONE_NUMBER":
                text = f"{g[0]}({g[1]}){g[2]}"
            elif style == 1:
                text = ".".join(g) if len(g) > 1 else num.raw[:3] + "." + num.raw[3:]
            elif style == 2 and len(g) > 1:
                text = g[0].translate(FW) + "-" + "-".join(g[1:])
            elif style == 3 and len(g) > 1:
                text = "/".join(g)
            else:
                text = " ".join(g) if len(g) > 1 else num.raw[:4] + " " + num.raw[4:]
                if text == plain:
                    text = "(" + g[0] + ") " + " ".join(g[1:])
        else:
            raise KeyError(form)
        return Val(entity, text, form)

    def num(self, entity: str, form: str | None = None, sub: str = "") -> Val:
        return self.render(entity, self.new_num(entity, sub), form)

    # ---- email --------------------------------------------------------------------------------
    def email_raw(self, p: Person | None = None) -> tuple[str, str]:
        r = self.rng
        if p is not None:
            local = r.choice([f"{p.groma.lower()}.{p.froma.lower()}", f"{p.froma.lower()}{r.randint(1, 99)}",
                              f"{p.groma[0].lower()}-{p.froma.lower()}"])
        else:
            local = r.choice(["info", "soudan", "kosodate", "jimu"]) + str(r.randint(1, 9))
        domain = r.choice(["example.jp", "mail.example.com", "example.ne.jp", "docomo.example.jp",
                           "example.co.jp", "ezweb.example.jp", "icloud.example.com"])
        return local, domain

    def email(self, p: Person | None = None, form: str | None = None) -> Val:
        r = self.rng
        form = form or self.next_form("EMAIL_ADDRESS", EMAIL_FORMS)
        self.counts["EMAIL_ADDRESS"] += 1
        local, domain = self.email_raw(p)
        if form == "plain":
            text = f"{local}@{domain}"
        elif form == "at_paren":
            text = f"{local} (at) {domain}" if r.random() < 0.6 else f"{local}(at){domain}"
        elif form == "at_bracket":
            text = f"{local}［at］{domain}" if r.random() < 0.6 else f"{local}[at]{domain}"
        elif form == "at_katakana":
            text = f"{local}{r.choice(['アットマーク', 'あっとまーく', 'アット'])}{domain}"
        elif form == "dot_spelled":
            text = f"{local.replace('.', ' (dot) ')}@{domain.replace('.', ' (dot) ')}"
            if r.random() < 0.5:
                text = f"{local}@{domain.replace('.', '(dot)')}"
        elif form == "fullwidth":
            text = f"{local}@{domain}".translate(FW)
        else:
            text = f"{local} @ {domain.replace('.', ' . ')}"
        return Val("EMAIL_ADDRESS", text, form)
