"""The safety net: hear crisis language however it is written, answer it first, and never
let a fault stand between a person and the numbers that can help.

- `detect`: what a message needs (nothing, a gentle check, help for someone else, the
  crisis reply), from every language module in `lang`;
- `helplines`: which emergency number and crisis lines, from bot/resources/helplines.json;
- `respond`: sending those replies without depending on the database.
"""

from __future__ import annotations

import logging

from bot.safety.detect import assess
from bot.safety.helplines import resources_for, validate_helplines_data

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Compile every pattern and load the helplines at start-up, so the first crisis
    message does not wait for it. A broken pattern stops the start (a code fault the tests
    catch); broken helpline data is logged loudly but the bot runs, answering with
    findahelpline.com, because a bot that is down answers nobody."""
    assess("warm up")
    problems = validate_helplines_data()
    if problems:
        log.error("helplines.json: %d problems, first: %s", len(problems), problems[0])
    resources_for("Europe/London", None)
