"""Where GiNZA's NER runs and which of its names are kept, measured.

`python -m tests.eval.options WHERE[+KEEP] [run.py arguments]`. WHERE is one of:
- ``windows``: today's detector (NER on windows around uncertain name candidates);
- ``whole``: NER over every chunk, whole;
- ``sentences``: NER over every sentence (split at 。！？ and line ends);
- ``katakana``: today's windows plus windows around every katakana word;
- ``candidates``: windows around every candidate, certain ones too;
- ``named-sentences``: every sentence that holds a candidate, certain or not.

KEEP (the names NER finds, beyond the rule candidates they confirm) is one of:
- ``vouched``: today's, a proper noun or an honorific vouches for it (where it overlaps a rule's result, their
  union is masked);
- ``any``: every name-like NER name.

Each mode replaces only ``person.ner_windows`` and ``person.ner_accepted``; the rest of the evaluation is
``tests.eval.run`` as is.
Prints the resident memory of the process (one analyzer, after loading and analysing) at the end.
"""

from __future__ import annotations

import resource
import sys
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from gateway.privacy.recognizers import person
from gateway.privacy.recognizers.person_words import is_katakana, name_like
from tests.eval import run

Windows = Callable[[Doc, Sequence[person.Candidate]], list[tuple[int, int]]]
Keep = Callable[[Doc, Span], bool]
_SENTENCE_END = frozenset("。！？!?")
_today = person.ner_windows


def _whole(doc: Doc, found: Sequence[person.Candidate]) -> list[tuple[int, int]]:
    return [(0, len(doc))] if len(doc) else []


def _sentences(doc: Doc, found: Sequence[person.Candidate]) -> list[tuple[int, int]]:
    out, start = [], 0
    for tok in doc:
        if tok.text in _SENTENCE_END or "\n" in tok.text:
            if tok.i + 1 > start:
                out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _candidates(doc: Doc, found: Sequence[person.Candidate]) -> list[tuple[int, int]]:
    return _merged([(max(0, c.start - 8), min(len(doc), c.end + 8)) for c in found])


def _named_sentences(doc: Doc, found: Sequence[person.Candidate]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _sentences(doc, found) if any(s < c.end and c.start < e for c in found)]


def _katakana(doc: Doc, found: Sequence[person.Candidate]) -> list[tuple[int, int]]:
    spans = _today(doc, found)
    spans += [(max(0, t.i - 8), min(len(doc), t.i + 9)) for t in doc if is_katakana(t) and len(t) >= 2]
    return _merged(spans)


def _any(doc: Doc, ent: Span) -> bool:
    return all(name_like(t) for t in ent)


WHERE: dict[str, Windows] = {"windows": _today, "whole": _whole, "sentences": _sentences, "katakana": _katakana,
                           "candidates": _candidates, "named-sentences": _named_sentences}
KEEP: dict[str, Keep] = {"vouched": person.ner_accepted, "any": _any}


def _rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MiB."""
    with open("/proc/self/status") as status:
        current = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return current / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str]) -> int:
    """Run the evaluation with NER where WHERE says, keeping what KEEP says."""
    where, _, keep = (argv[0] if argv else "").partition("+")
    if where not in WHERE or (keep or "vouched") not in KEEP:
        print(__doc__)
        return 2
    setattr(person, "ner_windows", WHERE[where])  # noqa: B010
    setattr(person, "ner_accepted", KEEP[keep or "vouched"])  # noqa: B010
    code = run.main(argv[1:])
    current, peak = _rss_mib()
    print(f"memory: RSS {current:,.0f} MiB, peak {peak:,.0f} MiB")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
