"""Where a web project goes: a local repository folder or a WebDAV repository, uploaded atomically.

Every file is first written under a temporary hidden name (``.<name>.aula-<token>.part``); only when all
files are complete does :func:`upload_atomically` keep the previous version as ``<name>.bak`` and rename
the new files into place (data first, ``.qgs`` next, ``.qgs.cfg`` last, so Lizmap never reads a cfg
whose project is missing). A failed or interrupted upload leaves the published project untouched.

Credentials: :class:`WebDavTarget` takes a ``requests`` session prepared by the caller (QGIS glue: the
authentication database). Nothing here logs a header or the session's auth; URLs are logged without
user info. TLS certificates are always verified.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Optional, Sequence
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from . import errors as E
from .errors import PublishError

LOGGER = logging.getLogger("aula_toolkit.lizmap")

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]

BACKUP_SUFFIX = ".bak"
CHUNK = 1 << 20
TIMEOUT = (10, 120)  # connect, read (seconds)
OWNER_KEY = "aula_toolkit_version"


def redact_url(url: str) -> str:
    """The URL without ``user:password@`` and without query string (safe to log or show)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class _Canceled(Exception):
    pass


class _ProgressReader:
    """File-like body for ``requests``: reports bytes sent, stops when the user cancels."""

    def __init__(self, path: Path, on_bytes: Callable[[int], None], is_canceled: CancelCheck):
        self._file = open(path, "rb")
        self._size = os.path.getsize(path)
        self._on_bytes = on_bytes
        self._is_canceled = is_canceled
        self.canceled = False

    def __len__(self) -> int:
        return self._size

    def read(self, size: int = -1) -> bytes:
        if self._is_canceled():
            self.canceled = True
            raise _Canceled()
        data = self._file.read(CHUNK if size is None or size < 0 else size)
        self._on_bytes(len(data))
        return data

    def close(self) -> None:
        self._file.close()


# --- targets ------------------------------------------------------------------------------------

class Target:
    """A Lizmap repository seen as a flat folder of files."""

    #: shown to the user and written in logs (never with credentials)
    label = ""

    def check(self) -> None:
        raise NotImplementedError

    def list_names(self) -> List[str]:
        raise NotImplementedError

    def exists(self, name: str) -> bool:
        return name in self.list_names()

    def read_text(self, name: str) -> Optional[str]:
        raise NotImplementedError

    def size(self, name: str) -> Optional[int]:
        raise NotImplementedError

    def upload(self, local: Path, name: str, on_bytes: Callable[[int], None], is_canceled: CancelCheck) -> None:
        raise NotImplementedError

    def backup(self, name: str, backup: str) -> None:
        """Keep a copy of ``name`` as ``backup`` (replacing an older backup); ``name`` stays in place."""
        raise NotImplementedError

    def replace(self, source: str, name: str) -> None:
        """Rename ``source`` to ``name``, replacing ``name``."""
        raise NotImplementedError

    def delete(self, name: str) -> None:
        raise NotImplementedError


class LocalFolderTarget(Target):
    """A repository folder on a disk or a mounted share."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.label = str(self.folder)

    def _path(self, name: str) -> Path:
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise PublishError(E.INVALID, fr=f"Nom de fichier invalide : {name}", en=f"Invalid file name: {name}")
        return self.folder / name

    def check(self) -> None:
        if not self.folder.is_dir():
            raise PublishError(
                E.REPOSITORY_NOT_FOUND,
                fr=f"Répertoire Lizmap introuvable : « {self.folder} » n'existe pas ou n'est pas un dossier.",
                en=f"Lizmap repository not found: '{self.folder}' does not exist or is not a folder.",
            )
        if not os.access(self.folder, os.W_OK):
            raise PublishError(
                E.AUTHENTICATION,
                fr=f"Écriture refusée dans le répertoire Lizmap « {self.folder} » (droits du dossier).",
                en=f"Writing refused in the Lizmap repository '{self.folder}' (folder permissions).",
            )

    def list_names(self) -> List[str]:
        return sorted(p.name for p in self.folder.iterdir() if p.is_file())

    def exists(self, name: str) -> bool:
        return self._path(name).is_file()

    def read_text(self, name: str) -> Optional[str]:
        path = self._path(name)
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None

    def size(self, name: str) -> Optional[int]:
        path = self._path(name)
        return path.stat().st_size if path.is_file() else None

    def upload(self, local: Path, name: str, on_bytes, is_canceled) -> None:
        target = self._path(name)
        try:
            with open(local, "rb") as src, open(target, "wb") as dst:
                while True:
                    if is_canceled():
                        raise _Canceled()
                    data = src.read(CHUNK)
                    if not data:
                        break
                    dst.write(data)
                    on_bytes(len(data))
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as error:
            raise PublishError(
                E.INTERRUPTED,
                fr=f"Écriture de « {name} » dans « {self.folder} » impossible : {error.strerror or error}.",
                en=f"Could not write '{name}' into '{self.folder}': {error.strerror or error}.",
            ) from None

    def backup(self, name: str, backup: str) -> None:
        source, dest = self._path(name), self._path(backup)
        tmp = self._path(f".{backup}.tmp")
        try:  # a hard link is instant and leaves the published file in place
            if tmp.exists():
                tmp.unlink()
            os.link(source, tmp)
        except OSError:
            shutil.copy2(source, tmp)
        os.replace(tmp, dest)

    def replace(self, source: str, name: str) -> None:
        os.replace(self._path(source), self._path(name))

    def delete(self, name: str) -> None:
        try:
            self._path(name).unlink()
        except FileNotFoundError:
            pass


class WebDavTarget(Target):
    """A WebDAV repository (the Lizmap hosting way), e.g. ``https://host/dav/repository/``.

    ``session`` is a ``requests.Session`` carrying the authentication; its ``verify`` must stay True.
    """

    def __init__(self, url: str, session=None, timeout=TIMEOUT):
        import requests

        self.url = url if url.endswith("/") else url + "/"
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(E.INVALID, fr=f"Adresse WebDAV invalide : « {redact_url(url)} ».",
                               en=f"Invalid WebDAV address: '{redact_url(url)}'.")
        if parts.username or parts.password:
            raise PublishError(
                E.INVALID,
                fr="L'adresse WebDAV ne doit pas contenir d'identifiants : utilisez une configuration "
                   "d'authentification QGIS.",
                en="The WebDAV address must not contain credentials: use a QGIS authentication configuration.",
            )
        self.session = session if session is not None else requests.Session()
        if self.session.verify is False:
            raise PublishError(E.TLS, fr="La vérification TLS ne peut pas être désactivée.",
                               en="TLS verification cannot be turned off.")
        self.timeout = timeout
        self.label = redact_url(self.url)

    # -- HTTP --

    def _url(self, name: str = "") -> str:
        return self.url + quote(name)

    def _request(self, method: str, name: str = "", expected=(200, 201, 204, 207), **kwargs):
        import requests

        url = self._url(name)
        LOGGER.debug("WebDAV %s %s", method, redact_url(url))
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.exceptions.SSLError as error:
            raise PublishError(
                E.TLS,
                fr=f"Certificat TLS refusé pour « {self.label} » : {_reason(error)}. La vérification reste "
                   "active ; installez le certificat de l'autorité dans le système.",
                en=f"TLS certificate refused for '{self.label}': {_reason(error)}. Verification stays on; "
                   "install the authority's certificate in the system.",
            ) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as error:
            raise PublishError(
                E.UNREACHABLE,
                fr=f"Serveur WebDAV injoignable : « {self.label} » ({_reason(error)}).",
                en=f"WebDAV server unreachable: '{self.label}' ({_reason(error)}).",
            ) from None
        if response.status_code in (401, 403):
            raise PublishError(
                E.AUTHENTICATION,
                fr=f"Authentification refusée par « {self.label} » (HTTP {response.status_code}) : vérifiez "
                   "l'identifiant et le mot de passe de la configuration d'authentification.",
                en=f"Authentication refused by '{self.label}' (HTTP {response.status_code}): check the login and "
                   "password of the authentication configuration.",
            )
        if response.status_code not in expected:
            raise PublishError(
                E.SERVER,
                fr=f"Le serveur WebDAV a répondu HTTP {response.status_code} à {method} « {name or '/'} ».",
                en=f"The WebDAV server answered HTTP {response.status_code} to {method} '{name or '/'}'.",
            )
        return response

    def check(self) -> None:
        response = self._request("PROPFIND", headers={"Depth": "0"}, expected=(207, 404, 405))
        if response.status_code == 404:
            raise PublishError(
                E.REPOSITORY_NOT_FOUND,
                fr=f"Répertoire Lizmap introuvable sur le serveur WebDAV : « {self.label} » (HTTP 404).",
                en=f"Lizmap repository not found on the WebDAV server: '{self.label}' (HTTP 404).",
            )
        if response.status_code == 405:
            raise PublishError(
                E.SERVER,
                fr=f"« {self.label} » n'est pas un dossier WebDAV (PROPFIND refusé, HTTP 405).",
                en=f"'{self.label}' is not a WebDAV folder (PROPFIND refused, HTTP 405).",
            )

    def _propfind(self, name: str, depth: str):
        response = self._request("PROPFIND", name, headers={"Depth": depth}, expected=(207, 404))
        if response.status_code == 404:
            return None
        root = ET.fromstring(response.content)
        entries = []
        for item in root.iter("{DAV:}response"):
            href = unquote(item.findtext("{DAV:}href") or "")
            length = item.findtext(".//{DAV:}getcontentlength")
            collection = item.find(".//{DAV:}collection") is not None
            entries.append((href.rstrip("/").rsplit("/", 1)[-1], None if length is None else int(length), collection))
        return entries

    def list_names(self) -> List[str]:
        entries = self._propfind("", "1") or []
        own = urlsplit(self.url).path.rstrip("/").rsplit("/", 1)[-1]
        return sorted(n for n, _, collection in entries if not collection and n and n != own)

    def exists(self, name: str) -> bool:
        return self.size(name) is not None

    def size(self, name: str) -> Optional[int]:
        entries = self._propfind(name, "0")
        if not entries:
            return None
        return entries[0][1] if entries[0][1] is not None else 0

    def read_text(self, name: str) -> Optional[str]:
        response = self._request("GET", name, expected=(200, 404))
        if response.status_code == 404:
            return None
        return response.content.decode("utf-8", errors="replace")

    def upload(self, local: Path, name: str, on_bytes, is_canceled) -> None:
        import requests

        reader = _ProgressReader(Path(local), on_bytes, is_canceled)
        try:
            self._request("PUT", name, data=reader, headers={"Content-Type": "application/octet-stream"},
                          expected=(200, 201, 204))
        except _Canceled:
            raise
        except PublishError as error:
            if reader.canceled:
                raise _Canceled() from None
            if error.kind == E.UNREACHABLE:
                raise PublishError(
                    E.INTERRUPTED,
                    fr=f"Envoi de « {Path(local).name} » interrompu : la connexion à « {self.label} » a été "
                       "perdue.",
                    en=f"Upload of '{Path(local).name}' interrupted: the connection to '{self.label}' was lost.",
                ) from None
            raise
        except requests.exceptions.RequestException as error:
            if reader.canceled:
                raise _Canceled() from None
            raise PublishError(
                E.INTERRUPTED,
                fr=f"Envoi de « {Path(local).name} » interrompu : {_reason(error)}.",
                en=f"Upload of '{Path(local).name}' interrupted: {_reason(error)}.",
            ) from None
        finally:
            reader.close()

    def _move_or_copy(self, method: str, source: str, name: str) -> None:
        self._request(method, source, headers={"Destination": self._url(name), "Overwrite": "T"},
                      expected=(201, 204))

    def backup(self, name: str, backup: str) -> None:
        self._move_or_copy("COPY", name, backup)

    def replace(self, source: str, name: str) -> None:
        self._move_or_copy("MOVE", source, name)

    def delete(self, name: str) -> None:
        self._request("DELETE", name, expected=(200, 204, 404))


def _reason(error: Exception) -> str:
    """A short cause without URLs (they may carry a query string)."""
    text = str(error) or str(error.__context__ or "")
    if "Connection refused" in text:
        return "connexion refusée / connection refused"
    if "Name or service not known" in text or "getaddrinfo failed" in text or "nodename nor servname" in text:
        return "nom d'hôte inconnu / unknown host name"
    if "timed out" in text.lower():
        return "délai dépassé / timed out"
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return "certificat non vérifié / certificate verify failed"
    if "RemoteDisconnected" in text or "Connection aborted" in text or "reset by peer" in text \
            or "Broken pipe" in text:
        return "connexion coupée / connection lost"
    return type(error).__name__


# --- atomic upload ------------------------------------------------------------------------------

@dataclass
class UploadItem:
    local: Path
    name: str  # file name in the repository


@dataclass
class UploadReport:
    target: str
    uploaded: List[str]
    backups: List[str]
    bytes_sent: int


def part_name(name: str, token: str) -> str:
    return f".{name}.aula-{token}.part"


def is_ours(cfg_text: Optional[str]) -> bool:
    """Whether a published cfg was written by AULA Toolkit (its metadata carries our version)."""
    if not cfg_text:
        return False
    import json

    try:
        return OWNER_KEY in (json.loads(cfg_text).get("metadata") or {})
    except (ValueError, AttributeError):
        return False


def check_name_clash(target: Target, project_file: str, cfg_file: str, allow_foreign: bool) -> bool:
    """Refuse to replace a project of the same name that AULA Toolkit did not publish. Returns
    whether a previous version exists."""
    names = set(target.list_names())
    if project_file not in names and cfg_file not in names:
        return False
    if allow_foreign:
        return True
    if not is_ours(target.read_text(cfg_file) if cfg_file in names else None):
        raise PublishError(
            E.NAME_CLASH,
            fr=f"Conflit de nom : le répertoire « {target.label} » contient déjà un projet « {project_file} » "
               "qui n'a pas été publié par AULA Toolkit. Choisissez un autre nom de projet (ou autorisez le "
               "remplacement).",
            en=f"Name clash: the repository '{target.label}' already holds a project '{project_file}' that "
               "AULA Toolkit did not publish. Choose another project name (or allow replacing it).",
        )
    return True


def upload_atomically(target: Target, items: Sequence[UploadItem], project_file: str, cfg_file: str,
                      progress: Optional[ProgressCallback] = None, is_canceled: Optional[CancelCheck] = None,
                      allow_foreign: bool = False, keep_backup: bool = True) -> UploadReport:
    """Upload ``items`` (in order; put the cfg last) so that the repository holds either the previous
    version or the new one, never a mix; the previous version is kept as ``<name>.bak``."""
    progress = progress or (lambda fraction, message: None)
    is_canceled = is_canceled or (lambda: False)

    progress(0.0, f"Connexion à {target.label}")
    target.check()
    had_previous = check_name_clash(target, project_file, cfg_file, allow_foreign)

    names = {item.name for item in items}
    for stale in target.list_names():  # parts left by an earlier interrupted upload
        if stale.startswith(".") and stale.endswith(".part") and ".aula-" in stale \
                and stale[1:stale.index(".aula-")] in names:
            _quiet(target.delete, stale)

    token = uuid.uuid4().hex[:12]
    total = sum(os.path.getsize(item.local) for item in items) or 1
    sent = [0]

    def on_bytes(n: int) -> None:
        sent[0] += n
        progress(0.9 * sent[0] / total, "Envoi des fichiers")

    parts: List[str] = []
    try:
        for item in items:
            part = part_name(item.name, token)
            parts.append(part)
            LOGGER.info("Upload %s → %s/%s", item.local.name, target.label, part)
            target.upload(Path(item.local), part, on_bytes, is_canceled)
            expected = os.path.getsize(item.local)
            got = target.size(part)
            if got != expected:
                raise PublishError(
                    E.INTERRUPTED,
                    fr=f"Envoi de « {item.name} » incomplet : {got} octets reçus sur {expected}.",
                    en=f"Upload of '{item.name}' incomplete: {got} bytes received out of {expected}.",
                )
            if is_canceled():
                raise _Canceled()
    except _Canceled:
        _cleanup(target, parts)
        raise PublishError(
            E.CANCELED,
            fr="Publication annulée : le projet déjà publié n'a pas été modifié.",
            en="Publication cancelled: the project already published was not changed.",
        ) from None
    except PublishError as error:
        _cleanup(target, parts)
        raise PublishError(
            E.INTERRUPTED if error.kind in (E.UNREACHABLE, E.SERVER) else error.kind,
            fr=f"{error.fr} Le projet déjà publié est intact.",
            en=f"{error.en} The project already published is intact.",
        ) from None

    # Every file is complete on the server: keep the previous version, then swap.
    progress(0.92, "Sauvegarde de la version précédente")
    backups: List[str] = []
    try:
        if keep_backup and had_previous:
            existing = set(target.list_names())
            for item in items:
                if item.name in existing:
                    target.backup(item.name, item.name + BACKUP_SUFFIX)
                    backups.append(item.name + BACKUP_SUFFIX)
    except PublishError as error:
        _cleanup(target, parts)
        raise PublishError(
            E.INTERRUPTED,
            fr=f"Sauvegarde de la version précédente impossible ({error.fr}) ; rien n'a été remplacé.",
            en=f"Could not back up the previous version ({error.en}); nothing was replaced.",
        ) from None

    progress(0.96, "Remplacement du projet publié")
    done: List[str] = []
    try:
        for item, part in zip(items, parts):
            target.replace(part, item.name)
            done.append(item.name)
    except PublishError as error:
        restored = _restore(target, done, backups)
        _cleanup(target, parts[len(done):])
        state_fr = "la version précédente a été restaurée" if restored else \
            f"restaurez la version précédente depuis les fichiers {BACKUP_SUFFIX}"
        state_en = "the previous version was restored" if restored else \
            f"restore the previous version from the {BACKUP_SUFFIX} files"
        raise PublishError(
            E.INTERRUPTED,
            fr=f"Remplacement interrompu après {len(done)} fichier(s) ({error.fr}) : {state_fr}.",
            en=f"Replacement interrupted after {len(done)} file(s) ({error.en}): {state_en}.",
        ) from None
    progress(1.0, "Fichiers publiés")
    return UploadReport(target.label, [item.name for item in items], backups, sent[0])


def restore_backup(target: Target, names: Sequence[str]) -> List[str]:
    """Put the ``.bak`` copies back in place (after a publication the user wants to undo)."""
    restored = []
    existing = set(target.list_names())
    for name in names:
        if name + BACKUP_SUFFIX in existing:
            target.backup(name + BACKUP_SUFFIX, name)
            restored.append(name)
    return restored


def _restore(target: Target, done: Sequence[str], backups: Sequence[str]) -> bool:
    try:
        for name in done:
            if name + BACKUP_SUFFIX in backups:
                target.backup(name + BACKUP_SUFFIX, name)
            else:
                target.delete(name)
        return True
    except PublishError:
        return False


def _cleanup(target: Target, parts: Sequence[str]) -> None:
    for part in parts:
        _quiet(target.delete, part)


def _quiet(function, *args) -> None:
    try:
        function(*args)
    except (PublishError, OSError):
        pass
