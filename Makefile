# The project's commands. `make serve` and `make test` install whatever is
# missing first (scripts/setup.sh, idempotent), so both work on a fresh machine.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: setup build serve test bench bench-floor clean

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

## Sizes of dist/ and timings in headless Chromium (prints numbers; asserts nothing).
bench: build
	node scripts/bench.mjs

## What Leptos and plotters weigh alone, built like the dashboard (prints numbers).
bench-floor: build
	scripts/size-floor.sh

clean:
	cargo clean
	rm -rf dist test-results playwright-report
