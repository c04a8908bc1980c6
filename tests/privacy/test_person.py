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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # speaker labels in chat and meeting logs
        ("[14:20] 林：了解しました。\n[14:21] 岡：資料を送ります。", ["林", "岡"]),
        ("○関委員　質問します。", ["関"]),
        ("○委員長　開会いたします。今委員。\n○今委員　子ども医療費助成について伺います。", ["今", "今"]),
        ("加藤「谷さん、番号メモしました？」\n谷「はい、メモしました。」", ["加藤", "谷", "谷"]),
        # a role before the name, glued or spaced, the name a common noun to the tokenizer (金城, 森)
        ("代理人：谷大輝（妻）\n受付 金城", ["谷大輝", "金城"]),
        ("通告元：市立東原小学校の担任森先生", ["森"]),
        ("対応：今主任 → 中央病院へ回付", ["今"]),
        # a romanized family name later in another case
        ("世帯主 PARK SOYEON\n2/26 訪問。Parkは通院中。park内で転倒。", ["PARK SOYEON", "Park"]),
        # role + lone family name, sign-offs, section after the role
        ("記録者 丸\n訪問日 9月3日", ["丸"]),
        ("主任CW 東から報告あり。", ["東"]),
        ("文責：林", ["林"]),
        ("以上、記録 関", ["関"]),
        ("担当は南です。", ["南"]),
        ("受付者：市民課 マイケル・ジョーンズ", ["マイケル・ジョーンズ"]),
        # self-introduction, an action only a person does, a title after the name
        ("こども家庭課の林です。", ["林"]),
        ("はじめまして、丸と申します。", ["丸"]),
        ("15:40 岡 架電、不在。", ["岡"]),
        ("南CWから家族へ説明済み。", ["南"]),
        # lone given names
        ("朝から陸くんが泣いている。", ["陸"]),
        ("同居：次女 ゆい（4歳）", ["ゆい"]),
        ("次男航（小3）が通級。", ["航"]),
        ("ソウタ（2歳）の予防接種。", ["ソウタ"]),
        ("こんばんは、まりなです。", ["まりな"]),
        # relation words and the next label stay out of the span; one-kanji family name + given name
        ("父 林 一郎 より相談。", ["林 一郎"]),
        ("氏名　丸　美咲　生年月日　平成2年1月1日", ["丸　美咲"]),
        ("関美咲さんが来所。", ["関美咲"]),
        # readings are their own spans, half-width too, even when Sudachi fuses them into one token
        ("東(ﾋｶﾞｼ)様へ返送", ["東", "ﾋｶﾞｼ"]),
        ("高橋（タカハシ）様", ["高橋", "タカハシ"]),
        # romanized names are whole names
        ("氏名（ローマ字）：TRAN THI HOA", ["TRAN THI HOA"]),
        ("ホセ・ガルシア（JOSE GARCIA）さん", ["ホセ・ガルシア", "JOSE GARCIA"]),
        # half-width kana account holders
        ("振込先口座　名義 ｾｷ ﾐｻｷ", ["ｾｷ ﾐｻｷ"]),
        ("氏名\t口座名義\t金額\n関 翔\tｾｷ ｼｮｳ\t3000", ["関 翔", "ｾｷ ｼｮｳ"]),
    ],
)
def test_names_found_by_where_they_stand(find: Find, text: str, names: list[str]) -> None:
    assert find(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "マル障の更新とマル親の申請を受け付けた。",
        "犬の登録：呼び名 モモ、毛色 茶",
        "愛犬の名前はコタロウです。",
        "りそな 普 7654321 へ振込",
        "シティテラス東 305号室",
        "整理番号 R8-南-0042",
        "東口から出て南へ200m、関所跡の岡の上。",
        "問：手続きの期限は？\n答：14日以内です。",
        "了解です。以上です。",
        "子ども（3歳）と小学生（2年）が対象。",
        "皆さん、お兄ちゃん、赤ちゃん、お客様",
        "長男宅に同居、妻名義の口座。",
        "マイナンバー：123456789018",
        "令和7年（2025年）4月",
        "今課長は会議中です。今部長に確認しました。前課長の時代から続く事業です。",
        "→今課長に確認中。新部長が着任。",
        "担当課長から説明があった。担任教諭の意見。受付窓口で確認。",
        "事業名「ふれあい祭り」\n市民「安心できるまち」",
    ],
)
def test_look_alikes_are_not_names(find: Find, text: str) -> None:
    assert find(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("通訳ボランティアのイイヅカ ユウキさん", ["イイヅカ ユウキ"]),
        ("TRAN THI HUONGさんから相談", ["TRAN THI HUONG"]),
        ("カルロス＝エドゥアルド＝シルバ（Carlos Eduardo Silva、1961年 - ）は経済学者。シルバは講師としても知られる。",
         ["カルロス＝エドゥアルド＝シルバ", "Carlos Eduardo Silva", "シルバ"]),
        ("池田　芽依区長が挨拶。その後、池田区長が退席。", ["池田\u3000芽依", "池田"]),
        ("伊藤拓也福祉部長が説明した。", ["伊藤拓也"]),
        ("海老原直美（えびはらなおみ、1885年 - 1978年）は建築家。", ["海老原直美", "えびはらなおみ"]),
        ("名義は HASHIMOTO TOME です。", ["HASHIMOTO TOME"]),
        ("保護者：Juliana Souza", ["Juliana Souza"]),
        ("水戸市役所 市民課\nクボタ マユミ\nTEL 029-218-9101", ["クボタ マユミ"]),
        ("出席委員　山本　葵　飯塚悠真", ["山本\u3000葵\u3000飯塚悠真"]),
        ("松本市役所 介護保険課\nふじた ゆうま\nTEL 0263-31-8031", ["ふじた ゆうま"]),
        ("よろしくお願いいたします。\n\nえびはら　おさむ", ["えびはら\u3000おさむ"]),
        ("納税義務者：はしもと ゆうた\n住所：高崎市", ["はしもと ゆうた"]),
        ("名義はミナミ リン。金融機関の確認", ["ミナミ リン"]),
        # the rules find the family name, NER the whole name: their union is masked
        ("1968年ごろから岡田 葵に師事し、代表作に『春の川』がある。", ["岡田 葵"]),
        ("その活動は村上 勝の著書『北の灯』にも記されている。", ["村上 勝"]),
        ("旧制中学で吉村 渚に学び、のちに上京した。", ["吉村 渚"]),
        ("住宅409号室に住んでおります中野\u3000瞳と申します。", ["中野\u3000瞳"]),
    ],
)
def test_the_whole_name_is_found_not_a_part(find: Find, text: str, names: list[str]) -> None:
    assert find(text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    ["出席者：市長、副市長、教育長、総務部長", "委員　令和6年度の利用者数はいかがですか。", "浜政第344号 各課長 様",
     "こんにちは\nありがとう\nTEL 03-1234-5678", "システム テスト", "保護者は Microsoft Teams で連絡"],
)
def test_posts_questions_and_document_numbers_are_not_names(find: Find, text: str) -> None:
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the given name that is also a word, after a family name and a space
        ("氏名　武藤　葵⏎生年月日　昭和60年9月21日", ["武藤　葵"]),
        ("氏名：南　みどり⏎フリガナ：ミナミミドリ", ["南　みどり", "ミナミミドリ"]),
        ("[9:58] 小野寺 愛: 介護の番号で合ってます", ["小野寺 愛"]),
        # the family name before a found given name
        ("通訳は国際交流協会の千葉　凛さん。", ["千葉　凛"]),
        # hiragana names
        ("近所のやまもと　ゆきおさんが毎朝声をかけている。", ["やまもと　ゆきお"]),
        ("・ふくだ　たくやさん：保険証再発行", ["ふくだ　たくや"]),
        ("てるぬま なな様⏎⏎いつもお世話になっております。", ["てるぬま なな"]),
        ("番地のおかだすみえさん（99）宅を訪問した。", ["おかだすみえ"]),
        ("対象者：あおき　いさお（81歳・男）", ["あおき　いさお"]),
        # foreign names
        ("同郷のアグス＝セティアワンとともに会を設立。", ["アグス＝セティアワン"]),
        ("つうやく：アンジェリカ・デラクルス（えいご）", ["アンジェリカ・デラクルス"]),
        ("ブラジル国籍のアナ　パウラ　オリヴェイラさんが来庁。", ["アナ　パウラ　オリヴェイラ"]),
        ("Jose Reyes / ホセ・レイエス / 在留カード XZ82151884BZ / 旅券 RE2897268",
         ["Jose Reyes", "ホセ・レイエス"]),
        ("ヴー ティ ラン（VU THI LAN、1948年 - ）は、ベトナム出身の僧侶。ヴーは講師としても知られる。",
         ["ヴー ティ ラン", "VU THI LAN", "ヴー"]),
        # the speakers of a chat log exported as "name time" lines
        ("原田貴子 8:59⏎すみません⏎関　愛 9:10⏎住所変更です⏎関 9:35⏎了解です", ["原田貴子", "関　愛", "関"]),
    ],
)
def test_names_written_in_halves_and_foreign_forms(find: Find, text: str, names: list[str]) -> None:
    assert find(text.replace("⏎", "\n"), PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "開会 10:00⏎あいさつ⏎議事 10:05⏎報告⏎閉会 12:00⏎以上",  # an agenda, not a chat log
        "鈴木 部長⏎田中 課長",  # titles after a family name are not given names
        "パスタ＝ソースの作り方",  # made-up, but a joined pair in a recipe is no person
    ],
)
def test_agendas_and_titles_are_not_halves(find: Find, text: str) -> None:
    names = find(text.replace("⏎", "\n"), PERSON)
    assert not any(n in ("開会", "議事", "閉会", "部長", "課長") for n in names), names
