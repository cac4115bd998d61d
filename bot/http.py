"""HTTP clients for the Bot API: a small aiohttp-based PTB request class, and a factory.

PTB's default `HTTPXRequest` spends 0.7-2.5 ms of CPU per request in httpx and gets
slower as connections are added (encode/httpx #3215; docs/benchmarks.md has our
figures). `AiohttpRequest` implements PTB's `BaseRequest` on an aiohttp session so the
same Bot, Application and error handling run several times faster. It keeps HTTPX's
contract: form-encoded bodies, multipart only when files are uploaded, HTTP/1.1, and
every failure surfaced as PTB's `TimedOut` or `NetworkError`.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Final, cast

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

if TYPE_CHECKING:
    # Type only: BaseRequest.do_request declares its timeouts with PTB's private
    # "value or DEFAULT_NONE" alias, and an override must say the same. At run time the
    # sentinel is read through BaseRequest.DEFAULT_NONE (public) in `_given`.
    from telegram._utils.types import ODVInput

CLIENT_KINDS: Final = ("aiohttp", "httpx")
POOL_TIMEOUT_MESSAGE: Final = (
    "Pool timeout: All connections in the connection pool are occupied. "
    "Request was *not* sent to Telegram. Consider adjusting the connection "
    "pool size or the pool timeout."
)
_FORM: Final = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """PTB's `BaseRequest` on one aiohttp `ClientSession` with a bounded connection pool.

    Timeouts mean what they mean for `HTTPXRequest`: `pool_timeout` bounds the wait for a
    free connection (our own semaphore, so the error says so), `connect_timeout` the TCP
    connect, `read_timeout` the wait for each chunk of the answer (counted from the end of
    the upload, as aiohttp does), and `write_timeout` the upload: aiohttp has no per-write
    timeout, so it bounds the whole exchange at connect + write + read when all are finite.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool",
        "_pool_size",
        "_pool_timeout",
        "_read_timeout",
        "_session",
        "_shut_down",
        "_timeouts",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        http_version: str = "1.1",
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if http_version != "1.1":
            raise ValueError("AiohttpRequest speaks HTTP/1.1 only; use HTTPXRequest for HTTP/2")
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._pool = asyncio.Semaphore(connection_pool_size)
        self._session: aiohttp.ClientSession | None = None
        self._shut_down = False
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout in seconds, as passed to the constructor."""
        return self._read_timeout

    @property
    def pool_size(self) -> int:
        """How many connections may be open at once."""
        return self._pool_size

    def _new_session(self) -> aiohttp.ClientSession:
        # Our semaphore bounds requests to the pool size, so aiohttp's own queue never waits.
        self._pool = asyncio.Semaphore(self._pool_size)
        connector = aiohttp.TCPConnector(limit=self._pool_size)
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets no cookies
            headers={"User-Agent": self.USER_AGENT},
            raise_for_status=False,
            trust_env=False,
        )

    async def initialize(self) -> None:
        """Open the session (again, after `shutdown`)."""
        self._shut_down = False
        if self._session is None or self._session.closed:
            self._session = self._new_session()

    async def shutdown(self) -> None:
        """Close the session and its connections; a second call does nothing."""
        self._shut_down = True
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    def _timeout(
        self, connect: float | None, read: float | None, write: float | None
    ) -> aiohttp.ClientTimeout:
        key = (connect, read, write)
        timeout = self._timeouts.get(key)
        if timeout is None:
            total = None
            if connect is not None and read is not None and write is not None:
                total = connect + write + read
            timeout = aiohttp.ClientTimeout(
                total=total, connect=None, sock_connect=connect, sock_read=read
            )
            if len(self._timeouts) < 64:  # a handful of distinct values in practice
                self._timeouts[key] = timeout
        return timeout

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; returns the status code and the body."""
        session = self._session
        if session is None or session.closed:
            if self._shut_down:
                raise RuntimeError("This AiohttpRequest is not initialized!")
            await self.initialize()  # like HTTPXRequest, usable before initialize()
            session = self._session
            assert session is not None
        files = request_data is not None and request_data.contains_files
        read = _given(read_timeout, self._read_timeout)
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        write = _given(write_timeout, self._media_write_timeout if files else self._write_timeout)

        data: bytes | aiohttp.FormData | None = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if files:
                data = _multipart(request_data)
            else:
                data = request_data.url_encoded_parameters().encode()
                headers = _FORM

        await self._acquire(pool)
        try:
            async with session.request(
                method,
                url,
                data=data,
                headers=headers,
                timeout=self._timeout(connect, read, write),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's ServerTimeoutError is one too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
        finally:
            self._pool.release()

    async def _acquire(self, pool_timeout: float | None) -> None:
        """Wait for a free connection slot, at most `pool_timeout` seconds."""
        if not self._pool.locked():
            await self._pool.acquire()  # free slot: no timer needed
            return
        try:
            async with asyncio.timeout(pool_timeout):
                await self._pool.acquire()
        except TimeoutError as err:
            raise TimedOut(message=POOL_TIMEOUT_MESSAGE) from err


def _given(value: ODVInput[float], fallback: float | None) -> float | None:
    """PTB's "not given" sentinel (DEFAULT_NONE) becomes our default; anything else is the
    caller's own timeout (a float, or None for "no limit")."""
    return fallback if value is BaseRequest.DEFAULT_NONE else cast("float | None", value)


def _multipart(request_data: RequestData) -> aiohttp.FormData:
    """Parameters as form fields plus the files, as HTTPX sends an upload."""
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form


def make_request(kind: str, *, pool_size: int, read_timeout: float | None = None) -> BaseRequest:
    """A PTB request class by name ("aiohttp" or "httpx") with `pool_size` connections.

    `read_timeout=None` keeps the class's default of 5 s (not "wait forever").
    """
    if kind == "aiohttp":
        if read_timeout is None:
            return AiohttpRequest(connection_pool_size=pool_size)
        return AiohttpRequest(connection_pool_size=pool_size, read_timeout=read_timeout)
    if kind == "httpx":
        if read_timeout is None:
            return HTTPXRequest(connection_pool_size=pool_size)
        return HTTPXRequest(connection_pool_size=pool_size, read_timeout=read_timeout)
    raise ValueError(f"unknown HTTP client {kind!r}; expected one of {', '.join(CLIENT_KINDS)}")


__all__ = ["CLIENT_KINDS", "AiohttpRequest", "make_request"]
