"""Invented street addresses in real municipalities, one written form each."""

from __future__ import annotations

import random

from tests.eval.twelfth import pools
from tests.eval.twelfth import text as tx


def town(rng: random.Random) -> str:
    return rng.choice(pools.TOWN_HEAD) + rng.choice(pools.TOWN_TAIL)


def _city(rng: random.Random, pref: bool | None = None) -> str:
    p, c = rng.choice(pools.CITIES)
    return (p if (rng.random() < 0.5 if pref is None else pref) else "") + c


def _nums(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 7), rng.randint(1, 40), rng.randint(1, 30)


def _room(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{rng.randint(0, 1)}{rng.randint(1, 9)}"


def address_text(rng: random.Random, form: str) -> str:
    c, b, g = _nums(rng)
    t = town(rng)
    if form == "plain":
        return _city(rng) + t + rng.choice((f"{c}丁目{b}番{g}号", f"{c}丁目{b}-{g}", f"{c}丁目{b}番地{g}"))
    if form == "hyphen":
        return _city(rng) + t + f"{c}-{b}-{g}"
    if form == "fullwidth":
        num = rng.choice((tx.fw(f"{c}-{b}-{g}"), f"{tx.fw(str(c))}丁目{tx.fw(str(b))}番{tx.fw(str(g))}号"))
        return _city(rng) + t + num
    if form == "kanji_numerals":
        return _city(rng) + t + f"{tx.kanji_num(c)}丁目{tx.kanji_num(b)}番{tx.kanji_num(g)}号"
    if form == "building_room":
        bld = rng.choice(pools.BUILDING_KANJI)
        return (
            _city(rng)
            + t
            + f"{c}-{b}-{g}"
            + rng.choice((" ", "　", ""))
            + bld
            + rng.choice(
                (
                    f"{rng.randint(1, 12)}号棟{_room(rng)}号室",
                    f" {_room(rng)}号室",
                    f"{rng.choice('ABC')}棟{_room(rng)}号",
                )
            )
        )
    if form == "katakana_building":
        return (
            _city(rng)
            + t
            + f"{c}-{b}-{g}"
            + rng.choice((" ", "　"))
            + rng.choice(pools.BUILDING_KATA)
            + rng.choice((f"{_room(rng)}", f" {_room(rng)}号室", f"{rng.choice('ⅡⅢ')} {_room(rng)}"))
        )
    if form == "line_broken":
        p, cc = rng.choice(pools.CITIES)
        head = p + cc if rng.random() < 0.7 else cc
        return head + "\n" + t + rng.choice((f"{c}丁目{b}番{g}号", f"{c}-{b}-{g}"))
    if form == "rural":
        p, cc = rng.choice(pools.RURAL)
        return (
            (p if rng.random() < 0.5 else "")
            + cc
            + rng.choice(
                (
                    f"大字{t}{rng.randint(100, 3999)}番地",
                    f"大字{t}字{rng.choice(pools.AZA)}{rng.randint(10, 2999)}",
                    f"{t}{rng.randint(100, 3999)}",
                )
            )
        )
    if form == "partial":
        return rng.choice((f"{t}{c}-{b}-{g}", f"{t}{c}丁目{b}番{g}号", f"{t}{c}丁目{b}-{g}"))
    if form == "kyoto":
        w = rng.choice(pools.KYOTO_WARDS)
        st = rng.choice(pools.TOWN_HEAD) + "通"
        cross = rng.choice(pools.TOWN_HEAD) + rng.choice(("通", "小路"))
        return (
            ("京都府" if rng.random() < 0.3 else "")
            + f"京都市{w}{st}{cross}"
            + rng.choice(("上ル", "下ル", "西入ル", "東入"))
            + f"{rng.choice(pools.TOWN_HEAD)}町{rng.randint(1, 650)}"
            + ("番地" if rng.random() < 0.3 else "")
        )
    if form == "hokkaido":
        city = rng.choice(pools.HOKKAIDO)
        pre = "北海道" if rng.random() < 0.5 else ""
        if city.startswith("札幌"):
            return (
                pre
                + city
                + f"{rng.choice('北南東西')}{rng.randint(1, 40)}条{rng.choice('東西')}{rng.randint(1, 15)}丁目{b}-{g}"
            )
        if city == "旭川市":
            return pre + city + f"{rng.randint(1, 9)}条通{rng.randint(1, 20)}丁目{rng.randint(100, 999)}番地"
        return pre + city + f"西{rng.randint(1, 25)}条南{rng.randint(1, 30)}丁目{b}番地{g}"
    if form == "banchi_no":
        return (
            _city(rng)
            + t
            + rng.choice(
                (
                    f"{rng.randint(10, 2999)}番地の{rng.randint(1, 20)}",
                    f"字{rng.choice(pools.AZA)}{rng.randint(10, 999)}番地の{rng.randint(1, 9)}",
                )
            )
        )
    if form == "seirei_ward":
        p, cc, wards = rng.choice(pools.SEIREI)
        return (
            (p if rng.random() < 0.4 else "")
            + cc
            + rng.choice(wards)
            + t
            + rng.choice((f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号"))
        )
    if form == "ocr_spaced":
        p, cc = rng.choice(pools.CITIES)
        return rng.choice((f"{cc} {t} {c} - {b} - {g}", f"{p} {cc} {t}{c}丁目 {b}番 {g}号", f"{cc}　{t} {c}-{b} -{g}"))
    raise ValueError(form)
