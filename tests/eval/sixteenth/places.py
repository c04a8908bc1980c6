"""Invented addresses on real municipalities, and the written forms of an address."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..blind.model import Piece, Val
from .numbers import full
from .pools import (
    CITIES,
    HOKKAIDO_JO,
    KANA_BUILDING,
    KANA_WORD,
    KANJI_BUILDING,
    KYOTO_DIRS,
    KYOTO_STREETS,
    KYOTO_WARDS,
    RURAL,
    TOWN_A,
    TOWN_B,
)

A = "ADDRESS"


@dataclass(frozen=True, slots=True)
class City:
    pref: str
    pref_roma: str
    name: str
    roma: str
    wards: tuple[tuple[str, str], ...]


def _cities() -> tuple[City, ...]:
    out = []
    for line in CITIES.splitlines():
        pref, pref_roma, city, wards = line.split("|")
        name, roma = city.split(":")
        ws = tuple(tuple(w.split(":")) for w in wards.split(",") if w)
        out.append(City(pref, pref_roma, name, roma, ws))  # type: ignore[arg-type]
    return tuple(out)


ALL_CITIES = _cities()
PLAIN_CITIES = tuple(c for c in ALL_CITIES if not c.wards)
WARD_CITIES = tuple(c for c in ALL_CITIES if c.wards)


@dataclass(frozen=True, slots=True)
class Addr:
    pref: str
    city: str
    town: str
    town_roma: str
    city_roma: str
    pref_roma: str
    chome: int
    ban: int
    go: int
    building: str
    room: int


def kanji_num(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return "".join(digits[int(d)] for d in str(n))


def town(rng: random.Random) -> tuple[str, str]:
    a, b = rng.choice(TOWN_A), rng.choice(TOWN_B)
    return a.kanji + b.kanji, a.roma + b.roma


def new_addr(rng: random.Random, ward: bool = False) -> Addr:
    c = rng.choice(WARD_CITIES if ward else PLAIN_CITIES)
    city, city_roma = c.name, c.roma
    if c.wards:
        w = rng.choice(c.wards)
        city, city_roma = city + w[0], f"{w[1]}, {c.roma}"
    t, tr = town(rng)
    kind = rng.random()
    if kind < 0.35:
        bld = rng.choice(KANA_BUILDING) + rng.choice(KANA_WORD)
    elif kind < 0.6:
        bld = rng.choice(KANJI_BUILDING).format(t=town(rng)[0][:2], n=rng.randint(1, 12))
    else:
        bld = ""
    return Addr(
        c.pref,
        city,
        t,
        tr,
        city_roma,
        c.pref_roma,
        rng.randint(1, 9),
        rng.randint(1, 40),
        rng.randint(1, 30),
        bld,
        rng.choice((101, 102, 201, 203, 305, 410, 502, 1203)),
    )


def _head(a: Addr, pref: bool = True) -> str:
    return (a.pref if pref else "") + a.city + a.town


def address_text(a: Addr, form: str, rng: random.Random) -> str:
    """The written address (one value) for an address form without its own layout."""
    num = f"{a.chome}-{a.ban}-{a.go}"
    if form == "plain":
        return f"{_head(a)}{a.chome}丁目{a.ban}番{a.go}号"
    if form == "hyphen":
        return f"{_head(a, rng.random() < 0.5)}{num}"
    if form == "banchi_no":
        return f"{_head(a)}{a.ban * 7}番地の{a.go}"
    if form == "building_room":
        bld = a.building or f"{a.town[:2]}ハイツ"
        return f"{_head(a, rng.random() < 0.5)}{num} {bld}{a.room}号室"
    if form == "kana_building":
        return f"{_head(a, False)}{num} {rng.choice(KANA_BUILDING)}{rng.choice(KANA_WORD)}{a.room}"
    if form == "kanji_num":
        return f"{_head(a)}{kanji_num(a.chome)}丁目{kanji_num(a.ban)}番{kanji_num(a.go)}号"
    if form == "zen_digits":
        return f"{_head(a)}{full(num)}"
    if form == "abbrev":
        return f"{a.city}{a.town}{num}"
    if form == "ward":
        c = rng.choice(WARD_CITIES)
        w = rng.choice(c.wards)[0]
        return f"{c.name}{w}{a.town}{num}"
    if form == "kyoto":
        return (
            f"京都市{rng.choice(KYOTO_WARDS)}{rng.choice(KYOTO_STREETS)}{rng.choice(KYOTO_STREETS)[:2]}"
            f"{rng.choice(KYOTO_DIRS)}{a.town}{a.ban * 3 + 100}番地"
        )
    if form == "hokkaido_jo":
        return rng.choice(HOKKAIDO_JO).format(a=a.chome, b=a.ban % 12 + 1) + f"{a.go}-{a.ban}"
    if form == "rural":
        pref, gun, cho = rng.choice(RURAL).split(":")
        aza = rng.choice(("上", "下", "中", "東", "西")) + a.town[-1:] + "田"
        return f"{pref}{gun}{cho}大字{a.town[:2]}字{aza}{a.ban * 31}番地"
    if form == "partial":
        return f"{a.town}{a.chome}丁目{a.ban}番" if rng.random() < 0.5 else f"{a.town}{a.chome}-{a.ban}"
    if form == "english":
        return f"{num} {a.town_roma}, {a.city_roma}, {a.pref_roma}"
    if form == "pdf_spaced":
        return " ".join(f"{_head(a)}{num}")
    if form == "csv_field":
        return f"{_head(a)}{num}" + (f" {a.building}" if a.building else "")
    return f"{_head(a)}{num}"


def address_piece(a: Addr, form: str, rng: random.Random, label: str = "住所") -> Piece:
    """An address in `form`, with the layout some forms bring (label line, line break, label, vCard)."""
    num = f"{a.chome}-{a.ban}-{a.go}"
    if form == "line_broken":
        return (Val(A, f"{a.pref}{a.city}\n{a.town}{num}", form),)
    if form == "label_above":
        return (f"{label}\n", Val(A, f"{_head(a)}{num}", form))
    if form == "label":
        bld = a.building or f"{a.town[:2]}コーポ"
        return (Val(A, f"{_head(a)}{num}\n{bld} {a.room}号室", form),)
    if form == "vcard":
        return (Val(A, f"{a.town}{num};{a.city};{a.pref}", form),)
    return (Val(A, address_text(a, form, rng), form),)
