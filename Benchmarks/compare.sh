#!/usr/bin/env bash
# Ratios, not absolute times: Parley's extraction against references on the same generated files.
#   Benchmarks/compare.sh [ARTICLES]   (default 5000; builds Parley in release mode first)
# References: `grep -c` over the same bytes (one pass over the text: the floor), and spaCy's
# en_core_web_sm NER where Python has it (skipped with a message otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
swift build -c release --product parley >/dev/null
bin=.build/release/parley
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
$bin bench generate --articles "$n" --seed 42 "$dir/corpus" >/dev/null
bytes=$(cat "$dir"/corpus/*.txt | wc -c)
mb=$(python3 -c "print($bytes/1048576)")
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); python3 -c "print($e-$s)"; }
t_grep=$(seconds sh -c "cat $dir/corpus/*.txt | grep -c President")
t_parley=$(seconds $bin export --json "$dir/corpus")
printf 'corpus: %d articles, %.1f MB\n' "$n" "$mb"
printf 'grep -c          %8.2f s  %8.1f MB/s\n' "$t_grep" "$(python3 -c "print($mb/$t_grep)")"
printf 'parley export    %8.2f s  %8.1f MB/s  (read, clean, extract, store in memory, export)\n' "$t_parley" "$(python3 -c "print($mb/$t_parley)")"
printf 'ratio parley/grep: %.1fx slower\n' "$(python3 -c "print($t_parley/$t_grep)")"
if python3 -c "import spacy; spacy.load('en_core_web_sm')" 2>/dev/null; then
  t_spacy=$(seconds python3 - "$dir/corpus" <<'PY'
import pathlib, sys, spacy
nlp = spacy.load("en_core_web_sm", disable=["parser", "lemmatizer"])
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    nlp(f.read_text())
PY
)
  printf 'spaCy NER        %8.2f s  %8.1f MB/s\n' "$t_spacy" "$(python3 -c "print($mb/$t_spacy)")"
  printf 'ratio parley/spaCy: %.2f\n' "$(python3 -c "print($t_parley/$t_spacy)")"
else
  echo "spaCy with en_core_web_sm is not installed here: that reference is skipped"
fi
