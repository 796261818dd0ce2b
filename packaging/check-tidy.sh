#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy, which the code passes) on the C++ sources changed
# since a base commit, main by default, committed or not. Lists what it finds and exits 1 when
# there is anything; changes nothing. Needs a configured build directory for the compile
# commands (CMAKE_EXPORT_COMPILE_COMMANDS is on).
#   packaging/check-tidy.sh [BASE] [BUILD_DIR]      (defaults: main, build)
# Headers are checked through the sources that include them (HeaderFilterRegex).
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

failed=()
for file in "${files[@]}"; do
    if ! "$tidy" -p "$build" --quiet --warnings-as-errors='*' "$file" 2>/dev/null; then
        failed+=("$file")
    fi
done

if ((${#failed[@]} > 0)); then
    echo "check-tidy: ${#failed[@]} of ${#files[@]} changed file(s) have findings (above):"
    printf '  %s\n' "${failed[@]}"
    exit 1
fi
echo "check-tidy: ${#files[@]} changed file(s) pass .clang-tidy"
