"""The shared picture tools: what the font can draw, lines that fit, PNG out."""

from __future__ import annotations

from io import BytesIO

from PIL import Image

from bot.pictures import canvas, drawable, fitted, font, png


def test_what_the_font_cannot_draw_is_left_out() -> None:
    assert drawable("Sam 💛") == "Sam"
    assert drawable("Алекс") == "Алекс"
    assert drawable("Zoë  José") == "Zoë José"
    assert drawable("李 Li") == "Li"  # no CJK in DejaVu: the box would be drawn instead
    assert drawable("💛") == ""  # callers name the person another way then


def test_lines_fit_their_width() -> None:
    lines = fitted("Bindungsmuster sind gelernte Strategien und können sich ändern", 180, 20)
    assert len(lines) > 1
    assert all(font(20).getlength(line) <= 180 for line in lines)
    assert " ".join(lines) == "Bindungsmuster sind gelernte Strategien und können sich ändern"
    assert all(font(20).getlength(p) <= 60 for p in fitted("Donaudampfschifffahrt", 60, 20))


def test_a_picture_comes_out_as_png() -> None:
    image, pen = canvas(200, 100)
    pen.text((10, 10), "Привет", font=font(20), fill=(0, 0, 0))
    data = png(image)
    assert data.startswith(b"\x89PNG")
    assert Image.open(BytesIO(data)).size == (200, 100)
