"""Tables in running text: a header row, then rows of tab-, pipe- or comma-separated cells."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from .addresses import SINGLE_LINE, address
from .gen import Gen
from .ids import IDENTIFIERS, ident, phone
from .people import LABEL, birth, person

PHONE_CELL = ("plain", "paren_area", "international", "fullwidth", "spaced", "kanji", "long_vowel_dash")
ID_HEADERS = {
    "MY_NUMBER": "個人番号",
    "RESIDENT_CODE": "住民票コード",
    "HEALTH_INSURANCE": "保険者番号",
    "PENSION_NUMBER": "基礎年金番号",
    "DRIVER_LICENSE": "免許証番号",
    "BANK_ACCOUNT": "店番-口座番号",
    "CREDIT_CARD": "カード番号",
    "CARE_INSURANCE": "介護保険被保険者番号",
    "DISABILITY_CERTIFICATE": "手帳番号",
    "PASSPORT": "旅券番号",
    "RESIDENCE_CARD": "在留カード番号",
    "POSTAL_CODE": "郵便番号",
}


def least_tab_cell(g: Gen, k: int) -> list[str]:
    """The k identifier entities (postal code included) with the fewest tab_cell values so far."""
    pool = [*IDENTIFIERS, "POSTAL_CODE"]
    return sorted(pool, key=lambda e: (g.counts[(e, "tab_cell")], g.rng.random()))[:k]


def cell(g: Gen, column: str, age_years: tuple[int, int]) -> Piece:
    if column == "氏名":
        return person(g, LABEL)[0]
    if column == "電話":
        return phone(g, forms=PHONE_CELL)
    if column == "住所":
        return address(g, SINGLE_LINE)
    if column == "生年月日":
        return birth(g, *age_years)[0]
    if column == "受付日":
        return g.other_date()
    if column == "備考":
        return g.choice(("", "再提出", "本人来庁", "代理人", "郵送", "要確認"))
    for entity, header in ID_HEADERS.items():
        if header == column:
            return ident(g, entity, table=True).piece
    raise ValueError(column)


def table(
    g: Gen,
    b: Builder,
    columns: list[str],
    rows: int,
    sep: str | None = None,
    age_years: tuple[int, int] = (1940, 2005),
) -> None:
    """Write a header row and `rows` rows; identifier cells are written in the tab_cell form."""
    sep = sep or g.choice(("\t", "\t", " | ", "|", ","))
    edge = sep.strip() == "|" and g.chance(0.5)
    head = sep.join(columns)
    b.line(f"| {head} |" if edge else head)
    for _ in range(rows):
        if edge:
            b.put("| ")
        for i, column in enumerate(columns):
            if i:
                b.put(sep)
            b.put(cell(g, column, age_years))
        b.line(" |" if edge else "")


def id_columns(g: Gen, k: int) -> list[str]:
    return [ID_HEADERS[e] for e in least_tab_cell(g, k)]
