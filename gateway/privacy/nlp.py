"""GiNZA for detection: one cached model, Sudachi-safe chunks, tokens first and NER only where it helps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NlpEngine, SpacyNlpEngine
from spacy.lang.ja import DetailedToken, get_dtokens_and_spaces
from spacy.language import Language
from spacy.tokens import Doc, Span

from gateway.privacy.entities import Entity
from gateway.privacy.recognizers import person

MODEL = "ja_ginza"
LANGUAGE = "ja"
# GiNZA uses the Extended Named Entity labels; only Person is worth having (JAPANESE_PII.md: Person F1
# 0.69, Postal_Address 0.09): addresses, dates and numbers come from rules.
LABEL_MAPPING = {"Person": Entity.PERSON.value}
# SudachiPy refuses inputs over 49,149 bytes (JAPANESE_PII.md); 4,000 characters stay far below that
# even at 4 bytes a character, and keep presidio's per-result token scans short.
CHUNK_CHARS = 4000
_BREAKS = (re.compile(r"\n"), re.compile(r"[。！？!?]"), re.compile(r"[、,\s]"))
_SPACE = "空白"
NER_BATCH = 32  # nlp.pipe's own batch size (1,000) multiplies memory on long texts (JAPANESE_PII.md)


@cache
def load_nlp() -> Language:
    """Load ja_ginza once per process, with only the components detection needs (tokenizer, tok2vec, ner)."""
    return spacy.load(MODEL, exclude=["parser", "morphologizer", "compound_splitter", "bunsetu_recognizer"])


def nlp_engine(nlp: Language) -> NlpEngine:
    """A presidio spaCy engine around the already loaded model (presidio never downloads a model)."""
    labels: tuple[str, ...] = getattr(nlp.get_pipe("ner"), "labels", ())
    ignored = [label for label in labels if label not in LABEL_MAPPING]
    engine = SpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": MODEL}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=LABEL_MAPPING, labels_to_ignore=ignored
        ),
    )
    # injected: SpacyNlpEngine.load() would spacy.load() the model again
    setattr(engine, "nlp", {LANGUAGE: nlp})  # noqa: B010 (presidio types the attribute as None)
    return engine


def tokenize(nlp: Language, text: str) -> Doc:
    """ja_ginza's tokenization (Sudachi, split mode C) with tags and lemmas, but without readings.

    spaCy's JapaneseTokenizer stores each token's reading as a morph feature, and morph strings stay in
    the StringStore even inside ``nlp.memory_zone()``: unbounded growth on numbers and unknown words.
    NER needs neither (its tok2vec reads ORTH and SHAPE), nor the sub-tokens it computes. Spaces are
    merged exactly as spaCy does, so token boundaries (and NER results) are the same.
    """
    dtokens = [
        DetailedToken(
            m.surface(),
            "-".join(p for p in m.part_of_speech()[:4] if p != "*"),
            "",
            m.dictionary_form(),
            "",
            None,
            None,
        )
        for m in nlp.tokenizer.tokenizer.tokenize(text)  # type: ignore[union-attr]
        if m.surface()
    ]
    merged = [
        t
        for i, t in enumerate(dtokens)  # one token for a run of spaces, as spaCy's tokenizer does
        if i == 0 or t.tag != _SPACE or not t.surface.isspace() or dtokens[i - 1].tag != _SPACE
    ]
    tokens, spaces = get_dtokens_and_spaces(merged, text)  # type: ignore[no-untyped-call]
    return Doc(
        nlp.vocab,
        words=[t.surface for t in tokens],
        spaces=spaces,
        tags=[t.tag for t in tokens],
        lemmas=[t.lemma or t.surface for t in tokens],
    )


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Split ``text`` into (offset, piece) of at most CHUNK_CHARS, at a line, sentence or word end."""
    start = 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start : start + CHUNK_CHARS]
        cut = CHUNK_CHARS
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, CHUNK_CHARS // 2)]
            if ends:
                cut = ends[-1]
                break
        yield start, window[:cut]
        start += cut
    if start < len(text) or not text:
        yield start, text[start:]


def artifacts(nlp: Language, engine: NlpEngine, docs: list[Doc]) -> list[NlpArtifacts]:
    """Presidio artifacts of tokenized docs; NER runs only on windows around uncertain name candidates."""
    windows: list[tuple[Doc, int, int]] = []
    for doc in docs:
        found_names = doc.user_data[person.CANDIDATES] = person.candidates(doc)  # reused by PersonRecognizer
        windows.extend((doc, start, end) for start, end in person.ner_windows(doc, found_names))
    found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
    tagged = nlp.pipe((doc[start:end].as_doc() for doc, start, end in windows), batch_size=NER_BATCH)
    for (doc, start, _), sub in zip(windows, tagged, strict=True):
        found[id(doc)].extend(
            Span(doc, start + ent.start, start + ent.end, label=LABEL_MAPPING[ent.label_])
            for ent in sub.ents
            if ent.label_ in LABEL_MAPPING
        )
    return [
        NlpArtifacts(
            entities=found[id(doc)],
            tokens=doc,
            tokens_indices=[tok.idx for tok in doc],
            lemmas=[tok.lemma_ for tok in doc],
            nlp_engine=engine,
            language=LANGUAGE,
        )
        for doc in docs
    ]
