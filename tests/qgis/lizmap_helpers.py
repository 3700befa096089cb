"""Shared helpers of the Lizmap QGIS tests: toolkit-like result layers and an auth configuration."""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsVectorLayer

from aula_toolkit_plugin.tests.servers.fixtures import DAV_PASSWORD, DAV_USER

ROOT = Path(__file__).resolve().parents[2]
ADMIN = ROOT / "demo_data" / "admin" / "artois_admin_2026.gpkg"
CONSUMPTION = ROOT / "demo_data" / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"
MASTER_PASSWORD = "aula-master-password-for-tests"


def admin_layer(name: str, title: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{ADMIN}|layername={name}", title, "ogr")
    assert layer.isValid(), name
    return layer


def zan_layers(folder: Path):
    """Run ``aula:zan_counters`` on the Artois demo data (EPCI level); [] if it cannot run here."""
    try:
        from qgis import processing  # noqa: F401  (QGIS's processing, never ours)
    except ImportError:
        sys.path.append("/usr/share/qgis/python/plugins")
    import processing as qgis_processing
    from aula_toolkit_plugin.processing.zan_counters import ZanCountersAlgorithm

    folder.mkdir(parents=True, exist_ok=True)
    result = qgis_processing.run(ZanCountersAlgorithm(), {
        "CONSUMPTION": str(CONSUMPTION), "LEVEL": 1,
        "COMMUNES": f"{ADMIN}|layername=communes",
        "OUTPUT": str(folder / "zan_compteurs.gpkg"), "TRAJECTORY": str(folder / "zan_trajectoire.gpkg"),
    })
    counters = QgsVectorLayer(result["OUTPUT"], "Compteurs ZAN – EPCI", "ogr")
    trajectory = QgsVectorLayer(result["TRAJECTORY"], "Trajectoire ZAN 2011–2030", "ogr")
    style = ROOT / "resources" / "styles" / "zan_counters_output.qml"
    if style.exists():
        counters.loadNamedStyle(str(style))
    return [counters, trajectory]


def result_layers(folder: Path):
    communes = admin_layer("communes", "Communes de l'Artois")
    communes.setFieldAlias(communes.fields().indexOf("nom"), "Nom de la commune")
    mairies = admin_layer("mairies", "Mairies")
    return [communes, mairies] + zan_layers(folder)


def basic_authcfg(user: str = DAV_USER, password: str = DAV_PASSWORD) -> str:
    """A Basic configuration in the QGIS authentication database; returns its id."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig()
    config.setName("Lizmap test")
    config.setMethod("Basic")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)
    return config.id()


def files_containing(folder: Path, needle: str):
    data = needle.encode()
    return [p for p in Path(folder).rglob("*") if p.is_file() and data in p.read_bytes()]
