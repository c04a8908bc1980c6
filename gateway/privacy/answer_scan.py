"""Response-side scan: personal data in an answer that the client did not send is hidden.

The model may invent or leak an e-mail address or a phone number. The answer is analysed as the
upstream wrote it, that is with the request's own values still as placeholders, so the client's
values are never touched here and are restored afterwards. Findings overlapping a placeholder
are ignored; the rest are replaced by a mark staff can read, ``［非表示:電話番号］``. In a stream,
every text is scanned clause by clause (see `clauses`), streamed or whole, so both give the same
answer and a stream needs to hold back only the clause still open. A run longer than CLAUSE_LIMIT
without a clause end is cut only where no address or number can go on across the cut (after a space or
punctuation that is not inside one), so an e-mail address or a phone number is never scanned in halves.
Escaped text (tool-call arguments are JSON source: ``\\u0030\\u0039\\u0030…``, ``\\u5c71…``) is scanned as
it reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from gateway.privacy.detector import Detector
from gateway.privacy.entities import LABELS, Finding, unshadowed
from gateway.privacy.fields import unescape
from gateway.privacy.pii_rules import Action

_FULL_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
# Japanese personal data never spans a clause break; spaces can occur inside (鈴木 一郎, 090 1234 5678).
_CLAUSE_END = re.compile(r"[。、！？!?\n，]")
CLAUSE_LIMIT = 200  # a longer run without a clause break is scanned in pieces of about this size
# characters an address, a number or an escape sequence is made of: never cut between two of them
_JOINED = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@.+-_%\\()")


def hidden_mark(entity: str) -> str:
    """What the client sees in place of personal data the model produced."""
    return f"［非表示:{LABELS.get(entity, entity)}］"


class AnswerScanner:
    """Hides personal data that appears in one exchange's answer; counts it as ``answer.TYPE``."""

    def __init__(self, detector: Detector, action_of: Callable[[str], Action], found: Counter[str],
                 placeholders: Iterable[str]) -> None:
        self.detector = detector
        self.action_of = action_of
        self.found = found
        self._ours = _variants(placeholders)

    async def scan(self, texts: Sequence[str]) -> list[str]:
        """Each text with new personal data replaced; raises 503 when detection fails (fail closed)."""
        pieces = [clauses(text) for text in texts]
        wanted = list(dict.fromkeys(unescape(p) for text in pieces for p in text if p.strip()))
        found = dict(zip(wanted, await self.detector.detect(wanted), strict=True)) if wanted else {}
        if not any(found.values()):  # most answers: nothing to hide, every text goes out as it came
            return list(texts)
        return ["".join(self._piece(p, found) for p in text) for text in pieces]

    def _piece(self, piece: str, found: dict[str, tuple[Finding, ...]]) -> str:
        """The piece as written, or read (escapes decoded) with its new personal data hidden."""
        readable = unescape(piece)
        hidden = self._hide(readable, found.get(readable, ()))
        return piece if hidden == readable else hidden

    def _hide(self, text: str, findings: Sequence[Finding]) -> str:
        if not findings:
            return text
        # Only this request's own placeholders (in any variant a model writes) are the client's values.
        protected = [m.span() for m in self._ours.finditer(text.translate(_FULL_WIDTH))] if self._ours else []
        out, end = [], 0
        for f in unshadowed(findings, lambda entity: self.action_of(entity) == "allow"):
            if self.action_of(f.entity) == "allow" or any(s < f.end and f.start < e for s, e in protected):
                continue
            self.found[f"answer.{f.entity}"] += 1
            out += [text[end : f.start], hidden_mark(f.entity)]
            end = f.end
        return "".join(out) + text[end:]


def clauses(text: str) -> list[str]:
    """`text` cut after each clause end (。、！？ or a line end), long runs into CLAUSE_LIMIT pieces."""
    out, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        out += _pieces(text[start : match.end()])
        start = match.end()
    return out + _pieces(text[start:])


def _pieces(run: str) -> list[str]:
    out = []
    while (cut := _long_run_cut(run)) is not None:
        out.append(run[:cut])
        run = run[cut:]
    return [*out, run] if run else out


def _long_run_cut(run: str) -> int | None:
    """Where a run longer than CLAUSE_LIMIT is cut: the last safe place within the limit, else the first one
    after it (a hard cut at 4 × the limit); None while the run is short or no safe place is known yet.

    Depends only on ``run[:cut + 2]``, so a stream cuts where the whole text is cut.
    """
    if len(run) < CLAUSE_LIMIT + 2:
        return None
    for i in range(CLAUSE_LIMIT, CLAUSE_LIMIT // 2, -1):
        if _safe_cut(run, i):
            return i
    for i in range(CLAUSE_LIMIT + 1, min(len(run) - 1, 4 * CLAUSE_LIMIT)):
        if _safe_cut(run, i):
            return i
    return 4 * CLAUSE_LIMIT if len(run) > 4 * CLAUSE_LIMIT else None


def _safe_cut(run: str, i: int) -> bool:
    """Cutting before ``run[i]`` splits nothing: a space or punctuation there that no value goes on across."""
    before, after = run[i - 1], run[i]
    if not (before.isspace() or after.isspace()) or i + 1 >= len(run):
        return False
    left = run[i - 2] if before.isspace() and i >= 2 else before
    right = run[i + 1] if after.isspace() else after
    left, right = left.translate(_FULL_WIDTH), right.translate(_FULL_WIDTH)
    return left == "." or not (_word(left) and _word(right))  # "end. Next" ends a sentence


def _word(char: str) -> bool:
    """Part of a word, address, number or escape: letters of any script (千代田区 霞が関), digits, @ . + - _."""
    return char.isalnum() or char in _JOINED


class Segments:
    """Holds back a streamed text until its clause is complete (or a long run can be cut safely)."""

    def __init__(self) -> None:
        self._held = ""

    def feed(self, delta: str) -> str:
        """The complete clauses now available ("" while a clause is still open)."""
        held = len(self._held)  # what was held has no clause end (it was cut after the last one)
        self._held += delta
        cut = held + end if (end := _last_end(_CLAUSE_END, delta)) else 0
        ready, self._held = self._held[:cut], self._held[cut:]
        while (long_cut := _long_run_cut(self._held)) is not None:
            ready, self._held = ready + self._held[:long_cut], self._held[long_cut:]
        return ready

    def flush(self) -> str:
        """Whatever is held, at the end of its part."""
        ready, self._held = self._held, ""
        return ready


def _variants(placeholders: Iterable[str]) -> re.Pattern[str] | None:
    """TAG_N of each placeholder, in any case, with escaped or doubled underscores (after width folding)."""
    bare = [p.strip("<>") for p in placeholders]
    if not bare:
        return None
    forms = ("[_\\\\]+".join(re.escape(part) for part in b.split("_")) for b in bare)
    return re.compile("(?:" + "|".join(forms) + ")(?![0-9])", re.IGNORECASE)


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    last = 0
    for match in pattern.finditer(text):
        last = match.end()
    return last
