"""Shared vocabulary: organisations, places, dates of events, small text helpers."""

from __future__ import annotations

from tests.eval.blind.model import Builder, Piece, Val
from tests.eval.seventh.ctx import Ctx
from tests.eval.seventh.values import Person

DEPTS = [
    "市民課",
    "保険年金課",
    "介護保険課",
    "障害福祉課",
    "生活福祉課",
    "子育て支援課",
    "税務課",
    "納税課",
    "資産税課",
    "住宅課",
    "環境政策課",
    "清掃事務所",
    "危機管理課",
    "選挙管理委員会事務局",
    "上下水道局",
    "教育委員会学校教育課",
    "中央図書館",
    "地域包括支援センター",
    "福祉事務所",
    "会計課",
    "情報政策課",
    "国際交流課",
    "市民相談室",
    "子ども家庭センター",
    "長寿支援課",
]
COMPANIES = [
    "株式会社みどり設備",
    "有限会社丸山工務店",
    "東和システム株式会社",
    "株式会社サンライズ介護",
    "医療法人社団青葉会",
    "社会福祉法人ひかり会",
    "株式会社北辰データ",
    "合同会社ミライ翻訳",
    "株式会社中央ビルサービス",
    "日本ライフライン総合保険株式会社",
    "株式会社つばさ交通",
    "NPO法人多文化ネットわかば",
    "特定非営利活動法人こども食堂ひまわり",
    "株式会社ミナト印刷",
]
HOSPITALS = ["市立総合病院", "さくら内科クリニック", "県立こども病院", "みなみ整形外科", "青葉台訪問看護ステーション"]
SCHOOLS = ["市立第三小学校", "市立東中学校", "県立北高等学校", "ひまわり保育園", "みどり幼稚園", "市立若葉小学校"]
BANKS = [
    "ゆうちょ銀行",
    "三菱UFJ銀行",
    "みずほ銀行",
    "りそな銀行",
    "横浜銀行",
    "静岡銀行",
    "北洋銀行",
    "城南信用金庫",
    "JAあいち中央",
    "七十七銀行",
    "常陽銀行",
    "福岡銀行",
]
FACILITIES = [
    "市民会館",
    "中央公民館",
    "総合体育館",
    "北部コミュニティセンター",
    "文化ホール",
    "市民プール",
    "南部図書館",
    "防災センター",
    "総合福祉センター",
    "こども未来館",
]
STATIONS = ["中央駅", "北口駅前", "本町駅", "西川駅", "桜ケ丘駅", "港南台駅"]
RIVERS = ["多摩川", "鶴見川", "荒川", "庄内川", "紫川", "石狩川", "広瀬川", "芦田川", "天竜川", "信濃川"]


def dept(ctx: Ctx) -> Val:
    return ctx.org(ctx.choice(DEPTS))


def company(ctx: Ctx) -> Val:
    return ctx.org(ctx.choice(COMPANIES))


def place(ctx: Ctx) -> Val:
    return ctx.loc(ctx.choice(FACILITIES + STATIONS + RIVERS))


def event_date(ctx: Ctx, year: int = 2026) -> str:
    r = ctx.rng
    return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"


def iso_now(ctx: Ctx) -> str:
    r = ctx.rng
    return (
        f"2026-{r.randint(1, 3):02d}-{r.randint(1, 28):02d} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:"
        f"{r.randint(0, 59):02d}"
    )


def clock(ctx: Ctx, n: int = 8) -> list[str]:
    """n timestamps of one day in increasing order, to be popped from the front."""
    r = ctx.rng
    day = f"2026-{r.randint(1, 3):02d}-{r.randint(1, 28):02d}"
    secs = sorted(r.randint(8 * 3600, 19 * 3600) for _ in range(n))
    return [f"{day} {t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}" for t in secs]


def age_of(y: int) -> int:
    return 2026 - y - 1


def person(ctx: Ctx, foreign_p: float = 0.12) -> Person:
    return ctx.fo() if ctx.chance(foreign_p) else ctx.jp()


def new() -> Builder:
    return Builder()


ID_LABEL = {
    "MY_NUMBER": ["個人番号", "マイナンバー", "個人番号（マイナンバー）"],
    "RESIDENT_CODE": ["住民票コード", "住民票ｺｰﾄﾞ"],
    "HEALTH_INSURANCE": ["保険者番号", "被保険者番号", "被保険者証記号・番号"],
    "PENSION_NUMBER": ["基礎年金番号", "年金番号"],
    "DRIVER_LICENSE": ["運転免許証番号", "免許証番号", "免許番号"],
    "PASSPORT": ["旅券番号", "パスポート番号", "旅券No."],
    "RESIDENCE_CARD": ["在留カード番号", "在留カードNo", "在留ｶｰﾄﾞ番号"],
    "BANK_ACCOUNT": ["口座番号", "振込先口座", "口座"],
    "CREDIT_CARD": ["カード番号", "クレジットカード番号"],
    "CARE_INSURANCE": ["介護保険被保険者番号", "介護保険証番号", "被保険者番号（介護）"],
    "DISABILITY_CERTIFICATE": ["身体障害者手帳番号", "療育手帳番号", "精神障害者保健福祉手帳番号", "手帳番号"],
    "PHONE_NUMBER": ["電話番号", "TEL", "連絡先", "携帯"],
    "POSTAL_CODE": ["郵便番号", "〒"],
}


def label(ctx: Ctx, fam: str) -> str:
    return ctx.choice(ID_LABEL[fam])


def id_line(ctx: Ctx, b: Builder, fam: str, allowed: tuple[str, ...] | None = None, sep: str = "：") -> None:
    """One `label：value` line for a family (health insurance gets the label that fits its kind)."""
    sub = ""
    lab = label(ctx, fam)
    if fam == "HEALTH_INSURANCE":
        sub = ctx.choice(["hokensha", "kokuho", "kouki", "kigo_bango"])
        lab = {
            "hokensha": "保険者番号",
            "kokuho": "保険者番号（国保）",
            "kouki": "後期高齢者医療 被保険者番号",
            "kigo_bango": "記号・番号",
        }[sub]
    if fam == "BANK_ACCOUNT":
        sub = ctx.choice(["account", "branch", "yucho"])
        lab = {"account": "口座番号", "branch": "店番・口座番号", "yucho": "ゆうちょ 記号番号"}[sub]
    if fam == "PHONE_NUMBER":
        b.line("{l}{s}{v}", l=lab, s=sep, v=ctx.phone(allowed))
        return
    b.line("{l}{s}{v}", l=lab, s=sep, v=ctx.num(fam, allowed, sub))


ID_FAMILIES = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)


def extra_ids(
    ctx: Ctx, b: Builder, k: int, families: tuple[str, ...] = ID_FAMILIES, sep: str = "：", foreign: bool = False
) -> None:
    """k lines `label：number` of the least used families (a residence card only for a foreign resident)."""
    left = [f for f in families if foreign or f != "RESIDENCE_CARD"]
    for _ in range(min(k, len(left))):
        fam = ctx.least_written(left)
        left.remove(fam)
        id_line(ctx, b, fam, sep=sep)


class B(Builder):
    """A Builder that also writes integers (counts, years, amounts) as text."""

    def put(self, piece: Piece | int) -> B:
        super().put(str(piece) if isinstance(piece, int) else piece)
        return self
