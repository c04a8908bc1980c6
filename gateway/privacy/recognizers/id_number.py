"""識別番号: a long number that no family recognizer could name, masked all the same.

The family recognizers report a number when its label, a context word, its column or a check digit says
what it is (JAPANESE_PII.md, Identifiers). Text written by people the rules were not written for labels the
same numbers in ways no list foresees (abbreviations, typos, other languages, a label three lines up), and
then a 保険証 or 手帳 number would go upstream as written. So every run of 8 to 16 digits, in any of the
groupings the normalizer leaves (``1234-5678-90``, ``1234 5678 901``, ``(0123)456789``), is reported at a low
score as ``ID_NUMBER``, below every family, which wins wherever it finds the number too. A shorter number (5 to
7 digits: a 記号番号, a 手帳 number), one broken over a line or one in short groups is reported when a personal
identifier's word labels it anywhere a person would put the label: before it in its line, on the line that
heads it, after it (``771 187（手帳No）``), or at the top of its column, abbreviated, in English or romanized.

Not reported, because they are not about a person or carry their own meaning:

* figures, amounts and counts (``12,345,678``, ``12345678円``, ``12345678件``, a quantity named before it or
  heading its column: ``予算額は 150000000``, 人口, 件数; a program's quantity or time field: ``timestamp: …``;
  a table under its unit, ``単位：円``, in a text about no one),
  decimals (``139.7671248``, unless a personal word labels the number), dates and times;
* a number that another kind of label, a program's field or its column's header names, or a form's example
  (``other_kind.py``: 法人番号, 受付番号, 追跡番号, 介護保険事業所番号, ``order_id: …``, ``doc_no``, ``例：…``),
  a 法人番号 with a right check digit (``stdnum.jp.cn``: public company numbers), a
  product code with a right EAN check digit (``stdnum.ean``), an ISBN (unless a personal word labels it), a
  version or build number;
* years (``2015-2016 2017-2018``), a year's serial (``2026-3774``), a version (``10.0.19045.3803``), a code's part
  (``PO-2025-462982``), a document's number (``相福第2024-1596号``), a placeholder (``000-0000-0000``);
* part of a URL or a mail address. (A phone number is reported too: the phone recognizer outscores it where it
  knows the number.)
* a number in a row of a table (two tabs, two commas or three bars on its line, no sentence) under a header that
  names no identifier, when nothing in the text is about a person: no personal word and no name the person rules
  found (``no,jigyo_mei,yosan`` and its rows of budgets). A column headed 宛名番号, 学籍番号, ケース番号 or
  ``atena_no`` holds somebody's numbers, named or not; in prose and chat an unlabelled number is masked all the same.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import ean, isbn
from stdnum.jp import cn

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import person
from gateway.privacy.recognizers._pattern import digits_only, figure_or_date, find_all
from gateway.privacy.recognizers._table import column_header, in_named_column, is_row
from gateway.privacy.recognizers.other_kind import LABEL_REACH, PERSONAL_LABEL, names_other_kind

SCORE = 0.55  # above the 0.5 threshold, below every family's score
# digit groups joined by one separator; a space only between groups of three digits or more, never a tab, a
# line break (table cells and rows) or 、 (a list: 1234567890、1234 567890)
_NUMBER = regex.compile(
    r"(?<![0-9A-Za-z_#])(?<![0-9A-Za-z][-・/._~〜,、])(?<![0-9] )(?<!第)[0-9]"
    r"(?:(?:[-・/._()]|(?<=[0-9]{3}) (?=[0-9]{3}))?[0-9]){7,15}"
    r"(?![0-9A-Za-z_])(?![-・/._~〜,、]?[0-9])"
)
# shorter (5 to 7 digits: 記号番号 1234-56, 手帳 No. 804799), broken over a line (9227⏎6960-3284) or in short groups
# (31 28 156 1): only with a personal identifier's word in its line, on the line that heads it or just after it
# (``_label_near``)
_LABELLED_NUMBER = regex.compile(
    r"(?<![0-9A-Za-z_#])(?<![0-9A-Za-z][-・/._~〜,、])(?<![0-9] )(?<!第)[0-9]"
    r"(?:(?:[-・/._() ]{1,2}|-?\n(?!\n)[ \t]*)?[0-9]){4,15}"
    r"(?![0-9A-Za-z_])(?![-・/._~〜,、]?[0-9])"
)
_NO_DIGIT = regex.compile(r"[^0-9]*")
# a whole cell of a CSV row, which ``_NUMBER`` leaves to a list (``20240154,2024/4/3,98000``)
_CSV_CELL = regex.compile(r"(?<=^|,)[0-9]{8,16}(?=,|$)", regex.MULTILINE)
_LINE_REACH = 30  # characters of the number's line before it, and after it, that may hold its label
_UNIT = re.compile(
    r"[ \t]?(?:円|万|億|千|件|人|名|枚|個|%|％|歳|才|年|月|日|時|分|秒|回|台|本|冊|部|点|社|世帯|戸|倍|行|字|頁|"
    r"ページ|箇所|か所|ヶ所|kg|km|m|t|MB|GB|KB|bps|ドル|\$)"
)
_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:[-/・ 〜~](?:19|20)[0-9]{2})+")  # 2015-2016 2017-2018
_PLACEHOLDER = re.compile(r"([0-9])\1*")  # 000-0000-0000 in a form's example
_YEAR_SERIAL = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{3,5}")  # 2026-3774: a year's case or receipt number
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")  # 3.14159265, 139.7671248
# a quantity named just before (予算額は 150000000, 人口 12345678) or heading the column
_QUANTITY_WORDS = (
    r"額|人口|件数|世帯数|数|率|高|量|金|費|計|合計|残高|歳入|歳出|予算|決算|面積|距離|緯度|経度|タイムスタンプ"
)
_QUANTITY = re.compile(rf"(?:{_QUANTITY_WORDS})(?:は|が|:|：)?[ \t]*\Z")  # in its line (滞納額⏎ heads a column)
_QUANTITY_COLUMN = re.compile(rf"(?:{_QUANTITY_WORDS})(?:[(（][^()（）]{{1,6}}[)）])?$")
# a table's unit declared above it (歳出決算 単位：円, （単位：千円）): its numbers are figures, in a text about no one
_UNIT_DECLARED = re.compile(r"単位[:：][ \t]*(?:千|百万|万|億)?(?:円|人|件|世帯|トン|t|kg|ha|㎡|m)")
_UNIT_REACH = 400
_VERSION = re.compile(r"[0-9]{1,2}\.[0-9]+\.")  # 10.0.19045.3803
_URL = re.compile(r"https?://|www\.|[A-Za-z0-9]@")
# words that say a text is about people (``_about_people``): a personal identifier's word, a name's or an address's
# label, an honorific, a person's role
_PEOPLE = re.compile(
    rf"{PERSONAL_LABEL.pattern}|氏名|名前|なまえ|フリガナ|ふりがな|住所|生年月日|様|さん|殿|本人|世帯|家族|申請者|相談者|"
    r"届出人|対象者|被保険者|児童|生徒|保護者|(?i:name|user|patient|customer|applicant|member|client|person|staff)"
)
_NAME_SCORE = 0.5
_ANY_HEADER = re.compile(r"^(?![-:=]+$)[^0-9]+$")  # a label, not a data cell or a markdown rule
# whose number a header names (宛名番号, atena_no); a bare 番号 or ``no`` counts rows or projects as often as people
_IDENTIFIER_HEADER = re.compile(r"\S.*?(?:番号|番|コード|記号|(?i:no|id|num|code|cd|number))")


class IdNumberRecognizer(EntityRecognizer):
    """ID_NUMBER: 8 to 16 digits in any grouping, or a shorter or broken number a personal word labels, that no
    other recognizer named (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[Entity.ID_NUMBER.value], supported_language="ja",
                         name="IdNumberRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every long number that is not a figure, a date, a phone number or another kind's number."""
        loose = find_all(_LABELLED_NUMBER, text, "IdNumberRecognizer")
        matches = find_all(_NUMBER, text, "IdNumberRecognizer")
        matches += [m for m in find_all(_CSV_CELL, text, "IdNumberRecognizer") if _in_row(text, m.start())]
        found = [m.span() for m in loose if not _joins_rows(text, m) and _label_near(text, *m.span())
                 and _personal(text, *m.span(), labelled=True)]
        people: bool | None = None  # whether the text is about people: asked once, when a table row needs it
        for m in matches:
            if any(s < m.end() and m.start() < e for s, e in found) or not _personal(text, *m.span()):
                continue
            if _in_row(text, m.start()) and _header_names_no_identifier(text, *m.span()):
                people = _about_people(text, nlp_artifacts) if people is None else people
                if not people:  # a figure of a table about no one: 事業名⇥予算 rows
                    continue
            found.append(m.span())
        return [RecognizerResult(Entity.ID_NUMBER.value, start, end, SCORE) for start, end in found]


def _in_row(text: str, start: int) -> bool:
    """The number stands in a row of a table (``_table.is_row``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return is_row(line)


def _header_names_no_identifier(text: str, start: int, end: int) -> bool:
    """The number's column has a header, and it does not name a number of someone (宛名番号, 学籍番号, ケース番号,
    利用者No, ``atena_no`` head a column of personal numbers even in a table with no name in it)."""
    header = column_header(text, start, end, _ANY_HEADER)
    return header is not None and not _IDENTIFIER_HEADER.search(header.group())


def _about_people(text: str, nlp_artifacts: NlpArtifacts | None) -> bool:
    """The text is about people: a personal word (``_PEOPLE``) or a name the person rules found (score 0.5 or more).
    A table of project numbers and budgets, of products or of services holds long numbers about no one."""
    if _PEOPLE.search(text) or nlp_artifacts is None or nlp_artifacts.tokens is None:
        return True
    return any(c.score >= _NAME_SCORE for c in nlp_artifacts.tokens.user_data.get(person.CANDIDATES) or ())


def _personal(text: str, start: int, end: int, *, labelled: bool = False) -> bool:
    """Not a figure, a date, a code or another kind's number (see the module docstring); ``labelled``: a personal
    identifier's word labels it, so a dot between its groups is no decimal point (国保番号⏎・8953.6882)."""
    value = text[start:end]
    number = digits_only(value)
    if (figure_or_date(value) or _UNIT.match(text, end) or _VERSION.match(value) or _YEARS.fullmatch(value)
            or (_DECIMAL.fullmatch(value) and not labelled)
            or _QUANTITY.search(text, max(0, start - LABEL_REACH), start)
            or (not labelled and _UNIT_DECLARED.search(text, max(0, start - _UNIT_REACH), start)
                and _PEOPLE.search(text) is None)):
        return False
    if (names_other_kind(text, start, end, loose=True) or _PLACEHOLDER.fullmatch(number)
            or _YEAR_SERIAL.fullmatch(value)):
        return False
    if ((len(number) == 13 and (cn.is_valid(number) or ean.is_valid(number) or isbn.is_valid(number))) or (
            len(number) == 8 and ean.is_valid(number))) and not (labelled or _label_near(text, start, end)):
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    if _URL.search(text, token_start, start):
        return False
    return not in_named_column(text, start, end, _QUANTITY_COLUMN)


def _joins_rows(text: str, match: regex.Match[str]) -> bool:
    """A number joined over a line break whose next line starts a table row of its own (``…1030636⏎6289⇥加藤 拓海⇥…``:
    the last cell of one row and the first of the next), not the rest of a cell a paste broke."""
    if "\n" not in match.group():
        return False
    line_end = text.find("\n", match.end())
    rest = text[match.end() : len(text) if line_end < 0 else line_end]
    return is_row(rest)


def _label_near(text: str, start: int, end: int) -> bool:
    """A personal identifier's word labels the number: before it in its line with no other number between, on the
    line before when nothing but a bullet precedes it (■国保番号⏎・1234-56), after it within its line or the next
    (``771 187（手帳No）``, ``⏎です (国保番号)``), or heading its table column (●障害者手帳番号)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _LINE_REACH) : start]
    if _labels(before, reverse=True):
        return True
    if len(before.strip(" \t・■●◆□-*【】[]")) == 0 and line_start > 0:
        previous = text[max(0, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1 - _LINE_REACH) : line_start - 1]
        if _labels(previous, reverse=True):
            return True
    after = text[end : end + _LINE_REACH]
    after = "\n".join(after.split("\n", 2)[:2])
    return _labels(after, reverse=False) or in_named_column(text, start, end, PERSONAL_LABEL)


def _labels(window: str, *, reverse: bool) -> bool:
    """A personal word in ``window`` with no digit between it and the number (at the window's end when
    ``reverse``, else at its start)."""
    for m in PERSONAL_LABEL.finditer(window):
        between = window[m.end() :] if reverse else window[: m.start()]
        if _NO_DIGIT.fullmatch(between):
            return True
    return False
