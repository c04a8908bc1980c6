"""Value generator of the tenth corpus: every value is drawn in the least-written form so far."""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from tests.eval.blind.model import Val
from tests.eval.tenth import pools

NUMBER_FORMS = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "ideographic_space",
    "kanji",
    "kanji_mixed",
    "mixed",
    "zero_width",
    "line_broken",
    "grouped_words",
)
PHONE_FORMS = (*NUMBER_FORMS[:-1], "dictated")
EMAIL_FORMS = ("plain", "fullwidth", "spaced", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "mailto")
BIRTH_FORMS = ("seireki", "wareki", "abbrev", "slash", "iso", "compact", "spaced", "kanji_numerals", "age_with_date")
PERSON_FORMS = (
    "kanji",
    "fullwidth_space",
    "kana",
    "surname_only",
    "title",
    "foreign_katakana",
    "romanized",
    "prose",
    "signature",
    "speaker",
)
ADDRESS_FORMS = (
    "plain",
    "fullwidth",
    "hyphen",
    "kanji_numerals",
    "building_room",
    "line_broken",
    "rural",
    "partial",
    "kyoto",
    "hokkaido",
)
ID_ENTITIES = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
KANJI_DIGITS = "〇一二三四五六七八九"
READINGS = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
FULL = str.maketrans(
    "0123456789-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@._",
    "０１２３４５６７８９－ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ＠．＿",
)
KANJI = str.maketrans("0123456789-", KANJI_DIGITS + "－")
_FK = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー"
_HK = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"
ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)))
TODAY = date(2026, 4, 1)


def katakana(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def halfwidth(kata: str) -> str:
    out = []
    for c in kata:
        base = unicodedata.normalize("NFD", c)
        mark = {"\u3099": "ﾞ", "\u309a": "ﾟ"}.get(base[1:], "") if len(base) > 1 else ""
        b = base[0]
        out.append((_HK[_FK.index(b)] if b in _FK else b) + mark)
    return "".join(out)


def kanji_number(n: int) -> str:
    """1..99 as 漢数字 (十, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else KANJI_DIGITS[tens] + "十")
    return head + (KANJI_DIGITS[ones] if ones else "") or "〇"


def my_number_check(base11: str) -> str:
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(w * int(d) for w, d in zip(weights, base11, strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def luhn_check(base: str) -> str:
    total = 0
    for i, d in enumerate(reversed(base)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def corporate_number(base12: str) -> str:
    s = sum((1 if i % 2 == 0 else 2) * int(d) for i, d in enumerate(reversed(base12)))
    return str(9 - s % 9) + base12


def wareki(d: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


@dataclass(frozen=True, slots=True)
class Person:
    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sur_roman: str
    given_roman: str
    foreign: bool
    kata: str = ""


class Gen:
    """Random source plus per-(entity, form) counters; `least` picks the least-written form next."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.entity_counts: Counter[str] = Counter()
        self.last_age = 0

    # -- bookkeeping -------------------------------------------------------------------------------------------
    def least(self, entity: str, forms: tuple[str, ...]) -> str:
        low = min(self.counts[(entity, f)] for f in forms)
        return self.r.choice([f for f in forms if self.counts[(entity, f)] == low])

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        self.entity_counts[entity] += 1
        return Val(entity, text, form)

    def pick(self, items: list[str] | tuple[str, ...]) -> str:
        return self.r.choice(items)

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    # -- people ------------------------------------------------------------------------------------------------
    def person(self, foreign: bool | None = None) -> Person:
        if foreign is None:
            foreign = self.r.random() < 0.18
        if foreign:
            kata, given, family, _origin = self.r.choice(pools.FOREIGN)
            return Person(family, given, "", "", family, given, True, kata)
        s, sk, sr = self.r.choice(pools.SURNAMES)
        g, gk, gr = self.r.choice(pools.GIVEN)
        return Person(s, g, sk, gk, sr, gr, False)

    def name(self, p: Person, form: str | None = None) -> Val:
        """A full name; with no form, the least written of the forms that fit the person."""
        if form is None:
            fits = ("foreign_katakana", "romanized") if p.foreign else ("kanji", "fullwidth_space", "kana", "romanized")
            form = self.least("PERSON", fits)
        return self.val("PERSON", self.name_text(p, form), form)

    def name_text(self, p: Person, form: str) -> str:
        r = self.r
        if form == "romanized":
            fam = p.sur_roman.upper()
            opts = [f"{p.given_roman} {fam}", f"{fam} {p.given_roman}", f"{fam} {p.given_roman.upper()}"]
            if not p.foreign:
                opts += [f"{p.given_roman[0]}. {p.sur_roman}", f"{p.sur_roman} {p.given_roman}"]
            else:
                opts += [f"{fam}, {p.given_roman}"]
            return r.choice(opts)
        if p.foreign:
            return p.kata if form != "surname_only" else p.kata.split("・")[-1].split("＝")[-1]
        if form == "kana":
            hira = r.choice([" ", "　", ""]).join((p.sur_kana, p.given_kana))
            style = r.randrange(4)
            return hira if style == 0 else halfwidth(katakana(hira)) if style == 1 else katakana(hira)
        if form == "fullwidth_space":
            return f"{p.sur}　{p.given}"
        if form in ("surname_only", "title", "speaker"):
            return p.sur
        return r.choice([f"{p.sur}{p.given}", f"{p.sur} {p.given}", f"{p.sur}{p.given}"])

    # -- numbers -----------------------------------------------------------------------------------------------
    def render(self, chunks: list[str], sep: str, form: str) -> str:
        r = self.r
        if form == "plain":
            return sep.join(chunks)
        if form == "nohyphen":
            return "".join(chunks)
        if form == "fullwidth":
            return sep.join(chunks).translate(FULL)
        if form == "spaced":
            return " ".join("".join(chunks))
        if form == "ideographic_space":
            return "\u3000".join(chunks)
        if form == "kanji":
            return (sep or "").join(c.translate(KANJI) for c in chunks)
        if form == "kanji_mixed":
            return (sep or "-").join(c.translate(KANJI) if i % 2 == 0 else c for i, c in enumerate(chunks))
        if form == "mixed":
            parts = list(chunks)
            while len(parts) < 3:
                i = max(range(len(parts)), key=lambda k: len(parts[k]))
                h = len(parts[i]) // 2
                parts[i : i + 1] = [parts[i][:h], parts[i][h:]]
            out = parts[0]
            for i, c in enumerate(parts[1:]):
                out += (" " if i % 2 == 0 else "-") + c
            return out
        if form == "zero_width":
            return "\u200b".join(chunks) if r.random() < 0.6 else (sep + "\u200b").join(chunks)
        if form == "line_broken":
            k = r.randint(1, len(chunks) - 1)
            return sep.join(chunks[:k]) + r.choice(["\n", sep + "\n"] if sep else ["\n"]) + sep.join(chunks[k:])
        if form == "grouped_words":
            return "の".join(chunks)
        if form == "dictated":
            return "の".join("".join(READINGS[int(d)] for d in c) for c in chunks)
        raise ValueError(form)

    def phone(self, kind: str | None = None, form: str | None = None) -> Val:
        r = self.r
        kind = kind or r.choice(["mobile", "mobile", "fixed", "fixed", "ip"])
        if kind == "mobile":
            chunks = [r.choice(["090", "080", "070"]), self.digits(4), self.digits(4)]
        elif kind == "ip":
            chunks = ["050", self.digits(4), self.digits(4)]
        else:
            area = r.choice(
                ["03", "06", "045", "052", "011", "092", "049", "048", "022", "075", "0166", "0267", "0476"]
            )
            n = 10 - len(area)
            local = self.digits(n)
            head = 4 if len(area) == 2 else (3 if len(area) == 3 else 2)
            chunks = [area, local[:head], local[head:]]
        form = form or self.least("PHONE_NUMBER", PHONE_FORMS)
        return self.val("PHONE_NUMBER", self.render(chunks, "-", form), form)

    def postal(self) -> Val:
        form = self.least("POSTAL_CODE", NUMBER_FORMS)
        return self.val("POSTAL_CODE", self.render([self.digits(3), self.digits(4)], "-", form), form)

    def ident(self, entity: str, variant: str = "") -> Val:
        """An identifier of `entity` in its least-written form (variant: 'insurer'/'insured', 'yucho')."""
        r = self.r
        d = self.digits
        sep = ""
        if entity == "MY_NUMBER":
            base = d(11)
            s = base + my_number_check(base)
            chunks, sep = [s[:4], s[4:8], s[8:]], " "
        elif entity == "RESIDENT_CODE":
            s = d(11)
            chunks = [s[:4], s[4:8], s[8:]]
        elif entity == "HEALTH_INSURANCE":
            if variant == "insured":
                chunks, sep = [d(r.choice([4, 5])), d(3) if r.random() < 0.5 else d(4)], "-"
                if sum(map(len, chunks)) in (6, 8):
                    chunks[1] = chunks[1][:-1] if len(chunks[1]) > 3 else chunks[1] + "1"
            else:
                base = r.choice(["06", "01", "31", "39", "67"]) + d(5) if r.random() < 0.7 else d(5)
                s = base + luhn_check(base)
                chunks = [s[:2], s[2:4], s[4:]] if len(s) == 8 else [s[:3], s[3:]]
        elif entity == "PENSION_NUMBER":
            chunks, sep = [d(4), d(6)], "-"
        elif entity == "DRIVER_LICENSE":
            s = r.choice(["30", "45", "50", "62", "11"]) + d(10)
            chunks = [s[:4], s[4:8], s[8:]]
        elif entity == "PASSPORT":
            chunks = [r.choice(["TK", "TR", "TZ", "MZ", "ER"]), d(4), d(3)]
        elif entity == "RESIDENCE_CARD":
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            chunks = ["".join(r.choices(letters, k=2)), d(4), d(4), "".join(r.choices(letters, k=2))]
        elif entity == "BANK_ACCOUNT":
            chunks, sep = ([d(5), d(8)] if variant == "yucho" else [d(3), d(7)]), "-"
        elif entity == "CREDIT_CARD":
            if r.random() < 0.15:
                base = r.choice(["34", "37"]) + d(12)
                s = base + luhn_check(base)
                chunks = [s[:4], s[4:10], s[10:]]
            else:
                base = (r.choice(["4", "5", "35"]) + d(15))[:15]
                s = base + luhn_check(base)
                chunks = [s[:4], s[4:8], s[8:12], s[12:]]
            sep = "-" if r.random() < 0.6 else " "
        elif entity == "CARE_INSURANCE":
            s = "0" + d(9)
            chunks = [s[:3], s[3:6], s[6:]]
        elif entity == "DISABILITY_CERTIFICATE":
            chunks = [d(3), d(r.choice([3, 4]))]
        else:
            raise ValueError(entity)
        form = self.least(entity, NUMBER_FORMS)
        if sep == " " and form in ("plain", "fullwidth"):
            chunks = [c.translate(FULL) for c in chunks] if form == "fullwidth" else chunks
            return self.val(entity, " ".join(chunks), form)
        return self.val(entity, self.render(chunks, sep, form), form)

    # -- e-mail ------------------------------------------------------------------------------------------------
    def email(self, p: Person | None = None, form: str | None = None) -> Val:
        r = self.r
        p = p or self.person()
        sur, giv = p.sur_roman.lower().replace(" ", ""), p.given_roman.lower().split()[0]
        local = r.choice([f"{giv}.{sur}", f"{sur}_{giv[0]}", f"{giv[0]}{sur}{r.randint(1, 99)}", f"{sur}-{giv}"])
        host = r.choice(["example.jp", "example.com", "example.ne.jp", "example.org"])
        form = form or self.least("EMAIL_ADDRESS", EMAIL_FORMS)
        h_dot = host.replace(".", " (dot) ") if r.random() < 0.5 else host.replace(".", "(dot)")
        text = {
            "plain": f"{local}@{host}",
            "mailto": f"{local}@{host}",
            "fullwidth": f"{local}@{host}".translate(FULL),
            "spaced": r.choice([f"{local} @ {host}", f"{local} @ {host.replace('.', ' . ')}"]),
            "at_paren": r.choice([f"{local} (at) {host}", f"{local}(at){host}", f"{local} (アット) {host}"]),
            "at_bracket": r.choice([f"{local}［at］{host}", f"{local}[at]{host}", f"{local}［＠］{host}"]),
            "at_katakana": r.choice([f"{local}アットマーク{host}", f"{local} アットマーク {host}"]),
            "dot_spelled": r.choice([f"{local}@{h_dot}", f"{local} (at) {h_dot}"]),
        }[form]
        return self.val("EMAIL_ADDRESS", text, form)

    # -- dates -------------------------------------------------------------------------------------------------
    def birthday(self, lo: int = 1935, hi: int = 2005) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.r.randrange((date(hi, 12, 31) - start).days))

    def birth(self, lo: int = 1935, hi: int = 2005, form: str | None = None, with_age: bool = False) -> Val:
        r = self.r
        d = self.birthday(lo, hi)
        form = form or self.least("BIRTH_DATE", BIRTH_FORMS if with_age else BIRTH_FORMS[:-1])
        era, letter, ey = wareki(d)
        ey_s = "元" if ey == 1 and r.random() < 0.5 else str(ey)
        text = {
            "seireki": f"{d.year}年{d.month}月{d.day}日",
            "wareki": f"{era}{ey_s}年{d.month}月{d.day}日",
            "abbrev": r.choice([f"{letter}{ey}.{d.month}.{d.day}", f"{letter}{ey}/{d.month}/{d.day}"]),
            "slash": r.choice([f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}"]),
            "iso": d.isoformat(),
            "compact": d.strftime("%Y%m%d"),
            "spaced": r.choice([f"{d.year} 年 {d.month} 月 {d.day} 日", f"{era} {ey} 年 {d.month} 月 {d.day} 日"]),
            "kanji_numerals": r.choice(
                [
                    f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(d.month)}月{kanji_number(d.day)}日",
                    f"{str(d.year).translate(KANJI)}年{kanji_number(d.month)}月{kanji_number(d.day)}日",
                ]
            ),
            "age_with_date": r.choice([f"{d.year}年{d.month}月{d.day}日", f"{era}{ey}年{d.month}月{d.day}日"]),
        }[form]
        age = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
        self.last_age = age
        return self.val("BIRTH_DATE", text, form)

    def day(self) -> str:
        """A date in 2026 that is no birth date (never labelled)."""
        d = date(2026, 1, 5) + timedelta(days=self.r.randrange(340))
        return self.r.choice(
            [
                f"{d.year}年{d.month}月{d.day}日",
                f"令和8年{d.month}月{d.day}日",
                f"{d.month}月{d.day}日",
                f"{d.year}/{d.month:02d}/{d.day:02d}",
                f"R8.{d.month}.{d.day}",
                f"{d.month}/{d.day}",
            ]
        )
