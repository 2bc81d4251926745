# One place for the commands the README names.
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
SAMPLE ?= samples/aggregator-teasers.txt
FUZZ_SECONDS ?= 60

.PHONY: install test lint bench demo fuzz clean-venv

install:  ## create .venv, upgrade pip in it, install declutter editable with its dev and dask extras
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e '.[dev,dask]'

test:  ## run the test suite
	$(VPY) -m pytest -q

lint:  ## type-check (mypy --strict) and lint (ruff) with the settings in pyproject.toml
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff check src tests bench scripts

bench:  ## quality and speed against trafilatura on ../shared/corpus (never a test)
	$(VPY) -m bench

demo:  ## the main job on one sample page
	$(VENV)/bin/declutter clean $(SAMPLE) --format json

fuzz:  ## coverage-guided fuzzing of clean() (atheris, the fuzz extra) for FUZZ_SECONDS, seeded from samples/
	$(VPY) -m pip install --quiet -e '.[fuzz]'
	mkdir -p fuzz/corpus
	cp samples/*.txt samples/*.md fuzz/corpus/ 2>/dev/null || true
	$(VPY) fuzz/fuzz_clean.py fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048

clean-venv:
	rm -rf $(VENV)
