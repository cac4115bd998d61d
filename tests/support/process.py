"""Start `python -m bot` as its own process, the way an operator runs it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

PIPE = asyncio.subprocess.PIPE
DEVNULL = asyncio.subprocess.DEVNULL


async def start_bot_process(
    env: dict[str, str], cwd: Path, *, stdout: int = DEVNULL
) -> asyncio.subprocess.Process:
    """The bot with `env` as its whole environment; stderr is always captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=cwd, env=env, stdout=stdout, stderr=PIPE
    )
