"""The fresh held-out corpus: `build_fresh` renders every document and records gold spans while writing."""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder
from tests.eval.fresh import genres_chat, genres_office, genres_public
from tests.eval.fresh.digits import NUMERIC_FORMS
from tests.eval.fresh.negatives import NEGATIVES
from tests.eval.fresh.places import ADDRESS_FORMS
from tests.eval.fresh.values import DATE_FORMS, EMAIL_FORMS, Factory

SEED: int = 20250611

NUMERIC_ENTITIES: tuple[str, ...] = (
    "PHONE_NUMBER",
    "POSTAL_CODE",
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
PERSON_FORMS: tuple[str, ...] = (
    "kanji",
    "fullwidth_space",
    "kana",
    "foreign_katakana",
    "romanized",
    "title",
    "surname_only",
    "prose",
)
# Every (entity, form) pair that must occur at least three times.
REQUIRED: frozenset[tuple[str, str]] = frozenset(
    {(e, f) for e in NUMERIC_ENTITIES for f in NUMERIC_FORMS}
    | {("EMAIL_ADDRESS", f) for f in EMAIL_FORMS}
    | {("PERSON", f) for f in PERSON_FORMS}
    | {("ADDRESS", f) for f in ADDRESS_FORMS}
    | {("BIRTH_DATE", f) for f in DATE_FORMS}
    | {("ORGANIZATION", "plain"), ("LOCATION", "plain")}
)

Template = Callable[[Factory], Builder]
POSITIVES: tuple[tuple[str, Template, int], ...] = (
    ("news", genres_public.news, 24),
    ("encyclopedia", genres_public.encyclopedia, 24),
    ("minutes", genres_public.minutes, 16),
    ("staff_chat", genres_chat.staff_chat, 24),
    ("line_message", genres_chat.line_message, 28),
    ("foreign_consult", genres_chat.foreign_consult, 24),
    ("counter_memo", genres_chat.counter_memo, 26),
    ("case_note", genres_office.case_note, 24),
    ("email_signature", genres_office.email_signature, 16),
    ("bank_transfer", genres_office.bank_transfer, 26),
    ("school_notice", genres_office.school_notice, 18),
    ("shelter_list", genres_office.shelter_list, 14),
    ("call_transcript", genres_chat.call_transcript, 40),
)
NEGATIVES_PER_KIND: int = 16


def build_fresh(seed: int = SEED) -> list[BlindDoc]:
    """Render the whole corpus; the same seed always gives the same documents."""
    rng = random.Random(seed)
    plan: list[tuple[str, Template]] = [(kind, fn) for kind, fn, n in POSITIVES for _ in range(n)]
    plan += [(kind, fn) for kind, fn in NEGATIVES for _ in range(NEGATIVES_PER_KIND)]
    rng.shuffle(plan)
    factory = Factory(rng)
    return [fn(factory).build(f"fresh-{i:04d}", kind) for i, (kind, fn) in enumerate(plan, 1)]
