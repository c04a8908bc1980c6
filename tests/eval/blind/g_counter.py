"""Counter and telephone memos written by city staff."""

from __future__ import annotations

from collections.abc import Callable

from .common import HONORIFICS, RELATIONS, age, dept, full, time_text
from .context import Ctx
from .model import Builder, Val


def _id_check(ctx: Ctx) -> tuple[str, Val | tuple[str | Val, ...]]:
    """An identity document shown at the counter and its number."""
    r = ctx.rng.randrange(6)
    if r == 0:
        return ctx.pick(["運転免許証", "免許証", "運転免許証（写し確認）"]), ctx.license()
    if r == 1:
        return ctx.pick(["マイナンバーカード", "個人番号カード"]), ("個人番号 ", ctx.my_number())
    if r == 2:
        sym, num = ctx.hi_symbol_number()
        return "健康保険証", (
            "記号",
            ctx.pick(["", " ", "："]),
            sym,
            ctx.pick([" ", "　", "・"]),
            "番号",
            ctx.pick(["", " "]),
            num,
        )
    if r == 3:
        return "年金手帳", ("基礎年金番号 ", ctx.pension())
    if r == 4:
        return "旅券", ctx.passport()
    return "後期高齢者医療被保険者証", ("被保険者番号 ", ctx.kouki())


def phone_memo(ctx: Ctx) -> Builder:
    b = Builder()
    caller = ctx.jname()
    staff = ctx.jname()
    b.line("【電話受付メモ】{d} {t}", d=ctx.date_text(), t=time_text(ctx))
    b.line("受付：{s}（{dp}）", s=ctx.person(staff, "kanji"), dp=dept(ctx))
    rel = ctx.pick(["本人", "本人", *RELATIONS])
    b.line("相手方：{n}{h}（{r}）", n=full(ctx, caller), h=ctx.pick(["様", "さん", " 様", ""]), r=rel)
    b.line("折返し先：{p}", p=ctx.phone())
    topic = ctx.rng.randrange(5)
    if topic == 0:
        b.line("内容：国保の保険証が届いていないとの問い合わせ。住所は{a}とのこと。", a=ctx.address())
        b.line("→ 転居届は提出済み。郵便局の転送期限切れの可能性あり、再送付で対応。")
    elif topic == 1:
        b.line("内容：年金の受給手続きについて。基礎年金番号{p}を口頭で聞き取り。", p=ctx.pension())
        b.line("{o}の窓口を案内した。", o=ctx.org("日本年金機構"))
    elif topic == 2:
        b.line("内容：住民票の写しを郵送してほしい。送付先 〒{z} {a}", z=ctx.postal(), a=ctx.address())
        b.line("定額小為替と返信用封筒の同封を説明済み")
    elif topic == 3:
        b.line("内容：マイナンバーの通知カードを紛失したかもしれない、番号を教えてほしいとのこと。")
        b.line("電話では回答できない旨説明。{s}さん了承。", s=ctx.surname(caller))
    else:
        b.line("内容：介護保険料の納付書について。被保険者番号は{c}。", c=ctx.care())
        b.line("口座振替への切替を希望、申込書を送付する。")
    if ctx.chance(0.4):
        b.line("※{s}さん、耳が遠いのでゆっくり話すこと", s=ctx.surname(caller))
    return b


def counter_record(ctx: Ctx) -> Builder:
    b = Builder()
    visitor = ctx.jname()
    b.line(ctx.pick(["窓口対応記録", "■窓口受付票", f"来庁者対応記録（{ctx.date_text()}）"]))
    b.line("日時：{d}　{t}", d=ctx.date_text(), t=time_text(ctx))
    b.line("来庁者：{n}（{a}歳）", n=full(ctx, visitor), a=age(ctx, 20, 90))
    if ctx.chance(0.6):
        b.line("生年月日：{d}", d=ctx.birth())
    label, value = _id_check(ctx)
    b.line("本人確認：{l}　{v}", l=label, v=value)
    b.line(
        "用件：{u}",
        u=ctx.pick(["転居届", "印鑑登録", "住民票の写し（2通）", "戸籍附票", "児童手当の現況届", "国保加入"]),
    )
    if ctx.chance(0.5):
        b.line("新住所：{a}", a=ctx.address())
    if ctx.chance(0.5):
        b.line("連絡先：{p}", p=ctx.phone())
    b.line(
        "備考：{x}", x=ctx.pick(["特になし", "代理人なし", "次回は委任状持参", "記載内容を一部訂正（本人訂正印あり）"])
    )
    return b


def prose_memo(ctx: Ctx) -> Builder:
    b = Builder()
    p1, p2 = ctx.jname(), ctx.jname()
    b.add("{d}、{n}さんから電話あり。", d=ctx.date_text(), n=full(ctx, p1))
    r = ctx.rng.randrange(4)
    if r == 0:
        b.add(
            "同居している{rel}の{m}さんが最近外出しなくなり心配、とのこと。", rel=ctx.pick(RELATIONS), m=full(ctx, p2)
        )
        b.add("{s}さんには{o}を紹介し、", s=ctx.surname(p1), o=ctx.city_org("社会福祉協議会"))
        b.add("担当の折り返しを約束した（携帯 {p}）。", p=ctx.phone(mobile=True))
    elif r == 1:
        b.add(
            "口座振替の口座を変更したいとのこと。新しい口座は{bk}の{acc}。",
            bk=ctx.org(ctx.pick(ctx.city.banks)),
            acc=("普通 ", ctx.account(with_branch=ctx.chance(0.5))),
        )
        b.add("書面での届出が必要なため、様式を{a}宛に郵送する。", a=ctx.address())
    elif r == 2:
        b.add("カード会社から市税の引落しができなかったと連絡があったが本当か、との問い合わせ。")
        b.add("カード番号{c}を言いかけたので途中で止めた。", c=ctx.card())
        b.add("詐欺の可能性もあるため、{o}への相談を案内。", o=ctx.org("消費生活センター"))
    else:
        b.add("{rel}の{m}さん（{a}歳）の介護認定の結果について。", rel=ctx.pick(RELATIONS), m=full(ctx, p2), a=age(ctx))
        b.add("被保険者番号{c}、", c=ctx.care())
        b.add("結果通知は{d}に発送済み。{s}さんへは再送不要と伝えた。", d=ctx.date_text(), s=ctx.surname(p1))
    b.put("\n")
    b.line("（受付 {s}）", s=ctx.person(ctx.jname(), "kanji"))
    return b


def complaint(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line("苦情・要望受付票")
    b.line("受付日　{d}", d=ctx.date_text())
    b.line("申出者　{n}{h}", n=full(ctx, p), h=ctx.pick(HONORIFICS))
    b.line("住所　　{a}", a=ctx.address())
    b.line("電話　　{t}", t=ctx.phone())
    place = ctx.loc(ctx.pick(ctx.city.stations + ctx.city.facilities))
    b.line(
        "内容　　{l}周辺の{x}について。{y}",
        l=place,
        x=ctx.pick(["不法投棄", "街灯の故障", "カラスのごみ荒らし", "違法駐輪", "歩道の段差"]),
        y=ctx.pick(["以前から何度も言っているとのこと。", "写真を持参された。", "早急に対応してほしい。"]),
    )
    b.line("対応　　{o}へ回付（{d}）", o=dept(ctx), d=ctx.date_text())
    return b


def handover(ctx: Ctx) -> Builder:
    b = Builder()
    b.line(ctx.pick(["引継ぎ事項", "■本日の引継ぎ", "【申し送り】"]))
    for _ in range(ctx.num(2, 4)):
        p = ctx.jname()
        r = ctx.rng.randrange(5)
        if r == 0:
            b.line("・{n}さん：保険証再発行、{t}に電話する（{p}）", n=full(ctx, p), t=time_text(ctx), p=ctx.phone())
        elif r == 1:
            b.line("・{n}様 生年月日{d}で照会したが該当なし。漢字違い？", n=full(ctx, p), d=ctx.birth())
        elif r == 2:
            b.line("・{n}さんの住民票コード{c}、通知書再発行済み", n=full(ctx, p), c=ctx.resident_code())
        elif r == 3:
            b.line(
                "・{o}から{n}さんの件で照会あり→課長確認待ち",
                o=ctx.org(ctx.pick(["日本年金機構", "全国健康保険協会", ctx.city.short + "家庭裁判所"])),
                n=full(ctx, p),
            )
        else:
            b.line("・{n}さん 運転免許証{l}で本人確認済み、残り書類は後日", n=full(ctx, p), l=ctx.license())
    b.line("以上、{s}", s=ctx.person(ctx.jname(), "kanji"))
    return b


def license_return(ctx: Ctx) -> Builder:
    """高齢者の運転免許自主返納支援 (タクシー券・バス回数券の交付)."""
    b = Builder()
    p = ctx.jname()
    b.line(
        ctx.pick(
            ["運転免許自主返納支援事業 申請受付", "【免許返納】タクシー利用券交付記録", "高齢者運転免許返納 支援申請"]
        )
    )
    b.line("申請者　{n}（{a}歳）", n=full(ctx, p), a=age(ctx, 65, 95))
    b.line("返納した免許証の番号　{l}", l=ctx.license())
    b.line("運転経歴証明書　{x}", x=ctx.pick(["あり", "なし", "申請中"]))
    if ctx.chance(0.5):
        b.line("住所　{a}", a=ctx.address())
    b.add("{s}さんは{o}で{d}に返納済み。", s=ctx.surname(p), o=ctx.org(f"{ctx.city.short}警察署"), d=ctx.date_text())
    if ctx.chance(0.5):
        b.add(
            "家族（{rel}・{n}さん、{t}）の勧めによるもの。",
            rel=ctx.pick(RELATIONS),
            n=full(ctx, ctx.jname()),
            t=ctx.phone(),
        )
    b.add("\n交付：{x}\n", x=ctx.pick(["タクシー利用券 24枚", "バス回数券 10,000円分", "ICカード乗車券 5,000円分"]))
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    phone_memo,
    counter_record,
    prose_memo,
    complaint,
    handover,
    license_return,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
