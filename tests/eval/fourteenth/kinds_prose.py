"""Free prose: 市報 portraits, award articles, encyclopedic paragraphs on invented local figures, minutes."""

from __future__ import annotations

from tests.eval.blind.model import Builder
from tests.eval.fourteenth import ids, places, pools
from tests.eval.fourteenth import layout as L
from tests.eval.fourteenth.values import Ctx


def town_person(ctx: Ctx, b: Builder) -> None:
    p = ctx.person(ctx.choice(["elder", "adult"]))
    town = ctx.choice(["桜台", "若葉町", "東原", "白鳥ケ丘", "富士見台"])

    def body() -> None:
        b.line("市報「まちの人」原稿")
        b.add(
            "{t}で{w}を続けて{y}年になる",
            t=ctx.loc(town),
            w=ctx.choice(["子ども食堂", "朝の見守り", "竹とんぼ教室", "手話サークル"]),
            y=str(ctx.rng.randint(8, 30)),
        )
        b.add("{n}", n=ctx.name(p, ["prose", "with_age", "kanji_nospace", "reading_paren"], "さん"))
        b.line("。")
        b.add("きっかけは、")
        b.add(
            ctx.choice(
                [
                    "定年退職の翌年、孫の通う小学校で登下校の列に立ったことだった。",
                    "商店街の空き店舗を借りたいという若い母親たちの相談を受けたことだ。",
                    "阪神・淡路大震災のボランティアで出会った仲間の一言だった。",
                ]
            )
        )
        b.line(
            "「{q}」と{s}さんは笑う。",
            q=ctx.choice(["好きでやっているだけ", "一人じゃ何もできませんよ", "続けるのがいちばん難しい"]),
            s=ctx.sur(p),
        )
        b.add("立ち上げ当初からの仲間、")
        b.add("{f}", f=ctx.ctxname(ctx.person("elder", "jp"), "prose"))
        b.line("さんは「あの人がいなければ三日で終わっていた」と振り返る。")
        b.add("活動を支える妻の")
        b.add("{g}", g=ctx.given(ctx.person("elder", "jp")))
        b.add("さんは「家では全然しゃべらないんです」と明かす。")
        b.line(ctx.choice(["", "問い合わせは市民活動センターへ。", "（取材・文　広報担当）"]))

    L.wrap(ctx, b, body, ctx.choice(["この原稿を400字に縮めて", "見出しを3案ください", None]))


def award(ctx: Ctx, b: Builder) -> None:
    winners = [ctx.person(ctx.choice(["adult", "elder", "young"])) for _ in range(ctx.rng.randint(3, 5))]

    def body() -> None:
        b.line(ctx.choice(["令和7年度 市政功労者表彰", "善行表彰の受賞者が決まりました", "消防長表彰（人命救助）"]))
        b.add(
            "{d}、{h}で表彰式が行われ、",
            d=ctx.choice(["11月3日", "10月15日"]),
            h=ctx.org(ctx.choice(["市民会館", "市役所本庁舎"])),
        )
        b.line("次の方々が表彰されました（敬称略）。")
        for w in winners:
            b.line(
                "・{n}（{a}）　{r}",
                n=ctx.ctxname(w, "list"),
                a=ctx.loc(ctx.choice(["桜台", "東原", "若葉町", "西野"])),
                r=ctx.choice(
                    ["自治会活動に30年尽力", "川で溺れた児童を救助", "民生委員として長年貢献", "交通安全の啓発"]
                ),
            )
        b.add("受賞者を代表して")
        b.add("{n}", n=ctx.name(winners[0], ["prose", "kanji_space", "kanji_nospace"], "さん"))
        b.line("が謝辞を述べました。")
        b.line(
            "人命救助の{n}は、{y}年前にも同じ川で釣り人を助けています。",
            n=ctx.sur(winners[-1], "さん"),
            y=str(ctx.rng.randint(3, 9)),
        )

    L.wrap(ctx, b, body)


def encyclopedic(ctx: Ctx, b: Builder) -> None:
    p = ctx.person("old", "jp")
    y = p.birth.year

    def body() -> None:
        b.line(
            ctx.choice(["郷土の偉人（市史編さん室原稿）", "名誉市民 紹介文（ウェブ掲載前）", "郷土資料館 解説パネル案"])
        )
        b.add("{n}", n=ctx.name(p, ["prose", "reading_paren", "kanji_nospace"]))
        b.add("（{a}－{c}）は、", a=str(y), c=str(y + ctx.rng.randint(55, 90)))
        b.add("{pl}の", pl=ctx.loc(ctx.choice(["上伊那郡", "久慈郡", "阿蘇郡", "岩手郡"])))
        b.line(ctx.choice(["製糸家。", "教育者、郷土史家。", "篤農家、治水家。", "医師。"]))
        b.add(f"{y + ctx.rng.randint(17, 25)}年、")
        b.add("{n}", n=ctx.ctxname(p, "prose"))
        b.add(
            "は"
            + ctx.choice(
                ["私財を投じて村に最初の小学校を開き、", "川の付け替え工事を村民と進め、", "生糸の共同出荷組合を興し、"]
            )
        )
        b.line("後に県から表彰された。")
        b.add("妻")
        b.add("{w}", w=ctx.name(ctx.person("old", "jp"), ["prose", "given_only"]))
        b.add("との間に二男一女があり、長男")
        b.add("{s}", s=ctx.ctxname(ctx.person("old", "jp"), "prose"))
        b.line("は家業を継いだ。")
        b.add("門下からは")
        b.add("{d}", d=ctx.ctxname(ctx.person("old", "jp"), "prose"))
        b.line(ctx.choice(["らの教育者が出ている。", "が出て、のちに村長を務めた。", "が出て、その事業を引き継いだ。"]))
        b.line("生家は現在「{m}」として公開されている。", m=ctx.org(f"{p.fam}{p.giv}記念館"))

    L.wrap(
        ctx, b, body, ctx.choice(["事実関係の表現が硬いので、小学生向けに書き直して", "年表形式にしてください", None])
    )


def minutes(ctx: Ctx, b: Builder) -> None:
    members = [ctx.person("adult") for _ in range(ctx.rng.randint(4, 6))]
    chair = members[0]

    def body() -> None:
        b.line(
            ctx.choice(["第3回 地域公共交通会議 会議録（要旨）", "自治会長連絡会 議事録", "空き家対策協議会 議事概要"])
        )
        b.line(f"日時：令和7年{ctx.rng.randint(4, 11)}月{ctx.rng.randint(1, 28)}日 14:00〜15:30")
        b.put("出席：")
        for i, m in enumerate(members):
            b.put(ctx.ctxname(m, "list"))
            b.put("、" if i < len(members) - 1 else "\n")
        b.line("事務局：{o}", o=ctx.org(ctx.choice(pools.ORGS)))
        b.line()
        b.line("{c}：それでは定刻になりましたので始めます。", c=ctx.ctxname(chair, "speaker"))
        b.line(
            "{a}：{t}",
            a=ctx.ctxname(members[1], "speaker"),
            t=ctx.choice(
                [
                    "デマンドバスの予約が電話しかなく、高齢者には使いにくいという声があります。",
                    "うちの地区では、空き家の草刈りを誰に頼めばいいのか分からないという相談が多いです。",
                ]
            ),
        )
        b.line("{a}：{t}", a=ctx.ctxname(members[2], "speaker"), t="事務局で実態を調べてもらえますか。")
        b.add("（事務局）")
        b.line("次回までに整理します。個別の事案は、{n}委員から後ほど伺います。", n=ctx.sur(members[1]))
        if ctx.rng.random() < 0.5:
            b.line("{c}：ほかにございませんか。では本日はこれで閉会します。", c=ctx.ctxname(chair, "speaker"))

    L.wrap(
        ctx,
        b,
        body,
        ctx.choice(
            ["議事録を決定事項と宿題に分けて", "要旨を市HP掲載用に整えて（個人名は伏せる前提で後で直します）", None]
        ),
    )


def phone_consult(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()

    def body() -> None:
        b.line("電話相談 録音書き起こし（{k}）".format(k=ctx.choice(["生活困窮", "水道料金", "介護"])))
        b.line("相談員：お電話ありがとうございます。")
        b.line("相談者：あのー、ちょっとお金のことで、えー、相談というか。")
        b.line("相談員：はい、大丈夫ですよ。差し支えなければお名前を伺えますか。")
        b.line(
            "相談者：{n}といいます。".format(n="{n}"),
            n=ctx.name(p, ["hiragana", "katakana", "foreign_katakana", "kanji_space"]),
        )
        b.line("相談員：ご住所は。")
        b.line(
            "相談者：えっと、{pc}の、{a}です。",
            pc=places.postal(ctx, ["spoken", "kana_half", "plain"], prefix=""),
            a=places.address(ctx, ["plain", "kanji", "partial", "ward"]),
        )
        b.line("相談員：生年月日も念のため。")
        b.line("相談者：{d}です。", d=ids.birth(ctx, p, ["spoken", "wareki", "kanji", "seireki"]))
        b.line("相談員：折り返しのお電話番号は。")
        b.line(
            "相談者：はい、{t}、です。あ、日中は出られないかもしれないです。",
            t=ids.phone(ctx, ["spoken", "kana_half"], mobile=True),
        )
        b.line("相談員：分かりました。{s}さん、担当の者から明日お電話しますね。", s=ctx.sur(p))

    L.wrap(
        ctx, b, body, ctx.choice(["書き起こしを相談票の項目に沿って整理して", "フィラーを除いて読みやすくして", None])
    )


def spoken_ids(ctx: Ctx, b: Builder) -> None:
    p = ctx.person()

    def body() -> None:
        b.line("窓口音声メモ（{k}）".format(k=ctx.choice(["マイナンバー記載", "口座登録", "年金照会"])))
        b.line("職員：では、個人番号を読み上げていただけますか。")
        b.line("来庁者：はい、{m}、です。", m=ids.ident(ctx, "MY_NUMBER", ["spoken", "kana_half"]))
        b.line("職員：ありがとうございます。振込口座も確認させてください。")
        b.line(
            "来庁者：{bk}の、普通で、{a}です。",
            bk=ctx.org(ctx.choice(pools.BANKS)),
            a=ids.ident(ctx, "BANK_ACCOUNT", ["spoken", "kana_half"]),
        )
        b.line("職員：郵便番号もお願いします。")
        b.line("来庁者：{p}です。", p=places.postal(ctx, ["spoken", "kana_half"], prefix=""))
        b.line("職員：年金番号はお分かりですか。")
        b.line("来庁者：ええと、{n}。", n=ids.ident(ctx, "PENSION_NUMBER", ["spoken", "kana_half"]))
        b.line("職員：最後にお名前を。")
        b.line("来庁者：{n}です。", n=ctx.name(p, ["hiragana", "katakana", "foreign_katakana", "kanji_nospace"]))

    L.wrap(ctx, b, body, ctx.choice(["読み上げた番号を数字に直して表に", None]))
