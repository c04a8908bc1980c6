"""Kinds of property, welfare, health, child care, schools and library work."""

from __future__ import annotations

from .ctx import Ctx, needy, request
from .forms import EXTRA, LABEL, PERSON_INLINE, PERSON_PLAIN
from .places import ALL_CITIES


def vacant_house(c: Ctx) -> None:
    """空き家の所有者調査と相続人調査."""
    request(c)
    b = c.b
    b.line("空き家所有者調査票（{d}）", d=c.org("空き家対策室"))
    b.line("所在地：{a}", a=c.addr(("plain", "banchi_no", "rural", "kanji_num", "hokkaido_jo")))
    owner, po = c.person("", ("full_space", "full_nospace", "variant", "full_zen"))
    b.line("登記名義人：{p}（{y}年死亡）", p=owner, y=str(c.rng.randint(1995, 2024)))
    b.line("相続人調査の結果：")
    for _ in range(c.rng.randint(2, 4)):
        heir, _h = c.person("", ("relation", "full_space", "foreign_katakana", "maiden", "with_age"))
        b.line("・{h}　{a}", h=heir, a=c.addr())
    b.line("添付：{f}_相続関係説明図.pdf", f=c.pname(po, "filename"))
    b.line("次回、{p}の長女へ通知予定（担当 {s}）。", p=c.later(po), s=c.staff())


def farmland(c: Ctx) -> None:
    """農地転用・農業委員会."""
    request(c)
    b = c.b
    b.line("農地法第5条許可申請（{o}）", o=c.org("農業委員会事務局"))
    b.line("譲渡人：{p}　{a}", p=c.person("", PERSON_PLAIN)[0], a=c.addr(("rural", "banchi_no", "plain")))
    b.line("譲受人：{p}（{o}代表）", p=c.person("", PERSON_PLAIN)[0], o=c.org())
    b.line("{t}", t=c.field("PHONE_NUMBER"))
    b.line("転用目的：{x}　面積{n}㎡", x=c.choice(("駐車場", "資材置場", "住宅")), n=str(c.rng.randint(120, 990)))
    b.line("現地確認：{p}委員、{q}委員", p=c.pname(c.new("ja"), "title"), q=c.pname(c.new("ja"), "title"))


def cemetery(c: Ctx) -> None:
    """墓地・霊園使用者 (table)."""
    request(c)
    b = c.b
    b.line("{o} 使用者一覧（承継手続中）", o=c.org(f"市営{c.choice(('東雲', '白鷺', '松風'))}霊園"))
    b.line("区画,使用者,住所,電話,承継予定者")
    for _ in range(c.rng.randint(3, 4)):
        b.add("{k}-{n},", k=c.choice("ABCDE"), n=str(c.rng.randint(1, 300)))
        b.add("{p},", p=c.pname(c.new(), "cell"))
        b.add("{a},", a=c.ctxval("ADDRESS", "csv_field"))
        b.add("{t},", t=c.ctxval("PHONE_NUMBER", "cell"))
        b.line("{p}", p=c.pname(c.new(), "cell"))


def guardianship(c: Ctx) -> None:
    """成年後見の市長申立 (prose)."""
    request(c)
    b = c.b
    p, pp = c.person("さん", PERSON_INLINE)
    b.add("本人{p}は{a}で独居。", p=p, a=c.addr())
    b.add("{h}に入院中で、認知症が進行し金銭管理が困難となった。", h=c.org())
    b.add("{d}の{s}が親族調査を行ったが、", d=c.dept(), s=c.staff())
    b.add(
        "唯一の親族である{r}は{n}在住で関与を拒否。",
        r=c.person("", ("relation",))[0],
        n=c.loc(c.choice(("ブラジル", "アメリカ", "ネパール"))),
    )
    b.add("{p}の年金は{y}、", p=c.later(pp), y=c.field("PENSION_NUMBER"))
    b.add("介護保険は{k}。", k=c.field("CARE_INSURANCE"))
    b.line("市長申立の要件を満たすと判断し、候補者として{l}を推薦する。", l=c.person("", ("title", "full_space"))[0])


def evacuation_roster(c: Ctx) -> None:
    """避難行動要支援者名簿 (table)."""
    request(c, "名簿の抜けを確認して")
    b = c.b
    b.line("避難行動要支援者名簿（{o}自治会）", o=c.loc(c.rng.choice(ALL_CITIES).name))
    cols = c.least(EXTRA, "cell", 3)
    b.line("| 氏名 | 住所 | " + " | ".join(LABEL[e][0] for e in cols) + " | 支援者 |")
    b.line("|---|---|" + "---|" * len(cols) + "---|")
    for _ in range(c.rng.randint(3, 4)):
        b.add("| {p} | {a} |", p=c.pname(c.new(), "cell"), a=c.ctxval("ADDRESS", "cell"))
        for e in cols:
            b.add(" {v} |", v=c.ctxval(e, "cell"))
        b.line(" {s} |", s=c.pname(c.new(), "cell"))


def missing_broadcast(c: Ctx) -> None:
    """認知症の行方不明者の防災無線放送文 (prose)."""
    request(c, "放送文として読みやすく直して")
    b = c.b
    p, pp = c.person("さん", ("full_space", "full_nospace", "hiragana", "with_age", "katakana"))
    b.line("こちらは、{o}です。", o=c.org(f"{c.rng.choice(ALL_CITIES).name}役所"))
    b.add("行方不明者のお知らせをします。{a}にお住まいの{p}が、", a=c.addr(("partial", "abbrev", "ward")), p=p)
    b.line("昨日午後から行方不明になっています。")
    b.line(
        "特徴は、身長{h}センチくらい、{x}です。",
        h=str(c.rng.randint(140, 175)),
        x=c.choice(("白髪で紺色の上着", "灰色のズボンに帽子", "杖をついている")),
    )
    b.line(
        "お心当たりの方は、{o}、{t}までご連絡ください。",
        o=c.org(f"{c.choice(('中央', '東', '西'))}警察署"),
        t=c.num("PHONE_NUMBER", ("spoken", "hyphen", "kanji")),
    )
    b.line("繰り返します。{p}を探しています。", p=c.later(pp))


def watch_visit(c: Ctx) -> None:
    """見守り訪問記録 (prose)."""
    request(c)
    b = c.b
    p, pp = c.person("さん", PERSON_INLINE)
    b.add(
        "{m}月{d}日、{s}と民生委員の{v}で{p}宅を訪問。",
        m=str(c.rng.randint(1, 12)),
        d=str(c.rng.randint(1, 28)),
        s=c.staff(),
        v=c.pname(c.new("ja"), "title"),
        p=p,
    )
    b.add("{r}が同席。", r=c.person("", ("relation", "given_only", "couple"))[0])
    b.add("{p}は足の痛みを訴えたが食事は取れている。", p=c.later(pp))
    b.add("郵便受けに{o}からの通知がたまっていた。", o=c.org())
    b.line("次回は{h}の{n}と同行する。", h=c.org("地域包括支援センター"), n=c.pname(c.new(), "title"))
    if c.rng.random() < 0.7:
        b.line("緊急連絡先：{t}", t=c.num("PHONE_NUMBER", ("hyphen", "choon", "fullwidth", "dotted", "mixed_width")))


def vaccination(c: Ctx) -> None:
    """予防接種予診票."""
    request(c, "予診票の記入漏れを確認して")
    b = c.b
    b.line("予防接種予診票（{x}）　{o}", x=c.choice(("MR", "四種混合", "高齢者インフルエンザ", "HPV")), o=c.org())
    b.line("受ける人の氏名：{p}", p=c.person("", ("hiragana", "katakana", "ruby", "full_space", "hankaku"))[0])
    b.line("{d}", d=c.field("BIRTH_DATE"))
    b.line("保護者氏名：{p}", p=c.person("", PERSON_PLAIN)[0])
    b.line("{a}", a=c.addr_line("住所"))
    b.line("{t}", t=c.field(needy(c, 1, ("PHONE_NUMBER", "HEALTH_INSURANCE"))[0]))
    b.line("体温 {t}℃　医師署名 {m}", t=f"36.{c.rng.randint(1, 9)}", m=c.pname(c.new("ja"), "title"))


def boshi_techo(c: Ctx) -> None:
    """母子健康手帳の交付面談 (talk)."""
    request(c)
    b = c.b
    p, pp = c.person("さん", (*PERSON_PLAIN, "foreign_katakana", "cjk_kanji"))
    b.line("保健師：{p}、おめでとうございます。出産予定日はいつですか。", p=p)
    b.line("妊婦：{m}月です。", m=str(c.rng.randint(1, 12)))
    b.line("保健師：ご本人の生年月日も教えてください。")
    b.line("妊婦：{d}です。", d=c.bdate(("spoken", "wareki", "plain", "english", "era_short")))
    b.line("保健師：パートナーさんのお名前は。")
    b.line(
        "妊婦：{q}です。日中は{t}に。",
        q=c.person("", PERSON_PLAIN)[0],
        t=c.num("PHONE_NUMBER", ("spoken", "half_kana", "dictated", "nohyphen", "hyphen")),
    )
    b.line(
        "保健師：{p}、手帳と{o}の案内をお渡しします。（記録 {s}）",
        p=c.later(pp),
        o=c.org("子ども家庭センター"),
        s=c.staff(),
    )


def nursery(c: Ctx) -> None:
    """保育所入所申込・待機."""
    request(c)
    b = c.b
    b.line("保育所入所申込（待機状況）{d}", d=c.dept())
    b.line(
        "児童：{p}（{a}歳児）",
        p=c.person("", ("given_only", "hiragana", "ruby", "full_space"))[0],
        a=str(c.rng.randint(0, 5)),
    )
    b.line("{d}", d=c.field("BIRTH_DATE"))
    b.line("保護者：{p}、{q}", p=c.person("", PERSON_PLAIN)[0], q=c.person("", PERSON_PLAIN)[0])
    b.line("{a}", a=c.addr_line("住所"))
    b.line("第1希望：{o}　第2希望：{q}", o=c.org(), q=c.org())
    b.line("{t}", t=c.field(needy(c, 1, ("PHONE_NUMBER", "EMAIL_ADDRESS", "MY_NUMBER"))[0]))
    b.line("指数{n}点、待機{m}位。", n=str(c.rng.randint(40, 120)), m=str(c.rng.randint(1, 30)))


def school_aid(c: Ctx) -> None:
    """就学援助・学童保育の申請."""
    request(c)
    b = c.b
    b.line("{x}申請書　{o}", x=c.choice(("就学援助", "学童保育入所")), o=c.org())
    b.line(
        "児童生徒：{p}（{s}）",
        p=c.person("", ("full_space", "hiragana", "katakana", "given_only", "reading_paren"))[0],
        s=c.org(),
    )
    b.line("保護者：{p}", p=c.person("", PERSON_PLAIN)[0])
    b.line("{a}", a=c.addr_line("住所"))
    for e in needy(c, 2, ("PHONE_NUMBER", "BANK_ACCOUNT", "MY_NUMBER", "EMAIL_ADDRESS")):
        if e == "BANK_ACCOUNT":
            bk, br = c.bank()
            b.line("振込口座：{bk} {br} 普通 {n}", bk=bk, br=br, n=c.num("BANK_ACCOUNT"))
        else:
            b.line("{f}", f=c.field(e))


def library_overdue(c: Ctx) -> None:
    """図書館の延滞督促メール."""
    request(c)
    b = c.b
    p, _pp = c.person("様", PERSON_PLAIN)
    b.line("To: {m}", m=c.email(None, ("angle", "plain", "mailto")))
    b.line("件名：【{o}】返却期限を過ぎた資料について", o=c.org("中央図書館"))
    b.line("{p}", p=p)
    b.line(
        "貸出中の「{t}」（ISBN 978-4-{n}）の返却期限が過ぎています。",
        t=c.choice(("郷土の川", "星のしずく", "台所の科学")),
        n=f"{c.rng.randint(10, 99)}-{c.rng.randint(100000, 999999)}-{c.rng.randint(0, 9)}",
    )
    b.line("利用者番号 {n} / {t}", n=str(c.rng.randint(10000000, 99999999)), t=c.field("PHONE_NUMBER"))
    b.line("{s}", s=c.pname(c.new("ja"), "signature"))


def facility_booking(c: Ctx) -> None:
    """施設予約."""
    request(c)
    b = c.b
    b.line("施設予約確認（{o}）", o=c.org())
    b.line(
        "団体名：{g}　代表者：{p}",
        g=c.choice(("若葉太極拳の会", "ひばり合唱団", "椿囲碁クラブ")),
        p=c.person("", PERSON_PLAIN)[0],
    )
    b.line(
        "利用日：{m}月{d}日 13:00-17:00　{r}",
        m=str(c.rng.randint(1, 12)),
        d=str(c.rng.randint(1, 28)),
        r=c.choice(("第1会議室", "和室", "体育室")),
    )
    b.line("{t}", t=c.field(needy(c, 1, ("PHONE_NUMBER", "EMAIL_ADDRESS"))[0]))
    b.line("{t}", t=c.field(needy(c, 1, ("CREDIT_CARD", "POSTAL_CODE"))[0]))
