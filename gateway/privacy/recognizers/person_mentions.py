"""Mentions in a staff chat: ``@やまだ たろう``, ``@きくちさん``, ``@飯塚``, ``@ワタナベ`` name the person mentioned.

A mention begins a line or follows a space, and the name runs to the next space, honorific or line end; the words
that mention a group (``@全員``, ``@みなさん``, ``@here``) name nobody.
"""

from __future__ import annotations

import re

Span = tuple[int, int, float]
_HIRAGANA = "[\u3041-\u3096]"
_KATAKANA = "[\u30a1-\u30fa\u30fc]"
_KANJI = "[\u3005\u4e00-\u9fff]"
_MENTION = re.compile(
    rf"(?:^|(?<=[ \t\u3000]))[@＠](?P<name>{_HIRAGANA}{{2,6}}?(?:[ \u3000]{_HIRAGANA}{{1,6}})?"
    rf"|{_KATAKANA}{{2,8}}(?:[ \u3000]{_KATAKANA}{{1,8}})?|{_KANJI}{{1,4}}(?:[ \u3000]{_KANJI}{{1,4}})?)"
    r"(?=[ \t\u3000]*(?:さん|様|さま|くん|ちゃん|$)|[ \t\u3000])",
    re.MULTILINE,
)
_GROUPS = frozenset(
    ["全員", "みなさん", "みなさま", "皆さん", "皆様", "みんな", "各位", "関係者", "担当者", "チャンネル"]
)
_SCORE = 0.75


def mentioned_names(text: str) -> list[Span]:
    """(start, end, score) of each name mentioned with @ (see the module docstring)."""
    return [(m.start("name"), m.end("name"), _SCORE) for m in _MENTION.finditer(text)
            if m.group("name") not in _GROUPS and _honorific_free(m.group("name"))]


def _honorific_free(name: str) -> bool:
    return not name.endswith(("さん", "さま", "くん", "ちゃん"))
