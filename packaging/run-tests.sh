#!/usr/bin/env bash
# The tests, from a fresh Debian 12 machine: install what is missing, check the formatting,
# build with warnings as errors, run the whole suite with ctest (offscreen). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
# Formatting first: a file that drifts from .clang-format fails the run before the long build.
bash "$root/packaging/check-format.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVIMAP_WERROR=ON >/dev/null
cmake --build "$root/build" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure -j "$(nproc)"
