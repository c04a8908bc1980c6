"""Documents: council answer drafts, rosters pasted as TSV/CSV, reports, web forms, OCR output."""

from __future__ import annotations

COUNCIL = (
    "【答弁案】{?一般質問|代表質問}（{b.sei}議員）\n{b.sei}議員のご質問にお答えします。\n"
    "ご指摘の{area}における空き家につきましては、所有者である{a}氏（{addr}在住）と{?本年|昨年}より協議を重ねており、"
    "{?年度内|早期}の解決に努めてまいります。\n※{a.sei}氏の氏名は答弁では出さないこと（課長確認）",
    "問　{b}議員\n　{?防災行政無線|通学路の安全}について、市民から相談を受けた件の経過を伺う。\n"
    "答　{?危機管理監|教育部長}\n"
    "　ご質問の件は、{addr}にお住まいの方からのご相談で、担当者が{date}に現地を確認しております。\n"
    "（内部メモ：相談者 {a} 様 TEL {tel}）",
    "再質問想定問答\nQ. 事例の方は今どうしているのか。\nA. {?ご本人|ご家族}の意向により詳細は控える。\n"
    "（参考・答弁では使わない）{a}様　{bd:senior}生　{addr:short}　担当CW {c.sei}",
)

TABLE = (
    "No\t氏名\tフリガナ\t生年月日\t電話\n1\t{a}\t{a.kana}\t{bd:/slash}\t{tel}\n"
    "2\t{b}\t{b.kana}\t{bd:/slash}\t{tel}\n3\t{c}\t{c.kana}\t{bd:/slash}\t{tel}",
    '氏名,郵便番号,住所,携帯,メール\n"{a}",{zip},"{addr}",{tel:mobile},{email:a}\n'
    '"{b}",{zip},"{addr}",{tel:mobile},{email:b}',
    "避難行動要支援者名簿（{area}）\n氏名　　　　年齢　住所　　　　　　　緊急連絡先\n"
    "{a}　{age}　{addr:kanji}　{tel}\n{c}　{age}　{addr:kanji}　{tel}",
    "給付金 振込不能一覧\n受付No\t口座名義\t金融機関\t支店\t種別\t口座番号\t理由\n"
    "{num:5}\t{a.hw}\t{?ﾂｸﾊﾞｷﾞﾝｺｳ|ｼﾞﾖｳﾖｳｷﾞﾝｺｳ}\t{?ｹﾝｷﾕｳｶﾞｸｴﾝ|ﾂﾁｳﾗ}\t普通\t{acct}\t名義相違\n"
    "{num:5}\t{b.hw}\t{?ﾐｽﾞﾎｷﾞﾝｺｳ|ｼﾞｴｲｴｲ}\t{?ﾎﾝﾃﾝ|ﾀｹｿﾞﾉ}\t普通\t{acct}\t口座なし",
    "学年,組,児童名,保護者名,電話1,電話2\n3,2,{k},{a},{tel:mobile},{tel:fixed}\n3,2,{c},{d},{tel:mobile},{tel}",
    "| 受付 | 氏名 | 生年月日 | 個人番号 |\n|---|---|---|---|\n| {num:4} | {a} | {bd:/wareki} | {mynum} |\n"
    "| {num:4} | {c} | {bd:/abbr} | {mynum} |",
)

REPORT = (
    "公用車事故報告書（案）\n発生日時 {date} {time}\n場所 {area}の交差点\n相手方 {a}（{bd}生）\n相手方住所 {addr}\n"
    "相手方連絡先 {tel}\n相手方運転免許証 第{license}号\n相手方の任意保険 証券番号 {num:10}\n"
    "運転者 {?市民課|道路課} {b}",
    "研修資料（マイナンバー事務）\n例）申請書の記入例\n氏名　{a}\n個人番号　{mynum}\n生年月日　{bd}\n"
    "※実データを使用しているため差し替え要",
    "滞納整理 交渉記録 {date}\n納税者 {a}（{a.kana}）\n勤務先 {?株式会社つくば物流|市内の建設会社} 給与照会済\n"
    "預金 {?常陽銀行|筑波銀行} 普通 {acct} 残 {amount}\n{?分納|差押}の意向確認。次回 {date}\n本人携帯 {tel:mobile}",
    "安否確認メモ（{area}）\n・{a}さん（{age}）避難所（{?中央公民館|竹園小体育館}）にて無事確認\n"
    "・{c}さん 親戚宅へ避難 {tel}\n・{d}さん 連絡つかず。{addr}",
    "空家等所有者調査\n登記名義人：{m}（{?昭和48|昭和60|平成12}年 死亡）\n相続人（長女）：{w}　{addr}\n"
    "相続人（長男）：{s}　{tel}\n固定資産税 納税管理人：{c}",
    "施設使用料 返金依頼\n{a}様より、{?体育館|会議室}のキャンセル料がカードで二重決済されたとの申出。\n"
    "カード番号（全桁を記載されていた）{card}\n連絡先 {email}",
    "犬の登録事項変更届（電話受付）\n所有者：{a}様\n旧住所：{addr}\n新住所：{addr}\n電話：{tel:fixed/paren}\n"
    "犬の名前：{?モモ|コタロウ|ハナ|サクラ}（鑑札番号 {num:6}）",
)

FORM = (
    "お名前：{a}\nフリガナ：{a.kana}\nご住所：{zipm}\n　{addr}\n電話番号：{tel}\nメールアドレス：{email}\n"
    "使用開始希望日：{date}\n生年月日：{bd}",
    "国保 加入手続き（社保離脱）\n世帯主 {a}　個人番号 {mynum}\n旧保険：保険者番号 {insurer} 記号{kigo} 番号{bango}\n"
    "新：国保 保険者番号 {insurer:kokuho}\n連絡先 {tel}",
    "（FAX受信・OCR結果）\n申　請　者　{a}\n個 人 番 号　{mynum:break}\n電　　　話　{tel:/break}\n住　　　所　{addr}",
    "選挙 入場券の再発行（電話）\n{a}様（{bd:/wareki}生）\n{addr:chome}\n期日前投票に行くので再発行希望。\n"
    "{?本人|配偶者}から。{tel}",
    "図書館 利用者トラブル報告\n利用者：{a}さん（利用カード {num:10}）\n連絡先：{tel}\n"
    "延滞資料の件で来館。{?カウンター|2階閲覧室}にて{b.sei}が対応。",
)

POSITIVE: dict[str, tuple[str, ...]] = {"council": COUNCIL, "table": TABLE, "report": REPORT, "form": FORM}
