"""銀行口座: the 7-digit account number after 普通/当座/貯蓄, bank 4 + branch 3 + account 7, and ゆうちょ.

JAPANESE_PII.md, Identifiers, 銀行口座: bank code 4 + branch code 3 + 普通/当座 + a 7-digit account,
context 口座 / 普通 / 当座 / 支店; ゆうちょ: 記号 5 digits + 番号 up to 8 (``10120-12345671``). Bank and
branch codes alone are public (they name a branch, not a person) and are not reported; the account
number is, alone or as part of ``0001-123-1234567``.

Banks and ゆうちょ also write branch and account together after the deposit type (``普通預金 030-4291463``,
``当座 403 3176565``, ``ゆうちょ銀行 〇一八店 普通 1234567``); in that record, and after a 店番 / 支店番号
label, the branch number is reported too: with the account number it locates the account. Written in the order of
a passbook (``店番 123 普通 1234567``, ``030-当座-4291463``), branch, deposit type and account are one value.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers._context import SCORE_CONTEXT, SCORE_VALID, SCORE_WEAK
from gateway.privacy.recognizers._pattern import (
    LABEL_GAP,
    LEFT_EDGE,
    RIGHT_EDGE,
    JaPatternRecognizer,
    cell,
    digits,
    labelled,
    loose,
)

BANK_CONTEXT = ["口座", "普通", "当座", "貯蓄", "預金", "支店", "銀行", "金庫", "振込", "振り込", "店番"]
BRANCH_CONTEXT = ["店番", "支店番号", "支店コード", "店番号"]
YUCHO_CONTEXT = ["ゆうちょ", "貯金", "口座", "振替"]

# 普通預金口座番号: 1234567, 当座 No.1234567, 貯蓄預金 1234567: the deposit type is the context.
_DEPOSIT_TYPE = (
    rf"(?:普通|当座|貯蓄)(?:預金)?(?:口座)?(?:番号)?\s?(?::\s?)?(?:No\.?\s?)?"
    rf"(?P<value>{digits(7)}|{digits(3, 7, plain=False)})"
)
# branch, deposit type and account written as one value (``123 普通 1234567``, ``030-当座-4291463``): reported whole
_BRANCH_TYPE_ACCOUNT = (
    rf"(?P<value>{loose(3)}[\s\-/・,、]{{0,3}}(?:普通|当座|貯蓄)(?:預金)?[\s\-/・:：,、]{{0,3}}{loose(7)})"
)
# 店番 123, a 店番 column (``88-0`` in any grouping), ゆうちょ 〇一八店 (kanji digits read by normalize)
_BRANCH = rf"{LEFT_EDGE}[0-9](?:[- ]?[0-9]){{2}}{RIGHT_EDGE}"
_YUCHO_BRANCH = rf"{LEFT_EDGE}(?P<value>[0-9]{{3}}|[〇一二三四五六七八九]{{3}})店(?!舗)"
# an account number, or branch and account (3 + 7), in any grouping right after these
_ACCOUNT_LABELS = r"口座(?:番号)?|(?:普通|当座|貯蓄)(?:預金)?|(?i:account(?: ?(?:no\.?|number|#))?|acct\.?|a/c)"
# a branch number in any grouping right after its label; ゆうちょ's 店名 for transfers from other banks is one
# (店名 〇一八, read as 018), and foreign residents write it in English
_BRANCH_LABELS = r"店番号?|支店番号|支店コード|店名|(?i:branch(?: ?(?:no\.?|number|code|#))?)"
_KANJI_BRANCH = "[〇一二三四五六七八九]{3}(?![〇一二三四五六七八九])"
_BRANCH_LABELLED = rf"(?:{_BRANCH_LABELS}){LABEL_GAP}(?P<value>{loose(3)}|{_KANJI_BRANCH})"
# ゆうちょ 記号-番号: 5 digits, then up to 8, joined by '-' (a line break after it or not) or one space; after a
# 記号・番号 label the 13 digits in any grouping (``114201​8065809``: a zero-width character between)
_YUCHO = rf"{LEFT_EDGE}(?:[0-9]{{5}}-\n?[0-9]{{1,8}}|(?<![0-9] )[0-9]{{5}} [0-9]{{1,8}}(?! [0-9])){RIGHT_EDGE}"
_LABELLED = r"\s?(?::\s?)?(?P<value>{})"


class BankAccountRecognizer(JaPatternRecognizer):
    """Bank accounts: after 普通/当座/貯蓄, in bank-branch-account form, or 7 digits near 口座 / 支店."""

    def __init__(self) -> None:
        super().__init__(
            Entity.BANK_ACCOUNT,
            "BankAccountRecognizer",
            [
                Pattern("deposit_type_account", _DEPOSIT_TYPE, SCORE_CONTEXT),
                Pattern("branch_type_account", _BRANCH_TYPE_ACCOUNT, SCORE_CONTEXT),
                Pattern("bank_branch_account", digits(4, 3, 7, plain=False), SCORE_VALID),
                Pattern("account_number", digits(7), SCORE_WEAK),
                Pattern("branch_account", digits(3, 7, plain=False), SCORE_WEAK),
                Pattern("account_labelled", labelled(_ACCOUNT_LABELS, 7), SCORE_CONTEXT),
                Pattern("branch_account_labelled", labelled(_ACCOUNT_LABELS, 10), SCORE_CONTEXT),
                Pattern("account_cell", cell(7), 0.0),
            ],
            BANK_CONTEXT,
        )


class BranchNumberRecognizer(JaPatternRecognizer):
    """The branch number of an account record: after 店番 / 支店番号 or under such a column header, and
    ゆうちょ's ``〇一八店``."""

    def __init__(self) -> None:
        super().__init__(
            Entity.BANK_ACCOUNT,
            "BranchNumberRecognizer",
            [
                Pattern("branch_number", _BRANCH, 0.0),
                Pattern("yucho_branch", _YUCHO_BRANCH, SCORE_CONTEXT),
                Pattern("branch_labelled", _BRANCH_LABELLED, SCORE_CONTEXT),
            ],
            BRANCH_CONTEXT,
        )


class YuchoAccountRecognizer(JaPatternRecognizer):
    """ゆうちょ accounts: ``記号-番号`` (weak alone), or the values after 記号 / 番号 next to ゆうちょ / 口座."""

    def __init__(self) -> None:
        super().__init__(
            Entity.BANK_ACCOUNT,
            "YuchoAccountRecognizer",
            [
                Pattern("yucho_symbol_number", _YUCHO, SCORE_WEAK),
                Pattern("yucho_symbol", r"記号" + _LABELLED.format(digits(5)), 0.0),
                Pattern("yucho_symbol_number_labelled", labelled("記号[・･\\-－ ]?番号", 13), 0.0),
                Pattern(
                    "yucho_number",
                    r"(?<![者話人便券許金])番号" + _LABELLED.format(f"{LEFT_EDGE}[0-9]{{1,8}}{RIGHT_EDGE}"),
                    0.0,
                ),
            ],
            YUCHO_CONTEXT,
        )


def recognizers() -> list[EntityRecognizer]:
    """The bank-account recognizers."""
    return [BankAccountRecognizer(), BranchNumberRecognizer(), YuchoAccountRecognizer()]
