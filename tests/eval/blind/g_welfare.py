"""Welfare and long-term care case notes (介護保険, 障害者手帳, 後期高齢者医療)."""

from __future__ import annotations

from collections.abc import Callable

from .common import CARE_LEVELS, RELATIONS, age, full, time_text
from .context import Ctx
from .model import Builder, Val
from .people import JName

TECHO = (
    ("身体障害者手帳", ("1種1級", "1種2級", "2種4級", "3級", "2級")),
    ("療育手帳", ("A", "B", "Ⓐ", "B1", "B2")),
    ("精神障害者保健福祉手帳", ("1級", "2級", "3級")),
)


def _techo(ctx: Ctx) -> tuple[str, Val, str]:
    name, grades = ctx.pick(TECHO)
    return name, ctx.disability(), ctx.pick(grades)


def case_record(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line(ctx.pick(["ケース記録", "【支援経過記録】", "相談記録票（高齢者）", "個別ケース記録"]))
    b.line("対象者：{n}（{a}歳・{g}）", n=full(ctx, p), a=age(ctx), g="女" if p.female else "男")
    b.line("生年月日：{d}", d=ctx.birth(1926, 1958))
    b.line("住所：{a}", a=ctx.address())
    if ctx.chance(0.7):
        b.line("介護保険被保険者番号：{c}（{lv}）", c=ctx.care(), lv=ctx.pick(CARE_LEVELS))
    if ctx.chance(0.6):
        b.line("後期高齢者医療 被保険者番号：{k}", k=ctx.kouki())
    if ctx.chance(0.5):
        t, num, grade = _techo(ctx)
        b.line("{t}：{n}（{g}）", t=t, n=num, g=grade)
    fam = ctx.jname(None)
    b.line("キーパーソン：{rel} {n}（{p}）", rel=ctx.pick(RELATIONS), n=full(ctx, fam), p=ctx.phone())
    b.line()
    b.add("{d} {t} 自宅訪問。", d=ctx.date_text(), t=time_text(ctx))
    b.add(ctx.pick(["本人は居間のベッドで横になっていた。", "玄関先で対応。", "長女同席のもと面談。"]))
    b.add(
        "{s}さんより「{q}」との話あり。",
        s=ctx.surname(p),
        q=ctx.pick(
            [
                "夜になると不安で眠れない",
                "デイサービスは行きたくない",
                "年金だけでは足りない",
                "足が痛くて買い物に行けない",
            ]
        ),
    )
    b.add(
        "{o}の{m}ケアマネに報告した。",
        o=ctx.org(ctx.pick(["居宅介護支援事業所すずらん", "株式会社ケアサポート結", "社会福祉法人みどりの会"])),
        m=ctx.surname(ctx.jname(), "title") if ctx.chance(0.5) else ctx.person(ctx.jname(), "title"),
    )
    return b


def visit_prose(ctx: Ctx) -> Builder:
    b = Builder()
    p, child = ctx.jname(), ctx.jname()
    child = JName(p.sei, child.mei, p.sei_kana, child.mei_kana, child.female)
    b.add(
        "{d}、{a}の{n}さん（{ag}）宅を訪問した。",
        d=ctx.date_text(),
        a=ctx.address(),
        n=full(ctx, p),
        ag=age(ctx, 70, 99),
    )
    b.add(
        "{rel}の{c}さんが同席。",
        rel=ctx.pick(["長女", "長男", "次女", "嫁"]),
        c=ctx.person(child, ctx.pick(["kanji", "prose"])),
    )
    r = ctx.rng.randrange(3)
    if r == 0:
        b.add(
            "先月の認定調査の結果、{lv}となったことを説明。介護保険の被保険者番号（{c}）を",
            lv=ctx.pick(CARE_LEVELS),
            c=ctx.care(),
        )
        b.add("事業所へ伝えることについて同意を得た。")
    elif r == 1:
        t, num, grade = _techo(ctx)
        b.add("{t}（{n}、{g}）の更新時期が近いため、診断書の様式を渡した。", t=t, n=num, g=grade)
    else:
        b.add(
            "後期高齢者医療の保険証（被保険者番号{k}）が見当たらないとのことで、再交付申請を代筆した。", k=ctx.kouki()
        )
    b.add(
        "{s}さんは「{q}」と話していた。",
        s=ctx.surname(p),
        q=ctx.pick(["迷惑をかけたくない", "まだ一人で大丈夫", "娘に任せている", "施設はまだ考えていない"]),
    )
    if ctx.chance(0.5):
        b.add(
            "次回は{d}に{c}さんの携帯（{t}）へ連絡してから訪問する。",
            d=ctx.date_text(),
            c=ctx.surname(child),
            t=ctx.phone(mobile=True),
        )
    b.put("\n")
    return b


def techo_application(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    t, num, grade = _techo(ctx)
    b.line("{t} 再交付申請　受付メモ", t=t)
    b.line("申請者　{n}", n=full(ctx, p))
    b.line("手帳番号　{n}　等級　{g}", n=num, g=grade)
    b.line("生年月日　{d}", d=ctx.birth(1940, 2015))
    if ctx.chance(0.6):
        b.line("個人番号　{m}", m=ctx.my_number())
    b.line("理由　{r}", r=ctx.pick(["紛失", "汚損", "転入のため", "氏名変更", "等級変更"]))
    if ctx.chance(0.5):
        b.line("代理人　{rel} {n}（{p}）", rel=ctx.pick(RELATIONS), n=full(ctx, ctx.jname()), p=ctx.phone())
    b.line("受付者　{s}", s=ctx.person(ctx.jname(), "kanji"))
    return b


def kouki_memo(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    pref = ctx.city.pref
    b.add("後期高齢者医療の件。{n}様（{d}生）、", n=full(ctx, p), d=ctx.birth(1925, 1950))
    b.add("被保険者番号{k}。", k=ctx.kouki())
    b.add("{o}から届いた保険料額決定通知の内容について質問あり。", o=ctx.org(pref + "後期高齢者医療広域連合"))
    if ctx.chance(0.6):
        b.add("旧保険証の保険者番号は{i}。", i=ctx.insurer())
    b.add("年金からの特別徴収に切り替わる時期を説明した。\n")
    if ctx.chance(0.5):
        b.add("基礎年金番号：{p}（本人持参の年金証書で確認）\n", p=ctx.pension())
    return b


def meeting_note(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("地域ケア会議　個別事例メモ（{d}）", d=ctx.date_text())
    b.line(
        "出席：{a}、{b}、{c}",
        a=ctx.org(ctx.city.short + "東部地域包括支援センター"),
        b=ctx.org("高齢福祉課"),
        c=ctx.org(ctx.pick(ctx.city.hospitals)),
    )
    p = ctx.jname()
    b.line("事例：{n}氏（{a}歳、独居）", n=ctx.person(p, ctx.pick(["kanji", "fullwidth_space"])), a=age(ctx))
    b.add("・{s}氏は{l}近くの借家に一人暮らし。", s=ctx.surname(p), l=ctx.loc(ctx.pick(ctx.city.stations)))
    b.add("近所の{m}さんが毎朝声をかけている。\n", m=full(ctx, ctx.jname()))
    b.line("・介護保険 {c} {lv}", c=ctx.care(), lv=ctx.pick(CARE_LEVELS))
    if ctx.chance(0.5):
        t, num, grade = _techo(ctx)
        b.line("・{t} {n}（{g}）所持", t=t, n=num, g=grade)
    hon = ctx.pick(["委員", "さん", "氏"])
    b.line("・民生委員 {m}{t}より情報提供あり", m=ctx.person(ctx.jname(), "title" if hon == "委員" else "kanji"), t=hon)
    b.line("方針：{x}", x=ctx.pick(["見守り継続", "短期入所を検討", "成年後見制度の利用を検討", "配食サービス導入"]))
    return b


def pension_support(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line(ctx.pick(["年金生活者支援給付金 相談記録", "【年金相談】受付票", "障害年金 申請支援メモ"]))
    b.line("相談者：{n}（{a}歳）", n=full(ctx, p), a=age(ctx, 58, 90))
    b.line("基礎年金番号：{x}", x=ctx.pension())
    if ctx.chance(0.5):
        t, num, grade = _techo(ctx)
        b.line("{t}：{n}（{g}）", t=t, n=num, g=grade)
    b.add(
        "{s}さんは{o}からの請求書が届いたが書き方がわからないとのこと。",
        s=ctx.surname(p),
        o=ctx.org(ctx.pick(["日本年金機構", f"{ctx.city.short}年金事務所"])),
    )
    b.add(
        "{x}\n",
        x=ctx.pick(["記入を手伝い、返送した。", "年金事務所の予約を代行した。", "家族と相談の上、後日再来所。"]),
    )
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    case_record,
    visit_prose,
    techo_application,
    kouki_memo,
    meeting_note,
    pension_support,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
