r"""Put the original values back in place of placeholders, in whole texts and in streamed deltas.

A placeholder is ``<TAG_N>``: TAG matches ``[A-Z][A-Z0-9_]*``, N is a positive integer without leading
zeros.  Only placeholders that are keys of the vault are restored (other keys are ignored), in a single
pass over the input, so a restored value is never read again.  Models mangle placeholders, so these
variants of a vault placeholder are restored as well:

* any case, per letter: ``<person_1>``, ``<Person_1>``;
* full-width letters, digits and underscores, alone or mixed: ``＜ＰＥＲＳＯＮ＿１＞``;
* brackets ``<…>`` and ``[…]``, each side in half or full width (``＜…＞``, ``<…＞``, ``［…］``), and
  ``【…】``, all optionally backslash-escaped (markdown): ``\<PERSON_1\>``, ``\[PERSON_1\]``;
* one half- or full-width space just inside a bracket: ``< PERSON_1 >``, ``【PERSON_1 】``;
* markdown-escaped underscores: ``PERSON\_1``, ``<PHONE\_NUMBER\_1>``;
* bare ``PERSON_1``, unless glued to a longer identifier: no ASCII or full-width letter, digit or
  underscore (nor ``\_`` after) may touch it, so ``PERSON_10``, ``XPERSON_1`` and ``PERSON_1_X`` stay
  as they are, while ``PERSON_1様`` and ``「PERSON_1」`` are restored.

Spaces elsewhere (``<PERSON _1>``) are not accepted.  Brackets that do not fit these forms are not part
of the placeholder, the bare form inside still is: ``<PERSON_1 です`` and ``<  PERSON_1>`` keep their
brackets around the value.

Streaming holds back only the suffix from the earliest position where the outcome still depends on input
not yet seen: a prefix of some variant (``<PER``, ``\``, ``＜ ``) or a complete bare placeholder that
could still be glued to a digit (``PERSON_1``).  No variant is longer than ``\< TAG\_N \>`` with every
underscore escaped, so neither is the held-back text, and only that many trailing characters are examined
per delta.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)_([1-9][0-9]*)>")
_WIDE = re.compile("[\uff01-\uff5e\u3000]")  # full-width ASCII and the ideographic space
_NEVER = "(?!)"
_BRACKETS = (("<", ">"), (r"\[", r"\]"), ("【", "】"))
_DECORATION = str.maketrans("", "", "<>[]【】\\ ")

# A pattern is built as a pair of regexes: the pattern itself, and its "live" regex, which matches at
# position i exactly when matching the pattern at i reads the end of the text, i.e. when the outcome
# still depends on what comes next.  The combinators below build both halves in step.
_Pattern = tuple[str, str]


def _char(char_class: str) -> _Pattern:
    return char_class, r"\Z"


def _optional(pattern: _Pattern) -> _Pattern:
    return f"(?:{pattern[0]})?", pattern[1]


def _either(patterns: Sequence[_Pattern]) -> _Pattern:
    if not patterns:
        return _NEVER, _NEVER
    return "(?:" + "|".join(p for p, _ in patterns) + ")", "(?:" + "|".join(live for _, live in patterns) + ")"


def _sequence(*patterns: _Pattern) -> _Pattern:
    pattern, live = patterns[-1]
    for head, head_live in reversed(patterns[:-1]):
        pattern, live = head + pattern, f"(?:{head_live}|{head}{live})"
    return pattern, live


_ESCAPE = _optional(_char(r"\\"))
_UNDERSCORE = _sequence(_ESCAPE, _char("_"))
_SPACE = _optional(_char(" "))
_BEFORE_BARE = "(?<![A-Za-z0-9_])", _NEVER  # looks back only: never reads the end
_AFTER_BARE = r"(?![A-Za-z0-9_]|\\_)", r"\\?\Z"


def _word(name: str) -> _Pattern:
    """``TAG_`` or ``N`` of a name, in either case, with ``\\_`` for ``_`` (in narrowed text)."""
    return _sequence(*(_UNDERSCORE if char == "_" else _char(f"[{char}{char.lower()}]") for char in name))


@dataclass(frozen=True, slots=True)
class _Compiled:
    variant: re.Pattern[str]  # any accepted variant of any vault placeholder, in narrowed text
    live: re.Pattern[str]  # where the outcome of matching ``variant`` still depends on unseen input
    window: int  # length of the longest variant; a live suffix is shorter


@lru_cache(maxsize=256)
def _compile(keys: frozenset[str]) -> _Compiled:
    """Build the regexes for a vault's placeholders (cached per set of keys)."""
    found = sorted(match.groups() for key in keys if (match := _PLACEHOLDER.fullmatch(key)))
    numbers: dict[str, list[_Pattern]] = {}
    for tag, number in found:
        numbers.setdefault(tag, []).append(_word(number))
    names = _either([_sequence(_word(tag + "_"), _either(ns)) for tag, ns in numbers.items()])
    bracketed = [
        _sequence(_ESCAPE, _char(opening), _SPACE, names, _SPACE, _ESCAPE, _char(closing))
        for opening, closing in _BRACKETS
    ]
    variant, live = _either([*bracketed, _sequence(_BEFORE_BARE, names, _AFTER_BARE)] if found else [])
    window = max((len(tag) + tag.count("_") + len(number) + 8 for tag, number in found), default=0)
    return _Compiled(re.compile(variant), re.compile(live), window)


def _narrow(text: str) -> str:
    """``text`` with full-width ASCII and ideographic spaces made half-width: same length, same indices."""
    return _WIDE.sub(lambda m: " " if m.group() == "\u3000" else chr(ord(m.group()) - 0xFEE0), text)


def _substitute(
    compiled: _Compiled, vault: Mapping[str, str], text: str, narrow: str, pos: int, stop: int
) -> tuple[str, int]:
    """Restore the variants in ``text[pos:]`` (matched in its narrowed form) that start before ``stop``.

    Returns the output and the index in ``text`` up to which the input has been consumed (at least
    ``stop``).  Characters before ``pos`` serve only as context for the bare form's look-behind.
    """
    out: list[str] = []
    for match in compiled.variant.finditer(narrow, pos):
        if match.start() >= stop:
            break
        out += (text[pos : match.start()], vault["<" + match.group().translate(_DECORATION).upper() + ">"])
        pos = match.end()
    end = max(pos, stop)
    out.append(text[pos:end])
    return "".join(out), end


def prepare(vault: Mapping[str, str]) -> None:
    """Compile the vault's patterns now (they are cached): a large vault costs seconds, best spent off the loop."""
    _compile(frozenset(vault))


def restore_text(text: str, vault: Mapping[str, str]) -> str:
    """Replace every accepted variant of a vault placeholder in ``text`` by its original value."""
    return _substitute(_compile(frozenset(vault)), vault, text, _narrow(text), 0, len(text))[0]


class StreamRestorer:
    """Restore placeholders in a stream of deltas, releasing each character as early as possible.

    ``"".join(map(feed, deltas)) + flush()`` equals ``restore_text("".join(deltas), vault)`` for any
    split; only a suffix that may still turn out to be (part of) a placeholder is held back.
    """

    def __init__(self, vault: Mapping[str, str]) -> None:
        self._vault = vault
        self._compiled = _compile(frozenset(vault))
        self._text = ""  # the last released input character (look-behind context), then held-back input
        self._start = 0  # index in ``_text`` where the held-back input begins (0 or 1)

    def feed(self, delta: str) -> str:
        """Take the next delta; return the restored text that can be released now."""
        text = self._text + delta
        narrow = _narrow(text)
        live = self._compiled.live.search(narrow, max(self._start, len(text) - self._compiled.window))
        return self._release(text, narrow, live.start() if live else len(text))

    def flush(self) -> str:
        """End the stream: release whatever is held back.  The restorer can then start a new stream."""
        out = self._release(self._text, _narrow(self._text), len(self._text))
        self._text, self._start = "", 0
        return out

    def _release(self, text: str, narrow: str, stop: int) -> str:
        out, end = _substitute(self._compiled, self._vault, text, narrow, self._start, stop)
        keep = max(end - 1, 0)
        self._text, self._start = text[keep:], end - keep
        return out
