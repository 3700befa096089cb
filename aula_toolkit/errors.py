"""Bilingual messages for bad input and warnings.

The core does not know the user's language: every message carries French first, then English.
The Processing glue turns :class:`AulaInputError` into a ``QgsProcessingException``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """A French + English message (French first: our users are French)."""

    fr: str
    en: str

    def __str__(self) -> str:
        return f"{self.fr}\n{self.en}"


class AulaInputError(ValueError):
    """Bad input the user can fix: the message names the layer, field or value at fault."""

    def __init__(self, fr: str, en: str):
        self.message = Message(fr, en)
        super().__init__(str(self.message))

    @property
    def fr(self) -> str:
        return self.message.fr

    @property
    def en(self) -> str:
        return self.message.en


class AulaCancelled(AulaInputError):
    """The user cancelled: raised from core loops given a ``cancelled`` callable, never a partial result."""

    def __init__(self):
        super().__init__(fr="Traitement annulé par l'utilisateur.", en="Cancelled by the user.")


def raise_if_cancelled(cancelled) -> None:
    """Core loops call this with the ``cancelled`` callable they were given (None = never cancelled)."""
    if cancelled is not None and cancelled():
        raise AulaCancelled()


def preview(values, limit: int = 10) -> str:
    """A short, stable listing of offending values for a message (``a, b, c … (+12)``)."""
    values = [str(v) for v in values]
    head = ", ".join(values[:limit])
    return head if len(values) <= limit else f"{head} … (+{len(values) - limit})"
