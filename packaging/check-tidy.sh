#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy, which the code passes) on the C++ sources changed
# since a base commit, main by default, committed or not. Lists what it finds and exits 1 when
# there is anything; changes nothing. Needs a configured build directory for the compile
# commands (CMAKE_EXPORT_COMPILE_COMMANDS is on).
#   packaging/check-tidy.sh [BASE] [BUILD_DIR]      (defaults: main, build)
# Headers are checked through the sources that include them (HeaderFilterRegex). The files are
# checked in parallel, TIDY_JOBS at once (default: the number of cores).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:-main}
build=${2:-build}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [[ -z "$tidy" ]]; then
    echo "check-tidy: clang-tidy is not installed" >&2
    exit 2
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "check-tidy: no $build/compile_commands.json; configure the build first" >&2
    exit 2
fi
if ! merge_base=$(git merge-base "$base" HEAD 2>/dev/null); then
    echo "check-tidy: no common history with \"$base\"" >&2
    exit 2
fi

# Changed since the base (committed, staged or not), still present, compiled by the build.
files=()
while IFS= read -r -d '' file; do
    [[ -f "$file" ]] || continue
    if grep -qF "/$file\"" "$build/compile_commands.json"; then
        files+=("$file")
    fi
done < <(git diff -z --name-only --diff-filter=d "$merge_base" -- '*.cpp')

if ((${#files[@]} == 0)); then
    echo "check-tidy: no C++ source changed since $base"
    exit 0
fi

# One clang-tidy per file, as many at once as there are cores; each file's findings are printed
# together, and the files with findings are collected in a list.
jobs=${TIDY_JOBS:-$(nproc)}
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
export tidy build results
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" bash -c '
    if ! output=$("$tidy" -p "$build" --quiet --warnings-as-errors="*" "$1" 2>/dev/null); then
        printf "%s\n" "$output"
        printf "%s\n" "$1" >>"$results/failed"
    fi' check-tidy
failed=()
if [[ -f "$results/failed" ]]; then
    mapfile -t failed < <(sort "$results/failed")
fi

if ((${#failed[@]} > 0)); then
    echo "check-tidy: ${#failed[@]} of ${#files[@]} changed file(s) have findings (above):"
    printf '  %s\n' "${failed[@]}"
    exit 1
fi
echo "check-tidy: ${#files[@]} changed file(s) pass .clang-tidy"
