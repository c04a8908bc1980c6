"""normalize(): the normalized copy and its exact map back to the original offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from gateway.privacy.normalize import normalize, normalize_value


def test_folds_full_width_dashes_and_invisible_characters() -> None:
    n = normalize("℡０３－１２３４‐５６７８\u200b　㈱")
    assert n.text == "TEL03-1234-5678 (株)"


def test_length_changes_map_back() -> None:
    original = "㍻2年 山田"
    n = normalize(original)
    assert n.text == "平成2年 山田"
    assert n.to_original(0, 2) == (0, 1)  # 平成 comes from ㍻
    assert n.to_original(0, 1) == (0, 1)
    start, end = n.to_original(n.text.index("山田"), len(n.text))
    assert original[start:end] == "山田"


def test_kanji_digits_inside_numbers_only() -> None:
    assert normalize("〇九〇ー一二三四ー五六七八").text == "090-1234-5678"
    assert normalize("二〇二四年").text == "2024年"
    assert normalize("一丁目 一郎 昭和六十年 三四郎").text == "一丁目 一郎 昭和六十年 三四郎"
    assert normalize("口座 一二三 普通 一二三四五六七").text == "口座 123 普通 1234567"  # a branch before its type
    assert normalize("三 普通の話").text == "三 普通の話"


def test_dashes_only_between_digits() -> None:
    assert normalize("データー 03ー1234").text == "データー 03-1234"


def test_bad_characters_are_replaced_or_dropped() -> None:
    n = normalize("a\ud800b\u200dか\u3099😀")
    assert n.text == "a\ufffdbが😀"
    assert n.to_original(3, 4) == (4, 6)  # が from か + combining mark


def test_combining_marks_stay_with_their_base() -> None:
    n = normalize("ｶﾞｷﾞ")
    assert n.text == "ガギ"
    assert n.to_original(1, 2) == (2, 4)


def test_an_address_set_apart_is_joined_and_a_name_after_a_city_is_not() -> None:
    assert normalize("千葉県 柏市 向陽原2丁目 29番 27号").text == "千葉県柏市向陽原2丁目29番27号"
    assert normalize("土浦市 錦台 3 - 31 - 15").text == "土浦市錦台3-31-15"
    assert normalize("つくば市 山田太郎 様").text == "つくば市 山田太郎 様"
    assert normalize("大子町大字松葉町3037番地　045-890-1570").text == "大子町大字松葉町3037番地 045-890-1570"
    assert normalize("木村 剛 1985-11-21生").text == "木村 剛 1985-11-21生"


def test_a_number_read_half_aloud_is_read_whole() -> None:
    assert normalize("029-ハチゴマル-8301").text == "029-850-8301"
    assert normalize("0661ヨンロクヨンニー836").text == "06614642836"
    assert normalize("080-3136-ナナハチマルニ").text == "080-3136-7802"
    assert normalize("615－サンゼロイチ とのこと").text == "615-301 とのこと"  # six digits, part in figures
    assert normalize("イチゴ3個とハチミツ12本").text == "イチゴ3個とハチミツ12本"


def test_old_kanji_forms() -> None:
    assert normalize("髙橋 﨑 澤田 渡邊").text == "高橋 崎 沢田 渡辺"


def test_normalize_value_removes_spaces() -> None:
    assert normalize_value("０２９－８８３－１１１１") == "029-883-1111"
    assert normalize_value("山田　太郎") == "山田太郎"


TRAPS = (
    "0123456789０１２３４５６７８９〇一二三九-‐‑‒–—―−ーｰ　 \u200b\u200d\ufe0f㍻㈱℡ｶﾞﾟか\u3099e\u0301山田丁目😀\ud800\n"
    "ゼロイチニサンゴキュウのぜろにー"
)
texts = st.text(alphabet=st.sampled_from(TRAPS) | st.characters(), max_size=40)


@given(texts, st.data())
def test_any_span_maps_back_inside_the_original(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    o_start, o_end = n.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert (o_start < o_end) == (start < end)
    if start < end:  # every normalized character comes from inside the mapped original span
        for i in range(start, end):
            assert o_start <= n.starts[i] < n.ends[i] <= o_end


@given(texts)
def test_spans_map_in_order_and_cover_each_source(text: str) -> None:
    n = normalize(text)
    assert len(n.starts) == len(n.ends) == len(n.text)
    assert list(n.starts) == sorted(n.starts)
    for i, char in enumerate(n.text):
        source = text[n.starts[i] : n.ends[i]]
        if char.isascii() and char.isdigit() and not unicodedata.normalize("NFKC", source).isdigit():
            continue  # a kanji digit read as ASCII
        if char == source:
            continue  # kept as written: a lone enclosed number (①) is a list marker
        if source.startswith("\\") and len(source) > 1:
            continue  # an escape a program wrote (\\n, \\r, \\u0030) read as the character it stands for
        folded = unicodedata.normalize("NFKC", source)
        if folded and char == unicodedata.normalize("NFD", folded)[0]:
            continue  # a Latin letter without its diacritic (ễ → e)
        assert char in folded or char in "-\ufffd高崎吉徳柳浜沢辺斎斉桜広島国真恵栄寿dDoOlL"


def test_digits_written_to_dodge_are_read_as_one_number() -> None:
    assert normalize("マイナンバーは 1 2 3 4 5 6 7 8 9 0 1 8 です").text == "マイナンバーは 123456789018 です"
    assert normalize("１　２　３　４　５　６　７　８").text == "12345678"
    assert normalize("0 9 0 - 1 2 3 4 - 5 6 7 8").text == "090-1234-5678"
    assert normalize("１ ２ ３ ４ー5 6 7 8ー９ ０ １ ８").text == "1234-5678-9018"
    assert normalize("一 二 三 四 五 六 七").text == "1234567"


def test_regular_groupings_tables_and_counts_stay_as_written() -> None:
    for text in ("1234 5678 9012", "090 1234 5678", "令和6年 4月1日 12 人", "1942-03-08\t07077911546", "第1 2 3号"):
        assert normalize(text).text == text


def test_kanji_digit_runs_and_numbers_read_aloud() -> None:
    assert normalize("一二三四 五六七八 九一二三").text == "1234 5678 9123"
    assert normalize("〇九〇の一二三四の五六七八").text == "090-1234-5678"
    assert normalize("〒305の0032").text == "〒305-0032"  # two groups of three digits or more
    assert normalize("三四郎 一の宮 七五三").text == "三四郎 一の宮 七五三"


def test_digits_read_aloud_in_kana_are_a_number() -> None:
    assert normalize("ゼロキュウゼロのイチニサンヨンのゴロクナナハチです").text == "090-1234-5678です"
    assert normalize("番号はぜろにきゅう、はちろくご、いちにさんよんへ").text == "番号は029-865-1234へ"
    assert normalize("ｾﾞﾛｷｭｰｾﾞﾛ ﾆｰｺﾞｰｻﾝﾖﾝ ｺﾞｰﾛｸﾅﾅﾊﾁ").text == "090-2534-5678"
    # joined by ー, ゴー before another reading is ゴ and the separator, unless that leaves a group of one digit
    assert normalize("ゼロニキュウーハチロクゴーイチニサンヨン").text == "029-865-1234"
    assert normalize("ゼロハチゼローサンサンニーイチーキュウキュウゼロゼロ").text == "080-3321-9900"
    # spaces around the separators, a comma, one digit a group, katakana words around the number
    assert normalize("ゼロキュウゼロ の イチニサンヨン、 ゴロクナナハチ").text == "090-1234-5678"
    assert normalize("ゼロ、キュウ、ゼロ、イチ、ニ、サン、ヨン、ゴ、ロク、ナナ、ハチ").text == "09012345678"
    assert normalize("デンワハゼロキュウゼロイチニサンヨンゴロクナナハチデス").text == "デンワハ09012345678デス"
    original = "TEL ゼロニキュウのハチロクゴのイチニサンヨン"
    n = normalize(original)
    start, end = n.to_original(n.text.index("029"), len(n.text))
    assert original[start:end] == "ゼロニキュウのハチロクゴのイチニサンヨン"


def test_latin_letters_lose_their_diacritics_one_for_one() -> None:
    original = "相談者：Nguyễn Thị Lan、José García、Müller、Đặng"
    n = normalize(original)
    assert n.text == "相談者:Nguyen Thi Lan、Jose Garcia、Muller、Dang"
    assert len(n.text) == len(original)


def test_kana_words_that_sound_like_digits_stay() -> None:
    for text in ("イチゴとハチミツのケーキ", "サンシャインのロクゴウ", "よろしくおねがいします", "ゴーゴーカレー",
                 "しくしく"):
        assert normalize(text).text == text


def test_dropped_spaces_map_back_to_the_whole_original_number() -> None:
    original = "番号 1 2 3 4 5 6 です"
    n = normalize(original)
    start = n.text.index("123456")
    o_start, o_end = n.to_original(start, start + 6)
    assert original[o_start:o_end] == "1 2 3 4 5 6"


def test_a_kanji_numeral_inside_a_word_after_a_number_stays() -> None:
    assert normalize("〒514-9674 三重県津市").text == "〒514-9674 三重県津市"
    assert normalize("一二三 四五六七").text == "123 4567"


def test_words_set_letter_by_letter_lose_their_spaces() -> None:
    original = "住 民 票 コ ー ド　12345678901"
    n = normalize(original)
    assert n.text == "住民票コード 12345678901"
    start, end = n.to_original(n.text.index("1"), len(n.text))
    assert original[start:end] == "12345678901"
    assert normalize("山田 太郎、李 明").text == "山田 太郎、李 明"  # names with one space stay as written
    assert normalize("出席委員 堀 関 東").text == "出席委員 堀 関 東"  # a list after a word too


def test_kanji_digit_groups_with_commas_are_one_number() -> None:
    assert normalize("六〇四九、六二五四一五三").text == "6049-6254153"
    assert normalize("TZ、七五一一二七〇").text == "TZ-7511270"
    assert normalize("一、二、三").text == "一、二、三"  # a list of numerals
    assert normalize("三一、七五、四八九、八").text == "31-75-489-8"  # a last group of one digit
    assert normalize("一八六、九四").text == "186-94"  # five digits
    assert normalize("〇一の四四の四八一の九").text == "01-44-481-9"


def test_a_number_and_the_next_lines_abbreviated_label_stay_apart() -> None:
    # a residence card broken over a line is joined; a number followed by a line that opens with capitals is not
    assert normalize("ZP01555727\nMN").text == "ZP01555727MN"
    assert normalize("被保険者番号 47316096\nKP：長女 TEL 090-7603-4023\nCM：").text.count("\n") == 2


def test_escapes_in_pasted_json_are_read_and_a_lone_surrogate_is_no_crash() -> None:
    assert normalize("\\u4f50\\u85e4 \\u82b1\\u5b50").text == "佐藤 花子"
    assert normalize("\\ud842\\udfb7\\u91ce").text == "吉野"  # a surrogate pair; 𠮷 folds to 吉
    assert normalize('"\\u0022\\udc00" \\ud842 x').text == '""\ufffd" \ufffd x'
