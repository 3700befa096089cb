"""HTTP for the publication, without QGIS: one small interface the QGIS glue implements with QGIS's own
network stack (``processing/lizmap_network.py``: ``QgsNetworkAccessManager``, auth configurations, proxy,
SSL exceptions and timeouts of the user's QGIS settings).

:class:`UrllibTransport` (standard library) serves the QGIS-free uses: core tests, scripts. Nothing here
logs a header; URLs are logged without user info or query string.
"""

from __future__ import annotations

import base64
import http.client
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional

#: failures below HTTP (no status): what the user can do about it differs
UNREACHABLE = "unreachable"
TLS = "tls"
TIMEOUT = "timeout"
CANCELED = "canceled"


@dataclass
class HttpResponse:
    status: int
    headers: Dict[str, str] = field(default_factory=dict)
    content: bytes = b""

    def header(self, name: str) -> str:
        lower = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lower), "")


class TransportError(Exception):
    """No HTTP answer: ``kind`` is one of UNREACHABLE, TLS, TIMEOUT, CANCELED; ``reason`` a short cause."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class Transport:
    """Send one request and wait for its answer (any HTTP status is an answer, not an error)."""

    def request(self, method: str, url: str, headers: Optional[Dict[str, str]] = None, body: bytes = b"",
                body_path: Optional[Path] = None, on_bytes: Optional[Callable[[int], None]] = None,
                is_canceled: Optional[Callable[[], bool]] = None, authenticated: bool = True) -> HttpResponse:
        """``body_path`` streams a file (uploads); ``authenticated`` False sends no credentials (a server
        that is not the one the credentials belong to)."""
        raise NotImplementedError


class _CancelableFile:
    def __init__(self, path: Path, on_bytes, is_canceled):
        self._file = open(path, "rb")
        self._on_bytes = on_bytes or (lambda n: None)
        self._is_canceled = is_canceled or (lambda: False)

    def read(self, size: int = -1) -> bytes:
        if self._is_canceled():
            raise TransportError(CANCELED, "annulé / cancelled")
        data = self._file.read(1 << 20 if size is None or size < 0 else size)
        self._on_bytes(len(data))
        return data

    def close(self) -> None:
        self._file.close()


class UrllibTransport(Transport):
    """Standard-library HTTP with optional Basic credentials; TLS always verified."""

    def __init__(self, user: str = "", password: str = "", timeout: float = 60.0, user_agent: str = "AULA-Toolkit"):
        self._auth = ("Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")) if user else ""
        self.timeout = timeout
        self.user_agent = user_agent

    def request(self, method, url, headers=None, body=b"", body_path=None, on_bytes=None, is_canceled=None,
                authenticated=True) -> HttpResponse:
        sent_headers = {"User-Agent": self.user_agent, **(headers or {})}
        if self._auth and authenticated:
            sent_headers["Authorization"] = self._auth
        data = body or None
        stream = None
        if body_path is not None:
            stream = _CancelableFile(Path(body_path), on_bytes, is_canceled)
            sent_headers["Content-Length"] = str(Path(body_path).stat().st_size)
            data = stream
        request = urllib.request.Request(url, data=data, method=method, headers=sent_headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout,
                                        context=ssl.create_default_context()) as answer:
                return HttpResponse(answer.status, dict(answer.headers.items()), answer.read())
        except urllib.error.HTTPError as error:
            return HttpResponse(error.code, dict(error.headers.items()), error.read() or b"")
        except TransportError:
            raise
        except ssl.SSLError as error:
            raise TransportError(TLS, str(error.reason or error)) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, ssl.SSLError):
                raise TransportError(TLS, str(error.reason.reason or error.reason)) from None
            if isinstance(error.reason, TransportError):
                raise error.reason from None
            raise TransportError(UNREACHABLE, short_reason(error.reason)) from None
        except TimeoutError:
            raise TransportError(TIMEOUT, "délai dépassé / timed out") from None
        except (ConnectionError, http.client.HTTPException, OSError) as error:
            raise TransportError(UNREACHABLE, short_reason(error)) from None
        finally:
            if stream is not None:
                stream.close()


def short_reason(error) -> str:
    """A short cause without URLs (they may carry a query string)."""
    text = str(error) or str(getattr(error, "__context__", "") or "")
    if "refused" in text.lower():
        return "connexion refusée / connection refused"
    if "Name or service not known" in text or "not found" in text.lower() or "getaddrinfo" in text:
        return "nom d'hôte inconnu / unknown host name"
    if "timed out" in text.lower() or "timeout" in text.lower():
        return "délai dépassé / timed out"
    if "reset" in text.lower() or "closed" in text.lower() or "aborted" in text.lower():
        return "connexion interrompue / connection lost"
    return text.split(" for url")[0][:160] or type(error).__name__
