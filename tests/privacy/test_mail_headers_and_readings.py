"""Personal values where mail headers, call transcripts and residents' forms put them (classes from the fourteenth
blind corpus, read as a development corpus from 2026-12-02 afternoon): display names before an address and a
header's list of names, a reply's salutation, kana names in a person's field before です, a name completed past a
particle, a title, a cut given name or a line break, a name's katakana spelling or kanji before its reading, numbers
read half aloud beside figures, birth dates answered after a question or written in English; and the look-alikes
each class must leave alone."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import Find


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a mail's display names, its header's list of names, a reply's salutation line
        ('From: "ｶﾀｷﾞﾘ ﾅｵ" <katagiri.n@example.jp>\nTo: jutaku@city.example.lg.jp', ["ｶﾀｷﾞﾘ ﾅｵ"]),
        ("> 2025/11/28 9:12、シライシマサト <masato_shi@example.jp>:\n> 家賃の件", ["シライシマサト"]),
        ('From: "みやうちけんいち" <kenichi@example.jp>', ["みやうちけんいち"]),
        ("To: BIKASH SHRESTHA <shrestha12@example.jp>", ["BIKASH SHRESTHA"]),
        ("CC: 秋葉勝、戸田達郎、志賀\u3000真理\n件名：Re: 家賃の件", ["秋葉勝", "戸田達郎", "志賀\u3000真理"]),
        ("CC: 福祉政策課 高橋、介護保険課 佐藤", ["高橋", "佐藤"]),
        ("片桐 奈緒\n\n> カタギリナオ 様\n> お問い合わせの件、住民票の写し", ["片桐 奈緒", "カタギリナオ"]),
        # a kana name in a person's field: before です, after 親族 or 員, a foreign one the lexicon knows, after 夫・
        ("指令員：お名前を。\n通報者：サクマ サトシです。", ["サクマ サトシ"]),
        ("扶養親族：ｼｵﾐ ﾅｵ\n\u3000送付先住所：", ["ｼｵﾐ ﾅｵ"]),
        ("承継者：アナ ソウザ\u3000続柄 長男", ["アナ ソウザ"]),
        ("同一世帯：夫・プトリウランダリ\n前住所地：マニラ", ["プトリウランダリ"]),
        # a name completed past a particle, a title written on, a given name found in its first character
        ("（対応：髙橋\u3000勝が翌朝現地確認）", ["髙橋\u3000勝"]),
        # a section's first kanji is no given name where it cuts a word; a given name that is a word is one
        # (two reviews, 2026-12-02 afternoon)
        ("渡辺 広報課長と協議。中村 学校教育課長に確認。", ["渡辺", "中村"]),
        ("問合せは柏木 一樹人事課長まで。担当：鈴木 未来企画課長", ["柏木 一樹", "鈴木 未来"]),
        # family names that are places too, in a display name, an attribution and a CC list; a person's own mailbox
        ('From: "石川" <ishikawa@example.jp>\n> 2025/11/28 9:12、松本 <m@example.jp>:', ["石川", "松本"]),
        ("CC: 森、林、石川", ["森", "林", "石川"]),
        ('From: "ｶﾀｷﾞﾘ ﾅｵ" <desk@example.jp>\nFrom: "四月一日 君尋" <mail@example.jp>', ["ｶﾀｷﾞﾘ ﾅｵ", "四月一日 君尋"]),
        ('From: "サラ ウッドハウス" <sara@example.jp>', ["サラ ウッドハウス"]),
        ("Hello Wong Ka Yan,\nDear Nguyen Bu,", ["Wong Ka Yan", "Nguyen Bu"]),
        ("名義人：石渡 聡\u3000立会：秋葉 昌平主事", ["石渡 聡", "秋葉 昌平"]),
        ("・崔 志勲（若葉町）\u3000民生委員として長年貢献", ["崔 志勲"]),
        ("同一世帯：妻・張 子涵\n転入前：釜山", ["張 子涵"]),
        # a name a line break cut in a field; two people on two lines stay two
        ("申込者：杉浦\n勝\n生年月日：1991-01-11", ["杉浦\n勝"]),
        ("1. 小松崎\n和彦\u3000長野県上伊那郡飯島町大字長峰字田切3597番地", ["小松崎\n和彦"]),
        ("担当 高橋\n田中さんへ連絡", ["高橋", "田中"]),
        # English greetings; a romanized name's katakana spelling, a reading's kanji name before it
        ("Hello Eto Seiji,\nmy name is Jose Bautista.", ["Eto Seiji", "Jose Bautista"]),
        ("Thank you,\nAnil Shrestha\n（アニルシュレスタ）", ["Anil Shrestha", "アニルシュレスタ"]),
        ("Thank you,\nWang Zihan\n（王子涵（ワン・ズーハン））", ["Wang Zihan", "王子涵", "ワン・ズーハン"]),
        # a household's given names: after 二男, before a bracket, a child's before ちゃん after の
        ("同居予定者：\n\u3000二男\u3000咲良\n希望団地：市営緑町住宅", ["咲良"]),
        ("きょうだい：姉 心春（在園中）", ["心春"]),
        ("お子さんの朔ちゃんがうちの子と同じクラス", ["朔"]),
    ],
)
def test_names_in_headers_fields_and_cut_names(find: Find, text: str, names: list[str]) -> None:
    assert find(text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        'From: "市民課" <shimin@city.example.lg.jp>\nTo: Tsukuba City Support <support@example.jp>',
        "ご担当者様\nお世話になっております。",
        "松本市議会議長\u3000様\n八王子市長\u3000様",
        "同一世帯：夫・ケースワーカー\n転入前：マニラ\n扶養親族：デイサービス\n通報者：サービス センターです。",
        "相談員：生年月日も念のため。\n相談者：はい、昭和56年10月20日です。",
        "Hello Team,\nHi All,\nDear Mayor,\nGood morning Everyone,",
        "CC: 市民課、広報課、総務部",
        # offices, shops and facilities a review wrote (2026-12-02 afternoon)
        'From: "柏市 防災" <bosai@example.jp>\nFrom: "メルカリ" <no-reply@example.jp>',
        'From: "ケアプラン ひまわり" <care@example.jp>\nヘルパーステーション 様\nCC: 防災 危機',
        "利用者：デイサービスセンター\n事業者：ニチイケアセンター",
        "Hello Kashiwa Shiyakusho,\nHi Fukushi Center,",
        "電話：1200 イチゴ",
    ],
)
def test_offices_loanwords_and_replies_are_no_names(find: Find, text: str) -> None:
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        # a number read half aloud, a group beside figures after a space or a spoken separator
        ("個人番号：1743 ロクヨンロクロク 2660", "MY_NUMBER", ["1743 ロクヨンロクロク 2660"]),
        ("個人番号 1234 5678 キュウ ゼロ イチ ハチ", "MY_NUMBER", ["1234 5678 キュウ ゼロ イチ ハチ"]),
        ("クレジットカード番号：4841 ハチサンナナキュウ 4951 5498", "CREDIT_CARD",
         ["4841 ハチサンナナキュウ 4951 5498"]),
        ("電話は090のイチニサンヨンの5678です", "PHONE_NUMBER", ["090のイチニサンヨンの5678"]),
        # ゆうちょ 記号・番号 with a zero-width character between, or its dash before a line break
        ("ゆうちょ 記号-番号：11420\u200b18065809", "BANK_ACCOUNT", ["11420\u200b18065809"]),
        ("本人口座：ゆうちょ銀行 18480-\n13773629", "BANK_ACCOUNT", ["18480-\n13773629"]),
        # a birth date answered on the line after a question for it, after a filler; written in English
        ("相談員：生年月日も念のため。\n相談者：平成3年8月4日です。", "BIRTH_DATE", ["平成3年8月4日"]),
        ("指令員：お父さんの生年月日は分かりますか。\n通報者：あ、えー、しょうわ にじゅうにねん じゅういちがつ "
         "じゅうななにち、だったと思います。", "BIRTH_DATE", ["しょうわ にじゅうにねん じゅういちがつ じゅうななにち"]),
        ("Date of birth: May 21, 1976", "BIRTH_DATE", ["May 21, 1976"]),
        ("I was born on 3rd of March 1985 in Manila.", "BIRTH_DATE", ["3rd of March 1985"]),
        # a day, a month and a year that are groups of a longer number stay the number (a review)
        ("He was born on May 21, 1976 at 9 Jun 1234 5678.", "ID_NUMBER", ["1234 5678"]),
        ("DOB: May 21, 1976 12:30 visit\nBorn: 5 June 1976 2 children", "BIRTH_DATE", ["May 21, 1976", "5 June 1976"]),
        # a name read inside an address without a number after it gives way to the address (a second review)
        ("住所：茨城県つくば市大字田中\n住所：京都市中京区姉小路通烏丸東入", "ADDRESS",
         ["茨城県つくば市大字田中", "京都市中京区姉小路通烏丸東入"]),
        # a street read as a name stays inside its address; a year is the next cell's, not a number's end
        ("送付先住所：京都市上京区柳葉通松風東入橘町364番地", "ADDRESS", ["京都市上京区柳葉通松風東入橘町364番地"]),
        ("代表者連絡先：石巻市西野台4-26-7\u30000545.77.0265", "ADDRESS", ["石巻市西野台4-26-7"]),
        ("氏名,免許証番号,生年月日\n齋藤 大輔,152071,1967年6月3日", "BIRTH_DATE", ["1967年6月3日"]),
    ],
)
def test_values_read_aloud_answered_and_in_english(find: Find, text: str, entity: str, values: list[str]) -> None:
    assert find(text, entity) == values


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("The meeting is on May 21, 2026.", "BIRTH_DATE"),
        ("申請日の確認をお願いします。\n担当：2024年4月1日です。", "BIRTH_DATE"),
        ("価格 1200 イチゴ 3個", "PHONE_NUMBER"),
        ("Card: 4111 1111 12 Mar 2024", "BIRTH_DATE"),
        ("氏名,番号,生年月日\n齋藤 大輔,152071,1967年6月3日", "PENSION_NUMBER"),
    ],
)
def test_look_alikes_of_those_values_stay(find: Find, text: str, entity: str) -> None:
    assert find(text, entity) == []
