"""Person names written in hiragana, found by where they stand.

Sudachi cuts a hiragana name into words (まえださちこ → まえ|だ|さちこ, おかだけんた → おか|だけ|ん|た), so no tag
marks it, and the lexicon knows few names in hiragana. A run of hiragana is a name where only a name stands: after a
person's label (架電者：, 配偶者：, 世帯：, ゲスト：) or a relation (祖母 いとうしずか), or before と申します or an
honorific (はしもとあやの様); after a list's bullet, before a bracket or a phone number (・いがり たろう　052-…), only
where the lexicon reads it as a family name and a given name (ふじわら|ともや) or it is written in two words.
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import common_word, has_family_name_entry, has_name_entry

Span = tuple[int, int, float]
_HIRAGANA = r"[\u3041-\u3096]"
_RUN = rf"{_HIRAGANA}{{2,6}}[ \u3000]{_HIRAGANA}{{1,6}}?|{_HIRAGANA}{{4,10}}?"  # up to です (いとうしずかです)
_RELATIVE = "(?:祖母|祖父|母|父|妻|夫|長男|長女|次男|次女|三男|三女|息子|娘|兄|姉|弟|妹|孫|叔父|叔母|伯父|伯母)"
_PERSON_LABEL = (
    rf"(?:[\u4e00-\u9fff]{{0,6}}(?:者|人|員)|氏名|お?名前|世帯主?|ゲスト|児童|生徒|本人|お子さん|子ども|子|家族"
    rf"|{_RELATIVE})(?:名|氏名)?"
)
_SURE = re.compile(
    rf"(?:{_PERSON_LABEL}[ \t\u3000]*[:：]|{_RELATIVE}[ \t\u3000])[ \t\u3000]*(?P<name>{_RUN})"
    r"(?=[ \t\u3000]*(?:[（(、,。]|様|さん|です|でした|と(?=[\u3005\u4e00-\u9fff\u30a1-\u30fa])|$)|[ \t\u3000]+\S)"
    # not おつかれさま, ばんごはんと言います
    rf"|(?:^|(?<=[。、\s])|(?<=私は)|(?<=わたしは))(?P<honoured>{_RUN})(?=と申します|様|さん|氏|殿)",
    re.MULTILINE,
)
_LISTED = re.compile(
    rf"^[ \t\u3000]*[・●◆■*\-][ \t\u3000]*(?P<name>{_RUN})"
    r"(?=[ \t\u3000]*[（(]|[ \t\u3000]+[0-9０-９〇一二三四五六七八九+＋ゼレマ]|[ \t\u3000]*$)",
    re.MULTILINE,
)
_NOT_NAME_END = ("なし", "ない", "です", "ます", "した", "せん", "まで", "から", "など")
_NOT_NAMES = frozenset(["みなさん", "みなさま", "みんな", "ぜんいん", "かぞく", "こども", "ほんにん"])
_SCORE = 0.75


def hiragana_names(text: str) -> list[Span]:
    """(start, end, score) of each hiragana name standing where only a name stands (see the module docstring)."""
    out = []
    for m in _SURE.finditer(text):
        group = "name" if m.group("name") else "honoured"
        if may_be_name(m.group(group)):
            out.append((m.start(group), m.end(group), _SCORE))
    out += [(m.start("name"), m.end("name"), _SCORE) for m in _LISTED.finditer(text) if reads_as_name(m.group("name"))]
    return out


def may_be_name(run: str) -> bool:
    """A hiragana run that may be a name: not a phrase (とくになし) nor common nouns only."""
    return (not run.endswith(_NOT_NAME_END) and not any(part in _NOT_NAMES for part in run.split())
            and not all(map(common_word, run.split())))


def reads_as_name(run: str) -> bool:
    """Written in two words, not both common nouns (いがり たろう), or together where the lexicon reads a family name
    then a given name (ふじわら|ともや)."""
    parts = run.split()
    if len(parts) == 2:
        return may_be_name(run)
    return any(has_family_name_entry(run[:k]) and has_name_entry(run[k:]) for k in range(2, len(run) - 1))
