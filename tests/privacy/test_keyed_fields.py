"""Values that a program's field name labels (JSON, YAML, key=value, CSV headers) are found as their entity."""

from __future__ import annotations

import pytest

from gateway.privacy.analyzer import Analyzer
from gateway.privacy.recognizers.keyed_fields import entity_of
from tests.privacy.recognizer_support import findings


def test_a_json_record_is_read_by_its_field_names(analyzer: Analyzer) -> None:
    text = ('{"shimei": "佐藤 花子", "hihoken_no": "12345678", "kojin_no": "123456789018", '
            '"seinengappi": "19850403", "shogai_techo": "123456", "tel_count": 3, "name": "総務課"}')
    found = findings(analyzer, text)
    assert {("PERSON", "佐藤 花子"), ("HEALTH_INSURANCE", "12345678"), ("MY_NUMBER", "123456789018"),
            ("BIRTH_DATE", "19850403"), ("DISABILITY_CERTIFICATE", "123456")} <= found
    assert not any(value in ("3", "総務課") for _, value in found), "a count and a department are no one's"


def test_a_csv_export_with_romanized_headers(analyzer: Analyzer) -> None:
    text = ("shimei,kana,tel,kouza_no\n山田太郎,ヤマダタロウ,090-1234-5678,1234567\n"
            "鈴木一郎,スズキイチロウ,080-2222-3333,7654321")
    found = findings(analyzer, text)
    assert {("PERSON", "山田太郎"), ("PERSON", "ヤマダタロウ"), ("BANK_ACCOUNT", "1234567"),
            ("BANK_ACCOUNT", "7654321")} <= found


def test_a_log_lines_keys_label_its_values(analyzer: Analyzer) -> None:
    text = "2026-03-02 10:11:12 ERROR update failed kojin_no=123456789018 juminhyo_cd=12345678901"
    assert {("MY_NUMBER", "123456789018"), ("RESIDENT_CODE", "12345678901")} <= findings(analyzer, text)


@pytest.mark.parametrize(
    ("key", "entity"),
    [("hihoken_no", "HEALTH_INSURANCE"), ("kojinBango", "MY_NUMBER"), ("jumin_cd", "RESIDENT_CODE"),
     ("kaigo_hihokensha_no", "CARE_INSURANCE"), ("shimei_kana", "PERSON"), ("passport_no", "PASSPORT"),
     ("zairyu_card", "RESIDENCE_CARD"), ("dob", "BIRTH_DATE"), ("tel", "PHONE_NUMBER"), ("kouza", "BANK_ACCOUNT"),
     ("tel_count", None), ("mail_sent", None), ("created_at", None), ("order_id", None), ("name_flag", None),
     ("juminzei", None), ("insurance_premium", None), ("jukinet_port", None), ("resultCode", None), ("hotel", None),
     ("license_key", None), ("hihokensha_seinengappi", "BIRTH_DATE"), ("kojin_id", "MY_NUMBER"),
     ("patient_no", "ID_NUMBER"), ("account_no", "BANK_ACCOUNT"), ("account_count", None), ("dis_cert",
     "DISABILITY_CERTIFICATE"), ("dl_no", "DRIVER_LICENSE"), ("yubin", "POSTAL_CODE"), ("zip_code", "POSTAL_CODE"),
     ("cert_no", "ID_NUMBER"), ("model_no", None), ("care_no", "CARE_INSURANCE")],
)
def test_field_names_and_what_they_hold(key: str, entity: str | None) -> None:
    found = entity_of(key)
    assert (found.value if found else None) == entity


@pytest.mark.parametrize(
    "text",
    [
        "年度,保険料収入,保険給付費\n2023,123456,234567",
        "| 年度 | 住民票交付手数料 | 保険料 |\n|---|---|---|\n| 2023 | 1200 | 45000 |",
        "juminzei: 123456\ninsurance_premium: 12000\nhihoken: 2024\nkojin: 12345\njukinet_port: 8080",
        '{"hihoken_shikaku_shutokubi": "2024-04-01", "juminhyo_kofu_bi": "2024-04-01"}',
    ],
)
def test_figures_and_dates_under_such_fields_are_never_a_blocked_type(analyzer: Analyzer, text: str) -> None:
    blocked = {"MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE"}
    assert not {entity for entity, _ in findings(analyzer, text)} & blocked


@pytest.mark.parametrize(
    ("text", "value"),
    [("techo_no: 1234 5678 9012", "1234 5678 9012"), ('{"kouza": "1234 567"}', "1234 567"),
     ("kojin_id: 1234 5678 9012", "1234 5678 9012"), ("patient_no=12345678", "12345678")],
)
def test_a_keyed_value_is_masked_whole(analyzer: Analyzer, text: str, value: str) -> None:
    start = text.index(value)
    assert any(f.start <= start and start + len(value) <= f.end for f in analyzer.analyze(text))


def test_a_care_number_labelled_kaigo_in_brackets_is_no_health_insurance_number(analyzer: Analyzer) -> None:
    # health-insurance numbers are refused; a care-insurance number (介護) is masked
    assert findings(analyzer, "被保険者番号（介護）：0123456789") == {("CARE_INSURANCE", "0123456789")}


def test_a_number_field_inside_a_named_object_is_read_by_its_parent(analyzer: Analyzer) -> None:
    text = '{"shimei_kana": "ホシ", "hoken": {"kigo": "438", "bango": "532"}, "order": {"no": "12345"}}'
    found = findings(analyzer, text)
    assert {("HEALTH_INSURANCE", "438"), ("HEALTH_INSURANCE", "532")} <= found
    assert not any(value == "12345" for _, value in found), "an order's number is no one's"


def test_vowel_less_abbreviations_of_field_names(analyzer: Analyzer) -> None:
    text = '{"kjn_bng": "1246-2217\\n4805", "jmn_cd": "三〇八九四二八五六九五"}'
    assert {("MY_NUMBER", "1246-2217\\n4805"), ("RESIDENT_CODE", "三〇八九四二八五六九五")} <= findings(analyzer, text)


def test_a_log_value_broken_over_a_line_is_one_value_only_in_its_exact_shape(analyzer: Analyzer) -> None:
    text = ("2026-03-15 20:45:31 WARN [dedupe] jumin_cd=03504957\n348 matched 2 records\n"
            "2026-03-15 20:45:32 INFO tel=0312345678\n42 items")
    found = findings(analyzer, text)
    assert {("RESIDENT_CODE", "03504957\n348"), ("PHONE_NUMBER", "0312345678")} <= found


def test_a_quoted_csv_cell_may_hold_a_line_break(analyzer: Analyzer) -> None:
    text = ('"phone","insured_no","my_number","name"\n'
            '"050-4476-5906","1916\n1066","7 2 2 7 2 6 3 7 5 1 7 3","オイカワ サカエ"\n'
            '"08063823893","3 9 2 8 6 3 1 5","7065/3838/3392","御手洗誠"')
    assert {("HEALTH_INSURANCE", "1916\n1066"), ("MY_NUMBER", "7 2 2 7 2 6 3 7 5 1 7 3"),
            ("HEALTH_INSURANCE", "3 9 2 8 6 3 1 5")} <= findings(analyzer, text)


def test_a_fixed_width_listing_is_read_by_its_header_labels(analyzer: Analyzer) -> None:
    text = ("住民票コード          被保険者番号          氏名                  生年月日\n"
            "50212976846           503680                村上翼                S48.10.7\n"
            "59680290479           7857.2070             東海林 瑛太           1958-05-21\n"
            "                      01273820              遠藤七海              1994/12/9\n")
    found = findings(analyzer, text)
    assert {("RESIDENT_CODE", "50212976846"), ("HEALTH_INSURANCE", "503680"), ("RESIDENT_CODE", "59680290479"),
            ("HEALTH_INSURANCE", "7857.2070"), ("HEALTH_INSURANCE", "01273820")} <= found


def test_a_cards_letters_at_a_rows_end_do_not_swallow_the_next_row(analyzer: Analyzer) -> None:
    text = ("type,care_no,my_number,name,residence_card\n"
            "11,0001550047,６２８０-5932-5239,ナカムラナナミ,ＫＺ３９７１９３２０ＫＪ\n"
            "02,0 0 0 0 8 3 1 5 1 8,９６１７－８４３５－３１１７,Hiroshi Saito,ＥＧ-04671263-XP")
    found = findings(analyzer, text)
    assert {("MY_NUMBER", "９６１７－８４３５－３１１７"), ("CARE_INSURANCE", "0 0 0 0 8 3 1 5 1 8"),
            ("RESIDENCE_CARD", "ＫＺ３９７１９３２０ＫＪ"), ("CARE_INSURANCE", "0001550047")} <= found


def test_a_records_postal_code_and_certificates_under_short_field_names(analyzer: Analyzer) -> None:
    text = ('{"jusho": {"yubin": "5 9 1 6 9 5 3", "todofuken": "大阪府"}, "dis_cert": 84363, '
            '"account_no": "114-7646755", "dl_no": "3007　6566　5140"}')
    assert {("POSTAL_CODE", "5 9 1 6 9 5 3"), ("DISABILITY_CERTIFICATE", "84363"), ("BANK_ACCOUNT", "114-7646755"),
            ("DRIVER_LICENSE", "3007　6566　5140")} <= findings(analyzer, text)


def test_address_parts_japanese_keys_and_romanized_names_of_a_record(analyzer: Analyzer) -> None:
    text = ('{"jusho": {"todofuken": "広島県", "shikuchoson": "福山市", "banchi": "大和町2-14-14"}, '
            '"氏名": "KANG Eunhye", "生年月日": "昭和49年7月18日"}\n'
            "record = {'name': 'GOTO SACHIKO', 'kouza': '4541704'}\n"
            '{"name": "gateway", "service": "api"}')
    found = findings(analyzer, text)
    assert {("ADDRESS", "大和町2-14-14"), ("PERSON", "KANG Eunhye"), ("BIRTH_DATE", "昭和49年7月18日"),
            ("PERSON", "GOTO SACHIKO"), ("BANK_ACCOUNT", "4541704")} <= found
    assert not any(value in ("gateway", "api", "広島県", "福山市") for _, value in found)


def test_a_name_column_of_a_personal_export(analyzer: Analyzer) -> None:
    text = '"phone","my_number","name"\n"050-4476-5906","7 2 2 7 2 6 3 7 5 1 7 3","オイカワ サカエ"'
    assert ("PERSON", "オイカワ サカエ") in findings(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"plan": "standard", "insurance": {"id": 1024, "provider": "Tokio Marine"}}',
        "被保険者番号  氏名        電話\n（記入不要）\n集計\n100  200  300\n",
        "氏名　　　　　　電話番号\n記入してください\n本日は晴天なり\n会議室は三階です\n",
        "name      phone\nMeeting Room\nConference Hall\n",
        '{"kjn_cd": "100000000001"}',
        '{"account_id": "123456789012"}',
        "archive zip: 20240101",
        '{"care_code": "0000001234"}',
        '{"name": "Tokyo Metropolitan Government"}',
        '{"name": "Google Chrome"}',
        '{"hoken": {"cd": "01", "mei": "国民健康保険"}}',
    ],
)
def test_look_alikes_of_fields_and_listings_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert findings(analyzer, text) == set()
