#!/usr/bin/env python3
"""Checks that the generated meeting phrases were made from the lexicon as it is now (CI runs this)."""
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
