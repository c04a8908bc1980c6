"""The one error type for invalid configuration: it names the file and the key."""

from __future__ import annotations


class ConfigError(Exception):
    """A rule or setting is invalid; `file` and `key` tell the city's staff where to look."""

    def __init__(self, file: str, key: str, message: str) -> None:
        super().__init__(f"{file}: {key}: {message}")
        self.file = file
        self.key = key
        self.message = message
