# claimflow: one command per habit. `make run` and `make test` work on a fresh clone.
SHELL := /bin/bash
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
PY := .venv/bin/python

export UV_PYTHON_DOWNLOADS := never
# Installed packages come with their bytecode. Without it every run compiles ~2,000 modules from
# source again when PYTHONDONTWRITEBYTECODE is set (as here): importing GX took 8.1 s instead of
# 3.9 s, and `make run` on the seeds 18.4 s instead of 11.9 s (measured, bench/RESULTS.md).
export UV_COMPILE_BYTECODE := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_LOGGING_EXTRA_LOGGERS := tasks,expectations

# The first supported interpreter that runs: python3.11, 3.12, 3.13 or python3 on PATH, then
# pyenv's versions (a pyenv shim for a version not selected fails to run and is skipped).
# `make PYTHON=/path/to/python3.13 install` picks one.
SUPPORTED_PYTHONS := 3.11 3.12 3.13
ifndef PYTHON
PYTHON := $(shell for c in python3.11 python3.12 python3.13 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[1-3]*/bin/python3 2>/dev/null); do \
	v=$$($$c -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) && \
	case " $(SUPPORTED_PYTHONS) " in (*" $$v "*) command -v $$c; exit 0;; esac; done)
endif

SOURCE ?= seeds
DATA ?= data
PREFECT_PORT ?= 4200

.PHONY: help install run server server-stop test check fmt eval bench clean clean-data

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-11s %s\n", $$1, $$2}'

install: .venv/.installed  ## install the locked environment (uv.lock) with the dev tools into .venv

$(CURDIR)/.tools/bin/uv:
	python3 -m pip install --quiet --disable-pip-version-check --target $(CURDIR)/.tools uv==$(UV_VERSION)

.venv/.installed: pyproject.toml uv.lock | $(UV)
	@test -n "$(PYTHON)" || { echo "no Python $(SUPPORTED_PYTHONS) found: install one, or make PYTHON=/path/to/python3.12" >&2; exit 1; }
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@ .venv/.runtime

# What `make run` needs: the locked runtime packages only; --inexact keeps dev tools installed
# by `make install`, so run and test never uninstall each other's packages.
.venv/.runtime: pyproject.toml uv.lock | $(UV)
	@test -n "$(PYTHON)" || { echo "no Python $(SUPPORTED_PYTHONS) found: install one, or make PYTHON=/path/to/python3.12" >&2; exit 1; }
	$(UV) sync --frozen --no-dev --inexact --python $(PYTHON)
	@touch $@

run: server  ## process seeds/ into ./data on the local Prefect server and print a summary
	@$(PY) -m compileall -q -j0 --invalidation-mode checked-hash flows tasks expectations  # ours (~0.1 s)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api .venv/bin/claimflow run $(SOURCE) --data-root $(DATA)

server: .venv/.runtime  ## start Prefect's server and UI on 127.0.0.1:$(PREFECT_PORT) in the background, unless it runs
	@$(PY) -m flows.ui_server start --port $(PREFECT_PORT)

server-stop:  ## stop the server `make server` started
	@$(PY) -m flows.ui_server stop

test: install  ## the test suite (tests needing ../shared skip with a reason when it is absent)
	$(PY) -m pytest

check: install  ## lint, format check, types
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy tasks flows expectations

fmt: install  ## format the code and apply lint fixes
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

# No data root needed: reads, cleans and extracts the gold articles from ../shared directly. The
# seeds, our 12 tuned-on domain articles and the dev splits print every error; the held-out test
# split prints its scores only. To score published tables instead, add --data-root $(DATA).
eval: install  ## precision / recall / F1 against the gold labels, errors by class (no `make run` needed)
	$(PY) -m evaluation --gold ../shared/gold/seeds.jsonl --gold tests/gold/domain.jsonl \
		--gold tests/gold/dev.jsonl --gold tests/gold/dev2.jsonl --gold tests/gold/dev3.jsonl \
		--gold tests/gold/dev9.jsonl --gold tests/gold/dev10.jsonl \
		--gold tests/gold/dev11.jsonl --gold tests/gold/dev12.jsonl --gold tests/gold/dev13.jsonl --gold tests/gold/dev14.jsonl \
		--test tests/gold/test.jsonl \
		--articles ../shared/seeds --articles ../shared/corpus/domain \
		--bbc ../shared/corpus/bench/bbc_news.parquet

# A benchmark, not a test: ~20 min on 2 cores; BENCH_ARGS=--quick for 500 articles and no Dask.
bench: install  ## throughput vs bare spaCy on ../shared's BBC corpus; appends to bench/RESULTS.md
	@$(PY) -m compileall -q -j0 --invalidation-mode checked-hash flows tasks expectations
	$(PY) bench/run.py --record $(BENCH_ARGS)

clean:  ## remove caches and the local Prefect database (never the published tables)
	rm -rf .prefect .pytest_cache .ruff_cache .mypy_cache .hypothesis .ci-test.log

clean-data:  ## delete the published tables under DATA (./data): every table, every version
	rm -rf $(DATA) validation-docs
