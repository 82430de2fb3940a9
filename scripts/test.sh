#!/usr/bin/env bash
# Runs every test: formatting, lints, the core's unit and integration tests, the content
# checker over the built-in content, and the end-to-end tests of the real app under Xvfb.
# Installs what it needs first (Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== the core has no tauri dependency"
if cargo tree -p keuzehulp -e normal,build | grep -q tauri; then
  echo "the core library depends on tauri" >&2
  exit 1
fi

echo "== the core's modules form no cycle; SQL only in records/ and the catalogue"
python3 scripts/module-cycles.py

echo "== the window's scripts parse (ES modules)"
for module in ui/js/*.js; do
  node --input-type=module --check < "$module" || { echo "syntax error in $module" >&2; exit 1; }
done

echo "== built-in content passes the checker"
cargo run -q --locked --bin keuzekaart -- check assets/content/*.toml

echo "== build the app for the end-to-end tests"
cargo build --locked -p keuzehulp-app

echo "== tests"
# Fuzz targets (tests/fuzz.rs) run inside cargo test: 20 s each under CI, 2 s elsewhere.
if [ -n "${CI:-}" ]; then
  export KEUZEHULP_FUZZ_SECONDS="${KEUZEHULP_FUZZ_SECONDS:-20}"
fi
cargo test --workspace --locked

echo "== the Debian package, installed"
bash scripts/package-test.sh
