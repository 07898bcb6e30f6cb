# Two commands on a fresh machine: `make demo` and `make test`. Each makes its own virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_OUT ?= demo-output

.PHONY: demo test venv samples bench eval fuzz clean

# the main job needs formslim alone; tests, evaluation and benchmarks add the dev extra (pytest, a browser
# driver, jsonschema, Dask). Quiet: errors only (-qq), and no warnings of the package's own build.
$(BIN)/formslim: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install -qq -e .
	touch $(BIN)/formslim

$(VENV)/.dev: $(BIN)/formslim
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install -qq -e '.[dev]'
	touch $(VENV)/.dev

venv: $(VENV)/.dev

## The main job on the bundled Korean sample package: the reduction plan and the redesign report.
# (exit 4 says the reduction target is not met: a finding of the demo, not a failure of it)
demo: $(BIN)/formslim
	$(BIN)/formslim analyze sample_forms/kr-sme-support -o $(DEMO_OUT)/kr-sme-support || [ $$? -eq 4 ]
	$(BIN)/formslim analyze sample_forms/us-small-business-loan -o $(DEMO_OUT)/us-small-business-loan --quiet > /dev/null || [ $$? -eq 4 ]
	@echo "open $(DEMO_OUT)/kr-sme-support/report.html (and $(DEMO_OUT)/us-small-business-loan/report.html)" >&2

## The test suite (corpus tests skip when ../shared is absent).
test: venv
	$(BIN)/python -m pytest -q

## Regenerate sample_forms/ (needs the dev extra: reportlab).
samples: venv
	$(BIN)/python scripts/make_sample_forms.py

## Answer keys: score formslim on every key in ../shared/gold and eval/gold (one summary line each;
## `make eval REVIEW=1` also lists the errors). Needs ../shared beside the project.
SHARED ?= ../shared
eval: venv
	@test -d $(SHARED)/tools || { echo "eval needs $(SHARED) (answer keys and the scorer)" >&2; exit 2; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	for k in $(SHARED)/gold/*.gold.json eval/gold/*.gold.json; do \
	  FORMSLIM=$(BIN)/formslim $(PYTHON) $(SHARED)/tools/score_package.py "$$k" $(if $(REVIEW),--review,) \
	    --json "$$tmp/score.json" --raw "$$tmp/raw" | $(if $(REVIEW),cat,tail -n 1); \
	  $(PYTHON) eval/basis.py "$$k" "$$tmp/score.json" "$$tmp/raw"; \
	  m=eval/scenarios/$$(basename "$$k" .gold.json).yaml; if [ -f "$$m" ]; then \
	    FORMSLIM=eval/formslim-with-manifest FORMSLIM_EVAL_BIN=$(BIN)/formslim FORMSLIM_EVAL_MANIFEST="$$m" \
	    $(PYTHON) $(SHARED)/tools/score_package.py "$$k" --json "$$tmp/score.json" --raw "$$tmp/raw" | \
	    tail -n 1 | sed 's/^SUMMARY/SCENARIO (with '"$$(basename $$m)"')/'; \
	    $(PYTHON) eval/basis.py "$$k" "$$tmp/score.json" "$$tmp/raw" | sed 's/^BASIS/SCENARIO BASIS/'; fi; done
	@for p in eval/label_pairs.csv eval/label_pairs_fresh.csv eval/label_pairs_fresh2.csv eval/label_pairs_dev5.csv eval/label_pairs_fresh3.csv eval/label_pairs_fresh4.csv eval/label_pairs_fresh6.csv eval/label_pairs_dev7.csv eval/label_pairs_fresh8.csv eval/label_pairs_dev9.csv eval/label_pairs_dev10.csv eval/label_pairs_dev11.csv eval/label_pairs_dev12.csv eval/label_pairs_dev13.csv eval/label_pairs_dev14.csv eval/label_pairs_fresh15.csv eval/label_pairs_dev16.csv; do \
	  $(BIN)/formslim eval-pairs "$$p" --format json | $(PYTHON) -c 'import json,sys; d=json.load(sys.stdin); \
	    print("PAIRS %s: certain P %.3f R %.3f (%d pairs)" % (d["file"], d["precision"], d["recall"], d["pairs"]))'; done
	@$(BIN)/python eval/notices/score.py --formslim $(BIN)/formslim | grep '^NOTICE'
	@$(BIN)/python eval/notices/score.py eval/notices/studied_key.yaml --formslim $(BIN)/formslim | grep '^NOTICE'
	@$(BIN)/python eval/screening/score.py --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev2_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev3_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev4_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev5_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev6_key.yaml --formslim $(BIN)/formslim
	@$(BIN)/python eval/screening/score.py dev7_key.yaml --formslim $(BIN)/formslim

## Speed benchmark over ../shared/corpus (run on demand, not in CI).
bench: venv
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_match.py
	$(BIN)/python benchmarks/bench_analyze.py
	$(BIN)/python benchmarks/bench_batch.py

## Property-based fuzzing (hypothesis: label cleaning, outputs, the field detector, manifests, DOCX/HWPX/HWP
## files of random content; about 20,000 inputs), then mutation fuzzing of every reader and the manifest loader
## (FUZZ_COUNT inputs or FUZZ_SECONDS); findings in fuzz-findings/.
FUZZ_COUNT ?= 100000
FUZZ_SECONDS ?= 0
fuzz: venv
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_properties.py
	$(BIN)/python scripts/fuzz.py --count $(FUZZ_COUNT) --seconds $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache
