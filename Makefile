# planparse: `make run` sets up and extracts the bundled corpus; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format schema bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/planparse extract corpora/ --out out

# every corpus file has a golden: its own, its text twin's (same name, .txt), or the one
# golden/renditions.json names for it
test: $(STAMP)
	$(BIN)/pytest -q
	$(BIN)/planparse check --golden golden --no-diff corpora/*.txt corpora/*.pdf

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts examples
	$(BIN)/ruff format --check src tests scripts examples

format: $(STAMP)
	$(BIN)/ruff format src tests scripts examples
	$(BIN)/ruff check --fix src tests scripts examples

schema: $(STAMP)
	$(BIN)/planparse schema --out schemas

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_scale.py 300

clean:
	rm -rf out .pytest_cache .ruff_cache
