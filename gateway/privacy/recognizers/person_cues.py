"""Person names by the cues people write around them, in any script, where no word test is needed.

* A mail or letter that opens by addressing somebody: a katakana or romanized name alone before 様 at the start
  of a line (``アナ様``, ``Le様``, ``レスタリ・プトゥリ・アユ 様``).
* A person naming themselves: ``私の名前はNGUYEN THI LANです``, ``My name is …``, or a message that opens with the
  writer's name and です (``JOHN SMITH です、昨日窓口で…``, ``さかえ　ゆいです、…``).
* Family members listed by their relation: ``夫 ZHOU XUEMEI（…）、妻 チャンヴァンフン。``.
* A katakana name in parts before an honorific, one part no word of the lexicon (``ノトヤ　ヒナさん``).
* A member of staff by their section, the family name glued to it (``記録者　納税課菅原``, ``生活福祉課村上 8:49``,
  ``職員井上への``), or by the work they did (person_staff.py).
* An account's holder (``名義 サトウ　トメ``), a mail's sender in kana (``From: エンドウ　ヒロト <…>``), a chat's or
  minutes' speaker by the family name alone (person_speakers.py), a katakana name opening a profile
  (``シャミラ　ペレラはスリランカ出身の…``), a katakana name the lexicon does not know heading an item of a list before
  an address or a birth date (``・ニシムラハナコ　長崎県…``).
* A maiden name in brackets after the name, and a given name written after that bracket (``坂本康弘（旧姓 根本）``,
  ``池田（旧姓：伊藤）勝利``).
* A speaker of minutes (``○四十物委員　…``, ``○委員長（金城　真由美君）``, ``○事務局（中野）``) and a reading under
  its label (``|フリガナ|オカ ユウマ|``).
* The lead of a biography: a name opening its paragraph with a life span in brackets (``関颯（1789年 - 1887年）は、``).
* A romanized name followed by its katakana reading in brackets (``Ana Paula Oliveira（アナ・パウラ・オリヴェイラ）``),
  and a biography that opens with a katakana name and its spelling
  (``ルイスフェルナンドタナカ（Luis Fernando Tanaka、…``).
* The member of staff who took a call in a phone memo: ``（大和田受）``.
* A romanized name after a person's role in a log line, a label or an English text (``(user KINJO Sachiko)``,
  ``氏名=KOBAYASHI REN``, ``Mayor Sophie Renaud``, ``Speaker: PERERA SHAMILA``), or in brackets under an article as
  its byline (``（Ono Akira）``),
  and any name after a label naming a person by a role in 者, 人 or 員 (``納税義務者：HOANG VAN NAM``,
  ``調査員：福島``).
* A kanji name after a person label of a form or case note, however rare the family name (``利用者：勘解由小路 静様``),
  and a letter addressed by a kanji name alone (``四月一日望様より``).
* A romanized name on its own line under the Japanese name of a mail signature (``小鳥遊恵美子⏎Emiko Takanashi⏎TEL…``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.privacy.recognizers.address import ADDRESS_HEAD
from gateway.privacy.recognizers.person_context import NOT_LONE
from gateway.privacy.recognizers.person_files import file_names
from gateway.privacy.recognizers.person_given import given_names
from gateway.privacy.recognizers.person_hiragana import hiragana_names
from gateway.privacy.recognizers.person_kana import kana_names
from gateway.privacy.recognizers.person_mail import mail_names
from gateway.privacy.recognizers.person_mentions import mentioned_names
from gateway.privacy.recognizers.person_records import record_names
from gateway.privacy.recognizers.person_speakers import (
    DIRECTIONS,
    chat_speakers,
    minutes_speakers,
    nominated_speakers,
    section_heads,
)
from gateway.privacy.recognizers.person_staff import staff_names
from gateway.privacy.recognizers.person_text import (
    CONTACT_START,
    LATIN_NAME,
    a_thing,
    latin_person,
    line_after,
    line_before,
)
from gateway.privacy.recognizers.person_words import (
    KANJI,
    KATAKANA,
    PERSON_LABEL_END,
    RELATIVE,
    has_family_name_entry,
    has_name_entry,
    name_word,
    not_a_name,
    unknown_word,
    word_not_name,
)

Span = tuple[int, int, float]
_LATIN_ONE = r"[A-Z][A-Za-z'\-]{1,20}"
_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
# a katakana name; a part of one character only before another part (リ・ナ, レ ミン・ドゥック, イ ジフン)
_KATAKANA_NAME = (rf"(?:{_KATAKANA}{{2,12}}|{_KATAKANA}(?=[・＝= \u3000]{_KATAKANA}))"
                  rf"(?:[・＝= \u3000]{_KATAKANA}{{1,12}}){{0,3}}")
_HIRAGANA_NAME = r"[\u3041-\u3096]{2,6}[ \u3000][\u3041-\u3096]{1,6}"
_CJK_LINE = re.compile(r"[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc]{2,8}(?:[ \u3000][\u3005\u4e00-\u9fff"
                       r"\u3041-\u3096\u30a1-\u30fa\u30fc]{1,6})?")

_GREETING = re.compile(
    rf"^[ \t\u3000]*(?P<name>{_KATAKANA}{{2,12}}(?:[・＝=]{_KATAKANA}{{1,12}}){{1,3}}|{_KATAKANA}{{1,12}}|{_LATIN_ONE})"
    r"[ \t]?様(?:[ \t\u3000]*(?:$|[、,])|より)",
    re.MULTILINE,
)
_SELF_NAMED = re.compile(
    r"(?:(?:私|わたし|僕|ぼく|[子娘息夫妻母父]|息子|[\u4e00-\u9fff]{1,3}さん)の(?:名前|なまえ)は|^(?:お?(?:名前|なまえ)|氏名)は"
    r"|(?i:my name is)"
    r"|(?:^|(?<=[\s。、]))(?:私|わたし)(?:は|[ \t\u3000]))[ \t\u3000]*"
    rf"(?P<name>{LATIN_NAME}|{_KATAKANA_NAME}|{_HIRAGANA_NAME})(?<!です)[ \t\u3000]*"
    r"(?=です|でございます|[。.、,]|$)"
    # or before と申します / ともうします / といいます (Ganbaatar Oyunchimeg ともうします, わたし 桜 タケ いいます)
    rf"|(?:^|(?<=[\s。、]))(?P<introduced>{LATIN_NAME}|{_KATAKANA_NAME}|[\u3005\u4e00-\u9fff]{{1,4}}[ \u3000]"
    r"[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,4})[ \t\u3000]*と?(?:申します|もうします|いいます|言います)",
    re.MULTILINE,
)
_OPENS_WITH_NAME = re.compile(
    rf"^[ \t\u3000]*(?P<name>{LATIN_NAME}|{_HIRAGANA_NAME}|{_KATAKANA}{{2,8}}[ \u3000]{_KATAKANA}{{2,8}})"
    r"[ \t\u3000]?です[、,。!！]",
    re.MULTILINE,
)
_KANJI_NAME = r"[\u3005\u4e00-\u9fff]{1,5}(?:[ \u3000]?[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,4})?"
_NEXT_LABEL = r"[ \t\u3000]+[\u4e00-\u9fff]{2,6}[:：]"  # 対象者：オオワダ　シュンスケ　生年月日：…
# a person label of a form or case note, the name after it in kanji, however rare (利用者：勘解由小路 静様, Pt 東栄 49y)
_LABELLED = re.compile(
    r"(?:^|(?<=[\s|]))(?:氏[ \u3000]?名|対象者|利用者|来庁者|相談者|申請者|委員名|届出人|世帯主|保護者|患者|本人氏名|"
    r"旧姓|児童氏名|Pt)"
    rf"[ \t\u3000|]*(?:[:：][ \t\u3000]*)?(?P<name>{_KANJI_NAME}|{_KATAKANA_NAME}|{_HIRAGANA_NAME})"
    rf"(?=[ \t\u3000]*(?:[（(|]|様|さん|$)|[ \t\u3000]+[0-9]|{_NEXT_LABEL})",
    re.MULTILINE,
)
# any label that names a person by a role ending in 者, 人 or 員 (納税義務者：HOANG VAN NAM, 寄附者：TANI Sakae,
# 調査員：福島, 受けた人：松本), with a colon; a kanji or one-word katakana value is kept only where the dictionary
# knows a name there
_ROLE_LABELLED = re.compile(
    r"(?:^|(?<=[\s|]))[\u4e00-\u9fff][\u3041-\u3096\u4e00-\u9fff]{0,5}(?:者|人|員)(?:名|氏名)?"
    r"[ \t\u3000]*[:：][ \t\u3000]*"
    rf"(?:(?P<name>{LATIN_NAME})(?![A-Za-z0-9])|(?P<spaced>{_KATAKANA_NAME}|{_KANJI_NAME})"
    rf"(?=[ \t\u3000]*(?:[（(、,。|]|様|さん|$)|[ \t\u3000]+[0-9]|{_NEXT_LABEL}))",
    re.MULTILINE,
)
_PLACE_OR_ORGANISATION = re.compile(r"^(?:北海道|東京都|大阪府|京都府)|[県都府道市]$|株式会社|有限会社|法人|組合|協会")
# a speaker of minutes: ○四十物委員　…, ○委員長（金城　真由美君）; the reading under a reading label
# (|フリガナ|オカ ユウマ|)
_MINUTES_TITLE = "(?:委員|議員|議長|市長|町長|村長|部長|課長|局長|教育長|室長|所長|理事|参事)"
_MINUTES_SPEAKER = re.compile(
    rf"^[○◯〇](?!(?:副|前|元|新|各){_MINUTES_TITLE})(?P<name>[\u3005\u4e00-\u9fff]{{1,4}})"  # not ○副委員長, ○前田委員
    rf"{_MINUTES_TITLE}(?=[ \u3000（(])"
    rf"|^[○◯〇][0-9\u4e00-\u9fff]{{1,8}}[（(](?P<spaced>{_KANJI_NAME})君[)）]"
    # the secretariat's speaker by the family name in brackets (○事務局（中野）)
    r"|^[○◯〇](?:事務局|[\u4e00-\u9fff]{0,6}(?:課|係|室|部|局|委員会?))[（(](?P<family>[\u3005\u4e00-\u9fff]{1,4})[)）]",
    re.MULTILINE,
)
# a maiden name in brackets (坂本康弘（旧姓 根本）), and the given name after the bracket (池田（旧姓 伊藤)勝利　続柄)
_MAIDEN = re.compile(
    r"[（(]旧姓[ \t\u3000]*[:：・]?[ \t\u3000]*(?P<maiden>[\u3005\u4e00-\u9fff]{1,4})[)）]"
    r"(?P<given>[\u3005\u4e00-\u9fff]{1,3}(?=[ \t\u3000]|$))?",
    re.MULTILINE,
)
_READING_LABELLED = re.compile(
    r"(?:フリガナ|ふりがな|カナ|ヨミ|よみがな)[ \t\u3000|]*[:：]?[ \t\u3000]*"
    rf"(?P<name>{_KATAKANA_NAME}|{_HIRAGANA_NAME})"
    r"(?=[ \t\u3000]*(?:[|（(\t,]|$))",
    re.MULTILINE,
)
# a letter or mail addressed to a person by a kanji name alone on its line: 四月一日望様より：…
_KANJI_GREETING = re.compile(
    rf"^[ \t\u3000]*(?P<name>{_KANJI_NAME})[ \t\u3000]?様(?=より|[、,:：]|[ \t]*$)", re.MULTILINE
)
_TITLE_END = re.compile("[長員者官]$|各位|皆|御中")
# a relative's name after の, before a particle (お迎えは祖母の千葉誠が, 甥の林 さくら（…）), or a professional's
# before the profession (まつもと法律事務所の林トメ弁護士)
_OF_NAME = (
    r"[\u3005\u4e00-\u9fff]{2,6}"
    r"|[\u3005\u4e00-\u9fff]{1,3}[ \u3000]?[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc\u3041-\u3096]{1,4}"
    rf"|{_KATAKANA_NAME}|{_HIRAGANA_NAME}|[\u3041-\u3096]{{4,9}}"
)
_RELATIVE_OF = re.compile(
    rf"(?:{RELATIVE}|甥|姪|[叔伯][父母]|義[父母]|実[父母]|孫)の(?P<name>{_OF_NAME})"
    r"(?=が|は|に|と|を|も|から|より|さん|様|[（(、])"
    rf"|の(?P<professional>{_OF_NAME})[ \u3000]?(?=弁護士|司法書士|行政書士|税理士|社会福祉士|医師)"
)
_RELATION = re.compile(
    rf"(?:^|(?<=[、,。\s])){RELATIVE}[ \t\u3000]*(?:[:：][ \t\u3000]*)?"
    rf"(?P<name>{LATIN_NAME}|{_KATAKANA}{{2,12}}[・＝=]{_KATAKANA_NAME}|{_KATAKANA}{{4,16}})"
    r"(?=[ \t]?[（(、,。]|[ \t]*$)"
    # a relative and the name in brackets (同行の長男（甲斐蒼）, 元夫（沢蓮）), or before them
    # (長女 佐藤ウメ（市外在住）)
    rf"|{RELATIVE}[（(](?P<bracketed>{_KANJI_NAME})[)）]"
    rf"|{RELATIVE}[ \t\u3000]+(?P<spaced>{_KANJI_NAME})(?=[（(])",
    re.MULTILINE,
)
# the second spelling in a biography's brackets: 李 娜（リ・ナ、Li Na、1977年 - ）
_SECOND_SPELLING = re.compile(rf"[（(]{_KATAKANA_NAME}[、,][ \t]?(?P<name>{LATIN_NAME})[、,]")
# a kanji name alone on a line that ends a mail, or over a line of contacts (伊藤ウメ⏎070…, 目黒 芽依 at the end)
_SIGNED = re.compile(
    rf"(?:(?<=\n\n)|^)[ \t\u3000]*(?P<name>{_KANJI_NAME})[ \t\u3000]*"
    r"(?=\Z|\n[ \t]*(?:0[0-9]{1,4}[-(\u3000 ]?[0-9]|TEL|Tel|電話|携帯|✉|[A-Za-z0-9._\-]+@))",
)
# the reading in brackets after a romanized name is the name in katakana, written together or apart
# (LIU YANG（リュウヤン）, Maria Santos Reyes（マリアサントスレイエス）)
_LATIN_THEN_READING = re.compile(
    rf"(?<![A-Za-z])(?P<name>{LATIN_NAME})[ \t]?[（(](?P<reading>{_KATAKANA_NAME}|{_KATAKANA}{{2,24}})[)）]"
)
_KATAKANA_THEN_SPELLING = re.compile(
    rf"(?:^|(?<=[\s、。]))(?P<name>{_KATAKANA_NAME})[（(](?P<spelling>{LATIN_NAME})[、,]", re.MULTILINE
)
# the lead of a biography: a name opening its paragraph, a life span in brackets (maybe after the reading), then は
# (関颯（1789年 - 1887年）は、…; 大和田心春（おおわだ　こはる、昭和三十一年十一月二十六日 - ）は、…)
_YEAR = r"(?:[0-9０-９〇一二三四五六七八九十百千]{1,4}年|元年)"
_BIOGRAPHY_LEAD = re.compile(
    rf"^[ \t\u3000]*(?P<name>{LATIN_NAME}|{_KATAKANA_NAME}|{_KANJI_NAME})[ \t]?[（(]"
    rf"[^()（）\n]{{0,60}}?{_YEAR}[^()（）\n]{{0,16}}?[ \t]?[-－–—〜~][ \t]?[^()（）\n]{{0,24}}[)）]は",
    re.MULTILINE,
)
_KANJI_ONLY = re.compile(r"[\u3005\u4e00-\u9fff \u3000]+")
_ERAS = re.compile(r"(?:明治|大正|昭和|平成|令和)(?:時代)?|.*(?:時代|年代|期|世紀)")
# a romanized name after a person's role in a log line or a form's label (``(user KINJO Sachiko)``, ``notified operator
# ISHIKAWA Ichiro``, ``氏名=KOBAYASHI REN``)
_ROLE_THEN_LATIN = re.compile(
    r"(?:(?<![A-Za-z_])(?i:user|operator|staff|applicant|requester|assignee|approver|reviewer|customer|member|patient"
    r"|mayor|vice mayor|governor|speaker|lecturer|professor|prof\.|guest|interpreter|translator|presenter|researcher)"
    rf"|(?:世帯主|[\u3005\u4e00-\u9fff\u3041-\u3096]{{0,6}}(?:{PERSON_LABEL_END})))"
    # the family name first may stand before a comma (PARK, Soyeon)
    rf"[ \t\u3000]*[:：=]?[ \t\u3000]*(?P<name>{LATIN_NAME}|[A-Z]{{2,14}},[ ]?[A-Z][a-z]{{1,14}})(?![A-Za-z0-9_])"
)
# a competitor by their rank, their club or school in brackets (1位 Joseph DELA CRUZ（北原剣友会）)
_RANKED = re.compile(rf"^[ \t]*[0-9]{{1,3}}位[ \t\u3000]+(?P<name>{LATIN_NAME})(?=[ \t]*[（(])", re.MULTILINE)
# a romanized name after a person's role, relation or section and の or a space (国際交流員のEmily Johnson,
# 留学生の…, 妻のMaria Santos, 市民課 Kato Yuto); not words the lexicon knows only as words or places (担当者のOpen
# Data, 会員のNew York支部)
_ROLE_OF_LATIN = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}(?:員|者|生|師|士|[課係室])|通訳|講師|ボランティア|ALT|CIR|[夫妻娘母父兄姉弟妹]|息子"
    rf"|[長次][男女])(?:の|[ \t\u3000]+)(?P<name>{LATIN_NAME})(?![A-Za-z0-9_])"
)
# a katakana name in parts before an honorific (ノトヤ　ヒナさん, スニタ　タパさん, シャミラ・ペレラ 様): kept where a
# part is no word of the lexicon (not ヘルパー　スタッフさん, ケア マネージャーさん)
_KATAKANA_HONOURED = re.compile(
    rf"(?<![\u30a1-\u30fa\u30fc])(?P<name>{_KATAKANA}{{2,12}}(?:[・＝= \u3000]{_KATAKANA}{{1,12}}){{1,3}})"
    r"[ \t\u3000]?(?:さん|様|さま|氏|殿|君|くん|ちゃん|先生)"
)
# a member of staff by their section, the family name glued to it (記録者　納税課菅原, 生活福祉課村上 8:49,
# 出席：市民税課原田、…): kept where the lexicon knows a family name, never a word a section name goes on with
# or before a particle of whom to contact (欠席連絡は人事課上田まで, 市営住宅管理センター近藤浩二へ)
_SECTION_THEN_NAME = re.compile(
    r"(?:(?<=[課係室局])|(?<=センター)|(?<=事務所)|(?<=職員))(?P<name>[\u3005\u4e00-\u9fff]{1,5})"
    r"(?=[ \t\u3000]*(?:$|[、。，,（(]|[0-9]{1,2}:[0-9]{2})|へ|まで|から|より|に(?![はも])|が)",
    re.MULTILINE,
)
_PLACE_IN_BUILDING = tuple("口側館棟階前")  # 管理事務所西口から, 清掃センター東口まで
_NOT_AFTER_SECTION = frozenset("長内分宛外等員付中計別名各全様殿宛次")
# a byline: a romanized name in brackets on a line of its own under an article (（Ono Akira）)
_BYLINE = re.compile(rf"^[ \t\u3000]*[（(](?P<name>{LATIN_NAME})[)）][ \t\u3000]*$", re.MULTILINE)
# the holder of an account (名義 サトウ　トメ, 名義オオワダコウジ, 名義はせがわよさぶろう), a mail's sender in kana
# (From: エンドウ　ヒロト <…>), a katakana name opening a profile (シャミラ　ペレラは
# スリランカ出身の…), a kana name heading an item of a list before an address or a birth date
# (・ニシムラハナコ　長崎県…)
_KANA_VALUE = rf"{_KATAKANA_NAME}|{_HIRAGANA_NAME}|[\u3041-\u3096]{{4,12}}(?=[ \t\u3000]*$)"
_HOLDER = re.compile(rf"(?:口座)?名義(?:人)?[ \t\u3000]*[:：]?[ \t\u3000]*(?P<name>{_KANA_VALUE})(?=[ \t\u3000（(]|$)",
                     re.MULTILINE)
_KANA_SENDER = re.compile(
    rf"^(?:From|差出人|送信者)[ \t]*[:：][ \t]*(?P<name>{_KATAKANA_NAME}|{_HIRAGANA_NAME})[ \t]*<", re.MULTILINE)
_PROFILE_LEAD = re.compile(
    rf"^[ \t\u3000]*(?P<name>{_KATAKANA_NAME}|{LATIN_NAME})(?:は|[ \t\u3000]*\n|[ \t\u3000]*[（(])[^。\n]{{0,16}}"
    "(?:出身|国籍)", re.MULTILINE)
_LIST_ITEM = re.compile(
    rf"^[ \t\u3000]*(?:[・◆◇●■□]|[0-9]{{1,3}}[).．])[ \t\u3000]*(?P<name>{_KATAKANA_NAME})"
    rf"(?=[ \t]+(?:{ADDRESS_HEAD})|[ \t]*[（(](?:[0-9]|明治|大正|昭和|平成|令和))",
    re.MULTILINE)
_RECEIVED_BY = re.compile(r"[（(](?P<name>[\u3005\u4e00-\u9fff]{1,5})受[)）]")
_LATIN_LINE = re.compile(rf"^[ \t\u3000]*(?P<name>{LATIN_NAME})[ \t\u3000]*$", re.MULTILINE)
# a relative by their label, the name in kana (母：ハシモトレン 050-…, 母：ヒガ アオイ), kept where a part is no word
_RELATIVE_KANA = re.compile(
    rf"{RELATIVE}[ \t\u3000]*[:：][ \t\u3000]*(?P<name>{_KANA_VALUE})"
    r"(?=[ \t\u3000]*(?:[（(、,|]|$)|[ \t\u3000]+[0-9〇一二三四五六七八九])", re.MULTILINE)
# a name with a birth date in brackets right after it, as a household's or a child's cell holds it (茂（2014年5月17日）,
# 花子（H29.2.16）): kept where the lexicon knows a family or given name
_DATED = re.compile(
    r"(?<![\u3005\u4e00-\u9fff\u3041-\u3096])(?P<name>[\u3005\u4e00-\u9fff]{1,4}|[\u3041-\u3096]{2,4})[（(][ \t]*"
    r"(?=(?:[0-9]{4}|(?:明治|大正|昭和|平成|令和|[MTSHR])[ ]?(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3}))"
    r"[ ]?[年/.-][ ]?[0-9一二三四五六七八九十])")  # a whole date (not 円（R1年度から）)
# katakana words joined by ・ or ＝ (ワン・シャオミン, シャミラ・ペレラ): a foreign name where every word is no word
# of the lexicon or a name, but for one short word before the last (ワン); not ソーシャル・メディア (a group's name
# after its kind, 市民合唱団コール・ステラ, is dropped by person_filters)
_JOINED_RUN = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,12}(?:[・＝][\u30a1-\u30fa\u30fc]{2,12}){1,3}"
    r"(?![\u30a1-\u30fa\u30fc])")
_SCORE = 0.75
_PARTS = re.compile("[・＝= \u3000]")
_LATIN_SHAPE = re.compile(r"[A-Za-z][A-Za-z'\-, ]*")
_SPACED_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+[ \u3000][\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_JOINED_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・＝=][\u30a1-\u30fa\u30fc]+)+")


def cues(text: str) -> tuple[list[Span], list[Span]]:
    """(start, end, score) of every name one of the cues above stands for, in two lists: the names whose script
    shows them to be names (romanized, kana in two words, katakana joined by ・ or ＝) or that a person label
    introduces (利用者：…); and the other names (one katakana word, kanji), for the caller to keep only where
    Sudachi knows the word as a proper noun: 私はボランティアです, 長男（会社員）, （電話受） are no names."""
    names: list[Span] = []
    words: list[Span] = []
    for span in _cued(text):
        (names if _shaped_like_a_name(text[span[0] : span[1]]) else words).append(span)
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _LABELLED.finditer(text)
              if not not_a_name(m.group("name"))]
    for m in _RELATIVE_OF.finditer(text):
        group = "name" if m.group("name") is not None else "professional"
        name = m.group(group)
        if name in NOT_LONE:  # 夫の上司から
            continue
        if (_shaped_like_a_name(name) or _family_name_first(_PARTS.split(name)[0])
                or (len(name) >= 3 and KATAKANA.fullmatch(name) is not None and unknown_word(name))):
            names.append((m.start(group), m.end(group), _SCORE))
    for m in _MINUTES_SPEAKER.finditer(text):  # ○四十物委員, not ○市民課長 or ○福祉部長
        if m.group("spaced") is not None:
            names.append((m.start("spaced"), m.end("spaced"), _SCORE))
        elif m.group("family") is not None:
            if len(m.group("family")) >= 2 and has_family_name_entry(m.group("family")) and not not_a_name(
                    m.group("family")):  # not ○税務課（北）
                names.append((m.start("family"), m.end("family"), _SCORE))
        elif not not_a_name(name := m.group("name")) and name[:2] not in DIRECTIONS and (
                _family_name_first(name) or (len(name) <= 3 and unknown_word(name))):  # not ○健康福祉部長
            names.append((m.start("name"), m.end("name"), _SCORE))
    names += staff_names(text)
    for m in _MAIDEN.finditer(text):
        if has_family_name_entry(m.group("maiden")) or unknown_word(m.group("maiden")):
            names.append((m.start("maiden"), m.end("maiden"), _SCORE))
            if m.group("given") is not None and has_name_entry(m.group("given")):
                names.append((m.start("given"), m.end("given"), _SCORE))
    names += section_heads(text) + minutes_speakers(text) + nominated_speakers(text)
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _READING_LABELLED.finditer(text)]
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _SECTION_THEN_NAME.finditer(text)
              if m.group("name")[0] not in _NOT_AFTER_SECTION and not m.group("name").endswith(_PLACE_IN_BUILDING)
              and _family_name_first(m.group("name"))]
    for pattern in (_HOLDER, _KANA_SENDER, _PROFILE_LEAD):
        names += [(m.start("name"), m.end("name"), _SCORE) for m in pattern.finditer(text)  # not Software Engineer
                  if not m.group("name").isascii() or latin_person(m.group("name"))]
    names += chat_speakers(text)
    names += hiragana_names(text) + kana_names(text) + given_names(text) + record_names(text)
    names += mail_names(text) + file_names(text)
    names += mentioned_names(text)
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _LIST_ITEM.finditer(text)
              if any(unknown_word(part) for part in _PARTS.split(m.group("name")))]
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _KATAKANA_HONOURED.finditer(text)
              if any(unknown_word(part) for part in _PARTS.split(m.group("name")))]
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _ROLE_OF_LATIN.finditer(text)
              if latin_person(m.group("name")) and not all(map(word_not_name, m.group("name").split()))]
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _RELATIVE_KANA.finditer(text)
              if any(map(name_word, _PARTS.split(m.group("name"))))]
    names += [(m.start("name"), m.end("name"), _SCORE) for m in _DATED.finditer(text)
              if not _ERAS.fullmatch(m.group("name"))  # 昭和（1926年 - 1989年）
              and (has_name_entry(m.group("name")) or _family_name_first(m.group("name")))]
    for m in _JOINED_RUN.finditer(text):
        parts = _PARTS.split(m.group())
        words_in = [part for part in parts if not name_word(part)]
        if not words_in or (len(words_in) == 1 and len(words_in[0]) <= 2 and words_in[0] != parts[-1]):
            names.append((m.start(), m.end(), _SCORE))
    for m in _LATIN_THEN_READING.finditer(text):  # the reading of a romanized name is a name, in any shape
        if not a_thing(m.group("name").split()):
            names.append((m.start("name"), m.end("name"), _SCORE))
            if not all(map(word_not_name, _PARTS.split(m.group("reading")))):  # not （ベトナム）
                names.append((m.start("reading"), m.end("reading"), _SCORE))
    return names, words


def biography_leads(text: str) -> Iterator[tuple[int, int, float, bool]]:
    """(start, end, score, kanji) of each name that opens a biography (see the module docstring); a kanji name is
    for the caller to check against the dictionary (東京電力（1951年 - ）は is a company)."""
    for m in _BIOGRAPHY_LEAD.finditer(text):
        name = m.group("name")
        if not _ERAS.fullmatch(name) and not a_thing(name.split()) and not not_a_name(name):
            yield m.start("name"), m.end("name"), _SCORE, _KANJI_ONLY.fullmatch(name) is not None


def _shaped_like_a_name(name: str) -> bool:
    return bool(_LATIN_SHAPE.fullmatch(name) or _SPACED_KANA.fullmatch(name) or _JOINED_KATAKANA.fullmatch(name))


def _cued(text: str) -> Iterator[Span]:
    for m in _KANJI_GREETING.finditer(text):
        if not _TITLE_END.search(m.group("name")) and not not_a_name(m.group("name")):
            yield m.start("name"), m.end("name"), _SCORE
    for pattern in (_GREETING, _SELF_NAMED, _OPENS_WITH_NAME, _RELATION, _RECEIVED_BY, _SECOND_SPELLING, _SIGNED,
                    _ROLE_THEN_LATIN, _ROLE_LABELLED, _BYLINE, _RANKED):
        for m in pattern.finditer(text):
            group = next(g for g in ("name", "introduced", "bracketed", "spaced") if m.re.groupindex.get(g)
                         and m.group(g) is not None)
            if pattern is _ROLE_LABELLED and _PLACE_OR_ORGANISATION.search(m.group(group)):
                continue  # 指定権者：北海道, 受託者：株式会社東亜食品
            if pattern in (_RANKED, _ROLE_THEN_LATIN) and not latin_person(m.group(group)):
                continue  # 1位 Nintendo Switch, 管理者 Power Automate
            if not a_thing(m.group(group).split()) and not not_a_name(m.group(group)):
                yield m.start(group), m.end(group), _SCORE
    for m in _KATAKANA_THEN_SPELLING.finditer(text):
        if not a_thing(m.group("spelling").split()):
            yield m.start("name"), m.end("name"), _SCORE
            yield m.start("spelling"), m.end("spelling"), _SCORE
    for m in _LATIN_LINE.finditer(text):
        above = line_before(text, m.start())
        if (_CJK_LINE.fullmatch(above) and line_after(text, m.end()).startswith(CONTACT_START)
                and not a_thing(m.group("name").split())):
            yield m.start("name"), m.end("name"), _SCORE


def _family_name_first(name: str) -> bool:
    """The lexicon knows ``name`` as a family name, or its first two or three characters (近藤浩二), or the kanji
    before a kana given name (林トメ)."""
    kanji = KANJI.match(name)
    return (has_family_name_entry(name) or any(has_family_name_entry(name[:k]) for k in (2, 3) if len(name) > k)
            or (kanji is not None and kanji.end() < len(name) and has_family_name_entry(kanji.group())))
