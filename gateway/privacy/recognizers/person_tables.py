"""Names in a table under a column that names people: a name's label (氏名, 口座名義, カナ, 申請者 …) or a role
ending in 者 or 人 (所有者, 滞納者, 寄附者, 代理人; not 法人, 落札者). Under a role's column a cell must read as a
person's name: a body, a place or a profession fills such a column too (水戸市, 国, 弁護士, 水戸ロータリークラブ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.privacy.recognizers import _table
from gateway.privacy.recognizers.person_words import (
    SECTION_END,
    common_word,
    has_family_name_entry,
    has_name_entry,
    kanji_name_known,
    place_name,
    unknown_word,
    words,
)

_NAME_HEADERS = words(
    "氏名 名前 お名前 口座名義 名義 名義人 口座名義人 カナ 氏名カナ カナ氏名 フリガナ ふりがな 受取人 受取人名 "
    "申請者 申請者名 相談者 世帯主 保護者 児童名 利用者 利用者名 対象者 Name NAME 担当 担当者 納付者 納税者 "
    "納税義務者 申込者 受給者 来庁者 届出人 請求者 契約者 被保険者 被保険者名 患者名 申出人 確認者"
)
# a column of people by their role (所有者, 滞納者, 寄附者, 代理人), not of companies (事業者, 法人, 落札者), and
# no cell that names a company (株式会社…, …工業)
_ROLE_HEADER = re.compile(r"[\u4e00-\u9fff]{1,5}(?:者|(?<!法)人)(?:名|氏名)?")
_COMPANY_ROLES = ("業者", "法人", "受注者", "発注者", "設置者", "管理者", "団体", "落札者", "入札者", "請負人",
                  "請負者")
_CORPORATE = re.compile(
    "株式会社|有限会社|合同会社|法人|組合|協会|工業|建設|商会|商店|クラブ|会$|団$|局$|センター|匿名")
_KANA_ONLY = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_BRACKETED = re.compile(r"[(（][^()（）]{1,6}[)）]$")  # 氏名（カナ）
_CELL_WORD = r"[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc・A-Za-z]{1,12}"
_DIGITS = re.compile("[0-9]")
_CELL_NAME = re.compile(rf"{_CELL_WORD}(?:[ \u3000]{_CELL_WORD}){{0,3}}")


def _names_people(header: str) -> bool:
    return header in _NAME_HEADERS or (_ROLE_HEADER.fullmatch(header) is not None
                                       and not header.rstrip("名氏").endswith(_COMPANY_ROLES))


def _person_shaped(value: str) -> bool:
    """A cell under a role's column (所有者, 寄附者) that reads as a person's name, not a body's or a place's (水戸市,
    国, 株式会社青葉建設, 水戸ロータリークラブ, 弁護士, 匿名希望): two words not both common nouns, kana the lexicon
    reads as a name or does not know, a kanji name the lexicon knows (``kanji_name_known``)."""
    if _CORPORATE.search(value) or place_name(value) or common_word(value) or len(value) < 2:
        return False
    parts = value.split()
    if len(parts) >= 2:
        return not all(map(common_word, parts))
    if _KANA_ONLY.fullmatch(value):
        return unknown_word(value) or has_name_entry(value) or any(
            has_family_name_entry(value[:k]) and has_name_entry(value[k:]) for k in range(2, len(value) - 1))
    return kanji_name_known(value)


def table_cells(text: str) -> Iterator[tuple[int, int, float]]:
    """Cells under a name column of a tab-, comma-, bar- or slash-separated table (口座名義, 氏名, ●氏名, カナ): ﾏﾙ ﾏｲ.

    The header is a row of three or more labels, and a row belongs to its table when it has as many cells: a
    two-column form (``氏名｜山田太郎``, ``生年月日｜…``) has its labels in a column, not a header."""
    if "\t" not in text and text.count(",") < 4 and text.count("|") < 4 and text.count("/") < 4:
        return
    columns: set[int] = set()
    width = 0
    offset = 0
    table_sep = ""
    lines = text.split("\n")
    rest_of_row = False  # the line holds the rest of a row that a paste broke over two lines
    by_role: set[int] = set()  # columns headed by a role (所有者), not by a name's label (氏名)
    for i, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        sep = _table.separator(line)
        if columns and sep != table_sep and 0 < len(line.strip()) <= _table.MAX_CONTINUATION:
            rest_of_row = False
            continue  # the rest of a row a paste broke over two lines (…| 6276⏎250687 |): the table goes on
        if sep == " " or (sep == "," and line.count(",") < 2):
            columns = set()
            continue
        cells = _table.cells(line, sep)
        values = [line[a:b].strip() for a, b in cells]
        headers = [_BRACKETED.sub("", value.strip("●○◆■・*")) for value in values]
        named = {k for k, header in enumerate(headers) if _names_people(header)}
        if named and sum(map(bool, values)) >= 3 and not any(map(_DIGITS.search, values)):
            columns, width, table_sep = named, len(cells), sep
            by_role = {k for k in named if headers[k] not in _NAME_HEADERS}
            continue
        if len(cells) != width:
            # a row a paste broke in two keeps its columns before the break; a row of another width ends the table
            following = lines[i + 1] if i + 1 < len(lines) else ""
            short = 0 < len(following.strip()) <= _table.MAX_CONTINUATION
            rest = len(_table.cells(following, sep)) if _table.separator(following) == sep else int(short)
            broken = sep == table_sep and (len(cells) + rest - 1 == width or (short and len(cells) < width))
            if not broken or rest_of_row:
                columns, rest_of_row = (columns if broken else set()), False
                continue
            rest_of_row = True
        else:
            rest_of_row = False
        for k, (a, b) in enumerate(cells):
            if (k in columns and _CELL_NAME.fullmatch(values[k]) and not values[k].endswith(SECTION_END)
                    and (k not in by_role or _person_shaped(values[k]))):
                at = start + a + line[a:b].index(values[k])
                yield at, at + len(values[k]), 0.75
