"""The /calm exercise library: self-soothing that needs no reply from anyone.

Every word here is an English msgid, marked with `N_` when the module loads and
translated where it is read (`Exercise.variant`, `title`, `summary`, `BreathPattern.label`,
`breath_frame`), so each reader gets the language spoken at that moment. The tables of
(key, label) and of variants hold msgids: show them through `_` (or `translated`).
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.content import esc, pick
from domain.i18n import N_, _

#: The most one step may say (tags aside): one short read, even at a bad moment.
STEP_LIMIT = 300


@dataclass(frozen=True)
class Step:
    """One screen of an exercise. Words that suit only the daytime (a walk outside, a
    message to a friend) carry `night` words for the night hours (`domain.calm.is_night`),
    or are `daytime_only` and left out then: nobody is sent out for a walk at 1 a.m.
    `text` and `night` are msgids; `Exercise.variant` translates them."""

    text: str
    night: str | None = None
    daytime_only: bool = False


def _words(step: Step, night: bool) -> str | None:
    """What a step says at this hour, in the current language; None when it is left out."""
    if not night:
        return _(step.text)
    if step.daytime_only:
        return None
    return _(step.night or step.text)


def _steps(*items: str | Step) -> tuple[Step, ...]:
    """One variant, written plainly: a bare string is a step that suits any hour."""
    return tuple(item if isinstance(item, Step) else Step(item) for item in items)


@dataclass(frozen=True)
class Exercise:
    """One calming exercise; several variants so repeating it does not feel canned.

    A stepped exercise (`STEPPED`) shows its steps one at a time; a variant's last step is
    its close, which comes with the feeling question once the others are done. `_title`
    and `_summary` are msgids; read them through `title` and `summary`."""

    name: str
    _title: str
    _summary: str
    variants: tuple[tuple[Step, ...], ...]

    @property
    def title(self) -> str:
        """The exercise's name on its button and cards, in the current language."""
        return _(self._title)

    @property
    def summary(self) -> str:
        """One line on what the exercise does, in the current language."""
        return _(self._summary)

    def variant(self, index: int, *, night: bool = False) -> tuple[str, ...]:
        """One variant's words for the hour, in the current language, rotated by a counter
        (e.g. how often the user has done this one)."""
        chosen = pick(self.variants, index)
        return tuple(words for step in chosen if (words := _words(step, night)) is not None)


@dataclass(frozen=True)
class BreathPattern:
    """Seconds per phase for the live pacer; zero-length phases are skipped. `_label` is
    a msgid; read it through `label`."""

    name: str
    inhale: int
    hold: int
    exhale: int
    hold_after: int
    rounds: int
    _label: str = ""

    @property
    def label(self) -> str:
        """What the pacer's first frame says it is about to count, in the current language."""
        return _(self._label) if self._label else ""

    def phases(self) -> tuple[tuple[str, int], ...]:
        """One round as (phase key, seconds), so the pacer can schedule its edits."""
        steps = (
            ("inhale", self.inhale),
            ("hold", self.hold),
            ("exhale", self.exhale),
            ("hold_after", self.hold_after),
        )
        return tuple((key, seconds) for key, seconds in steps if seconds > 0)

    @property
    def total_seconds(self) -> int:
        """How long the whole session runs, to keep it short enough for a bad moment."""
        return self.rounds * sum(seconds for _, seconds in self.phases())


BREATH_PATTERNS: dict[str, BreathPattern] = {
    "calm": BreathPattern("calm", 4, 0, 6, 0, 4, N_("Calming breath: in 4, out 6")),
    "box": BreathPattern("box", 4, 4, 4, 4, 3, N_("Box breath: 4 in, 4 hold, 4 out, 4 rest")),
    "gentle": BreathPattern("gentle", 3, 0, 5, 0, 5, N_("Gentle breath: in 3, out 5")),
}
DEFAULT_BREATH_PATTERN = "calm"

#: The word shown large while a phase lasts (msgids, translated by `breath_frame`).
BREATH_PHASE_WORDS: dict[str, str] = {
    # TRANSLATORS: a phase of the live breathing pacer: breathe in now
    "inhale": N_("Breathe in"),
    # TRANSLATORS: a phase of the live breathing pacer: hold your breath now
    "hold": N_("Hold"),
    # TRANSLATORS: a phase of the live breathing pacer: breathe out now
    "exhale": N_("Breathe out"),
    # TRANSLATORS: a phase of the live breathing pacer: pause, lungs empty, before the next breath
    "hold_after": N_("Rest"),
}
# TRANSLATORS: the live breathing pacer's word for a phase it has no word of its own for
_ANY_PHASE = N_("Breathe")


def breath_frame(phase: str, seconds: int, round_no: int, rounds: int) -> str:
    """The text of one edit of the live pacer message, in the current language."""
    word = _(BREATH_PHASE_WORDS.get(phase, _ANY_PHASE))
    # TRANSLATORS: the live breathing pacer's progress, e.g. "Round 2 of 4"
    progress = _("Round {number} of {total}").format(number=round_no, total=rounds)
    return f"<b>{word}</b> … {seconds}\n<i>{progress}</i>"


# --- the exercises -------------------------------------------------------------------
# For `breathe`, each variant is (intro, outro): the live pacer runs between the two.

_BREATHE = Exercise(
    name="breathe",
    _title=N_("🌬️ Slow breathing"),
    _summary=N_("A minute of paced breathing, guided live"),
    variants=(
        _steps(
            N_("Let's slow your breath down together. Just follow the words as they change."),
            N_(
                "That's it. Your body just got the message that it can settle, and it got it from "
                "you."
            ),
        ),
        _steps(
            N_(
                "Get comfortable. In through your nose if you can, and let the out-breath be "
                "the longer one."
            ),
            N_("Well done. If the worry comes back later, this is here again. One tap away."),
        ),
        _steps(
            N_("A few slow rounds. No need to do it perfectly; just breathe along with the count."),
            N_("Done. Check your shoulders and your jaw. Is anything a little looser?"),
        ),
        _steps(
            N_("Nothing to solve right now. Only the next breath."),
            N_("You stayed with it. That was you calming yourself, and it counts."),
        ),
    ),
)

_GROUND = Exercise(
    name="ground",
    _title=N_("🖐️ Come back to your senses"),
    _summary=N_("5-4-3-2-1: five things you see, down to one you taste"),
    variants=(
        _steps(
            N_(
                "Let's bring you back into the room you're in, one sense at a time. No rush.\n\n"
                "Look around and find <b>5 things you can see</b>. Name them quietly, even tiny "
                "ones: a cup, a shadow, a mark on the wall."
            ),
            N_(
                "Now <b>4 things you can feel</b>: your feet on the floor, fabric on your skin, "
                "the phone resting in your hand."
            ),
            N_("<b>3 things you can hear</b>. Close by or far off. A humming fridge counts."),
            N_(
                "<b>2 things you can smell</b> and <b>1 thing you can taste</b>. If nothing comes, "
                "just notice your mouth as it is right now."
            ),
            N_(
                "You're here, in this room, in this minute. This is the place you can look after "
                "yourself from."
            ),
        ),
        _steps(
            N_(
                "Worry lives in what-ifs. Your senses only know what is here, so let's borrow "
                "them.\n\nName <b>five</b> things you can see, in your head or out loud."
            ),
            N_("<b>Four</b> things you can touch. Rest a palm on something and feel its texture."),
            N_("<b>Three</b> sounds. Let each one arrive and fade."),
            N_("<b>Two</b> smells and <b>one</b> taste. A sip of water works well here."),
            N_("Notice your breathing now. A bit slower? Whatever it is, it's allowed."),
        ),
        _steps(
            N_(
                "You can do this sitting or lying down, eyes open or half closed.\n\nFind "
                "<b>five</b> things you can see, even in a dim room: a line of light under the "
                "door, the outline of a chair."
            ),
            N_(
                "<b>Four</b> things you can feel: what you're resting on, the weight of your "
                "clothes or a blanket, your hands, your chest rising."
            ),
            N_(
                "<b>Three</b> things you can hear, <b>two</b> you can smell, <b>one</b> you can "
                "taste."
            ),
            N_(
                "The alarm inside may still be ringing a little. That's fine. You've just shown it "
                "where you really are."
            ),
        ),
    ),
)

_NOWTHEN = Exercise(
    name="nowthen",
    _title=N_("🕰️ Is this now, or then?"),
    _summary=N_("A few questions to check the fear against the facts in front of you"),
    variants=(
        _steps(
            N_(
                "Let's look at the fear together. Not to argue with it: it's allowed to be here."
                "\n\nWhat is actually happening right now? Only the facts: a late reply, a short "
                "message, a quiet hour."
            ),
            N_(
                "Has anything actually shown you, today, that they're on their way out? Or is this "
                "a worry you've met many times before, turning up again?"
            ),
            Step(
                N_(
                    "Sometimes the honest answer is “something really is off”. That deserves a "
                    "calm talk with them when you're both free, not a spiral right now."
                ),
                night=N_(
                    "Sometimes the honest answer is “something really is off”. That "
                    "deserves a calm talk in daylight, not a spiral in the middle of the night."
                ),
            ),
            N_(
                "Either way, some distance for a while is not the same as someone leaving. You can "
                "hold the fear and a question mark beside it."
            ),
        ),
        _steps(
            N_(
                "A gentle check: is this feeling about <b>now</b>, or about <b>then</b>?\n\n"
                "If a friend told you the facts of the last few hours, what would you guess? "
                "Tired? Busy? Phone on silent?"
            ),
            N_(
                "When have you felt exactly this before? Does it feel older than this relationship?"
            ),
            N_(
                "What would you need to see to know for sure they're leaving? Is any of that here "
                "right now?"
            ),
            N_(
                "You don't have to decide the fear is wrong. Just notice it's a guess, not a fact "
                "yet."
            ),
        ),
        _steps(
            Step(
                N_(
                    "Your mind may feel very sure right now. Being that sure is worth a second "
                    "look.\n\nWhat happened? And, separately: what story arrived with it?"
                ),
                night=N_(
                    "Your mind may feel very sure right now. Being that sure at this hour "
                    "is worth a second look.\n\nWhat happened? And, separately: what story "
                    "arrived with it?"
                ),
            ),
            N_("Which parts did you actually see or hear, and which parts are you predicting?"),
            Step(
                N_(
                    "If the story is from long ago, you can tell it kindly: thanks, I've got this. "
                    "If part of it is about today, it can wait for a calm conversation."
                ),
                night=N_(
                    "If the story is from long ago, you can tell it kindly: thanks, I've got "
                    "this. If part of it is about today, it can wait for a daytime conversation."
                ),
            ),
            N_(
                "Whatever the answer, you've put a little room between the feeling and what you do "
                "next."
            ),
        ),
    ),
)

_MOVE = Exercise(
    name="move",
    _title=N_("🚶 Move it through your body"),
    _summary=N_("A short walk or a few movements to bring your body down"),
    variants=(
        _steps(
            N_(
                "Your body is geared up for something big. Let's give it something small to "
                "do.\n\nStand up. Shake out your hands for ten seconds, then your shoulders, then "
                "your legs."
            ),
            Step(
                N_(
                    "If you can, walk: around the room, along the hallway, or outside for five "
                    "minutes. Feel each foot meet the ground."
                ),
                night=N_(
                    "Now walk slowly around the room or along the hallway for a minute or so. "
                    "Quiet steps are fine. Feel each foot meet the floor."
                ),
            ),
            N_("Walk a little slower than feels natural. Let your breath fall in with your steps."),
            N_(
                "Come to a stop and stand still for a moment. Notice where in your body it has "
                "eased, even slightly."
            ),
        ),
        _steps(
            N_(
                "This one works indoors, at any hour.\n\nPut both hands flat on a wall, lean in "
                "and push hard for ten seconds. Let go. Three times."
            ),
            N_("Roll your shoulders back five times. Let your jaw hang loose."),
            N_(
                "Reach your arms up high, then fold forward and let your head dangle for a few "
                "breaths."
            ),
            N_("That energy needed somewhere to go. Now it's been somewhere."),
        ),
        _steps(
            Step(
                N_(
                    "A short walk is one of the simplest ways to turn the volume down.\n\nPut the "
                    "phone in your pocket and head out for ten minutes. This will be here when "
                    "you're back."
                ),
                night=N_(
                    "It's late, so let's keep this one indoors and quiet.\n\nStand up and "
                    "take twenty slow steps around the room, or up and down the hallway."
                ),
            ),
            Step(
                N_(
                    "Count twenty steps, then look up and find something far away. Then twenty "
                    "more."
                ),
                night=N_(
                    "Stop by a window or at the far end of the room. Rest your eyes on "
                    "something far off: a light, a rooftop, a shadow. Then twenty more steps."
                ),
            ),
            N_("Let your arms swing a little. Let your pace set the rhythm for your breathing."),
            Step(
                N_(
                    "Back inside, have a glass of water. Your body just did the work a reply was "
                    "supposed to do."
                ),
                night=N_(
                    "Sit down and have a glass of water. Your body just did the work a reply "
                    "was supposed to do."
                ),
            ),
        ),
    ),
)

_REACHOUT = Exercise(
    name="reachout",
    _title=N_("📞 Reach someone else you trust"),
    _summary=N_("Connect with a friend or family member, not your partner"),
    variants=(
        _steps(
            Step(
                N_(
                    "Steadiness can come from more than one person. Let's widen the circle a "
                    "little.\n\nWho's one person (a friend, a sibling, a cousin) you could message "
                    "now? Not necessarily about this. Just to connect."
                ),
                night=N_(
                    "Steadiness can come from more than one person, even at this hour.\n\n"
                    "Who's one person (a friend, a sibling, a cousin) who is easy to be around? "
                    "Picture them for a moment."
                ),
            ),
            Step(
                N_(
                    "Small is fine: “Hey, thought of you, how's your week going?” or a photo of "
                    "something that made you smile."
                ),
                night=N_(
                    "Most people are asleep now, so write them a few words as a draft or in your "
                    "notes, to send in the morning. Small is fine: “Hey, thought of you, how's "
                    "your week going?”"
                ),
            ),
            Step(
                N_(
                    "If they don't answer straight away, that's fine. Reaching out was the part "
                    "that counted."
                ),
                night=N_(
                    "Pick a moment tomorrow to send it, and set a reminder now so the plan "
                    "is out of your head and somewhere safe."
                ),
            ),
            N_("The more places you feel at home, the less any single silence has to carry."),
        ),
        _steps(
            Step(
                N_(
                    "Sometimes the kindest thing for the relationship is ten minutes spent outside "
                    "it.\n\nText a friend you've been meaning to catch up with, and ask about "
                    "their life."
                ),
                night=N_(
                    "Sometimes the kindest thing for the relationship is ten minutes spent on the "
                    "rest of your life.\n\nThink of a friend you've been meaning to catch up with. "
                    "What would you like to ask them, tomorrow?"
                ),
            ),
            N_(
                "Or spend a few minutes on something that's yours: a few pages, a favourite song, "
                "a hobby you've let slide."
            ),
            N_("Notice what it's like to be held by the rest of your life as well."),
        ),
        _steps(
            N_(
                "When everything seems to hang on one reply, remember you have more than one "
                "thread.\n\nScroll through your contacts and stop at someone who's easy to be "
                "around."
            ),
            Step(
                N_(
                    "Send a voice note, a silly picture, or a plain “Hi, how are you?”. You don't "
                    "have to explain anything."
                ),
                night=N_(
                    "It's late for most people, so write a plain “Hi, how are you?” to send "
                    "in the morning. You don't have to explain anything."
                ),
            ),
            Step(
                N_(
                    "If nobody feels right today, write down three people you'll reach out to this "
                    "week."
                ),
                night=N_(
                    "If nobody feels right tonight, write down three people you'll reach out "
                    "to this week."
                ),
            ),
            N_(
                "Your partner matters a lot. So do you, and so do the other people who care about "
                "you."
            ),
        ),
    ),
)

_NAME = Exercise(
    name="name",
    _title=N_("🏷️ Name what's happening"),
    _summary=N_("Put words on it: what set it off, what you feel, what you want to do"),
    variants=(
        _steps(
            N_(
                "Let's put words on what's going on. Saying it plainly tends to turn the volume "
                "down."
            ),
            N_(
                "Three small steps: what set it off, what you're feeling, and what you feel pulled "
                "to do."
            ),
            # TRANSLATORS: keep /cancel as it is
            N_("There are no wrong answers, and /cancel stops at any point."),
        ),
        _steps(
            N_(
                "Something set off your alarm. Before doing anything about it, let's see it "
                "clearly."
            ),
            N_("Trigger → surge → urge. We'll name each one, mostly with a tap."),
        ),
        _steps(
            N_("Spotting the pull gives you a moment to choose what comes next."),
            N_(
                "I'll ask what happened, how it feels and what you're tempted to do. Then you pick "
                "a next step."
            ),
        ),
    ),
)

EXERCISES: dict[str, Exercise] = {
    exercise.name: exercise for exercise in (_BREATHE, _GROUND, _NOWTHEN, _MOVE, _REACHOUT, _NAME)
}
#: The exercises shown one step at a time, with Next (not paced, not a guided flow).
STEPPED: frozenset[str] = frozenset({"ground", "nowthen", "move", "reachout"})

#: The pacer's intro and outro lines, one pair a variant (msgids: show them through `_`).
BREATH_INTROS: tuple[str, ...] = tuple(variant[0].text for variant in _BREATHE.variants)
BREATH_OUTROS: tuple[str, ...] = tuple(variant[-1].text for variant in _BREATHE.variants)


def calm_menu_intro() -> str:
    """The line above the /calm menu."""
    return _(
        "What would help right now? Pick one; there's no wrong choice. "
        "Each one works without waiting for anyone's reply."
    )


def unknown_exercise(requested: str) -> str:
    """/calm NAME with a name we don't have: say so and show the right form."""
    names = ", ".join(EXERCISES)
    # TRANSLATORS: {requested} is what the person typed after /calm; {choices} lists the
    # exercise names as they must be typed (not translated). Keep /calm breathe as it is.
    return _(
        "I don't have one called “{requested}”. Try one of: {choices}. For example: /calm breathe"
    ).format(requested=esc(requested), choices=names)


# --- how did it go? ------------------------------------------------------------------


def feeling_check() -> str:
    """The question after every exercise."""
    return _("How do you feel now?")


#: (key, label msgid): show the labels through `_` (or `translated`).
FEELING_ANSWERS: tuple[tuple[str, str], ...] = (
    ("better", N_("🙂 A bit better")),
    ("same", N_("😐 About the same")),
    ("worse", N_("😔 Worse")),
)

#: A few kind words for each answer (msgids: show the one picked through `_`).
FEELING_ACKS: dict[str, tuple[str, ...]] = {
    "better": (
        N_("Good. Notice that you did that yourself. It's yours to use again."),
        N_("I'm glad. You brought yourself down a notch, and that's real."),
        N_(
            "Lovely. Each time this works, you collect a little more proof that you can come "
            "down on your own."
        ),
    ),
    "same": (
        # TRANSLATORS: keep /calm as it is
        N_(
            "That's okay. Sometimes it takes another go, or a different one. /calm is here "
            "whenever you want it."
        ),
        N_("Same is fine. You gave it a try, and feelings shift in their own time."),
        # TRANSLATORS: keep /calm move as it is
        N_(
            "Thanks for trying. Some nights nothing moves much, and that isn't failing. "
            "Maybe /calm move next?"
        ),
    ),
    "worse": (
        # TRANSLATORS: keep /calm move, /calm reachout and findahelpline.com as they are
        N_(
            "I'm sorry it's harder right now. There's no need to push. If you'd like, moving can "
            "help (/calm move), or reaching someone you trust (/calm reachout). And if you ever "
            "feel unsafe, findahelpline.com lists people you can talk to."
        ),
        # TRANSLATORS: keep /calm move and findahelpline.com as they are
        N_(
            "Thank you for telling me. Not every exercise fits every moment. You could try "
            "/calm move, or simply rest for a bit. If things ever feel unsafe, findahelpline.com "
            "can point you to someone to talk to."
        ),
        # TRANSLATORS: keep /calm reachout and findahelpline.com as they are
        N_(
            "That sounds hard. Go gently with yourself; nothing has to be fixed tonight. "
            "/calm reachout can help you find a kind voice. If you feel unsafe at any point, "
            "findahelpline.com is there."
        ),
    ),
}
