"""Every type the rules block is refused in every written form, and nothing reaches the upstream.

Written forms are the ones staff use and the ones that dodge a pattern (tests/written_forms.py):
full-width, one digit per space, U+3000, kanji digits, zero-width characters, line breaks, mixtures.
"""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from gateway.privacy.pii_rules import load_pii_rules
from tests.fake_upstream import FakeUpstream
from tests.written_forms import FORMS, written

RULES = Path(__file__).resolve().parent.parent / "rules" / "pii.yaml"
BLOCKED = sorted(entity for entity, rule in load_pii_rules(RULES).entities.items() if rule.action == "block")
# entity -> (digits, usual groups, sentences that carry the number as staff write it)
SAMPLES: dict[str, tuple[str, tuple[int, ...], tuple[str, ...]]] = {
    # another number on the next line must not carry the value away (fifteenth corpus: a card under a マイナンバー)
    "MY_NUMBER": ("123456789018", (4, 4, 4), ("マイナンバーは {} です", "個人番号：{}",
                                               "個人番号：{}\n3518 7243 7357 9600（クレジットカード番号）")),
    "RESIDENT_CODE": ("12345678901", (4, 4, 3), ("住民票コード：{}", "住民票コードは{}です。",
                                                 "住民票コード：{}\n090-1234-5678（携帯）")),
    "HEALTH_INSURANCE": ("06139992", (4, 4), ("保険者番号 {}", "保険証の保険者番号は{}です")),
}


# Without its label a マイナンバー is refused on its check digit alone, in every form but those written one digit
# per space: a row of single-digit counts passes the check digit one time in eleven (analyzer.py).
UNLABELLED = [pytest.param(f"番号 {written('123456789018', (4, 4, 4), form)} の件", id=form)
              for form in FORMS if form not in ("spaced", "ideographic_spaced", "mixed")]


@pytest.mark.parametrize("text", UNLABELLED)
def test_an_unlabelled_my_number_is_blocked_on_its_check_digit(text: str, azure: openai.AzureOpenAI,
                                                               upstream: FakeUpstream) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert caught.value.code == "pii_blocked"
    assert upstream.requests == []


@pytest.mark.parametrize("text", [
    "窓口 3 6 8 5 9 5 7 4 8 9 0 6", "各地区の参加者数は 9 18 29 13 5 4 11 1 人でした。",
    "マイナンバーカード交付窓口 2024-06-15 1330 開始", "保険者番号ごとの件数: 12 3 45 6 7 4",
])
def test_counts_dates_and_headings_are_not_refused(text: str, azure: openai.AzureOpenAI,
                                                   upstream: FakeUpstream) -> None:
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert answer.choices[0].message.content == f"ECHO: {text}"


def test_every_blocked_type_has_samples() -> None:
    assert BLOCKED, "rules/pii.yaml blocks nothing"
    assert set(BLOCKED) <= set(SAMPLES), "a blocked type without written-form samples"


CASES = [
    pytest.param(entity, sentence.format(written(digits, groups, form)), id=f"{entity}-{form}-{n}")
    for entity in BLOCKED if entity in SAMPLES
    for digits, groups, sentences in [SAMPLES[entity]]
    for n, sentence in enumerate(sentences)
    for form in FORMS
]


@pytest.mark.parametrize(("entity", "text"), CASES)
def test_blocked_in_every_written_form(entity: str, text: str, azure: openai.AzureOpenAI,
                                       upstream: FakeUpstream) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert caught.value.code == "pii_blocked"
    assert upstream.requests == []
