"""Handler registration, in one place and in an explicit order."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.handlers import (
    account,
    activated,
    availability,
    bids,
    calm,
    commitments,
    flows,
    general,
    language,
    membership,
    onboarding,
    operations,
    pairing,
    plans,
    profile,
    routines,
    safety,
    throttle,
)

PRIVATE = filters.ChatType.PRIVATE
# Words the safety net reads: texts and the captions of photos, videos and documents.
WORDS = PRIVATE & (filters.TEXT | filters.CAPTION)
SPOKEN = PRIVATE & (filters.VOICE | filters.VIDEO_NOTE | filters.AUDIO)
EDITED = PRIVATE & filters.UpdateType.EDITED_MESSAGE


def register_handlers(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Counting (-5), the safety net (-4), flood guard (-3), reactivation (-2), heavy
    moments and membership (-1), then edits, commands, buttons, flow text and the
    catch-alls."""
    app.add_handler(TypeHandler(Update, operations.count_update), group=-5)
    app.add_handler(MessageHandler(WORDS, safety.safety_first), group=-4)
    app.add_handler(TypeHandler(Update, throttle.throttle), group=-3)
    app.add_handler(TypeHandler(Update, membership.reactivate), group=-2)
    app.add_handler(MessageHandler(WORDS, safety.heavy_moment), group=-1)
    app.add_handler(
        ChatMemberHandler(membership.chat_member, ChatMemberHandler.MY_CHAT_MEMBER), group=-1
    )

    # Edits act on nothing (they would act twice); the groups above still see them, so
    # the safety net reads a message edited into a cry for help.
    app.add_handler(MessageHandler(EDITED, general.edited))

    commands = {
        "start": onboarding.start,
        "help": onboarding.help_command,
        "calm": calm.calm,
        "activated": activated.activated,
        "bid": bids.bid,
        "nudgetime": routines.nudgetime,
        "checkin": routines.checkin,
        "promise": commitments.promise,
        "space": commitments.space,
        "quiet": availability.quiet,
        "pause": availability.pause,
        "resume": availability.resume,
        "record": availability.record,
        "practise": routines.practise,
        "pair": pairing.pair,
        "join": pairing.join,
        "unpair": pairing.unpair,
        "timezone": profile.timezone,
        "language": language.language,
        "settings": profile.settings,
        "plans": plans.plans_command,
        "deletedata": account.deletedata,
        "export": operations.export,
        "stats": operations.stats_command,
        "cancel": flows.cancel,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=PRIVATE))

    buttons = {
        callbacks.ROLE: onboarding.choose_role,
        callbacks.UNPAIR: pairing.unpair_answer,
        callbacks.DELETE: account.deletedata_answer,
        callbacks.CALM: calm.calm_button,
        callbacks.FEEL: calm.feeling_answer,
        callbacks.ACTIVATED: activated.activated_button,
        callbacks.BID: bids.bid_button,
        callbacks.BID_REPLY: bids.bid_reply_button,
        callbacks.BID_TIME: bids.bid_time_button,
        callbacks.REASSURE: routines.reassure_button,
        callbacks.CHECKIN: routines.checkin_button,
        callbacks.PROMISE: commitments.promise_button,
        callbacks.PROMISE_LATE: commitments.promise_late_button,
        callbacks.PROMISE_NEXT: commitments.promise_next_button,
        callbacks.PLANS: plans.plans_button,
        callbacks.SPACE: commitments.space_button,
        callbacks.LANGUAGE: language.language_button,
    }
    for prefix, callback in buttons.items():
        app.add_handler(CallbackQueryHandler(callback, pattern=callbacks.pattern(prefix)))
    app.add_handler(CallbackQueryHandler(general.stale_button))

    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, general.unknown_command))
    app.add_handler(MessageHandler(SPOKEN, safety.voice_note))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT, flows.route_text))
    app.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, flows.not_text))
    app.add_error_handler(general.on_error)
