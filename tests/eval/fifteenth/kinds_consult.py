"""Consultation and case records: 消費生活, 児童・DV相談, 健診, 転入転出, 民生委員, 就労・移住, 開示請求."""

from __future__ import annotations

from tests.eval.blind.model import Builder

from . import addresses, dates, numbers, pools
from .layout import contact, dept, extra_fields, finish, office_dept, staff, start
from .values import GENERAL, Ctx, again, person, surname

SITUATION = ("契約書面は受け取っていない。", "書面は受け取ったが説明と違う。", "解約を申し出たが違約金を請求された。")


def _date(ctx: Ctx) -> str:
    return ctx.c(
        (
            f"令和7年{ctx.n(4, 11)}月{ctx.n(1, 28)}日",
            f"R7.{ctx.n(4, 11)}.{ctx.n(1, 28)}",
            f"2025/{ctx.n(4, 11)}/{ctx.n(1, 28)}",
            f"{ctx.n(4, 11)}月{ctx.n(1, 28)}日",
        )
    )


def consumer(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("【消費生活相談受付票】", "消費生活センター 相談記録", "■相談カード（契約トラブル）")))
    b.line(f"受付番号：2025-{ctx.n(100, 999)}　受付日：{_date(ctx)}　受付方法：{ctx.c(('電話', '来所', 'メール'))}")
    p, name = person(ctx, GENERAL, honor="")
    b.line("相談者：{n}（{a}歳・{j}）", n=name, a=str(p.age), j=ctx.c(pools.JOBS))
    b.line("生年月日：{d}", d=dates.birth(ctx, p))
    contact(ctx, b, p, mail=ctx.p(0.5))
    co = ctx.org(ctx.c(pools.COMPANIES))
    _rep, rep = person(ctx, ("title", "full_space", "katakana", "quoted"), honor="")
    b.line("相手方：{co}　担当者：{r}", co=co, r=rep)
    topic = ctx.c(
        (
            "屋根の無料点検をきっかけに高額な修理契約",
            "SNS広告で申し込んだ定期購入のサプリ",
            "電話勧誘による投資用教材の購入",
            "訪問販売の浄水器のリース契約",
            "結婚相談所の中途解約と返金",
        )
    )
    b.line("相談内容：")
    b.line(
        f"　{topic}について。" + ctx.c(SITUATION) + f"支払総額は{ctx.n(3, 98) * 10000:,}円。",
    )
    if ctx.p(0.7):
        b.line(
            "　支払はクレジットカード（{c}）の{k}。",
            c=numbers.num(ctx, "CREDIT_CARD"),
            k=ctx.c(("一括", "分割12回", "リボ払い")),
        )
    else:
        b.line("　返金先として本人名義口座を申出：{a}", a=numbers.field(ctx, "BANK_ACCOUNT"))
    extra_fields(
        ctx,
        b,
        ("DRIVER_LICENSE", "MY_NUMBER", "HEALTH_INSURANCE", "BANK_ACCOUNT", "CREDIT_CARD"),
        ctx.n(1, 3),
        p=p,
        bullet="本人確認・",
    )
    _st, sp = staff(ctx)
    b.line(
        "対応：{s}がクーリング・オフの期間を説明し、{o}へあっせん。{n}{h}には{d}までに書面を送るよう助言。",
        s=sp,
        o=ctx.org(co.text),
        n=surname(ctx, p),
        h=ctx.c(("さん", "様", "氏")),
        d=_date(ctx),
    )
    return finish(ctx, b)


def child(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(
        ctx.c(
            (
                "児童相談記録（要配慮個人情報・取扱注意）",
                "【要保護児童 ケース記録】",
                "家庭児童相談 経過記録 ※外部持出禁止",
            )
        )
    )
    b.add(f"ケース番号：K25-{ctx.n(1, 400):04d}　記録者：").put(dept(ctx)).put("\n")
    mother, mname = person(ctx, GENERAL, honor="", sex="F")
    kid, kname = person(ctx, GENERAL, honor="", age_group="child", family=mother)
    b.line("対象児童：{k}（{a}歳）", k=kname, a=str(kid.age))
    b.line("生年月日：{d}　所属：{s}", d=dates.birth(ctx, kid), s=ctx.org(ctx.c(pools.SCHOOLS)))
    b.line("保護者：母　{m}", m=mname)
    sib = person(ctx, ("relation",), honor="", age_group="child", family=mother)[1]
    b.line("同居：{r}　{s}（{a}歳）", r=ctx.c(("長男", "次男", "長女", "次女", "弟", "妹")), s=sib, a=str(ctx.n(1, 12)))
    contact(ctx, b, mother, mail=False)
    _t, tname = person(ctx, ("title", "full_space", "full_zen"), honor="")
    b.line("通告元：{s}　{t}", s=ctx.org(ctx.c(pools.SCHOOLS)), t=tname)
    b.line("経過：")
    kg = again(ctx, kid, ("given_only",), honor=ctx.c(("くん", "ちゃん", "さん")))
    b.line(
        "　{d}、{k}が登校時に腕のあざについて担任に話す。{m}{h}へ電話するも不通。",
        d=_date(ctx),
        k=kg,
        m=surname(ctx, mother),
        h=ctx.c(("さん", "氏")),
    )
    _st, sp = staff(ctx)
    b.line("　同日夕方、{s}と保健師で家庭訪問。母は「夜勤明けで余裕がない」と話す。", s=sp)
    extra_fields(
        ctx,
        b,
        ("HEALTH_INSURANCE", "MY_NUMBER", "DISABILITY_CERTIFICATE", "RESIDENT_CODE"),
        ctx.n(2, 3),
        p=kid,
        bullet="参考）",
    )
    return finish(ctx, b)


def dv(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("DV相談記録（秘）", "配偶者暴力相談 受付メモ", "■女性相談 記録票 ※閲覧制限あり")))
    p, name = person(ctx, GENERAL, honor="", sex="F")
    b.line("相談者：{n}（{a}）", n=name, a=str(p.age))
    b.line("生年月日：{d}", d=dates.birth(ctx, p))
    _partner, pname = person(ctx, ("full_space", "full_nospace", "katakana", "variant", "romanized"), honor="", sex="M")
    b.line("加害者（夫）：{n}　勤務先：{c}", n=pname, c=ctx.org(ctx.c(pools.COMPANIES)))
    b.put("現住所（加害者と同居中）\n").put(addresses.address(ctx)).put("\n")
    b.line("避難先（非開示）：{a}", a=addresses.address(ctx, addresses.PROSE))
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="本人携帯（夫に知られていない）")).put("\n")
    kid = person(ctx, ("relation",), honor="", age_group="child", family=p)[1]
    b.line("子：{r}{k}（{a}歳）も同行予定。", r=ctx.c(("長女 ", "長男 ", "次女　")), k=kid, a=str(ctx.n(1, 10)))
    extra_fields(
        ctx,
        b,
        (
            "HEALTH_INSURANCE",
            "PENSION_NUMBER",
            "BANK_ACCOUNT",
            "MY_NUMBER",
            "DRIVER_LICENSE",
            "RESIDENT_CODE",
            "CREDIT_CARD",
        ),
        ctx.n(3, 5),
        p=p,
    )
    _st, sp = staff(ctx)
    b.line(
        "対応：{s}が一時保護の流れを説明。住民基本台帳の支援措置申出書を案内。{n}さんは{o}への同行を希望。",
        s=sp,
        n=surname(ctx, p),
        o=ctx.org(ctx.c(("警察署生活安全課", "女性相談支援センター", "法テラス"))),
    )
    return finish(ctx, b)


def infant(ctx: Ctx) -> Builder:
    b = start(ctx)
    title = ctx.c(
        ("4か月児健康診査 受診票", "1歳6か月児健診 問診結果", "母子健康手帳交付 面談記録", "予防接種 予診票（転記）")
    )
    b.add(f"{title}　実施日：{_date(ctx)}　会場：").put(ctx.org(ctx.c(pools.FACILITIES))).put("\n")
    mother, mname = person(ctx, GENERAL, honor="", sex="F")
    baby, bname = person(ctx, GENERAL, honor="", age_group="baby", family=mother)
    b.line("お子さん：{b}", b=bname)
    b.line("生年月日：{d}", d=dates.birth(ctx, baby))
    b.line("保護者：{m}（{a}歳）", m=mname, a=str(mother.age))
    contact(ctx, b, mother, mail=ctx.p(0.4))
    b.put(numbers.field(ctx, "HEALTH_INSURANCE")).put("\n")
    extra_fields(
        ctx, b, ("MY_NUMBER", "RESIDENT_CODE", "BANK_ACCOUNT", "DISABILITY_CERTIFICATE"), ctx.n(1, 2), p=mother
    )
    if ctx.p(0.5):
        b.put(numbers.field(ctx, "MY_NUMBER", label="母の個人番号")).put("\n")
    doc = person(ctx, ("title", "full_space", "full_zen"), honor="")[1]
    b.line("かかりつけ：{h}（{d}）", h=ctx.org(ctx.c(pools.HOSPITALS)), d=doc)
    b.line(
        "所見：体重{w}g、{x}。{g}は人見知りあり、発達は月齢相当。",
        w=str(ctx.n(5200, 11000)),
        x=ctx.c(("特記なし", "湿疹あり経過観察", "股関節開排制限なし")),
        g=again(ctx, baby, ("given_only",), honor=ctx.c(("ちゃん", "くん"))),
    )
    return finish(ctx, b)


def move(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(
        ctx.c(("住民異動届（転入）", "転出届 受付内容", "住民票の写し等交付請求書（郵送請求分）", "転居届 確認メモ"))
    )
    p, name = person(ctx, GENERAL, honor="")
    b.line("届出人：{n}", n=name)
    b.line("生年月日：{d}", d=dates.birth(ctx, p))
    b.put("旧住所：").put(addresses.address(ctx, addresses.LINE)).put("\n")
    b.put(addresses.addr_field(ctx, label="新住所")).put("\n")
    b.line("転入前の住所地：{c}", c=ctx.loc(ctx.c(pools.PREF_CITIES)[1]))
    b.put(numbers.field(ctx, "RESIDENT_CODE")).put("\n")
    b.put(numbers.field(ctx, "MY_NUMBER")).put("\n")
    b.line("世帯員：")
    for rel in ctx.rng.sample(("妻", "夫", "長男", "長女", "次男", "母"), ctx.n(1, 3)):
        m, mp = person(
            ctx,
            ("relation", "full_space", "full_zen", "hiragana", "katakana"),
            honor="",
            age_group="child" if rel.startswith(("長", "次")) else "adult",
            family=p,
        )
        b.line("　{r}　{m}　{d}", r=rel, m=mp, d=dates.birth(ctx, m))
    b.put(numbers.field(ctx, "PHONE_NUMBER", label="日中の連絡先")).put("\n")
    if ctx.p(0.5):
        b.line("本人確認：運転免許証（{n}）", n=numbers.num(ctx, "DRIVER_LICENSE"))
    b.line("関連手続：国保・年金・介護・手帳の住所変更")
    extra_fields(
        ctx,
        b,
        (
            "HEALTH_INSURANCE",
            "PENSION_NUMBER",
            "CARE_INSURANCE",
            "DISABILITY_CERTIFICATE",
            "PASSPORT",
            "RESIDENCE_CARD",
            "POSTAL_CODE",
        ),
        ctx.n(3, 5),
        p=p,
        bullet="　",
    )
    return finish(ctx, b)


def minsei(ctx: Ctx) -> Builder:
    b = start(ctx)
    _mv, mvp = person(ctx, ("title", "full_space", "full_zen", "variant"), honor="")
    b.line("民生委員・児童委員 活動記録（{m}）", m=ctx.c(("10月分", "11月分", "第3四半期")))
    b.line("記入者：{n}　担当地区：{t}", n=mvp, t=ctx.loc(ctx.c(pools.TOWNS)))
    for i in range(ctx.n(2, 4)):
        e, ep = person(ctx, GENERAL, honor=ctx.c(("さん", "様", "")), age_group="elder")
        b.add(f"{i + 1}. {_date(ctx)} 訪問　").put(ep).put(
            f"（{e.age}歳・{ctx.c(('独居', '高齢夫婦', '息子と同居'))}）\n"
        )
        b.put("   ").put(addresses.addr_field(ctx, label="住所")).put("\n")
        extra_fields(
            ctx,
            b,
            ("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "PENSION_NUMBER", "HEALTH_INSURANCE"),
            ctx.n(1, 2),
            p=e,
            bullet="   ",
        )
        b.line(
            "   {s}、"
            + ctx.c(
                (
                    "最近物忘れが増えたと本人談。",
                    "配食サービス希望。",
                    "玄関先で転倒歴あり。",
                    "灯油の購入に困っている。",
                )
            ),
            s=ctx.c(("要介護2", "要支援1", "介護認定なし", "認定申請中")),
        )
    b.line("※{o}へ情報提供済み。", o=ctx.org("地域包括支援センター"))
    return finish(ctx, b)


def job(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("就労支援 相談記録", "移住相談 対応メモ", "UIJターン相談シート", "生活困窮者 就労準備支援 面談記録")))
    p, name = person(ctx, GENERAL, honor=ctx.c(("様", "さん")), age_group="young")
    b.add("相談者：").put(name).put("\n")
    b.line("生年月日：{d}", d=dates.birth(ctx, p))
    b.line("現住所地：{c}（{pref}）", c=ctx.loc(ctx.c(pools.PREF_CITIES)[1]), pref=ctx.loc(ctx.c(pools.PREF_CITIES)[0]))
    contact(ctx, b, p, postal=ctx.p(0.5))
    b.line(
        "希望：{j}。前職は{c}で{y}年勤務。",
        j=ctx.c(("農業法人での就農", "介護職", "IT系のリモート勤務", "製造ライン")),
        c=ctx.org(ctx.c(pools.COMPANIES)),
        y=str(ctx.n(1, 12)),
    )
    extra_fields(
        ctx, b, ("PENSION_NUMBER", "DRIVER_LICENSE", "RESIDENCE_CARD", "BANK_ACCOUNT", "POSTAL_CODE"), ctx.n(2, 3), p=p
    )
    _st, sp = staff(ctx)
    b.line(
        "{s}より空き家バンクと{o}の求人を紹介。{n}さんは{m}に再来所予定。",
        s=sp,
        o=ctx.org("ハローワーク"),
        n=surname(ctx, p),
        m=_date(ctx),
    )
    return finish(ctx, b)


def disclosure(ctx: Ctx) -> Builder:
    b = start(ctx)
    b.line(ctx.c(("保有個人情報開示請求書", "行政文書開示請求書", "情報公開請求 受付記録", "個人情報 訂正請求書")))
    b.put(office_dept(ctx)).put(" 御中\n")
    p, name = person(ctx, GENERAL, honor="")
    b.line("請求者氏名：{n}", n=name)
    contact(ctx, b, p)
    doc = ctx.c(
        (
            "令和6年度の自分の介護認定調査票",
            "道路拡幅工事の設計協議記録",
            "平成30年度に提出した住民票の写し請求書",
            "自分に関する苦情対応記録",
            "保育所入所選考の点数表",
        )
    )
    b.line(f"請求する文書：{doc}")
    b.put(addresses.addr_field(ctx, label=ctx.c(("送付先（住所と異なる場合）", "写しの送付先")))).put("\n")
    ident = ctx.c(("DRIVER_LICENSE", "PASSPORT", "MY_NUMBER", "RESIDENCE_CARD", "HEALTH_INSURANCE"))
    b.put("本人確認書類：").put(numbers.field(ctx, ident)).put("\n")
    extra_fields(
        ctx,
        b,
        (
            "DRIVER_LICENSE",
            "PASSPORT",
            "MY_NUMBER",
            "RESIDENCE_CARD",
            "HEALTH_INSURANCE",
            "CARE_INSURANCE",
            "PENSION_NUMBER",
        ),
        ctx.n(1, 3),
        p=p,
        bullet="（開示対象の特定用）",
    )
    if ctx.p(0.5):
        _agent, ag = person(ctx, ("title", "full_zen", "dono", "full_space"), honor="")
        b.line("代理人：{a}（{k}）", a=ag, k=ctx.c(("法定代理人", "任意代理人・弁護士")))
    return finish(ctx, b)
