#!/usr/bin/env python3
"""Builds a public expertise evaluation set from Debian's package index: who maintains what.

Reviewers are people (not teams) who maintain at least --min-packages source packages in Debian 12 "bookworm" main.
For each reviewer one package, chosen by a hash of its name, is held out as a *submission*; the reviewer's other
packages form their *archive* (their publications: the package's short description as the title, the long one as the
abstract). A submission is judged relevant to the reviewer who maintains it and to nobody else. Nothing here comes
from TechBridge's engine: the judgments are Debian's maintainer fields.

Variants (openreview-expertise layout, read by `techbridge affinity --openreview DIR`):
  en     English submissions against English archives.
  ko-en  The held-out packages whose description Debian's Korean translators translated, submitted in Korean.

Each variant directory holds archives/<reviewer>.jsonl, submissions.json and judgments.tsv
(submission_id<TAB>reviewer_id<TAB>relevance). Run `python3 data/eval/score_expertise.py` on the scores.

The package index and its translations must be in apt's lists; the script says how to fetch them when they are not.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

LISTS = "/var/lib/apt/lists"
TEAM = re.compile(r"team|maintainers|group|packaging|packagers|lists\.|alioth|tracker\.debian|qa@|debian-.*@", re.I)
FETCH = "apt-get update -o Acquire::Languages=en,ko"


def read_index(pattern):
    paths = sorted(glob.glob(os.path.join(LISTS, pattern)))
    if not paths:
        sys.exit(f"no {pattern} in {LISTS}; run: {FETCH}")
    for path in paths:
        text = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", path], check=True, capture_output=True, text=True).stdout
        for stanza in text.split("\n\n"):
            fields, key = {}, None
            for line in stanza.splitlines():
                if line.startswith(" ") and key:
                    fields[key] += "\n" + line[1:]
                elif ":" in line:
                    key, _, value = line.partition(":")
                    fields[key] = value.strip()
            if "Package" in fields:
                yield fields


def descriptions(language):
    found = {}
    for fields in read_index(f"*_dists_bookworm_main_i18n_Translation-{language}.lz4"):
        text = fields.get(f"Description-{language}", "")
        short, _, long = text.partition("\n")
        long = "\n".join("" if line.strip() == "." else line for line in long.splitlines()).strip()
        found[(fields["Package"], fields.get("Description-md5"))] = (short.strip(), long)
    return found


def person(maintainer):
    match = re.match(r"\s*(.*?)\s*<([^>]+)>", maintainer or "")
    if not match or TEAM.search(maintainer):
        return None
    return match.group(2).strip().lower()


def digest(text):
    return hashlib.sha1(text.encode()).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="/tmp/techbridge-expertise")
    parser.add_argument("--min-packages", type=int, default=5)
    parser.add_argument("--reviewers", type=int, default=400, help="at most this many reviewers (chosen by hash)")
    args = parser.parse_args()

    english = descriptions("en")
    korean = descriptions("ko")
    sources = {}  # source package -> (maintainer, [(binary, md5)])
    for fields in read_index("*_dists_bookworm_main_binary-amd64_Packages.lz4"):
        source = (fields.get("Source") or fields["Package"]).split(" ")[0]
        entry = sources.setdefault(source, [fields.get("Maintainer"), []])
        entry[1].append((fields["Package"], fields.get("Description-md5")))

    papers = {}  # source -> (title, abstract, korean (title, abstract) or None)
    by_person = {}
    for source, (maintainer, binaries) in sources.items():
        described = [(b, m) for b, m in binaries if (b, m) in english]
        if not described:
            continue
        # The binary named like the source, else the one with the longest description: one paper per source package.
        binary, md5 = max(described, key=lambda bm: (bm[0] == source, len(english[bm][1]), bm[0]))
        title, abstract = english[(binary, md5)]
        if len(abstract) < 40:
            continue
        papers[source] = (title, abstract, korean.get((binary, md5)))
        who = person(maintainer)
        if who:
            by_person.setdefault(who, []).append(source)

    reviewers = sorted((p for p, s in by_person.items() if len(s) >= args.min_packages), key=digest)[: args.reviewers]
    reviewers.sort()
    ids = {p: f"r{i:04d}" for i, p in enumerate(reviewers)}
    held_out = {p: min(by_person[p], key=digest) for p in reviewers}

    for variant in ("en", "ko-en"):
        root = os.path.join(args.out, variant)
        os.makedirs(os.path.join(root, "archives"), exist_ok=True)
        for old in glob.glob(os.path.join(root, "archives", "*.jsonl")):
            os.remove(old)
        submissions, judgments = {}, []
        for who in reviewers:
            rid = ids[who]
            with open(os.path.join(root, "archives", f"{rid}.jsonl"), "w", encoding="utf-8") as archive:
                for source in sorted(by_person[who]):
                    if source != held_out[who]:
                        title, abstract, _ = papers[source]
                        archive.write(json.dumps({"id": source, "content": {"title": title, "abstract": abstract}}, ensure_ascii=False) + "\n")
            source = held_out[who]
            title, abstract, ko = papers[source]
            if variant == "ko-en":
                if ko is None or not ko[1]:
                    continue
                title, abstract = ko
            submissions[source] = {"content": {"title": title, "abstract": abstract}}
            judgments.append((source, rid))
        with open(os.path.join(root, "submissions.json"), "w", encoding="utf-8") as out:
            json.dump(submissions, out, ensure_ascii=False, indent=0, sort_keys=True)
        with open(os.path.join(root, "judgments.tsv"), "w", encoding="utf-8") as out:
            out.write("submission_id\treviewer_id\trelevance\n")
            for source, rid in sorted(judgments):
                out.write(f"{source}\t{rid}\t1\n")
        archive_papers = sum(len(by_person[w]) - 1 for w in reviewers)
        print(f"{variant}: {len(reviewers)} reviewers, {archive_papers} archive papers, {len(submissions)} submissions -> {root}")


if __name__ == "__main__":
    main()
