#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine: install what is missing, build, and run EviMap on
# the bundled demo project. With a display (DISPLAY or WAYLAND_DISPLAY) the window opens on the
# demo project; without one, the headless main job writes the project and what EviMap produces
# from it into evimap-demo/ and prints where.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" --target evimap
output="$root/evimap-demo"
"$root/build/app/evimap" demo --output "$output"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$root/build/app/evimap" "$output/demo.evimap"
fi
