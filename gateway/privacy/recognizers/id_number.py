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
  heading its column: ``予算額は 150000000``, 人口, 件数; a program's quantity or time field: ``timestamp: …``),
  decimals (``139.7671248``, unless a personal word labels the number), dates and times;
* a number that another kind of label names, right before it or as its column's header (法人番号, 事業所番号,
  受付番号, 照会番号, 文書番号, 注文番号, JANコード, ISBN …; any …番号 / …ID / …コード label that holds no personal
  word: ジョブID, 追跡番号; a compound whose head is another kind's word: 介護保険事業所番号; a program's id
  field: ``order_id: …``), a 法人番号 with a right check digit (``stdnum.jp.cn``: public company numbers), a
  product code with a right EAN check digit (``stdnum.ean``), an ISBN (unless a personal word labels it), a
  version or build number;
* years (``2015-2016 2017-2018``), a year's serial (``2026-3774``), a version (``10.0.19045.3803``), a code's part
  (``PO-2025-462982``), a document's number (``相福第2024-1596号``), a form's example or placeholder
  (``記入例：000-0000-0000``, ``受理番号（例：…）``);
* part of a URL or a mail address. (A phone number is reported too: the phone recognizer outscores it where it
  knows the number.)
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import ean, isbn
from stdnum.jp import cn

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers._pattern import REGEX_TIMEOUT_SECONDS, digits_only, figure_or_date
from gateway.privacy.recognizers._table import in_named_column
from gateway.privacy.recognizers.keyed_fields import entity_of

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
_PERSONAL_LABEL = re.compile(
    r"被保|保険証|保険者|国保|後期高齢|記号番号|介保|介護保険|手帳|身障|療育|年金|口座|旅券|パスポート|在留|免許|運免|住基|"
    r"住民票|個人番|マイナ|受給者|クレカ|クレジット|カード|患者|診察券|(?i:insur|pension|handbook|certificate|licen[cs]e|account|passport|card|resident|"
    r"individual|jumin|juuminhyo|juki|kojin|hihoken|hoken|nenkin|menkyo|ryoken|zairyu|kouza|koza|kaigo|techo|shogai)"
)
_NO_DIGIT = regex.compile(r"[^0-9]*")
_LINE_REACH = 30  # characters of the number's line before it, and after it, that may hold its label
_UNIT = re.compile(
    r"[ \t]?(?:円|万|億|千|件|人|名|枚|個|%|％|歳|才|年|月|日|時|分|秒|回|台|本|冊|部|点|社|世帯|戸|倍|行|字|頁|"
    r"ページ|箇所|か所|ヶ所|kg|km|m|t|MB|GB|KB|bps|ドル|\$)"
)
_OTHER_KINDS = (
    r"法人|事業所|事業者|受付|整理|管理|文書|注文|契約|発注|請求|伝票|問い?合わ?せ|照会|予約|商品|製造|到達|通知|資産|"
    r"受理|受注|資料|パッチ|更新プログラム|登録|許可|指定|地番|ページ|申請|案件|工事|物件|決裁|起案|施設|機器|端末|型|品|版|検収|納品|見積|シリアル|チケット|JAN|"
    r"ISBN|ISSN|ビルド|バージョン|(?i:build|ver(?:sion)?\.?|serial|order|invoice|ticket|ref\.?)"
)
_EXAMPLE = r"(?:例[)）]?[ \t]*[:：]?[ \t]*)?"  # 受理番号（例：123456789012）
# a label just before: another kind's (the number belongs to a company, a document or a system), or any
# …番号 / …ID / …コード label without a word of a personal family (those labels are the families' to read)
_NOT_A_PERSONS = re.compile(rf"(?:{_OTHER_KINDS})(?:番号|番|コード|ID|No\.?|#)?[ \t]*[:：#(（]?[ \t]*{_EXAMPLE}$")
_ANY_LABEL = regex.compile(
    r"(?P<label>[\p{Han}\p{Katakana}ーA-Za-z]{1,10})[ \t]?(?P<suffix>番号|ID|コード|No\.?|#)"
    r"(?:[(（][^()（）\n]{1,8}[)）])?"
    r"[ \t]*(?:は|が|[:：])?[ \t]*$"
)
_PERSONAL_WORDS = ("個人", "マイナ", "住民", "住基", "保険", "年金", "免許", "旅券", "パスポート", "在留", "口座",
                   "手帳", "カード", "受給者", "利用者", "本人", "世帯")
_OTHER_KIND = re.compile(_OTHER_KINDS)
_OTHER_COLUMN = re.compile(rf"^(?:{_OTHER_KINDS})")
LABEL_REACH = 16
# a program's field right before the value: "order_id": , request_id=, trace-no:
_FIELD_BEFORE = re.compile(r"""(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,40})["']?[ \t]*(?:[:=]|=>)[ \t]*["']?$""")
_COMPOUND = re.compile(r"[_.\-]")
_WORD_BEFORE = re.compile(r"\w[ \t]?$")
_QUANTITY_FIELD = re.compile(r"time|epoch|created|updated|size|bytes|length|count|total|amount|price|budget|population|"
                             r"kingaku|gaku$|(?:^|_)su$|(?:^|_)ts$|ms$|sec$|offset|limit|port$|rate|score|year|month|"
                             r"day|date|duration|elapsed|latency")
_OTHER_FIELD = re.compile(r"(?:id|no|number|num|code|cd|key|hash|token|uuid|seq|version|ver|port|count|total)$")
_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:[-/・ 〜~](?:19|20)[0-9]{2})+")  # 2015-2016 2017-2018
_PLACEHOLDER = re.compile(r"([0-9])\1*")  # 000-0000-0000 in a form's example
_YEAR_SERIAL = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{3,5}")  # 2026-3774: a year's case or receipt number
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")  # 3.14159265, 139.7671248
# a quantity named just before (予算額は 150000000, 人口 12345678) or heading the column
_QUANTITY_WORDS = (
    r"額|人口|件数|世帯数|数|率|高|量|金|費|計|合計|残高|歳入|歳出|予算|決算|面積|距離|緯度|経度|タイムスタンプ"
)
_QUANTITY = re.compile(rf"(?:{_QUANTITY_WORDS})(?:は|が|:|：)?[ \t]*$")
_QUANTITY_COLUMN = re.compile(rf"(?:{_QUANTITY_WORDS})(?:[(（][^()（）]{{1,6}}[)）])?$")
_VERSION = re.compile(r"[0-9]{1,2}\.[0-9]+\.")  # 10.0.19045.3803
_URL = re.compile(r"https?://|www\.|[A-Za-z0-9]@")


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
        try:
            loose = list(_LABELLED_NUMBER.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
            matches = list(_NUMBER.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
        except TimeoutError as exc:
            raise DetectionError("IdNumberRecognizer: pattern timed out") from exc
        found = [m.span() for m in loose if not _joins_rows(text, m) and _label_near(text, *m.span())
                 and _personal(text, *m.span(), labelled=True)]
        found += [m.span() for m in matches
                  if not any(s < m.end() and m.start() < e for s, e in found) and _personal(text, *m.span())]
        return [RecognizerResult(Entity.ID_NUMBER.value, start, end, SCORE) for start, end in found]


def _personal(text: str, start: int, end: int, *, labelled: bool = False) -> bool:
    """Not a figure, a date, a code or another kind's number (see the module docstring); ``labelled``: a personal
    identifier's word labels it, so a dot between its groups is no decimal point (国保番号⏎・8953.6882)."""
    value = text[start:end]
    number = digits_only(value)
    if (figure_or_date(value) or _UNIT.match(text, end) or _VERSION.match(value) or _YEARS.fullmatch(value)
            or (_DECIMAL.fullmatch(value) and not labelled)
            or _QUANTITY.search(text, max(0, start - LABEL_REACH), start)):
        return False
    if named_other_kind(text, start):
        return False
    if _PLACEHOLDER.fullmatch(number) or _YEAR_SERIAL.fullmatch(value):
        return False
    if ((len(number) == 13 and (cn.is_valid(number) or ean.is_valid(number) or isbn.is_valid(number))) or (
            len(number) == 8 and ean.is_valid(number))) and not (labelled or _label_near(text, start, end)):
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    if _URL.search(text, token_start, start):
        return False
    return not (in_named_column(text, start, end, _OTHER_COLUMN) or in_named_column(text, start, end, _QUANTITY_COLUMN))


def named_other_kind(text: str, start: int) -> bool:
    """A label right before ``start`` names another kind's number (法人番号, 受付番号, 品番, 介護保険事業所番号, an …ID
    or …コード without a personal word: ジョブID, エラーコード), or a program's field does (``order_id: …``,
    ``request_id=…``: an id, a code or a number no personal field names)."""
    if _NOT_A_PERSONS.search(text, max(0, start - LABEL_REACH), start):
        return True
    field = _FIELD_BEFORE.search(text, max(0, start - 48), start)
    if field is not None and _QUANTITY_FIELD.search(field.group("key").lower()):
        return True  # timestamp: 1733011200, population=12345678, budget: 150000000
    if field is not None and _OTHER_FIELD.search(field.group("key").lower()) and entity_of(field.group("key")) is None:
        # a programmer's name (order_id, trace-no) or a name standing alone, not the last word of a label written
        # in words (Juminhyo code:, 手帳No:)
        key_start = field.start("key")
        return bool(_COMPOUND.search(field.group("key"))) or not _WORD_BEFORE.search(text, max(0, key_start - 2),
                                                                                     key_start)
    label = _ANY_LABEL.search(text, max(0, start - LABEL_REACH - 8), start)
    if label is None:
        return False
    if label.group("suffix") in ("ID", "コード") and not any(w in label.group("label") for w in _PERSONAL_WORDS):
        return not _PERSONAL_LABEL.search(label.group("label"))  # ジョブID, 集計ID, エラーコード; not Juminhyo code
    return _names_other_kind(label.group("label"), label.group())


def _names_other_kind(label: str, whole: str) -> bool:
    """The label names another kind's number: it holds no personal word at all (追跡番号, ミーティング, 車両), or
    its head (the last word of a Japanese compound, 介護保険事業所番号) is another kind's word, not a personal
    family's (被保番号, クレカ番号, 手帳No are a person's)."""
    if not _PERSONAL_LABEL.search(whole) and not any(word in whole for word in _PERSONAL_WORDS):
        return True
    return _names_other_kind_by_head(label)


def _names_other_kind_by_head(label: str) -> bool:
    """The label's head, its last word of a kind, is another kind's word (see ``_names_other_kind``)."""
    other = [m.end() for m in _OTHER_KIND.finditer(label)]
    personal = [label.rfind(word) + len(word) for word in _PERSONAL_WORDS if word in label]
    return bool(other) and max(other) > max(personal, default=-1)


def _joins_rows(text: str, match: regex.Match[str]) -> bool:
    """A number joined over a line break whose next line starts a table row of its own (``…1030636⏎6289⇥加藤 拓海⇥…``:
    the last cell of one row and the first of the next), not the rest of a cell a paste broke."""
    if "\n" not in match.group():
        return False
    line_end = text.find("\n", match.end())
    rest = text[match.end() : len(text) if line_end < 0 else line_end]
    return rest.count("\t") >= 2 or rest.count("|") >= 3 or rest.count(",") >= 2


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
    return _labels(after, reverse=False) or in_named_column(text, start, end, _PERSONAL_LABEL)


def _labels(window: str, *, reverse: bool) -> bool:
    """A personal word in ``window`` with no digit between it and the number (at the window's end when
    ``reverse``, else at its start)."""
    for m in _PERSONAL_LABEL.finditer(window):
        between = window[m.end() :] if reverse else window[: m.start()]
        if _NO_DIGIT.fullmatch(between):
            return True
    return False
