"""識別番号: a long number that no family recognizer could name, masked all the same.

The family recognizers report a number when its label, a context word, its column or a check digit says
what it is (JAPANESE_PII.md, Identifiers). Text written by people the rules were not written for labels the
same numbers in ways no list foresees (abbreviations, typos, other languages, a label three lines up), and
then a 保険証 or 手帳 number would go upstream as written. So every run of 8 to 16 digits, in any of the
groupings the normalizer leaves (``1234-5678-90``, ``1234 5678 901``, ``(0123)456789``), is reported at a low
score as ``ID_NUMBER``, below every family, which wins wherever it finds the number too.

Not reported, because they are not about a person or carry their own meaning:

* figures, amounts and counts (``12,345,678``, ``12345678円``, ``12345678件``, a quantity named before it or
  heading its column: ``予算額は 150000000``, 人口, 件数), decimals (``139.7671248``), dates and times;
* a number that another kind of label names, right before it or as its column's header (法人番号, 事業所番号,
  受付番号, 照会番号, 文書番号, 注文番号, JANコード, ISBN …; any …番号 / …ID label right before it that names no
  personal family: ジョブID, 資料番号), a 法人番号 with a right check digit
  (``stdnum.jp.cn``: public company numbers), a product code with a right EAN check digit (``stdnum.ean``),
  an ISBN, a version or build number;
* years (``2015-2016 2017-2018``), a version (``10.0.19045.3803``), a code's part (``PO-2025-462982``), a
  document's number (``相福第2024-1596号``);
* a phone number in the numbering plan (the phone recognizer decides those), part of a URL or a mail address.
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
from gateway.privacy.recognizers.phone import is_phone_number

SCORE = 0.55  # above the 0.5 threshold, below every family's score
# digit groups joined by one separator; a space only between groups of three digits or more, never a tab, a
# line break (table cells and rows) or 、 (a list: 1234567890、1234 567890)
_NUMBER = regex.compile(
    r"(?<![0-9A-Za-z_#])(?<![0-9A-Za-z][-・/._~〜,、 ])(?<!第)[0-9]"
    r"(?:(?:[-・/._()]|(?<=[0-9]{3}) (?=[0-9]{3}))?[0-9]){7,15}"
    r"(?![0-9A-Za-z_])(?![-・/._~〜,、]?[0-9])"
)
_UNIT = re.compile(
    r"[ \t]?(?:円|万|億|千|件|人|名|枚|個|%|％|歳|才|年|月|日|時|分|秒|回|台|本|冊|部|点|社|世帯|戸|倍|行|字|頁|"
    r"ページ|箇所|か所|ヶ所|kg|km|m|t|MB|GB|KB|bps|ドル|\$)"
)
_OTHER_KINDS = (
    r"法人|事業所|事業者|受付|整理|管理|文書|注文|契約|発注|請求|伝票|問い?合わ?せ|照会|予約|商品|製造|到達|通知|資産|"
    r"登録|許可|指定|地番|ページ|申請|案件|工事|物件|決裁|起案|施設|機器|端末|型|品|版|検収|納品|見積|シリアル|チケット|JAN|"
    r"ISBN|ISSN|ビルド|バージョン|(?i:build|ver(?:sion)?\.?|serial|order|invoice|ticket|ref\.?)"
)
# a label just before: another kind's (the number belongs to a company, a document or a system), or any
# …番号 / …ID / …コード label without a word of a personal family (those labels are the families' to read)
_NOT_A_PERSONS = re.compile(rf"(?:{_OTHER_KINDS})(?:番号|コード|ID|No\.?|#)?[ \t]*[:：#(（]?[ \t]*$")
_ANY_LABEL = regex.compile(
    r"(?P<label>[\p{Han}\p{Katakana}ーA-Za-z]{1,10})(?:番号|ID|コード|No\.?|#)(?:[(（][^()（）\n]{1,8}[)）])?"
    r"[ \t]*(?:は|が|[:：])?[ \t]*$"
)
_PERSONAL_WORDS = ("個人", "マイナ", "住民", "住基", "保険", "年金", "免許", "旅券", "パスポート", "在留", "口座",
                   "手帳", "カード", "受給者", "利用者", "本人", "世帯")
_OTHER_KIND = re.compile(_OTHER_KINDS)
_OTHER_COLUMN = re.compile(rf"^(?:{_OTHER_KINDS})")
LABEL_REACH = 16
_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:[-/・ 〜~](?:19|20)[0-9]{2})+")  # 2015-2016 2017-2018
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
    """ID_NUMBER: 8 to 16 digits in any grouping that no other recognizer named (see the module docstring)."""

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
            matches = list(_NUMBER.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
        except TimeoutError as exc:
            raise DetectionError("IdNumberRecognizer: pattern timed out") from exc
        return [RecognizerResult(Entity.ID_NUMBER.value, m.start(), m.end(), SCORE)
                for m in matches if _personal(text, m.start(), m.end())]


def _personal(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    number = digits_only(value)
    if (figure_or_date(value) or _UNIT.match(text, end) or _VERSION.match(value) or _YEARS.fullmatch(value)
            or _DECIMAL.fullmatch(value) or _QUANTITY.search(text, max(0, start - LABEL_REACH), start)):
        return False
    if _NOT_A_PERSONS.search(text, max(0, start - LABEL_REACH), start):
        return False
    label = _ANY_LABEL.search(text, max(0, start - LABEL_REACH - 8), start)
    if label is not None and (_OTHER_KIND.search(label.group("label"))
                              or not any(word in label.group("label") for word in _PERSONAL_WORDS)):
        return False
    if (len(number) == 13 and (cn.is_valid(number) or ean.is_valid(number) or isbn.is_valid(number))) or (
            len(number) == 8 and ean.is_valid(number)):
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    if _URL.search(text, token_start, start):
        return False
    if is_phone_number(number):
        return False
    return not (in_named_column(text, start, end, _OTHER_COLUMN) or in_named_column(text, start, end, _QUANTITY_COLUMN))
