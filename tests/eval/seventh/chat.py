"""Staff chat, LINE-style consultations, pasted records for an AI, counter and phone memos."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.seventh.common import DEPTS, FACILITIES, ID_LABEL, B, extra_ids, person
from tests.eval.seventh.ctx import Ctx

EMOJI = ["🙏", "💦", "😅", "👍", "🙇", "！！", "w", "(^^;", "🙇‍♀️", "😭"]
CASUAL_IDS = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "CARE_INSURANCE",
    "BANK_ACCOUNT",
    "DRIVER_LICENSE",
    "DISABILITY_CERTIFICATE",
    "CREDIT_CARD",
    "PASSPORT",
    "RESIDENCE_CARD",
)


class _Clock:
    """Chat timestamps that move forward a few minutes at a time."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx, self.minute = ctx, ctx.rng.randint(8 * 60, 17 * 60)

    def __call__(self, ctx: Ctx) -> str:
        self.minute += ctx.rng.randint(0, 6)
        return f"{self.minute // 60:02d}:{self.minute % 60:02d}"


def chat(ctx: Ctx) -> Builder:
    b = B()
    _t = _Clock(ctx)
    mode = ctx.choice(["staff", "staff", "line", "ai"])
    if mode == "staff":
        a, c, res = ctx.jp(), ctx.jp(), person(ctx, 0.2)
        an = ctx.name(a, ("kanji", "fullwidth_space"))
        b.line("[{t}] {a}: おつかれさまです{e}", t=_t(ctx), a=an, e=ctx.choice(EMOJI))
        b.line("さっき窓口にきた{r}さんの件なんですが", r=ctx.name(res, ("surname_only", "kanji", "foreign_katakana")))
        fam = ctx.least(ctx.fit(res, CASUAL_IDS))
        b.line("{lab}これであってますか？ {v}", lab=ctx.choice(ID_LABEL[fam]), v=ctx.num(fam))
        b.line("[{t}] {c}: 確認します〜 ちょっとまってください", t=_t(ctx), c=ctx.name(c, ("kanji", "surname_only")))
        b.line("……")
        b.line("あってます。あと連絡先わかりますか{e}", e=ctx.choice(EMOJI))
        b.line("[{t}] {a}:", t=_t(ctx), a=ctx.name(a, "surname_only"))
        b.line("{ph} ← 本人携帯です、日中はつながりにくいって言ってました", ph=ctx.phone(sub="mobile"))
        if ctx.chance(0.5):
            fam = ctx.least(ctx.fit(res, CASUAL_IDS))
            b.line("あと{lab}も控えてます {v}", lab=ctx.choice(ID_LABEL[fam]), v=ctx.num(fam))
        if ctx.chance(0.25):
            b.line(
                "[{t}] {c}: りょ。{x}係長にも共有しときます",
                t=_t(ctx),
                c=ctx.name(c, "surname_only"),
                x=ctx.name(ctx.jp(), "title"),
            )
    elif mode == "line":
        me = person(ctx, 0.25)
        b.line(
            "すみません、{d}の手続きのことで質問です{e}",
            d=ctx.choice(["児童手当", "国保", "転入", "粗大ごみ", "保育園"]),
            e=ctx.choice(EMOJI),
        )
        b.line("{n}といいます", n=ctx.name(me, ("kanji", "kana", "romanized", "foreign_katakana")))
        b.line("書類に番号をかくところがあって")
        fam = ctx.least(
            ctx.fit(me, ("MY_NUMBER", "HEALTH_INSURANCE", "BANK_ACCOUNT", "RESIDENT_CODE", "RESIDENCE_CARD"))
        )
        b.line("{v}", v=ctx.num(fam))
        b.line("これでいいんでしょうか？？")
        b.line("住所は〒{pc} {ad}です", pc=ctx.postal(), ad=ctx.address())
        extra_ids(ctx, b, 1, ("MY_NUMBER", "HEALTH_INSURANCE", "BANK_ACCOUNT", "CREDIT_CARD", "DRIVER_LICENSE"))
        if ctx.chance(0.4):
            b.line("電話は{ph}でおねがいします🙇", ph=ctx.phone())
    else:
        p, staff = person(ctx, 0.15), ctx.jp()
        b.line("これ要約して、ケース会議用に3行で")
        b.line("")
        b.line("相談者 {n}（{k}）", n=ctx.name(p, ("kanji", "foreign_katakana")), k=ctx.name(p, ("kana", "romanized")))
        b.line("生年月日 {bd}", bd=ctx.birth())
        b.line("住所 {pc} {ad}", pc=ctx.postal(), ad=ctx.address())
        extra_ids(ctx, b, ctx.rng.randint(1, 3), sep=" ", foreign=p.foreign)
        b.line("内容：家賃の支払いが2か月遅れている。{fac}の掲示を見て来所。", fac=ctx.loc(ctx.choice(FACILITIES)))
        b.line(
            "対応：{s}（{d}）が聞き取り。次回面談予定。",
            s=ctx.name(staff, ("kanji", "surname_only")),
            d=ctx.org(ctx.choice(DEPTS)),
        )
    return b


def counter_memo(ctx: Ctx) -> Builder:
    b, r = B(), ctx.rng
    _t = _Clock(ctx)
    mode = ctx.choice(["phone", "phone", "counter"])
    staff, p = ctx.jp(), person(ctx, 0.18)
    if mode == "phone":
        b.line(
            "【電話メモ】{m}/{d} {t}　受：{s}",
            m=r.randint(1, 12),
            d=r.randint(1, 28),
            t=_t(ctx),
            s=ctx.name(staff, ("surname_only", "kanji")),
        )
        b.line("担当課：{d}（{f}分室）", d=ctx.org(ctx.choice(DEPTS)), f=ctx.loc(ctx.choice(FACILITIES)))
        b.line(
            "相手：{n} 様（{rel}）",
            n=ctx.name(p, ("kanji", "fullwidth_space", "foreign_katakana", "kana")),
            rel=ctx.choice(["本人", "長女", "夫", "ケアマネ"]),
        )
        b.line("TEL：{ph}", ph=ctx.phone() if ctx.chance(0.75) else "着信番号なし（非通知）")
        fam = ctx.least(("CARE_INSURANCE", "HEALTH_INSURANCE", "PENSION_NUMBER", "MY_NUMBER", "BANK_ACCOUNT"))
        topic = {
            "CARE_INSURANCE": "介護保険料の納付書再発行",
            "HEALTH_INSURANCE": "保険証の資格確認書について",
            "PENSION_NUMBER": "年金の免除申請",
            "MY_NUMBER": "マイナンバーの届出",
            "BANK_ACCOUNT": "還付金の振込",
        }[fam]
        b.line("用件：{tp}。先ほどの番号ですが、本人いわく {v} とのこと（要確認）", tp=topic, v=ctx.num(fam))
        if ctx.chance(0.5):
            b.line("住所：{ad}", ad=ctx.address())
        extra_ids(
            ctx,
            b,
            ctx.rng.randint(1, 2),
            ("MY_NUMBER", "HEALTH_INSURANCE", "CARE_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD"),
        )
        if ctx.chance(0.3):
            b.line("メール：{em}", em=ctx.email(p))
        if ctx.chance(0.4):
            b.line("→ 折り返し希望。{x}主任へ回付済み", x=ctx.name(ctx.jp(), "title"))
        else:
            b.line("→ 折り返し希望。係長へ回付済み")
    else:
        b.line("窓口メモ（{d}）", d=ctx.org(ctx.choice(["市民課", "保険年金課", "税務課", "国際交流課"])))
        b.line(
            "来庁者：{n}（{k}）",
            n=ctx.name(p, ("kanji", "foreign_katakana", "fullwidth_space")),
            k=ctx.name(p, ("kana", "romanized")),
        )
        b.line("用件：{u}", u=ctx.choice(["住民票の写し2通", "戸籍謄本1通", "印鑑登録証明書", "課税証明書（R7年度）"]))
        fam = ctx.least(ctx.fit(p, ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD")))
        doc = {"DRIVER_LICENSE": "運転免許証", "PASSPORT": "旅券", "RESIDENCE_CARD": "在留カード"}[fam]
        b.line("本人確認：{doc}　{v}", doc=doc, v=ctx.num(fam))
        if ctx.chance(0.6):
            b.line("生年月日：{bd}", bd=ctx.birth())
        if ctx.chance(0.8):
            b.line("〒{pc} {ad}", pc=ctx.postal(), ad=ctx.address())
        extra_ids(ctx, b, ctx.rng.randint(0, 2), ("MY_NUMBER", "RESIDENT_CODE", "HEALTH_INSURANCE", "PENSION_NUMBER"))
        b.line("備考：代理人なし。{s}対応。", s=ctx.name(staff, ("surname_only", "kanji")))
    return b


def handover(ctx: Ctx, needs: list[tuple[str, str]]) -> Builder:
    """A staff handover note (引継ぎメモ) whose values are written in the forms given."""
    b = B()
    staff, p = ctx.jp(), person(ctx, 0.2)
    b.line("引継ぎメモ（{d}）", d=ctx.org(ctx.choice(DEPTS)))
    b.line("{s}→{t}さん", s=ctx.name(staff, "surname_only"), t=ctx.name(ctx.jp(), "surname_only"))
    b.line("昨日の件、控えを貼っておきます。")
    for entity, form in needs:
        if entity == "PERSON":
            q = ctx.fo() if form in ("foreign_katakana",) else (person(ctx, 0.3) if form == "romanized" else ctx.jp())
            text = ctx.person_text(q, form)
            suffix = {"title": ctx.title(), "surname_only": "さん"}.get(form, "")
            b.line("・{v}{x}から再度問い合わせあり", v=ctx.val("PERSON", text, form), x=suffix)
        elif entity == "EMAIL_ADDRESS":
            b.line("・返信先 {v}", v=ctx.email(p, (form,)))
        elif entity == "ADDRESS":
            b.line("・送付先 {v}", v=ctx.address((form,)))
        elif entity == "BIRTH_DATE":
            b.line("・生年月日 {v}", v=ctx.birth((form,)))
        else:
            lab = ctx.choice(ID_LABEL[entity])
            b.line("・{lab}：{v}", lab=lab, v=ctx.num(entity, form=form))
    b.line("よろしくお願いします。")
    return b
