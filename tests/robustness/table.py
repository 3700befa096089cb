"""The robustness table: one row per bad-input case, for every algorithm (see README.md).

A row says which algorithm runs with which parameters, and what must happen: ``OK`` (success),
``WARNING`` (success with a warning containing the fragments) or ``ERROR`` (a
``QgsProcessingException`` containing the fragments, never the internal-error wrapper). The runner
(test_table.py) runs every row under the French and the English translator, checks the French AND
English fragments, and checks that every input file is byte-identical afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

OK = "ok"
WARNING = "warning"
ERROR = "error"

DEMO = Path(__file__).resolve().parents[2] / "demo_data"

Parameters = Dict[str, object]


@dataclass(frozen=True)
class Case:
    """One row of the table.

    ``parameters(tmp)`` builds the parameters (it may first write a damaged copy of a demo file in
    ``tmp``, the folder where outputs go too). ``fr``/``en`` are fragments of the expected message
    (the error for ``ERROR``, one warning for ``WARNING``). ``cancel_after`` (seconds) or
    ``cancel_at_progress`` (number of progress reports) cancel the run: the outcome must then be
    ``ERROR`` with the cancel message, within ``CANCEL_DELAY_S``, and no output file is left.
    ``check(results, tmp)`` adds assertions of its own (e.g. a GeoPackage kept its other layers).
    """

    id: str
    algorithm: str
    kind: str  # class of case: output-over-input, non-finite, domain, text-number, null-id, duplicate-key,
    #            missing-field, geometry, crs, cancel, parameter…
    parameters: Callable[[Path], Parameters]
    outcome: str
    fr: Sequence[str] = ()
    en: Sequence[str] = ()
    cancel_after: Optional[float] = None
    cancel_at_progress: Optional[int] = None
    check: Optional[Callable[[dict, Path], None]] = None
    slow: bool = False
    inputs: Sequence[str] = field(default_factory=tuple)  # extra files that must stay byte-identical

    def __post_init__(self):
        assert self.outcome in (OK, WARNING, ERROR), self.outcome
        if self.outcome != OK:
            assert self.fr and self.en, f"{self.id}: give the French and English fragments"


CANCEL_DELAY_S = 1.0
CANCEL_FR = "Traitement annulé"
CANCEL_EN = "Cancelled"
INTERNAL_ERROR = ("Erreur interne", "internal error")
