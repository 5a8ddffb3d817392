# Two commands do everything: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -c "import dateline.nlp.loading as l; l.load_spacy()" \
		|| { echo "make: the spaCy model failed to load after install" >&2; exit 1; }
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/dateline read examples/*.txt
	@if [ -d $(SHARED)/seeds ]; then \
		$(BIN)/dateline read $(SHARED)/seeds/*.txt; \
	else echo "(../shared not found: the reference article is skipped)"; fi

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
