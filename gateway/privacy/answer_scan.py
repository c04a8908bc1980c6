"""Response-side scan: personal data in an answer that the client did not send is hidden.

The model may invent or leak an e-mail address or a phone number. The answer is analysed as the
upstream wrote it, that is with the request's own values still as placeholders, so the client's
values are never touched here and are restored afterwards. Findings overlapping a placeholder
are ignored; the rest are replaced by a mark staff can read, ``［非表示:電話番号］``. In a stream,
text is scanned a clause at a time (see `Segments`), so an entity is never split between scans.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from gateway.privacy.detector import Detector
from gateway.privacy.entities import LABELS, Finding
from gateway.privacy.pii_rules import Action

# Any variant of a placeholder contains TAG_N (see restore.py); such spans are the client's own values.
_PLACEHOLDER_LIKE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+(?:[_＿\\]+[A-Za-zＡ-Ｚａ-ｚ]+)*(?:\\?[_＿])[0-9０-９]+")
# Japanese personal data never spans a clause break; spaces can occur inside (鈴木 一郎, 090 1234 5678).
_CLAUSE_END = re.compile(r"[。、！？!?\n，]")
_SOFT_BREAK = re.compile(r"[\s,]")
SOFT_LIMIT = 80  # characters held without a clause break before breaking at a space
HARD_LIMIT = 200  # characters held at most


def hidden_mark(entity: str) -> str:
    """What the client sees in place of personal data the model produced."""
    return f"［非表示:{LABELS.get(entity, entity)}］"


class AnswerScanner:
    """Hides personal data that appears in one exchange's answer; counts it as ``answer.TYPE``."""

    def __init__(self, detector: Detector, action_of: Callable[[str], Action], found: Counter[str]) -> None:
        self.detector = detector
        self.action_of = action_of
        self.found = found

    async def scan(self, texts: Sequence[str]) -> list[str]:
        """Each text with new personal data replaced; raises 503 when detection fails (fail closed)."""
        wanted = [t for t in texts if t.strip()]
        found = dict(zip(wanted, await self.detector.detect(wanted), strict=True)) if wanted else {}
        return [self._hide(text, found.get(text, ())) for text in texts]

    def _hide(self, text: str, findings: Sequence[Finding]) -> str:
        if not findings:
            return text
        protected = [m.span() for m in _PLACEHOLDER_LIKE.finditer(text)]
        out, end = [], 0
        for f in findings:
            if self.action_of(f.entity) == "allow" or any(s < f.end and f.start < e for s, e in protected):
                continue
            self.found[f"answer.{f.entity}"] += 1
            out += [text[end : f.start], hidden_mark(f.entity)]
            end = f.end
        return "".join(out) + text[end:]


class Segments:
    """Cuts a streamed text into scannable pieces: whole clauses (up to 。、！？ or a line end), or bounded runs."""

    def __init__(self) -> None:
        self._held = ""

    def feed(self, delta: str) -> str:
        """The complete clauses now available ("" while a clause is still open)."""
        self._held += delta
        cut = _last_end(_CLAUSE_END, self._held)
        if cut == 0 and len(self._held) > SOFT_LIMIT:
            cut = _last_end(_SOFT_BREAK, self._held) or (len(self._held) if len(self._held) > HARD_LIMIT else 0)
        ready, self._held = self._held[:cut], self._held[cut:]
        return ready

    def flush(self) -> str:
        """Whatever is held, at the end of its part."""
        ready, self._held = self._held, ""
        return ready


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    last = 0
    for match in pattern.finditer(text):
        last = match.end()
    return last
