"""The ``aula`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.resources import icon_path, version
from .friches_mutability import FrichesMutabilityAlgorithm
from .icu_hotspots import IcuHotspotsAlgorithm
from .lizmap_publish import LizmapPublishAlgorithm
from .tvb_continuity import TvbContinuityAlgorithm
from .ocsge_to_postgis import OcsgeToPostgisAlgorithm
from .zae_inventory import ZaeInventoryAlgorithm
from .zan_counters import ZanCountersAlgorithm
from .zan_net_artificialisation import ZanNetArtificialisationAlgorithm

PROVIDER_ID = "aula"


def algorithm_classes():
    """Every algorithm of the provider (one place to register a new one)."""
    return [ZanCountersAlgorithm, FrichesMutabilityAlgorithm, IcuHotspotsAlgorithm, LizmapPublishAlgorithm,
            TvbContinuityAlgorithm,
            ZanNetArtificialisationAlgorithm, OcsgeToPostgisAlgorithm,
            ZaeInventoryAlgorithm]


class AulaProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "AULA Toolkit"

    def longName(self) -> str:  # noqa: N802
        return tr("AULA Toolkit {version} – territorial analysis").format(version=version())

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(icon_path())

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
