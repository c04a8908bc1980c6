"""The upstream transport: httpx's own, with a network stream that finds its socket once.

httpcore asks every pooled connection whether it has expired before each request, and each
asks its anyio stream for the raw socket through `extra()`, which builds the stream's whole table
of attributes (peer name included) every time: a cost per request that grows with the number of
pooled connections, so with the number of concurrent clients. These streams look the socket up
once, at connect time; the readability check itself is unchanged.
"""

from __future__ import annotations

import ssl
from typing import Any

import anyio.abc
import httpcore
import httpx
from httpcore._backends.anyio import AnyIOBackend, AnyIOStream
from httpcore._utils import is_socket_readable


class _Stream(AnyIOStream):
    def __init__(self, stream: anyio.abc.ByteStream) -> None:
        super().__init__(stream)
        self._socket = stream.extra(anyio.abc.SocketAttribute.raw_socket, None)  # noqa: S610 (anyio, not SQL)

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
