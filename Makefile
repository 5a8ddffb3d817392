# Two commands do everything: `make run` and `make test` (`make lint` checks the code, as CI does).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
# `make run` needs only the package; `make test` adds the test extra (pytest, hypothesis,
# Playwright), ray and postgresql (psycopg): optional for users, but the suite tests the Ray
# engine and the PostgreSQL store (.ci/run starts a server; without one they skip), and lint
# (ruff, mypy).
TEST_EXTRAS ?= test,ray,postgresql,lint

.PHONY: run test lint setup bench gate clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -c "import dateline.nlp.loading as l; l.load_spacy()" \
		|| { echo "make: the spaCy model failed to load after install" >&2; exit 1; }
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-run
	$(BIN)/python -m pip install --quiet -e ".[$(TEST_EXTRAS)]"
	touch $@

setup: $(VENV)/.installed-test

run: $(VENV)/.installed-run
	$(BIN)/dateline read examples/*.txt
	@if [ -d $(SHARED)/seeds ]; then \
		$(BIN)/dateline read $(SHARED)/seeds/*.txt; \
	else echo "(../shared not found: the reference article is skipped)"; fi

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# Clean on main at every landing: ruff on all Python, mypy on the package (configured in pyproject.toml).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check dateline tests eval bench
	$(BIN)/mypy dateline

bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e ".[$(TEST_EXTRAS),bench]"
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/peers.py

gate: $(VENV)/.installed-test
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
