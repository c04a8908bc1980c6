"""The pattern recognizer base shared by the structured-identifier families, and its regex fragments.

The analyzer hands every recognizer a normalized copy of the text (ASCII digits, '-' for every dash
look-alike between digits; JAPANESE_PII.md, Text traps), so the patterns use ``[0-9]`` and '-', but they
still allow single spaces and line breaks between digit groups, and they never rely on ``\\b``, which does
not fire between a kanji and a digit: the look-arounds below do that job.
"""

from __future__ import annotations

from typing import ClassVar, cast

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.entities import DetectionError, Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, raise_with_context

REGEX_TIMEOUT_SECONDS = 2.0

# Not inside a longer token: no letter or digit, nor a digit followed by a separator ("03-", "1.",
# "12,", "2024/", "14:"), right before the match.
LEFT_EDGE = r"(?<![0-9A-Za-z_])(?<![0-9][-.,/:])"
# The same right after the match, and not an amount ("1234567円", "1234万").
RIGHT_EDGE = r"(?![0-9A-Za-z_])(?![-.,/:][0-9])(?!\s?[円万億])"


def digits(*sizes: int, plain: bool = True) -> str:
    """Regex for digit groups of ``sizes``: run together (if ``plain``), joined by '-', or by single spaces.

    The spaced form (a space or a line break, maybe after '-' or before an indent, between groups) must not
    continue into another space-separated digit group, so ``1234 5678 9012 3456`` is not read as a 12-digit
    number.
    A family with one group of six or more digits (住民票コード 11, 保険者番号 8, 口座番号 7) has no
    fixed grouping, so any grouping is read: one '-', space or line break between any two digits
    (``1234-5678-901``), again not continuing into another digit group.
    """
    groups = [f"[0-9]{{{size}}}" for size in sizes]
    forms = [f"[0-9]{{{sum(sizes)}}}"] if plain else []
    if len(sizes) > 1:
        forms.append("-".join(groups))
        forms.append(r"(?<![0-9] )" + r"(?: |-?\r?\n *)".join(groups) + r"(?! [0-9])")
    elif sizes[0] >= 6:
        return f"(?:{LEFT_EDGE}(?:{'|'.join(forms)}){RIGHT_EDGE}|{regrouped(sizes[0])})"
    return f"{LEFT_EDGE}(?:{'|'.join(forms)}){RIGHT_EDGE}"


def regrouped(count: int) -> str:
    """Regex for ``count`` digits in any grouping: one '-' or space, or a line break (after a '-', before an
    indent), between any two digits.

    For a pattern that only context may report (score 0): a number whose groups were split in an unusual
    place (``8228 6937 9409``, ``3792-431920 06863``) is still the number its label names.
    """
    return rf"{LEFT_EDGE}(?<![0-9][ \n])[0-9](?:(?:-?\r?\n *|[- ])?[0-9]){{{count - 1}}}(?![ \n-][0-9]){RIGHT_EDGE}"


def digits_only(text: str) -> str:
    """The ASCII digits of ``text``, separators dropped."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


class JaPatternRecognizer(PatternRecognizer):
    """A presidio pattern recognizer for normalized Japanese text.

    Differences from presidio's own loop:

    * a pattern with a named group ``value`` reports only that group (``〒123-4567`` → ``123-4567``,
      ``password=…`` → the value);
    * a pattern's score is the score without context; a pattern scored 0 is reported only with a
      context word in the window (``_context.context_word``), which raises any match to ``context_score``
      (``SCORE_CONTEXT`` unless a family must outscore another that shares its labels);
    * ``validate_result`` returning True keeps the pattern's score (it does not jump to 1.0), False drops
      the match, except in a family with ``keep_invalid_with_context`` where context still reports it;
    * a regex that times out fails the whole detection (``DetectionError``) instead of being skipped.
    """

    keep_invalid_with_context: ClassVar[bool] = False
    context_score: ClassVar[float] = SCORE_CONTEXT
    name: str
    patterns: list[Pattern]

    def __init__(self, entity: Entity, name: str, patterns: list[Pattern], context: list[str]) -> None:
        super().__init__(
            supported_entity=entity.value,
            name=name,
            supported_language="ja",
            patterns=patterns,
            context=context,
            global_regex_flags=0,
        )
        self._compiled = {pattern.regex: regex.compile(pattern.regex) for pattern in patterns}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern on ``text`` and score the matches; ``nlp_artifacts`` is not needed."""
        flags = (self.global_regex_flags or 0) if regex_flags is None else regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            compiled = self._compiled.get(pattern.regex) if not flags else None
            compiled = compiled or regex.compile(pattern.regex, flags)
            try:
                matches = list(compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS))
            except TimeoutError as exc:
                raise DetectionError(f"{self.name}: pattern {pattern.name} timed out") from exc
            for match in matches:
                result = self._candidate(text, match, pattern, flags)
                if result is not None:
                    results.append(result)
        raise_with_context(text, results, self.context, self.context_score)
        return EntityRecognizer.remove_duplicates(results)

    def _candidate(self, text: str, match: regex.Match[str], pattern: Pattern, flags: int) -> RecognizerResult | None:
        """The result for one match before context, with score 0 where only context may report it."""
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        if start >= end or self.invalidate_result(text[start:end]):
            return None
        valid = self.validate_result(text[start:end])
        if valid is False and not self.keep_invalid_with_context:
            return None
        score = 0.0 if valid is False else pattern.score
        # presidio annotates validation_result as bool but documents None as "not validated"
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, score, cast(bool, valid), flags
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
