"""The blind corpus's report: precision and recall per type, leaks per type and written form, the goals.

The blind corpus (tests/eval/blind) was written by someone who saw neither the detector nor the other
corpora. Its goals (issue: detection that holds on text nobody tuned it to):
- structured identifiers leak at most 1 % in every written form;
- names, addresses and birth dates leak at most 3 % in municipal text, person names at most 10 % in
  encyclopedic prose;
- organisations and places are masked at most 10 %, negative documents flagged at most 5 %.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.eval.blind.corpus import NOT_PERSONAL, BlindDoc
from tests.eval.leaks import LeakReport, Rate, leaks
from tests.eval.score import Report, SpanLike, score

PROSE_KINDS = frozenset({"encyclopedic", "encyclopedia"})  # the blind and the fresh corpus name it differently
FREE_FORM = frozenset({"PERSON", "ADDRESS", "BIRTH_DATE"})
MAX_STRUCTURED_LEAK = 0.01
MAX_MUNICIPAL_LEAK = 0.03
MAX_PROSE_PERSON_LEAK = 0.10
MAX_OVER_MASKED = 0.10
MAX_FALSE_ALARM_RATE = 0.05


def evaluate(docs: Sequence[BlindDoc], findings: Sequence[Sequence[SpanLike]]) -> tuple[Report, LeakReport]:
    """Precision/recall over the personal spans, and the leak report."""
    personal = [[s for s in d.spans if s.entity not in NOT_PERSONAL] for d in docs]
    report = score(personal, findings, [d.negative for d in docs])
    leak = leaks([d.text for d in docs], [d.kind for d in docs], [d.spans for d in docs], findings,
                 [d.negative for d in docs], NOT_PERSONAL)
    return report, leak


def municipal(leak: LeakReport, entity: str) -> Rate:
    """Leaks of one type over every document kind but encyclopedic prose."""
    rates = [r for (e, kind), r in leak.per_kind.items() if e == entity and kind not in PROSE_KINDS]
    return Rate(sum(r.total for r in rates), sum(r.hit for r in rates))


def prose(leak: LeakReport, entity: str) -> Rate:
    """Leaks of one type in encyclopedic prose."""
    rates = [r for (e, kind), r in leak.per_kind.items() if e == entity and kind in PROSE_KINDS]
    return Rate(sum(r.total for r in rates), sum(r.hit for r in rates))


def failures(leak: LeakReport) -> list[str]:
    """The goals the leak report misses, one message each."""
    out = []
    for (entity, form), rate in sorted(leak.per_form.items()):
        if entity not in FREE_FORM and rate.rate > MAX_STRUCTURED_LEAK:
            out.append(f"{entity} written {form}: {rate.hit}/{rate.total} leaked > {MAX_STRUCTURED_LEAK:.0%}")
    for entity in sorted(FREE_FORM):
        rate = municipal(leak, entity)
        if rate.rate > MAX_MUNICIPAL_LEAK:
            out.append(f"{entity} in municipal text: {rate.rate:.1%} leaked > {MAX_MUNICIPAL_LEAK:.0%}")
    rate = prose(leak, "PERSON")
    if rate.rate > MAX_PROSE_PERSON_LEAK:
        out.append(f"PERSON in encyclopedic prose: {rate.rate:.1%} leaked > {MAX_PROSE_PERSON_LEAK:.0%}")
    for entity, rate in sorted(leak.over_masked.items()):
        if rate.rate > MAX_OVER_MASKED:
            out.append(f"{entity}: {rate.rate:.1%} masked > {MAX_OVER_MASKED:.0%}")
    if leak.negative_docs.rate > MAX_FALSE_ALARM_RATE:
        out.append(f"negative documents flagged: {leak.negative_docs.rate:.1%} > {MAX_FALSE_ALARM_RATE:.0%}")
    return out


def format_leaks(leak: LeakReport) -> str:
    """Leaks per type, then per written form (a row per type, a column per form), then over-masking."""
    forms = sorted({form for _, form in leak.per_form})
    lines = [f"{'leaked':<23} {'values':>6} {'leaked':>7} {'rate':>6}   municipal  prose"]
    for entity, rate in sorted(leak.per_type.items()):
        lines.append(f"{entity:<23} {rate.total:>6} {rate.hit:>7} {rate.rate:>6.1%}   "
                     f"{municipal(leak, entity).rate:>9.1%} {prose(leak, entity).rate:>6.1%}")
    total = leak.total()
    lines.append(f"{'TOTAL':<23} {total.total:>6} {total.hit:>7} {total.rate:>6.1%}")
    lines.append("\nleaked per written form (leaked/values):")
    for entity in sorted(leak.per_type):
        cells = [f"{form} {r.hit}/{r.total}" for form in forms if (r := leak.per_form.get((entity, form)))]
        lines.append(f"  {entity:<23} " + ", ".join(cells))
    lines.append("\nmust not be masked:")
    for entity, rate in sorted(leak.over_masked.items()):
        lines.append(f"  {entity:<23} {rate.hit}/{rate.total} masked ({rate.rate:.1%})")
    negative = leak.negative_docs
    lines.append(f"  negative documents      {negative.hit}/{negative.total} flagged ({negative.rate:.1%})")
    return "\n".join(lines)
