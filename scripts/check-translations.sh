#!/usr/bin/env bash
# Fails when a .ts file is stale (the sources have strings lupdate has not collected) or when the Spanish
# translation has an unfinished entry. Usage: scripts/check-translations.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${1:-build/release}"
saved="$(mktemp -d)"
trap 'cp "$saved"/*.ts translations/; rm -rf "$saved"' EXIT
cp translations/*.ts "$saved"/
if ! log=$(cmake --build "$build_dir" --target update_translations 2>&1); then
  echo "$log" >&2
  echo "translations: lupdate failed (see above)" >&2
  exit 1
fi
status=0
for ts in translations/*.ts; do
  if ! cmp -s "$ts" "$saved/$(basename "$ts")"; then
    echo "translations: $ts is stale; run: cmake --build $build_dir --target update_translations" >&2
    diff -u "$saved/$(basename "$ts")" "$ts" | grep '^[+-] *<source>' | head -20 >&2 || true
    status=1
  fi
done
unfinished=$(grep -c 'type="unfinished"' "$saved/clearinghouse_es.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "translations: clearinghouse_es.ts has $unfinished unfinished entries" >&2
  status=1
fi
# English: only plural forms need translating; each one must be finished.
if grep -B1 -A6 'numerus="yes"' "$saved/clearinghouse_en.ts" | grep -q 'type="unfinished"'; then
  echo "translations: clearinghouse_en.ts has plural forms without English singular/plural" >&2
  status=1
fi
[ $status -eq 0 ] && echo "translations: up to date and complete"
exit $status
