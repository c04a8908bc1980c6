"""Table columns: is a value in a column whose header names it (生年月日, 郵便番号)?

Municipal text pastes tables from spreadsheets and forms, and the label of a value is then not next to it
but in the header line at the top of its column (JAPANESE_PII.md: a birth date needs context, and a bare
``123-4567`` is weak alone; the column header is that context). Shapes handled:

* TSV (tab), CSV (comma) and markdown (``| 氏名 | 生年月日 |``, ``1｜氏名｜年齢``) rows: the column is the cell index,
  counted from the left or from the right (a quoted comma in a cell adds a cell);
* columns aligned with spaces or full-width spaces (U+3000 is ``' '`` after normalization), also
  household blocks such as ``続柄 氏名 生年月日``: a name with a space in it shifts the cells, so the
  column counts from the left, from the right, or by character position under the header cell.

The header is looked for in the lines above the value, up to a blank line or a line of another shape
(the end of the table), at most ``MAX_LINES_UP`` lines; one short line without the separator between two rows
of a TSV or CSV table is the end of a cell pasted with its line break, not the end of the table (a row that
such a break cut in two counts its cells from the right as well). Header cells
must be short labels.
"""

from __future__ import annotations

import re

MAX_LINES_UP = 60
MAX_HEADER_CELL = 16  # a header cell is a label, not a sentence
MAX_CONTINUATION = 24  # the end of a cell that a pasted line break moved to a line of its own
_SPACES = re.compile(r"\S+")
_DIGIT = re.compile("[0-9]")
_SENTENCE = re.compile("[。？?！!]|ですか|ますか")
_DATE = re.compile(r"(?<![0-9])(?:(?:19|20)[0-9]{2}|[0-9]{1,2})/[0-9]{1,2}(?![0-9])")  # 2024/4/1, 4/1
WIDE_GAP = re.compile(r"\S[ \u3000]{2,}\S")  # the gap between two columns of a fixed-width row
_FIGURE = re.compile(r"(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")  # 12,345,678: its commas part no cells


def is_row(line: str) -> bool:
    """The line is a row of a table: two tabs, three bars, or two commas that are not a figure's (``12,345,678円``
    in a sentence is no CSV row), and no sentence (``電話あり，…を紛失したとのこと，再発行を案内した。``)."""
    cells = line.count("\t") >= 2 or line.count("|") >= 3 or _FIGURE.sub("", line).count(",") >= 2
    return cells and not _SENTENCE.search(line)


def separator(line: str) -> str:
    """The line's cell separator: tab, '|' (markdown, or rows such as ``1｜氏名｜年齢``), ',', '/' (``氏名／番号／…``,
    ``／`` folded, when no date is on the line) or ' ' (aligned columns)."""
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if "," in line:
        return ","
    if line.count("/") >= 2 and not _DATE.search(line):
        return "/"
    return " "


def cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``line``, relative to its start (empty cells kept, except for spaces)."""
    if sep == " ":
        return [m.span() for m in _SPACES.finditer(line)]
    spans, start = [], 0
    for part in line.split(sep):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


def _continues_cell(line: str, sep: str) -> bool:
    """A short line without the table's separator between two rows of a TSV, CSV or slash-separated table (or
    with one bar of a markdown row, ``250687 |``): the end of a cell pasted with its line break."""
    if not 0 < len(line.strip()) <= MAX_CONTINUATION:
        return False
    return (sep in "\t,/" and sep not in line) or (sep == "|" and line.count("|") < 2)


def _names(cell: str, words: re.Pattern[str]) -> re.Match[str] | None:
    label = cell.strip().strip("\"'*:●○◆■・")
    if _SENTENCE.search(label):  # a question or a sentence (Q. 障害者手帳の更新はいつですか。) heads no column
        return None
    return words.search(label) if 0 < len(label) <= MAX_HEADER_CELL else None


def in_named_column(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """True when ``text[start:end]`` sits in a table column whose header cell matches ``words``."""
    return column_header(text, start, end, words) is not None


def column_header(text: str, start: int, end: int, words: re.Pattern[str]) -> re.Match[str] | None:
    """The match of ``words`` in the header cell of the table column that ``text[start:end]`` sits in."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip("\r")
    sep = separator(line)
    row = cells(line, sep)
    col = next((i for i, (s, e) in enumerate(row) if s <= start - line_start < e or s < end - line_start <= e), None)
    if col is None or len(row) < 2:
        return None
    from_right = len(row) - 1 - col
    pos = line_start - 1  # the line break before the value's line
    wrapped = False
    for _ in range(MAX_LINES_UP):
        if pos <= 0:
            return None
        above_start = text.rfind("\n", 0, pos) + 1
        above = text[above_start:pos].rstrip("\r")
        pos = above_start - 1
        if _continues_cell(above, sep) and not wrapped:
            wrapped = True  # the rest of a cell broken over two lines (``946-⏎8020445``): the row goes on above
            continue
        wrapped = False
        if not above.strip() or separator(above) != sep:
            return None
        header = cells(above, sep)
        if len(header) < 2:
            return None
        if sep == " " and _DIGIT.search(above):
            continue  # aligned columns: a data row; the header line holds labels only
        # a name with a space (aligned columns) or a quoted comma (CSV) adds a cell: count from the right too
        candidates = {col, len(header) - 1 - from_right}
        if sep == " " and len(header) != len(row):  # aligned by position: a header cell over the value (where the
            # cells do not pair one for one: 氏名 受給者番号 支給額 over 山田太郎 0012345678 45000 pairs by index)
            offset = start - line_start, end - line_start
            candidates |= {i for i, (s, e) in enumerate(header) if s < offset[1] and offset[0] < e}
        for i in sorted(candidates):
            if 0 <= i < len(header) and (found := _names(above[slice(*header[i])], words)):
                return found
    return None
