#!/usr/bin/env bash
# Rebuilds resources/translations/evimap_en.ts, the English plural forms: lupdate collects the
# "%n" messages of every layer (-pluralonly), then english-plurals.py writes each one's singular
# and plural ("%n record(s)" -> "%n record" / "%n records", with the verbs that agree).
#   bash resources/translations/english-plurals.sh        (from anywhere in the repository)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ts="$root/resources/translations/evimap_en.ts"
rm -f "$ts"
/usr/lib/qt6/bin/lupdate -pluralonly -locations none -no-obsolete -source-language en \
  -target-language en "$root/models" "$root/app" "$root/ui" -ts "$ts" >/dev/null
python3 "$root/resources/translations/english-plurals.py" "$ts"
