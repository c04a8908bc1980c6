"""Counter services: water, waste, municipal housing, nursery and after-school care."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import ids, places
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth.values import DECOR, FOREIGN_STYLE, JP_STYLE, Ctx

GEN = JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"]
GEN_D = GEN + DECOR


def water_open(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()
    kind = ctx.choice(["開栓", "閉栓", "名義変更"])

    def body() -> None:
        b.line(f"【{kind}申込書（電話受付分）】")
        b.line(
            "受付日：12月{d}日　受付者：{s}", d=str(ctx.rng.randint(1, 28)), s=ctx.ctxname(ctx.person(), "signature")
        )
        b.line("使用者氏名：{n}", n=ctx.name(p, GEN_D, ctx.choice(["", "様"])))
        L.address_line(ctx, b, "使用場所")
        L.field(ctx, b, "連絡先", "PHONE_NUMBER")
        L.extras(ctx, b, p, ctx.rng.randint(2, 4))
        if ctx.rng.random() < 0.6:
            L.field(ctx, b, "メール", "EMAIL_ADDRESS", p)
        b.line(
            f"{kind}希望日：1月{ctx.rng.randint(5, 28)}日　立会い：{ctx.choice(['不要', '要（午前）', '要（午後）'])}"
        )
        if kind != "閉栓":
            b.line(
                "口座振替：{bk} {br} 普通 {a}",
                bk=ctx.org(ctx.choice(["東西銀行", "みなと信用金庫", "青葉銀行"])),
                br=ctx.choice(["駅前支店", "北支店"]),
                a=ids.ident(ctx, "BANK_ACCOUNT"),
            )
        else:
            b.line("精算先：転居先 {a}", a=places.address(ctx))
        b.line(
            ctx.choice(
                [
                    "備考：メーター位置は玄関横。犬がいるので注意とのこと。",
                    "備考：特になし",
                    "備考：前使用者の未納分あり、別途確認。",
                    "備考：日中は不在がち、夕方以降連絡希望",
                ]
            )
        )

    L.wrap(ctx, b, body)


def water_leak(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()
    s1, s2 = ctx.person("adult", "jp"), ctx.person("adult", "jp")

    def body() -> None:
        b.line("【漏水減免 相談メモ】")
        b.add("{t} 電話あり。", t=L.clock(ctx))
        b.add("{n}から、", n=ctx.name(p, GEN_D, "さん"))
        b.line("検針票の使用水量が前回の3倍近くになっているとの問い合わせ。")
        b.line("住所は{a}、", a=places.address(ctx))
        b.add(
            "敷地内の給水管（メーター以降）から漏水の可能性。指定工事店の{c}を案内した。",
            c=ctx.org(ctx.choice(["株式会社みどり設備", "有限会社ひまわり環境サービス"])),
        )
        b.line()
        b.line("折り返し先は {t} とのこと。", t=ids.phone(ctx))
        b.line()
        b.line(
            "{a}（係長）→ {c}さん、修理完了の領収書が届いたら減免の起案お願いします。",
            a=ctx.ctxname(s1, "speaker"),
            c=ctx.sur(s2),
        )
        b.line("> 了解です。前回の減免は令和4年だったので対象になります。")
        b.line(
            "{n}様の世帯、ご高齢の{rel}（{age}）が一人で対応されているようなので、訪問時は二人で。",
            n=ctx.sur(p),
            rel=ctx.choice(["母", "父"]),
            age=str(ctx.rng.randint(80, 93)),
        )

    L.wrap(ctx, b, body)


def water_arrears(ctx: Ctx, b: Builder) -> None:
    def body() -> None:
        b.line(ctx.choice(["給水停止予告対象者（第3四半期）", "滞納整理 一覧（抜粋）", "未納者リスト 12月分"]))
        rows = []
        for _ in range(ctx.rng.randint(3, 5)):
            p = ctx.person()
            rows.append(
                [
                    ctx.ctxname(p, "table_cell"),
                    L.cell(ctx, "ADDRESS"),
                    L.cell(ctx, "PHONE_NUMBER"),
                    f"{ctx.rng.randint(3, 40) * 1000 + ctx.rng.randint(0, 999):,}円",
                    ctx.choice(["分納中", "未接触", "停止予告済", "納付約束"]),
                ]
            )
        L.table(ctx, b, ["氏名", "住所", "電話", "滞納額", "状況"], rows)
        b.line()
        b.line(ctx.choice(["※停止執行は1月20日予定", "※分納誓約書は別綴り", "※電話不通の方は臨戸"]))

    L.wrap(ctx, b, body, ctx.choice(["この表を状況ごとに並べ替えて", "未接触の人だけ抜き出して", None]))


def bulky_waste(ctx: Ctx, b: Builder) -> None:
    def body() -> None:
        b.line("粗大ごみ戸別収集 申込（{d}収集分）".format(d=ctx.choice(["月曜", "水曜", "第2土曜"])))
        for i in range(ctx.rng.randint(3, 4)):
            p = ctx.person()
            items = ctx.choice(
                ["タンス1、布団2", "自転車1", "ソファ（2人掛け）1", "電子レンジ1、扇風機1", "学習机1、椅子1"]
            )
            b.add("{i}. ", i=str(i + 1))
            b.add("{n}　", n=ctx.name(p, GEN_D, ctx.choice(["", "様"])))
            b.add("{a}　", a=places.address(ctx))
            b.line("☎{t}　品目：{it}", t=ids.phone(ctx), it=items)
        b.line("受付：{o}", o=ctx.org("環境衛生課"))

    L.wrap(ctx, b, body)


def illegal_dumping(ctx: Ctx, b: Builder) -> None:
    caller = ctx.person()
    staff = ctx.person("adult", "jp")

    def body() -> None:
        b.line("不法投棄通報（電話）書き起こし")
        b.line("職員：はい、{o}です。", o=ctx.org("環境衛生課"))
        b.line("通報者：あの、えーっと、近所の林道なんですけど、冷蔵庫とかタイヤがまとめて捨てられてて。")
        b.line("職員：場所はどのあたりでしょうか。")
        b.line("通報者：{a}の、裏の空き地の先です。", a=places.address(ctx, ["partial", "rural", "banchi_no"]))
        b.line("職員：ありがとうございます。念のためお名前とご連絡先を伺ってもよろしいですか。")
        b.line(
            "通報者：{n}です。電話は、{t}です。",
            n=ctx.name(caller, ["katakana", "hiragana", "kanji_nospace"]),
            t=ids.phone(ctx, ["spoken", "kana_half", "plain"], mobile=True),
        )
        b.line("職員：ナンバーの分かる車は見かけましたか。")
        b.line("通報者：いや、見てないです。白い軽トラがよく停まってるってのは聞きましたけど。")
        b.line("（対応：{s}が翌朝現地確認、警察へ情報提供）", s=ctx.ctxname(staff, "signature"))

    L.wrap(ctx, b, body, ctx.choice(["以下の通報の要点を報告書の形にしてください", None]))


def housing_apply(ctx: Ctx, b: Builder) -> None:
    head = ctx.person()
    spouse = ctx.person("adult", "jp")
    kid = ctx.person("child", "jp")

    def body() -> None:
        b.line("市営住宅 入居申込書（随時募集）記載内容")
        b.line("申込者：{n}", n=ctx.name(head, GEN_D))
        L.field(ctx, b, "生年月日", "BIRTH_DATE", head)
        L.address_line(ctx, b, "現住所")
        L.field(ctx, b, "電話", "PHONE_NUMBER")
        L.field(ctx, b, "個人番号", "MY_NUMBER")
        L.extras(ctx, b, head, ctx.rng.randint(2, 4))
        b.line("同居予定者：")
        b.line(
            "　{rel}・{n}（{age}）",
            rel=ctx.choice(["妻", "夫"]),
            n=ctx.ctxname(spouse, "relation"),
            age=str(spouse.age),
        )
        b.line("　{rel}　{n}", rel=ctx.choice(["長女", "長男", "次女", "二男"]), n=ctx.given(kid))
        b.line(
            "希望団地：{o}　第一希望{n}号棟",
            o=ctx.org(ctx.choice(["市営若葉住宅", "市営東原団地", "市営緑町住宅"])),
            n=str(ctx.rng.randint(1, 8)),
        )
        b.line(f"世帯の所得月額：{ctx.rng.randint(80, 150)},{ctx.rng.randint(0, 9)}00円（算定上）")
        b.line(
            ctx.choice(
                ["※住宅困窮理由：現住居の取り壊し", "※住宅困窮理由：家賃負担が重い", "※住宅困窮理由：DV避難（要配慮）"]
            )
        )

    L.wrap(ctx, b, body)


def housing_rent(ctx: Ctx, b: Builder) -> None:
    tenant = ctx.person()
    s = ctx.person("adult", "jp")
    org = "住宅管理課"

    def body() -> None:
        b.line("件名：Re: 家賃の分納について")
        b.line()
        b.line("{n}", n=ctx.name(tenant, [*GEN, "dono"], "様"))
        b.line()
        b.line(
            "いつも市営住宅をご利用いただきありがとうございます。"
            + ctx.choice(
                [
                    "ご相談のあった分納の件、月1万円ずつでお受けできることになりました。",
                    "9月分から11月分の家賃が未納となっております。",
                ]
            )
        )
        b.line("誓約書をお送りしますので、{a}宛にご返送ください。", a=places.address(ctx, ["hyphen", "kanji", "plain"]))
        b.line()
        L.signature(ctx, b, s, org)
        b.line()
        b.add("> {d}、", d=ctx.choice(["2025/11/28 9:12", "11月28日(金) 21:40"]))
        b.add("{n} ", n=ctx.name(tenant, ["romanized", "katakana", "kanji_nospace", "foreign_katakana"]))
        b.line("{m} wrote:", m=ids.email(ctx, tenant, ["angle"]))
        b.line("> 仕事が減ってしまい、今月も全額は難しいです。")
        b.line("> 分けて払うことはできますか。連絡は携帯 {t} にお願いします。", t=ids.phone(ctx, mobile=True))

    L.wrap(ctx, b, body)


def housing_moveout(ctx: Ctx, b: Builder) -> None:
    t = ctx.person()
    s = ctx.person("adult", "jp")

    def body() -> None:
        b.line("退去立会い記録")
        b.line("団地・号室：{a}", a=places.address(ctx, ["building_room", "katakana_building"]))
        b.line("名義人：{n}　立会：{s}", n=ctx.name(t, GEN_D), s=ctx.name(s, ["title"], ctx.choice(["主査", "主事"])))
        b.line("転居先：{p} {a}", p=places.postal(ctx), a=places.address(ctx))
        L.extras(ctx, b, t, 1)
        b.line(
            ctx.choice(
                [
                    "畳6枚表替え、襖2枚張替え。浴室の換気扇故障（経年）。",
                    "壁に大きな穴1か所（入居者負担）。鍵3本返却済。",
                    "ほぼ原状。ベランダに私物の植木鉢が残置、本人了承のうえ処分。",
                ]
            )
        )
        b.line(
            "敷金返還口座：{bk}　{br}　普通　{a}",
            bk=ctx.org(ctx.choice(["東西銀行", "ひかり農業協同組合"])),
            br=ctx.choice(["本店営業部", "駅前支店"]),
            a=ids.ident(ctx, "BANK_ACCOUNT"),
        )

    L.wrap(ctx, b, body)


def nursery(ctx: Ctx, b: Builder) -> None:
    mom, dad, kid = ctx.person("adult"), ctx.person("adult", "jp"), ctx.person("child", "jp")

    def body() -> None:
        b.line("保育所入所申込（{m}月入所）".format(m=ctx.choice(["4", "6", "10"])))
        b.line(
            "児童：{n}（{k}）",
            n=ctx.name(kid, ["kanji_space", "kanji_nospace", "kanji_fullspace"]),
            k=ctx.name(kid, ["katakana", "hiragana"]),
        )
        L.field(ctx, b, "児童生年月日", "BIRTH_DATE", kid)
        b.line("保護者：{m}（母）", m=ctx.name(mom, GEN))
        b.line("　　　　父・{d}", d=ctx.ctxname(dad, "relation"))
        L.address_line(ctx, b)
        L.field(ctx, b, "母 勤務先電話", "PHONE_NUMBER")
        L.extras(ctx, b, mom, ctx.rng.randint(2, 4))
        b.line(
            "就労証明：{c}　週5日 9:00〜17:30",
            c=ctx.org(ctx.choice(["株式会社みどり設備", "北辰建設株式会社", "あおぞら交通株式会社"])),
        )
        b.line("希望園：{a}、{c}", a=ctx.org("さくら保育園"), c=ctx.org(ctx.choice(["若葉こども園", "ひなた保育所"])))
        b.line("きょうだい：{rel} {g}（在園中）", rel=ctx.choice(["兄", "姉"]), g=ctx.given(ctx.person("child", "jp")))
        b.line(ctx.choice(["きょうだい加点あり", "ひとり親ではない", "育休明け、復職予定日 4/1"]))

    L.wrap(ctx, b, body)


def gakudo(ctx: Ctx, b: Builder) -> None:
    def body() -> None:
        b.line("放課後児童クラブ 待機児童一覧（{c}）".format(c=ctx.choice(["東小", "桜台小", "緑ヶ丘小"])))
        rows = []
        for _ in range(ctx.rng.randint(3, 5)):
            kid, par = ctx.person("child", "jp"), ctx.person("adult")
            rows.append(
                [
                    ctx.ctxname(kid, "table_cell"),
                    f"{ctx.rng.randint(1, 4)}年",
                    ctx.ctxname(par, "table_cell"),
                    L.cell(ctx, "PHONE_NUMBER"),
                    ctx.choice(["母就労", "父母就労", "介護", "求職中"]),
                ]
            )
        L.table(ctx, b, ["児童", "学年", "保護者", "連絡先", "事由"], rows)

    L.wrap(ctx, b, body)
