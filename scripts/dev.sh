#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   scripts/dev.sh run [ARGS...]   install what is missing, build, start the GUI (e.g. --demo)
#   scripts/dev.sh test            install what is missing, build, run the whole test suite through ctest
#   scripts/dev.sh build           install what is missing and build
# BUILD_DIR (default build/release) and PRESET (default release) can be overridden.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
preset="${PRESET:-release}"
build_dir="${BUILD_DIR:-build/$preset}"

# Debian packages the build, the tests and the program need (see shared notes in README.md).
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libpq-dev libqt6svg6 qt6-svg-dev qt6-charts-dev
  libsodium-dev libsqlite3-dev
  libgl-dev libxkbcommon-dev fonts-dejavu-core
  xvfb xauth poppler-utils
  librsvg2-bin pngquant
  file dpkg-dev
  liblemon-dev
  postgresql
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  # Shared mode's tests: a PostgreSQL server on loopback (scripts/postgres-test-server.sh), unless
  # CH_NO_POSTGRES=1 or the server cannot be started here; the storage tests then run on both backends.
  local pg_args=()
  if [ "${CH_NO_POSTGRES:-0}" != 1 ] && command -v pg_lsclusters >/dev/null; then
    local passfile="$here/build/pgpass" # one for every preset: the role's password stays the same
    mkdir -p "$here/build"
    local url
    if url="$(scripts/postgres-test-server.sh "$passfile")" && [[ "$url" =~ ^postgresql://[^[:space:]]+$ ]]; then
      pg_args=(-DCLEARINGHOUSE_TEST_POSTGRES="$url" -DCLEARINGHOUSE_TEST_PGPASSFILE="$passfile")
    elif [ "${CH_REQUIRE_POSTGRES:-0}" = 1 ]; then
      echo "PostgreSQL test server could not be started (it gave \"${url:-}\"), and CH_REQUIRE_POSTGRES=1" >&2
      exit 1
    else
      echo "PostgreSQL test server could not be started: shared-mode tests are left out" >&2
      pg_args=(-DCLEARINGHOUSE_TEST_POSTGRES=)
    fi
  fi
  cmake --preset "$preset" -B "$build_dir" "${pg_args[@]}" >/dev/null
  cmake --build "$build_dir" --parallel "$(nproc)"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  build)
    install_missing
    build
    ;;
  run)
    install_missing
    build
    exec "$build_dir/app/gui/clearinghouse" "$@"
    ;;
  test)
    install_missing
    build
    cd "$build_dir"
    # Tests run headless; they set QT_QPA_PLATFORM=offscreen themselves.
    ctest --output-on-failure --timeout 300 "$@"
    ;;
  *)
    echo "usage: scripts/dev.sh run [--demo] [--db PATH] | test | build" >&2
    exit 2
    ;;
esac
