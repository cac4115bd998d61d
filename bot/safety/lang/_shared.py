"""Words spelled alike in many languages (suicide, suicidio, suicidal, overdose...).

Its code is "" so a match names no language (it says nothing about where someone is).
"""

from __future__ import annotations

from bot.safety.patterns import LanguagePatterns

PATTERNS = LanguagePatterns(
    code="",
    name="shared",
    crisis=(
        # suicide, suicidal, suicidio, suicider, suicidaal, suicidio, suizid...
        r"suicid\w*",
        r"suizid\w*",
        # overdose, overdosed, overdosing; not "overdosed on coffee / netflix"
        r"overdos(?:e|ed|es|ing)(?! on (?:coffee|caffeine|sugar|chocolate|carbs|netflix|tv|work"
        r"|cuteness|espresso|tea|sleep|vitamins?|love|memes|anime|content))",
    ),
)
