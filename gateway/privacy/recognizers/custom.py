"""City-defined recognizers and the deny-list from rules/pii.yaml, applied to the normalized text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.pii_rules import CustomRule

# the value after a context word when a rule has no pattern: ケース番号: A-123, 宛名番号は0012345678
_VALUE_AFTER = re.compile(r"[\s:：は]*(?P<value>[0-9A-Za-z][0-9A-Za-z-]{0,39})(?![0-9A-Za-z])")


def _spaced(value: str) -> str:
    """A regex for a normalized value that also matches it with spaces between the characters."""
    return r"\s*".join(re.escape(c) for c in value)


class CustomRecognizer(EntityRecognizer):
    """One ``custom`` rule: see CustomRule for what patterns and context words do."""

    def __init__(self, rule: CustomRule) -> None:
        super().__init__(supported_entities=[rule.entity], supported_language="ja", name=f"Custom:{rule.name}")
        self.rule = rule
        self._context = re.compile("|".join(_spaced(w) for w in rule.context)) if rule.context else None

    def load(self) -> None:
        """Nothing to load: patterns were compiled when the rules were validated."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Pattern matches (near a context word, if the rule has context) or values after context words."""
        rule = self.rule
        return [RecognizerResult(rule.entity, start, end, rule.score) for start, end in self._spans(text)]

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        rule, context = self.rule, self._context
        if not rule.patterns and context is not None:
            for word in context.finditer(text):
                value = _VALUE_AFTER.match(text, word.end())
                if value is not None and any(c.isdigit() for c in value["value"]):
                    yield value.start("value"), value.end("value")
            return
        for pattern in rule.patterns:
            for m in pattern.finditer(text):
                if m.end() > m.start() and (
                    context is None or context.search(text, max(0, m.start() - rule.window), m.start())
                ):
                    yield m.start(), m.end()


class DenyListRecognizer(EntityRecognizer):
    """Values the city always wants reported, per entity, matched after normalization with score 1.0."""

    def __init__(self, deny_list: Mapping[str, Sequence[str]]) -> None:
        super().__init__(supported_entities=sorted(deny_list), supported_language="ja", name="JaDenyListRecognizer")
        self._patterns = {
            entity: re.compile("|".join(_spaced(v) for v in sorted(values, key=len, reverse=True)))
            for entity, values in deny_list.items()
            if values
        }

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every occurrence of a deny-listed value."""
        return [
            RecognizerResult(entity, m.start(), m.end(), 1.0)
            for entity, pattern in self._patterns.items()
            for m in pattern.finditer(text)
        ]
