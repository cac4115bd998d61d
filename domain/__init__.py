"""Steady's rules, in one place: what a command or a scheduled message may do, and when.

Plain functions over a database session and the time they are given; the chat handlers
(bot/) and the scheduler (jobs/) both call them. Nothing here imports Telegram, the
scheduler or the bot, and nothing here writes SQL: queries are db/repositories/ functions,
and SQLAlchemy comes in only for the AsyncSession type. tests/test_layers.py checks both.
"""
