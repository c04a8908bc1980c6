"""Document families: 防災・危機管理, 上下水道, 固定資産税・空き家対策."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.ninth import pools
from tests.eval.ninth.forms import other_date
from tests.eval.ninth.people import Ctx, loc, org

SUPPORT_IDS = ("CARE_INSURANCE", "DISABILITY_CERTIFICATE", "HEALTH_INSURANCE", "PHONE_NUMBER")


def evac_roster(ctx: Ctx, b: Builder) -> None:
    """避難行動要支援者名簿: a table with column headers, values under them."""
    district = ctx.choice(pools.DISTRICTS)
    b.line(
        "【避難行動要支援者名簿（{d}）抜粋】 作成：{o}　更新日 {u}",
        d=loc(district),
        o=org(ctx.choice(pools.DEPARTMENTS[:2])),
        u=other_date(ctx.rng),
    )
    extra = ctx.neediest(SUPPORT_IDS[:3])
    head = {"CARE_INSURANCE": "介護保険番号", "DISABILITY_CERTIFICATE": "手帳番号", "HEALTH_INSURANCE": "保険者番号"}[
        extra
    ]
    b.line(f"No.\t氏名\tふりがな\t生年月日\t住所\t電話\t{head}\t避難支援者")
    for i in range(ctx.rng.randrange(2, 4)):
        p = ctx.person(foreign=False)
        helper = ctx.person()
        b.line(
            "{i}\t{n}\t{k}\t{bd}\t{a}\t{t}\t{x}\t{h}",
            i=str(i + 1),
            n=ctx.name(p, ("kanji", "fullwidth_space")),
            k=ctx.kana(p),
            bd=ctx.birth(),
            a=ctx.addr(ctx.address()),
            t=ctx.num("PHONE_NUMBER"),
            x=ctx.num(extra),
            h=ctx.name(helper),
        )
    b.line("※要介護度・障害の状況は別紙。{r}沿いの世帯は優先して確認。", r=loc(ctx.choice(pools.RIVERS)))


def safety_log(ctx: Ctx, b: Builder) -> None:
    """安否確認の記録: running notes with times, surnames on later mentions."""
    shelter = ctx.choice(pools.FACILITIES)
    b.line("安否確認記録　{d}　{o}", d=other_date(ctx.rng), o=org(ctx.choice(pools.DEPARTMENTS[:2])))
    for _ in range(ctx.rng.randrange(2, 4)):
        p = ctx.person()
        hh = f"{ctx.rng.randrange(6, 22)}:{ctx.rng.choice(('00', '15', '30', '45', '05'))}"
        b.line("{hh} {n}（{a}）宅を訪問、応答なし。", hh=hh, n=ctx.name(p), a=ctx.addr(ctx.address()))
        b.line(
            "　　 隣家の{m}さんによると、{s}さんは{sh}に避難済みとのこと。本人携帯 {t} に架電し無事を確認。",
            m=ctx.sur(ctx.person(foreign=False)),
            s=ctx.sur(p),
            sh=loc(shelter),
            t=ctx.num("PHONE_NUMBER"),
        )
    c = ctx.person(foreign=False)
    b.line("記録者：{c}（{o}）", c=ctx.titled(c, before=ctx.choice(("防災課", "危機管理室"))), o=org("消防団第3分団"))


def shelter_reception(ctx: Ctx, b: Builder) -> None:
    """避難所の受付簿: one entry per block, some foreign residents with their card."""
    shelter = ctx.choice(pools.FACILITIES)
    b.line("{s} 避難所受付簿（{d} 開設）", s=loc(shelter), d=other_date(ctx.rng))
    for _ in range(ctx.rng.randrange(2, 4)):
        p = ctx.person()
        b.line("――――――――")
        b.line("氏名　{n}", n=ctx.name(p))
        if p.foreign:
            b.line(
                "国籍 {c}　{x}",
                c=loc(p.nation),
                x=ctx.labelled(ctx.neediest(("RESIDENCE_CARD", "PASSPORT")), style="full"),
            )
        else:
            b.line("生年月日 {bd}", bd=ctx.birth())
        b.line("住所　{a}", a=ctx.addr(ctx.address()))
        b.line(
            "連絡先 {t}　同行者 {k}名　ペット {pp}",
            t=ctx.num("PHONE_NUMBER"),
            k=str(ctx.rng.randrange(0, 4)),
            pp=ctx.choice(("なし", "犬1", "猫1")),
        )
        if ctx.rng.random() < 0.5:
            b.line("服薬あり（お薬手帳持参）　{x}", x=ctx.labelled(ctx.neediest(SUPPORT_IDS[:3])))
    b.line("受付担当：{n}", n=ctx.titled(ctx.person(foreign=False), title="主事"))


def water_open_close(ctx: Ctx, b: Builder) -> None:
    """開栓・閉栓の申込."""
    p = ctx.person()
    kind = ctx.choice(("開栓", "閉栓", "名義変更"))
    b.line("{o} {k}申込（電話受付）", o=org(ctx.choice(("上下水道局料金課", "水道課"))), k=kind)
    b.line("受付日：{d}　{k}希望日：{d2}", d=other_date(ctx.rng), k=kind, d2=other_date(ctx.rng))
    b.line("使用場所：{pc} {a}", pc=("〒", ctx.num("POSTAL_CODE")), a=ctx.addr(ctx.address()))
    b.line("申込者：{n} 様", n=ctx.name(p))
    b.line("連絡先：{t}", t=ctx.labelled("PHONE_NUMBER", style=ctx.choice(("none", "after", "abbr"))))
    if kind != "閉栓":
        bank = ctx.choice(pools.BANKS)
        b.line(
            "口座振替：{bk} {br} 普通 {acc}", bk=org(bank), br=ctx.choice(pools.BRANCHES), acc=ctx.num("BANK_ACCOUNT")
        )
    else:
        b.line("精算金は最終検針後に{n}様へ送付。転居先：{a}", n=ctx.sur(p), a=ctx.addr(ctx.address()))
    b.line("メモ：{c}が現地確認予定。", c=org(ctx.choice(pools.COMPANIES[:6])))


def water_leak(ctx: Ctx, b: Builder) -> None:
    """漏水の連絡: chat-like report with a contractor named after its founder."""
    p = ctx.person(foreign=False)
    comp = ctx.choice(pools.COMPANIES)
    b.line("{d} 漏水通報まとめ", d=other_date(ctx.rng))
    b.line(
        "{a}の{n}さんから、メーター付近から水が噴き出していると連絡あり（{t}）。",
        a=ctx.addr(ctx.address(), forms=("plain", "hyphen", "partial", "building_room", "kanji_numerals")),
        n=ctx.name(p, ("kanji", "kana")),
        t=ctx.num("PHONE_NUMBER"),
    )
    b.line(
        "{c}に修繕依頼済み。{s}さんは日中不在のため、鍵は隣の{s2}さん宅に預けるとのこと。",
        c=org(comp),
        s=ctx.sur(p),
        s2=ctx.sur(ctx.person(foreign=False)),
    )
    b.line("減免申請書は{e}あてに送付してほしいとの希望。", e=ctx.email(p))
    b.line("担当 {w}", w=ctx.titled(ctx.person(foreign=False), before="水道課"))


def water_arrears(ctx: Ctx, b: Builder) -> None:
    """料金滞納者一覧."""
    b.line("水道料金 滞納者一覧（{m}期分）　{o}", m=str(ctx.rng.randrange(1, 7)), o=org("上下水道局料金課"))
    b.line("氏名｜給水場所｜滞納額｜電話｜備考")
    for _ in range(ctx.rng.randrange(2, 5)):
        p = ctx.person()
        note = ctx.choice(("分納誓約あり", "給水停止予告済", "転居先不明", "生活保護相談へ案内"))
        b.line(
            "{n}｜{a}｜{y}円｜{t}｜{note}",
            n=ctx.name(p),
            a=ctx.addr(ctx.address()),
            y=f"{ctx.rng.randrange(3, 90) * 1000 + ctx.rng.randrange(0, 999):,}",
            t=ctx.num("PHONE_NUMBER"),
            note=note,
        )
    p = ctx.person(foreign=False)
    b.line(
        "分納の引落口座（{s}様）：{bk} {x}",
        s=ctx.sur(p),
        bk=org(ctx.choice(pools.BANKS)),
        x=ctx.labelled("BANK_ACCOUNT", style=ctx.choice(("full", "after", "none"))),
    )


def owner_survey(ctx: Ctx, b: Builder) -> None:
    """固定資産 所有者調査・相続人の照会."""
    dead = ctx.person(foreign=False)
    b.line("{o} 相続人調査メモ", o=org(ctx.choice(("資産税課", "空き家対策室", "税務課"))))
    b.line(
        "登記名義人：{n}（{bd}生、{d}死亡）",
        n=ctx.name(dead, ("kanji", "fullwidth_space")),
        bd=ctx.birth(),
        d=other_date(ctx.rng),
    )
    b.line("所在（地番）：{a}", a=ctx.addr(ctx.address(), forms=("rural", "rural", "plain", "kanji_numerals")))
    b.line("登記の写しでは、持分は{s}家の長男と次女。戸籍照会の結果、相続人は以下のとおり。", s=ctx.sur(dead))
    for rel in ctx.rng.sample(("長男", "次女", "妻", "孫（代襲）", "長女"), ctx.rng.randrange(2, 4)):
        h = ctx.person(foreign=False)
        b.line("・{r} {n}　{a}　{bd}", r=rel, n=ctx.name(h), a=ctx.addr(ctx.address()), bd=ctx.birth())
    b.line(
        "{j}経由で照会文を送付予定。{l}の評価額は前年度と同じ。",
        j=org(ctx.choice((*pools.COMPANIES[8:9], "村田司法書士事務所"))),
        l=loc(ctx.choice(pools.DISTRICTS)),
    )


def vacant_house(ctx: Ctx, b: Builder) -> None:
    """空き家の苦情と所有者への連絡."""
    owner = ctx.person()
    neigh = ctx.person(foreign=False)
    b.line("空き家相談記録　{d}", d=other_date(ctx.rng))
    b.line(
        "相談者：{n}（近隣住民）　住所 {a}　TEL {t}",
        n=ctx.name(neigh),
        a=ctx.addr(ctx.address()),
        t=ctx.num("PHONE_NUMBER"),
    )
    b.line(
        "対象家屋：{a}。屋根瓦が落ちかけ、{s}へ向かう通学路に面している。",
        a=ctx.addr(ctx.address()),
        s=loc(ctx.choice(pools.STATIONS)),
    )
    b.line(
        "所有者は{n}で県外在住。納税通知書の送付先は{pc} {a}。",
        n=ctx.prose(owner),
        pc=("〒", ctx.num("POSTAL_CODE")),
        a=ctx.addr(ctx.address(), forms=("line_broken", "building_room", "fullwidth")),
    )
    b.line("{s}氏には過去に{e}で連絡した記録あり。", s=ctx.sur(owner), e=ctx.email(owner))


FAMILIES_A = {
    "disaster_evac_roster": evac_roster,
    "disaster_safety_log": safety_log,
    "disaster_shelter_reception": shelter_reception,
    "water_open_close": water_open_close,
    "water_leak": water_leak,
    "water_arrears": water_arrears,
    "tax_owner_survey": owner_survey,
    "tax_vacant_house": vacant_house,
}
