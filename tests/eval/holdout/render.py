"""Template rendering with gold spans tracked by construction.

A template is plain text with slots in braces:
- `{a}`, `{a.sei}`, `{a.kana}` ... a person (one letter: f/g foreign, k/j/s family of a, m male, w female);
- `{tel:mobile/kanji}`, `{bd:senior}`, `{addr:kanji}` ... a labelled value, option after the colon;
- `{?今日|本日}` an unlabelled random choice; other names are unlabelled filler (dates, amounts, numbers).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker

from gateway.privacy.entities import Entity
from tests.eval.holdout import ids
from tests.eval.holdout import values as v
from tests.eval.holdout.addresses import address, place
from tests.eval.holdout.people import Person, foreign, japanese

Segment = tuple[str, str | None]
RawSpan = tuple[str, int, int]
SLOT = re.compile(r"\{([^{}]+)\}")
PERSON_SLOT = re.compile(r"([a-z])(?:\.([a-z]+))?")
TODAY = date(2025, 4, 1)


class Ctx:
    """Per-document state: random sources, the people named so far, the last birth date written."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self.people: dict[str, Person] = {}
        self.last_birth: date | None = None

    def person(self, key: str) -> Person:
        """The same person every time the document names `key`."""
        if key not in self.people:
            if key in "fg":
                self.people[key] = foreign(self.rng)
            else:
                family = self.person("a") if key in "kjs" else None
                gender = {"m": "m", "w": "f"}.get(key)
                self.people[key] = japanese(self.rng, self.fake, gender, family)
        return self.people[key]


SlotFn = Callable[[Ctx, str], list[Segment]]


def _label(entity: Entity, make: Callable[[random.Random, str], str]) -> SlotFn:
    return lambda ctx, opt: [(make(ctx.rng, opt), entity.value)]


def _filler(make: Callable[[random.Random, str], str]) -> SlotFn:
    return lambda ctx, opt: [(make(ctx.rng, opt), None)]


def _tel(rng: random.Random, opt: str) -> str:
    kind, _, style = opt.partition("/")
    return v.phone(rng, kind, style)


def _birth(ctx: Ctx, opt: str) -> list[Segment]:
    span, _, style = opt.partition("/")
    first, last = {"senior": (1928, 1958), "child": (2012, 2024), "student": (1999, 2005)}.get(span, (1940, 2004))
    ctx.last_birth = v.birth_day(ctx.rng, first, last)
    return [(v.date_text(ctx.rng, ctx.last_birth, style), Entity.BIRTH_DATE.value)]


def _age(ctx: Ctx, opt: str) -> list[Segment]:
    born, ctx.last_birth = ctx.last_birth, None
    return [(f"{v.age_on(born) if born else ctx.rng.randint(30, 89)}{opt or '歳'}", None)]


def _email(ctx: Ctx, opt: str) -> list[Segment]:
    person = ctx.person(opt or "a")
    roman = person.sei_roman if person.full_foreign else f"{person.mei_roman} {person.sei_roman}"
    return [(v.email(ctx.rng, roman), Entity.EMAIL_ADDRESS.value)]


def _zipm(ctx: Ctx, opt: str) -> list[Segment]:
    return [
        (ctx.rng.choice(["〒", "〒", "〒 ", "〒\u3000", "郵便番号 "]), None),
        (v.postal(ctx.rng), Entity.POSTAL_CODE.value),
    ]


def recent(rng: random.Random, opt: str = "") -> str:
    """A recent working day (not personal): R6.10.3, 10/3, 令和6年10月3日, 2024年10月3日(木)."""
    day = TODAY - timedelta(days=rng.randint(1, 400))
    reiwa = day.year - 2018
    return rng.choice(
        [
            f"R{reiwa}.{day.month}.{day.day}",
            f"{day.month}/{day.day}",
            f"令和{reiwa}年{day.month}月{day.day}日",
            f"{day.year}年{day.month}月{day.day}日",
            f"{day.month}月{day.day}日",
        ]
    )


def _time(rng: random.Random, opt: str) -> str:
    h, m = rng.randint(8, 17), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if opt == "memo":
        return rng.choice([f"{h}:{m:02d}", f"{h:02d}{m:02d}"])
    return rng.choice([f"{h}:{m:02d}", f"{h}時{m}分" if m else f"{h}時"])


def _amount(rng: random.Random, opt: str) -> str:
    if opt == "big":
        return f"{rng.randint(3, 990)}億{rng.randint(1, 9999):,}万円"
    value = rng.randint(1, 9999) * rng.choice([100, 1000, 10])
    return rng.choice([f"{value:,}円", f"{value:,}", f"{value // 1000:,}千円" if value >= 1000 else f"{value}円"])


def _corp(rng: random.Random, opt: str) -> str:
    return ids.corp_number(rng)


def _area(ctx: Ctx, opt: str) -> list[Segment]:
    pref, city, town = place(ctx.rng)
    text = {"city": city, "pref": pref, "town": town.removeprefix("大字")}.get(
        opt, f"{city}{town.removeprefix('大字')}地区"
    )
    return [(text, None)]


_SLOTS: dict[str, SlotFn] = {
    "tel": _label(Entity.PHONE_NUMBER, _tel),
    "zip": _label(Entity.POSTAL_CODE, lambda r, o: v.postal(r)),
    "zipm": _zipm,
    "addr": _label(Entity.ADDRESS, address),
    "email": _email,
    "bd": _birth,
    "mynum": _label(Entity.MY_NUMBER, ids.my_number),
    "card": _label(Entity.CREDIT_CARD, lambda r, o: ids.card(r)),
    "insurer": _label(Entity.HEALTH_INSURANCE, lambda r, o: ids.insurer(r, kokuho=o == "kokuho")),
    "kigo": _label(Entity.HEALTH_INSURANCE, lambda r, o: v.digits(r, r.randint(4, 8), "123456789")),
    "bango": _label(Entity.HEALTH_INSURANCE, lambda r, o: v.digits(r, r.randint(1, 6), "123456789")),
    "kouki": _label(Entity.HEALTH_INSURANCE, lambda r, o: v.digits(r, 8, "123456789")),
    "kaigo": _label(Entity.HEALTH_INSURANCE, lambda r, o: "0" + v.digits(r, 9, "0123")),
    "pension": _label(Entity.PENSION_NUMBER, lambda r, o: ids.pension(r)),
    "license": _label(Entity.DRIVER_LICENSE, lambda r, o: ids.license_number(r)),
    "passport": _label(Entity.PASSPORT, lambda r, o: ids.passport(r, o or "JP")),
    "zairyu": _label(Entity.RESIDENCE_CARD, lambda r, o: ids.residence_card(r)),
    "juki": _label(Entity.RESIDENT_CODE, lambda r, o: ids.resident_code(r)),
    "acct": _label(Entity.BANK_ACCOUNT, lambda r, o: ids.account(r)),
    "ykigo": _label(Entity.BANK_ACCOUNT, lambda r, o: ids.yucho(r)[0]),
    "ybango": _label(Entity.BANK_ACCOUNT, lambda r, o: ids.yucho(r)[1]),
    "yucho": _label(Entity.BANK_ACCOUNT, lambda r, o: "-".join(ids.yucho(r))),
    "iban": _label(Entity.IBAN_CODE, lambda r, o: ids.iban(r)),
    "ssn": _label(Entity.US_SSN, lambda r, o: ids.ssn(r)),
    "ip": _label(Entity.IP_ADDRESS, lambda r, o: ids.ip(r)),
    "cred": _label(Entity.CREDENTIAL, lambda r, o: ids.credential(r, o)),
    # unlabelled filler
    "age": _age,
    "date": _filler(recent),
    "time": _filler(_time),
    "amount": _filler(_amount),
    "num": _filler(lambda r, o: v.digits(r, int(o or 6), "123456789")),
    "disability": _label(Entity.DISABILITY_CERTIFICATE, lambda r, o: v.digits(r, 7, "123456789")),
    "jan": _filler(lambda r, o: ids.jan(r)),
    "corp": _filler(_corp),
    "area": _area,
    "pct": _filler(lambda r, o: f"{r.randint(1, 99)}.{r.randint(0, 9)}%"),
    "count": _filler(lambda r, o: f"{r.randint(2, int(o or 99999)):,}"),
    "fy": _filler(lambda r, o: r.choice(["令和6年度", "R7年度", "2025年度", "令和７年度", "平成30年度", "次年度"])),
}


def segments(name: str, ctx: Ctx) -> list[Segment]:
    """Segments for one slot body; KeyError for an unknown slot."""
    if name.startswith("?"):
        return [(ctx.rng.choice(name[1:].split("|")), None)]
    match = PERSON_SLOT.fullmatch(name)
    if match:
        return [(ctx.person(match.group(1)).form(match.group(2) or "", ctx.rng), Entity.PERSON.value)]
    slot, _, opt = name.partition(":")
    return _SLOTS[slot](ctx, opt)


def render(template: str, ctx: Ctx) -> tuple[str, list[RawSpan]]:
    """Fill a template; the spans are the offsets of labelled segments, recorded while the text is built."""
    parts: list[str] = []
    spans: list[RawSpan] = []
    pos = last = 0
    for match in SLOT.finditer(template):
        parts.append(template[last : match.start()])
        pos += match.start() - last
        for text, entity in segments(match.group(1), ctx):
            if entity is not None:
                spans.append((entity, pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
        last = match.end()
    parts.append(template[last:])
    return "".join(parts), spans
