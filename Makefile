# The project's commands. `make serve` and `make test` install whatever is
# missing first (scripts/setup.sh, idempotent), so both work on a fresh machine.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: setup build serve test test-engines bench bench-floor clean

setup:
	@scripts/setup.sh

## Deployable static files in dist/, relative paths only.
build: setup
	trunk build --release --offline

## Build, then serve dist/ at http://127.0.0.1:$(PORT)/ with the production headers.
serve: build
	node scripts/serve-dist.mjs --dir dist --port $(PORT)

## Every check and test: formatting, clippy, native tests, release build, browser tests.
test: setup
	@scripts/test.sh

## The reader's main journeys in Firefox, WebKit and Chromium through WebDriver, against
## dist/ (built first if missing). `make test` runs it after the Playwright suite.
test-engines: setup
	@test -f dist/index.html || trunk build --release --offline
	node e2e-engines/run.mjs

## Sizes of dist/ and timings in headless Chromium (prints numbers; asserts nothing).
bench: build
	node scripts/bench.mjs

## What Leptos and plotters weigh alone, built like the dashboard (prints numbers).
bench-floor: build
	scripts/size-floor.sh

clean:
	cargo clean
	rm -rf dist test-results playwright-report
