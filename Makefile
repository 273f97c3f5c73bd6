# Two commands do all set-up: `make run` and `make test`. Each bootstraps .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	@mkdir -p out
	$(BIN)/pressparse extract samples --force -o out/samples.jsonl --summary

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks scripts

test: lint
	$(BIN)/python -m pytest tests
	$(BIN)/pressparse evaluate samples/test --min-f1 samples/ci-gate.json

eval: $(STAMP_RUN)
	@mkdir -p out
	$(BIN)/pressparse evaluate samples/test --min-f1 default --html out/eval-test.html --json out/eval-test.json

bench: $(STAMP_RUN)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out dist build
