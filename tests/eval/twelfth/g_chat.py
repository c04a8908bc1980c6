"""LoGoチャット-style threads, pasted lists, 議事要旨 and meeting notes with attendance lists."""

from __future__ import annotations

from tests.eval.blind.model import Piece
from tests.eval.twelfth import pools
from tests.eval.twelfth.ctx import ADDR_INLINE, BIRTH_INLINE, NUM_INLINE, PHONE_INLINE, Ctx, Person
from tests.eval.twelfth.doc import Doc, loc, o
from tests.eval.twelfth.extras import extra
from tests.eval.twelfth.g_forms import city

EMOJI = ("👍", "🙏", "🙇", "✅", "💦", "😊", "", "", "")


def _time(c: Ctx) -> str:
    return f"{c.rng.randint(8, 18)}:{c.rng.randint(0, 59):02d}"


def _speaker(c: Ctx, d: Doc, p: Person) -> None:
    r = c.rng
    style = r.randrange(3)
    if style == 0:
        d.ln("{n}  " + _time(c), n=c.name_as(p, "speaker"))
    elif style == 1:
        d.ln("{n}：", n=c.name_as(p, "speaker"))
    else:
        d.ln("[" + _time(c) + "] {n}", n=c.name_as(p, "speaker"))


def _mention(c: Ctx, p: Person) -> Piece:
    return ("@", c.name_as(p, "mention"), c.rng.choice((" ", " さん ", "さん　", "\n")))


def chat_logo(c: Ctx, d: Doc) -> None:
    r = c.rng
    staff = [c.person() for _ in range(r.randint(2, 4))]
    client = c.person(foreign=r.random() < 0.2)
    d.ln("# " + r.choice(("高齢福祉課_訪問調整", "障害福祉_相談係", "子育て支援_連絡", "窓口当番")))
    _speaker(c, d, staff[0])
    d.put(_mention(c, staff[1])).ln(
        r.choice(("明日の訪問、", "午後の面談、", "来週の同行、")) + "{n}さん宅でOKです" + r.choice(EMOJI),
        n=c.name(client, ("surname_only", "prose", "kanji", "foreign_katakana")),
    )
    d.ln("住所送ります")
    d.ln("{a}", a=c.val("ADDRESS", ADDR_INLINE))
    _speaker(c, d, staff[1])
    d.ln(r.choice(("了解です！", "承知しました", "ありがとうございます" + r.choice(EMOJI))))
    d.put(_mention(c, staff[0])).ln("連絡先もらえますか")
    _speaker(c, d, staff[0])
    d.ln("{t}", t=c.val("PHONE_NUMBER", PHONE_INLINE))
    if r.random() < 0.5:
        d.ln(
            "娘さん（{g}さん）の携帯は {t}",
            g=c.name_as(c.relative(client, "f"), "relation"),
            t=c.val("PHONE_NUMBER", PHONE_INLINE),
        )
    if len(staff) > 2:
        _speaker(c, d, staff[2])
        d.put(_mention(c, staff[0])).put(_mention(c, staff[1])).ln(
            "車は" + c.other_date("md", 5) + "に予約済みです" + r.choice(EMOJI)
        )
        d.ln("{n}", n=c.name_as(staff[2], "speaker"))
        d.ln("↑戻りは16時です")
    if r.random() < 0.5:
        _speaker(c, d, staff[1])
        d.ln(
            "ちなみに" + r.choice(("介護保険証", "被保険者証")) + "の番号 {x} で合ってる？",
            x=c.val("CARE_INSURANCE", NUM_INLINE),
        )
    extra(c, d, r.randint(3, 4), "chat")


def chat_paste(c: Ctx, d: Doc) -> None:
    r = c.rng
    a, b = c.person(), c.person()
    _speaker(c, d, a)
    d.ln(
        r.choice(("今日の窓口予約の一覧貼ります", "未提出者リストです、確認お願いします", "電話があった方まとめ"))
        + r.choice(EMOJI)
    )
    for i in range(r.randint(3, 6)):
        p = c.person(foreign=r.random() < 0.15)
        bullet = r.choice(("・", "- ", f"{i + 1}. ", "□"))
        style = r.randrange(3)
        if style == 0:
            d.ln(
                bullet + "{n}　{t}",
                n=c.name(p, ("kanji", "fullwidth_space", "katakana", "romanized", "foreign_katakana", "hiragana")),
                t=c.val("PHONE_NUMBER", PHONE_INLINE),
            )
        elif style == 1:
            d.ln(
                bullet + "{n}（{b}生）" + r.choice(("済", "未", "要再連絡")),
                n=c.name(p, ("kanji", "halfwidth_kana", "katakana", "foreign_katakana")),
                b=c.val("BIRTH_DATE", ("slash", "era_letter", "iso", "short_year", "seireki")),
            )
        else:
            d.ln(
                bullet + "{n} / {a}",
                n=c.name(p, ("kanji", "romanized", "fullwidth_space", "foreign_katakana")),
                a=c.val("ADDRESS", ("partial", "hyphen", "plain", "ocr_spaced", "katakana_building")),
            )
    d.ln("※" + c.other_date("md", 3) + "分まで")
    _speaker(c, d, b)
    d.put(_mention(c, a)).ln(r.choice(("ありがとうございます🙏", "確認します", "2番目の方、さっき来庁されました")))
    extra(c, d, r.randint(3, 4), "chat")


def minutes(c: Ctx, d: Doc) -> None:
    r = c.rng
    body = r.choice(
        ("地域包括支援センター運営協議会", "障害者地域自立支援協議会", "子ども・子育て会議", "国民健康保険運営協議会")
    )
    d.ln("令和7年度 第" + str(r.randint(1, 4)) + "回 {l}" + body + " 議事要旨", l=loc(city(c)))
    d.ln("日時：" + c.other_date("md", 60) + " 14:00〜15:40")
    d.ln("場所：{p}", p=o(r.choice(("市役所本庁舎4階 大会議室", "総合福祉センター 研修室", "中央公民館 第1会議室"))))
    members = [c.person() for _ in range(r.randint(4, 7))]
    roles = ["会長", "副会長"] + ["委員"] * 6
    sep = r.choice(("、", "・", "　", " "))
    d.t("出席者：")
    for i, m in enumerate(members):
        if i:
            d.t(sep)
        if i < 2 and r.random() < 0.5:
            d.t("{n}（" + roles[i] + "）", n=c.name_as(m, "attendance"))
        else:
            d.t("{n}", n=c.name_as(m, "attendance"))
    d.ln("（敬称略）")
    chief, staff = c.person(), c.person()
    d.ln(
        "事務局：{dep} 課長 {a}、" + r.choice(("主査", "係長", "主任")) + " {b}",
        dep=o(r.choice(pools.DEPTS)),
        a=c.name_as(chief, "title"),
        b=c.name_as(staff, "title"),
    )
    d.ln("議事")
    d.ln("（1）" + r.choice(("令和6年度事業報告について", "計画の進捗について", "利用者負担の見直しについて")))
    d.ln("○{n}会長　事務局から説明をお願いします。", n=c.name_as(members[0], "speaker"))
    d.ln("○事務局（{n}課長）　資料1に基づき説明。", n=c.name_as(chief, "speaker"))
    for m in r.sample(members[1:], min(3, len(members) - 1)):
        d.ln(
            "○{n}委員　"
            + r.choice(
                (
                    "相談件数が増えている理由は。",
                    "地区ごとの差が大きいのではないか。",
                    "人材確保の見通しを伺いたい。",
                    "了承します。",
                )
            ),
            n=c.name_as(m, "speaker"),
        )
    d.ln("次回は" + c.other_date("md", 200) + "開催予定。")


def meeting_notes(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln(r.choice(("打合せメモ", "ケース会議 記録", "庁内連絡会 メモ")) + "（" + c.other_date("slash", 30) + "）")
    people = [c.person() for _ in range(r.randint(3, 6))]
    d.t("参加：")
    orgs = list(pools.DEPTS)
    for i, p in enumerate(people):
        if i:
            d.t(r.choice(("、", " / ", "・")))
        if r.random() < 0.5:
            d.t("{n}（{o}）", n=c.name_as(p, "attendance"), o=o(r.choice(orgs)))
        else:
            d.t("{o} {n}", o=o(r.choice(orgs)), n=c.name_as(p, "attendance"))
    d.ln()
    client = c.person()
    d.ln(
        "対象：{n}" + r.choice(("氏", "様", "さん")) + "（{b}）",
        n=c.name(client, ("kanji", "fullwidth_space", "katakana")),
        b=c.val("BIRTH_DATE", BIRTH_INLINE[:8]),
    )
    d.ln(
        "・現状：{r}が同居。{s}",
        r=r.choice(("妻", "長男", "長女")),
        s=r.choice(("日中は独居。", "通所を拒否している。", "滞納が続いている。")),
    )
    d.ln(
        "・{n}課長より、" + r.choice(("次回は家族同席で", "まず電話で", "包括と同行で")) + "対応との指示。",
        n=c.name_as(people[0], "title"),
    )
    d.ln("・連絡先（本人）{t}", t=c.val("PHONE_NUMBER", PHONE_INLINE))
    if r.random() < 0.6:
        d.ln("・{x}", x=c.field("被保険者番号", "CARE_INSURANCE", NUM_INLINE, sep=" "))
    d.ln("・次回：" + c.other_date("md", 5) + " 担当 {n}", n=c.name_as(people[-1], "surname_only"))
    extra(c, d, r.randint(3, 4), "prose")


def volunteer_roster(c: Ctx, d: Doc) -> None:
    r = c.rng
    d.ln(
        "{as} " + r.choice(("見守りボランティア 名簿", "防災訓練 協力者一覧", "子ども食堂 スタッフ連絡網")),
        **{"as": o(r.choice(pools.ASSOCS))},
    )
    d.ln("作成 " + c.other_date("wareki"))
    for i in range(r.randint(4, 7)):
        p = c.person()
        d.ln(
            f"{i + 1}　" + "{n}　{a}　{t}",
            n=c.name(p, ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana")),
            a=c.val("ADDRESS", ("partial", "hyphen", "plain", "banchi_no", "rural")),
            t=c.val("PHONE_NUMBER", ("plain", "spaced", "fullwidth", "paren_area", "long_vowel_dash", "kanji")),
        )
    d.ln("※取扱注意　{m}", m=o(r.choice(pools.DEPTS)))
    d.ln("班長：{n}さん（" + str(r.randint(60, 79)) + "）", n=c.name_as(c.person(), "name_with_age"))
