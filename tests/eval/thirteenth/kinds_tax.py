"""税務 and 選挙 documents."""

from __future__ import annotations

from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.layout import Doc, ask, bank, dept, id_check, loc, org, table, today
from tests.eval.thirteenth.numbers import NUM_CELL, NUM_FIELD, email, num, num_field, phone, phone_field
from tests.eval.thirteenth.values import ADDR_CELL, ADDR_INLINE, JP_FIELD, JP_PROSE, Ctx


def tax_certificate(ctx: Ctx, b: Doc) -> None:
    p, agent = ctx.person(), ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("課税（所得）証明書交付申請書").ln(f"申請日　{today(ctx)}")
        b.ln(("宛先　", dept(ctx), "長"))
        b.ln("【証明が必要な方】").ln(("氏名：", ctx.name(p)))
        b.ln(num_field(ctx, "〒", "POSTAL_CODE", sep="")).ln(ctx.addr_field("住所"))
        b.ln(ctx.birth_field("生年月日", p)).ln(phone_field(ctx, "電話"))
        b.ln("【窓口に来た方】代理人").ln(("氏名：", ctx.name(agent), "（続柄：", ctx.choice(P.RELATIONS), "）"))
        id_check(ctx, b)
        b.ln(f"必要年度：令和{ctx.rng.randint(5, 7)}年度　2通　提出先：{ctx.choice(('保育園', '銀行', '公営住宅'))}")
    elif s == 1:
        b.ln(("お疲れさまです。", dept(ctx), "です。"))
        b.put("本日、").put(ctx.name(p, JP_PROSE, "さん")).put("の委任状を持って")
        b.put(ctx.name(agent, JP_PROSE, "さん")).ln("が来庁し、所得証明を2年度分請求されました。")
        b.add("委任状の住所は").put(ctx.address(ADDR_INLINE)[1]).add("、生年月日は")
        b.put(ctx.birth(p)[1]).ln("と記載。")
        b.ln(("委任者の連絡先 ", phone(ctx)[1], " に確認済み。受付は", today(ctx), "です。"))
        id_check(ctx, b)
        b.ln("手数料300円×2通、収納済み。")
    else:
        b.ln("■証明書請求（郵送）")
        b.ln(f"到着日 {today(ctx)}　整理番号 {ctx.digits(5)}")
        b.ln(("請求者 ", ctx.name(p, JP_FIELD), "　", ctx.birth(p)[1]))
        b.ln(("送付先 〒", num(ctx, "POSTAL_CODE")[1], " ", ctx.address(ADDR_INLINE)[1]))
        b.ln(num_field(ctx, "個人番号（記載あり・要マスキング）", "MY_NUMBER", NUM_FIELD))
        b.ln(("返信用封筒あり。不明点は ", email(ctx, p.sr)[1], " へ連絡希望とのこと。"))


def tax_consultation(ctx: Ctx, b: Doc) -> None:
    p, staff = ctx.person(), ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(f"納税相談記録　{today(ctx)}　{ctx.choice(('窓口', '電話', '訪問'))}")
        b.ln(("相談者：", ctx.name(p), "（", ctx.birth(p)[1], "生）"))
        b.ln(ctx.addr_field("住所")).ln(phone_field(ctx, "連絡先"))
        b.ln(f"内容：市県民税{ctx.rng.randint(2, 4)}期分未納。失業により一括納付困難との申出。")
        b.ln(f"分納誓約：月{ctx.rng.randint(1, 5)}万円、{ctx.rng.randint(5, 12)}回。")
        bank(ctx, b, "口座振替")
        b.ln(("対応：", ctx.name(staff, ("title",)), "（", dept(ctx), "）"))
    elif s == 1:
        b.ln((ctx.speaker(staff), "：本日はどういったご相談でしょうか。"))
        b.ln((ctx.speaker(p), "：固定資産税の通知が来たんですが、払えそうになくて。"))
        b.ln((ctx.speaker(staff), "：ご本人確認のため生年月日をお願いします。"))
        b.ln((ctx.speaker(p), "：", ctx.birth(p)[1], "です。住所は", ctx.address(ADDR_INLINE)[1], "。"))
        b.ln((ctx.speaker(staff), "：年金を受給されていますか。"))
        b.ln((ctx.speaker(p), "：はい、", num_field(ctx, "基礎年金番号は", "PENSION_NUMBER", sep=""), "です。"))
        b.ln(f"（{today(ctx)} 聞き取り、分納を案内）")
    else:
        b.ln(("【相談票】", org("納税課収納係")))
        table(
            ctx,
            b,
            ["項目", "内容"],
            [
                ["氏名", ctx.name(p)],
                ["生年月日", ctx.birth(p)[1]],
                ["電話", phone(ctx)[1]],
                ["個人番号", num(ctx, "MY_NUMBER", NUM_CELL)[1]],
                ["相談日", today(ctx)],
            ],
            style="markdown",
        )
        b.ln("家族構成：").ln(("　", ctx.forced(ctx.child(p), "relation", "（長男・高校生）")))
        b.ln(f"次回：{today(ctx)} 再来庁予定。")


def delinquency(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("滞納整理メモ（差押予告前の確認）")
        b.ln(("滞納者　", ctx.name(p), "　", ctx.address(ADDR_INLINE)[1]))
        b.ln(f"滞納額　{ctx.rng.randint(12, 980)},{ctx.rng.randint(100, 999)}円（延滞金別）")
        b.ln("預金調査結果：")
        bank(ctx, b, "　残高照会")
        b.ln(("勤務先　", org(ctx.choice(("株式会社みなと精工", "有限会社青葉運送", "ひまわり介護サービス")))))
        b.ln(("携帯　", phone(ctx, mobile=True)[1], "（", today(ctx), " 不在着信）"))
    elif s == 1:
        b.ln(ctx.name(p, ("dono",)))
        b.ln(f"督促状　{today(ctx)}")
        b.ln("下記の税額が納期限までに納付されていません。")
        b.ln(("送付先：〒", num(ctx, "POSTAL_CODE")[1], " ", ctx.address(ADDR_INLINE)[1]))
        b.ln(num_field(ctx, "口座振替登録口座（残高不足）", "BANK_ACCOUNT"))
        b.ln(("お問い合わせ：", dept(ctx), "（市役所代表 0120-555-0199 ではなく直通へ）"))
    else:
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person()
            rows.append(
                [
                    ctx.name(q, ("kanji", "fullwidth_space", "katakana")),
                    f"{ctx.rng.randint(3, 90)}万円",
                    num(ctx, "BANK_ACCOUNT", NUM_CELL)[1],
                    ctx.choice(("差押済", "照会中", "分納中")),
                ]
            )
        b.ln(f"{today(ctx)}時点 高額滞納案件")
        table(ctx, b, ["滞納者", "滞納額", "口座(店番-番号)", "状況"], rows, style=ctx.choice(("tsv", "markdown")))


def property_owners(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("固定資産 所有者一覧（", loc(ctx.town()), "地区・抜粋）"))
    rows = []
    for _ in range(ctx.rng.randint(4, 7)):
        q = ctx.person()
        rows.append(
            [
                ctx.name(q, ("kanji", "fullwidth_space", "katakana", "hiragana")),
                num(ctx, "POSTAL_CODE", NUM_CELL)[1],
                ctx.address(ADDR_CELL)[1],
                phone(ctx, ("plain", "paren_area", "fullwidth", "international"))[1],
                f"{ctx.rng.randint(80, 900)}㎡",
            ]
        )
    table(ctx, b, ["所有者", "郵便番号", "住所", "電話", "地積"], rows, style=ctx.choice(("tsv", "csv", "markdown")))
    if ctx.chance(0.6):
        q = ctx.person()
        b.ln(("※共有者 ", ctx.name(q, JP_PROSE, "さん"), " は相続登記未了。", today(ctx), "に照会文書発送。"))


def furusato(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s < 2:
        b.ln(f"ふるさと納税 寄附者一覧（{today(ctx)}受付分）")
        rows = []
        for _ in range(ctx.rng.randint(4, 8)):
            q = ctx.person()
            rows.append(
                [
                    ctx.name(q, ("kanji", "katakana", "fullwidth_space", "romanized")),
                    num(ctx, "POSTAL_CODE", NUM_CELL)[1],
                    ctx.address(ADDR_CELL)[1],
                    email(ctx, q.sr, ("plain", "fullwidth"))[1],
                    num(ctx, "CREDIT_CARD", NUM_CELL)[1],
                    f"{ctx.rng.randint(1, 30)}0000",
                ]
            )
        table(ctx, b, ["寄附者", "〒", "住所", "メール", "決済カード", "金額"], rows, style=("tsv", "markdown")[s])
    else:
        p = ctx.person()
        b.ln(("寄附者から返礼品未着の問い合わせ。", ctx.name(p, JP_PROSE, "様"), "、", today(ctx), "に3万円寄附。"))
        b.ln(("決済カード ", num(ctx, "CREDIT_CARD")[1], " で二重決済の疑いあり。"))
        b.ln(("返礼品送付先：", ctx.address(ADDR_INLINE)[1], "　", phone(ctx)[1]))
        b.ln(("返信先は ", email(ctx, p.sr)[1], " でお願いしますとのこと。"))


def ballot_reissue(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln("投票所入場券 再交付申請").ln(f"選挙名：{ctx.choice(('市長選挙', '市議会議員一般選挙', '県知事選挙'))}")
        b.ln(("氏名　", ctx.name(p))).ln(ctx.birth_field("生年月日", p)).ln(ctx.addr_field("住所"))
        b.ln(f"理由：{ctx.choice(('紛失', '転居前の住所に届いた', '家族が誤って破棄'))}　申請日：{today(ctx)}")
        id_check(ctx, b)
    elif s == 1:
        b.ln(("電話受付（", org("選挙管理委員会事務局"), "）"))
        b.put(ctx.name(p, JP_PROSE, "さん")).add("より、入場券が届かないとの連絡。住所は")
        b.put(ctx.address(ADDR_INLINE)[1]).add("、生年月日 ").put(ctx.birth(p)[1]).ln("。")
        b.ln(("折り返し先 ", phone(ctx)[1], "。名簿登録を確認のうえ再発行する。", today(ctx)))
    else:
        b.ln(f"入場券再発行リスト（{today(ctx)}）")
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person()
            rows.append(
                [
                    ctx.name(q, ("kanji", "katakana", "fullwidth_space")),
                    ctx.birth(q)[1],
                    ctx.address(ADDR_CELL)[1],
                    ctx.choice(("紛失", "未着", "汚損")),
                ]
            )
        table(ctx, b, ["氏名", "生年月日", "住所", "理由"], rows)


def early_vote(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    reason = ctx.choice(("仕事", "冠婚葬祭", "旅行", "病院の付き添い", "地域行事の役員"))
    if s == 0:
        b.ln("宣誓書").ln("私は、選挙の当日、下記の事由に該当する見込みであることを宣誓します。")
        b.ln(f"事由：{reason}").ln(f"{today(ctx)}")
        b.ln(("氏名　", ctx.name(p))).ln(ctx.birth_field("生年月日", p)).ln(ctx.addr_field("住所"))
    elif s == 1:
        b.ln(("期日前投票所（", loc(ctx.choice(P.CITIES)[1]), "役所本庁舎）で宣誓書の記載漏れ"))
        b.ln(("・", ctx.name(p, JP_FIELD), "：生年月日欄空欄 → 口頭で ", ctx.birth(p)[1], " と確認"))
        q = ctx.person()
        b.ln(("・", ctx.name(q, JP_FIELD), "：住所欄が旧住所（", ctx.address(ADDR_INLINE)[1], "）"))
        b.ln(f"いずれも{today(ctx)}に投票済み。")
    else:
        b.ln("宣誓書 記載内容（転記）")
        b.ln((ctx.name(p, JP_FIELD), " ／ ", ctx.birth(p)[1], " ／ ", ctx.address(ADDR_INLINE)[1], " ／ ", reason))
        b.ln(("代理記載者：", ctx.name(ctx.person(), JP_PROSE), "（補助者）", today(ctx)))


def voter_roll(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    b.ln(("選挙人名簿抄本 ", loc(ctx.town()), " 第", str(ctx.rng.randint(1, 30)), "投票区（閲覧申出分）"))
    rows = []
    for _ in range(ctx.rng.randint(4, 7)):
        q = ctx.person()
        rows.append(
            [
                ctx.name(q, ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana")),
                ctx.choice(("男", "女")),
                ctx.birth(q)[1],
                ctx.address(ADDR_CELL)[1],
            ]
        )
    table(ctx, b, ["氏名", "性別", "生年月日", "住所"], rows)
    b.ln(f"閲覧日 {today(ctx)}　閲覧目的：世論調査（{ctx.choice(('報道機関', '大学研究室'))}）")
