#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing. Idempotent:
# each step checks first, so a second run does nothing and takes seconds.
#   - Rust's wasm32-unknown-unknown target
#   - Trunk 0.21.14 (0.22 needs a newer rustc than this machine's)
#   - wasm-bindgen-cli at the version Cargo.lock resolves (Trunk takes it from PATH)
#   - npm packages: binaryen 132 (wasm-opt), Playwright, axe-core
#   - Debian's Chromium and Noto fonts for the browser tests (never a downloaded browser),
#     and poppler-utils (pdftotext) for the print test
#   - the other engines for the cross-engine suite (e2e-engines/), all driven by WebDriver:
#     Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver and WebKitGTK's MiniBrowser),
#     chromium-driver and xvfb (WebKitGTK needs a display); geckodriver from crates.io
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "installing trunk $trunk_version"
  cargo install --locked "trunk@$trunk_version"
fi

# The CLI must match the wasm-bindgen library version in Cargo.lock exactly.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: one of its locked dependencies is no longer in the registry.
  cargo install "wasm-bindgen-cli@$bindgen_version"
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $bindgen_version: update [tools]" >&2
  exit 1
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ ! -d node_modules/webdriverio ] \
  || [ ! -x node_modules/.bin/lighthouse ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen 132, Playwright, axe-core, webdriverio, Lighthouse)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# One apt transaction for everything Debian brings; each file below belongs to one package.
if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/noto ] || ! command -v pdftotext >/dev/null \
  || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] \
  || [ ! -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || [ ! -x /usr/bin/Xvfb ]; then
  say "installing Debian's chromium, chromium-driver, firefox-esr, webkit2gtk-driver, xvfb, Noto fonts and poppler-utils"
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-noto-core poppler-utils
fi

# Firefox's WebDriver server; Debian has none. Pinned, and built with its own lock file.
# Called by its full path: webdriverio brings an npm wrapper of the same name into
# node_modules/.bin, which would try to download a binary.
geckodriver_version=0.37.1
if [ "$("$HOME/.cargo/bin/geckodriver" --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$geckodriver_version" ]; then
  say "installing geckodriver $geckodriver_version"
  cargo install --locked "geckodriver@$geckodriver_version"
fi
