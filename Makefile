# The two commands: `make demo` (the seeds into the embedded store, the ledger
# to out/ledger.jsonl) and `make test` (lint, types, the whole suite).
# The interpreter: Debian's python3.11 where there is one (built with PGO and LTO: the
# pipeline runs about 1.2x faster on it than on a plain source build such as pyenv's,
# measured with bench/ingest_throughput.py), else the first python3 on PATH.
# `make PYTHON=...` chooses another; `make clean` first, since the venv keeps its own.
PYTHON ?= $(shell for p in /usr/bin/python3.11 /usr/bin/python3; do \
	$$p -c 'import sys, venv, ensurepip; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 \
	&& { echo $$p; exit; }; done; echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# the compiled build (setup.py): its own venv, so that .venv stays an editable install
FAST   := .venv-fast
FAST_STAMP := $(FAST)/.installed
DEMO_DB := sqlite:///out/demo.db
SEEDS  := src/armsledger/examples/seeds

.PHONY: demo test lint bench fast serve clean lock

$(STAMP): pyproject.toml requirements.lock requirements-compile.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock -r requirements-compile.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# The same package with its per-document stages compiled by mypyc (a few minutes).
$(FAST_STAMP): pyproject.toml setup.py requirements.lock requirements-compile.lock $(shell find src -type f -not -path '*/__pycache__/*')
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/python -m pip install --quiet --upgrade pip
	$(FAST)/bin/python -m pip install --quiet -r requirements.lock -r requirements-compile.lock
	ARMSLEDGER_COMPILE=1 $(FAST)/bin/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	touch $(FAST_STAMP)

fast: $(FAST_STAMP)

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

bench: $(STAMP) $(FAST_STAMP)
	$(FAST)/bin/python bench/ingest_throughput.py
	$(BIN)/python bench/ingest_throughput.py
	$(BIN)/python bench/api_latency.py

serve: $(STAMP)
	$(BIN)/armsledger serve --db $(DEMO_DB)

# Re-resolve the pinned dependency set after editing pyproject.toml.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) $(FAST) out build
