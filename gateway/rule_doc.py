"""A rules YAML file read as typed values; every mistake names the file and the dotted key."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from gateway.config_error import ConfigError

_PLAIN_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")


class _Loader(yaml.SafeLoader):
    """SafeLoader whose timestamps that are not real dates (`2026-02-30`) stay strings, for the reader to refuse."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except ValueError:
        return loader.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(path: Path) -> Any:
    """A rules file's YAML; raises ConfigError naming the file, and the dotted key of a duplicated key."""
    try:
        loader = _Loader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _refuse_duplicates(path.name, node, "")
            return loader.construct_document(node)
        finally:
            loader.dispose()  # type: ignore[no-untyped-call]
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" ({mark.line + 1} 行目)" if mark is not None else ""
        raise ConfigError(path.name, "(file)", f"YAML として読めません{line}: {type(exc).__name__}") from None


def _refuse_duplicates(file: str, node: yaml.Node, prefix: str) -> None:
    """Walk the composed document; a mapping that names one key twice is an error (YAML would keep the last)."""
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _refuse_duplicates(file, item, f"{prefix}[{i}]")
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            dotted = f"{prefix}.{key}" if prefix else key
            if key in seen and key != "<<":
                raise ConfigError(file, dotted, f"同じキーが二回あります ({seen[key]} 行目と "
                                               f"{key_node.start_mark.line + 1} 行目)")
            seen[key] = key_node.start_mark.line + 1
            _refuse_duplicates(file, value_node, dotted)


class RuleDoc:
    """A YAML mapping that reports type errors with file and dotted key."""

    def __init__(self, file: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = file, data, prefix

    @classmethod
    def read(cls, path: Path) -> RuleDoc:
        if not path.exists():
            return cls(path.name, {})
        data = load_yaml(path) or {}
        if not isinstance(data, dict):
            raise ConfigError(path.name, "(file)", "最上位はマッピング (key: value) である必要があります")
        return cls(path.name, data)

    def key(self, name: str) -> str:
        return f"{self.prefix}{name}" if name else self.prefix.rstrip(".")

    def error(self, name: str, message: str) -> ConfigError:
        return ConfigError(self.file, self.key(name), message)

    def section(self, name: str) -> RuleDoc:
        value = self.data.get(name) or {}
        if not isinstance(value, dict):
            raise self.error(name, "マッピングである必要があります")
        return RuleDoc(self.file, value, f"{self.key(name)}.")

    def items(self) -> list[tuple[str, RuleDoc]]:
        return [(str(k), self.section(str(k))) for k in self.data]

    def number(self, name: str, default: float, *, minimum: float = 0) -> float:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
            raise self.error(name, f"{minimum} 以上の数値である必要があります")
        return float(value)

    def integer(self, name: str, default: int, *, minimum: int = 0) -> int:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(name, f"{minimum} 以上の整数である必要があります")
        return value

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.data.get(name, default)
        if value is not None and not isinstance(value, str):
            raise self.error(name, "文字列である必要があります")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.error(name, "true または false である必要があります")
        return value

    def strings(self, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.data.get(name, list(default))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(name, "文字列のリストである必要があります")
        return tuple(value)

    def money(self, name: str, default: Decimal | None = None, *, maximum: Decimal) -> Decimal:
        """A non-negative amount up to `maximum`, exact: `2.5` is read as the decimal 2.5, never as a float.

        Only plain numbers are money: `1e309` (a string to YAML 1.1), `.inf`, `.nan` and strings are refused.
        """
        value = self.data.get(name, default)
        if value is None:
            raise self.error(name, "必須です (0 以上の数値)")
        amount = Decimal("NaN")
        if isinstance(value, Decimal):
            amount = value
        elif (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
                isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value)):
            with contextlib.suppress(InvalidOperation):
                amount = Decimal(str(value))
        if not amount.is_finite() or amount < 0:
            raise self.error(name, "0 以上の数値である必要があります (1e6 のような指数表記や文字列は使えません)")
        if amount > maximum:
            raise self.error(name, f"{maximum:,} 以下である必要があります (桁の誤りではありませんか)")
        return amount

    def date(self, name: str) -> dt.date:
        """A calendar date (YYYY-MM-DD)."""
        value = self.data.get(name)
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = dt.date.fromisoformat(value)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise self.error(name, "日付 (YYYY-MM-DD) である必要があります")
        return value

    def entries(self, name: str) -> list[RuleDoc]:
        """A list of mappings, each reported as `name[i]`."""
        value = self.data.get(name) or []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(name, "マッピングのリストである必要があります")
        return [RuleDoc(self.file, v, f"{self.key(name)}[{i}].") for i, v in enumerate(value)]

    def reject_unknown(self, known: set[str]) -> None:
        for name in self.data:
            if name not in known:
                raise self.error(str(name), f"不明なキーです (使えるキー: {', '.join(sorted(known))})")
