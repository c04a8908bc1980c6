"""Every numeric family is found in every written form, next to its label (tests/written_forms.py)."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.written_forms import FORMS, written

# entity -> (digits, usual groups, a sentence with the label)
FAMILIES: dict[str, tuple[str, tuple[int, ...], str]] = {
    "PHONE_NUMBER": ("09048217733", (3, 4, 4), "携帯電話は {} です"),
    "PENSION_NUMBER": ("1234567890", (4, 6), "基礎年金番号 {} の方"),
    "DRIVER_LICENSE": ("301234567890", (4, 4, 4), "運転免許証の番号 {} で確認"),
    "CREDIT_CARD": ("4111111111111111", (4, 4, 4, 4), "カード番号 {} で決済"),
    "CARE_INSURANCE": ("0001234567", (5, 5), "介護保険の被保険者番号 {} です"),
    "BANK_ACCOUNT": ("1234567", (3, 4), "普通預金 {} に振り込み"),
    "POSTAL_CODE": ("3050032", (3, 4), "〒{} 茨城県つくば市竹園"),
    "DISABILITY_CERTIFICATE": ("1234567", (3, 4), "身体障害者手帳 第{}号"),
}
CASES = [
    pytest.param(entity, sentence, written(digits, groups, form), id=f"{entity}-{form}")
    for entity, (digits, groups, sentence) in FAMILIES.items()
    for form in FORMS
]


@pytest.mark.parametrize(("entity", "sentence", "value"), CASES)
def test_found_whole_in_every_written_form(analyzer: Analyzer, entity: str, sentence: str, value: str) -> None:
    text = sentence.format(value)
    start = sentence.index("{}")
    found = [f for f in analyzer.analyze(text) if f.entity == entity]
    uncovered = [i for i in range(start, start + len(value))
                 if not text[i].isspace() and not any(f.start <= i < f.end for f in found)]
    assert uncovered == [], f"{entity}: {[text[i] for i in uncovered]} left in {text!r}"
