"""Names that fill a table cell or a record's value on their own, told by their letters.

* A romanized Japanese name is written in the syllables of the language (JAPANESE_PII.md, 氏名: Hepburn or kunrei
  romanization, family name first in capitals on official documents): ``SUZUKI Kiyoshi``, ``Rin Miyagi``,
  ``KONDO NOZOMI``. English words rarely are (``Data Center``, ``Tokyo Tower``, ``Support Desk`` each hold a word
  that is no run of such syllables). A foreign name is written as the resident's card writes it, the family name in
  capitals (``LEE Shinji``, ``Anita SHARMA``), with a word that is no English word.
* A foreign name in katakana joined by ``・`` or ``＝`` (``ペレラ・カスン``) that Sudachi's lexicon does not
  know in part; a loanword phrase (``データ・センター``) has parts it knows.

A cell of a CSV, TSV, markdown or fixed-width table, or a quoted value of a record under an opaque key (``"c1"``) or
none, that holds such a name and nothing else is a name; in running text the other person rules decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.privacy.recognizers.person_text import a_thing, latin_person
from gateway.privacy.recognizers.person_words import SYLLABLES, unknown_word, word_not_name

SCORE = 0.7
_WORD = r"[A-Z][A-Za-z]{1,14}"
# a whole cell or value: after a line start, a tab, a comma, a bar, two spaces or a quote; before the same
_KATAKANA_JOINED = r"[\u30a1-\u30fa\u30fc]{2,12}(?:[・＝][\u30a1-\u30fa\u30fc]{2,12}){1,3}"
_CELL = re.compile(
    rf"(?:^|(?<=[\t,|\"'])|(?<=  ))[ \t]?(?:(?P<name>{_WORD}[ \u3000]{_WORD})|(?P<katakana>{_KATAKANA_JOINED}))"
    r"[ \t]*(?=$|[\t,|\"']|  )",
    re.MULTILINE,
)
_JOINER = re.compile("[・＝]")
# a foreign resident's name as their card writes it, the family name in capitals (LEE Shinji, Anita SHARMA)
_VOWEL = re.compile("[AEIOUYaeiouy]")  # not NHK Kohaku
_CAPITALS_ORDER = re.compile(r"[A-Z]{2,}[ \u3000][A-Z][a-z]+|[A-Z][a-z]+[ \u3000][A-Z]{2,}")
_MIN_LETTERS = 6
# the key of a quoted value: a named key (``"provider": "Tokio Marine"``) is keyed_fields.py's to judge; only an
# opaque one (``"c1"``, ``"f2"``) or none (an array's or a SQL tuple's item) leaves the value to its syllables
_KEY_BEFORE = re.compile(r"""["']?(?P<key>[A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*[:=][ \t]*["']$""")
_OPAQUE_KEY = 4


def cell_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each romanized Japanese or katakana foreign name that fills a cell or a quoted value."""
    for m in _CELL.finditer(text):
        group = "name" if m.group("name") is not None else "katakana"
        key = _KEY_BEFORE.search(text, max(0, m.start(group) - 48), m.start(group))
        if key is not None and len(key.group("key")) > _OPAQUE_KEY:
            continue
        if group == "katakana":
            if any(unknown_word(part) for part in _JOINER.split(m.group(group))):
                yield m.start(group), m.end(group), SCORE
            continue
        words = m.group(group).split()
        if not a_thing(words) and (
            (sum(len(w) for w in words) >= _MIN_LETTERS and all(SYLLABLES.fullmatch(w) for w in words))
            or (_CAPITALS_ORDER.fullmatch(m.group(group)) and latin_person(m.group(group))
                and not all(map(word_not_name, words)) and all(_VOWEL.search(w) for w in words))
        ):
            yield m.start(group), m.end(group), SCORE
