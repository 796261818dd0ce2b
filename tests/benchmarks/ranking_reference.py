#!/usr/bin/python3
"""Reference baseline for `evimap simulate`: the same protocol with scikit-learn.

Replays a labelled dataset as `evimap simulate` does (see docs/performance.md, "Prioritised
screening") and prints WSS@95, WSS@100 and RRF@10 averaged over seeds, so EviMap's own ranking
can be compared with the textbook baseline: scikit-learn's TfidfVectorizer (English stop words)
with MultinomialNB (alpha 3.822, as ASReview's default) or LogisticRegression (class_weight
'balanced').

Usage (Debian's python3-sklearn):
  /usr/bin/python3 ranking_reference.py DATASET.csv [--label-column C] [--seeds N] [--model nb|lr]
  /usr/bin/python3 ranking_reference.py POOL.ris... --relevant SCREENED.ris [--seeds N]

The protocol (identical in models/ranking/simulationrunner.cpp):
  * text of a record: title, abstract and keywords joined by spaces;
  * seed s picks the first include as includes[splitmix64(2s) % #includes] and the first exclude
    as excludes[splitmix64(2s + 1) % #excludes] (lists in file order); both count as screened;
  * then: train on everything screened so far, screen the next k records in descending score
    (ties: file order), k = max(1, min(screened // 20, N // 200)), until every relevant record
    has been found;
  * WSS@r = (N - screened when ceil(r * R) relevant were found) / N - (1 - r);
    RRF@10 = relevant found within the first ceil(N / 10) screened / R.
  * RIS pools: several search files are one pool; records with the same normalised title are one
    record (the one with the longest abstract is kept); a record is relevant when its normalised
    title is among those of the --relevant file.
"""

import argparse
import csv
import html
import json
import math
import re
import sys
import time
import unicodedata

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import MultinomialNB

MASK = (1 << 64) - 1


def splitmix64(x):
    z = (x + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


# --- reading -------------------------------------------------------------------------------------

TAG = re.compile(r"^ {0,3}([A-Z][A-Z0-9]) {1,3}-(?: (.*))?$")


def read_ris(path):
    """Records as dicts of lists (tag -> values); untagged lines continue the previous value."""
    records, fields, last = [], [], None
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            m = TAG.match(line)
            if m:
                tag, value = m.group(1), (m.group(2) or "").strip()
                if tag == "ER":
                    if fields:
                        records.append(fields)
                    fields, last = [], None
                    continue
                fields.append([tag, value])
                last = fields[-1]
            elif last is not None:
                sep = "\n" if last[0] == "N1" else " "
                last[1] = (last[1] + sep if last[1] else "") + line.strip()
    if fields:
        records.append(fields)
    out = []
    for f in records:
        def first(*tags):
            for t in tags:
                for tag, value in f:
                    if tag == t and value:
                        return value
            return ""
        out.append({
            "title": first("TI", "T1", "CT"),
            "abstract": first("AB", "N2"),
            "keywords": " ".join(v for t, v in f if t == "KW"),
            "fields": f,
        })
    return out


APOSTROPHES = {"'", "\u2019", "\u2018", "\u02bc", "`"}


def normalise_title(text):
    """models/records/normalise.cpp, Normalise::title."""
    if "&" in text:
        text = html.unescape(text)  # "&quot;", "&amp;", as Normalise decodes entities
    text = re.sub(r"<[^>]{0,200}>", "", text)
    text = re.sub(r"\\[a-zA-Z]+\s*|[{}]", "", text)
    text = re.sub(r"\s*(?:©|\(c\)|copyright)\s.*$", "", text, flags=re.I | re.S)
    out, space = [], True
    for c in unicodedata.normalize("NFKD", text):
        cat = unicodedata.category(c)
        if cat[0] in "LN":
            out.append(c.lower())
            space = False
        elif c in APOSTROPHES:
            continue  # "children's" = "childrens", as in Normalise::text
        elif cat in ("Mn", "Mc", "Cf"):
            continue
        elif not space:
            out.append(" ")
            space = True
    return "".join(out).strip()


TRUE = {"1", "yes", "y", "true", "include", "included", "relevant"}
FALSE = {"0", "no", "n", "false", "exclude", "excluded", "irrelevant"}


def read_csv(path, label_column):
    csv.field_size_limit(1 << 30)
    texts, labels = [], []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = {c.lower(): c for c in reader.fieldnames}
        label = columns.get(label_column.lower())
        if label is None:
            sys.exit(f"{path}: no column {label_column}")
        for row in reader:
            value = (row.get(label) or "").strip().lower()
            if value in TRUE:
                y = 1
            elif value in FALSE:
                y = 0
            else:
                continue  # unlabelled rows are not part of the replay
            parts = [row.get(columns.get(c, ""), "") or "" for c in ("title", "abstract", "keywords")]
            texts.append(" ".join(parts))
            labels.append(y)
    return texts, labels


def read_pool(paths, relevant_path):
    pool = {}
    order = []
    for path in paths:
        for r in read_ris(path):
            key = normalise_title(r["title"])
            if not key:
                continue
            if key not in pool:
                pool[key] = r
                order.append(key)
            elif len(r["abstract"]) > len(pool[key]["abstract"]):
                pool[key] = r
    relevant = {normalise_title(r["title"]) for r in read_ris(relevant_path)}
    relevant.discard("")
    texts = [" ".join((pool[k]["title"], pool[k]["abstract"], pool[k]["keywords"])) for k in order]
    labels = [1 if k in relevant else 0 for k in order]
    return texts, labels


# --- the replay ----------------------------------------------------------------------------------

def make_model(name):
    if name == "nb":
        return MultinomialNB(alpha=3.822)
    return LogisticRegression(class_weight="balanced", max_iter=1000)


def replay(X, y, seed, model_name):
    n = X.shape[0]
    includes = [i for i in range(n) if y[i] == 1]
    excludes = [i for i in range(n) if y[i] == 0]
    order = [includes[splitmix64(2 * seed) % len(includes)],
             excludes[splitmix64(2 * seed + 1) % len(excludes)]]
    screened = np.zeros(n, dtype=bool)
    screened[order] = True
    total = len(includes)
    found = 1  # the prior include
    while found < total:
        labelled = np.flatnonzero(screened)
        model = make_model(model_name)
        model.fit(X[labelled], y[labelled])
        pool = np.flatnonzero(~screened)
        scores = model.predict_proba(X[pool])[:, 1]
        k = max(1, min(len(order) // 20, n // 200))
        # Descending score, ties in file order (a stable sort of the negated scores).
        best = pool[np.argsort(-scores, kind="stable")[:k]]
        for i in best:
            order.append(int(i))
            screened[i] = True
            found += y[i]
    return order


def metrics(order, y, n):
    total = int(sum(y))
    positions = [p + 1 for p, i in enumerate(order) if y[i] == 1]

    def wss(recall):
        need = math.ceil(recall * total - 1e-9)
        return (n - positions[need - 1]) / n - (1 - recall)

    top = math.ceil(n / 10)
    return {"wss95": wss(0.95), "wss100": wss(1.0),
            "rrf10": sum(1 for p in positions if p <= top) / total}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", nargs="+")
    parser.add_argument("--label-column", default="label_included")
    parser.add_argument("--relevant")
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--model", choices=["nb", "lr"], default="nb")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    if args.relevant:
        texts, labels = read_pool(args.dataset, args.relevant)
    else:
        texts, labels = read_csv(args.dataset[0], args.label_column)
    y = np.array(labels)
    X = TfidfVectorizer(stop_words="english").fit_transform(texts)
    started = time.perf_counter()
    runs = [metrics(replay(X, y, seed, args.model), y, len(y)) for seed in range(args.seeds)]
    seconds = time.perf_counter() - started
    mean = {key: sum(r[key] for r in runs) / len(runs) for key in runs[0]}
    result = {"records": len(y), "relevant": int(y.sum()), "seeds": args.seeds,
              "model": "sklearn-tfidf-" + args.model, "seconds": round(seconds, 2), **mean}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['model']}: {len(y)} records, {int(y.sum())} relevant, {args.seeds} seeds: "
              f"WSS@95 {mean['wss95']:.3f}  WSS@100 {mean['wss100']:.3f}  "
              f"RRF@10 {mean['rrf10']:.3f}  ({seconds:.1f} s)")


if __name__ == "__main__":
    main()
