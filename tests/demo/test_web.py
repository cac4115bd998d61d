"""The demo page's server without a bot: loopback only, JSON only, the transcript, the clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession, FormData
from aiohttp.test_utils import TestClient, TestServer

from demo.fakebot import FakeTelegram
from demo.web import (
    DemoClockControl,
    DemoState,
    NotLoopback,
    check_loopback,
    make_app,
    serve,
)
from jobs.clock import DemoClock


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[tuple[TestClient, DemoState]]:
    control = DemoClockControl(tmp_path / "clock")
    telegram = FakeTelegram(clock=control.timestamp)
    telegram.user("Alex")
    telegram.user("Sam")
    await telegram.start()
    state = DemoState(telegram, control)
    client = TestClient(TestServer(make_app(state), host="127.0.0.1"))
    await client.start_server()
    try:
        yield client, state
    finally:
        await client.close()
        await telegram.stop()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", ""])
def test_the_demo_refuses_to_listen_beyond_loopback(host: str) -> None:
    with pytest.raises(NotLoopback, match="loopback only"):
        check_loopback(host)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_addresses_are_accepted(host: str) -> None:
    assert check_loopback(host)


async def test_serve_refuses_before_opening_a_socket(demo: tuple[TestClient, DemoState]) -> None:
    _, state = demo
    with pytest.raises(NotLoopback):
        await serve(make_app(state), "0.0.0.0", 0)


async def test_requests_naming_another_host_are_refused(demo: tuple[TestClient, DemoState]) -> None:
    client, _ = demo
    assert (await client.get("/api/state")).status == 200
    refused = await client.get("/api/state", headers={"Host": "attacker.example"})
    assert refused.status == 403


async def test_changes_need_json(demo: tuple[TestClient, DemoState]) -> None:
    client, state = demo
    alex = state.telegram.users[0]
    form = await client.post("/api/send", data={"person": str(alex.id), "text": "/start"})
    assert form.status == 415
    assert alex.has_started is False


async def test_the_page_says_it_is_a_local_demo(demo: tuple[TestClient, DemoState]) -> None:
    client, _ = demo
    page = await (await client.get("/")).text()
    assert "local demo" in page and "Nothing you type here reaches Telegram" in page


async def test_the_transcript_downloads_in_the_tests_format(
    demo: tuple[TestClient, DemoState],
) -> None:
    client, state = demo
    alex, sam = state.telegram.users
    sent = await client.post("/api/send", json={"person": alex.id, "text": "/start"})
    assert sent.status == 200
    await client.post("/api/send", json={"person": sam.id, "text": "hello there"})
    renamed = await client.post("/api/rename", json={"person": sam.id, "name": " Robin  R "})
    assert (await renamed.json())["name"] == "Robin R"
    await client.post("/api/send", json={"person": sam.id, "text": "now as Robin"})

    response = await client.get("/api/transcript")
    assert response.status == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="steady-demo-')
    assert response.content_type == "text/plain"
    text = await response.text()
    assert text == state.telegram.transcript_text("Steady local demo")
    assert text.splitlines() == [
        "Steady local demo",
        "=================",
        "",
        "Alex: /start",
        "Sam: hello there",
        "Robin R: now as Robin",
    ]
    panes = (await (await client.get("/api/state")).json())["people"]
    assert [m["text"] for m in panes[1]["messages"]] == ["hello there", "now as Robin"]


async def test_the_clock_control_moves_the_file_the_bot_reads(
    demo: tuple[TestClient, DemoState],
) -> None:
    client, state = demo
    reader = DemoClock(state.clock.path)
    before = reader.now()
    moved = await client.post("/api/clock", json={"jump": "10m"})
    assert moved.status == 200
    assert (reader.now() - before).total_seconds() >= 600
    assert (await client.post("/api/clock", json={"jump": "next"})).status == 409  # no outbox
    assert (await client.post("/api/clock", json={"jump": "back"})).status == 400
    tomorrow = await client.post("/api/clock", json={"jump": "tomorrow"})
    assert (await tomorrow.json())["now"][11:16] == "09:00"


async def test_a_document_the_bot_sends_has_a_preview_and_downloads(
    demo: tuple[TestClient, DemoState],
) -> None:
    client, state = demo
    alex = state.telegram.users[0]
    await client.post("/api/send", json={"person": alex.id, "text": "/export"})
    form = FormData()
    form.add_field("chat_id", str(alex.id))
    form.add_field("caption", "<b>Your data</b>")
    form.add_field("parse_mode", "HTML")
    form.add_field("document", b'{"you": "Alex"}', filename="steady-export.json")
    async with ClientSession() as http:  # as the bot would call the Bot API
        url = f"{state.telegram.base_url}{state.telegram.token}/sendDocument"
        async with http.post(url, data=form) as response:
            assert (await response.json())["ok"] is True
    pane = (await (await client.get("/api/state")).json())["people"][0]
    document = pane["messages"][-1]["document"]
    assert document["name"] == "steady-export.json" and document["preview"] == '{"you": "Alex"}'
    assert pane["messages"][-1]["entities"] == [{"type": "bold", "offset": 0, "length": 9}]
    download = await client.get(document["url"])
    assert await download.read() == b'{"you": "Alex"}'
    assert "attachment" in download.headers["Content-Disposition"]
    assert (await client.get("/api/files/nothing-here")).status == 404


async def test_a_photo_the_bot_sends_is_shown_as_a_picture(
    demo: tuple[TestClient, DemoState],
) -> None:
    client, state = demo
    alex = state.telegram.users[0]
    await client.post("/api/send", json={"person": alex.id, "text": "/start"})
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    form = FormData()
    form.add_field("chat_id", str(alex.id))
    form.add_field("caption", "a calm place")
    form.add_field("photo", png, filename="calm.png")
    async with ClientSession() as http:
        url = f"{state.telegram.base_url}{state.telegram.token}/sendPhoto"
        async with http.post(url, data=form) as response:
            assert (await response.json())["ok"] is True
    message = (await (await client.get("/api/state")).json())["people"][0]["messages"][-1]
    assert message["text"] == "a calm place" and "document" not in message
    picture = await client.get(message["photo"]["url"])
    assert picture.content_type == "image/png" and await picture.read() == png
    assert "Steady → Alex: (photo calm.png, 72 bytes)" in state.telegram.transcript
    state.telegram.assert_no_violations()
