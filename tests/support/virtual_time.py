"""An event loop on virtual time, for tests of timing with many tasks sleeping at once.

When nothing is ready to run, the loop's clock jumps to the next timer instead of
waiting, so a minute of traffic runs in a moment and every instant is exact. `late`
makes each of those waits overshoot, as a busy loop's do.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Callable, Coroutine
from typing import Any

START = 1000.0


class _JumpingSelector(selectors.DefaultSelector):
    def __init__(self, late: Callable[[], float] | None) -> None:
        super().__init__()
        self.now = START
        self._late = late

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is None:
            raise RuntimeError("every task waits and no timer is set: the test would hang")
        if timeout > 0:
            self.now += timeout + (self._late() if self._late else 0.0)
        return super().select(0)


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """`time()` is virtual: it moves only when every task waits."""

    def __init__(self, late: Callable[[], float] | None = None) -> None:
        self._clock = _JumpingSelector(late)
        super().__init__(self._clock)

    def time(self) -> float:
        return self._clock.now


def run(
    main: Callable[[], Coroutine[Any, Any, None]], late: Callable[[], float] | None = None
) -> None:
    """Run `main()` to the end on a fresh virtual-time loop."""
    loop = VirtualTimeLoop(late)
    try:
        loop.run_until_complete(main())
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


def now() -> float:
    """The running loop's (virtual) clock."""
    return asyncio.get_running_loop().time()


def on_virtual_time(
    test: Callable[[], Coroutine[Any, Any, None]],
) -> Callable[[], None]:
    """Make an async test without fixtures run on a fresh virtual-time loop."""

    def run_test() -> None:
        run(test)

    run_test.__name__ = test.__name__
    run_test.__doc__ = test.__doc__
    return run_test
