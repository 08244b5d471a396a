# The two commands: `make demo` (the seeds into the embedded store, the ledger
# to out/ledger.jsonl) and `make test` (lint, types, the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := sqlite:///out/demo.db
SEEDS  := src/armsledger/examples/seeds

.PHONY: demo test lint bench serve clean lock

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	rm -f out/demo.db
	$(BIN)/armsledger ingest $(SEEDS) --manifest $(SEEDS)/manifest.jsonl --db $(DEMO_DB)
	$(BIN)/armsledger transfers --db $(DEMO_DB)
	$(BIN)/armsledger export --format jsonl -o out/ledger.jsonl --db $(DEMO_DB)
	@echo "ledger written to out/ledger.jsonl"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest_throughput.py
	$(BIN)/python bench/api_latency.py

serve: $(STAMP)
	$(BIN)/armsledger serve --db $(DEMO_DB)

# Re-resolve the pinned dependency set after editing pyproject.toml.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) out
