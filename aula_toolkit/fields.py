"""Output field declarations shared by every algorithm.

Field names are public API (users' models and styles depend on them): each algorithm declares its
fields once, here-typed, with French and English aliases; the Processing glue turns them into QgsFields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List

TEXT = "text"
INTEGER = "integer"
REAL = "real"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # TEXT, INTEGER or REAL
    fr: str
    en: str


def names(specs: Iterable[FieldSpec]) -> List[str]:
    return [spec.name for spec in specs]
