"""Messages: rude complaint mails with emoji, LINE-style chats, school and nursery notes."""

from __future__ import annotations

COMPLAINT = (
    "件名：ゴミ出しの件😡😡\n\n市役所の人へ\nうちの前の集積所、カラスにやられてぐちゃぐちゃなんですけど！？"
    "いつ対策するんですか？？\n何回電話しても担当がいないって言われるし💢\n{addr}\n{a}\n{tel:mobile/odd}\n返事ください",
    "市長への手紙（メールフォームより転送）\nお名前：{a}\nフリガナ：{a.kana}\nメール：{email}\nご意見：\n"
    "公園の遊具がずっと使用禁止のままで子供がかわいそう😢 {?去年|半年前}から変わってないですよね？？"
    "ちゃんとやってくださいよ。{?隣の|近所の}{c.sei}さんも同じこと言ってました。",
    "隣の部屋の{c.sei}って人が毎晩うるさい。{?管理会社|大家}に言っても動かない。市で何とかしてくれないの？"
    " ちなみに私は{addr}の{a.sei}です。連絡は{tel}まで。夜しか出れません🙇",
    "前略　{?道路の穴|側溝のふた}の件です。\n{date}に電話した{a}です。まだ直ってないです。\n"
    "電話は{tel:mobile/fw}です（昼間は出れない）。\nあと、書類は{zipm} {addr}に送ってください。草々",
    "もう何度目ですか？？？ 😤😤😤\n保育料の引き落としが二重になってます。口座は{?常陽|筑波銀行}の{acct}です、"
    "確認してください！！\n{a}（{k.mei}の保護者）\n{tel:mobile/memo}",
    "ご担当者様\n\n先日、窓口で対応された{b.sei}さんの態度がひどかったです。\n私は{bd}生まれの年寄りですが、"
    "あんな言い方はないでしょう。\n返事は下記へ。\n{a}\n{zipm}\n{addr}\n{tel:fixed/paren}",
)

CHAT = (
    "[{time}] {b.sei}：{a.sei}さんから電話あった？\n[{time}] {c.sei}：あったー😅 折り返しほしいって\n"
    "[{time}] {c.sei}：{tel:mobile/memo}\n[{time}] {b.sei}：りょ👍 {a.mei}さんの方？お母さんの方？\n"
    "[{time}] {c.sei}：{a.mei}さん本人！",
    "{k.hira}ママ：\nこんにちは〜☀ 来週の健診って何持っていけばいいですか？？母子手帳と…保険証？\n"
    "保険証は記号{kigo} 番号{bango}のやつです🙏\n\n子育て支援課：\n{a.sei}様 お問い合わせありがとうございます。"
    "母子手帳と保険証をお持ちください。",
    "{a.mei}です📱 新しい番号 {tel:mobile/fw} です！\n引っ越しました→ {addr}\n{?よろしくお願いします|よろ〜}🙇‍♀️",
    "[{time}] {a.sei}（{?税務課|市民課}）: VPNつながらないです\n"
    "[{time}] ヘルプデスク {b.sei}: IPアドレス教えてください\n"
    "[{time}] {a.sei}: {ip} です\n"
    "[{time}] {b.sei}: 証明書切れてますね。一時パスワード {cred:password} で入ってください",
    "[{time}] {a.sei}: 生成AIの検証用キーこれです {cred:openai}\n[{time}] {b.sei}: チャットに貼らないで！！"
    " すぐ失効させます。\n[{time}] {b.sei}: Slackのbotトークン {cred:slack} も同じチャンネルに出てます😱",
    "Hi😊 I'm {f.roman}. My child is in {?2-1|3-2} class. My phone is {tel:mobile/intl}.\n"
    "zairyu card {zairyu}. I can't read the letter from school, please help🙏",
)

SCHOOL = (
    "【連絡帳】{date}\n{k.mei}ちゃん、本日お昼寝後に{?37.8|38.1}℃の発熱がありました。"
    "お母様（{s.mei}様）の携帯 {tel:mobile} に{time}に連絡し、お迎えいただきました。\n担任 {b.sei}",
    "{?1|2|3|4|5|6}年{?1|2|3}組 {k}の母です。\n今日は{?熱|腹痛|通院}のため欠席します。\n"
    "{?宿題|お便り}は同じ班の{c}さんに預けてください🙇‍♀️\n{s}\n{tel}",
    "保育園の入所申込についてです。\n児童：{k}（{bd:child}生まれ）\n保護者：{a}\n住所：{addr}\n"
    "日中の連絡先：{tel}\n第1希望は{?竹園|並木|吾妻}保育園です。よろしくおねがいします！",
    "マル福（小児）申請 受付\n対象児童：{k}　{bd:child}\n保護者：{a}\n加入保険：{?協会けんぽ|組合健保|共済組合}\n"
    "保険者番号：{insurer}\n記号：{kigo}　番号：{bango}\n振込先：ゆうちょ {yucho}",
    "放課後児童クラブ お迎え者変更届\n児童 {k.hira}（{?2|3}年）\nお迎え：祖母 {w}（{tel:mobile/kanji}）\n"
    "期間：{date}〜{date}\n保護者 {a}",
)

POSITIVE: dict[str, tuple[str, ...]] = {"complaint": COMPLAINT, "chat": CHAT, "school": SCHOOL}
