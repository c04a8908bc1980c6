"""Street addresses in every form, and postal codes before them."""

from __future__ import annotations

from tests.eval.blind.model import Piece, Val

from . import textforms as tf
from .gen import Gen
from .ids import ident
from .pools import (
    AZA,
    BUILDING_KANJI,
    HOKKAIDO,
    KATAKANA_BUILDINGS,
    KYOTO_DIRS,
    KYOTO_STREETS_EW,
    KYOTO_STREETS_NS,
    KYOTO_TOWNS,
    KYOTO_WARDS,
    MUNICIPALITIES,
    RURAL,
    SEIREI,
    TOWNS,
)

ADDRESS_FORMS = (
    "plain",
    "fullwidth",
    "hyphen",
    "kanji_numerals",
    "building_room",
    "line_broken",
    "rural",
    "partial",
    "kyoto",
    "hokkaido",
    "banchi_no",
    "seirei_ward",
    "katakana_building",
)
SINGLE_LINE = tuple(f for f in ADDRESS_FORMS if f != "line_broken")


def _city(g: Gen) -> str:
    pref, city, _postal = g.rng.choice(MUNICIPALITIES)
    return (pref if g.chance(0.55) else "") + city


def _street(g: Gen) -> str:
    rng = g.rng
    if g.chance(0.7):
        return f"{rng.randint(1, 6)}-{rng.randint(1, 40)}-{rng.randint(1, 30)}"
    return f"{rng.randint(1, 2999)}-{rng.randint(1, 20)}"


def _chome(g: Gen) -> str:
    rng = g.rng
    if g.chance(0.7):
        return f"{rng.randint(1, 6)}丁目{rng.randint(1, 40)}番{rng.randint(1, 30)}号"
    return f"{rng.randint(1, 2999)}番地"


def _room(g: Gen) -> str:
    rng = g.rng
    return g.choice(
        (
            f"{rng.randint(1, 5)}0{rng.randint(1, 9)}号室",
            f"{rng.randint(1, 5)}0{rng.randint(1, 9)}",
            f"{g.choice('ABC')}棟{rng.randint(1, 4)}0{rng.randint(1, 8)}号室",
        )
    )


def address(g: Gen, forms: tuple[str, ...] = ADDRESS_FORMS) -> Piece:
    """A street address in its least-written form among `forms`."""
    form = g.form("ADDRESS", forms)
    rng = g.rng
    town = g.choice(TOWNS)
    if form == "plain":
        text = _city(g) + town + _chome(g)
    elif form == "fullwidth":
        text = _city(g) + town + tf.fullwidth(_chome(g) if g.chance(0.5) else _street(g))
    elif form == "hyphen":
        text = _city(g) + town + _street(g)
    elif form == "kanji_numerals":
        c, b, n = rng.randint(1, 6), rng.randint(1, 40), rng.randint(1, 30)
        if g.chance(0.7):
            tail = f"{tf.kanji_number(c)}丁目{tf.kanji_number(b)}番{tf.kanji_number(n)}号"
        else:
            tail = f"{tf.kanji_number(rng.randint(1, 2999))}番地"
        text = _city(g) + town + tail
    elif form == "building_room":
        building = g.choice(BUILDING_KANJI).format(t=g.choice(TOWNS).removesuffix("町"))
        text = _city(g) + town + _street(g) + g.choice((" ", "", "\u3000")) + building + _room(g)
    elif form == "katakana_building":
        building = g.choice(KATAKANA_BUILDINGS) + g.choice(("", "", town.removesuffix("町"), "II", "弐番館"))
        text = _city(g) + town + _street(g) + g.choice((" ", "", "\u3000")) + building + g.choice((" ", "")) + _room(g)
    elif form == "line_broken":
        if g.chance(0.5):
            text = _city(g) + "\n" + town + _street(g)
        else:
            text = _city(g) + town + _street(g) + "\n" + g.choice(KATAKANA_BUILDINGS) + _room(g)
    elif form == "rural":
        pref, county, _p, oaza = g.rng.choice(RURAL)
        tail = f"{rng.randint(1, 3999)}番地" + (f"{rng.randint(1, 9)}" if g.chance(0.3) else "")
        aza = f"字{g.choice(AZA)}" if g.chance(0.7) else ""
        text = (pref if g.chance(0.6) else "") + county + "大字" + g.choice(oaza) + aza + tail
    elif form == "partial":
        text = town + (_street(g) if g.chance(0.6) else _chome(g))
    elif form == "kyoto":
        ward = g.choice(KYOTO_WARDS)
        ns, ew, way = g.choice(KYOTO_STREETS_NS), g.choice(KYOTO_STREETS_EW), g.choice(KYOTO_DIRS)
        street = f"{ns}{ew}{way}" if g.chance(0.5) else f"{ew}通{ns.removesuffix('通')}{way}"
        num = f"{rng.randint(1, 700)}番地" if g.chance(0.5) else f"{rng.randint(1, 700)}"
        text = g.choice(("京都府京都市", "京都市")) + ward + street + g.choice(KYOTO_TOWNS) + num
    elif form == "hokkaido":
        city, pattern = g.rng.choice(HOKKAIDO)
        place = pattern.format(a=rng.randint(1, 24), b=rng.randint(1, 20))
        tail = (
            f"{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            if g.chance(0.6)
            else f"{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        )
        text = g.choice(("北海道", "")) + city + place + tail
    elif form == "banchi_no":
        tail = f"{rng.randint(1, 3999)}番地の{rng.randint(1, 30)}"
        text = _city(g) + town + tail
    elif form == "seirei_ward":
        pref, city, wards, _p = g.rng.choice(SEIREI)
        tail = _street(g) if g.chance(0.5) else _chome(g)
        text = (pref if g.chance(0.4) else "") + city + g.choice(wards) + town + tail
    else:
        raise ValueError(form)
    return g.val("ADDRESS", text, form)


def postal(g: Gen, table: bool = False) -> Piece:
    """A postal code, `〒` outside the span (the kanji_with_units form brings its own 〒)."""
    code = ident(g, "POSTAL_CODE", table=table)
    if isinstance(code.piece, tuple) or table:
        return code.piece
    if isinstance(code.piece, Val) and code.piece.form == "kanji":
        return ("郵便番号", code.piece)
    return (g.choice(("〒", "〒", "〒 ", "郵便番号 ", "〒")), code.piece)


def full_address(g: Gen, forms: tuple[str, ...] = ADDRESS_FORMS, sep: str = " ") -> Piece:
    """〒 code, then the address."""
    return (postal(g), sep, address(g, forms))


def city_name(g: Gen) -> Piece:
    _pref, city, _p = g.rng.choice(MUNICIPALITIES)
    return g.loc(city)
