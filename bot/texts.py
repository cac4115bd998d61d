"""Every line the bot says, in one place to review tone, length and escaping.

Replies are HTML (the bot's default parse mode); anything a user typed or a
name Telegram gave us goes through `esc` before it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, time

from bot.safety.helplines import CrisisResources, Helpline
from domain.content import esc
from domain.content.exercises import feeling_check
from domain.content.nudges import (
    record_heading,
    record_pair_line,
    record_promises_line,
    record_together,
    record_you,
)
from domain.i18n import N_, SOURCE, _, current_locale, ngettext, pgettext
from domain.record import PairEvidence, Steadiness
from domain.rules import every_weekday, weekday_name
from domain.stats import Stats

# --- the command menu (also published with setMyCommands) -----------------------------

#: (command, description) in menu order; descriptions are msgids, translated where shown
#: (`help_text`, and the menu published at start-up).
COMMANDS: Sequence[tuple[str, str]] = (
    ("start", N_("Welcome, and choose your role")),
    ("help", N_("Every command, one line each")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("calm", N_("A calming exercise now: /calm, or /calm breathe")),
    ("activated", N_("Name what's happening before acting on it")),
    ("bid", N_("Ask your partner for something directly")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("nudgetime", N_("Daily times to be nudged to reassure: /nudgetime 08:30 18:00")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("checkin", N_("A fixed daily check-in for you both: /checkin 21:00")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("promise", N_("Promise something at a time: /promise 18:30 call you")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("space", N_("Take space, say when you'll be back: /space 45")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("quiet", N_("Quiet hours for scheduled messages: /quiet 22:30 07:00")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("pause", N_("Pause scheduled messages: /pause or /pause 3")),
    ("resume", N_("End a pause")),
    ("record", N_("The last 30 days of small things done reliably")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("practise", N_("A weekly nudge to practise while calm: /practise sun 18:00")),
    ("pair", N_("Get an invite link for your partner")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("join", N_("Join your partner with their code: /join CODE")),
    ("unpair", N_("End the pairing (asks first)")),
    # TRANSLATORS: keep /commands and the examples after the colon as they are
    ("timezone", N_("Show or set your time zone: /timezone Europe/Berlin")),
    ("settings", N_("Everything you've set, at a glance")),
    ("language", N_("The language I write to you in, with buttons to change it")),
    ("plans", N_("What's planned, with buttons to change or cancel it")),
    ("export", N_("Your stored data, as a JSON file")),
    ("deletedata", N_("Delete everything stored about you (asks first)")),
    ("cancel", N_("Leave whatever we're in the middle of")),
)


def not_therapy() -> str:
    """What Steady is not, and where to turn instead: in every welcome and in /help."""
    return _(
        "<i>Steady is not therapy and not an emergency service, and nobody reads these messages "
        "in real time. If you might hurt yourself, please call your local emergency number or "
        "find a helpline at findahelpline.com.</i>"
    )


# --- roles ---------------------------------------------------------------------------

#: (role, button label); labels are msgids, translated by `role_buttons`.
ROLE_BUTTONS: Sequence[tuple[str, str]] = (
    ("anxious", N_("I'm the one who worries")),
    ("partner", N_("I want to offer steady reassurance")),
    ("both", N_("We both worry sometimes")),
)
ROLE_NAMES = dict(ROLE_BUTTONS)
_ROLE_SAVED = {
    # TRANSLATORS: keep /start as it is
    "anxious": N_(
        "Got it: you're the one who worries. Calming steps are here whenever you need "
        "them, no reply from anyone required. You can change this any time with /start."
    ),
    # TRANSLATORS: keep /start as it is
    "partner": N_(
        "Got it: you're here to offer steady reassurance. I'll help you offer it "
        "before it has to be asked for. You can change this any time with /start."
    ),
    # TRANSLATORS: keep /start as it is
    "both": N_(
        "Got it: you both worry sometimes. That can work well: two people who value "
        "closeness can steady each other. You can change this any time with /start."
    ),
}


def role_buttons() -> list[tuple[str, str]]:
    """(role, label) for the role question, in the language being spoken."""
    return [(role, _(label)) for role, label in ROLE_BUTTONS]


def role_name(role: str) -> str:
    """A role as its button names it, in the language being spoken."""
    return _(ROLE_NAMES[role])


def welcome_intro(first_name: str) -> str:
    """What Steady is and is not: the start of every welcome."""
    # TRANSLATORS: {not_therapy} is a separate paragraph saying Steady is not therapy
    return _(
        "Hi {name}, I'm Steady. 🌿\n\n"
        "I help couples when one of you worries about the relationship more than you'd like: "
        "calming steps you can take on your own, gentle nudges for your partner to reach out "
        "first, and small promises kept on time.\n\n"
        "{not_therapy}"
    ).format(name=esc(first_name), not_therapy=not_therapy())


def role_question(current_role: str | None) -> str:
    """The question above the role buttons (with the current role when there is one)."""
    question = _("Which sounds most like you?")
    if not current_role:
        return question
    # TRANSLATORS: {role} is the label of the role button chosen earlier
    again = _("Right now you've chosen “{role}”; tap to change it.").format(
        role=role_name(current_role)
    )
    return f"{question}\n\n{again}"


def welcome(first_name: str, current_role: str | None) -> str:
    """/start: what Steady is and is not, then the role question."""
    return f"{welcome_intro(first_name)}\n\n{role_question(current_role)}"


def role_saved(role: str) -> str:
    """Shown in place of the role question once a role is tapped."""
    return _(_ROLE_SAVED[role])


def next_steps(zone_label: str, paired_with: str | None) -> str:
    """What to do after choosing a role."""
    pair_step = (
        _("You're already paired with {name}.").format(name=esc(paired_with))
        if paired_with
        # TRANSLATORS: keep /pair as it is
        else _("/pair — get an invite link to send your partner.")
    )
    # TRANSLATORS: keep /commands and the <code> example as they are; {zone} is a time zone
    # (e.g. Europe/Berlin), {pair_step} a sentence about pairing with the partner
    return _(
        "Two small steps next:\n"
        "1. /timezone — your zone is {zone}; set yours, e.g. "
        "<code>/timezone Europe/Berlin</code>, so reminders land at your local time.\n"
        "2. {pair_step}\n\n"
        "/help lists everything."
    ).format(zone=esc(zone_label), pair_step=pair_step)


def human_help() -> str:
    """Where longer-term help is: a person (the end of /help)."""
    return _(
        "Longer term, what helps most with this pattern is usually a person: a therapist who "
        "works with attachment, or couples therapy such as Emotionally Focused Therapy (EFT). "
        "Steady can sit alongside that."
    )


def worse_again_human_help() -> str:
    """After several exercises that left someone feeling worse: a person can help."""
    return _(
        "These last few have left you feeling worse. That's worth taking seriously, and it "
        "isn't a sign you're doing it wrong: exercises reach the moment, not always what sits "
        "underneath it. A therapist who works with attachment, or couples therapy such as EFT, "
        "can help with that over time. I'm still here in between, and if you ever feel unsafe, "
        "findahelpline.com lists people you can call right now."
    )


def help_text() -> str:
    """/help: one line per command, the not-therapy note, and where longer-term help is."""
    lines = [f"/{name} — {esc(description)}" for name, description in command_menu()]
    return (
        _("Here's what I can do:")
        + "\n\n"
        + "\n".join(lines)
        + f"\n\n{not_therapy()}\n\n<i>{human_help()}</i>"
    )


# --- pairing -------------------------------------------------------------------------


def invite(code: str, link: str, ttl_hours: int) -> str:
    """/pair: the code and the deep link to forward."""
    # TRANSLATORS: keep /join, /pair and the link as they are; {code} is the invite code
    return ngettext(
        "Here's an invite for your partner. Forward them this link:\n"
        "{link}\n\n"
        "Or they can send me <code>/join {code}</code>.\n"
        "It works once and expires in {hours} hour. Sending /pair again makes a new one.",
        "Here's an invite for your partner. Forward them this link:\n"
        "{link}\n\n"
        "Or they can send me <code>/join {code}</code>.\n"
        "It works once and expires in {hours} hours. Sending /pair again makes a new one.",
        ttl_hours,
    ).format(link=link, code=code, hours=ttl_hours)


def already_paired(partner_name: str) -> str:
    """/pair or /join while in a pair."""
    # TRANSLATORS: keep /unpair as it is
    return _(
        "You're already paired with {name}. If you want to pair with someone else, /unpair first."
    ).format(name=esc(partner_name))


def join_usage() -> str:
    """/join with no code."""
    # TRANSLATORS: keep the <code> example as it is
    return _("Send the code from your partner's invite, like this: <code>/join K7QM4XRT9P</code>")


def join_bad_code() -> str:
    """/join with a code that does not work (mistyped, used or expired)."""
    # TRANSLATORS: keep /pair and the <code> example as they are
    return _(
        "That code doesn't work: it may be mistyped, used or expired. Ask your partner to send "
        "a fresh one with /pair, e.g. <code>/join K7QM4XRT9P</code>."
    )


def join_too_many() -> str:
    """Every refusal during the lock-out (domain.pairing.join_with_code), whatever was sent:
    it names no time to wait, because the partner's real invite still works."""
    # TRANSLATORS: keep /pair and the example link as they are
    return _(
        "That's a few codes that didn't work, so let's stop guessing here. Tap the link your "
        "partner got from /pair instead (it looks like t.me/…?start=K7QM4XRT9P), or ask them "
        "to send it again."
    )


def join_own_code() -> str:
    """/join with the caller's own invite."""
    # TRANSLATORS: keep /pair as it is
    return _(
        "That's your own invite, so it's for your partner to use. Forward them the link from /pair."
    )


def join_inviter_taken() -> str:
    """/join with an invite whose maker has paired with someone else since."""
    # TRANSLATORS: keep /pair as it is
    return _(
        "The person who made that invite is already paired with someone else. "
        "Ask them for a fresh one with /pair."
    )


def paired(partner_name: str) -> str:
    """Told to both users when a pair forms."""
    # TRANSLATORS: keep /settings and /help as they are
    return _(
        "You're now paired with {name}. 💛\n"
        "/settings shows your set-up, and /help lists what you can do together."
    ).format(name=esc(partner_name))


def paired_newcomer(partner_name: str) -> str:
    """A newcomer paired by the invite link: the news, and that the partner knows too (the
    role question comes next, so no pointers to other commands here)."""
    return _("You're now paired with {name}. 💛 I've let them know you're here.").format(
        name=esc(partner_name)
    )


def not_paired() -> str:
    """/unpair (or anything needing a partner) with nobody paired."""
    # TRANSLATORS: keep /pair as it is
    return _("You're not paired with anyone right now. /pair makes an invite for your partner.")


def unpair_confirm(partner_name: str) -> str:
    """/unpair asks first."""
    # TRANSLATORS: keep /pair as it is
    return _(
        "End your pairing with {name}? Anything shared between you stops. "
        "You can pair again later with /pair."
    ).format(name=esc(partner_name))


def unpair_yes() -> str:
    """The button that confirms /unpair."""
    return pgettext("button", "Yes, unpair")


def unpair_no() -> str:
    """The button that keeps the pair."""
    return pgettext("button", "Keep us paired")


def unpair_kept() -> str:
    """In place of the /unpair question once "keep" is tapped."""
    return _("Okay, you're still paired. Nothing changed.")


def unpaired_you(partner_name: str) -> str:
    """To the user who ended the pair."""
    # TRANSLATORS: keep /pair as it is
    return _(
        "Done: you're no longer paired with {name}. Your own settings stay. "
        "/pair makes a new invite whenever you want one."
    ).format(name=esc(partner_name))


def pair_ended_next() -> str:
    """How news of an ended pairing closes: nothing to do, one gentle place to go. A new
    invite is not pushed at someone who has just been unpaired; /settings shows /pair."""
    # TRANSLATORS: keep /calm as it is
    return _(
        "Your own settings stay as they are, and nothing needs doing tonight. "
        "If it feels heavy, /calm is here whenever you want it."
    )


def unpaired_partner(name: str) -> str:
    """To the other member when a pair is ended with /unpair."""
    # TRANSLATORS: {next_steps} is a separate sentence or two on what to do now
    return _("{name} has ended your pairing on Steady. {next_steps}").format(
        name=esc(name), next_steps=pair_ended_next()
    )


def pair_ended() -> str:
    """To the former partner of someone who used /deletedata: only that the pair ended."""
    # TRANSLATORS: {next_steps} is a separate sentence or two on what to do now
    return _("Your pairing on Steady has ended. {next_steps}").format(next_steps=pair_ended_next())


# --- time zone -----------------------------------------------------------------------


def timezone_current(zone_label: str, local: datetime, is_default: bool) -> str:
    """/timezone with no argument."""
    if is_default:
        # TRANSLATORS: keep the <code> examples as they are; {zone} is e.g. Europe/Berlin,
        # {time} the time there now
        text = _(
            "Your time zone is <b>{zone}</b> (the default; you haven't set one); "
            "it's {time} there now.\n"
            "To change it, send e.g. <code>/timezone Europe/Berlin</code> or "
            "<code>/timezone +02:00</code>."
        )
    else:
        # TRANSLATORS: keep the <code> examples as they are; {zone} is e.g. Europe/Berlin,
        # {time} the time there now
        text = _(
            "Your time zone is <b>{zone}</b>; it's {time} there now.\n"
            "To change it, send e.g. <code>/timezone Europe/Berlin</code> or "
            "<code>/timezone +02:00</code>."
        )
    return text.format(zone=esc(zone_label), time=f"{local:%H:%M}")


def timezone_set(zone_label: str, local: datetime) -> str:
    """/timezone ZONE accepted."""
    # TRANSLATORS: {zone} is e.g. Europe/Berlin, {time} the time there now
    return _(
        "Time zone set to <b>{zone}</b>; it's {time} there now. "
        "Reminders will follow your local time."
    ).format(zone=esc(zone_label), time=f"{local:%H:%M}")


def timezone_bad(given: str) -> str:
    """/timezone with something that is not a zone."""
    shown = esc(given[:40] + ("…" if len(given) > 40 else ""))
    # TRANSLATORS: keep the <code> examples as they are; {zone} is what the person typed
    return _(
        "I don't know the zone “{zone}”. Try a city zone like "
        "<code>/timezone Europe/Berlin</code> or an offset like <code>/timezone +02:00</code>."
    ).format(zone=shown)


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
    language: str = "English",
) -> str:
    """/settings: everything the user has set, with the command that changes it (times
    are the user's local ones; `language` is the spoken language's own name)."""
    off, none = pgettext("setting", "off"), pgettext("setting", "none")
    # TRANSLATORS: keep /start as it is
    role_line = role_name(role) if role else _("not chosen yet (/start)")
    pairing = (
        # TRANSLATORS: keep /unpair as it is
        _("paired with {name} (/unpair)").format(name=esc(partner_name))
        if partner_name
        # TRANSLATORS: keep /pair as it is
        else _("not paired (/pair)")
    )
    quiet_line = f"{quiet[0]:%H:%M}–{quiet[1]:%H:%M}" if quiet else off
    if not paused:
        pause_line = off
    elif paused_until is None:
        pause_line = _("on, until you resume")
    else:
        # TRANSLATORS: the end of a pause, {when} e.g. 2026-05-04 18:00
        pause_line = _("until {when}").format(when=f"{paused_until:%Y-%m-%d %H:%M}")
    practise_line = (
        f"{every_weekday(practise[0])} {practise[1]:%H:%M}" if practise is not None else off
    )
    # TRANSLATORS: keep the /commands as they are; each {placeholder} is the value of the
    # setting on its line (a time, a list of times, "off", "none", or a short phrase)
    return _(
        "<b>Your settings</b>\n"
        "Role: {role}\n"
        "Time zone: {zone} (/timezone)\n"
        "Reassurance prompts: {prompts} (/nudgetime)\n"
        "Daily check-in: {checkin} (/checkin)\n"
        "Weekly practice: {practice} (/practise)\n"
        "Quiet hours: {quiet} (/quiet)\n"
        "Pause: {pause} (/pause, /resume)\n"
        "Pairing: {pairing}\n"
        "Language: {language} (/language)"
    ).format(
        language=esc(language),
        role=role_line,
        zone=esc(zone_label),
        prompts=", ".join(f"{p:%H:%M}" for p in prompts) or none,
        checkin=f"{checkin:%H:%M}" if checkin else none,
        practice=practise_line,
        quiet=quiet_line,
        pause=pause_line,
        pairing=pairing,
    )


# --- /plans -------------------------------------------------------------------------


def plans_empty() -> str:
    """/plans with nothing planned."""
    # TRANSLATORS: keep the <code>/commands</code> as they are
    return _(
        "Nothing is planned right now. <code>/promise</code>, <code>/space</code>, "
        "<code>/nudgetime</code> and <code>/checkin</code> set things up."
    )


def plans_checkin_off_label() -> str:
    """The /plans button that turns off the daily check-in."""
    return _("Turn off the daily check-in")


def plans_practise_off_label() -> str:
    """The /plans button that turns off weekly practice."""
    return _("Turn off weekly practice")


def plans_move_prompt() -> str:
    """Asked after "New time" on a promise in /plans."""
    # TRANSLATORS: keep the <code> examples as they are (18:30 is a time, 2h two hours)
    return _(
        "What's the new time? Send it like <code>18:30</code>, or how long from now, like "
        "<code>2h</code>. I'll tell them."
    )


_LABEL_TEXT = 18  # characters of a promise shown on its buttons


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_TEXT else text[: _LABEL_TEXT - 1].rstrip() + "…"


def plans_move_label(promise_text: str) -> str:
    """The button that gives a promise a new time."""
    # TRANSLATORS: a button; {text} is the start of the promise, e.g. "call you"
    return _("New time: {text}").format(text=_short(promise_text))


def plans_cancel_label(promise_text: str) -> str:
    """The button that takes a promise back."""
    # TRANSLATORS: a button; {text} is the start of the promise, e.g. "call you"
    return _("Cancel: {text}").format(text=_short(promise_text))


def plans_remove_prompt_label(at: time) -> str:
    """The button that removes one prompt time."""
    # TRANSLATORS: a button; {time} is a daily reassurance prompt time, e.g. 18:00
    return _("Remove the {time} prompt").format(time=f"{at:%H:%M}")


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
    lines = [_("<b>What's planned</b>")]
    if promises:
        lines.append(_("Your promises:"))
        lines += [f"• “{esc(text)}”, {esc(when)}" for text, when in promises]
    if promised_to_me:
        lines.append(
            _("{name}'s promises to you:").format(name=esc(partner_name))
            if partner_name
            else _("Your partner's promises to you:")
        )
        lines += [f"• “{esc(text)}”, {esc(when)}" for text, when in promised_to_me]
    if space_until is not None:
        # TRANSLATORS: {when} is when the person's time apart ends, e.g. "today 18:30"
        lines.append(_("Your space: back at {when}").format(when=esc(space_until)))
    if prompts:
        shown = ", ".join(f"{p:%H:%M}" for p in prompts)
        # TRANSLATORS: keep the <code>/command</code> as it is; {times} e.g. "08:30, 18:00"
        prompts_line = _("Reassurance prompts: {times} (<code>/nudgetime</code> changes them)")
        lines.append(prompts_line.format(times=shown))
    if checkin is not None:
        # TRANSLATORS: keep the <code>/command</code> as it is
        checkin_line = _("Daily check-in: {time} (<code>/checkin</code> changes it)")
        lines.append(checkin_line.format(time=f"{checkin:%H:%M}"))
    if practise is not None:
        day, at = practise
        # TRANSLATORS: keep the <code>/command</code> as it is; {days} is a weekday as a
        # weekly habit ("Mondays"), {time} e.g. 18:00
        practise_line = _("Weekly practice: {days} {time} (<code>/practise</code>)")
        lines.append(practise_line.format(days=every_weekday(day), time=f"{at:%H:%M}"))
    return "\n".join(lines)


def promise_cancelled(partner_name: str) -> str:
    """To the promiser after taking a promise back."""
    return _("Cancelled. I've let {name} know, so nobody is left waiting.").format(
        name=esc(partner_name)
    )


def promise_cancelled_for_partner(first_name: str, text: str) -> str:
    """Relayed when a promise is taken back: plainly, and without alarm."""
    # TRANSLATORS: {text} is the promise, in the promiser's words
    return _(
        "<b>{name}</b> has taken back “{text}” for now, and wanted you to "
        "know rather than wait for it. Nothing else has changed."
    ).format(name=esc(first_name), text=esc(text))


def promise_moved(when: str, partner_name: str) -> str:
    """To the promiser after a new time from /plans."""
    # TRANSLATORS: {when} is the promise's new time, e.g. "today 18:30"
    return _("Moved to <b>{when}</b>. I've told {name}, and I'll remind you.").format(
        when=esc(when), name=esc(partner_name)
    )


def promise_moved_for_partner(first_name: str, text: str, when: str) -> str:
    """Relayed when a promise gets a new time ahead of it; `when` in the partner's zone."""
    # TRANSLATORS: {text} is the promise, {when} its new time, e.g. "today 18:30"
    return _("<b>{name}</b> moved “{text}” to <b>{when}</b>.").format(
        name=esc(first_name), text=esc(text), when=esc(when)
    )


# --- data deletion -------------------------------------------------------------------


def delete_confirm() -> str:
    """/deletedata asks first."""
    return _(
        "This deletes everything I store about you: your role, settings, pairing and history. "
        "If you're paired, your partner will only be told that the pairing ended. "
        "It can't be undone. Delete it all?"
    )


def delete_yes() -> str:
    """The button that confirms /deletedata."""
    return pgettext("button", "Delete my data")


def delete_no() -> str:
    """The button that keeps everything."""
    return pgettext("button", "Keep it")


def delete_kept() -> str:
    """In place of the /deletedata question once "keep" is tapped."""
    return _("Okay, nothing was deleted.")


def delete_done() -> str:
    """In place of the /deletedata question once everything is gone."""
    # TRANSLATORS: keep /start as it is
    return _(
        "Done. Everything I stored about you is gone. If you ever want to come back, "
        "/start begins fresh."
    )


# --- general -------------------------------------------------------------------------


def cancel_nothing() -> str:
    """/cancel with nothing in progress."""
    # TRANSLATORS: keep /help as it is
    return _("There's nothing in progress to cancel. /help lists what I can do.")


def unknown_command(command: str) -> str:
    """A command we do not have."""
    # TRANSLATORS: keep /help as it is; {command} is what was sent, e.g. /foo
    return _("I don't know {command}. /help lists what I can do.").format(command=esc(command[:40]))


def stray_text() -> str:
    """Text sent outside any conversation."""
    # TRANSLATORS: keep /calm and /help as they are
    return _(
        "I'm here. If you'd like to feel steadier, /calm has a few quick things to try; "
        "/help lists everything."
    )


def button_expired() -> str:
    """A tap on a button that no longer does anything (shown as a short notice)."""
    return _("This button has expired.")


def edit_not_applied() -> str:
    """An edited message: only new messages are read."""
    return _(
        "I only read new messages, so that edit didn't change anything. "
        "If you meant something else, send it again as a new message."
    )


def slow_down() -> str:
    """Past the flood limit (bot/handlers/throttle): said once for the burst."""
    # TRANSLATORS: keep /calm as it is
    return _(
        "That's a lot at once, so I'll let the rest of these pass. Take a breath, then send "
        "me the one thing you need; /calm is here too."
    )


def something_went_wrong() -> str:
    """An unexpected error while handling an update."""
    return _("Sorry, something went wrong on my side. Please try again in a moment.")


def database_unavailable() -> str:
    """While the database is unreachable (bot/handlers/general.on_error); crisis words are
    answered without it (bot/safety), so this is only ever said to everyday requests."""
    return _(
        "Something on my side is down for a moment, so that didn't go through. "
        "Your data is safe; please try again in a few minutes."
    )


# --- safety: crisis, someone else in danger, heavy moments, voice notes --------------
# These replies are rendered while the database may be down: they use the catalogue
# only (`_`, `ngettext`, `pgettext`), never anything that asks the database.

MAX_LINES_SHOWN = 3  # a short reply: the first (24/7 first) of a country's lines


_DAILY_HOURS = re.compile(r"^daily (\d{2}:\d{2})-(\d{2}:\d{2})")


def _kind(line: Helpline) -> str:
    """How to reach a line ("call", "call or text": helplines.KINDS), in the reader's words."""
    if line.kind == "call or text":
        return pgettext("helpline", "call or text")
    return pgettext("helpline", "call")


def _hours(line: Helpline) -> str:
    """When a line is open, in the reader's words where the data has a form we know
    ("24/7", "daily 13:00-22:00 (reported)"); anything else as the data says it."""
    if line.around_the_clock:
        return pgettext("helpline", "24/7")
    daily = _DAILY_HOURS.match(line.hours)
    if daily is None or current_locale() == SOURCE:  # English: the data's own words
        return line.hours
    if "reported" in line.hours:
        return _("daily {start}–{end}, as reported").format(start=daily[1], end=daily[2])
    return _("daily {start}–{end}").format(start=daily[1], end=daily[2])


def _line(line: Helpline) -> str:
    """One crisis line: its name and number are data from helplines.json (names as the
    services call themselves); how to reach it and its hours are in the reader's words."""
    return (
        f"• {esc(line.name)}: <b>{esc(line.number)}</b> ({esc(_kind(line))}, {esc(_hours(line))})"
    )


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
    return f"<b>{feeling_check()}</b>"


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
        (record_together(), together),
        (record_you(), own),
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


# --- language ------------------------------------------------------------------------


def language_current(name: str) -> str:
    """/language: the language in use, above a button for each."""
    # TRANSLATORS: {language} is a language's name in itself ("Deutsch", "English").
    return _("I'm writing to you in {language}. Tap another to switch.").format(language=name)


def language_set(name: str) -> str:
    """Said in the new language, so the person sees at once that it worked."""
    # TRANSLATORS: {language} is your own language's name in itself; keep /language as it is.
    return _("From now on I'll write to you in {language}. /language changes it.").format(
        language=name
    )


def language_unknown(given: str) -> str:
    """/language with a word Steady cannot read as a language it speaks."""
    # TRANSLATORS: keep /language and the <code> example as they are.
    return _(
        "I don't speak “{given}” yet. Tap one below, or write e.g. <code>/language de</code>."
    ).format(given=esc(given[:40]))


def command_menu() -> list[tuple[str, str]]:
    """The command menu in the language being spoken (setMyCommands, bot.menus)."""
    return [(name, _(description)) for name, description in COMMANDS]
