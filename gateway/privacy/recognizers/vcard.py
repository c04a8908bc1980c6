"""The fields of a contact card (vCard, RFC 6350), as a phone's or a mailer's export is pasted: ``FN:山田 太郎``,
``N:山田;太郎;;;``, ``ADR;TYPE=HOME:;;竹園1-2-3;つくば市;茨城県;305-0032;日本``, ``TEL;TYPE=CELL:090-1234-5678``,
``BDAY:19800101``, ``X-PHONETIC-LAST-NAME:ヤマダ``.

A property names what its value is, whatever the value looks like: the name's parts, each part of the address but the
country, the postal code, the birth date, the numbers and the mail address. The properties are read only where the
text is a card (``BEGIN:VCARD``, or two of these properties on lines of their own), not wherever a line starts
``N:`` or ``TEL:``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers.keyed_fields import fits

_PROPERTY = re.compile(
    r"^(?:item[0-9]+\.)?(?P<name>FN|N|ADR|LABEL|BDAY|TEL|EMAIL|NICKNAME|SORT-STRING|X-PHONETIC-(?:FIRST|LAST)-NAME)"
    r"(?:;[^:\n]{0,80})?:(?P<value>[^\n]{1,300})$",
    re.MULTILINE | re.IGNORECASE,
)
_CARD = re.compile(r"BEGIN:VCARD", re.IGNORECASE)
_WHOLE = {"FN": Entity.PERSON, "NICKNAME": Entity.PERSON, "SORT-STRING": Entity.PERSON,
          "X-PHONETIC-FIRST-NAME": Entity.PERSON, "X-PHONETIC-LAST-NAME": Entity.PERSON, "LABEL": Entity.ADDRESS,
          "BDAY": Entity.BIRTH_DATE, "TEL": Entity.PHONE_NUMBER, "EMAIL": Entity.EMAIL_ADDRESS}
# the components of N (family; given; additional; prefixes; suffixes) and of ADR (post office box; extended; street;
# locality; region; postal code; country) that are personal
_PARTS = {"N": (Entity.PERSON, Entity.PERSON, Entity.PERSON),
          "ADR": (Entity.ADDRESS, Entity.ADDRESS, Entity.ADDRESS, Entity.ADDRESS, Entity.ADDRESS, Entity.POSTAL_CODE)}


class VCardRecognizer(EntityRecognizer):
    """The personal fields of a contact card (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({e.value for e in (*_WHOLE.values(), Entity.POSTAL_CODE)}),
                         supported_language="ja", name="VCardRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Each personal field of a card in ``text``."""
        return [RecognizerResult(entity.value, start, end, SCORE_CONTEXT) for entity, start, end in _fields(text)]


def _fields(text: str) -> Iterator[tuple[Entity, int, int]]:
    properties = [m for m in _PROPERTY.finditer(text)  # N and ADR hold their components apart with ;
                  if m.group("name").upper() not in _PARTS or ";" in m.group("value")]
    if not properties or (_CARD.search(text) is None and len({m.group("name").upper() for m in properties}) < 2):
        return
    for m in properties:
        name, start = m.group("name").upper(), m.start("value")
        value = m.group("value").rstrip()
        if name in _WHOLE:
            yield from _fitting(_WHOLE[name], text, start, start + len(value))
            continue
        pos = 0
        for entity in _PARTS[name]:
            end = _component_end(value, pos)  # maybe empty (;;竹園1-2-3;…)
            yield from _fitting(entity, text, start + pos, start + end)
            if end >= len(value):
                break
            pos = end + 1


def _component_end(value: str, pos: int) -> int:
    """Where the component starting at ``pos`` ends: the next ``;`` that no backslash escapes, or the value's end."""
    while pos < len(value) and value[pos] != ";":
        pos += 2 if value[pos] == "\\" else 1
    return min(pos, len(value))


def _fitting(entity: Entity, text: str, start: int, end: int) -> Iterator[tuple[Entity, int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    value = text[start:end]
    if entity == Entity.PERSON and (not any(c.isalpha() for c in value) or any(c.isdigit() for c in value)):
        return
    if start < end and (entity in (Entity.ADDRESS, Entity.PERSON) or fits(entity, value) is not None):
        yield entity, start, end
