"""Written forms: how a value is rendered in text (grouping, widths, kanji digits, breaks)."""

from __future__ import annotations

import random

from tests.eval.seventh.values import KANJI_DIGITS, kanji_digits, kanji_number, wareki

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
NUM_WEIGHTS = {"plain": 2.0, "nohyphen": 1.0, "kanji": 1.15, "kanji_mixed": 1.15, "line_broken": 1.15}
EMAIL_FORMS = ("plain", "at_paren", "at_bracket", "at_katakana", "dot_spelled", "fullwidth", "spaced")
EMAIL_WEIGHTS = {"plain": 4.0}
PERSON_FORMS = ("kanji", "fullwidth_space", "kana", "foreign_katakana", "romanized", "title", "surname_only", "prose")
ADDRESS_FORMS = ("plain", "kanji_numerals", "hyphen", "fullwidth", "building_room", "line_broken")
ADDRESS_WEIGHTS = {"plain": 2.5, "hyphen": 2.0}
DATE_FORMS = ("seireki", "wareki", "slash", "kanji_numerals", "abbrev", "spaced", "iso", "compact")
DATE_WEIGHTS = {"seireki": 2.0, "wareki": 2.0, "slash": 1.5}
# forms a program could store (no kanji digits, no line breaks inside a field)
MACHINE_NUM = ("plain", "nohyphen", "fullwidth", "spaced", "ideographic_space", "zero_width", "mixed")

FW = str.maketrans(
    "0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@._ ",
    "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ＠．＿　",
)


def fullwidth(s: str) -> str:
    return s.translate(FW)


def _split_single(rng: random.Random, g: str) -> list[str]:
    if len(g) <= 4:
        return [g[:2], g[2:]] if len(g) > 2 else [g]
    cut = rng.choice([3, 4]) if len(g) > 6 else len(g) // 2
    return [g[:cut], *_split_single(rng, g[cut:])] if len(g) - cut > 4 else [g[:cut], g[cut:]]


def render_number(rng: random.Random, groups: list[str], sep: str, form: str, family: str = "") -> str:
    """Render an identifier kept as groups (the usual grouping joined by sep) in a written form."""
    plain = sep.join(groups)
    flat = "".join(groups)
    chunks = groups if len(groups) > 1 else _split_single(rng, flat)
    if form == "plain":
        return plain
    if form == "nohyphen":
        return flat
    if form == "fullwidth":
        joiner = "－" if sep == "-" else sep if sep != " " else rng.choice([" ", "－"])
        return joiner.join(fullwidth(g) for g in groups)
    if form == "spaced":
        return " ".join(flat)
    if form == "ideographic_space":
        return "\u3000".join(chunks) if rng.random() < 0.7 else "\u3000".join(flat)
    if form == "kanji":
        if family == "PHONE_NUMBER":
            joiner = rng.choice(["", "の", "ー"])
        else:
            joiner = rng.choice(["", "ー", "－"]) if sep and flat.isdigit() else ""
        return joiner.join(kanji_digits(g) for g in groups)
    if form == "kanji_mixed":
        if flat.isdigit() and rng.random() < 0.5:
            return "、".join(kanji_digits(g) for g in chunks)
        pos = [i for i, c in enumerate(plain) if c.isdigit()]
        k = rng.randrange(2, len(pos) - 1) if len(pos) > 3 else 1
        return "".join(kanji_digits(c) if i in pos[:k] else c for i, c in enumerate(plain))
    if form == "zero_width":
        base = list(plain)
        for pos in sorted(rng.sample(range(1, len(base)), k=min(2, len(base) - 1)), reverse=True):
            base.insert(pos, "\u200b")
        return "".join(base)
    if form == "line_broken":
        k = rng.randrange(1, len(chunks))
        s = sep if len(groups) > 1 else ""
        left, right = s.join(chunks[:k]), s.join(chunks[k:])
        return left + (s if s.strip() and rng.random() < 0.6 else "") + "\n" + right
    if form == "mixed":
        return _mixed(rng, groups, chunks, family)
    raise ValueError(form)


def _mixed(rng: random.Random, groups: list[str], chunks: list[str], family: str) -> str:
    if family == "PHONE_NUMBER":
        a, b, c = groups
        opts = [
            f"{a} {b} {c}",
            f"({a}){b}-{c}",
            f"{a}.{b}.{c}",
            f"{fullwidth(a)}-{b}-{c}",
            f"{a}‐{b}‐{c}",
            f"{a}ー{b}ー{c}",
            f"{a}({b}){c}",
        ]
        if a.startswith("0") and a not in ("0120",):
            opts.append(f"+81-{a[1:]}-{b}-{c}")
        return rng.choice(opts)
    opts = [
        ".".join(chunks),
        "/".join(chunks),
        f"({chunks[0]})" + "-".join(chunks[1:]),
        fullwidth(chunks[0]) + "-" + "-".join(chunks[1:]),
        "‐".join(chunks),
        "ー".join(chunks),
        " ".join(chunks),
    ]
    return rng.choice(opts)


def render_email(rng: random.Random, local: str, domain: str, form: str) -> str:
    if form == "plain":
        return f"{local}@{domain}"
    if form == "at_paren":
        return f"{local} (at) {domain}" if rng.random() < 0.5 else f"{local}(at){domain}"
    if form == "at_bracket":
        return f"{local}［at］{domain}" if rng.random() < 0.5 else f"{local}[at]{domain}"
    if form == "at_katakana":
        return f"{local}アットマーク{domain}" if rng.random() < 0.5 else f"{local} アットマーク {domain}"
    if form == "dot_spelled":
        dom = domain.replace(".", " (dot) ") if rng.random() < 0.5 else domain.replace(".", "(dot)")
        at = "@" if rng.random() < 0.5 else " (at) "
        return f"{local}{at}{dom}"
    if form == "fullwidth":
        return fullwidth(f"{local}@{domain}")
    if form == "spaced":
        return f"{local} @ {domain.replace('.', ' . ')}"
    raise ValueError(form)


def render_date(rng: random.Random, y: int, m: int, d: int, form: str) -> str:
    era, letter, code, ey = wareki(y, m, d)
    eyt = "元" if ey == 1 else str(ey)
    if form == "seireki":
        return f"{y}年{m}月{d}日" if rng.random() < 0.8 else f"{y}年{m:02d}月{d:02d}日"
    if form == "wareki":
        return f"{era}{eyt}年{m}月{d}日"
    if form == "slash":
        return f"{y}/{m}/{d}" if rng.random() < 0.5 else f"{y}/{m:02d}/{d:02d}"
    if form == "kanji_numerals":
        if rng.random() < 0.65:
            eyk = "元" if ey == 1 else kanji_number(ey)
            return f"{era}{eyk}年{kanji_number(m)}月{kanji_number(d)}日"
        return f"{kanji_digits(str(y))}年{kanji_number(m)}月{kanji_number(d)}日"
    if form == "abbrev":
        return rng.choice([f"{letter}{ey}.{m}.{d}", f"{letter}{ey:02d}.{m:02d}.{d:02d}", f"{letter}{ey}/{m}/{d}"])
    if form == "spaced":
        return rng.choice([f"{y} 年 {m} 月 {d} 日", f"{era} {ey} 年 {m} 月 {d} 日", f"{y} / {m:02d} / {d:02d}"])
    if form == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if form == "compact":
        return rng.choice([f"{y:04d}{m:02d}{d:02d}", f"{ey:02d}{m:02d}{d:02d}", f"{code}{ey:02d}{m:02d}{d:02d}"])
    raise ValueError(form)


def kanji_address_number(n: int) -> str:
    if n < 100:
        return kanji_number(n)
    h, rest = divmod(n, 100)
    return ("百" if h == 1 else KANJI_DIGITS[h] + "百") + (kanji_number(rest) if rest else "")
