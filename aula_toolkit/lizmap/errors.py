"""Publishing errors: French + English, and a stable ``kind`` the glue and the tests can test."""

from __future__ import annotations

from ..errors import AulaInputError

UNREACHABLE = "unreachable"
AUTHENTICATION = "authentication"
REPOSITORY_NOT_FOUND = "repository_not_found"
NAME_CLASH = "name_clash"
INTERRUPTED = "interrupted"
CANCELED = "canceled"
TLS = "tls"
SERVER = "server"
VERIFICATION = "verification"
INVALID = "invalid"
LOCKED = "locked"

KINDS = (UNREACHABLE, AUTHENTICATION, REPOSITORY_NOT_FOUND, NAME_CLASH, INTERRUPTED, CANCELED, TLS, SERVER,
         VERIFICATION, INVALID, LOCKED)


class PublishError(AulaInputError):
    """A publication that failed; ``kind`` is one of :data:`KINDS`, the message names the fault."""

    def __init__(self, kind: str, fr: str, en: str):
        assert kind in KINDS, kind
        self.kind = kind
        super().__init__(fr=fr, en=en)
