#!/usr/bin/env python3
"""Extract English-Korean aligned pairs from the Korean UI catalogues of Debian packages.

Sources are gettext catalogues (.mo: msgid English -> msgstr Korean) and one Qt
catalogue (.qm: source text English -> translation Korean) shipped in Debian
bookworm packages. The packages are fetched with `apt-get download` (no install)
into a cache directory outside the repository and unpacked there with dpkg-deb.

LibreOffice *help* (libreoffice-help-ko / libreoffice-help-en-us) is deliberately
NOT a source: it is the material of the retrieval evaluation set in data/eval/,
and training on it would leak the evaluation.

Usage:
  python3 extract_parallel.py [--cache DIR] [--out PAIRS.tsv] [--manifest SOURCES.tsv]

Output: PAIRS.tsv, one pair per line "en<TAB>ko", de-duplicated and sorted
(deterministic), and SOURCES.tsv: package, version, licence(s), catalogues, pairs.
Standard library only (Python 3.11).
"""
import argparse
import html
import os
import re
import struct
import subprocess
import sys

# Packages whose Korean catalogues are used. Chosen for size and for technical /
# engineering vocabulary (GIS, CAD/electronics, office, science, imaging).
PACKAGES = [
    "libreoffice-l10n-ko", "qgis-common", "inkscape", "fontforge-common", "kicad",
    "vlc-l10n", "gimp-data", "evolution-common", "digikam-data", "calligrasheets-data",
    "coreutils", "network-manager", "audacity-data", "gnucash-common", "cinnamon-l10n",
    "kstars-data", "libgtk-3-common", "plasma-workspace-data", "gnome-control-center-data",
    "kdenlive-data", "pidgin-data", "anjuta-common", "libc-l10n",
    "evolution-data-server-common", "libglib2.0-data", "calligra-data", "hexchat-common",
    "gettext", "shotwell-common", "gnome-builder", "libgtk-4-common", "nautilus-data",
    "brasero-common", "thunar-data", "kalzium-data", "gnome-software-common", "iso-codes",
    "wget", "dpkg", "gnome-disk-utility", "rhythmbox-data", "geany-common", "gedit-common",
    "cantor", "tar", "poedit-common", "gnome-shell-common", "xfce4-settings",
    "gnumeric-common", "gnome-terminal-data", "seahorse", "gnome-calculator",
    "umbrello-data", "evince-common", "gnome-system-monitor", "deja-dup", "totem-common",
    "apt", "calligrawords-data", "systemd", "packagekit", "gtranslator", "gnome-maps",
    "gnome-boxes", "planner-data", "step", "simple-scan", "marble-data", "grep", "orca",
    "debconf-i18n", "baobab",
]
EXCLUDED = {"libreoffice-help-ko", "libreoffice-help-en-us", "libreoffice-help-common"}

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KO_CATALOGUE = re.compile(r"(/ko/LC_MESSAGES/[^/]+\.mo$)|(_ko\.qm$)")


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def download(pkg, debdir):
    if find_deb(pkg, debdir) is None:
        run(["apt-get", "download", "-q", pkg], cwd=debdir)
    deb = find_deb(pkg, debdir)
    return deb, run(["dpkg-deb", "-f", deb, "Version"]).strip()


def find_deb(pkg, debdir):
    for f in sorted(os.listdir(debdir)):
        if f.startswith(pkg + "_") and f.endswith(".deb"):
            return os.path.join(debdir, f)
    return None


def unpack(deb, dest):
    if not os.path.isdir(dest):
        os.makedirs(dest + ".tmp", exist_ok=True)
        run(["dpkg-deb", "-x", deb, dest + ".tmp"])
        os.rename(dest + ".tmp", dest)


def read_mo(path):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    _, n, o_orig, o_trans = struct.unpack(end + "4I", data[4:20])
    out = []
    charset = "utf-8"
    for i in range(n):
        ln, off = struct.unpack(end + "2I", data[o_orig + 8 * i:o_orig + 8 * i + 8])
        lt, ot = struct.unpack(end + "2I", data[o_trans + 8 * i:o_trans + 8 * i + 8])
        orig, trans = data[off:off + ln], data[ot:ot + lt]
        if ln == 0:
            m = re.search(rb"charset=([-\w]+)", trans)
            if m:
                charset = m.group(1).decode("ascii")
            continue
        out.append((orig, trans))
    res = []
    for orig, trans in out:
        try:
            o = orig.decode("utf-8")
            t = trans.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x04" in o:  # msgctxt \x04 msgid
            o = o.split("\x04", 1)[1]
        res.append((o.split("\x00")[0], t.split("\x00")[0]))
    return res


QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


def read_qm(path):
    data = open(path, "rb").read()
    if data[:16] != QM_MAGIC:
        return []
    pos, messages = 16, None
    while pos < len(data):
        tag, ln = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + ln]
        pos += 5 + ln
    res = []
    if messages is None:
        return res
    m, trans, src = 0, [], None
    while m < len(messages):
        tag = messages[m]
        m += 1
        if tag == 1:  # end of message
            if src is not None and trans:
                res.append((src, trans[0]))
            trans, src = [], None
        elif tag == 3:  # translation, UTF-16BE
            ln = struct.unpack(">I", messages[m:m + 4])[0]
            m += 4
            if ln != 0xFFFFFFFF:
                trans.append(messages[m:m + ln].decode("utf-16-be", "replace"))
                m += ln
        elif tag == 5:  # obsolete hash
            m += 4
        elif tag in (6, 7, 8):  # source text / context / comment, UTF-8
            ln = struct.unpack(">I", messages[m:m + 4])[0]
            m += 4
            if tag == 6:
                src = messages[m:m + ln].decode("utf-8", "replace")
            m += ln
        else:
            break  # unknown tag: stop rather than misalign
    return res


TAG = re.compile(r"<[^>]{0,200}>")
FMT = re.compile(r"%(\d+\$)?[-+ #0]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t|I64|I32|P)?[diouxXeEfFgGaAcspnSCmu%]"
                 r"|%\(\w+\)[sdif]|%\d+|%[A-Z_]+%|\{[\w.:,#=-]*\}|\$\{?\w+\}?|\$\(\w+\)")
KO_ACCEL = re.compile(r"\(\s*[_&~]?[A-Za-z0-9]\s*\)(?=\s*(\.\.\.|…|:)?\s*$|\s)")
ACCEL = re.compile(r"(?<![\w&])[_&~](?=\w)")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
KDE_SKIP = {"NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS", "Your names", "Your emails",
            "translator-credits", "translator_credits"}


def clean(s, korean=False):
    s = s.replace("\\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    s = TAG.sub(" ", s)
    s = FMT.sub(" ", s)
    if korean:
        s = KO_ACCEL.sub("", s)
    # accelerators: _File, &File, ~File (but keep HTML entities for unescape)
    s = ACCEL.sub("", ENTITY.sub(lambda mm: html.unescape(mm.group(0)), s))
    s = s.replace("\u2026", "...").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def licences(root, pkg):
    path = os.path.join(root, "usr/share/doc", pkg, "copyright")
    if not os.path.exists(path):
        return "?"
    text = open(path, encoding="utf-8", errors="replace").read()
    lic = []
    for m in re.finditer(r"^License:\s*(\S.*)$", text, re.M):
        v = m.group(1).strip()
        if v not in lic:
            lic.append(v)
    if not lic:  # free-form copyright file
        for key in ("GPL-3", "GPL-2", "LGPL", "GNU General Public License", "GNU Lesser", "MPL", "BSD", "MIT"):
            if key in text:
                lic.append(key)
    return "; ".join(lic[:6]) + (" ..." if len(lic) > 6 else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/tmp/techbridge-lexicon-cache")
    ap.add_argument("--out", default=None, help="pairs TSV (default CACHE/pairs.tsv)")
    ap.add_argument("--manifest", default=None, help="sources TSV (default next to this script's ../sources.tsv)")
    a = ap.parse_args()
    debdir = os.path.join(a.cache, "debs")
    os.makedirs(debdir, exist_ok=True)
    out = a.out or os.path.join(a.cache, "pairs.tsv")
    manifest = a.manifest or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources.tsv")
    assert not EXCLUDED & set(PACKAGES)
    pairs = set()
    rows = []
    for pkg in PACKAGES:
        deb, version = download(pkg, debdir)
        root = os.path.join(a.cache, "x", pkg)
        unpack(deb, root)
        cats, n_before = [], len(pairs)
        for d, _, files in sorted(os.walk(root)):
            for f in sorted(files):
                p = os.path.join(d, f)
                if not KO_CATALOGUE.search(p):
                    continue
                cats.append(os.path.relpath(p, root))
                raw = read_mo(p) if p.endswith(".mo") else read_qm(p)
                for en, ko in raw:
                    if en.strip() in KDE_SKIP or not ko.strip():
                        continue
                    en_c, ko_c = clean(en), clean(ko, korean=True)
                    if not en_c or not ko_c or en_c == ko_c or not HANGUL.search(ko_c):
                        continue
                    if not re.search(r"[A-Za-z]", en_c) or len(en_c) > 600 or len(ko_c) > 600:
                        continue
                    pairs.add((en_c, ko_c))
        rows.append((pkg, version, licences(root, pkg), len(cats), len(pairs) - n_before))
        print(f"{pkg}\t{version}\t{len(cats)} catalogues\t+{len(pairs) - n_before} pairs", file=sys.stderr)
    with open(out, "w", encoding="utf-8") as fo:
        for en, ko in sorted(pairs):
            fo.write(f"{en}\t{ko}\n")
    with open(manifest, "w", encoding="utf-8") as fo:
        fo.write("package\tversion\tlicences (copyright file)\tko_catalogues\tnew_pairs\n")
        for r in rows:
            fo.write("\t".join(map(str, r)) + "\n")
    print(f"{len(pairs)} pairs -> {out}; sources -> {manifest}", file=sys.stderr)


if __name__ == "__main__":
    main()
