#!/usr/bin/env python3
"""Learn a weighted Korean-English word lexicon from aligned pairs with IBM Model 1.

Input: the pairs TSV from extract_parallel.py ("en<TAB>ko" per line).
Trains IBM Model 1 (EM, fixed iteration count, with a NULL source word) in both
directions: t(en|ko) and t(ko|en). Keeps a (ko, en) pair when
  - it co-occurs in >= --min-count pairs,
  - neither side is a stop word / function word, a number or a 1-character token,
  - the Korean side contains Hangul,
  - and the directions agree: p(en|ko) >= 0.1 and p(ko|en) >= 0.05, or each is in
    the other's top 3 with p(en|ko) >= 0.05 and p(ko|en) >= 0.02.
Output TSV: ko, en, p_en_given_ko, p_ko_given_en, count; sorted by ko, then p_en_given_ko
descending (ties by en). Deterministic: sorted inputs, fixed iterations, fixed rounding.

Usage: python3 learn_lexicon.py [--pairs PAIRS.tsv] [--out ../ko-en.tsv] [--iterations 8]
Standard library only (Python 3.11).
"""
import argparse
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textnorm import EN_STOP, KO_STOP, HANGUL, en_tokens, ko_raw_tokens, ko_word, is_number  # noqa: E402

MAX_TOKENS = 40


def load(path):
    raw = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                raw.append((en_tokens(parts[0]), ko_raw_tokens(parts[1])))
    # known Korean stems: unconditionally stripped forms seen >= 2 times
    c = Counter(ko_word(t) for _, ko in raw for t in ko if HANGUL.match(t))
    known = {w for w, n in c.items() if n >= 2}
    data, seen = [], set()
    for en, ko in raw:
        ko = [ko_word(t, known) if HANGUL.match(t) else t for t in ko]
        if not en or not ko or len(en) > MAX_TOKENS or len(ko) > MAX_TOKENS:
            continue
        if max(len(en), len(ko)) > 4 * min(len(en), len(ko)) + 2:
            continue
        key = (tuple(en), tuple(ko))
        if key not in seen:  # identical after tokenisation: count once
            seen.add(key)
            data.append((en, ko))
    return data


def ibm1(pairs, iterations, label):
    """pairs: list of (target_ids, source_ids); source id 0 is NULL.
    Returns t[source][target] = p(target | source)."""
    t = defaultdict(dict)
    for tgt, src in pairs:  # uniform initialisation over co-occurring targets
        for s in set(src) | {0}:
            d = t[s]
            for x in tgt:
                d[x] = 1.0
    for d in t.values():
        u = 1.0 / len(d)
        for x in d:
            d[x] = u
    for it in range(iterations):
        count = {s: {} for s in t}
        for tgt, src in pairs:
            srcs = [0] + src
            tabs = [t[s] for s in srcs]
            cnts = [count[s] for s in srcs]
            for x in tgt:
                probs = [tb[x] for tb in tabs]
                z = sum(probs)
                for cb, p in zip(cnts, probs):
                    cb[x] = cb.get(x, 0.0) + p / z
        for s, cb in count.items():
            z = sum(cb.values())
            t[s] = {x: c / z for x, c in cb.items()}
        print(f"{label}: iteration {it + 1}/{iterations}", file=sys.stderr)
    return t


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", default="/tmp/techbridge-lexicon-cache/pairs.tsv")
    ap.add_argument("--out", default=os.path.join(here, "..", "ko-en.tsv"))
    ap.add_argument("--iterations", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=2)
    a = ap.parse_args()

    data = load(a.pairs)
    print(f"{len(data)} training pairs", file=sys.stderr)
    en_vocab = sorted({w for en, _ in data for w in en})
    ko_vocab = sorted({w for _, ko in data for w in ko})
    en_id = {w: i + 1 for i, w in enumerate(en_vocab)}
    ko_id = {w: i + 1 for i, w in enumerate(ko_vocab)}
    ids = [([en_id[w] for w in en], [ko_id[w] for w in ko]) for en, ko in data]

    cooc = Counter()
    for en, ko in ids:
        for k in set(ko):
            for e in set(en):
                cooc[(k, e)] += 1

    t_e_k = ibm1(ids, a.iterations, "p(en|ko)")  # t_e_k[ko][en]
    t_k_e = ibm1([(ko, en) for en, ko in ids], a.iterations, "p(ko|en)")  # t_k_e[en][ko]

    def top3(table):
        return {s: {x for x, _ in sorted(d.items(), key=lambda z: (-z[1], z[0]))[:3]} for s, d in table.items() if s}

    top_e = top3(t_e_k)
    top_k = top3(t_k_e)

    def ok_en(w):
        return w not in EN_STOP and len(w) > 1 and not is_number(w)

    rows = []
    for (k, e), n in cooc.items():
        if n < a.min_count:
            continue
        kw, ew = ko_vocab[k - 1], en_vocab[e - 1]
        if not ok_en(ew) or not HANGUL.search(kw) or kw in KO_STOP:
            continue
        pek = t_e_k[k].get(e, 0.0)
        pke = t_k_e[e].get(k, 0.0)
        agree = pek >= 0.1 and pke >= 0.05
        mutual = e in top_e.get(k, ()) and k in top_k.get(e, ()) and pek >= 0.05 and pke >= 0.02
        if agree or mutual:
            rows.append((kw, ew, round(pek, 4), round(pke, 4), n))
    rows.sort(key=lambda r: (r[0], -r[2], r[1]))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("ko\ten\tp_en_given_ko\tp_ko_given_en\tcount\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]:.4f}\t{r[3]:.4f}\t{r[4]}\n")
    print(f"{len(rows)} pairs, {len({r[0] for r in rows})} Korean words, {len({r[1] for r in rows})} English words -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
