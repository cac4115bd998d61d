"""Steady's local demo: two simulated people in a browser, the real bot between them.

`python -m demo` (or `scripts/run --demo`) starts the fake Bot API (`demo/fakebot/`) and
the demo page on 127.0.0.1 and runs `python -m bot` against them; nothing reaches
Telegram. Product code, below nothing: bot/, jobs/, domain/ never import it.
"""
