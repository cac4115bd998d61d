"""/stats: counts for operators only; everyone else sees an unknown command."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.app import AnyApplication
from bot.config import Settings
from bot.handlers.operations import is_admin
from bot.texts import stats_text
from db.models import Delivery, ExerciseSession
from domain.stats import Stats, stats, utc_day
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram
from tests.ops.conftest import ADMIN_ID
from tests.support.factories import make_pair, make_user

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
YESTERDAY = datetime(2026, 11, 25, 23, 59, 59, tzinfo=UTC)
TOMORROW = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)


def delivery(user_id: int, status: str, at: datetime) -> Delivery:
    """A finished delivery as the dispatcher leaves it (claimed, then sent or not)."""
    return Delivery(
        user_id=user_id,
        kind="prompt",
        occurrence_at=at,
        due_at=at,
        status=status,
        claimed_at=at,
        sent_at=at if status == "sent" else None,
        attempts=1,
    )


async def test_counts_users_pairs_and_todays_traffic(session: AsyncSession) -> None:
    alex, sam = await make_pair(session, now=NOW)
    kim = await make_user(session, user_id=303, now=NOW, first_name="Kim")
    await make_user(session, user_id=404, now=NOW, first_name="Lee")
    kim.is_active = False  # blocked the bot
    session.add_all(
        [
            delivery(alex.id, "sent", NOW),
            delivery(sam.id, "sent", NOW.replace(hour=0)),
            delivery(sam.id, "sent", YESTERDAY),
            delivery(sam.id, "sent", TOMORROW),
            delivery(alex.id, "failed", NOW),
            delivery(kim.id, "inactive", NOW),
            delivery(alex.id, "failed", YESTERDAY),
            delivery(alex.id, "skipped", NOW),
            Delivery(
                user_id=alex.id,
                kind="checkin",
                occurrence_at=NOW,
                due_at=NOW,
                status="pending",
                attempts=0,
            ),
            ExerciseSession(user_id=alex.id, exercise="ground", started_at=NOW, status="done"),
            ExerciseSession(user_id=sam.id, exercise="move", started_at=NOW, status="running"),
            ExerciseSession(user_id=sam.id, exercise="move", started_at=YESTERDAY, status="done"),
        ]
    )
    await session.commit()

    assert await stats(session, now=NOW) == Stats(
        day="2026-11-26",
        users=4,
        active_users=3,
        pairs=1,
        sent_today=2,
        failed_today=2,
        exercises_today=2,
    )


async def test_an_empty_database_counts_zero(session: AsyncSession) -> None:
    counts = await stats(session, now=NOW)
    assert (counts.users, counts.pairs, counts.sent_today, counts.failed_today) == (0, 0, 0, 0)


def test_the_day_is_the_utc_day_whatever_the_offset() -> None:
    evening_in_chicago = datetime(2026, 11, 26, 23, 30, tzinfo=UTC).astimezone()
    assert utc_day(evening_in_chicago) == (
        datetime(2026, 11, 26, tzinfo=UTC),
        datetime(2026, 11, 26, tzinfo=UTC) + timedelta(days=1),
    )


def test_admins_are_the_ids_in_the_setting() -> None:
    nobody = Settings(_env_file=None, telegram_bot_token=SecretStr(TOKEN))  # type: ignore[call-arg]  # other fields from the environment
    operators = nobody.model_copy(update={"admin_ids": [7]})
    assert not is_admin(nobody, 7)
    assert is_admin(operators, 7) and not is_admin(operators, 8)


def test_stats_text_shows_counts_only() -> None:
    text = stats_text(Stats("2026-11-26", 10, 9, 4, 20, 1, 3))
    assert "People: 10 (9 reachable)" in text and "Pairs: 4" in text
    assert "sent: 20" in text and "blocked): 1" in text and "started: 3" in text


async def test_stats_for_the_operator_and_an_unknown_command_for_everyone_else(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    operator = tg.user("Olu", user_id=ADMIN_ID)
    await pair_up(alex, sam)
    await sam.send("/calm ground")
    await sam.next_message()

    for person in (alex, sam):
        await person.send("/stats")
        refused = await person.next_message()
        assert refused.plain_text == texts.unknown_command("/stats")
        await person.send("/statz")
        assert (await person.next_message()).plain_text == texts.unknown_command("/statz")
        await person.send("/stats@SteadyTestBot please")
        refused = await person.next_message()
        assert refused.plain_text == texts.unknown_command("/stats")

    await operator.send("/stats")
    shown = (await operator.next_message()).plain_text
    assert "Steady today (2026-11-26, UTC)" in shown
    assert "People: 3 (3 reachable)" in shown  # the operator is a person too
    assert "Pairs: 1" in shown and "Calm exercises started: 1" in shown
    for name in ("Alex", "Sam", "Olu", str(alex.id)):
        assert name not in shown
    assert "stats" not in {command["command"] for command in tg.commands}
