#!/usr/bin/env bash
# Saved web pages: `parley export --json` over a folder of pages, timed against trafilatura's
# `extract` over the same pages in the same run, and Parley's peak memory reading one large page.
#   Benchmarks/html-ratio.sh [PAGES_DIR]
# PAGES_DIR: .html or .html.gz pages (default: the 181 pages of ../shared/eval/html-bench, unpacked).
# PARLEY_BIN: the binary to measure (default: build .build/release/parley).
# TRAF_VENV: a virtual environment holding trafilatura, made once by hand, outside the repository:
#   python3 -m venv /tmp/trafvenv && /tmp/trafvenv/bin/pip install trafilatura
# (default /tmp/trafvenv; without it only Parley is timed). This script downloads nothing.
# BIG_MB: size of the generated large page for the memory figures (default 50; 0 skips it).
# On the default pages, both sides' bodies are also scored with the benchmark's score_bodies.py.
set -euo pipefail
pages=${1:+$(realpath "$1")}
bin=${PARLEY_BIN:+$(realpath "$PARLEY_BIN")}
venv=${TRAF_VENV:-/tmp/trafvenv}
cd "$(dirname "$0")/.."
if [ -z "$bin" ]; then swift build -c release --product parley >/dev/null; bin=$PWD/.build/release/parley; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/pages"
bench=../shared/eval/html-bench
if [ -z "$pages" ]; then pages=$bench/html; else bench=""; fi
for f in "$pages"/*.html "$pages"/*.htm "$pages"/*.html.gz; do
  [ -e "$f" ] || continue
  case "$f" in
    *.gz) gunzip -c "$f" > "$dir/pages/$(basename "$f" .gz)" ;;
    *) cp "$f" "$dir/pages/" ;;
  esac
done
count=$(ls "$dir/pages" | wc -l)
calc() { python3 -c "print($1)"; }
median() { sort -g | sed -n "$(( ($1 + 1) / 2 ))p"; }

# parley: the whole export (read, find the text, clean, extract entities and meetings, store), median of 3
t_parley=$(for _ in 1 2 3; do
  rm -f "$dir"/lib.sqlite*
  s=$(date +%s.%N); PARLEY_LIBRARY="$dir/lib.sqlite" "$bin" export --json "$dir/pages" >"$dir/parley.json"; e=$(date +%s.%N)
  calc "$e-$s"
done | median 3)
printf 'parley export --json: %d pages in %.2f s\n' "$count" "$t_parley"
[ -z "$bench" ] || python3 "$bench/score_bodies.py" "$dir/parley.json" | sed 's/^/  parley /' | grep score

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import trafilatura' 2>/dev/null; then
  t_traf=$("$venv/bin/python" - "$dir/pages" "$dir/trafilatura.json" <<'PY'
import json, sys, time, pathlib, trafilatura
files = sorted(pathlib.Path(sys.argv[1]).iterdir())
times = []
for _ in range(3):
    start = time.perf_counter()
    bodies = {f.stem: {"articleBody": trafilatura.extract(f.read_bytes(), include_comments=False) or ""} for f in files}
    times.append(time.perf_counter() - start)
json.dump(bodies, open(sys.argv[2], "w"))
print(sorted(times)[1])
PY
)
  printf 'trafilatura extract:  %d pages in %.2f s (text only, one process)\n' "$count" "$t_traf"
  [ -z "$bench" ] || python3 "$bench/score_bodies.py" "$dir/trafilatura.json" | sed 's/^/  trafilatura /' | grep score
  printf 'ratio: parley takes %.2fx the time of trafilatura\n' "$(calc "$t_parley/$t_traf")"
else
  echo "trafilatura: not measured (no $venv; see the header of this script)"
fi

if [ "${BIG_MB:-50}" -gt 0 ]; then
  # one long article page of BIG_MB: numbered paragraphs of prose between the usual furniture
  python3 - "$dir/big.html" "${BIG_MB:-50}" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
with open(path, "w") as out:
    out.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Long page</title></head><body>"
              "<nav><a href=\"/\">Home</a></nav><article><h1>Long page</h1>\n")
    written, n = 0, 0
    while written < mb * 1048576:
        n += 1
        para = (f"<p>The delegations met again on day {n} and went through the draft line by line, settling "
                f"the wording on <a href=\"/x\">fisheries</a>, transit fees and weather station {n * 7}.</p>\n")
        out.write(para)
        written += len(para)
    out.write("</article><footer>Footer</footer></body></html>\n")
PY
  /usr/bin/time -v "$bin" bench read "$dir/big.html" 2> "$dir/time.txt" >/dev/null
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.txt")
  printf 'peak memory reading a %d MB page: %d MB\n' "${BIG_MB:-50}" "$((kb / 1024))"
  /usr/bin/time -v env PARLEY_LIBRARY="$dir/big.sqlite" "$bin" export --json "$dir/big.html" 2> "$dir/time.txt" >/dev/null
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.txt")
  printf 'peak memory exporting it (reading, extraction, library): %d MB\n' "$((kb / 1024))"
fi
