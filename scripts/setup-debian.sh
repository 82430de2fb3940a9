#!/usr/bin/env bash
# Installs what building, running and testing the keuzehulp needs on Debian 12:
# WebKitGTK and GTK for Tauri 2, a virtual display and WebDriver for the end-to-end tests,
# poppler for PDF checks, desktop-file-utils and the Tauri CLI (npm) for the Debian package,
# espeak-ng with its voices (read aloud) and sox (tests measure the audio with it),
# tauri-driver, and fhir.resources for the FHIR validator. Safe to run again: it skips what is
# there.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

PACKAGES=(
  libwebkit2gtk-4.1-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev libxdo-dev
  build-essential pkg-config curl
  webkit2gtk-driver xvfb xauth dbus-x11 imagemagick poppler-utils fonts-dejavu-core minisign
  python3 python3-pip
  desktop-file-utils
  espeak-ng espeak-ng-data sox
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# node checks that the window's JavaScript modules parse (scripts/test.sh).
if ! command -v node >/dev/null 2>&1; then
  echo "setup: installing nodejs"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "setup: installing the Rust toolchain with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0 >/dev/null
fi

# The Tauri CLI that builds the Debian package (scripts/package-test.sh): the npm package
# @tauri-apps/cli ships it prebuilt; its version is pinned in package.json and package-lock.json.
# npm: Debian's packages when there is none yet (a Node.js from elsewhere brings its own).
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs and npm"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
# axe-core (the accessibility scan of the e2e tests, tests/e2e/tests/accessibility.rs) comes
# from the same package-lock.json.
if [ "$(node_modules/.bin/tauri --version 2>/dev/null)" != "tauri-cli $(node -p 'require("./package.json").devDependencies["@tauri-apps/cli"]')" ] ||
  [ "$(node -p 'require("./node_modules/axe-core/package.json").version' 2>/dev/null)" != "$(node -p 'require("./package.json").devDependencies["axe-core"]')" ]; then
  echo "setup: installing the Tauri CLI and axe-core (npm ci)"
  npm ci --no-audit --no-fund --silent
fi

# The FHIR export test validates bundles with the pydantic models of the FHIR specification
# (R4B subpackage, the R4 line); see tests/fhir/validate.py.
FHIR_RESOURCES_VERSION=8.3.0
if ! python3 -c "import fhir.resources, sys; sys.exit(fhir.resources.__version__ != '$FHIR_RESOURCES_VERSION')" 2>/dev/null; then
  echo "setup: installing fhir.resources $FHIR_RESOURCES_VERSION"
  # Debian's own Python refuses system-wide pip installs (PEP 668): then install for this user.
  python3 -m pip install --quiet "fhir.resources==$FHIR_RESOURCES_VERSION" 2>/dev/null ||
    python3 -m pip install --quiet --user --break-system-packages "fhir.resources==$FHIR_RESOURCES_VERSION"
fi
