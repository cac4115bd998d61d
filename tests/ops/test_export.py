"""/export: the user's complete record, their own words included, nobody else's private data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import ForeignKey
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import AnyApplication
from bot.texts import export_caption
from db.models import Base, User
from db.repositories.calm import add_activation
from db.repositories.pairs import record_join_failure, replace_invite
from db.repositories.schedules import add_delivery
from domain.accounts import set_role, set_timezone
from domain.availability import pause, set_quiet
from domain.bids import answer_bid, send_bid
from domain.calm import record_feeling, start_exercise
from domain.commitments import make_promise, take_space
from domain.content.bids import bid_own_label
from domain.dialogs import set_flow
from domain.export import (
    COVERED_TABLES,
    FORMAT_VERSION,
    export_filename,
    export_user_data,
)
from domain.pairing import create_invite, hash_code
from domain.routines import set_checkin, set_practise, set_prompt_times
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock
from tests.support.factories import make_pair, make_user

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ALEX_WORDS = "Could we have twenty quiet minutes tonight, just us?"
SAM_WORDS = "Sam's reply in his own words"
SAM_PRIVATE_WORDS = "Sam asks Kim something Alex must never see"


def numbers(value: object) -> Iterator[int]:
    """Every integer anywhere in a JSON document (ids must not leak as values)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from numbers(item)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield value


async def build_world(session: AsyncSession) -> tuple[User, User, User]:
    """Alex and Sam paired with a bit of everything; Kim unpaired with their own rows."""
    alex, sam = await make_pair(session, now=NOW - timedelta(days=3))
    kim = await make_user(session, user_id=303, now=NOW, first_name="Kim")
    await set_role(session, user=alex, role="anxious", now=NOW)
    await set_timezone(session, user=alex, zone="Europe/Berlin", now=NOW)
    await set_timezone(session, user=sam, zone="America/Chicago", now=NOW)
    await set_quiet(session, user=alex, start=time(22, 30), end=time(7, 0), now=NOW)
    await pause(session, user=alex, days=2, now=NOW)
    # Alex's invite from before the pairing (used), and Kim's live one.
    await replace_invite(
        session,
        creator_id=alex.id,
        code_hash=hash_code("ABCDEFGHJK"),
        now=NOW - timedelta(days=3, hours=1),
        expires_at=NOW + timedelta(days=1),
    )
    await create_invite(session, user=kim, now=NOW, ttl=timedelta(hours=24))
    await record_join_failure(session, user_id=alex.id, now=NOW - timedelta(minutes=5))
    await record_join_failure(session, user_id=kim.id, now=NOW)

    walk = await start_exercise(session, user_id=alex.id, name="ground", now=NOW, zone="UTC")
    await record_feeling(
        session, user_id=alex.id, session_id=walk.row.id, outcome="better", now=NOW
    )
    await start_exercise(session, user_id=sam.id, name="breathe", now=NOW, zone="UTC")
    await add_activation(session, user_id=alex.id, feeling="scared", urge="keep_texting", now=NOW)
    await add_activation(session, user_id=sam.id, feeling="sam_feeling", urge="sam_urge", now=NOW)

    mine = await send_bid(session, sender_id=alex.id, recipient_id=sam.id, text=ALEX_WORDS, now=NOW)
    await answer_bid(session, bid_id=mine.id, user_id=sam.id, answer="later", now=NOW)
    await send_bid(session, sender_id=sam.id, recipient_id=alex.id, text=SAM_WORDS, now=NOW)
    await send_bid(session, sender_id=sam.id, recipient_id=kim.id, text=SAM_PRIVATE_WORDS, now=NOW)

    await set_flow(
        session, user_id=alex.id, kind="bid", step="own", now=NOW, data={"draft": "half a thought"}
    )
    await set_prompt_times(
        session, user=alex, times=[time(8, 30), time(18, 0)], zone="Europe/Berlin", now=NOW
    )
    await set_checkin(session, user=sam, at=time(21, 0), zone="America/Chicago", now=NOW)
    await set_practise(
        session, user=sam, weekday=6, at=time(17, 0), zone="America/Chicago", now=NOW
    )
    await make_promise(
        session,
        promiser=alex,
        partner=sam,
        text="call you at six",
        due=NOW + timedelta(hours=2),
        now=NOW,
    )
    await make_promise(
        session,
        promiser=sam,
        partner=alex,
        text="bring tea",
        due=NOW + timedelta(hours=3),
        now=NOW,
    )
    await take_space(session, requester=sam, partner=alex, minutes=30, now=NOW)
    await add_delivery(
        session, user_id=sam.id, kind="prompt", due_at=NOW + timedelta(hours=1), expires_at=None
    )
    await session.commit()
    return alex, sam, kim


async def test_export_holds_everything_about_the_user(session: AsyncSession) -> None:
    alex, sam, kim = await build_world(session)
    doc = await export_user_data(session, user_id=alex.id, now=NOW)
    text = json.dumps(doc)  # JSON-serialisable as it is

    assert doc["format_version"] == FORMAT_VERSION
    assert doc["exported_at"] == "2026-11-26T09:00:00+00:00"
    user = doc["user"]
    assert user["telegram_id"] == alex.id and user["first_name"] == "Alex"
    assert (user["role"], user["timezone"]) == ("anxious", "Europe/Berlin")
    assert user["quiet_hours_local"] == {"start": "22:30", "end": "07:00"}
    assert user["paused"] is True and user["pause_until"] == "2026-11-28T09:00:00+00:00"
    assert doc["pairing"] == {
        "paired_since": "2026-11-23T09:00:00+00:00",
        "partner_first_name": "Sam",
    }
    assert doc["invite_codes"] == [
        {"created_at": "2026-11-23T08:00:00+00:00", "expires_at": "2026-11-27T09:00:00+00:00"}
    ]
    assert doc["failed_join_attempts"] == ["2026-11-26T08:55:00+00:00"]
    assert doc["dialog"]["kind"] == "bid" and doc["dialog"]["data"] == {"draft": "half a thought"}
    [exercise] = doc["exercise_sessions"]
    assert (exercise["exercise"], exercise["how_it_went"]) == ("ground", "better")
    assert (exercise["began_at_night"], exercise["steps_done"]) == (False, 0)
    [activation] = doc["activations"]
    assert (activation["feeling"], activation["urge"]) == ("scared", "keep_texting")

    [sent] = doc["bids"]["sent"]
    assert (sent["text"], sent["answer"]) == (ALEX_WORDS, "later")
    [received] = doc["bids"]["received"]
    assert received["text"] == SAM_WORDS

    schedules = {(s["kind"], s["set_by_me"], s["local_time"]) for s in doc["schedules"]}
    assert schedules == {
        ("prompt", True, "08:30"),
        ("prompt", True, "18:00"),
        ("checkin", False, None),  # the pair's check-in, set by Sam: no hint of Sam's zone
    }
    kinds = sorted(d["kind"] for d in doc["deliveries"])
    assert kinds == ["promise_at", "promise_before", "promise_followup"]  # Alex's own promise
    promises = {(p["text"], p["made_by_me"]) for p in doc["promises"]}
    assert promises == {("call you at six", True), ("bring tea", False)}
    [space] = doc["spaces"]
    assert space["taken_by_me"] is False and space["return_at"] == "2026-11-26T09:30:00+00:00"

    # Never a secret, never the partner's private data, never a third person's data.
    assert "code_hash" not in text and hash_code("ABCDEFGHJK") not in text
    assert not {sam.id, kim.id} & set(numbers(doc))
    for private in (
        "America/Chicago",
        "breathe",
        "sam_feeling",
        "practise",
        SAM_PRIVATE_WORDS,
    ):
        assert private not in text, private


async def test_export_of_someone_unknown_says_nothing_is_stored(session: AsyncSession) -> None:
    doc = await export_user_data(session, user_id=42, now=NOW)
    assert doc["user"] is None and doc["format_version"] == FORMAT_VERSION
    json.dumps(doc)


async def test_export_of_a_fresh_user_is_complete_and_empty(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=303, now=NOW, first_name="Kim")
    doc = await export_user_data(session, user_id=kim.id, now=NOW)
    assert doc["pairing"] is None and doc["dialog"] is None
    assert doc["bids"] == {"sent": [], "received": []}
    for key in (
        "invite_codes",
        "failed_join_attempts",
        "exercise_sessions",
        "activations",
        "schedules",
        "deliveries",
        "promises",
        "spaces",
    ):
        assert doc[key] == [], key


def test_every_table_about_a_user_is_covered() -> None:
    """A new table pointing at users must be added to the export (and COVERED_TABLES)."""
    about_users = {
        table.name
        for table in Base.metadata.sorted_tables
        for column in table.columns
        for fk in column.foreign_keys
        if isinstance(fk, ForeignKey) and fk.column.table.name == "users"
    } | {"users", "pairs"}
    assert about_users <= set(COVERED_TABLES), about_users - set(COVERED_TABLES)


def test_export_filename_is_dated_in_utc() -> None:
    berlin = datetime(2026, 11, 26, 10, 5, tzinfo=UTC).astimezone()
    assert export_filename(berlin) == "steady-export-2026-11-26-1005Z.json"


async def test_export_end_to_end_sends_own_words_not_partner_data(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await sam.send("/timezone America/Chicago")
    await sam.next_message()
    await sam.send("/calm ground")
    await sam.next_message()
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    await alex.send(ALEX_WORDS)
    await alex.next_message()  # preview
    await alex.press("Send it")
    await alex.next_message()
    await sam.next_message()

    await alex.send("/export")
    reply = await alex.next_message()
    assert reply.document is not None and reply.plain_text == export_caption()
    assert reply.document.filename == export_filename(clock.now())
    doc = json.loads(reply.document.data.decode("utf-8"))
    assert doc["user"]["telegram_id"] == alex.id
    assert doc["pairing"]["partner_first_name"] == "Sam"
    assert [b["text"] for b in doc["bids"]["sent"]] == [ALEX_WORDS]
    raw = reply.document.data.decode("utf-8")
    assert sam.id not in set(numbers(doc))
    for private in ("America/Chicago", "ground"):
        assert private not in raw, private
    [upload] = tg.requests_for("sendDocument")
    assert upload.status == 200
