"""Written forms of values: full-width, kanji digits, spaces, zero-width characters and line breaks."""

from __future__ import annotations

import random

NUMERIC_ENTITIES = (
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
    "PHONE_NUMBER",
    "POSTAL_CODE",
)
NUMERIC_FORMS = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "ideographic_space",
    "kanji",
    "kanji_mixed",
    "zero_width",
    "line_broken",
    "mixed",
)
EMAIL_FORMS = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
PERSON_FORMS = (
    "kanji",
    "fullwidth_space",
    "kana",
    "foreign_katakana",
    "romanized",
    "title",
    "surname_only",
    "prose",
)
ADDRESS_FORMS = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
BIRTH_FORMS = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced", "compact", "iso")

FORMS: dict[str, tuple[str, ...]] = {entity: NUMERIC_FORMS for entity in NUMERIC_ENTITIES}
FORMS |= {
    "EMAIL_ADDRESS": EMAIL_FORMS,
    "PERSON": PERSON_FORMS,
    "ADDRESS": ADDRESS_FORMS,
    "BIRTH_DATE": BIRTH_FORMS,
    "ORGANIZATION": ("plain",),
    "LOCATION": ("plain",),
}
MINIMUM: dict[str, int] = {entity: 8 for entity in NUMERIC_ENTITIES}
MINIMUM |= {"EMAIL_ADDRESS": 5, "PERSON": 5, "ADDRESS": 5, "BIRTH_DATE": 5}

_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-./@_ ()[]"
_FULL = "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ" + (
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－．／＠＿\u3000（）［］"
)
_TO_FULL = str.maketrans(_HALF, _FULL)
KANJI_DIGITS = "〇一二三四五六七八九"
_TO_KANJI = str.maketrans("0123456789", KANJI_DIGITS)
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def fullwidth(text: str) -> str:
    """ASCII digits, letters and common marks to their full-width forms."""
    return text.translate(_TO_FULL)


def kanji_digits(text: str) -> str:
    """Each Arabic digit to its kanji digit (〇一二…), one for one."""
    return text.translate(_TO_KANJI)


def kanji_mix(text: str, rng: random.Random) -> str:
    """Some digits as kanji, the others Arabic: at least one of each."""
    idx = [i for i, ch in enumerate(text) if ch.isascii() and ch.isdigit()]
    if len(idx) < 2:
        return kanji_digits(text)
    chosen = set(rng.sample(idx, rng.randint(1, len(idx) - 1)))
    return "".join(kanji_digits(ch) if i in chosen else ch for i, ch in enumerate(text))


def insert_zero_width(text: str, rng: random.Random, count: int | None = None) -> str:
    """Zero-width characters at one to three interior positions."""
    n = count or rng.randint(1, min(3, len(text) - 1))
    cuts = sorted(rng.sample(range(1, len(text)), min(n, len(text) - 1)), reverse=True)
    for cut in cuts:
        text = text[:cut] + rng.choice(ZERO_WIDTH) + text[cut:]
    return text


def _split_longest(groups: list[str]) -> list[str]:
    longest = max(range(len(groups)), key=lambda i: len(groups[i]))
    g = groups[longest]
    half = len(g) // 2
    return [*groups[:longest], g[:half], g[half:], *groups[longest + 1 :]]


def _join(groups: list[str], sep: str, rng: random.Random, broken: bool) -> str:
    """Join groups; when `broken`, one boundary carries a line break (after its separator)."""
    if len(groups) == 1:
        groups = _split_longest(groups)
    if not broken:
        return sep.join(groups)
    at = rng.randrange(1, len(groups))
    left, right = sep.join(groups[:at]), sep.join(groups[at:])
    glue = "\n" if sep.strip() == "" else sep + "\n"
    return left + glue + right


def render(groups: list[str], sep: str, form: str, rng: random.Random, kanji_seps: tuple[str, ...] = ("-", "")) -> str:
    """Render a grouped number (digits, letters, words such as 普通) in one written form."""
    plain = sep.join(groups)
    if form == "plain":
        return plain
    if form == "nohyphen":
        return "".join(groups)
    if form == "fullwidth":
        return fullwidth(plain)
    if form in ("spaced", "ideographic_space"):
        space = " " if form == "spaced" else "\u3000"
        out = space.join(groups)
        if out == plain or len(groups) == 1:
            out = space.join(_split_longest(groups))
        return out
    if form == "kanji":
        ksep = rng.choice(kanji_seps) if sep == "-" else sep
        return kanji_digits(ksep.join(groups))
    if form == "kanji_mixed":
        return kanji_mix(plain, rng)
    if form == "zero_width":
        return insert_zero_width(plain, rng)
    if form == "line_broken":
        return _join(groups, sep, rng, broken=True)
    if form == "mixed":
        return _mixed(groups, sep, rng)
    raise ValueError(f"unknown numeric form {form!r}")


def _mixed(groups: list[str], sep: str, rng: random.Random) -> str:
    """Two or three of the other distortions at once."""
    recipe = rng.choice(("full_ideo", "kmix_zw", "full_break", "space_zw", "full_zw_break", "ideo_kmix"))
    if recipe == "full_ideo":
        return fullwidth("\u3000".join(groups)) if len(groups) > 1 else fullwidth(_join(groups, "\u3000", rng, False))
    if recipe == "kmix_zw":
        return insert_zero_width(kanji_mix(sep.join(groups), rng), rng)
    if recipe == "full_break":
        return fullwidth(_join(groups, sep, rng, broken=True))
    if recipe == "space_zw":
        return insert_zero_width(_join(groups, " ", rng, False), rng)
    if recipe == "full_zw_break":
        return insert_zero_width(fullwidth(_join(groups, sep, rng, broken=True)), rng, 1)
    return kanji_mix(_join(groups, "\u3000", rng, False), rng)


def render_email(local: str, domain: str, form: str, rng: random.Random) -> str:
    """An e-mail address in one of the ways people write it to dodge harvesters, or mangle it."""
    if form == "plain":
        return f"{local}@{domain}"
    if form == "at_paren":
        return rng.choice((f"{local} (at) {domain}", f"{local}(at){domain}", f"{local}（at）{domain}"))
    if form == "at_bracket":
        return rng.choice((f"{local}［at］{domain}", f"{local}[at]{domain}", f"{local} [at] {domain}"))
    if form == "at_katakana":
        return rng.choice((f"{local}アットマーク{domain}", f"{local} アットマーク {domain}", f"{local}アット{domain}"))
    if form == "dot_spelled":
        dot = rng.choice((" ドット ", "ドット", " dot ", "(dot)"))
        at = rng.choice(("@", " アットマーク "))
        return local.replace(".", dot) + at + domain.replace(".", dot)
    if form == "fullwidth":
        return fullwidth(f"{local}@{domain}")
    if form == "spaced":
        return rng.choice((f"{local} @ {domain}", f"{local} @{domain}", " ".join(f"{local}@{domain}")))
    raise ValueError(f"unknown email form {form!r}")
