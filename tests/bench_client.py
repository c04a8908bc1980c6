"""The bench's load generator: HTTP/1.1 over keep-alive asyncio streams, as little work per request as can be.

httpx costs the load generator more CPU per request than the fake upstream costs the direct target, and
more the more connections its pool holds, so at 64 clients one bench process could not load even the
direct target. This client writes a prepared request and reads the answer (Content-Length or chunked),
nothing else: the CPU it leaves free goes to the targets under test.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Answer:
    """A finished exchange: the status, the body, and (streams) the body's pieces as they arrived."""

    status: int
    body: bytes


class Connection:
    """One keep-alive connection to ``url``'s host; `send` makes one request on it and reads the answer."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.head = "".join(f"{k}: {v}\r\n" for k, v in {"Host": f"{self.host}:{self.port}", **headers}.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, path: str, payload: dict[str, object],
                   on_piece: Callable[[bytes], None] | None = None) -> Answer:
        """POST ``payload`` as JSON; ``on_piece`` sees each piece of a chunked (streamed) body as it comes."""
        if self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.writer.write(f"POST {path} HTTP/1.1\r\n{self.head}Content-Type: application/json\r\n"
                          f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        fields = {k.strip().lower(): v.strip() for k, _, v in
                  (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)}
        if fields.get(b"transfer-encoding") == b"chunked":
            pieces = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                piece = await self.reader.readexactly(size + 2)
                if not size:
                    break
                pieces.append(piece[:-2])
                if on_piece is not None:
                    on_piece(piece[:-2])
            data = b"".join(pieces)
        else:
            data = await self.reader.readexactly(int(fields.get(b"content-length", b"0")))
        if fields.get(b"connection") == b"close":
            self.close()
        return Answer(status, data)

    def close(self) -> None:
        """Close the connection (a new one is opened by the next `send`)."""
        if self.writer is not None:
            self.writer.close()
            self.writer = None
