"""The twelfth blind corpus: documents as staff paste them into a chat assistant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.eval.blind.model import PERSONAL, BlindDoc
from tests.eval.twelfth import g_case, g_chat, g_forms, g_mail, g_prose, g_tables, negatives
from tests.eval.twelfth.ctx import Ctx
from tests.eval.twelfth.doc import Doc

SEED = 20261205
Gen = Callable[[Ctx, Doc], None]

POSITIVE: dict[str, tuple[Gen, int]] = {
    "ocr_application": (g_forms.ocr_application, 16),
    "ocr_collapsed": (g_forms.ocr_collapsed, 14),
    "ruled_box_form": (g_forms.ruled_box, 12),
    "bank_transfer_form": (g_forms.bank_transfer, 12),
    "insurance_change_form": (g_forms.insurance_change, 10),
    "license_return_form": (g_forms.license_return, 12),
    "resident_record_request": (g_forms.resident_request, 12),
    "pension_form": (g_forms.pension_form, 12),
    "notice_letter": (g_forms.notice_letter, 26),
    "mail_thread": (g_mail.mail_thread, 16),
    "mail_forward": (g_mail.mail_forward, 14),
    "foreign_resident_mail": (g_mail.foreign_mail, 14),
    "citizen_voice_mail": (g_mail.complaint_mail, 10),
    "card_payment_mail": (g_mail.card_mail, 12),
    "logo_chat": (g_chat.chat_logo, 20),
    "chat_pasted_list": (g_chat.chat_paste, 12),
    "council_minutes": (g_chat.minutes, 14),
    "meeting_notes": (g_chat.meeting_notes, 12),
    "volunteer_roster": (g_chat.volunteer_roster, 8),
    "care_record": (g_case.care_record, 16),
    "child_welfare_record": (g_case.child_welfare, 12),
    "disability_record": (g_case.disability_record, 12),
    "living_assistance_record": (g_case.living_assistance, 12),
    "residence_procedure": (g_case.residence_procedure, 14),
    "phone_memo": (g_case.phone_memo, 14),
    "pension_consult": (g_case.pension_consult, 10),
    "tsv_table": (g_tables.tsv_table, 14),
    "csv_table": (g_tables.csv_table, 12),
    "markdown_table": (g_tables.markdown_table, 12),
    "english_header_table": (g_tables.english_table, 12),
    "local_history": (g_prose.local_history, 10),
    "news_item": (g_prose.news_item, 12),
    "obituary": (g_prose.obituary, 8),
    "commendation_list": (g_prose.commendation, 8),
    "school_newsletter": (g_prose.school_newsletter, 14),
}
NEGATIVE_DOCS = 108


def build_with_counts(seed: int = SEED) -> tuple[list[BlindDoc], Counter[tuple[str, str]]]:
    """The documents and the (entity, form) counts that drove every form choice."""
    ctx = Ctx(seed)
    plan: list[str] = [k for k, (_g, n) in POSITIVE.items() for _ in range(n)]
    neg_kinds = list(negatives.KINDS)
    plan += ["neg:" + neg_kinds[i % len(neg_kinds)] for i in range(NEGATIVE_DOCS)]
    ctx.rng.shuffle(plan)
    docs: list[BlindDoc] = []
    for i, kind in enumerate(plan, start=1):
        doc_id = f"twelfth-{i:04d}"
        if kind.startswith("neg:"):
            name = kind[4:]
            for _attempt in range(50):
                d = Doc(ctx)
                negatives.KINDS[name](ctx, d)
                doc = d.build(doc_id, "negative_" + name)
                if negatives.negative_ok(doc):
                    break
            else:
                raise RuntimeError(f"no valid negative for {name}")
        else:
            d = Doc(ctx)
            POSITIVE[kind][0](ctx, d)
            doc = d.build(doc_id, kind)
        docs.append(doc)
    return docs, ctx.counts


def build_twelfth(seed: int = SEED) -> list[BlindDoc]:
    return build_with_counts(seed)[0]


def main() -> None:
    docs = build_twelfth()
    ent: Counter[str] = Counter()
    form: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for s in doc.spans:
            ent[s.entity] += 1
            form[(s.entity, s.form)] += 1
    print(f"documents {len(docs)}  negative {sum(d.negative for d in docs)}  kinds {len({d.kind for d in docs})}")
    print(f"personal values {sum(n for e, n in ent.items() if e in PERSONAL)}")
    for e in sorted(ent):
        forms = sorted(((f, n) for (ee, f), n in form.items() if ee == e), key=lambda x: x[1])
        print(f"{e:24s} {ent[e]:5d}  " + "  ".join(f"{f}={n}" for f, n in forms))


if __name__ == "__main__":
    main()
