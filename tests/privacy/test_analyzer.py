"""Analyzer: original-text offsets, rules (thresholds, actions, lists, custom), long and bad inputs."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from spacy.language import Language

from gateway.privacy.analyzer import Analyzer
from gateway.privacy.entities import DetectionError, Finding
from gateway.privacy.nlp import CHUNK_CHARS, chunks
from gateway.privacy.pii_rules import load_pii_rules

SHIPPED = Path(__file__).resolve().parents[2] / "rules" / "pii.yaml"


def pairs(findings: list[Finding], text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in findings]


def rules_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pii.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_offsets_are_into_the_original_text(analyzer: Analyzer) -> None:
    text = "㍻元年生まれの山田\u3000太郎様、電話は０９０ー１２３４ー５６７８、住所：茨城県つくば市研究学園１－２－３"
    assert pairs(analyzer.analyze(text), text) == [
        ("PERSON", "山田\u3000太郎"),
        ("PHONE_NUMBER", "０９０ー１２３４ー５６７８"),
        ("ADDRESS", "茨城県つくば市研究学園１－２－３"),
    ]


def test_findings_are_sorted_and_do_not_overlap(analyzer: Analyzer) -> None:
    text = "氏名：佐藤花子\n生年月日：昭和60年4月1日\n住所：茨城県つくば市研究学園一丁目1番地1\n電話：029-123-4567"
    found = analyzer.analyze(text)
    assert [f.entity for f in found] == ["PERSON", "BIRTH_DATE", "ADDRESS", "PHONE_NUMBER"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(0 < f.score <= 1 for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "令和6年度の予算額は12億3,456万円です。",
        "地方自治法第252条の17の2に基づく事務の委託について",
        "文書番号 つ総第1234号、会議は令和6年5月1日に開催。",
        "つくば市の人口は?筑波大学とつくば市役所の連携協定。",
        "市長と課長が出席した。",
    ],
)
def test_public_text_has_no_findings(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text) == []


def test_batch_equals_single(analyzer: Analyzer) -> None:
    texts = ["山田太郎様", "", "生年月日：1990年1月1日", "つくば市の人口"]
    assert analyzer.analyze_batch(texts) == [analyzer.analyze(t) for t in texts]


def test_allow_list_threshold_and_allow_action(nlp: Language, tmp_path: Path) -> None:
    text = "代表電話 ０２９－８８３－１１１１、担当 山田太郎、生年月日：1990年1月1日"
    shipped = Analyzer(load_pii_rules(SHIPPED), nlp)
    assert [e for e, _ in pairs(shipped.analyze(text), text)] == ["PERSON", "BIRTH_DATE"]
    path = rules_file(tmp_path, "entities:\n  PERSON: {action: allow}\n  BIRTH_DATE: {threshold: 0.99}\n")
    assert [e for e, _ in pairs(Analyzer(load_pii_rules(path), nlp).analyze(text), text)] == ["PHONE_NUMBER"]


def test_deny_list_and_custom_rules(nlp: Language, tmp_path: Path) -> None:
    path = rules_file(
        tmp_path,
        "deny_list:\n  PERSON: [筑波花子]\n"
        "custom:\n"
        "  - {name: 宛名番号, entity: ATENA_NUMBER, patterns: ['(?<![0-9])[0-9]{10}(?![0-9])'],"
        " context: [宛名番号], score: 0.8}\n"
        "  - {name: ケース番号, entity: CASE_NUMBER, context: [ケース番号], score: 0.7}\n",
    )
    analyzer = Analyzer(load_pii_rules(path), nlp)
    text = "筑波　花子の宛名番号は０１２３４５６７８９、ケース番号: A-123。別件 9876543210"
    assert pairs(analyzer.analyze(text), text) == [
        ("PERSON", "筑波　花子"),
        ("ATENA_NUMBER", "０１２３４５６７８９"),
        ("CASE_NUMBER", "A-123"),
        ("ID_NUMBER", "9876543210"),  # no rule names it: masked as a number of unknown kind
    ]


def test_long_text_is_split_below_sudachis_limit(analyzer: Analyzer) -> None:
    line = "山田太郎様の住所は茨城県つくば市研究学園1-2-3です。" + "あ" * 60 + "\n"
    text = line * 1500  # about 150,000 characters, 400,000 bytes
    assert len(text.encode()) > 49_149
    assert all(len(piece.encode()) < 49_149 for _, piece in chunks(text))
    found = analyzer.analyze(text)
    assert len([f for f in found if f.entity == "PERSON"]) == 1500
    assert len([f for f in found if f.entity == "ADDRESS"]) == 1500


def test_chunks_without_any_break_are_cut_hard() -> None:
    pieces = list(chunks("x" * (CHUNK_CHARS * 2 + 5)))
    assert [len(p) for _, p in pieces] == [CHUNK_CHARS, CHUNK_CHARS, 5]
    assert [o for o, _ in pieces] == [0, CHUNK_CHARS, CHUNK_CHARS * 2]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t\u3000",
        "\ud800",
        "山田\udfff太郎様",
        "😀👨‍👩‍👧" * 50,
        "e\u0301\u0302\u0303" * 100,
        "".join(chr(c) for c in range(0, 0x3000, 7)),
        bytes(range(256)).decode("latin-1") * 20,
        "\x00" * 1000,
    ],
)
def test_bad_inputs_return_cleanly(analyzer: Analyzer, text: str) -> None:
    for f in analyzer.analyze(text):
        assert 0 <= f.start < f.end <= len(text)


def test_one_megabyte_in_bounded_time(analyzer: Analyzer) -> None:
    text = ("窓口で相談を受けた。資料を送付する。" * 20 + "\n") * 1500  # about 1 MB in UTF-8
    assert len(text.encode()) > 1_000_000
    started = time.perf_counter()
    assert analyzer.analyze(text) == []
    assert time.perf_counter() - started < 120


@pytest.mark.parametrize("bad", [None, b"bytes", 42])
def test_failure_raises_detection_error_without_text(analyzer: Analyzer, bad: object) -> None:
    with pytest.raises(DetectionError) as info:
        analyzer.analyze(bad)  # type: ignore[arg-type]
    assert "bytes" not in str(info.value)
    with pytest.raises(DetectionError):
        analyzer.analyze_batch(["山田太郎様", bad])  # type: ignore[list-item]


def test_vocabulary_does_not_grow(analyzer: Analyzer, nlp: Language) -> None:
    analyzer.analyze("初回の呼び出しで共通の語を登録する。")
    before = len(nlp.vocab.strings)
    for i in range(30):
        analyzer.analyze(f"新しい語{i}ゾゾ{i * 7919}ヌヌ{i}ラララ{i}号 山田{i}様")
    assert len(nlp.vocab.strings) == before
