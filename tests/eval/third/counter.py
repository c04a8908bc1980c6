"""窓口 notes and phone call memos."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.third.forms import Ctx

BUSINESS = [
    "転入届",
    "住民票の写し",
    "印鑑登録",
    "国民健康保険の加入",
    "後期高齢者医療の資格確認",
    "年金の免除申請",
    "マイナンバーカードの暗証番号再設定",
    "児童手当の現況届",
    "介護保険の認定申請",
    "戸籍謄本の請求",
]


def _window(ctx: Ctx) -> Builder:
    b = Builder()
    p, staff = ctx.jp(), ctx.jp()
    b.line("窓口対応メモ　{o}　受付{n}番", o=ctx.dept(), n=str(ctx.rng.randint(1, 250)))
    b.line("来庁者：{p}様（{k}）", p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space"])), k=ctx.name(p, "kana"))
    b.line("用件：{x}", x=ctx.pick(BUSINESS))
    b.line("本人確認：{d}", d=ctx.pick(["運転免許証", "マイナンバーカード", "パスポート", "健康保険証＋年金手帳"]))
    for lab, v in ctx.flex(ctx.rng.randint(4, 6), exclude=("CREDIT_CARD",)):
        b.line("　{l}　{v}", l=lab, v=v)
    b.line("生年月日 {d}　住所 {a}", d=ctx.birth(), a=ctx.addr())
    b.add("対応者：{s}（{o}）", s=ctx.name(staff, ctx.pick(["surname_only", "kanji"])), o=ctx.dept())
    return b


def _phone_memo(ctx: Ctx) -> Builder:
    b = Builder()
    p, staff, to = ctx.jp(), ctx.jp(), ctx.jp()
    b.line("☎ 電話メモ　{to}さんへ", to=ctx.name(to, "surname_only"))
    b.line(
        "{m}月{d}日 {h}時頃　{p}様より",
        m=str(ctx.rng.randint(1, 12)),
        d=str(ctx.rng.randint(1, 28)),
        h=str(ctx.rng.randint(9, 17)),
        p=ctx.name(p, ctx.pick(["kanji", "kana", "surname_only"])),
    )
    b.line("用件：{x}の件で折り返し希望", x=ctx.pick(BUSINESS))
    b.line("連絡先 {t}（{w}）", t=ctx.num("PHONE_NUMBER"), w=ctx.pick(["携帯", "自宅", "勤務先", "日中つながる番号"]))
    for lab, v in ctx.flex(ctx.rng.randint(1, 2)):
        b.line("本人が{l}を読み上げ：{v}", l=lab, v=v)
    b.add("受：{s}", s=ctx.name(staff, "surname_only"))
    return b


def _proxy(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    agent = ctx.relative(p) if ctx.chance(0.6) else ctx.jp()
    b.line("代理人による申請（委任状あり）")
    b.line("本人 {p}（{d}生）", p=ctx.name(p, "kanji"), d=ctx.birth(None, 1928, 1960))
    b.line(
        "代理人 {a}（本人の{r}）　免許証 {lic}",
        a=ctx.name(agent, ctx.pick(["kanji", "fullwidth_space"])),
        r=ctx.pick(["長男", "弟", "甥"] if agent.sex == "m" else ["長女", "妹", "姪"]),
        lic=ctx.num("DRIVER_LICENSE"),
    )
    b.line("代理人住所 〒{pc} {ad}", pc=ctx.num("POSTAL_CODE"), ad=ctx.addr())
    b.line("本人の住民票コードは委任状に記載 → {rc}", rc=ctx.num("RESIDENT_CODE"))
    b.add("{s}係長決裁済み。{o}へ回付。", s=ctx.name(ctx.jp(), "title"), o=ctx.dept())
    return b


def _complaint(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("苦情受付票")
    b.line(
        "申出人：{p}　電話 {t}",
        p=ctx.name(p, ctx.pick(["kanji", "fullwidth_space", "kana"])),
        t=ctx.num("PHONE_NUMBER"),
    )
    b.line("住所：〒{pc}", pc=ctx.num("POSTAL_CODE"))
    b.line("{a}", a=ctx.addr())
    b.line(
        "内容：隣家の{x}について。以前{s}主査に相談済みとのこと。",
        x=ctx.pick(["騒音", "草木の越境", "ごみの放置"]),
        s=ctx.name(ctx.jp(), "title"),
    )
    b.add(
        "{pl}の担当地区。{o}と共有。",
        pl=ctx.loc(kind="district"),
        o=ctx.org(ctx.pick(["市民協働課", "環境保全課", "危機管理課"])),
    )
    return b


def _handover(ctx: Ctx) -> Builder:
    b = Builder()
    p = ctx.jp()
    b.line("引継ぎ：{p}さん（{k}）の再来庁対応", p=ctx.name(p, "kanji"), k=ctx.name(p, "kana"))
    b.line("前回控えた番号を下にまとめました。書類と照合してください。")
    ids = ctx.flex(ctx.rng.randint(4, 6))
    for lab, v in ids[:-1]:
        b.line("{l}→{v}", l=lab, v=v)
    b.line("あと、もう一つ本人が口頭で言っていた番号があって（何の番号か不明、たぶん{l}）", l=ids[-1][0])
    b.add("{v}", v=ids[-1][1])
    return b


def docs(ctx: Ctx, n: int) -> list[Builder]:
    gens = [_window, _phone_memo, _proxy, _complaint, _handover]
    return [gens[i % len(gens)](ctx) for i in range(n)]
