# ruff: noqa: E501 - Japanese text is measured in display width
"""Conversational genres: staff chat, foreign residents' consultations, counter and phone memos."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Val

from .idlines import id_line
from .labels import FOREIGN_LABELS, LABELS
from .places import address, birth, loc, org
from .values import KD, Ctx

EMOJI = ["🙏", "💦", "😅", "👍", "🙇‍♀️", "✨", "😢", "‼️", "🆗", "📞"]
CHAT_FAMS = ("PHONE_NUMBER", "MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "CARE_INSURANCE",
             "RESIDENT_CODE", "BANK_ACCOUNT", "DISABILITY_CERTIFICATE", "DRIVER_LICENSE", "CREDIT_CARD")


def chat(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    me, you, cl = ctx.person(), ctx.person(), ctx.person(r.random() < 0.2)
    style = r.randint(0, 2)
    e = r.choice(EMOJI)
    if style == 0:  # LoGoチャット between staff
        b.line("{a} {t}", a=ctx.name(me, r.choice(["kanji", "surname_only"])), t=f"{r.randint(8, 17)}:{r.randint(10, 59)}")
        b.line("さっきの{c}さんの件{e}", c=ctx.name(cl, "surname_only"), e=e)
        fam = ctx.neediest(CHAT_FAMS)
        b.line("{lab}これで合ってます？ {v}", lab=r.choice(LABELS[fam]), v=ctx.num(fam))
        b.line("{y} {t}", y=ctx.name(you, "kanji"), t=f"{r.randint(8, 17)}:{r.randint(10, 59)}")
        if r.random() < 0.5:
            b.line("りょ{e} 折り返し先は{ph}でおｋ", e=r.choice(EMOJI), ph=ctx.num("PHONE_NUMBER"))
        else:
            b.line("りょ{e} 確認しときます", e=r.choice(EMOJI))
        if r.random() < 0.3:
            b.line("あと{s}係長が住所確認してって→ {ad}", s=ctx.name(ctx.person(), "title"), ad=address(ctx))
    elif style == 1:  # paste a record and ask an AI
        b.line("以下の記録を上司向けに３行で要約して。敬語で。")
        b.line("---")
        b.line("相談者：{n}（{k}）", n=ctx.name(cl, "kanji" if not cl.foreign else "foreign_katakana"),
               k=ctx.name(cl, "kana" if not cl.foreign else "romanized"))
        b.line("生年月日：{d}", d=birth(ctx))
        fam = ctx.neediest(CHAT_FAMS)
        b.line("{lab}：{v}", lab=r.choice(LABELS[fam]), v=ctx.num(fam))
        b.line("内容：{pl}の{o}から紹介。{w}", pl=loc(ctx), o=org(ctx),
               w=r.choice(["家賃滞納あり。", "息子と連絡が取れない。", "通帳を失くしたとのこと。"]))
        if r.random() < 0.4:
            b.line("担当：{s}", s=ctx.name(me, "kanji"))
        b.line("---")
        b.line("固有名詞はそのまま残して{e}", e=e)
    else:  # LINE-style consultation from a resident
        b.line("すみません{e}", e=e)
        b.line("{n}です、昨日窓口で{s}さんに対応してもらったものです", n=ctx.name(cl, r.choice(["kanji", "kana"])
                                                                if not cl.foreign else "romanized"),
               s=ctx.name(me, "surname_only"))
        fam = ctx.neediest(CHAT_FAMS)
        b.line("書類に書いた番号まちがえてました、ただしくは")
        b.line("{v}", v=ctx.num(fam))
        b.line("です{e} ({lab})", e=r.choice(EMOJI), lab=r.choice(LABELS[fam]))
        if r.random() < 0.5:
            b.line("めーるはこっちにください→{m}", m=ctx.email(cl))
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b


FOREIGN_MT = [
    "私はあなたに尋ねたいことがあります、私の在留カードは期限が切れそうです。",
    "こんにちは、私は市役所へ行く方法を知りません、助けてください。",
    "子どもの学校の書類を書くことができません、手伝ってくれますか。",
    "私の夫は仕事を失いました、私たちはお金を受け取ることができますか。",
]


def foreign_resident(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    p = ctx.person(True)
    staff = ctx.person()
    style = r.randint(0, 2)
    if style == 0:  # machine-translated message
        b.line("【{lang}から自動翻訳】", lang=r.choice(["ベトナム語", "ポルトガル語", "タガログ語", "ネパール語"]))
        b.line(r.choice(FOREIGN_MT))
        b.line("私の名前は{n}です。カタカナは{k}です。", n=ctx.name(p, "romanized"), k=ctx.name(p, "foreign_katakana"))
        b.line("在留カードの番号は{v}、パスポートは{pp}。", v=ctx.num("RESIDENCE_CARD"), pp=ctx.num("PASSPORT"))
        fl = r.choice(FOREIGN_LABELS["PHONE_NUMBER"])
        if r.random() < 0.4:
            b.line("{fl}: {ph}", fl=fl, ph=ctx.num("PHONE_NUMBER"))
        b.line("私は{a}に住んでいます。", a=address(ctx))
    elif style == 1:  # counter form
        b.line("外国人住民相談票（{o}）", o=org(ctx, "国際交流協会"))
        b.line("氏名 Name: {n}", n=ctx.name(p, "romanized"))
        b.line("フリガナ: {k}", k=ctx.name(p, "foreign_katakana"))
        b.line("国籍 Nationality: {c}", c=loc(ctx, p.origin))
        b.line("生年月日 Date of birth: {d}", d=birth(ctx, r.choice(["slash", "seireki", "spaced", "abbrev"]), (1965, 2005)))
        b.line("在留カード番号 / {fl}: {v}", fl=r.choice(FOREIGN_LABELS["RESIDENCE_CARD"]), v=ctx.num("RESIDENCE_CARD"))
        b.line("{fl}: {v}", fl=r.choice(FOREIGN_LABELS["PASSPORT"]), v=ctx.num("PASSPORT"))
        b.line("住所 Address: 〒{z} {a}", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        b.line("勤務先: {o}", o=org(ctx, r.choice(["株式会社グリーンライフ", "株式会社北斗システム", "協同組合はまなす"])))
        if r.random() < 0.4:
            b.line("通訳: {s}（{o}）", s=ctx.name(ctx.person(True), "romanized"), o=org(ctx, "日本語教室にじ"))
        if r.random() < 0.5:
            b.line("受付: {s}", s=ctx.name(staff, "kanji"))
    else:  # staff notes about a family
        sp = ctx.person(True)
        b.line("{pl}出身のご一家。", pl=loc(ctx, p.origin))
        b.line("夫 {h}（{hk}）、妻 {w}。", h=ctx.name(p, "romanized"), hk=ctx.name(p, "foreign_katakana"),
               w=ctx.name(sp, "foreign_katakana"))
        b.line("夫の在留ｶｰﾄﾞ {v}／妻 {v2}", v=ctx.num("RESIDENCE_CARD"), v2=ctx.num("RESIDENCE_CARD"))
        b.line("旅券は更新中とのこと（旧 {pp}）。", pp=ctx.num("PASSPORT"))
        if r.random() < 0.6:
            b.line("{st}がやさしい日本語で説明。{o}を案内した。", st="担当", o=org(ctx))
        b.line("連絡は{e}（日本語可）", e=ctx.email(p))
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b


def _read_digits(raw: str) -> str:
    return raw.translate(KD)


def counter_memo(ctx: Ctx) -> Builder:
    r = ctx.rng
    b = Builder()
    p, staff = ctx.person(r.random() < 0.15), ctx.person()
    style = r.randint(0, 2)
    if style == 0:  # speech-to-text transcript of a phone call
        b.line("[自動文字起こし 通話 {m}分{s}秒]", m=str(r.randint(1, 9)), s=str(r.randint(0, 59)))
        b.add("はいお電話ありがとうございます{o}の{st}でございます ", o=org(ctx), st=ctx.name(staff, "surname_only"))
        nm = "kana" if not p.foreign else "foreign_katakana"
        b.add("えっと{n}と申しますけど ", n=ctx.name(p, nm))
        num = ctx.new_num("PHONE_NUMBER")
        wrong = _read_digits(num.groups[0]) + "の" + _read_digits(num.groups[1][::-1])
        b.add("電話番号がですね{w}の あ違った ", w=wrong)
        b.add("{v} です ", v=ctx.render("PHONE_NUMBER", num, r.choice(["kanji", "kanji_mixed", "spaced"])))
        fam = ctx.neediest(("PENSION_NUMBER", "HEALTH_INSURANCE", "CARE_INSURANCE", "MY_NUMBER"))
        idn = ctx.new_num(fam)
        b.add("でその {lab} なんですけど {v} ですね ", lab=r.choice(LABELS[fam]), v=ctx.render(fam, idn))
        b.line("はい復唱します{v}でよろしいでしょうか はいそうです", v=ctx.render(fam, idn))
        b.line("[通話終了]")
    elif style == 1:  # 窓口 note
        b.line("■窓口対応メモ　{d}", d=f"{r.randint(1, 12)}/{r.randint(1, 28)}")
        b.line("来庁者：{n}様（本人）", n=ctx.name(p, "kanji" if not p.foreign else "romanized"))
        b.line("住所：〒{z} {a}", z=ctx.num("POSTAL_CODE"), a=address(ctx))
        fam = ctx.neediest(("HEALTH_INSURANCE", "PENSION_NUMBER", "MY_NUMBER", "RESIDENT_CODE", "DRIVER_LICENSE"))
        b.line("本人確認：{lab} {v}", lab=r.choice(["運転免許証", "免許証", "運免"]),
               v=ctx.num("DRIVER_LICENSE"))
        b.line("用件：{lab}の照会。番号は{v}。", lab=r.choice(LABELS[fam]), v=ctx.num(fam))
        b.line("対応：{s}主任 → {o}へ回付", s=ctx.name(staff, "title"), o=org(ctx))
    else:  # phone memo
        b.line("📞電話メモ（{st}受）", st=ctx.name(staff, "surname_only"))
        b.line("{n}さんより、{w}", n=ctx.name(p, "surname_only"), w=r.choice(["折り返し希望", "書類届いてない", "明日来庁予定"]))
        if r.random() < 0.4:
            b.line("TEL {ph}（日中は携帯 {ph2}）", ph=ctx.num("PHONE_NUMBER"), ph2=ctx.num("PHONE_NUMBER"))
        else:
            b.line("TEL {ph}", ph=ctx.num("PHONE_NUMBER"))
        if r.random() < 0.5:
            b.line("生年月日 {d} で照合済", d=birth(ctx))
        fam = ctx.neediest(("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "HEALTH_INSURANCE"))
        b.line("先ほどの番号ですが、控えは {v} とのこと（{lab}）", v=ctx.num(fam), lab=r.choice(LABELS[fam]))
        if r.random() < 0.5:
            b.line("→ {t}課長に報告済", t=ctx.name(ctx.person(), "title"))
        else:
            b.line("→ 課長に報告済")
    for _ in range(1 + (r.random() < 0.08)):
        id_line(ctx, b)
    return b


__all__ = ["Val", "chat", "counter_memo", "foreign_resident"]
