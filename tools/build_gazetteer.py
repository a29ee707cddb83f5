#!/usr/bin/python3
"""Builds the compact gazetteer rules/places/places.tsv.gz from the GeoNames dumps.

Run once when the source data changes; the output is committed, so building and
testing salvo never needs the raw dumps:

    /usr/bin/python3 tools/build_gazetteer.py --data /work/shared/data --out rules/places

Inputs (see docs/DATA.md for licences and attribution):
  geonames/cities500.txt            world-wide populated places (GeoNames, CC BY 4.0)
  geonames/by-country/XX.txt        village-level places of conflict countries
                                    (GeoNames + Who's On First); replaces cities500 for XX
  geonames/admin1CodesASCII.txt     first-level regions
  geonames/admin2Codes.txt          second-level regions (districts), the names of the admin2 codes
  geonames/countryInfo.txt          countries
  gaza/PS_gaza_neighbourhoods_unosat.txt (+ .meta.tsv)  Gaza neighbourhoods (UNOSAT)

Output: one gzip'd, tab-separated UTF-8 file, sorted so that the output is
byte-for-byte reproducible:
  H  salvo-gazetteer  2  places  alternates        header: format version, counts
  C  iso2  name  geonameid  lat  lon                 a country
  A  CC.code  name  geonameid  lat  lon              a first-level region
  B  CC.admin1.code  name                            a second-level region (district) some
                                                     place lies in (GeoNames' admin2 name)
  P  id  name  lat  lon  cc  admin1  fcode  population  alternates  parent  admin2
     one populated place, sorted by country then id; id is written as the
     difference from the previous P line's id; cc is empty when it is the same
     as the previous P line's; fcode empty means PPL, population empty means 0;
     alternates are comma-separated Latin-script spellings other than the name;
     parent is the municipality of a neighbourhood ("" if none); admin2 is the
     place's GeoNames admin2 code, "" when it has none or admin2Codes.txt does
     not name it (the B line CC.admin1.admin2 gives the name)

Coordinates of regions and countries: the GeoNames ADM1/PCLI row with the same
geonameid when the data holds it (the by-country files do for their countries),
otherwise the mean position of the region's / country's populated places.
"""
import argparse
import csv
import difflib
import glob
import gzip
import io
import os
import re
import sys
import unicodedata

csv.field_size_limit(1 << 24)

APOSTROPHES = "'’‘ʼʹ`´ʻ"


def is_latin_char(ch):
    o = ord(ch)
    if o < 0x80:
        return True
    if 0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7):  # Latin-1 letters, Extended-A/B
        return True
    if 0x1E00 <= o <= 0x1EFF:  # Latin Extended Additional
        return True
    if 0x300 <= o <= 0x36F:  # combining marks
        return True
    return ch in APOSTROPHES or ch in "–‐"


LOWER_PREFIX = re.compile(r"^(a[dlnrstz]|e[dlnrstz]|ash|esh|de|di|la|le|el)[- ]")


def keep_alternate(alt):
    """Latin-script spellings that look like names: no codes, digits or URLs."""
    alt = alt.strip()
    if len(alt) < 2 or len(alt) > 60:
        return False
    if not all(is_latin_char(c) for c in alt):
        return False
    if any(c.isdigit() for c in alt) or "http" in alt or "/" in alt or "(" in alt:
        return False
    if alt.isupper() and len(alt) <= 4:  # airport and postal codes: IEV, ODS
        return False
    if not any(c.isalpha() for c in alt):
        return False
    first = next(c for c in alt if c.isalpha())
    if first.islower() and not LOWER_PREFIX.match(alt):  # pinyin-like "ao de sa"
        return False
    return True


def norm(s):
    """Approximation of the loader's key (src/resolve/gaz_text.cpp), used only to
    drop alternates the loader would file under the same key anyway."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in APOSTROPHES)
    s = re.sub(r"[-‐–.\s]+", " ", s.lower()).strip()
    s = s.replace("y", "i").replace("j", "i")
    return re.sub(r"([a-z])\1+", r"\1", s)


def similar(a, b):
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.6


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 15:
                yield cols


def clean_field(s):
    return s.replace("\t", " ").replace("\n", " ").replace(",", " ").strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "rules", "places"))
    ap.add_argument("--village-countries", metavar="CC,CC,...",
                    help="take only these countries' by-country files (default: every file there; "
                         "the shipped table takes them all), for the table and for --admin1-alternates "
                         "(the shipped file's list is in docs/DATA.md)")
    ap.add_argument("--common-words", metavar="DICT",
                    help="instead of building, write rules/en/common_words.lex (the English language "
                         "folder's; see --lang-dir) from a word list such as Debian's wamerican "
                         "(/usr/share/dict/american-english) and the built places.tsv.gz of --out")
    ap.add_argument("--lang-dir", default=os.path.join(os.path.dirname(__file__), "..", "rules", "en"),
                    help="the language folder --common-words writes to (default rules/en)")
    ap.add_argument("--fold-table", metavar="CPP",
                    help="instead of building, write the C++ table of Latin letters with diacritics "
                         "-> ASCII (src/resolve/gaz_fold.cpp) from Python's unicodedata")
    ap.add_argument("--admin1-alternates", action="store_true",
                    help="instead of building, write rules/places/admin1_alternates.lex from the "
                         "alternate names of GeoNames' first-level regions")
    ap.add_argument("--ucdp-check", metavar="TSV",
                    help="instead of building, write a check list (name, region, lat, lon) from the UCDP "
                         "GED Ukraine events with settlement precision, for gazetteer_load_report --check")
    args = ap.parse_args()
    if args.common_words:
        write_common_words(args.common_words, args.out, args.lang_dir)
        return
    if args.fold_table:
        write_fold_table(args.fold_table)
        return
    if args.admin1_alternates:
        write_admin1_alternates(args.data, args.out, args.village_countries)
        return
    if args.ucdp_check:
        write_ucdp_check(args.data, args.ucdp_check)
        return
    gn = os.path.join(args.data, "geonames")

    by_country = sorted(os.path.basename(p)[:2] for p in glob.glob(os.path.join(gn, "by-country", "??.txt")))
    if args.village_countries:
        wanted = set(args.village_countries.split(","))
        missing = wanted - set(by_country)
        if missing:
            sys.exit("no by-country file for %s" % ",".join(sorted(missing)))
        by_country = sorted(wanted)
    places = {}  # id -> row
    admin_rows = {}  # geonameid -> (lat, lon) of ADM1 / PCLI rows

    # Outside the conflict countries (and Russia), small places keep their own
    # name only: their many foreign spellings cost load time and rarely appear
    # in English news about strikes.
    full_alternates = set(by_country) | {"RU", "BY", "IR", "TR", "SA", "JO", "EG", "AZ", "AM", "GE", "MD"}
    SMALL = 15000

    def add(cols, trusted):
        fclass, fcode = cols[6], cols[7]
        gid = int(cols[0])
        if fclass == "A":
            admin_rows[gid] = (float(cols[4]), float(cols[5]))
            return
        if fclass != "P":
            return
        name = clean_field(cols[1])
        if not all(is_latin_char(c) for c in name):
            latin = [clean_field(a) for a in [cols[2]] + cols[3].split(",") if keep_alternate(clean_field(a))]
            if not latin:
                return  # no Latin spelling at all: news in English cannot name it either
            name = latin[0]
        alts = []
        seen = {norm(name)}
        pop = int(cols[14]) if cols[14].strip().lstrip("-").isdigit() else 0
        spellings = [cols[2]] + cols[3].split(",")
        if cols[8] not in full_alternates and pop < SMALL:
            spellings = [cols[2]]
        for a in spellings:
            a = clean_field(a)
            if not a or not keep_alternate(a):
                continue
            if not trusted and not similar(a, name):
                continue  # WOF rows carry some unrelated names ("Ivan Savenko" for Varvarovka)
            k = norm(a)
            if k in seen:
                continue
            seen.add(k)
            alts.append(a)
        pop = int(cols[14]) if cols[14].strip().lstrip("-").isdigit() else 0
        places[gid] = [gid, name, float(cols[4]), float(cols[5]), cols[8], cols[10], fcode, max(pop, 0), alts, "",
                       cols[11].strip()]

    for cols in read_rows(os.path.join(gn, "cities500.txt")):
        if cols[8] not in by_country:
            add(cols, True)
    for cc in by_country:
        for cols in read_rows(os.path.join(gn, "by-country", cc + ".txt")):
            add(cols, int(cols[0]) > 0)

    gaza = os.path.join(args.data, "gaza", "PS_gaza_neighbourhoods_unosat.txt")
    meta = {}
    with open(gaza.replace(".txt", ".meta.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            meta[int(r["geonameid"])] = r["municipality"]
    for cols in read_rows(gaza):
        add(cols, True)
        gid = int(cols[0])
        parent = meta.get(gid, "")
        if parent and norm(parent) != norm(cols[1]):
            places[gid][9] = clean_field(parent)

    # Means of places per region / country, for regions without an ADM1 row.
    sums = {}
    for p in places.values():
        for key in (p[4], p[4] + "." + p[5]):
            s = sums.setdefault(key, [0.0, 0.0, 0])
            s[0] += p[2]
            s[1] += p[3]
            s[2] += 1

    def coords(gid, key):
        if gid in admin_rows:
            return admin_rows[gid]
        if gid in places:
            return places[gid][2], places[gid][3]
        s = sums.get(key)
        if s:
            return s[0] / s[2], s[1] / s[2]
        return None

    out = io.StringIO()
    n_alt = sum(len(p[8]) for p in places.values())
    out.write("H\tsalvo-gazetteer\t2\t%d\t%d\n" % (len(places), n_alt))
    for cols in read_rows_countries(os.path.join(gn, "countryInfo.txt")):
        iso, name, gid = cols[0], cols[4], int(cols[16] or 0)
        c = coords(gid, iso)
        if c is None:
            continue
        out.write("C\t%s\t%s\t%d\t%.5f\t%.5f\n" % (iso, name, gid, c[0], c[1]))
    with open(os.path.join(gn, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        admin1 = sorted(line.rstrip("\n").split("\t") for line in f if line.strip())
    for code, name, _ascii, gid in admin1:
        c = coords(int(gid), code)
        if c is None:
            continue
        out.write("A\t%s\t%s\t%s\t%.5f\t%.5f\n" % (code, name, gid, c[0], c[1]))
    # Districts: only those some place lies in, so the table stays small.
    admin2 = read_admin2(os.path.join(gn, "admin2Codes.txt"))
    used2 = set()
    for p in places.values():
        code = "%s.%s.%s" % (p[4], p[5], p[10])
        if p[10] and code in admin2:
            used2.add(code)
        else:
            p[10] = ""
    for code in sorted(used2):
        out.write("B\t%s\t%s\n" % (code, admin2[code]))
    prev_id, prev_cc = 0, None
    for p in sorted(places.values(), key=lambda p: (p[4], p[0])):
        # Short forms keep the file small and quick to read: the country only
        # when it changes, the id as a difference from the previous line's,
        # PPL and population 0 as empty fields.
        cc = p[4] if p[4] != prev_cc else ""
        out.write("P\t%d\t%s\t%.4f\t%.4f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" %
                  (p[0] - prev_id, p[1], p[2], p[3], cc, p[5], "" if p[6] == "PPL" else p[6],
                   str(p[7]) if p[7] else "", ",".join(p[8]), p[9], p[10]))
        prev_id, prev_cc = p[0], p[4]

    os.makedirs(args.out, exist_ok=True)
    dest = os.path.join(args.out, "places.tsv.gz")
    data = out.getvalue().encode("utf-8")
    with open(dest, "wb") as f:
        # mtime=0 and no file name: the same input gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print("%s: %d places, %d alternate names, %d bytes raw, %d bytes gzip" %
          (dest, len(places), n_alt, len(data), os.path.getsize(dest)), file=sys.stderr)


# Countries whose towns may be strike locations: a town there of at least
# KEEP_POP people stays a place even when its name is an English word
# ("Tyre", "Saki", "Hit", "Perm").
CONFLICT = set("AF BF CD CF ET HT IL IQ KE LB LY ML MM MZ NE NG PK PS SD SO SS SY UA YE RU".split())
KEEP_POP = 20000


ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ed", "es", "et", "of", "the"}
FOREIGN_REGION_WORDS = {"provincia", "província", "provinco", "propinsi", "provinsi", "provinz", "provincie",
                        "provinsen", "province", "wilayah", "wilāyat", "wilayat", "lalawigan", "séng", "vilayeti",
                        "viloyati", "rajon", "oblys", "ostan", "ostān", "estado", "état", "etat", "région",
                        "region", "región", "regione", "regiunea", "gobernación", "governatorato", "gouvernorat",
                        "muhafazat", "muḩāfaz̧at", "provinces", "department", "département", "departamento",
                        "district", "distrito", "state", "stato", "bundesstaat", "division", "prefecture",
                        "kraj", "krai", "county", "tỉnh", "gubernio", "liwā’", "liwa", "provincia"}


def write_admin1_alternates(data, out_dir, village_countries=None):
    """Other spellings of first-level regions, from the alternate names of the
    GeoNames ADM1 rows in the village-level country files (those of
    `village_countries`, "CC,CC,...", when given; the shipped file's list is in
    docs/DATA.md): "Khost" for Afghanistan's "Khowst", "Nineveh" for Iraq's
    "Nīnawá". Written as [region aliases] that the loader adds to admin1.lex's."""
    gn = os.path.join(data, "geonames")
    names = {}  # CC.code -> the keys of the region's own names (GeoNames admin1 list)
    region_names = {}  # CC.code -> those names
    with open(os.path.join(gn, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3:
                names[c[0]] = {norm(c[1]), norm(c[2])}
                region_names[c[0]] = [c[1], c[2]]
    countries = {norm(c[4]) for c in read_rows_countries(os.path.join(gn, "countryInfo.txt"))}
    out = []
    wanted = set(village_countries.split(",")) if village_countries else None
    for path in sorted(glob.glob(os.path.join(gn, "by-country", "??.txt"))):
        if wanted is not None and os.path.basename(path)[:2] not in wanted:
            continue
        for cols in read_rows(path):
            if cols[6] != "A" or cols[7] != "ADM1" or int(cols[0]) <= 0:
                continue  # GeoNames' own region rows only (WOF rows carry stray names)
            code = cols[8] + "." + cols[10]
            if code not in names:
                continue
            seen = set(names[code])
            for a in [cols[1], cols[2]] + cols[3].split(","):
                a = clean_field(a)
                if len(a) < 4 or not keep_alternate(a) or not a[0].isupper():
                    continue
                # names, not phrases of other languages ("Província de Zabul", "Zabulin maakunta")
                words = re.split(r"[ -]+", a)
                if any(w.lower() in FOREIGN_REGION_WORDS for w in words):
                    continue
                if not all(w[:1].isupper() or w.lower() in ARTICLES for w in words if w):
                    continue
                # a spelling of the region's name, not another name it has (its capital, a
                # historical name): "Khost" for "Khowst", not "Qalat" for "Zabul"
                if not any(similar(a, n) for n in region_names[code]):
                    continue
                k = norm(a)
                if k in seen or k in countries:
                    continue
                seen.add(k)
                out.append("%s @%s" % (a, code))
    dest = os.path.join(out_dir, "admin1_alternates.lex")
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# rules/places/admin1_alternates.lex — GENERATED by tools/build_gazetteer.py\n"
                "# --admin1-alternates from the alternate names of GeoNames' first-level regions\n"
                "# (CC BY 4.0) in the village-level country files. Do not edit: add an analyst's\n"
                "# spelling to admin1.lex [region aliases] instead; delete a wrong line here.\n\n"
                "[region aliases]\n")
        for line in out:
            f.write(line + "\n")
    print("%s: %d aliases" % (dest, len(out)), file=sys.stderr)


def write_common_words(dict_path, out_dir, lang_dir):
    """English words (lower-case entries of a spelling dictionary) that are also
    the name of some place in the gazetteer: capitalised at the start of a
    sentence they are still not places."""
    words = sorted({w.strip() for w in open(dict_path, encoding="utf-8") if re.fullmatch(r"[a-z]{3,}", w.strip())})
    places = {}
    cc = None
    with gzip.open(os.path.join(out_dir, "places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[0] != "P":
                continue
            cc = c[5] or cc
            pop = int(c[8]) if c[8] else 0
            keep = cc in CONFLICT and (pop >= KEEP_POP or c[7] in ("PPLA", "PPLC"))
            for i, n in enumerate([c[2]] + [a for a in c[9].split(",") if a]):
                k = norm(n)
                places[k] = places.get(k, False) or (i == 0 and keep)
    stop = [w for w in words if norm(w) in places and not places[norm(w)]]
    dest = os.path.join(lang_dir, "common_words.lex")
    with open(dest, "w", encoding="utf-8") as out:
        out.write("# rules/en/common_words.lex — GENERATED by tools/build_gazetteer.py --common-words\n"
                  "# from Debian's wamerican word list: lower-case English words that some place in\n"
                  "# the gazetteer is also called. Like stop_words.lex: not a place name for\n"
                  "# is_place_name() unless the place is big. Towns of %d+ people in conflict\n"
                  "# countries are left out (\"Tyre\", \"Saki\", \"Hit\"). Edit stop_words.lex by hand;\n"
                  "# delete a line here to let a word through.\n\n[words]\n" % KEEP_POP)
        for w in stop:
            out.write(w + "\n")
    print("%s: %d words" % (dest, len(stop)), file=sys.stderr)


def write_fold_table(dest):
    special = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
               "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
               "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l", "ĸ": "k", "ŉ": "n", "ƒ": "f", "ǝ": "e", "ə": "e",
               "Ə": "e", "ɨ": "i", "ʻ": "", "ʼ": ""}
    rows = []
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch in special:
            a = special[ch]
        else:
            b = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            if not b or not all(ord(c) < 128 and c.isalpha() for c in b):
                continue
            a = b.lower()
        rows.append((cp, a))
    out = ["// resolve/gaz_fold.cpp — GENERATED by `tools/build_gazetteer.py --fold-table` from Python's",
           "// unicodedata (NFKD, marks dropped): the ASCII letters of each Latin letter with diacritics,",
           "// for gazetteer keys. Owns nothing else; the table is data.",
           '#include "resolve/gaz_text.h"', "", "#include <algorithm>", "#include <iterator>", "",
           "namespace salvo::gaz {", "namespace {", "struct Fold {", "  char32_t cp;", "  const char* ascii;",
           "};", "constexpr Fold kFolds[] = {"]
    line = "   "
    for cp, a in rows:
        item = ' {0x%04X, "%s"},' % (cp, a)
        if len(line) + len(item) > 110:
            out.append(line)
            line = "   "
        line += item
    out.append(line)
    out += ["};", "}  // namespace", "", "const char* fold_latin(char32_t cp) {",
            "  auto it = std::lower_bound(std::begin(kFolds), std::end(kFolds), cp,",
            "                             [](const Fold& f, char32_t c) { return f.cp < c; });",
            "  if (it != std::end(kFolds) && it->cp == cp) return it->ascii;", "  return nullptr;", "}",
            "}  // namespace salvo::gaz", ""]
    with open(dest, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_ucdp_check(data, dest):
    """UCDP where_prec 1 (exact settlement): 'Sloviansk town' + 'Donetsk oblast' + coordinates."""
    src = os.path.join(data, "ucdp", "ucdp_ged_ukraine_2014_2021_hdx_thesurojit.csv")
    seen = set()
    kinds = re.compile(r"\s+(town|city|village|settlement|urban-type settlement|township)$", re.I)
    with open(src, encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as out:
        rows = csv.DictReader(f)
        for r in rows:
            if r["where_prec"] != "1":
                continue
            name = kinds.sub("", r["where_coordinates"].strip())
            region = re.sub(r"\s+(oblast|Special Republican city|Autonomous Republic)$", "", r["adm_1"].strip())
            key = (name, region, r["latitude"], r["longitude"])
            if not name or "(" in name or key in seen:
                continue
            seen.add(key)
            out.write("%s\t%s\t%s\t%s\n" % key)
    print("%s: %d distinct places" % (dest, len(seen)), file=sys.stderr)


def read_admin2(path):
    """CC.admin1.admin2 -> the district's GeoNames name (admin2Codes.txt: code, name, ascii name, id)."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 2 and c[1].strip():
                names[c[0]] = clean_field(c[1])
    return names


def read_rows_countries(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 17:
                yield cols


if __name__ == "__main__":
    main()
