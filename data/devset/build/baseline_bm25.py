"""Throwaway lexical baseline used only to check that the dev set is not trivial.

Not the TechBridge engine. BM25 (k1=1.2, b=0.75) over title+text with English word tokens and
Korean character bigrams; optionally each query is expanded with every glossary entry
(../../seed/glossary.csv) whose Korean or English term occurs in it.

    python3 baseline_bm25.py
"""
import collections
import csv
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(HERE), "techbridge-ko-en")
GLOSSARY = os.path.join(os.path.dirname(os.path.dirname(HERE)), "seed", "glossary.csv")
STOP = set("the a an and or of for in on to with by from at as is are be that this its it their "
           "we our which can such into than more most also other all".split())


def tokens(text):
    text = text.lower()
    out = [w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP and len(w) > 1]
    for w in re.findall(r"[\uac00-\ud7a3]+", text):
        out.extend([w] if len(w) == 1 else [w[i:i + 2] for i in range(len(w) - 1)])
    return out


def load():
    docs = [json.loads(line) for line in open(os.path.join(BASE, "corpus.jsonl"), encoding="utf-8")]
    queries = [json.loads(line) for line in open(os.path.join(BASE, "queries.jsonl"), encoding="utf-8")]
    qrels = collections.defaultdict(dict)
    with open(os.path.join(BASE, "qrels", "test.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            q, d, s = line.rstrip("\n").split("\t")
            qrels[q][d] = int(s)
    return docs, queries, qrels


def glossary():
    pairs = collections.defaultdict(set)
    for row in csv.DictReader(open(GLOSSARY, encoding="utf-8")):
        ko, en = row["ko"].lower(), row["en"].lower()
        pairs[ko].add(en)
        pairs[en].add(ko)
    return pairs


def ndcg10(ranked, rel):
    dcg = sum(rel.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted(rel.values(), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg


def main():
    docs, queries, qrels = load()
    terms = [collections.Counter(tokens(d["title"] + " " + d["text"])) for d in docs]
    lengths = [sum(t.values()) for t in terms]
    avg = sum(lengths) / len(lengths)
    df = collections.Counter(w for t in terms for w in t)
    n = len(docs)
    gl = glossary()

    def search(text):
        q = set(tokens(text))
        scores = []
        for i, t in enumerate(terms):
            s = 0.0
            for w in q & t.keys():
                idf = math.log(1 + (n - df[w] + 0.5) / (df[w] + 0.5))
                s += idf * t[w] * 2.2 / (t[w] + 1.2 * (0.25 + 0.75 * lengths[i] / avg))
            scores.append((s, docs[i]["_id"]))
        return [d for s, d in sorted(scores, reverse=True) if s > 0]

    def expand(text):
        low = text.lower()
        extra = [e for k, vs in gl.items() if len(k) >= 2 and k in low for e in vs]
        return text + " " + " ".join(extra)

    hangul = re.compile("[\uac00-\ud7a3]")
    for name, fn in (("BM25", lambda t: t), ("BM25 + glossary expansion", expand)):
        by_lang = collections.defaultdict(list)
        recall = []
        for q in queries:
            ranked = search(fn(q["text"]))
            rel = qrels[q["_id"]]
            by_lang["ko" if hangul.search(q["text"]) else "en"].append(ndcg10(ranked, rel))
            recall.append(sum(1 for d in ranked[:100] if d in rel) / len(rel))
        every = by_lang["ko"] + by_lang["en"]
        print(f"{name:28s} nDCG@10 all={sum(every) / len(every):.3f} "
              f"ko={sum(by_lang['ko']) / len(by_lang['ko']):.3f} en={sum(by_lang['en']) / len(by_lang['en']):.3f} "
              f"Recall@100={sum(recall) / len(recall):.3f}")


if __name__ == "__main__":
    main()
