#!/usr/bin/env bash
# `parley fetch` of 200 loopback feeds of 50 entries each (10,000 articles) into a new library, then a
# second fetch that must be answered only by 304s; and the peak memory of a fetch meeting a 50 MB body.
#   Benchmarks/fetch.sh            (builds Parley in release mode, and the tests, first)
# The feeds are served by the tests' loopback server (ParleyTestSupport); nothing leaves 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product parley >/dev/null
swift build --build-tests >/dev/null
PARLEY_FETCH_BENCH=1 PARLEY_BIN=$PWD/.build/release/parley \
  swift test --skip-build --filter FetchBenchmark 2>&1 | grep -E "fetch benchmark|✘|passed|failed"
