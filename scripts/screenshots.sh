#!/usr/bin/env bash
# Screenshots for docs/user-guide.md, taken from the real program: tests/gui/gui_screenshots drives the main
# window under Xvfb and saves every main screen; the ones the guide shows are copied to docs/images/.
#   scripts/screenshots.sh            (BUILD_DIR, default build/dev, must be configured with tests)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build_dir="${BUILD_DIR:-build/dev}"
cmake --build "$build_dir" --target gui_screenshots
shots="$(mktemp -d /tmp/clearinghouse-shots.XXXXXX)"
trap 'rm -rf "$shots"' EXIT
# A settings folder of its own, so that the user's language and backup choices do not show.
export XDG_CONFIG_HOME="$shots/config" XDG_DATA_HOME="$shots/data" LC_ALL=C.UTF-8
xvfb-run -a -s "-screen 0 1400x900x24" "$build_dir/tests/gui/gui_screenshots" "$shots"

mkdir -p docs/images
chosen=(
  01-case-list 01b-case-list-demo 02-intake-empty 05-case-detail 08-screening-panel 14-screening-queue-demo
  19-packet-preview 23-import-preview 28-roster 30-match-panel 32-preferences 33-conflict-merge
  41-es-03-home 44-report-funnel 45-users 48-server-connection
)
for name in "${chosen[@]}"; do
  [ -s "$shots/$name.png" ] || { echo "screenshots: $name.png was not made" >&2; exit 1; }
  if command -v pngquant >/dev/null; then
    # Palette PNGs are a third of the size and look the same for flat interface pictures.
    pngquant --force --skip-if-larger --output "docs/images/$name.png" -- "$shots/$name.png" \
      || cp "$shots/$name.png" "docs/images/$name.png"
  else
    cp "$shots/$name.png" "docs/images/$name.png"
  fi
done
du -ch docs/images/*.png | tail -1
