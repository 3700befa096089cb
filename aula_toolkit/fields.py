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


KIND_WORDS = {TEXT: ("texte", "text"), INTEGER: ("entier", "integer"), REAL: ("nombre décimal", "decimal number")}


@dataclass(frozen=True)
class FieldSpec:
    """An output field: name (public API), type, French and English aliases, optional comments saying
    what the value means (unit, method, codes); :func:`comment` completes a missing one."""

    name: str
    kind: str  # TEXT, INTEGER or REAL
    fr: str
    en: str
    comment_fr: str = ""
    comment_en: str = ""


def comment(spec: FieldSpec, french: bool = True) -> str:
    """The field comment shown by QGIS (layer properties, attribute form tooltips), in the user's language."""
    text = spec.comment_fr if french else spec.comment_en
    kind = KIND_WORDS.get(spec.kind, (spec.kind, spec.kind))[0 if french else 1]
    if text:
        return f"{text} ({kind})"
    return f"{spec.fr if french else spec.en} ({kind})"


def names(specs: Iterable[FieldSpec]) -> List[str]:
    return [spec.name for spec in specs]
