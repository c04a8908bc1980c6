"""load_pii_rules(): the shipped rules/pii.yaml loads, and every mistake names the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config_error import ConfigError
from gateway.privacy.entities import Entity
from gateway.privacy.pii_rules import EntityRule, load_pii_rules

SHIPPED = Path(__file__).resolve().parents[2] / "rules" / "pii.yaml"


def test_shipped_rules_load_with_the_default_actions() -> None:
    rules = load_pii_rules(SHIPPED)
    assert rules.entities[Entity.PERSON] == EntityRule(0.5, "pseudonymize")
    assert {e for e in Entity if rules.entities[e].action == "block"} == {
        Entity.MY_NUMBER,
        Entity.RESIDENT_CODE,
        Entity.HEALTH_INSURANCE,
    }
    assert rules.entities[Entity.CREDENTIAL].action == "pseudonymize"  # the caller's own secret comes back
    assert "029-883-1111" in rules.allow_list
    assert "茨城県つくば市研究学園一丁目1番地1" in rules.allow_list


def test_custom_rules_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "pii.yaml"
    path.write_text(
        "entities:\n  ATENA_NUMBER: {threshold: 0.7, action: redact}\n"
        "allow_list: ['０２９－８８３－１１１１']\n"
        "deny_list:\n  PERSON: ['筑波　花子']\n"
        "custom:\n"
        "  - {name: 宛名番号, entity: ATENA_NUMBER, patterns: ['[0-9]{10}'], context: [宛名番号], score: 0.8}\n"
        "  - {name: ケース番号, entity: CASE_NUMBER, context: [ケース番号], score: 0.7}\n",
        encoding="utf-8",
    )
    rules = load_pii_rules(path)
    assert rules.entities["ATENA_NUMBER"] == EntityRule(0.7, "redact")
    assert rules.entities["CASE_NUMBER"] == EntityRule(0.5, "pseudonymize")
    assert rules.allow_list == frozenset({"029-883-1111"})
    assert rules.deny_list["PERSON"] == ("筑波花子",)
    assert [c.name for c in rules.custom] == ["宛名番号", "ケース番号"]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("entities:\n  NAME: {threshold: 0.5}\n", "entities.NAME"),
        ("entities:\n  PERSON: {threshold: 1.5}\n", "entities.PERSON.threshold"),
        ("entities:\n  PERSON: {threshold: yes}\n", "entities.PERSON.threshold"),
        ("entities:\n  PERSON: {action: hide}\n", "entities.PERSON.action"),
        ("entities:\n  PERSON: {treshold: 0.5}\n", "entities.PERSON.treshold"),
        ("entities:\n  PERSON: pseudonymize\n", "entities.PERSON"),
        ("allow_list: 029-883-1111\n", "allow_list"),
        ("allow_list: [1234]\n", "allow_list"),
        ("deny_list:\n  NOBODY: [x]\n", "deny_list.NOBODY"),
        ("custom:\n  - {name: x, entity: X_ID, patterns: ['[0-9'], score: 0.5}\n", "custom[0].patterns[0]"),
        ("custom:\n  - {name: x, entity: x_id, patterns: ['1'], score: 0.5}\n", "custom[0].entity"),
        ("custom:\n  - {name: x, entity: X_ID, score: 0.5}\n", "custom[0]"),
        ("custom:\n  - {name: x, entity: X_ID, context: [a], score: 2}\n", "custom[0].score"),
        ("custom:\n  - {name: x, entity: X_ID, context: [a], score: 0.5, window: 0}\n", "custom[0].window"),
        ("custom:\n  - {name: x, entity: X_ID, context: [a], score: 0.5, colour: red}\n", "custom[0].colour"),
        ("custom: {name: x}\n", "custom"),
        ("entity:\n  PERSON: {}\n", "entity"),
        ("- just a list\n", "(top level)"),
        ("entities: [unclosed\n", "(file)"),
    ],
)
def test_every_mistake_names_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "pii.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_pii_rules(path)
    assert info.value.file == str(path)
    assert info.value.key == key
    assert info.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_pii_rules(tmp_path / "absent.yaml")
    assert info.value.key == "(file)"
