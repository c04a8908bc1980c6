"""Hard negatives: no personal data at all, but counts, amounts, dates, business and document numbers."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.seventh.common import COMPANIES, DEPTS, FACILITIES, RIVERS, B, clock, iso_now
from tests.eval.seventh.ctx import Ctx
from tests.eval.seventh.values import corporate_number, digits, kanji_digits


def jan(ctx: Ctx) -> str:
    body = "49" + digits(ctx.rng, 10)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _n(ctx: Ctx, lo: int, hi: int) -> str:
    return f"{ctx.rng.randint(lo, hi):,}"


def statistics(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    ci = ctx.city()[1]
    b.line("{c} 人口と世帯（{y}年{m}月1日現在）", c=ctx.loc(ci), y=r.choice([2025, 2026]), m=r.randint(1, 12))
    b.line("区分\t人口\t世帯数\t前月比")
    for area in r.sample(["中央地区", "北部地区", "南部地区", "東部地区", "西部地区", "山間地区"], 4):
        b.line(
            "{a}\t{p}\t{h}\t{d}",
            a=ctx.loc(area),
            p=_n(ctx, 3000, 90000),
            h=_n(ctx, 1000, 40000),
            d=f"{r.choice(['+', '-'])}{r.randint(1, 120)}",
        )
    b.line(
        "外国人住民 {n}人（{k}か国・地域）、うち{nat}が最多。",
        n=_n(ctx, 800, 12000),
        k=r.randint(40, 90),
        nat=ctx.loc(ctx.choice(["ベトナム", "中国", "フィリピン", "ブラジル", "ネパール"])),
    )
    b.line(
        "出生 {a}人、死亡 {d}人、転入 {i}人、転出 {o}人。集計番号 {no}",
        a=r.randint(50, 400),
        d=r.randint(80, 500),
        i=r.randint(200, 2000),
        o=r.randint(200, 2000),
        no=digits(r, 12),
    )
    return b


def notice(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("{d}第{n}号", d=ctx.choice(["福", "税", "市民", "教総"]) + "発", n=r.randint(100, 9999))
    b.line("令和8年{m}月{d}日", m=r.randint(1, 12), d=r.randint(1, 28))
    b.line("関係事業者 各位")
    b.line("{o}長", o=ctx.org(ctx.choice(DEPTS)))
    b.line("")
    b.line("個人番号の取扱いに関する点検の実施について（通知）")
    b.line(
        "行政手続における特定の個人を識別するための番号の利用等に関する法律（平成25年法律第27号）第{a}条に基づき、",
        a=r.randint(9, 29),
    )
    b.line("下記のとおり点検を実施します。申請書のマイナンバー欄は、必ず本人が記入してください。")
    b.line("対象：介護保険事業所番号 {j} ほか{k}事業所", j=digits(r, 10, "1234"), k=r.randint(3, 40))
    b.line("会場：{f} 第{x}会議室（{y}階）", f=ctx.loc(ctx.choice(FACILITIES)), x=r.randint(1, 5), y=r.randint(2, 8))
    b.line("受付番号は {t} です。", t=digits(r, 12, "123456789"))
    return b


def procedure(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("【手続きの流れ】{t}", t=ctx.choice(["児童手当", "国民健康保険の加入", "転入届", "住民票の写しの請求"]))
    b.line("1. 申請書の「個人番号」欄に12桁のマイナンバーを記入してください（例：0000 0000 0000 のような桁数）。")
    b.line("2. 本人確認書類（運転免許証、旅券、在留カードなど）の原本をお持ちください。")
    b.line("3. 口座振込の場合は、申請者名義の口座番号（7桁）がわかるものをご用意ください。")
    b.line(
        "4. 番号札（{a}番〜{z}番）をお取りになり、{o}の窓口でお待ちください。",
        a=r.randint(1, 100),
        z=r.randint(101, 999),
        o=ctx.org(ctx.choice(DEPTS)),
    )
    b.line(
        "手数料：1通{f}円。様式番号 様式第{s}号（第{art}条関係）。",
        f=ctx.choice(["300", "350", "450"]),
        s=r.randint(1, 30),
        art=r.randint(2, 15),
    )
    return b


def budget(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("令和8年度 当初予算（{o}所管分）　単位：千円", o=ctx.org(ctx.choice(DEPTS)))
    b.line("| 事業名 | 予算額 | 前年度 | 増減 |")
    b.line("|---|---:|---:|---:|")
    for item in r.sample(
        [
            "子育て支援事業",
            "地域包括ケア推進",
            "防災行政無線更新",
            "学校給食センター運営",
            f"河川改修（{ctx.choice(RIVERS)}）",
            "DX推進事業",
            "道路維持補修",
        ],
        4,
    ):
        a, p = r.randint(1000, 900000), r.randint(1000, 900000)
        b.line("| {i} | {a} | {p} | {d} |", i=item, a=f"{a:,}", p=f"{p:,}", d=f"{a - p:+,}")
    b.line(
        "契約番号 {c}、{co}（法人番号 {cn}）と契約済み。",
        c=digits(r, 12),
        co=ctx.org(ctx.choice(COMPANIES)),
        cn=corporate_number(r),
    )
    return b


def faq(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("よくある質問")
    b.line("Q. マイナンバーカードの暗証番号を忘れました。")
    b.line(
        "A. {o}で再設定できます。本人確認書類をお持ちください。受付は平日{h}時から。",
        o=ctx.org("市民課"),
        h=r.randint(8, 9),
    )
    b.line("Q. 住民票コードはどこに書いてありますか。")
    b.line("A. 住民票コード通知票に記載された11桁の番号です。電話ではお答えできません。")
    b.line("Q. 保険証の記号・番号を教えてほしい。")
    b.line(
        "A. 個人情報のため窓口でのみご案内しています。{f}の出張窓口もご利用ください。",
        f=ctx.loc(ctx.choice(FACILITIES)),
    )
    b.line("（このページの番号：FAQ-{n}　更新 {d}）", n=r.randint(1000, 9999), d=iso_now(ctx)[:10])
    return b


def minutes(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line(
        "第{n}回 {c}審議会 議事要旨",
        n=r.randint(1, 12),
        c=ctx.choice(["国民健康保険運営", "介護保険事業計画", "情報公開・個人情報保護"]),
    )
    b.line(
        "出席委員 {a}名／欠席 {x}名。事務局：{o}", a=r.randint(8, 15), x=r.randint(0, 3), o=ctx.org(ctx.choice(DEPTS))
    )
    b.line("○会長　定刻となりましたので開会します。")
    b.line(
        "○事務局　資料{s}の{p}ページをご覧ください。保険税率は{t}%、被保険者数は{h}人です。",
        s=r.randint(1, 5),
        p=r.randint(2, 40),
        t=f"{r.randint(5, 12)}.{r.randint(0, 99):02d}",
        h=_n(ctx, 10000, 90000),
    )
    b.line("○委員　個人番号の誤登録が{k}件あったとのことだが、再発防止策は。", k=r.randint(1, 9))
    b.line("○事務局　照合手順を見直し、第{q}四半期から実施します。", q=kanji_digits(str(r.randint(1, 4))))
    return b


def json_neg(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("{{")
    b.line(
        '  "request_id": "{u}",',
        u=f"{r.randrange(16**8):08x}-{r.randrange(16**4):04x}-4{r.randrange(16**3):03x}-"
        f"{r.randrange(16**4):04x}-{r.randrange(16**12):012x}",
    )
    b.line('  "user_id": {n},', n=r.randint(1, 9999))
    b.line('  "count": {n},', n=r.randint(0, 50000))
    b.line('  "order_no": "{o}",', o=digits(r, 12))
    b.line('  "houjin_no": "{c}",', c=corporate_number(r))
    b.line('  "jigyosho_no": "{j}",', j=digits(r, 10, "1234"))
    b.line('  "jan": "{j}",', j=jan(ctx))
    b.line('  "version": "{a}.{b}.{c}",', a=r.randint(1, 9), b=r.randint(0, 30), c=r.randint(0, 99))
    b.line('  "sha256": "{h}",', h=f"{r.getrandbits(256):064x}")
    b.line('  "created_at": "{t}"', t=iso_now(ctx).replace(" ", "T"))
    b.line("}}")
    return b


def csv_neg(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("shisetsu,riyo_kensu,uriage,tracking_no,updated")
    for _ in range(r.randint(3, 8)):
        b.line(
            "{f},{n},{y},{t},{d}",
            f=ctx.loc(ctx.choice(FACILITIES)),
            n=r.randint(0, 3000),
            y=r.randint(0, 999999),
            t=digits(r, 12, "3456"),
            d=iso_now(ctx)[:10],
        )
    return b


def log_neg(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    times = clock(ctx)
    for _ in range(r.randint(3, 6)):
        b.line(
            "{ts} INFO [batch] job={j} processed={n} failed={f} elapsed_ms={e} port={p} build={v}",
            ts=times.pop(0),
            j=r.randint(100000, 999999),
            n=r.randint(0, 99999),
            f=r.randint(0, 9),
            e=r.randint(10, 90000),
            p=ctx.choice(["8080", "5432", "443"]),
            v=f"{r.randint(1, 4)}.{r.randint(0, 20)}.0",
        )
    b.line(
        "{ts} ERROR [batch] receipt_no={x} not found (doc_no=市発第{d}号)",
        ts=times.pop(0),
        x=digits(r, 12),
        d=r.randint(1, 9999),
    )
    return b


def code_neg(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("この関数のテストを書いて。マイナンバーのチェックデジットを検証する関数です。")
    b.line("```python")
    b.line("WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)")
    b.line("def check_digit(body: str) -> int:")
    b.line("    r = sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11")
    b.line("    return 0 if r <= 1 else 11 - r")
    b.line("```")
    b.line("入力は11桁の文字列。タイムアウトは{n}秒、リトライは{k}回で。", n=r.randint(1, 30), k=r.randint(1, 5))
    return b


def care_levels(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("要介護（要支援）認定者数　{y}年{m}月末", y=r.choice([2025, 2026]), m=r.randint(1, 12))
    for lv in ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]:
        b.line("{lv}：{n}人（前年同月比 {p}%）", lv=lv, n=_n(ctx, 300, 6000), p=f"{r.uniform(-5, 9):+.1f}")
    b.line("第1号被保険者数 {n}人。出典：{o}", n=_n(ctx, 30000, 200000), o=ctx.org("介護保険課"))
    return b


def tender(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("入札結果の公表（公告番号 第{y}-{n}号）", y=r.randint(6, 8), n=r.randint(1, 400))
    b.line("件名：{f}空調設備改修工事", f=ctx.loc(ctx.choice(FACILITIES)))
    b.line("予定価格 {a}円（税抜）／落札金額 {c}円", a=_n(ctx, 5_000_000, 90_000_000), c=_n(ctx, 4_000_000, 80_000_000))
    b.line("落札者：{co}（法人番号 {cn}）", co=ctx.org(ctx.choice(COMPANIES)), cn=corporate_number(r))
    b.line(
        "開札日時：令和8年{m}月{d}日 午前{h}時　入札参加者 {k}者",
        m=r.randint(1, 12),
        d=r.randint(1, 28),
        h=r.randint(9, 11),
        k=r.randint(2, 9),
    )
    return b


def sodai_rules(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("粗大ごみの出し方")
    b.line(
        "1. 収集の{d}日前までにインターネットで申し込んでください。受付番号（12桁）が表示されます。", d=r.randint(3, 7)
    )
    b.line(
        "2. 処理券（{a}円・{c}円）をコンビニで購入し、品目ごとに貼ってください。",
        a=r.choice([200, 300]),
        c=r.choice([400, 600, 800]),
    )
    b.line(
        "3. 当日朝{h}時までに指定場所へ。{o}では電話での申込みは受け付けていません。",
        h=r.randint(7, 8),
        o=ctx.org("清掃事務所"),
    )
    b.line("処理券の番号例：No.{n}（番号は品目の確認にのみ使います）", n=digits(r, 10))
    return b


def access_log(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    times = clock(ctx)
    for _ in range(r.randint(4, 7)):
        b.line(
            "{ts} GET /api/v1/applications/{a}/status 200 {ms}ms user_id={u} trace={t}",
            ts=times.pop(0),
            a=digits(r, 12),
            ms=r.randint(3, 900),
            u=r.randint(1, 400),
            t=f"{r.getrandbits(64):016x}",
        )
    b.line(
        '{ts} POST /api/v1/batch/close 500 {ms}ms error="lock timeout after {s}s"',
        ts=times.pop(0),
        ms=r.randint(1000, 30000),
        s=r.randint(10, 60),
    )
    return b


def ddl(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("このテーブル定義をレビューして。個人番号の列は暗号化したい。")
    b.line("CREATE TABLE t_jumin (")
    b.line("  atena_no     BIGINT PRIMARY KEY,")
    b.line("  jumin_cd     CHAR(11) NOT NULL,")
    b.line("  kojin_no     CHAR(12),")
    b.line("  shimei       VARCHAR({n}),", n=r.choice([60, 100, 120]))
    b.line("  seinengappi  DATE,")
    b.line("  tel          VARCHAR(15),")
    b.line("  updated_at   TIMESTAMP DEFAULT now()")
    b.line(");")
    b.line("-- 想定件数 {n} 行、インデックスは jumin_cd に作成", n=_n(ctx, 50000, 400000))
    return b


def items_json(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line('{{"items": [')
    n = r.randint(2, 4)
    for i in range(n):
        b.line(
            '  {{"sku": "BS-{s}", "jan": "{j}", "qty": {q}, "price": {p}}}{c}',
            s=r.randint(1000, 9999),
            j=jan(ctx),
            q=r.randint(1, 500),
            p=r.randint(100, 99999),
            c="," if i < n - 1 else "",
        )
    b.line('], "total": {t}, "currency": "JPY", "page": {p}}}', t=r.randint(1000, 9_999_999), p=r.randint(1, 9))
    return b


def budget_csv(ctx: Ctx) -> B:
    b, r = B(), ctx.rng
    b.line("jigyo_no,jigyo_mei,yosan,kessan,shikkou_ritsu")
    for _ in range(r.randint(3, 8)):
        y, k = r.randint(1000, 900000), r.randint(1000, 900000)
        b.line(
            "{n},{m},{y},{k},{p}",
            n=digits(r, 8, "12"),
            m=ctx.choice(["道路維持", "学校施設改修", "防災備蓄", "公園管理", "子育て支援", "DX推進"]),
            y=y,
            k=k,
            p=f"{k / y:.2f}",
        )
    return b


def _either(*gens: Callable[[Ctx], B]) -> Callable[[Ctx], B]:
    def gen(ctx: Ctx) -> B:
        return ctx.rng.choice(gens)(ctx)

    return gen


GENERATORS: dict[str, Callable[[Ctx], B]] = {
    "negative_statistics": _either(statistics, care_levels),
    "negative_notice": _either(notice, tender),
    "negative_procedure": _either(procedure, sodai_rules),
    "negative_budget": budget,
    "negative_faq": faq,
    "negative_minutes": minutes,
    "negative_json": _either(json_neg, items_json),
    "negative_csv": _either(csv_neg, budget_csv),
    "negative_log": _either(log_neg, access_log),
    "negative_code": _either(code_neg, ddl),
}
