"""Mentions in a staff chat: ``@やまだ たろう``, ``@きくちさん``, ``@飯塚``, ``@ワタナベ``, ``@Yamada`` name the person
mentioned.

A mention begins a line or follows a space, a slash, a comma or a speaker's colon, and the name runs to the next
space, honorific or line end: a second word only before an honorific, the line's end or the next mention
(``@鈴木 確認`` mentions 鈴木, ``@吉住 実 @白石 清`` two people), never the honorific (``@のま さん``). The words that
mention a group (``@全員``, ``@みなさん``, ``@here``), a section (``@総務課``) or a page (``@ホームページ``, ``@広報``)
name nobody.
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import common_word

Span = tuple[int, int, float]
_HIRAGANA = "[\u3041-\u3096]"
_KATAKANA = "[\u30a1-\u30fa\u30fc]"
_KANJI = "[\u3005\u4e00-\u9fff]"
_HONORIFIC = "(?:さん|様|さま|くん|ちゃん)"
_NOT_HONORIFIC = f"(?!{_HONORIFIC})"
# a second word belongs to the name before an honorific, the line's end or the next mention (@吉住 実 @白石 清)
_SECOND_WORD_END = r"[ \t\u3000]*(?:さん|様|$)|[ \t\u3000]+[@＠]"
_MENTION = re.compile(
    rf"(?:^|(?<=[ \t\u3000/／、,:：]))[@＠](?P<name>{_HIRAGANA}{{2,6}}?(?:[ \u3000]{_NOT_HONORIFIC}{_HIRAGANA}{{1,6}})?"
    rf"|(?![のあとをにはがでもへや]){_HIRAGANA}(?=[ \t\u3000]*{_HONORIFIC})"  # @り さん, not @の さん
    rf"|{_KATAKANA}{{2,8}}(?:[ \u3000]{_KATAKANA}{{1,8}}(?={_SECOND_WORD_END}))?"
    rf"|{_KANJI}{{1,4}}(?:[ \u3000]?{_KANJI}{{1,4}}(?={_SECOND_WORD_END})|{_HIRAGANA}{{2,4}})?"
    r"|[A-Z]?[a-z]{2,14})"
    r"(?=[ \t\u3000]*(?:さん|様|さま|くん|ちゃん|$)|[ \t\u3000/／、,])",
    re.MULTILINE,
)
# a section, a page or a team is mentioned too (@総務課, @広報, @ホームページ): kept where the lexicon knows the word
# only as a common noun, or where it ends as a section's name does
_SECTION_END = ("課", "係", "部", "室", "班", "局", "所", "センター", "チーム", "グループ")
_GROUPS = frozenset(
    ["全員", "みなさん", "みなさま", "皆さん", "皆様", "みんな", "各位", "関係者", "担当者", "チャンネル",
     "here", "channel", "all", "everyone", "room", "team"]
)
_SCORE = 0.75


def mentioned_names(text: str) -> list[Span]:
    """(start, end, score) of each name mentioned with @ (see the module docstring)."""
    return [(m.start("name"), m.end("name"), _SCORE) for m in _MENTION.finditer(text)
            if m.group("name").lower() not in _GROUPS and _honorific_free(m.group("name"))
            and not m.group("name").endswith(_SECTION_END) and not common_word(m.group("name"))]


def _honorific_free(name: str) -> bool:
    return not name.endswith(("さん", "さま", "くん", "ちゃん"))
