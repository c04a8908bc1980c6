"""Numbers that belong to something other than a person are sent as written; a person's own label still wins."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.recognizer_support import findings

# 202540357627, 798596963783 and 566892901329 pass the マイナンバー check digit: only what names them tells them apart
NOT_A_PERSONS = [
    "A. 郵便物の追跡番号（例：3390-5800-2781）は日本郵便のサイトで確認できます。",
    "A. 受付番号（例：202540357627）は控えの右上に印字されています。",
    "3. 記入例の番号（1234 5678 9012）は架空のものです。",
    "Q. 介護保険の事業所番号はどこで確認できますか。\n"
    "A. 事業所番号（10桁）は指定通知書に記載されています。例：1357575880",
    "doc_no,title,received,count,dept\n793674060298,備品購入,2026-01-16,337,環境政策課\n"
    "R8-0160,補助金交付申請,2026-02-22,71,高齢福祉課\n798596963783,補助金交付申請,2026-01-23,320,市民課",
    '{"user_id": 494, "order_no": "399888772030", "tracking": "6917-0230-6918", "jigyosho_no": "1327141400"}',
    "2026-03-01 11:12:57 DEBUG [worker-1] order_id=566892901329 status=SHIPPED",
    # a resource's id in a URL path; a form's placeholder under a personal label
    "03-21 08:30:49 GET /api/v1/applications/566892901329/status 200 749ms",
    "申請書の「個人番号」欄に12桁のマイナンバーを記入してください（例：0000 0000 0000 のような桁数）。",
    "Q. 保険証の記号・番号を教えてほしい。\nA. 窓口でのみご案内しています。\n"
    "（このページの番号：FAQ-8915　更新 2026-02-22）",
]


@pytest.mark.parametrize("text", NOT_A_PERSONS)
def test_another_kinds_number_or_an_example_is_sent_as_written(analyzer: Analyzer, text: str) -> None:
    assert findings(analyzer, text) == set()


def test_a_persons_label_wins_over_the_same_shapes(analyzer: Analyzer) -> None:
    text = ('{"kojin_no": "202540357627", "care_no": "0000887939"}\n'
            "care_no,shimei\n1000097916,山田 太郎\n"
            "介護保険の被保険者番号：0100382255\n"
            "マイナンバー（例ではなく本人のもの）：798596963783")
    found = findings(analyzer, text)
    assert {("MY_NUMBER", "202540357627"), ("CARE_INSURANCE", "0000887939"), ("CARE_INSURANCE", "1000097916"),
            ("CARE_INSURANCE", "0100382255"), ("MY_NUMBER", "798596963783")} <= found


def test_an_unnamed_check_digit_is_still_a_my_number(analyzer: Analyzer) -> None:
    assert ("MY_NUMBER", "566892901329") in findings(analyzer, "先ほどの番号は 566892901329 です")
    assert ("MY_NUMBER", "566892901329") in findings(analyzer, "GET /api/v1/residents/566892901329 200")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("介護番号：1234567890", ("CARE_INSURANCE", "1234567890")),
        ("要介護認定番号 1234567890", ("CARE_INSURANCE", "1234567890")),
        ('{"name": "山田 太郎", "number": "123456789018"}', ("MY_NUMBER", "123456789018")),
        ('{"shimei": "山田太郎", "id": "123456789018"}', ("MY_NUMBER", "123456789018")),
        ("person:\n  name: 山田太郎\n  id: 123456789018\n", ("MY_NUMBER", "123456789018")),
        ("受付番号　番号　　　　　　氏名\nR-1　　　123456789018　山田　太郎\n", ("MY_NUMBER", "123456789018")),
        ("申請 123456789018", ("MY_NUMBER", "123456789018")),
        ("用例：123456789018", ("MY_NUMBER", "123456789018")),
        ("（凡例）123456789018", ("MY_NUMBER", "123456789018")),
        ("申請 TK1234567", ("PASSPORT", "TK1234567")),
    ],
)
def test_a_word_near_that_names_no_other_kind_leaves_the_number_to_its_family(
        analyzer: Analyzer, text: str, expected: tuple[str, str]) -> None:
    assert expected in findings(analyzer, text)
