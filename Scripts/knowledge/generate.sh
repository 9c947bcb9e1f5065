#!/usr/bin/env bash
# Rebuilds Parley's countries.tsv, cities.tsv and leaders.tsv from the raw sources.
#   Scripts/knowledge/generate.sh [--out DIR] [--sources DIR] [--measure]
# Default output: Sources/ParleyModel/Resources/knowledge. Default sources: ../shared/knowledge-sources
# beside the repository. The packages it needs go into a virtual environment outside the repository
# (PARLEY_KNOWLEDGE_VENV, default ~/.cache/parley-knowledge-venv), installed from requirements.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${PARLEY_KNOWLEDGE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/parley-knowledge-venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
# Reinstall only when requirements.txt changed since the last install.
if ! cmp -s "$here/requirements.txt" "$venv/.parley-requirements.txt"; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$venv/.parley-requirements.txt"
fi
exec "$venv/bin/python" "$here/generate.py" "$@"
