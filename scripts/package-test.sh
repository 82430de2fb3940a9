#!/usr/bin/env bash
# Builds the release Debian package once, looks inside it, installs it, validates its desktop
# file, starts the INSTALLED binary under Xvfb through tauri-driver to the start screen (the
# end-to-end test `installed_package`), and removes the package again.
# Called by scripts/test.sh; needs what scripts/setup-debian.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
fail() {
  echo "package-test: $*" >&2
  exit 1
}

if [ -n "${KEUZEHULP_DEB:-}" ]; then
  deb=$KEUZEHULP_DEB # a package built before, to try this script's later steps
else
  echo "== package: build the release .deb (once)"
  rm -rf target/release/bundle/deb
  npx --no-install tauri build --bundles deb --ci
  deb=$(ls target/release/bundle/deb/*.deb)
fi
[ "$(echo "$deb" | wc -l)" -eq 1 ] || fail "expected one .deb, found: $deb"
echo "$deb"

echo "== package: what is inside"
dpkg-deb -I "$deb"
package=$(dpkg-deb -f "$deb" Package)
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
# Paths as installed: dpkg-deb lists them as usr/... or ./usr/...
listing=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||; s|^|/|')
binary=/usr/bin/keuzehulp
desktop=$(grep -E '^/usr/share/applications/.*\.desktop$' <<<"$listing") ||
  fail "no desktop file in the package"
icon=$(grep -E '^/usr/share/icons/hicolor/.*/apps/.*\.png$' <<<"$listing" | head -1) ||
  fail "no icon in the package"
grep -qx "$binary" <<<"$listing" || fail "no $binary in the package"
echo "binary $binary, desktop file $desktop, icon $icon"

remove() {
  echo "== package: remove"
  $SUDO apt-get remove -y -qq "$package" >/dev/null || true
}
trap remove EXIT

echo "== package: install"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(realpath "$deb")" >/dev/null
[ -x "$binary" ] || fail "$binary is not installed"
desktop-file-validate "$desktop"
grep -qx 'MimeType=x-scheme-handler/keuzehulp;' "$desktop" ||
  fail "$desktop does not claim the keuzehulp:// scheme"

echo "== package: the installed binary shows the start screen"
KEUZEHULP_APP="$binary" cargo test -q --locked -p keuzehulp-e2e --test installed_package -- --ignored
