"""Reading the hand-kept override files and writing the generated knowledge files."""

import os
import re

YEARS_RE = re.compile(r"^(\d{4})-(\d{4})?$")


class OverrideError(Exception):
    """A malformed line in a hand-kept file; str() is "file:line: reason"."""

    def __init__(self, path, line, reason):
        shown = os.path.relpath(path)
        super().__init__(f"{path if shown.startswith('..') else shown}:{line}: {reason}")


def read_rows(path, columns):
    """Yields (line number, [columns]) for each data line; every line must have exactly `columns`
    tab-separated columns (trailing empty ones may be left out) and a non-empty first column."""
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) > columns:
                raise OverrideError(path, number, f"expected {columns} tab-separated columns, found {len(cells)}")
            cells += [""] * (columns - len(cells))
            if not cells[0]:
                raise OverrideError(path, number, "the first column (a name) is empty")
            yield number, cells


def split_list(cell, path, number):
    """Splits a ;-separated cell; an empty item (";;" or a trailing ";") is an error."""
    if not cell:
        return []
    items = [i.strip() for i in cell.split(";")]
    if any(not i for i in items):
        raise OverrideError(path, number, f"empty item in the list '{cell}'")
    return items


def parse_years(cell, path, number):
    """ "1994-2022" -> (1994, 2022), "2019-" -> (2019, None), "" -> None."""
    if not cell:
        return None
    m = YEARS_RE.match(cell)
    if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
        raise OverrideError(path, number, f"years must look like 1994-2022 or 2019-, not '{cell}'")
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def format_years(span):
    start, end = span
    return f"{start}-{end if end is not None else ''}"


def write_file(directory, name, header, rows):
    """Writes header lines (each prefixed with "# ") then tab-joined rows; \n line ends, UTF-8."""
    os.makedirs(directory, exist_ok=True)
    lines = [("# " + h).rstrip() for h in header] + ["\t".join(r) for r in rows]
    with open(os.path.join(directory, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
