"""A fast fake Bot API server for benchmarks, run in its own process.

tests/fakebot validates every call against the spec and is far too slow to measure a
send path with. This one is a bare HTTP/1.1 keep-alive server on asyncio's protocol
layer: it answers `sendMessage` with a minimal valid Message, serves `getUpdates` from a
queue of simulated user messages, can enforce Telegram's limits with 429 +
`retry_after`, can be told to refuse or hold the next send to a chat (faults), and counts
calls per chat and per second. It never validates.

Run: ``python -m bench.fakeserver [--global-limit N] [--per-chat-interval S]``; it
prints ``PORT <n>`` and serves until stdin closes. Control endpoints live under
``/_bench/`` (``stats``, ``reset``, ``config``, ``updates``, ``faults``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter, deque
from typing import Any
from urllib.parse import parse_qsl

BOT_ID = 123456
TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz0123"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Steady",
    "username": "SteadyBenchBot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class State:
    """Counters, limits and the update queue shared by all connections."""

    def __init__(self, global_limit: int = 0, per_chat_interval: float = 0.0) -> None:
        self.global_limit = global_limit
        self.per_chat_interval = per_chat_interval
        self.reset()

    def reset(self) -> None:
        self.sends = 0
        self.too_many = 0
        self.too_many_chat = 0
        self.per_chat: Counter[int] = Counter()
        self.per_second: Counter[int] = Counter()
        self.last_to_chat: dict[int, float] = {}
        self.min_chat_gap = float("inf")
        self.window: deque[float] = deque()
        self.max_in_window = 0
        self.message_ids = 0
        self.log: list[tuple[int, float]] = []  # (chat, wall time) of every accepted send
        self.keep_log = False
        self.updates: list[dict[str, Any]] = []
        self.next_update_id = 1
        self.handed_out: dict[int, float] = {}  # update_id -> wall time given to the bot
        self.update_chat: dict[int, int] = {}  # chat -> update_id awaiting a reply
        self.replies: list[float] = []  # seconds from handing out an update to its reply
        self.new_updates = asyncio.Event()
        self.first_send = 0.0
        self.last_send = 0.0
        self.first_poll = 0.0  # wall time of the first getUpdates since the last reset
        self.polls = 0
        # Faults armed by /_bench/faults, one send each: chat -> retry_after / seconds.
        self.fail: dict[int, int] = {}
        self.delay: dict[int, float] = {}
        self.injected_429 = 0
        self.injected_delays = 0
        self.reply_log: list[tuple[int, float]] = []  # (chat, seconds) of every reply

    def take_delay(self, chat_id: int) -> float:
        """Seconds to hold the answer to the next send to `chat_id` (0: none armed)."""
        seconds = self.delay.pop(chat_id, 0.0)
        if seconds:
            self.injected_delays += 1
        return seconds

    def send(self, chat_id: int) -> dict[str, Any] | None:
        """Count one sendMessage; returns an error body if a limit (or a fault) says 429."""
        retry_after = self.fail.pop(chat_id, None)
        if retry_after is not None:
            self.injected_429 += 1
            return {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            }
        now = time.monotonic()
        if self.global_limit:
            while self.window and now - self.window[0] >= 1.0:
                self.window.popleft()
            if len(self.window) >= self.global_limit:
                return self._too_many()
        last = self.last_to_chat.get(chat_id)
        if last is not None and self.per_chat_interval and now - last < self.per_chat_interval:
            self.too_many_chat += 1
            return self._too_many()
        if last is not None:
            self.min_chat_gap = min(self.min_chat_gap, now - last)
        self.last_to_chat[chat_id] = now
        if self.global_limit:
            self.window.append(now)
            self.max_in_window = max(self.max_in_window, len(self.window))
        wall = time.time()
        if not self.sends:
            self.first_send = wall
        self.last_send = wall
        self.sends += 1
        self.per_chat[chat_id] += 1
        self.per_second[int(wall)] += 1
        if self.keep_log:
            self.log.append((chat_id, wall))
        waiting = self.update_chat.pop(chat_id, None)
        if waiting is not None:
            seconds = wall - self.handed_out.pop(waiting)
            self.replies.append(seconds)
            self.reply_log.append((chat_id, seconds))
        return None

    def _too_many(self) -> dict[str, Any]:
        self.too_many += 1
        return {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        }

    def stats(self) -> dict[str, Any]:
        seconds = sorted(self.per_second.items())
        full = [n for s, n in seconds[1:-1]]  # whole seconds only
        return {
            "sends": self.sends,
            "too_many": self.too_many,
            "too_many_chat": self.too_many_chat,  # of those, for a chat's one a second
            "chats": len(self.per_chat),
            "max_per_chat": max(self.per_chat.values(), default=0),
            "min_chat_gap": None if self.min_chat_gap == float("inf") else self.min_chat_gap,
            "max_in_window": self.max_in_window,
            "per_second": seconds,
            "max_per_second": max(full, default=0),
            "first_send": self.first_send,
            "last_send": self.last_send,
            "first_poll": self.first_poll,
            "polls": self.polls,
            "replies": self.replies,
            "reply_log": self.reply_log,
            "injected_429": self.injected_429,  # faults, not counted in too_many
            "injected_delays": self.injected_delays,
            "log": self.log,
        }

    def queue_message(self, chat_id: int, text: str) -> None:
        command = text.split(maxsplit=1)[0] if text else ""  # the entity covers "/space" only
        update_id = self.next_update_id
        self.next_update_id += 1
        self.updates.append(
            {
                "update_id": update_id,
                "message": {
                    "message_id": update_id,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private", "first_name": f"U{chat_id}"},
                    "from": {"id": chat_id, "is_bot": False, "first_name": f"U{chat_id}"},
                    "text": text,
                    **(
                        {"entities": [{"type": "bot_command", "offset": 0, "length": len(command)}]}
                        if text.startswith("/")
                        else {}
                    ),
                },
            }
        )
        self.update_chat[chat_id] = update_id
        self.new_updates.set()


def _params(headers: dict[str, str], body: bytes) -> dict[str, Any]:
    kind = headers.get("content-type", "")
    if not body:
        return {}
    if kind.startswith("application/json"):
        return dict(json.loads(body))
    if kind.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(body.decode()))
    return {}  # multipart: benchmarks send no files


class Api:
    """The handful of Bot API methods the benchmarks reach."""

    def __init__(self, state: State) -> None:
        self.state = state

    async def call(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        state = self.state
        if method == "sendMessage":
            chat_id = int(params.get("chat_id", 0))
            error = state.send(chat_id)
            if error is not None:
                return 429, error
            state.message_ids += 1
            return 200, {
                "ok": True,
                "result": {
                    "message_id": state.message_ids,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "text": params.get("text", ""),
                },
            }
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method == "getUpdates":
            return 200, {"ok": True, "result": await self._updates(params)}
        if method in ("editMessageText", "editMessageReplyMarkup"):
            return 200, {
                "ok": True,
                "result": {
                    "message_id": int(params.get("message_id", 1)),
                    "date": int(time.time()),
                    "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                    "text": params.get("text", ""),
                },
            }
        return 200, {"ok": True, "result": True}

    async def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        state = self.state
        state.polls += 1
        if not state.first_poll:
            state.first_poll = time.time()
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        state.updates = [u for u in state.updates if u["update_id"] >= offset]
        if not state.updates and timeout > 0:
            state.new_updates.clear()
            try:
                await asyncio.wait_for(state.new_updates.wait(), min(timeout, 1.0))
            except TimeoutError:
                pass
        out = state.updates[:100]
        now = time.time()
        for update in out:
            state.handed_out.setdefault(update["update_id"], now)
        return out

    def control(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        state = self.state
        if path == "/_bench/stats":
            return state.stats()
        if path == "/_bench/reset":
            limit, gap = state.global_limit, state.per_chat_interval
            state.reset()
            state.global_limit, state.per_chat_interval = limit, gap
            state.keep_log = bool(params.get("keep_log"))
            return {"ok": True}
        if path == "/_bench/config":
            state.global_limit = int(params.get("global_limit", state.global_limit))
            state.per_chat_interval = float(
                params.get("per_chat_interval", state.per_chat_interval)
            )
            return {"ok": True}
        if path == "/_bench/updates":
            for chat_id, text in params.get("messages", []):
                state.queue_message(int(chat_id), str(text))
            return {"ok": True}
        if path == "/_bench/faults":
            # [[chat, retry_after], ...]: the next send to chat answers 429.
            for chat_id, retry_after in params.get("fail", []):
                state.fail[int(chat_id)] = int(retry_after)
            # [[chat, seconds], ...]: the answer to the next send to chat is held.
            for chat_id, seconds in params.get("delay", []):
                state.delay[int(chat_id)] = float(seconds)
            return {"ok": True}
        return {"ok": False}

    def take_delay(self, method: str, params: dict[str, Any]) -> float:
        """A hold armed for this send's chat (taken here, once, before the call runs)."""
        if method != "sendMessage" or not self.state.delay:
            return 0.0
        try:
            return self.state.take_delay(int(params.get("chat_id", 0)))
        except (TypeError, ValueError):
            return 0.0


class HttpProtocol(asyncio.Protocol):
    """Minimal HTTP/1.1: Content-Length bodies, keep-alive, in-order answers."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.pending: asyncio.Task[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._next()

    def _next(self) -> None:
        if self.pending is not None and not self.pending.done():
            return  # answer in order; the rest waits in the buffer
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            method_line = head[0].split(" ")
            path = method_line[1] if len(method_line) > 1 else "/"
            keep = headers.get("connection", "").lower() != "close"
            if path.startswith("/_bench/"):
                self._write(200, self.api.control(path, _params(headers, body)), keep)
                continue
            name = path.rsplit("/", 1)[-1].split("?", 1)[0]
            params = _params(headers, body)
            delay = self.api.take_delay(name, params)
            if name == "getUpdates" or delay:
                self.pending = asyncio.ensure_future(self._slow(name, params, keep, delay))
                return
            coro = self.api.call(name, params)
            try:
                coro.send(None)
            except StopIteration as done:  # answered without waiting: no task needed
                status, payload = done.value
                self._write(status, payload, keep)
                continue
            coro.close()
            self.pending = asyncio.ensure_future(self._slow(name, params, keep))
            return

    async def _slow(
        self, name: str, params: dict[str, Any], keep: bool, delay: float = 0.0
    ) -> None:
        status, payload = await self.api.call(name, params)
        if delay:
            # A slow server answer: the send counts (limits, log, reply time) when it
            # arrives, as Telegram counts arrivals; only the answer is late.
            await asyncio.sleep(delay)
        self._write(status, payload, keep)
        self.pending = None
        self._next()

    def _write(self, status: int, payload: dict[str, Any], keep: bool) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        body = json.dumps(payload, separators=(",", ":")).encode()
        reason = "OK" if status == 200 else "Error"
        self.transport.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        if not keep:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(port: int, state: State) -> None:
    """Serve until stdin closes (the parent process went away or said stop)."""
    loop = asyncio.get_running_loop()
    api = Api(state)
    server = await loop.create_server(lambda: HttpProtocol(api), "127.0.0.1", port, backlog=1024)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--global-limit", type=int, default=0, help="429 past N sends a second")
    parser.add_argument("--per-chat-interval", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(serve(args.port, State(args.global_limit, args.per_chat_interval)))


if __name__ == "__main__":
    main()
