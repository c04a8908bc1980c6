"""Rosters and applications: 自治会, 公民館, スポーツ少年団, 成人式, ふるさと納税, 就学援助, 監査請求, 苦情, 犬, 採用,
商工."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece

from . import addresses, dates, numbers, pools
from .layout import (
    cell_addr,
    cell_birth,
    cell_num,
    cell_person,
    contact,
    dept,
    extra_fields,
    finish,
    md_table,
    sep_rows,
    signature,
    staff,
    start,
)
from .values import GENERAL, Ctx, again, person, surname

LIST = ("list",)


def _names_list(ctx: Ctx, n: int, age_group: str = "adult") -> list[Piece]:
    out: list[Piece] = []
    for i in range(n):
        if i:
            out.append(ctx.c(("、", "・", "　")))
        out.append(person(ctx, LIST, honor="", age_group=age_group)[1])
    return out


def neighborhood(ctx: Ctx) -> Builder:
    b = start(ctx)
    town = ctx.loc(ctx.c(pools.TOWNS))
    b.add("{t}", t=town).line(ctx.c(("自治会 会員名簿（令和7年度）", "町内会 班別名簿", "自治会 役員・班長一覧")))
    rows: list[list[Piece]] = []
    for i in range(ctx.n(4, 7)):
        p, nm = cell_person(ctx)
        rows.append(
            [
                f"{ctx.n(1, 9)}班",
                nm,
                cell_addr(ctx),
                cell_num(ctx, "PHONE_NUMBER", p),
                ctx.c(("班長", "", "会計", "", "副会長")) if i else "会長",
            ]
        )
    if ctx.p(0.5):
        md_table(b, ("班", "氏名", "住所", "電話", "役職"), rows)
    else:
        sep_rows(b, ("班", "氏名", "住所", "電話", "役職"), rows, sep=ctx.c((",", "\t")))
    b.line()
    b.add("回覧：清掃活動は{d}。当日の連絡は会長の", d=f"{ctx.n(4, 11)}月{ctx.n(1, 28)}日（日）")
    b.put(person(ctx, ("surname_later", "full_space", "title"), honor="")[1])
    b.line("まで。欠席の方は班長（敬称略）：{l} へお知らせください。", l=tuple(_names_list(ctx, ctx.n(2, 4))))
    return finish(ctx, b)


def kominkan(ctx: Ctx) -> Builder:
    b = start(ctx)
    fac = ctx.org(ctx.c(pools.FACILITIES))
    course = ctx.c(
        ("はじめてのスマホ教室", "郷土史講座", "男の料理教室", "ヨガ入門", "俳句を楽しむ会", "パソコン表計算")
    )
    b.add("{f} ", f=fac).line(f"{course} 受講者名簿")
    _t, tp = person(ctx, ("title", "full_zen", "dono", "quoted"), honor="")
    b.line("講師：{t}", t=tp)
    head = ("No", "氏名", "フリガナ", "生年月日", "電話", "メール")
    rows: list[list[Piece]] = []
    for i in range(ctx.n(4, 6)):
        p, nm = cell_person(ctx, ctx.c(("adult", "elder")))
        reading = ctx.val("PERSON", p.kana(" ").translate({c: c + 0x60 for c in range(0x3041, 0x3097)}), "cell")
        rows.append(
            [
                str(i + 1),
                nm,
                reading,
                cell_birth(ctx, p),
                cell_num(ctx, "PHONE_NUMBER", p),
                cell_num(ctx, "EMAIL_ADDRESS", p) if ctx.p(0.6) else "",
                cell_addr(ctx),
            ]
        )
    sep_rows(b, (*head, "住所"), rows, sep="\t")
    b.line("※{s}が出欠を管理。", s=staff(ctx)[1])
    return finish(ctx, b)


def sports(ctx: Ctx) -> Builder:
    b = start(ctx)
    club = ctx.org(ctx.c(pools.CLUBS))
    b.line(
        ctx.c(
            ("第{n}回 市民スポーツ少年団交流大会 参加申込書", "市長杯 大会エントリー表", "新人戦 申込（部活動）")
        ).replace("{n}", str(ctx.n(10, 48)))
    )
    b.line("チーム名：{c}", c=club)
    _c, coach = person(ctx, ("title", "full_space", "with_age"), honor="")
    b.line("監督：{c}", c=coach)
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="監督連絡先")).put("\n")
    rows: list[list[Piece]] = []
    for _ in range(ctx.n(4, 7)):
        p, nm = cell_person(ctx, "child")
        rows.append([str(ctx.n(1, 30)), nm, f"{ctx.n(3, 6)}年", cell_birth(ctx, p), ctx.org(ctx.c(pools.SCHOOLS))])
    md_table(b, ("背番号", "選手名", "学年", "生年月日", "学校"), rows)
    kid = person(ctx, ("given_only",), honor=ctx.c(("くん", "さん")), age_group="child")[1]
    b.line("備考：{k}はアレルギー（卵）あり。保護者同伴。", k=kid)
    return finish(ctx, b)


def ceremony(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(
        ctx.c(("令和8年 二十歳のつどい 実行委員名簿", "市政功労者表彰 被表彰者名簿", "善行表彰 候補者一覧（敬称略）"))
    )
    for _ in range(ctx.n(3, 5)):
        p, nm = person(
            ctx,
            ("list", "full_space", "full_zen", "variant", "cjk_kanji", "foreign_katakana"),
            honor="",
            age_group=ctx.c(("young", "elder", "adult")),
        )
        b.line("・{n}　{d}　{o}", n=nm, d=dates.birth(ctx, p), o=ctx.org(ctx.c(pools.SCHOOLS + pools.CLUBS)))
    b.line(
        "司会：{a}、記念品贈呈：{c}",
        a=person(ctx, ("title", "full_zen"), honor="")[1],
        c=person(ctx, ("title", "list"), honor="")[1],
    )
    b.line("来賓（敬称略）：{l}", l=tuple(_names_list(ctx, ctx.n(2, 4))))
    return finish(ctx, b)


def furusato(ctx: Ctx) -> Builder:
    b = start(ctx)
    p, nm = person(ctx, GENERAL, honor="")
    b.line(
        ctx.c(
            (
                "ふるさと納税 寄附者からの問い合わせ（転送）",
                "件名：寄附金受領証明書が届きません",
                "【ふるさと納税】返礼品の配送先変更",
            )
        )
    )
    b.line("寄附者：{n}", n=nm)
    contact(ctx, b, p)
    b.line(
        "寄附日：{d}　金額：{m}円　返礼品：{g}",
        d=f"2025/{ctx.n(1, 11)}/{ctx.n(1, 28)}",
        m=f"{ctx.n(1, 30) * 10000:,}",
        g=ctx.c(("干し芋セット", "常陸牛", "メロン", "地酒3本", "納豆詰め合わせ")),
    )
    b.put(numbers.field(ctx, "CREDIT_CARD", label="決済カード")).put("\n")
    extra_fields(ctx, b, ("CREDIT_CARD", "BANK_ACCOUNT", "POSTAL_CODE"), ctx.n(1, 2), p=p)
    b.line("本文：")
    b.line("> ワンストップ特例の申請書を送りましたが、個人番号カードの写しを同封し忘れました。")
    b.line("> 番号は{m}です。再送が必要でしょうか。", m=numbers.num(ctx, "MY_NUMBER"))
    b.line("> {n}", n=again(ctx, p, ("quoted_reply",), honor=""))
    signature(ctx, b)
    return finish(ctx, b)


def scholarship(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("就学援助費 受給申請書", "奨学金（給付型）申請内容", "高校生等奨学給付金 申請者一覧から抜粋")))
    parent, pn = person(ctx, GENERAL, honor="")
    b.line("申請者（保護者）：{p}", p=pn)
    contact(ctx, b, parent, mail=False)
    for _ in range(ctx.n(1, 3)):
        kid, kp = person(
            ctx,
            ("relation", "full_space", "hiragana", "katakana", "full_nospace"),
            honor="",
            age_group="child",
            family=parent,
        )
        b.line(
            "対象児童生徒：{r}{k}　{s}　{d}生",
            r=ctx.c(("長男 ", "長女 ", "", "次男 ")),
            k=kp,
            s=ctx.org(ctx.c(pools.SCHOOLS)),
            d=dates.birth(ctx, kid, ("plain", "wareki", "era_short", "gannen")),
        )
    b.put(numbers.field(ctx, "BANK_ACCOUNT")).put("\n")
    extra_fields(
        ctx,
        b,
        ("MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "DISABILITY_CERTIFICATE", "RESIDENT_CODE", "BANK_ACCOUNT"),
        ctx.n(2, 4),
        p=parent,
    )
    b.line(
        f"世帯の所得：{ctx.n(120, 380)}万円（{ctx.c(('児童扶養手当受給', '生活保護廃止後1年以内', '市民税非課税'))}）"
    )
    return finish(ctx, b)


def audit(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("住民監査請求書", "職員措置請求書（地方自治法第242条第1項）", "監査請求 受付簿（写）")))
    b.add("{o} 御中", o=ctx.org(ctx.c(("監査委員", "監査委員事務局")))).line()
    b.line("請求人")
    for _ in range(ctx.n(2, 4)):
        _p, nm = person(ctx, GENERAL, honor="")
        b.put(addresses.address(ctx, addresses.LINE[:-4])).put(ctx.c(("　", " ", "\n"))).put(nm)
        b.line(f"（{ctx.c(pools.JOBS)}）")
    b.line(
        "請求の要旨：{d}が発注した{w}について、随意契約の理由が不十分であり…",
        d=dept(ctx),
        w=ctx.c(("公用車リース", "庁舎清掃業務", "イベント運営委託")),
    )
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="代表者連絡先")).put("\n")
    return finish(ctx, b)


def complaint(ctx: Ctx) -> Builder:
    b = start(ctx)
    kind = ctx.c(("騒音", "悪臭", "野焼きの煙", "道路へのはみ出し看板", "工事車両の路上駐車", "側溝の詰まり"))
    b.line(ctx.c(("公害苦情 受付記録", "道路占用に関する苦情", "苦情・要望 処理票")) + f"（{kind}）")
    p, nm = person(ctx, GENERAL, honor=ctx.c(("様", "氏", "")))
    b.line("申出人：{n}", n=nm)
    b.put(addresses.addr_field(ctx)).put("\n")
    b.put(numbers.field(ctx, "PHONE_NUMBER")).put("\n")
    co = ctx.org(ctx.c(pools.COMPANIES))
    b.line(
        "原因者：{c}（現場責任者 {r}）",
        c=co,
        r=person(ctx, ("title", "full_space", "katakana", "hankaku"), honor="")[1],
    )
    b.line(f"内容：{ctx.c(('早朝5時から', '夜間', '週末ごとに'))}{kind}がひどい。以前も連絡したが改善されない。")
    _st, sp = staff(ctx)
    b.line(
        "処理：{d}{s}が現地確認。原因者に是正を指導。{n}様には{m}に結果を電話連絡。",
        d=_day(ctx),
        s=sp,
        n=surname(ctx, p),
        m=_day(ctx),
    )
    return finish(ctx, b)


def _day(ctx: Ctx) -> str:
    return f"{ctx.n(4, 11)}/{ctx.n(1, 28)}"


def dog(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("犬の登録事項変更届", "狂犬病予防注射済票 交付台帳（抜粋）", "犬の死亡届・所有者変更 受付")))
    p, nm = person(ctx, GENERAL, honor="")
    b.line("所有者：{n}", n=nm)
    contact(ctx, b, p, mail=ctx.p(0.3))
    b.line(
        f"犬の名前：{ctx.c(('こむぎ', 'マロン', 'ハナ', 'ココ', 'ジロー', 'モモ'))}　"
        f"犬種：{ctx.c(('柴', 'トイプードル', 'ミックス', 'ダックス'))}"
        f"　登録番号：第{ctx.n(2010, 2025)}-{ctx.n(1, 999):03d}号　注射済票：R7-{ctx.n(1, 3000)}"
    )
    if ctx.p(0.5):
        _new, newp = person(ctx, GENERAL, honor="")
        b.line("新所有者：{n}（{r}）", n=newp, r=ctx.c(("長男", "知人", "娘")))
        b.put(numbers.field(ctx, "PHONE_NUMBER")).put("\n")
        b.put(addresses.addr_field(ctx, label="新所有者住所")).put("\n")
    b.line(
        "獣医師：{v}（{h}）",
        v=person(ctx, ("title", "full_space", "dono"), honor="")[1],
        h=ctx.org(ctx.c(("みずほ台動物病院", "さくら犬猫病院", "東雲ペットクリニック"))),
    )
    return finish(ctx, b)


def recruit(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(
        ctx.c(
            (
                "令和8年度 職員採用試験（一般事務）第2次試験 受験者一覧",
                "採用試験 面接評定メモ",
                "会計年度任用職員 選考結果",
            )
        )
    )
    rows: list[list[Piece]] = []
    for _ in range(ctx.n(3, 6)):
        p, nm = cell_person(ctx, "young")
        rows.append(
            [
                f"{ctx.n(1001, 1999)}",
                nm,
                cell_birth(ctx, p),
                ctx.org(ctx.c(("国立茨城北大学", "私立関東学園大学", "県立南高等学校", "常陸情報専門学校"))),
                cell_num(ctx, ctx.c(("PHONE_NUMBER", "EMAIL_ADDRESS")), p),
                cell_addr(ctx),
            ]
        )
    sep_rows(b, ("受験番号", "氏名", "生年月日", "最終学歴", "連絡先", "現住所"), rows, sep=",", quote=ctx.p(0.4))
    b.line()
    cand, cp = person(ctx, GENERAL, honor="")
    b.line("面接記録（{c}）", c=cp)
    b.line("面接官：{a}、{b}", a=person(ctx, ("title",), honor="")[1], b=person(ctx, ("title", "list"), honor="")[1])
    b.line(
        "志望動機は明確。前職（{o}）での窓口経験を強調。{s}評価：A",
        o=ctx.org(ctx.c(pools.COMPANIES)),
        s=surname(ctx, cand),
    )
    return finish(ctx, b)


def commerce(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("中小企業融資あっせん申込書", "創業支援事業 相談記録", "特定創業支援 証明書交付申請")))
    co = ctx.org(ctx.c(pools.COMPANIES))
    b.add("事業所名：").put(co).put(f"　法人番号：{ctx.n(1, 9)}{ctx.n(100000000000, 999999999999)}\n")
    p, nm = person(ctx, GENERAL, honor="")
    b.line("代表者：{n}（{a}歳）", n=nm, a=str(p.age))
    b.line("生年月日：{d}", d=dates.birth(ctx, p))
    b.put(addresses.addr_field(ctx, label=ctx.c(("代表者住所", "住所（自宅）")))).put("\n")
    b.put(numbers.field(ctx, "PHONE_NUMBER")).put("\n")
    b.put(numbers.field(ctx, "BANK_ACCOUNT", label="返済口座")).put("\n")
    extra_fields(ctx, b, ("MY_NUMBER", "DRIVER_LICENSE", "CREDIT_CARD", "PENSION_NUMBER"), ctx.n(1, 3), p=p)
    b.add(f"あっせん額：{ctx.n(3, 50) * 100}万円　取扱金融機関：").put(ctx.org(ctx.c(pools.BANKS[:-1]))).put("\n")
    if ctx.p(0.5):
        b.line("連帯保証人：{g}", g=person(ctx, GENERAL, honor="")[1])
    b.line(
        "{s}所見：{n}さんは{y}年の実務経験あり。事業計画は概ね妥当。",
        s=staff(ctx)[1],
        n=surname(ctx, p),
        y=str(ctx.n(3, 20)),
    )
    return finish(ctx, b)
