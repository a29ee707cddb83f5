#!/usr/bin/env bash
# Quick start, step 1: install what salvo needs from Debian's packages, build it,
# and run it on the bundled samples. Run as root on Debian 12 (or with sudo).
#   tools/setup.sh            deps + build + run on samples/
#   tools/setup.sh --deps     only install the packages (used by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake pkg-config git
  libre2-dev nlohmann-json3-dev libspdlog-dev libboost-program-options-dev
  zlib1g-dev libxlsxwriter-dev libmimalloc-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-openpyxl python3-jsonschema ripgrep parallel clang libclang-rt-14-dev time
  chromium)  # chromium: tests/report renders `salvo report` pages headless

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ "${1:-}" = "--deps" ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
build/salvo extract samples/*.jsonl -o out/samples.events.jsonl
echo "setup: events written to $(pwd)/out/samples.events.jsonl"
