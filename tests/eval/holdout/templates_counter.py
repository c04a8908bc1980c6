"""Counter and telephone work: scribbled memos, 住民票 requests, tax relief enquiries, foreign residents."""

from __future__ import annotations

PHONE_MEMO = (
    "{date} {time:memo} TEL {tel:/memo} {a.sei}({a.seihw})様 折返し{?希望|お願いします|要}\n"
    "用件：{?児手の振込日|国保税の納付書再発行|粗大ごみの申込|住民税の特徴}\n受：{b.sei}",
    "☎ {a}様（{a.kana}）より\n{?携帯|ケータイ|連絡先} {tel:mobile/kanji}\n"
    "・{?昨日|先週}送った書類が届いていないとのこと\n・{?午後|夕方}以降に折り返し希望\n→{b.sei}さんへ回しました",
    "電話メモ\n相手：{a.sei}様（{?ご本人|娘さん|息子さん}）\n番号：{tel:/fw}\n住所：{addr:fw}\n"
    "内容：{?高額療養費の申請|後期高齢の保険証|限度額認定証}について。保険証の記号{kigo}、番号{bango}とのこと。\n"
    "対応者 {b.sei}",
    "FAX送信票（折返しのお願い）\n{a}様より照会がありました。至急ご連絡ください。\nご自宅 {tel:fixed/break}\n"
    "携帯 {tel:mobile}\n{date} 市民課 {b.sei}",
    "留守電メモ（{date} {time}）\n「もしもし、{a.kana}と申します。{?例の件で|先日の申請のことで}、"
    "{tel:mobile/memo}までお電話ください」\n※聞き取りにくい。{?番号要確認|3回再生して確認}",
    "{time:memo}　{a}　{tel}　{?不在|話し中|折返し}\n{time:memo}　{c}　{tel:/odd}　{?済|折返し}\n"
    "{time:memo}　{d.sei}（{d.seikana}）　{tel:mobile/nosep}",
)

JUMINHYO = (
    "【住民票の写し等交付申請 聞き取りメモ】\n窓口に来た方：{a}（{a.kana}）\n生年月日：{bd}\n住所：{addr}\n"
    "請求内容：本人＋世帯全員\n本籍・筆頭者：{?記載あり|省略}\n住民票コード：{?不要|省略}\n"
    "使用目的：{?自動車の登録|年金の手続|勤務先に提出}\n本人確認：運転免許証（{license}）",
    "代理人申請。委任者 {a}様（{bd:senior}生）、代理人 {b}様（委任者の{?長男の妻|姪|知人}）。\n"
    "委任者住所 {addr}\n代理人の連絡先 {tel}\n"
    "委任状あり。代理人の本人確認はマイナンバーカードで実施（番号は控えない）。",
    "住民票コードの問合せ。\nお名前 {a}\nご本人が読み上げた住民票コード {juki}\n→ 通知書の再発行は不可と説明。"
    "本人確認後に回答する旨伝えた。電話 {tel}",
    "転入届 聞き取り（{date}）\n世帯主：{a}　{bd}\n配偶者：{s}　{bd}\n子　　：{k}　{bd:child}\n前住所：{addr}\n"
    "新住所：{zipm} {addr}\n連絡先：{tel}",
    "戸籍謄本の郵送請求（メモ）\n請求者：{a}（{bd}生）\n本籍：{addr:banchi}\n筆頭者：{s}\n送付先：{zipm} {addr}\n"
    "連絡先：{tel}\n※定額小為替同封",
    "住基ネット 本人確認情報の開示請求（郵送）\n請求者 {a}\n住民票コード {juki}\n生年月日 {bd}\n住所 {addr}",
    "旅券の受取（代理受領不可）の問合せ\n申請者 {a}（{a.roman}）\n旅券番号 {passport}\n"
    "申請時の連絡先 {tel:mobile}\n※本人が{?平日|土曜}に来庁予定",
    "国民年金 学生納付特例の申請\n{a}（{bd:student}生）\n基礎年金番号 {pension}\n住民票コード {juki}\n"
    "学校 {?市内の大学|県外の専門学校}　連絡先 {tel:mobile}",
)

TAX = (
    "Subject: 固定資産税の減免について\n\n{?はじめまして|お世話になります}。{addr}に住んでいる{a}と申します。\n"
    "{?先月|今年の夏}の大雨で{?床下浸水|家屋が一部損壊}し、減免できるか知りたいです。\n"
    "納税通知書の番号は{num:10}です。\n日中は{tel:mobile}につながります。\n{a.sei}",
    "国保税減免の相談\n・世帯主 {a}（{bd:/slash}生、{age}）\n・{?R6.9末|10月末}で会社都合退職（離職票あり）\n"
    "・前年所得 {amount}\n・口座振替 {?常陽銀行|筑波銀行} {?研究学園支店|土浦支店} 普通 {acct}\n・連絡先 {tel}",
    "住民税の過誤納還付の件、{a}様より振込先の連絡あり。\nゆうちょ銀行 記号{ykigo} 番号{ybango}\n"
    "名義 {a.hw}\n※通帳コピー未着。",
    "ふるさと納税 決済エラー問合せ\n寄附者：{a}\n〒{zip}\n{addr}\nカード番号：{card}\n"
    "有効期限：{?08/27|12/26|03/29}\nTEL {tel}\nメール {email}",
    "軽自動車税の減免（障害者手帳）の件で{a.sei}さんから電話。\n運転者は{?息子|娘}の{s}さん、免許証番号 {license}。\n"
    "手帳の等級を確認してから申請とのこと。{tel:/memo}",
)

FOREIGN = (
    "外国人相談窓口 記録（{?ベトナム語通訳|通訳タブレット使用}）\n相談者：{f}（{f.roman}）\n"
    "在留カード番号：{zairyu}\n旅券番号：{passport:VN}\n相談内容：{?国民健康保険の加入|児童手当の申請|転出届}\n"
    "電話：{tel:mobile}",
    "Hello, I am {f.roman}. I moved to {addr} last month.\nMy residence card No. is {zairyu}.\n"
    "Please call me at {tel:mobile/intl} or email {email:f}. Thank you!!",
    "{f}さん 帰国予定。脱退一時金の請求について相談。\n基礎年金番号 {pension}\n"
    "受取口座は家族名義の欧州の口座とのこと → IBAN {iban}\n旅券 {passport:PH}",
    "米国籍の{f.roman}氏より、租税条約の届出について照会。\nSSN: {ssn}\nPassport No. {passport:US}\n"
    "日本の住所 {addr}\nE-mail {email:f}",
    "相談者 {f.sei}さん（フルネーム {f.roman}）\n在留カード {zairyu}（期限 {date}）\n旅券 {passport:CN}\n"
    "勤務先 {?株式会社つくば精工|市内の食品工場}\n社保の保険証 記号 {kigo} 番号 {bango}",
    "ｶﾀｶﾅ氏名：{f}\nローマ字：{f.roman}\n生年月日：{bd:/slash}\n在留カード：{zairyu}\n"
    "住所：{addr:short}\n通訳：{?ネパール語|タガログ語|インドネシア語}（{b.sei}さん同席）",
)

FOREIGN_MORE = (
    "海外送金の証明について（留学中の子への仕送り）\n送金者 {f}（{f.roman}）\n受取口座 IBAN: {iban}\n"
    "BIC {?DEUTDEFF|BNPAFRPP|NWBKGB2L}\n在留カード {zairyu}",
    "米国から転入された{f}さん\n米国 SSN {ssn}（W-9 記入のため）\n旅券 {passport:US}\n"
    "電話 {tel:mobile/intl}\n住所 {addr}",
)

POSITIVE: dict[str, tuple[str, ...]] = {
    "phone_memo": PHONE_MEMO,
    "juminhyo": JUMINHYO,
    "tax": TAX,
    "foreign": FOREIGN + FOREIGN_MORE,
}
