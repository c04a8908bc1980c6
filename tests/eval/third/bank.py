"""口座振替, 還付, 給付金 payment records, ゆうちょ and bank forms."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

BANKS = ["みなと銀行", "北辰信用金庫", "あおば農業協同組合", "さくら信用組合"]


def _transfer(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("口座振替依頼書（{x}）", x=ctx.pick(["市県民税", "国民健康保険税", "介護保険料", "保育料"]))
    b.line("金融機関：{bk}　{br}支店", bk=ctx.org(ctx.pick(BANKS)), br=ctx.pick(["本店営業部", "駅前", "中央", "東"]))
    b.line("預金種目：普通")
    b.line("口座番号：{a}", a=ctx.num("BANK_ACCOUNT"))
    b.line("口座名義（カナ）：{k}", k=ctx.name(p, "kana"))
    b.line("納税義務者：{n}　{t}", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])), t=ctx.num("PHONE_NUMBER"))
    b.add("届出印 有　受付：{o}", o=ctx.org("収納課"))
    return b


def _yucho(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("ゆうちょ銀行の口座を指定される場合")
    b.line("記号－番号：{a}", a=ctx.num("BANK_ACCOUNT", "yucho"))
    b.line("名義：{n}", n=ctx.name(p, ctx.pick(["kana", "kanji"])))
    b.add("※{o}へ提出。振込用の店名・店番ではなく通帳の記号番号を記入のこと。", o=ctx.org("ゆうちょ銀行"))
    return b


def _refund(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("還付金振込先確認（{o}）", o=ctx.org(ctx.pick(["税務課", "保険年金課", "介護保険課"])))
    b.line("対象者：{n}（{d}生）", n=ctx.name(p, "kanji"), d=ctx.birth())
    b.line("還付額：{y}円", y=f"{ctx.rng.randint(1, 90) * 1000 + ctx.rng.randint(0, 999):,}")
    b.line("振込先：{bk} 店番・口座番号 {a}", bk=ctx.org(ctx.pick(BANKS)), a=ctx.num("BANK_ACCOUNT", "branch"))
    b.line("本人確認：{l} {v}", l=(x := ctx.flex(1, exclude=("BANK_ACCOUNT", "CREDIT_CARD"))[0])[0], v=x[1])
    b.add(
        "本人から電話で口座変更の申出あり（{t}）。{s}が受付。",
        t=ctx.num("PHONE_NUMBER"),
        s=ctx.name(ctx.jp(), "surname_only"),
    )
    return b


def _benefit(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("給付金　支給台帳（抜粋）")
    b.line("番号\t氏名\t生年月日\t個人番号\t振込口座")
    for i in range(ctx.rng.randint(2, 3)):
        p = ctx.jp()
        b.line(
            "{i}\t{n}\t{d}\t{m}\t{a}",
            i=str(ctx.rng.randint(1000, 9999) + i),
            n=ctx.name(p, "kanji"),
            d=ctx.birth(),
            m=ctx.num("MY_NUMBER"),
            a=ctx.num("BANK_ACCOUNT", ctx.pick(["", "branch"])),
        )
    b.add(
        "支給日：令和7年{m}月{d}日　{o}",
        m=str(ctx.rng.randint(1, 12)),
        d=str(ctx.rng.randint(1, 28)),
        o=ctx.org("市民課"),
    )
    return b


def _card(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("ふるさと納税　決済エラー照会")
    b.line("寄附者：{n}　様", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    b.line(
        "決済カード番号：{c}　有効期限 {m:02d}/{y}".replace("{m:02d}", f"{ctx.rng.randint(1, 12):02d}"),
        c=ctx.num("CREDIT_CARD"),
        y=str(ctx.rng.randint(26, 31)),
    )
    if ctx.chance(0.5):
        b.line("再決済用カード：{c}", c=ctx.num("CREDIT_CARD"))
    b.line("寄附者より「先ほど伝えたカードの番号が違っていた」との連絡。正しくは")
    b.line("{c}", c=ctx.num("CREDIT_CARD"))
    b.add("返礼品発送先：{a}　連絡先 {e}", a=ctx.addr(), e=ctx.email(p))
    return b


def _card_list(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("クレジット納付　オーソリエラー一覧（{o}作成）", o=ctx.org("収納課"))
    b.line("| 受付番号 | 納付者 | カード番号 | エラー |")
    b.line("|---|---|---|---|")
    for _ in range(ctx.rng.randint(4, 5)):
        p = ctx.jp()
        b.line(
            "| {r} | {n} | {c} | {e} |",
            r=f"K{ctx.rng.randint(10**9, 10**10 - 1)}",
            n=ctx.name(p, ctx.pick(["kanji", "kana"])),
            c=ctx.num("CREDIT_CARD"),
            e=ctx.pick(["有効期限切れ", "限度額超過", "番号誤り", "本人認証失敗"]),
        )
    b.add("※番号誤りの方には{o}から電話で再入力を依頼する。", o=ctx.org("収納課"))
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_transfer, _yucho, _refund, _benefit, _card, _card_list]
    return [gens[i % len(gens)](ctx) for i in range(n)]
