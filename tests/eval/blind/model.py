"""Data model of the blind corpus and an offset-tracking text builder."""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter

PERSONAL = frozenset(
    {
        "PERSON",
        "ADDRESS",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "POSTAL_CODE",
        "BIRTH_DATE",
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
    }
)
NOT_PERSONAL = frozenset({"ORGANIZATION", "LOCATION"})


@dataclass(frozen=True, slots=True)
class BlindSpan:
    """One gold span: entity type, Python str offsets and the written form of the value."""

    entity: str
    start: int
    end: int
    form: str


@dataclass(frozen=True, slots=True)
class BlindDoc:
    """One document with its gold spans; `negative` means no personal information at all."""

    id: str
    kind: str
    text: str
    spans: tuple[BlindSpan, ...]
    negative: bool


@dataclass(frozen=True, slots=True)
class Val:
    """A value to be written into a document and labelled as a span."""

    entity: str
    text: str
    form: str

    def __post_init__(self) -> None:
        if not self.text or self.text != self.text.strip():
            raise ValueError(f"span text must be non-empty and stripped: {self.text!r}")


Piece = str | Val | tuple["Piece", ...]


class Builder:
    """Accumulates text; every Val written through it becomes a span at its exact offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self._spans: list[BlindSpan] = []

    def put(self, piece: Piece) -> Builder:
        """Write plain text, a labelled value, or a tuple of either."""
        if isinstance(piece, str):
            self._parts.append(piece)
            self._pos += len(piece)
        elif isinstance(piece, Val):
            start = self._pos
            self._parts.append(piece.text)
            self._pos += len(piece.text)
            self._spans.append(BlindSpan(piece.entity, start, self._pos, piece.form))
        else:
            for sub in piece:
                self.put(sub)
        return self

    def add(self, template: str, **values: Piece) -> Builder:
        """Write a str.format-style template whose fields are filled from `values`."""
        for literal, name, _spec, _conv in Formatter().parse(template):
            self.put(literal)
            if name is not None:
                self.put(values[name])
        return self

    def line(self, template: str = "", **values: Piece) -> Builder:
        """Like add, followed by a newline."""
        return self.add(template, **values).put("\n")

    @property
    def personal_count(self) -> int:
        return sum(s.entity in PERSONAL for s in self._spans)

    def build(self, doc_id: str, kind: str) -> BlindDoc:
        """Finish the document; `negative` is derived from the spans actually written."""
        text = "".join(self._parts).rstrip("\n")
        spans = tuple(s for s in self._spans if s.end <= len(text))
        if len(spans) != len(self._spans):
            raise ValueError("a span ended in trailing newlines")
        return BlindDoc(doc_id, kind, text, spans, negative=not any(s.entity in PERSONAL for s in spans))
