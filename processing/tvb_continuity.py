"""``aula:tvb_continuity`` — trame verte et bleue: resistance surface, réservoirs, least-cost links, corridors,
connectivity graph (PC, EC, IIC, dPC) and points noirs in one run. Thin glue: layers → ``aula_toolkit.tvb`` →
features and rasters (GDAL for raster I/O, rasterisation and polygonisation)."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsLineString,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.htmlreport import Words
from ..aula_toolkit.tvb import fields as F
from ..aula_toolkit.tvb import friction as FR
from ..aula_toolkit.tvb import pipeline as P
from ..aula_toolkit.tvb.cost import EXACT_DIAGONAL, GRAPHAB_DIAGONAL, Cancelled
from ..aula_toolkit.tvb.report import build_report
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm
from .io import fields_from_specs, plain_value, style_output
from .writer import GeometryColumn, write_output

HELP = N_(
    "<p>Draws the green and blue network (trame verte et bleue) of one sous-trame: réservoirs of habitat, "
    "least-cost links and corridors between them, the connectivity graph with its indices, and the points "
    "where roads and railways cut the links (points noirs). Each land-cover class gets a friction; the cost of "
    "moving between réservoirs gives a dispersal probability, from which the PC, EC and IIC indices and the "
    "importance (dPC) of each réservoir and link are computed as in Conefor and Graphab.</p><h3>In the "
    "form</h3><ul><li><b>Land cover</b>: a class raster, or polygons with a <b>Land-cover class field</b> "
    "rasterised at the <b>Cell size for polygons</b>.</li><li><b>Friction table</b>: a CSV in BioDispersal's "
    "layout (or, under <i>Advanced</i>, a table of codes and frictions); <b>Sous-trame</b> picks its column "
    "and names the results.</li><li><b>Habitat class codes</b>, or a <b>Réservoirs layer</b>; <b>Minimum patch "
    "area</b>.</li><li><b>Dispersal distance</b> and <b>Probability at that distance</b>; <b>Links</b>: planar "
    "(touching cost zones, or Graphab's Euclidean Voronoi neighbours) or complete.</li><li><b>Barriers</b> (optional): roads, railways, with their <b>Barrier transparency</b> "
    "(1 = crossings only detected, 0 = impassable).</li><li>Under <i>Advanced</i>: corridor tolerance, "
    "diagonal step, units of the importances, landscape area, links crossing another réservoir, <b>Report "
    "language</b>.</li></ul><h3>Results</h3><ul><li><b>Réservoirs</b> and <b>Links</b> with their importance, "
    "<b>Least-cost paths</b>, <b>Corridors</b> (raster and polygons).</li><li><b>Conflict points</b>: where "
    "paths cross barriers, ranked by the importance of the link they cut.</li><li><b>Global connectivity "
    "indices</b>, Conefor files, the friction table used, the accumulated cost and an HTML <b>report</b> "
    "readable offline.</li></ul><p>Formulas, field names and references: the <i>Help</i> button opens the full "
    "documentation.</p>"
)

LINK_MODES = [P.PLANAR, P.COMPLETE, P.PLANAR_GRAPHAB]
DIAGONALS = [GRAPHAB_DIAGONAL, EXACT_DIAGONAL]
UNITS = [P.FRACTION, P.PERCENT]
NUMBER_OUTPUTS = {"PC": N_("PC index"), "EC_HA": N_("Equivalent connectivity EC(PC) (ha)"), "IIC": N_("IIC index"),
                  "N_COMP": N_("Number of components"), "N_PATCHES": N_("Number of réservoirs"),
                  "N_LINKS": N_("Number of links")}


class TvbContinuityAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "tvb_continuity"
    GROUP_ID = "tvb"
    DISPLAY_NAME = N_("Green and blue network: réservoirs, corridors, connectivity and conflicts")
    HELP = HELP

    LANDCOVER = "LANDCOVER"
    LANDCOVER_FIELD = "LANDCOVER_FIELD"
    RESOLUTION = "RESOLUTION"
    FRICTION = "FRICTION"
    FRICTION_TABLE = "FRICTION_TABLE"
    SUBTRAME = "SUBTRAME"
    HABITAT = "HABITAT"
    HABITAT_LAYER = "HABITAT_LAYER"
    MIN_AREA = "MIN_AREA"
    DISTANCE = "DISTANCE"
    PROBABILITY = "PROBABILITY"
    LINK_MODE = "LINK_MODE"
    MAX_COST = "MAX_COST"
    BARRIERS = "BARRIERS"
    BARRIER_ID_FIELD = "BARRIER_ID_FIELD"
    BARRIER_TRANSPARENCY = "BARRIER_TRANSPARENCY"
    BARRIER_TRANSPARENCY_FIELD = "BARRIER_TRANSPARENCY_FIELD"
    CORRIDOR_TOLERANCE = "CORRIDOR_TOLERANCE"
    DIAGONAL = "DIAGONAL"
    METRIC_UNITS = "METRIC_UNITS"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    REMOVE_CROSSING = "REMOVE_CROSSING"
    PATCHES = "PATCHES"
    LINKS = "LINKS"
    PATHS = "PATHS"
    CORRIDORS = "CORRIDORS"
    CORRIDOR_POLYGONS = "CORRIDOR_POLYGONS"
    CONFLICTS = "CONFLICTS"
    INDICES = "INDICES"
    CONEFOR = "CONEFOR"
    FRICTION_EXPORT = "FRICTION_EXPORT"
    COST_SURFACE = "COST_SURFACE"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterMapLayer(
            self.LANDCOVER, tr("Land cover (raster or polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPolygon]))
        add(QgsProcessingParameterField(self.LANDCOVER_FIELD, tr("Land-cover class field (polygons)"),
                                        parentLayerParameterName=self.LANDCOVER,
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        add(QgsProcessingParameterNumber(self.RESOLUTION, tr("Cell size for polygons (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 10.0, minValue=0.01))
        add(QgsProcessingParameterFile(self.FRICTION, tr("Friction table (BioDispersal CSV)"),
                                       extension="csv", optional=True))
        add(QgsProcessingParameterMatrix(self.FRICTION_TABLE, tr("Friction table (code, friction)"),
                                         headers=[tr("Code"), tr("Friction")], optional=True), True)
        add(QgsProcessingParameterString(self.SUBTRAME, tr("Sous-trame (friction column)"),
                                         "", optional=True))
        add(QgsProcessingParameterString(self.HABITAT, tr("Habitat class codes (a,b)"), "",
                                         optional=True))
        add(QgsProcessingParameterFeatureSource(self.HABITAT_LAYER, tr("Réservoirs layer (or codes)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        add(QgsProcessingParameterNumber(self.MIN_AREA, tr("Minimum patch area (ha)"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0))
        add(QgsProcessingParameterNumber(self.DISTANCE, tr("Dispersal distance (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 1000.0, minValue=0.0))
        add(QgsProcessingParameterNumber(self.PROBABILITY, tr("Probability at that distance"),
                                         QgsProcessingParameterNumber.Type.Double, 0.05, minValue=0.0, maxValue=1.0))
        add(QgsProcessingParameterEnum(self.LINK_MODE, tr("Links"),
                                       [tr("Planar (touching cost zones)"), tr("Complete (every pair reached)"),
                                        tr("Planar, Graphab (Euclidean Voronoi neighbours, exact costs)")],
                                       defaultValue=0))
        add(QgsProcessingParameterNumber(self.MAX_COST, tr("Maximum link cost (0 = none)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        add(QgsProcessingParameterFeatureSource(self.BARRIERS, tr("Barriers (roads, railways)"),
                                                [QgsProcessing.SourceType.TypeVectorLine,
                                                 QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.add_field_parameter(self.BARRIER_ID_FIELD, tr("Barrier identifier field"), self.BARRIERS)
        add(QgsProcessingParameterNumber(self.BARRIER_TRANSPARENCY,
                                         tr("Barrier transparency (0–1)"),
                                         QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0, maxValue=1.0))
        self.add_field_parameter(self.BARRIER_TRANSPARENCY_FIELD, tr("Barrier transparency field"), self.BARRIERS,
                                 numeric=True, advanced=True)
        add(QgsProcessingParameterNumber(self.CORRIDOR_TOLERANCE, tr("Corridor tolerance (extra cost)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.1, minValue=0.0, maxValue=10.0),
            True)
        add(QgsProcessingParameterEnum(self.DIAGONAL, tr("Diagonal step length"),
                                       [tr("1.4142136 (Graphab)"), tr("Exact √2 (GRASS r.cost)")], defaultValue=0),
            True)
        add(QgsProcessingParameterEnum(self.METRIC_UNITS, tr("Importances (dPC, dIIC, shares)"),
                                       [tr("Fractions (Graphab)"), tr("Percentages (Conefor)")], defaultValue=0), True)
        add(QgsProcessingParameterNumber(self.LANDSCAPE_AREA, tr("Landscape area for PC (ha)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0), True)
        add(QgsProcessingParameterBoolean(self.REMOVE_CROSSING,
                                          tr("Drop links whose path crosses another réservoir (Graphab)"), False), True)
        add(QgsProcessingParameterFeatureSink(self.PATCHES, tr("Réservoirs (patches)"),
                                              QgsProcessing.SourceType.TypeVectorPolygon))
        add(QgsProcessingParameterFeatureSink(self.LINKS, tr("Links (graph)"), QgsProcessing.SourceType.TypeVectorLine,
                                              optional=True))
        add(QgsProcessingParameterFeatureSink(self.PATHS, tr("Least-cost paths"),
                                              QgsProcessing.SourceType.TypeVectorLine))
        add(QgsProcessingParameterRasterDestination(self.CORRIDORS, tr("Corridors (raster)"),
                                                    optional=True))
        add(QgsProcessingParameterFeatureSink(self.CORRIDOR_POLYGONS, tr("Corridors (polygons)"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFeatureSink(self.CONFLICTS, tr("Conflict points (points noirs)"),
                                              QgsProcessing.SourceType.TypeVectorPoint, optional=True))
        add(QgsProcessingParameterFeatureSink(self.INDICES, tr("Global connectivity indices"),
                                              QgsProcessing.SourceType.TypeVector, optional=True))
        add(QgsProcessingParameterFolderDestination(self.CONEFOR, tr("Conefor export folder"), optional=True))
        add(QgsProcessingParameterFileDestination(self.FRICTION_EXPORT, tr("Friction table used (CSV)"),
                                                  tr("CSV files (*.csv)"), optional=True))
        add(QgsProcessingParameterRasterDestination(self.COST_SURFACE, tr("Accumulated cost"),
                                                    optional=True))
        add(QgsProcessingParameterFileDestination(self.REPORT, tr("TVB report (HTML)"),
                                                  tr("HTML files (*.html)"), optional=True))
        self.add_report_language_parameter()
        for key, label in NUMBER_OUTPUTS.items():
            self.addOutput(QgsProcessingOutputNumber(key, tr(label)))

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        from osgeo import gdal

        gdal.UseExceptions()
        french = self.french()
        self._styles = []
        self._inputs = self._input_paths(parameters, context)
        self._refuse_outputs_over_inputs(parameters, context)
        feedback.setProgress(0)
        table, subtrame = self._friction(parameters, context)
        grid = self._landcover(parameters, context, feedback)
        self.check_canceled(feedback)
        reservoirs = self._rasterised_source(parameters, context, self.HABITAT_LAYER, grid, all_touched=False)
        barriers, barrier_ids, transparency = self._barriers(parameters, context, grid)
        codes = FR.parse_codes(self.parameterAsString(parameters, self.HABITAT, context))
        if reservoirs is None and not codes:
            raise AulaInputError(fr="HABITAT : indiquez les codes des classes d'habitat ou une couche HABITAT_LAYER.",
                                 en="HABITAT: give the habitat class codes or a HABITAT_LAYER.")
        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
        land = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        settings = P.TvbSettings(
            distance=self.parameterAsDouble(parameters, self.DISTANCE, context),
            probability=self.parameterAsDouble(parameters, self.PROBABILITY, context),
            link_mode=LINK_MODES[self.parameterAsEnum(parameters, self.LINK_MODE, context)],
            max_cost=max_cost if max_cost > 0 else None,
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            corridor_tolerance=self.parameterAsDouble(parameters, self.CORRIDOR_TOLERANCE, context),
            diagonal=DIAGONALS[self.parameterAsEnum(parameters, self.DIAGONAL, context)],
            units=UNITS[self.parameterAsEnum(parameters, self.METRIC_UNITS, context)],
            landscape_area_ha=land if land > 0 else None, subtrame=subtrame,
            remove_crossing=self.parameterAsBoolean(parameters, self.REMOVE_CROSSING, context))
        want_corridors = bool(parameters.get(self.CORRIDORS) or parameters.get(self.CORRIDOR_POLYGONS))
        stages = {"friction": tr("Resistance surface"), "patches": tr("Réservoirs"), "cost": tr("Accumulated costs"),
                  "links": tr("Links"), "metrics": tr("Graph metrics"), "paths": tr("Paths"),
                  "corridors": tr("Corridors")}
        last = {"text": ""}

        def progress(fraction, stage):
            feedback.setProgress(100 * fraction * 0.85)
            if stage != last["text"]:
                last["text"] = stage
                feedback.pushInfo(stages.get(stage, stage) + "…")

        try:
            result = P.run_tvb(grid["landcover"], grid["geotransform"], table.mapping(subtrame or None), settings,
                               habitat_codes=codes, reservoirs=reservoirs, nodata=grid["nodata"], barriers=barriers,
                               barrier_transparency=transparency, barrier_ids=barrier_ids,
                               with_corridors=want_corridors,
                               keep_cost_surface=bool(parameters.get(self.COST_SURFACE)),
                               cancel=feedback.isCanceled, progress=progress)
        except Cancelled:
            self.check_canceled(feedback)
            raise
        self.warn(feedback, result.messages)
        ind = result.indices
        feedback.pushInfo(tr("{n} réservoirs, {l} links, {c} component(s); PC = {pc:.6g}, EC(PC) = {ec:.1f} ha, "
                             "IIC = {iic:.6g}; {k} conflict point(s).").format(
            n=ind[F.N_PATCHES.name], l=ind[F.N_LINKS.name], c=ind[F.N_COMP.name], pc=ind[F.PC.name],
            ec=ind[F.EC_HA.name], iic=ind[F.IIC.name], k=len(result.conflicts)))
        feedback.pushInfo(tr("Timings: {t}").format(t=", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items())))
        self.check_canceled(feedback)
        outputs = self._write_outputs(parameters, context, feedback, result, grid, table, french)
        self.check_canceled(feedback)
        return outputs

    # --- inputs -----------------------------------------------------------------------------------

    def _input_paths(self, parameters, context) -> List[str]:
        paths = []
        for key in (self.LANDCOVER, self.HABITAT_LAYER, self.BARRIERS):
            layer = self.parameterAsLayer(parameters, key, context) if key == self.LANDCOVER else None
            if layer is None and parameters.get(key):
                layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is not None and layer.source():
                paths.append(layer.source().split("|")[0])
        friction = self.parameterAsFile(parameters, self.FRICTION, context)
        if friction:
            paths.append(friction)
        return [os.path.realpath(p) for p in paths if p and os.path.exists(p)]

    def _refuse_outputs_over_inputs(self, parameters, context):
        """The Conefor folder's files (``nodes_*``, ``distances_*``) over an input: the shared output guard
        (processing/guards.py) answers for every file and layer output, not for what a folder will hold."""
        folder = parameters.get(self.CONEFOR)
        if isinstance(folder, str) and folder and not folder.startswith("TEMPORARY"):
            real = os.path.realpath(folder)
            for p in self._inputs:
                if os.path.dirname(p) == real and Path(p).name.startswith(("nodes_", "distances_")):
                    raise AulaInputError(fr=f"CONEFOR : le dossier contient l'entrée {p}.",
                                         en=f"CONEFOR: the folder holds the input {p}.")

    def _friction(self, parameters, context):
        subtrame = self.parameterAsString(parameters, self.SUBTRAME, context).strip()
        path = self.parameterAsFile(parameters, self.FRICTION, context)
        matrix = self.parameterAsMatrix(parameters, self.FRICTION_TABLE, context)
        if path:
            table = FR.read_friction_csv(path, "FRICTION")
            name = table.resolve(subtrame or None)
            return table, subtrame or name
        if matrix:
            if len(matrix) % 2:
                raise AulaInputError(fr="FRICTION_TABLE : nombre impair de valeurs (paires code, friction attendues).",
                                     en="FRICTION_TABLE: odd number of values (code, friction pairs expected).")
            text = "code;friction\n" + "".join(f"{matrix[i]};{matrix[i + 1]}\n" for i in range(0, len(matrix), 2))
            table = FR.parse_friction_text(text, "FRICTION_TABLE")
            table.frictions = {subtrame or "friction": table.frictions["friction"]}
            return table, subtrame
        raise AulaInputError(fr="FRICTION : donnez une table de friction (CSV BioDispersal ou FRICTION_TABLE).",
                             en="FRICTION: give a friction table (BioDispersal CSV or FRICTION_TABLE).")

    def _landcover(self, parameters, context, feedback) -> Dict:
        from osgeo import gdal

        layer = self.parameterAsLayer(parameters, self.LANDCOVER, context)
        if layer is None or not layer.isValid():
            raise AulaInputError(fr="LANDCOVER : couche illisible.", en="LANDCOVER: unreadable layer.")
        crs = layer.crs()
        if not crs.isValid() or crs.isGeographic():
            raise AulaInputError(
                fr=f"LANDCOVER : SCR {crs.authid() or 'inconnu'} géographique ou invalide ; un SCR projeté en mètres "
                   "(EPSG:2154) est attendu.",
                en=f"LANDCOVER: CRS {crs.authid() or 'unknown'} is geographic or invalid; a projected CRS in metres "
                   "(EPSG:2154) is expected.")
        if isinstance(layer, QgsRasterLayer):
            try:
                ds = gdal.Open(layer.source())
            except RuntimeError:
                ds = None
            if ds is None:
                raise AulaInputError(fr=f"LANDCOVER : raster illisible par GDAL ({layer.source()}).",
                                     en=f"LANDCOVER: raster unreadable by GDAL ({layer.source()}).")
            band = ds.GetRasterBand(1)
            values = band.ReadAsArray()
            feedback.pushInfo(tr("Land cover read: {w}×{h} cells.").format(w=ds.RasterXSize, h=ds.RasterYSize))
            return {"landcover": values, "geotransform": ds.GetGeoTransform(), "nodata": band.GetNoDataValue(),
                    "crs": crs, "wkt": ds.GetProjection(), "label": layer.name()}
        if not isinstance(layer, QgsVectorLayer):
            raise AulaInputError(fr="LANDCOVER : raster ou polygones attendus.",
                                 en="LANDCOVER: a raster or polygons are expected.")
        field = self.parameterAsString(parameters, self.LANDCOVER_FIELD, context)
        if not field:
            raise AulaInputError(fr="LANDCOVER est une couche de polygones : indiquez LANDCOVER_FIELD.",
                                 en="LANDCOVER is a polygon layer: give LANDCOVER_FIELD.")
        res = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        ext = layer.extent()
        cols = max(1, int(math.ceil(ext.width() / res)))
        rows = max(1, int(math.ceil(ext.height() / res)))
        if rows * cols > 400_000_000:
            raise AulaInputError(fr=f"RESOLUTION : {res:g} m donne {rows}×{cols} cellules ; augmentez la résolution.",
                                 en=f"RESOLUTION: {res:g} m gives {rows}×{cols} cells; use a coarser resolution.")
        gt = (ext.xMinimum(), res, 0.0, ext.yMinimum() + rows * res, 0.0, -res)
        grid = {"geotransform": gt, "nodata": -1, "crs": crs, "wkt": crs.toWkt(), "rows": rows, "cols": cols,
                "label": layer.name()}
        values = self._rasterise(layer.getFeatures(), layer.crs(), grid, context, field=field, nodata=-1)
        grid["landcover"] = values
        feedback.pushInfo(tr("Land cover rasterised at {r:g} m: {w}×{h} cells.").format(r=res, w=cols, h=rows))
        return grid

    def _rasterise(self, features, source_crs, grid, context, field: Optional[str] = None, nodata=0,
                   all_touched=False, values_out: Optional[list] = None) -> np.ndarray:
        """Burn features on the land-cover grid: ``field`` value, or feature rank + 1."""
        from osgeo import gdal, ogr, osr

        rows, cols = grid.get("rows"), grid.get("cols")
        if rows is None:
            rows, cols = grid["landcover"].shape
        xform = QgsCoordinateTransform(source_crs, grid["crs"], context.transformContext())
        srs = osr.SpatialReference()
        srs.ImportFromWkt(grid["wkt"])
        mem = ogr.GetDriverByName("Memory").CreateDataSource("tvb")
        olayer = mem.CreateLayer("burn", srs, ogr.wkbUnknown)
        olayer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger64))
        defn = olayer.GetLayerDefn()
        rank = 0
        for f in features:
            if not f.hasGeometry():
                continue
            rank += 1
            if values_out is not None:
                values_out.append(f)
            g = QgsGeometry(f.geometry())
            g.transform(xform)
            value = rank
            if field:
                raw = plain_value(f[field])
                if raw is None:
                    continue
                value = int(raw)
            of = ogr.Feature(defn)
            of.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
            of.SetField("v", value)
            olayer.CreateFeature(of)
        dtype = gdal.GDT_Int32
        ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, dtype)
        ds.SetGeoTransform(grid["geotransform"])
        ds.SetProjection(grid["wkt"])
        band = ds.GetRasterBand(1)
        band.Fill(nodata)
        options = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
        gdal.RasterizeLayer(ds, [1], olayer, options=options)
        return band.ReadAsArray()

    def _rasterised_source(self, parameters, context, key, grid, all_touched):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        return self._rasterise(source.getFeatures(), source.sourceCrs(), grid, context, all_touched=all_touched)

    def _barriers(self, parameters, context, grid):
        source = self.parameterAsSource(parameters, self.BARRIERS, context)
        if source is None:
            return None, None, None
        feats: list = []
        burned = self._rasterise(source.getFeatures(), source.sourceCrs(), grid, context, all_touched=True,
                                 values_out=feats)
        id_field = self.parameterAsString(parameters, self.BARRIER_ID_FIELD, context)
        t_field = self.parameterAsString(parameters, self.BARRIER_TRANSPARENCY_FIELD, context)
        default_t = self.parameterAsDouble(parameters, self.BARRIER_TRANSPARENCY, context)
        ids, transparency = [], []
        for f in feats:
            ids.append(str(plain_value(f[id_field])) if id_field else str(f.id()))
            t = plain_value(f[t_field]) if t_field else None
            t = default_t if t is None else float(t)
            if not 0 <= t <= 1:
                raise AulaInputError(fr=f"BARRIERS : transparence {t} hors de [0 ; 1] (obstacle {ids[-1]}).",
                                     en=f"BARRIERS: transparency {t} outside [0, 1] (barrier {ids[-1]}).")
            transparency.append(t)
        return burned.astype(np.int32), ids, np.array(transparency, dtype=np.float64)

    # --- outputs ----------------------------------------------------------------------------------

    def _write_outputs(self, parameters, context, feedback, result: P.TvbResult, grid, table, french):
        from scipy import ndimage

        crs = grid["crs"]
        sub = result.settings.subtrame
        suffix = f" – {sub}" if sub else ""
        outputs = {}
        centroids = np.array(ndimage.center_of_mass(np.ones_like(result.labels, dtype=np.int8), result.labels,
                                                    np.arange(1, result.count + 1))).reshape(-1, 2)
        cx, cy = P.cell_centres(centroids[:, 0] - 0.5, centroids[:, 1] - 0.5, grid["geotransform"])

        patch_geoms = self._polygons(result.labels, grid)
        outputs[self.PATCHES] = self._write(parameters, context, self.PATCHES, F.PATCH_FIELDS, result.patches,
                                            patch_geoms, F.ID_RESV.name, QgsWkbTypes.Type.MultiPolygon, crs, french,
                                            "tvb_patches", tr("Réservoirs") + suffix, feedback)
        feedback.setProgress(88)
        links = result.links
        link_geoms = {}
        for k, a, b in zip(links[F.ID_CORR.name].tolist(), links[F.ID_RESV1.name].tolist(),
                           links[F.ID_RESV2.name].tolist()):
            link_geoms[k] = QgsGeometry.fromPolylineXY([QgsPointXY(cx[a - 1], cy[a - 1]),
                                                        QgsPointXY(cx[b - 1], cy[b - 1])])
        if parameters.get(self.LINKS):
            outputs[self.LINKS] = self._write(parameters, context, self.LINKS, F.LINK_FIELDS, links, link_geoms,
                                              F.ID_CORR.name, QgsWkbTypes.Type.LineString, crs, french, "tvb_links",
                                              tr("Links") + suffix, feedback)
        path_geoms = {}
        for k, xy in zip(links[F.ID_CORR.name].tolist(), result.paths_xy):
            if len(xy) >= 2:
                path_geoms[k] = QgsGeometry(QgsLineString(xy[:, 0].tolist(), xy[:, 1].tolist()))
        outputs[self.PATHS] = self._write(parameters, context, self.PATHS, F.LINK_FIELDS, links, path_geoms,
                                          F.ID_CORR.name, QgsWkbTypes.Type.LineString, crs, french, "tvb_paths",
                                          tr("Least-cost paths") + suffix, feedback)
        if parameters.get(self.CONFLICTS) and result.conflicts is not None:
            conf = result.conflicts
            geoms = {k: QgsGeometry.fromPointXY(QgsPointXY(x, y))
                     for k, x, y in zip(conf[F.ID_CONF.name].tolist(), conf["x"].tolist(), conf["y"].tolist())}
            outputs[self.CONFLICTS] = self._write(parameters, context, self.CONFLICTS, F.CONFLICT_FIELDS, conf, geoms,
                                                  F.ID_CONF.name, QgsWkbTypes.Type.Point, crs, french, "tvb_conflicts",
                                                  tr("Conflict points") + suffix, feedback)
        if result.corridors is not None:
            corridor_path = self.parameterAsOutputLayer(parameters, self.CORRIDORS, context)
            if corridor_path:
                self._write_raster(corridor_path, result.corridors.excess, grid, np.float32, -1.0)
                outputs[self.CORRIDORS] = corridor_path
            if parameters.get(self.CORRIDOR_POLYGONS):
                geoms = self._polygons(result.corridors.link, grid)
                outputs[self.CORRIDOR_POLYGONS] = self._write(
                    parameters, context, self.CORRIDOR_POLYGONS, F.CORRIDOR_FIELDS, result.corridor_table, geoms,
                    F.ID_CORR.name, QgsWkbTypes.Type.MultiPolygon, crs, french, "tvb_corridors",
                    tr("Corridors") + suffix, feedback)
        feedback.setProgress(94)
        if parameters.get(self.INDICES):
            import pandas as pd

            frame = pd.DataFrame([result.indices])
            fields = fields_from_specs(F.GLOBAL_FIELDS, french)
            dest = write_output(self, parameters, self.INDICES, context, fields, frame, QgsWkbTypes.Type.NoGeometry,
                                None, None, [s.kind for s in F.GLOBAL_FIELDS], feedback)
            if dest is not None:
                style_output(context, dest, None, tr("Connectivity indices"), fields)
                self._styles.append((dest, None, tr("Connectivity indices")))
                outputs[self.INDICES] = dest
        cost_path = self.parameterAsOutputLayer(parameters, self.COST_SURFACE, context)
        if cost_path and result.cost_surface is not None:
            surface = (result.cost_surface * result.resolution).astype(np.float32)
            surface[~np.isfinite(surface)] = -1.0
            self._write_raster(cost_path, surface, grid, np.float32, -1.0)
            outputs[self.COST_SURFACE] = cost_path
        folder = self.parameterAsString(parameters, self.CONEFOR, context)
        if parameters.get(self.CONEFOR) and folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            files = P.conefor_files(result)
            name = (sub or "tvb").replace(" ", "_")
            Path(folder, f"nodes_{name}.txt").write_text(files["nodes"], encoding="utf-8")
            Path(folder, f"distances_{name}.txt").write_text(files["distances"], encoding="utf-8")
            Path(folder, "conefor_command.txt").write_text(files["command"], encoding="utf-8")
            outputs[self.CONEFOR] = folder
        export = self.parameterAsFileOutput(parameters, self.FRICTION_EXPORT, context)
        if export:
            FR.write_friction_csv(table, export)
            outputs[self.FRICTION_EXPORT] = export
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            lang = self.report_language(parameters, context)
            described = self._described(parameters, context, result, grid, lang)
            note = None
            if "GENERE" in str(grid.get("label", "")).upper() or any("GENERE" in p.upper() for p in self._inputs):
                note = ("Occupation du sol GÉNÉRÉE pour la démonstration : ce n'est pas une donnée observée."
                        if lang == "fr" else "Land cover GENERATED for the demonstration: not observed data.")
            rows_cols = np.column_stack([centroids[:, 0] - 0.5, centroids[:, 1] - 0.5])
            Path(report_path).write_text(build_report(result, described, rows_cols, note, lang=lang),
                                         encoding="utf-8")
            outputs[self.REPORT] = report_path
        for key in NUMBER_OUTPUTS:
            outputs[key] = result.indices[key.lower()]
        feedback.setProgress(100)
        return outputs

    def _write(self, parameters, context, key, specs, frame, geometries, key_field, wkb, crs, french, style, name,
               feedback):
        fields = fields_from_specs(specs, french)
        column = GeometryColumn.from_keyed(geometries, frame[key_field].tolist())
        dest = write_output(self, parameters, key, context, fields, frame, wkb, crs, column,
                            [s.kind for s in specs], feedback)
        if dest is None:
            return None
        if len(name) > 30:  # a GeoPackage style name holds 30 characters: the sous-trame is left out
            name = name.split(" – ")[0]
        style_output(context, dest, style, name, fields)
        self._styles.append((dest, style, name))
        return dest

    def _polygons(self, labels: np.ndarray, grid) -> Dict[int, QgsGeometry]:
        """One (multi)polygon per positive label (GDAL Polygonize, 4-connected, dissolved by label)."""
        from osgeo import gdal, ogr

        rows, cols = labels.shape
        ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
        ds.SetGeoTransform(grid["geotransform"])
        band = ds.GetRasterBand(1)
        band.WriteArray(labels.astype(np.int32))
        mask_ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
        mask_ds.SetGeoTransform(grid["geotransform"])
        mask_ds.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
        mem = ogr.GetDriverByName("Memory").CreateDataSource("poly")
        layer = mem.CreateLayer("poly", None, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
        gdal.Polygonize(band, mask_ds.GetRasterBand(1), layer, 0, [])
        parts: Dict[int, List[QgsGeometry]] = {}
        for f in layer:
            g = QgsGeometry()
            g.fromWkb(bytes(f.GetGeometryRef().ExportToWkb()))
            parts.setdefault(int(f.GetField(0)), []).append(g)
        return {k: (v[0] if len(v) == 1 else QgsGeometry.collectGeometry(v)) for k, v in parts.items()}

    @staticmethod
    def _write_raster(path, values, grid, dtype, nodata):
        from osgeo import gdal

        rows, cols = values.shape
        driver = gdal.GetDriverByName("GTiff")
        ds = driver.Create(str(path), cols, rows, 1, gdal.GDT_Float32,
                           ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"])
        ds.SetGeoTransform(grid["geotransform"])
        ds.SetProjection(grid["wkt"])
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        data = np.where(np.isfinite(values), values, nodata).astype(dtype)
        band.WriteArray(data)
        band.FlushCache()
        ds = None

    def _described(self, parameters, context, result, grid, lang="fr"):
        """The report's parameter table, in words of the report's language."""
        w = Words(lang)
        s = result.settings
        return {
            w("Occupation du sol", "Land cover"): str(grid.get("label", "")),
            w("Résolution", "Resolution"): w.num(result.resolution, 2 if result.resolution % 1 else 0, "m"),
            w("Sous-trame", "Sub-network"): s.subtrame or "–",
            "Habitat": self.parameterAsString(parameters, self.HABITAT, context)
            or w("couche de réservoirs", "réservoirs layer"),
            w("Surface minimale", "Minimum area"): w.num(s.min_area_ha, 2 if s.min_area_ha % 1 else 0, "ha"),
            w("Dispersion", "Dispersal"): f"p = {w.plain(s.probability)} {w('à', 'at')} {w.num(s.distance, 0, 'm')}",
            w("Liens", "Links"): {P.PLANAR: w("planaires (Voronoï de coût)", "planar (cost Voronoi)"),
                                  P.PLANAR_GRAPHAB: w("planaires Graphab (Voronoï euclidien)",
                                                      "Graphab planar (Euclidean Voronoi)")}.get(
                s.link_mode, w("complets", "complete"))
            + (w(", sans traversée d'un autre réservoir", ", none crossing another réservoir")
               if s.remove_crossing and s.link_mode != P.PLANAR else ""),
            w("Coût maximal", "Maximum cost"): w.plain(s.max_cost) if s.max_cost else w("aucun", "none"),
            w("Tolérance des corridors", "Corridor tolerance"): w.num(100 * s.corridor_tolerance, 0, "%"),
            w("Pas diagonal", "Diagonal step"): w.num(s.diagonal, 7),
            w("Importances", "Importances"): w("pourcentages (Conefor)", "percentages (Conefor)")
            if s.units == P.PERCENT else w("fractions (Graphab)", "fractions (Graphab)"),
        }
