"""Identifiers, phone numbers and e-mail addresses in all their written forms."""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import Piece, Val
from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.values import Ctx, fullwidth

NUM_ENTITIES = (
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
NUM_FORMS = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "kanji",
    "mixed",
    "zero_width",
    "line_broken",
    "long_vowel_dash",
    "dotted",
    "tab_cell",
    "label_next_line",
    "half_read",
)
NUM_INLINE = tuple(f for f in NUM_FORMS if f not in ("tab_cell", "label_next_line"))
NUM_FIELD = tuple(f for f in NUM_FORMS if f != "tab_cell")
NUM_CELL = tuple(f for f in NUM_FORMS if f not in ("line_broken", "label_next_line"))
DOC_FORMS = (
    "plain",
    "fullwidth",
    "spaced",
    "mixed",
    "zero_width",
    "line_broken",
    "long_vowel_dash",
    "lowercase",
    "tab_cell",
    "label_next_line",
)
DOC_INLINE = tuple(f for f in DOC_FORMS if f not in ("tab_cell", "label_next_line"))
DOC_FIELD = tuple(f for f in DOC_FORMS if f != "tab_cell")
DOC_CELL = tuple(f for f in DOC_FORMS if f not in ("line_broken", "label_next_line"))
PHONE_FORMS = (
    "plain",
    "paren_area",
    "international",
    "fullwidth",
    "spaced",
    "kanji",
    "dictated",
    "long_vowel_dash",
    "extension",
    "half_read",
    "label_next_line",
)
PHONE_INLINE = tuple(f for f in PHONE_FORMS if f != "label_next_line")
PHONE_CELL = ("plain", "paren_area", "fullwidth", "international", "kanji")
EMAIL_FORMS = (
    "plain",
    "fullwidth",
    "at_paren",
    "at_bracket",
    "at_word",
    "at_katakana",
    "spaced",
    "mailto",
    "angle",
    "quoted_header",
)
EMAIL_INLINE = tuple(f for f in EMAIL_FORMS if f != "quoted_header")
DASHES = ("ー", "―", "−")
MOD11_W = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
LICENSE_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def mod11(body: str, weights: Sequence[int]) -> str:
    r = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def groups_for(ctx: Ctx, entity: str) -> list[str]:
    d = ctx.digits
    r = ctx.rng
    if entity == "MY_NUMBER":
        body = str(r.randint(1, 9)) + d(10)
        full = body + mynumber.calc_check_digit(body)
        return [full[:4], full[4:8], full[8:]]
    if entity == "RESIDENT_CODE":
        body = str(r.randint(1, 9)) + d(9)
        full = body + mod11(body, MOD11_W[1:])
        return [full[:4], full[4:8], full[8:]]
    if entity == "HEALTH_INSURANCE":
        if r.random() < 0.6:
            body = r.choice(("01", "06", "31", "39", "63")) + f"{r.randint(1, 47):02d}" + d(3)
            full = body + luhn.calc_check_digit(body)
            return [full[:4], full[4:]]
        body = str(r.randint(1, 4)) + d(4)
        full = body + luhn.calc_check_digit(body)
        return [full[:3], full[3:]]
    if entity == "PENSION_NUMBER":
        return [str(r.randint(1, 9)) + d(3), d(6)]
    if entity == "DRIVER_LICENSE":
        body = f"{r.choice((30, 45, 49, 50, 56, 62, 72, 84))}{r.randint(0, 99):02d}" + d(6)
        full = body + mod11(body, LICENSE_W) + str(r.randint(0, 2))
        return [full[:4], full[4:8], full[8:]]
    if entity == "BANK_ACCOUNT":
        return [d(3), str(r.randint(1, 9)) + d(6)]
    if entity == "CREDIT_CARD":
        body = r.choice(("4", "5")) + d(14)
        full = body + luhn.calc_check_digit(body)
        return [full[i : i + 4] for i in range(0, 16, 4)]
    if entity == "CARE_INSURANCE":
        full = "0" + d(9)
        return [full[:4], full[4:]]
    if entity == "DISABILITY_CERTIFICATE":
        return [d(2), str(r.randint(1, 9)) + d(4)]
    if entity == "POSTAL_CODE":
        return [str(r.randint(1, 9)) + d(2), d(4)]
    raise ValueError(entity)


def yucho_groups(ctx: Ctx) -> list[str]:
    return ["1" + ctx.digits(3) + "0", ctx.digits(7) + "1"]


def render_num(ctx: Ctx, gs: list[str], form: str, entity: str) -> str:
    r = ctx.rng
    sep = " " if entity == "MY_NUMBER" and r.random() < 0.5 else "-"
    plain = sep.join(gs)
    if form in ("plain", "tab_cell", "label_next_line"):
        return plain
    if form == "nohyphen":
        return "".join(gs)
    if form == "fullwidth":
        return fullwidth(plain).replace(" ", "　")
    if form == "spaced":
        return " ".join("".join(gs))
    if form == "kanji":
        return r.choice(("-", "－", "")).join("".join(P.KANJI_DIGITS[int(c)] for c in g) for g in gs)
    if form == "mixed":
        chars = list("-".join(gs))
        idx = [i for i, c in enumerate(chars) if c.isdigit()]
        for i in r.sample(idx, max(1, len(idx) // 2)):
            chars[i] = fullwidth(chars[i])
        return "".join(chars)
    if form == "zero_width":
        g = list(gs)
        k = r.randrange(len(g))
        cut = r.randint(1, len(g[k]) - 1) if len(g[k]) > 1 else 1
        g[k] = g[k][:cut] + "\u200b" + g[k][cut:]
        return "-".join(g) if r.random() < 0.5 else "".join(g)
    if form == "line_broken":
        k = r.randrange(1, len(gs))
        return "-".join(gs[:k]) + r.choice(("-\n", "\n")) + "-".join(gs[k:])
    if form == "long_vowel_dash":
        return r.choice(DASHES).join(gs)
    if form == "dotted":
        return ".".join(gs)
    if form == "half_read":
        k = r.randrange(len(gs))
        if r.random() < 0.5:
            part = "".join(P.KANJI_DIGITS[int(c)] for c in gs[k])
        else:
            part = "".join(P.KATA_READ[int(c)] for c in gs[k])
        return "-".join([*gs[:k], part, *gs[k + 1 :]])
    raise ValueError(form)


def num(ctx: Ctx, entity: str, forms: Sequence[str] = NUM_INLINE, yucho: bool = False) -> tuple[str, Val]:
    if tuple(forms) == NUM_CELL and ctx.counts[(entity, "tab_cell")] < 16:
        forms = ("tab_cell",)
    form = ctx.pick(entity, forms)
    gs = yucho_groups(ctx) if yucho else groups_for(ctx, entity)
    return form, ctx.v(entity, render_num(ctx, gs, form, entity), form)


def num_field(
    ctx: Ctx,
    label: str,
    entity: str,
    forms: Sequence[str] = NUM_FIELD,
    sep: str = "：",
    after: str = "",
    yucho: bool = False,
) -> Piece:
    form, val = num(ctx, entity, forms, yucho)
    return (label, "\n" if form == "label_next_line" else sep, val, after)


# ---- passport / residence card ------------------------------------------------------------------------------
def doc_id(ctx: Ctx, entity: str, forms: Sequence[str] = DOC_INLINE) -> tuple[str, Val]:
    r = ctx.rng
    if tuple(forms) == DOC_CELL and ctx.counts[(entity, "tab_cell")] < 16:
        forms = ("tab_cell",)
    form = ctx.pick(entity, forms)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if entity == "PASSPORT":
        parts = [r.choice(("TK", "TR", "MZ", "TH", "RE", "XS", "AB")), ctx.digits(7)]
    else:
        parts = [r.choice(up) + r.choice(up), ctx.digits(8), r.choice(up) + r.choice(up)]
    plain = "".join(parts)
    if form in ("plain", "tab_cell", "label_next_line"):
        text = plain
    elif form == "fullwidth":
        text = fullwidth(plain)
    elif form == "spaced":
        text = " ".join(plain)
    elif form == "mixed":
        text = "".join(fullwidth(c) if i % 2 else c for i, c in enumerate(plain))
    elif form == "zero_width":
        text = parts[0] + "\u200b" + "".join(parts[1:])
    elif form == "line_broken":
        text = parts[0] + "\n" + "".join(parts[1:])
    elif form == "long_vowel_dash":
        text = r.choice(DASHES).join(parts)
    elif form == "lowercase":
        text = plain.lower()
    else:
        raise ValueError(form)
    return form, ctx.v(entity, text, form)


def doc_field(ctx: Ctx, label: str, entity: str, forms: Sequence[str] = DOC_FIELD, sep: str = "：") -> Piece:
    form, val = doc_id(ctx, entity, forms)
    return (label, "\n" if form == "label_next_line" else sep, val)


# ---- phone -------------------------------------------------------------------------------------------------
AREAS = (
    "03",
    "06",
    "045",
    "052",
    "092",
    "011",
    "022",
    "0166",
    "0263",
    "0276",
    "049",
    "0287",
    "0865",
    "0942",
    "0172",
    "0238",
)


def phone_digits(ctx: Ctx, mobile: bool | None = None) -> list[str]:
    r = ctx.rng
    while True:
        if mobile if mobile is not None else r.random() < 0.55:
            gs = [r.choice(("090", "080", "070")), str(r.randint(1, 9)) + ctx.digits(3), ctx.digits(4)]
        else:
            area = r.choice(AREAS)
            mid = 6 - len(area)
            gs = [area, str(r.randint(2, 9)) + ctx.digits(mid - 1), ctx.digits(4)]
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse("-".join(gs), "JP"))
        except phonenumbers.NumberParseException:
            ok = False
        if ok:
            return gs


def render_phone(ctx: Ctx, gs: list[str], form: str) -> tuple[str, str]:
    """Returns (span text, text after the span)."""
    r = ctx.rng
    plain = "-".join(gs)
    if form in ("plain", "label_next_line"):
        return plain, ""
    if form == "paren_area":
        return f"{gs[0]}({gs[1]}){gs[2]}" if r.random() < 0.6 else f"{gs[0]}（{gs[1]}）{gs[2]}", ""
    if form == "international":
        return f"+81 {gs[0][1:]}-{gs[1]}-{gs[2]}" if r.random() < 0.6 else f"+81{gs[0][1:]}{gs[1]}{gs[2]}", ""
    if form == "fullwidth":
        return fullwidth(plain), ""
    if form == "spaced":
        return " ".join(gs), ""
    if form == "kanji":
        return "－".join("".join(P.KANJI_DIGITS[int(c)] for c in g) for g in gs), ""
    if form == "dictated":
        reads = P.KATA_READ if r.random() < 0.5 else P.HIRA_READ
        joiner = "の" if reads is P.HIRA_READ else r.choice(("の", "、"))
        return joiner.join("".join(reads[int(c)] for c in g) for g in gs), ""
    if form == "long_vowel_dash":
        return r.choice(DASHES).join(gs), ""
    if form == "extension":
        return plain, r.choice((f" 内線{r.randint(100, 899)}", f"（内線 {r.randint(2000, 2999)}）"))
    if form == "half_read":
        k = r.randrange(1, 3)
        hreads: tuple[str, ...] = P.KATA_READ if r.random() < 0.6 else tuple(P.KANJI_DIGITS)
        g = list(gs)
        g[k] = "".join(hreads[int(c)] for c in g[k])
        return "-".join(g), ""
    raise ValueError(form)


def phone(ctx: Ctx, forms: Sequence[str] = PHONE_INLINE, mobile: bool | None = None) -> tuple[str, Piece]:
    form = ctx.pick("PHONE_NUMBER", forms)
    if form == "extension":
        mobile = False
    text, after = render_phone(ctx, phone_digits(ctx, mobile), form)
    return form, (ctx.v("PHONE_NUMBER", text, form), after)


def phone_field(ctx: Ctx, label: str, forms: Sequence[str] = PHONE_FORMS, sep: str = "：") -> Piece:
    form, piece = phone(ctx, forms)
    return (label, "\n" if form == "label_next_line" else sep, piece)


# ---- e-mail ------------------------------------------------------------------------------------------------
def local_part(ctx: Ctx, hint: str) -> str:
    r = ctx.rng
    base = hint.lower().replace(" ", "")[:10] or "info"
    return r.choice((base, f"{base}.{r.randint(1, 99)}", f"{base[:1]}_{base[1:]}", f"{base}{r.randint(60, 99)}"))


def email(ctx: Ctx, hint: str, forms: Sequence[str] = EMAIL_INLINE) -> tuple[str, Piece]:
    """Returns (form, piece); mailto: and <> stay outside the span."""
    r = ctx.rng
    form = ctx.pick("EMAIL_ADDRESS", forms)
    loc, dom = local_part(ctx, hint), r.choice(P.MAIL_DOMAINS)
    plain = f"{loc}@{dom}"
    texts = {
        "plain": plain,
        "fullwidth": fullwidth(plain).replace("－", "-"),
        "at_paren": f"{loc}(at){dom}" if r.random() < 0.5 else f"{loc}（アット）{dom}",
        "at_bracket": f"{loc}[at]{dom}",
        "at_word": f"{loc} at {dom.replace('.', ' dot ')}" if r.random() < 0.5 else f"{loc} at {dom}",
        "at_katakana": f"{loc}{r.choice(('アットマーク', 'アット'))}{dom}",
        "spaced": f"{loc} @ {dom}",
        "mailto": plain,
        "angle": plain,
        "quoted_header": plain,
    }
    v = ctx.v("EMAIL_ADDRESS", texts[form], form)
    if form == "mailto":
        return form, ("mailto:", v)
    if form in ("angle", "quoted_header"):
        return form, ("<", v, ">")
    return form, v
