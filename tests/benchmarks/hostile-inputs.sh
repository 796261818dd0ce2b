#!/usr/bin/env bash
# Peak memory and time of `evimap import` on large hostile files that this script writes:
# a RIS field of 220 MB, five million empty RIS records, a PubMed XML text node of 300 MB,
# a BibTeX @string chain of 700 bytes that would expand to gigabytes, a crossref cycle of 96 KB,
# a crossref chain of 100,000 entries and a CSL-JSON item with a 240 MB abstract. Each file is
# imported into a fresh project.
#
#   tests/benchmarks/hostile-inputs.sh BUILD_DIR WORK_DIR     # WORK_DIR needs about 1 GB
#
# Prints one row per file: wall seconds, peak resident memory (MB), exit code, the summary line.
set -uo pipefail
build=$1
work=$2
mkdir -p "$work"

python3 - "$work" <<'EOF'
import os, sys
work = sys.argv[1]
def path(name): return os.path.join(work, name)
line = 'a' * 999 + '\n'
with open(path('ris-huge-field.ris'), 'w') as f:
    f.write('TY  - JOUR\nTI  - Huge\nAB  - start\n')
    for _ in range(220_000):
        f.write(line)
    f.write('ER  - \n\nTY  - JOUR\nTI  - After\nER  - \n')
with open(path('ris-5m-empty.ris'), 'w') as f:
    chunk = 'TY  - JOUR\nER  - \n' * 10_000
    for _ in range(500):
        f.write(chunk)
    f.write('TY  - JOUR\nTI  - Real\nER  - \n')
with open(path('pubmed-huge-text.xml'), 'w') as f:
    f.write('<?xml version="1.0"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>'
            '<PMID>1</PMID><Article><ArticleTitle>Huge</ArticleTitle><Abstract><AbstractText>')
    for _ in range(300_000):
        f.write('x' * 999 + ' ')
    f.write('</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n'
            '<PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>After'
            '</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n')
with open(path('bibtex-string-chain.bib'), 'w') as f:
    f.write('@string{a0 = "xx"}\n')
    for i in range(1, 31):
        f.write('@string{a%d = a%d # a%d}\n' % (i, i - 1, i - 1))
    f.write('@article{bomb, title = a30}\n@article{ok, title = {Fine}}\n')
with open(path('bibtex-crossref-cycle.bib'), 'w') as f:
    n = 2000
    for i in range(n):
        f.write('@misc{c%d, title = {C%d}, crossref = {c%d}}\n' % (i, i, (i + 1) % n))
with open(path('bibtex-crossref-chain.bib'), 'w') as f:
    n = 100_000
    for i in range(n):
        f.write('@misc{c%d, title = {C%d}, crossref = {c%d}}\n' % (i, i, i + 1))
    f.write('@misc{c%d, title = {Root}, year = 1999}\n' % n)
with open(path('csljson-huge-abstract.json'), 'w') as f:
    f.write('[{"type": "book", "title": "Huge", "abstract": "')
    for _ in range(240_000):
        f.write('x' * 999 + ' ')
    f.write('"},\n{"type": "book", "title": "After"}]\n')
EOF

for file in ris-huge-field.ris ris-5m-empty.ris pubmed-huge-text.xml bibtex-string-chain.bib \
            bibtex-crossref-cycle.bib bibtex-crossref-chain.bib csljson-huge-abstract.json; do
  rm -f "$work/p.evimap"
  "$build/app/evimap" new "$work/p.evimap" --codebook empty >/dev/null
  /usr/bin/time -f "%e %M" -o "$work/time" "$build/app/evimap" import "$work/p.evimap" \
    "$work/$file" >"$work/out" 2>"$work/err"
  code=$?
  read -r wall kb <"$work/time"
  printf '%-28s %7.1f s %6d MB  exit %d  %s\n' "$file" "$wall" "$((kb / 1024))" "$code" \
    "$(tail -n 1 "$work/out")"
done
rm -f "$work/p.evimap" "$work/time" "$work/out" "$work/err"
