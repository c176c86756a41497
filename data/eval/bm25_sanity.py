#!/usr/bin/env python3
"""Throwaway sanity check: does the lexicon help cross-lingual BM25 retrieval?

Runs a plain BM25 (k1=0.9, b=0.4) over a BEIR directory made by
build_libreoffice_help.py and reports Hit@1 and nDCG@10 on one qrels split.
  --mode none     query tokens as they are (Korean query vs English corpus: only
                  shared Latin tokens such as "VBA" or "PDF" can match)
  --mode lexicon  each query word is replaced by its top-3 translations from
                  data/lexicon/ko-en.tsv weighted by p(en|ko) (ko->en) or p(ko|en)
                  (en->ko), weights normalised to sum to 1 per query word; words
                  without an entry are kept as they are (weight 1)
Tokenisation is data/lexicon/build/textnorm.py (Korean stems resolved against the
lexicon's Korean words; English stop words dropped).

Usage: python3 bm25_sanity.py --dir /tmp/techbridge-eval/ko-en --split test --mode lexicon
Standard library only (Python 3.11).
"""
import argparse
import json
import math
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lexicon", "build"))
from textnorm import EN_STOP, KO_STOP, HANGUL, en_tokens, ko_tokens  # noqa: E402


def load_lexicon(path):
    ko_en, en_ko = defaultdict(list), defaultdict(list)
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            ko, en, pek, pke, _ = line.rstrip("\n").split("\t")
            ko_en[ko].append((float(pek), en))
            en_ko[en].append((float(pke), ko))
    return ko_en, en_ko


def tokens(text, lang, known):
    if lang == "ko":
        return [t for t in ko_tokens(text, known) if t not in KO_STOP and t not in EN_STOP]
    return [t for t in en_tokens(text) if t not in EN_STOP]


def translate(toks, table, k=3):
    q = Counter()
    for t in toks:
        cands = sorted(table.get(t, ()), key=lambda z: (-z[0], z[1]))[:k]
        if not cands:
            q[t] += 1.0
            continue
        z = sum(p for p, _ in cands)
        for p, w in cands:
            q[w] += p / z
    return q


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True, help="BEIR variant dir, e.g. /tmp/techbridge-eval/ko-en")
    ap.add_argument("--split", default="test")
    ap.add_argument("--mode", choices=["none", "lexicon"], default="none")
    ap.add_argument("--lexicon", default=os.path.join(HERE, "..", "lexicon", "ko-en.tsv"))
    ap.add_argument("--top", type=int, default=3, help="translations per query word")
    a = ap.parse_args()
    variant = os.path.basename(os.path.normpath(a.dir))
    qlang, dlang = variant.split("-")[:2]
    ko_en, en_ko = load_lexicon(a.lexicon)
    known = set(ko_en)

    docs, ids = [], []
    with open(os.path.join(a.dir, "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            ids.append(d["_id"])
            docs.append(Counter(tokens(d["title"] + "\n" + d["text"], dlang, known)))
    n = len(docs)
    avgdl = sum(sum(d.values()) for d in docs) / n
    df = Counter(w for d in docs for w in d)
    postings = defaultdict(list)
    for i, d in enumerate(docs):
        dl = sum(d.values())
        for w, tf in d.items():
            postings[w].append((i, tf * 1.9 / (tf + 0.9 * (0.6 + 0.4 * dl / avgdl))))
    idf = {w: math.log(1 + (n - c + 0.5) / (c + 0.5)) for w, c in df.items()}

    queries = {}
    with open(os.path.join(a.dir, "queries.jsonl"), encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            queries[q["_id"]] = q["text"]
    qrels = {}
    with open(os.path.join(a.dir, "qrels", a.split + ".tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            qid, did, _ = line.rstrip("\n").split("\t")
            qrels[qid] = did

    hit1 = ndcg = 0.0
    for qid, rel in sorted(qrels.items()):
        toks = tokens(queries[qid], qlang, known)
        if a.mode == "lexicon" and qlang != dlang:
            q = translate(toks, ko_en if qlang == "ko" else en_ko, a.top)
        else:
            q = Counter(toks)
        scores = defaultdict(float)
        for w, wt in q.items():
            for i, s in postings.get(w, ()):
                scores[i] += wt * idf[w] * s
        ranked = sorted(scores.items(), key=lambda z: (-z[1], ids[z[0]]))[:10]
        for r, (i, _) in enumerate(ranked):
            if ids[i] == rel:
                hit1 += r == 0
                ndcg += 1 / math.log2(r + 2)
                break
    m = len(qrels)
    print(f"{variant}\t{a.split}\t{a.mode}\tqueries={m}\tHit@1={hit1 / m:.3f}\tnDCG@10={ndcg / m:.3f}")


if __name__ == "__main__":
    main()
