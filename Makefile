# Two commands for people: `make run` and `make test`. Both create the venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := resources/i18n/workbook_de.ts
QM := resources/i18n/workbook_de.qm
SOURCES := $(shell find workbook -name '*.py' -not -path '*/migrations/*')

.PHONY: run test lint bench translations prepared clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint $(QM)
	$(BIN)/pytest

bench: $(STAMP) $(QM)
	$(BIN)/pytest tests/benchmarks -s -p no:cacheprovider

# Refresh the .ts from the sources; translate in it, then `make` rebuilds the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $(SOURCES) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# Today's statements compiled for its first look at start-up (a test says when they are due).
prepared: $(STAMP)
	$(BIN)/python -m workbook.services.today.prepare

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
