"""The fifteenth blind corpus: about 560 documents, built deterministically from SEED.

Run `python -m tests.eval.fifteenth.corpus` to print the counts per entity and per (entity, form).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import BlindDoc, Builder

from . import kinds_consult as kc
from . import kinds_foreign as kf
from . import kinds_forms as kfo
from . import kinds_machine as km
from . import kinds_prose as kp
from . import kinds_records as kr
from . import kinds_talk as kt
from . import negatives as na
from . import negatives_more as nb
from .values import Ctx

SEED = 20261208
Kind = Callable[[Ctx], Builder]

POSITIVE: tuple[tuple[str, Kind, int], ...] = (
    ("consumer_consult", kc.consumer, 10),
    ("child_consult", kc.child, 8),
    ("dv_consult", kc.dv, 7),
    ("infant_checkup", kc.infant, 9),
    ("resident_move", kc.move, 10),
    ("minsei_log", kc.minsei, 8),
    ("job_migration", kc.job, 8),
    ("disclosure_request", kc.disclosure, 9),
    ("neighborhood_roster", kr.neighborhood, 5),
    ("kominkan_roster", kr.kominkan, 5),
    ("sports_entry", kr.sports, 5),
    ("ceremony_list", kr.ceremony, 5),
    ("furusato_donor", kr.furusato, 10),
    ("scholarship", kr.scholarship, 10),
    ("audit_request", kr.audit, 5),
    ("pollution_road_complaint", kr.complaint, 9),
    ("dog_registration", kr.dog, 8),
    ("recruitment", kr.recruit, 5),
    ("commerce_loan", kr.commerce, 9),
    ("profile_article", kp.profile, 9),
    ("award_article", kp.award, 9),
    ("encyclopedia", kp.encyclopedia, 10),
    ("press_memo", kp.press, 8),
    ("sns_response", kp.sns, 8),
    ("baby_announcement", kp.birth_in_prose, 6),
    ("minutes", kt.minutes, 12),
    ("chat_thread", kt.chat, 20),
    ("mail_thread", kt.mail, 16),
    ("call_transcript", kt.transcript, 30),
    ("handover_memo", kt.memo, 15),
    ("phone_message", kt.message, 20),
    ("csv_export", km.csv_export, 10),
    ("spreadsheet_paste", km.spreadsheet, 9),
    ("json_yaml", km.json_records, 9),
    ("log_lines", km.logs, 8),
    ("file_list", km.files, 8),
    ("ocr_application", kfo.ocr, 47),
    ("onestop_checklist", kfo.onestop, 41),
    ("foreign_consult", kf.foreign_consult, 11),
    ("english_mail", kf.english_mail, 21),
)
PROSE_KINDS = frozenset(
    {
        "profile_article",
        "award_article",
        "encyclopedia",
        "press_memo",
        "sns_response",
        "baby_announcement",
        "minutes",
        "chat_thread",
        "mail_thread",
        "call_transcript",
        "handover_memo",
        "english_mail",
        "phone_message",
    }
)
NEGATIVE: tuple[tuple[str, Kind, int], ...] = (
    ("neg_corporate_number", na.corporate_numbers, 7),
    ("neg_statistics", na.statistics, 7),
    ("neg_ordinance", na.ordinance, 7),
    ("neg_timetable", na.timetable, 6),
    ("neg_budget", na.budget, 6),
    ("neg_bid_results", na.bids, 7),
    ("neg_isbn", na.isbn_list, 6),
    ("neg_lot_jan", na.lots, 6),
    ("neg_sister_city", nb.sister_cities, 6),
    ("neg_named_facility", nb.facilities, 7),
    ("neg_groups_teams", nb.teams, 6),
    ("neg_election", nb.election, 6),
    ("neg_agenda_roles", nb.agenda, 7),
    ("neg_road_works", nb.roadworks, 6),
    ("neg_library_class", nb.library, 6),
    ("neg_dantai_code", nb.codes, 6),
    ("neg_history", nb.history, 6),
)


def build_with_counts(seed: int = SEED) -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    """All documents, and the (entity, form) counts that drove the choice of each value's form."""
    ctx = Ctx(seed)
    plan = [(name, fn) for name, fn, n in POSITIVE for _ in range(n)]
    plan += [(name, fn) for name, fn, n in NEGATIVE for _ in range(n)]
    ctx.rng.shuffle(plan)
    docs = [fn(ctx).build(f"fifteenth-{i + 1:04d}", name) for i, (name, fn) in enumerate(plan)]
    return docs, Counter(ctx.counts)


def build_fifteenth(seed: int = SEED) -> list[BlindDoc]:
    """The corpus's documents for ``seed``."""
    return build_with_counts(seed)[0]


def main() -> None:
    docs, counts = build_with_counts()
    per_entity: Counter[str] = Counter()
    for (entity, _form), n in counts.items():
        per_entity[entity] += n
    pos = sum(not d.negative for d in docs)
    print(
        f"{len(docs)} documents: {pos} positive, {len(docs) - pos} negative; "
        f"{sum(n for e, n in per_entity.items() if e not in ('ORGANIZATION', 'LOCATION'))} personal values"
    )
    for entity, n in sorted(per_entity.items()):
        forms = sorted(((f, c) for (e, f), c in counts.items() if e == entity), key=lambda x: x[1])
        print(f"{entity:24} {n:5}  smallest form: {forms[0][0]} ({forms[0][1]})")
    for (entity, form), n in sorted(counts.items()):
        print(f"  {entity:24} {form:18} {n:4}")


if __name__ == "__main__":
    main()
