"""Identifiers and phone numbers: values with valid check digits, written in every form."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as mynumber

from tests.eval.blind.model import Piece

from . import textforms as tf
from .gen import Gen
from .pools import BANKS, BRANCHES

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
ALNUM = ("PASSPORT", "RESIDENCE_CARD")
IDENTIFIERS = tuple(e for e in NUMERIC + ALNUM if e != "POSTAL_CODE")
NUMERIC_FORMS = (
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
)
WITH_UNITS = frozenset({"POSTAL_CODE", "DRIVER_LICENSE", "DISABILITY_CERTIFICATE"})
ALNUM_FORMS = ("plain", "fullwidth", "spaced", "mixed", "zero_width", "line_broken", "long_vowel_dash", "lowercase")
SEPARATED = frozenset({"nohyphen", "long_vowel_dash", "dotted", "line_broken"})
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
)


def forms_of(entity: str) -> tuple[str, ...]:
    """Every form of an identifier entity, `tab_cell` included."""
    if entity in ALNUM:
        return (*ALNUM_FORMS, "tab_cell")
    extra = ("kanji_with_units",) if entity in WITH_UNITS else ()
    return (*NUMERIC_FORMS, *extra, "tab_cell")


def mod11(body: str) -> str:
    """Check digit with weights 2..7 from the right, remainder ≤ 1 → 0 (the マイナンバー scheme)."""
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


@dataclass(frozen=True)
class Ident:
    piece: Piece
    label: str


def _groups(g: Gen, entity: str, form: str) -> tuple[list[str], str, str]:
    """Digit groups, canonical separator and a context label for a fresh value."""
    rng = g.rng
    if entity == "MY_NUMBER":
        body = g.digits(11)
        d = body + mynumber.calc_check_digit(body)
        return [d[:4], d[4:8], d[8:]], g.choice((" ", "-")), g.choice(("個人番号", "マイナンバー"))
    if entity == "RESIDENT_CODE":
        body = g.digits(10)
        d = body + mod11(body)
        return [d[:3], d[3:7], d[7:]], "-", "住民票コード"
    if entity == "HEALTH_INSURANCE":
        kind = "kigo" if form in SEPARATED else g.choice(("insurer", "kokuho", "kigo"))
        if kind == "insurer":
            body = g.choice(("01", "06", "31", "32", "39", "63")) + f"{rng.randint(1, 47):02d}" + g.digits(3)
            return [body + luhn.calc_check_digit(body)], "", "保険者番号"
        if kind == "kokuho":
            body = f"{rng.randint(1, 47):02d}" + g.digits(3)
            return [body + luhn.calc_check_digit(body)], "", "保険者番号"
        if g.chance(0.5):
            return [g.digits(4), g.digits(3)], g.choice(("-", "・")), "被保険者記号・番号"
        return [g.digits(8), f"{rng.randint(1, 99):02d}"], "-", "記号・番号"
    if entity == "PENSION_NUMBER":
        return [g.digits(4), g.digits(6)], "-", "基礎年金番号"
    if entity == "DRIVER_LICENSE":
        body = f"{rng.randint(10, 97):02d}" + f"{rng.randint(0, 25):02d}" + g.digits(6)
        d = body + mod11(body) + g.choice(("0", "0", "1"))
        return [d[:4], d[4:8], d[8:]], "-", "運転免許証番号"
    if entity == "BANK_ACCOUNT":
        if g.chance(0.25):
            return ["1" + g.digits(3) + "0", g.digits(7) + "1"], "-", "ゆうちょ"
        return [g.digits(3), g.digits(7)], "-", "口座"
    if entity == "CREDIT_CARD":
        shape = rng.randrange(6)
        if shape == 0:
            body = "37" + g.digits(12)
            d = body + luhn.calc_check_digit(body)
            return [d[:4], d[4:10], d[10:]], "-", "カード番号"
        if shape == 1:
            body = "36" + g.digits(11)
            d = body + luhn.calc_check_digit(body)
            return [d[:4], d[4:10], d[10:]], "-", "カード番号"
        prefix = g.choice(("4", "4", "35", "51", "53", "55"))
        body = prefix + g.digits(15 - len(prefix))
        d = body + luhn.calc_check_digit(body)
        return [d[:4], d[4:8], d[8:12], d[12:]], g.choice(("-", " ")), "カード番号"
    if entity == "CARE_INSURANCE":
        return [g.digits(2), g.digits(4), g.digits(4)], "-", "介護保険被保険者番号"
    if entity == "DISABILITY_CERTIFICATE":
        return [f"{rng.randint(1, 47):02d}", g.digits(rng.choice((5, 6)))], "-", "手帳番号"
    if entity == "POSTAL_CODE":
        return [g.digits(3), g.digits(4)], "-", "郵便番号"
    if entity == "PASSPORT":
        letters = g.choice(("TK", "TR", "TS", "MZ", "RE", "AZ", "TH", "MU"))
        return [letters, g.digits(7)], "", "旅券番号"
    if entity == "RESIDENCE_CARD":
        a = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        b = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return [a, g.digits(8), b], "", "在留カード番号"
    raise ValueError(entity)


def render(g: Gen, groups: list[str], sep: str, form: str) -> str:
    rng = g.rng
    plain = sep.join(groups)
    if form in ("plain", "tab_cell"):
        return plain
    if form == "nohyphen":
        return "".join(groups)
    if form == "fullwidth":
        return tf.fullwidth(plain)
    if form == "spaced":
        return " ".join(ch for ch in "".join(groups))
    if form == "kanji":
        ksep = "\u3000" if sep == " " else rng.choice(("ー", "－", "の", ""))
        return tf.kanji_digits(ksep.join(groups))
    if form == "mixed":
        msep = sep if sep in (" ", "") else rng.choice(("-", "－", "ー"))
        return tf.mixed_width(rng, msep.join(groups))
    if form == "zero_width":
        return tf.zero_width(rng, plain)
    if form == "line_broken":
        cut = rng.randrange(1, len(groups))
        return sep.join(groups[:cut]) + "\n" + sep.join(groups[cut:])
    if form == "long_vowel_dash":
        return rng.choice(("ー", "―", "−")).join(groups)
    if form == "dotted":
        return ".".join(groups)
    if form == "lowercase":
        return plain.lower()
    if form == "kanji_with_units":
        return tf.kanji_digits(rng.choice(("ー", "－", "")).join(groups))
    raise ValueError(form)


def ident(g: Gen, entity: str, table: bool = False, forms: tuple[str, ...] | None = None) -> Ident:
    """A fresh identifier in its least-written form (`tab_cell` only, and always, inside tables)."""
    allowed = forms or tuple(f for f in forms_of(entity) if f != "tab_cell")
    form = "tab_cell" if table else g.form(entity, allowed)
    if entity in ALNUM and form == "long_vowel_dash":
        groups, _sep, label = _groups(g, entity, form)
        text = g.choice(("ー", "－", "―")).join(groups)
        return Ident(g.val(entity, text, form), label)
    groups, sep, label = _groups(g, entity, form)
    if entity == "HEALTH_INSURANCE" and len(groups) == 1 and form in SEPARATED:
        raise AssertionError("separated form needs groups")
    text = render(g, groups, sep, form)
    value = g.val(entity, text, form)
    if form == "kanji_with_units":
        if entity == "POSTAL_CODE":
            return Ident(("〒", value), label)
        return Ident(("第", value, "号"), label)
    if entity in ("DRIVER_LICENSE", "DISABILITY_CERTIFICATE") and g.chance(0.2) and "\n" not in text:
        return Ident(("第", value, "号"), label)
    return Ident(value, label)


def bank(g: Gen, table: bool = False) -> tuple[Piece, Piece]:
    """(bank and branch, account): the bank an ORGANIZATION, the branch and 種目 outside every span."""
    acc = ident(g, "BANK_ACCOUNT", table=table)
    if acc.label == "ゆうちょ":
        return (g.org("ゆうちょ銀行"), " 記号-番号"), acc.piece
    kind = g.choice(("普通", "普通", "当座"))
    return (g.org(g.choice(BANKS)), f" {g.choice(BRANCHES)} {kind}"), acc.piece


# ---- phone numbers -----------------------------------------------------------------------------------------
_FIXED: tuple[tuple[str, int], ...] = (
    ("03", 4),
    ("06", 4),
    ("029", 3),
    ("045", 3),
    ("022", 3),
    ("052", 3),
    ("092", 3),
    ("011", 3),
    ("0166", 2),
    ("0296", 2),
    ("0280", 2),
    ("0544", 2),
    ("0858", 2),
    ("0299", 2),
    ("048", 3),
)
_MOBILE = ("090", "080", "070")


def _phone_groups(g: Gen, kind: str) -> list[str]:
    while True:
        if kind == "mobile" or (kind == "any" and g.chance(0.5)):
            groups = [g.choice(_MOBILE), str(g.rng.randint(1, 9)) + g.digits(3), g.digits(4)]
        elif kind == "ip":
            groups = ["050", str(g.rng.randint(1, 9)) + g.digits(3), g.digits(4)]
        else:
            area, n = g.rng.choice(_FIXED)
            groups = [area, str(g.rng.randint(2, 9)) + g.digits(n - 1), g.digits(4)]
        number = phonenumbers.parse("".join(groups), "JP")
        if phonenumbers.is_valid_number(number):
            return groups


def phone(g: Gen, kind: str = "any", forms: tuple[str, ...] = PHONE_FORMS) -> Piece:
    """A valid Japanese number in its least-written form; `extension` keeps 内線 outside the span."""
    form = g.form("PHONE_NUMBER", forms)
    rng = g.rng
    groups = _phone_groups(g, "fixed" if form in ("paren_area", "extension") else kind)
    if form in ("plain", "extension"):
        text = "-".join(groups)
    elif form == "paren_area":
        left, right = rng.choice((("(", ")"), ("（", "）")))
        text = f"{groups[0]}{left}{groups[1]}{right}{groups[2]}"
    elif form == "international":
        rest = [groups[0][1:], *groups[1:]]
        text = rng.choice(("+81-" + "-".join(rest), f"+81 (0){rest[0]} {rest[1]} {rest[2]}", "+81 " + " ".join(rest)))
    elif form == "fullwidth":
        text = tf.fullwidth("-".join(groups)) if g.chance(0.6) else tf.fullwidth("".join(groups))
    elif form == "spaced":
        digits = "".join(groups)
        text = " ".join(digits) if g.chance(0.5) else "  ".join(" ".join(x) for x in groups)
    elif form == "kanji":
        text = tf.kanji_digits(rng.choice(("ー", "－", "―")).join(groups))
    elif form == "dictated":
        text = tf.dictate(rng, groups, hiragana=g.chance(0.4))
    elif form == "long_vowel_dash":
        text = rng.choice(("ー", "―", "−")).join(groups)
    else:
        raise ValueError(form)
    value = g.val("PHONE_NUMBER", text, form)
    if form == "extension":
        ext = g.digits(g.choice((3, 4)))
        return (value, f" 内線{ext}" if g.chance(0.6) else f"（内線{ext}）")
    return value


def freedial(g: Gen) -> str:
    """An organisation's toll-free number: never labelled."""
    return f"0120-{g.digits(3)}-{g.digits(3)}"


def id_lines(g: Gen, k: int, entities: tuple[str, ...] = IDENTIFIERS) -> list[Piece]:
    """k lines, each one identifier of the least-written entities, under a context label."""
    out: list[Piece] = []

    def load(entity: str) -> float:
        forms = forms_of(entity)
        return sum(g.counts[(entity, f)] for f in forms) / len(forms)

    for entity in sorted(entities, key=lambda e: (load(e), g.rng.random()))[:k]:
        if entity == "BANK_ACCOUNT":
            head, acc = bank(g)
            out.append((g.choice(("振込先：", "引落口座 ", "口座：")), head, " ", acc))
            continue
        num = ident(g, entity)
        style = g.rng.randrange(4)
        if style == 0:
            out.append((num.label, "：", num.piece))
        elif style == 1:
            out.append((num.label, " ", num.piece))
        elif style == 2:
            out.append((num.label, "は", num.piece, "です"))
        else:
            out.append(("・", num.label, "（", num.piece, "）"))
    return out
