"""Pictures Steady sends (the patterns map, the /record chart): drawn with Pillow from
plain data and words already in the reader's language, as PNG bytes for sendPhoto.

Every drawing function is pure and synchronous (tens of milliseconds); handlers call it
through `asyncio.to_thread` so the event loop never waits on it. Each returns the
numbers it drew beside the image, so a test can hold the picture to the text it goes
with. Text is set in DejaVu Sans, shipped in bot/resources/fonts (Latin, Cyrillic and
more); emoji have no glyphs there, so `drawable` drops them and they stay in captions.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
#: Telegram shows a photo's caption below it; more than this is refused.
CAPTION_LIMIT = 1024

#: A calm palette: readable on a phone in light and dark chat themes (the picture has
#: its own light background).
BACKGROUND = (250, 248, 244)
INK = (40, 44, 52)
MUTED = (120, 124, 132)
GRID = (222, 218, 210)
ACCENTS = ((46, 110, 160), (196, 98, 64))  # one colour per person, same order everywhere


@dataclass(frozen=True)
class Picture:
    """A PNG, and every number drawn in it (as shown), for tests against the text."""

    png: bytes
    numbers: tuple[str, ...]


@cache
def font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans at `size` pixels."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def drawable(text: str) -> str:
    """`text` without what the font cannot draw (emoji, symbols outside its cover),
    spaces tidied: a name like "Sam 💛" is drawn as "Sam"."""
    kept: list[str] = []
    for char in text:
        if unicodedata.category(char) in ("So", "Cs", "Co", "Cn"):
            continue
        if unicodedata.category(char).startswith("M") and not kept:
            continue
        if char.strip() and not _has_glyph(char):
            continue
        kept.append(char)
    return " ".join("".join(kept).split())


@cache
def _missing_glyph() -> bytes:
    """What the font draws for a character it has no glyph for (its .notdef box)."""
    return bytes(font(20).getmask("\U000f0000"))


@cache
def _has_glyph(char: str) -> bool:
    return bytes(font(20).getmask(char)) != _missing_glyph()


def canvas(width: int, height: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """A blank picture and a pen for it."""
    image = Image.new("RGB", (width, height), BACKGROUND)
    return image, ImageDraw.Draw(image)


def fitted(text: str, width: int, size: int, *, bold: bool = False) -> list[str]:
    """`text` broken into lines no wider than `width` pixels at `size` (a word longer
    than a line is cut where it must be)."""
    face = font(size, bold=bold)
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if face.getlength(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        while face.getlength(word) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and face.getlength(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def png(image: Image.Image) -> bytes:
    """The picture as PNG bytes (optimised: a chart compresses to a few tens of KB)."""
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
