"""Welfare case notes (介護, 障害, 生活保護, 児童) and bank / payment records."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.seventh.common import BANKS, HOSPITALS, SCHOOLS, B, age_of, extra_ids, person
from tests.eval.seventh.ctx import Ctx


def welfare(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    mode = ctx.choice(["kaigo", "shogai", "seiho", "jido"])
    p, cw = person(ctx, 0.1), ctx.jp()
    if mode == "kaigo":
        ymd = ctx.birth_ymd(1925, 1950)
        b.line("【介護認定調査票（概況）】")
        b.line(
            "対象者：{n}（{k}）　{a}歳",
            n=ctx.name(p, ("kanji", "fullwidth_space")),
            k=ctx.name(p, "kana"),
            a=age_of(ymd[0]),
        )
        b.line("生年月日：{bd}", bd=ctx.birth(("wareki", "kanji_numerals", "abbrev", "seireki"), ymd))
        b.line("被保険者番号：{v}", v=ctx.num("CARE_INSURANCE"))
        b.line("現住所：〒{pc} {ad}", pc=ctx.postal(), ad=ctx.address())
        b.line(
            "主な介護者：{rel}の{n}（{ph}）",
            rel=ctx.choice(["長男", "長女", "妻", "次男の妻"]),
            n=ctx.name(ctx.jp(), ("kanji", "given_only")),
            ph=ctx.phone() if ctx.chance(0.5) else "電話なし",
        )
        b.line(
            "かかりつけ：{h}。本人は認知症の進行があり、夜間の徘徊が週{x}回程度。",
            h=ctx.org(ctx.choice(HOSPITALS)),
            x=r.randint(1, 4),
        )
        extra_ids(ctx, b, ctx.rng.randint(1, 2), ("HEALTH_INSURANCE", "MY_NUMBER", "PENSION_NUMBER", "BANK_ACCOUNT"))
        if ctx.chance(0.5):
            b.line("調査員：{c}", c=ctx.name(cw, ("kanji", "surname_only")))
        else:
            b.line("調査員：委託（{o}）", o=ctx.org("株式会社サンライズ介護"))
    elif mode == "shogai":
        b.line("障害福祉サービス 支給決定メモ（{d}）", d=ctx.org("障害福祉課"))
        b.line("{n}さん（{y}年生まれ）", n=ctx.name(p, ("kanji", "kana", "foreign_katakana")), y=r.randint(1960, 2005))
        b.line(
            "{t}：{v}（{g}）",
            t=ctx.choice(["身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳"]),
            v=ctx.num("DISABILITY_CERTIFICATE"),
            g=ctx.choice(["1級", "2級", "A", "B1", "3級"]),
        )
        b.line(
            "受給者証の更新あり。計画相談は{o}。",
            o=ctx.org(ctx.choice(["社会福祉法人ひかり会", "相談支援センターあゆみ"])),
        )
        if ctx.chance(0.5):
            b.line("前回の手帳番号も念のため：{v}", v=ctx.num("DISABILITY_CERTIFICATE"))
        b.line("母より、就労継続支援B型の利用日数を増やしたいとの希望。")
        extra_ids(ctx, b, ctx.rng.randint(1, 2), ("MY_NUMBER", "BANK_ACCOUNT", "PENSION_NUMBER", "HEALTH_INSURANCE"))
        b.line("担当ＣＷ {c}", c=ctx.name(cw, ("kanji", "surname_only")))
    elif mode == "seiho":
        b.line("ケース記録（生活保護）　ケース番号 {n}", n=r.randint(1000, 9999))
        b.line(
            "担当地区：{a}（{f}管内）",
            a=ctx.loc(ctx.choice(["北部地区", "中央地区", "南部地区", "東部地区"])),
            f=ctx.org(ctx.choice(["福祉事務所", "北部福祉事務所", "南部保健福祉センター"])),
        )
        b.line(
            "世帯主 {n}、{a}歳。単身。",
            n=ctx.name(p, ("kanji", "fullwidth_space", "foreign_katakana")),
            a=r.randint(40, 85),
        )
        b.line(
            "訪問。室内は整理されているが冷蔵庫に食品がほとんどない。年金は{v}で受給中（月額約{m}万円）。",
            v=ctx.num("PENSION_NUMBER"),
            m=r.randint(3, 7),
        )
        b.line(
            "保護費の振込先を{bank}の{acc}に変更したいとの申出。",
            bank=ctx.org(ctx.choice(BANKS)),
            acc=ctx.num("BANK_ACCOUNT"),
        )
        b.line(
            "長女 {d} 様（{ad}在住）とは音信不通とのこと。", d=ctx.name(ctx.jp(), ("kanji", "kana")), ad=ctx.address()
        )
        extra_ids(
            ctx, b, ctx.rng.randint(1, 2), ("MY_NUMBER", "HEALTH_INSURANCE", "RESIDENT_CODE", "DISABILITY_CERTIFICATE")
        )
        b.line("次回訪問 {m}月上旬。記録者 {c}", m=r.randint(1, 12), c=ctx.name(cw, ("kanji", "surname_only")))
    else:
        child, mom = ctx.jp(), person(ctx, 0.2)
        b.line("児童相談 受付票（要保護児童対策地域協議会 共有用）")
        b.line(
            "児童：{n}（{k}）", n=ctx.name(child, ("kanji", "given_only", "fullwidth_space")), k=ctx.name(child, "kana")
        )
        b.line("生年月日：{bd}　所属：{s}", bd=ctx.birth(ymd=ctx.birth_ymd(2012, 2022)), s=ctx.org(ctx.choice(SCHOOLS)))
        b.line(
            "保護者：{m}（母）　連絡先 {ph}",
            m=ctx.name(mom, ("kanji", "fullwidth_space", "foreign_katakana", "romanized")),
            ph=ctx.phone(sub="mobile"),
        )
        b.line("経過：担任より、{c}ちゃんの腕にあざがあるとの通告。", c=ctx.name(child, "given_only"))
        b.line("健康保険：{v}（母の扶養）", v=ctx.num("HEALTH_INSURANCE"))
        extra_ids(ctx, b, 1, ("MY_NUMBER", "RESIDENT_CODE"))
        b.line("受付：{c}{t}", c=ctx.name(cw, "title"), t=ctx.choice(["保健師", "相談員", "主査"]))
    return b


def bank(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    p = person(ctx, 0.12)
    mode = ctx.choice(["furikae", "kanpu", "kyufu", "yucho", "card"])
    if mode == "furikae":
        bk = ctx.choice(BANKS[1:])
        b.line("口座振替依頼書（{t}）", t=ctx.choice(["市県民税", "固定資産税", "国民健康保険税", "水道料金"]))
        b.line(
            "金融機関名：{b}　{br}支店（店番 {sh}）",
            b=ctx.org(bk),
            br=ctx.choice(["本店営業部", "駅前", "中央", "北"]),
            sh=r.randint(100, 899),
        )
        b.line("預金種目：普通　口座番号：{v}", v=ctx.num("BANK_ACCOUNT", sub="account"))
        b.line("口座名義（カナ）：{k}", k=ctx.name(p, ("kana", "foreign_katakana")))
        b.line("納税義務者：{n}　電話 {ph}", n=ctx.name(p, ("kanji", "fullwidth_space", "romanized")), ph=ctx.phone())
        b.line("住所：{ad}", ad=ctx.address())
    elif mode == "kanpu":
        b.line("還付金のお知らせに関する照会記録")
        b.line("{n}様より、還付金の振込先確認の電話。", n=ctx.name(p, ("kanji", "surname_only", "foreign_katakana")))
        b.line("登録口座：{b} 普通 {v}", b=ctx.org(ctx.choice(BANKS)), v=ctx.num("BANK_ACCOUNT", sub="branch"))
        b.line("還付額 {a}円（{y}年度 市県民税）。", a=r.randint(1000, 90000), y=ctx.choice(["令和6", "令和7"]))
        b.line("※ATMでの手続きを求める電話は詐欺。本人に注意喚起済み。")
    elif mode == "kyufu":
        b.line("給付金 支給データ確認（手入力分）")
        for _ in range(r.randint(2, 4)):
            q = person(ctx, 0.15)
            b.line(
                "{n}　{bk}　{v}　{a}円",
                n=ctx.name(q, ("kanji", "kana", "foreign_katakana", "fullwidth_space")),
                bk=ctx.org(ctx.choice(BANKS)),
                v=ctx.num("BANK_ACCOUNT"),
                a=ctx.choice(["30,000", "70,000", "100,000"]),
            )
        b.line(
            "以上、{s}が入力、{c}が照合。",
            s=ctx.name(ctx.jp(), "surname_only"),
            c=ctx.name(ctx.jp(), "surname_only") if ctx.chance(0.4) else "係長",
        )
    elif mode == "yucho":
        b.line("ゆうちょ銀行 口座情報")
        b.line("記号番号 {v}", v=ctx.num("BANK_ACCOUNT", sub="yucho"))
        b.line("名義 {n}", n=ctx.name(p, ("kana", "kanji", "foreign_katakana")))
        b.line("他行から振り込む場合の口座番号 {v}", v=ctx.num("BANK_ACCOUNT", sub="account"))
    else:
        b.line("ふるさと納税 決済エラー問い合わせ")
        b.line("寄附者：{n}（{em}）", n=ctx.name(p, ("kanji", "romanized")), em=ctx.email(p))
        b.line(
            "利用カード：{v}　有効期限 {m}/{y}",
            v=ctx.num("CREDIT_CARD"),
            m=f"{r.randint(1, 12):02d}",
            y=r.randint(27, 31),
        )
        b.line("カード会社からの応答コード 05。再決済の案内をメール済み。")
        if ctx.chance(0.5):
            b.line("別カードでもう一度：{v}", v=ctx.num("CREDIT_CARD"))
    extra_ids(ctx, b, 1, ("MY_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "PENSION_NUMBER", "DRIVER_LICENSE"))
    return b
