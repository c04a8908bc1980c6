"""Staff chat messages: casual, abbreviated, emoji, half-finished sentences."""

from __future__ import annotations

from .common import full
from .context import Ctx
from .model import Builder, Piece
from .people import JName

EMOJI = ("🙏", "🙇‍♀️", "👍", "💦", "😅", "✨", "🆗", "⚠️", "")
ACKS = ("了解です", "りょ", "承知しました！", "ありがとうございます🙏", "おつです〜", "👍", "確認します", "はーい")


def _handle(ctx: Ctx, who: JName, first: bool) -> Piece:
    if first:
        return ctx.person(who, ctx.pick(["kanji", "kanji", "fullwidth_space"]))
    return ctx.surname(who)


def _resident_line(ctx: Ctx, res: JName) -> tuple[str, dict[str, Piece]]:
    r = ctx.rng.randrange(12)
    if r == 9:
        return "免許証番号 {l} で照会かけてください{e}", {"l": ctx.license(), "e": ctx.pick(EMOJI)}
    if r == 10:
        return "{n}さんのカード番号メモ残ってたので消しときます {c}", {"n": full(ctx, res), "c": ctx.card()}
    if r == 11:
        return "住民票コード {c} の人、{n}さんで合ってる？", {"c": ctx.resident_code(), "n": full(ctx, res)}
    if r == 0:
        return "さっきの{n}さん、折り返し{p}でお願いしますとのこと{e}", {
            "n": full(ctx, res),
            "p": ctx.phone(),
            "e": ctx.pick(EMOJI),
        }
    if r == 1:
        return "{n}さんの住所変更、{a}で入力しちゃってOK？", {"n": full(ctx, res), "a": ctx.address()}
    if r == 2:
        return "マイナの番号これで合ってるか見てもらえますか {m}", {"m": ctx.my_number()}
    if r == 3:
        return "{n}さん生年月日{d}で検索したら2件出てきた{e}", {
            "n": full(ctx, res),
            "d": ctx.birth(),
            "e": ctx.pick(EMOJI),
        }
    if r == 4:
        return "年金番号 {p} の方から電話、{n}さん宛て", {"p": ctx.pension(), "n": full(ctx, res)}
    if r == 5:
        return "介護の番号 {c} で合ってます、{n}さんです", {"c": ctx.care(), "n": full(ctx, res)}
    if r == 6:
        return "在留カード {r} の{n}さん、窓口に来てます（通訳いる？）", {
            "r": ctx.residence_card(),
            "n": ctx.fperson(ctx.fname()),
        }
    if r == 7:
        return "メールアドレス聞き取りました→ {m}", {"m": ctx.email(res)}
    return "{n}さんの口座 {acc} で登録済みです", {"n": full(ctx, res), "acc": ctx.account(with_branch=True)}


def make(ctx: Ctx) -> Builder:
    b = Builder()
    a, c = ctx.jname(), ctx.jname()
    style = ctx.rng.randrange(3)
    seen: set[str] = set()

    def head(who: JName) -> None:
        first = who.sei not in seen
        seen.add(who.sei)
        if style == 0:
            b.add("[{t}] {h}: ", t=stamp(), h=_handle(ctx, who, first))
        elif style == 1:
            b.add("{h} {t}\n", h=_handle(ctx, who, first), t=stamp())
        else:
            b.add("{h}「", h=_handle(ctx, who, first))

    def end() -> None:
        b.put("」\n" if style == 2 else "\n")

    res = ctx.jname()
    clock = [ctx.num(8 * 60 + 30, 16 * 60)]

    def stamp() -> str:
        clock[0] += ctx.num(0, 25)
        return f"{clock[0] // 60}:{clock[0] % 60:02d}"

    for turn in range(ctx.num(3, 6)):
        who = a if turn % 2 == 0 else c
        head(who)
        if turn == 1 or (turn > 1 and ctx.chance(0.35)):
            tmpl, kw = _resident_line(ctx, res if ctx.chance(0.5) else ctx.jname())
            b.add(tmpl, **kw)
        elif turn == 0:
            b.add(
                ctx.pick(
                    [
                        "おつかれさまです",
                        "すみません、ちょっといいですか",
                        "今日の窓口めっちゃ混んでます💦",
                        "{o}から電話あったんですが",
                        "至急です⚠️",
                    ]
                ),
                o=ctx.org(ctx.pick(["日本年金機構", "社協", "地域包括"])),
            )
        elif ctx.chance(0.3):
            other = c if who is a else a
            if other.sei in seen:
                b.add(
                    "{s}さん、{x}",
                    s=ctx.surname(other),
                    x=ctx.pick(["それ私やります", "あとで見ておきます", "いま電話中です"]),
                )
            else:
                b.add(ctx.pick(["了解、あとで見ます", "ちょっと待ってください", "いま電話中です"]))
        else:
            b.add(ctx.pick(ACKS))
        end()
    return b
