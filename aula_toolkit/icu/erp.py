"""Sensitive establishments (ERP) recognised from a category field.

Sensitivity of one establishment: 0 = not sensitive (ignored), 2 = sensitive, 3 = highly sensitive
(very young children, dependent elderly people, patients). Recognition, in this order:

1. **Codes** (INSEE BPE ``TYPEQU``, FINESS ``categetab``), by prefix, case-insensitive:
   ``codes_high`` (default ``C101, C102, D1, D401, D502, 500``: écoles maternelles, établissements de
   santé, hébergement des personnes âgées, crèches / EAJE, FINESS 500 EHPAD) → 3;
   ``codes`` (default ``C1, D1, D401, D502, 500``: every BPE C1xx école, plus the above) → 2.
   Both lists are parameters (``ERP_CODES``, ``ERP_CODES_HIGH``).
2. **Words** in a text category (accents and case ignored): crèche, multi-accueil, EAJE, maternelle,
   EHPAD, maison de retraite, résidence autonomie, hôpital, clinique, centre hospitalier → 3; école,
   élémentaire, primaire, collège, lycée, centre de santé, maison de santé → 2.
3. **No category field**: every establishment of the layer is taken as sensitive (2).

Codes are checked before words, so a layer mixing BPE codes and text works. Unrecognised categories
are ignored and listed in a message.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..errors import Message, preview

DEFAULT_CODES = ("C1", "D1", "D401", "D502", "500")
DEFAULT_CODES_HIGH = ("C101", "C102", "D1", "D401", "D502", "500")

KIND_BY_CODE = (
    ("C101", "école maternelle"), ("C102", "école maternelle"), ("C104", "école élémentaire"),
    ("C105", "école élémentaire"), ("C1", "école"), ("C2", "collège"), ("C3", "lycée"),
    ("D1", "établissement de santé"), ("D401", "hébergement personnes âgées"), ("D502", "crèche / EAJE"),
    ("500", "EHPAD (FINESS 500)"),
)

WORDS_HIGH = ("creche", "multi-accueil", "multi accueil", "eaje", "maternelle", "ehpad", "maison de retraite",
              "residence autonomie", "hopital", "clinique", "centre hospitalier", "petite enfance")
WORDS = ("ecole", "elementaire", "primaire", "college", "lycee", "centre de sante", "maison de sante")
KIND_WORDS = {
    "creche": "crèche", "multi-accueil": "multi-accueil", "multi accueil": "multi-accueil",
    "eaje": "établissement d'accueil du jeune enfant", "maternelle": "école maternelle", "ehpad": "EHPAD",
    "maison de retraite": "maison de retraite", "residence autonomie": "résidence autonomie", "hopital": "hôpital",
    "clinique": "clinique", "centre hospitalier": "centre hospitalier", "petite enfance": "petite enfance",
    "ecole": "école", "elementaire": "école élémentaire", "primaire": "école primaire", "college": "collège",
    "lycee": "lycée", "centre de sante": "centre de santé", "maison de sante": "maison de santé",
}
"""The kind shown to the reader for a recognised word (accented French, not the raw category)."""


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", text.lower()).strip()


def parse_codes(text) -> Tuple[str, ...]:
    """``"C1, D1;D401 500"`` → ``("C1", "D1", "D401", "500")``."""
    if text is None:
        return ()
    if isinstance(text, (list, tuple)):
        return tuple(str(t).strip().upper() for t in text if str(t).strip())
    return tuple(t.upper() for t in re.split(r"[\s,;]+", str(text)) if t)


@dataclass
class ErpClasses:
    sensitivity: np.ndarray  #: 0, 2 or 3 per establishment
    kind: np.ndarray  #: recognised kind (text) or ""
    messages: List[Message] = field(default_factory=list)


def classify_erp(categories: Optional[Sequence], codes=DEFAULT_CODES, codes_high=DEFAULT_CODES_HIGH,
                 n: Optional[int] = None, layer: str = "ERP") -> ErpClasses:
    """Sensitivity and kind of each establishment (module docstring)."""
    codes, codes_high = parse_codes(codes), parse_codes(codes_high)
    if categories is None:
        n = int(n or 0)
        return ErpClasses(np.full(n, 2, dtype=np.int64), np.array(["établissement sensible"] * n, dtype=object),
                          [Message(f"{layer} : pas de champ de catégorie, les {n} établissements sont tous pris comme sensibles.",
                                   f"{layer}: no category field, all {n} establishments are taken as sensitive.")])
    sens = np.zeros(len(categories), dtype=np.int64)
    kind = np.empty(len(categories), dtype=object)
    kind[:] = ""
    unknown = Counter()
    for i, raw in enumerate(categories):
        if raw is None or (isinstance(raw, float) and np.isnan(raw)):
            unknown["(vide)"] += 1
            continue
        text = str(raw).strip()
        code = text.upper()
        if re.fullmatch(r"\d+(\.0+)?", code):
            code = code.split(".")[0]
        if any(code.startswith(c) for c in codes_high):
            sens[i] = 3
        elif any(code.startswith(c) for c in codes):
            sens[i] = 2
        if sens[i]:
            kind[i] = next((k for c, k in KIND_BY_CODE if code.startswith(c)), code)
            continue
        plain = _plain(text)
        high = next((w for w in WORDS_HIGH if w in plain), None)
        low = next((w for w in WORDS if w in plain), None) if high is None else None
        if high or low:
            sens[i] = 3 if high else 2
            kind[i] = KIND_WORDS.get(high or low, text.lower())
        else:
            unknown[text] += 1
    messages = []
    n_ok = int((sens > 0).sum())
    messages.append(Message(
        f"{layer} : {n_ok} établissements sensibles reconnus sur {len(categories)} "
        f"(dont {int((sens == 3).sum())} très sensibles).",
        f"{layer}: {n_ok} sensitive establishments recognised out of {len(categories)} "
        f"({int((sens == 3).sum())} highly sensitive).",
    ))
    if unknown:
        listed = [f"{k} ({v})" for k, v in unknown.most_common()]
        messages.append(Message(
            f"{layer} : {sum(unknown.values())} établissements de catégorie non reconnue ignorés : {preview(listed)}.",
            f"{layer}: {sum(unknown.values())} establishments of unrecognised category ignored: {preview(listed)}.",
        ))
    return ErpClasses(sens, kind, messages)
