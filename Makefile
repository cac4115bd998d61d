# Shortcuts for the scripts the README names; the scripts do their own set-up.
.PHONY: run demo test clean
run:
	@scripts/run
demo:
	@scripts/run --demo
test:
	@scripts/test
clean:
	rm -rf .venv .pytest_cache .ruff_cache .mypy_cache tests/_transcripts
