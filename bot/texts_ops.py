"""Lines for /export and /stats, kept apart until they are merged into `bot/texts.py`.

Replies are HTML, like the rest of the catalogue; nothing here shows user content.
"""

from __future__ import annotations

from bot.services.stats import Stats

#: For `texts.COMMANDS` (the menu and /help). /stats is deliberately not listed.
EXPORT_COMMAND = ("export", "Your stored data, as a JSON file")
HIDDEN_COMMANDS = ("stats",)

EXPORT_CAPTION = (
    "Here is everything Steady stores about you, as JSON. It includes your own words, so "
    "keep it somewhere private. /deletedata erases it all."
)


def stats_text(stats: Stats) -> str:
    """/stats for operators: counts only, for the UTC day."""
    return (
        f"<b>Steady today</b> ({stats.day}, UTC)\n\n"
        f"People: {stats.users} ({stats.active_users} reachable)\n"
        f"Pairs: {stats.pairs}\n"
        f"Scheduled messages sent: {stats.sent_today}\n"
        f"Not delivered (failed or blocked): {stats.failed_today}\n"
        f"Calm exercises started: {stats.exercises_today}"
    )
