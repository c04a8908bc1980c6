"""The sixteenth blind corpus: plans of kinds, the seeded build, and a printer of counts per entity and form."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

from ..blind.model import BlindDoc
from . import genres_care as care
from . import genres_civic as civic
from . import genres_machine as machine
from . import genres_office as office
from . import genres_prose as prose
from .ctx import Ctx, extras
from .negatives import NEGATIVE_KINDS

SEED = 20261209
Kind = Callable[[Ctx], None]


def more(kind: Kind, k: int, prose: bool = False) -> Kind:
    """The kind followed by k further labelled values (form lines, or sentences in prose)."""

    def build(c: Ctx) -> None:
        kind(c)
        extras(c, k, prose)

    build.__name__ = kind.__name__
    build.__doc__ = kind.__doc__
    return build


POSITIVE: tuple[tuple[str, Kind, int], ...] = (
    ("tax_reduction", more(civic.tax_reduction, 3, True), 12),
    ("tax_address_fix", more(civic.tax_address_fix, 6), 9),
    ("special_collection", more(civic.special_collection, 4), 10),
    ("birth_marriage_call", more(civic.birth_marriage_call, 2, True), 12),
    ("koseki_mail", more(civic.koseki_mail, 4), 10),
    ("name_change", more(civic.name_change, 3, True), 10),
    ("early_vote", more(civic.early_vote, 6), 9),
    ("absentee", more(civic.absentee, 6), 8),
    ("poll_workers", more(civic.poll_workers, 2), 9),
    ("witness", more(civic.witness, 4), 8),
    ("housing_apply", more(civic.housing_apply, 6), 9),
    ("rent_arrears", more(civic.rent_arrears, 4), 9),
    ("water_open", more(civic.water_open, 6), 10),
    ("waste_call", more(civic.waste_call, 2, True), 12),
    ("vacant_house", more(care.vacant_house, 4), 9),
    ("farmland", more(care.farmland, 6), 8),
    ("cemetery", more(care.cemetery, 2), 8),
    ("guardianship", more(care.guardianship, 3, True), 10),
    ("evacuation_roster", more(care.evacuation_roster, 2), 9),
    ("missing_broadcast", more(care.missing_broadcast, 2, True), 10),
    ("watch_visit", more(care.watch_visit, 3, True), 14),
    ("vaccination", more(care.vaccination, 6), 9),
    ("boshi_techo", more(care.boshi_techo, 2, True), 10),
    ("nursery", more(care.nursery, 6), 9),
    ("school_aid", more(care.school_aid, 6), 9),
    ("library_overdue", more(care.library_overdue, 4), 8),
    ("facility_booking", more(care.facility_booking, 6), 8),
    ("petition", more(office.petition, 2), 8),
    ("general_question", more(office.general_question, 4), 8),
    ("minutes", more(office.minutes, 2, True), 12),
    ("transfer", more(office.transfer, 2), 8),
    ("training", office.training, 8),
    ("overtime", more(office.overtime, 2), 8),
    ("retiree", more(office.retiree, 4), 8),
    ("ambulance", more(office.ambulance, 6), 9),
    ("accident_aid", more(office.accident_aid, 6), 8),
    ("victim_support", more(office.victim_support, 3, True), 10),
    ("subsidy", more(office.subsidy, 6), 8),
    ("chat_export", more(machine.chat_export, 2, True), 14),
    ("captions", machine.captions, 10),
    ("quoted_mail", machine.quoted_mail, 18),
    ("web_form", more(machine.web_form, 6), 12),
    ("sql_insert", machine.sql_insert, 10),
    ("xml", machine.xml_doc, 8),
    ("vcard", machine.vcard, 12),
    ("ical", more(machine.ical, 2), 8),
    ("labels", machine.labels, 9),
    ("pdf_paste", prose.pdf_paste, 16),
    ("pdf_vertical", prose.pdf_vertical, 16),
    ("profile", prose.profile, 12),
    ("obituary", prose.obituary, 10),
    ("biography", prose.biography, 14),
    ("easy_notice", more(prose.easy_notice, 2, True), 10),
    ("speech", more(prose.speech, 2, True), 10),
    ("english_letter", prose.english_letter, 12),
    ("consult_prose", more(prose.consult_prose, 4, True), 22),
)
NEGATIVE: tuple[tuple[str, Kind, int], ...] = tuple((f"neg_{k.__name__}", k, 7) for k in NEGATIVE_KINDS)
PROSE_KINDS = frozenset(
    {
        "tax_reduction",
        "birth_marriage_call",
        "name_change",
        "waste_call",
        "guardianship",
        "missing_broadcast",
        "watch_visit",
        "boshi_techo",
        "minutes",
        "victim_support",
        "chat_export",
        "captions",
        "profile",
        "obituary",
        "biography",
        "easy_notice",
        "speech",
        "english_letter",
        "consult_prose",
    }
)


def build_with_counts(seed: int = SEED) -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    """The documents (ids in a seeded order) and the count of spans per (entity, form)."""
    rng = random.Random(seed)
    written: Counter[tuple[str, str]] = Counter()
    made: list[tuple[str, Ctx]] = []
    for name, kind, count in (*POSITIVE, *NEGATIVE):
        for _ in range(count):
            c = Ctx(random.Random(rng.getrandbits(64)), written)
            kind(c)
            made.append((name, c))
    rng.shuffle(made)
    docs = [c.b.build(f"sixteenth-{i:04d}", name) for i, (name, c) in enumerate(made, 1)]
    counts: Counter[tuple[str, str]] = Counter((s.entity, s.form) for d in docs for s in d.spans)
    return docs, counts


def build_sixteenth(seed: int = SEED) -> list[BlindDoc]:
    return build_with_counts(seed)[0]


def main() -> None:
    docs, counts = build_with_counts()
    per_entity: Counter[str] = Counter()
    for (entity, _form), n in counts.items():
        per_entity[entity] += n
    print(f"documents {len(docs)}, negatives {sum(d.negative for d in docs)}")
    for entity, n in sorted(per_entity.items(), key=lambda kv: -kv[1]):
        print(f"{entity:24} {n}")
    print()
    for (entity, form), n in sorted(counts.items()):
        print(f"{entity:24} {form:18} {n}")


if __name__ == "__main__":
    main()
