# `make run` and `make test` work on a fresh clone: each creates .venv and installs first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

## Run the bot with long polling (migrates the database itself on start).
run: $(RUN_STAMP)
	$(PY) -m bot

## Lint, then the whole test suite (SQLite always; PostgreSQL when TEST_DATABASE_URL is set).
test: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest

lint: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/_transcripts
