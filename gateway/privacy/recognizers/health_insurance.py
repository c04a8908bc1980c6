"""健康保険: the 保険者番号 (insurer number) and the 記号・番号 (the insured person's symbol and number).

JAPANESE_PII.md, Identifiers, 健康保険: a 保険者番号 has 8 digits (国保: 6) and its last digit is a Luhn
check digit (``stdnum.luhn``); 記号・番号 are free-form and found through their labels (記号, 番号, 枝番,
被保険者番号) next to an insurance word; like the 住民票コード they fall under 告知要求 restrictions
(JAPANESE_PII.md, What the law asks).

How a card's 記号・番号 are written varies from city to city: ``記号 12 番号 345``, ``記号：AB12 番号：345``,
``記号・番号 1234・567``, ``被保険者証の記号番号 1234-567``, ``枝番 01``, kanji 記号 such as ``愛知 1234``.
Labelled values that follow each other (``記号 12、番号 345、枝番 01``) form one record and share its
context, and the insurance word that makes a 記号 a card's 記号 often stands sentences away (``保険証を
なくしました。…記号 12、番号 345``), so a record with a 記号 or 被保険者番号 label also takes an insurance
word from further back, unless a word of another family that uses the same labels
(ゆうちょ 記号・番号, 口座; 文書記号) stands closer.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import luhn

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import _pattern
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_WEAK, context_word
from gateway.privacy.recognizers._pattern import JaPatternRecognizer, cell, digits, digits_only, labelled
from gateway.privacy.recognizers.other_kind import named_other_kind

INSURER_CONTEXT = ["保険者番号", "保険者", "保険証", "国保"]
INSURED_CONTEXT = ["保険", "国保", "健保", "資格確認書", "資格情報", "協会けんぽ", "共済", "組合員証", "後期高齢"]
# Families that use the same 記号 / 番号 labels: the nearer word decides (bank_account.py, ゆうちょ).
OTHER_CONTEXT = ["口座", "ゆうちょ", "貯金", "預金", "銀行", "振替", "文書"]
LOOKBACK = 120  # characters before a record searched for a distant insurance word
LOOKAHEAD = 40  # characters after a record, within its sentence

# Not inside a compound word (受付番号, 文書記号): no kanji or katakana right before a label, except 証 / 者
# for 記号 (保険証記号, 被保険者記号) and 証 for 番号 (保険証番号).
_FREE = r"(?<![\p{Han}\p{Katakana}ー])"
_SYMBOL = rf"(?:{_FREE}|(?<=[証者]))記号(?:(?:[・/]|及び|および|と)?番号(?:[・/]枝番号?)?)?"
_INSURED = r"(?:被保険者証?|保険証|資格確認書)の?番号"
_BRANCH = rf"(?:{_FREE}|(?<=証))枝番号?"
_PLAIN = rf"(?:{_FREE}|(?<=証))番号"
_SEPARATOR = r"\s*(?:\([^()\n]{1,8}\)\s*)?(?:[)\]」』]\s*)?(?:[:=はが]\s*)?"  # 被保険者番号(後期): …
# One value: letters, digits and '-', with at least one digit, its digit groups maybe spaced (1234 5678);
# up to three joined by ・ or / (記号・番号 1234・56). After 記号 it may start with a kanji or katakana name
# (愛知 1234, 東京12).
_VALUE = r"(?=[A-Za-z-]*[0-9])[0-9A-Za-z][0-9A-Za-z-]{0,15}(?:(?<=[0-9]) [0-9]{1,8}){0,3}(?![0-9A-Za-z-])"
_KANJI_SYMBOL = r"[\p{Han}\p{Katakana}ー]{1,4}\s?"
_LABELLED = (
    rf"(?:(?P<symbol>{_SYMBOL})|(?P<insured>{_INSURED})|{_BRANCH}|{_PLAIN}){_SEPARATOR}"
    rf"(?P<value>(?(symbol)(?:{_KANJI_SYMBOL})?){_VALUE}(?:\s?[・/]\s?{_VALUE}){{0,2}})"
)
_LABELLED_RE = regex.compile(_LABELLED)
# A question naming the 記号・番号 and the answer on the next line (``職員：被保険者証の記号-番号は。⏎市民：えっと、
# 6550-574です``, ``…記号番号をお願いします。⏎1234-5678``): the speaker's label and a filler, or the value opening the
# line (not 提出期限 2025/03/31, 内線 4321).
_ANSWERED_RE = regex.compile(
    rf"(?:{_SYMBOL}|{_INSURED})[^\n]{{0,24}}(?:[かは][。?？]?|[?？]|(?:お願い|ください|教えて)[^\n]{{0,8}})[ \t]*\r?\n"
    r"(?:[^\n:：]{0,12}[:：][^\n0-9]{0,12}?|[ \t]*(?:(?:えっと|えー|あの|はい|その|んー)[、,…]*[ \t]*)?)"
    r"(?P<value>[0-9]{1,8}(?:[-・ ][0-9]{1,8}){0,2})(?![0-9/:.])(?![ \t]?[桁件円人歳名枚回年月日時分])"
)
# What may stand between one labelled value and the next label of the same record.
_RECORD_GAP = regex.compile(r"[\s、,;/・()\[\]「」『』]*")
_SENTENCE_END = regex.compile(r"[。!?！？\n]")


# 後期高齢者医療 被保険者番号 labels, the short forms in case notes and shelter lists included (後期高齢 1234 5678)
_INSURED_LABELS = r"被保険者(?:証)?(?:の)?番号|後期高齢(?:者)?(?:医療)?(?:の)?(?:被保険者)?(?:証)?(?:の)?(?:番号)?"


class InsuredNumberRecognizer(JaPatternRecognizer):
    """被保険者番号 in any grouping right after its label (後期高齢者医療: 8 digits, no check digit)."""

    def __init__(self) -> None:
        super().__init__(
            Entity.HEALTH_INSURANCE,
            "InsuredNumberRecognizer",
            [
                Pattern("insured_number_labelled", labelled(_INSURED_LABELS, 8), SCORE_CONTEXT),
                Pattern("insured_number_cell", cell(8), 0.0),  # under a 後期高齢者医療被保険者番号 column
            ],
            INSURED_CONTEXT,
        )


class InsurerNumberRecognizer(JaPatternRecognizer):
    """保険者番号: 8 or 6 digits passing Luhn, weak alone, raised by 保険者番号 / 保険証 nearby."""

    def __init__(self) -> None:
        super().__init__(
            Entity.HEALTH_INSURANCE,
            "InsurerNumberRecognizer",
            [
                Pattern("insurer_number", digits(8), SCORE_WEAK),
                Pattern("insurer_number_kokuho", digits(6), SCORE_WEAK),
                Pattern("insurer_number_labelled", labelled("保険者番号", 8), SCORE_CONTEXT),
                Pattern("insurer_number_kokuho_labelled", labelled("保険者番号", 6), SCORE_CONTEXT),
                Pattern("insurer_number_cell", cell(8), 0.0),
            ],
            INSURER_CONTEXT,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """True when the last digit is the Luhn check digit (``stdnum.luhn``)."""
        return bool(luhn.is_valid(digits_only(pattern_text)))


class InsuredSymbolNumberRecognizer(JaPatternRecognizer):
    """被保険者 記号・番号・枝番: the values after those labels, reported only with an insurance word."""

    def __init__(self) -> None:
        super().__init__(
            Entity.HEALTH_INSURANCE,
            "InsuredSymbolNumberRecognizer",
            [Pattern("insured_symbol_number", _LABELLED, 0.0)],
            INSURED_CONTEXT,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Group the labelled values into records and report every value of a record with context."""
        results: list[RecognizerResult] = []
        for record in _records(self._matches(text)):
            # a plain 番号 that another kind's label names (このページの番号：FAQ-8915) is not a card's
            record = [m for m in record if m.group("symbol") or m.group("insured")
                      or not named_other_kind(text, m.start("value"))]
            word = self._record_context(text, record) if record else None
            if word is not None:
                results += [self._result(match, word) for match in record]
        for match in _pattern.find_all(_ANSWERED_RE, text, f"{self.name} answered"):
            if len(digits_only(match.group("value"))) < 4:
                continue  # not a count or a year (A. 令和6年…, 10桁です)
            line = text.rfind("\n", 0, match.start()) + 1  # the insurance word stands on the question's line
            word = _nearest(text[line : match.start("value")], self.context)
            if word is not None:
                results.append(self._result(match, word))
        return EntityRecognizer.remove_duplicates(results)

    def _matches(self, text: str) -> list[regex.Match[str]]:
        return _pattern.find_all(_LABELLED_RE, text, f"{self.name} insured_symbol_number")

    def _record_context(self, text: str, record: list[regex.Match[str]]) -> str | None:
        """The insurance word that makes ``record`` a card's 記号・番号, if any.

        Near any of its values (the shared window, ``_context.context_word``) for every record; for a
        record with a 記号 or 被保険者番号 label also up to ``LOOKBACK`` characters before it or after it
        in its sentence (``LOOKAHEAD``), when no word of another family stands closer.
        """
        for match in record:
            word = context_word(text, match.start("value"), match.end("value"), self.context)
            if word is not None:
                return word
        if not any(match.group("symbol") or match.group("insured") for match in record):
            return None
        start, end = record[0].start(), record[-1].end()
        before = text[max(0, start - LOOKBACK) : start]
        after = _SENTENCE_END.split(text[end : end + LOOKAHEAD], maxsplit=1)[0]
        return _nearest(before[::-1], self.context, reverse=True) or _nearest(after, self.context)

    def _result(self, match: regex.Match[str], word: str) -> RecognizerResult:
        start, end = match.span("value")
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=0.0,
            pattern_name="insured_symbol_number",
            textual_explanation="labelled 記号・番号 with an insurance word",
        )
        explanation.set_supportive_context_word(word)
        explanation.set_improved_score(SCORE_CONTEXT)
        return RecognizerResult(
            entity_type=Entity.HEALTH_INSURANCE.value,
            start=start,
            end=end,
            score=SCORE_CONTEXT,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


def _records(matches: list[regex.Match[str]]) -> list[list[regex.Match[str]]]:
    """Consecutive labelled values with only separators between them (``記号 12、番号 345``)."""
    records: list[list[regex.Match[str]]] = []
    for match in matches:
        if records and _RECORD_GAP.fullmatch(match.string, records[-1][-1].end(), match.start()):
            records[-1].append(match)
        else:
            records.append([match])
    return records


def _nearest(text: str, words: list[str], *, reverse: bool = False) -> str | None:
    """The insurance word among ``words`` that comes first in ``text``, unless another family's comes earlier.

    With ``reverse`` the text is read backwards (it was reversed by the caller), so words are too.
    """

    def first(candidates: list[str]) -> tuple[int, str] | None:
        hits = [(text.find(w[::-1] if reverse else w), w) for w in candidates]
        found = [hit for hit in hits if hit[0] >= 0]
        return min(found) if found else None

    insurance, other = first(words), first(OTHER_CONTEXT)
    if insurance is None or (other is not None and other[0] < insurance[0]):
        return None
    return insurance[1]


def recognizers() -> list[EntityRecognizer]:
    """The 健康保険 recognizers."""
    return [InsurerNumberRecognizer(), InsuredNumberRecognizer(), InsuredSymbolNumberRecognizer()]
