# Two entry points, each doing all set-up on a new machine:
#   make demo   follow the bundled sample news offline and write a digest per simulated day
#   make test   run the whole test suite (starts its own PostgreSQL server)
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet --editable '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/parley demo

test: $(STAMP)
	bash scripts/ensure-postgres
	$(VENV)/bin/ruff check .
	$(VENV)/bin/python -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(STAMP)
	for script in benchmarks/*.py; do $(VENV)/bin/python $$script || exit 1; done

clean:
	rm -rf $(VENV) parley-demo .pytest_cache
