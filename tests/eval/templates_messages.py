"""Templates: 住民からのメール, チャットでの質問 (LoGoチャット)."""

POSITIVE: dict[str, tuple[str, ...]] = {
    "住民からのメール": (
        "Subject: Refund\nHello, I am {p1_roman}. Please send the refund to my bank account in the UK: {iban}. "
        "My SSN is {ssn} for the US tax form. Phone {tel_intl}.",
        "件名：粗大ごみの収集について\n{dept} ご担当者様\n{addr}に住んでいる{p1}と申します。"
        "{date}に申し込んだ粗大ごみが収集されていません。確認をお願いします。\n{p1}\n電話：{tel}",
        "件名：児童手当の振込先変更\nお世話になっております。{p1}です。振込先を{bank}{branch} 普通 {acct}"
        "（名義 {p1_kana_hw}）に変更したいです。子どもは{p2_first}（{bd_child}生まれ）です。\n{email}",
        "市長への手紙\n{zipm} {addr}\n{p1}（{age}）\n{facility}前の歩道の段差が危険です。改善をお願いします。"
        "連絡は {mobile} までお願いします。",
        "Subject: About my residence card\nDear Tsukuba City Office,\nMy name is {p1_roman}. "
        "My residence card number is {zairyu} and my passport number is {passport}. I moved to {addr}. "
        "Please tell me the procedure.\nPhone: {tel_intl}\nEmail: {email}",
        "件名：マイナンバーカード受け取り予約\n{p1_hon}\n生年月日 {bd}\n個人番号 {mynum}\n"
        "交付通知書に書かれた予約番号を忘れてしまいました。{email} へご連絡ください。",
        "件名：家屋調査の日程\n{p1}です。{date}の家屋調査ですが、都合が悪くなりました。"
        "携帯 {mobile} にご連絡ください。住所は{addr}です。",
        "件名：国保の保険証について\n{p1}と申します。保険証をなくしました。記号 {ins_kigo}、番号 {ins_bango}、"
        "保険者番号 {ins_kokuho} です。再交付はどうすればよいですか。\n{zipm}\n{addr}\n{tel}",
        "件名：税の還付先\n海外在住の{p1_hon}です。還付金の受取口座は IBAN: {iban} でお願いします。"
        "日本での最後の住所は{addr}でした。",
    ),
    "チャットでの質問": (
        "オンライン申請の手数料決済でエラーです。{p1}さんのカード {card}、別のカード {card} でも不可でした。",
        "@{dept} いま窓口に{p1}さん（{bd}生）が来ていて、住民票コード {juki} で照会したら別人が出ます。"
        "どう対応すればいいですか？",
        "【質問】生成AIにこの文章を要約させたいのですが、個人情報は大丈夫ですか？"
        "→「{p1_hon}、{addr}、電話 {tel}、{age}。介護保険料の減免申請」",
        "すみません、このキーで Azure OpenAI に繋がりません。api-key: {cred_azure} 接続元は {ip} です。",
        "{p1}さん、{p2_hon}から電話ありました。折り返し {mobile} にお願いします🙏",
        "ChatGPTのキー共有します {cred_openai} （{dept}の検証用）",
        "生年月日 {bd} の {p1_kana} さんってシステムで検索できますか？同姓同名がいて。マイナンバーは {mynum} です",
        "秘密鍵を貼ってしまいました、削除お願いします\n{cred_privkey}",
        "{p1}さんのカード情報が申請書にそのまま書かれてます {card} ← これ黒塗りしたほうがいいですよね？",
        "米国籍の方の年金の件、SSN {ssn} って控えていいんでしたっけ？{p1}さん（{tel}）の案件です",
        "基礎年金番号 {pension} の照会で年金事務所に電話（{fixed}）したけど繋がらない。{p1}さんの分です。",
    ),
}
