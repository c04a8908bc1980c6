"""Names written in kana (katakana, half-width katakana, hiragana) by the field they fill, where no honorific follows.

* After a label that names a person by a role or a relation, with a colon, a space or a bracket between
  (``滞納者　ﾋﾀﾞｶ ｹﾝｺﾞ``, ``申請者 もちづき ゆきえ``, ``陳情者：ねぎし　せいいち／…``, ``父　ウエマツ　チヒロ``,
  ``保護者（かわばたひな）``).
* Opening a line of a roster or a form's record, before a field separator, a label or an address
  (``ｳｴﾏﾂ ﾕｳﾏ ／ 1941年…``, ``ﾔﾅｷﾞﾀﾞ ﾏﾘｺ　住所：…``, ``・ひらつか りん：生年月日欄空欄``), and a kanji name the
  lexicon knows before a ／ (``吉田タケ／03441…``).
* In brackets after the name it reads, before an honorific: both are the name (``東（あずまともこ）さん``).
* Said to be someone's, in quotes or not, in kana or kanji (``「かねこ　おさむ」って職員``, ``ナカヤマアヤという人``).
* Katakana written together before an honorific or after such a label, where it splits into a family and a given
  name (``ﾓﾘｻﾄﾙ様``, ``お子さん：ﾀｶﾊｼｱｵｲ``; person_words.joined_kana_name).

A name in two words is kept where a katakana part is no word of the lexicon or a name, or where no hiragana word is a
verb, an adjective or an adverb and one (after a label) or each (opening a line) is a name the lexicon knows or no
word of it (not とても げんき, もえる ごみ, きらり ひろば); a hiragana name written together
where the lexicon reads a family then a given name (ふじわら|ともや), or in the label's brackets ending in a given
name (かわばた|ひな). A loanword pair (``サービス　ステーション``) or a phrase
(``とくに なし``) is no name.
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.address import ADDRESS_HEAD
from gateway.privacy.recognizers.person_hiragana import may_be_name, reads_as_name
from gateway.privacy.recognizers.person_words import (
    function_word,
    has_family_name_entry,
    has_name_entry,
    in_lexicon,
    joined_kana_name,
    kana_proper_noun,
    kanji_name_known,
    known_word,
    name_word,
)

Span = tuple[int, int, float]
_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
_HIRAGANA = r"[\u3041-\u3096]"
_RELATIVE = "(?:祖母|祖父|母|父|妻|夫|長男|長女|次男|次女|三男|三女|息子|娘|兄|姉|弟|妹|孫)"
_NAME = (rf"(?P<katakana>{_KATAKANA}{{2,8}}[ \u3000]{_KATAKANA}{{1,8}})"
         rf"|(?P<hiragana>{_HIRAGANA}{{2,6}}[ \u3000]{_HIRAGANA}{{1,6}})|(?P<joined>{_HIRAGANA}{{4,10}})")
# a person's role (申請者, 滞納者, 代理人, 陳情者, 世帯員; not 法人) or relation (扶養親族, 夫), a child (対象児童生徒),
# the one interviewed or on the line (取材先, 相手), or 対象 / 氏名, then a colon, a bracket, a space or ・ (夫・…), the
# name maybe in quotes; the name ends its field, or the caller says it is theirs (…です, …といいます)
_LABELLED = re.compile(
    rf"(?:^|(?<=[\s|・\-、,:：]))(?:[\u4e00-\u9fff]{{0,5}}(?:者|(?<!法)人|親族|員)|対象|本人|氏名|お?名前|{_RELATIVE}"
    r"|お子さん|お子様|子ども|[\u4e00-\u9fff]{0,4}(?:児童|生徒)|(?P<weak>取材先|相手))"
    rf"(?:名|氏名)?(?:[ \t\u3000]*[:：（(・][ \t\u3000]*|[ \t\u3000]+)[\"「『“]?"
    rf"(?:{_NAME}|(?P<katakana_joined>{_KATAKANA}{{4,16}}))"
    r"(?=[」』\"”]?[ \t\u3000]*(?:[（()）|／/、,:：]|様|さん|です|と(?:いい|申し)|$)|[ \t\u3000]+\S)",
    re.MULTILINE,
)
# a name opening a record's line (maybe after a bullet or a number) before a separator, a label or an address; in
# kanji too before a ／ (吉田タケ／03441…)
_OPENING = re.compile(
    rf"^[ \t\u3000]*(?:(?:[・\-*●◆■]|[0-9]{{1,3}}[.．)）])[ \t\u3000]*)?(?:{_NAME}"
    r"|(?P<kanji>[\u3005\u4e00-\u9fff]{2,5}(?:[ \u3000]?[\u3005\u4e00-\u9fff\u30a1-\u30fa]{1,4})?)"
    r"(?=[ \t\u3000]*[／/]))"
    rf"(?=[ \t\u3000]*[／/|｜:：]|[ \t\u3000]+(?:住所|電話|生年月日|連絡先|TEL|{ADDRESS_HEAD}))",
    re.MULTILINE,
)
# a name said to be someone's, maybe in quotes: 市民課の窓口で「かねこ　おさむ」って職員に, ナカヤマアヤという人
_SAID = "(?:って|という|と名乗る)(?:職員|人|方|男性|女性|担当|係員|名前)"
_CALLED = re.compile(
    rf"[「『\"“](?:{_NAME}|(?P<katakana_joined>{_KATAKANA}{{4,12}})"
    rf"|(?P<kanji>[\u3005\u4e00-\u9fff]{{2,4}}(?:[ \u3000][\u3005\u4e00-\u9fff]{{1,3}})?))[」』\"”]{_SAID}"
)
_CALLED_KATAKANA = re.compile(rf"(?<![\u30a1-\u30fa\u30fc])(?P<katakana_joined>{_KATAKANA}{{4,12}}){_SAID}")
# a name and its reading in brackets before an honorific (東（あずまともこ）さん, 目黒 ウメ（メグロ　ウメ）さん): both
_KANA_RUN = r"[\u3041-\u3096\u30a1-\u30fa\u30fc]"
_READ_NAME = re.compile(
    r"(?<![\u3005\u4e00-\u9fff])"
    r"(?P<name>[\u3005\u4e00-\u9fff]{1,5}(?:[ \u3000][\u3005\u4e00-\u9fff\u30a1-\u30fa]{1,4})?)"
    rf"[（(](?P<reading>{_KANA_RUN}{{2,10}}(?:[ \u3000]{_KANA_RUN}{{1,10}})?)[)）]"
    r"(?=[ \t\u3000]?(?:さん|様|氏|殿|君|くん|ちゃん))"
)
# katakana written together before an honorific, as half-width forms and call notes write a name (ﾓﾘｻﾄﾙ様)
_JOINED_HONORED = re.compile(
    rf"(?<![\u30a1-\u30fa\u30fc])(?P<name>{_KATAKANA}{{4,12}})(?=さん|様|さま|氏|殿|くん|ちゃん)")
_PERSON_WORD_END = ("さま", "さん", "にん", "かた", "たち", "ども")  # ごほんにん, おくさま: words for a person
_SCORE = 0.75


def kana_names(text: str) -> list[Span]:
    """(start, end, score) of each kana name filling a person's field (see the module docstring)."""
    out = []
    for pattern in (_LABELLED, _OPENING, _CALLED, _CALLED_KATAKANA):
        for m in pattern.finditer(text):
            group = m.lastgroup or "joined"
            name = m.group(group)
            if group == "kanji":  # quoted as someone's: the family name is enough (『久保田　愛』って職員)
                keep = kanji_name_known(name) or (pattern is _CALLED and has_family_name_entry(name.split()[0]))
            elif group == "katakana":
                keep = any(name_word(part) or kana_proper_noun(part) for part in name.split())
            elif group == "katakana_joined":  # プトリウランダリ, タカハシアオイ, not デイサービスセンター, ローソン
                weak = "weak" in m.re.groupindex and m.group("weak") is not None  # 相手 ヤマダデンキ: a shop too
                keep = joined_kana_name(name) or (not weak and name_word(name))
            elif group == "hiragana":  # not とても げんき, もえる ごみ, きらり ひろば
                parts = name.split()
                named = [has_name_entry(part) or not in_lexicon(part) for part in parts]
                plain = [known_word(part) and not has_name_entry(part) for part in parts]  # ひろば, おや
                keep = may_be_name(name) and not any(map(function_word, parts)) and not any(plain) and (
                    any(named) if pattern is _LABELLED else all(named))
            elif text[m.start(group) - 1] in "（(":  # 保護者（かわばたひな）, not 本人（おくさま）
                keep = may_be_name(name) and not name.endswith(_PERSON_WORD_END) and (
                    not in_lexicon(name) or any(has_name_entry(name[k:]) for k in range(2, len(name) - 1)))
            else:
                keep = reads_as_name(name)
            if keep:
                out.append((m.start(group), m.end(group), _SCORE))
    out += [(m.start("name"), m.end("name"), _SCORE) for m in _JOINED_HONORED.finditer(text)
            if joined_kana_name(m.group("name"))]
    for m in _READ_NAME.finditer(text):
        if all(may_be_name(part) for part in m.group("reading").split() if part[0] < "\u30a1"):
            out += [(m.start("name"), m.end("name"), _SCORE), (m.start("reading"), m.end("reading"), _SCORE)]
    return out

