"""Numbers that belong to something other than a person: what a label, a program's field, a column or an example
marker says about the number right after it.

A long number in municipal text is as often a company's, a document's or a system's as a person's (法人番号,
受付番号, ``order_id``, 郵便物の追跡番号), and a form's example is nobody's (``受付番号（例：2025-4035-7627）``,
``記入例の番号（1234 5678 9012）``). The recognizers that report a number on its shape or its check digit alone
(``ID_NUMBER``, a マイナンバー's check digit, a 介護 word sentences back, a passport's printed shape) ask
``names_other_kind`` and leave such a number alone; a personal identifier's own label right before the number
(個人番号, 被保険者番号, 介護番号, ``kojin_no``) is never another kind's. A number that only its shape vouches for
(``ID_NUMBER``) asks ``loose``ly: another kind's word alone (申請 12345678), a bare ``id`` key or an aligned column
is enough; a family's check digit or context word asks strictly, so none of those drops a マイナンバー.
"""

from __future__ import annotations

import re

import regex

from gateway.privacy.recognizers._table import column_header, in_named_column, separator
from gateway.privacy.recognizers.keyed_fields import entity_of

# a personal identifier's word, in Japanese, abbreviated, in English or romanized (国保番号, 手帳No, hihoken_no)
PERSONAL_LABEL = re.compile(
    r"被保|保険証|保険者|国保|後期高齢|記号番号|介保|介護保険|手帳|身障|療育|年金|口座|旅券|パスポート|在留|免許|運免|住基|"
    r"住民票|個人番|マイナ|受給者|クレカ|クレジット|カード|患者|診察券|(?i:insur|pension|handbook|certificate|licen[cs]e|account|passport|card|resident|"
    r"individual|jumin|juuminhyo|juki|kojin|hihoken|hoken|nenkin|menkyo|ryoken|zairyu|kouza|koza|kaigo|techo|shogai)"
)
_OTHER_KINDS = (
    r"法人|事業|受付|整理|管理|文書|注文|契約|発注|請求|伝票|問い?合わ?せ|照会|予約|商品|製造|到達|通知|資産|追跡|"
    r"受理|受注|資料|パッチ|更新プログラム|登録|許可|指定|地番|ページ|申請|案件|工事|物件|決裁|起案|施設|機器|端末|型|品|版|検収|納品|見積|シリアル|チケット|JAN|"
    r"ISBN|ISSN|ビルド|バージョン|(?i:build|ver(?:sion)?\.?|serial|order|invoice|ticket|ref\.?|track(?:ing)?|parcel|shipment)"
)
_EXAMPLE = r"(?:例[)）]?[ \t]*[:：]?[ \t]*)?"  # 受理番号（例：123456789012）
# a label just before: another kind's (the number belongs to a company, a document or a system), or any
# …番号 / …ID / …コード label without a word of a personal family (those labels are the families' to read); the loose
# form also takes the word alone (申請 12345678), which only a number without a family's check may be left for
_NOT_A_PERSONS = re.compile(rf"(?:{_OTHER_KINDS})(?:の?(?:番号|番|コード|ID|No\.?|#)[ \t]*[:：#(（]?|[ \t]*[:：#(（])"
                            rf"[ \t]*{_EXAMPLE}$")
_NOT_A_PERSONS_LOOSE = re.compile(
    rf"(?:{_OTHER_KINDS})(?:の?(?:番号|番|コード|ID|No\.?|#))?[ \t]*[:：#(（]?[ \t]*{_EXAMPLE}$")
_ANY_LABEL = regex.compile(
    rf"(?P<label>[\p{{Han}}\p{{Katakana}}ーA-Za-z]{{1,10}})[ \t]?(?P<suffix>番号|ID|コード|No\.?|#)"
    rf"(?:[(（][^()（）\n]{{1,8}}[)）])?"
    rf"[ \t]*(?:は|が|[:：])?[ \t]*(?:[(（]{_EXAMPLE})?$"
)
# an example right before the number (``例：1234567890``, ``（例）``, 記入例の番号（…）), not a word ending in 例 (事例,
# 条例, 症例, 用例: a case, a bylaw, a patient)
_KANJI = r"\u3005\u4e00-\u9fff"
_EXAMPLE_BEFORE = re.compile(rf"(?:[(（]例[)）]?|(?<![{_KANJI}])例[)）]|(?<![{_KANJI}])例[ \t]*[:：]"
                             r"|記入例の?番号[はが]?[(（]?)[ \t]*[:：]?[ \t]*$")
_PERSONAL_WORDS = ("個人", "マイナ", "住民", "住基", "保険", "年金", "免許", "旅券", "パスポート", "在留", "口座",
                   "手帳", "カード", "受給者", "利用者", "本人", "世帯", "介護")
_OTHER_KIND = re.compile(_OTHER_KINDS)
OTHER_COLUMN = re.compile(rf"^(?:{_OTHER_KINDS})")
LABEL_REACH = 16
# a program's field right before the value: "order_id": , request_id=, trace-no:
_FIELD_BEFORE = re.compile(r"""(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,40})["']?[ \t]*(?:[:=]|=>)[ \t]*["']?$""")
_COMPOUND = re.compile(r"[_.\-]")
_WORD_BEFORE = re.compile(r"\w[ \t]?$")
_QUANTITY_FIELD = re.compile(r"time|epoch|created|updated|size|bytes|length|count|total|amount|price|budget|population|"
                            r"kingaku|gaku$|(?:^|_)su$|(?:^|_)ts$|ms$|sec$|offset|limit|port$|rate|score|year|month|"
                            r"day|date|duration|elapsed|latency")
_OTHER_FIELD = re.compile(r"(?:id|no|number|num|code|cd|key|hash|token|uuid|seq|version|ver|port|count|total)$")
# a word of a program's field name or column header that names another kind's number (tracking, orderNo, doc_no)
_OTHER_FIELD_WORD = re.compile(
    r"(?i:order|invoice|ticket|ref|tracking|track|parcel|shipment|serial|build|version|receipt|doc|document|request|"
    r"req|trace|job|session|transaction|txn|batch|file|item|product|sku|asset|device|host|event|msg|message|error|"
    r"err|jan|corp|company|houjin|jigyo|bunsho|uketsuke)")
_OTHER_RESOURCE = re.compile(rf"{_OTHER_FIELD_WORD.pattern}|(?i:application|project|facility|contract)")
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# a segment of a URL path before the number, and what may follow it: /applications/557910594804/status
_PATH_BEFORE = re.compile(r"/(?P<key>[A-Za-z][A-Za-z_\-]{1,40})/$")
_PATH_AFTER = re.compile(r"[/?#\s]|$")
# a program's column header (doc_no, order_id, requestId)
_PROGRAM_HEADER = re.compile(r"^[A-Za-z_]+(?:[_.\-][A-Za-z]+)*$")


def names_other_kind(text: str, start: int, end: int, *, loose: bool = False) -> bool:
    """The number ``text[start:end]`` belongs to something other than a person: a label or a program's field right
    before it names another kind (``named_other_kind``), it is a form's example (``例：…``, 記入例の番号（…）), a
    resource's id in a URL path (``/api/v1/applications/557910594804/status``, not ``/residents/…``; a マイナンバー
    with a valid check digit only under a thing's resource: ``/users/…``, ``/citizens/…`` are somebody's), or
    the header of its table column names another kind (受付番号, ``doc_no``; in columns aligned with spaces, where a
    name with a space shifts the cells, only ``loose``ly: for a number no family's check vouches for)."""
    if named_other_kind(text, start, loose=loose) or _EXAMPLE_BEFORE.search(text, max(0, start - LABEL_REACH), start):
        return True
    if (path := _PATH_BEFORE.search(text, max(0, start - 48), start)) is not None and _PATH_AFTER.match(text, end):
        key = path.group("key")  # strictly (a check digit vouches for the number) only a thing's resource
        return (loose or _OTHER_RESOURCE.search(key) is not None) and entity_of(key) is None and not (
            PERSONAL_LABEL.search(key))
    if _table_separator(text, start) == " " and not loose:
        return False
    if in_named_column(text, start, end, OTHER_COLUMN):
        return True
    header = column_header(text, start, end, _PROGRAM_HEADER)
    return header is not None and _other_kinds_key(header.group())


def named_other_kind(text: str, start: int, *, loose: bool = False) -> bool:
    """A label right before ``start`` names another kind's number (法人番号, 受付番号, 品番, 介護保険事業所番号, an …ID
    or …コード without a personal word: ジョブID, エラーコード), or a program's field does (``order_id: …``,
    ``request_id=…``, ``"tracking": …``: an id, a code or a number no personal field names). ``loose`` (for a number
    no family's check vouches for) also takes another kind's word alone (申請 12345678) and a bare ``id``/``no`` key."""
    if (_NOT_A_PERSONS_LOOSE if loose else _NOT_A_PERSONS).search(text, max(0, start - LABEL_REACH), start):
        return True
    field = _FIELD_BEFORE.search(text, max(0, start - 48), start)
    if field is not None and _names_other_field(text, field, loose=loose):
        return True
    label = _ANY_LABEL.search(text, max(0, start - LABEL_REACH - 12), start)
    if label is None:
        return False
    if label.group("suffix") in ("ID", "コード") and not any(w in label.group("label") for w in _PERSONAL_WORDS):
        return not PERSONAL_LABEL.search(label.group("label"))  # ジョブID, 集計ID, エラーコード; not Juminhyo code
    return _names_other_kind(label.group("label"), label.group())


def _names_other_field(text: str, field: re.Match[str], *, loose: bool) -> bool:
    """The program's field names a quantity (``timestamp``, ``population``), or another kind's number: an id, a code or
    a number no personal field name holds (``order_id``, ``trace-no``, ``tracking``)."""
    key = field.group("key")
    if _QUANTITY_FIELD.search(key.lower()):
        return True  # timestamp: 1733011200, population=12345678, budget: 150000000
    if entity_of(key) is not None:
        return False
    if _other_kinds_key(key):
        return True  # "tracking": "6917-0230-6918", invoice:
    if _OTHER_FIELD.search(key.lower()):
        # a programmer's name (order_id, trace-no) or a name standing alone, not the last word of a label written
        # in words (Juminhyo code:, 手帳No:)
        key_start = field.start("key")
        return bool(_COMPOUND.search(key)) or (loose and not _WORD_BEFORE.search(text, max(0, key_start - 2),
                                                                                  key_start))
    return False


def _table_separator(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return separator(text[line_start : len(text) if line_end < 0 else line_end])


def _other_kinds_key(key: str) -> bool:
    """A word of the program's name ``key`` names another kind's number (tracking, doc_no, orderId) and no word of it
    a person's (``kojin_no``, ``care_no``)."""
    return (any(_OTHER_FIELD_WORD.fullmatch(word) for word in _KEY_WORD.findall(key))
            and entity_of(key) is None and not PERSONAL_LABEL.search(key))


def _names_other_kind(label: str, whole: str) -> bool:
    """The label names another kind's number: it holds no personal word at all (追跡番号, ミーティング, 車両), or
    its head (the last word of a Japanese compound, 介護保険事業所番号) is another kind's word, not a personal
    family's (被保番号, クレカ番号, 手帳No are a person's)."""
    if not PERSONAL_LABEL.search(whole) and not any(word in whole for word in _PERSONAL_WORDS):
        return True
    other = [m.end() for m in _OTHER_KIND.finditer(label)]
    personal = [label.rfind(word) + len(word) for word in _PERSONAL_WORDS if word in label]
    return bool(other) and max(other) > max(personal, default=-1)
