"""Writing digit strings in the forms the corpus covers (full-width, spaced, kanji, zero-width ...)."""

from __future__ import annotations

from collections.abc import Sequence
from random import Random

NUM_FORMS: tuple[str, ...] = (
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
KANJI_DIGITS = "〇一二三四五六七八九"
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff")
ODD_DASHES = ("‐", "―", "−", "ー", "ｰ", "－", "‑", "–")
IDEO = "\u3000"
_FW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fullwidth(text: str) -> str:
    """ASCII letters, digits and symbols to their full-width forms (spaces untouched)."""
    return text.translate(_FW)


def kanji_digits(text: str, zero: str = "〇") -> str:
    """Each ASCII digit to a kanji digit; other characters unchanged."""
    out = []
    for ch in text:
        if "0" <= ch <= "9":
            out.append(zero if ch == "0" else KANJI_DIGITS[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def kanji_number(n: int) -> str:
    """Positional kanji numeral (十, 百, 千) for 0..9999, as used in dates and addresses."""
    if n == 0:
        return "〇"
    out = ""
    for unit, sign in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else KANJI_DIGITS[q]) + sign
    if n:
        out += KANJI_DIGITS[n]
    return out


def _split_one(groups: Sequence[str], rng: Random) -> list[str]:
    """At least two groups: split the longest digit group if needed."""
    gs = list(groups)
    digit_groups = [i for i, g in enumerate(gs) if g.isdigit()]
    if len(digit_groups) >= 2:
        return gs
    i = max(range(len(gs)), key=lambda k: len(gs[k]) if gs[k].isdigit() else -1)
    g = gs[i]
    cut = rng.randint(max(1, len(g) // 3), max(1, len(g) - len(g) // 3))
    cut = min(max(cut, 1), len(g) - 1)
    return [*gs[:i], g[:cut], g[cut:], *gs[i + 1 :]]


def _maybe_fw(text: str, rng: Random, p: float = 0.5) -> str:
    return fullwidth(text) if rng.random() < p else text


def render(groups: Sequence[str], form: str, rng: Random, sep: str = "-") -> str:
    """Write the digit/letter groups of one value in the given form; `sep` is the plain separator."""
    joined = sep.join(groups)
    chars = "".join(groups)
    if form == "plain":
        return joined
    if form == "fullwidth":
        return ("－" if sep == "-" else sep).join(fullwidth(g) for g in groups)
    if form == "spaced":
        return " ".join(chars)
    if form == "ideographic_spaced":
        if len(groups) > 1 and rng.random() < 0.5:
            return IDEO.join(_maybe_fw(g, rng, 0.4) for g in groups)
        return IDEO.join(_maybe_fw(chars, rng, 0.4))
    if form == "kanji":
        zero = "零" if rng.random() < 0.2 else "〇"
        if len(groups) == 1:
            return kanji_digits(groups[0], zero)
        joiner = rng.choice(["", "の", "－", "ー"]) if sep else rng.choice(["", "", "の"])
        return joiner.join(kanji_digits(g, zero) for g in groups)
    if form == "kanji_mixed":
        gs = _split_one(groups, rng)
        digit_idx = [i for i, g in enumerate(gs) if g.isdigit()]
        k = rng.randint(1, len(digit_idx) - 1)
        as_kanji = set(rng.sample(digit_idx, k))
        fw = rng.random() < 0.4
        parts = [kanji_digits(g) if i in as_kanji else (fullwidth(g) if fw else g) for i, g in enumerate(gs)]
        joiner = rng.choice(["-", "－", "の", ""]) if sep else rng.choice(["", "", "-"])
        return joiner.join(parts)
    if form == "zero_width":
        zws = [rng.choice(ZERO_WIDTH)] if rng.random() < 0.5 else list(ZERO_WIDTH)
        out: list[str] = []
        inserted = 0
        for i, ch in enumerate(joined):
            out.append(ch)
            nxt = joined[i + 1] if i + 1 < len(joined) else ""
            if ch.isalnum() and nxt.isalnum() and (rng.random() < 0.45 or inserted < 2):
                out.append(rng.choice(zws))
                inserted += 1
        return "".join(out)
    if form == "line_broken":
        if len(groups) > 1 and rng.random() < 0.6:
            i = rng.randrange(1, len(groups))
            mid = rng.choice([sep + "\n", "\n"]) if sep.strip() else "\n"
            return sep.join(groups[:i]) + mid + sep.join(groups[i:])
        cuts = [i for i in range(1, len(joined)) if joined[i - 1].isalnum() and joined[i].isalnum()]
        k = rng.choice(cuts)
        return joined[:k] + "\n" + joined[k:]
    if form == "mixed":
        gs = _split_one(groups, rng) if len(groups) < 3 else list(groups)
        styles = [rng.choice(["ascii", "fw", "fw", "spaced"]) for _ in gs]
        if "fw" not in styles:
            styles[rng.randrange(len(gs))] = "fw"
        parts = []
        for g, st in zip(gs, styles, strict=True):
            parts.append(fullwidth(g) if st == "fw" else " ".join(g) if st == "spaced" else g)
        out_s = parts[0]
        for p in parts[1:]:
            out_s += rng.choice([*ODD_DASHES, " ", IDEO, rng.choice(ODD_DASHES)])
            out_s += p
        return out_s
    raise ValueError(f"unknown form {form}")
