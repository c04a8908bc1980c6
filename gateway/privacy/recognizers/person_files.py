"""Names in file names, as staff paste a folder's listing or an attachment line: the parts of a file's stem between
underscores, hyphens, spaces or brackets (``山田太郎_申請書.pdf``, ``20241201_佐藤花子_面談記録.docx``,
``【済】ヤマダ　ハナコ（転入）.xlsx``) that are shaped like a person's name (person_mail.person_shaped)."""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_mail import person_shaped

Span = tuple[int, int, float]
_SCORE = 0.75
_EXTENSIONS = "pdf|docx?|xlsx?|xlsm|csv|tsv|txt|rtf|jpe?g|png|gif|heic|tiff?|zip|pptx?|eml|msg|odt|ods|jtd"
# a file's name: no spaces at its ends, no path separators, quotes or brackets of a sentence around it
_FILE = re.compile(
    rf"(?<![^\s「『\"'(（:：/\\\\])(?P<stem>[^\s/\\\\:：\"'「」『』<>|*?]{{2,120}}?)\.(?:{_EXTENSIONS})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_PIECE = r"[^_\-－＿.()（）\[\]【】{}#+~=,、 \u3000]+"
_PART = re.compile(rf"{_PIECE}(?:[ \u3000]{_PIECE})?")  # a name may hold one space: 山田 太郎_申請書.pdf


def file_names(text: str) -> list[Span]:
    """(start, end, score) of each name among the parts of a file's name (see the module docstring)."""
    out = []
    for m in _FILE.finditer(text):
        for part in _PART.finditer(m.group("stem")):
            name = part.group()
            if not any(c.isdigit() for c in name) and person_shaped(name):
                start = m.start("stem") + part.start()
                out.append((start, start + len(name), _SCORE))
    return out
