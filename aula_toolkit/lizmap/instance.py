"""What a Lizmap Web Client instance says about itself: ``index.php/view/app/metadata`` (JSON).

The endpoint answers everyone with ``info.version``; with the Basic credentials of a publisher or an
administrator it also lists the ``repositories`` (id → label, path, authorised groups, projects) and the
desktop plugin version it recommends. This is what the 3Liz plugin reads to fill its server list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import errors as E
from . import http as T
from .cfg import LWC_VERSIONS, lwc_branch
from .errors import PublishError
from .http import Transport, TransportError
from .publishers import redact_url

METADATA_PATH = "index.php/view/app/metadata"


@dataclass
class Repository:
    id: str
    label: str
    path: str = ""
    groups: List[str] = field(default_factory=list)
    projects: List[str] = field(default_factory=list)


@dataclass
class InstanceInfo:
    url: str
    version: str  # as the instance says, e.g. "3.9.2"
    target: str  # the target version we write, one of LWC_VERSIONS
    repositories: Dict[str, Repository] = field(default_factory=dict)
    desktop_plugin_version: Optional[int] = None
    access: str = ""  # "", "NO_ACCESS" or "WRONG_CREDENTIALS" (qgis_server_info.error)
    note_fr: str = ""
    note_en: str = ""


def metadata_url(instance_url: str) -> str:
    return instance_url.rstrip("/") + "/" + METADATA_PATH


def parse_metadata(content: bytes, instance_url: str = "") -> InstanceInfo:
    """An :class:`InstanceInfo` from the JSON of the metadata endpoint; PublishError if it is not one."""
    label = redact_url(instance_url) if instance_url else "Lizmap"
    try:
        data = json.loads(content.decode("utf-8"))
        version = str(data["info"]["version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise PublishError(
            E.SERVER,
            fr=f"« {label} » n'a pas répondu comme un Lizmap Web Client (pas de version dans "
               f"{METADATA_PATH}) : vérifiez l'adresse de l'instance.",
            en=f"'{label}' did not answer like a Lizmap Web Client (no version in {METADATA_PATH}): check the "
               "instance address.",
        ) from None
    try:
        target = lwc_branch(version)
    except ValueError:
        raise PublishError(
            E.INVALID,
            fr=f"Lizmap Web Client {version} sur « {label} » n'est pas pris en charge (versions "
               f"{', '.join(LWC_VERSIONS)}) : demandez sa mise à jour à l'administrateur.",
            en=f"Lizmap Web Client {version} at '{label}' is not supported (versions {', '.join(LWC_VERSIONS)}): "
               "ask the administrator to update it.",
        ) from None
    info = InstanceInfo(instance_url, version, target)
    if not version.startswith(target):
        info.note_fr = f"Lizmap Web Client {version} : cible {target}, la plus récente connue de AULA Toolkit."
        info.note_en = f"Lizmap Web Client {version}: target {target}, the newest AULA Toolkit knows."
    plugin = data.get("lizmap_desktop_plugin_version")
    if isinstance(plugin, (int, str)) and str(plugin).isdigit():
        info.desktop_plugin_version = int(plugin)
    server_info = data.get("qgis_server_info")
    if isinstance(server_info, dict) and isinstance(server_info.get("error"), str):
        info.access = server_info["error"]
    for repo_id, repo in (data.get("repositories") or {}).items():
        if not isinstance(repo, dict):
            continue
        projects = repo.get("projects") or {}
        info.repositories[repo_id] = Repository(
            repo_id, str(repo.get("label") or repo_id), str(repo.get("path") or ""),
            [str(g) for g in repo.get("authorized_groups") or []],
            sorted(projects) if isinstance(projects, dict) else [],
        )
    return info


def read_instance(transport: Transport, instance_url: str) -> InstanceInfo:
    """Ask the instance (with the transport's credentials) for its version and repositories."""
    url = metadata_url(instance_url)
    label = redact_url(instance_url)
    try:
        response = transport.request("GET", url, headers={"Accept": "application/json"})
    except TransportError as error:
        kind = E.TLS if error.kind == T.TLS else E.UNREACHABLE
        raise PublishError(kind, fr=f"Lizmap Web Client injoignable : « {label} » ({error.reason}).",
                           en=f"Lizmap Web Client unreachable: '{label}' ({error.reason}).") from None
    if response.status in (401, 403):
        raise PublishError(E.AUTHENTICATION,
                           fr=f"Accès refusé par « {label} » (HTTP {response.status}).",
                           en=f"Access refused by '{label}' (HTTP {response.status}).")
    if response.status != 200:
        raise PublishError(
            E.SERVER,
            fr=f"« {label} » a répondu HTTP {response.status} à {METADATA_PATH} : vérifiez l'adresse de l'instance.",
            en=f"'{label}' answered HTTP {response.status} to {METADATA_PATH}: check the instance address.",
        )
    info = parse_metadata(response.content, instance_url)
    if info.access == "WRONG_CREDENTIALS":
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"Identifiant ou mot de passe refusé par « {label} » : vérifiez la configuration d'authentification.",
            en=f"Login or password refused by '{label}': check the authentication configuration.",
        )
    return info
