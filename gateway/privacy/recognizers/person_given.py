"""Given names standing alone, as a household's record and staff's notes on children write them.

* A member of a household by the relation, a colon or a space, and the name with an age or a job in brackets
  (``父：奈々（28）``, ``夫：実（会社員）``), or the name with the relation in brackets after it
  (``実（長男・高校生）``); members listed by relation (``世帯員：妻 心愛、長女 陽葵``); a relative's name after の
  (``娘の凛が出る``, ``息子の湊（みなと）の分``).
* A child by the label of a child (``加害とされる児童：実``, ``生徒：蒼``).
* A given name before くん or ちゃん (``翔くん本人は…``, ``お子さんの朔ちゃん``).
* A spouse's given name after the other's name and ・ before 夫妻 (``村上沙織・勝利ご夫妻``).

Each is kept where Sudachi's lexicon holds the word as a name (実, 翔, 奈々), not only as a word (兄ちゃん, 赤ちゃん),
and a member listed by relation or a child before ちゃん also where the lexicon does not hold it at all (``姉 心春
（在園中）``, ``心春ちゃん``); a member listed
by relation or a relative's name after の only where it is no common noun too (兄 一人, 母の愛が), unless being with
someone follows (``息子の愛も一緒に``).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import RELATIVE, has_name_entry, in_lexicon, known_word

Span = tuple[int, int, float]
_GIVEN = r"[\u3005\u4e00-\u9fff]{1,3}"
_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
_HOUSEHOLD = re.compile(
    rf"{RELATIVE}[ \t\u3000]*[:：][ \t\u3000]*(?P<name>{_GIVEN})(?=[（(])"
    # a household's members listed by relation (世帯員：妻 心愛、長女 陽葵), a relative's name after の (娘の凛が)
    rf"|(?:^|(?<=[\s、,:：])){RELATIVE}[ \u3000](?P<member>{_GIVEN}|{_KATAKANA}{{2,4}})(?=[、,。（(]|[ \t\u3000]*$)"
    rf"|{RELATIVE}の(?P<read>{_GIVEN})(?=[（(][\u3041-\u3096]{{2,8}}[)）])"
    rf"|(?:{RELATIVE}|門人|弟子|恩師|友人|同僚)の(?P<relative_of>{_GIVEN})(?=[がはもとに])"
    # a spouse's given name after the other's name, before 夫妻 (村上沙織・勝利ご夫妻, アグス・ハリム・智子ご夫妻)
    rf"|(?<=[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc])・(?P<spouse>{_GIVEN})(?=ご?夫妻)"
    rf"|(?:^|(?<=[\s、,]))(?P<relative>{_GIVEN})[（(]{RELATIVE}(?=[・、,)）])"
    rf"|(?:児童|生徒|子ども|お子さん)[ \t\u3000]*[:：][ \t\u3000]*(?P<child>{_GIVEN})(?=[ \t\u3000（(、,。]|$)"
    # a child's name before くん or ちゃん, after の too (お子さんの朔ちゃん)
    rf"|(?<![\u3005\u4e00-\u9fff\u30a1-\u30fa])(?:(?<=の)|(?<![\u3041-\u3096]))(?P<honoured>{_GIVEN})(?=くん|ちゃん)",
    re.MULTILINE,
)
_UNKNOWN_TOO = ("member", "honoured")  # a name the lexicon does not hold at all (姉 心春, 心春ちゃん)
_LOOSE = ("member", "relative_of")  # where a word may stand too: kept only where it is no common noun (兄 一人, 母の愛)
# …unless being with someone follows (息子の愛も一緒に)
_TOGETHER = ("も一緒", "と一緒", "も同席", "が同席", "も同行", "が同行")
_LOVE = ("母の", "父の")  # 母の愛も一緒に: a mother's love, not her child
_SCORE = 0.75


def given_names(text: str) -> list[Span]:
    """(start, end, score) of each given name a household's record or a child's label stands for (see above)."""
    return [(m.start(g), m.end(g), _SCORE) for m in _HOUSEHOLD.finditer(text)
            if (g := m.lastgroup or "name")
            and (has_name_entry(m.group(g)) or (g in _UNKNOWN_TOO and not in_lexicon(m.group(g))))
            and (g not in _LOOSE or not known_word(m.group(g))
                 or (text.startswith(_TOGETHER, m.end(g)) and not text.endswith(_LOVE, 0, m.start(g))))]
