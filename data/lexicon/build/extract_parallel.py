#!/usr/bin/env python3
"""Extract English-Korean aligned pairs from the Korean UI catalogues of Debian packages.

Sources are gettext catalogues (.mo: msgid English -> msgstr Korean), Qt
catalogues (.qm: source text English -> translation Korean), GNOME Mallard help
pages (usr/share/help/C vs usr/share/help/ko, aligned block by block) and the GIMP
user manual (gimp-help-en vs gimp-help-ko, aligned block by block), all shipped in
Debian bookworm packages. The packages are fetched with `apt-get download` (no install)
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
    # second batch: science, engineering, weather, finance, geography, CAD/electronics (Qt .qm too)
    "stellarium-data", "scribus-data", "freeciv-data", "prusa-slicer", "pluma-common",
    "kgeography-data", "skrooge-common", "caja-common", "mate-control-center-common", "lmms-common",
    "libgweather-4-common", "librecad-data", "audacious-plugins-data", "fritzing-data",
    "xfce4-weather-plugin", "cheese-common", "zim", "kmplot", "mate-desktop-common", "rocs",
    "gnome-clocks", "kbruch", "ktouch-data", "gnome-font-viewer", "gnome-contacts",
    "gnome-power-manager", "gnome-sound-recorder", "gnome-weather", "gnome-characters",
    # documentation, aligned paragraph by paragraph (GNOME Mallard help: C vs ko in the same package)
    "gnome-user-docs",
]
# page-aligned documentation: (Korean package, English package, Korean root, English root, file suffix,
# licence: the packages' copyright file is a symlink to gimp-help-common's, which says GFDL-NIV-1.2+)
DOCS = [
    ("gimp-help-ko", "gimp-help-en", "usr/share/gimp/2.0/help/ko", "usr/share/gimp/2.0/help/en", ".html",
     "GFDL-NIV-1.2+ (gimp-help-common copyright)"),
]
EXCLUDED = {"libreoffice-help-ko", "libreoffice-help-en-us", "libreoffice-help-common"}
CLDR = "unicode-cldr-core"
CLDR_DIRS = ["annotations", "annotationsDerived", "main", "subdivisions"]

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KO_CATALOGUE = re.compile(r"(/ko/LC_MESSAGES/[^/]+\.mo$)|(/localization/ko/[^/]+\.mo$)|([_/.]ko\.qm$)")
KO_HELP = re.compile(r"/usr/share/help/ko/.+\.page$")
BLOCK = re.compile(r"<(p|title|desc|item|td|th|h[1-6]|dt|li|figcaption)\b[^>]*>(.*?)</\1>", re.S)


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


def read_blocks(path):
    """Text blocks of an HTML/Mallard page, in document order (nested blocks repeat text; both
    languages are generated from one source, so the sequences line up)."""
    s = open(path, encoding="utf-8", errors="replace").read()
    s = re.sub(r"<(script|style|code|screen|pre)\b[^>]*>.*?</\1>", " ", s, flags=re.S)
    return [m.group(2) for m in BLOCK.finditer(s)]


def read_aligned(en_path, ko_path):
    """Paragraph pairs of two versions of one page; none if the block counts differ."""
    if not os.path.exists(en_path):
        return []
    a, b = read_blocks(en_path), read_blocks(ko_path)
    return list(zip(a, b)) if len(a) == len(b) else []


def read_cldr(en_path, ko_path):
    """Leaf texts of two CLDR XML files aligned by their element path and attributes
    (emoji names and keywords, language/territory/unit/currency names, subdivisions)."""
    import xml.etree.ElementTree as ET

    def leaves(path):
        out = {}

        def walk(el, key):
            k = key + ((el.tag, tuple(sorted((a, v) for a, v in el.attrib.items() if a != "draft"))),)
            kids = list(el)
            if not kids and el.text and el.text.strip():
                out[k] = el.text.strip().replace(" | ", " , ")
            for c in kids:
                walk(c, k)
        walk(ET.parse(path).getroot(), ())
        return out
    e, k = leaves(en_path), leaves(ko_path)
    return [(e[x], k[x]) for x in sorted(set(e) & set(k), key=repr)]


def read_ddtp(path, lang):
    """Translation-<lang> file: {Description-md5: [short, paragraph, ...]}."""
    out, md5, lines = {}, None, []

    def flush():
        if md5 and lines:
            paras, cur = [lines[0]], []
            for ln in lines[1:]:
                if ln.strip() == ".":
                    paras.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(ln.strip())
            paras.append(" ".join(cur))
            out[md5] = [p for p in paras if p]
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            flush()
            md5, lines = None, []
        elif line.startswith("Description-md5:"):
            md5 = line.split(":", 1)[1].strip()
        elif line.startswith("Description-" + lang + ":"):
            lines = [line.split(":", 1)[1].strip()]
        elif line.startswith(" ") and lines:
            lines.append(line[1:])
    flush()
    return out


DDTP_LISTS = "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_i18n_Translation-{}.lz4"


def ddtp_pairs(cache, fetch):
    """Debian package descriptions (DDTP): English and Korean, aligned by Description-md5,
    then paragraph by paragraph (only descriptions with the same number of paragraphs)."""
    files = {}
    for lang in ("en", "ko"):
        src = DDTP_LISTS.format(lang)
        if not os.path.exists(src) and fetch:
            run(["apt-get", "update", "-q", "-o", "Acquire::Languages=en,ko"])
        if not os.path.exists(src):
            print(f"DDTP: {src} missing; run: apt-get update -o Acquire::Languages=en,ko "
                  f"(or pass --fetch-ddtp)", file=sys.stderr)
            return [], 0
        files[lang] = os.path.join(cache, f"Translation-{lang}")
        with open(files[lang], "w", encoding="utf-8") as f:
            f.write(run(["/usr/lib/apt/apt-helper", "cat-file", src]))
    en, ko = read_ddtp(files["en"], "en"), read_ddtp(files["ko"], "ko")
    res, n = [], 0
    for md5 in sorted(set(en) & set(ko)):
        n += 1
        if len(en[md5]) == len(ko[md5]):
            res.extend(zip(en[md5], ko[md5]))
        else:
            res.append((en[md5][0], ko[md5][0]))  # the short descriptions still match
    return res, n


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
    ap.add_argument("--fetch-ddtp", action="store_true",
                    help="run 'apt-get update -o Acquire::Languages=en,ko' if the DDTP lists are missing")
    ap.add_argument("--exclude", action="append", default=[],
                    help="leave out a package (repeatable), e.g. for an ablation without libreoffice-l10n-ko")
    ap.add_argument("--no-ddtp", action="store_true", help="leave out the DDTP package descriptions")
    a = ap.parse_args()
    debdir = os.path.join(a.cache, "debs")
    os.makedirs(debdir, exist_ok=True)
    out = a.out or os.path.join(a.cache, "pairs.tsv")
    manifest = a.manifest or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sources.tsv")
    assert not EXCLUDED & set(PACKAGES)
    pairs = set()
    rows = []

    def add(raw):
        for en, ko in raw:
            if en.strip() in KDE_SKIP or not ko.strip():
                continue
            en_c, ko_c = clean(en), clean(ko, korean=True)
            if not en_c or not ko_c or en_c == ko_c or not HANGUL.search(ko_c):
                continue
            if not re.search(r"[A-Za-z]", en_c) or len(en_c) > 600 or len(ko_c) > 600:
                continue
            pairs.add((en_c, ko_c))

    for pkg in PACKAGES:
        if pkg in a.exclude:
            continue
        deb, version = download(pkg, debdir)
        root = os.path.join(a.cache, "x", pkg)
        unpack(deb, root)
        cats, n_before = [], len(pairs)
        for d, _, files in sorted(os.walk(root)):
            for f in sorted(files):
                p = os.path.join(d, f)
                if KO_CATALOGUE.search(p):
                    cats.append(os.path.relpath(p, root))
                    add(read_mo(p) if p.endswith(".mo") else read_qm(p))
                elif KO_HELP.search(p):
                    cats.append(os.path.relpath(p, root))
                    add(read_aligned(p.replace("/usr/share/help/ko/", "/usr/share/help/C/"), p))
        rows.append((pkg, version, licences(root, pkg), len(cats), len(pairs) - n_before))
        print(f"{pkg}\t{version}\t{len(cats)} catalogues\t+{len(pairs) - n_before} pairs", file=sys.stderr)
    for ko_pkg, en_pkg, ko_dir, en_dir, suffix, licence in DOCS:
        n_before, n_pages, versions = len(pairs), 0, []
        roots = {}
        for pkg in (ko_pkg, en_pkg):
            deb, version = download(pkg, debdir)
            roots[pkg] = os.path.join(a.cache, "x", pkg)
            unpack(deb, roots[pkg])
            versions.append(version)
        kroot, eroot = os.path.join(roots[ko_pkg], ko_dir), os.path.join(roots[en_pkg], en_dir)
        for d, _, files in sorted(os.walk(kroot)):
            for f in sorted(files):
                if f.endswith(suffix):
                    rel = os.path.relpath(os.path.join(d, f), kroot)
                    n_pages += 1
                    add(read_aligned(os.path.join(eroot, rel), os.path.join(kroot, rel)))
        rows.append((f"{ko_pkg} + {en_pkg}", " / ".join(versions), licence, n_pages, len(pairs) - n_before))
        print(f"{ko_pkg} + {en_pkg}\t{n_pages} pages\t+{len(pairs) - n_before} pairs", file=sys.stderr)
    # Unicode CLDR: English and Korean locale data aligned by key
    deb, version = download(CLDR, debdir)
    root = os.path.join(a.cache, "x", CLDR)
    unpack(deb, root)
    n_before, n_files = len(pairs), 0
    for sub in CLDR_DIRS:
        d = os.path.join(root, "usr/share/unicode/cldr/common", sub)
        if os.path.exists(os.path.join(d, "ko.xml")) and os.path.exists(os.path.join(d, "en.xml")):
            n_files += 2
            add(read_cldr(os.path.join(d, "en.xml"), os.path.join(d, "ko.xml")))
    rows.append((CLDR, version, licences(root, CLDR), n_files, len(pairs) - n_before))
    print(f"{CLDR}\t{n_files} files\t+{len(pairs) - n_before} pairs", file=sys.stderr)
    # Debian package descriptions (DDTP Translation-ko vs Translation-en)
    n_before = len(pairs)
    raw, n_desc = ([], 0) if a.no_ddtp else ddtp_pairs(a.cache, a.fetch_ddtp)
    add(raw)
    rows.append(("DDTP Translation-ko / Translation-en (bookworm main)", "bookworm", "each package's own (Debian main, DFSG-free); see data/lexicon/README.md",
                 n_desc, len(pairs) - n_before))
    print(f"DDTP\t{n_desc} descriptions\t+{len(pairs) - n_before} pairs", file=sys.stderr)
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
