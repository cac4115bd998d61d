"""The demo page in a real (headless) Chromium: two people pair, one breathes with the
live pacer, the other sets reassurance prompts, time jumps, the prompt arrives and a
template tap reaches the first pane; the transcript downloads.

Skipped, saying why, without Chromium + chromedriver (`apt-get install chromium
chromium-driver`; `.ci/run` installs them) or selenium (the `test` extra)."""

from __future__ import annotations

import json
import shutil
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.demo.browser import CHROMIUM, DRIVER, ROOT, browser_missing, demo_process, wait_for

pytestmark = pytest.mark.skipif(browser_missing() is not None, reason=str(browser_missing()))

SHOTS = ROOT / "tests" / "_transcripts" / "demo"


@pytest.fixture
def page() -> Iterator[tuple[Any, str]]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = next(str(shutil.which(n)) for n in CHROMIUM if shutil.which(n))
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,900")
    with demo_process(env={"DEMO_BREATHE_SECONDS": "0.3"}) as (url, _process):
        driver = webdriver.Chrome(service=Service(str(shutil.which(DRIVER))), options=options)
        try:
            driver.get(url)
            yield driver, url
        finally:
            driver.quit()


def _phones(driver: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    found: list[Any] = []

    def two() -> bool:
        found[:] = driver.find_elements(By.CSS_SELECTOR, ".phone")
        return len(found) == 2

    wait_for(two)
    return found


def _chat_text(phone: Any) -> str:
    from selenium.webdriver.common.by import By

    return str(phone.find_element(By.CSS_SELECTOR, ".chat").get_attribute("textContent"))


def _send(phone: Any, text: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = phone.find_element(By.CSS_SELECTOR, ".composer .text")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def _sees(phone: Any, fragment: str, timeout: float = 15.0) -> None:
    def shows() -> bool:
        return fragment in _chat_text(phone)

    shows.__name__ = f"{fragment!r} in the pane"
    wait_for(shows, timeout)


def _buttons(phone: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(phone.find_elements(By.CSS_SELECTOR, ".msg.bot .keyboard button"))


def _press(phone: Any, label: str) -> None:
    found: list[Any] = []

    def present() -> bool:
        found[:] = [b for b in _buttons(phone) if b.text == label]
        return bool(found)

    present.__name__ = f"a [{label}] button"
    wait_for(present)
    found[-1].click()


def _state(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url + "api/state", timeout=10) as response:
        state: dict[str, Any] = json.load(response)
    return state


def test_two_people_pair_breathe_set_prompts_jump_time_and_relay(page: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver, url = page
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert "nothing you type here reaches telegram" in driver.page_source.lower()
    alex, sam = _phones(driver)

    # Names are editable: the second person becomes Robin before saying anything.
    name = sam.find_element(By.CSS_SELECTOR, ".name")
    name.clear()
    name.send_keys("Robin", Keys.TAB)
    wait_for(lambda: _state(url)["people"][1]["name"] == "Robin")
    robin = sam

    # The command menu is the bot's own setMyCommands list (there once the bot is up).
    wait_for(lambda: _state(url)["commands"], 30)
    alex.find_element(By.CSS_SELECTOR, ".menu-button").click()
    menu = alex.find_element(By.CSS_SELECTOR, ".menu")
    wait_for(lambda: "/nudgetime" in str(menu.get_attribute("textContent")))
    alex.find_element(By.CSS_SELECTOR, ".menu-button").click()

    for person, role in (
        (alex, "I'm the one who worries"),
        (robin, "I want to offer steady reassurance"),
    ):
        _send(person, "/start")
        _sees(person, "Which sounds most like you?")
        _press(person, role)
        _sees(person, "Two small steps next")

    _send(alex, "/pair")
    _sees(alex, "Here's an invite for your partner")
    invite = alex.find_element(By.CSS_SELECTOR, "a[data-invite]")
    invite.click()  # in the demo, the invite opens in the other phone
    _sees(robin, "You're now paired with Alex")
    _sees(alex, "You're now paired with Robin")
    driver.save_screenshot(str(SHOTS / "demo-pair.png"))

    # The live pacer: one message, edited in place step by step.
    _send(alex, "/calm breathe")

    def edited_twice() -> bool:
        bubbles = alex.find_elements(By.CSS_SELECTOR, ".msg.bot[data-edits]")
        return any(int(b.get_attribute("data-edits") or 0) >= 2 for b in bubbles)

    wait_for(edited_twice, 30)

    prompt_at = (datetime.now(UTC) + timedelta(hours=3)).strftime("%H:%M")
    _send(robin, f"/nudgetime {prompt_at}")
    _sees(robin, f"Reassurance prompts: {prompt_at} every day")

    # Time moves: jump to the next scheduled message until Robin's prompt has come.
    def prompt_came() -> bool:
        return any(b.text == "✍️ Write my own" for b in _buttons(robin))

    for _ in range(6):
        driver.find_element(By.ID, "jump-next").click()
        try:
            wait_for(prompt_came, 5)
            break
        except AssertionError:
            continue
    assert prompt_came(), _chat_text(robin)[-500:]
    driver.save_screenshot(str(SHOTS / "demo-prompt.png"))
    assert datetime.fromisoformat(_state(url)["now"]) > datetime.now(UTC) + timedelta(hours=2)

    template = next(b for b in _buttons(robin) if b.text != "✍️ Write my own")
    label = template.text
    template.click()
    _sees(alex, "From Robin")
    _sees(alex, label)
    driver.save_screenshot(str(SHOTS / "demo-relay.png"))

    # The transcript: both panes, in the tests' own format.
    link = driver.find_element(By.ID, "transcript")
    assert link.get_attribute("download") is not None
    with urllib.request.urlopen(url + "api/transcript", timeout=10) as response:
        disposition = response.headers["Content-Disposition"]
        transcript = response.read().decode("utf-8")
    assert disposition.startswith("attachment;")
    assert transcript.startswith("Steady local demo\n=================\n\n")
    for line in ("Alex: /pair", f"Robin: /nudgetime {prompt_at}", f"Robin presses [{label}]"):
        assert line in transcript
    assert "Steady edits → Alex: " in transcript
    (SHOTS / "transcript.txt").write_text(transcript, encoding="utf-8")
    for shot in ("demo-pair.png", "demo-prompt.png", "demo-relay.png"):
        assert (SHOTS / shot).stat().st_size > 20_000, shot  # a blank page is a few KB


def test_screenshots_kept_in_docs_are_pictures() -> None:
    for shot in ("demo-pair.png", "demo-prompt.png"):
        data = (ROOT / "docs" / shot).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, shot
