"""INSEE commune codes as text: the one normalisation every algorithm shares.

Codes are text (``01001``, ``2A004``); tables often store them as numbers, losing the leading zero
(``1001``) or gaining a decimal (``62041.0``): both come back to the 5-character form.
"""

from __future__ import annotations

from typing import Iterable, List

MISSING = ("", "nan", "None", "NULL")


def insee_code(value) -> str:
    """One INSEE code as 5-character text ("" when missing)."""
    if value is None:
        return ""
    code = str(value).strip()
    if code.endswith(".0") and code[:-2].isdigit():
        code = code[:-2]
    if code in MISSING:
        return ""
    return code.zfill(5) if code.isdigit() and len(code) < 5 else code


def insee_codes(values: Iterable) -> List[str]:
    """Plain-Python loop: ~10× faster than pandas ``.str`` methods on object columns. Codes already written
    as 5 letters or digits (a Cerema or INSEE file) are what :func:`insee_code` gives back: kept as they are."""
    values = list(values)
    if all(type(v) is str and len(v) == 5 and v.isalnum() for v in values):
        return values
    return [insee_code(v) for v in values]
