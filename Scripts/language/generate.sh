#!/usr/bin/env bash
# Rebuilds Sources/ParleyModel/Resources/language/meeting-phrases.tsv from meetings.tsv, and
# month-names.tsv from the Unicode CLDR. Development time only: installs the pinned lemminflect and
# Babel into a virtual environment first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${PARLEY_LANGUAGE_VENV:-$HOME/.cache/parley-language-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r "$here/requirements.txt"
"$venv/bin/python" "$here/generate.py" "$@"
"$venv/bin/python" "$here/months.py"
