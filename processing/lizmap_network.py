"""HTTP of the Lizmap publication through QGIS's own network stack.

:class:`QgisTransport` sends every request (WebDAV, Lizmap metadata, WMS verification) with
``QgsNetworkAccessManager``: the proxy, SSL exceptions, timeout and user agent set in QGIS apply, and the
credentials of an authentication configuration are added by QGIS's authentication manager
(``updateNetworkRequest``): the password never passes through our code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QBuffer, QByteArray, QEventLoop, QFile, QIODevice, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..aula_toolkit.lizmap import errors as E
from ..aula_toolkit.lizmap import http as T
from ..aula_toolkit.lizmap.errors import PublishError
from ..aula_toolkit.lizmap.http import HttpResponse, Transport, TransportError
from ..toolbelt.resources import version

_NetworkError = QNetworkReply.NetworkError
_TLS_ERRORS = {_NetworkError.SslHandshakeFailedError}
_REASONS = {
    _NetworkError.ConnectionRefusedError: "connexion refusée / connection refused",
    _NetworkError.HostNotFoundError: "nom d'hôte inconnu / unknown host name",
    _NetworkError.TimeoutError: "délai dépassé / timed out",
    _NetworkError.RemoteHostClosedError: "connexion interrompue / connection lost",
    _NetworkError.ProxyConnectionRefusedError: "proxy : connexion refusée / proxy: connection refused",
    _NetworkError.ProxyNotFoundError: "proxy introuvable / proxy not found",
    _NetworkError.ProxyAuthenticationRequiredError: "authentification du proxy / proxy authentication",
}


def check_authcfg(authcfg: str) -> None:
    """Refuse an authentication configuration that is missing, unreadable or not Basic (bilingual)."""
    if not authcfg:
        return
    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise PublishError(E.AUTHENTICATION, fr="La base d'authentification de QGIS est désactivée.",
                           en="The QGIS authentication database is disabled.")
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, False) or not config.isValid():
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"Configuration d'authentification « {authcfg} » introuvable ou illisible (mot de passe principal "
               "de QGIS non saisi ?).",
            en=f"Authentication configuration '{authcfg}' not found or unreadable (QGIS master password not "
               "entered?).",
        )
    if config.method() != "Basic":
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"La configuration « {authcfg} » utilise la méthode {config.method()} ; seule la méthode Basic "
               "(identifiant et mot de passe) est prise en charge.",
            en=f"The configuration '{authcfg}' uses the {config.method()} method; only Basic (login and "
               "password) is supported.",
        )


class QgisTransport(Transport):
    """One blocking request at a time through ``QgsNetworkAccessManager`` (thread-local instance)."""

    def __init__(self, authcfg: str = ""):
        check_authcfg(authcfg)
        self.authcfg = authcfg

    def request(self, method: str, url: str, headers: Optional[Dict[str, str]] = None, body: bytes = b"",
                body_path: Optional[Path] = None, on_bytes: Optional[Callable[[int], None]] = None,
                is_canceled: Optional[Callable[[], bool]] = None, authenticated: bool = True) -> HttpResponse:
        is_canceled = is_canceled or (lambda: False)
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", f"AULA-Toolkit/{version()} QGIS".encode())
        for key, value in (headers or {}).items():
            request.setRawHeader(key.encode("ascii"), value.encode("utf-8"))
        if authenticated and self.authcfg:
            if not QgsApplication.authManager().updateNetworkRequest(request, self.authcfg):
                raise PublishError(
                    E.AUTHENTICATION,
                    fr=f"QGIS n'a pas pu appliquer la configuration d'authentification « {self.authcfg} ».",
                    en=f"QGIS could not apply the authentication configuration '{self.authcfg}'.",
                )
        device = None
        if body_path is not None:
            device = QFile(str(body_path))
            if not device.open(QIODevice.OpenModeFlag.ReadOnly):
                raise TransportError(T.UNREACHABLE, f"lecture impossible / cannot read {Path(body_path).name}")
            request.setHeader(QNetworkRequest.KnownHeaders.ContentLengthHeader, device.size())
        elif body:
            device = QBuffer()
            device.setData(QByteArray(body))
            device.open(QIODevice.OpenModeFlag.ReadOnly)
            request.setHeader(QNetworkRequest.KnownHeaders.ContentLengthHeader, len(body))
        manager = QgsNetworkAccessManager.instance()
        verb = QByteArray(method.encode("ascii"))
        reply = manager.sendCustomRequest(request, verb, device) if device is not None \
            else manager.sendCustomRequest(request, verb)
        canceled = [False]
        sent = [0]

        def on_upload(done: int, _total: int) -> None:
            if on_bytes is not None and done > sent[0]:
                on_bytes(done - sent[0])
                sent[0] = done

        def check_cancel() -> None:
            if is_canceled() and not reply.isFinished():
                canceled[0] = True
                reply.abort()

        reply.uploadProgress.connect(on_upload)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        timer = QTimer()
        timer.setInterval(100)
        timer.timeout.connect(check_cancel)
        timer.start()
        try:
            if not reply.isFinished():
                loop.exec()
        finally:
            timer.stop()
        try:
            if canceled[0]:
                raise TransportError(T.CANCELED, "annulé / cancelled")
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if status is None:
                error = reply.error()
                if error in _TLS_ERRORS:
                    raise TransportError(T.TLS, _tls_reason(reply))
                if error == _NetworkError.OperationCanceledError:  # QGIS's network timeout aborts the reply
                    raise TransportError(T.TIMEOUT, "délai dépassé (réglage réseau de QGIS) / timed out "
                                                    "(QGIS network setting)")
                raise TransportError(T.UNREACHABLE, _REASONS.get(error, f"erreur réseau / network error {int(error)}"))
            headers_out = {bytes(k).decode("latin-1"): bytes(reply.rawHeader(k)).decode("latin-1")
                           for k in reply.rawHeaderList()}
            return HttpResponse(int(status), headers_out, bytes(reply.readAll()))
        finally:
            reply.deleteLater()
            if device is not None:
                device.close()


def _tls_reason(reply) -> str:
    """A short TLS cause (QGIS's SSL error list names the certificate problem, never the URL)."""
    return "certificat non vérifié / certificate verify failed"
