"""Birth dates (西暦 and 和暦), only with birth context: a meeting date is not personal information.

Formats and era boundaries from JAPANESE_PII.md (生年月日): ``1990年1月1日``, ``1990/01/01``,
``昭和60年4月1日``, ``S60.4.1``, ``H2/1/15``, ``R2.1.15``, ``令和元年5月1日``, ``㍻`` (NFKC gives 平成),
kanji numerals (``昭和六十年四月一日``). Eras: 明治 1868, 大正 1912-07-30, 昭和 1926-12-25,
平成 1989-01-08, 令和 2019-05-01; a date outside its era, impossible or in the future is rejected.
"""

from __future__ import annotations

import re
from datetime import date

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import Entity

ERAS: dict[str, tuple[date, date]] = {
    "明治": (date(1868, 1, 1), date(1912, 7, 30)),
    "大正": (date(1912, 7, 30), date(1926, 12, 25)),
    "昭和": (date(1926, 12, 25), date(1989, 1, 8)),
    "平成": (date(1989, 1, 8), date(2019, 5, 1)),
    "令和": (date(2019, 5, 1), date.max),
}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_N = "(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
_ERA = "(?P<era>明治|大正|昭和|平成|令和|[MTSHRmtshr])"
_PATTERNS = (
    re.compile(f"{_ERA}\\s?(?P<y>{_N}|元)\\s?年\\s?(?P<m>{_N})\\s?月\\s?(?P<d>{_N})\\s?日"),
    re.compile(
        f"(?<![A-Za-z0-9]){_ERA}(?P<y>[0-9]{{1,2}})(?P<s>[./-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})(?![0-9])"
    ),
    re.compile(f"(?<![0-9])(?P<y>[0-9]{{4}})\\s?年\\s?(?P<m>{_N})\\s?月\\s?(?P<d>{_N})\\s?日"),
    re.compile("(?<![0-9])(?P<y>[0-9]{4})(?P<s>[./-])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9])"),
)
_BEFORE = re.compile(r"生年月日|誕生日|生誕|出生|生まれ|birth|DOB|D\.O\.B", re.IGNORECASE)
_AFTER = re.compile(r"\s?\)?\s?(?:生まれ|うまれ|生|に?出生|に?誕生)")
# a date in brackets right after a name is a birth date: 山本健一(2001/4/29), 田中様(S52/4/20)
_AFTER_NAME = re.compile(r"\s?(?:様|さん|氏|殿|くん|ちゃん)?\s?\($")
BEFORE_WINDOW = 15
SCORE = 0.85
BRACKETED = 0.3  # a bracketed date without birth words: raised to SCORE only right after a PERSON
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
                if to_date(era, m["y"], m["m"], m["d"], today) is None:
                    continue
                if _BEFORE.search(text, max(0, m.start() - BEFORE_WINDOW), m.start()) or _AFTER.match(text, m.end()):
                    results.append(RecognizerResult(Entity.BIRTH_DATE.value, m.start(), m.end(), SCORE))
                elif text[m.end() : m.end() + 1] == ")" and text[m.start() - 1 : m.start()] == "(":
                    results.append(RecognizerResult(Entity.BIRTH_DATE.value, m.start(), m.end(), BRACKETED))
        return results

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise a bracketed date that directly follows a PERSON finding (presidio's recognizer-level hook)."""
        person_ends = [r.end for r in other_raw_recognizer_results if r.entity_type == Entity.PERSON.value]
        for result in raw_recognizer_results:
            if result.score == BRACKETED and any(
                0 < result.start - end <= 5 and _AFTER_NAME.fullmatch(text, end, result.start) for end in person_ends
            ):
                result.score = SCORE
        return raw_recognizer_results
