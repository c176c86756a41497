"""Validates the BEIR files in ../techbridge-ko-en and prints the counts used in ../README.md.

    python3 validate.py        # exit status 1 on any problem
"""
import collections
import csv
import json
import os
import re
import sys

BASE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "techbridge-ko-en")
HANGUL = re.compile("[\uac00-\ud7a3]")
FIELDS = ["SEMICONDUCTOR", "DISPLAY", "SECONDARY_BATTERY", "FUTURE_MOBILITY", "CORE_MATERIALS",
          "INTELLIGENT_ROBOT", "ADVANCED_MANUFACTURING", "AEROSPACE_DEFENSE", "NEXTGEN_NUCLEAR",
          "ADVANCED_BIO", "NEW_ENERGY"]
problems = []


def read_jsonl(name, keys):
    rows = []
    with open(os.path.join(BASE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{n}: not JSON ({e})")
                continue
            if sorted(obj) != sorted(keys):
                problems.append(f"{name}:{n}: keys {sorted(obj)} != {sorted(keys)}")
            if any(not isinstance(obj.get(k), str) or not obj.get(k).strip() for k in keys):
                problems.append(f"{name}:{n}: empty or non-string value")
            rows.append(obj)
    ids = [r["_id"] for r in rows]
    for dup, c in collections.Counter(ids).items():
        if c > 1:
            problems.append(f"{name}: duplicate id {dup}")
    return rows


def sentences(text):
    text = re.sub(r"\b(Inc|Ltd|Co|e\.g|i\.e|U\.S|St|vs|No)\.", r"\1", text)
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


corpus = read_jsonl("corpus.jsonl", ["_id", "title", "text"])
queries = read_jsonl("queries.jsonl", ["_id", "text"])
doc_ids = {d["_id"] for d in corpus}
query_ids = {q["_id"] for q in queries}

qrels = collections.defaultdict(dict)
with open(os.path.join(BASE, "qrels", "test.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    if header != "query-id\tcorpus-id\tscore":
        problems.append(f"qrels header is {header!r}")
    for n, line in enumerate(f, 2):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3:
            problems.append(f"qrels:{n}: {len(parts)} columns")
            continue
        qid, did, score = parts
        if qid not in query_ids:
            problems.append(f"qrels:{n}: unknown query {qid}")
        if did not in doc_ids:
            problems.append(f"qrels:{n}: unknown document {did}")
        if score not in ("1", "2"):
            problems.append(f"qrels:{n}: score {score!r} not 1 or 2")
        if did in qrels[qid]:
            problems.append(f"qrels:{n}: duplicate pair {qid} {did}")
        qrels[qid][did] = int(score)
for q in queries:
    if not qrels.get(q["_id"]):
        problems.append(f"query {q['_id']} has no relevant document")
    elif 2 not in qrels[q["_id"]].values():
        problems.append(f"query {q['_id']} has no grade-2 document")

meta = {r["corpus-id"]: r for r in csv.DictReader(open(os.path.join(BASE, "corpus-meta.tsv"), encoding="utf-8"), delimiter="\t")}
qmeta = {r["query-id"]: r for r in csv.DictReader(open(os.path.join(BASE, "queries-meta.tsv"), encoding="utf-8"), delimiter="\t")}
if set(meta) != doc_ids:
    problems.append("corpus-meta.tsv ids differ from corpus.jsonl")
if set(qmeta) != query_ids:
    problems.append("queries-meta.tsv ids differ from queries.jsonl")

for d in corpus:
    ko = bool(HANGUL.search(d["title"]))
    n = sentences(d["text"])
    if ko and not 2 <= n <= 5:
        problems.append(f"{d['_id']}: Korean text has {n} sentences (want 2-5)")
    if not ko and not 3 <= n <= 6:
        problems.append(f"{d['_id']}: English text has {n} sentences (want 3-6)")
    if d["_id"].startswith("kr-") and not ko:
        problems.append(f"{d['_id']}: domestic document without a Korean title")
    if d["_id"].startswith(("ov-", "pt-", "gicc-")) and ko:
        problems.append(f"{d['_id']}: overseas document with a Korean title")

# ------------------------------------------------------------------ counts
lang = {d["_id"]: ("ko" if HANGUL.search(d["title"] + d["text"]) else "en") for d in corpus}
print(f"documents: {len(corpus)}  " + "  ".join(f"{k}={v}" for k, v in sorted(collections.Counter(lang.values()).items())))
print("documents by group: " + "  ".join(f"{k}={v}" for k, v in collections.Counter(m["group"] for m in meta.values()).items()))
print(f"{'field':24s} {'ko':>4s} {'en':>4s} {'all':>4s}")
for fld in FIELDS:
    ko = sum(1 for m in meta.values() if m["field"] == fld and m["lang"] == "ko")
    en = sum(1 for m in meta.values() if m["field"] == fld and m["lang"] == "en")
    print(f"{fld:24s} {ko:4d} {en:4d} {ko + en:4d}")
qlang = collections.Counter(m["lang"] for m in qmeta.values())
print(f"queries: {len(queries)}  ko={qlang['ko']} ({100 * qlang['ko'] / len(queries):.0f}%)  en={qlang['en']}")
print("queries by kind: " + "  ".join(f"{k}={v}" for k, v in collections.Counter(m["kind"] for m in qmeta.values()).items()))
print("queries by field: " + "  ".join(f"{k}={v}" for k, v in collections.Counter(m["field"] for m in qmeta.values()).items()))
grades = collections.Counter(g for r in qrels.values() for g in r.values())
sizes = sorted(len(r) for r in qrels.values())
print(f"judgments: {sum(grades.values())}  grade2={grades[2]}  grade1={grades[1]}  "
      f"per query min={sizes[0]} median={sizes[len(sizes) // 2]} max={sizes[-1]}  "
      f"1-5 relevant: {sum(1 for s in sizes if s <= 5)}/{len(sizes)}")
cross = sum(1 for q in queries for d in qrels[q["_id"]] if lang[d] != qmeta[q["_id"]]["lang"])
print(f"cross-lingual judgments (document language != query language): {cross}")
ko_q_en2 = sum(1 for q in queries if qmeta[q["_id"]]["lang"] == "ko"
               and any(lang[d] == "en" and g == 2 for d, g in qrels[q["_id"]].items()))
print(f"Korean queries with an English grade-2 document: {ko_q_en2}/{qlang['ko']}")
unjudged = doc_ids - {d for r in qrels.values() for d in r}
print(f"documents never judged relevant (distractors and uncovered neighbours): {len(unjudged)}")

if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nOK: JSON lines parse, ids unique, every qrels id exists, every query has a grade-2 document")
