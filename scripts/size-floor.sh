#!/usr/bin/env bash
# Benchmark: what the stack weighs before any of our code (prints numbers, asserts nothing).
#
#   scripts/size-floor.sh        (or `make bench-floor`)
#
# Builds bench/floor (the smallest Leptos app, then the same with one plotters
# chart) with the dashboard's release profile, wasm-bindgen and wasm-opt flags,
# and prints each wasm and its JavaScript glue, raw and gzip -9, beside the
# dashboard's own from dist/ when it has been built.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The same wasm-opt flags as the dashboard's build, read from index.html.
read -r -a OPT_FLAGS <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
OUT="target/size-floor"
gz() { gzip -9c "$1" | wc -c; }
row() { printf '  %-34s %9d %9d\n' "$1" "$(stat -c%s "$2")" "$(gz "$2")"; }

echo "What the stack weighs (raw, gzip -9, bytes)"
for variant in leptos chart; do
  features=()
  [[ $variant == chart ]] && features=(--features chart)
  cargo build --quiet --release --target wasm32-unknown-unknown -p size-floor "${features[@]}"
  rm -rf "$OUT/$variant" && mkdir -p "$OUT/$variant"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT/$variant" \
    target/wasm32-unknown-unknown/release/size-floor.wasm
  wasm-opt -Oz "${OPT_FLAGS[@]}" "$OUT/$variant/size-floor_bg.wasm" -o "$OUT/$variant/size-floor_bg.wasm"
  label=$([[ $variant == chart ]] && echo "Leptos + one plotters chart" || echo "Leptos (signal, memo, list)")
  row "$label: wasm" "$OUT/$variant/size-floor_bg.wasm"
  row "$label: glue js" "$OUT/$variant/size-floor.js"
done
shopt -s nullglob
for wasm in dist/*_bg.wasm; do row "the dashboard: wasm" "$wasm"; done
for js in dist/dashboard-app-*.js; do row "the dashboard: glue js" "$js"; done
