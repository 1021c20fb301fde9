# Marsad — the two commands a new user runs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The training tools (scikit-learn for `marsad train quotes`), installed for the tests only, so that
# the tests of the reproducible training run instead of skipping; `make demo` does not need them.
TRAIN_STAMP := $(VENV)/.installed-train

.PHONY: demo test lint bench clean install train-tools

# The compiled fast paths (src/marsad/_speedups) are rebuilt whenever a file they are built from
# or mirror changes (the list is _speedups/_manifest.py's); a stale build is not used anyway
# (the loader checks a hash of these files), this only keeps it fast.
SPEEDUP_SOURCES := setup.py $(wildcard src/marsad/_speedups/*.pyx src/marsad/_speedups/*.py) \
	src/marsad/search/analyzer.py src/marsad/search/stemmer.py src/marsad/text/normalize.py \
	src/marsad/io/trec.py src/marsad/io/tarfast.py src/marsad/quotes/tokens.py \
	src/marsad/quotes/direct.py

$(STAMP): pyproject.toml $(SPEEDUP_SOURCES)
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/python -c "from marsad import _speedups; print('marsad compiled fast paths:', _speedups.status())"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f marsad.db marsad.db-wal marsad.db-shm
	$(BIN)/marsad ingest examples/ --db marsad.db
	$(BIN)/marsad show 1 --db marsad.db
	$(BIN)/marsad search "الارهاب" --db marsad.db --limit 3

$(TRAIN_STAMP): $(STAMP)
	$(BIN)/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['train'], sep='\n')" \
		| xargs $(BIN)/pip install -q
	touch $(TRAIN_STAMP)

# `make train-tools`: what `marsad train quotes|ner` needs beyond `make demo`'s install.
train-tools: $(TRAIN_STAMP)

# One pytest-xdist worker per core (docs/testing.md): the quote-set tests share one worker (their
# xdist_group), which fetches and annotates the 43 gold sets once.
test: $(TRAIN_STAMP)
	$(BIN)/python -m pytest -q -n auto --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) marsad.db marsad.db-wal marsad.db-shm marsad.db.search
