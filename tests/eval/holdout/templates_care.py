"""Care and welfare records: 介護認定調査, 生活保護ケース記録 (abbreviations, bullets), handover notes."""

from __future__ import annotations

KAIGO = (
    "■認定調査票（概況調査）\n調査日 {date}　調査員 {b}\n対象者 {a}（{a.kana}）\n生年月日 {bd:senior/wareki}（{age}）\n"
    "被保険者番号 {kaigo}\n現住所 {addr}\n家族等連絡先 {?長女|次女} {w}様 {tel}\n"
    "現在のサービス：{?通所介護 週2回|なし|訪問介護 週3回}",
    "【特記事項】\n1-7 歩行：居室内は伝い歩き。{a.sei}さん本人は「まだ歩ける」と話すが、同席した{?長男|次男}の"
    "{s.mei}氏によれば最近{?2回|数回}転倒。\n4-15 買い物：近所のスーパーへ{s.sei}氏が週1回同行。\n主治医：{b}医師",
    "認定調査 日程調整\n{a.wide}様（{bd:senior/abbr}）\n立会：{?妻|夫|長男の嫁} {s}様　"
    "{tel:mobile/odd}\n訪問先：{addr:kanji}\n※{?耳が遠いので大きな声で|犬がいます|駐車場なし}",
    "障害福祉サービス 相談記録\n本人：{a}（{bd:/kanji}）\n手帳：療育手帳{?A|B}（番号 {disability}）\n保護者：母 {s}\n"
    "住所：{zipm}　{addr}\n連絡：{tel}、{email}",
    "民生委員の{b}さんより連絡。\n{addr:kanji}の{a}さん（{age}）宅、新聞がたまっている。\n"
    "近所の{c.sei}さんが{?昨日|2日前}から姿を見ていないとのこと。\n緊急連絡先（甥）{tel}\n→ 地域包括 {d.sei}が訪問予定",
)

SEIHO = (
    "{date} H/V（定例）\n主：{a.sei}（{age}）在宅。居室内乱雑。\n長男{k.mei}（中{?1|2|3}）不登校続く。\n"
    "CW→主へ就労指導。主「{?来月から探す|体調が悪い}」\n次回 {date} 予定。\nSV {b.sei}",
    "・主 {a}（{bd:/abbr}生）\n・住 {addr:short}\n・TEL {tel:/nosep}\n・年金 有（基礎年金番号 {pension}）\n"
    "・口座 {?常陽|JAつくば市谷田部} 普{acct}\n・医療 {?要否意見書待ち|通院中}",
    "【面接記録】{date}\n申請者：{a}\n同行：民生委員 {b}氏\n後期高齢者医療 被保険者番号 {kouki}\n"
    "保険者番号 {insurer}\n預貯金：ゆうちょ {yucho} 残高 約{amount}\n扶養義務者：長女 {w}（{addr}）",
    "ケース番号 {num:6}\n世帯主 {a}　{bd}\n世帯員 {s}（妻）、{k}（{?長男|長女}）{bd:child}\n"
    "収入申告 {date}提出\n就労先 {?株式会社○○運輸|市内の介護施設} 月収 約{amount}\n"
    "※{s.mei}さんは{?パート|通院中}。連絡は {tel} へ",
    "市長申立 検討ケース\n本人：{a}　{bd:senior}生\n施設：{?特養 やすらぎ苑|グループホーム あじさい}入所中\n"
    "親族：{?甥|姪} {c}（{addr}、{tel}）→ 関与拒否\n本人名義口座：{?筑波銀行|常陽銀行} {?本店|竹園支店} 普通 {acct}"
    "／ゆうちょ {yucho}\n個人番号 {mynum}",
)

HANDOVER = (
    "【引継ぎ】{?異動|産休}のため\n1. {a.sei}様（{a}）案件：未完了。日中つながらないので{tel:mobile}へ夕方に。\n"
    "2. {c}様 → 書類待ち。住所変更あり（新：{addr}）\n3. 共有PCのログイン\n   ID: {?fukushi01|kaigo-share|ws0412}\n"
    "   PW: {cred:password}\n※PWは{?月末|来週}変更予定",
    "情報政策課 引継ぎ\n・GISサーバ {ip}（管理者 {b}）\n・AWS アクセスキー {cred:aws}\n"
    "・GitHub 用トークン {cred:github}（期限 {date}）\n"
    "・問合せ対応中：{a}さん（{email}）から{?ログイン不可|添付ファイル不達}の件",
    "引継ぎメモ（{date}）\n◯ {a.sei}さん→住所 {addr:odd}、電話 {tel:/paren}\n◯ {c.sei}さん→{?済|保留}\n"
    "◯ {d}さん→生年月日 {bd:/fw} で照会済、結果待ち\n{b.sei}より",
    "委託業者 {a}様からのメール（転送）\n本文：サーバ接続用の鍵をお送りします。\n{cred:pem}\n接続先 {ip}\n"
    "ユーザ名 {?deploy|admin01}\n以上、{?株式会社つくばシステム|情報サービス担当} {a.sei}",
)

POSITIVE: dict[str, tuple[str, ...]] = {"kaigo": KAIGO, "seiho": SEIHO, "handover": HANDOVER}
