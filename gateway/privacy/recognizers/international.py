"""Identifiers a foreign resident may bring: presidio's IBAN, US SSN and IP recognizers, registered for ``ja``.

presidio registers them for English only (JAPANESE_PII.md, presidio facts). Their patterns use ``\\b``,
which does not fire between a kanji and a digit (JAPANESE_PII.md, Text traps: ``サーバー192.168.0.1``), so
they run here with ASCII-only word boundaries; Japanese context words are added and checked in the same
character window as the other families. The US SSN shapes score at most ``SCORE_WEAK`` without context:
``123-45-6789`` is just a number in Japanese text.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import IbanRecognizer, IpRecognizer, UsSsnRecognizer

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_WEAK, raise_with_context

IBAN_CONTEXT = ["iban", "国際銀行口座番号", "口座", "bank"]
SSN_CONTEXT = ["ssn", "social security", "社会保障番号", "ソーシャルセキュリティ"]
IP_CONTEXT = ["ip", "アドレス", "サーバ", "ホスト"]

_ASCII_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE | regex.ASCII


class _WindowContext(PatternRecognizer):
    """Adds the character-window context check to a presidio pattern recognizer."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """presidio's matching and validation, then the context window."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return EntityRecognizer.remove_duplicates(raise_with_context(text, results, self.context))


class JaIbanRecognizer(_WindowContext, IbanRecognizer):
    """IBAN (presidio's pattern and checksum; upper-case only, so no ASCII flag is needed)."""

    def __init__(self) -> None:
        super().__init__(
            context=IBAN_CONTEXT,
            supported_language="ja",
            supported_entity=Entity.IBAN_CODE.value,
            name="JaIbanRecognizer",
        )


class JaUsSsnRecognizer(_WindowContext, UsSsnRecognizer):
    """US Social Security Number: presidio's shapes and invalidation, weak unless context says SSN."""

    def __init__(self) -> None:
        super().__init__(
            patterns=[
                Pattern(pattern.name, pattern.regex, min(pattern.score, SCORE_WEAK))
                for pattern in UsSsnRecognizer.PATTERNS
            ],
            context=SSN_CONTEXT,
            supported_language="ja",
            supported_entity=Entity.US_SSN.value,
            name="JaUsSsnRecognizer",
        )
        self.global_regex_flags = _ASCII_FLAGS


class JaIpRecognizer(_WindowContext, IpRecognizer):
    """IPv4 and IPv6 addresses (presidio's patterns and ``ipaddress`` validation)."""

    def __init__(self) -> None:
        super().__init__(
            context=IP_CONTEXT,
            supported_language="ja",
            supported_entity=Entity.IP_ADDRESS.value,
            name="JaIpRecognizer",
        )
        self.global_regex_flags = _ASCII_FLAGS


def recognizers() -> list[EntityRecognizer]:
    """The IBAN, US SSN and IP address recognizers for ``ja``."""
    return [JaIbanRecognizer(), JaUsSsnRecognizer(), JaIpRecognizer()]
