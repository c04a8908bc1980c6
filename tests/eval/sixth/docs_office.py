"""Filled forms, e-mails and bank / payment records."""

# Japanese template text counts double width for the line-length rule; the data reads better unwrapped.
# ruff: noqa: E501

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.sixth import pools
from tests.eval.sixth.core import Gen

FORM_TITLES = ["転入届", "児童手当認定請求書", "保育所入所申込書", "国民健康保険 加入届", "後期高齢者医療 被保険者証再交付申請書",
               "住民票の写し等交付申請書", "公営住宅入居申込書", "粗大ごみ収集申込", "期日前投票 宣誓書", "水道使用開始届",
               "市民税・県民税 申告書", "図書館利用登録申請書", "就学援助申請書"]


def form(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    p = g.person(foreign=0.12)
    pl = g.place()
    title = rng.choice(FORM_TITLES)
    mode = rng.randrange(5)
    ids = g.ent(["MY_NUMBER", "HEALTH_INSURANCE", "PENSION_NUMBER", "RESIDENT_CODE", "CARE_INSURANCE",
                 "DRIVER_LICENSE", "BANK_ACCOUNT", "PASSPORT", "RESIDENCE_CARD", "CREDIT_CARD",
                 "DISABILITY_CERTIFICATE"], 3)
    lab = {"MY_NUMBER": "個人番号", "HEALTH_INSURANCE": "被保険者証 記号・番号", "PENSION_NUMBER": "基礎年金番号",
           "RESIDENT_CODE": "住民票コード", "CARE_INSURANCE": "介護保険被保険者番号", "DRIVER_LICENSE": "運転免許証番号",
           "BANK_ACCOUNT": "口座番号", "PASSPORT": "旅券番号", "RESIDENCE_CARD": "在留カード番号",
           "CREDIT_CARD": "クレジットカード番号", "DISABILITY_CERTIFICATE": "障害者手帳番号"}
    if mode == 0:
        b.line("■{title}", title=title)
        b.line("氏名：{n}", n=g.name(p))
        if rng.random() < 0.5:
            b.line("フリガナ：{k}", k=g.name(p, "kana") if not p.foreign else g.name(p, "foreign_katakana"))
        b.line("生年月日：{bd}", bd=g.birth())
        b.line("郵便番号：{z}", z=g.num("POSTAL_CODE", pl=pl))
        b.line("住所：{ad}", ad=g.address(pl))
        if rng.random() < 0.5:
            b.line("電話番号：{tel}", tel=g.phone(pl=pl))
        else:
            b.line("電話番号：（未記入）")
        for e in ids:
            b.line("{l}：{v}", l=lab[e], v=g.num(e))
        b.line("提出先：{d}", d=g.org(rng.choice(pools.DEPTS)))
    elif mode == 1:
        b.line("| 項目 | 記入内容 |")
        b.line("|---|---|")
        b.line("| 申請書 | {t} |", t=title)
        b.line("| 氏名 | {n} |", n=g.name(p, rng.choice(["kanji", "fullwidth_space"]) if not p.foreign else None))
        b.line("| 生年月日 | {bd} |", bd=g.birth())
        b.line("| 住所 | 〒{z} {ad} |", z=g.num("POSTAL_CODE", pl=pl), ad=g.address(pl))
        b.line("| 連絡先 | {tel} |", tel=g.phone())
        for e in ids:
            b.line("| {l} | {v} |", l=lab[e], v=g.num(e))
        if rng.random() < 0.4:
            b.line("| 受付 | {s} |", s=g.name(g.person(), "surname_only"))
    elif mode == 2:
        b.line("世帯員一覧（{t}）", t=title)
        b.line("続柄\t氏名\t生年月日\t個人番号")
        for rel in rng.sample(["世帯主", "妻", "夫", "長男", "長女", "次女", "母"], rng.randint(2, 3)):
            q = g.person(foreign=0.1)
            b.line("{r}\t{n}\t{bd}\t{mn}", r=rel, n=g.name(q), bd=g.birth(natural=("slash", "seireki")),
                   mn=g.num("MY_NUMBER", natural=("plain", "nohyphen")))
        b.line("備考\t{l} {v}", l=lab[ids[0]], v=g.num(ids[0]))
    elif mode == 4:
        b.line("{fac} 避難者名簿（{m}月{d}日 {h}時現在）", fac=g.loc(rng.choice(["東原公民館", "総合体育館", "南台地区センター"])),
               m=str(rng.randint(1, 12)), d=str(rng.randint(1, 28)), h=str(rng.randint(6, 22)))
        b.line("No.,氏名,年齢,世帯人数,連絡先,備考")
        for i in range(3):
            q = g.person(foreign=0.15)
            b.line("{i},{n},{a},{h},{tel},{x}", i=str(i + 1), n=g.name(q), a=str(rng.randint(1, 95)),
                   h=str(rng.randint(1, 5)), tel=g.phone("mobile") if i != 1 else "なし", x=rng.choice(["", "車中泊", "要介護", "ペット同伴", "通訳必要"]))
        b.line("備考：{l} {v} の方は福祉避難所へ移送予定", l=lab[ids[0]], v=g.num(ids[0]))
    else:
        b.line("CSVで申込データ送ります、取り込みお願いします！")
        b.line("受付番号,氏名,電話,住所,品目")
        for _ in range(3):
            q = g.person()
            no = f"R{rng.randint(6, 8)}-{rng.randint(100, 999)}"
            b.line("{no},{n},{tel},{ad},{item}", no=no, n=g.name(q, rng.choice(["kanji", "kana"])),
                   tel=g.phone(natural=("plain", "nohyphen")), ad=g.address(natural=("hyphen",)),
                   item=rng.choice(["ソファ", "自転車", "タンス", "電子レンジ台"]))
    return b


def email(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    sender, to = g.person(), g.person(foreign=0.1)
    dept = rng.choice(pools.DEPTS)
    mode = rng.randrange(4)
    if mode == 3:
        subject, dept = rng.choice([("ごみ出しのルール", "環境政策課"), ("児童手当の振込日", "子育て支援課"),
                                    ("住民税の納付書", "納税課"), ("保育園の空き状況", "保育課")])
        b.line("件名：{x}について", x=subject)
        b.line()
        b.line("{d} 御中", d=g.org(dept))
        b.line("{x}について教えてください。先月{city}に引っ越してきました。", x=rng.choice(["手続き", "必要書類", "窓口の場所"]),
               city=g.loc(g.place().city))
        b.line("よろしくお願いします。")
        b.line()
        b.line("{n}", n=g.name(to))
        b.line("{m}", m=g.email(to))
        return b
    if mode == 0:
        b.line("{n}様", n=g.name(to, rng.choice(["kanji", "fullwidth_space"]) if not to.foreign else None))
        b.line()
        b.line("いつもお世話になっております。{d}の{s}です。", d=g.org(dept), s=g.name(sender, "surname_only"))
        b.line("先日ご提出いただいた申請書について、{x}の記載が確認できませんでした。",
               x=rng.choice(["生年月日", "振込先口座", "被保険者番号", "世帯員の個人番号"]))
        if True:
            e = g.ent(["HEALTH_INSURANCE", "BANK_ACCOUNT", "PENSION_NUMBER", "CARE_INSURANCE", "CREDIT_CARD",
                       "DISABILITY_CERTIFICATE"])[0]
            b.line("お手元の控えでは {v} となっておりますが、お間違いないでしょうか。", v=g.num(e))
        b.line("お手数ですが、下記までご連絡ください。")
    elif mode == 1:
        b.line("件名：Re: 転居後の書類送付先について")
        b.line()
        b.line("{d} ご担当者様", d=g.org(dept))
        b.line("お世話になります。{n}です。", n=g.name(to))
        b.line("送付先を下記に変更してください。")
        b.line("〒{z}", z=g.num("POSTAL_CODE"))
        b.line("{ad}", ad=g.address())
        lab, v = g.some_id()
        b.line("念のため{l}も書いておきます：{v}", l=lab, v=v)
        b.line("日中は携帯（{tel}）につながります。メールは {m} でも大丈夫です。", tel=g.phone("mobile"), m=g.email(to))
        b.line()
        b.line("{n}", n=g.name(to, "kanji" if not to.foreign else "romanized"))
    else:
        b.line("各位")
        b.line("{fac}の利用調整について、{s}{t}から連絡がありましたので共有します。", fac=g.loc(rng.choice(pools.FACILITIES)),
               s=g.name(g.person(), "title"), t=rng.choice(["課長", "所長", "室長"]))
        b.line("詳細は{org}の{n}さんに確認してください。", org=g.org(rng.choice(pools.COMPANIES)), n=g.name(g.person()))
    b.line()
    b.line("――――――――――――――――")
    b.line("{city}役所　{d}", city=g.loc(g.place().city), d=g.org(dept))
    b.line("{s}", s=g.name(sender, rng.choice(["kanji", "fullwidth_space"])))
    if rng.random() < 0.45:
        b.line("TEL {tel}（直通）", tel=g.phone("fixed"))
    else:
        b.line("内線 {n}", n=str(rng.randint(2000, 4999)))
    b.line("Mail {m}", m=g.email(sender, staff=True))
    return b


def bank(g: Gen) -> Builder:
    b, rng = Builder(), g.rng
    p = g.person(foreign=0.08)
    bk = rng.choice(pools.BANKS)[0]
    mode = rng.randrange(4)
    if mode == 0:
        b.line("口座振替依頼書（{x}）", x=rng.choice(["市県民税", "国民健康保険税", "保育料", "水道料金", "介護保険料"]))
        b.line("預金者氏名　{n}", n=g.name(p))
        b.line("フリガナ　{k}", k=g.name(p, "kana") if not p.foreign else g.name(p, "foreign_katakana"))
        if bk == "ゆうちょ銀行":
            b.line("金融機関　{bk}　記号・番号　{a}", bk=g.org(bk), a=g.num("BANK_ACCOUNT", sub="yucho"))
        else:
            b.line("金融機関　{bk}　{br}", bk=g.org(bk), br=g.org(rng.choice(pools.BRANCHES)))
            b.line("預金種目　普通　口座番号　{a}", a=g.num("BANK_ACCOUNT", sub="acct"))
        b.line("納付者電話　{tel}", tel=g.phone())
        lab, v = g.some_id(["MY_NUMBER", "CARE_INSURANCE", "HEALTH_INSURANCE", "PENSION_NUMBER", "CREDIT_CARD"])
        b.line("{l}　{v}", l=lab, v=v)
    elif mode == 1:
        b.line("還付金振込先確認　{y}年度", y=str(rng.randint(2024, 2026)))
        b.line("対象者：{n}　生年月日：{bd}", n=g.name(p), bd=g.birth())
        b.line("振込先：{bk}（店番・口座番号 {a}）", bk=g.org(bk), a=g.num("BANK_ACCOUNT", sub="branch"))
        b.line("還付額：{amt}円", amt=f"{rng.randint(1, 90) * 1000 + rng.randint(0, 999):,}")
        lab, v = g.some_id()
        b.line("本人確認：{l} {v}", l=lab, v=v)
    elif mode == 2:
        b.line("給付金　支給決定一覧（抜粋）")
        b.line("No\t氏名\t金融機関\t口座番号\t支給額")
        for i in range(3):
            q = g.person(foreign=0.1)
            b.line("{i}\t{n}\t{bk}\t{a}\t100,000", i=str(i + 1), n=g.name(q), bk=g.org(rng.choice(pools.BANKS)[0]),
                   a=g.num("BANK_ACCOUNT", natural=("plain", "nohyphen")))
    else:
        b.line("クレジットカード納付の申込内容（{x}）", x=rng.choice(["ふるさと納税", "軽自動車税", "施設使用料"]))
        b.line("名義：{r}", r=g.name(p, "romanized"))
        b.line("カード番号：{c}", c=g.num("CREDIT_CARD"))
        b.line("有効期限：{m:02d}/{y}".replace("{m:02d}", f"{rng.randint(1, 12):02d}"), y=str(rng.randint(27, 31)))
        b.line("連絡先メール：{m}", m=g.email(p))
    return b
