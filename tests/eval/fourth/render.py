"""Writing one identifier (a list of digit/letter groups) in the written forms a person really uses."""

from __future__ import annotations

import random

NUM_FORMS = (
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

KANJI_DIGITS = "〇一二三四五六七八九"
_FW = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－",
)
_KJ = str.maketrans("0123456789", KANJI_DIGITS)
ZWSP = "\u200b"
IDSP = "\u3000"


def fullwidth(text: str) -> str:
    return text.translate(_FW)


def kanji(text: str) -> str:
    return text.translate(_KJ)


def _insert_zw(text: str, rng: random.Random) -> str:
    slots = [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()]
    if not slots:
        slots = list(range(1, len(text)))
    picks = sorted(rng.sample(slots, min(len(slots), rng.choice((1, 1, 2)))), reverse=True)
    for i in picks:
        text = text[:i] + ZWSP + text[i:]
    return text


def render(groups: list[str], sep: str, form: str, rng: random.Random) -> str:
    """`groups` split the value where people put separators; `sep` is the usual separator ('' = none)."""
    flat = "".join(groups)
    if form == "plain":
        return sep.join(groups)
    if form == "nohyphen":
        return flat
    if form == "fullwidth":
        s = sep if sep != " " else IDSP
        return fullwidth(s.join(groups)) if s != IDSP else IDSP.join(fullwidth(g) for g in groups)
    if form == "spaced":
        return " ".join(flat)
    if form == "ideographic_space":
        if rng.random() < 0.75:
            return IDSP.join(groups)
        return IDSP.join(flat)
    if form == "kanji":
        style = rng.random()
        if style < 0.6:
            return kanji(flat)
        return ("ー" if style < 0.8 else "－").join(kanji(g) for g in groups)
    if form == "kanji_mixed":
        return _kanji_mixed(groups, sep, rng)
    if form == "zero_width":
        base = sep.join(groups) if rng.random() < 0.5 else flat
        return _insert_zw(base, rng)
    if form == "line_broken":
        if len(groups) < 2:
            cut = len(flat) // 2
            return flat[:cut] + "\n" + flat[cut:]
        k = rng.randrange(1, len(groups))
        left, right = sep.join(groups[:k]), sep.join(groups[k:])
        joint = rng.choice((sep + "\n", "\n")) if sep.strip() else "\n"
        return left + joint + right
    if form == "mixed":
        return mixed(groups, sep, rng)
    raise ValueError(form)


def _kanji_mixed(groups: list[str], sep: str, rng: random.Random) -> str:
    style = rng.random()
    digit_groups = [g for g in groups if any(c.isdigit() for c in g)]
    if style < 0.45 and len(groups) >= 2 and len(digit_groups) >= 2:
        return "、".join(kanji(g) for g in groups)
    if style < 0.8 and len(digit_groups) >= 2:
        # some groups in kanji, others in digits, as dictated numbers get typed
        out, flip = [], rng.random() < 0.5
        for g in groups:
            if any(c.isdigit() for c in g):
                out.append(kanji(g) if flip else g)
                flip = not flip
            else:
                out.append(g)
        return (sep or "-").join(out) if rng.random() < 0.6 else "".join(out)
    flat = "".join(groups)
    pos = [i for i, c in enumerate(flat) if c.isdigit()]
    to_kanji = {i for i in pos if rng.random() < 0.5}
    if not to_kanji:
        to_kanji = {pos[0]}
    if to_kanji == set(pos):
        to_kanji.discard(pos[-1])
    return "".join(kanji(c) if i in to_kanji else c for i, c in enumerate(flat))


def mixed(groups: list[str], sep: str, rng: random.Random) -> str:
    """What real people also do: dots, slashes, brackets, odd dashes, half- and full-width mixed."""
    n = len(groups)
    choices = ["dots", "spaces", "dash", "fwmix", "slash"]
    if n >= 3:
        choices.append("brackets")
    style = rng.choice(choices)
    if n < 2:
        half = len(groups[0]) // 2
        groups = [groups[0][:half], groups[0][half:]]
    if style == "dots":
        return ".".join(groups)
    if style == "spaces":
        return " ".join(groups)
    if style == "dash":
        return rng.choice(("‐", "ー", "−", "―", "－")).join(groups)
    if style == "slash":
        return "/".join(groups)
    if style == "brackets":
        return f"({groups[0]}){groups[1]}-" + "-".join(groups[2:]) if rng.random() < 0.5 else (
            f"{groups[0]}({groups[1]}){''.join(groups[2:])}"
        )
    out = [fullwidth(g) if i % 2 == 0 else g for i, g in enumerate(groups)]
    return (sep or "-").join(out)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def my_number_digit(body: str) -> str:
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def license_digit(body: str) -> str:
    """Unofficial check digit of a driver licence number (first 10 digits, modulus 11)."""
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    d = 11 - r
    return "0" if d >= 10 else str(d)
