"""Names in file names, as staff paste a folder's listing or an attachment line: the parts of a file's stem between
underscores, hyphens, spaces or brackets (``山田太郎_申請書.pdf``, ``20241201_佐藤花子_面談記録.docx``,
``【済】ヤマダ　ハナコ（転入）.xlsx``, ``木村_面談記録.xlsx``) that are shaped like a person's name
(person_mail.person_shaped), one part or two (``住民票_橋本_一郎.jpg``, ``WADA_Aya_本人確認書類.pdf``)."""

from __future__ import annotations

import itertools
import re

from gateway.privacy.recognizers.person_mail import person_shaped
from gateway.privacy.recognizers.person_romanized import known_name
from gateway.privacy.recognizers.person_words import (
    has_family_name_entry,
    has_given_name_entry,
    not_a_name,
    word_not_name,
)

Span = tuple[int, int, float]
_SCORE = 0.75
_EXTENSIONS = "pdf|docx?|xlsx?|xlsm|csv|tsv|txt|rtf|jpe?g|png|gif|heic|tiff?|zip|pptx?|eml|msg|odt|ods|jtd"
# a file's name: no spaces at its ends, no path separators, quotes or brackets of a sentence around it
_FILE = re.compile(
    rf"(?<![^\s「『\"'(（:：/\\\\])(?P<stem>[^\s/\\\\:：\"'「」『』<>|*?]{{2,120}}?)\.(?:{_EXTENSIONS})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_PIECE = r"[^_\-－＿.()（）\[\]【】{}#+~=,、 \u3000]+?(?=[様さん殿]*(?:[_\-－＿.()（）\[\]【】{}#+~=,、 \u3000]|$))"
_PART = re.compile(rf"{_PIECE}(?:[ \u3000]{_PIECE})?")  # a name may hold one space: 山田 太郎_申請書.pdf


def file_names(text: str) -> list[Span]:
    """(start, end, score) of each name among the parts of a file's name (see the module docstring); two parts next
    to each other are one name when they are shaped like one together (``橋本_一郎``, ``OKAMOTO_Yasuhiro``)."""
    out = []
    for m in _FILE.finditer(text):
        stem, base = m.group("stem"), m.start("stem")
        parts = [p for p in _PART.finditer(stem) if not any(c.isdigit() for c in p.group())]
        joined: set[int] = set()
        for first, second in itertools.pairwise(parts):
            if (first.end() + 1 == second.start() and stem[first.end()] in "_-＿" and first.start() not in joined
                    and _family_and_given(first.group(), second.group())):
                out.append((base + first.start(), base + second.end(), _SCORE))
                joined.update((first.start(), second.start()))
        out += [(base + p.start(), base + p.end(), _SCORE) for p in parts
                if p.start() not in joined and person_shaped(p.group())]
    return out


def _family_and_given(family: str, given: str) -> bool:
    """A family name and a given name in two parts of a file's name: a family name the lexicon holds and a given
    name it holds (橋本_一郎, 岡本_彩), or romanized with the family name in capitals or both known, one a Japanese
    name or neither an English word (OKAMOTO_Yasuhiro, wada_aya, SANTOS_Maria; not meeting_notes, MEETING_Notes)."""
    if " " in family + given:
        return False
    if family.isascii() and given.isascii():
        known = known_name(family.lower()), known_name(given.lower())
        return ((family.isupper() and given.istitle()) or all(known)) and person_shaped(f"{family} {given}") and (
            any(known) or not (word_not_name(family) or word_not_name(given)))
    return has_family_name_entry(family) and has_given_name_entry(given) and not not_a_name(family + given)
