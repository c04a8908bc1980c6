"""The generation context (seeded choices, least-written form counts) and people with their written forms."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tests.eval.blind.model import Piece, Val

from . import pools
from .textutil import hankaku, kata, romaji

T = TypeVar("T")
TODAY = dt.date(2025, 11, 20)


class Ctx:
    """Seeded random choices and the (entity, form) counts that drive the choice of the least-written form."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()

    def pick(self, entity: str, forms: Sequence[str]) -> str:
        low = min(self.counts[(entity, f)] for f in forms)
        return self.rng.choice([f for f in forms if self.counts[(entity, f)] == low])

    def least(self, entities: Sequence[str], form: str) -> str:
        low = min(self.counts[(e, form)] for e in entities)
        return self.rng.choice([e for e in entities if self.counts[(e, form)] == low])

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def org(self, name: str) -> Val:
        return self.val("ORGANIZATION", name, "name")

    def loc(self, name: str) -> Val:
        return self.val("LOCATION", name, "name")

    def c(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob


@dataclass
class Person:
    family: str
    given: str
    fam_kana: str  # hiragana for Japanese, katakana for foreign and CJK
    giv_kana: str
    sex: str
    origin: str  # ja, variant, foreign, cjk
    birth: dt.date
    roman_family: str = ""
    roman_given: str = ""
    family_first: bool = True

    @property
    def age(self) -> int:
        b = self.birth
        return TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))

    def full(self, sep: str = "") -> str:
        if self.origin == "foreign":
            a, b = (self.family, self.given) if self.family_first else (self.given, self.family)
            return a + sep + b
        return self.family + sep + self.given

    def kana(self, sep: str = "") -> str:
        return self.fam_kana + sep + self.giv_kana

    def roman(self, style: int) -> str:
        fam, giv = self.roman_family, self.roman_given
        if style == 0:
            return f"{fam} {giv}" if self.family_first else f"{giv} {fam}"
        if style == 1:
            return f"{fam.upper()} {giv.title()}"
        if style == 2:
            return f"{giv.title()} {fam.title()}"
        return f"{giv.lower()} {fam.lower()}"


JA_GENERAL = (
    "full_space",
    "full_zen",
    "full_nospace",
    "hiragana",
    "katakana",
    "hankaku",
    "reading_paren",
    "ruby",
    "variant",
    "title",
    "with_age",
    "dono",
    "quoted",
    "maiden",
)
GENERAL = (*JA_GENERAL, "cjk_kanji", "foreign_katakana", "romanized")
PROSE = (
    "prose",
    "variant",
    "title",
    "with_age",
    "quoted",
    "reading_paren",
    "ruby",
    "maiden",
    "cjk_kanji",
    "foreign_katakana",
    "couple",
)
ROMAN = ("romanized", "initial_family", "comma_given", "english_sentence")
TITLES = (
    "課長",
    "係長",
    "主査",
    "部長",
    "会長",
    "理事長",
    "代表取締役",
    "委員長",
    "校長",
    "センター長",
    "主任",
    "事務局長",
)


def _birth(ctx: Ctx, age_group: str) -> dt.date:
    lo, hi = {"child": (0, 14), "baby": (0, 5), "young": (18, 34), "adult": (22, 78), "elder": (66, 94)}[age_group]
    if age_group in ("child", "baby") and ctx.p(0.2):
        return dt.date(2019, ctx.n(5, 12), ctx.n(1, 28))
    if age_group in ("adult", "young") and ctx.p(0.12):
        return dt.date(1989, ctx.n(1, 12), ctx.n(9, 28))
    age = ctx.n(lo, hi)
    return dt.date(TODAY.year - age - 1, ctx.n(1, 12), ctx.n(1, 28)) + dt.timedelta(days=ctx.n(0, 300))


def make_person(
    ctx: Ctx, origin: str = "ja", age_group: str = "adult", sex: str = "", family: Person | None = None
) -> Person:
    sex = sex or ctx.c("MF")
    birth = _birth(ctx, age_group)
    if family is not None and family.origin in ("foreign", "cjk"):
        origin = family.origin
    if origin == "foreign":
        nat = ctx.c(sorted(pools.FOREIGN))
        first, fams, givs = pools.FOREIGN[nat]
        if family is not None and family.origin == "foreign":
            fk, fr = family.family, family.roman_family
        else:
            fk, fr = ctx.c(fams)
        gk, gr = ctx.c(givs)
        return Person(fk, gk, fk, gk, sex, "foreign", birth, fr, gr, first)
    if origin == "cjk":
        f, fk, g, gk, _nat = ctx.c(pools.CJK)
        if family is not None and family.origin == "cjk":
            f, fk = family.family, family.fam_kana
        return Person(f, g, fk, gk, sex, "cjk", birth, "", "", True)
    if family is not None:
        fam, fkana, origin = family.family, family.fam_kana, family.origin
    else:
        fam, fkana = ctx.c(pools.VARIANT_FAMILY if origin == "variant" else pools.FAMILY)
    if age_group in ("child", "baby"):
        g, gkana = ctx.c(pools.CHILD)
    else:
        g, gkana = ctx.c(pools.MALE if sex == "M" else pools.FEMALE)
    return Person(fam, g, fkana, gkana, sex, origin, birth, romaji(fkana), romaji(gkana), True)


def origin_for(form: str, ctx: Ctx) -> str:
    if form == "variant":
        return "variant"
    if form == "foreign_katakana":
        return "foreign"
    if form == "cjk_kanji":
        return "cjk"
    if form in ROMAN:
        return "foreign" if ctx.p(0.55) else "ja"
    return "ja"


def compatible(p: Person, forms: Sequence[str]) -> list[str]:
    out = []
    for f in forms:
        if f == "variant" and p.origin != "variant":
            continue
        if f == "foreign_katakana" and p.origin != "foreign":
            continue
        if f == "cjk_kanji" and p.origin != "cjk":
            continue
        if f in ROMAN and p.origin == "cjk":
            continue
        if p.origin == "foreign" and f in ("hiragana", "hankaku", "ruby", "reading_paren", "maiden", "katakana"):
            continue
        if p.origin == "cjk" and f in ("hiragana", "hankaku", "ruby", "maiden", "katakana"):
            continue
        out.append(f)
    return out or ["full_space" if p.origin != "foreign" else "foreign_katakana"]


def written(ctx: Ctx, p: Person) -> str:
    """The everyday written full name of a person, spacing varied."""
    if p.origin == "foreign":
        return p.full(ctx.c(("・", "・", "＝", " ", "")))
    return p.full(ctx.c(("", "", " ", "\u3000")))


def person(
    ctx: Ctx,
    forms: Sequence[str],
    honor: str = "様",
    age_group: str = "adult",
    sex: str = "",
    family: Person | None = None,
) -> tuple[Person, Piece]:
    """Draw a new person in the least-written of `forms` and render it (honorific outside the span)."""
    if family is not None:
        probe = make_person(ctx, "ja", age_group, sex, family)
        form = ctx.pick("PERSON", compatible(probe, forms))
        return probe, render(ctx, probe, form, honor)
    form = ctx.pick("PERSON", forms)
    p = make_person(ctx, origin_for(form, ctx), age_group, sex)
    return p, render(ctx, p, form, honor)


def again(ctx: Ctx, p: Person, forms: Sequence[str], honor: str = "様") -> Piece:
    """Render an already known person in the least-written compatible form."""
    return render(ctx, p, ctx.pick("PERSON", compatible(p, forms)), honor)


def surname(ctx: Ctx, p: Person, form: str = "surname_later") -> Val:
    if p.origin == "foreign":
        return ctx.val("PERSON", p.family if ctx.p(0.6) else p.given, form)
    return ctx.val("PERSON", p.family, form)


def render(ctx: Ctx, p: Person, form: str, honor: str = "様") -> Piece:
    v = ctx.val
    h = honor
    if form in ("full_space", "variant", "prose", "cell", "list", "signature", "filename", "quoted_reply"):
        sep = {"full_space": " ", "prose": ""}.get(form, ctx.c(("", " ", "\u3000")))
        if p.origin == "foreign":
            sep = ctx.c(("・", " ", "＝", ""))
        return (v("PERSON", p.full(sep), form), "" if form in ("prose", "cell", "list") else h)
    if form == "full_zen":
        return (v("PERSON", p.full("\u3000"), form), h)
    if form == "full_nospace":
        return (v("PERSON", p.full(""), form), h)
    if form == "hiragana":
        return (v("PERSON", p.kana(ctx.c((" ", "\u3000", ""))), form), h)
    if form == "katakana":
        return (v("PERSON", kata(p.kana(ctx.c((" ", "\u3000", "")))), form), h)
    if form == "hankaku":
        return (v("PERSON", hankaku(kata(p.kana(ctx.c((" ", ""))))), form), h)
    if form == "reading_paren":
        reading = p.kana(ctx.c((" ", "\u3000", "")))
        reading = kata(reading) if ctx.p(0.6) else reading
        if p.origin == "foreign":
            return (v("PERSON", p.roman(0), form), "（", v("PERSON", p.full("・"), form), "）", h)
        return (v("PERSON", written(ctx, p), form), "（", v("PERSON", reading, form), "）", h)
    if form == "ruby":
        return (v("PERSON", f"{p.family}（{p.fam_kana}）{p.given}", form), h)
    if form == "title":
        t = ctx.c(TITLES)
        if ctx.p(0.5):
            return (t + ctx.c((" ", "\u3000", "")), v("PERSON", written(ctx, p), form))
        return (v("PERSON", p.family if ctx.p(0.5) else written(ctx, p), form), t)
    if form == "with_age":
        age = p.age
        tail = ctx.c((f"（{age}）", f"（{age}歳）", f"{h}（{age}）", f"（{age}才）"))
        return (v("PERSON", written(ctx, p), form), tail)
    if form == "dono":
        return (v("PERSON", written(ctx, p), form), ctx.c(("殿", " 殿", "\u3000殿")))
    if form == "quoted":
        o, c = ctx.c((("「", "」"), ("『", "』"), ("“", "”"), ('"', '"')))
        return (o, v("PERSON", written(ctx, p), form), c)
    if form == "maiden":
        old = ctx.c(pools.FAMILY)[0]
        while old == p.family:
            old = ctx.c(pools.FAMILY)[0]
        if ctx.p(0.5):
            return (
                v("PERSON", p.family, form),
                ctx.c(("（旧姓：", "（旧姓 ", "(旧姓・")),
                v("PERSON", old, form),
                "）" if not ctx.p(0.3) else ")",
                v("PERSON", p.given, form),
                h,
            )
        return (v("PERSON", written(ctx, p), form), h, ctx.c(("（旧姓：", "（旧姓 ")), v("PERSON", old, form), "）")
    if form == "cjk_kanji":
        if ctx.p(0.7):
            sep = ctx.c(("・", " ", ""))
            return (
                v("PERSON", p.full(ctx.c((" ", "", "\u3000"))), form),
                "（",
                v("PERSON", p.fam_kana + sep + p.giv_kana, form),
                "）",
                h,
            )
        return (v("PERSON", p.full(" "), form), h)
    if form == "foreign_katakana":
        return (v("PERSON", written(ctx, p), form), h)
    if form == "romanized":
        return (v("PERSON", p.roman(ctx.n(0, 3)), form), h if ctx.p(0.6) else "")
    if form == "initial_family":
        g, f = p.roman_given, p.roman_family
        return (v("PERSON", ctx.c((f"{g[0].upper()}. {f.title()}", f"{g[0].upper()}.{f.upper()}")), form),)
    if form == "comma_given":
        g, f = p.roman_given, p.roman_family
        return (v("PERSON", ctx.c((f"{f.upper()}, {g.title()}", f"{f.title()}, {g.title()}")), form),)
    if form == "english_sentence":
        return (v("PERSON", p.roman(ctx.c((0, 2, 2))), form),)
    if form in ("given_only", "relation"):
        return (v("PERSON", p.given, form), h)
    if form in ("surname_later", "staff_surname", "speaker", "mention"):
        return (surname(ctx, p, form), h)
    if form == "couple":
        pool = pools.FEMALE if p.sex == "M" else pools.MALE
        return (
            v("PERSON", written(ctx, p), form),
            "・",
            v("PERSON", ctx.c(pool)[0], form),
            ctx.c(("夫妻", "ご夫妻", "さん夫妻")),
        )
    raise ValueError(form)
