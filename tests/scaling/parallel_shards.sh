#!/usr/bin/env bash
# parallel_shards.sh SALVO SOURCE_DIR WORK_DIR [PARALLEL] [PYTHON]
#
# Makes a small corpus from the repository's own texts, runs `salvo extract`
# once over all of it and again sharded by GNU parallel in three ways (by
# record count, by block size, and by record count with --threads 2 per job),
# and requires the merged outputs to equal the single-process output byte for
# byte. Also requires that output to be non-empty, so an extractor that finds
# nothing cannot pass by comparing two empty files.
set -euo pipefail
SALVO=$1
SRC=$2
WORK=$3
PARALLEL=${4:-parallel}
PY=${5:-python3}
[ "$PARALLEL" != "SALVO_GNU_PARALLEL-NOTFOUND" ] && command -v "$PARALLEL" >/dev/null || { echo "GNU parallel missing: skipped"; exit 77; }
[ "$PY" != "SALVO_PYTHON3-NOTFOUND" ] && command -v "$PY" >/dev/null || { echo "python3 missing: skipped"; exit 77; }

rm -rf "$WORK"
mkdir -p "$WORK"
export SALVO_RULES="$SRC/rules"
CORPUS="$WORK/corpus.jsonl"
"$PY" "$SRC/tools/make_corpus.py" --root "$SRC" -o "$CORPUS" --size-mb 0.25 --seed 6 2>"$WORK/make_corpus.log"
records=$(wc -l <"$CORPUS")
echo "corpus: $records records, $(wc -c <"$CORPUS") bytes"

"$SALVO" extract -q "$CORPUS" >"$WORK/single.jsonl"
events=$(wc -l <"$WORK/single.jsonl")
echo "single process: $events events"
if [ "$events" -eq 0 ]; then
  echo "FAIL: salvo found no events in the corpus; the shard comparison would prove nothing" >&2
  exit 1
fi

threads_flag=()
"$SALVO" extract --help 2>/dev/null | grep -q -- '--threads' && threads_flag=(--threads 2)

status=0
check() {  # name, then the parallel options
  local name=$1; shift
  # Cluster ids depend on the whole stream, so shards leave them empty and one
  # process assigns them over the merged output (docs/SCALING.md).
  "$PARALLEL" --will-cite --pipe --keep-order -j 3 "$@" <"$CORPUS" | "$SALVO" dedupe -q --annotate - >"$WORK/$name.jsonl"
  if cmp -s "$WORK/single.jsonl" "$WORK/$name.jsonl"; then
    echo "ok: $name ($(wc -l <"$WORK/$name.jsonl") events)"
  else
    echo "FAIL: $name: merged shard output differs from the single-process output" >&2
    diff <(cut -c1-200 "$WORK/single.jsonl") <(cut -c1-200 "$WORK/$name.jsonl") | head -n 10 >&2 || true
    status=1
  fi
}
# Uneven record counts, so shards do not line up with anything in the corpus.
check by-records -N 37 "$SALVO" extract -q --no-cluster-ids -
# By size, as one would split a real dump; --pipe cuts only at newlines.
check by-block --block 40k "$SALVO" extract -q --no-cluster-ids -
# Threads inside each shard as well.
check by-records-threads -N 53 "$SALVO" extract -q --no-cluster-ids "${threads_flag[@]}" -
exit $status
