"""What staff type around a paste: requests to the assistant, staff references and signatures."""

from __future__ import annotations

from tests.eval.blind.model import Piece
from tests.eval.eighth import pools
from tests.eval.eighth.values import Factory

ASKS = (
    "以下を要約して",
    "以下を要約して。300字くらいで",
    "下の記録を箇条書きにまとめてください",
    "これを敬語に直して",
    "次の内容を表にして",
    "以下を英語とやさしい日本語に訳して",
    "この記録、上司に報告する形に整えてもらえますか",
    "以下の文章の誤字をチェックして",
    "下記をもとに、次回訪問時の確認事項を3つ挙げて",
    "以下のメモを時系列に並べ替えて",
    "この内容で決裁用の起案文を作って",
    "ケース会議用に要点だけ抜き出して",
    "以下、読みやすく整形して。内容は変えないで",
)


def ask(f: Factory, *extra: str) -> str:
    """One request line as staff type it (sometimes without punctuation, sometimes with a greeting)."""
    line = f.pick(extra) if extra and f.chance(0.6) else f.pick(ASKS + extra)
    if f.chance(0.2):
        line = "お疲れさまです。" + line
    return line + f.pick(("", "", "。", "\n", "：", "↓"))


def staff(f: Factory) -> Piece:
    """A staff member as colleagues write them: 市民課菅原, 菅原主事, 伊藤拓也福祉部長, 担当：谷."""
    p = f.person()
    shape = f.rng.randrange(5)
    if shape == 0:
        return (f.dept(), f.name(p, "surname_only"))
    if shape == 1:
        return (f.name(p, "title"), f.pick(pools.TITLES))
    if shape == 2:
        return (f.dept(), " ", f.name(p, "title"), f.pick(pools.TITLES))
    if shape == 3:
        return (f.name(p, "surname_only"), "（", f.dept(), "）")
    return (f.dept(), "　", f.label_name(p))


def signature(f: Factory, with_mail: bool = True) -> Piece:
    """A city staff e-mail signature: name, department, switchboard and extension, mail."""
    p = f.person()
    parts: list[Piece] = [
        "-----------------------------\n",
        f.org(f.city.name + "役所"),
        " ",
        f.dept(),
        "\n",
        f.label_name(p),
        "\n",
        "TEL ",
        f.ident("PHONE_NUMBER"),
        f" （内線{f.rng.randint(2000, 4999)}）\n",
    ]
    if with_mail:
        parts += ["Mail: ", f.email(p, staff=True), "\n"]
    parts.append("-----------------------------")
    return tuple(parts)


LABELS = {
    "MY_NUMBER": ("個人番号", "マイナンバー", "マイナ番号"),
    "RESIDENT_CODE": ("住民票コード",),
    "HEALTH_INSURANCE": ("被保険者番号", "資格確認書の番号", "保険証番号"),
    "PENSION_NUMBER": ("基礎年金番号", "年金番号"),
    "DRIVER_LICENSE": ("運転免許証", "免許証番号", "運転免許証 第"),
    "PASSPORT": ("旅券番号", "パスポート", "旅券"),
    "RESIDENCE_CARD": ("在留カード番号", "在留カード", "在留カードNo."),
    "BANK_ACCOUNT": ("口座", "振込先", "引落口座"),
    "CREDIT_CARD": ("カード番号", "クレジットカード", "決済カード"),
    "CARE_INSURANCE": ("介護保険被保険者番号", "介護保険証番号", "介護被保番号"),
    "DISABILITY_CERTIFICATE": ("手帳番号", "身体障害者手帳 第", "療育手帳番号", "精神保健福祉手帳 番号"),
}
IDENTITY = ("DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "MY_NUMBER")
WELFARE_IDS = ("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "PENSION_NUMBER", "MY_NUMBER", "RESIDENT_CODE")


def id_line(f: Factory, families: tuple[str, ...], allowed: tuple[str, ...] | None = None) -> Piece:
    """A label and the identifier of whichever family of `families` the corpus has written least."""
    entity, v = f.any_ident(families, allowed=allowed)
    label = f.pick(LABELS[entity])
    return (
        label,
        "" if label.endswith("第") else f.pick(("：", " ", "　", ":")),
        v,
        "号" if label.endswith("第") else "",
    )
