"""A document being written: Builder plus inline markup `[O:…]` (ORGANIZATION) and `[L:…]` (LOCATION)."""

from __future__ import annotations

import re
from string import Formatter

from tests.eval.blind.model import BlindDoc, Builder, Piece, Val
from tests.eval.twelfth.ctx import Ctx

_MARK = re.compile(r"\[([OL]):([^\]]+)\]")


def marked(literal: str) -> Piece:
    """Split a literal into text and ORGANIZATION/LOCATION values."""
    out: list[Piece] = []
    pos = 0
    for m in _MARK.finditer(literal):
        out.append(literal[pos : m.start()])
        out.append(Val("ORGANIZATION" if m.group(1) == "O" else "LOCATION", m.group(2), "name"))
        pos = m.end()
    out.append(literal[pos:])
    return tuple(out)


class Doc:
    """Write templates (`{field}` values, `[O:…]`/`[L:…]` markup) into one document."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.b = Builder()

    def t(self, template: str, **values: Piece) -> Doc:
        for literal, name, _spec, _conv in Formatter().parse(template):
            self.b.put(marked(literal))
            if name is not None:
                self.b.put(values[name])
        return self

    def ln(self, template: str = "", **values: Piece) -> Doc:
        return self.t(template, **values).t("\n")

    def put(self, piece: Piece) -> Doc:
        self.b.put(piece)
        return self

    def build(self, doc_id: str, kind: str) -> BlindDoc:
        return self.b.build(doc_id, kind)


def o(name: str) -> Val:
    return Val("ORGANIZATION", name, "name")


def loc(name: str) -> Val:
    return Val("LOCATION", name, "name")
