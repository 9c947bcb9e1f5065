#!/usr/bin/env bash
# Builds one libFuzzer harness with the fuzzer and address sanitizers and runs it on its seed corpus.
#
#   Fuzz/run.sh TARGET [SECONDS] [LIBFUZZER FLAGS...]
#       TARGET: readers | frontmatter | dates | analyzer | timeline; SECONDS: 600 by default; any further arguments
#       (-len_control=0, -seed=N, -dict=FILE) go to libFuzzer as they are.
#
# Seeds stay untouched in corpus/TARGET; what the fuzzer finds goes to .work/TARGET/corpus, crash, hang
# and slow inputs to .work/TARGET/artifacts, the full log to .work/TARGET/fuzz.log.
set -euo pipefail
cd "$(dirname "$0")"

target="${1:-}"
seconds="${2:-600}"
shift $(($# < 2 ? $# : 2))
case "$target" in
    readers) product=FuzzReaders max_len=16384 ;;     # whole pages, as files are read
    frontmatter) product=FuzzFrontMatter max_len=2048 ;;  # a header block is short
    dates) product=FuzzDates max_len=512 ;;           # a sentence or two of date phrases
    analyzer) product=FuzzAnalyzer max_len=4096 ;;    # a short article; the extractor is slow per byte
    timeline) product=FuzzTimeline max_len=65536 ;;   # 8 bytes a report: up to 8,192 reports
    *)
        echo "usage: $0 readers|frontmatter|dates|analyzer|timeline [SECONDS] [LIBFUZZER FLAGS...]" >&2
        exit 2
        ;;
esac

swift build -c release -Xswiftc -sanitize=fuzzer,address --product "$product" 2>&1 | grep -E "error|Compiling|complete" || true
binary="$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)/$product"
[ -x "$binary" ] || { echo "build failed: no $binary" >&2; exit 1; }

work=".work/$target"
mkdir -p "$work/corpus" "$work/artifacts"
log="$work/fuzz.log"

# One process only (no -jobs/-workers): the machine is shared. -timeout turns a hang into an artifact.
set +e
"$binary" "$work/corpus" "corpus/$target" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$@" >"$log" 2>&1
status=$?
set -e

echo "== $target ($product), $seconds s, exit status $status; log: Fuzz/$log"
grep -E '^#[0-9]+' "$log" | tail -1
grep -E '^(stat::|Done )' "$log" || true
grep -E 'ERROR: |SUMMARY: |Test unit written' "$log" || true
echo "corpus files: $(find "$work/corpus" -type f | wc -l)"
echo "artifacts: $(find "$work/artifacts" -type f | wc -l) $(ls "$work/artifacts" | tr '\n' ' ')"
exit "$status"
