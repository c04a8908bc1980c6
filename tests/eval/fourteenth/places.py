"""Invented addresses in fifteen written forms, and postal codes."""

from __future__ import annotations

from tests.eval.blind.model import Piece, Val
from tests.eval.fourteenth import pools
from tests.eval.fourteenth.numbers import kanji_num, to_full, write_groups
from tests.eval.fourteenth.values import Ctx

ADDRESS_FORMS = [
    "plain",
    "fullwidth",
    "hyphen",
    "kanji",
    "building_room",
    "line_broken",
    "rural",
    "partial",
    "kyoto",
    "hokkaido",
    "banchi_no",
    "ward",
    "katakana_building",
    "ocr_spaced",
    "english",
]
INLINE = [f for f in ADDRESS_FORMS if f not in ("line_broken", "english")]


def _town(ctx: Ctx) -> tuple[str, str]:
    a = ctx.rng.choice(pools.TOWN_A)
    b = ctx.rng.choice(pools.TOWN_B)
    return a[0] + b[0], (a[1] + b[1]).capitalize()


def address_text(ctx: Ctx, form: str) -> str:
    r = ctx.rng
    pref, city, _cr, _pr, _pc = r.choice(pools.CITIES)
    town, _ = _town(ctx)
    c, b, g = r.randint(1, 6), r.randint(1, 30), r.randint(1, 25)
    head = pref + city if r.random() < 0.6 else city
    if form == "plain":
        return f"{head}{town}{c}丁目{b}番{g}号"
    if form == "fullwidth":
        return to_full(f"{head}{town}{c}丁目{b}番{g}号")
    if form == "hyphen":
        return f"{head}{town}{c}-{b}-{g}"
    if form == "kanji":
        return f"{head}{town}{kanji_num(c)}丁目{kanji_num(b)}番{kanji_num(g)}号"
    if form == "building_room":
        room = f"{r.randint(1, 4)}{r.randint(0, 1)}{r.randint(1, 9)}"
        return f"{head}{town}{c}-{b}-{g} {r.choice(pools.BUILD_KANJI)}{room}号室"
    if form == "katakana_building":
        name = r.choice(pools.BUILD_KATA) + town
        return f"{head}{town}{c}-{b}-{g}{r.choice([' ', '　', ''])}{name}{r.randint(1, 9)}0{r.randint(1, 8)}"
    if form == "line_broken":
        return f"{pref}{city}\n{town}{c}丁目{b}番{g}号"
    if form == "rural":
        p2, gun, cho = r.choice(pools.RURAL)
        return f"{p2}{gun}{cho}大字{r.choice(pools.AZA)}字{r.choice(pools.AZA)}{r.randint(100, 3999)}番地"
    if form == "partial":
        return f"{head}{town}{c}丁目"
    if form == "kyoto":
        way = r.choice(["上る", "下る", "西入", "東入"])
        return (
            f"京都市{r.choice(pools.KYOTO_WARDS)}{r.choice(pools.KYOTO_ST)}"
            f"{r.choice(pools.KYOTO_ST)[:-1]}{way}{r.choice(pools.KYOTO_TOWN)}{r.randint(100, 699)}番地"
        )
    if form == "hokkaido":
        if r.random() < 0.5:
            d = r.choice(["北", "南"])
            ward = r.choice(["東区", "北区", "白石区"])
            return f"札幌市{ward}{d}{r.randint(1, 40)}条東{r.randint(1, 20)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
        return f"北海道旭川市{r.randint(1, 9)}条通{r.randint(1, 20)}丁目{r.randint(1, 400)}番地{r.randint(1, 30)}"
    if form == "banchi_no":
        return f"{head}{town}{r.randint(100, 2999)}番地の{r.randint(1, 20)}"
    if form == "ward":
        wp, wc, ww, *_ = r.choice(pools.WARDS)
        return f"{wp if r.random() < 0.4 else ''}{wc}{ww}{town}{c}-{b}-{g}"
    if form == "ocr_spaced":
        return " ".join(f"{city}{town}{c}-{b}-{g}")
    if form == "english":
        wp, wc, ww, rc, rw, rp, _ = r.choice(pools.WARDS)
        _t, tr = _town(ctx)
        if r.random() < 0.5:
            return f"{c}-{b}-{g} {tr}, {rw}, {rc}, {rp}"
        _p, _c, cr, pr, _ = r.choice(pools.CITIES)
        return f"{c}-{b}-{g} {tr}, {cr}, {pr}"
    raise ValueError(form)


def address(ctx: Ctx, forms: list[str] | None = None) -> Val:
    form = ctx.pick("ADDRESS", forms or INLINE)
    base = ctx.rng.choice(["plain", "hyphen", "building_room"]) if form in ("label_above", "table_cell") else form
    return ctx.val("ADDRESS", address_text(ctx, base), form)


def address_above(ctx: Ctx, label: str = "住所") -> Piece:
    """Label on its own line, the address on the next."""
    form = "label_above"
    text = address_text(ctx, ctx.rng.choice(["plain", "hyphen", "building_room", "banchi_no"]))
    return f"{label}\n", ctx.val("ADDRESS", text, form)


POSTAL_FORMS = ["plain", "nohyphen", "fullwidth", "kanji", "mixed_width", "zero_width", "chouon", "spaced", "kana_half"]


def postal(ctx: Ctx, forms: list[str] | None = None, prefix: str = "〒") -> Piece:
    form = ctx.pick("POSTAL_CODE", forms or POSTAL_FORMS)
    groups = [ctx.rng.choice(pools.CITIES)[4], f"{ctx.rng.randint(0, 9999):04d}"]
    text = write_groups(groups, form, ctx.rng)
    return prefix, ctx.val("POSTAL_CODE", text, form)


def postal_english(ctx: Ctx) -> Val:
    return ctx.val("POSTAL_CODE", f"{ctx.rng.choice(pools.CITIES)[4]}-{ctx.rng.randint(0, 9999):04d}", "plain")
