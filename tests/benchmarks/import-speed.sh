#!/usr/bin/env bash
# Import speed, side by side in one run: EviMap's import (parse, store, index) against a bare
# SQLite bulk insert with FTS5 of the same rows (bench_import_baseline) and against bibutils
# converting the same file (ris2xml, bib2xml, med2xml from Debian's bibutils package).
# med2xml reads PubMed XML, not MEDLINE text: PREFIX.xml is made from PREFIX.nbib (the same
# records, nbib_to_pubmed_xml.py, not timed) and both tools read that.
#
#   tests/benchmarks/import-speed.sh BUILD_DIR PREFIX     # PREFIX.ris, PREFIX.bib, PREFIX.nbib
#
# Make the files with: python3 ../shared/tools/gen_refs.py -n 100000 -o PREFIX
# Prints one row per format and tool: wall seconds, CPU seconds, peak memory (MB).
set -euo pipefail
build=$1
prefix=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || {
    echo "$label failed:"; cat "$work/out"; return 1; }
  read -r wall user sys kb <"$work/time"
  printf '%-34s %8.1f s wall %8.1f s CPU %8.0f MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(echo "$kb / 1024" | bc)"
}

here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$prefix.nbib" ] && [ ! -f "$prefix.xml" ]; then
  python3 "$here/nbib_to_pubmed_xml.py" "$prefix.nbib" "$prefix.xml"
fi

for format in ris bib nbib xml; do
  file="$prefix.$format"
  [ -f "$file" ] || continue
  # Read the file once first, so that every tool finds it in the page cache, not only the later
  # ones (a cold read of 200 MB added seconds to whichever tool came first).
  cat "$file" > /dev/null
  case $format in ris) converter=ris2xml ;; bib) converter=bib2xml ;; nbib) converter=none ;; xml) converter=med2xml ;; esac
  "$build/app/evimap" new "$work/p.evimap" --codebook empty >/dev/null
  measure "evimap import ($format)" "$build/app/evimap" import "$work/p.evimap" "$file"
  rm -f "$work/p.evimap"
  measure "bare SQLite insert + FTS5 ($format)" "$build/tests/benchmarks/bench_import_baseline" "$file"
  grep -E "parse_seconds|bare_insert_seconds" "$work/out" | sed 's/^/    /'
  if command -v "$converter" >/dev/null; then
    measure "$converter ($format)" sh -c "$converter '$file' > /dev/null"
  fi
done
