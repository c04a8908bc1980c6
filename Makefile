# Two commands for a new machine: `make run` and `make test`. Everything installs from uv.lock.
SHELL := /bin/bash
UV := python3 -m uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3

.PHONY: run test lint eval bench install clean

install: .venv/.installed

.venv/.installed: pyproject.toml uv.lock
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen
	@touch $@

run: install  ## serve the gateway on 127.0.0.1:8080 with the rules in ./rules
	@test -f var/audit-signing.key || $(UV) run --frozen gateway audit keygen --out var/audit-signing.key
	$(UV) run --frozen gateway serve

lint: install
	$(UV) run --frozen ruff check gateway tests
	$(UV) run --frozen mypy gateway

test: lint  ## lint, types and the whole test suite
	$(UV) run --frozen pytest

eval: install  ## precision and recall of PII detection on the evaluation corpus
	$(UV) run --frozen python -m tests.eval.run $(EVAL_ARGS)

bench: install  ## speed and memory, printed as a table
	$(UV) run --frozen python -m tests.bench

clean:
	rm -rf .venv var .pytest_cache .mypy_cache .ruff_cache
