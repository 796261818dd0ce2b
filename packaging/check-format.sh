#!/usr/bin/env bash
# Checks that every C++ file git tracks is formatted as .clang-format says (clang-format 14).
# Lists the files that drift and exits 1 when there are any; changes nothing. To fix one:
#   clang-format -i FILE
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
format=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z "$format" ]]; then
    echo "check-format: clang-format (14) is not installed" >&2
    exit 2
fi

drifting=()
while IFS= read -r -d '' file; do
    if ! "$format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        drifting+=("$file")
    fi
done < <(git ls-files -z -- '*.cpp' '*.h')

if ((${#drifting[@]} > 0)); then
    echo "check-format: ${#drifting[@]} file(s) differ from .clang-format (clang-format -i FILE):"
    printf '  %s\n' "${drifting[@]}"
    exit 1
fi
echo "check-format: every C++ file is formatted"
