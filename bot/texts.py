"""Every line the bot says, in one place to review tone, length and escaping.

Replies are HTML (the bot's default parse mode); anything a user typed or a
name Telegram gave us goes through `esc` before it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from bot.safety.helplines import CrisisResources, Helpline
from domain.content import esc
from domain.content.exercises import FEELING_CHECK
from domain.content.nudges import (
    RECORD_TOGETHER,
    RECORD_YOU,
    record_heading,
    record_pair_line,
    record_promises_line,
)
from domain.i18n import N_, _, ngettext, pgettext  # noqa: F401  (in use as strings move in)
from domain.record import PairEvidence, Steadiness
from domain.rules import WEEKDAY_NAMES, weekday_name
from domain.stats import Stats

# --- the command menu (also published with setMyCommands) -----------------------------

COMMANDS: Sequence[tuple[str, str]] = (
    ("start", "Welcome, and choose your role"),
    ("help", "Every command, one line each"),
    ("calm", "A calming exercise now: /calm, or /calm breathe"),
    ("activated", "Name what's happening before acting on it"),
    ("bid", "Ask your partner for something directly"),
    ("nudgetime", "Daily times to be nudged to reassure: /nudgetime 08:30 18:00"),
    ("checkin", "A fixed daily check-in for you both: /checkin 21:00"),
    ("promise", "Promise something at a time: /promise 18:30 call you"),
    ("space", "Take space, say when you'll be back: /space 45"),
    ("quiet", "Quiet hours for scheduled messages: /quiet 22:30 07:00"),
    ("pause", "Pause scheduled messages: /pause or /pause 3"),
    ("resume", "End a pause"),
    ("record", "The last 30 days of small things done reliably"),
    ("practise", "A weekly nudge to practise while calm: /practise sun 18:00"),
    ("pair", "Get an invite link for your partner"),
    ("join", "Join your partner with their code: /join CODE"),
    ("unpair", "End the pairing (asks first)"),
    ("timezone", "Show or set your time zone: /timezone Europe/Berlin"),
    ("settings", "Everything you've set, at a glance"),
    ("plans", "What's planned, with buttons to change or cancel it"),
    ("export", "Your stored data, as a JSON file"),
    ("deletedata", "Delete everything stored about you (asks first)"),
    ("cancel", "Leave whatever we're in the middle of"),
)

NOT_THERAPY = (
    "<i>Steady is not therapy and not an emergency service, and nobody reads these messages "
    "in real time. If you might hurt yourself, please call your local emergency number or "
    "find a helpline at findahelpline.com.</i>"
)

# --- roles ---------------------------------------------------------------------------

ROLE_BUTTONS: Sequence[tuple[str, str]] = (
    ("anxious", "I'm the one who worries"),
    ("partner", "I want to offer steady reassurance"),
    ("both", "We both worry sometimes"),
)
ROLE_NAMES = dict(ROLE_BUTTONS)
_ROLE_SAVED = {
    "anxious": "Got it: you're the one who worries. Calming steps are here whenever you need "
    "them, no reply from anyone required.",
    "partner": "Got it: you're here to offer steady reassurance. I'll help you offer it "
    "before it has to be asked for.",
    "both": "Got it: you both worry sometimes. That can work well: two people who value "
    "closeness can steady each other.",
}


def welcome_intro(first_name: str) -> str:
    """What Steady is and is not: the start of every welcome."""
    return (
        f"Hi {esc(first_name)}, I'm Steady. 🌿\n\n"
        "I help couples when one of you worries about the relationship more than you'd like: "
        "calming steps you can take on your own, gentle nudges for your partner to reach out "
        "first, and small promises kept on time.\n\n"
        f"{NOT_THERAPY}"
    )


def role_question(current_role: str | None) -> str:
    """The question above the role buttons (with the current role when there is one)."""
    again = (
        f"\n\nRight now you've chosen “{ROLE_NAMES[current_role]}”; tap to change it."
        if current_role
        else ""
    )
    return f"Which sounds most like you?{again}"


def welcome(first_name: str, current_role: str | None) -> str:
    """/start: what Steady is and is not, then the role question."""
    return f"{welcome_intro(first_name)}\n\n{role_question(current_role)}"


def role_saved(role: str) -> str:
    """Shown in place of the role question once a role is tapped."""
    return f"{_ROLE_SAVED[role]} You can change this any time with /start."


def next_steps(zone_label: str, paired_with: str | None) -> str:
    """What to do after choosing a role."""
    pair_line = (
        f"You're already paired with {esc(paired_with)}."
        if paired_with
        else "/pair — get an invite link to send your partner."
    )
    return (
        "Two small steps next:\n"
        f"1. /timezone — your zone is {esc(zone_label)}; set yours, e.g. "
        "<code>/timezone Europe/Berlin</code>, so reminders land at your local time.\n"
        f"2. {pair_line}\n\n"
        "/help lists everything."
    )


HUMAN_HELP = (
    "Longer term, what helps most with this pattern is usually a person: a therapist who "
    "works with attachment, or couples therapy such as Emotionally Focused Therapy (EFT). "
    "Steady can sit alongside that."
)
WORSE_AGAIN_HUMAN_HELP = (
    "These last few have left you feeling worse. That's worth taking seriously, and it "
    "isn't a sign you're doing it wrong: exercises reach the moment, not always what sits "
    "underneath it. A therapist who works with attachment, or couples therapy such as EFT, "
    "can help with that over time. I'm still here in between, and if you ever feel unsafe, "
    "findahelpline.com lists people you can call right now."
)


def help_text() -> str:
    """/help: one line per command, the not-therapy note, and where longer-term help is."""
    lines = [f"/{name} — {esc(description)}" for name, description in COMMANDS]
    return (
        "Here's what I can do:\n\n" + "\n".join(lines) + f"\n\n{NOT_THERAPY}\n\n<i>{HUMAN_HELP}</i>"
    )


# --- pairing -------------------------------------------------------------------------


def invite(code: str, link: str, ttl_hours: int) -> str:
    """/pair: the code and the deep link to forward."""
    return (
        "Here's an invite for your partner. Forward them this link:\n"
        f"{link}\n\n"
        f"Or they can send me <code>/join {code}</code>.\n"
        f"It works once and expires in {ttl_hours} hours. Sending /pair again makes a new one."
    )


def already_paired(partner_name: str) -> str:
    """/pair or /join while in a pair."""
    return (
        f"You're already paired with {esc(partner_name)}. "
        "If you want to pair with someone else, /unpair first."
    )


JOIN_USAGE = "Send the code from your partner's invite, like this: <code>/join K7QM4XRT9P</code>"
JOIN_BAD_CODE = (
    "That code doesn't work: it may be mistyped, used or expired. Ask your partner to send "
    "a fresh one with /pair, e.g. <code>/join K7QM4XRT9P</code>."
)
#: Every refusal during the lock-out (domain.pairing.join_with_code), whatever was sent:
#: it names no time to wait, because the partner's real invite still works.
JOIN_TOO_MANY = (
    "That's a few codes that didn't work, so let's stop guessing here. Tap the link your "
    "partner got from /pair instead (it looks like t.me/…?start=K7QM4XRT9P), or ask them "
    "to send it again."
)
JOIN_OWN_CODE = (
    "That's your own invite, so it's for your partner to use. Forward them the link from /pair."
)
JOIN_INVITER_TAKEN = (
    "The person who made that invite is already paired with someone else. "
    "Ask them for a fresh one with /pair."
)


def paired(partner_name: str) -> str:
    """Told to both users when a pair forms."""
    return (
        f"You're now paired with {esc(partner_name)}. 💛\n"
        "/settings shows your set-up, and /help lists what you can do together."
    )


def paired_newcomer(partner_name: str) -> str:
    """A newcomer paired by the invite link: the news, and that the partner knows too (the
    role question comes next, so no pointers to other commands here)."""
    return f"You're now paired with {esc(partner_name)}. 💛 I've let them know you're here."


NOT_PAIRED = "You're not paired with anyone right now. /pair makes an invite for your partner."


def unpair_confirm(partner_name: str) -> str:
    """/unpair asks first."""
    return (
        f"End your pairing with {esc(partner_name)}? Anything shared between you stops. "
        "You can pair again later with /pair."
    )


UNPAIR_YES = "Yes, unpair"
UNPAIR_NO = "Keep us paired"
UNPAIR_KEPT = "Okay, you're still paired. Nothing changed."


def unpaired_you(partner_name: str) -> str:
    """To the user who ended the pair."""
    return (
        f"Done: you're no longer paired with {esc(partner_name)}. Your own settings stay. "
        "/pair makes a new invite whenever you want one."
    )


#: How news of an ended pairing closes: nothing to do, one gentle place to go. A new
#: invite is not pushed at someone who has just been unpaired; /settings shows /pair.
PAIR_ENDED_NEXT = (
    "Your own settings stay as they are, and nothing needs doing tonight. "
    "If it feels heavy, /calm is here whenever you want it."
)


def unpaired_partner(name: str) -> str:
    """To the other member when a pair is ended with /unpair."""
    return f"{esc(name)} has ended your pairing on Steady. {PAIR_ENDED_NEXT}"


#: To the former partner of someone who used /deletedata: only that the pair ended.
PAIR_ENDED = f"Your pairing on Steady has ended. {PAIR_ENDED_NEXT}"

# --- time zone -----------------------------------------------------------------------


def timezone_current(zone_label: str, local: datetime, is_default: bool) -> str:
    """/timezone with no argument."""
    origin = " (the default; you haven't set one)" if is_default else ""
    return (
        f"Your time zone is <b>{esc(zone_label)}</b>{origin}; it's {local:%H:%M} there now.\n"
        "To change it, send e.g. <code>/timezone Europe/Berlin</code> or "
        "<code>/timezone +02:00</code>."
    )


def timezone_set(zone_label: str, local: datetime) -> str:
    """/timezone ZONE accepted."""
    return (
        f"Time zone set to <b>{esc(zone_label)}</b>; it's {local:%H:%M} there now. "
        "Reminders will follow your local time."
    )


def timezone_bad(given: str) -> str:
    """/timezone with something that is not a zone."""
    shown = esc(given[:40] + ("…" if len(given) > 40 else ""))
    return (
        f"I don't know the zone “{shown}”. Try a city zone like "
        "<code>/timezone Europe/Berlin</code> or an offset like <code>/timezone +02:00</code>."
    )


# --- settings ------------------------------------------------------------------------


def settings_view(
    *,
    role: str | None,
    zone_label: str,
    quiet: tuple[time, time] | None,
    paused: bool,
    paused_until: datetime | None,
    partner_name: str | None,
    prompts: Sequence[time] = (),
    checkin: time | None = None,
    practise: tuple[int, time] | None = None,
) -> str:
    """/settings: everything the user has set, with the command that changes it (times
    are the user's local ones)."""
    role_line = ROLE_NAMES[role] if role else "not chosen yet (/start)"
    pairing = f"paired with {esc(partner_name)} (/unpair)" if partner_name else "not paired (/pair)"
    quiet_line = f"{quiet[0]:%H:%M}–{quiet[1]:%H:%M}" if quiet else "off"
    if not paused:
        pause_line = "off"
    elif paused_until is None:
        pause_line = "on, until you resume"
    else:
        pause_line = f"until {paused_until:%Y-%m-%d %H:%M}"
    practise_line = (
        f"{WEEKDAY_NAMES[practise[0]]}s {practise[1]:%H:%M}" if practise is not None else "off"
    )
    return (
        "<b>Your settings</b>\n"
        f"Role: {role_line}\n"
        f"Time zone: {esc(zone_label)} (/timezone)\n"
        f"Reassurance prompts: {', '.join(f'{p:%H:%M}' for p in prompts) or 'none'} (/nudgetime)\n"
        f"Daily check-in: {f'{checkin:%H:%M}' if checkin else 'none'} (/checkin)\n"
        f"Weekly practice: {practise_line} (/practise)\n"
        f"Quiet hours: {quiet_line} (/quiet)\n"
        f"Pause: {pause_line} (/pause, /resume)\n"
        f"Pairing: {pairing}"
    )


# --- /plans -------------------------------------------------------------------------

PLANS_EMPTY = (
    "Nothing is planned right now. <code>/promise</code>, <code>/space</code>, "
    "<code>/nudgetime</code> and <code>/checkin</code> set things up."
)
PLANS_CHECKIN_OFF_LABEL = "Turn off the daily check-in"
PLANS_PRACTISE_OFF_LABEL = "Turn off weekly practice"
PLANS_MOVE_PROMPT = (
    "What's the new time? Send it like <code>18:30</code>, or how long from now, like "
    "<code>2h</code>. I'll tell them."
)
_LABEL_TEXT = 18  # characters of a promise shown on its buttons


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_TEXT else text[: _LABEL_TEXT - 1].rstrip() + "…"


def plans_move_label(promise_text: str) -> str:
    """The button that gives a promise a new time."""
    return f"New time: {_short(promise_text)}"


def plans_cancel_label(promise_text: str) -> str:
    """The button that takes a promise back."""
    return f"Cancel: {_short(promise_text)}"


def plans_remove_prompt_label(at: time) -> str:
    """The button that removes one prompt time."""
    return f"Remove the {at:%H:%M} prompt"


def plans_view(
    *,
    promises: Sequence[tuple[str, str]],
    promised_to_me: Sequence[tuple[str, str]],
    partner_name: str | None,
    space_until: str | None,
    prompts: Sequence[time],
    checkin: time | None,
    practise: tuple[int, time] | None,
) -> str:
    """/plans: what is coming, soonest first, in the user's own zone; (text, when) pairs."""
    lines = ["<b>What's planned</b>"]
    if promises:
        lines.append("Your promises:")
        lines += [f"• “{esc(text)}”, {esc(when)}" for text, when in promises]
    if promised_to_me:
        lines.append(f"{esc(partner_name or 'Your partner')}'s promises to you:")
        lines += [f"• “{esc(text)}”, {esc(when)}" for text, when in promised_to_me]
    if space_until is not None:
        lines.append(f"Your space: back at {esc(space_until)}")
    if prompts:
        shown = ", ".join(f"{p:%H:%M}" for p in prompts)
        lines.append(f"Reassurance prompts: {shown} (<code>/nudgetime</code> changes them)")
    if checkin is not None:
        lines.append(f"Daily check-in: {checkin:%H:%M} (<code>/checkin</code> changes it)")
    if practise is not None:
        day, at = practise
        lines.append(f"Weekly practice: {WEEKDAY_NAMES[day]}s {at:%H:%M} (<code>/practise</code>)")
    return "\n".join(lines)


def promise_cancelled(partner_name: str) -> str:
    """To the promiser after taking a promise back."""
    return f"Cancelled. I've let {esc(partner_name)} know, so nobody is left waiting."


def promise_cancelled_for_partner(first_name: str, text: str) -> str:
    """Relayed when a promise is taken back: plainly, and without alarm."""
    return (
        f"<b>{esc(first_name)}</b> has taken back “{esc(text)}” for now, and wanted you to "
        "know rather than wait for it. Nothing else has changed."
    )


def promise_moved(when: str, partner_name: str) -> str:
    """To the promiser after a new time from /plans."""
    return f"Moved to <b>{esc(when)}</b>. I've told {esc(partner_name)}, and I'll remind you."


def promise_moved_for_partner(first_name: str, text: str, when: str) -> str:
    """Relayed when a promise gets a new time ahead of it; `when` in the partner's zone."""
    return f"<b>{esc(first_name)}</b> moved “{esc(text)}” to <b>{esc(when)}</b>."


# --- data deletion -------------------------------------------------------------------

DELETE_CONFIRM = (
    "This deletes everything I store about you: your role, settings, pairing and history. "
    "If you're paired, your partner will only be told that the pairing ended. "
    "It can't be undone. Delete it all?"
)
DELETE_YES = "Delete my data"
DELETE_NO = "Keep it"
DELETE_KEPT = "Okay, nothing was deleted."
DELETE_DONE = (
    "Done. Everything I stored about you is gone. If you ever want to come back, "
    "/start begins fresh."
)

# --- general -------------------------------------------------------------------------

CANCEL_NOTHING = "There's nothing in progress to cancel. /help lists what I can do."


def unknown_command(command: str) -> str:
    """A command we do not have."""
    return f"I don't know {esc(command[:40])}. /help lists what I can do."


STRAY_TEXT = (
    "I'm here. If you'd like to feel steadier, /calm has a few quick things to try; "
    "/help lists everything."
)
BUTTON_EXPIRED = "This button has expired."
EDIT_NOT_APPLIED = (
    "I only read new messages, so that edit didn't change anything. "
    "If you meant something else, send it again as a new message."
)
SLOW_DOWN = (
    "That's a lot at once, so I'll let the rest of these pass. Take a breath, then send "
    "me the one thing you need; /calm is here too."
)
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again in a moment."
#: While the database is unreachable (bot/handlers/general.on_error); crisis words are
#: answered without it (bot/safety), so this is only ever said to everyday requests.
DATABASE_UNAVAILABLE = (
    "Something on my side is down for a moment, so that didn't go through. "
    "Your data is safe; please try again in a few minutes."
)

# --- safety: crisis, someone else in danger, heavy moments, voice notes --------------
# These replies are rendered while the database may be down: they use the catalogue
# only (`_`, `ngettext`, `pgettext`), never anything that asks the database.

MAX_LINES_SHOWN = 3  # a short reply: the first (24/7 first) of a country's lines


def _line(line: Helpline) -> str:
    """One crisis line; its name, number, kind and hours are data from helplines.json."""
    hours = "24/7" if line.around_the_clock else line.hours
    return f"• {esc(line.name)}: <b>{esc(line.number)}</b> ({esc(line.kind)}, {esc(hours)})"


def _helplines(resources: CrisisResources) -> list[str]:
    lines = [_line(line) for line in resources.lines[:MAX_LINES_SHOWN]]
    lines.append(
        _("• Human-staffed helplines in every country: {url}").format(
            url=esc(resources.findahelpline_url)
        )
    )
    return lines


def _in_danger_now(resources: CrisisResources) -> str:
    """The crisis reply's first line: the emergency number, or the local one when no
    country is known."""
    if resources.emergency_number:
        # TRANSLATORS: {number} is an emergency phone number, e.g. 112 or 911
        return _("• In danger right now: call <b>{number}</b>").format(
            number=esc(resources.emergency_number)
        )
    return _("• In danger right now: call your local emergency number")


def crisis_reply(resources: CrisisResources) -> str:
    """Crisis language: not an emergency service, real people to reach, an open door."""
    return "\n".join(
        [
            _(
                "I'm really glad you told me. I'm a bot, not an emergency service, and nobody "
                "reads these messages in real time, so please reach a person now."
            ),
            "",
            _in_danger_now(resources),
            *_helplines(resources),
            "",
            # TRANSLATORS: keep /calm as it is
            _("I'm still here; /calm when you want."),
        ]
    )


def _if_they_are_in_danger(resources: CrisisResources) -> str:
    if resources.emergency_number:
        # TRANSLATORS: {number} is an emergency phone number, e.g. 112 or 911
        return _("• If they might be in danger right now, call <b>{number}</b>.").format(
            number=esc(resources.emergency_number)
        )
    return _("• If they might be in danger right now, call your local emergency number.")


def someone_in_danger_reply(resources: CrisisResources) -> str:
    """Someone else may be in danger: how to help them right now. Contacts nobody itself."""
    return "\n".join(
        [
            _(
                "Thank you for telling me. That's frightening, and reaching out was right. "
                "I'm a bot and nobody reads this in real time, so please act now:"
            ),
            "",
            _if_they_are_in_danger(resources),
            _(
                "• Stay with them if it's safe for you and keep talking. Move pills, blades "
                "or other means out of reach if you can do that safely."
            ),
            "",
            _("A crisis line can guide you as the worried one, too:"),
            *_helplines(resources),
            "",
            _("You don't have to handle this alone. I'm here for you, too."),
        ]
    )


def _reach_a_person(resources: CrisisResources) -> str:
    if resources.emergency_number:
        # TRANSLATORS: {number} is an emergency phone number, e.g. 112 or 911
        return _(
            "That sounds really heavy. If you're thinking about hurting yourself, please "
            "reach a person now: call <b>{number}</b>, or talk to someone here:"
        ).format(number=esc(resources.emergency_number))
    return _(
        "That sounds really heavy. If you're thinking about hurting yourself, please reach "
        "a person now: call your local emergency number, or talk to someone here:"
    )


def despair_check(resources: CrisisResources) -> str:
    """Heavy but ambiguous: a gentle check with the resources; the normal flow goes on."""
    return "\n".join(
        [
            _reach_a_person(resources),
            *_helplines(resources),
            "",
            _(
                "If it's more that everything is too much right now, I'm here. Something "
                "steadying is below, or just keep writing."
            ),
        ]
    )


def voice_note_reply(resources: CrisisResources) -> str:
    """A voice or video note: the bot cannot listen; where help is if it is urgent."""
    url = esc(resources.findahelpline_url)
    if resources.emergency_number:
        # TRANSLATORS: {number} is an emergency phone number, {url} a web page listing
        # crisis lines; keep /calm as it is
        return _(
            "I can't listen to voice or video messages, and nobody here listens in real "
            "time. If it's urgent or you might be in danger, please call <b>{number}</b> or "
            "a crisis line ({url} lists them). Otherwise, a few typed words reach me, or "
            "try /calm."
        ).format(number=esc(resources.emergency_number), url=url)
    # TRANSLATORS: {url} is a web page listing crisis lines; keep /calm as it is
    return _(
        "I can't listen to voice or video messages, and nobody here listens in real time. "
        "If it's urgent or you might be in danger, please call your local emergency number "
        "or a crisis line ({url} lists them). Otherwise, a few typed words reach me, or "
        "try /calm."
    ).format(url=url)


def safety_steadying_button() -> str:
    """The button under a heavy-moment check: the calm menu."""
    return pgettext("button", "🌿 Something steadying")


# --- calm ----------------------------------------------------------------------------


def breathe_stop() -> str:
    """The Stop button under the breathing pacer and the stepped exercises."""
    return pgettext("button", "⏹ Stop")


def breath_step(intro: str, frame: str) -> str:
    """One pacer frame under the session's intro line."""
    return f"{intro}\n\n{frame}"


def breath_pattern(label: str) -> str:
    """The pacer's first frame: the pattern it is about to count."""
    return f"<i>{label}</i>"


def feeling_check_line() -> str:
    """The feeling question, in bold, after an exercise."""
    return f"<b>{_(FEELING_CHECK)}</b>"


def breath_done(outro: str) -> str:
    """The pacer's last edit: the outro and the feeling question."""
    return f"{outro}\n\n{feeling_check_line()}"


def breath_stopped() -> str:
    """The pacer after Stop, with the feeling question."""
    return _("Stopped. Even a few slow breaths count.") + "\n\n" + feeling_check_line()


def breath_moved_on() -> str:
    return _("Breathing stopped: you moved on to something else.")


def step_next() -> str:
    """The button that shows a stepped exercise's next step."""
    return pgettext("button", "Next ›")


def steps_stopped() -> str:
    # TRANSLATORS: keep /calm as it is
    return _(
        "Stopped here, and that's okay. Whatever you got through still counts. "
        "/calm is here whenever you want it."
    )


def steps_moved_on() -> str:
    return _("Stopped here, because you started a new exercise below.")


def exercise_step(title: str, words: str, number: int, total: int) -> str:
    """One step of a stepped exercise: what to do, and where you are in it (the first
    step also says how to go on)."""
    if number == 1:
        # TRANSLATORS: "Next" is the button that shows the next step
        where = _("Step {number} of {total}. Tap Next when you're ready.")
    else:
        where = _("Step {number} of {total}")
    where = where.format(number=number, total=total)
    return f"<b>{title}</b>\n\n{words}\n\n<i>{where}</i>"


def exercise_close(title: str, words: str) -> str:
    """After the last step: the close, then the feeling question."""
    return f"<b>{title}</b>\n\n{words}\n\n{feeling_check_line()}"


def exercise_stopped(title: str, why: str) -> str:
    """A stepped exercise that ended early, and why (Stop, or another one began)."""
    return f"<b>{title}</b>\n\n{why}"


def feeling_noted(label: str, acknowledgement: str) -> str:
    """After a feeling answer: what they chose, and a kind word."""
    # TRANSLATORS: {feeling} is the answer the person tapped, e.g. "A bit calmer"
    said = _("<i>You said: {feeling}.</i>").format(feeling=label)
    return f"{said}\n{acknowledgement}"


# --- guided flows --------------------------------------------------------------------


def flow_cancelled() -> str:
    return _("Okay, we've stopped there. Nothing was sent to anyone.")


def flow_timed_out() -> str:
    # TRANSLATORS: keep /help as it is
    return _(
        "We were in the middle of something, but it's been a while, so I let it go and "
        "nothing was sent. Start again whenever you like; /help lists everything."
    )


def tap_a_button() -> str:
    # TRANSLATORS: keep /cancel as it is
    return _("Tap one of the buttons above to go on, or send /cancel to stop.")


#: Examples shown when a typed answer is too long (each the kind of thing that step wants),
#: translated by `too_long`.
TRIGGER_EXAMPLE = N_("They didn't answer my message all afternoon.")
BID_EXAMPLE = N_("Could we have ten minutes together after dinner?")
BID_REPLY_EXAMPLE = N_("Yes, after dinner. I'd like that.")
REASSURANCE_EXAMPLE = N_("Thinking of you. Home by seven.")
PROMISE_EXAMPLE = N_("call you after work")
SPACE_NOTE_EXAMPLE = N_("going for a walk")


def send_anyway() -> str:
    """The button that sends a bid the composer had doubts about."""
    return pgettext("button", "Send it anyway")


def answered(question: str, label: str) -> str:
    """A question whose buttons were replaced by the answer chosen."""
    return f"{question}\n<i>{label}</i>"


def with_next_steps(sentence: str, offer: str) -> str:
    """The /activated reflection, then what could come next."""
    return f"{sentence}\n\n{offer}"


def too_long(limit: int, example: str) -> str:
    """Free text over the limit for this step; `example` is one of the `*_EXAMPLE`
    msgids above, shown in the language being spoken."""
    return ngettext(
        "That's a lot to hold in one go. Could you say it in under {count} character? "
        "For example: “{example}”",
        "That's a lot to hold in one go. Could you say it in under {count} characters? "
        "For example: “{example}”",
        limit,
    ).format(count=limit, example=esc(_(example)))


def empty_text() -> str:
    # TRANSLATORS: keep /cancel as it is
    return _("I can only read text here. Type it in a sentence, or send /cancel to stop.")


def needs_pair() -> str:
    # TRANSLATORS: keep /pair as it is
    return _("This goes to your partner, so you'll need to be paired first: /pair makes an invite.")


def undelivered(name: str) -> str:
    """A relay that Telegram refused (the partner blocked or left the bot)."""
    return _(
        "I couldn't deliver that to {name} right now; they may have stopped the bot. "
        "Nothing is wrong with what you said."
    ).format(name=esc(name))


# --- routines: prompts, check-in, practice ------------------------------------------------


def nudgetime_usage() -> str:
    # TRANSLATORS: keep /commands and the <code> examples as they are
    return _(
        "Send up to four daily times for a gentle nudge to reassure your partner, e.g. "
        "<code>/nudgetime 08:30 18:00</code>, or <code>/nudgetime off</code>."
    )


def nudgetime_role() -> str:
    # TRANSLATORS: keep /commands and the <code> example as they are
    return _(
        "Reassurance prompts are for the partner who offers reassurance. If that's you, "
        "choose it with /start, then e.g. <code>/nudgetime 08:30</code>."
    )


def nudgetime_off() -> str:
    # TRANSLATORS: keep the <code> example as it is
    return _("Reassurance prompts are off. <code>/nudgetime 08:30</code> turns them on again.")


def bad_times(given: str, example: str) -> str:
    """A time argument `domain.rules.parse_hhmm` cannot read (or finds ambiguous, like "9")."""
    # TRANSLATORS: {given} is what the person typed, {example} a command (/checkin 21:00);
    # keep 21:00 and 9pm: they are the forms of a time the bot reads
    return _(
        "I couldn't read “{given}” as a time. Write it like 21:00 or 9pm, "
        "e.g. <code>{example}</code>."
    ).format(given=esc(given[:40]), example=example)


NUDGETIME_EXAMPLE = "/nudgetime 08:30 18:00"
CHECKIN_EXAMPLE = "/checkin 21:00"


def prompt_times_set(times: Sequence[str], next_at: str, *, paired: bool) -> str:
    """/nudgetime's confirmation; before pairing, when the prompts will begin."""
    # TRANSLATORS: {times} is a list of clock times, e.g. "08:30, 18:00"
    text = _("Reassurance prompts: <b>{times}</b> every day. Next one: <b>{when}</b>.").format(
        times=", ".join(times), when=esc(next_at)
    )
    if paired:
        return text
    # TRANSLATORS: keep /pair as it is
    return text + " " + _("They'll start once you're paired (/pair).")


def nudgetimes_shown(times: Sequence[str], next_at: str | None) -> str:
    """/nudgetime with no argument."""
    if not times:
        return _("You have no reassurance prompts set.") + " " + nudgetime_usage()
    # TRANSLATORS: {times} is a list of clock times, e.g. "08:30, 18:00"; keep the
    # <code> commands as they are (HH:MM stands for a time)
    return _(
        "Your reassurance prompts: <b>{times}</b> every day. Next one: <b>{when}</b>. "
        "Change them with <code>/nudgetime HH:MM</code> or turn them off with "
        "<code>/nudgetime off</code>."
    ).format(times=", ".join(times), when=esc(next_at or ""))


def too_many_times() -> str:
    # TRANSLATORS: keep the <code> example as it is
    return _(
        "Four prompts a day is the most I'll send; small and steady beats many. "
        "For example: <code>/nudgetime 08:30 13:00 18:00 21:30</code>."
    )


def checkin_usage() -> str:
    # TRANSLATORS: keep the <code> examples as they are
    return _(
        "Pick one daily time for your check-in together, e.g. <code>/checkin 21:00</code>, "
        "or <code>/checkin off</code>."
    )


def checkin_off() -> str:
    # TRANSLATORS: keep the <code> example as it is
    return _("Your daily check-in is off. <code>/checkin 21:00</code> sets one again.")


def checkin_set(at: str, next_at: str, partner_name: str) -> str:
    """/checkin HH:MM confirmed."""
    # TRANSLATORS: {time} is the daily time, {when} the next check-in ("tomorrow 21:00")
    return _(
        "Daily check-in set for <b>{time}</b> your time. You and {name} will both get a "
        "nudge then; the next one is <b>{when}</b>. Same time, every time."
    ).format(time=at, name=esc(partner_name), when=esc(next_at))


def checkin_told_partner(name: str, at_partner_local: str) -> str:
    """The other member hears about the new check-in, in their own zone."""
    return _(
        "{name} set a daily check-in for the two of you at <b>{time}</b> your time. "
        "I'll nudge you both then."
    ).format(name=esc(name), time=esc(at_partner_local))


def checkin_shown(at: str | None, next_at: str | None) -> str:
    """/checkin with no argument."""
    if at is None:
        return _("You have no daily check-in yet.") + " " + checkin_usage()
    # TRANSLATORS: {time} is the daily time, {when} the next one ("tomorrow 21:00");
    # keep the <code> commands as they are (HH:MM stands for a time)
    return _(
        "Your daily check-in is at <b>{time}</b> (next: <b>{when}</b>). "
        "Change it with <code>/checkin HH:MM</code> or <code>/checkin off</code>."
    ).format(time=at, when=esc(next_at or ""))


def checkin_done_label() -> str:
    """The button under the check-in reminder."""
    return pgettext("button", "We checked in ✓")


def practise_now_label() -> str:
    """The button under the weekly practice suggestion."""
    return pgettext("button", "Try one now")


def checkin_noted() -> str:
    return _("Noted: check-in held. Small, regular, on time: that's the evidence that counts.")


def practise_usage() -> str:
    # TRANSLATORS: keep the <code> examples as they are (sun is Sunday, as typed)
    return _(
        "Once a week I can suggest practising an exercise while you're calm, so it's ready "
        "when things get loud. Pick a day and time, e.g. <code>/practise sun 18:00</code>, "
        "or <code>/practise off</code>."
    )


def practise_off() -> str:
    return _("Weekly practice suggestions are off.")


def practise_set(weekday: int, at: str, next_at: str) -> str:
    """/practise DAY HH:MM confirmed (`weekday`: 0 = Monday)."""
    # TRANSLATORS: {day} is a weekday name (Monday), {when} the next suggestion
    return _(
        "Every {day} at <b>{time}</b> I'll suggest a short practice. Next: <b>{when}</b>."
    ).format(day=weekday_name(weekday), time=at, when=esc(next_at))


def prompt_lapsed() -> str:
    return _("This prompt has passed. There'll be another at your next prompt time.")


# --- commitments: promises and space ------------------------------------------------------


def promise_usage() -> str:
    # TRANSLATORS: keep the <code> examples as they are
    return _(
        "Tell me when and what, e.g. <code>/promise 18:30 call you after work</code> or "
        "<code>/promise 45m text you when I leave</code>."
    )


def promise_bad_when(given: str) -> str:
    """/promise with a WHEN that is neither a clock time nor Nm/Nh."""
    # TRANSLATORS: {given} is what the person typed; keep the <code> examples as they are
    return _(
        "I couldn't read “{given}” as a time. Use a time or minutes/hours, e.g. "
        "<code>/promise 18:30 call you</code> or <code>/promise 2h be home</code>."
    ).format(given=esc(given[:40]))


def promise_too_far() -> str:
    # TRANSLATORS: keep the <code> example as it is
    return _(
        "A promise can be up to 48 hours ahead; one that far off is hard to keep in mind. "
        "Try something nearer, e.g. <code>/promise 2h call you</code>."
    )


def late_bad_when(given: str) -> str:
    """A typed new time that is neither HH:MM nor Nm/Nh (within 48 hours)."""
    # TRANSLATORS: {given} is what the person typed; keep the <code> examples as they are
    return _(
        "I couldn't read “{given}” as a time. Send it like <code>18:45</code> or <code>40m</code>."
    ).format(given=esc(given[:40]))


def space_usage() -> str:
    # TRANSLATORS: keep the <code> examples as they are
    return _(
        "Say how long you need, from 5 minutes to 12 hours, and a note if you like, e.g. "
        "<code>/space 45 going for a walk</code> or <code>/space 2h</code>. "
        "Just <code>/space</code> means an hour."
    )


# --- quiet hours and pause ---------------------------------------------------------------


def quiet_usage() -> str:
    # TRANSLATORS: keep the <code> examples as they are
    return _(
        "Set quiet hours with a start and an end, e.g. <code>/quiet 22:30 07:00</code>, or "
        "<code>/quiet off</code>. Scheduled messages wait until they end."
    )


def quiet_off() -> str:
    return _("Quiet hours are off. Anything they were holding comes through now.")


def quiet_set(start: str, end: str) -> str:
    """/quiet confirmed."""
    # TRANSLATORS: {start} and {end} are clock times, e.g. 22:30 and 07:00
    return _(
        "Quiet hours: <b>{start}–{end}</b> your time. Scheduled messages that fall inside "
        "wait until they end; nothing is lost."
    ).format(start=start, end=end)


def quiet_shown(start: str | None, end: str | None) -> str:
    """/quiet with no argument."""
    if start is None or end is None:
        return _("You have no quiet hours.") + " " + quiet_usage()
    # TRANSLATORS: {start} and {end} are clock times, e.g. 22:30 and 07:00
    shown = _("Your quiet hours are <b>{start}–{end}</b>.").format(start=start, end=end)
    return shown + " " + quiet_usage()


def quiet_same() -> str:
    # TRANSLATORS: keep the <code> example as it is
    return _("Start and end need to differ, e.g. <code>/quiet 22:30 07:00</code>.")


def pause_usage() -> str:
    # TRANSLATORS: keep /resume and the <code> examples as they are
    return _(
        "Pause scheduled messages with <code>/pause</code> (until /resume) or for some "
        "days, e.g. <code>/pause 3</code> (1 to 365)."
    )


def paused(until: str | None) -> str:
    """/pause confirmed."""
    if until:
        # TRANSLATORS: {when} is the day the pause ends; keep /resume as it is
        return _(
            "Paused until <b>{when}</b>. Scheduled messages to you wait; commands and your "
            "partner's direct messages still reach you. /resume whenever you're ready."
        ).format(when=esc(until))
    # TRANSLATORS: keep /resume as it is
    return _(
        "Paused until you send /resume. Scheduled messages to you wait; commands and your "
        "partner's direct messages still reach you. /resume whenever you're ready."
    )


def resumed() -> str:
    return _("Welcome back. Scheduled messages are on again, and anything that waited comes now.")


def not_paused() -> str:
    # TRANSLATORS: keep the <code> examples as they are
    return _(
        "You're not paused. <code>/pause</code> or <code>/pause 3</code> holds scheduled messages."
    )


# --- operations: /export and the operators' /stats ------------------------------------

HIDDEN_COMMANDS = ("stats",)  # operators only: never in the menu or /help


def export_caption() -> str:
    # TRANSLATORS: keep /deletedata as it is
    return _(
        "Here is everything Steady stores about you, as JSON. It includes your own words, "
        "so keep it somewhere private. /deletedata erases it all."
    )


def record_view(intro: str, lines: Sequence[str], footer: str) -> str:
    """/record: an intro, what happened (one line each), a footer."""
    return "\n".join([intro, "", *lines, "", f"<i>{footer}</i>"])


def _steadiness_lines(side: Steadiness, partner_name: str, *, mine: bool) -> list[str]:
    """One person's lines, leaving out what they have none of."""
    lines = (
        [record_promises_line(side.promises_kept, side.kept_at_new_time, partner_name, mine)]
        if side.promises_kept
        else []
    )
    counts = (
        ("space_returns", side.space_returns),
        ("reassurances", side.reassurances),
        ("bids_answered", side.bids_answered),
    )
    lines += [record_pair_line(key, n, partner_name, mine) for key, n in counts if n]
    return lines


def record_pair_view(intro: str, found: PairEvidence, footer: str) -> str:
    """/record in a pair: the partner's acts, what they held together, the user's own.

    Only what happened is listed: a line with nothing in it, or a section with no lines,
    is left out, so nobody reads a row of zeros against their name."""
    name = found.partner_name
    own = _steadiness_lines(found.own, name, mine=True)
    if found.exercises:
        own.append(
            record_pair_line("exercises", found.exercises, name, True, found.exercises_better)
        )
    together = [record_pair_line("checkins", found.checkins, name, True)] if found.checkins else []
    sections = (
        (record_heading(name), _steadiness_lines(found.partner, name, mine=False)),
        (RECORD_TOGETHER, together),
        (RECORD_YOU, own),
    )
    body = ["\n".join([heading, *lines]) for heading, lines in sections if lines]
    return "\n\n".join([intro, *body, f"<i>{footer}</i>"])


def stats_text(stats: Stats) -> str:
    """/stats for operators: counts only, for the UTC day."""
    # TRANSLATORS: an operators' summary of today; {day} is a date (2026-01-12)
    return _(
        "<b>Steady today</b> ({day}, UTC)\n\n"
        "People: {users} ({reachable} reachable)\n"
        "Pairs: {pairs}\n"
        "Scheduled messages sent: {sent}\n"
        "Not delivered (failed or blocked): {failed}\n"
        "Calm exercises started: {exercises}"
    ).format(
        day=stats.day,
        users=stats.users,
        reachable=stats.active_users,
        pairs=stats.pairs,
        sent=stats.sent_today,
        failed=stats.failed_today,
        exercises=stats.exercises_today,
    )
