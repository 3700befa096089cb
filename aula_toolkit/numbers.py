"""The one reader of text numbers (minimal version; the shared reader of issue 10 replaces it at merge).

French tables write ``12345,6`` or ``1 234,5`` (space, no-break or thin space as thousands separator)
or ``1.234,5``. Empty cells are missing (None); non-finite values are returned as they are so callers
can name them as bad.
"""

from __future__ import annotations

import re
from typing import Optional

import numpy as np

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_FRENCH_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
MISSING_TEXT = {"", "nan", "null", "none", "na", "n/a", "nr", "-", "–", "—"}


def parse_number(value) -> Optional[float]:
    """A float from a number or a French/English text number; None when missing or unreadable."""
    if value is None:
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    try:
        if value.isNull():  # QVariant NULL
            return None
    except AttributeError:
        pass
    text = str(value).strip()
    if text.lower() in MISSING_TEXT:
        return None
    text = _SPACES.sub("", text)
    if _FRENCH_THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None
