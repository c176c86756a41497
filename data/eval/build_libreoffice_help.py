#!/usr/bin/env python3
"""Build Korean/English retrieval evaluation sets (BEIR layout) from LibreOffice help.

Source: Debian bookworm packages libreoffice-help-ko and libreoffice-help-en-us
(the same help pages, same file names, in Korean and in English; MPL-2.0 /
CC-BY-SA-3.0 documentation, see data/eval/README.md). They are fetched with
`apt-get download` into a cache outside the repository and unpacked with dpkg-deb.
This help is NOT used to train data/lexicon (extract_parallel.py never reads it).

Variants written under OUT/<variant>/ (corpus.jsonl, queries.jsonl, qrels/{dev,test}.tsv):
  ko-en  query: Korean page title (+ its first sentence when the title is a single
         word or is shared by another kept page); corpus: English pages, title + body.
  en-ko  mirrored: English title query against Korean pages.
  ko-ko  query: Korean title only; corpus: Korean bodies without the title or <h1>.
  en-en  query: English title only; corpus: English bodies without the title or <h1>.
  ko-en-bodyonly, en-ko-bodyonly  cross-lingual with the monolingual recipe (title-only
         query, bodies without title), so they compare directly with ko-ko / en-en.
The relevant document of each query is the same page (score 1). Queries are split
into dev (30 %) and test (70 %) by hashing the page id (sha1), the same split in
every variant.

Usage: python3 build_libreoffice_help.py [--cache DIR] [--out DIR]
Standard library only (Python 3.11).
"""
import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

PACKAGES = ["libreoffice-help-ko", "libreoffice-help-en-us"]
HELP = "usr/share/libreoffice/help"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")
CAP = 2000
MIN_BODY = 200


def fetch(cache):
    debdir = os.path.join(cache, "debs")
    os.makedirs(debdir, exist_ok=True)
    versions = {}
    for pkg in PACKAGES:
        deb = next((f for f in sorted(os.listdir(debdir)) if f.startswith(pkg + "_")), None)
        if deb is None:
            subprocess.run(["apt-get", "download", "-q", pkg], cwd=debdir, check=True, capture_output=True)
            deb = next(f for f in sorted(os.listdir(debdir)) if f.startswith(pkg + "_"))
        path = os.path.join(debdir, deb)
        versions[pkg] = subprocess.run(["dpkg-deb", "-f", path, "Version"], check=True, capture_output=True,
                                       text=True).stdout.strip()
        root = os.path.join(cache, "x")
        marker = os.path.join(root, ".done-" + pkg)
        if not os.path.exists(marker):
            os.makedirs(root, exist_ok=True)
            subprocess.run(["dpkg-deb", "-x", path, root], check=True)
            open(marker, "w").close()
    return os.path.join(cache, "x", HELP), versions


def text_of(fragment):
    fragment = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", fragment, flags=re.S)
    fragment = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>|</td>|</tr>|</div>|</pre>", "\n", fragment)
    fragment = re.sub(r"<[^>]+>", " ", fragment)
    fragment = html.unescape(fragment).replace("\u00a0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in fragment.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def parse(path):
    s = open(path, encoding="utf-8").read()
    m = re.search(r"<title>(.*?)</title>", s, re.S)
    title = html.unescape(re.sub(r"\s+", " ", m.group(1))).strip() if m else ""
    i = s.find('id="DisplayArea"')
    if i < 0:
        return title, "", ""
    area = s[s.index(">", i) + 1:]
    for stop in ('<a name="relatedtopics">', '<div id="SearchFrame">', "<footer"):
        j = area.find(stop)
        if j >= 0:
            area = area[:j]
    area = re.sub(r'<span hidden="true"[^>]*>(?:[^<]|<(?!/?span)[^>]*>|<span[^>]*>[^<]*</span>)*</span>', " ", area)
    body = text_of(area)
    body_no_h1 = text_of(re.sub(r"<h1[^>]*>.*?</h1>", " ", area, flags=re.S))
    return title, body, body_no_h1


def first_sentence(body, title):
    for ln in body.split("\n"):
        if ln.strip() == title.strip() or len(ln) < 15:
            continue
        m = re.match(r"(.{15,200}?[.!?。])(\s|$)", ln)
        return (m.group(1) if m else ln[:200]).strip()
    return ""


def cap(t):
    return t if len(t) <= CAP else t[:CAP].rsplit(" ", 1)[0]


def shingles(text, n=5):
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def is_dev(pid):
    return int(hashlib.sha1(pid.encode("utf-8")).hexdigest()[:8], 16) % 10 < 3


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/tmp/techbridge-eval-cache")
    ap.add_argument("--out", default="/tmp/techbridge-eval")
    a = ap.parse_args()
    helpdir, versions = fetch(a.cache)

    pages, stats = [], Counter()
    ko_root = os.path.join(helpdir, "ko")
    for d, _, files in sorted(os.walk(ko_root)):
        for f in sorted(files):
            if not f.endswith(".html"):
                continue
            rel = os.path.relpath(os.path.join(d, f), ko_root)
            en_path = os.path.join(helpdir, "en-US", rel)
            stats["pages"] += 1
            if not os.path.exists(en_path):
                stats["no English page"] += 1
                continue
            kt, kb, kb1 = parse(os.path.join(d, f))
            et, eb, eb1 = parse(en_path)
            if len(kb1) < MIN_BODY or len(eb1) < MIN_BODY or not kt or not et:
                stats["stub (body < 200 chars)"] += 1
                continue
            h, l = len(HANGUL.findall(kb)), len(LATIN.findall(kb))
            if not HANGUL.search(kt) or h < 0.3 * (h + l):
                stats["Korean untranslated"] += 1
                continue
            pid = rel[:-len(".html")].replace("/", "-")
            pages.append(dict(id=pid, kt=kt, kb=kb, kb1=kb1, et=et, eb=eb, eb1=eb1))

    # near-duplicates: English body 5-gram shingle Jaccard >= 0.8 with an earlier kept page
    kept, index = [], defaultdict(list)
    for p in pages:
        sh = shingles(p["eb1"])
        cand = Counter(j for s in sh for j in index.get(s, ()))
        dup = any(c / len(sh | kept[j][1]) >= 0.8 for j, c in cand.items())
        if dup:
            stats["near-duplicate"] += 1
            continue
        for s in sh:
            index[s].append(len(kept))
        kept.append((p, sh))
    pages = [p for p, _ in kept]

    kt_count = Counter(p["kt"] for p in pages)
    et_count = Counter(p["et"] for p in pages)

    def query(title, body, counts):
        if len(title.split()) < 2 or counts[title] > 1:
            fs = first_sentence(body, title)
            if fs:
                return f"{title}. {fs}"
        return title

    variants = {
        "ko-en": (lambda p: query(p["kt"], p["kb1"], kt_count), lambda p: (p["et"], cap(p["eb1"]))),
        "en-ko": (lambda p: query(p["et"], p["eb1"], et_count), lambda p: (p["kt"], cap(p["kb1"]))),
        "ko-ko": (lambda p: p["kt"], lambda p: ("", cap(p["kb1"]))),
        "en-en": (lambda p: p["et"], lambda p: ("", cap(p["eb1"]))),
        # cross-lingual counterparts of ko-ko / en-en (title-only query, bodies without title),
        # directly comparable with the monolingual figures
        "ko-en-bodyonly": (lambda p: p["kt"], lambda p: ("", cap(p["eb1"]))),
        "en-ko-bodyonly": (lambda p: p["et"], lambda p: ("", cap(p["kb1"]))),
    }
    summary = {}
    for name, (qf, df) in variants.items():
        out = os.path.join(a.out, name)
        os.makedirs(os.path.join(out, "qrels"), exist_ok=True)
        with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as fc, \
                open(os.path.join(out, "queries.jsonl"), "w", encoding="utf-8") as fq, \
                open(os.path.join(out, "qrels", "dev.tsv"), "w", encoding="utf-8") as fd, \
                open(os.path.join(out, "qrels", "test.tsv"), "w", encoding="utf-8") as ft:
            fd.write("query-id\tcorpus-id\tscore\n")
            ft.write("query-id\tcorpus-id\tscore\n")
            n = Counter()
            for p in pages:
                t, x = df(p)
                fc.write(json.dumps({"_id": p["id"], "title": t, "text": x}, ensure_ascii=False) + "\n")
                fq.write(json.dumps({"_id": p["id"], "text": qf(p)}, ensure_ascii=False) + "\n")
                split = "dev" if is_dev(p["id"]) else "test"
                (fd if split == "dev" else ft).write(f"{p['id']}\t{p['id']}\t1\n")
                n[split] += 1
        summary[name] = dict(n)
    print(json.dumps({"versions": versions, "filtered": stats, "kept_pages": len(pages), "queries": summary},
                     ensure_ascii=False, indent=1), file=sys.stderr)


if __name__ == "__main__":
    main()
