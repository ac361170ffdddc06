#!/usr/bin/env bash
# Every check and test of the project, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all --check

step "clippy (core, native, with tests)"
cargo clippy -p dashboard-core --all-targets -- -D warnings

step "clippy (app, wasm32)"
cargo clippy -p dashboard-app --target wasm32-unknown-unknown -- -D warnings

step "clippy (app, native prerenderer)"
cargo clippy -p dashboard-app --no-default-features --features ssr --all-targets -- -D warnings

step "native tests"
cargo test -p dashboard-core
# The prerenderer's own (the share image's text placement).
cargo test -p dashboard-app --no-default-features --features ssr --lib

step "release build (wasm, prerendered pages, offline copy)"
trunk build --release --offline

step "browser tests (Playwright, Debian Chromium)"
playwright test

step "cross-engine journeys (WebDriver: Firefox, WebKit, Chromium)"
make --no-print-directory test-engines
