#!/usr/bin/env bash
# CI, after `scripts/dev.sh test`: build the .deb with CPack, install it with apt (so that the dependencies it
# declares are resolved the way a user's machine would resolve them), then run the INSTALLED programs
# headless: the CLI's version, a demo database made by the CLI, and the GUI opening that database and closing.
# BUILD_DIR (default build/release) can be overridden. Needs root (or sudo) for apt-get.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build_dir="${BUILD_DIR:-build/release}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

# The icons are rendered at build time; make sure the build is complete before packing.
cmake --build "$build_dir" --parallel "$(nproc)"
rm -f "$build_dir"/clearinghouse_*.deb
(cd "$build_dir" && cpack -G DEB)
deb="$(ls "$build_dir"/clearinghouse_*.deb)"
echo "Package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "./$deb"

# Installed paths, not the build tree's.
cli=/usr/bin/clearinghouse-cli
gui=/usr/bin/clearinghouse
for f in "$cli" "$gui" /usr/share/applications/clearinghouse.desktop \
    /usr/share/metainfo/org.clearinghouse.Clearinghouse.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/clearinghouse.svg \
    /usr/share/icons/hicolor/48x48/apps/clearinghouse.png \
    /usr/share/icons/hicolor/256x256/apps/clearinghouse.png; do
  [ -e "$f" ] || { echo "ci-package: $f is not installed by the package" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/clearinghouse.desktop
fi

work="$(mktemp -d /tmp/clearinghouse-ci.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

"$cli" --version
"$cli" --db "$work/ci.db" demo --cases 20 --volunteers 5
[ -s "$work/ci.db" ] || { echo "ci-package: the demo database was not created" >&2; exit 1; }

# The GUI opens the demo database, shows its main window and closes it like a user would.
QT_QPA_PLATFORM=offscreen timeout 120 "$gui" -platform offscreen --db "$work/ci.db" --quit-after-ms 2000
echo "ci-package: the installed package installs, and its programs start and close."
