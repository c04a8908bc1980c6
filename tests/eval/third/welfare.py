"""介護, 障害, 生活保護, 児童 case notes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx


def _care(ctx: Ctx) -> Builder:
    b = Builder()
    p, cm = ctx.jp(), ctx.jp()
    fam = ctx.relative(p, "m")
    b.line("【介護保険　ケース記録】")
    b.line(
        "被保険者：{p}（{k}）　{d}生",
        p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])),
        k=ctx.name(p, "kana"),
        d=ctx.birth(None, 1925, 1955),
    )
    b.line("被保険者番号：{c}", c=ctx.num("CARE_INSURANCE"))
    b.line("後期高齢者医療被保険者番号：{h}", h=ctx.num("HEALTH_INSURANCE", "kouki"))
    b.line("個人番号：{m}　基礎年金番号：{n}", m=ctx.num("MY_NUMBER"), n=ctx.num("PENSION_NUMBER"))
    b.line("住所：{a}", a=ctx.addr())
    b.line(
        "要介護{n}。{o}のケアマネジャー{c}さんより、",
        n=str(ctx.rng.randint(1, 5)),
        o=ctx.org(ctx.pick(["地域包括支援センター", "訪問看護ステーションあおば"])),
        c=ctx.name(cm, "surname_only"),
    )
    b.line(
        "夜間の徘徊が増えていると報告あり。長男{f}さん（{t}）は遠方在住。",
        f=ctx.name(fam, ctx.pick(["kanji", "prose"])),
        t=ctx.num("PHONE_NUMBER"),
    )
    for lab, v in ctx.flex(2, exclude=("PASSPORT", "RESIDENCE_CARD", "CARE_INSURANCE", "CREDIT_CARD")):
        b.line("（参考）{l} {v}", l=lab, v=v)
    b.add("担当の{s}が次回訪問で短期入所を提案予定。", s=ctx.name(ctx.jp(), "surname_only"))
    return b


def _disability(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    m = ctx.relative(p, "f")
    kind = ctx.pick(["身体障害者手帳（2級）", "療育手帳（A）", "精神障害者保健福祉手帳（2級）"])
    b.line("障害福祉サービス　支給決定に係る記録")
    b.line(
        "対象者　{p}　{d}", p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space", "kana"])), d=ctx.birth(None, 1960, 2015)
    )
    b.line("住民票コード　{r}　障害支援区分 {x}", r=ctx.num("RESIDENT_CODE"), x=str(ctx.rng.randint(1, 6)))
    b.line("{k}　番号 {n}", k=kind, n=ctx.num("DISABILITY_CERTIFICATE", ctx.pick(["", "pref"])))
    b.line(
        "保護者　{m}（母）　携帯 {t}", m=ctx.name(m, ctx.pick(["kanji", "kana"])), t=ctx.num("PHONE_NUMBER", "mobile")
    )
    b.line("通所先：{o}", o=ctx.org(ctx.pick(["NPO法人ともいき", "就労継続支援B型事業所わかば"])))
    b.add(
        "{s}さんは通所を嫌がる日が続き、母の{ms}さんも疲れが見える。{c}相談支援専門員と連携する。",
        s=ctx.name(p, "surname_only"),
        ms=ctx.name(m, "surname_only"),
        c=ctx.name(ctx.jp(), "title"),
    )
    return b


def _seiho(ctx: Ctx) -> Builder:
    b = Builder()
    p, cw = ctx.jp(), ctx.jp()
    b.line("生活保護　ケース記録（訪問）")
    b.line(
        "世帯主：{p}　{d}生　{a}",
        p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])),
        d=ctx.birth(None, 1950, 1990),
        a=ctx.addr(),
    )
    b.line("担当CW：{c}", c=ctx.name(cw, "kanji"))
    b.line(
        "介護保険被保険者番号 {c}　国保記号・番号 {h}",
        c=ctx.num("CARE_INSURANCE"),
        h=ctx.num("HEALTH_INSURANCE", "kigou"),
    )
    b.line("年金受給なし（基礎年金番号 {n} で照会済み）", n=ctx.num("PENSION_NUMBER"))
    b.line(
        "保護費振込口座：{bk}　{ac}",
        bk=ctx.org(ctx.pick(["みなと銀行", "北辰信用金庫", "ゆうちょ銀行"])),
        ac=ctx.num("BANK_ACCOUNT", ctx.pick(["", "branch", "yucho"])),
    )
    b.line("主訴：腰痛が悪化し就労困難。{o}受診を勧める。", o=ctx.org("市民病院"))
    for lab, v in ctx.flex(2, exclude=("PASSPORT", "RESIDENCE_CARD", "CREDIT_CARD")):
        b.line("{l}：{v}（資産・資格調査で確認）", l=lab, v=v)
    b.add("本人は「{s}さん（元同僚）に借金がある」と話す。", s=ctx.name(ctx.jp(), "surname_only"))
    return b


def _child(ctx: Ctx) -> Builder:
    b = Builder()
    c, fa = ctx.jp(), ctx.jp("m")
    mo = ctx.relative(c, "f") if ctx.chance(0.5) else ctx.jp("f")
    b.line("要保護児童対策地域協議会　個別ケース検討（取扱注意）")
    b.line(
        "児童：{c}（{d}生、{g}）",
        c=ctx.name(c, ctx.pick(["kanji", "kana"])),
        d=ctx.birth(None, 2010, 2022),
        g=ctx.pick(["小学3年", "保育園年長", "中学1年"]),
    )
    b.line("母：{m}　{t}", m=ctx.name(mo, ctx.pick(["kanji", "fullwidth_space"])), t=ctx.num("PHONE_NUMBER", "mobile"))
    b.line("継父：{f}", f=ctx.name(fa, "kanji"))
    (l1, v1), (l2, v2) = ctx.flex(2, exclude=("PASSPORT", "CREDIT_CARD", "DRIVER_LICENSE"))
    b.line("母の{l1} {v1}／{l2} {v2}", l1=l1, v1=v1, l2=l2, v2=v2)
    b.line("住所：{a}", a=ctx.addr())
    b.line("健康保険　記号・番号：{h}", h=ctx.num("HEALTH_INSURANCE", "kigou"))
    b.add(
        "{o}の{t}教諭から、{s}君の腕にあざがあると通告。{j}と同行訪問予定。",
        o=ctx.org("市立第二中学校"),
        t=ctx.name(ctx.jp(), "title"),
        s=ctx.name(c, "surname_only"),
        j=ctx.org("児童相談所"),
    )
    return b


def _mixed(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("支援調整会議メモ")
    b.line("{p}さん（{k}）について", p=ctx.name(p, "kanji"), k=ctx.name(p, "kana"))
    for lab, v in ctx.flex(ctx.rng.randint(5, 6), exclude=("PASSPORT", "RESIDENCE_CARD", "CREDIT_CARD")):
        b.line("・{l}：{v}", l=lab, v=v)
    b.add(
        "精神科通院中。主治医は{o}の{d}医師。服薬管理を{h}が支援。",
        o=ctx.org("市民病院"),
        d=ctx.name(ctx.jp(), "title"),
        h=ctx.org("訪問看護ステーションあおば"),
    )
    return b


def _development(ctx: Ctx) -> Builder:
    b = Builder()
    c = ctx.jp()
    mo = ctx.relative(c, "f")
    b.line("乳幼児健診後フォロー　個別記録")
    b.line("児：{c}（{k}）　{d}生", c=ctx.name(c, "kanji"), k=ctx.name(c, "kana"), d=ctx.birth(None, 2019, 2023))
    b.line("母：{m}　{t}　{e}", m=ctx.name(mo, "fullwidth_space"), t=ctx.num("PHONE_NUMBER", "mobile"), e=ctx.email(mo))
    b.line("言葉の遅れの相談。療育手帳（{n}）の申請を検討中。", n=ctx.num("DISABILITY_CERTIFICATE"))
    b.line(
        "母は産後うつの既往あり、{o}の{s}保健師が継続支援。",
        o=ctx.org("子育て支援センター"),
        s=ctx.name(ctx.jp(), "title"),
    )
    b.add("次回：{pl}での発達相談（{m}月）。", pl=ctx.loc(kind="facility"), m=str(ctx.rng.randint(1, 12)))
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_care, _disability, _seiho, _child, _mixed, _development]
    return [gens[i % len(gens)](ctx) for i in range(n)]
