#!/usr/bin/env python3
"""Checks that the generated meeting phrases were made from the lexicon as it is now, and that the
month names are well formed (CI runs this)."""
import hashlib
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent.parent
source = (root / "Scripts/language/meetings.tsv").read_bytes()
generated = (root / "Sources/ParleyModel/Resources/language/meeting-phrases.tsv").read_text(encoding="utf-8")
want = hashlib.sha256(source).hexdigest()
stamp = next((l.split()[-1] for l in generated.splitlines() if l.startswith("# source sha256")), None)
if stamp != want:
    sys.exit("meeting-phrases.tsv is out of date: run Scripts/language/generate.sh after changing meetings.tsv")
for number, line in enumerate(generated.splitlines(), 1):
    if line and not line.startswith("#") and len(line.split("\t")) != 2:
        sys.exit(f"meeting-phrases.tsv:{number}: expected 'phrase<TAB>role'")
print("meeting phrases: up to date")
months = (root / "Sources/ParleyModel/Resources/language/month-names.tsv").read_text(encoding="utf-8")
for number, line in enumerate(months.splitlines(), 1):
    parts = line.split("\t")
    if line and not line.startswith("#") and (len(parts) != 2 or not parts[1].isdigit() or not 1 <= int(parts[1]) <= 12):
        sys.exit(f"month-names.tsv:{number}: expected 'name<TAB>month number'")
print("month names: well formed")
