"""Names where staff chats, minutes, lists and prose put them, in every script, and the places, facilities and
headers that look like names but are none (classes from the eleventh and twelfth blind corpora)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import Find

PERSON = "PERSON"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a chat's speaker by a family name the lexicon knows: in brackets, after a time, before a colon in a chat
        ("#市民課-窓口\n[外間] 窓口の受付票、そのまま貼ります↓\n[高橋] ありがとうございます", ["外間", "高橋"]),
        ("17:00 一戸：ほかまひな様の件、聞き取った番号です\n[一戸] 住所は控えました\n一戸: 了解です",
         ["一戸", "ほかまひな", "一戸", "一戸"]),
        # a speaker of minutes named with a section and its head's title
        ("○森田環境保全課長　多言語の案内は五言語で用意しております。", ["森田"]),
        ("○村上消防本部警防課長　ご指摘の点は、来年度の予算で対応します。", ["村上"]),
        # hiragana names after a person's label or a relation, before と申します or an honorific, in a list
        ("架電者：まえださちこ（本人）\n住所は新潟県長岡市", ["まえださちこ"]),
        ("緊急連絡先：祖母 いとうしずか 090-1234-5678", ["いとうしずか"]),
        ("いつもお世話になっております。おかだけんたと申します。", ["おかだけんた"]),
        ("先日、はしもとあやの様から要望を受けました。", ["はしもとあやの"]),
        ("・いがり たろう　052(781)5058　転入の書類", ["いがり たろう"]),
        # mentions
        ("神田結衣  8:13\n@たかの 午後の面談\n@きくちさん　2番目の方\n@ふくだ あき\n@ワタナベ さん",
         ["神田結衣", "たかの", "きくち", "ふくだ あき", "ワタナベ"]),
        # a Latin name set into a Japanese sentence, in any language
        ("1988年、当時の市長HOANG VAN DUCと姉妹都市の市長が署名した。", ["HOANG VAN DUC"]),
        ("1867年には来日したAntonio Ferreiraが屋敷を訪ねた。", ["Antonio Ferreira"]),
        ("安東市のHendrik van der Berg市長が協定書に署名し", ["Hendrik van der Berg"]),
        ("同時代の俳人であるbamba rinとは生涯にわたり書簡を交わした。", ["bamba rin"]),
        # the family name in capitals, a comma, the given names; a ruled box's name label
        ("1\tNGUYEN, Van Nam\tKH41495556PS", ["NGUYEN, Van Nam"]),
        ("│フリガナ│ ｻﾄｳ ﾊﾙﾄ │\n│氏\u3000\u3000名│ SATO Haruto │", ["ｻﾄｳ ﾊﾙﾄ", "SATO Haruto"]),
        # names in English sentences
        ("Dear Mr. Tanaka, thank you. This is John Smith from the city office.", ["Tanaka", "John Smith"]),
        ("Please contact Ms. Garcia or ask for Kim Minji at the counter.", ["Garcia", "Kim Minji"]),
        # near variants an adversarial review tried
        ("My name is Li.", ["Li"]),
        ("講師はMaria Santosです。担当のJohn Smithまでご連絡ください。", ["Maria Santos", "John Smith"]),
        ("| 3 | Zhang, Ling | AG11021924BZ |", ["Zhang, Ling"]),
        ("配偶者：いとうしずかです", ["いとうしずか"]),
        ("お子さん：いとうはると", ["いとうはると"]),
        ("@佐藤/@鈴木 確認お願いします", ["佐藤", "鈴木"]),
        ("受付\t山田太郎\t佐藤花子\n件数\t12\t8", ["山田太郎", "佐藤花子"]),
        ("山田さん記念品お渡し済み。佐藤さん銅像の前で待ち合わせ", ["山田", "佐藤"]),
        ("保護者会マリア・ロドリゲスさんから連絡", ["マリア・ロドリゲス"]),
        ("地域包括支援センター東さんに連絡済み", ["東"]),
        ("水戸市 田中一郎 090-1234-5678", ["田中一郎"]),
    ],
)
def test_names_in_chats_minutes_lists_and_prose(find: Find, text: str, names: list[str]) -> None:
    assert find(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "備考：とくになし\n状況：ふざいでした\n・おしらせ（4月号）",
        "@全員 おつかれさまです",
        "本市はMicrosoft Teamsを導入し、Google Chromeの更新とOpen Dataの公開、New Yorkの事例を紹介した。",
        "USA, Canada and TOKYO, Japan; ID, Password; PDF, Excel; OK, Thanks",
        "I am Japanese. This is Microsoft Teams. Dear Sir.",
        "○健康福祉部長　資料のとおりです。\n○西部支所長　以上です。",
        # a timetable's stops, a table's 町丁 under its header, facilities and places named after people
        "コミュニティバス 北ルート 時刻表（平日）\n便\t萩原台\t明星ヶ丘\t山吹原\n1\t7:17\t7:24\t7:31",
        "町丁別人口\n町丁名\t世帯数\t計\n松風沢\t666\t1,730\n柏木原\t1,319\t4,022",
        "集合：片倉きぬ記念図書室前　10月29日\nコース：藤堂清右衛門生家跡 → 旧宿場町",
        "11:30\u3000市民合唱団コール・ステラ\n12:00\u3000若葉フラダンスサークル",
        "　　　　　　　　長岡市長\n介第6133号　令和7年11月1日",
        "【支援経過記録】地域包括支援センター西部",
        # near variants an adversarial review tried
        "@総務課 @広報 @ホームページ に掲載しました",
        "[石川] 大雨警報が発表されました",
        "1-2-3 Sengen, MITO, Ibaraki と TSUKUBA, Ibaraki Prefecture",
        "This is Urgent. My friend Said that. my landlord Tsukuba Housing",
        "参加者： みなさん ありがとう",
        "、これを ばんごはんと言います",
        "Hikari Denwaの契約、Mirai Kaigiを開催",
    ],
)
def test_look_alikes_in_chats_tables_and_notices_are_no_names(find: Find, text: str) -> None:
    assert find(text, PERSON) == []


def test_a_roster_keeps_its_staff_over_their_shifts(find: Find) -> None:
    assert "山田" in find("担当\t山田\t佐藤\n月\t9:00\t13:00", PERSON)
