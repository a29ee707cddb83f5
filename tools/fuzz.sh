#!/usr/bin/env bash
# Builds salvo's libFuzzer targets with clang-14 (AddressSanitizer and
# UndefinedBehaviorSanitizer, libraries instrumented for coverage) and runs each
# for SECONDS (default 60). Exit status is non-zero if any target finds a crash;
# the crashing input is left in BUILD/fuzz-artifacts/.
#
#   tools/fuzz.sh                 every target, 60 s each
#   tools/fuzz.sh 10              every target, 10 s each (CI)
#   tools/fuzz.sh 600 fuzz_reader one target
#
# Environment: SALVO_FUZZ_BUILD (build dir, default build-fuzz), JOBS (build jobs).
# The growing corpus lives in BUILD/fuzz-corpus/TARGET; tests/fuzz/corpus has the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_reader fuzz_extract)
build=${SALVO_FUZZ_BUILD:-build-fuzz}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DSALVO_BUILD_FUZZERS=ON -DSALVO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target "${targets[@]}" -j"${JOBS:-$(nproc)}"

status=0
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/${t#fuzz_}
  corpus=$build/fuzz-corpus/$t
  mkdir -p "$corpus" "$build/fuzz-artifacts"
  args=(-max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1
        -artifact_prefix="$build/fuzz-artifacts/$t-")
  [ "$t" = fuzz_reader ] && args+=(-dict=tests/fuzz/json.dict)
  echo "fuzz: $t for ${secs}s"
  if ! "$build/tests/fuzz/$t" "${args[@]}" "$corpus" "$seeds"; then
    echo "fuzz: $t FAILED; reproduce with: $build/tests/fuzz/$t $build/fuzz-artifacts/$t-<crash file>" >&2
    status=1
  fi
done
exit $status
