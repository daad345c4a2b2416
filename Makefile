# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   set up, ingest the sample corpus into ./newsgraph.db, print a summary
#   make test   set up, run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test e2e eval bench lock clean

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
	$(BIN)/newsgraph events -n 8
	@echo
	@echo "Next: $(BIN)/newsgraph entities        # people with their roles"
	@echo "      $(BIN)/newsgraph events --actor RUS --type ASSAULT --all"
	@echo "      $(BIN)/newsgraph quotes --speaker lavrov"
	@echo "      $(BIN)/newsgraph export quotes --format csv -o quotes.csv"
	@echo "      $(BIN)/newsgraph ingest ../shared/seeds   # the seed dumps, if you have them"
	@echo
	@echo "Dashboard: $(BIN)/newsgraph serve    then open http://127.0.0.1:8000/ (JSON API under /api)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Browser tests need Debian's chromium and chromedriver (installed here if missing; needs root and apt).
e2e: $(STAMP)
	command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get install -y chromium chromium-driver || (apt-get update && apt-get install -y chromium chromium-driver))
	$(BIN)/python -m pytest -q tests/test_web_e2e.py

eval: $(STAMP)
	$(BIN)/newsgraph eval extraction --gate
	$(BIN)/newsgraph eval actors --gate
	$(BIN)/newsgraph eval quotes --gate
	$(BIN)/newsgraph eval events --gate

bench: $(STAMP)
	$(BIN)/python bench/pipeline_speed.py
	$(BIN)/python bench/distributed.py
	$(BIN)/python bench/ingest_memory.py --mb 200
	$(BIN)/python bench/incremental.py
	$(BIN)/python bench/web_pages.py --events 100000

# Re-pin after changing requirements.in (needs network to PyPI).
lock:
	$(PYTHON) -m venv /tmp/newsgraph-lock && /tmp/newsgraph-lock/bin/pip install --quiet pip-tools
	/tmp/newsgraph-lock/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-header \
	  -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) newsgraph.db newsgraph.db-wal newsgraph.db-shm .pytest_cache
