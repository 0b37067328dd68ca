# briefing: two set-up commands on a fresh Debian machine.
#   make site   installs libcmark when missing, builds in release mode, generates site/
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/briefing
DEBUG_BIN := .build/debug/briefing

.PHONY: site test deps build check clean bench-dates score

## Install what the build needs when it is missing: pkg-config and libcmark-dev (Debian packages).
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark; then \
		echo "libcmark not found by pkg-config: installing libcmark-dev with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libcmark-dev; \
	fi
	@command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6 first (https://swift.org/install)"; exit 1; }

build: deps
	swift build -c release --product briefing

## Build the site for the seed corpus into site/, then check every link and citation in it.
site: build
	$(RELEASE_BIN) build --corpus seeds --output site --templates templates
	$(RELEASE_BIN) check --output site
	@echo "Open site/index.html in a browser (it works from disk), or serve the folder with any static server."

## The whole test suite: Swift tests, then the export checked against its JSON Schema.
test: deps
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema
	swift build --product briefing
	swift test
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
		$(DEBUG_BIN) build --quiet --corpus seeds --output "$$tmp/site" --templates templates && \
		$(DEBUG_BIN) check --output "$$tmp/site" && \
		python3 scripts/validate-export.py schema/briefing.schema.json "$$tmp/site/data/briefing.json"

check:
	$(RELEASE_BIN) check --output site

## The date benchmark: TempEval-3 training data from ../shared/tempeval, beside HeidelTime when installed.
bench-dates: build
	python3 scripts/bench-dates.py

## The analysis scored on the real stories in ../shared/corpora: one row per corpus (scripts/score-corpora.py).
score: build
	python3 scripts/score-corpora.py

clean:
	rm -rf .build
