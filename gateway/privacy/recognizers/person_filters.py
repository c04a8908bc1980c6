"""Look-alikes of person names that the rules drop, whatever scored them.

* a programme name with マル (マル福, マル障, マル子医療費);
* a piece of a code: letters, digits and kanji joined by hyphens (``R7-建-6902``);
* a bank's short name before the account kind and number (``常陽 普 1234567``);
* a place name glued to a katakana building or facility name (``パークサイド紺屋町``);
* a pet's name in a dog-registration context (犬の名前, 愛犬, 畜犬, 鑑札);
* the symbol of a document number (``浜政第344号``, ``つ政第12号``);
* a place after its label (``地域：早岐``, ``バス停：上田入口``);
* a 町域 before its street number, or part of that number (``森下四丁目``, ``若葉3番地``);
* whatever found it: a name that a facility or a place carries (``藤堂清右衛門生家跡``, ``片倉きぬ記念図書室``), a city
  the lexicon knows before its mayor's title (``長岡市長``: a mayor named 長岡 is a public office's holder), an area
  after its office (``地域包括支援センター西部``), a group's katakana name after its kind
  (``市民合唱団コール・ステラ``), an area before its office (``西部支所``), a cell under a place's header (``町丁名``,
  ``停留所``), a header cell over times or figures (a timetable's stops), an era before its year (``昭和56年``), and
  a reply's opening word (``はい、``, ``えっと``) where a name was expected after a speaker's label.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from gateway.privacy.recognizers import _table
from gateway.privacy.recognizers.person_context import text_of
from gateway.privacy.recognizers.person_words import KANJI, KATAKANA, is_honorific, place_name

_PET_WORDS = re.compile("犬|猫|ペット|畜犬|鑑札|狂犬病|愛犬|飼い犬|飼犬|愛猫|子犬|子猫")
_PET_NAME = re.compile("(?:犬|猫|ペット)の?(?:名前|名|呼び名|登録)|愛犬|飼い犬|飼犬|愛猫|犬名|猫名|畜犬|鑑札|狂犬病")
_PLACE_LABEL = re.compile(r"(?:地域|地区|町名|校区|行政区|停留所|バス停)[ \t]*[:：]?[ \t]*\Z")  # 地域：早岐
_BANK_KIND = frozenset({"普", "当", "普通", "当座", "貯", "貯蓄"})
_STREET_NUMBER = re.compile("[0-9〇一二三四五六七八九十]+(?:丁目|番地)|(?<=丁)目")  # right after the name
# right after the name, or after the rest of it (片倉|きぬ記念図書室), not after a particle or an honorific
# (山田太郎の記念品, 佐藤さん銅像の前), and 記念 only before a facility (not 記念品, 記念撮影)
_NAMESAKE = re.compile(
    r"(?:(?![のがはをにとへもでやさ様氏殿君])[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa]){0,5}?"
    "(?:記念(?:館|室|図書|公園|碑|像|ホール|会館|文庫|賞|講堂|美術館|博物館|資料館|庭園|体育館|広場)"
    "|生家|旧宅|旧居|旧邸|邸跡|銅像|顕彰碑|文学碑|歌碑|句碑|童話村|文学館)"
)
_GROUP_BEFORE = re.compile(r"(?:合唱団|楽団|劇団|吹奏楽部|クラブ|チーム|サークル|バンド)\Z")  # 市民合唱団コール・ステラ
_SECTION_BEFORE = re.compile(r"(?:センター|支所|出張所|事務所|営業所|包括)\Z")  # 地域包括支援センター西部
# the area a section serves, not someone at it (…センター近藤浩二へ, センター東さん)
_AREA = re.compile("[東西南北中]部|[東西南北中]央?")
_OFFICE = re.compile("支所|出張所|地区|地域|方面|センター|エリア")  # 西部支所
_HONORIFIC = re.compile("さん|様|さま|氏|殿|君|くん|ちゃん|先生")
# a timetable's first header cell: its other cells are stops, not people (便⇥萩原台⇥明星ヶ丘)
_STOPS_HEADER = re.compile("^(?:便|停留所|バス停|駅名?|系統|路線|のりば|乗り場|発車時刻|時刻)$")
_PLACE_HEADER = re.compile("^(?:町丁|地区|地域|町|校区|学区|行政区|停留所|バス停|駅|路線|施設|方面|団地|自治会)名?$")
_DIGIT = re.compile("[0-9０-９]")
_FIGURE_CELL = re.compile(r"[ \t]*[0-9０-９]")
_ERA_YEAR = re.compile("(?:明治|大正|昭和|平成|令和)(?=[ 　]?(?:[0-9０-９〇一二三四五六七八九十]|元年))")
_REPLY_WORD = re.compile(
    "はい|いいえ|ええ|えー|ええと|えっと|えーと|あの|あのう|あのー|その|そのー|うん|ううん|うーん|んー|そう|あっ?|いや|もしもし")
_DOCUMENT_NUMBER = re.compile(r"第\s?[0-9]+(?:[-―－][0-9]+)?号")  # 浜政第344号, 相福第2024-1596号


def rejected(doc: Doc, start: int, end: int) -> bool:
    """A look-alike: マル福, a pet's name, 常陽 普, パークサイド紺屋町, R7-建-6902, 浜政第344号, 地域：早岐,
    森下四丁目."""
    text = text_of(doc)
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return (
        _programme(doc, start, end)
        or _in_code(text, s, e)
        or _bank_kind(doc, end)
        or _in_building(doc, start, end)
        or _pet(doc, start, end, text[max(0, s - 60) : s])
        or _PLACE_LABEL.search(text, max(0, s - 8), s) is not None
        or _DOCUMENT_NUMBER.match(text, e - 1 if text[e - 1] == "第" else e) is not None
        or _STREET_NUMBER.match(text, e) is not None
    )


def not_a_person(text: str, start: int, end: int) -> bool:
    """A name a facility or a place carries, a city's before its mayor (長岡市長), an area's after its office, a
    group's katakana name after its kind (合唱団コール・ステラ), a cell under a place's header, or a header cell over
    figures."""
    return (
        _NAMESAKE.match(text, end) is not None
        or (text.startswith(("市長", "区長"), end) and place_name(text[start:end] + text[end]))
        or (_GROUP_BEFORE.search(text, max(0, start - 6), start) is not None
            and KATAKANA.match(text, start) is not None)
        or (_AREA.fullmatch(text, start, end) is not None and _HONORIFIC.match(text, end) is None
            and (_SECTION_BEFORE.search(text, max(0, start - 6), start) is not None
                 or _OFFICE.match(text, end) is not None))
        or (_in_table_row(text, start) and _table.in_named_column(text, start, end, _PLACE_HEADER))
        or _heads_figures(text, start, end)
        or _era_before_year(text, start, end)
        or _REPLY_WORD.fullmatch(text, start, end) is not None
    )


def _era_before_year(text: str, start: int, end: int) -> bool:
    era = _ERA_YEAR.match(text, start)
    return era is not None and era.end() == end


def _in_table_row(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _table.is_row(text[line_start : len(text) if line_end < 0 else line_end])


def _heads_figures(text: str, start: int, end: int) -> bool:
    """The span is in a cell of a timetable's first row, of labels only, and the cell under it in the next row is a
    time or a figure (便⇥萩原台⇥明星ヶ丘 over 1⇥7:17⇥7:24): a stop, not a name (受付⇥山田太郎 over 件数⇥12 is)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    line = text[line_start:line_end]
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    if not _table.is_row(line) or _table.is_row(above) or _DIGIT.search(line):
        return False  # a header row holds labels only
    sep = _table.separator(line)
    row = _table.cells(line, sep)
    col = next((i for i, (s, e) in enumerate(row) if s <= start - line_start and end - line_start <= e), None)
    if col is None or not _STOPS_HEADER.match(line[slice(*row[0])].strip()):
        return False
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if below_end < 0 else below_end]
    under = _table.cells(below, sep) if _table.separator(below) == sep else []
    return col < len(under) and _FIGURE_CELL.match(below, under[col][0]) is not None


def _programme(doc: Doc, start: int, end: int) -> bool:
    """マル + one kanji is a programme (マル福, マル障, マル子医療費), not the name マル."""
    if end >= len(doc) or doc[end - 1].whitespace_ or not KANJI.match(doc[end].text):
        return False
    if doc[start:end].text.startswith("マル"):
        return True
    last, after = doc[end - 1], doc[end]
    return (
        end - start == 1
        and KATAKANA.fullmatch(last.text) is not None
        and len(after) == 1
        and after.tag_.startswith("名詞")
    )


def _in_code(text: str, s: int, e: int) -> bool:
    """A piece of a code: R7-建-6902, ABC_東_1, or letters and digits on both sides; not a field of a record that a
    slash separates (小野　愛子／被保険者番号 …)."""
    if (s > 1 and text[s - 1] in "-_/" and _code_char(text[s - 2])) or (
            e + 1 < len(text) and text[e] in "-_/" and _code_char(text[e + 1])):
        return True
    return s > 0 and e < len(text) and all(c.isascii() and c.isalnum() for c in (text[s - 1], text[e]))


def _code_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _bank_kind(doc: Doc, end: int) -> bool:
    """A bank's short name before 普/当 and an account number: 常陽 普 1234567."""
    kind = end - 1 if doc[end - 1].text in _BANK_KIND else end
    if kind >= len(doc) or doc[kind].text not in _BANK_KIND:
        return False
    return kind + 1 < len(doc) and doc[kind + 1].like_num


def _in_building(doc: Doc, start: int, end: int) -> bool:
    """A place name glued to a katakana word: パークサイド紺屋町, グリーンヒル東; not a name with an honorific
    after it (ケアマネジャー西村さん)."""
    if start == 0 or doc[start - 1].whitespace_ or (end < len(doc) and is_honorific(doc[end])):
        return False
    prev = doc[start - 1]
    return KATAKANA.fullmatch(prev.text) is not None and "普通名詞" in prev.tag_


def _pet(doc: Doc, start: int, end: int, before: str) -> bool:
    """A given name shortly after 犬の名前, 愛犬, 畜犬, 鑑札…: a pet, not a person."""
    if len(doc[start:end].text) > 6 or any("姓" in t.tag_ for t in doc[start:end]):
        return False
    return _PET_WORDS.search(before) is not None and _PET_NAME.search(before) is not None
