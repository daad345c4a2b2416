# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   set up, ingest the sample corpus into ./newsgraph.db, print a summary
#   make test   set up, run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test eval bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph ingest samples/ ; test $$? -le 1
	$(BIN)/newsgraph status
	@echo
	@echo "Next: $(BIN)/newsgraph entities        # people with their roles"
	@echo "      $(BIN)/newsgraph quotes --speaker lavrov"
	@echo "      $(BIN)/newsgraph export quotes --format csv -o quotes.csv"
	@echo "      $(BIN)/newsgraph ingest ../shared/seeds   # the seed dumps, if you have them"

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/newsgraph eval extraction --gate
	$(BIN)/newsgraph eval actors --gate
	$(BIN)/newsgraph eval quotes --gate

bench: $(STAMP)
	$(BIN)/python bench/ingest_memory.py --mb 200

# Re-pin after changing requirements.in (needs network to PyPI).
lock:
	$(PYTHON) -m venv /tmp/newsgraph-lock && /tmp/newsgraph-lock/bin/pip install --quiet pip-tools
	/tmp/newsgraph-lock/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-header \
	  -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) newsgraph.db newsgraph.db-wal newsgraph.db-shm .pytest_cache
