"""Generation context: the seeded random source, the form balance, people and identifiers."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import Piece, Val
from tests.eval.twelfth import pools
from tests.eval.twelfth import text as tx

TODAY = dt.date(2025, 11, 20)
NUMERIC = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
    "POSTAL_CODE",
)
NUM_INLINE = (
    "plain", "nohyphen", "fullwidth", "spaced", "kanji", "mixed", "zero_width", "line_broken",
    "long_vowel_dash", "dotted", "half_read",
)  # fmt: skip
NUM_FIELD = (*NUM_INLINE, "label_next_line")
ALNUM_INLINE = ("plain", "fullwidth", "spaced", "mixed", "zero_width", "line_broken", "long_vowel_dash", "lowercase")
ALNUM_FIELD = (*ALNUM_INLINE, "label_next_line")
PHONE_INLINE = (
    "plain", "paren_area", "international", "fullwidth", "spaced", "kanji", "dictated", "long_vowel_dash",
    "extension", "half_read",
)  # fmt: skip
PHONE_FIELD = (*PHONE_INLINE, "label_next_line")
MAIL_INLINE = ("plain", "fullwidth", "at_paren", "at_bracket", "at_word", "at_katakana", "spaced", "mailto", "angle")
BIRTH_INLINE = (
    "seireki", "wareki", "gannen", "era_letter", "slash", "iso", "kanji_numerals", "age_with_date",
    "short_year", "weekday",
)  # fmt: skip
BIRTH_FIELD = (*BIRTH_INLINE, "label_next_line")
BIRTH_CELL = ("seireki", "wareki", "era_letter", "slash", "iso", "short_year", "gannen")
ADDR_INLINE = (
    "plain", "fullwidth", "hyphen", "kanji_numerals", "building_room", "line_broken", "rural", "partial",
    "kyoto", "hokkaido", "banchi_no", "seirei_ward", "katakana_building", "ocr_spaced",
)  # fmt: skip
ADDR_FIELD = (*ADDR_INLINE, "label_next_line")
ADDR_CELL = ("plain", "fullwidth", "hyphen", "kanji_numerals", "building_room", "rural", "kyoto", "hokkaido",
             "banchi_no", "seirei_ward", "katakana_building", "partial")  # fmt: skip
NAME_FIELD = ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "reading_parens", "romanized")
NAME_CELL = ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "romanized")
JP_ONLY = frozenset({"kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "reading_parens"})


@dataclass(frozen=True)
class Person:
    sei: str
    mei: str
    sei_h: str
    mei_h: str
    sei_r: str
    mei_r: str
    gender: str
    kata_parts: tuple[str, ...] = ()
    roman_parts: tuple[str, ...] = ()

    @property
    def foreign(self) -> bool:
        return bool(self.kata_parts)


class Ctx:
    """Seeded random source plus the running count of written (entity, form) pairs."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()
        self._used_names: set[tuple[str, str]] = set()
        self.yucho = False  # the next bank account is a ゆうちょ 記号-番号

    # ---- balance -------------------------------------------------------------------------------
    def pick(self, entity: str, allowed: Sequence[str]) -> str:
        low = min(self.counts[(entity, f)] for f in allowed)
        return self.rng.choice([f for f in allowed if self.counts[(entity, f)] == low])

    def v(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def org(self, name: str) -> Val:
        return Val("ORGANIZATION", name, "name")

    def loc(self, name: str) -> Val:
        return Val("LOCATION", name, "name")

    # ---- people --------------------------------------------------------------------------------
    def person(self, gender: str | None = None, foreign: bool = False) -> Person:
        r = self.rng
        if foreign:
            kp, rp, g = r.choice(pools.FOREIGN)
            return Person(kp[0], "・".join(kp[1:]), "", "", rp[0].lower(), rp[-1].lower(), g, kp, rp)
        for _ in range(50):
            s = r.choice(pools.SURNAMES)
            gv = r.choice([x for x in pools.GIVEN if gender is None or x[3] == gender])
            if (s[0], gv[0]) not in self._used_names:
                break
        self._used_names.add((s[0], gv[0]))
        return Person(s[0], gv[0], s[1], gv[1], s[2], gv[2], gv[3])

    def relative(self, p: Person, gender: str | None = None) -> Person:
        q = self.person(gender)
        return Person(p.sei, q.mei, p.sei_h, q.mei_h, p.sei_r, q.mei_r, q.gender)

    def full(self, p: Person) -> str:
        """A natural full name for place forms (prose, speaker, signature…)."""
        if p.foreign:
            return self.rng.choice(("・".join(p.kata_parts), " ".join(p.kata_parts)))
        return self.rng.choice((p.sei + p.mei, p.sei + " " + p.mei, p.sei + p.mei))

    def given(self, p: Person) -> str:
        return p.kata_parts[-1] if p.foreign else p.mei

    def name(self, p: Person, allowed: Sequence[str]) -> Piece:
        ok = [
            f for f in allowed if not (p.foreign and f in JP_ONLY) and not (not p.foreign and f == "foreign_katakana")
        ]
        if p.foreign and not ok:
            ok = ["foreign_katakana"]
        return self.name_as(p, self.pick("PERSON", ok))

    def name_as(self, p: Person, form: str) -> Piece:
        r = self.rng
        t: str
        if form == "kanji":
            t = r.choice((p.sei + p.mei, p.sei + " " + p.mei))
        elif form == "fullwidth_space":
            t = p.sei + "　" + p.mei
        elif form == "hiragana":
            t = p.sei_h + r.choice((" ", "　", "")) + p.mei_h
        elif form == "katakana":
            t = tx.kata(p.sei_h) + r.choice((" ", "　")) + tx.kata(p.mei_h)
        elif form == "halfwidth_kana":
            t = tx.half_kana(p.sei_h) + " " + tx.half_kana(p.mei_h)
        elif form == "reading_parens":
            reading = tx.kata(p.sei_h + " " + p.mei_h) if r.random() < 0.6 else p.sei_h + " " + p.mei_h
            return (self.v("PERSON", p.sei + r.choice(("", " ")) + p.mei, form), "（",
                    self.v("PERSON", reading, form), "）")  # fmt: skip
        elif form == "foreign_katakana":
            parts = list(p.kata_parts)
            if r.random() < 0.35:
                parts = parts[1:] + parts[:1]
            t = r.choice(("・", "＝", " ", "　", "・")).join(parts)
        elif form == "romanized":
            t = self._roman(p)
        elif form == "dono":
            return (self.v("PERSON", self.full(p), form), r.choice((" 殿", "　殿", "殿")))
        elif form == "surname_only" or (form == "title" and r.random() < 0.4):
            t = p.sei
        elif form in ("relation", "given_only"):
            t = self.given(p)
        elif form == "mention":
            opts = [p.sei, p.sei + " " + p.mei] + ([] if p.foreign else [p.sei_h, p.sei_h + " " + p.mei_h])
            t = r.choice(opts)
        else:  # title, prose, speaker, signature, name_with_age, dono, attendance
            t = self.full(p)
        return self.v("PERSON", t, form)

    def _roman(self, p: Person) -> str:
        r = self.rng
        if p.foreign:
            parts = list(p.roman_parts)
            style = r.randrange(3)
            if style == 0:
                return " ".join(parts)
            if style == 1:
                return " ".join(x.capitalize() for x in parts[1:] + parts[:1])
            return parts[0] + ", " + " ".join(x.capitalize() for x in parts[1:])
        s, g = p.sei_r, p.mei_r
        return r.choice(
            (f"{s.upper()} {g.capitalize()}", f"{g.capitalize()} {s.capitalize()}", f"{s.upper()} {g.upper()}")
        )

    # ---- identifiers ---------------------------------------------------------------------------
    def _digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def id_groups(self, entity: str) -> tuple[list[str], str]:
        r = self.rng
        if entity == "MY_NUMBER":
            base = self._digits(11)
            n = base + mynumber.calc_check_digit(base)
            return [n[:4], n[4:8], n[8:]], r.choice((" ", "-", "", " "))
        if entity == "RESIDENT_CODE":
            n = self._digits(11)
            return [n[:4], n[4:8], n[8:]], r.choice(("", " ", "-"))
        if entity == "HEALTH_INSURANCE":
            kind = r.randrange(3)
            if kind == 0:
                b = r.choice(("01", "06", "31", "32", "34", "39", "63")) + self._digits(5)
                n = b + luhn.calc_check_digit(b)
                return [n[:4], n[4:]], ""
            if kind == 1:
                b = str(r.randint(10000, 99999))
                n = b + luhn.calc_check_digit(b)
                return [n[:3], n[3:]], ""
            k = self._digits(r.choice((4, 5)))
            return [k, self._digits(7 - len(k) if len(k) == 4 else 4)], r.choice(("・", "-", " "))
        if entity == "PENSION_NUMBER":
            n = str(r.randint(1000, 9999)) + self._digits(6)
            return [n[:4], n[4:]], r.choice(("-", "-", " ", ""))
        if entity == "DRIVER_LICENSE":
            while True:
                b = f"{r.choice((30, 41, 44, 45, 46, 50, 52, 53, 54, 55))}{r.randint(0, 99):02d}{self._digits(6)}"
                w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
                cd = (11 - sum(int(c) * x for c, x in zip(b, w, strict=True)) % 11) % 11 % 10
                n = b + str(cd) + str(r.choice((0, 0, 1, 2)))
                if not mynumber.is_valid(n):
                    return [n[:4], n[4:8], n[8:]], r.choice(("", " ", "-"))
        if entity == "BANK_ACCOUNT":
            return [f"{r.randint(1, 899):03d}", self._digits(7)], r.choice(("-", " ", "-"))
        if entity == "CREDIT_CARD":
            b = r.choice(("4", "5" + str(r.randint(1, 5)), "35")) + ""
            b = b + self._digits(15 - len(b))
            n = b + luhn.calc_check_digit(b)
            return [n[:4], n[4:8], n[8:12], n[12:]], r.choice((" ", "-", ""))
        if entity == "CARE_INSURANCE":
            n = r.choice(("00", "01", "10", "00")) + self._digits(8)
            return [n[:4], n[4:]], ""
        if entity == "DISABILITY_CERTIFICATE":
            n = self._digits(r.choice((6, 7)))
            return [n[:3], n[3:]], r.choice(("", "", "-"))
        if entity == "POSTAL_CODE":
            return [f"{r.randint(100, 999)}", f"{r.randint(0, 9999):04d}"], "-"
        if entity == "PASSPORT":
            return [r.choice(("TK", "TR", "MZ", "TH", "RE", "AB", "NA")), self._digits(7)], ""
        if entity == "RESIDENCE_CARD":
            a = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            z = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            return [a, self._digits(8), z], ""
        raise ValueError(entity)

    def ident(self, entity: str, form: str) -> Val:
        groups, sep = self.id_groups(entity)
        if entity == "BANK_ACCOUNT" and self.yucho:
            groups, sep = [f"1{self._digits(3)}0", self._digits(7) + "1"], "-"
        lower = form == "lowercase"
        text = sep.join(groups).lower() if lower else tx.render_groups(groups, form, sep, self.rng)
        return self.v(entity, text, form)

    # ---- phone, mail, birth, address --------------------------------------------------------------
    def phone_groups(self, mobile: bool | None = None) -> list[str]:
        r = self.rng
        areas = (("03", 4), ("06", 4), ("029", 3), ("011", 3), ("022", 3), ("045", 3), ("052", 3), ("048", 3),
                 ("0166", 2), ("0297", 2), ("0299", 2), ("0263", 2), ("050", 4))  # fmt: skip
        while True:
            if mobile if mobile is not None else r.random() < 0.55:
                g = [r.choice(("090", "080", "070")), str(r.randint(1000, 9999)), self._digits(4)]
            else:
                a, k = r.choice(areas)
                g = [a, str(r.randint(2, 9)) + self._digits(k - 1), self._digits(4)]
            if phonenumbers.is_valid_number(phonenumbers.parse("".join(g), "JP")):
                return g

    def phone(self, form: str, mobile: bool | None = None) -> Piece:
        r = self.rng
        g = self.phone_groups(mobile)
        t: str
        if form in ("plain", "label_next_line"):
            t = r.choice(("-".join(g), "-".join(g), "".join(g)))
        elif form == "paren_area":
            t = f"{g[0]}({g[1]}){g[2]}" if r.random() < 0.6 else f"{g[0]}（{g[1]}）{g[2]}"
        elif form == "international":
            t = r.choice(("+81-" + "-".join([g[0][1:], *g[1:]]), "+81 " + " ".join([g[0][1:], *g[1:]])))
        elif form == "fullwidth":
            t = tx.fw("-".join(g))
        elif form == "spaced":
            t = " ".join(g) if r.random() < 0.5 else " ".join("".join(g))
        elif form == "kanji":
            t = r.choice(("－", "の", "")).join(tx.kanji_digits(x) for x in g)
        elif form == "dictated":
            hira = r.random() < 0.4
            t = r.choice(("、", "の", " ", "　")).join(tx.reading(x, r, hira) for x in g)
        elif form == "long_vowel_dash":
            t = r.choice(tx.DASHES).join(g)
        elif form == "extension":
            return (self.v("PHONE_NUMBER", "-".join(g), form), r.choice(("（内線", " 内線", " ext.")) +
                    str(r.randint(100, 4999)) + ("）" if r.random() < 0.5 else ""))  # fmt: skip
        elif form == "half_read":
            k = r.randrange(1, 3)
            parts = list(g)
            parts[k] = tx.reading(parts[k], r) if r.random() < 0.5 else tx.kanji_digits(parts[k])
            t = "-".join(parts)
        else:
            raise ValueError(form)
        return self.v("PHONE_NUMBER", t, form)

    def mail_text(self, p: Person | None) -> str:
        r = self.rng
        if p is None:
            p = self.person()
        s, g = p.sei_r, p.mei_r
        local = r.choice(
            (f"{g}.{s}", f"{s}-{g[0]}", f"{g[0]}{s}{r.randint(1, 99)}", f"{s}_{g}", f"{s}.{g}{r.randint(70, 99)}")
        )
        return local + "@" + r.choice(("example.jp", "example.com", "example.ne.jp", "example.org"))

    def mail(self, form: str, p: Person | None = None) -> Piece:
        r = self.rng
        m = self.mail_text(p)
        local, dom = m.split("@")
        if form in ("plain", "quoted_header"):
            return self.v("EMAIL_ADDRESS", m, form)
        if form == "mailto":
            return ("mailto:", self.v("EMAIL_ADDRESS", m, form))
        if form == "angle":
            return ("<", self.v("EMAIL_ADDRESS", m, form), ">")
        t = {
            "fullwidth": tx.fw(m),
            "at_paren": local + r.choice(("(at)", "（at）", "(@)")) + dom,
            "at_bracket": local + r.choice(("[at]", "［at］", "[@]")) + dom,
            "at_word": local + r.choice((" at ", " atmark ", "_at_")) + dom,
            "at_katakana": local + r.choice((" アットマーク ", "アットマーク", " アット ")) + dom,
            "spaced": r.choice((f"{local} @ {dom}", f"{local} @ {dom.replace('.', ' . ')}")),
        }[form]
        return self.v("EMAIL_ADDRESS", t, form)

    def birth(self, form: str, lo: int = 1935, hi: int = 2000) -> Piece:
        r = self.rng
        if form == "gannen":
            era, start, end = r.choice(
                [("平成", dt.date(1989, 1, 8), dt.date(1989, 12, 31))] * (2 if lo < 1990 else 1)
                + ([("令和", dt.date(2019, 5, 1), dt.date(2019, 12, 31))] if hi >= 2015 else [])
                + ([("昭和", dt.date(1926, 12, 25), dt.date(1926, 12, 31))] if lo < 1930 else [])
            )
            d = start + dt.timedelta(days=r.randrange((end - start).days + 1))
            return self.v("BIRTH_DATE", f"{era}元年{d.month}月{d.day}日", form)
        d = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        if form in ("age_with_date", "weekday", "label_next_line"):
            t = tx.date_text(d, r.choice(("seireki", "wareki")), r)
            v = self.v("BIRTH_DATE", t, form)
            if form == "age_with_date":
                age = TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
                return (v, r.choice((f"（{age}歳）", f" {age}歳", f"（満{age}歳）")))
            if form == "weekday":
                return (v, r.choice(("（{}）", "({})", "（{}曜日）", " {}曜")).format(tx.weekday(d)))
            return v
        return self.v("BIRTH_DATE", tx.date_text(d, form, r), form)

    def other_date(self, style: str | None = None, past_days: int = 400) -> str:
        r = self.rng
        d = TODAY - dt.timedelta(days=r.randrange(past_days))
        st = style or r.choice(("wareki", "seireki", "slash", "md", "era_letter"))
        if st == "md":
            return f"{d.month}月{d.day}日（{tx.weekday(d)}）"
        return tx.date_text(d, st, r)

    def address(self, form: str) -> Val:
        from tests.eval.twelfth.address import address_text

        return self.v("ADDRESS", address_text(self.rng, "plain" if form == "label_next_line" else form), form)

    def render(self, entity: str, form: str, p: Person | None = None, lo: int = 1935, hi: int = 2000) -> Piece:
        if entity == "PERSON":
            assert p is not None
            return self.name_as(p, form)
        if entity == "ADDRESS":
            return self.address(form)
        if entity == "PHONE_NUMBER":
            return self.phone(form)
        if entity == "EMAIL_ADDRESS":
            return self.mail(form, p)
        if entity == "BIRTH_DATE":
            return self.birth(form, lo, hi)
        return self.ident(entity, form)

    def val(self, entity: str, allowed: Sequence[str], **kw: object) -> Piece:
        if entity == "PERSON":
            p = kw["p"]
            assert isinstance(p, Person)
            return self.name(p, allowed)
        return self.render(entity, self.pick(entity, allowed), **kw)  # type: ignore[arg-type]

    def field(self, label: str, entity: str, allowed: Sequence[str], sep: str = "：", **kw: object) -> Piece:
        """`label：value`, or the label alone on a line and the value on the next (label_next_line)."""
        if entity == "PERSON":
            p = kw["p"]
            assert isinstance(p, Person)
            return (label, sep, self.name(p, allowed))
        form = self.pick(entity, allowed)
        value = self.render(entity, form, **kw)  # type: ignore[arg-type]
        if form == "label_next_line":
            return (label, "\n", value)
        return (label, sep, value)
