#!/usr/bin/env bash
# Soak benchmark (issue 18; hand-run, not a CTest): one long `salvo extract` over >= 1 GB of
# real war news -- ../shared/data/news/news_dev.jsonl repeated with unique ids -- written to a
# file (atomic output, a checkpoint every 30 s, cluster ids on), sampling the process's peak
# RSS (VmHWM) when its reading position passes 10%, 50% and 100% of the input.
#
#   tools/soak.sh [BUILD_DIR] [THREADS]     defaults: build, 1
#   SOAK_GB=1 SOAK_DIR=/tmp/salvo-soak tools/soak.sh
#
# Costs ~10+ minutes of CPU per GB on one thread. Needs ../shared (skips with 77 without it).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
THREADS=${2:-1}
GB=${SOAK_GB:-1}
DIR=${SOAK_DIR:-/tmp/salvo-soak}
NEWS=../shared/data/news/news_dev.jsonl
SALVO=$BUILD/salvo
[ -f "$NEWS" ] || { echo "soak: $NEWS not found: skipped"; exit 77; }
[ -x "$SALVO" ] || { echo "soak: $SALVO not built" >&2; exit 2; }
mkdir -p "$DIR"
IN=$DIR/news_x.jsonl

# The input: copies of the news feed until GB gigabytes, each copy's ids suffixed with its number.
want=$((GB * 1000 * 1000 * 1000))
if [ ! -f "$IN" ] || [ "$(stat -c %s "$IN")" -lt "$want" ]; then
  /usr/bin/python3 - "$NEWS" "$IN" "$want" <<'EOF'
import json, sys
src, dst, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
size, copy = 0, 0
with open(dst, "w", encoding="utf-8") as out:
    while size < want:
        for n, rec in enumerate(lines):
            rec = dict(rec, id=f"{rec.get('id', n)}-x{copy}")
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
        copy += 1
print(f"soak: {dst}: {copy} copies, {size / 1e9:.2f} GB")
EOF
fi
total=$(stat -c %s "$IN")

OUT=$DIR/events.jsonl
rm -f "$OUT" "$OUT.partial" "$OUT.checkpoint"
start=$(date +%s)
/usr/bin/time -v -o "$DIR/time.txt" "$SALVO" extract -q --threads "$THREADS" "$IN" -o "$OUT" &
TPID=$!
sleep 1
PID=$(pgrep -P "$TPID" -x salvo || true)
marks=(10 50)
echo "soak: $(basename "$IN") $((total / 1000000)) MB, --threads $THREADS, pid $PID"
while kill -0 "$PID" 2>/dev/null; do
  fd=$(for f in /proc/"$PID"/fd/*; do [ "$(readlink "$f")" = "$(readlink -f "$IN")" ] && basename "$f"; done 2>/dev/null | head -1)
  pos=$( [ -n "$fd" ] && awk '/^pos:/ {print $2}' /proc/"$PID"/fdinfo/"$fd" 2>/dev/null || echo 0)
  hwm=$(awk '/^VmHWM:/ {print $2}' /proc/"$PID"/status 2>/dev/null || echo 0)
  rss=$(awk '/^VmRSS:/ {print $2}' /proc/"$PID"/status 2>/dev/null || echo 0)
  if ((${#marks[@]})) && [ -n "$pos" ] && ((pos * 100 >= marks[0] * total)); then
    echo "soak: ${marks[0]}% of the input read after $(($(date +%s) - start)) s: peak RSS $((hwm / 1024)) MB (now $((rss / 1024)) MB)"
    marks=("${marks[@]:1}")
  fi
  sleep 2
done
wait "$TPID"
peak=$(awk -F': ' '/Maximum resident/ {print $2}' "$DIR/time.txt")
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$DIR/time.txt")
echo "soak: 100% after $(($(date +%s) - start)) s: peak RSS $((peak / 1024)) MB; CPU $cpu s; $(wc -l < "$OUT") events"
echo "soak: machine: $(nproc) cores, $(uptime)"
