"""Logging set-up: levels only here; no handler ever logs message content."""

from __future__ import annotations

import logging


def configure_logging(level: str) -> None:
    """Plain one-line records; httpx is held at WARNING because it logs URLs with the token."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
