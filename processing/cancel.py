"""Cancellation shared by every algorithm: one message, raised (never a partial success)."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsProcessingException

CANCELLED = "Traitement annulé par l'utilisateur.\nCancelled by the user."


def check_canceled(feedback) -> None:
    """Raise "Traitement annulé / Cancelled" when the user cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(CANCELLED)


def cancel_probe(feedback) -> Callable[[], bool]:
    """A plain ``cancelled()`` callable for core functions (which never import QGIS)."""
    if feedback is None:
        return lambda: False
    return feedback.isCanceled
