"""Template slots and rendering: each slot yields text segments, labelled ones become gold spans."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date
from functools import partial

from faker import Faker

from gateway.privacy.entities import Entity
from tests.eval import values_ids as ids
from tests.eval import values_public as pub
from tests.eval.values_people import HONORIFICS, Person, address, halfwidth_kana, make_person

Segment = tuple[str, Entity | None]
RawSpan = tuple[str, int, int]
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_PERSON_SLOT = re.compile(r"p(\d)([mf])?(?:_(hon|last|first|kana|kana_hw|roman))?")
REFERENCE_DAY = date(2025, 4, 1)  # ages are computed on this day


class DocCtx:
    """Per-document state: the random sources and the people the document talks about."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake
        self._people: dict[str, Person] = {}
        self.last_birth: date | None = None

    def person(self, key: str, gender: str | None = None) -> Person:
        """The same person each time a document names person `key`; gender applies when first named."""
        if key not in self._people:
            self._people[key] = make_person(self.rng, self.fake, gender)
        return self._people[key]


SlotFn = Callable[[DocCtx], list[Segment]]


def _span(entity: Entity, make: Callable[[random.Random], str]) -> SlotFn:
    return lambda ctx: [(make(ctx.rng), entity)]


def _text(make: Callable[[random.Random], str]) -> SlotFn:
    return lambda ctx: [(make(ctx.rng), None)]


def _postal_mark(ctx: DocCtx) -> list[Segment]:
    return [(ctx.rng.choice(["〒", "〒", "〒 ", "〒　"]), None), (ids.postal_code(ctx.rng), Entity.POSTAL_CODE)]


def _email(ctx: DocCtx) -> list[Segment]:
    roman = ctx.person("p1").roman
    if not roman.isascii():
        roman = ctx.rng.choice(["nguyen van", "maria s", "john", "raj kumar", "sara", "ana silva"])
    return [(ids.email(ctx.rng, roman), Entity.EMAIL_ADDRESS)]


def _yucho(ctx: DocCtx) -> list[Segment]:
    rng = ctx.rng
    if rng.random() < 0.5:
        return [(f"{ids.yucho_kigo(rng)}-{ids.yucho_bango(rng)}", Entity.BANK_ACCOUNT)]
    return [
        ("記号", None),
        (ids.yucho_kigo(rng), Entity.BANK_ACCOUNT),
        (rng.choice(["　番号", " 番号", "、番号"]), None),
        (ids.yucho_bango(rng), Entity.BANK_ACCOUNT),
    ]


def _birth(first: int, last: int) -> SlotFn:
    def slot(ctx: DocCtx) -> list[Segment]:
        ctx.last_birth = ids.birth_day(ctx.rng, first, last)
        return [(ids.date_text(ctx.rng, ctx.last_birth), Entity.BIRTH_DATE)]

    return slot


def _age(low: int, high: int) -> SlotFn:
    """Age of the birth date just written (if any), else a random age in low..high."""

    def slot(ctx: DocCtx) -> list[Segment]:
        born, ctx.last_birth = ctx.last_birth, None
        if born is None:
            return [(f"{ctx.rng.randint(low, high)}歳", None)]
        age = REFERENCE_DAY.year - born.year - ((REFERENCE_DAY.month, REFERENCE_DAY.day) < (born.month, born.day))
        return [(f"{age}歳", None)]

    return slot


def _choice(options: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(options)


_SLOTS: dict[str, SlotFn] = {
    "addr": lambda ctx: [(address(ctx.rng, ctx.fake), Entity.ADDRESS)],
    "zip": _span(Entity.POSTAL_CODE, ids.postal_code),
    "zipm": _postal_mark,
    "tel": _span(
        Entity.PHONE_NUMBER, lambda r: ids.phone(r, r.choices(["fixed", "mobile", "ip", "intl"], [40, 45, 5, 10])[0])
    ),
    "mobile": _span(Entity.PHONE_NUMBER, lambda r: ids.phone(r, "mobile")),
    "fixed": _span(Entity.PHONE_NUMBER, lambda r: ids.phone(r, "fixed")),
    "tel_free": _span(Entity.PHONE_NUMBER, lambda r: ids.phone(r, "free")),
    "tel_intl": _span(Entity.PHONE_NUMBER, lambda r: ids.phone(r, "intl")),
    "email": _email,
    "bd": _birth(1935, 2005),
    "bd_child": _birth(2010, 2024),
    "bd_senior": _birth(1928, 1958),
    "mynum": _span(Entity.MY_NUMBER, ids.my_number_value),
    "card": _span(Entity.CREDIT_CARD, ids.credit_card),
    "ins_no": _span(Entity.HEALTH_INSURANCE, ids.insurer_number),
    "ins_kokuho": _span(Entity.HEALTH_INSURANCE, ids.kokuho_insurer_number),
    "ins_kigo": _span(Entity.HEALTH_INSURANCE, lambda r: ids.plain_digits(r, 4, 8)),
    "ins_bango": _span(Entity.HEALTH_INSURANCE, lambda r: ids.plain_digits(r, 2, 6)),
    "ins_person": _span(Entity.HEALTH_INSURANCE, lambda r: ids.plain_digits(r, 8, 10)),
    "care_no": _span(Entity.CARE_INSURANCE, lambda r: ids.plain_digits(r, 10, 10)),  # 介護保険 被保険者番号
    "pension": _span(Entity.PENSION_NUMBER, ids.pension_number),
    "license": _span(Entity.DRIVER_LICENSE, ids.driver_license),
    "passport": _span(Entity.PASSPORT, ids.passport),
    "zairyu": _span(Entity.RESIDENCE_CARD, ids.residence_card),
    "juki": _span(Entity.RESIDENT_CODE, ids.resident_code),
    "acct": _span(Entity.BANK_ACCOUNT, lambda r: ids.plain_digits(r, 7, 7)),
    "yucho": _yucho,
    "iban": _span(Entity.IBAN_CODE, ids.iban),
    "ssn": _span(Entity.US_SSN, ids.us_ssn),
    "ip": _span(Entity.IP_ADDRESS, ids.ip_address),
    "ipv6": _span(Entity.IP_ADDRESS, lambda r: ids.ip_address(r, v6=True)),
    **{
        f"cred_{kind}": _span(Entity.CREDENTIAL, partial(ids.credential, kind=kind))
        for kind in ("aws", "aws_secret", "openai", "github", "slack", "azure", "password", "privkey")
    },
    # unlabelled: values that look personal but are not, and ordinary filler
    "when": _text(pub.meeting_when),
    "date": _text(pub.plain_date),
    "fy": _text(pub.fiscal_year),
    "amount": _text(pub.amount),
    "law": _text(pub.law),
    "ordinance": _text(pub.ordinance),
    "docno": _text(pub.doc_number),
    "corpno": _text(pub.corp_number),
    "version": _text(pub.version),
    "page": _text(pub.page),
    "stat": _text(pub.statistic),
    "cityphone": _text(lambda r: pub.CITY_PHONE),
    "city": _text(_choice(pub.CITIES)),
    "facility": _text(_choice(pub.FACILITIES)),
    "dept": _text(_choice(pub.DEPARTMENTS)),
    "title": _text(_choice(pub.TITLES)),
    "company": lambda ctx: [(pub.company(ctx.fake), None)],
    "age": _age(20, 79),
    "age_child": _age(1, 14),
    "age_senior": _age(66, 96),
    "bank": _text(_choice(("常陽銀行", "筑波銀行", "みずほ銀行", "三菱UFJ銀行", "水戸信用金庫", "JA水郷つくば"))),
    "branch": _text(_choice(("研究学園支店", "つくば支店", "土浦支店", "竹園支店", "本店営業部", "谷田部支店"))),
}


def _person(p: Person, form: str | None, rng: random.Random) -> list[Segment]:
    if form == "hon":
        return [(p.full, Entity.PERSON), (rng.choice(HONORIFICS), None)]
    text = {
        None: p.full,
        "last": p.last,
        "first": p.first,
        "kana": p.kana,
        "kana_hw": halfwidth_kana(p.kana),
        "roman": p.roman.upper(),
    }[form]
    return [(text, Entity.PERSON)]


def slot_segments(name: str, ctx: DocCtx) -> list[Segment]:
    """Segments for one slot; KeyError for an unknown slot name."""
    match = _PERSON_SLOT.fullmatch(name)
    if match:
        return _person(ctx.person("p" + match.group(1), match.group(2)), match.group(3), ctx.rng)
    return _SLOTS[name](ctx)


def render(template: str, ctx: DocCtx) -> tuple[str, list[RawSpan]]:
    """Fill a template; spans are the offsets of labelled segments, tracked while the text is built."""
    parts: list[str] = []
    spans: list[RawSpan] = []
    pos = 0
    last = 0
    for match in SLOT.finditer(template):
        literal = template[last : match.start()]
        parts.append(literal)
        pos += len(literal)
        for text, entity in slot_segments(match.group(1), ctx):
            if entity is not None:
                spans.append((entity.value, pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
        last = match.end()
    parts.append(template[last:])
    return "".join(parts), spans
