# The two commands a new engineer needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint format install install-dev release-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Set up and serve on http://127.0.0.1:8000 (SQLite, offline renderer, ENV=development).
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Set up and run the whole test suite (Postgres and browser tests skip locally without them).
test: install-dev lint
	$(BIN)/pytest $(PYTEST_ARGS)

## ruff (lint + format) and mypy with django-stubs over the application code.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy config chat operations

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## The release guards (tracked .env, check --deploy, rollback-safe migrations, goldens), then the
## abuse suites and the no-content scan of logs and database.
release-check: install-dev
	$(BIN)/python manage.py release_check
	$(BIN)/pytest -q tests/chat/test_api_contract.py tests/chat/test_provider.py \
		tests/chat/test_governance_goldens.py tests/operations/test_no_content.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache db.sqlite3
