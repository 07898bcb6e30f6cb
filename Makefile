# Two commands on a fresh machine: `make demo` and `make test`. Each makes its own virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_OUT ?= demo-output

.PHONY: demo test venv samples bench clean

$(BIN)/formslim: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/formslim

venv: $(BIN)/formslim

## The main job on the bundled sample packages (today: the field inventory).
demo: venv
	@mkdir -p $(DEMO_OUT)
	$(BIN)/formslim fields sample_forms/kr-sme-support
	$(BIN)/formslim fields sample_forms/kr-sme-support --format json -o $(DEMO_OUT)/kr-sme-support.fields.json
	$(BIN)/formslim fields sample_forms/us-small-business-loan --format csv -o $(DEMO_OUT)/us-small-business-loan.fields.csv
	@echo "field inventories written to $(DEMO_OUT)/" >&2

## The test suite (corpus tests skip when ../shared is absent).
test: venv
	$(BIN)/python -m pytest -q

## Regenerate sample_forms/ (needs the dev extra: reportlab).
samples: venv
	$(BIN)/python scripts/make_sample_forms.py

## Speed benchmark over ../shared/corpus (run on demand, not in CI).
bench: venv
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache
