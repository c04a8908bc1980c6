"""Written forms of numbers: full-width, kanji, spaced, zero-width, line-broken and mixed renderings."""

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
NUMERIC = (
    "PHONE_NUMBER",
    "POSTAL_CODE",
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
EMAIL_FORMS = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
ADDRESS_FORMS = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
BIRTH_FORMS = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced")
PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only", "prose")

KANJI_DIGIT = "〇一二三四五六七八九"
ZW = "\u200b"
IDEO = "\u3000"


def fw(s: str) -> str:
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z" or c in "@.()_+":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == "-":
            out.append("－")
        elif c == " ":
            out.append(IDEO)
        else:
            out.append(c)
    return "".join(out)


def kj(s: str) -> str:
    return "".join(KANJI_DIGIT[int(c)] if c.isdigit() else c for c in s)


def kanji_number(n: int) -> str:
    """Positional kanji numeral (十, 百) as used in 丁目・番地 and dates."""
    if n == 0:
        return "〇"
    units = ["", "十", "百", "千"]
    out = ""
    for i, ch in enumerate(reversed(str(n))):
        d = int(ch)
        if d == 0:
            continue
        out = ("" if d == 1 and i > 0 else KANJI_DIGIT[d]) + units[i] + out
    return out


def render_number(groups: list[str], sep: str, form: str, rng: random.Random, entity: str = "") -> str:
    flat = "".join(groups)
    plain = sep.join(groups)
    if form == "plain":
        return plain
    if form == "nohyphen":
        return flat
    if form == "fullwidth":
        return fw(plain if sep in "-" else flat)
    if form == "spaced":
        return " ".join(flat)
    if form == "ideographic_space":
        return IDEO.join(groups) if len(groups) > 1 and rng.random() < 0.6 else IDEO.join(flat)
    if form == "kanji":
        return kj(plain if sep == "-" and rng.random() < 0.5 else flat).replace("-", "－")
    if form == "kanji_mixed":
        if len(groups) > 1 and rng.random() < 0.5:
            return "、".join(kj(g) for g in groups)
        # whole groups in kanji until about half of the digits are, the rest in digits, as people write 〇九〇-1234-5678
        total = sum(c.isdigit() for c in flat)
        done, out = 0, []
        for g in groups:
            digits = sum(c.isdigit() for c in g)
            if done < total / 2 or (done == 0 and digits == 0):
                out.append(kj(g))
                done += digits
            else:
                out.append(g)
        return sep.join(out)
    if form == "zero_width":
        chars = list(plain)
        for pos in sorted(rng.sample(range(1, len(chars)), k=min(2, len(chars) - 1)), reverse=True):
            chars.insert(pos, ZW)
        return "".join(chars)
    if form == "line_broken":
        if len(groups) > 1:
            i = rng.randint(1, len(groups) - 1)
            return sep.join(groups[:i]) + (sep if rng.random() < 0.5 else "") + "\n" + sep.join(groups[i:])
        cut = rng.randint(3, len(flat) - 3)
        return flat[:cut] + "\n" + flat[cut:]
    return render_mixed(groups, sep, entity, rng)


def render_mixed(groups: list[str], sep: str, entity: str, rng: random.Random) -> str:
    """What real people write besides the regular forms: brackets, dots, other dashes, half and full width mixed."""
    flat = "".join(groups)
    if entity == "PHONE_NUMBER":
        a, b, c = groups
        options = [
            f"{a}({b}){c}",
            f"({a}){b}-{c}",
            f"{a} {b} {c}",
            f"{a}.{b}.{c}",
            f"{a}‐{b}‐{c}",
            f"+81-{a[1:]}-{b}-{c}",
            f"{fw(a)}-{b}-{fw(c)}",
            f"{a}ー{b}ー{c}",
        ]
    elif entity == "POSTAL_CODE":
        a, b = groups
        options = [f"{a} {b}", f"{a}‐{b}", f"{a}ー{b}", f"{fw(a)}-{b}", f"{a}－{b}", f"{a}-{fw(b)}"]
    elif any(ch.isalpha() for ch in flat):
        letters_first = flat[:2]
        rest = flat[2:]
        options = [
            flat.lower(),
            f"{letters_first}-{rest}",
            fw(letters_first) + rest,
            f"{letters_first} {rest}",
            " ".join(groups),
            flat[:2].lower() + flat[2:],
        ]
    else:
        options = [
            " ".join(groups),
            "-".join(groups) if sep != "-" else ".".join(groups),
            "".join(fw(g) if i % 2 == 0 else g for i, g in enumerate(groups)),
            "(" + groups[0] + ")" + "".join(groups[1:]),
            "-".join(groups) if sep else flat[:3] + " " + flat[3:],
        ]
    plain = sep.join(groups)
    return rng.choice([o for o in options if o not in (plain, flat)])
