# claimwatch: every target installs what it needs itself, so each works on a fresh clone.
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test fuzz lint quality demo bench faults kafka-start kafka-stop clean system-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "need $(PY) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian packages the tests use: kcat (a Kafka client that is not ours), chromium (browser tests).
system-deps:
	@scripts/system-deps

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy streams agents schemas claimwatch bench faults tests

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# The property tests with new random examples each run (`make test` repeats the same ones).
fuzz: install
	CLAIMWATCH_HYPOTHESIS=explore $(BIN)/pytest -q -p no:cacheprovider tests/test_row_index.py \
		tests/test_properties.py tests/test_bad_input.py

quality: install
	@scripts/quality

demo: install
	@scripts/demo

# Throughput and latency on the real broker; prints ratios against a baseline of the same run.
bench: install
	$(BIN)/python -m bench.run

# Crashes, a broker restart and bad input against a clean run; last line lost=0 duplicates=0 ...
faults: install
	$(BIN)/python -m faults.run

clean:
	rm -rf $(VENV) kafka/run .pytest_cache .mypy_cache .ruff_cache
