"""The application's Bot: PTB's ExtBot, reading each update on its own and answering
each button press once.

Why each update on its own: PTB parses a whole getUpdates batch in one go, so one update
it cannot read (a field it requires missing, as a Bot API version skew produces) fails
the batch, the offset never moves, and the same batch is fetched again for ever, with
its raw content logged at CRITICAL each time. Here an update that cannot be read is
logged by its id and type only, counted (steady_updates_unparseable_total), and replaced
by a bare `Update(update_id=...)`, so the Updater confirms it with the rest of the batch
and no handler acts on it. The webhook does the same through `SteadyBot.readable`
(bot/ops/webhook.py), so both modes skip such an update in one way.

Why once: a second answerCallbackQuery for the same query is refused by Telegram (400,
"query is too old ... or query ID is invalid"). Every answer passes through here, so the
update's scope remembers which queries were answered (`bot/handlers/general.on_error`
then tells the person in the chat instead), and a second answer is dropped with a
warning rather than sent.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import ExtBot
from telegram.request import BaseRequest

from bot.ops.metrics import Metrics
from bot.scope import current_scope

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]

GET_UPDATES = "getUpdates"
ANSWER_CALLBACK_QUERY = "answerCallbackQuery"


def update_type(raw: JSONDict) -> str:
    """The update's kind, its one key besides update_id ("message", "poll", ...)."""
    return next((str(key) for key in raw if key != "update_id"), "none")


class SteadyBot(ExtBot[Any]):
    """ExtBot whose getUpdates never fails a batch on one bad update, and which sends at
    most one answer per callback query within an update."""

    __slots__ = ("_metrics",)

    def __init__(self, *args: Any, metrics: Metrics, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._metrics = metrics

    async def _do_post(
        self,
        endpoint: str,
        data: JSONDict,
        *,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> bool | JSONDict | list[JSONDict]:
        """PTB's one hook below every method (ExtBot adds its rate limiter here too)."""
        if endpoint == ANSWER_CALLBACK_QUERY and not self._first_answer(data):
            return True
        result = await super()._do_post(
            endpoint,
            data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        if endpoint == GET_UPDATES and isinstance(result, list):
            return [self.readable(raw) for raw in result]
        return result

    @staticmethod
    def _first_answer(data: JSONDict) -> bool:
        """Record this answer on the update's scope; False if the query had one already."""
        scope = current_scope()
        if scope is None:
            return True
        query_id = str(data.get("callback_query_id"))
        if query_id in scope.answered_queries:
            log.warning("a second answer to one button press was not sent")
            return False
        # Recorded before it is sent: a failed answer (the query too old) is not retried.
        scope.answered_queries.add(query_id)
        return True

    def readable(self, raw: JSONDict) -> JSONDict:
        """The raw update if PTB can read it, else only its update_id (content not logged).

        One update as Telegram sends it (a getUpdates item, a webhook body), with its
        update_id; the skipped one is logged and counted here, for polling and webhook."""
        try:
            Update.de_json(raw, self)
        except Exception as error:  # noqa: BLE001 - whatever PTB raises, this update is skipped
            kind = update_type(raw)
            log.warning(
                "skipped update %s of type %s: it could not be read (%s)",
                raw.get("update_id"),
                kind,
                type(error).__name__,
            )
            self._metrics.observe_unparseable(kind)
            return {"update_id": raw["update_id"]}
        return raw
