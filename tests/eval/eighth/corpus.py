"""The eighth blind corpus: what a city's staff paste into a chat assistant where a leak costs most.

`build_eighth(seed)` is deterministic for a seed; `python -m tests.eval.eighth.corpus` prints its counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import PERSONAL, BlindDoc, Builder
from tests.eval.eighth import machine, office, prompts, prose, rosters, welfare
from tests.eval.eighth.negatives import NEGATIVE_KINDS
from tests.eval.eighth.values import Factory

SEED = 80808

POSITIVE_KINDS: dict[str, tuple[Callable[[Factory], Builder], int]] = {
    "welfare_case_note": (welfare.seiho_case_note, 26),
    "child_home_visit": (welfare.child_visit, 20),
    "care_survey_screen": (welfare.care_survey_screen, 16),
    "disability_counter_memo": (welfare.disability_memo, 20),
    "ems_record": (welfare.ems_record, 16),
    "tax_arrears_note": (office.tax_arrears, 16),
    "tax_inquiry": (office.tax_inquiry, 12),
    "family_register_copy": (office.koseki_copy, 14),
    "election_card_returns": (office.election_return, 10),
    "school_aid_application": (office.school_aid, 12),
    "school_note": (office.school_note, 10),
    "insurance_refund_list": (office.insurance_refund, 14),
    "pension_counter": (office.pension_counter, 12),
    "foreign_resident_counter": (office.foreign_counter, 16),
    "citizen_mail_forward": (prompts.citizen_mail, 20),
    "card_charge_mail": (prompts.card_mail, 12),
    "keigo_rewrite": (prompts.keigo_rewrite, 12),
    "translate_notice": (prompts.translate_notice, 14),
    "meeting_transcript": (prompts.meeting_transcript, 14),
    "logo_chat_thread": (prompts.logo_chat, 16),
    "pdf_page_copy": (prompts.pdf_page, 14),
    "local_history_prose": (prose.local_history, 12),
    "sister_city_news": (prose.sister_city, 8),
    "researcher_profile": (prose.researcher, 8),
    "athlete_artist_prose": (prose.athlete, 8),
    "excel_range_tsv": (machine.excel_range, 14),
    "core_system_screen": (machine.system_screen, 14),
    "csv_export": (machine.csv_export, 10),
    "json_record": (machine.json_record, 10),
    "id_check_log": (rosters.id_check_log, 14),
    "benefit_roster": (rosters.benefit_roster, 14),
    "donor_export_tsv": (rosters.donor_export, 12),
}
MACHINE_KINDS = frozenset(
    {"care_survey_screen", "excel_range_tsv", "core_system_screen", "csv_export", "json_record", "donor_export_tsv"}
)


def build_eighth(seed: int = SEED) -> list[BlindDoc]:
    """Build every document, kinds interleaved in a seeded order; ids eighth-0001 onwards."""
    f = Factory(seed)
    schedule = [kind for kind, (_fn, n) in (POSITIVE_KINDS | NEGATIVE_KINDS).items() for _ in range(n)]
    f.rng.shuffle(schedule)
    docs = []
    for i, kind in enumerate(schedule, 1):
        fn = (POSITIVE_KINDS | NEGATIVE_KINDS)[kind][0]
        f.begin()
        doc = fn(f).build(f"eighth-{i:04d}", kind)
        if doc.negative != kind.startswith("negative_"):
            raise ValueError(f"{doc.id} ({kind}) negative={doc.negative}")
        docs.append(doc)
    return docs


def summary(docs: list[BlindDoc]) -> str:
    """Counts per entity, per form and per kind, as the README shows them."""
    spans = [s for d in docs for s in d.spans]
    personal = [s for s in spans if s.entity in PERSONAL]
    lines = [
        f"documents: {len(docs)}",
        f"negative documents: {sum(d.negative for d in docs)}",
        f"machine-shaped documents: {sum(d.kind in MACHINE_KINDS for d in docs)}",
        f"personal values: {len(personal)}",
        f"organisation / place names: {len(spans) - len(personal)}",
        "",
        "per entity:",
    ]
    lines += [f"  {e}: {n}" for e, n in sorted(Counter(s.entity for s in spans).items())]
    lines += ["", "per entity and form:"]
    by_form = Counter((s.entity, s.form) for s in spans)
    for entity in sorted({e for e, _ in by_form}):
        forms = ", ".join(f"{form} {n}" for (e, form), n in sorted(by_form.items()) if e == entity)
        lines.append(f"  {entity}: {forms}")
    lines += ["", "per kind:"]
    lines += [f"  {k}: {n}" for k, n in sorted(Counter(d.kind for d in docs).items())]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(build_eighth()))
