# One place for the commands the README names.
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
SAMPLE ?= samples/aggregator-teasers.txt

.PHONY: install test lint bench demo clean-venv

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

clean-venv:
	rm -rf $(VENV)
