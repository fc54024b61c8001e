# Two commands for a new user: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_OUT := build/demo

.PHONY: demo test lint bench quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first and pinned: a bare torch would pull a multi-GB CUDA build
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,onnx]'  # onnx: the optional backend, tested by make test
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/corroborate analyze examples/harbour-blackout --json $(DEMO_OUT)/briefing.json \
		--html $(DEMO_OUT)/briefing.html --md $(DEMO_OUT)/briefing.md
	@echo "Open $(DEMO_OUT)/briefing.html in a browser (JSON and Markdown beside it)."

test: $(STAMP)
	bash scripts/test-deps.sh
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench evaluation scripts

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build test-artifacts
