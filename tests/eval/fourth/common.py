"""Small shared pieces: non-personal dates and times, honorifics, titles, ages."""

from __future__ import annotations

import random

from tests.eval.blind.model import Builder, Val

from .gen import Gen

TITLES = ("課長", "係長", "主査", "主任", "部長", "次長", "所長", "補佐", "保健師", "相談員")
HONORIFICS = ("さん", "様", "さま", "氏", "様", "さん")


def when(rng: random.Random) -> str:
    """A business date (not personal): reception, meeting, deadline."""
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if style < 0.4:
        return f"{m}月{d}日"
    if style < 0.7:
        return f"令和7年{m}月{d}日"
    if style < 0.85:
        return f"R7.{m}.{d}"
    return f"2025/{m:02d}/{d:02d}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}"


def age(rng: random.Random, lo: int = 20, hi: int = 95) -> str:
    return f"{rng.randint(lo, hi)}歳"


def hon(rng: random.Random) -> str:
    return rng.choice(HONORIFICS)


def title(rng: random.Random) -> str:
    return rng.choice(TITLES)


def staff_title(g: Gen) -> tuple[Val, str]:
    """A city staff member written as 伊藤課長 (title form) — returns the name Val and the title."""
    p = g.staff()
    return p.sur("title"), title(g.rng)


def id_line(b: Builder, g: Gen, family: str, form: str | None = None, style: str | None = None) -> None:
    """One identifier written after its label, in a style a clerk would type."""
    label, v = g.idv(family, form)
    st = style or g.rng.choice(("colon", "fwcolon", "bracket", "space", "tab"))
    if st == "colon":
        b.line("{l}: {v}", l=label, v=v)
    elif st == "fwcolon":
        b.line("{l}：{v}", l=label, v=v)
    elif st == "bracket":
        b.line("【{l}】{v}", l=label, v=v)
    elif st == "space":
        b.line("{l}　{v}", l=label, v=v)
    else:
        b.line("{l}\t{v}", l=label, v=v)
