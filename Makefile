# Marsad — the two commands a new user runs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean install

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f marsad.db marsad.db-wal marsad.db-shm
	$(BIN)/marsad ingest examples/ --db marsad.db
	$(BIN)/marsad show 1 --db marsad.db
	$(BIN)/marsad search "الارهاب" --db marsad.db --limit 3

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) marsad.db marsad.db-wal marsad.db-shm
