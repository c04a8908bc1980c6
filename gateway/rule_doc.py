"""A rules YAML file read as typed values; every mistake names the file and the dotted key."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from gateway.config_error import ConfigError


class RuleDoc:
    """A YAML mapping that reports type errors with file and dotted key."""

    def __init__(self, file: str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = file, data, prefix

    @classmethod
    def read(cls, path: Path) -> RuleDoc:
        if not path.exists():
            return cls(path.name, {})
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(path.name, "(file)", f"YAML として読めません: {type(exc).__name__}") from None
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

    def money(self, name: str, default: Decimal | None = None) -> Decimal:
        """A non-negative amount, exact: `2.5` is read as the decimal 2.5, never as a float."""
        value = self.data.get(name, default)
        if value is None:
            raise self.error(name, "必須です (0 以上の数値)")
        try:
            amount = value if isinstance(value, Decimal) else Decimal(str(value))
        except InvalidOperation:
            amount = Decimal("NaN")
        if isinstance(value, bool) or not amount.is_finite() or amount < 0:
            raise self.error(name, "0 以上の数値である必要があります")
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
