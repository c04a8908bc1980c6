"""Staff chat, LINE-style consultations, records pasted for an AI to summarise."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

EMO = ["🙏", "😅", "💦", "👍", "🙇‍♀️", "(汗)", "ｗ", "！！", "…", "🤔"]


class _Clock:
    """Monotonic message times within one chat."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.minutes = ctx.rng.randint(8 * 60 + 30, 16 * 60)

    def __call__(self) -> str:
        self.minutes += self.ctx.rng.randint(0, 25)
        return f"{self.minutes // 60}:{self.minutes % 60:02d}"


def _staff(ctx: Ctx) -> Builder:
    b = Builder()
    clock = _Clock(ctx)
    a, c, cit = ctx.jp(), ctx.jp(), ctx.jp()
    b.line("[{t}] {a}: お疲れさまです{e}", t=clock(), a=ctx.name(a, "surname_only"), e=ctx.pick(EMO))
    b.line(
        "[{t}] {a}: {c}さんの件、折り返しお願いできますか？",
        t=clock(),
        a=ctx.name(a, "surname_only"),
        c=ctx.name(cit, ctx.pick(["kanji", "surname_only", "kana"])),
    )
    b.line("[{t}] {a}: 電話番号これです→ {p}", t=clock(), a=ctx.name(a, "surname_only"), p=ctx.num("PHONE_NUMBER"))
    b.line(
        "[{t}] {c}: りょです{e} 何時ごろがいいとかありました？",
        t=clock(),
        c=ctx.name(c, "surname_only"),
        e=ctx.pick(EMO),
    )
    lab, v = ctx.flex(1)[0]
    b.line(
        "[{t}] {a}: 夕方以降だそうです。あと{l}の確認もお願いしたいって言ってました",
        t=clock(),
        a=ctx.name(a, "surname_only"),
        l=lab,
    )
    b.line("[{t}] {a}: 先ほどの番号ですが、メモだと", t=clock(), a=ctx.name(a, "surname_only"))
    b.line("{v}", v=v)
    b.add("[{t}] {c}: 了解です、{o}に回しときます👍", t=clock(), c=ctx.name(c, "surname_only"), o=ctx.dept())
    return b


def _ai_paste(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line(
        ctx.pick(
            [
                "以下の記録を要約して",
                "これを丁寧な文章に直してください",
                "下の相談記録、300字くらいでまとめて",
                "AIさん、この内容で報告書の下書き作って",
            ]
        )
    )
    b.line("---")
    b.line("相談者：{n}（{k}）", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])), k=ctx.name(p, "kana"))
    b.line("生年月日：{d}", d=ctx.birth())
    b.line("住所：{a}", a=ctx.addr())
    b.line("連絡先：{t}", t=ctx.num("PHONE_NUMBER"))
    for lab, v in ctx.flex(ctx.rng.randint(4, 5)):
        b.line("{l}：{v}", l=lab, v=v)
    b.line(
        "内容：{s}さんより、{x}について相談。{o}につなぐ。",
        s=ctx.name(p, "surname_only"),
        x=ctx.pick(["家賃の滞納", "国保税の分納", "児童手当の申請", "ごみ出しのトラブル"]),
        o=ctx.dept(),
    )
    b.add("---")
    return b


def _line_consult(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("すみません、{x}のことで質問です{e}", x=ctx.pick(["転入届", "児童手当", "保育園", "国保"]), e=ctx.pick(EMO))
    b.line("{n}と申します", n=ctx.name(p, ctx.pick(["kanji", "kana", "fullwidth_space"])))
    b.line("書類に番号書くとこがあって")
    (lab, v), (lab2, v2) = ctx.flex(2, exclude=("CREDIT_CARD",))
    b.line("{v}", v=v)
    b.line("これであってますか？？ {l}です", l=lab)
    b.line("{l}のほうは{v}で大丈夫？", l=lab2, v=v2)
    if ctx.chance(0.6):
        b.line("あと引越し先は {a} です", a=ctx.addr())
    b.add("連絡は{c}にお願いします🙇‍♀️", c=ctx.pick([ctx.num("PHONE_NUMBER", "mobile"), ctx.email(p)]))
    return b


def _typo_chat(ctx: Ctx) -> Builder:
    b = Builder()
    a, c = ctx.jp(), ctx.jp()
    b.line("{a}です。きょうの窓口、{n}さまが来らました", a=ctx.name(a, "surname_only"), n=ctx.name(ctx.jp(), "kana"))
    b.line("郵便番号{pc}で住所が{ad}とのこと", pc=ctx.num("POSTAL_CODE"), ad=ctx.addr())
    b.line("メアドは {e} って言ってたけど合ってるかな、、", e=ctx.email(ctx.jp()))
    b.line("{c}係長に確認してもらえますか", c=ctx.name(c, "title"))
    (lab, v), (lab2, v2) = ctx.flex(2)
    b.line("ちなみに{l}は {v} ←本人が言ってた番号そのまま", l=lab, v=v)
    b.add("{l}も念のため→{v}", l=lab2, v=v2)
    return b


def _csv_paste(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("このCSVの中身、重複がないかチェックしてほしいです{e}", e=ctx.pick(EMO))
    col = {
        "個人番号": "MY_NUMBER",
        "被保険者番号": "CARE_INSURANCE",
        "口座番号": "BANK_ACCOUNT",
        "基礎年金番号": "PENSION_NUMBER",
        "住民票コード": "RESIDENT_CODE",
    }
    head = ctx.pick(list(col))
    b.line("氏名,郵便番号,電話,{h}", h=head)
    for _ in range(ctx.rng.randint(2, 4)):
        p = ctx.jp()
        b.line(
            "{n},{pc},{t},{x}",
            n=ctx.name(p, "kanji"),
            pc=ctx.num("POSTAL_CODE"),
            t=ctx.num("PHONE_NUMBER"),
            x=ctx.num(col[head]),
        )
    b.add("よろしくです")
    return b


def _ai_table(ctx: Ctx) -> Builder:
    b = Builder()
    b.line("下のメモを表形式に整理して、抜けている項目を教えてください{e}", e=ctx.pick(EMO))
    b.line("")
    for _ in range(2):
        p = ctx.jp()
        b.line("{n}　{d}生", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space", "kana"])), d=ctx.birth())
        for lab, v in ctx.flex(3):
            b.line("  {l} {v}", l=lab, v=v)
        b.line("")
    b.add("※{o}に出す前の確認用です", o=ctx.dept())
    return b


def _bare_numbers(ctx: Ctx) -> Builder:
    b = Builder()
    a, c = ctx.jp(), ctx.jp()
    b.line("{a}：机の上にメモが残ってたんだけど、これ誰の案件かわかる人いますか？", a=ctx.name(a, "surname_only"))
    b.line("{t}", t=ctx.num("PHONE_NUMBER"))
    b.line("〒{pc}", pc=ctx.num("POSTAL_CODE"))
    b.line("{v}", v=ctx.flex(1, exclude=("CREDIT_CARD", "BANK_ACCOUNT"))[0][1])
    b.line("{n}（{k}）", n=ctx.name(p := ctx.jp(), "kanji"), k=ctx.name(p, "kana"))
    b.line(
        "{c}：あ、それ昨日の{o}からの引継ぎです🙏 シュレッダーしときます", c=ctx.name(c, "surname_only"), o=ctx.dept()
    )
    b.add("{a}：個人情報なので机に置きっぱなしはNGですよ〜{e}", a=ctx.name(a, "surname_only"), e=ctx.pick(EMO))
    return b


def _rewrite(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("次の文章をやさしい日本語に書き換えてください。")
    b.line("")
    b.line("{n}様", n=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])))
    b.line(
        "あなたの{x}について、{d}に申請を受け付けました。",
        x=ctx.pick(["児童手当", "住民税の減免", "国民年金保険料の免除"]),
        d=f"令和7年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日",
    )
    lab, v = ctx.flex(1, exclude=("CREDIT_CARD",))[0]
    b.line("審査のため、{l}（{v}）を使って情報を照会します。", l=lab, v=v)
    b.line("結果は{a}あてに郵送します。", a=ctx.addr())
    b.add("担当：{o}　{s}", o=ctx.dept(), s=ctx.name(ctx.jp(), ctx.pick(["kanji", "surname_only"])))
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_staff, _ai_paste, _line_consult, _typo_chat, _csv_paste, _ai_table, _bare_numbers, _rewrite]
    return [gens[i % len(gens)](ctx) for i in range(n)]
