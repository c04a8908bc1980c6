"""Invented street addresses in the ten written forms of the tenth corpus."""

from __future__ import annotations

from tests.eval.blind.model import Val
from tests.eval.tenth import pools
from tests.eval.tenth.values import ADDRESS_FORMS, FULL, Gen, kanji_number


def address(g: Gen, form: str | None = None) -> Val:
    """An invented address in `form` (default: the least-written address form so far)."""
    r = g.r
    form = form or g.least("ADDRESS", ADDRESS_FORMS)
    pref, city = r.choice(pools.PLACES)
    town = r.choice(pools.TOWNS)
    a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 25)
    head = r.choice([f"{pref}{city}", f"{pref}{city}", city])
    if form == "plain":
        text = f"{head}{town}{a}丁目{b}番{c}号" if r.random() < 0.6 else f"{head}{town}{r.randint(100, 2999)}番地"
    elif form == "fullwidth":
        text = r.choice([f"{head}{town}{a}丁目{b}－{c}", f"{head}{town}{a}-{b}-{c}".translate(FULL)])
        text = text.translate(FULL)
    elif form == "hyphen":
        text = r.choice([f"{head}{town}{a}-{b}-{c}", f"{head}{town}{a}丁目{b}-{c}", f"{head}{town}{a}－{b}－{c}"])
    elif form == "kanji_numerals":
        text = r.choice(
            [
                f"{head}{town}{kanji_number(a)}丁目{kanji_number(b)}番{kanji_number(c)}号",
                f"{head}{town}{kanji_number(a)}丁目{kanji_number(b)}番地の{kanji_number(c)}",
            ]
        )
    elif form == "building_room":
        bld = r.choice(pools.BUILDINGS)
        room = f"{r.randint(1, 8)}0{r.randint(1, 9)}"
        text = r.choice(
            [
                f"{head}{town}{a}-{b}-{c} {bld}{room}号室",
                f"{head}{town}{a}丁目{b}番{c}号　{bld}{room}",
                f"{head}{town}{a}-{b}-{c}-{room}",
                f"{head}{town}{a}-{b}{bld}{room}号",
            ]
        )
    elif form == "line_broken":
        bld = r.choice(pools.BUILDINGS)
        text = r.choice(
            [
                f"{pref}{city}\n{town}{a}-{b}-{c}",
                f"{pref}{city}{town}{a}丁目\n{b}番{c}号",
                f"{pref}{city}{town}{a}-{b}-{c}\n{bld}{r.randint(1, 5)}0{r.randint(1, 9)}号室",
            ]
        )
    elif form == "rural":
        rp, rc = r.choice(pools.RURAL)
        aza, koaza = r.choice(pools.AZA), r.choice(pools.KOAZA)
        text = r.choice(
            [
                f"{rp}{rc}大字{aza}字{koaza}{r.randint(1, 3999)}番地",
                f"{rc}大字{aza}{r.randint(1, 999)}番地{c}",
                f"{rp}{rc}大字{aza}字{koaza}{r.randint(1, 999)}番地の{c}",
            ]
        )
    elif form == "partial":
        text = r.choice(
            [f"{town}{a}-{b}", f"{town}{a}丁目{b}-{c}", f"{town}{r.randint(100, 999)}番地", f"{town}{a}-{b}-{c}"]
        )
    elif form == "kyoto":
        text = (
            f"{r.choice(['京都府京都市', '京都市'])}{r.choice(pools.KYOTO_WARD)}{r.choice(pools.KYOTO_N)}"
            f"{r.choice(pools.KYOTO_E)}{r.choice(pools.KYOTO_DIR)}{r.choice(pools.KYOTO_TOWN)}{r.randint(1, 700)}番地"
        )
    elif form == "hokkaido":
        city_h = r.choice(pools.HOKKAIDO)
        pre = r.choice(["北海道", ""])
        if city_h.startswith("札幌"):
            ns, ew = r.choice(["北", "南"]), r.choice(["西", "東"])
            text = f"{pre}{city_h}{ns}{a}条{ew}{b % 20 + 1}丁目{c}-{r.randint(1, 30)}"
        else:
            text = f"{pre}{city_h}{a}条通{b % 20 + 1}丁目{r.choice(['左', '右'])}{c}号"
    else:
        raise ValueError(form)
    return g.val("ADDRESS", text, form)
