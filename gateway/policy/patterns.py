"""Deny patterns: regular expressions the city writes, refused when they could backtrack catastrophically.

Two defences. At load time a pattern is parsed and refused when a repeated part itself holds a
repetition or an alternation (`(a+)+`, `(a|aa)*`, `(\\w+\\s?)*`): the shapes whose matching time grows
exponentially. At run time every search runs in the `regex` engine with a time limit, and a search
that runs out of time refuses the request (fail closed) rather than letting text through unchecked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import regex

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older interpreters
    import sre_parse  # type: ignore[no-redef]

SEARCH_SECONDS = 0.05  # per text; a city's keyword pattern takes microseconds
REQUEST_SECONDS = 0.5  # every text of one request against every rule, together
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)}
_MAX_PATTERN = 2000


class UnsafePattern(ValueError):
    """The pattern cannot be used: its message says why, in Japanese."""


@dataclass(frozen=True)
class DenyRule:
    """Text that must never leave the city, and what the staff member is told."""

    pattern: str
    message: str
    compiled: Any  # regex.Pattern[str]

    def search(self, text: str, seconds: float = SEARCH_SECONDS) -> bool:
        """True when the text (normalized: full-width letters and digits as half-width) matches.

        Raises TimeoutError when the search runs out of time (`seconds`, at most SEARCH_SECONDS).
        """
        if seconds <= 0:
            raise TimeoutError
        timeout = min(seconds, SEARCH_SECONDS)
        # the search keeps the GIL (concurrent=False): the deadline bounds the search's own work, not the time
        # another thread held the GIL while a search that had let it go waited to take it back
        text = unicodedata.normalize("NFKC", text)
        return self.compiled.search(text, timeout=timeout, concurrent=False) is not None


def compile_safe(pattern: str) -> Any:
    """The compiled pattern; raises UnsafePattern for invalid syntax or a shape that backtracks catastrophically."""
    if not pattern or len(pattern) > _MAX_PATTERN:
        raise UnsafePattern(f"1 文字以上 {_MAX_PATTERN} 文字以内の正規表現である必要があります")
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise UnsafePattern(f"正規表現として読めません ({getattr(exc, 'msg', type(exc).__name__)})") from None
    if _nested(parsed, inside_repeat=False):
        raise UnsafePattern("繰り返しの中に繰り返しや選択 ((a+)+、(a|aa)* など) があり、"
                            "入力によっては照合が終わらなくなります。繰り返しを一段にしてください")
    if _has_backreference(parsed):
        raise UnsafePattern("後方参照 (\\1 など) は使えません")
    try:
        return regex.compile(unicodedata.normalize("NFKC", pattern))
    except (regex.error, RecursionError, OverflowError) as exc:
        raise UnsafePattern(f"正規表現として読めません ({type(exc).__name__})") from None


def _items(parsed: Any) -> list[tuple[Any, Any]]:
    return list(parsed.data if hasattr(parsed, "data") else parsed)


def _nested(parsed: Any, *, inside_repeat: bool) -> bool:
    """True when a repetition holds another repetition or an alternation (or an unbounded repeat nests)."""
    for op, arg in _items(parsed):
        if op in _REPEATS:
            low, high, sub = arg
            if inside_repeat and high != low:
                return True
            if _nested(sub, inside_repeat=inside_repeat or high > 1):
                return True
        elif op is sre_parse.BRANCH:
            if inside_repeat:
                return True
            if any(_nested(branch, inside_repeat=False) for branch in arg[1]):
                return True
        elif op is sre_parse.SUBPATTERN:
            if _nested(arg[-1], inside_repeat=inside_repeat):
                return True
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT) and _nested(arg[1], inside_repeat=inside_repeat):
            return True
    return False


def _has_backreference(parsed: Any) -> bool:
    for op, arg in _items(parsed):
        if op in (sre_parse.GROUPREF, getattr(sre_parse, "GROUPREF_EXISTS", None)):
            return True
        if op in _REPEATS and _has_backreference(arg[2]):
            return True
        if op is sre_parse.SUBPATTERN and _has_backreference(arg[-1]):
            return True
        if op is sre_parse.BRANCH and any(_has_backreference(b) for b in arg[1]):
            return True
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT) and _has_backreference(arg[1]):
            return True
    return False
