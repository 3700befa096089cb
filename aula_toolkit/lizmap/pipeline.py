"""Upload then verify: the QGIS-free half of a publication, with progress and cancellation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from . import errors as E
from .errors import PublishError
from .publishers import CancelCheck, ProgressCallback, Target, UploadItem, UploadReport, upload_atomically
from .verify import VerificationReport, WmsEndpoint, verify_wms


@dataclass
class PublishReport:
    upload: UploadReport
    verification: Optional[VerificationReport]
    map_url: str

    @property
    def verified(self) -> bool:
        return self.verification is not None and self.verification.ok


@dataclass
class Verification:
    """What to ask the map server once the files are in place."""

    session: object  # requests.Session (authenticated for private repositories)
    endpoint: WmsEndpoint
    layer_names: Sequence[str]  # WMS names that must be listed (spatial layers)
    bbox: Sequence[float]
    crs: str
    wait: Optional[Callable[[], None]] = None  # e.g. let a cache expire; tests pass nothing


def web_project_items(folder: Path, project_name: str) -> Sequence[UploadItem]:
    """The files of a web project in upload order: data, project, cfg last."""
    folder = Path(folder)
    items = [UploadItem(path, path.name) for path in sorted(folder.glob(f"{project_name}*.gpkg"))]
    attachments = folder / f"{project_name}_attachments.zip"  # written by QGIS >= 3.26 beside the .qgs
    if attachments.is_file():
        items.append(UploadItem(attachments, attachments.name))
    items.append(UploadItem(folder / f"{project_name}.qgs", f"{project_name}.qgs"))
    items.append(UploadItem(folder / f"{project_name}.qgs.cfg", f"{project_name}.qgs.cfg"))
    missing = [item.local.name for item in items if not item.local.is_file()]
    if missing:
        raise PublishError(E.INVALID, fr=f"Fichiers du projet web manquants : {', '.join(missing)}.",
                           en=f"Web project files missing: {', '.join(missing)}.")
    return items


def publish(target: Target, items: Sequence[UploadItem], project_name: str, verification: Optional[Verification],
            map_url: str = "", progress: Optional[ProgressCallback] = None,
            is_canceled: Optional[CancelCheck] = None, allow_foreign: bool = False) -> PublishReport:
    """Upload ``items`` atomically, then verify. Progress: 0–85 % upload, 85–100 % verification."""
    progress = progress or (lambda fraction, message: None)
    is_canceled = is_canceled or (lambda: False)
    upload = upload_atomically(
        target, items, f"{project_name}.qgs", f"{project_name}.qgs.cfg",
        progress=lambda f, m: progress(0.85 * f, m), is_canceled=is_canceled, allow_foreign=allow_foreign,
    )
    report = PublishReport(upload, None, map_url)
    if verification is None:
        progress(1.0, "Publié (sans vérification)")
        return report
    progress(0.88, "Vérification : GetCapabilities et GetMap")
    if verification.wait:
        verification.wait()
    backups = f" La version précédente est conservée ({', '.join(upload.backups)})." if upload.backups else ""
    backups_en = f" The previous version is kept ({', '.join(upload.backups)})." if upload.backups else ""
    try:
        report.verification = verify_wms(verification.session, verification.endpoint, verification.layer_names,
                                         verification.bbox, verification.crs)
    except PublishError as error:
        raise PublishError(error.kind, fr=f"Fichiers envoyés, mais {error.fr[0].lower()}{error.fr[1:]}{backups}",
                           en=f"Files uploaded, but {error.en[0].lower()}{error.en[1:]}{backups_en}") from None
    progress(1.0, "Publié et vérifié")
    return report
