"""口座振替 and payment documents: bank accounts as Japanese banks and ゆうちょ write them, card numbers."""

from __future__ import annotations

from collections.abc import Callable

from .common import full
from .context import Ctx
from .model import Builder, Piece, Val
from .numerals import kanji_digits
from .people import JName, halfwidth_kana, katakana
from .values import Raw, bank_account, yucho_symbol

BRANCHES = ("本店営業部", "駅前支店", "南支店", "県庁前支店", "中央支店", "東支店", "大町支店", "インターネット支店")


def _holder(ctx: Ctx, name_kana: str) -> Val:
    text = halfwidth_kana(name_kana) if ctx.chance(0.5) else name_kana
    return Val("PERSON", text, "kana")


def _account_line(ctx: Ctx) -> Piece:
    """One of the usual ways of writing a bank account; spans follow the corpus conventions."""
    r = ctx.rng.randrange(5)
    if r == 0:
        return (ctx.pick(["普通預金 ", "普通 ", "普通　", "（普）"]), ctx.account(with_branch=True))
    if r == 1:
        return (ctx.pick(["当座 ", "当座預金 "]), ctx.account(with_branch=True))
    if r == 2:
        br, acc = ctx.account_pair()
        return ("店番 ", br, ctx.pick(["　普通 ", " 普通 ", "\t普通\t", "  口座番号 "]), acc)
    if r == 3:
        if ctx.chance(0.3):
            return (ctx.org("ゆうちょ銀行"), " 記号番号 ", ctx.numval("BANK_ACCOUNT", Raw(yucho_symbol(ctx.rng), "-")))
        sym, num = ctx.account_pair(yucho=True)
        return (ctx.org("ゆうちょ銀行"), " 記号 ", sym, ctx.pick([" 番号 ", "　番号　", "　"]), num)
    store = f"{ctx.num(0, 9)}{ctx.num(0, 9)}8"
    form = ctx.nform("BANK_ACCOUNT")
    acc = ctx.numval("BANK_ACCOUNT", Raw((bank_account(ctx.rng),), ""), form)
    return (
        ctx.org("ゆうちょ銀行"),
        " ",
        Val("BANK_ACCOUNT", kanji_digits(store), "kanji"),
        "店 普通 " if ctx.chance(0.6) else "店（" + ctx.pick(["ゼロイチハチ", "ゼロニハチ"]) + "店） 普通 ",
        acc,
    )


def transfer_form(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line(
        ctx.pick(["口座振替依頼書（{x}）", "【口座振替申込内容】{x}", "市税等口座振替依頼書 {x}"]).format(
            x=ctx.pick(
                ["市県民税", "固定資産税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "上下水道料金"]
            )
        )
    )
    b.line("納税義務者：{n}", n=full(ctx, p))
    b.line("住所：{a}", a=ctx.address())
    b.line("電話：{t}", t=ctx.phone())
    b.line("金融機関：{bk} {br}", bk=ctx.org(ctx.pick(ctx.city.banks)), br=ctx.pick(BRANCHES))
    b.line("預金種目・口座番号：{acc}", acc=_account_line(ctx))
    b.line("口座名義（カナ）：{k}", k=_holder(ctx, _kata(p)))
    b.line("振替開始：{d}納期分から", d=ctx.date_text())
    return b


def _is_yucho(piece: Piece) -> bool:
    return isinstance(piece, tuple) and isinstance(piece[0], Val) and piece[0].text == "ゆうちょ銀行"


def _kata(p: JName) -> str:
    return katakana(f"{p.sei_kana} {p.mei_kana}")


def change_notice(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.add(
        "{n}様より、{x}の振替口座を変更したいとの申出。",
        n=full(ctx, p),
        x=ctx.pick(["国保税", "保育料", "介護保険料", "市営住宅使用料"]),
    )
    old = _account_line(ctx)
    b.add("旧：{bk}{acc}\n", bk=() if _is_yucho(old) else (ctx.org(ctx.pick(ctx.city.banks)), " "), acc=old)
    b.add("新：{acc}\n", acc=_account_line(ctx))
    b.add("名義は{k}。", k=_holder(ctx, _kata(p)))
    b.add("金融機関の確認に2か月程度かかる旨、{s}様に説明した。\n", s=ctx.surname(p))
    return b


def refund(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line("還付金振込先確認票")
    b.line("対象者　{n}（{d}生）", n=full(ctx, p), d=ctx.birth())
    b.line("還付額　{y}円", y=f"{ctx.num(1, 90) * 100:,}")
    acc = _account_line(ctx)
    if _is_yucho(acc):
        b.line("振込先　{acc}", acc=acc)
    else:
        b.line("振込先　{bk}　{acc}", bk=ctx.org(ctx.pick(ctx.city.banks)), acc=acc)
    b.line("口座名義　{k}", k=_holder(ctx, _kata(p)))
    if ctx.chance(0.4):
        b.line("（本人確認：個人番号 {m}）", m=ctx.my_number())
    return b


def card_payment(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jname()
    b.line(
        ctx.pick(["ふるさと納税 寄附申込（電話受付）", "クレジットカード納付 不明分照会", "施設使用料カード決済エラー"])
    )
    b.line("申込者：{n}{h}", n=full(ctx, p), h=ctx.pick(["", " 様", "様"]))
    b.line("住所：〒{z} {a}", z=ctx.postal(), a=ctx.address())
    b.line("カード番号：{c}　有効期限 {m}/{y}", c=ctx.card(), m=f"{ctx.num(1, 12):02d}", y=str(ctx.num(26, 31)))
    if ctx.chance(0.5):
        b.line("メール：{e}", e=ctx.email(p))
    if ctx.chance(0.4):
        b.line("備考：カード名義はローマ字で {r}", r=ctx.person(p, "romanized"))
    else:
        b.line("備考：{x}", x=ctx.pick(["決済代行会社に照会中", "カード会社の承認待ち", "本人へ再決済を依頼"]))
    return b


def statement(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("振替不能者一覧（{d}）", d=ctx.date_text())
    b.line("氏名\t金融機関\t店番\t口座番号\t不能理由")
    for _ in range(ctx.num(2, 5)):
        p = ctx.jname()
        br, acc = ctx.account_pair()
        b.line(
            "{n}\t{bk}\t{br}\t{acc}\t{r}",
            n=ctx.person(p, "kanji"),
            bk=ctx.org(ctx.pick(ctx.city.banks)),
            br=br,
            acc=acc,
            r=ctx.pick(["残高不足", "口座解約", "取引なし", "名義相違"]),
        )
    return b


TEMPLATES: tuple[Callable[[Ctx], Builder], ...] = (
    transfer_form,
    transfer_form,
    change_notice,
    refund,
    card_payment,
    card_payment,
    statement,
)


def make(ctx: Ctx) -> Builder:
    return ctx.pick(TEMPLATES)(ctx)
