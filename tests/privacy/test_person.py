"""PERSON: Sudachi name POS, honorifics, context words, NER on uncertain spots; organisations are not names."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import Find

PERSON = "PERSON"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("申請者 山田太郎様の件で連絡しました。", ["山田太郎"]),
        ("齋藤　花子さんが来庁。", ["齋藤　花子"]),
        ("髙橋一郎氏から電話があった。", ["髙橋一郎"]),
        ("渡邊健くんの保護者と面談。", ["渡邊健"]),
        ("李さんと王さんが窓口に来た。", ["李", "王"]),
        ("マリア・サントスさんの在留手続き。", ["マリア・サントス"]),
        ("相談者：佐藤 健太（サトウ ケンタ）", ["佐藤 健太", "サトウ ケンタ"]),
        ("氏名：鬼塚 珠璃亜", ["鬼塚 珠璃亜"]),
        ("世帯主 小林 くみ子", ["小林 くみ子"]),
        ("保護者：ヌル・ヴァン・ペレイラ", ["ヌル・ヴァン・ペレイラ"]),
        ("口座名義 ﾔﾏﾀﾞ ﾀﾛｳ", ["ﾔﾏﾀﾞ ﾀﾛｳ"]),
        ("担当の鈴木先生に確認する。", ["鈴木"]),
        ("Hello, I am LI MING. Please help.", ["LI MING"]),
    ],
)
def test_names_are_found_without_honorific(find: Find, text: str, names: list[str]) -> None:
    assert find(text, PERSON) == names


def test_honorific_and_title_are_not_part_of_the_name(find: Find) -> None:
    assert find("鈴木市長と田中課長様に報告した。", PERSON) == ["鈴木", "田中"]


@pytest.mark.parametrize(
    "text",
    [
        "つくば市役所の窓口は8時30分から開いています。",
        "筑波大学附属病院で健康診断を行います。",
        "谷田部総合体育館の駐車場は無料です。",
        "吾妻中学校の体育館を避難所とします。",
        "受注者株式会社高橋建設、法人番号 1234567890123",
        "木村建設株式会社から見積書が届いた。",
        "佐藤病院と山田市の連携協定。",
        "市長と課長が会議に出席した。",
        "つくば市の人口は約25万人です。",
        "お客様各位、皆様のご協力をお願いします。",
        "マイナンバーカードの暗証番号を失念した。",
    ],
)
def test_organisations_places_and_titles_are_not_names(find: Find, text: str) -> None:
    assert find(text, PERSON) == []
