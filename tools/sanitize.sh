#!/usr/bin/env bash
# Builds salvo and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DSALVO_SANITIZE=ON) in their own build dir and runs the whole test suite.
# Any sanitizer report fails the test that triggered it. Exit status is ctest's.
#
#   tools/sanitize.sh                 everything
#   tools/sanitize.sh -R ingest       only tests matching a ctest regex (extra args go to ctest)
#
# Environment: SALVO_SANITIZE_BUILD (build dir, default build-sanitize), JOBS.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SALVO_SANITIZE_BUILD:-build-sanitize}
jobs=${JOBS:-$(nproc)}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALVO_SANITIZE=ON -DSALVO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$jobs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@"
