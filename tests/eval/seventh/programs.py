"""Logs that leaked a record, prompts wrapping records, code and configuration with test data."""

from __future__ import annotations

from tests.eval.seventh.common import COMPANIES, DEPTS, B, clock, extra_ids, person
from tests.eval.seventh.ctx import Ctx
from tests.eval.seventh.forms import MACHINE_NUM
from tests.eval.seventh.records import IDS, KEYS, Rec


def log(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    times = clock(ctx)
    mode = ctx.choice(["app", "app", "mail", "trace"])
    svc = ctx.choice(["jukyu-batch", "kokuho-api", "zeimu-sync", "hoiku-web", "gw-proxy", "rpa-runner"])
    if mode == "app":
        for _ in range(r.randint(2, 4)):
            p = person(ctx, 0.2)
            fam = ctx.least(ctx.fit(p, IDS))
            key = KEYS[fam][0]
            lvl = ctx.choice(["ERROR", "WARN", "INFO"])
            b.line(
                "{ts},{ms} {lvl} [{svc}] update failed for user={n} {k}={v} reason={why}",
                ts=times.pop(0),
                ms=f"{r.randint(0, 999):03d}",
                lvl=lvl,
                svc=svc,
                n=ctx.name(p, ("kanji", "romanized", "kana")),
                k=key,
                v=ctx.num(fam, MACHINE_NUM),
                why=ctx.choice(["duplicate key", "timeout", "check digit"]),
            )
        b.line(
            "{ts} INFO  [{svc}] tenant={c} retry scheduled in {s}s (job_id={j})",
            ts=times.pop(0),
            svc=svc,
            c=ctx.org(ctx.choice(DEPTS)),
            s=r.randint(5, 300),
            j=r.randint(10000, 99999),
        )
    elif mode == "mail":
        p = person(ctx, 0.2)
        b.line(
            "{ts} postfix/smtp[{pid}]: to=<{em}>, relay=none, status=bounced (550 5.1.1 user unknown)",
            ts=times.pop(0),
            pid=r.randint(1000, 30000),
            em=ctx.email(p, ("plain",)),
        )
        b.line(
            "{ts} WARN  [notify] 再送対象: 宛名={n} 電話={ph}",
            ts=times.pop(0),
            n=ctx.name(p, ("kanji", "kana")),
            ph=ctx.phone(MACHINE_NUM),
        )
    else:
        p = person(ctx, 0.2)
        rec = Rec(ctx, p)
        b.line("{ts} ERROR [{svc}] validation error", ts=times.pop(0), svc=svc)
        b.line("Traceback (most recent call last):")
        b.line(
            '  File "/opt/app/{m}/handlers.py", line {ln}, in save_applicant',
            m=svc.replace("-", "_"),
            ln=r.randint(40, 900),
        )
        b.line("    row = normalize(payload)")
        bd, _ = rec.value("birth")
        b.line("ValueError: invalid date {q}{bd}{q} for field 'seinengappi'", q="'", bd=bd)
        fam = ctx.least(ctx.fit(p, IDS))
        v, _ = rec.value(fam)
        b.line(
            "payload={{'shimei': '{n}', '{k}': '{v}', 'tel': '{ph}'}}",
            n=ctx.name(p, ("kanji", "romanized")),
            k=KEYS[fam][0],
            v=v,
            ph=ctx.phone(MACHINE_NUM),
        )
    return b


def prompt(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    mode = ctx.choice(["to_json", "summary", "ocr", "merge"])
    p = person(ctx, 0.2)
    if mode == "to_json":
        b.line("以下の申請データをJSONに変換して。キーは英語で。")
        b.line("```")
        b.line(
            "申請者 {n}（{k}）",
            n=ctx.name(p, ("kanji", "fullwidth_space", "foreign_katakana")),
            k=ctx.name(p, ("kana", "romanized")),
        )
        b.line("生年月日 {bd}", bd=ctx.birth())
        b.line("〒{pc}", pc=ctx.postal())
        b.line("{ad}", ad=ctx.address())
        extra_ids(ctx, b, 3, foreign=p.foreign)
        b.line("```")
    elif mode == "summary":
        b.line("次の表を要約して。個人ごとに一行で、滞納額の多い順に。")
        b.line("")
        b.line("| 氏名 | 電話 | 滞納額 | 備考 |")
        b.line("|------|------|-------:|------|")
        for _ in range(r.randint(2, 4)):
            q = person(ctx, 0.2)
            b.line(
                "| {n} | {ph} | {a} | {note} |",
                n=ctx.name(q, ("kanji", "fullwidth_space", "foreign_katakana")),
                ph=ctx.phone() if ctx.chance(0.4) else "（未登録）",
                a=f"{r.randint(1, 90) * 1000:,}",
                note=ctx.choice(["分納中", "連絡つかず", "", "納付約束あり"]),
            )
    elif mode == "ocr":
        b.line("スキャンした申請書をOCRしたらこうなった。項目ごとに整理して")
        b.line("")
        b.line("|氏 名|{n}|フリガナ|{k}|", n=ctx.name(p, ("kanji", "fullwidth_space")), k=ctx.name(p, "kana"))
        b.line("生年月日")
        b.line("{bd}", bd=ctx.birth())
        b.line("現住所{ad}電話{ph}", ad=ctx.address(), ph=ctx.phone())
        fam = ctx.least(ctx.fit(p, IDS))
        b.line("{lab}", lab=KEYS[fam][2])
        b.line("{v}", v=ctx.num(fam))
        fam2 = ctx.least([f for f in ctx.fit(p, IDS) if f != fam])
        b.line("{lab}{v}", lab=KEYS[fam2][2], v=ctx.num(fam2))
        b.line("|受付印|　|担当|{s}|", s=ctx.name(ctx.jp(), "surname_only"))
    else:
        b.line("システムの差込印刷で出た文面です。もう少しやわらかい表現に直してください。")
        b.line("---")
        b.line("〒{pc}", pc=ctx.postal())
        b.line("{ad}", ad=ctx.address())
        b.line("{n} 様", n=ctx.name(p, ("kanji", "fullwidth_space", "foreign_katakana", "romanized")))
        b.line("")
        b.line("{d}からのお知らせ", d=ctx.org(ctx.choice(DEPTS)))
        fam = ctx.least(("HEALTH_INSURANCE", "CARE_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT"))
        b.line("あなたの番号（{v}）について、下記のとおり通知します。", v=ctx.num(fam))
        b.line("納期限までに納付がない場合は督促状を送付します。")
        b.line("問い合わせ {ph}", ph=ctx.phone(sub="fixed"))
        b.line("---")
    return b


def code(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    mode = ctx.choice(["sql", "python", "yaml", "ini"])
    p = person(ctx, 0.2)
    if mode == "sql":
        b.line("このINSERTがエラーになります。原因を教えてください")
        b.line("INSERT INTO t_jumin (jumin_cd, shimei, shimei_kana, seinengappi, tel, jusho)")
        b.line(
            "VALUES ('{jc}', '{n}', '{k}', '{bd}', '{ph}', '{ad}');",
            jc=ctx.num("RESIDENT_CODE", ("plain", "nohyphen")),
            n=ctx.name(p, ("kanji", "fullwidth_space")),
            k=ctx.name(p, "kana"),
            bd=ctx.birth(("iso", "compact")),
            ph=ctx.phone(("plain", "nohyphen")),
            ad=ctx.address(("plain", "hyphen", "building_room")),
        )
        b.line("ERROR:  value too long for type character varying(10)")
    elif mode == "python":
        fam = ctx.least(ctx.fit(p, IDS))
        b.line("テストが落ちるので直してほしい")
        b.line("```python")
        b.line("def test_register():")
        b.line("    rec = {{")
        b.line('        "name": "{n}",', n=ctx.name(p, ("kanji", "romanized", "foreign_katakana")))
        b.line('        "birth": "{bd}",', bd=ctx.birth(("iso", "slash", "compact")))
        b.line('        "{k}": "{v}",', k=KEYS[fam][1], v=ctx.num(fam, MACHINE_NUM))
        fam2 = ctx.least([f for f in ctx.fit(p, IDS) if f != fam])
        b.line('        "{k}": "{v}",', k=KEYS[fam2][1], v=ctx.num(fam2, MACHINE_NUM))
        b.line('        "user_id": {u},', u=r.randint(1, 5000))
        b.line("    }}")
        b.line("    assert register(rec).status == 201")
        b.line("```")
        b.line("AssertionError: 422 != 201")
    elif mode == "yaml":
        staff = ctx.jp()
        b.line("# 連携設定（{c}）", c=ctx.org(ctx.choice(COMPANIES)))
        b.line("sftp:")
        b.line("  port: {p}", p=ctx.choice(["22", "2222"]))
        b.line("  retry: {n}", n=r.randint(1, 5))
        b.line("contact:")
        b.line("  name: {n}", n=ctx.name(staff, ("kanji", "romanized")))
        b.line("  dept: {d}", d=ctx.org(ctx.choice(DEPTS)))
        if ctx.chance(0.5):
            b.line('  tel: "{ph}"', ph=ctx.phone(MACHINE_NUM))
        b.line("  mail: {em}", em=ctx.email(staff, ("plain",)))
    else:
        staff = ctx.jp()
        b.line("[notify]")
        b.line("enabled = true")
        b.line("timeout_sec = {n}", n=r.randint(5, 60))
        b.line("[owner]")
        b.line("tantousha = {n}", n=ctx.name(staff, ("kanji", "romanized", "fullwidth_space")))
        b.line("renrakusaki = {ph}", ph=ctx.phone(MACHINE_NUM))
        b.line("mail = {em}", em=ctx.email(staff))
    return b
