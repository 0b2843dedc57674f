#!/usr/bin/env bash
# Builds the libFuzzer target for the import readers with Clang and runs it for a while (default 30 s).
# Inputs that crash are copied into tests/fixtures/fuzz/, where tst_fuzz_regressions replays them in every
# build: commit them together with the fix.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is not installed (apt-get install clang); the fuzz run is skipped." >&2
    exit 0
fi
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DCLEARINGHOUSE_FUZZ=ON -DCLEARINGHOUSE_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target fuzz_import_readers -j"${FUZZ_JOBS:-$(nproc)}"
corpus="$build/corpus"
mkdir -p "$corpus" "$build/crashes"
cp -n tests/fixtures/import/* tests/fixtures/fuzz/* "$corpus"/ 2>/dev/null || true
status=0
"$build/tests/fuzz/fuzz_import_readers" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 \
    -artifact_prefix="$build/crashes/" || status=$?
if compgen -G "$build/crashes/*" >/dev/null; then
    for f in "$build"/crashes/*; do
        cp "$f" "tests/fixtures/fuzz/regression-$(basename "$f")"
    done
    echo "fuzz.sh: crashing inputs were kept in tests/fixtures/fuzz/regression-*" >&2
fi
exit "$status"
