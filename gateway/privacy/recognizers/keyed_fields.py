"""Values that a field name labels: JSON and YAML keys, ``key=value`` in logs and code, CSV and TSV headers.

Applications send records as their programmers named the fields, in English, in romanized Japanese or in
abbreviations (``"hihoken_no": "12345678"``, ``kojin_no=123456789018``, ``shimei,kana,tel``), and the value then
has no Japanese label next to it. The field name is that label: each entity has the stems its fields are
named with (JAPANESE_PII.md, Identifiers, for what each number is), and a value of the entity's shape under
such a field is reported with the same score a Japanese label gives. A field that counts, flags or dates
something (``tel_count``, ``mail_sent``, ``kojin_no_flag``) names no value of the entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers import _table
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers._pattern import REGEX_TIMEOUT_SECONDS, digits_only

# the stems of field names, searched in the name lower-cased without '_', '-', '.', spaces; most specific first
_STEMS: tuple[tuple[Entity, str], ...] = (
    (Entity.MY_NUMBER, r"kojinban|kojinno|kojinnum|kojin$|mynumber|mynum|myno$|individualnumber|個人番号|マイナンバー"),
    (Entity.RESIDENT_CODE, r"jumin|juuminhyo|juki|residentcode|residentrecord|住民票|住基"),
    (Entity.CARE_INSURANCE, r"kaigo|careinsur|ltc|介護"),
    (Entity.DISABILITY_CERTIFICATE, r"shogai|shougai|techo|techou|handbook|disabilit|ryoiku|ryouiku|seishin|手帳|障害"),
    (Entity.HEALTH_INSURANCE, r"hihoken|hokensha|hokenno|hokenshou?no|kigou?$|kigou?no|insur|保険|記号"),
    (Entity.PENSION_NUMBER, r"nenkin|pension|年金"),
    (Entity.DRIVER_LICENSE, r"menkyo|unten|licen[cs]e|driver|免許"),
    (Entity.PASSPORT, r"ryoken|passport|旅券|パスポート"),
    (Entity.RESIDENCE_CARD, r"zairyu|zairyuu|residencecard|在留"),
    (Entity.CREDIT_CARD, r"credit|kurejitto|cardno|cardnum|クレジット|クレカ"),
    (Entity.BANK_ACCOUNT, r"koza|kouza|account|acct|bankno|口座"),
    (Entity.BIRTH_DATE, r"seinengappi|birth|dob$|^dob|umare|生年月日|誕生"),
    (Entity.PHONE_NUMBER, r"tel$|^tel|telno|denwa|phone|keitai|mobile|電話|携帯"),
    (Entity.PERSON, r"shimei|namae|fullname|firstname|lastname|givenname|familyname|surname|^sei$|^mei$|^fname$|"
                    r"^lname$|kana$|furigana|simei|氏名|名前|^姓$|^名$|^name$|username|^name(?:kana|kanji|en)$"),
)
_STEM = [(entity, re.compile(stem)) for entity, stem in _STEMS]
# a field that counts, flags or dates, or a code of another kind
_NOT_A_VALUE = re.compile(r"count|cnt|flag|flg|type|kbn|kubun|shubetsu|syubetsu|shumoku|status|sent|valid|verified|"
                          r"check|updated|created|"
                          r"issued|expir|limit|kigen|date$|_?at$|url|file|id$|数$|区分|有無|日$")
_NUMBER = re.compile(r"[0-9A-Za-z]?[0-9A-Za-z\- /.・\n]{2,30}")
# a 記号 or 番号 in a field of its own may be short (記号 12, 番号 345, 枝番 01)
_MIN_DIGITS = {Entity.HEALTH_INSURANCE: 2}
_DATE = re.compile(r"[0-9SHRTMshrtm明大昭平令][0-9A-Za-z年月日/.\- ]{4,20}")
_NAME = re.compile(r"[^\d\n\t,{}\[\]\"'<>@:;=]{1,40}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){0,3}")
_NOT_A_LATIN_NAME = frozenset({"null", "none", "true", "false", "name", "unknown", "n/a", "test", "admin", "user"})
_NOT_A_PERSON = re.compile(r"(?:課|部|局|室|係|市|町|村|区|県|都|府|会|社|所|院|園|校|センター|協会|株式会社)$")
# "key": "value" / "key": 123 (JSON, Python dicts), key: value (YAML), key=value (logs, code, query strings); a
# program's field name in ASCII (a Japanese label before a value is the families' to read)
_KEYED = regex.compile(
    r"""(?<![\w])(?P<q>["']?)(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{1,40})(?P=q)"""
    r"""[ \t]*(?:[:=]|=>)[ \t]*"""
    r"""(?:(?P<vq>["'])(?P<quoted>(?:[^"'\n]|\n(?!\n)){1,60})(?P=vq)|(?P<bare>[^\s,;}\]&"']{1,60}))"""
)


class KeyedFieldRecognizer(EntityRecognizer):
    """A value of an entity's shape under a field that the entity's stems name (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted({entity.value for entity, _ in _STEMS}), supported_language="ja",
                         name="KeyedFieldRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Keyed values, and the cells of a table whose header row names fields."""
        results = [RecognizerResult(entity.value, start, end, SCORE_CONTEXT)
                   for entity, start, end in (*self._keyed(text), *_columns(text))]
        return EntityRecognizer.remove_duplicates(results)

    def _keyed(self, text: str) -> Iterator[tuple[Entity, int, int]]:
        try:
            matches = list(_KEYED.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
        except TimeoutError as exc:
            raise DetectionError("KeyedFieldRecognizer: pattern timed out") from exc
        for m in matches:
            group = "quoted" if m.group("quoted") is not None else "bare"
            entity = entity_of(m.group("key"))
            if entity is not None:
                start, end = _stripped(text, m.start(group), m.end(group))
                if start < end and fits(entity, text[start:end]):
                    yield entity, start, end


def entity_of(key: str) -> Entity | None:
    """The entity a field of this name holds, if any."""
    folded = re.sub(r"[_\-. \u3000]", "", key.lower())
    if not folded or _NOT_A_VALUE.search(folded):
        return None
    return next((entity for entity, stem in _STEM if stem.search(folded)), None)


def fits(entity: Entity, value: str) -> bool:
    """``value`` has the shape of ``entity``'s values: a name has no digits, a date reads as one, a number has
    four digits or more (a health-insurance 記号 or 番号 two)."""
    if entity == Entity.PERSON:
        if value.isascii():
            return _LATIN_NAME.fullmatch(value) is not None and value.lower() not in _NOT_A_LATIN_NAME
        return _NAME.fullmatch(value) is not None and not _NOT_A_PERSON.search(value)
    if entity == Entity.BIRTH_DATE:
        return _DATE.fullmatch(value) is not None and len(digits_only(value)) >= 4
    return _NUMBER.fullmatch(value) is not None and len(digits_only(value)) >= _MIN_DIGITS.get(entity, 4)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end


def _columns(text: str) -> Iterator[tuple[Entity, int, int]]:
    """Cells under a header row of field names (``shimei,kana,tel,kojin_no``) in a CSV, TSV or markdown table."""
    if "\t" not in text and text.count(",") < 2 and text.count("|") < 4:
        return
    header: list[Entity | None] | None = None
    sep = ""
    offset = 0
    for line in text.split("\n"):
        line_sep = _table.separator(line)
        spans = _table.cells(line, line_sep) if line_sep != " " else []
        names = [entity_of(line[s:e].strip().strip("\"'*")) for s, e in spans]
        if len(spans) >= 2 and sum(n is not None for n in names) >= 2 and not any(c.isdigit() for c in line):
            header, sep = names, line_sep
        elif header is not None and line_sep == sep and len(spans) == len(header):
            for (s, e), entity in zip(spans, header, strict=True):
                start, end = _stripped(text, offset + s, offset + e)
                while start < end and text[start] == '"' and text[end - 1] == '"':
                    start, end = start + 1, end - 1
                if entity is not None and start < end and fits(entity, text[start:end]):
                    yield entity, start, end
        elif not line.strip() or line_sep != sep:
            header = None
        offset += len(line) + 1
