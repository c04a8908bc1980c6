"""Records pasted from spreadsheets and case files: tables whose cells a paste broke over two lines, values
named only by their column header or by a label sentences before (先ほどの番号は…), kanji digits in 、 groups,
a family name alone before a title, romanized and kana names where people write them, birth dates after the
person a record is about, mail addresses spelled out."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from tests.privacy.recognizer_support import findings


def _covered(analyzer: Analyzer, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in analyzer.analyze(text)]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


_TSV = (
    "番号\t氏名\t生年月日\t個人番号\t振込口座\n"
    "4082\t百目鬼 栄\t1962年6月24日\t九二三二、〇三九二、九三四〇\t1030636\n"
    "4320\t岡 正雄\t昭和36年5月27日\t(5055)11456813\t946-\n8020445\n"
    "9820\t田中泉\t1949年4月23日\t2\u30002\u30007\u30009\u30002\u30004\u30008\u30002\u30007\u30001\u30004\u30003\t1651292052\n"
)
_CSV = (
    "氏名,郵便番号,電話,住民票コード\n"
    "岡瞳,857-2078,045-387-9239,56885840003\n"
    "四十物翼,7145421,0 3 2 1 9 9 5 5 5 9,7164\n8386413\n"
    "一戸 ハル,２３５－２４５６,027　586　6522,18769777351\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_TSV, "九二三二、〇三九二、九三四〇"),  # マイナンバー named by its column, in kanji 、 groups
        (_TSV, "5055)11456813"),
        (_TSV, "2\u30002\u30007\u30009\u30002\u30004\u30008\u30002\u30007\u30001\u30004\u30003"),  # after a broken row
        (_CSV, "7164\n8386413"),  # a cell with the paste's line break in it
        (_CSV, "２３５－２４５６"),
        (_CSV, "18769777351"),
    ],
)
def test_table_values_after_a_broken_row(analyzer: Analyzer, text: str, value: str) -> None:
    assert _covered(analyzer, text, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氏名,郵便番号,電話,被保険者番号\n山本進,９０１－４５０３,0276-91-6739,0567540396",
         {("CARE_INSURANCE", "0567540396")}),
        ("Mail: k-ito@yamabiko (dot) ne (dot) jp", {("EMAIL_ADDRESS", "k-ito@yamabiko (dot) ne (dot) jp")}),
        ("対象者　丸山　陽菜　平成14年1月7日\n住民票コード", {("BIRTH_DATE", "平成14年1月7日")}),
        ("長谷川さんは大正9年3月2日、熊本県生まれ。", {("BIRTH_DATE", "大正9年3月2日")}),
        ("国保記号・番号 六〇四九、六二五四一五三", {("HEALTH_INSURANCE", "六〇四九、六二五四一五三")}),
        ("パスポート番号　EB、七九三七二七五", {("PASSPORT", "EB、七九三七二七五")}),
        ("以前石川主査に相談済みとのこと。", {("PERSON", "石川")}),
        ("開設式には関副市長らが出席した。", {("PERSON", "関")}),
        ("主治医は市民病院の今医師。", {("PERSON", "今")}),
        ("堀相談支援専門員と連携する。", {("PERSON", "堀")}),
        ("訪問看護ステーションのケアマネジャー西村さんより連絡", {("PERSON", "西村")}),
        ("こんにちは。私はSilva Joao Pedroです。妻のFERNANDA YUMI HIGAが妊娠しました。",
         {("PERSON", "Silva Joao Pedro"), ("PERSON", "FERNANDA YUMI HIGA")}),
        ("英字表記：LI NA　カナ：リー・ナー", {("PERSON", "LI NA")}),
        ("株式会社ミライシステムズ　営業部\nSACHIKO MATSUMOTO\ns-matsumoto@example.jp",
         {("PERSON", "SACHIKO MATSUMOTO")}),
        ("来庁者：平　ハル様（たいらはる）", {("PERSON", "たいらはる")}),
        ("申出人：ほし とめ　電話 0528604871", {("PERSON", "ほし とめ")}),
        ("保護者　さいとうめい（母）　携帯 09085093779", {("PERSON", "さいとうめい")}),
        ("下のメモを表にしてください\n\nやくしじ　まさる　S30.7.17生", {("PERSON", "やくしじ\u3000まさる")}),
        ("| 受付番号 | 納付者 | カード番号 | エラー |\n|---|---|---|---|\n"
         "| K7152681135 | ハラ シオリ | 3784 | 番号誤り |",
         {("PERSON", "ハラ シオリ")}),
        ("yamada (dot) taro (at) example (dot) jp", {("EMAIL_ADDRESS", "yamada (dot) taro (at) example (dot) jp")}),
        ("taro アット example ドット jp", {("EMAIL_ADDRESS", "taro アット example ドット jp")}),
        ("[contact]\ntanto=山本文子\nmail=y-fumiko【@】city.example.lg.jp",
         {("PERSON", "山本文子"), ("EMAIL_ADDRESS", "y-fumiko【@】city.example.lg.jp")}),
        ("本人の住民票コードを控えました。先ほどの番号は 12345678901 です。", {("RESIDENT_CODE", "12345678901")}),
        ("介護保険証を確認しました。\n番号ですが、0123456789 です", {("CARE_INSURANCE", "0123456789")}),
        ("えー、基礎年金番号、言いますね。1234の567890です", {("PENSION_NUMBER", "1234の567890")}),
        ("【番号類】\n・住民票 12345678901\n・年金 1234567890", {("RESIDENT_CODE", "12345678901")}),
        ("Thank you. Best regards,\nMaria Santos\nTsukuba City Hall", {("PERSON", "Maria Santos")}),
        ("Rajesh Kumar, Chief Engineer", {("PERSON", "Rajesh Kumar")}),
        ("From: Tanaka Hiroshi <h-tanaka@example.jp>", {("PERSON", "Tanaka Hiroshi")}),
        ("【相談者】Sunita Gurung / 在留カード AB12345678CD", {("PERSON", "Sunita Gurung")}),
        ("KIM MINJI（キム・ミンジ）さんの件", {("PERSON", "KIM MINJI")}),
        ("相談者は朴瑞妍さん。", {("PERSON", "朴瑞妍")}),
        ("田中ウメさん（92）が来庁", {("PERSON", "田中ウメ")}),
        ("身体障がい者手帳　1234567", {("DISABILITY_CERTIFICATE", "1234567")}),
        ("Basic Pension Number: 1234-567890", {("PENSION_NUMBER", "1234-567890")}),
        ("Resident record code 12345678901", {("RESIDENT_CODE", "12345678901")}),
        ("基 礎 年 金 番 号 ： 1 2 3 4 - 5 6 7 8 9 0", {("PENSION_NUMBER", "1 2 3 4 - 5 6 7 8 9 0")}),
    ],
)
def test_found(analyzer: Analyzer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= findings(analyzer, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("前課長と新部長が引き継いだ。", "前"),
        ("つくば市長が挨拶した。", "つくば"),
        ("福祉課長に確認する。", "福祉"),
        ("同課長の判断による。", "同"),
        ("一、二、三の順に並べる", "一"),
        ("To: All Staff", "All Staff"),
        ("今課長は会議中です。", "今"),
        ("担当の方が対応します。", "方"),
        ("営業部の東支店長と北署長が出席します。", "北"),
        ("Best regards,\nTsukuba City", "Tsukuba City"),
    ],
)
def test_words_before_titles_are_not_names(analyzer: Analyzer, text: str, word: str) -> None:
    assert not any(text[f.start : f.end] == word for f in analyzer.analyze(text))


def test_a_header_with_a_comma_in_brackets_still_heads_its_column(analyzer: Analyzer) -> None:
    text = "氏名\t生年月日(西暦、和暦)\n山田太郎\t1990/01/01"
    assert ("BIRTH_DATE", "1990/01/01") in findings(analyzer, text)


def test_a_mobile_number_next_to_住民票_stays_a_phone_number(analyzer: Analyzer) -> None:
    found = findings(analyzer, "住民票の写しを取りに来た。携帯 09012345678")
    assert ("PHONE_NUMBER", "09012345678") in found
    assert not any(e == "RESIDENT_CODE" for e, _ in found)


def test_a_date_after_a_role_without_a_name_is_no_birth_date(analyzer: Analyzer) -> None:
    text = "申請者 2024年4月1日 受付、対象者 2024年5月1日に面談"
    assert not any(f.entity == "BIRTH_DATE" for f in analyzer.analyze(text))
