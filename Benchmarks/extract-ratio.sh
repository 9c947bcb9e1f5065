#!/usr/bin/env bash
# Extraction alone (`parley bench extract`) as a ratio to `grep -c` over the same files in the same run,
# on a generated corpus and, when REAL_DIR is given, on real articles (copy some to 5 MB or more).
#   Benchmarks/extract-ratio.sh [REAL_DIR]
# PARLEY_BIN: the binary to measure (default: build .build/release/parley); ARTICLES: generated articles
# (default 1100, about 5 MB); CORPUS: a generated folder to measure instead of generating one.
# Both sides are medians of 5 passes; parley's MB/s counts the cleaned text it extracts from.
set -euo pipefail
real=${1:+$(realpath "$1")}
bin=${PARLEY_BIN:+$(realpath "$PARLEY_BIN")}
cd "$(dirname "$0")/.."
if [ -z "$bin" ]; then swift build -c release --product parley >/dev/null; bin=$PWD/.build/release/parley; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
corpus=${CORPUS:-$dir/corpus}
[ -n "${CORPUS:-}" ] || "$bin" bench generate --articles "${ARTICLES:-1100}" --seed 42 "$corpus" >/dev/null
calc() { python3 -c "print($1)"; }
measure() {  # LABEL DIR
  local files=("$2"/*.txt) mb t_grep out text_mb rate t_parley
  mb=$(calc "$(cat "${files[@]}" | wc -c)/1048576")
  t_grep=$(for _ in 1 2 3 4 5; do
    s=$(date +%s.%N); cat "${files[@]}" | grep -c President >/dev/null || true; e=$(date +%s.%N); calc "$e-$s"
  done | sort -g | sed -n 3p)
  out=$("$bin" bench extract --runs 5 "$2")  # "N articles, X MB: extraction R MB/s (min …"
  text_mb=$(sed -E 's/.*, ([0-9.]+) MB:.*/\1/' <<<"$out")
  rate=$(sed -E 's/.*extraction ([0-9.]+) MB\/s.*/\1/' <<<"$out")
  t_parley=$(calc "$text_mb/$rate")
  printf '%-9s %5d files %4.1f MB: grep -c %6.1f MB/s; parley extract %5.2f MB/s of %.1f MB text, %.3f s; ratio %.1fx\n' \
    "$1" "${#files[@]}" "$mb" "$(calc "$mb/$t_grep")" "$rate" "$text_mb" "$t_parley" "$(calc "$t_parley/$t_grep")"
}
measure generated "$corpus"
[ -z "$real" ] || measure real "$real"
