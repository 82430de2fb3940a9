#!/usr/bin/env bash
# Opens the keuzehulp with its built-in content. Installs what it needs first (Debian 12).
# Extra arguments go to the app, e.g. --data-dir /tmp/try-out.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-debian.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release -p keuzehulp-app
exec target/release/keuzehulp "$@"
