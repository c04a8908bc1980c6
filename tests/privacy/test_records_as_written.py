"""Records as residents and staff write them: bank details in English or with ゆうちょ's 店名, a card number in
mixed groups, names in a bar-separated list, a caller's name in hiragana, a surname before a title, a mail
address with spaced dots, an address wrapped over two lines, a phone number read out with 、."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.recognizer_support import findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send money to 七十七銀行, branch 1　7　8, account 六三〇一三三八.",
         {("BANK_ACCOUNT", "1　7　8"), ("BANK_ACCOUNT", "六三〇一三三八")}),
        ("（ゆうちょ銀行以外からの振込用: 店名 四七五 普通 8 4 7 8 4 8 4）",
         {("BANK_ACCOUNT", "四七五 普通 8 4 7 8 4 8 4")}),  # branch, type and account in a passbook's order: one value
        ("木村さんの還付口座 797　218　8042 でOKです", {("BANK_ACCOUNT", "797　218　8042")}),
        ("前に登録した5446―６７３９ 1637‐１４２５のほうで", {("CREDIT_CARD", "5446―６７３９ 1637‐１４２５")}),
        ("固定資産税をカードで払いたくて。番号は355857375696\n3076です。", {("CREDIT_CARD", "355857375696\n3076")}),
        ("No.｜氏名｜年齢｜備考\n1｜KIM MINJUN｜94｜通訳要\n2｜ティダ・ウィン｜39｜車いす",
         {("PERSON", "KIM MINJUN"), ("PERSON", "ティダ・ウィン")}),
        ("市民：あの、ごとう　はると申します。", {("PERSON", "ごとう　はる")}),
        ("相談者: SITA GURUNG / シタ グルン", {("PERSON", "SITA GURUNG"), ("PERSON", "シタ グルン")}),
        ("口座の名義はニシムラタクヤです。", {("PERSON", "ニシムラタクヤ")}),
        ("岡田部長から了承を得ました。", {("PERSON", "岡田")}),
        ("メール: yamada . taro @ city . lg . jp", {("EMAIL_ADDRESS", "yamada . taro @ city . lg . jp")}),
        ("住所: 茨城県つくば市研究学園\n一丁目2番3号", {("ADDRESS", "茨城県つくば市研究学園\n一丁目2番3号")}),
        ("電話は〇九〇、一二三四、五六七八です", {("PHONE_NUMBER", "〇九〇、一二三四、五六七八")}),
        ("ご不明点は担任の松本教諭まで。", {("PERSON", "松本")}),
    ],
)
def test_found(analyzer: Analyzer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= findings(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "｜項目｜内容｜\n｜---｜---｜\n｜氏名｜山崎 貴子｜\n｜住所｜高崎市八島町｜",  # labels in a column, not a header
        "松本市長が挨拶した。",
        "証明書シリアル 5220409787133897",  # another label names the number the check digit vouches for
        "4111 1111 1111 1111 1234",
        "つくば市の人口は\n1-2月で増えた",
        "参加者は012、34、5678名",
    ],
)
def test_not_taken_for_personal_data(analyzer: Analyzer, text: str) -> None:
    found = findings(analyzer, text)
    wrong = {(e, v) for e, v in found if v in ("住所", "松本") or e in ("CREDIT_CARD", "ADDRESS", "PHONE_NUMBER")}
    assert not wrong, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("| 項目 | 担当 | 期限 |\n| 予算編成 | 財政課 | 十月 |", "財政課"),  # a section under 担当
        ("、これを ばんごはんと言います", "ばんごはん"),
        ("担当はシステムが対応します", "システム"),
        ("近畿局長が来庁", "近畿"),
    ],
)
def test_words_are_not_names(analyzer: Analyzer, text: str, word: str) -> None:
    assert not any(word in value for entity, value in findings(analyzer, text) if entity == "PERSON")
