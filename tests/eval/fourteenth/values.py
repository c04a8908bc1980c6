"""People and the least-written-form chooser: every personal value goes through `Ctx`."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass

from tests.eval.blind.model import Piece, Val
from tests.eval.fourteenth import pools
from tests.eval.fourteenth.numbers import hira_to_kata, kata_to_hira, to_halfwidth_kana

TODAY = dt.date(2025, 12, 1)
JP_STYLE = ["kanji_space", "kanji_fullspace", "kanji_nospace", "hiragana", "katakana", "halfwidth_kana"]
DECOR = ["reading_paren", "with_age", "dono", "quoted", "line_broken"]
FOREIGN_STYLE = ["foreign_katakana", "romanized", "family_comma_given"]
CONTEXT = [
    "surname_only",
    "given_only",
    "title",
    "speaker",
    "signature",
    "mention",
    "list",
    "relation",
    "english_sentence",
    "prose",
    "table_cell",
]
PERSON_FORMS = JP_STYLE + DECOR + FOREIGN_STYLE + CONTEXT + ["kanji_cnkr"]


@dataclass
class Person:
    fam: str  # as written: kanji, or katakana for foreign names
    giv: str
    fam_kana: str  # katakana reading
    giv_kana: str
    fam_rom: str
    giv_rom: str
    nat: str  # jp, cn, kr, vn, ph, br, np, id, us
    order: str  # fg (family first) or gf
    birth: dt.date

    @property
    def age(self) -> int:
        b = self.birth
        return TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))

    @property
    def foreign(self) -> bool:
        return self.nat not in ("jp", "cn", "kr")

    def kata(self, sep: str = "・") -> str:
        parts = [self.fam_kana, self.giv_kana] if self.order == "fg" else [self.giv_kana, self.fam_kana]
        return sep.join(parts)

    def roman(self, caps: bool) -> str:
        fam = self.fam_rom.upper() if caps else self.fam_rom
        giv = self.giv_rom.upper() if caps else self.giv_rom
        return f"{fam} {giv}" if self.order == "fg" else f"{giv} {fam}"

    def plain(self, rng: random.Random) -> str:
        if self.foreign:
            return self.kata(rng.choice(["・", "・", "＝", " ", ""]))
        return self.fam + rng.choice(["", " ", "　"]) + self.giv


class Ctx:
    """Random source plus the (entity, form) counter that drives the choice of written forms."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()

    # -- generic -------------------------------------------------------------------------------------------
    def pick(self, entity: str, forms: list[str]) -> str:
        order = list(forms)
        self.rng.shuffle(order)
        return min(order, key=lambda f: self.counts[(entity, f)])

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def org(self, text: str) -> Val:
        return Val("ORGANIZATION", text, "org")

    def loc(self, text: str) -> Val:
        return Val("LOCATION", text, "location")

    def choice(self, seq: list[str]) -> str:
        return self.rng.choice(seq)

    # -- people --------------------------------------------------------------------------------------------
    def _birth(self, lo: int, hi: int) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def person(self, kind: str = "adult", nat: str | None = None) -> Person:
        r = self.rng
        if nat is None and kind == "adult" and r.random() < 0.25:
            nat = r.choice(["vn", "ph", "br", "np", "id", "us", "cn", "kr", "cn", "kr", "cn", "kr"])
        nat = nat or "jp"
        lo, hi = {
            "adult": (1950, 2000),
            "child": (2013, 2023),
            "elder": (1930, 1955),
            "old": (1840, 1900),
            "young": (1995, 2006),
        }[kind]
        birth = self._birth(lo, hi)
        if nat in pools.CJK:
            fams, givs = pools.CJK[nat]
            fk, fkana, fr = r.choice(fams)
            gk, gkana, gr = r.choice(givs)
            return Person(fk, gk, fkana, gkana, fr, gr, nat, "fg", birth)
        if nat != "jp":
            order, fams2, givs2 = pools.FOREIGN[nat]
            fr, fkana = r.choice(fams2)
            gr, gkana = r.choice(givs2)
            return Person(fkana, gkana, fkana, gkana, fr, gr, nat, order, birth)
        fam = r.choice(pools.SEI)
        giv = r.choice({"child": pools.KIDS, "old": pools.OLD}.get(kind, pools.MEI))
        return Person(
            fam[0],
            giv[0],
            hira_to_kata(fam[1]),
            hira_to_kata(giv[1]),
            fam[2].capitalize(),
            giv[2].capitalize(),
            "jp",
            "fg",
            birth,
        )

    def _applicable(self, p: Person) -> list[str]:
        if p.nat == "jp":
            return JP_STYLE + DECOR + CONTEXT
        if p.nat in pools.CJK:
            return ["kanji_cnkr", "romanized", "family_comma_given", "with_age", "dono", "quoted", *CONTEXT]
        return [*FOREIGN_STYLE, "with_age", "dono", "quoted", *CONTEXT]

    def name(self, p: Person, forms: list[str] | None = None, hon: str = "") -> Piece:
        """A person's name in the least-written form allowed here and by the person; `hon` follows the span."""
        app = self._applicable(p)
        ok = [f for f in (forms or JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"]) if f in app]
        if not ok:
            ok = [f for f in JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"] if f in app]
        form = self.pick("PERSON", ok)
        return self.render_name(p, form, hon)

    def render_name(self, p: Person, form: str, hon: str = "") -> Piece:
        r = self.rng
        sp = r.choice([" ", "　"])
        v = self.val
        if form == "kanji_space":
            return v("PERSON", f"{p.fam} {p.giv}", form), hon
        if form == "kanji_fullspace":
            return v("PERSON", f"{p.fam}　{p.giv}", form), hon
        if form == "kanji_nospace":
            return v("PERSON", p.fam + p.giv, form), hon
        if form == "hiragana":
            return v("PERSON", kata_to_hira(p.fam_kana) + r.choice(["", sp]) + kata_to_hira(p.giv_kana), form), hon
        if form == "katakana":
            return v("PERSON", p.fam_kana + r.choice(["", sp]) + p.giv_kana, form), hon
        if form == "halfwidth_kana":
            return v("PERSON", to_halfwidth_kana(p.fam_kana + " " + p.giv_kana), form), hon
        if form == "reading_paren":
            kana = p.fam_kana + r.choice(["", " ", "　"]) + p.giv_kana
            return (v("PERSON", p.plain(r), form), "（", v("PERSON", kana, form), "）", hon)
        if form == "kanji_cnkr":
            return (
                v("PERSON", f"{p.fam}{r.choice(['', ' '])}{p.giv}", form),
                "（",
                v("PERSON", p.kata(r.choice(["・", " "])), "reading_paren"),
                "）",
                hon,
            )
        if form == "with_age":
            return v("PERSON", p.plain(r), form), hon, r.choice([f"（{p.age}）", f"（{p.age}歳）", f"、{p.age}歳"])
        if form == "dono":
            return v("PERSON", p.plain(r), form), "殿"
        if form == "quoted":
            return "「", v("PERSON", p.plain(r), form), "」", hon
        if form == "line_broken":
            return v("PERSON", p.fam + "\n" + p.giv, form), hon
        if form == "foreign_katakana":
            return v("PERSON", p.kata(r.choice(["・", "＝", " ", ""])), form), hon
        if form == "romanized":
            return v("PERSON", p.roman(r.random() < 0.6), form), hon
        if form == "family_comma_given":
            return v("PERSON", f"{p.fam_rom.upper()}, {p.giv_rom}", form), hon
        if form == "surname_only":
            return v("PERSON", p.fam, form), hon
        if form == "given_only":
            return v("PERSON", p.giv, form), hon
        if form in ("english_sentence",):
            return v("PERSON", p.roman(False), form), hon
        # context forms: the place makes the form, the name is written plainly
        return v("PERSON", p.plain(r), form), hon

    def sur(self, p: Person, hon: str = "") -> Piece:
        """The family name alone, later in a text."""
        return self.val("PERSON", p.fam, "surname_only"), hon

    def given(self, p: Person, hon: str = "") -> Piece:
        return self.val("PERSON", p.giv, "given_only"), hon

    def ctxname(self, p: Person, form: str, hon: str = "") -> Piece:
        """A name whose form is made by its place (speaker, list, mention, table cell …)."""
        return self.render_name(p, form, hon)

    def roman_name(self, p: Person, form: str = "english_sentence") -> Val:
        return self.val("PERSON", p.roman(False), form)
