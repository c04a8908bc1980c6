"""Session fixtures for the detection tests: the real ja_ginza model and analyzer, loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from gateway.privacy.analyzer import Analyzer, load_nlp
from gateway.privacy.pii_rules import PiiRules

Find = Callable[[str, str], list[str]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """ja_ginza, loaded once per test session."""
    return load_nlp()


@pytest.fixture(scope="session")
def analyzer(nlp: Language) -> Analyzer:
    """An analyzer with the built-in default rules (no allow-list, threshold 0.5)."""
    return Analyzer(PiiRules(), nlp)


@pytest.fixture(scope="session")
def find(analyzer: Analyzer) -> Find:
    """find(text, entity): the text of each finding of that entity, in order."""

    def run(text: str, entity: str) -> list[str]:
        return [text[f.start : f.end] for f in analyzer.analyze(text) if f.entity == entity]

    return run
