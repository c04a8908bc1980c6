"""Values of a SQL ``INSERT`` under the columns it names, as a table's cells under its header.

``INSERT INTO juminhyo (kojin_no, shimei, kana, seinengappi, tel) VALUES ('58724051971', 'ファム', 'ファム',
'1934-04-16', '0984680341'), (…);`` names every value's field in the column list: a value is reported as what its
column names (``keyed_fields.entity_of``: ``shimei``, ``seinengappi``, ``kojin_no`` …) when it has that entity's
shape (``keyed_fields.fits``). A function around a value (``TO_DATE('1973/04/07', 'YYYY/MM/DD')``) stands for its
first quoted argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers.keyed_fields import entity_of, fits

_INSERT = re.compile(
    r"(?i:insert\s+into)\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,600})\)\s*(?i:values)\s*", re.MULTILINE
)
# one value of a tuple: a quoted string (with '' inside), a function call, or a bare word or number
_VALUE = re.compile(r"\s*(?:N?'(?P<quoted>(?:[^']|'')*)'|(?P<call>\w+\s*\()|(?P<bare>[^,()\s]+))\s*")
_FIRST_QUOTED = re.compile(r"\s*N?'(?P<quoted>(?:[^']|'')*)'")
_COMMA = re.compile(r"\s*,\s*")
_MAX_ROWS = 200


class SqlValuesRecognizer(EntityRecognizer):
    """The values of ``INSERT … (columns) VALUES (…)`` that their column names (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(e.value for e in Entity), supported_language="ja",
                         name="SqlValuesRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Each value whose column names an entity and that has the entity's shape."""
        return [RecognizerResult(entity.value, start, end, SCORE_CONTEXT) for entity, start, end in _values(text)]


def _values(text: str) -> Iterator[tuple[Entity, int, int]]:
    for insert in _INSERT.finditer(text):
        columns = [entity_of(c.strip().strip("\"`[]")) for c in insert.group("columns").split(",")]
        pos = insert.end()
        for _ in range(_MAX_ROWS):
            if not text.startswith("(", pos):
                break
            row, pos = _row(text, pos + 1)
            for (start, end), entity in zip(row, columns, strict=False):
                if entity is not None and start < end and (found := fits(entity, text[start:end])) is not None:
                    yield found, start, end
            comma = _COMMA.match(text, pos)
            if comma is None:
                break
            pos = comma.end()


def _row(text: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of one tuple's values from ``pos`` (after its ``(``), and the position after its ``)``."""
    spans: list[tuple[int, int]] = []
    while pos < len(text):
        m = _VALUE.match(text, pos)
        if m is None:
            break
        if m.group("call") is not None:
            first = _FIRST_QUOTED.match(text, m.end())
            spans.append(first.span("quoted") if first else (m.end(), m.end()))
            close = text.find(")", first.end() if first else m.end())
            if close < 0:
                break
            pos = close + 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
        else:
            group = "quoted" if m.group("quoted") is not None else "bare"
            spans.append(m.span(group))
            pos = m.end()
        if text.startswith(",", pos):
            pos += 1
            continue
        if text.startswith(")", pos):
            return spans, pos + 1
        break
    return spans, pos
