"""rules/pii.yaml: per-entity thresholds and actions, allow- and deny-lists, city-defined recognizers."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast, get_args

from gateway.config_error import ConfigError
from gateway.privacy.entities import Entity
from gateway.privacy.normalize import normalize_value
from gateway.rule_doc import load_yaml

Action = Literal["pseudonymize", "redact", "block", "allow"]
ACTIONS: tuple[str, ...] = get_args(Action)
DEFAULT_THRESHOLD = 0.5
_BLOCK = frozenset({Entity.MY_NUMBER, Entity.RESIDENT_CODE, Entity.HEALTH_INSURANCE})
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]{1,49}")
_TOP_KEYS = frozenset({"entities", "allow_list", "deny_list", "custom"})
_CUSTOM_KEYS = frozenset({"name", "entity", "patterns", "context", "score", "window"})


@dataclass(frozen=True)
class EntityRule:
    """What to do with one entity type: findings scoring below `threshold` are dropped."""

    threshold: float
    action: Action


@dataclass(frozen=True)
class CustomRule:
    """A city-defined recognizer: regex patterns and/or context words, without code.

    * patterns only: every match is reported with `score`;
    * patterns and context: a match counts only with a context word within `window` characters before it;
    * context only: the identifier-like value right after a context word (``ケース番号: A-123``).
    """

    name: str
    entity: str
    patterns: tuple[re.Pattern[str], ...]
    context: tuple[str, ...]
    score: float
    window: int = 20


def _default_rule(entity: Entity) -> EntityRule:
    if entity in _BLOCK:
        return EntityRule(DEFAULT_THRESHOLD, "block")
    return EntityRule(DEFAULT_THRESHOLD, "pseudonymize")


@dataclass(frozen=True)
class PiiRules:
    """Validated detection rules; allow- and deny-list values are stored normalized, without spaces."""

    entities: Mapping[str, EntityRule] = field(
        default_factory=lambda: MappingProxyType({e.value: _default_rule(e) for e in Entity})
    )
    allow_list: frozenset[str] = frozenset()
    deny_list: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    custom: tuple[CustomRule, ...] = ()

    def rule_for(self, entity: str) -> EntityRule | None:
        """The rule of an entity type, or None for a type the rules do not know."""
        return self.entities.get(entity)


class _Loader:
    """Validates the parsed YAML; every error names the file and the key."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.file, key, message)

    def mapping(self, value: object, key: str) -> dict[str, Any]:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise self.fail(key, "must be a mapping with text keys")
        return cast(dict[str, Any], value)

    def strings(self, value: object, key: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a list of non-empty strings")
        return tuple(cast(list[str], value))

    def score(self, value: object, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
            raise self.fail(key, "must be a number from 0 to 1")
        return float(value)

    def entity_rule(self, value: object, key: str, default: EntityRule) -> EntityRule:
        body = self.mapping(value, key)
        for unknown in sorted(set(body) - {"threshold", "action"}):
            raise self.fail(f"{key}.{unknown}", "unknown key (expected threshold, action)")
        threshold = self.score(body.get("threshold", default.threshold), f"{key}.threshold")
        action = body.get("action", default.action)
        if action not in ACTIONS:
            raise self.fail(f"{key}.action", f"must be one of {', '.join(ACTIONS)}")
        return EntityRule(threshold, cast(Action, action))

    def custom_rule(self, value: object, key: str) -> CustomRule:
        body = self.mapping(value, key)
        for unknown in sorted(set(body) - _CUSTOM_KEYS):
            raise self.fail(f"{key}.{unknown}", f"unknown key (expected {', '.join(sorted(_CUSTOM_KEYS))})")
        name, entity = body.get("name"), body.get("entity")
        if not isinstance(name, str) or not name.strip():
            raise self.fail(f"{key}.name", "must be a non-empty string")
        if not isinstance(entity, str) or not _ENTITY_NAME.fullmatch(entity):
            raise self.fail(f"{key}.entity", "must be an entity name in capitals, such as ATENA_NUMBER")
        patterns = []
        for i, source in enumerate(self.strings(body.get("patterns", []), f"{key}.patterns")):
            try:
                patterns.append(re.compile(source))
            except re.error as exc:
                raise self.fail(f"{key}.patterns[{i}]", f"invalid regular expression: {exc.msg}") from None
        context = tuple(normalize_value(w) for w in self.strings(body.get("context", []), f"{key}.context"))
        if not patterns and not context:
            raise self.fail(key, "needs patterns, context, or both")
        window = body.get("window", 20)
        if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= 200:
            raise self.fail(f"{key}.window", "must be a whole number of characters from 1 to 200")
        score = self.score(body.get("score"), f"{key}.score")
        return CustomRule(name, entity, tuple(patterns), context, score, window)

    def load(self, data: object) -> PiiRules:
        top = self.mapping({} if data is None else data, "(top level)")
        for unknown in sorted(set(top) - _TOP_KEYS):
            raise self.fail(unknown, f"unknown key (expected {', '.join(sorted(_TOP_KEYS))})")
        custom = tuple(
            self.custom_rule(item, f"custom[{i}]") for i, item in enumerate(self._list(top.get("custom", []), "custom"))
        )
        # a custom entity without its own entry is pseudonymized at the default threshold
        entities = {c.entity: EntityRule(DEFAULT_THRESHOLD, "pseudonymize") for c in custom}
        entities.update({e.value: _default_rule(e) for e in Entity})
        for name, value in self.mapping(top.get("entities", {}), "entities").items():
            if name not in entities:
                raise self.fail(f"entities.{name}", "unknown entity (not built in and no custom rule uses it)")
            entities[name] = self.entity_rule(value, f"entities.{name}", entities[name])
        deny: dict[str, tuple[str, ...]] = {}
        for name, values in self.mapping(top.get("deny_list", {}), "deny_list").items():
            if name not in entities:
                raise self.fail(f"deny_list.{name}", "unknown entity")
            deny[name] = tuple(normalize_value(v) for v in self.strings(values, f"deny_list.{name}"))
        allow = frozenset(normalize_value(v) for v in self.strings(top.get("allow_list", []), "allow_list"))
        return PiiRules(MappingProxyType(entities), allow, MappingProxyType(deny), custom)

    def _list(self, value: object, key: str) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return cast(list[object], value)


def load_pii_rules(path: Path) -> PiiRules:
    """Read and validate rules/pii.yaml; raises ConfigError naming the file and key of any mistake."""
    loader = _Loader(str(path))
    try:
        data = load_yaml(path)  # the shared reader: a duplicated key is refused, not silently merged
    except OSError as exc:
        raise loader.fail("(file)", f"cannot read: {exc.strerror}") from None
    except ConfigError as exc:  # named by the path, as every other mistake in this file
        raise loader.fail(exc.key, exc.message) from None
    return loader.load(data)


def actions(rules: PiiRules, overrides: Mapping[str, Action] | None = None) -> Callable[[str], Action]:
    """The action per entity type: an application's override, else the rules' (pseudonymize if unknown)."""

    def action(entity: str) -> Action:
        if overrides and entity in overrides:
            return overrides[entity]
        rule = rules.rule_for(entity)
        return rule.action if rule else "pseudonymize"

    return action
