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
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import _table
from gateway.privacy.recognizers._context import SCORE_CONTEXT
from gateway.privacy.recognizers._pattern import digits_only, find_all
from gateway.privacy.recognizers.person_romanized import known_name
from gateway.privacy.recognizers.person_text import LATIN_NAME, a_thing
from gateway.privacy.recognizers.person_words import SYLLABLES, word_not_name

_SCORES = {Entity.ID_NUMBER: 0.55}  # a person's number of unknown kind: below every family, as ID_NUMBER

# the stems of field names, matched at the start of a word of the name (its words split at '_', '-', '.', spaces
# and camelCase humps; or the whole name run together; a programmer's vowel-less abbreviation too: kjn_bng, jmn_cd);
# most specific first. ID_NUMBER: a person's number of a kind
# no family names (patient_no, member_no)
_NO = "(?:no|bango|bangou|bng|number|num|id|cd|code)"
_STEMS: tuple[tuple[Entity, str], ...] = (
    (Entity.BIRTH_DATE, r"seinengappi|birth|dob$|umare"),
    (Entity.MY_NUMBER, rf"kojin(?:ban|{_NO})?$|kjn(?:bng|bango)$|kojinbango|mynumber|myno$|mynum$|individual{_NO}$"),
    (Entity.RESIDENT_CODE, rf"juu?minhyo{_NO}?$|jumin{_NO}$|jmn{_NO}$|juki{_NO}?$|residentcode$|residentrecord"),
    (Entity.CARE_INSURANCE, rf"kaigo(?:hoken|hihoken|hihokensha)?{_NO}$|kaigohoken$|careinsur|"
                            r"care(?:no|number|num|bango)$|ltc{_NO}?$"),
    (Entity.DISABILITY_CERTIFICATE, r"shou?gai|techou?|handbook|disabilit|discert|ryou?iku|seishintecho"),
    (Entity.HEALTH_INSURANCE, rf"hihoken(?:sha)?(?:{_NO}|kigou?)$|hokensha{_NO}?$|hoken(?:shou?)?(?:{_NO}|kigou?)$|"
                              rf"kigou?(?:no)?$|insur(?:ed|ance){_NO}$|healthinsur|kenkou?hoken"),
    (Entity.PENSION_NUMBER, rf"(?:kiso)?nenkin{_NO}?$|pension{_NO}?$"),
    (Entity.DRIVER_LICENSE, rf"menkyo(?:shou?)?{_NO}?$|dl(?:no|num|number)$|untenmenkyo|driverslicen[cs]e|"
                            rf"licen[cs]e{_NO}$"),
    (Entity.PASSPORT, rf"ryoken{_NO}?$|passport{_NO}?$"),
    (Entity.RESIDENCE_CARD, rf"zairyuu?(?:card|kado|{_NO})?$|residencecard"),
    (Entity.CREDIT_CARD, rf"credit(?:card)?{_NO}?$|kurejitto|card{_NO}$"),
    (Entity.BANK_ACCOUNT, rf"kou?za{_NO}?$|account(?:no|num|number|bango)?$|acct{_NO}$|bankaccount"),
    (Entity.PHONE_NUMBER, rf"tel{_NO}?$|denwa|phone|keitai|mobile"),
    (Entity.ADDRESS, r"juu?sho$|banchi$|address$|addr$|street$|genjuu?sho$"),
    (Entity.POSTAL_CODE, rf"yuu?bin(?:{_NO})?$|zip(?:code|cd)?$|postal|postcode$"),
    (Entity.PERSON, r"shimei|namae|fullname$|firstname$|lastname$|givenname$|familyname$|surname$|sei$|mei$|"
                    r"fname$|lname$|[fl]nm$|(?:sei|mei|shimei|first|last|given|family)nm$|kana$|furigana|simei|"
                    r"name(?:kana|kanji|latin|roman|romaji|alpha|en|eng)$|romaji$"),
    (Entity.ID_NUMBER, rf"(?:patient|member|person|citizen|resident|customer|kanja|taishosha|riyosha|cert(?:ificate)?)"
                       rf"{_NO}$"),
)
_STEM = [(entity, re.compile(stem)) for entity, stem in _STEMS]
# a column header written in Japanese (a CSV export from a municipal system): the label itself, whole
_JA_HEADERS: tuple[tuple[Entity, str], ...] = (
    (Entity.MY_NUMBER, r"個人番号|マイナンバー"),
    (Entity.RESIDENT_CODE, r"住民票(?:コード|CD|番号)|住基(?:コード|番号)?"),
    (Entity.CARE_INSURANCE, r"介護.*(?:番号|No)"),
    (Entity.DISABILITY_CERTIFICATE, r"手帳.*(?:番号|No)"),
    (Entity.HEALTH_INSURANCE, r"被保険者(?:証)?[ 　・の]?(?:番号|記号)|保険者番号|記号番号|保険証.*(?:番号|記号)"),
    (Entity.PENSION_NUMBER, r"年金.*番号"),
    (Entity.DRIVER_LICENSE, r"免許.*番号|免許証"),
    (Entity.PASSPORT, r"旅券|パスポート"),
    (Entity.RESIDENCE_CARD, r"在留カード"),
    (Entity.CREDIT_CARD, r"クレジット|クレカ|カード番号"),
    (Entity.BANK_ACCOUNT, r"口座(?:番号)?$"),
    (Entity.BIRTH_DATE, r"生年月日|誕生日"),
    (Entity.PHONE_NUMBER, r"電話|携帯"),
    (Entity.PERSON, r"氏名|名前|^姓$|^名$|カナ|フリガナ|ふりがな|名義|ローマ字"),
)
_JA_HEADER = [(entity, re.compile(header)) for entity, header in _JA_HEADERS]
_NOT_A_JA_VALUE = re.compile(r"料|費|額|数|率|収入|給付|日(?!$)|期間|区分|有無|税|予定|種別|方法|状況")
# a field that counts, sums, flags or dates something, a setting, or a code of another kind
_NOT_A_VALUE = re.compile(r"(?<!ac)count|cnt|flag|flg|type|kbn|kubun|shubetsu|syubetsu|shumoku|status|sent|valid|"
                          r"verified|"
                          r"check|updated|created|issued|expir|limit|kigen|(?<!birth)date|(?<!birth)day|bi$|dt$|at$|url|file|zei|tax|"
                          r"kingaku|gaku$|amount|premium|rate|fee|price|total|sum|plan|port$|host|version|ver$|su$|"
                          r"kofu|shutoku|key|secret|token|hash|password|config|result|level|mode|size")
_GENERIC_NAME_KEYS = frozenset({"name", "username", "user_name", "displayname", "display_name", "contact", "user",
                                "applicant", "customer", "patient", "member", "operator"})
_GENERIC_NUMBER_KEY = re.compile(r"(?i:no|number|num|bango|bangou|bng)")  # not id or code: an insurer's, a plan's
_PARENT = re.compile(r"""(?P<parent>[A-Za-z_][A-Za-z0-9_\-]{0,40})["']?[ \t]*:[ \t]*\{[^{}]*$""")
_PARENT_REACH = 200
_MAX_CELL_LINES = 4
_NOT_NAME_WORDS = frozenset({
    "government", "city", "town", "village", "prefecture", "office", "hall", "station", "center", "centre", "council",
    "department", "division", "ministry", "university", "school", "college", "hospital", "clinic", "library", "museum",
    "park", "bank", "inc", "corp", "co", "ltd", "llc", "company", "group", "portal", "data", "system", "service",
    "services", "chrome", "windows", "google", "microsoft", "apple", "amazon", "cloud", "server", "open", "public",
    "national", "international", "association", "foundation"})
_ADDRESS_NUMBER = re.compile(r"[0-9]|丁目|番地|番|号")
_ROMANIZED_NAME = re.compile(LATIN_NAME)
_FAMILY_COMMA = re.compile(r"^(?P<family>[A-Za-z'\-]{2,20}), ?")  # Flores, Carlos: the family name first
# the rest of a name after a log's bare value, up to the next field (user=Flores, Carlos resident_code=…)
_LATIN_REST = re.compile(r"(?:,?[ ][A-Za-z][A-Za-z'\-]*){1,3}(?=[ \t]+[A-Za-z_][A-Za-z0-9_.\-]*=|[ \t]*$)", re.M)
_JA_KEYED = regex.compile(
    r"""["'](?P<key>[\p{Han}\p{Katakana}ー・]{1,12})["'][ \t]*:[ \t]*["']?(?P<value>[^"'\n,}]{1,60})""")
_GIVEN_NAME_AFTER = re.compile(r"[ \u3000](?P<given>[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8})(?=[ \u3000\t,;&]|$)")
_FIXED_LABEL = re.compile(r"\S+(?: \S+)*")  # a cell of a fixed-width row: words one space apart
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD_SPLIT = re.compile(r"[_\-. \u3000]+")
_NUMBER = re.compile(r"[0-9A-Za-z]?[0-9A-Za-z\- /.・\n]{2,30}")
# the blocked types have exact shapes (JAPANESE_PII.md): a value of another shape under their field is masked as a
# number of unknown kind, never refused
_EXACT_DIGITS = {Entity.MY_NUMBER: (12,), Entity.RESIDENT_CODE: (11,), Entity.HEALTH_INSURANCE: (2, 3, 4, 5, 6, 7, 8)}
_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和|[0-9SHRTMshrtm明大昭平令])[0-9A-Za-z元年月日/.\- ]{3,20}")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_DATE_LIKE = re.compile(r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}|[0-9]{1,2}:[0-9]{2}")
_CJK_NAME = re.compile(r"[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f・＝ \u3000]{1,24}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'\-]*(?:,? [A-Za-z][A-Za-z'\-]*){0,3}")  # NGUYEN, Thi Lan
_NOT_A_LATIN_NAME = frozenset({"null", "none", "true", "false", "name", "unknown", "n/a", "test", "admin", "user"})
_NOT_A_PERSON = re.compile(r"(?:課|部|局|室|係|市|町|村|区|県|都|府|会|社|所|院|園|校|館|駅|場|署|庁|センター|"
                           r"協会|株式会社|ホール|保険|制度)$")
# "key": "value" / "key": 123 (JSON, Python dicts), key: value (YAML), key=value (logs, code, query strings); a
# program's field name in ASCII (a Japanese label before a value is the families' to read); a bare number may hold
# single spaces between its groups (techo_no: 1234 5678 9012)
_KEYED = regex.compile(
    r"""(?<![\w])(?P<q>["']?)(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{1,40})(?P=q)"""
    r"""[ \t]*(?:=>|[:=])[ \t]*"""
    r"""(?:(?P<vq>["'])(?P<quoted>(?:[^"'\n]|\n(?!\n)){1,60})(?P=vq)"""
    r"""|(?P<bare>[0-9](?:[0-9\-]| (?=[0-9])){2,40}(?P<wrapped>\n[0-9]{1,8}(?![0-9:\-/.]))?(?![0-9A-Za-z])"""
    r"""|[^\s,;}\]&"']{1,60}))"""
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
        results = [RecognizerResult(entity.value, start, end, _SCORES.get(entity, SCORE_CONTEXT))
                   for entity, start, end in (*self._keyed(text), *_ja_keyed(text), *_columns(text))]
        return EntityRecognizer.remove_duplicates(results)

    def _keyed(self, text: str) -> Iterator[tuple[Entity, int, int]]:
        for m in find_all(_KEYED, text, "KeyedFieldRecognizer"):
            group = "quoted" if m.group("quoted") is not None else "bare"
            entity = entity_of(m.group("key")) or _nested(text, m.start(), m.group("key"))
            value_end = m.end(group)
            if entity is None and m.group("key").lower() in _GENERIC_NAME_KEYS:
                rest = _LATIN_REST.match(text, value_end) if group == "bare" and m.group(group).isalpha() else None
                value_end = rest.end() if rest else value_end  # user=Flores, Carlos resident_code=…
                if _names_a_person(text[m.start(group) : value_end]):
                    entity = Entity.PERSON  # "name": "佐藤 花子", 'name': 'GOTO SACHIKO', not "name": "gateway"
            if entity is not None:
                start, end = _stripped(text, m.start(group), value_end)
                if entity == Entity.PERSON and group == "bare" and (rest := _GIVEN_NAME_AFTER.match(text, end)):
                    end = rest.end("given")  # user=東海林 光 hihoken_no=…: the given name after one space
                if m.group("wrapped") and (entity not in _EXACT_DIGITS or fits(entity, text[start:end]) != entity):
                    end = m.start("wrapped")  # joined only into a blocked type's exact shape (jumin_cd=03504957⏎348)
                if start < end and (found := fits(entity, text[start:end])) is not None:
                    yield found, start, end


def _names_a_person(value: str) -> bool:
    """A generic name field's value written as a person's name: not in Latin letters, or two to four capitalized
    words, the family name maybe first and a comma after it (``GOTO SACHIKO``, ``Hayate Mori``, ``Flores, Carlos``),
    or lower-case words, each a romanized Japanese name or a foreign word the lexicon does not know (``ito aoi``,
    ``agus halim``; not ``run tests``, ``udon soba``, ``hikari denwa``); not one word
    (``gateway``) nor an organisation's, a place's or a product's (``Tokyo Metropolitan Government``, ``Google
    Chrome``)."""
    if not value.isascii():
        return True
    value = _FAMILY_COMMA.sub(r"\g<family> ", value.strip())
    words = value.split()
    if a_thing(words) or any(word.lower() in _NOT_NAME_WORDS for word in words):
        return False
    if value.islower():  # agus halim, ito aoi: words the lexicon lacks or names; all romanized Japanese, all names
        japanese = all(SYLLABLES.fullmatch(word) for word in words)  # (not udon soba, hikari denwa)
        return 2 <= len(words) <= 4 and all(
            word.isalpha() and (known_name(word) if japanese else not word_not_name(word) or known_name(word))
            for word in words)
    return _ROMANIZED_NAME.fullmatch(value) is not None


def _ja_keyed(text: str) -> Iterator[tuple[Entity, int, int]]:
    """Values under quoted Japanese keys of a record (``"氏名": "KANG Eunhye"``, ``"被保険者番号": "12345678"``)."""
    for m in find_all(_JA_KEYED, text, "KeyedFieldRecognizer"):
        entity = _japanese_header(m.group("key"))
        start, end = _stripped(text, m.start("value"), m.end("value"))
        if entity is not None and start < end and (found := fits(entity, text[start:end])) is not None:
            yield found, start, end


def _nested(text: str, start: int, key: str) -> Entity | None:
    """The entity a generic number field (``bango``, ``no``) holds inside an object that its parent's name names:
    ``"hoken": {"kigo": "438", "bango": "532"}`` is a health-insurance card's 記号 and 番号."""
    if not _GENERIC_NUMBER_KEY.fullmatch(key):
        return None
    parent = _PARENT.search(text, max(0, start - _PARENT_REACH), start)
    return entity_of(f"{parent.group('parent')}_{key}") if parent else None


@lru_cache(maxsize=4096)  # an export repeats its field names on every row
def entity_of(key: str) -> Entity | None:
    """The entity a field of this name holds, if any (``ID_NUMBER``: a person's number of a kind no family names)."""
    words = [w.lower() for w in _WORD_SPLIT.split(_HUMP.sub(" ", key)) if w]
    if not words:
        return None
    whole = "".join(words)
    if _NOT_A_VALUE.search(whole):
        return None
    tails = ["".join(words[i:]) for i in range(len(words))]  # kaigo_hihoken_no: kaigohihokenno, hihokenno, no
    return next((entity for entity, stem in _STEM if any(stem.match(tail) for tail in tails)), None)


def fits(entity: Entity, value: str) -> Entity | None:
    """The entity ``value`` is reported as under a field of ``entity``, or None when it has not the shape: a name
    has no digits, a date reads as one, a number has its digits; a value of a blocked type's field in another shape
    is a number of unknown kind (``ID_NUMBER``), a date under a number's field nothing."""
    if entity == Entity.PERSON:
        if value.isascii():
            ok = _LATIN_NAME.fullmatch(value) is not None and value.lower() not in _NOT_A_LATIN_NAME
        else:
            ok = _CJK_NAME.fullmatch(value) is not None and not _NOT_A_PERSON.search(value)
        return entity if ok else None
    if entity == Entity.BIRTH_DATE:
        return entity if _DATE.fullmatch(value) is not None and len(digits_only(value)) >= 4 else None
    if entity == Entity.POSTAL_CODE:  # 〒 123-4567: seven digits, not a date or a count (archive zip: 20240101)
        return entity if len(digits_only(value)) == 7 and _NUMBER.fullmatch(value.lstrip("〒 ")) else None
    if entity == Entity.ADDRESS:  # a street address holds a number (大和町2-14-14, 三丁目5番地)
        return entity if not value.isascii() and _ADDRESS_NUMBER.search(value) else None
    digits = len(digits_only(value))
    if _NUMBER.fullmatch(value) is None or _DATE_LIKE.search(value) or digits < 2:
        return None
    exact = _EXACT_DIGITS.get(entity)
    if exact is not None:  # a blocked type: refused only in its exact shape, and never for a year (hihoken_no: 2024)
        return entity if digits in exact and not _YEAR.fullmatch(value) else (
            Entity.ID_NUMBER if digits >= 4 else None)
    return entity if digits >= 4 else None


def _japanese_header(cell: str) -> Entity | None:
    """The entity a Japanese column header names (旅券番号, 介護保険被保険者番号), not a figure's (保険料収入)."""
    if not cell or len(cell) > 16 or _NOT_A_JA_VALUE.search(cell.replace("生年月日", "").replace("誕生日", "")):
        return None
    return next((entity for entity, header in _JA_HEADER if header.search(cell)), None)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end


def _columns(text: str) -> Iterator[tuple[Entity, int, int]]:
    """Cells under a header row of field names (``shimei,kana,tel,kojin_no``, 被保険者番号) in a CSV, TSV, markdown or
    slash-separated (``氏名／被保険者番号／…``) table (a quoted cell may hold a line break), or in a fixed-width listing
    whose columns start where their header labels do, as long as its rows keep the columns' gaps."""
    if "\t" not in text and text.count(",") < 2 and text.count("|") < 4 and text.count("/") < 4 and "  " not in text:
        return
    header: list[Entity | None] | None = None
    fixed: list[tuple[int, Entity | None]] | None = None
    sep = ""
    for offset, line in _rows(text):
        line_sep = _table.separator(line)
        if fixed is not None and line_sep == " " and _table.WIDE_GAP.search(line):
            yield from _fixed_cells(text, offset, line, fixed)
            continue
        fixed = None
        spans = _table.cells(line, line_sep) if line_sep != " " else []
        cells = [line[s:e].strip().strip("\"'*") for s, e in spans]
        names = [_header_entity(cell) for cell in cells]
        if len(spans) >= 2 and sum(n is not None for n in names) >= 2 and not any(c.isdigit() for c in line):
            header, sep = names, line_sep
        elif header is not None and line_sep == sep and len(spans) == len(header):
            for (s, e), entity in zip(spans, header, strict=True):
                start, end = _stripped(text, offset + s, offset + e)
                while start < end and text[start] == '"' and text[end - 1] == '"':
                    start, end = start + 1, end - 1
                if entity is not None and start < end and (found := fits(entity, text[start:end])) is not None:
                    yield found, start, end
        elif not line.strip() or line_sep != sep:
            header = None
            fixed = _fixed_header(line) if line_sep == " " else None


def _header_entity(cell: str) -> Entity | None:
    if not cell.isascii():
        return _japanese_header(cell)
    return entity_of(cell) or (Entity.PERSON if cell.lower() in _GENERIC_NAME_KEYS else None)


def _rows(text: str) -> Iterator[tuple[int, str]]:
    """The rows of ``text`` with their offsets: its lines, a line with an open quote joined to the lines that close
    it (``"1916⏎1066"``: a CSV cell that holds a line break), at most ``_MAX_CELL_LINES`` of them."""
    lines = text.split("\n")
    offset = i = 0
    while i < len(lines):
        quotes, j = lines[i].count('"'), i + 1
        while quotes % 2 and j < min(len(lines), i + _MAX_CELL_LINES):
            quotes, j = quotes + lines[j].count('"'), j + 1
        if quotes % 2:
            j = i + 1  # the quote never closes: a stray quote, not a cell
        row = "\n".join(lines[i:j])
        yield offset, row
        offset += len(row) + 1
        i = j


def _fixed_header(line: str) -> list[tuple[int, Entity | None]] | None:
    """The columns of a fixed-width listing's header line (labels two or more spaces apart, at least two of them
    naming a field, no digits), as (display column, entity) pairs; None when the line is no such header."""
    labels = list(_FIXED_LABEL.finditer(line))
    if len(labels) < 2 or any(c.isdigit() for c in line) or "  " not in line:
        return None
    width = _display_columns(line)
    columns = [(width[m.start()], _header_entity(m.group())) for m in labels]
    return columns if sum(entity is not None for _, entity in columns) >= 2 else None


def _fixed_cells(text: str, offset: int, line: str,
                 columns: list[tuple[int, Entity | None]]) -> Iterator[tuple[Entity, int, int]]:
    """The values of a fixed-width row: its cells two or more spaces apart, in order, when there are as many as
    columns; else the text under each column, by display width (a kanji is two columns wide)."""
    cells = [m.span() for m in _FIXED_LABEL.finditer(line)]
    if len(cells) != len(columns):
        width = _display_columns(line)
        starts = [next((i for i, w in enumerate(width) if w >= column), len(line)) for column, _ in columns]
        cells = list(zip(starts, [*starts[1:], len(line)], strict=True))
    for (start, end), (_, entity) in zip(cells, columns, strict=True):
        s, e = _stripped(text, offset + start, offset + end)
        whole = (s == offset or text[s - 1] in " \u3000") and (e == offset + len(line) or text[e] in " \u3000")
        if entity is not None and s < e and whole and (found := fits(entity, text[s:e])) is not None:
            yield found, s, e  # a value the split by display width cut in a word is no value


def _display_columns(line: str) -> list[int]:
    """The display column each character of ``line`` starts at (wide and full-width characters take two)."""
    columns, at = [], 0
    for char in line:
        columns.append(at)
        at += 2 if unicodedata.east_asian_width(char) in "FW" else 1
    return columns
