"""Birth dates (西暦 and 和暦), only with birth context: a meeting date is not personal information.

Formats and era boundaries from JAPANESE_PII.md (生年月日): ``1990年1月1日``, ``1990/01/01``,
``昭和60年4月1日``, ``S60.4.1``, ``H2/1/15``, ``R2.1.15``, ``令和元年5月1日``, ``㍻`` (NFKC gives 平成),
kanji numerals (``昭和六十年四月一日``). Eras: 明治 1868, 大正 1912-07-30, 昭和 1926-12-25,
平成 1989-01-08, 令和 2019-05-01; a date outside its era, impossible or in the future is rejected.
One-kanji era abbreviations (``平26.11.26``, ``昭11.8.18``) read like the letters (``H26.11.26``); exports
write ``19900101``; a year in two digits after an apostrophe (``'85年3月2日``, ``’92/11/5``), or without it in a
dotted or slashed date (``35.8.14``, ``90/07/20``), is the latest such year not in the future.

Birth context (JAPANESE_PII.md: a birth date needs context, a meeting date is not personal):

* a birth word before the date on the same line, or alone on the line above (``生年月日⏎1990年1月1日``),
  never across a line break into another labelled field (``使用開始希望日：2024年9月9日⏎生年月日：…``);
  生 / 生まれ / の生まれ right after it on the same line, a weekday between or not (``1984年6月16日（土）生``;
  but not ``生年月日``, the next field's label), also after a place (``大正9年3月2日、熊本県生まれ``);
* a table column whose header is 生年月日 / 誕生日 (TSV, CSV, markdown, aligned columns; ``_table``, also when a
  paste broke a row over two lines); 生 alone before it (``（妻）　生 1971/2/21``);
* a household line: a relation label, a name (and an address), then the date (``世帯主：山田太郎　1959.10.19``,
  ``子：山田花子 2016/3/20``, ``対象児童：氏名 2018年6月19日``), or a record's subject and the name
  (``対象者　丸山　陽菜　平成14年1月7日``);
* a date in brackets right after an honorific (``松本直子様（昭11.8.18）``), or after a PERSON finding; a date
  ``PERSON_AGE`` years old or more after a PERSON finding and a separator, its reading in brackets or the person's
  address between or not, where the date ends its field and the line names no other event (受付, 入社, 故, 当選 …):
  ``望月　真理子　昭和34年1月13日``, ``ｸﾎﾞﾀ ｵｻﾑ ／ 令和元年6月19日``,
  ``・孫（代襲） 岡本 修　つくば市新町１丁目２７番１３号　1988/3/7``;
* the answer on the line after a question for it (``李：生年月日をお願いします。⏎髙橋：1993年5月22日です``);
* a biography's first line: the date after the reading or spelling in brackets and before `` - ``
  (``森拓也（もりたくや、1972年1月20日 - ）``), or alone in brackets left open (``（1972年1月20日 - ）``);
* a compact date right after a birth label, as core systems store it: ``生年月日：300723`` (YYMMDD), ``3331215``
  (an era's digit, 3 = 昭和, then YYMMDD); a program's message that names the birth field after the value
  (``invalid date '1960/07/22' for field 'seinengappi'``);
* a record's whole field value (``"c3": "S24.03.24"``, a CSV, TSV or fixed-width cell) ``RECORD_AGE`` years old
  or more, whatever its field is called, unless the field names another date (``created``, 受付日), when a PERSON
  finding stands in the same record (``RECORD_REACH``, no blank line between): the dates a system keeps of a
  person that far back are their birth dates (a town's history or a facility list holds no person).
"""

from __future__ import annotations

import re
from datetime import date

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._table import WIDE_GAP, in_named_column

ERAS: dict[str, tuple[date, date]] = {
    "明治": (date(1868, 1, 1), date(1912, 7, 30)),
    "大正": (date(1912, 7, 30), date(1926, 12, 25)),
    "昭和": (date(1926, 12, 25), date(1989, 1, 8)),
    "平成": (date(1989, 1, 8), date(2019, 5, 1)),
    "令和": (date(2019, 5, 1), date.max),
}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_LETTERS |= {era[0]: era for era in ERAS}  # 明 大 昭 平 令
_N = "(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
_APOSTROPHE = "(?:(?<=['’‘`´])|(?<=['’‘`´] ))"  # before a year in two digits, a space after it or not
_ERA = "(?P<era>明治|大正|昭和|平成|令和|[MTSHRmtshr明大昭平令])"
# the year in two digits without the apostrophe (生年月日：35.8.14, ﾜﾀﾅﾍﾞ ｹﾝﾀ（78.6.15生）, 隆（90/07/20）), not a
# version or an address (3.11.2, 10.0.0.1): still only with birth context
_TWO_DIGIT_YEAR = re.compile(
    "(?<![0-9A-Za-z./-])(?P<y>[0-9]{2})(?P<s>[./])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9./])"
    r"(?=[ \t]*(?:生|[)）,|、。]|と|です|\s|$))")
_PATTERNS = (
    re.compile(f"{_ERA}\\s?(?P<y>{_N}|元)\\s?年\\s?(?P<m>{_N})\\s?月\\s?(?P<d>{_N})\\s?日"),
    re.compile(
        f"(?<![A-Za-z0-9]){_ERA} ?(?P<y>[0-9]{{1,2}}) ?(?P<s>[./-]) ?(?P<m>[0-9]{{1,2}}) ?(?P=s) ?"
        f"(?P<d>[0-9]{{1,2}})(?![0-9])"
    ),
    # the year's digits may be spaced to dodge a pattern (1 9 8 5 年), the separators too (1985 / 4 / 3)
    re.compile(f"(?<![0-9])(?P<y>[0-9](?: ?[0-9]){{3}})\\s?年\\s?(?P<m>{_N})\\s?月\\s?(?P<d>{_N})\\s?日"),
    re.compile("(?<![0-9])(?P<y>[0-9]{4}) ?(?P<s>[./-]) ?(?P<m>[0-9]{1,2}) ?(?P=s) ?(?P<d>[0-9]{1,2})(?![0-9])"),
    # the year in two digits after an apostrophe ('85年3月2日, ’92/11/5): the latest century not in the future
    re.compile(f"{_APOSTROPHE}(?P<y>[0-9]{{2}})\\s?年\\s?(?P<m>{_N})\\s?月\\s?(?P<d>{_N})\\s?日"),
    re.compile(f"{_APOSTROPHE}(?P<y>[0-9]{{2}})(?P<s>[./-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})(?![0-9])"),
    _TWO_DIGIT_YEAR,
    # compact 19590101, as spreadsheets and system exports write it (still only with birth context)
    re.compile("(?<![0-9A-Za-z])(?P<y>(?:18|19|20)[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>[0-3][0-9])(?![0-9A-Za-z])"),
)
# compact, as core systems store it, only right after a birth label: 300723 (YYMMDD), 3331215 and 4300703 (an era's
# digit, 1 明治 to 5 令和, then YYMMDD)
_COMPACT_CODED = re.compile(
    r"(?<![0-9A-Za-z])(?P<g>[1-5])?(?P<y>[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>[0-3][0-9])(?![0-9A-Za-z])")
_CODED_ERAS = "明大昭平令"
_LABEL_RIGHT_BEFORE = re.compile(r"(?:生年月日|誕生日|birth ?date|DOB)[ \t]*[:：]?[ \t]*$", re.IGNORECASE)
# a program's message naming the birth field after the value: invalid date '1960/07/22' for field 'seinengappi'
_FIELD_AFTER = re.compile(
    r"""["']?[ \t]*(?:for|in|of)?[ \t]*(?i:field|column|key|param(?:eter)?)[ \t]*[:=]?[ \t]*["']?"""
    r"(?i:seinen_?gappi|birth_?(?:date|day)?|date_?of_?birth|dob|生年月日|誕生日)"
)
_BEFORE = re.compile(r"生年月日|誕生日|生誕|出生(?![数率])|生まれ|birth|\bborn\b|DOB|D\.O\.B", re.IGNORECASE)
_HEADER = re.compile(r"生年月日|誕生日|birth|DOB", re.IGNORECASE)
# same line only; 生 but not 生年月日 or 生活 (a kanji after it makes another word)
# an age right after a date makes it the birth date: 1959.10.19（65歳）, 2016/3/20 満8歳
_AFTER = re.compile(
    r"[ \t]?\)?[ \t]?(?:[のに]?生まれ|[のに]?うまれ|生(?![\u4e00-\u9fff])|に?出生|に?誕生)"
    r"|[ \t]?\([月火水木金土日]\)[ \t]?(?:生まれ|生(?![\u4e00-\u9fff\u3041-\u3096]))"  # （土）生, not （土）生ごみ
    r"|[ \t]?[、,][ \t]?[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10}[にで]?生まれ"  # 大正9年3月2日、熊本県生まれ
    r"|[ \t]*[(,、]?[ \t]*(?:満|年齢[: ]?)?[0-9]{1,3}[ \t]?(?:歳|才)(?=[)\s、。,/]|$)"  # not 10歳児健診, 65歳以上
)
# a date in brackets right after a name is a birth date: 山本健一(2001/4/29), 田中様(S52/4/20)
_HONORIFIC = "(?:様|さん|氏|殿|くん|ちゃん)"
_AFTER_NAME = re.compile(f"\\s?{_HONORIFIC}?\\s?\\($")
_AFTER_HONORIFIC = re.compile(f"{_HONORIFIC}[ \t]?\\($")
_RELATION = (
    "世帯主|本人|配偶者|妻|夫|[長次二三四五]?[男女]|子ども|子供|子|実?[父母]|義[父母]|祖[父母]|孫|[兄弟姉妹]|"
    "同居人|世帯員|被扶養者|対象児童|児童"
)
# whom a case record is about: a date right after the name is theirs, as on a household line
_SUBJECT = "対象者|被保険者|受給者|利用者|相談者|入所者|申請者氏名|対象者氏名"
# a name: kanji, kana (長男　ふじさわ あおい), Latin letters, not a date label (死亡日, 来庁時)
_NAME_PART = r"[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc・A-Za-z]{1,10}(?<![日時])"
# a household line up to the date: relation label, then ':' or a space, optional name (with its reading in
# brackets) and honorific; 本人確認 2024/4/1 is not one (no separator after the label)
_NAME = rf"{_NAME_PART}(?:[ \t]{_NAME_PART})?"
_AGE = r"(?:[0-9]{1,3}[ \t]?[歳才][ \t,、]*)?"  # 長男 一郎 8歳 2016/3/20
_HOUSEHOLD = re.compile(
    rf"[ \t・*-]*(?:[0-9]{{1,2}}[.)][ \t]*)?(?:世帯主の)?(?:{_RELATION})[0-9]{{0,2}}(?:の?氏名|名)?"
    rf"(?:[ \t]*[:)・]|[ \t])[ \t]*"
    rf"(?:{_NAME}(?:[ \t]?\([^()\n]{{1,20}}\))?[ \t]*{_HONORIFIC}?[ \t,、]*)?{_AGE}\(?[ \t]*"
    # or the person a record is about, always with the name: 対象者　丸山　陽菜　平成14年1月7日
    rf"|[ \t・*-]*(?:{_SUBJECT})[ \t]*[:：]?[ \t]*(?:{_NAME}|[\u3041-\u3096]{{2,10}})"
    rf"(?:[ \t]?\([^()\n]{{1,20}}\))?[ \t]*{_HONORIFIC}?[ \t,、]*\(?"
    # or the name first and the relation in brackets: 山田花子（妻） 1962/3/3, 山田一郎（長男、2016/3/20）
    rf"|[ \t・*-]*{_NAME}[ \t]*{_HONORIFIC}?\((?:世帯主の)?(?:{_RELATION})(?:\)[ \t,、]*{_AGE}|[ \t]*[,、][ \t]*)"
)
# 生 alone before the date, as a clerk abbreviates 生年月日 on a transcribed form: 森結衣（妻） 生 1932/1/25
_BORN_LABEL = re.compile(r"(?:^|(?<=[\s)]))生[ \t]*[:：]?[ \t]*$")
BEFORE_WINDOW = 15
SCORE = 0.85
RECORD_AGE = 18  # years: a system's record of a person holds no other dates that old but their birth
RECORD = 0.35  # a record's old date: raised to SCORE only with a PERSON finding in the same record
RECORD_REACH = 300
_LINE_REACH = 300  # characters of the date's line looked at on either side
_FIELD_VALUE = re.compile(
    r"""(?:["'](?P<quoted>[^"'\n]{1,40})["']|(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{0,40}))[ \t]*(?:[:=]|=>)[ \t]*["']?$""")
_VALUE_END = re.compile(r"""["']?[ \t]*(?:[,}\]]|$)""")
_CELL_START = re.compile(r"""(?:[,\t|]|[ \u3000]{2})[ \t]*["']?$""")
_CELL_END = re.compile(r"""["']?[ \t]*(?:[,\t|]|[ \u3000]{2}|$)""")
_OTHER_DATE = re.compile(r"(?i:creat|updat|modif|regist|receiv|issue|expir|start|end|from|to$|since|until|apply|"
                         r"appl|paid|pay|sent|due|valid|shinsei|uketsuke|toroku|kofu|hakko|kigen|ukeire|nyukyo)")
_OTHER_DATE_COLUMN = re.compile(r"受付|申請|登録|交付|発行|更新|作成|期限|有効|開始|終了|入居|転入|転出|支払|納付|"
                                r"(?i:creat|updat|regist|receiv|issue|expir|start|end|date_of_app)")
BRACKETED = 0.3  # a bracketed date without birth words: raised to SCORE only right after a PERSON
AFTER_FIELD = 0.32  # a date after a field's separator: raised to SCORE only right after a PERSON, PERSON_AGE years old
AFTER_FIELD_OR_ADDRESS = 0.33  # both: a date after a separator that ends its line
PERSON_AGE = 10
# what makes a date on a record's line another date's: the visit, a move, a contract, a death, a post (受付簿 佐藤 健
# 2022/11/05 住民票, 故 山田太郎 2023年1月5日, 2021年4月1日入社)
_OTHER_EVENT = re.compile(r"受付|来庁|来所|訪問|申請|届|交付|発行|更新|登録|契約|提出|報告|入居|転入|転出|入社|"
                          r"入庁|退職|就任|当選|死亡|逝去|(?<![事縁])故(?!障)|予定|期限|締切|実施|開催|完了|証明|住民票|"
                          r"(?i:\bdate\b|\bvisit)")
# a person's role before the name says who they are, not what happened on the date (申請者, 届出人, 契約者, 登録者)
_ROLE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:者|人)")
_DIGIT = re.compile("[0-9]")
# after the date: its line's end, the next field after a separator or a space, an age in brackets (not a word glued on:
# 2021年4月1日入社)
_FIELD_END = re.compile(r"[ \t]*(?:$|[/|,、][ \t]*\S|\([0-9]{1,3}歳?\))|[ \t]+\S", re.MULTILINE)
# what stands between a person's name and their birth date on a record's line: a reading or a role in brackets, an
# honorific, a separator (望月　真理子　昭和34年1月13日, ｸﾎﾞﾀ ｵｻﾑ ／ 令和元年6月19日, 対象: ﾀｶﾊｼ ﾀｶﾕｷ / 令和元年…)
_NAME_TO_DATE = re.compile(rf"(?:[ \t]?\([^()\n]{{1,20}}\))?[ \t]*{_HONORIFIC}?[ \t]*(?:[/|,、][ \t]*)?")
_SEPARATOR_BEFORE = re.compile(r"(?:[ \t]|[/|,、][ \t]*)$")
# an answer on the line after a question for the birth date (李：生年月日をお願いします。⏎髙橋：1993年5月22日です,
# 生年月日も念のため。⏎相談者：…, お父さんの生年月日は分かりますか。⏎通報者：あ、えー、…), maybe after a filler
_ASKED = re.compile(r"(?:生年月日|誕生日|お生まれ)[^\n]{0,14}(?:お願い|教えて|念のため|伺|か[。?？]|[?？])[^\n]{0,12}\n"
                    r"[^\n:：]{0,8}[:：][ \t]*"
                    r"(?:(?:あっ?|えー?|ええと?|えっと|えーと|はい|うん|うーん|んー|あの[うー]?|その[ー]?)"
                    r"[、,…]*[ \t]*){0,3}$")
AFTER_ADDRESS = 0.34  # a date ending its line: raised to SCORE only after the address of a household line's person
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_KANJI = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def kanji_number(text: str) -> int:
    """Value of ASCII digits, 元 (= 1) or kanji numerals up to 九十九 (六十 = 60, 二十一 = 21)."""
    if text.isascii():
        return int(text)
    if text == "元":
        return 1
    if "十" not in text:
        return int("".join(str(_KANJI[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_KANJI[tens] if tens else 1) * 10 + (_KANJI[ones] if ones else 0)


def to_date(era: str | None, year: str, month: str, day: str, today: date) -> date | None:
    """The validated Gregorian date, or None when impossible, outside its era or in the future."""
    try:
        y, m, d = kanji_number(year), kanji_number(month), kanji_number(day)
        if era is None:
            if len(year) == 2:  # '85: 1985, '05: 2005
                y += 2000 if 2000 + y <= today.year else 1900
            found = date(y, m, d)
            lowest = ERAS["明治"][0]
        else:
            start, end = ERAS[_ERA_LETTERS.get(era.upper(), era)]
            found = date(start.year + y - 1, m, d)
            if found >= end:
                return None
            lowest = start
    except (KeyError, ValueError):
        return None
    return found if lowest <= found <= today else None


# a biography's first line: 森拓也（もりたくや、1972年1月20日 - ）, Maria Santos（Maria Santos、昭和55年1月28日 - …）
# the first date in the brackets after a name's reading or spelling, or the only one when the bracket stays open
_LEAD_BEFORE = re.compile(r"\([^()\n]{1,40}[、,][ \t]?$")
_LEAD_AFTER = re.compile(r"[ \t]?[-〜~][ \t]?")
_LEAD_OPEN = re.compile(r"[ \t]?[-〜~][ \t]?\)")


def _biography_lead(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _LEAD_BEFORE.search(text, max(line_start, start - 42), start):
        return _LEAD_AFTER.match(text, end) is not None
    return text[start - 1 : start] == "(" and _LEAD_OPEN.match(text, end) is not None


def _birth_word_before(text: str, start: int) -> bool:
    """A birth word within BEFORE_WINDOW on the date's line, or above it when the line has no label of its own."""
    window_start = max(0, start - BEFORE_WINDOW)
    line_start = text.rfind("\n", window_start, start) + 1
    if line_start and text[line_start:start].strip(" \t\r:・*-"):
        window_start = line_start  # the date's line has its own label: the line above is another field
    return _BEFORE.search(text, window_start, start) is not None


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` begins and ends, ``_LINE_REACH`` characters from it at most on either
    side: a line of thousands of records is read around the value only."""
    low = max(0, start - _LINE_REACH)
    line_end = text.find("\n", end, end + _LINE_REACH)
    return max(text.rfind("\n", low, start) + 1, low), min(len(text), end + _LINE_REACH) if line_end < 0 else line_end


def _record_birth(text: str, start: int, end: int, born: date, today: date) -> bool:
    """A date ``RECORD_AGE`` years old or more that is a whole field value of a record (see the module docstring)."""
    if today.year - born.year < RECORD_AGE:
        return False
    line_start, line_end = _line_around(text, start, end)
    line = text[line_start:line_end]
    before, after = text[max(line_start, start - 48) : start], text[end:line_end]
    field = _FIELD_VALUE.search(before)
    if field is not None:
        key = field.group("quoted") or field.group("key")
        return (_VALUE_END.match(after) is not None and not _OTHER_DATE.search(key)
                and not _OTHER_DATE_COLUMN.search(key))
    head = text[line_start:start]
    is_row = max(line.count(","), line.count("\t"), line.count("|")) >= 2 or WIDE_GAP.search(line) is not None
    return (is_row and (not head.strip(" \t\u3000\"'") or _CELL_START.search(head[-8:]) is not None)
            and _CELL_END.match(after) is not None and not in_named_column(text, start, end, _OTHER_DATE_COLUMN))


def _coded(text: str, today: date) -> list[tuple[int, int]]:
    """Compact dates a system stores (``_COMPACT_CODED``) right after a birth label, when they read as a date."""
    found = []
    for m in _COMPACT_CODED.finditer(text):
        if not _LABEL_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m["g"] is not None:
            born = to_date(_CODED_ERAS[int(m["g"]) - 1], m["y"], m["m"], m["d"], today)
        else:  # YYMMDD: the latest century that makes it a past date
            born = to_date(None, f"{today.year // 100}{m['y']}", m["m"], m["d"], today) or to_date(
                None, f"{today.year // 100 - 1}{m['y']}", m["m"], m["d"], today)
        if born is not None:
            found.append(m.span())
    return found


def _same_record(text: str, date_found: RecognizerResult, person: RecognizerResult) -> bool:
    """The PERSON finding is near the date with no blank line between (one JSON object, one row or block)."""
    low, high = min(date_found.start, person.start), max(date_found.end, person.end)
    return high - low <= RECORD_REACH and "\n\n" not in text[low:high]


# a person's address labelled on its line: 住所：…, 選挙人の住所：…, 申請者住所 …
_PERSONS_ADDRESS_LABEL = re.compile(r"(?:^[ \t]*|(?:者|人|主)の?)(?:現住所|住所|居所)[ \t]*[:：]?[ \t]*$")


def _after_persons_address(text: str, result: RecognizerResult, address: RecognizerResult) -> bool:
    """The bracketed date follows right after a person's labelled address (選挙人の住所：…（1933年1月13日）): theirs."""
    if text[address.end : result.start] != "(":
        return False
    line_start = text.rfind("\n", 0, address.start) + 1
    return _PERSONS_ADDRESS_LABEL.search(text, line_start, address.start) is not None


def _score(text: str, start: int, end: int) -> float:
    """SCORE with birth context, BRACKETED for a bare bracketed date, 0 otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if (
        _birth_word_before(text, start)
        or _AFTER.match(text, end)
        or _HOUSEHOLD.fullmatch(text, line_start, start)
        or _AFTER_HONORIFIC.search(text, max(line_start, start - 4), start)
        or in_named_column(text, start, end, _HEADER)
        or _biography_lead(text, start, end)
        or _BORN_LABEL.search(text, max(line_start, start - 4), start)
        or _FIELD_AFTER.match(text, end)
        or _ASKED.search(text, max(0, start - 80), start)
    ):
        return SCORE
    if text[end : end + 1] == ")" and text[start - 1 : start] == "(":
        return BRACKETED
    if text[start - 1 : start].isspace() and _LINE_END.match(text, end):
        return AFTER_ADDRESS
    return 0.0


def _record_field(text: str, start: int, end: int) -> bool:
    """The date ends its field on a record's line that names no other event (see ``_OTHER_EVENT``), nor does the
    heading above it."""
    line_start, line_end = _line_around(text, start, end)
    line = text[line_start:line_end]
    above_end = max(0, line_start - 1)
    above = text[_line_around(text, above_end, above_end)[0] : above_end]
    heading = "" if _DIGIT.search(above) else above  # a heading over the record names its date too (訪問日⏎…)
    tabular = "\t" in line or "|" in line or line.count(",") >= 2  # a column's header may name another date
    return (_FIELD_END.match(text, end) is not None and _OTHER_EVENT.search(_ROLE.sub("", line + heading)) is None
            and not (tabular and in_named_column(text, start, end, _OTHER_DATE_COLUMN)))


def _after_person(text: str, address: RecognizerResult, person_ends: list[int]) -> bool:
    """The address follows a PERSON finding on its line, a separator between (孫（代襲） 岡本 修　つくば市…)."""
    return any(0 < address.start - end <= 30 and _NAME_TO_DATE.fullmatch(text, end, address.start)
               for end in person_ends)


def _after_household_address(text: str, date_found: RecognizerResult, address: RecognizerResult) -> bool:
    """The date follows an address that follows a household line's relation and name, across the line break a
    long address wraps at: ・長男 渡邊光　茨城県つくば市林町3-4-8⏎ハイツ 503号室　1981/10/5. On such a line without
    a label the date is taken for the birth date (a move-in date written there is masked too), unless its column
    names another date (受付日)."""
    if not (0 < date_found.start - address.end <= 4 and text[address.end : date_found.start].isspace()):
        return False
    if in_named_column(text, date_found.start, date_found.end, _OTHER_DATE_COLUMN):
        return False  # 続柄 氏名 住所 受付日: the date of the column
    line_start = text.rfind("\n", 0, address.start) + 1
    return _HOUSEHOLD.fullmatch(text, line_start, address.start) is not None


class BirthDateRecognizer(EntityRecognizer):
    """BIRTH_DATE: a valid date with 生年月日 / 誕生日 / 出生 before it or 生 / 生まれ right after it."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Entity.BIRTH_DATE.value], supported_language="ja", name="JaBirthDateRecognizer"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every valid date in birth context."""
        today = date.today()
        results: list[RecognizerResult] = []
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                era = m.groupdict().get("era")
                born = to_date(era, m["y"].replace(" ", ""), m["m"], m["d"], today)
                if born is None:
                    continue
                # a dotted two-digit year is no record's old date: 02.04.01 is as often 令和2年 written short
                dotted_short = pattern is _TWO_DIGIT_YEAR and m["s"] == "."
                score = _score(text, m.start(), m.end()) or (
                    RECORD if not dotted_short and _record_birth(text, m.start(), m.end(), born, today) else 0.0)
                if score in (0.0, AFTER_ADDRESS) and today.year - born.year >= PERSON_AGE and (
                        _SEPARATOR_BEFORE.search(text, max(0, m.start() - 4), m.start())) and _record_field(
                        text, m.start(), m.end()):
                    score = AFTER_FIELD_OR_ADDRESS if score else AFTER_FIELD
                if score:
                    results.append(RecognizerResult(Entity.BIRTH_DATE.value, m.start(), m.end(), score))
        results += [RecognizerResult(Entity.BIRTH_DATE.value, s, e, SCORE) for s, e in _coded(text, today)]
        return results

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise a bracketed date or a date after a field's separator that directly follows a PERSON finding (or a
        bracketed date after a person's labelled address), a record's
        old date with a PERSON finding in the same record, and a date after a household line's address (presidio's
        recognizer-level hook)."""
        persons = [r for r in other_raw_recognizer_results if r.entity_type == Entity.PERSON.value and r.score >= 0.5]
        addresses = [r for r in other_raw_recognizer_results if r.entity_type == Entity.ADDRESS.value]
        person_ends = [r.end for r in persons]
        for result in raw_recognizer_results:
            if result.score == RECORD and any(_same_record(text, result, person) for person in persons):
                result.score = SCORE
            if result.score in (AFTER_ADDRESS, AFTER_FIELD_OR_ADDRESS) and any(
                    _after_household_address(text, result, a) for a in addresses):
                result.score = SCORE
            if result.score in (AFTER_FIELD, AFTER_FIELD_OR_ADDRESS) and any(
                    0 < result.start - end <= 30 and _NAME_TO_DATE.fullmatch(text, end, result.start)
                    for end in person_ends + [a.end for a in addresses if _after_person(text, a, person_ends)]):
                result.score = SCORE
            if result.score == BRACKETED and (any(
                0 < result.start - end <= 5 and _AFTER_NAME.fullmatch(text, end, result.start) for end in person_ends
            ) or any(_after_persons_address(text, result, a) for a in addresses)):
                result.score = SCORE
        return raw_recognizer_results
