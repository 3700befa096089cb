"""Check that a published project answers: WMS GetCapabilities lists its layers, GetMap draws something.

Pure Python (HTTP through a :class:`~.http.Transport`, ``zlib`` to read the PNG): no QGIS, no imaging library.
"""

from __future__ import annotations

import logging
import struct
import zlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence
from urllib.parse import urlencode

from . import errors as E
from .errors import PublishError
from . import http as T
from .http import HttpResponse, Transport, TransportError
from .publishers import redact_url

LOGGER = logging.getLogger("aula_toolkit.lizmap")


@dataclass
class WmsEndpoint:
    """A WMS URL plus the fixed parameters that select the project."""

    url: str
    params: Dict[str, str] = field(default_factory=dict)
    label: str = ""
    authenticated: bool = True  # False: QGIS Server itself, which is not where the credentials belong

    def full_url(self, extra: Dict[str, str]) -> str:
        return self.url + ("&" if "?" in self.url else "?") + urlencode({**self.params, **extra})


def lizmap_map_url(instance_url: str, repository: str, project: str) -> str:
    """The web map page of a project in Lizmap Web Client 3.x."""
    base = instance_url.rstrip("/")
    return f"{base}/index.php/view/map?{urlencode({'repository': repository, 'project': project})}"


def lizmap_wms_endpoint(instance_url: str, repository: str, project: str) -> WmsEndpoint:
    """The OGC service of a project as Lizmap Web Client exposes it (``index.php/lizmap/service``)."""
    base = instance_url.rstrip("/")
    return WmsEndpoint(f"{base}/index.php/lizmap/service", {"repository": repository, "project": project},
                       label=f"{redact_url(base)} ({repository}/{project})")


def qgis_server_endpoint(url: str, map_path: str) -> WmsEndpoint:
    """QGIS Server reading the project file directly (``MAP=``), as Lizmap does behind the scenes."""
    return WmsEndpoint(url, {"MAP": map_path}, label=redact_url(url), authenticated=False)


@dataclass
class VerificationReport:
    layers_listed: List[str]
    missing: List[str]
    image_bytes: int
    distinct_colors: int
    capabilities_url: str
    getmap_url: str

    @property
    def ok(self) -> bool:
        return not self.missing and self.distinct_colors >= 2


# --- PNG ----------------------------------------------------------------------------------------

def png_pixels(data: bytes):
    """(width, height, channels, rows of raw bytes) of an 8-bit PNG (grey, RGB, palette, with alpha)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header, palette = 8, [], None, None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, color_type, _, _, interlace = header
    if depth != 8 or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, interlace {interlace})")
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color_type]
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    if color_type == 3 and palette is not None:
        rows = [b"".join(palette[3 * i:3 * i + 3] for i in row) for row in rows]
        channels = 3
    return width, height, channels, rows


def distinct_colors(data: bytes, limit: int = 16) -> int:
    """How many different pixel values the PNG has (capped at ``limit``): 1 means an empty image."""
    _, _, channels, rows = png_pixels(data)
    seen = set()
    for row in rows:
        for i in range(0, len(row), channels):
            seen.add(row[i:i + channels])
            if len(seen) >= limit:
                return limit
    return len(seen)


# --- WMS ----------------------------------------------------------------------------------------

def _get(transport: Transport, url: str, what_fr: str, what_en: str, label: str,
         authenticated: bool = True) -> HttpResponse:
    LOGGER.info("WMS %s %s", what_en, redact_url(url))
    try:
        response = transport.request("GET", url, authenticated=authenticated)
    except TransportError as error:
        if error.kind == T.TLS:
            raise PublishError(E.TLS, fr=f"Certificat TLS refusé pour « {label} » : {error.reason}.",
                               en=f"TLS certificate refused for '{label}': {error.reason}.") from None
        raise PublishError(
            E.UNREACHABLE,
            fr=f"Vérification impossible : le serveur cartographique « {label} » est injoignable "
               f"({error.reason}).",
            en=f"Cannot verify: the map server '{label}' is unreachable ({error.reason}).",
        ) from None
    if response.status in (401, 403):
        raise PublishError(
            E.AUTHENTICATION,
            fr=f"Vérification : accès refusé au projet publié par « {label} » (HTTP {response.status}).",
            en=f"Verification: access to the published project refused by '{label}' "
               f"(HTTP {response.status}).",
        )
    if response.status != 200:
        raise PublishError(
            E.VERIFICATION,
            fr=f"Vérification : {what_fr} a échoué (HTTP {response.status}) sur « {label} ».",
            en=f"Verification: {what_en} failed (HTTP {response.status}) on '{label}'.",
        )
    return response


def _service_exception(content: bytes) -> str:
    try:
        root = ET.fromstring(content)
    except ET.ParseError:
        return content[:200].decode("utf-8", "replace")
    texts = [(e.text or "").strip() for e in root.iter() if e.tag.endswith("ServiceException")]
    return "; ".join(t for t in texts if t) or root.tag


def capabilities_layer_names(content: bytes) -> List[str]:
    """Names of every ``Layer`` of a WMS GetCapabilities document (not service or style names)."""
    root = ET.fromstring(content)
    if root.tag.endswith("ServiceExceptionReport"):
        raise ValueError(_service_exception(content))
    names = []
    for layer in root.iter():
        if layer.tag.split("}")[-1] != "Layer":
            continue
        for child in layer:
            if child.tag.split("}")[-1] == "Name" and child.text:
                names.append(child.text.strip())
    return names


def verify_wms(transport, endpoint: WmsEndpoint, layer_names: Sequence[str], bbox: Sequence[float], crs: str,
               size: int = 256, draw_layers: Optional[Sequence[str]] = None) -> VerificationReport:
    """Ask ``endpoint`` for GetCapabilities and a ``size``×``size`` GetMap of ``draw_layers``
    (default: ``layer_names``) over ``bbox`` (x/y order, in ``crs``); raise :class:`PublishError`
    (kind ``verification``) unless every layer is listed and the image is not empty."""
    label = endpoint.label or redact_url(endpoint.url)
    caps_url = endpoint.full_url({"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": "1.3.0"})
    response = _get(transport, caps_url, "GetCapabilities", "GetCapabilities", label, endpoint.authenticated)
    try:
        listed = capabilities_layer_names(response.content)
    except (ET.ParseError, ValueError) as error:
        raise PublishError(
            E.VERIFICATION,
            fr=f"Vérification : réponse GetCapabilities illisible de « {label} » ({error}).",
            en=f"Verification: unreadable GetCapabilities answer from '{label}' ({error}).",
        ) from None
    missing = [name for name in layer_names if name not in listed]
    if missing:
        raise PublishError(
            E.VERIFICATION,
            fr=f"Vérification : couche(s) absente(s) du GetCapabilities de « {label} » : {', '.join(missing)} "
               f"(couches annoncées : {', '.join(listed) or 'aucune'}).",
            en=f"Verification: layer(s) missing from the GetCapabilities of '{label}': {', '.join(missing)} "
               f"(listed layers: {', '.join(listed) or 'none'}).",
        )
    drawn = list(draw_layers or layer_names)
    map_url = endpoint.full_url({
        "SERVICE": "WMS", "REQUEST": "GetMap", "VERSION": "1.1.1", "SRS": crs, "STYLES": "",
        "LAYERS": ",".join(drawn), "BBOX": ",".join(repr(float(v)) for v in bbox),
        "WIDTH": str(size), "HEIGHT": str(size), "FORMAT": "image/png", "TRANSPARENT": "TRUE",
    })
    response = _get(transport, map_url, "GetMap", "GetMap", label, endpoint.authenticated)
    content_type = response.header("Content-Type")
    if not content_type.startswith("image/png"):
        raise PublishError(
            E.VERIFICATION,
            fr=f"Vérification : GetMap n'a pas renvoyé d'image ({content_type}) : "
               f"{_service_exception(response.content)}",
            en=f"Verification: GetMap returned no image ({content_type}): {_service_exception(response.content)}",
        )
    try:
        colors = distinct_colors(response.content)
    except (ValueError, zlib.error, struct.error, KeyError, TypeError) as error:
        raise PublishError(E.VERIFICATION, fr=f"Vérification : image GetMap illisible ({error}).",
                           en=f"Verification: unreadable GetMap image ({error}).") from None
    if colors < 2:
        raise PublishError(
            E.VERIFICATION,
            fr=f"Vérification : l'image GetMap de « {label} » est vide (une seule couleur) : les couches "
               "ne se dessinent pas (données absentes du serveur ?).",
            en=f"Verification: the GetMap image from '{label}' is empty (a single colour): the layers do not "
               "draw (data missing on the server?).",
        )
    return VerificationReport(listed, [], len(response.content), colors, redact_url(caps_url),
                              redact_url(map_url))
