"""Helpers for the recognizer tests: run one recognizer without an NLP engine and read its spans, or read what the
whole analyzer found."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.privacy.analyzer import Analyzer

# What the analyzer is expected to filter at: weak (≤ SCORE_WEAK) results need context to reach it.
REPORT_THRESHOLD = 0.4

_DASH_BETWEEN_DIGITS = re.compile("(?<=[0-9])[‐‑‒–—―−ーｰ](?=[0-9])")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


class Analyzes(Protocol):
    """A recognizer whose ``analyze`` works without NLP artifacts (all of the structured families)."""

    supported_entities: list[str]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]: ...


def normalize_like(text: str) -> str:
    """A stand-in for the analyzer's normalization: NFKC, zero-width removed, dashes between digits."""
    folded = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    return _DASH_BETWEEN_DIGITS.sub("-", folded)


def full_width(text: str) -> str:
    """ASCII letters, digits and symbols turned into their full-width forms (０-９, Ａ-Ｚ, ＠, －, …)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def found(recognizer: Analyzes, text: str) -> list[tuple[str, float]]:
    """(span text, score) of every result, in text order, with ``nlp_artifacts=None``."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    assert all(r.entity_type in recognizer.supported_entities for r in results)
    return [(text[r.start : r.end], r.score) for r in sorted(results, key=lambda r: (r.start, r.end))]


def reported(recognizer: Analyzes, text: str) -> list[str]:
    """The span texts that reach ``REPORT_THRESHOLD``."""
    return [span for span, score in found(recognizer, text) if score >= REPORT_THRESHOLD]


def findings(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    """(entity, value) of every finding the analyzer makes in ``text``."""
    return {(f.entity, text[f.start : f.end]) for f in analyzer.analyze(text)}
