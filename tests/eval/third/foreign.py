"""Consultations and forms of foreign residents."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

NATS = [
    "ベトナム",
    "中国",
    "韓国",
    "フィリピン",
    "ブラジル",
    "ネパール",
    "インドネシア",
    "ミャンマー",
    "スリランカ",
    "ペルー",
]
LANG = {
    "ベトナム": "ベトナム",
    "中国": "中国",
    "韓国": "韓国",
    "フィリピン": "タガログ",
    "ブラジル": "ポルトガル",
    "ネパール": "ネパール",
    "インドネシア": "インドネシア",
    "ミャンマー": "ミャンマー",
    "スリランカ": "シンハラ",
    "ペルー": "スペイン",
}
CITY = {"中国": "上海", "韓国": "ソウル"}
STATUS = [
    "技能実習",
    "特定技能1号",
    "留学",
    "家族滞在",
    "永住者",
    "定住者",
    "日本人の配偶者等",
    "技術・人文知識・国際業務",
]


def _record(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo(ctx.pick(NATS))
    b.line("【外国人住民相談記録】{o}", o=ctx.org("国際交流課"))
    b.line("氏名（ローマ字）：{r}", r=ctx.name(f, "romanized"))
    b.line("氏名（カナ）：{k}", k=ctx.name(f, "foreign_katakana"))
    if f.family:
        b.line("漢字氏名：{k}", k=ctx.name(f, "kanji"))
    b.line("国籍・地域：{n}　在留資格：{s}", n=ctx.loc(f.nationality), s=ctx.pick(STATUS))
    b.line("生年月日：{d}", d=ctx.birth(ctx.pick(["slash", "seireki", "spaced", "abbrev"]), 1965, 2005))
    b.line("在留カード番号：{c}", c=ctx.num("RESIDENCE_CARD"))
    if ctx.chance(0.5):
        b.line("旅券番号：{p}", p=ctx.num("PASSPORT"))
    b.line("住所：{a}", a=ctx.addr())
    b.line("電話：{t}", t=ctx.num("PHONE_NUMBER", "mobile"))
    for lab, v in ctx.flex(ctx.rng.randint(2, 3), exclude=("RESIDENCE_CARD", "PASSPORT")):
        b.line("{l}：{v}", l=lab, v=v)
    b.add(
        "相談内容：{x}。通訳は{i}さん（{l}語）が対応。",
        x=ctx.pick(["在留期間更新の書類", "国保の加入", "子どもの転校", "住民税の通知が読めない"]),
        i=ctx.name(ctx.jp(), "kanji"),
        l=LANG[f.nationality],
    )
    return b


def _phone(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo(ctx.pick(NATS))
    b.line("電話メモ（やさしい日本語で対応）")
    b.line(
        "{r}さんから電話。{nat}の方。日本語は少しわかる。",
        r=ctx.name(f, ctx.pick(["romanized", "foreign_katakana"])),
        nat=ctx.loc(f.nationality),
    )
    b.line("「カードの番号、言います。{c}」", c=ctx.num("RESIDENCE_CARD"))
    b.line("在留カードの住所変更がまだとのこと。今の住所は{a}。", a=ctx.addr())
    b.line(
        "会社の{o}の担当{s}さんが一緒に来る予定。",
        o=ctx.org(ctx.pick(["有限会社さくら運送", "株式会社みどり建設"])),
        s=ctx.name(ctx.jp(), "surname_only"),
    )
    b.add("折り返し先：{t}（本人携帯）", t=ctx.num("PHONE_NUMBER", "mobile"))
    return b


def _family(ctx: Ctx) -> Builder:
    b = Builder()
    nat = ctx.pick(NATS)
    f = ctx.fo(nat, "m")
    sp = ctx.fo(nat, "f", avoid=f.roman_family)
    b.line("世帯員一覧（{o}提出用）", o=ctx.org(ctx.pick(["市民課", "子ども家庭課"])))
    b.line("| 続柄 | 氏名 | 生年月日 | 在留カード番号 |")
    b.line("|---|---|---|---|")
    b.line(
        "| 世帯主 | {n} | {d} | {c} |",
        n=ctx.name(f, "romanized"),
        d=ctx.birth(ctx.pick(["slash", "seireki"]), 1970, 2000),
        c=ctx.num("RESIDENCE_CARD"),
    )
    b.line(
        "| 妻 | {n} | {d} | {c} |",
        n=ctx.name(sp, ctx.pick(["romanized", "foreign_katakana"])),
        d=ctx.birth(None, 1970, 2000),
        c=ctx.num("RESIDENCE_CARD"),
    )
    b.line(
        "| 子 | {n} | {d} | （16歳未満のため顔写真なし）{c} |",
        n=ctx.name(ctx.fo_child(f), "foreign_katakana"),
        d=ctx.birth(None, 2010, 2022),
        c=ctx.num("RESIDENCE_CARD"),
    )
    b.add("※世帯主の旅券番号 {p}、連絡先 {e}", p=ctx.num("PASSPORT"), e=ctx.email(f))
    return b


def _chat_en(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo(ctx.pick(NATS))
    b.line("Hello, my name is {r}.", r=ctx.name(f, "romanized"))
    b.line(
        "I want to change my address. New address: {a}", a=ctx.addr(form=ctx.pick(["hyphen", "building_room", "plain"]))
    )
    b.line("My residence card number is {c}, passport {p}.", c=ctx.num("RESIDENCE_CARD"), p=ctx.num("PASSPORT"))
    b.line("Phone {t}  / mail {e}", t=ctx.num("PHONE_NUMBER", "mobile"), e=ctx.email(f))
    b.line("（職員メモ）英語対応は{s}主任。{m}に転送済み。", s=ctx.name(ctx.jp(), "title"), m=ctx.org("国際交流課"))
    b.add("Thank you very much🙏")
    return b


def _work(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo(ctx.pick(["ベトナム", "インドネシア", "ミャンマー", "フィリピン", "ネパール"]))
    sup = ctx.jp()
    b.line("技能実習生に関する相談（監理団体経由）")
    b.line("実習生：{k}（{r}）", k=ctx.name(f, "foreign_katakana"), r=ctx.name(f, "romanized"))
    b.line("実習先：{o}（{pl}）", o=ctx.org(ctx.pick(["株式会社みどり建設", "有限会社さくら運送"])), pl=ctx.loc())
    b.line("監理団体担当：{s}　{t}", s=ctx.name(sup, ctx.pick(["kanji", "fullwidth_space"])), t=ctx.num("PHONE_NUMBER"))
    b.line(
        "給与振込口座：{bk} 普通 {a}",
        bk=ctx.org(ctx.pick(["ゆうちょ銀行", "みなと銀行", "北辰信用金庫"])),
        a=ctx.num("BANK_ACCOUNT", ctx.pick(["", "branch"])),
    )
    lab, v = ctx.flex(1, exclude=("CREDIT_CARD", "BANK_ACCOUNT"))[0]
    b.add("本人の{l}（{v}）を会社が預かっているとの訴え。", l=lab, v=v)
    return b


def _kanji_name(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo(ctx.pick(["中国", "韓国"]))
    b.line("転入届（外国人住民）の確認メモ")
    b.line("氏名：{k}　通称名：{t}", k=ctx.name(f, "kanji"), t=ctx.name(ctx.jp(), "kanji"))
    b.line("英字表記：{r}　カナ：{c}", r=ctx.name(f, "romanized"), c=ctx.name(f, "foreign_katakana"))
    b.line("在留カード {c}　特別永住者証明書ではない", c=ctx.num("RESIDENCE_CARD"))
    b.line("前住所：{pl}（{ab}）から直接転入", pl=ctx.loc(f.nationality), ab=ctx.loc(CITY[f.nationality]))
    b.line("新住所：{a}", a=ctx.addr())
    b.add("{s}さんは通称名での住民票の写しも希望。{o}で対応。", s=ctx.name(f, "surname_only"), o=ctx.org("市民課"))
    return b


def _brazil(ctx: Ctx) -> Builder:
    b = Builder()
    f = ctx.fo("ブラジル", "m")
    w = ctx.fo("ブラジル", "f", avoid=f.roman_family)
    b.line("LINE相談（ポルトガル語→日本語 機械翻訳）")
    b.line("こんにちは。私は{r}です。{pl}に住んでいます。", r=ctx.name(f, "romanized"), pl=ctx.loc("大泉町"))
    b.line(
        "妻の{w}が妊娠しました。母子手帳はどこでもらえますか？",
        w=ctx.name(w, ctx.pick(["romanized", "foreign_katakana"])),
    )
    b.line("妻の在留カード：{c}", c=ctx.num("RESIDENCE_CARD"))
    b.line("私の電話：{t}", t=ctx.num("PHONE_NUMBER", "mobile"))
    b.add(
        "（担当メモ）{o}の通訳{s}さんに同席を依頼。",
        o=ctx.org("子育て支援センター"),
        s=ctx.name(ctx.fo("ブラジル"), "foreign_katakana"),
    )
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_record, _phone, _family, _chat_en, _work, _kanji_name, _brazil]
    return [gens[i % len(gens)](ctx) for i in range(n)]
