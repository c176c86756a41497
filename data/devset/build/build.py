"""Builds the TechBridge ko-en dev set (BEIR layout) from the authored modules in this folder.

    python3 build.py          # writes ../techbridge-ko-en/{corpus.jsonl,queries.jsonl,qrels/test.tsv}
                              # plus corpus-meta.tsv and queries-meta.tsv, then validates

Deterministic: same sources, same bytes out.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_centers_partners  # noqa: E402,F401  (declarations register themselves)
import docs_overseas_1  # noqa: E402,F401
import docs_overseas_2  # noqa: E402,F401
import docs_korea_1  # noqa: E402,F401
import docs_korea_2  # noqa: E402,F401
from docs_common import DOCS  # noqa: E402
from queries import QUERIES  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "techbridge-ko-en")
HANGUL = re.compile("[\uac00-\ud7a3]")


def lang(text):
    return "ko" if HANGUL.search(text) else "en"


def group(doc_id):
    return {"gicc": "center", "pt": "partner-host", "ov": "overseas", "kr": "domestic"}[doc_id.split("-")[0]]


def judge(query, docs_by_id):
    grades = {}
    for term in query["judge"]:
        if term.startswith("@"):
            doc_id, g = term[1:].rsplit("=", 1)
            if doc_id not in docs_by_id:
                raise SystemExit(f"{query['_id']}: unknown document {doc_id}")
            grades[doc_id] = int(g)
        elif term.startswith("-"):
            if term[1:] not in docs_by_id:
                raise SystemExit(f"{query['_id']}: unknown document {term[1:]}")
            grades.pop(term[1:], None)
        else:
            tag, g = term.rsplit("=", 1)
            g = int(g)
            hit = False
            for d in DOCS:
                if tag in d["primary"]:
                    grades[d["_id"]] = max(grades.get(d["_id"], 0), g)
                    hit = True
                elif tag in d["secondary"]:
                    hit = True
                    if g == 2:
                        grades[d["_id"]] = max(grades.get(d["_id"], 0), 1)
            if not hit:
                raise SystemExit(f"{query['_id']}: tag {tag} matches no document")
    return {k: v for k, v in grades.items() if v > 0}


def main():
    docs_by_id = {}
    for d in DOCS:
        if d["_id"] in docs_by_id:
            raise SystemExit(f"duplicate document id {d['_id']}")
        docs_by_id[d["_id"]] = d
    for i, q in enumerate(QUERIES, 1):
        q["_id"] = f"q{i:03d}"
    qrels = [(q["_id"], judge(q, docs_by_id)) for q in QUERIES]

    os.makedirs(os.path.join(OUT, "qrels"), exist_ok=True)
    with open(os.path.join(OUT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"_id": d["_id"], "title": d["title"], "text": d["text"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in QUERIES:
            f.write(json.dumps({"_id": q["_id"], "text": q["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "qrels", "test.tsv"), "w", encoding="utf-8") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for qid, grades in qrels:
            for doc_id in sorted(grades, key=lambda k: (-grades[k], k)):
                f.write(f"{qid}\t{doc_id}\t{grades[doc_id]}\n")
    with open(os.path.join(OUT, "corpus-meta.tsv"), "w", encoding="utf-8") as f:
        f.write("corpus-id\tlang\tgroup\tfield\tprimary_tags\tsecondary_tags\n")
        for d in DOCS:
            f.write("\t".join([d["_id"], lang(d["title"] + d["text"]), group(d["_id"]), d["field"],
                               " ".join(d["primary"]), " ".join(d["secondary"])]) + "\n")
    with open(os.path.join(OUT, "queries-meta.tsv"), "w", encoding="utf-8") as f:
        f.write("query-id\tlang\tkind\tfield\tsource\tjudgment\n")
        for q in QUERIES:
            f.write("\t".join([q["_id"], lang(q["text"]), q["kind"], q["field"], q["source"],
                               " ".join(q["judge"])]) + "\n")
    print(f"wrote {len(DOCS)} documents, {len(QUERIES)} queries, "
          f"{sum(len(g) for _, g in qrels)} judgments to {OUT}")


if __name__ == "__main__":
    main()
