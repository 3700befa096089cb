"""The one guard on outputs of every algorithm: no output may be one of the inputs, outputs never
overwrite each other, a GeoPackage that holds other layers keeps them, and an output left half
written by a cancel or an error is removed.

:func:`guard_outputs` runs in ``AulaAlgorithm.processAlgorithm`` before anything is written; it
returns the parameters to use (plain ``.gpkg`` paths of existing GeoPackages rewritten to
``ogr:dbname=… table=…`` so QGIS adds or replaces one layer instead of recreating the file) and an
:class:`OutputPlan` whose :meth:`OutputPlan.remove_partial` undoes what a failed run wrote.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
    QgsProviderRegistry,
)

from ..aula_toolkit.errors import AulaInputError

_OGR_URI = re.compile(r"""^ogr:dbname='(?P<path>(?:[^'\\]|\\.)*)'\s+table="(?P<table>(?:[^"\\]|\\.)*)\"""")
_LAYER_INPUTS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterMapLayer,
                 QgsProcessingParameterRasterLayer, QgsProcessingParameterVectorLayer)
_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                 QgsProcessingParameterRasterDestination, QgsProcessingParameterFileDestination,
                 QgsProcessingParameterFolderDestination)
_SIDECARS = ("-wal", "-shm", "-journal", ".aux.xml")
_SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")


@dataclass
class Location:
    """A file, and one layer in it (None = the whole file)."""

    parameter: str
    path: str
    layer: Optional[str] = None
    shown: str = ""

    @property
    def real(self) -> str:
        return os.path.normcase(os.path.realpath(self.path))

    def label(self) -> str:
        return self.shown or (f"{self.path}|layername={self.layer}" if self.layer else self.path)


@dataclass
class _Written:
    location: Location
    file_existed: bool
    stamp: Optional[Tuple[float, int]]
    layers_before: Dict[str, str] = field(default_factory=dict)  # GeoPackage layer → last_change


@dataclass
class OutputPlan:
    """What the outputs were before the run, to remove what a failed run left half written."""

    outputs: List[_Written] = field(default_factory=list)

    def remove_partial(self) -> List[str]:
        """Remove outputs created or changed by a run that did not succeed; returns what was removed."""
        removed = []
        for written in self.outputs:
            loc = written.location
            path = Path(loc.path)
            if not path.exists():
                continue
            changed = (not written.file_existed) or _stamp(path) != written.stamp
            if not changed:
                continue
            if loc.layer is not None and written.file_existed and _is_geopackage(path):
                now = _layer_changes(path)
                key = next((k for k in now if k.lower() == loc.layer.lower()), None)
                if key is not None and now[key] != written.layers_before.get(key) and _drop_layer(path, key):
                    removed.append(loc.label())
                continue
            if path.is_dir():
                continue
            _remove_file(path)
            removed.append(str(path))
        return removed


def guard_outputs(algorithm, parameters: Dict, context) -> Tuple[Dict, OutputPlan]:
    """Refuse outputs that are inputs or each other; protect the other layers of a GeoPackage."""
    inputs = _input_locations(algorithm, parameters, context)
    outputs = _output_locations(algorithm, parameters)
    extra = [Location(label, path) for label, path in algorithm.extra_outputs(parameters, context).items()]
    for loc in extra:
        for other in inputs:
            if _same(loc, other):
                refuse_output_over_input(loc, other)
    parameters = dict(parameters)

    # Several plain paths to the same GeoPackage: one layer each, named after the output.
    by_file: Dict[str, List[Location]] = {}
    for loc in outputs:
        by_file.setdefault(loc.real, []).append(loc)
    for loc in outputs:
        plain_gpkg = loc.layer is None and loc.path.lower().endswith(".gpkg")
        definition = algorithm.parameterDefinition(loc.parameter)
        layer_output = isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination))
        if not plain_gpkg or not layer_output:  # a file output (e.g. a GeoPackage built whole) is one file
            continue
        shared = len(by_file[loc.real]) > 1
        if shared or (Path(loc.path).exists() and _geopackage_layers(Path(loc.path))):
            for other in inputs:
                if other.real == loc.real:
                    refuse_output_over_input(loc, other)
            loc.layer = loc.parameter.lower() if shared else Path(loc.path).stem
            parameters[loc.parameter] = _with_uri(parameters[loc.parameter], _ogr_uri(loc.path, loc.layer))

    for i, loc in enumerate(outputs):
        for other in inputs:
            if _same(loc, other):
                refuse_output_over_input(loc, other)
        for other in outputs[i + 1:]:
            if _same(loc, other):
                raise AulaInputError(
                    fr=f"{loc.parameter} et {other.parameter} désignent la même sortie « {loc.label()} » : "
                       "le second écraserait le premier. Choisissez deux fichiers ou deux couches.",
                    en=f"{loc.parameter} and {other.parameter} are the same output '{loc.label()}': the second "
                       "would overwrite the first. Choose two files or two layers.",
                )
    plan = OutputPlan()
    for loc in outputs:
        path = Path(loc.path)
        exists = path.exists()
        plan.outputs.append(_Written(loc, exists, _stamp(path) if exists else None,
                                     _layer_changes(path) if exists and _is_geopackage(path) else {}))
    return parameters, plan


def refuse_output_over_input(output: Location, source: Location) -> None:
    """The one message for an output that is an input (also used by algorithms for files inside a folder)."""
    raise AulaInputError(
        fr=f"La sortie {output.parameter} « {output.label()} » est aussi l'entrée {source.parameter} "
           f"(« {source.label()} ») : l'écrire détruirait vos données. Choisissez un autre fichier (ou une autre "
           "couche de GeoPackage) pour la sortie.",
        en=f"Output {output.parameter} '{output.label()}' is also the input {source.parameter} "
           f"('{source.label()}'): writing it would destroy your data. Choose another file (or another "
           "GeoPackage layer) for the output.",
    )


def _same(out: Location, other: Location) -> bool:
    if out.real != other.real:
        return False
    if out.layer is None or other.layer is None:
        return True
    return out.layer.lower() == other.layer.lower()


# --- inputs ---------------------------------------------------------------------------------------

def _input_locations(algorithm, parameters: Dict, context) -> List[Location]:
    found: List[Location] = []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        try:
            if isinstance(definition, QgsProcessingParameterMultipleLayers):
                layers = algorithm.parameterAsLayerList(parameters, name, context)
                found += [loc for loc in (_layer_location(name, layer) for layer in layers) if loc]
            elif isinstance(definition, _LAYER_INPUTS):
                loc = _layer_location(name, algorithm.parameterAsLayer(parameters, name, context))
                if loc is None and isinstance(parameters.get(name), str):
                    loc = _text_location(name, parameters[name])
                if loc:
                    found.append(loc)
            elif isinstance(definition, QgsProcessingParameterFile):
                path = algorithm.parameterAsFile(parameters, name, context)
                if path and Path(path).exists():
                    found.append(Location(name, path))
        except Exception:  # an unreadable input is reported by the algorithm itself, with its own words
            continue
    return found


def _layer_location(name: str, layer) -> Optional[Location]:
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if path.startswith("file://"):
        path = path[len("file://"):]
    if not path or not Path(path).exists():
        return None
    layer_name = parts.get("layerName") or None
    if layer_name is None and _is_geopackage(Path(path)):
        names = _geopackage_layers(Path(path))
        layer_name = names[0] if len(names) == 1 else None
    return Location(name, path, layer_name, layer.source())


def _text_location(name: str, text: str) -> Optional[Location]:
    path, _, rest = text.partition("|")
    if not Path(path).exists():
        return None
    match = re.search(r"layername=([^|]+)", rest)
    return Location(name, path, match.group(1) if match else None, text)


# --- outputs --------------------------------------------------------------------------------------

def _output_locations(algorithm, parameters: Dict) -> List[Location]:
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        if not isinstance(definition, _DESTINATIONS):
            continue
        name = definition.name()
        text = _destination_text(parameters.get(name))
        if not text or text == "TEMPORARY_OUTPUT" or text.startswith(("memory:", "postgres:", "postgis:")):
            continue
        match = _OGR_URI.match(text)
        if match:
            found.append(Location(name, match.group("path").replace("\\'", "'"),
                                  match.group("table").replace('\\"', '"'), text))
            continue
        path, _, rest = text.partition("|")
        layer = re.search(r"layername=([^|]+)", rest)
        found.append(Location(name, path, layer.group(1) if layer else None, text))
    return found


def _destination_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return str(value or "").strip()


def _with_uri(value, uri: str):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition = QgsProcessingOutputLayerDefinition(value)
        definition.sink = QgsProperty.fromValue(uri)
        return definition
    return uri


def _ogr_uri(path: str, layer: str) -> str:
    return "ogr:dbname='{}' table=\"{}\"".format(path.replace("'", "\\'"), layer.replace('"', '\\"'))


# --- files ----------------------------------------------------------------------------------------

def _stamp(path: Path) -> Optional[Tuple[float, int]]:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _is_geopackage(path: Path) -> bool:
    return path.suffix.lower() == ".gpkg" and path.is_file()


def _geopackage_layers(path: Path) -> List[str]:
    from osgeo import ogr

    if not path.is_file():
        return []
    dataset = ogr.Open(str(path))
    if dataset is None:
        return []
    try:
        return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        dataset = None


def _layer_changes(path: Path) -> Dict[str, str]:
    """GeoPackage layer → its ``gpkg_contents.last_change`` (updated by GDAL on every write)."""
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            return {str(n): str(c) for n, c in connection.execute("SELECT table_name, last_change FROM gpkg_contents")}
    except sqlite3.Error:
        return {}


def _drop_layer(path: Path, layer: str) -> bool:
    from osgeo import ogr

    dataset = ogr.Open(str(path), 1)
    if dataset is None:
        return False
    try:
        for i in range(dataset.GetLayerCount()):
            if dataset.GetLayerByIndex(i).GetName().lower() == layer.lower():
                return dataset.DeleteLayer(i) == 0
        return False
    finally:
        dataset = None


def _remove_file(path: Path) -> None:
    candidates = [path] + [Path(str(path) + s) for s in _SIDECARS]
    if path.suffix.lower() == ".shp":
        candidates += [path.with_suffix(s) for s in _SHAPEFILE_PARTS]
    for candidate in candidates:
        try:
            candidate.unlink()
        except OSError:
            pass
