"""防災, 教育 and 保健・医療 documents."""

from __future__ import annotations

from tests.eval.thirteenth import pools as P
from tests.eval.thirteenth.layout import Doc, ask, bank, dept, loc, org, table, today
from tests.eval.thirteenth.numbers import NUM_CELL, num, num_field, phone, phone_field
from tests.eval.thirteenth.values import ADDR_CELL, ADDR_INLINE, JP_FIELD, JP_PROSE, Ctx


def evac_roster(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    b.ln(("避難行動要支援者名簿（", loc(ctx.town()), "自治会提供用）", today(ctx), "更新"))
    if s == 0:
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person(age=(68, 95))
            rows.append(
                [
                    ctx.name(q, ("name_with_age", "kanji", "katakana")),
                    ctx.choice(P.CONDITIONS),
                    ctx.address(ADDR_CELL)[1],
                    num(ctx, "CARE_INSURANCE", NUM_CELL)[1],
                    phone(ctx, ("plain", "paren_area", "fullwidth"))[1],
                ]
            )
        table(ctx, b, ["氏名", "状態", "住所", "介護保険被保険者番号", "緊急連絡先"], rows)
    else:
        for i in range(ctx.rng.randint(2, 3)):
            q = ctx.person(age=(70, 96))
            kin = ctx.child(q)
            b.ln(f"{i + 1}. ").put(ctx.name(q, ("name_with_age",) if s == 1 else JP_FIELD))
            b.ln(("　住所：", ctx.address(ADDR_INLINE)[1]))
            b.ln(f"　状態：{ctx.choice(P.CONDITIONS)}")
            b.ln(("　", num_field(ctx, "身体障害者手帳", "DISABILITY_CERTIFICATE", after="")))
            b.ln(("　緊急連絡先：", ctx.choice(P.RELATIONS[:4]), " ", ctx.forced(kin, "relation"), " ", phone(ctx)[1]))


def shelter(ctx: Ctx, b: Doc) -> None:
    ask(b, ctx)
    site = ctx.choice(("市立体育館", "第三公民館", "桜台中学校体育館"))
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("避難所受付名簿　", org(site), "　", today(ctx), " 21時"))
        rows = []
        for _ in range(ctx.rng.randint(4, 6)):
            q = ctx.person(foreign=ctx.chance(0.2))
            rows.append(
                [
                    ctx.name(q, ("kanji", "katakana", "comma_order", "name_with_age", "fullwidth_space")),
                    ctx.address(ADDR_CELL)[1],
                    phone(ctx, ("plain", "fullwidth", "kanji"))[1],
                    ctx.choice(("なし", "ペット同伴", "要配慮（透析）", "乳児あり")),
                ]
            )
        table(ctx, b, ["氏名", "住所", "電話", "備考"], rows, style=ctx.choice(("tsv", "markdown")))
    elif s == 1:
        p = ctx.person()
        b.ln(("【受付カード】", org(site)))
        b.ln(("代表者：", ctx.name(p))).ln(ctx.addr_field("住所")).ln(phone_field(ctx, "携帯"))
        b.ln("同行家族：" if ctx.chance(0.5) else "家族")
        for _ in range(ctx.rng.randint(1, 3)):
            b.ln(
                (
                    "　",
                    ctx.choice(P.RELATIONS),
                    "：",
                    ctx.forced(ctx.child(p), "relation"),
                    f"（{ctx.rng.randint(2, 80)}）",
                )
            )
        b.ln(num_field(ctx, "介護保険 被保険者番号", "CARE_INSURANCE"))
        b.ln(f"入所 {today(ctx)}")
    else:
        p = ctx.person()
        b.put(("夜間に", org(site), "へ避難された", ctx.name(p, JP_PROSE, "さん"), "ご家族の件。"))
        b.put(("自宅（", ctx.address(ADDR_INLINE)[1], "）は床上浸水。"))
        b.ln(("見舞金の振込口座を確認しました。", today(ctx)))
        bank(ctx, b)
        b.ln(("連絡先は ", phone(ctx)[1], "。"))


def board_case(ctx: Ctx, b: Doc) -> None:
    parent = ctx.person(age=(32, 50))
    kid = ctx.child(parent)
    school = ctx.choice(P.SCHOOLS)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("教育委員会 ケース記録　", today(ctx)))
        b.ln(("対象：", org(school), " ", ctx.name(kid, JP_FIELD), "（", str(kid.age - 5), "年）"))
        b.ln(("保護者：", ctx.name(parent), "　", phone(ctx)[1]))
        b.ln(ctx.addr_field("住所"))
        b.ln(("経過：", ctx.forced(kid, "given_only", "さん"), "は4月以降欠席が続き、保護者と面談。"))
        b.ln(("出席：", ctx.forced(ctx.person(), "attendance"), "、", ctx.forced(ctx.person(), "attendance"), "、SSW"))
    elif s == 1:
        b.put(("お世話になります。", org(school), "の", ctx.name(ctx.person(), ("title",)), "から相談があり、"))
        b.put(("児童 ", ctx.name(kid, JP_PROSE, "さん"), " の家庭状況について共有します。"))
        b.ln(("母の", ctx.name(parent, JP_PROSE, "さん"), "とは連絡が取りにくく、"))
        b.ln(("最後に話せたのは", today(ctx), "、電話 ", phone(ctx)[1], " です。"))
        b.ln((ctx.forced(kid, "given_only", "くん"), "本人は元気にしているとのこと。"))
    else:
        b.ln("| 日付 | 内容 | 対応者 |").ln("|---|---|---|")
        for _ in range(3):
            b.ln(
                (
                    "| ",
                    today(ctx),
                    " | ",
                    ctx.forced(kid, "given_only", "さん"),
                    "の",
                    ctx.choice(("欠席連絡", "家庭訪問", "保健室登校", "面談")),
                    " | ",
                    ctx.name(ctx.person(), ("title", "surname_only")),
                    " |",
                )
            )
        b.ln(("保護者 ", ctx.name(parent), "（", ctx.address(ADDR_INLINE)[1], "）"))


def school_transfer(ctx: Ctx, b: Doc) -> None:
    parent = ctx.person(age=(32, 50))
    kid = ctx.child(parent)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    b.ln("転学通知書" if s == 0 else "転校の手続きについて" if s == 1 else "在学証明・教科書給与証明 送付票")
    if s == 0:
        b.ln(("児童生徒氏名　", ctx.name(kid))).ln(ctx.birth_field("生年月日", kid))
        b.ln(("保護者氏名　", ctx.name(parent))).ln(ctx.addr_field("新住所"))
        b.ln(num_field(ctx, "住民票コード（転入届記載）", "RESIDENT_CODE"))
        b.ln(("転出校 ", org(ctx.choice(P.SCHOOLS)), "　転入校 ", org(ctx.choice(P.SCHOOLS)), "　転学日 ", today(ctx)))
    elif s == 1:
        b.ln(ctx.name(parent, JP_PROSE, "様"))
        b.put(("このたびは", ctx.forced(kid, "given_only", "さん"), "の転校手続きをいただきありがとうございます。"))
        b.ln((today(ctx), "付で", org(ctx.choice(P.SCHOOLS)), "へ在籍を移します。"))
        b.ln(("生年月日（", ctx.birth(kid)[1], "）に誤りがないかご確認ください。"))
        b.ln(("郵送先：〒", num(ctx, "POSTAL_CODE")[1], " ", ctx.address(ADDR_INLINE)[1]))
        b.ln(("　", dept(ctx), " ", ctx.forced(ctx.person(), "signature")))
    else:
        table(
            ctx,
            b,
            ["項目", "記載"],
            [
                ["氏名", ctx.name(kid, JP_FIELD)],
                ["生年月日", ctx.birth(kid)[1]],
                ["住民票コード", num(ctx, "RESIDENT_CODE", NUM_CELL)[1]],
                ["保護者", ctx.name(parent, JP_FIELD)],
                ["送付日", today(ctx)],
            ],
            style=ctx.choice(("tsv", "markdown")),
        )


def bullying(ctx: Ctx, b: Doc) -> None:
    pa, pb = ctx.person(age=(33, 52)), ctx.person(age=(33, 52))
    ka, kb = ctx.child(pa), ctx.child(pb)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("いじめ事案 報告（第一報）", org(ctx.choice(P.SCHOOLS)), " ", today(ctx)))
        b.ln(
            (
                "被害児童：",
                ctx.forced(ka, "given_only"),
                "（",
                str(ka.age - 5),
                "年）　加害とされる児童：",
                ctx.forced(kb, "given_only"),
            )
        )
        b.ln(("被害児童保護者：", ctx.name(pa), "　連絡先 ", phone(ctx)[1]))
        b.ln(("加害児童保護者：", ctx.name(pb), "　", ctx.address(ADDR_INLINE)[1]))
        b.ln("概要：休み時間にSNSのグループから外され、悪口を書き込まれた。")
    elif s == 1:
        b.put(("不登校の", ctx.name(ka, JP_PROSE, "さん"), "について。"))
        b.put(("", ctx.forced(ka, "given_only", "さん"), "は", today(ctx), "から登校していません。"))
        b.ln(("母親の", ctx.name(pa, JP_PROSE, "さん"), "（", phone(ctx)[1], "）によると、夜眠れない様子。"))
        b.ln(("次回、", org("教育支援センター"), "の見学を提案する。"))
    else:
        b.ln("時系列")
        for _ in range(ctx.rng.randint(3, 4)):
            b.ln(
                (
                    "- ",
                    today(ctx),
                    " ",
                    ctx.forced(ctx.rng.choice((ka, kb)), "given_only", ctx.choice(("さん", "くん"))),
                    ctx.choice(("が担任に相談", "と面談", "欠席", "保健室で過ごす")),
                )
            )
        b.ln(("保護者 ", ctx.name(pa, JP_FIELD), " 様へ経過を報告済み。"))


def nurse_note(ctx: Ctx, b: Doc) -> None:
    parent = ctx.person(age=(30, 50))
    kid = ctx.child(parent)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(f"保健室来室記録 {today(ctx)} 3限")
        b.ln(("", ctx.name(kid, JP_FIELD), "（", str(kid.age - 5), "年）頭痛・腹痛。"))
        b.ln(("", ctx.forced(kid, "given_only", "さん"), "は最近朝食をとっていないと話す。"))
        b.ln(("保護者（", ctx.name(parent, JP_FIELD), "）へ連絡 ", phone(ctx)[1]))
    elif s == 1:
        b.ln(("養護教諭 ", ctx.name(ctx.person(), ("title",)), "より"))
        b.ln(("アレルギー（卵・そば）のある", ctx.forced(kid, "given_only", "くん"), "、給食で誤食の疑い。"))
        b.ln((num_field(ctx, "保険証の保険者番号", "HEALTH_INSURANCE"), "　受診先 ", org(ctx.choice(P.HOSPITALS))))
        b.ln(("母 ", ctx.name(parent, JP_PROSE, "さん"), " に", today(ctx), "連絡済み。"))
    else:
        table(
            ctx,
            b,
            ["学年", "氏名", "症状", "対応"],
            [
                [f"{ctx.rng.randint(1, 6)}年", ctx.forced(ctx.child(ctx.person()), "given_only"), "発熱", "早退"]
                for _ in range(ctx.rng.randint(4, 7))
            ],
            style="markdown",
        )
        b.ln(f"記録日 {today(ctx)}")


def checkup(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(age=(40, 74))
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("特定健診 結果（要再検査）", today(ctx), "受診"))
        b.ln(("受診者：", ctx.name(p))).ln(ctx.birth_field("生年月日", p))
        b.ln(num_field(ctx, "保険者番号", "HEALTH_INSURANCE"))
        b.ln("HbA1c 7.2%　血圧 162/98　判定：要医療")
        b.ln(("通知送付先：", ctx.address(ADDR_INLINE)[1]))
    elif s == 1:
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person(age=(40, 74))
            rows.append(
                [
                    ctx.name(q, ("kanji", "katakana", "fullwidth_space")),
                    ctx.birth(q)[1],
                    num(ctx, "HEALTH_INSURANCE", NUM_CELL)[1],
                    ctx.choice(("A", "B", "C", "D")),
                ]
            )
        b.ln(f"{today(ctx)} 集団健診 判定一覧")
        table(ctx, b, ["氏名", "生年月日", "保険者番号", "判定"], rows)
    else:
        b.put((ctx.name(p, JP_PROSE, "さん"), "（", ctx.birth(p)[1], "生）の健診結果で、"))
        b.ln(("肝機能の数値が高く、", org(ctx.choice(P.HOSPITALS)), "への紹介状を出しました。"))
        b.ln(("保健師訪問は", today(ctx), "。電話 ", phone(ctx)[1], "。"))


def maternal(ctx: Ctx, b: Doc) -> None:
    p = ctx.person(age=(22, 40))
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("母子健康手帳 交付記録　", today(ctx)))
        b.ln(("妊婦氏名：", ctx.name(p))).ln(ctx.birth_field("生年月日", p))
        b.ln(ctx.addr_field("住所")).ln(phone_field(ctx, "連絡先"))
        b.ln(num_field(ctx, "個人番号", "MY_NUMBER"))
        b.ln(("夫：", ctx.forced(ctx.person(), "relation"), "（会社員）　出産予定日：", today(ctx)))
    elif s == 1:
        b.put(("本日、", ctx.name(p, JP_PROSE, "さん"), "に母子手帳を交付。"))
        b.ln(("妊娠12週、", org(ctx.choice(P.HOSPITALS)), "で受診中。"))
        b.ln(("出産応援給付金の振込先を確認：", today(ctx)))
        bank(ctx, b)
    else:
        table(
            ctx,
            b,
            ["交付日", "氏名", "生年月日", "個人番号"],
            [
                [today(ctx), ctx.name(q, JP_FIELD), ctx.birth(q)[1], num(ctx, "MY_NUMBER", NUM_CELL)[1]]
                for q in (ctx.person(age=(20, 42)) for _ in range(ctx.rng.randint(3, 4)))
            ],
        )


def vaccination(ctx: Ctx, b: Doc) -> None:
    parent = ctx.person(age=(28, 45))
    kid = ctx.child(parent)
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        b.ln(("予防接種記録（", ctx.choice(("MR2期", "日本脳炎", "四種混合")), "）"))
        b.ln(("被接種者：", ctx.name(kid))).ln(ctx.birth_field("生年月日", kid))
        b.ln(("保護者：", ctx.name(parent))).ln(phone_field(ctx, "電話"))
        b.ln(("接種日 ", today(ctx), "　接種医療機関 ", org(ctx.choice(P.HOSPITALS))))
    elif s == 1:
        b.ln(("接種券の再発行依頼。", ctx.name(parent, JP_PROSE, "さん"), "から、"))
        b.ln(("長女", ctx.forced(kid, "relation", "ちゃん"), "（", ctx.birth(kid)[1], "生）分。"))
        b.ln(("送付先 〒", num(ctx, "POSTAL_CODE")[1], " ", ctx.address(ADDR_INLINE)[1], "　受付", today(ctx)))
    else:
        rows = []
        for _ in range(ctx.rng.randint(4, 7)):
            q = ctx.person(age=(65, 90))
            rows.append(
                [
                    ctx.name(q, ("kanji", "katakana", "hiragana")),
                    ctx.birth(q)[1],
                    num(ctx, "HEALTH_INSURANCE", NUM_CELL)[1],
                    today(ctx),
                ]
            )
        b.ln("高齢者インフルエンザ 接種報告（医療機関→市）")
        table(ctx, b, ["氏名", "生年月日", "保険者番号", "接種日"], rows)


def mental_health(ctx: Ctx, b: Doc) -> None:
    p = ctx.person()
    ask(b, ctx)
    s = ctx.rng.randrange(3)
    b.ln("【要配慮個人情報を含む】")
    if s == 0:
        b.ln(("精神保健福祉相談 記録　", today(ctx)))
        b.ln(("相談者：", ctx.name(p), "（本人）"))
        b.ln(num_field(ctx, "精神障害者保健福祉手帳", "DISABILITY_CERTIFICATE"))
        b.ln(("主治医：", org(ctx.choice(P.HOSPITALS)), "　", ctx.name(ctx.person(), ("title",))))
        b.ln("内容：不眠と希死念慮の訴え。家族の支援が乏しい。")
    elif s == 1:
        mother = ctx.person(age=(55, 80))
        b.put(
            ("母の", ctx.name(mother, JP_PROSE, "さん"), "から電話。息子の", ctx.forced(p, "given_only", "さん"), "が")
        )
        b.ln("部屋から出てこず、食事もとらないとのこと。")
        b.ln(("自宅：", ctx.address(ADDR_INLINE)[1], "　連絡先：", phone(ctx)[1]))
        b.ln(("自立支援医療の", num_field(ctx, "受給者証（保険者番号）", "HEALTH_INSURANCE"), " を確認。", today(ctx)))
    else:
        b.ln("| 項目 | 内容 |").ln("|---|---|")
        b.ln(("| 氏名 | ", ctx.name(p, JP_FIELD), " |"))
        b.ln(("| 手帳番号 | ", num(ctx, "DISABILITY_CERTIFICATE", NUM_CELL)[1], " |"))
        b.ln(("| 相談日 | ", today(ctx), " |"))
        b.ln("| 状態 | 通院中、服薬自己中断あり |")
