"""Server-sent events: parse an upstream stream into events and write them back out.

The parser works on the bytes as they arrive: every chunk yields the events it completes, so the
relay can handle them together and write them to the client at once (one write per upstream read,
not one per event), and no text or line decoding of the whole stream happens on the way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One event: an optional event name and its data (data lines joined by newlines)."""

    data: str
    event: str | None = None

    def encode(self) -> bytes:
        if self.event is None and "\n" not in self.data:
            return b"data: " + self.data.encode() + b"\n\n"
        head = f"event: {self.event}\n" if self.event else ""
        body = "".join(f"data: {line}\n" for line in self.data.split("\n"))
        return f"{head}{body}\n".encode()


class SSEParser:
    """Splits a byte stream into events; an event is complete at its blank line (LF, CRLF or CR line ends)."""

    def __init__(self) -> None:
        self._rest = b""

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """The events that `chunk` completes, in order."""
        buffer = self._rest + chunk
        if b"\r" in buffer:
            held = buffer.endswith(b"\r")  # its LF may be in the next chunk: one line end, not two
            buffer = (buffer[:-1] if held else buffer).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            buffer += b"\r" if held else b""
        *blocks, self._rest = buffer.split(b"\n\n")
        return [event for block in blocks if (event := _event(block)) is not None]

    def close(self) -> list[SSEEvent]:
        """An event the stream ended without its blank line."""
        rest, self._rest = self._rest.removesuffix(b"\r"), b""
        event = _event(rest)
        return [event] if event is not None else []


def _event(block: bytes) -> SSEEvent | None:
    """The event of one block of lines (None when it has no data)."""
    if block.startswith(b"data: ") and b"\n" not in block:  # the usual block: one data line
        return SSEEvent(block[6:].decode("utf-8", "replace"))
    event: str | None = None
    data: list[str] = []
    for line in block.decode("utf-8", "replace").split("\n"):
        if not line or line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
    return SSEEvent("\n".join(data), event) if data else None
