# Shortcuts for the scripts the README names; the scripts do their own set-up.
.PHONY: run test clean
run:
	@scripts/run
test:
	@scripts/test
clean:
	rm -rf .venv .pytest_cache .ruff_cache .mypy_cache tests/_transcripts
