"""Addresses (invented 町域 numbers and buildings in real municipalities) in their written forms."""

from __future__ import annotations

from tests.eval.blind.model import Piece, Val

from . import pools
from .textutil import zen
from .values import Ctx

FORMS = (
    "plain",
    "zen_digits",
    "hyphen",
    "kanji_num",
    "building_room",
    "line_broken",
    "rural",
    "partial",
    "kyoto",
    "hokkaido_jo",
    "banchi_no",
    "ward",
    "kana_building",
    "label_above",
    "csv_field",
    "english",
    "abbrev",
)
LINE = tuple(f for f in FORMS if f not in ("csv_field",))
PROSE = ("plain", "zen_digits", "hyphen", "kanji_num", "rural", "partial", "kyoto", "hokkaido_jo", "banchi_no", "ward")
KN = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    """Positional kanji numeral for 0 < n < 10000 (十五, 三百二)."""
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else KN[q]) + unit
    return out + (KN[n] if n else "")


def _nums(ctx: Ctx) -> tuple[int, int, int]:
    return ctx.n(1, 6), ctx.n(1, 30), ctx.n(1, 40)


def _city(ctx: Ctx, pref: bool) -> str:
    p, c = ctx.c(pools.PREF_CITIES)
    return (p if pref else "") + c


def render(ctx: Ctx, form: str) -> str:
    c, b, g = _nums(ctx)
    town = ctx.c(pools.TOWNS)
    pref = ctx.p(0.5)
    if form in ("plain", "label_above"):
        style = ctx.n(0, 2)
        tail = (f"{c}丁目{b}番{g}号", f"{c}丁目{b}-{g}", f"{b * 10 + g}番地")[style]
        return _city(ctx, pref) + town + tail
    if form == "csv_field":
        return _city(ctx, pref) + town + ctx.c((f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号"))
    if form == "zen_digits":
        return (
            _city(ctx, pref) + town + ctx.c((f"{zen(str(c))}丁目{zen(str(b))}番{zen(str(g))}号", zen(f"{c}-{b}-{g}")))
        )
    if form == "hyphen":
        return _city(ctx, pref) + town + f"{c}-{b}-{g}"
    if form == "kanji_num":
        return _city(ctx, pref) + town + f"{kanji_number(c)}丁目{kanji_number(b)}番{kanji_number(g)}号"
    if form == "building_room":
        room = f"{ctx.n(1, 5)}0{ctx.n(1, 9)}"
        return (
            _city(ctx, pref)
            + town
            + f"{c}-{b}-{g} "
            + ctx.c(pools.BUILDINGS_KANJI)
            + ctx.c((f"{room}号室", f" {room}号", f"{room}"))
        )
    if form == "kana_building":
        room = f"{ctx.n(1, 9)}0{ctx.n(1, 9)}"
        return (
            _city(ctx, pref)
            + town
            + ctx.c((f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号"))
            + ctx.c((" ", "\u3000", ""))
            + ctx.c(pools.BUILDINGS_KANA)
            + ctx.c((room, f" {room}号室", f"{room}号"))
        )
    if form == "line_broken":
        city = _city(ctx, True)
        if ctx.p(0.5):
            return city + town + f"{c}-{b}-{g}\n" + ctx.c(pools.BUILDINGS_KANA) + f" {ctx.n(1, 5)}0{ctx.n(1, 9)}"
        return city + "\n" + town + f"{c}丁目{b}番{g}号"
    if form == "rural":
        p, t, oaza = ctx.c(pools.RURAL)
        return (
            (p if pref else "")
            + t
            + ctx.c(("大字", ""))
            + oaza
            + ctx.c(("字", "字"))
            + ctx.c(pools.AZA)
            + ctx.c((f"{ctx.n(100, 3999)}番地", f"{ctx.n(100, 3999)}", f"{ctx.n(10, 999)}番地{ctx.n(1, 9)}"))
        )
    if form == "partial":
        return _city(ctx, pref) + town + ctx.c((f"{c}丁目", f"{kanji_number(c)}丁目"))
    if form == "kyoto":
        dirn = ctx.c(("上る", "下る", "上ル", "下ル", "西入る", "東入ル"))
        return (
            ("京都府" if pref else "")
            + "京都市"
            + ctx.c(pools.KYOTO_WARDS)
            + ctx.c(pools.KYOTO_STREETS)
            + ctx.c(pools.KYOTO_CROSS)
            + dirn
            + ctx.c(pools.KYOTO_TOWN)
            + str(ctx.n(1, 680))
            + ctx.c(("", "番地", "-2"))
        )
    if form == "hokkaido_jo":
        city, towns = ctx.c(pools.HOKKAIDO)
        return (
            ("北海道" if pref else "")
            + city
            + ctx.c(towns)
            + ctx.c(
                (
                    f"{ctx.n(1, 20)}条{c}丁目{b}-{g}",
                    f"{ctx.n(1, 20)}条{c}丁目{b}番{g}号",
                    f"{kanji_number(ctx.n(1, 12))}条{c}丁目{b}",
                )
            )
        )
    if form == "banchi_no":
        return (
            _city(ctx, pref)
            + town
            + ctx.c(
                (
                    f"{ctx.n(100, 2999)}番地の{ctx.n(1, 12)}",
                    f"{ctx.n(10, 999)}番地の{g}",
                    f"{kanji_number(ctx.n(10, 999))}番地の{kanji_number(ctx.n(1, 9))}",
                )
            )
        )
    if form == "ward":
        p, city, wards = ctx.c(pools.WARD_CITIES)
        return (p if pref else "") + city + ctx.c(wards) + town + ctx.c((f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号"))
    if form == "english":
        city = ctx.c(sorted(pools.CITY_ROMAN))
        cr, pr = pools.CITY_ROMAN[city]
        tr = ctx.c(sorted(pools.TOWN_ROMAN.values()))
        head = ctx.c(
            (
                f"{c}-{b}-{g} {tr}",
                f"{tr} {c}-{b}-{g}",
                f"{ctx.c(('Green Heights', 'Sunrise Coop', 'Maison Soleil'))} {ctx.n(101, 905)}, {c}-{b}-{g} {tr}",
            )
        )
        return f"{head}, {cr}, {pr}" if ctx.p(0.7) else f"{head}, {cr}, {pr}-ken".replace("Tokyo-ken", "Tokyo")
    if form == "abbrev":
        return ctx.c(pools.PREF_CITIES)[1] + town + f"{c}-{b}-{g}-{ctx.n(1, 9)}0{ctx.n(1, 9)}"
    raise ValueError(form)


def address(ctx: Ctx, forms: tuple[str, ...] = LINE) -> Val:
    form = ctx.pick("ADDRESS", forms)
    return ctx.val("ADDRESS", render(ctx, form), form)


def addr_field(ctx: Ctx, label: str = "住所", sep: str = "：", forms: tuple[str, ...] = LINE) -> Piece:
    v = address(ctx, forms)
    if v.form == "label_above":
        return (label, "\n", v)
    return (label, sep, v)
