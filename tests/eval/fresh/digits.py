"""Numeric values as groups, rendered in the written forms of the corpus, and check-digit helpers."""

from __future__ import annotations

import random
from dataclasses import dataclass

from stdnum import luhn
from stdnum.jp import in_ as my_number

NUMERIC_FORMS: tuple[str, ...] = (
    "plain",
    "fullwidth",
    "spaced",
    "ideographic_spaced",
    "kanji",
    "kanji_mixed",
    "zero_width",
    "line_broken",
    "mixed",
)
# Round-robin cycle: plain twice as often as each hard form.
NUMERIC_CYCLE: tuple[str, ...] = ("plain", *NUMERIC_FORMS[1:5], "plain", *NUMERIC_FORMS[5:])

_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.@_"
_FULL = (
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－．＠＿"
)
_TO_FULL = str.maketrans(_HALF, _FULL)
_TO_KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")
ODD_DASHES: tuple[str, ...] = ("‐", "―", "−", "ー", "ｰ")
ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\ufeff")
_KANJI_DIGITS = "〇一二三四五六七八九"


def to_full(text: str) -> str:
    """ASCII digits, letters, '-', '.', '@', '_' to their full-width forms."""
    return text.translate(_TO_FULL)


def to_kanji_digits(text: str) -> str:
    """Digit by digit: 2024 -> 二〇二四."""
    return text.translate(_TO_KANJI)


def kanji_number(n: int) -> str:
    """Positional kanji numeral for 0 < n < 10000: 12 -> 十二, 305 -> 三百五."""
    if n == 0:
        return "〇"
    out = []
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out.append(("" if q == 1 else _KANJI_DIGITS[q]) + unit)
    if n:
        out.append(_KANJI_DIGITS[n])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Num:
    """A value as digit/letter groups and the separators written between them in the plain form."""

    groups: tuple[str, ...]
    seps: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.seps) != len(self.groups) - 1 or len(self.groups) < 2:
            raise ValueError(f"bad groups {self.groups} / {self.seps}")

    @property
    def plain(self) -> str:
        return _join(list(self.groups), list(self.seps))

    @property
    def digits(self) -> str:
        return "".join(self.groups)


def num(*parts: str, sep: str = "") -> Num:
    """Num whose groups are all separated by `sep`."""
    return Num(tuple(parts), tuple(sep for _ in parts[1:]))


def _join(groups: list[str], seps: list[str]) -> str:
    out = [groups[0]]
    for sep, group in zip(seps, groups[1:], strict=True):
        out.extend((sep, group))
    return "".join(out)


def _finer(value: Num, pieces: int) -> tuple[list[str], list[str]]:
    """Split the longest groups until there are at least `pieces` groups (new separators are empty)."""
    groups, seps = list(value.groups), list(value.seps)
    while len(groups) < pieces:
        i = max(range(len(groups)), key=lambda k: len(groups[k]))
        g = groups[i]
        if len(g) < 2:
            break
        cut = len(g) // 2
        groups[i : i + 1] = [g[:cut], g[cut:]]
        seps.insert(i, "")
    return groups, seps


def _insert_inside(text: str, inserts: list[str], rng: random.Random) -> str:
    """Insert each string at a distinct inner position (never at the ends)."""
    positions = sorted(rng.sample(range(1, len(text)), k=min(len(inserts), len(text) - 1)), reverse=True)
    for pos, ins in zip(positions, inserts, strict=False):
        text = text[:pos] + ins + text[pos:]
    return text


def render(value: Num, form: str, rng: random.Random) -> str:
    """Write a value in one of NUMERIC_FORMS."""
    groups, seps = list(value.groups), list(value.seps)
    if form == "plain":
        return value.plain
    if form == "fullwidth":
        return to_full(value.plain)
    if form == "spaced":
        return " ".join(value.digits)
    if form == "ideographic_spaced":
        if rng.random() < 0.5:
            return "\u3000".join(value.digits)
        return "\u3000".join(_finer(value, 3)[0])
    if form == "kanji":
        dash = rng.choice(("-", "－", "‐", "ー", "の"))
        return _join([to_kanji_digits(g) for g in groups], [dash if s == "-" else s for s in seps])
    if form == "kanji_mixed":
        groups, seps = _finer(value, 3)
        numeric = [i for i, g in enumerate(groups) if any(c.isdigit() for c in g)]
        start = rng.randrange(2)
        kanji_at = set(numeric[start::2]) or {numeric[0]}
        if kanji_at >= set(numeric):
            kanji_at.discard(numeric[-1])
        return _join([to_kanji_digits(g) if i in kanji_at else g for i, g in enumerate(groups)], seps)
    if form == "zero_width":
        plain = value.plain
        return _insert_inside(plain, [rng.choice(ZERO_WIDTH) for _ in range(rng.randint(1, 3))], rng)
    if form == "line_broken":
        at = rng.randrange(len(seps))
        seps[at] = "\n" if seps[at] == " " else seps[at] + "\n"
        return _join(groups, seps)
    if form == "mixed":
        groups, seps = _finer(value, 3)
        dash_at = rng.randrange(len(seps))
        space_at = (dash_at + 1) % len(seps)
        seps = [rng.choice(("", " ", *ODD_DASHES)) for _ in seps]
        seps[dash_at] = rng.choice(ODD_DASHES)
        seps[space_at] = " "
        full_start = rng.randrange(2)
        written = [to_full(g) if (i + full_start) % 2 == 0 else g for i, g in enumerate(groups)]
        return _join(written, seps)
    raise ValueError(f"unknown numeric form {form}")


def normalize_digits(text: str) -> str:
    """Digits and letters of a written value, in ASCII, with every separator dropped."""
    out = []
    for ch in text:
        if ch in _KANJI_DIGITS:
            out.append(str(_KANJI_DIGITS.index(ch)))
        elif "０" <= ch <= "９" or "Ａ" <= ch <= "Ｚ":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    return "".join(out)


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + rand_digits(rng, 10)
    return body + my_number.calc_check_digit(body)


def make_luhn(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + rand_digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def resident_code_check(body: str) -> str:
    """Modulus-11 check digit in the style of the 個人番号 (the 住民票コード formula is not verified here)."""
    weights = (2, 3, 4, 5, 6, 7, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(reversed(body), weights, strict=True))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)
