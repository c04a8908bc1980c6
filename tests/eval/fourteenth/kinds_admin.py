"""Agriculture, vacant houses, cemeteries, personnel, contracts, international exchange, council, letters."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import ids, places, pools
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth.values import DECOR, FOREIGN_STYLE, JP_STYLE, Ctx

GEN = JP_STYLE + FOREIGN_STYLE + ["kanji_cnkr"]
GEN_D = GEN + DECOR


def farmland(ctx: Ctx, b: Builder) -> None:
    p = ctx.person("elder", "jp")

    def body() -> None:
        b.line(ctx.choice(["農地法第5条許可申請（転用）審査メモ", "農地の相続届出 受付記録"]))
        b.line("申請人：{n}", n=ctx.name(p, GEN_D))
        b.line("申請人住所：{a}", a=places.address(ctx, ["rural", "banchi_no", "plain"]))
        L.extras(ctx, b, p, 1, ["PHONE_NUMBER", "BIRTH_DATE", "MY_NUMBER", "RESIDENT_CODE", "ADDRESS"])
        b.line(
            "土地の所在：{l}大字{z}字{z2} {n}番 田 {m}㎡",
            l=ctx.loc(ctx.choice(["飯島町", "雫石町", "小国町"])),
            z=ctx.choice(pools.AZA),
            z2=ctx.choice(pools.AZA),
            n=str(ctx.rng.randint(100, 2999)),
            m=str(ctx.rng.randint(300, 1800)),
        )
        b.line("譲受人：{n}　{t}", n=ctx.name(ctx.person(), GEN), t=ids.phone(ctx))
        b.line(
            "相続人：{a}、{c}（いずれも{rel}）",
            a=ctx.ctxname(ctx.person("adult", "jp"), "list"),
            c=ctx.ctxname(ctx.person("adult", "jp"), "list"),
            rel=ctx.choice(["子", "孫"]),
        )
        b.line(
            ctx.choice(
                [
                    "転用目的：自己住宅の建築。農振除外済み。",
                    "転用目的：資材置場。周辺農地への排水計画を要確認。",
                    "相続による取得。耕作の意思あり、農業委員会に届出済。",
                ]
            )
        )

    L.wrap(ctx, b, body)


def vacant_house(ctx: Ctx, b: Builder) -> None:
    owner = ctx.person("old" if ctx.rng.random() < 0.2 else "elder", "jp")

    def body() -> None:
        b.line("空き家所有者調査　相続人一覧（{a}）".format(a="登記名義人死亡のため"))
        b.line("物件所在地：{a}", a=places.address(ctx))
        b.line("登記名義人：{n}（{y}年死亡）", n=ctx.name(owner, GEN_D), y=str(ctx.rng.randint(2008, 2022)))
        rows = []
        for rel in ctx.rng.sample(["長男", "長女", "二男", "妻", "孫（代襲）", "次女"], ctx.rng.randint(3, 4)):
            h = ctx.person("adult")
            rows.append(
                [
                    rel,
                    ctx.ctxname(h, "table_cell"),
                    L.cell(ctx, "ADDRESS"),
                    ctx.choice(["回答あり", "未回答", "宛先不明で返戻"]),
                ]
            )
        L.table(ctx, b, ["続柄", "氏名", "住所", "照会結果"], rows)
        b.line(ctx.choice(["固定資産税の納税管理人は未届。", "隣家から倒木の苦情あり（10月）。", "略式代執行も視野。"]))

    L.wrap(ctx, b, body)


def cemetery(ctx: Ctx, b: Builder) -> None:
    old, new = ctx.person("elder", "jp"), ctx.person("adult")

    def body() -> None:
        b.line(ctx.choice(["市営霊園 使用権承継申請", "墓地使用許可証 再交付・承継の受付"]))
        b.line(
            "区画：{o} {s}区{n}番",
            o=ctx.org(ctx.choice(["市営東原霊園", "市営桜台墓地公園"])),
            s=ctx.choice(["A", "B", "C"]),
            n=str(ctx.rng.randint(1, 400)),
        )
        b.line("前使用者：{n}（故人）", n=ctx.name(old, GEN_D))
        b.line("承継者：{n}　続柄 {r}", n=ctx.name(new, GEN_D), r=ctx.choice(["長男", "長女", "甥"]))
        L.address_line(ctx, b, "承継者住所")
        L.field(ctx, b, "電話", "PHONE_NUMBER")
        L.field(ctx, b, "承継者 生年月日", "BIRTH_DATE", new)
        L.extras(ctx, b, new, ctx.rng.randint(2, 3))
        b.line("添付：戸籍謄本、承継者の住民票（住民票コード {c} 記載）", c=ids.ident(ctx, "RESIDENT_CODE"))

    L.wrap(ctx, b, body)


def hr_transfer(ctx: Ctx, b: Builder) -> None:
    def body() -> None:
        b.line("【取扱注意】4月1日付 人事異動内示（{d}分）".format(d=ctx.choice(["福祉部", "建設部", "こども未来部"])))
        rows = []
        for _ in range(ctx.rng.randint(4, 6)):
            p = ctx.person("adult", "jp")
            rows.append(
                [
                    ctx.ctxname(p, "table_cell"),
                    ctx.org(ctx.choice(pools.ORGS)),
                    ctx.org(ctx.choice(pools.ORGS)),
                    ctx.choice(pools.TITLES),
                ]
            )
        L.table(ctx, b, ["氏名", "現所属", "新所属", "職"], rows)
        hr = ctx.person("adult", "jp")
        b.line(
            "内示は3月{d}日15時。問合せは{n}まで。".format(d=ctx.rng.randint(20, 27), n="{n}"),
            n=ctx.name(hr, ["title"], "人事課長"),
        )

    L.wrap(ctx, b, body)


def hr_leave(ctx: Ctx, b: Builder) -> None:
    p, boss = ctx.person("adult", "jp"), ctx.person("adult", "jp")

    def body() -> None:
        b.line(ctx.choice(["休暇申請（介護休暇）", "病気休暇の届出", "育児休業 取得計画書"]))
        b.line("所属：{o}　職員番号 {n}", o=ctx.org(ctx.choice(pools.ORGS)), n=f"{ctx.rng.randint(10000, 99999)}")
        b.line("氏名：{n}", n=ctx.name(p, GEN_D))
        b.line(f"期間：令和8年1月{ctx.rng.randint(5, 20)}日〜2月{ctx.rng.randint(1, 28)}日")
        b.line(
            "理由："
            + ctx.choice(["父（要介護3）の在宅介護のため", "長女の出産予定に伴い", "腰椎椎間板ヘルニアの手術のため"])
        )
        b.line("休暇中の連絡先：{t}", t=ids.phone(ctx, mobile=True))
        L.extras(ctx, b, p, 1, ["ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "BANK_ACCOUNT"])
        b.line("所属長：{n}", n=ctx.name(boss, ["title", "kanji_space"], ctx.choice(["課長", "所長", "室長"])))

    L.wrap(ctx, b, body)


def harassment(ctx: Ctx, b: Builder) -> None:
    victim, actor, counsel = ctx.person("adult", "jp"), ctx.person("adult", "jp"), ctx.person("adult", "jp")

    def body() -> None:
        b.line("ハラスメント相談記録（秘）")
        b.line("相談者：{v}（{o}）", v=ctx.name(victim, GEN_D), o=ctx.org(ctx.choice(pools.ORGS)))
        b.line("相談員：{c}", c=ctx.name(counsel, ["title", "kanji_nospace"], "主幹"))
        b.add("相談者によると、10月以降、")
        b.add(
            "{a}",
            a=ctx.name(actor, ["title", "kanji_space", "kanji_nospace"], ctx.choice(["係長", "課長補佐", "主査"])),
        )
        b.line("から、朝礼で繰り返し名指しで叱責されている。")
        b.line("「{s}はいつも仕事が遅い」と他の職員の前で言われたとのこと。", s=ctx.sur(victim))
        b.line(
            "同席していた{w}も目撃している。",
            w=ctx.name(ctx.person("adult", "jp"), ["kanji_nospace", "quoted", "surname_only"], "さん"),
        )
        b.line("相談者は匿名での対応を希望。私用携帯 {t} へ連絡可。", t=ids.phone(ctx, mobile=True))

    L.wrap(ctx, b, body)


def contractor(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()

    def body() -> None:
        b.line("入札参加資格審査申請（個人事業主）")
        b.line(
            "商号：{s}　代表者：{n}",
            s=ctx.choice(["佐倉塗装", "ミドリ造園", "北斗電気工事", "ひなた清掃サービス"]),
            n=ctx.name(p, GEN_D),
        )
        L.address_line(ctx, b, "所在地（自宅兼事務所）")
        L.field(ctx, b, "電話", "PHONE_NUMBER")
        L.field(ctx, b, "E-mail", "EMAIL_ADDRESS", p)
        L.field(ctx, b, "代表者生年月日", "BIRTH_DATE", p)
        L.extras(ctx, b, p, ctx.rng.randint(2, 3))
        b.line(
            "振込口座：{bk} {br}（普通）{a}",
            bk=ctx.org(ctx.choice(pools.BANKS)),
            br=ctx.choice(pools.BRANCHES),
            a=ids.ident(ctx, "BANK_ACCOUNT"),
        )
        b.line("登録業種：" + ctx.choice(["塗装、防水", "造園、植栽管理", "電気工事", "建物清掃"]))
        b.line("本人確認：運転免許証 第{d}号", d=ids.ident(ctx, "DRIVER_LICENSE"))

    L.wrap(ctx, b, body)


def homestay(ctx: Ctx, b: Builder) -> None:
    host = ctx.person("adult", "jp")
    guest = ctx.person("young", ctx.choice(["us", "ph", "id", "br", "vn"]))
    s = ctx.person("adult", "jp")

    def body() -> None:
        b.line(
            "From: {n} {m}", n=ctx.name(guest, ["romanized", "family_comma_given"]), m=ids.email(ctx, guest, ["angle"])
        )
        b.line("Subject: Homestay / ホームステイについて")
        b.line()
        b.line("Dear {n},", n=ctx.name(host, ["english_sentence"], ""))
        b.line("Hello! My name is {n} and I will stay with your family from March 3.", n=ctx.roman_name(guest))
        b.line(
            "My passport number is {p} and my birthday is {d}.",
            p=ids.ident(ctx, "PASSPORT"),
            d=ids.birth(ctx, guest, ["iso", "slash", "seireki"]),
        )
        b.line(
            "I am allergic to shrimp. My phone in Japan will be {t}.",
            t=ids.phone(ctx, ["plus81", "plain"], mobile=True),
        )
        b.line("Best regards,")
        b.line("{n}", n=ctx.ctxname(guest, "signature"))
        b.line()
        b.line("-----")
        b.line(
            "{s}さん、受入家庭の住所（{a}）は先方に伝えて大丈夫か確認お願いします。",
            s=ctx.sur(s),
            a=places.address(ctx, ["english", "hyphen"]),
        )

    L.wrap(
        ctx,
        b,
        body,
        ctx.choice(
            ["英語の部分を和訳して、ホストファミリー向けに要点を日本語で", "このメールへの英語の返信案を作って", None]
        ),
    )


def delegation(ctx: Ctx, b: Builder) -> None:
    nat = ctx.choice(["us", "br", "ph", "id", "cn", "kr"])

    def body() -> None:
        b.line("姉妹都市 訪問団名簿（{c}）".format(c=ctx.choice(["11月来日", "友好提携30周年"])))
        rows = []
        for i in range(ctx.rng.randint(4, 6)):
            m = ctx.person("adult", nat)
            rows.append(
                [
                    str(i + 1),
                    ctx.ctxname(m, "table_cell") if i % 2 else ctx.name(m, ["family_comma_given", "romanized"]),
                    ctx.choice(["Mayor", "Council Member", "Staff", "Interpreter", "Student"]),
                    ids.ident(ctx, "PASSPORT", ["table_cell"]),
                    ids.birth(ctx, m, ["table_cell"]),
                ]
            )
        L.table(ctx, b, ["No", "Name", "Title", "Passport", "DOB"], rows)
        b.line(
            "宿泊：{h}　アテンド：{a}",
            h=ctx.org("ホテルみなと"),
            a=ctx.name(ctx.person("adult", "jp"), ["title"], "主任"),
        )

    L.wrap(ctx, b, body)


def council(ctx: Ctx, b: Builder) -> None:
    mem, mgr, st = ctx.person("adult", "jp"), ctx.person("adult", "jp"), ctx.person("adult", "jp")

    def body() -> None:
        b.line("＃一般質問 答弁調整")
        b.line("{a}　{t}", a=ctx.ctxname(st, "speaker"), t=L.clock(ctx))
        b.line(
            "{m}議員の質問通告（空き家対策）が出ました。答弁は{g}でお願いします。",
            m=ctx.name(mem, ["kanji_nospace", "kanji_space", "surname_only"]),
            g=ctx.name(mgr, ["title"], ctx.choice(["建設部長", "都市整備部長"])),
        )
        b.line("{a}　{t}", a=ctx.ctxname(mgr, "speaker"), t=L.clock(ctx))
        b.line("> 答弁は…でお願いします")
        b.add("@{s} ", s=ctx.ctxname(st, "mention"))
        b.line("了解。前回{s}議員に答えた件数と矛盾しないように。", s=ctx.sur(mem))
        b.line(
            "相談者の{n}さん（{a}）の事例は個人が特定されるので答弁には入れないこと。",
            n=ctx.name(ctx.person(), GEN),
            a=places.address(ctx, ["partial", "ward"]),
        )

    L.wrap(ctx, b, body)


def petition(ctx: Ctx, b: Builder) -> None:
    def body() -> None:
        b.line(ctx.choice(["請願書（通学路への信号機設置）", "陳情書 署名簿（抜粋）"]))
        b.line("紹介議員：{n}", n=ctx.name(ctx.person("adult", "jp"), ["kanji_nospace", "kanji_space"]))
        b.line("請願者代表：{n}", n=ctx.name(ctx.person(), GEN_D))
        b.put("署名者：")
        people = [ctx.person() for _ in range(ctx.rng.randint(4, 6))]
        for i, p in enumerate(people):
            b.put(ctx.ctxname(p, "list"))
            b.put("、" if i < len(people) - 1 else "\n")
        b.line("代表者連絡先：{a}　{t}", a=places.address(ctx), t=ids.phone(ctx))

    L.wrap(ctx, b, body)


def mayor_letter(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()

    def body() -> None:
        b.line(f"【市長への手紙】受付No.{ctx.rng.randint(100, 999)}")
        b.line("市長様")
        b.line(ctx.choice(["いつもご苦労様です。", "初めてお便りします。", "先日の市報を読んで書いています。"]))
        b.line(
            ctx.choice(
                [
                    "駅前の駐輪場が朝すぐ満車になり、子どもを保育園に送ったあと停める場所がありません。",
                    "公園のトイレが夜間使えず、散歩中の高齢者が困っています。",
                    "転入の手続きで窓口を三つ回らされました。外国人の妻はとても疲れていました。",
                ]
            )
        )
        b.line("回答は郵送でお願いします。")
        b.line(
            "{a}", a=places.address(ctx, ["line_broken", "plain", "building_room", "katakana_building", "ocr_spaced"])
        )
        b.line("{n}", n=ctx.name(p, GEN_D))
        b.line("（{t}）", t=ids.phone(ctx))

    L.wrap(
        ctx, b, body, "この手紙の回答案を作成してください。担当は秘書広報課です。" if ctx.rng.random() < 0.5 else None
    )
