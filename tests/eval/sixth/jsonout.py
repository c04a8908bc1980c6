"""Offset-tracking JSON, Python-literal and YAML writers (leaves may be labelled values)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.eval.blind.model import Builder, Val


@dataclass(frozen=True)
class Raw:
    """A labelled value written without quotes (a JSON integer)."""

    val: Val


def esc(s: str) -> str:
    """\\uXXXX-escape every non-ASCII character, as json.dumps(ensure_ascii=True) does."""
    return "".join(f"\\u{ord(c):04x}" if ord(c) > 127 else c for c in s)


def _leaf(b: Builder, v: object, escape: bool, quote: str) -> None:
    if isinstance(v, Raw):
        b.put(v.val)
    elif isinstance(v, Val):
        text = v.text.replace("\n", "\\n")
        if escape:
            text = esc(text)
        b.put(quote).put(Val(v.entity, text, v.form)).put(quote)
    elif v is None:
        b.put("null" if quote == '"' else "None")
    elif isinstance(v, bool):
        b.put(("true" if v else "false") if quote == '"' else str(v))
    elif isinstance(v, int | float):
        b.put(str(v))
    else:
        s = str(v).replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n")
        b.put(quote + (esc(s) if escape else s) + quote)


def dump(b: Builder, obj: object, indent: int | None = 2, level: int = 0, escape: bool = False,
         quote: str = '"') -> None:
    """Write obj as JSON (quote '"') or as a Python literal (quote "'")."""
    nl = "\n" if indent is not None else ""
    pad = " " * ((indent or 0) * (level + 1))
    end_pad = " " * ((indent or 0) * level)
    sep = "," + (nl if indent is not None else " ")
    colon = ": "
    if isinstance(obj, dict):
        if not obj:
            b.put("{}")
            return
        b.put("{" + nl)
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.put(sep)
            b.put(pad + quote + (esc(k) if escape else k) + quote + colon)
            dump(b, v, indent, level + 1, escape, quote)
        b.put(nl + end_pad + "}")
    elif isinstance(obj, list):
        b.put("[" + nl)
        for i, v in enumerate(obj):
            if i:
                b.put(sep)
            b.put(pad)
            dump(b, v, indent, level + 1, escape, quote)
        b.put(nl + end_pad + "]")
    else:
        _leaf(b, obj, escape, quote)


def yaml(b: Builder, obj: dict, level: int = 0) -> None:
    """Write a nested dict as block YAML; labelled values unquoted."""
    for k, v in obj.items():
        b.put("  " * level + k + ":")
        if isinstance(v, dict):
            b.put("\n")
            yaml(b, v, level + 1)
        else:
            b.put(" ")
            if isinstance(v, Raw):
                b.put(v.val)
            elif isinstance(v, Val):
                if "\n" in v.text:
                    b.put('"').put(Val(v.entity, v.text.replace("\n", "\\n"), v.form)).put('"')
                else:
                    b.put(v)
            else:
                b.put(str(v))
            b.put("\n")
