#!/usr/bin/env bash
# The tests, from a fresh Debian 12 machine: install what is missing, check the formatting,
# build with warnings as errors, run clang-tidy on the C++ sources the last commit changed, run
# the whole suite with ctest (offscreen). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
# Formatting first: a file that drifts from .clang-format fails the run before the long build.
bash "$root/packaging/check-format.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVIMAP_WERROR=ON >/dev/null
cmake --build "$root/build" -j "$(nproc)"
# Static checks on what the last commit changed (for a merge, everything the merge brought:
# first parent to HEAD), after the build so that generated headers (moc) exist. A checkout
# without a parent commit (the first commit, a shallow clone, no git) has nothing to compare.
if git -C "$root" rev-parse --verify --quiet 'HEAD^1' >/dev/null 2>&1; then
    bash "$root/packaging/check-tidy.sh" 'HEAD^1' "$root/build"
else
    echo "check-tidy: no parent commit to compare with; skipped"
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure -j "$(nproc)"
