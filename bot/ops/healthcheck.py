"""`python -m bot.ops.healthcheck [PATH]`: exit 0 when the ops server answers 200.

Why: the slim image has no curl; Docker's HEALTHCHECK and compose run this with the
standard library only, against OPS_PORT on loopback (default path /healthz).
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def check(port: int, path: str = "/healthz", timeout: float = 3.0) -> int:
    """0 when GET http://127.0.0.1:PORT/PATH answers 200, else 1 (with one line on stderr)."""
    url = f"http://127.0.0.1:{port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - fixed host
            if response.status == 200:
                return 0
            print(f"healthcheck: {path} answered {response.status}", file=sys.stderr)
    except urllib.error.HTTPError as error:
        print(f"healthcheck: {path} answered {error.code}", file=sys.stderr)
    except (OSError, ValueError) as error:
        print(f"healthcheck: {path} unreachable ({type(error).__name__})", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Read OPS_PORT from the environment; the ops server must be on for a check to pass."""
    args = sys.argv[1:] if argv is None else argv
    path = args[0] if args else "/healthz"
    raw = os.environ.get("OPS_PORT", "0").strip() or "0"
    if not raw.isdigit() or int(raw) == 0:
        print("healthcheck: OPS_PORT is not set, so the ops server is off", file=sys.stderr)
        return 1
    return check(int(raw), path if path.startswith("/") else f"/{path}")


if __name__ == "__main__":
    sys.exit(main())
