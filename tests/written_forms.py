"""Every way staff write (or dodge) a number: the forms a detector must see through.

JAPANESE_PII.md, Text traps: full-width digits, dash look-alikes, kanji digits, spaces (U+3000 too),
zero-width characters and line breaks inside numbers; groups joined by の and digits read aloud in kana as a
number is taken down over the phone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
_READ = dict(zip("0123456789", ("ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"),
                 strict=True))


def _groups(digits: str, sizes: Sequence[int]) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    assert at == len(digits), "group sizes must add up to the number of digits"
    return out


FORMS: dict[str, Callable[[str, Sequence[int]], str]] = {
    "plain": lambda d, g: d,
    "hyphenated": lambda d, g: "-".join(_groups(d, g)),
    "fullwidth": lambda d, g: "-".join(_groups(d, g)).translate(_FULL),
    "spaced": lambda d, g: " ".join(d),
    "ideographic_spaced": lambda d, g: "\u3000".join(d.translate(_FULL)),
    "kanji": lambda d, g: d.translate(_KANJI),
    "kanji_grouped": lambda d, g: " ".join(_groups(d, g)).translate(_KANJI),
    "kanji_mixed": lambda d, g: "-".join(p.translate(_KANJI) if i % 2 == 0 else p
                                         for i, p in enumerate(_groups(d, g))),
    "dotted": lambda d, g: ".".join(_groups(d, g)),
    "zero_width": lambda d, g: "\u200b".join(_groups(d, g)),
    "line_broken": lambda d, g: "\n".join(_groups(d, g)),
    "line_broken_indented": lambda d, g: "-\n　　".join(_groups(d, g)),
    "grouped_words": lambda d, g: "の".join(_groups(d, g)),
    "read_aloud": lambda d, g: "の".join("".join(_READ[c] for c in p) for p in _groups(d, g)),
    "half_read": lambda d, g: "、".join(["".join(_READ[c] for c in _groups(d, g)[0]), *_groups(d, g)[1:]]),
    "mixed": lambda d, g: "ー".join(" ".join(p.translate(_FULL) if i % 2 == 0 else p)
                                   for i, p in enumerate(_groups(d, g))),
}


def written(digits: str, groups: Sequence[int], form: str) -> str:
    """``digits`` written in ``form`` (a key of FORMS); ``groups`` are the usual group sizes."""
    return FORMS[form](digits, groups)
