#!/usr/bin/env python3
"""How much of salvo's grammar is still written in C++ (issue 13: "the grammar as data").

Counts, per stage under src/ (app, ingest, emit, eval and core are left out:
they hold no grammar), and for all of them together:

  * files over 800 lines (.h and .cpp);
  * functions over 150 lines (.cpp; a brace-matching scan: a '{' whose header
    holds a '(' and is not a namespace, class, struct, enum, union or an
    initialiser ('= {') opens a function body; lambdas count in their function);
  * regular expressions written in C++: RE2 objects built from a string
    literal (RE2 x("..."), RE2(R"(...)"), make_unique<RE2>("..."), LazyRE2 = {"..."},
    RE2::PartialMatch/FullMatch(s, "..."));
  * distinct English words in string literals: lower-case alphabetic tokens of
    two letters or more, leaving out log and diagnostic messages (a literal in a
    statement that builds a Status, a Diagnostic or a problem, or writes to
    spdlog, std::cerr or std::cout, and any literal containing ": "), #include
    lines and comments. Words that occur only in names are also counted
    apart, since they are names rather than grammar: identifier-like literals
    (no blank; '.' or '_' inside: rule ids, file names), and literals marked
    "..."_name (core/names.h) that name a part of salvo's own formats: a
    section, key, tag or check of a file under rules/ ("[at least]",
    "check = places", "@capital"), a folder or file there ("places"), or a
    key or value of a JSON schema under schemas/. A marked literal is looked up there, and one found nowhere is
    counted as English like any other (and listed by --words): the marker
    says what a literal is, it cannot make a word that reads text a name.

  tools/grammar_stats.py            # the table, from the repository root or anywhere
  tools/grammar_stats.py --words    # also list the words per stage
  tools/grammar_stats.py --functions  # also list the long functions
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIP = {"app", "ingest", "emit", "eval", "core"}
MAX_FILE_LINES = 800
MAX_FUNCTION_LINES = 150

DIAGNOSTIC_MARKERS = ("Status::error", "Status::errors", "Diagnostic", "spdlog::", "std::cerr", "std::cout",
                      "problems.push_back", "problems.emplace_back", "f.at(", ".at(line", ".at(e.line", "problem(e,",
                      # the gazetteer's: a bad line of places.tsv.gz (a Status), a failed place
                      # example (a Diagnostic), why an index was refused and where the places
                      # were read from (both only ever printed)
                      "bad(lineno", "failed.push_back", "why =", "index_note",
                      # an example that failed, reported by `salvo test-rules` (rules/ and word_checks)
                      "failures.push_back")
# Not words at all: a C stdio mode ("rb", "wb") and printf conversions ("%ld", "%016llx").
STDIO_MODE = re.compile(r"^[rwa]b?\+?$")
PRINTF_CONVERSION = re.compile(r"%[-+ #0-9.]*(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp]")
REGEX_CONSTRUCTIONS = [
    re.compile(r'\bRE2\s+\w+\s*[({]\s*(?:R"|")'),
    re.compile(r'\bRE2\s*[({]\s*(?:R"|")'),
    re.compile(r'make_(?:unique|shared)<(?:const\s+)?(?:re2::)?RE2>\s*\(\s*(?:R"|")'),
    re.compile(r'\bLazyRE2\s+\w+\s*=\s*\{\s*(?:R"|")'),
    re.compile(r'RE2::(?:Partial|Full)Match(?:N)?\s*\([^;]*?,\s*(?:R"|")'),
]
WORD = re.compile(r"[A-Za-z]+")
NAME_SUFFIX = "_name"  # "at least"_name: core/names.h


def format_names(root: pathlib.Path) -> set[str]:
    """The names salvo's own formats define: the sections, keys, tags and checks of
    every file under rules/, and the keys and string values of schemas/*.json."""
    names: set[str] = set()
    for f in (root / "rules").rglob("*"):
        names.add(f.name)  # the folders and files of the rules tree ("places", "names.lex")
        if not f.is_file() or f.suffix not in (".lex", ".rules", ".patterns"):
            continue
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                names.add(line[1:-1].strip())
                continue
            # a value is a name when it is one of a key's documented choices: `check = places`,
            # `kind = region`, `match = full` (also as the file's comments list them, "kind =
            # settlement | district | region"), or a yes/no switch
            m = re.match(r"^#?\s*([A-Za-z0-9_.-]+)\s*=\s*(.*)$", line)
            if m and (not line.startswith("#") or m.group(1) in ("check", "kind", "match")):
                value = m.group(2).strip()
                if not line.startswith("#"):
                    names.add(m.group(1))
                if m.group(1) in ("check", "kind", "match"):
                    names.update(v.split("(")[0].strip() for v in value.split("|"))
                elif value in ("yes", "no"):
                    names.add(value)
                continue
            if line.startswith("#"):
                continue
            for tag in re.findall(r"(?:^|\s)@(\S+)", line):
                names.add(tag)
    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                names.add(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            names.add(v)
    import json
    for f in (root / "schemas").glob("*.json"):
        walk(json.loads(f.read_text(encoding="utf-8")))
    return names


FORMAT_NAMES: set[str] = set()
UNVERIFIED: set[str] = set()  # marked as names, found in no format


def strip_code(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The text with comments blanked and literals replaced by "" (newlines
    kept, so line numbers hold), and the string literals as (offset, body)."""
    out: list[str] = []
    literals: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            k = text.find("(", i + 2)
            delim = text[i + 2:k]
            end = text.find(")" + delim + '"', k)
            end = n if end < 0 else end
            literals.append((len("".join(out)), text[k + 1:end]))
            body = text[i:end + len(delim) + 2]
            out.append('""' + "\n" * body.count("\n"))
            i = end + len(delim) + 2
        elif c == '"' or (c == "'" and not (i > 0 and (text[i - 1].isalnum()))):
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            if c == '"':
                literals.append((len("".join(out)), text[i + 1:j]))
                out.append('""')
            else:
                out.append("' '")
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), literals


def statement_around(code: str, pos: int) -> str:
    """The statement a literal is in: from the ';' before it to the one after
    (braces are not boundaries: a diagnostic is often a {file, line, "text"})."""
    b = code.rfind(";", 0, pos)
    e = code.find(";", pos)
    return code[b + 1:e if e >= 0 else len(code)]


def is_diagnostic(code: str, pos: int, body: str) -> bool:
    if ": " in body:
        return True
    stmt = statement_around(code, pos)
    return any(m in stmt for m in DIAGNOSTIC_MARKERS)


def english_words(text: str) -> tuple[set[str], set[str]]:
    """(every word, the words of non-identifier literals)"""
    code, literals = strip_code(text)
    every: set[str] = set()
    prose: set[str] = set()
    for pos, body in literals:
        line_start = code.rfind("\n", 0, pos) + 1
        if code[line_start:pos].lstrip().startswith("#include") or code[line_start:pos].lstrip().startswith("#"):
            continue
        if is_diagnostic(code, pos, body):
            continue
        stmt = statement_around(code, pos)
        if STDIO_MODE.match(body) and ("fopen(" in stmt or "gzopen(" in stmt):
            continue
        text = PRINTF_CONVERSION.sub(" ", body) if "printf" in stmt else body
        words = {w for w in WORD.findall(re.sub(r"\\[abfnrtv0x]", " ", text)) if len(w) >= 2 and w.islower()}
        every |= words
        identifier = " " not in body and ("." in body or "_" in body)
        if code.startswith(NAME_SUFFIX, pos + 2):
            identifier = body in FORMAT_NAMES
            if not identifier:
                UNVERIFIED.add(body)
        if not identifier:
            prose |= words
    return every, prose


def regexes(text: str) -> int:
    code, _ = strip_code(text)
    # put the literal markers back for the construction patterns: count on the raw text without comments
    raw = re.sub(r"//[^\n]*", "", text)
    raw = re.sub(r"/\*.*?\*/", "", raw, flags=re.S)
    return sum(len(p.findall(raw)) for p in REGEX_CONSTRUCTIONS)


def functions(text: str) -> list[tuple[str, int, int]]:
    """(name, first line, lines) of every function body in a .cpp file."""
    code, _ = strip_code(text)
    out = []
    stack: list[str] = []  # kind of each open brace: 'scope', 'func', 'other'
    last_stop = 0
    i = 0
    func_start = None
    func_name = ""
    while i < len(code):
        c = code[i]
        if c == "{":
            header = code[last_stop:i]
            if all(k == "scope" for k in stack):
                h = " ".join(header.split())
                h = re.sub(r"^(?:public|private|protected)\s*:\s*", "", h)
                h = re.sub(r"^template\s*<[^>]*>\s*", "", h)
                if re.match(r"^(?:namespace|class|struct|union|extern)\b", h) and "(" not in h:
                    kind = "scope"
                elif "(" in h and not h.endswith("=") and not re.match(r"^enum\b", h):
                    kind = "func"
                else:
                    kind = "other"
                if kind == "func":
                    func_start = code.count("\n", 0, last_stop + len(header) - len(header.lstrip()))
                    name_m = re.search(r"([\w:~<>]+)\s*\(", header)
                    func_name = name_m.group(1) if name_m else "?"
                stack.append(kind)
            else:
                stack.append("other")
            last_stop = i + 1
        elif c == "}":
            kind = stack.pop() if stack else "scope"
            if kind == "func" and func_start is not None:
                end_line = code.count("\n", 0, i)
                out.append((func_name, func_start + 1, end_line - func_start + 1))
                func_start = None
            last_stop = i + 1
        elif c == ";":
            last_stop = i + 1
        elif c == "#" and (i == 0 or code[i - 1] == "\n"):
            j = code.find("\n", i)
            i = len(code) if j < 0 else j
            last_stop = i
            continue
        i += 1
    return out


def stage_stats(stage: pathlib.Path, root: pathlib.Path) -> dict:
    files = sorted(p for p in stage.rglob("*") if p.suffix in (".h", ".cpp"))
    st = {"files": 0, "lines": 0, "big_files": [], "long_functions": [], "regexes": 0, "words": set(), "prose": set()}
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        n = text.count("\n")
        # A table generated from Unicode's own data (gaz_fold.cpp: "æ" is "ae", "ß" "ss")
        # spells letters, not words of any language.
        unicode_table = re.search(r"GENERATED by .* from Python's\s*(?://\s*)?unicodedata", text[:400]) is not None
        st["files"] += 1
        st["lines"] += n
        rel = p.relative_to(root)
        if n > MAX_FILE_LINES:
            st["big_files"].append((str(rel), n))
        if p.suffix == ".cpp":
            for name, line, length in functions(text):
                if length > MAX_FUNCTION_LINES:
                    st["long_functions"].append((f"{rel}:{line}", name, length))
        st["regexes"] += regexes(text)
        w, pr = english_words(text) if not unicode_table else (set(), set())
        st["words"] |= w
        st["prose"] |= pr
    return st


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=str(ROOT / "src"))
    ap.add_argument("--words", action="store_true", help="list the English words per stage")
    ap.add_argument("--functions", action="store_true", help="list the functions over the limit")
    args = ap.parse_args()
    src = pathlib.Path(args.src)
    FORMAT_NAMES.update(format_names(src.parent))
    stages = [d for d in sorted(src.iterdir()) if d.is_dir() and d.name not in SKIP]
    total = {"files": 0, "lines": 0, "big": 0, "long": 0, "regexes": 0, "words": set(), "prose": set()}
    print(f"{'stage':<10} {'files':>5} {'lines':>6} {'>800 lines':>10} {'fns >150':>8} {'regex in C++':>12} "
          f"{'words':>6} {'(not ids)':>9}")
    details = []
    for d in stages:
        st = stage_stats(d, src.parent)
        print(f"{d.name:<10} {st['files']:>5} {st['lines']:>6} {len(st['big_files']):>10} "
              f"{len(st['long_functions']):>8} {st['regexes']:>12} {len(st['words']):>6} {len(st['prose']):>9}")
        total["files"] += st["files"]
        total["lines"] += st["lines"]
        total["big"] += len(st["big_files"])
        total["long"] += len(st["long_functions"])
        total["regexes"] += st["regexes"]
        total["words"] |= st["words"]
        total["prose"] |= st["prose"]
        details.append((d.name, st))
    print(f"{'total':<10} {total['files']:>5} {total['lines']:>6} {total['big']:>10} {total['long']:>8} "
          f"{total['regexes']:>12} {len(total['words']):>6} {len(total['prose']):>9}")
    for name, st in details:
        for f, n in st["big_files"]:
            print(f"  file over {MAX_FILE_LINES} lines: {f} ({n})")
        if args.functions:
            for where, fn, n in st["long_functions"]:
                print(f"  function over {MAX_FUNCTION_LINES} lines: {where} {fn} ({n})")
        if args.words:
            print(f"  {name} words ({len(st['words'])}): {' '.join(sorted(st['words']))}")
            print(f"  {name} words not in names ({len(st['prose'])}): {' '.join(sorted(st['prose']))}")
    if args.words and UNVERIFIED:
        print(f"  marked _name but no name of rules/ or schemas/: {' | '.join(sorted(UNVERIFIED))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
