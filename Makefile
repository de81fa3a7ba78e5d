# Set-up is part of every target: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
IN     ?= samples
OUT    ?= outputs

.PHONY: run test lint typecheck unit bench samples clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@# a file that fails is reported and the overview is still built; the run's status is kept
	$(BIN)/extract run $(IN) -o $(OUT); status=$$?; \
	$(BIN)/extract compare $(OUT) -o $(OUT)/overview && exit $$status

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	@# figures, not assertions: each benchmark names the machine and its load, and runs its sides in turns
	$(BIN)/python benchmarks/bench_pipeline.py --reports 200 --repeat 3
	$(BIN)/python benchmarks/bench_batch.py --reports 200 --repeat 2
	$(BIN)/python benchmarks/bench_compare.py --reports 10000 --repeat 2

samples: $(STAMP)
	$(BIN)/python scripts/make_samples.py

clean:
	rm -rf $(VENV) $(OUT)/*.json $(OUT)/*.jsonl $(OUT)/overview
