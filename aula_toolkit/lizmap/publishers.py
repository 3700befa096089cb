"""Where a web project goes: a local repository folder or a WebDAV repository, published crash-safely.

A publication (:func:`upload_atomically`):

1. takes the lock ``.<name>.aula-lock`` of that project in that repository (owner and time inside; waits
   for another publication of the same name, breaks a lock older than :data:`STALE_LOCK_SECONDS`);
2. uploads the data under a *versioned* name ``<name>.<token>.gpkg`` (the token is a fingerprint of the
   data: unchanged data keeps its name and is not sent again) that only the new ``.qgs`` references, and the
   ``.qgs`` / ``.qgs.cfg`` under hidden temporary names (``.<file>.aula-<token>.part``), sizes checked;
3. keeps the previous ``.qgs`` / ``.qgs.cfg`` as ``.bak`` (also when they were not ours, if replacing is
   allowed), then renames the ``.qgs`` and then the ``.qgs.cfg`` into place;
4. removes the data files that neither the new project nor its ``.bak`` reference, then the lock.

A crash before step 3 leaves the old map (the new data file is beside it, referenced by nothing); a crash
after the ``.qgs`` rename leaves the new map with the previous ``.qgs.cfg`` until the next publication
(both describe the same layer names); old data is never removed before the new project is in place.

Credentials: :class:`WebDavTarget` takes a :class:`~.http.Transport` prepared by the caller (QGIS glue:
QGIS's network manager with the authentication configuration). Nothing here logs a header; URLs are logged
without user info. TLS certificates are always verified.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import shutil
import socket
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from . import errors as E
from . import http as T
from .errors import PublishError
from .http import HttpResponse, Transport, TransportError, UrllibTransport

LOGGER = logging.getLogger("aula_toolkit.lizmap")

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]

BACKUP_SUFFIX = ".bak"
STALE_LOCK_SECONDS = 15 * 60  # no publication lasts that long: its owner crashed
LOCK_WAIT_SECONDS = 120.0
CHUNK = 1 << 20
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

    def create_exclusive(self, name: str, text: str) -> bool:
        """Create ``name`` holding ``text`` unless it exists; whether it was created."""
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

    def create_exclusive(self, name: str, text: str) -> bool:
        try:
            fd = os.open(self._path(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return True

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

    ``transport`` (:class:`~.http.Transport`) carries the authentication; the QGIS glue gives one built on
    QGIS's network stack. TLS is always verified (QGIS's SSL exceptions apply there).
    """

    def __init__(self, url: str, transport: Optional[Transport] = None):
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
        self.transport = transport if transport is not None else UrllibTransport()
        self.label = redact_url(self.url)

    # -- HTTP --

    def _url(self, name: str = "") -> str:
        return self.url + quote(name)

    def _request(self, method: str, name: str = "", expected=(200, 201, 204, 207), headers=None,
                 **kwargs) -> HttpResponse:
        url = self._url(name)
        LOGGER.debug("WebDAV %s %s", method, redact_url(url))
        try:
            response = self.transport.request(method, url, headers=headers, **kwargs)
        except TransportError as error:
            if error.kind == T.CANCELED:
                raise _Canceled() from None
            if error.kind == T.TLS:
                raise PublishError(
                    E.TLS,
                    fr=f"Certificat TLS refusé pour « {self.label} » : {error.reason}. La vérification reste "
                       "active ; installez le certificat de l'autorité (ou une exception SSL dans QGIS).",
                    en=f"TLS certificate refused for '{self.label}': {error.reason}. Verification stays on; "
                       "install the authority's certificate (or an SSL exception in QGIS).",
                ) from None
            raise PublishError(
                E.UNREACHABLE,
                fr=f"Serveur WebDAV injoignable : « {self.label} » ({error.reason}).",
                en=f"WebDAV server unreachable: '{self.label}' ({error.reason}).",
            ) from None
        if response.status in (401, 403):
            raise PublishError(
                E.AUTHENTICATION,
                fr=f"Authentification refusée par « {self.label} » (HTTP {response.status}) : vérifiez "
                   "l'identifiant et le mot de passe de la configuration d'authentification.",
                en=f"Authentication refused by '{self.label}' (HTTP {response.status}): check the login and "
                   "password of the authentication configuration.",
            )
        if response.status not in expected:
            raise PublishError(
                E.SERVER,
                fr=f"Le serveur WebDAV a répondu HTTP {response.status} à {method} « {name or '/'} ».",
                en=f"The WebDAV server answered HTTP {response.status} to {method} '{name or '/'}'.",
            )
        return response

    def check(self) -> None:
        response = self._request("PROPFIND", headers={"Depth": "0"}, expected=(207, 404, 405))
        if response.status == 404:
            raise PublishError(
                E.REPOSITORY_NOT_FOUND,
                fr=f"Répertoire Lizmap introuvable sur le serveur WebDAV : « {self.label} » (HTTP 404).",
                en=f"Lizmap repository not found on the WebDAV server: '{self.label}' (HTTP 404).",
            )
        if response.status == 405:
            raise PublishError(
                E.SERVER,
                fr=f"« {self.label} » n'est pas un dossier WebDAV (PROPFIND refusé, HTTP 405).",
                en=f"'{self.label}' is not a WebDAV folder (PROPFIND refused, HTTP 405).",
            )

    def _propfind(self, name: str, depth: str):
        response = self._request("PROPFIND", name, headers={"Depth": depth}, expected=(207, 404))
        if response.status == 404:
            return None
        root = ET.fromstring(response.content)
        entries = []
        for item in root.iter("{DAV:}response"):
            href = unquote(item.findtext("{DAV:}href") or "")
            length = item.findtext(".//{DAV:}getcontentlength")
            modified = item.findtext(".//{DAV:}getlastmodified")
            collection = item.find(".//{DAV:}collection") is not None
            entries.append((href.rstrip("/").rsplit("/", 1)[-1], None if length is None else int(length),
                            collection, modified))
        return entries

    def list_names(self) -> List[str]:
        entries = self._propfind("", "1") or []
        own = urlsplit(self.url).path.rstrip("/").rsplit("/", 1)[-1]
        return sorted(e[0] for e in entries if not e[2] and e[0] and e[0] != own)

    def exists(self, name: str) -> bool:
        return self.size(name) is not None

    def size(self, name: str) -> Optional[int]:
        entries = self._propfind(name, "0")
        if not entries:
            return None
        return entries[0][1] if entries[0][1] is not None else 0

    def read_text(self, name: str) -> Optional[str]:
        response = self._request("GET", name, expected=(200, 404))
        if response.status == 404:
            return None
        return response.content.decode("utf-8", errors="replace")

    def create_exclusive(self, name: str, text: str) -> bool:
        response = self._request("PUT", name, body=text.encode("utf-8"), expected=(200, 201, 204, 412),
                                 headers={"Content-Type": "application/json", "If-None-Match": "*"})
        return response.status != 412

    def upload(self, local: Path, name: str, on_bytes, is_canceled) -> None:
        try:
            self._request("PUT", name, body_path=Path(local), on_bytes=on_bytes, is_canceled=is_canceled,
                          headers={"Content-Type": "application/octet-stream"}, expected=(200, 201, 204))
        except PublishError as error:
            if is_canceled():
                raise _Canceled() from None
            if error.kind == E.UNREACHABLE:
                raise PublishError(
                    E.INTERRUPTED,
                    fr=f"Envoi de « {Path(local).name} » interrompu : la connexion à « {self.label} » a été "
                       "perdue.",
                    en=f"Upload of '{Path(local).name}' interrupted: the connection to '{self.label}' was lost.",
                ) from None
            raise

    def _move_or_copy(self, method: str, source: str, name: str) -> None:
        self._request(method, source, headers={"Destination": self._url(name), "Overwrite": "T"},
                      expected=(201, 204))

    def backup(self, name: str, backup: str) -> None:
        self._move_or_copy("COPY", name, backup)

    def replace(self, source: str, name: str) -> None:
        self._move_or_copy("MOVE", source, name)

    def delete(self, name: str) -> None:
        self._request("DELETE", name, expected=(200, 204, 404))


# --- atomic upload ------------------------------------------------------------------------------

@dataclass
class UploadItem:
    local: Path
    name: str  # file name in the repository
    data: bool = False  # a versioned data file: sent under its final name, skipped when already there


@dataclass
class UploadReport:
    target: str
    uploaded: List[str]
    backups: List[str]
    bytes_sent: int
    reused: List[str] = field(default_factory=list)  # data files already in the repository
    removed: List[str] = field(default_factory=list)  # data files of older versions


def part_name(name: str, token: str) -> str:
    return f".{name}.aula-{token}.part"


def lock_name(project_name: str) -> str:
    return f".{project_name}.aula-lock"


def data_file_pattern(project_name: str):
    """Data files AULA Toolkit writes for ``project_name``: ``<name>.<12 hex>.gpkg`` (vector layers) and
    ``<name>.<12 hex>.<layer>.tif`` (rasters)."""
    return re.compile(re.escape(project_name) + r"\.[0-9a-f]{12}(\.gpkg|\.[a-z0-9_]+\.tif)")


def is_ours(cfg_text: Optional[str]) -> bool:
    """Whether a published cfg was written by AULA Toolkit (its metadata carries our version)."""
    if not cfg_text:
        return False
    try:
        return OWNER_KEY in (json.loads(cfg_text).get("metadata") or {})
    except (ValueError, AttributeError):
        return False


_HELD_LOCKS: set = set()  # tokens of the locks this process holds now


class PublicationLock:
    """The lock of one project name in one repository: a small JSON file (owner, host, pid, time)."""

    def __init__(self, target: Target, project_name: str, wait: float = LOCK_WAIT_SECONDS,
                 stale_after: float = STALE_LOCK_SECONDS, is_canceled: Optional[CancelCheck] = None):
        self.target, self.name = target, lock_name(project_name)
        self.project_name = project_name
        self.wait, self.stale_after = wait, stale_after
        self.is_canceled = is_canceled or (lambda: False)
        self.token = uuid.uuid4().hex
        self.broken: Optional[dict] = None  # the stale lock this one replaced

    def _owner(self) -> dict:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name in some service accounts
            user = "?"
        return {"owner": user, "host": socket.gethostname(), "pid": os.getpid(), "time": time.time(),
                "token": self.token, "tool": "AULA Toolkit"}

    def _read(self) -> Optional[dict]:
        text = self.target.read_text(self.name)
        if text is None:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return {"time": 0}

    def _stale(self, info: dict) -> bool:
        age = time.time() - float(info.get("time") or 0)
        if age > self.stale_after or age < -self.stale_after:
            return True
        if info.get("host") == socket.gethostname() and info.get("pid") == os.getpid():
            return info.get("token") not in _HELD_LOCKS  # ours, from a publication that could not release it
        if info.get("host") == socket.gethostname() and isinstance(info.get("pid"), int):
            try:
                os.kill(info["pid"], 0)
            except ProcessLookupError:
                return True  # its process is gone
            except PermissionError:
                return False
        return False

    def acquire(self) -> "PublicationLock":
        deadline = time.monotonic() + self.wait
        while True:
            if self.target.create_exclusive(self.name, json.dumps(self._owner())):
                _HELD_LOCKS.add(self.token)
                return self
            info = self._read()
            if info is None:
                continue  # released meanwhile
            if self._stale(info):
                LOGGER.warning("Stale publication lock of %s broken (%s)", self.project_name, info)
                self.broken = info
                self.target.delete(self.name)
                continue
            if self.is_canceled():
                raise _Canceled()
            if time.monotonic() >= deadline:
                age = max(0, int(time.time() - float(info.get("time") or 0)))
                who = f"{info.get('owner', '?')}@{info.get('host', '?')} (pid {info.get('pid', '?')})"
                raise PublishError(
                    E.LOCKED,
                    fr=f"Une autre publication de « {self.project_name} » est en cours dans « {self.target.label} » "
                       f"par {who}, depuis {age} s. Réessayez quand elle sera finie (un verrou de plus de "
                       f"{int(self.stale_after // 60)} min est considéré comme abandonné).",
                    en=f"Another publication of '{self.project_name}' is under way in '{self.target.label}' by "
                       f"{who}, for {age} s. Try again once it is over (a lock older than "
                       f"{int(self.stale_after // 60)} min is considered abandoned).",
                )
            time.sleep(0.2)

    def release(self) -> None:
        """Remove the lock if it is still ours (quietly: a server gone away keeps it until it is stale)."""
        _HELD_LOCKS.discard(self.token)
        try:
            info = self._read()
            if info is not None and info.get("token") == self.token:
                self.target.delete(self.name)
        except (PublishError, OSError) as error:
            LOGGER.warning("Publication lock %s not released: %s", self.name, error)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return False


def check_name_clash(target: Target, project_file: str, cfg_file: str, allow_foreign: bool,
                     names: Optional[Sequence[str]] = None) -> bool:
    """Refuse to replace a project of the same name that AULA Toolkit did not publish. Returns
    whether a previous version exists."""
    names = set(target.list_names() if names is None else names)
    if project_file not in names and cfg_file not in names:
        return False
    if allow_foreign:
        return True
    if not is_ours(target.read_text(cfg_file) if cfg_file in names else None):
        raise PublishError(
            E.NAME_CLASH,
            fr=f"Conflit de nom : le répertoire « {target.label} » contient déjà un projet « {project_file} » "
               "qui n'a pas été publié par AULA Toolkit. Choisissez un autre nom de projet (ou autorisez le "
               "remplacement : l'ancien est alors gardé en .bak).",
            en=f"Name clash: the repository '{target.label}' already holds a project '{project_file}' that "
               "AULA Toolkit did not publish. Choose another project name (or allow replacing it: the old one "
               "is then kept as .bak).",
        )
    return True


def upload_atomically(target: Target, items: Sequence[UploadItem], project_file: str, cfg_file: str,
                      progress: Optional[ProgressCallback] = None, is_canceled: Optional[CancelCheck] = None,
                      allow_foreign: bool = False, keep_backup: bool = True,
                      lock_wait: float = LOCK_WAIT_SECONDS, crash_after=None,
                      before_upload: Optional[Callable[[Optional[str]], None]] = None) -> UploadReport:
    """Publish ``items`` (data files, then the ``.qgs``, then the cfg) so that the repository holds either
    the previous map or the new one (see the module docstring); the previous version is kept as ``.bak``.

    ``before_upload`` is called under the lock with the published cfg text (None if there is none), e.g.
    to merge it into the local cfg. ``crash_after`` (tests only) is called with a step name and may kill
    the process there."""
    progress = progress or (lambda fraction, message: None)
    is_canceled = is_canceled or (lambda: False)
    crash_after = crash_after or (lambda step: None)
    project_name = project_file[:-len(".qgs")] if project_file.endswith(".qgs") else project_file

    progress(0.0, f"Connexion à {target.label}")
    target.check()
    lock = PublicationLock(target, project_name, wait=lock_wait, is_canceled=is_canceled)
    try:
        lock.acquire()
    except _Canceled:
        raise PublishError(E.CANCELED, fr="Publication annulée : le projet déjà publié n'a pas été modifié.",
                           en="Publication cancelled: the project already published was not changed.") from None
    try:
        crash_after("locked")
        return _upload_locked(target, items, project_file, cfg_file, project_name, progress, is_canceled,
                              allow_foreign, keep_backup, crash_after, before_upload)
    finally:
        lock.release()


def _upload_locked(target, items, project_file, cfg_file, project_name, progress, is_canceled, allow_foreign,
                   keep_backup, crash_after, before_upload) -> UploadReport:
    existing_names = target.list_names()
    had_previous = check_name_clash(target, project_file, cfg_file, allow_foreign, existing_names)
    if before_upload is not None:
        before_upload(target.read_text(cfg_file) if cfg_file in existing_names else None)

    names = {item.name for item in items}
    for stale in existing_names:  # parts left by an earlier interrupted upload (we hold the lock)
        if stale.startswith(".") and stale.endswith(".part") and ".aula-" in stale \
                and stale[1:stale.index(".aula-")] in names:
            _quiet(target.delete, stale)

    token = uuid.uuid4().hex[:12]
    reused = [item.name for item in items if item.data and item.name in existing_names
              and target.size(item.name) == os.path.getsize(item.local)]
    to_send = [item for item in items if item.name not in reused]
    total = sum(os.path.getsize(item.local) for item in to_send) or 1
    sent = [0]

    def on_bytes(n: int) -> None:
        sent[0] += n
        progress(0.9 * sent[0] / total, "Envoi des fichiers")

    parts: List[str] = []
    placed_data: List[str] = []
    try:
        for item in to_send:
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
            if item.data:  # a new name nothing references yet: safe to put in place now
                target.replace(part, item.name)
                parts.remove(part)
                placed_data.append(item.name)
            crash_after(f"sent:{item.name}")
            if is_canceled():
                raise _Canceled()
    except _Canceled:
        _cleanup(target, parts + placed_data)
        raise PublishError(
            E.CANCELED,
            fr="Publication annulée : le projet déjà publié n'a pas été modifié.",
            en="Publication cancelled: the project already published was not changed.",
        ) from None
    except PublishError as error:
        _cleanup(target, parts + placed_data)
        raise PublishError(
            E.INTERRUPTED if error.kind in (E.UNREACHABLE, E.SERVER) else error.kind,
            fr=f"{error.fr} Le projet déjà publié est intact.",
            en=f"{error.en} The project already published is intact.",
        ) from None

    # Every file is complete on the server: keep the previous version, then swap.
    progress(0.92, "Sauvegarde de la version précédente")
    swapped = [item for item in to_send if not item.data]
    backups: List[str] = []
    try:
        if keep_backup and had_previous:
            for item in swapped:
                if item.name in existing_names:
                    target.backup(item.name, item.name + BACKUP_SUFFIX)
                    backups.append(item.name + BACKUP_SUFFIX)
    except PublishError as error:
        _cleanup(target, parts + placed_data)
        raise PublishError(
            E.INTERRUPTED,
            fr=f"Sauvegarde de la version précédente impossible ({error.fr}) ; rien n'a été remplacé.",
            en=f"Could not back up the previous version ({error.en}); nothing was replaced.",
        ) from None
    crash_after("backed_up")

    progress(0.96, "Remplacement du projet publié")
    done: List[str] = []
    try:
        for item, part in zip(swapped, parts):
            target.replace(part, item.name)
            done.append(item.name)
            crash_after(f"renamed:{item.name}")
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

    removed = remove_unreferenced_data(target, project_name, project_file, {i.name for i in items if i.data})
    progress(1.0, "Fichiers publiés")
    return UploadReport(target.label, [item.name for item in to_send], backups, sent[0], reused, removed)


def remove_unreferenced_data(target: Target, project_name: str, project_file: str, keep) -> List[str]:
    """Remove our versioned data files that neither the project nor its ``.bak`` reference."""
    pattern = data_file_pattern(project_name)
    names = target.list_names()
    candidates = [n for n in names if pattern.fullmatch(n) and n not in keep]
    if not candidates:
        return []
    backup_text = target.read_text(project_file + BACKUP_SUFFIX) if project_file + BACKUP_SUFFIX in names else ""
    removed = []
    for name in candidates:
        if backup_text and name in backup_text:
            continue
        _quiet(target.delete, name)
        removed.append(name)
    return removed


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
