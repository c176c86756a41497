#!/usr/bin/env python3
"""Scores expertise affinities against the judgments of build_debian_expertise.py.

  python3 data/eval/score_expertise.py DIR [--scores NAME=scores.csv ...] [--tfidf] [--split dev|test|all]

Each scores file is `techbridge affinity` output (submission_id,reviewer_id,score). For every system it prints:
  by submission  rank the reviewers for each submission: HitRate@1, MRR, Recall@10 of the reviewer who maintains it;
  by reviewer    rank the submissions for each reviewer by that reviewer's scores: HitRate@1 and MRR of their own
                 held-out package. This is the comparability test: it only works when a score means the same thing
                 for every submission.
--split keeps the submissions of one half (by a hash of their id): choose settings on dev, report test.
Ties count against the system (a tied competitor ranks first), so a constant score earns nothing.
Per system it also prints the same file with every submission's scores divided by that submission's best (the
affinity before v2) as NAME/rescaled, and with --tfidf a TF-IDF cosine baseline (the reviewer's papers as one profile).
"""
import argparse
import csv
import hashlib
import glob
import json
import math
import os
import re
from collections import Counter, defaultdict


def read_dataset(root):
    archives = {}
    for path in sorted(glob.glob(os.path.join(root, "archives", "*.jsonl"))):
        rid = os.path.basename(path)[: -len(".jsonl")]
        with open(path, encoding="utf-8") as f:
            archives[rid] = [json.loads(line)["content"] for line in f if line.strip()]
    with open(os.path.join(root, "submissions.json"), encoding="utf-8") as f:
        submissions = {k: v["content"] for k, v in json.load(f).items()}
    judged = defaultdict(set)
    with open(os.path.join(root, "judgments.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if int(row["relevance"]) > 0:
                judged[row["submission_id"]].add(row["reviewer_id"])
    return archives, submissions, judged


def read_scores(path):
    scores = defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            scores[row["submission_id"]][row["reviewer_id"]] = float(row["score"])
    return scores


def rescaled(scores):
    out = {}
    for sid, by_reviewer in scores.items():
        best = max(by_reviewer.values(), default=0.0)
        out[sid] = {r: (s / best if best > 0 else 0.0) for r, s in by_reviewer.items()}
    return out


def tokens(text):
    return re.findall(r"\w+", text.lower())


def tfidf(archives, submissions):
    profiles = {rid: Counter(t for p in papers for t in tokens(p["title"] + " " + p["abstract"])) for rid, papers in archives.items()}
    frequency = Counter(t for papers in archives.values() for p in papers for t in set(tokens(p["title"] + " " + p["abstract"])))
    count = sum(len(papers) for papers in archives.values())

    def vector(counts):
        v = {t: (1 + math.log(c)) * math.log((count + 1) / (frequency.get(t, 0) + 1)) for t, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    reviewer_vectors = {rid: vector(c) for rid, c in profiles.items()}
    scores = {}
    for sid, content in submissions.items():
        q = vector(Counter(tokens(content["title"] + " " + content["abstract"])))
        scores[sid] = {rid: sum(w * rv.get(t, 0.0) for t, w in q.items()) for rid, rv in reviewer_vectors.items()}
    return scores


def pessimistic_rank(score, others):
    return 1 + sum(1 for s in others if s >= score)


def evaluate(scores, judged, reviewers):
    hit, rr, recall = [], [], []
    for sid, relevant in judged.items():
        by_reviewer = scores.get(sid, {})
        for rid in relevant:
            mine = by_reviewer.get(rid, 0.0)
            rank = pessimistic_rank(mine, [by_reviewer.get(r, 0.0) for r in reviewers if r != rid])
            hit.append(rank == 1)
            rr.append(1 / rank)
            recall.append(rank <= 10)
    own = defaultdict(list)
    for sid, relevant in judged.items():
        for rid in relevant:
            own[rid].append(sid)
    r_hit, r_rr = [], []
    for rid, mine in own.items():
        for sid in mine:
            score = scores.get(sid, {}).get(rid, 0.0)
            rank = pessimistic_rank(score, [scores.get(other, {}).get(rid, 0.0) for other in judged if other != sid])
            r_hit.append(rank == 1)
            r_rr.append(1 / rank)
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    return mean(hit), mean(rr), mean(recall), mean(r_hit), mean(r_rr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--scores", action="append", default=[], metavar="NAME=FILE")
    parser.add_argument("--tfidf", action="store_true")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    args = parser.parse_args()
    archives, submissions, judged = read_dataset(args.dir)
    if args.split != "all":
        half = 0 if args.split == "dev" else 1
        judged = {sid: r for sid, r in judged.items() if int(hashlib.sha1(sid.encode()).hexdigest(), 16) % 2 == half}
    reviewers = sorted(archives)
    systems = []
    for spec in args.scores:
        name, _, path = spec.partition("=")
        scores = read_scores(path)
        systems += [(name, scores), (name + "/rescaled", rescaled(scores))]
    if args.tfidf:
        systems.append(("TF-IDF cosine", tfidf(archives, submissions)))
    print(f"{args.dir} ({args.split}): {len(reviewers)} reviewers, {sum(len(p) for p in archives.values())} papers, {len(judged)} judged submissions")
    print("| system | by submission HitRate@1 | MRR | Recall@10 | by reviewer HitRate@1 | MRR |")
    print("|---|---|---|---|---|---|")
    for name, scores in systems:
        h, m, r, rh, rm = evaluate(scores, judged, reviewers)
        print(f"| {name} | {h:.3f} | {m:.3f} | {r:.3f} | {rh:.3f} | {rm:.3f} |")


if __name__ == "__main__":
    main()
