"""Tests of gateway.privacy.restore: placeholder variants, streaming equivalence and hold-back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.privacy.restore import StreamRestorer, restore_text

# Japanese-only values: restoring can then never create something that looks like a placeholder.
VAULT = {
    "<PERSON_1>": "山田太郎",
    "<PERSON_2>": "佐藤花子",
    "<PHONE_NUMBER_1>": "〇九〇の一二三四",
    "<EMAIL_ADDRESS_1>": "メールアドレス",
    "<MY_NUMBER_3>": "個人番号",
    "<ATENA_NUMBER_12>": "宛名番号",
}
NAMES = [key[1:-1] for key in VAULT]


def wide(text: str) -> str:
    """Full-width form of the ASCII characters in ``text``."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


VARIANTS: dict[str, Callable[[str], str]] = {
    "canonical": lambda n: f"<{n}>",
    "full-width brackets": lambda n: f"＜{n}＞",
    "mixed angle brackets": lambda n: f"<{n}＞",
    "lower case": lambda n: f"<{n.lower()}>",
    "title case": lambda n: f"<{n.title()}>",
    "spaces inside": lambda n: f"< {n} >",
    "full-width spaces inside": lambda n: f"＜　{n}　＞",
    "full-width name": lambda n: f"＜{wide(n)}＞",
    "full-width lower-case name": lambda n: f"<{wide(n.lower())}>",
    "full-width underscore": lambda n: f"<{n.replace('_', '＿')}>",
    "full-width digits": lambda n: f"<{n.translate(str.maketrans('0123456789', '０１２３４５６７８９'))}>",
    "lenticular brackets": lambda n: f"【{n}】",
    "square brackets": lambda n: f"[{n}]",
    "full-width square brackets": lambda n: f"［{n}］",
    "markdown-escaped brackets": lambda n: rf"\<{n}\>",
    "markdown-escaped square brackets": lambda n: rf"\[{n}\]",
    "markdown-escaped underscores": lambda n: "<" + n.replace("_", r"\_") + ">",
    "fully markdown-escaped": lambda n: r"\<" + n.replace("_", r"\_") + r"\>",
    "longest: escaped with spaces": lambda n: r"\< " + n.replace("_", r"\_") + r" \>",
    "bare": lambda n: n,
    "bare lower case": lambda n: n.lower(),
    "bare full-width": lambda n: wide(n),
    "bare markdown-escaped": lambda n: n.replace("_", r"\_"),
}
NEAR_MISSES = [
    # glued to a longer identifier
    *["PERSON_10", "PERSON_１０", "XPERSON_1", "xperson_1", "ＸPERSON_1", "PERSON_1X", "PERSON_1_2", "_PERSON_1"],
    r"PERSON_1\_2",
    # unknown placeholders and broken forms
    *["<PERSON_12>", "<PERSON_99>", "<PERSON_01>", "<PERSON _1>", "<PERSON__1>", "<PHONE_NUMBER>", "【PERSON_3】"],
    # unfinished prefixes
    *["<PERSON_", "PERSON_", "MY_NUMBER_", "＜ＰＥＲＳＯＮ", "<person", "p", "ｐ"],
    *["<", "＜", "[", "［", "【", "\\", "< "],
]
PIECES = ["こんにちは", "様", "さん", "です。", "、", "「", "」", "電話", "👨‍👩‍👧", "🇯🇵", "é", "か゚", "👍🏽", " ", "\n"]

named_variants = st.builds(
    lambda name, make: (name, make(name)), st.sampled_from(NAMES), st.sampled_from(list(VARIANTS.values()))
)
variants = named_variants.map(lambda pair: pair[1])
mangled = st.text(alphabet="<>＜＞[]［］【】\\_＿ 　PpEeRrSsOoNnＰｐ120１２", max_size=8)
random_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=6)
fragments = st.one_of(variants, st.sampled_from(NEAR_MISSES), st.sampled_from(PIECES), mangled, random_text)
texts = st.lists(fragments).map("".join)
TAG_INITIALS = {c for n in NAMES for c in (n[0], n[0].lower(), wide(n[0]), wide(n[0].lower()))}
OPENINGS = set("<＜[［【\\")
# Without a tag-initial letter in any case or width, no placeholder variant can occur.
no_placeholder = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(NEAR_MISSES), st.text(st.characters(exclude_categories=["Cs"])))
).map(lambda parts: "".join(c for c in "".join(parts) if c not in TAG_INITIALS))


@st.composite
def split(draw: st.DrawFn, text_strategy: st.SearchStrategy[str]) -> list[str]:
    """A text drawn from ``text_strategy``, cut into deltas at random points (empty deltas included)."""
    text = draw(text_strategy)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=len(text) + 2)))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def stream(deltas: list[str], vault: dict[str, str] = VAULT) -> tuple[list[str], str]:
    """What a StreamRestorer releases for each delta, and at the end."""
    restorer = StreamRestorer(vault)
    return [restorer.feed(delta) for delta in deltas], restorer.flush()


@settings(max_examples=2000, deadline=None)  # correctness only: speed is `make bench`'s; a loaded CI machine is slow
@given(split(texts))
def test_streaming_equals_restoring_the_whole_text(deltas: list[str]) -> None:
    released, tail = stream(deltas)
    assert "".join(released) + tail == restore_text("".join(deltas), VAULT)


@settings(max_examples=500)
@given(texts)
def test_output_contains_no_placeholder_variant(text: str) -> None:
    out = restore_text(text, VAULT)
    assert restore_text(out, VAULT) == out


separators = st.text(st.sampled_from(["。", "、", "様", "😀", " ", "\n"]), min_size=1, max_size=3)


@given(st.lists(st.tuples(named_variants, separators)), st.data())
def test_variants_are_replaced_by_their_values(parts: list[tuple[tuple[str, str], str]], data: st.DataObject) -> None:
    text = "".join(variant + sep for (_, variant), sep in parts)
    expected = "".join(VAULT[f"<{name}>"] + sep for (name, _), sep in parts)
    assert restore_text(text, VAULT) == expected
    released, tail = stream(data.draw(split(st.just(text))))
    assert "".join(released) + tail == expected


@given(split(no_placeholder))
def test_text_without_placeholder_passes_through(deltas: list[str]) -> None:
    text = "".join(deltas)
    released, tail = stream(deltas)
    assert restore_text(text, VAULT) == "".join(released) + tail == text


@given(split(no_placeholder.map(lambda text: "".join(c for c in text if c not in OPENINGS))))
def test_text_that_cannot_start_a_placeholder_is_released_immediately(deltas: list[str]) -> None:
    released, tail = stream(deltas)
    assert released == deltas
    assert tail == ""


@given(split(st.lists(st.sampled_from(["<PERSON_", "PERSON_", "\\<", "＜ｐｅｒ", "< ", "【", "\\", "_"])).map("".join)))
def test_held_back_text_stays_short(deltas: list[str]) -> None:
    restorer = StreamRestorer({"<PERSON_1>": "山田太郎"})
    seen = released = ""
    for delta in deltas:
        seen += delta
        released += restorer.feed(delta)
        assert seen.startswith(released)
        assert len(seen) - len(released) < len(r"\< PERSON\_1 \>")


@pytest.mark.parametrize("make", VARIANTS.values(), ids=VARIANTS.keys())
@pytest.mark.parametrize("name", ["PERSON_1", "PHONE_NUMBER_1", "ATENA_NUMBER_12"])
def test_variant(make: Callable[[str], str], name: str) -> None:
    vault = {f"<{name}>": VAULT[f"<{name}>"]}  # alone, so that only its own variants bound the hold-back
    text = f"こんにちは{make(name)}さん。"
    expected = f"こんにちは{vault[f'<{name}>']}さん。"
    assert restore_text(text, vault) == expected
    released, tail = stream(list(text), vault)
    assert "".join(released) + tail == expected
    # A closing bracket completes the placeholder at once; a bare one could still grow a digit.
    at_once = StreamRestorer(vault).feed(f"こんにちは{make(name)}")
    assert at_once == (expected[: -len("さん。")] if make(name)[-1] in ">＞]］】" else "こんにちは")


@pytest.mark.parametrize("near_miss", NEAR_MISSES)
def test_near_miss_is_left_unchanged(near_miss: str) -> None:
    assert restore_text(f"前{near_miss}後", VAULT) == f"前{near_miss}後"


def test_unknown_placeholder_passes_unchanged() -> None:
    text = "<PERSON_99>さんと<PERSON_1>さん、<UNKNOWN_1>"
    assert restore_text(text, VAULT) == "<PERSON_99>さんと山田太郎さん、<UNKNOWN_1>"


def test_restored_values_are_not_restored_again() -> None:
    vault = {"<PERSON_1>": "<PHONE_NUMBER_1>", "<PHONE_NUMBER_1>": "090-1234-5678", "<PERSON_2>": "PERSON_1"}
    text = "<PERSON_1> / PERSON_2 / <PHONE_NUMBER_1>"
    expected = "<PHONE_NUMBER_1> / PERSON_1 / 090-1234-5678"
    assert restore_text(text, vault) == expected
    released, tail = stream(list(text), vault)
    assert "".join(released) + tail == expected


def test_only_a_possible_placeholder_is_held_back() -> None:
    restorer = StreamRestorer({"<PHONE_NUMBER_1>": "090-1234-5678", "<PERSON_1>": "山田太郎"})
    assert restorer.feed("電話は<PHO") == "電話は"
    assert restorer.feed("NE_NUMBER_1>です。") == "090-1234-5678です。"
    assert restorer.feed("PERSON_1") == ""  # could still become PERSON_10
    assert restorer.feed("0 と PERSON_1") == "PERSON_10 と "
    assert restorer.feed("様") == "山田太郎様"
    assert restorer.feed("help <") == "help "
    assert restorer.feed("/b") == "</b"
    assert restorer.flush() == ""
    assert restorer.feed("PERSON_1") == ""  # a new stream: the "b" before is forgotten
    assert restorer.flush() == "山田太郎"


def test_empty_vault_releases_everything() -> None:
    restorer = StreamRestorer({})
    assert restorer.feed("<PERSON_1> <") == "<PERSON_1> <"
    assert restorer.flush() == ""
    assert restore_text("<PERSON_1>", {}) == "<PERSON_1>"
