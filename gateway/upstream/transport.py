"""The upstream transport: httpx's own, with a network stream that finds its socket once and sends a
request in one write.

httpcore asks every pooled connection whether it has expired before each request, and each
asks its anyio stream for the raw socket through `extra()`, which builds the stream's whole table
of attributes (peer name included) every time: a cost per request that grows with the number of
pooled connections, so with the number of concurrent clients. These streams look the socket up
once, at connect time; the readability check itself is unchanged.

httpcore writes a request's head and its body separately (two sends, two wake-ups of the upstream);
these streams hold what is written until the connection reads (or `HOLD_MAX` bytes are held), so a
request goes out in one send, before its answer is awaited.
"""

from __future__ import annotations

import ssl
from typing import Any

import anyio.abc
import httpcore
import httpx
from httpcore._backends.anyio import AnyIOBackend, AnyIOStream
from httpcore._utils import is_socket_readable

HOLD_MAX = 65_536  # bytes held before they are sent anyway (a large body goes out in pieces of this size)


class _Stream(AnyIOStream):
    def __init__(self, stream: anyio.abc.ByteStream) -> None:
        super().__init__(stream)
        self._socket = stream.extra(anyio.abc.SocketAttribute.raw_socket, None)  # noqa: S610 (anyio, not SQL)
        self._held: list[bytes] = []
        self._held_size = 0

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109 (httpcore's)
        if buffer:
            self._held.append(buffer)
            self._held_size += len(buffer)
            if self._held_size >= HOLD_MAX:
                await self._send(timeout)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109 (httpcore's)
        if self._held:
            await self._send(timeout)
        return await super().read(max_bytes, timeout)

    async def _send(self, timeout: float | None) -> None:  # noqa: ASYNC109 (passed on to httpcore)
        data = b"".join(self._held)
        self._held.clear()
        self._held_size = 0
        await super().write(data, timeout)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return is_socket_readable(self._socket)
        if info == "socket":
            return self._socket
        return super().get_extra_info(info)

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:  # noqa: ASYNC109 (httpcore's)
        wrapped = await super().start_tls(ssl_context, server_hostname, timeout)
        assert isinstance(wrapped, AnyIOStream)
        return _Stream(wrapped._stream)


class _Backend(AnyIOBackend):
    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,  # noqa: ASYNC109 (httpcore's)
                          local_address: str | None = None, socket_options: Any = None,
                          ) -> httpcore.AsyncNetworkStream:
        stream = await super().connect_tcp(host, port, timeout, local_address, socket_options)
        assert isinstance(stream, AnyIOStream)
        return _Stream(stream._stream)


def transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """httpx's transport for these limits, on streams that keep their socket."""
    made = httpx.AsyncHTTPTransport(limits=limits)
    pool = made._pool
    assert isinstance(pool, httpcore.AsyncConnectionPool)  # no proxy: the upstream is reached directly
    pool._network_backend = _Backend()
    return made
