"""Ids and join keys, checked the same way in every algorithm: a NULL id or a duplicated key is
refused with its rows, never merged into one "None" site nor silently resolved by "last row wins"."""

from __future__ import annotations

from typing import List, Optional, Sequence

from .errors import AulaInputError, preview

EMPTY_IDS = {"", "null", "none", "nan"}


def key_text(value) -> str:
    """An id as text ("" when missing); ``12.0`` read from a numeric column stays ``12``."""
    if value is None:
        return ""
    if type(value) is str:  # the usual case, without the isNull probe below
        text = value.strip()
        return "" if text.lower() in EMPTY_IDS else text
    try:
        if value.isNull():
            return ""
    except AttributeError:
        pass
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return "" if text.lower() in EMPTY_IDS else text


def check_ids(values: Sequence, layer: str, field: str, unique: bool = True,
              row_ids: Optional[Sequence] = None) -> List[str]:
    """The ids as text; NULL/empty ids (and, when ``unique``, duplicated ones) are an error naming them."""
    keys = [key_text(v) for v in values]
    rows = list(row_ids) if row_ids is not None else list(range(1, len(keys) + 1))
    empty = [rows[i] for i, k in enumerate(keys) if not k]
    if empty:
        raise AulaInputError(
            fr=f"« {layer} » : {len(empty)} entité(s) sans identifiant dans « {field} » (rangs {preview(empty)}) ; "
               "chaque entité doit avoir un identifiant : complétez-les ou choisissez un autre champ.",
            en=f"'{layer}': {len(empty)} feature(s) without an id in '{field}' (rows {preview(empty)}); every "
               "feature needs an id: fill them in or choose another field.",
        )
    if unique:
        seen, doubles = set(), []
        for k in keys:
            if k in seen and k not in doubles:
                doubles.append(k)
            seen.add(k)
        if doubles:
            raise AulaInputError(
                fr=f"« {layer} » : identifiant(s) en double dans « {field} » : {preview(doubles)} ; une ligne par "
                   "identifiant.",
                en=f"'{layer}': duplicated id(s) in '{field}': {preview(doubles)}; one row per id.",
            )
    return keys


def require_field(field: str, columns: Sequence[str], parameter: str, layer: str) -> None:
    """A field named by a parameter must exist in the layer."""
    if field not in columns:
        raise AulaInputError(
            fr=f"{parameter} : champ « {field} » introuvable dans « {layer} » ; champs : {preview(list(columns), 20)}",
            en=f"{parameter}: field '{field}' not found in '{layer}'; fields: {preview(list(columns), 20)}",
        )
