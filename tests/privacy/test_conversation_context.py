"""Numbers whose label stands elsewhere than right before them: in the question a caller answers, in the number
listed just before, in a biography's first line; and what only looks like a name or a number nearby."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.recognizer_support import findings


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("職員：住民票コードがお手元にあれば。\n市民：5787　4893　210ですね。", "RESIDENT_CODE", "5787　4893　210"),
        ("職員：基礎年金番号をお願いいたします。\n市民：えっと、4809-692 282です。", "PENSION_NUMBER", "4809-692 282"),
        ("職員：免許証をお持ちなら番号を。\n市民：3042 9555-6780です。", "DRIVER_LICENSE", "3042 9555-6780"),
        # the second of two numbers of one kind, named only once
        ("基礎年金番号は4153-573546です。あ、夫の分は1500-521173です。", "PENSION_NUMBER", "1500-521173"),
        ("介護保険 ／ 後期高齢 2　6　0　6　9　7　9　6", "HEALTH_INSURANCE", "2　6　0　6　9　7　9　6"),
        ("介護保険被保険者番号: H1 464-08044", "CARE_INSURANCE", "H1 464-08044"),
        ("職員：折り返しは084-323-2840でよろしいですか。", "PHONE_NUMBER", "084-323-2840"),
        # ① is a list marker, not the first digit of the number after it
        ("緊急連絡先①: 0 7 0 3 8 2 4 3 2 8 5　②: 0　7　0　0　3　8　0　6　9　6　1", "PHONE_NUMBER",
         "0 7 0 3 8 2 4 3 2 8 5"),
        ("森拓也（もりたくや、１９７２年１月２０日 - ）は、日本の陶芸家。", "BIRTH_DATE", "１９７２年１月２０日"),
        # the card named instead of the number: the number printed on it, its check digit right
        ("マイナンバーカードの暗証番号ロックかかった💦\n番号 93960917\n9362 で予約とれますか？", "MY_NUMBER",
         "93960917\n9362"),
        ("山田一郎（1950年12月24日 - ）は郷土史家。", "BIRTH_DATE", "1950年12月24日"),
        # an answer that starts with its own short sentence
        ("職員：マイナンバーを教えていただけますか。\n市民：はい。1 2 3 4 5 6 7 8 9 0 1 8", "MY_NUMBER",
         "1 2 3 4 5 6 7 8 9 0 1 8"),
        # foreign residents write the English name; brackets around the groups
        ("My Number: 1 2 3 4 5 6 7 8 9 0 1 8", "MY_NUMBER", "1 2 3 4 5 6 7 8 9 0 1 8"),
        ("Individual Number 1234-5678-9019", "MY_NUMBER", "1234-5678-9019"),
        ("マイナンバー: [1234][5678][9018]", "MY_NUMBER", "1234][5678][9018"),
        # enclosed digits written as a number, not as a list marker
        ("マイナンバー ①②③④⑤⑥⑦⑧⑨⓪①⑧", "MY_NUMBER", "①②③④⑤⑥⑦⑧⑨⓪①⑧"),
        ("電話 ⓪⑨⓪-①②③④-⑤⑥⑦⑧", "PHONE_NUMBER", "⓪⑨⓪-①②③④-⑤⑥⑦⑧"),
    ],
)
def test_found_with_the_label_elsewhere(analyzer: Analyzer, text: str, entity: str, value: str) -> None:
    assert (entity, value) in findings(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "相福第2024-1596号\n令和7年7月23日\n各社会福祉法人 御中",  # a document number's symbol
        "保護者の皆様へ　校外学習のお知らせ",
        "事業期間（2024年4月1日 - 2025年3月31日）の報告",  # a period, not a biography
        "年金の説明会 2024-06-15 13:30 市役所",
        "年金の相談は 03-1234-5678 まで",
        "マイナンバーカード 申請件数\n2024年 1 2 3 4 5 6 7 8 9 0 1 8",  # counts under a heading that names the card
        "マイナンバーカードの交付枚数は 1234 5678 9018 枚です",  # a figure, however its check digit falls
        "My Number Card applications: 1,204 cases",
        # figures and dates after a label or under a heading (a blocked type would refuse the request)
        "後期高齢者医療 2024/04/01から新しい保険証になります",
        "後期高齢者 20240801 適用",
        "後期高齢者医療\t1,234\t5,678\t9,012",
        "住民票コード通知\n受付 1,204 / 1,188 / 1,356 / 98",
        "個人番号カードの交付件数\n1,204 1,188 1,356",
        "年金受給者数\t12,345\t67,890",
        "免許返納者数\n12,345 67,890 12",
        "マイナンバー総合フリーダイヤル\n+81-50-3816-9405（海外から）",
        "第3回 つくば市都市計画審議会\n1-2 資料の説明",  # a heading and an item number, not a wrapped address
        "2015-2016 2017-2018 の比較",
        "Dr . Smith at Univ . Tokyo . jp",
    ],
)
def test_look_alikes_nearby_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert {entity for entity, _ in findings(analyzer, text)} <= {"PHONE_NUMBER", "PERSON"}


def test_a_country_in_brackets_after_a_name_is_not_a_reading(analyzer: Analyzer) -> None:
    found = findings(analyzer, "アウン・チョー・ミンさん（ミャンマー）来庁。")
    assert ("PERSON", "アウン・チョー・ミン") in found
    assert all(value != "ミャンマー" for _, value in found)


def test_another_identifiers_label_keeps_its_number(analyzer: Analyzer) -> None:
    """A licence number just before does not make the マイナンバー after it a licence number."""
    text = "免許証（445974476291）を確認。\n個人番号：7083-3433-4751"
    assert ("MY_NUMBER", "7083-3433-4751") in findings(analyzer, text)


@pytest.mark.parametrize("text", ["1 9 8 5 年 4 月 3 日生まれ", "生年月日: 1985 / 4 / 3", "生年月日 S 60 . 4 . 3"])
def test_a_birth_date_written_with_spaces(analyzer: Analyzer, text: str) -> None:
    assert {entity for entity, _ in findings(analyzer, text)} == {"BIRTH_DATE"}
