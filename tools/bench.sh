#!/usr/bin/env bash
# Throughput benchmark of `salvo extract` against ripgrep on one corpus, side by side.
#
#   tools/bench.sh                 build Release, make (or reuse) the 50 MB corpus, time everything
#   tools/bench.sh --runs 5        best of 5 runs per row (default 3)
#   tools/bench.sh --size-mb 100   a bigger corpus
#   tools/bench.sh --no-check      skip the --threads 1 vs 2 output comparison
#   BUILD_DIR=build-x JOBS=1 tools/bench.sh   (build dir, parallel compile jobs)
#
# Rows: ripgrep counting attack words (a floor: read + one regex, no extraction),
# salvo --threads 1, salvo --threads 2 (output to /dev/null), salvo start-up on
# an empty input. Wall time is the best of N runs; peak RSS comes from
# /usr/bin/time (Debian package `time`). A Markdown table for docs/PERFORMANCE.md
# is written to $BUILD_DIR/bench-results.md.
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
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
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
CORPUS="$CORPUS_DIR/corpus-${SIZE_MB}mb.jsonl"
mkdir -p "$CORPUS_DIR"
# Remade when the generator or any of its inputs is newer than the cached corpus.
stale=0
if [ ! -s "$CORPUS" ]; then
  stale=1
else
  for src in tools/make_corpus.py bench/data/ucdp_headlines.tsv samples/* tests/gold/*.jsonl; do
    [ -e "$src" ] && [ "$src" -nt "$CORPUS" ] && stale=1
  done
fi
if ((stale)); then
  echo "== making corpus $CORPUS" >&2
  "$PY" tools/make_corpus.py -o "$CORPUS.tmp" --size-mb "$SIZE_MB" && mv "$CORPUS.tmp" "$CORPUS"
fi
BYTES=$(stat -c %s "$CORPUS")
ARTICLES=$(wc -l <"$CORPUS")
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')

THREADS_FLAG=1
"$SALVO" extract --help 2>/dev/null | grep -q -- '--threads' || THREADS_FLAG=0

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

echo "== corpus: $CORPUS ($MB MB, $ARTICLES articles); best of $RUNS runs" >&2
measure "$RUNS" rg -c -i "$RG_PATTERN" "$CORPUS"; RG_S=$M_S; RG_RSS=$M_RSS; RG_CPU=$M_CPU
if ((THREADS_FLAG)); then
  measure "$RUNS" "$SALVO" extract -q --threads 1 "$CORPUS" -o /dev/null; S1_S=$M_S; S1_RSS=$M_RSS; S1_CPU=$M_CPU
  measure "$RUNS" "$SALVO" extract -q --threads 2 "$CORPUS" -o /dev/null; S2_S=$M_S; S2_RSS=$M_RSS; S2_CPU=$M_CPU
else
  echo "   (salvo extract has no --threads yet: one salvo row, default threading)" >&2
  measure "$RUNS" "$SALVO" extract -q "$CORPUS" -o /dev/null; S1_S=$M_S; S1_RSS=$M_RSS; S1_CPU=$M_CPU
  S2_S=""; S2_RSS=""; S2_CPU=""
fi
: >"$BUILD_DIR/empty.jsonl"
measure $((RUNS < 5 ? 5 : RUNS)) "$SALVO" extract -q "$BUILD_DIR/empty.jsonl" -o /dev/null
UP_S=$M_S; UP_RSS=$M_RSS; UP_CPU=$M_CPU

IDENTICAL="not checked"
if ((CHECK)) && ((THREADS_FLAG)); then
  echo "== checking that --threads 1 and --threads 2 write the same bytes" >&2
  h1=$("$SALVO" extract -q --threads 1 "$CORPUS" | tee >(wc -l >"$BUILD_DIR/events.count") | sha256sum | cut -c1-16)
  h2=$("$SALVO" extract -q --threads 2 "$CORPUS" | sha256sum | cut -c1-16)
  EVENTS=$(tr -d ' ' <"$BUILD_DIR/events.count")
  if [ "$h1" = "$h2" ]; then IDENTICAL="yes (sha256 $h1…, $EVENTS events)"; else IDENTICAL="NO: $h1 vs $h2"; fi
fi

row() {  # name seconds rss_kb cpu_seconds
  [ -z "$2" ] && return
  awk -v n="$1" -v s="$2" -v r="$3" -v c="$4" -v b="$BYTES" -v a="$ARTICLES" 'BEGIN {
    printf "| %-28s | %8.3f | %8.2f | %9.1f | %10.0f | %8.1f |\n", n, s, c, b / 1e6 / s, a / s, r / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }

CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
{
  echo "Machine: $(nproc) CPUs, $CPU; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Corpus: $MB MB, $ARTICLES articles (tools/make_corpus.py --size-mb $SIZE_MB); best of $RUNS runs"
  echo
  echo "| run                          | wall (s) |  CPU (s) |    MB/s   | articles/s | RSS (MB) |"
  echo "|------------------------------|---------:|---------:|----------:|-----------:|---------:|"
  row "ripgrep -c -i (attack words)" "$RG_S" "$RG_RSS" "$RG_CPU"
  row "salvo extract --threads 1" "$S1_S" "$S1_RSS" "$S1_CPU"
  row "salvo extract --threads 2" "$S2_S" "$S2_RSS" "$S2_CPU"
  awk -v s="$UP_S" -v r="$UP_RSS" -v c="$UP_CPU" 'BEGIN { printf "| %-28s | %8.3f | %8.2f |           |            | %8.1f |\n", "salvo start-up (empty input)", s, c, r / 1024 }'
  echo
  echo "- salvo 1 thread / ripgrep: $(ratio "$S1_S" "$RG_S")x the time (target <= 8x)"
  echo "- speed-up with 2 threads: $(ratio "$S1_S" "$S2_S")x wall (target: nearly 2x); CPU time 2 threads / 1 thread: $(ratio "$S2_CPU" "$S1_CPU")"
  echo "- start-up: ${UP_S} s (target < 0.3 s); peak RSS with 2 threads: $(awk -v r="${S2_RSS:-$S1_RSS}" 'BEGIN { printf "%.1f", r / 1024 }') MB (target < 300 MB)"
  echo "- --threads 1 and --threads 2 output identical: $IDENTICAL"
} | tee "$BUILD_DIR/bench-results.md"
