"""``aula:icu_hotspots`` — surchauffe urbaine: Getis-Ord Gi* hot and cold spots of surface temperature,
crossed with population and sensitive ERP. Thin glue: layers → ``aula_toolkit.icu.pipeline`` → features."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.icu import erp as erp_mod
from ..aula_toolkit.icu import fields as F
from ..aula_toolkit.icu import pipeline as P
from ..aula_toolkit.icu import population as pop_mod
from ..aula_toolkit.icu import stakes as stakes_mod
from ..aula_toolkit.icu import temperature as T
from ..aula_toolkit.icu.report import build_report
from ..aula_toolkit.icu.contiguity import QUEEN, ROOK, WEIGHTS_FILE
from ..aula_toolkit.icu.coverage import CENTRE, EXACT
from ..aula_toolkit.icu.weights import BINARY, DISTANCE_BAND, KNN, ROW_STANDARDISED
from ..toolbelt.i18n import N_, tr
from ..aula_toolkit.keys import check_ids, require_field
from ..aula_toolkit.numbers import TEMPERATURE_ANY, numbers_or_error
from .base import AulaAlgorithm
from .cancel import cancel_probe, check_canceled
from .geometry import GeometryCheck, checked_features, require_crs
from .io import fields_from_specs, plain_value, save_style_in_geopackage, style_output, write_frame

READINGS = [T.READING_AUTO, T.READING_CELSIUS, T.READING_KELVIN, T.READING_LANDSAT]
WEIGHTS = [DISTANCE_BAND, KNN, QUEEN, ROOK, WEIGHTS_FILE]  # indices are public API: append only
ZONAL_METHODS = [EXACT, CENTRE]
STANDARDIZATIONS = [BINARY, ROW_STANDARDISED]

HELP = N_(
    "<p>Finds where the territory overheats and where it stays cool — statistically significant hot and cold "
    "spots of land surface temperature (Getis-Ord Gi*) — and crosses the hot spots with the population and the "
    "sensitive establishments (ERP) to target greening and îlots de fraîcheur.</p>"
    "<h3>Inputs</h3><ul>"
    "<li><b>TEMPERATURE</b>: a land surface temperature raster in °C or K, or a Landsat Collection 2 Level-2 "
    "ST_B10 band in raw digital numbers (K = DN × 0.00341802 + 149.0, fill 0 masked), or a point/polygon layer "
    "with a temperature field (<b>TEMPERATURE_FIELD</b>). <b>TEMPERATURE_READING</b>: automatic (from the median "
    "value) or forced; the reading applied is written in the log.</li>"
    "<li><b>UNITS</b> (optional): analysis polygons (IRIS, îlots). Without them, a regular grid of <b>CELL_SIZE</b> "
    "m (default 200 m) aligned on the INSEE 200 m grid (EPSG:3035), so Filosofi squares match cell for cell. "
    "A unit's temperature is the mean of the raster pixels weighted by the exact share of each pixel inside the "
    "unit (<b>ZONAL_METHOD</b>; the faster rule of the pixels whose centre it contains remains available; the "
    "report says which was used). Units covering no valid pixel are listed and left out.</li>"
    "<li><b>WEIGHTS</b>: distance band (<b>DISTANCE</b> in metres; 0 = the smallest distance giving every unit a "
    "neighbour — on the 200 m grid that is 200 m, the cell and its 4 edge neighbours; for the 3 × 3 window choose "
    "queen contiguity or a band of 283 m), k nearest neighbours (<b>NEIGHBOURS</b>), queen contiguity (shared edge "
    "or corner, ArcGIS 'edges and corners', PySAL Queen) or rook contiguity (shared edge, PySAL Rook) of polygon "
    "units with a <b>CONTIGUITY_TOLERANCE</b> for slivers, or a PySAL/GeoDa <b>WEIGHTS_FILE</b> (GAL: neighbour "
    "lists; GWT: weighted pairs) whose ids are those of <b>UNITS_ID_FIELD</b>. Units without a neighbour count only "
    "themselves, as in esda, and are listed. Binary or row-standardised (no effect on Gi*). The unit counts itself.</li>"
    "<li>Statistic: Gi* in the ArcGIS closed form (equal to PySAL esda G_Local with transform='B', star=True), "
    "two-sided analytical p-values; optional conditional <b>PERMUTATIONS</b> (seeded by <b>SEED</b>, only where n "
    "makes them practical; pseudo p-values cannot go below 1/(R+1)); optional <b>FDR</b> correction that changes "
    "only the bins. Bins −3…+3 = cold/hot spots at 99/95/90 % confidence.</li>"
    "<li><b>POPULATION</b> (optional): INSEE Filosofi 200 m squares or any polygons/points with a total population "
    "field (default Ind) and age fields (under 4: Ind_0_3; 65 or over: Ind_65_79, Ind_80p); joined by Idcar_200m "
    "on the INSEE grid, otherwise areal-weighted.</li>"
    "<li><b>ERP</b> (optional): sensitive establishments with a category field: INSEE BPE codes (C1xx, D1xx, D401, "
    "D502), FINESS 500 and words (crèche, école, collège, EHPAD, hôpital…) are recognised.</li>"
    "<li><b>SUMMARY_AREAS</b> (optional): communes or EPCI; the grid is restricted to them (<b>CLIP_TO_AREAS</b>).</li>"
    "<li>Stake matrices: <b>HEAT_BINS</b> (1,3), <b>DENSITY_THRESHOLDS</b> (300,1500 inhabitants/km²), "
    "<b>ERP_THRESHOLDS</b> (1,3), <b>STAKE_MATRIX</b> (1,1,1;1,2,3;2,3,4) — documented conventions, no national "
    "standard exists.</li></ul>"
    "<h3>Outputs</h3><ul><li><b>HOTSPOTS</b>: units with mean temperature, z, p, bin and class, blue-to-red style.</li>"
    "<li><b>STAKES_POPULATION</b>, <b>STAKES_ERP</b>: heat level × density (or sensitive ERP) in a 3×3 matrix, "
    "bivariate style.</li><li><b>SUMMARY</b>: per territory, area, population and ERP in significant hot spots.</li>"
    "<li><b>REPORT</b>: an HTML page with the method, parameters, map legend and tables, readable offline.</li></ul>"
)


class IcuHotspotsAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "icu_hotspots"
    GROUP_ID = "climat"
    DISPLAY_NAME = N_("Urban overheating: hot and cold spots (Gi*)")
    HELP = HELP

    TEMPERATURE = "TEMPERATURE"
    TEMPERATURE_FIELD = "TEMPERATURE_FIELD"
    TEMPERATURE_READING = "TEMPERATURE_READING"
    TEMPERATURE_BAND = "TEMPERATURE_BAND"
    UNITS = "UNITS"
    UNITS_ID_FIELD = "UNITS_ID_FIELD"
    CELL_SIZE = "CELL_SIZE"
    GRID_CRS = "GRID_CRS"
    WEIGHTS = "WEIGHTS"
    DISTANCE = "DISTANCE"
    NEIGHBOURS = "NEIGHBOURS"
    STANDARDIZATION = "STANDARDIZATION"
    CONTIGUITY_TOLERANCE = "CONTIGUITY_TOLERANCE"
    WEIGHTS_FILE = "WEIGHTS_FILE"
    ZONAL_METHOD = "ZONAL_METHOD"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    FDR = "FDR"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    POPULATION_UNDER4_FIELDS = "POPULATION_UNDER4_FIELDS"
    POPULATION_OVER65_FIELDS = "POPULATION_OVER65_FIELDS"
    POPULATION_ID_FIELD = "POPULATION_ID_FIELD"
    ERP = "ERP"
    ERP_CATEGORY_FIELD = "ERP_CATEGORY_FIELD"
    ERP_NAME_FIELD = "ERP_NAME_FIELD"
    ERP_CODES = "ERP_CODES"
    ERP_CODES_HIGH = "ERP_CODES_HIGH"
    SUMMARY_AREAS = "SUMMARY_AREAS"
    SUMMARY_ID_FIELD = "SUMMARY_ID_FIELD"
    SUMMARY_NAME_FIELD = "SUMMARY_NAME_FIELD"
    CLIP_TO_AREAS = "CLIP_TO_AREAS"
    HEAT_BINS = "HEAT_BINS"
    DENSITY_THRESHOLDS = "DENSITY_THRESHOLDS"
    ERP_THRESHOLDS = "ERP_THRESHOLDS"
    STAKE_MATRIX = "STAKE_MATRIX"
    HOTSPOTS = "HOTSPOTS"
    STAKES_POPULATION = "STAKES_POPULATION"
    STAKES_ERP = "STAKES_ERP"
    SUMMARY = "SUMMARY"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        points = [QgsProcessing.SourceType.TypeVectorPoint]

        add = self.add_parameter
        field = self.add_field_parameter

        add(QgsProcessingParameterMapLayer(
            self.TEMPERATURE, tr("Surface temperature (raster, Landsat ST_B10, or points/polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPoint,
                   QgsProcessing.SourceType.TypeVectorPolygon]))
        field(self.TEMPERATURE_FIELD, tr("Temperature field (vector temperature layer)"), self.TEMPERATURE)
        add(QgsProcessingParameterEnum(
            self.TEMPERATURE_READING, tr("Temperature reading"),
            [tr("Automatic (from the values)"), tr("Degrees Celsius"), tr("Kelvin"),
             tr("Landsat Collection 2 Level-2 ST_B10 raw values")], defaultValue=0))
        add(QgsProcessingParameterNumber(self.TEMPERATURE_BAND, tr("Raster band"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=1), True)
        add(QgsProcessingParameterFeatureSource(self.UNITS, tr("Analysis units (polygons; empty = 200 m INSEE grid)"),
                                                polygons, optional=True))
        field(self.UNITS_ID_FIELD, tr("Unit identifier field"), self.UNITS)
        add(QgsProcessingParameterNumber(self.CELL_SIZE, tr("Grid cell size (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=1.0))
        add(QgsProcessingParameterCrs(self.GRID_CRS, tr("Grid CRS (INSEE grid: EPSG:3035)"), "EPSG:3035",
                                      optional=True), True)
        add(QgsProcessingParameterEnum(
            self.WEIGHTS, tr("Spatial weights"),
            [tr("Distance band"), tr("k nearest neighbours"), tr("Queen contiguity (edges and corners; 3 × 3 window on the grid)"),
             tr("Rook contiguity (edges only)"), tr("Weights file (GAL or GWT)")], defaultValue=0))
        add(QgsProcessingParameterNumber(
            self.DISTANCE, tr("Distance band (m; 0 = smallest distance giving every unit a neighbour)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        add(QgsProcessingParameterNumber(self.NEIGHBOURS, tr("Number of neighbours (k nearest)"),
                                         QgsProcessingParameterNumber.Type.Integer, 8, minValue=1))
        add(QgsProcessingParameterNumber(
            self.CONTIGUITY_TOLERANCE, tr("Contiguity tolerance (m; polygons this close count as touching)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=1000.0), True)
        add(QgsProcessingParameterFile(
            self.WEIGHTS_FILE, tr("Weights file (GAL or GWT, ids = unit identifier field)"),
            QgsProcessingParameterFile.Behavior.File, fileFilter="PySAL/GeoDa weights (*.gal *.gwt *.GAL *.GWT)",
            optional=True), True)
        add(QgsProcessingParameterEnum(
            self.ZONAL_METHOD, tr("Temperature of a unit from raster pixels"),
            [tr("Exact share of each pixel inside the unit"), tr("Pixels whose centre falls inside (faster)")],
            defaultValue=0), True)
        add(QgsProcessingParameterEnum(self.STANDARDIZATION, tr("Weights standardisation (no effect on Gi*)"),
                                       [tr("Binary"), tr("Row-standardised")], defaultValue=0), True)
        add(QgsProcessingParameterNumber(self.PERMUTATIONS, tr("Conditional permutations (0 = analytical p-values)"),
                                         QgsProcessingParameterNumber.Type.Integer, 0, minValue=0, maxValue=99999), True)
        add(QgsProcessingParameterNumber(self.SEED, tr("Random seed of the permutations"),
                                         QgsProcessingParameterNumber.Type.Integer, 12345), True)
        add(QgsProcessingParameterBoolean(self.FDR, tr("False Discovery Rate correction of the bins"), False))
        add(QgsProcessingParameterFeatureSource(
            self.POPULATION, tr("Population (INSEE Filosofi 200 m squares or polygons/points)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        field(self.POPULATION_FIELD, tr("Total population field (default Ind)"), self.POPULATION, numeric=True)
        add(QgsProcessingParameterString(self.POPULATION_UNDER4_FIELDS, tr("Under-4 population field(s)"),
                                         ",".join(pop_mod.DEFAULT_UNDER4), optional=True), True)
        add(QgsProcessingParameterString(self.POPULATION_OVER65_FIELDS, tr("65-or-over population field(s)"),
                                         ",".join(pop_mod.DEFAULT_OVER65), optional=True), True)
        field(self.POPULATION_ID_FIELD, tr("INSEE cell identifier field (default Idcar_200m)"), self.POPULATION,
              advanced=True)
        add(QgsProcessingParameterFeatureSource(self.ERP, tr("Sensitive establishments (ERP)"), points, optional=True))
        field(self.ERP_CATEGORY_FIELD, tr("ERP category field (BPE TYPEQU, FINESS category or text)"), self.ERP)
        field(self.ERP_NAME_FIELD, tr("ERP name field"), self.ERP)
        add(QgsProcessingParameterString(self.ERP_CODES, tr("Sensitive ERP codes (prefixes)"),
                                         ", ".join(erp_mod.DEFAULT_CODES)), True)
        add(QgsProcessingParameterString(self.ERP_CODES_HIGH, tr("Highly sensitive ERP codes (prefixes)"),
                                         ", ".join(erp_mod.DEFAULT_CODES_HIGH)), True)
        add(QgsProcessingParameterFeatureSource(self.SUMMARY_AREAS, tr("Summary territories (communes, EPCI)"),
                                                polygons, optional=True))
        field(self.SUMMARY_ID_FIELD, tr("Territory code field"), self.SUMMARY_AREAS)
        field(self.SUMMARY_NAME_FIELD, tr("Territory name field"), self.SUMMARY_AREAS)
        add(QgsProcessingParameterBoolean(self.CLIP_TO_AREAS, tr("Restrict the grid to the summary territories"), True))
        add(QgsProcessingParameterString(self.HEAT_BINS, tr("Heat levels 2 and 3 from Gi* bin"), "1, 3"), True)
        add(QgsProcessingParameterString(self.DENSITY_THRESHOLDS, tr("Density thresholds (inhabitants/km²)"),
                                         "300, 1500"), True)
        add(QgsProcessingParameterString(self.ERP_THRESHOLDS, tr("ERP count thresholds"), "1, 3"), True)
        add(QgsProcessingParameterString(self.STAKE_MATRIX, tr("Stake matrix (rows heat 1→3; columns sensitivity 1→3)"),
                                         "1,1,1; 1,2,3; 2,3,4"), True)
        add(QgsProcessingParameterFeatureSink(self.HOTSPOTS, tr("Hot and cold spots"),
                                              QgsProcessing.SourceType.TypeVectorPolygon))
        add(QgsProcessingParameterFeatureSink(self.STAKES_POPULATION, tr("Stakes: overheating × population"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFeatureSink(self.STAKES_ERP, tr("Stakes: overheating × sensitive ERP"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Overheating summary per territory"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFileDestination(self.REPORT, tr("Overheating report (HTML)"),
                                                  tr("HTML files (*.html)"), optional=True))

    def check_parameters(self, parameters, context):
        """The stake thresholds and matrix, typed as text, are read before the run."""
        for key, default, cast in ((self.HEAT_BINS, "1,3", int), (self.DENSITY_THRESHOLDS, "300,1500", float),
                                   (self.ERP_THRESHOLDS, "1,3", int)):
            stakes_mod.parse_pair(self.parameterAsString(parameters, key, context) or default, key, cast)
        stakes_mod.parse_matrix(self.parameterAsString(parameters, self.STAKE_MATRIX, context) or "1,1,1;1,2,3;2,3,4")

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        french = self.french()
        feedback.setProgress(0)
        units_source = self.parameterAsSource(parameters, self.UNITS, context)
        if units_source is not None:
            require_crs(units_source.sourceCrs(), self.UNITS, units_source.sourceName())
            analysis_crs = units_source.sourceCrs()
        else:
            analysis_crs = self.parameterAsCrs(parameters, self.GRID_CRS, context)
            if not analysis_crs.isValid() and not parameters.get(self.GRID_CRS):
                analysis_crs = QgsCoordinateReferenceSystem("EPSG:3035")
            if not analysis_crs.isValid() or analysis_crs.isGeographic():
                raise AulaInputError(
                    fr=f"GRID_CRS : {analysis_crs.authid() or 'SCR invalide'} est géographique ou invalide ; une maille "
                       "en mètres exige un SCR projeté (EPSG:3035 pour la grille INSEE).",
                    en=f"GRID_CRS: {analysis_crs.authid() or 'invalid CRS'} is geographic or invalid; a cell size in "
                       "metres needs a projected CRS (EPSG:3035 for the INSEE grid).")
        settings = self._settings(parameters, context, analysis_crs, french)
        temperature, temp_label = self._temperature(parameters, context, analysis_crs, feedback)
        feedback.setProgress(15)
        units = self._units(parameters, context, units_source, feedback)
        population = self._population(parameters, context, analysis_crs, feedback)
        erp = self._erp(parameters, context, analysis_crs, feedback)
        areas, area_geoms, area_crs = self._areas(parameters, context, analysis_crs, feedback)
        self.check_canceled(feedback)
        feedback.setProgress(35)

        result = P.run_icu(temperature, settings, units, population, erp, areas, cancelled=cancel_probe(feedback))
        for message in result.messages:
            if message not in result.warnings:
                feedback.pushInfo(str(message))
        self.warn(feedback, result.warnings)
        self.check_canceled(feedback)
        feedback.setProgress(70)

        geometries = self._unit_geometries(result, units_source, context, feedback)
        outputs, self._styles = {}, []
        dest = self._write(parameters, context, self.HOTSPOTS, F.HOTSPOT_FIELDS, result.hotspots, geometries,
                           analysis_crs, french, "icu_hotspots", tr("Hot and cold spots (Gi*)"), feedback)
        outputs[self.HOTSPOTS] = dest
        for key, specs, frame, name in (
                (self.STAKES_POPULATION, F.STAKES_POPULATION_FIELDS, result.stakes_population,
                 tr("Stakes: overheating × population")),
                (self.STAKES_ERP, F.STAKES_ERP_FIELDS, result.stakes_erp, tr("Stakes: overheating × sensitive ERP"))):
            if frame is None:
                if parameters.get(key):
                    feedback.pushWarning(tr("{key}: not produced (its input layer is missing).").format(key=key))
                continue
            dest = self._write(parameters, context, key, specs, frame, geometries, analysis_crs, french,
                               "icu_stakes", name, feedback)
            if dest:
                outputs[key] = dest
        if result.summary is not None:
            dest = self._write(parameters, context, self.SUMMARY, F.SUMMARY_FIELDS, result.summary, area_geoms,
                               area_crs, french, None, tr("Overheating summary"), feedback, key_field=F.TERR_ID.name)
            if dest:
                outputs[self.SUMMARY] = dest
        feedback.setProgress(90)

        self.check_canceled(feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            described = self._described(parameters, context, result, temp_label)
            note = None
            if "GENERE" in temp_label.upper() or "GENERE" in described.get("Population", "").upper():
                note = ("Données GÉNÉRÉES pour la démonstration (température et/ou population) : ce ne sont pas des "
                        "mesures Landsat ni des carreaux Filosofi réels.")
            Path(report_path).write_text(build_report(result, described, note), encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        for dest, style, name in getattr(self, "_styles", []):
            save_style_in_geopackage(dest, style, name)
        return {}

    # --- inputs -----------------------------------------------------------------------------------

    def _settings(self, parameters, context, analysis_crs, french):
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        return P.IcuSettings(
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            grid_epsg=_epsg(analysis_crs),
            weights=WEIGHTS[self.parameterAsEnum(parameters, self.WEIGHTS, context)],
            distance=distance if distance > 0 else None,
            k=self.parameterAsInt(parameters, self.NEIGHBOURS, context),
            standardisation=STANDARDIZATIONS[self.parameterAsEnum(parameters, self.STANDARDIZATION, context)],
            contiguity_tolerance=self.parameterAsDouble(parameters, self.CONTIGUITY_TOLERANCE, context),
            weights_file=self.parameterAsFile(parameters, self.WEIGHTS_FILE, context) or None,
            zonal=ZONAL_METHODS[self.parameterAsEnum(parameters, self.ZONAL_METHOD, context)],
            permutations=self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            fdr=self.parameterAsBool(parameters, self.FDR, context),
            heat_bins=stakes_mod.parse_pair(self.parameterAsString(parameters, self.HEAT_BINS, context) or "1,3",
                                            self.HEAT_BINS, int),
            density_thresholds=stakes_mod.parse_pair(
                self.parameterAsString(parameters, self.DENSITY_THRESHOLDS, context) or "300,1500",
                self.DENSITY_THRESHOLDS),
            erp_thresholds=stakes_mod.parse_pair(self.parameterAsString(parameters, self.ERP_THRESHOLDS, context) or "1,3",
                                                 self.ERP_THRESHOLDS, int),
            matrix=stakes_mod.parse_matrix(self.parameterAsString(parameters, self.STAKE_MATRIX, context)
                                           or "1,1,1;1,2,3;2,3,4"),
            erp_codes=erp_mod.parse_codes(self.parameterAsString(parameters, self.ERP_CODES, context)
                                          or ",".join(erp_mod.DEFAULT_CODES)),
            erp_codes_high=erp_mod.parse_codes(self.parameterAsString(parameters, self.ERP_CODES_HIGH, context)
                                               or ",".join(erp_mod.DEFAULT_CODES_HIGH)),
            clip_to_areas=self.parameterAsBool(parameters, self.CLIP_TO_AREAS, context),
            lang="fr" if french else "en",
        )

    def _temperature(self, parameters, context, analysis_crs, feedback):
        layer = self.parameterAsLayer(parameters, self.TEMPERATURE, context)
        if layer is None:
            raise AulaInputError(fr="TEMPERATURE : couche illisible.", en="TEMPERATURE: unreadable layer.")
        reading = READINGS[self.parameterAsEnum(parameters, self.TEMPERATURE_READING, context)]
        label = layer.name() or Path(layer.source()).name
        require_crs(layer.crs(), self.TEMPERATURE, label)
        if isinstance(layer, QgsRasterLayer):
            from osgeo import gdal

            ds = gdal.Open(layer.source())
            if ds is None:
                raise AulaInputError(fr=f"TEMPERATURE : raster illisible par GDAL ({layer.source()}).",
                                     en=f"TEMPERATURE: raster unreadable by GDAL ({layer.source()}).")
            index = self.parameterAsInt(parameters, self.TEMPERATURE_BAND, context)
            if index > ds.RasterCount:
                raise AulaInputError(fr=f"TEMPERATURE : bande {index} absente ({ds.RasterCount} bandes).",
                                     en=f"TEMPERATURE: band {index} missing ({ds.RasterCount} bands).")
            band = ds.GetRasterBand(index)
            values = band.ReadAsArray()
            feedback.pushInfo(tr("Temperature raster read: {w}×{h} pixels, {crs}.").format(
                w=ds.RasterXSize, h=ds.RasterYSize, crs=layer.crs().authid()))
            return P.TemperatureInput(P.RASTER, values, ds.GetGeoTransform(),
                                      _transformer(layer.crs(), analysis_crs, feedback), nodata=band.GetNoDataValue(),
                                      reading=reading, name=f"TEMPERATURE ({label})",
                                      to_raster_crs=_transformer(analysis_crs, layer.crs(), feedback)), \
                Path(layer.source()).name
        if not isinstance(layer, QgsVectorLayer):
            raise AulaInputError(fr="TEMPERATURE : raster ou couche vecteur attendu.",
                                 en="TEMPERATURE: a raster or vector layer is expected.")
        field = self.parameterAsString(parameters, self.TEMPERATURE_FIELD, context)
        if not field:
            raise AulaInputError(fr="TEMPERATURE est une couche vecteur : indiquez TEMPERATURE_FIELD.",
                                 en="TEMPERATURE is a vector layer: give TEMPERATURE_FIELD.")
        xform = QgsCoordinateTransform(layer.crs(), analysis_crs, context.transformContext())
        values, xs, ys, geoms = [], [], [], []
        is_point = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        idx = layer.fields().indexOf(field)
        if idx < 0:
            raise AulaInputError(fr=f"TEMPERATURE_FIELD : champ « {field} » introuvable dans « {label} ».",
                                 en=f"TEMPERATURE_FIELD: field '{field}' not found in '{label}'.")
        rows = []
        for f in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([idx])):
            self.check_canceled(feedback)
            if not f.hasGeometry():
                continue
            values.append(plain_value(f.attributes()[idx]))
            rows.append(f.id())
            g = QgsGeometry(f.geometry())
            g.transform(xform)
            if is_point:
                p = g.centroid().asPoint()
                xs.append(p.x())
                ys.append(p.y())
            else:
                geoms.append(bytes(g.asWkb()))
        values = numbers_or_error(values, f"TEMPERATURE ({label})", field, TEMPERATURE_ANY, rows)
        source_name = Path(layer.source().split("|")[0]).name
        if is_point:
            return P.TemperatureInput(P.POINTS, values, x=np.array(xs), y=np.array(ys), reading=reading,
                                      name=f"TEMPERATURE ({label})"), source_name
        return P.TemperatureInput(P.POLYGONS, values, geometries=geoms, reading=reading,
                                  name=f"TEMPERATURE ({label})"), source_name

    def _units(self, parameters, context, source, feedback):
        if source is None:
            return None
        crs = source.sourceCrs()
        id_field = self.parameterAsString(parameters, self.UNITS_ID_FIELD, context)
        if id_field:
            require_field(id_field, source.fields().names(), self.UNITS_ID_FIELD, source.sourceName())
        ids, geoms = [], []
        check = GeometryCheck(self.UNITS, source.sourceName())
        for f, g in checked_features(source, self.UNITS, lambda f: f[id_field] if id_field else f.id(), feedback,
                                     check=check):
            ids.append(f[id_field] if id_field else str(f.id()))
            geoms.append(bytes(g.asWkb()))
        self.warn(feedback, check.messages())
        if id_field:
            ids = check_ids(ids, f"UNITS ({source.sourceName()})", id_field)
        self._unit_qgs = {}
        for key, wkb in zip(ids, geoms):
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            self._unit_qgs[key] = geometry
        self._unit_ids_field = id_field
        return P.UnitsInput(ids, geoms, is_geographic=crs.isGeographic(), name=f"UNITS ({source.sourceName()})")

    def _population(self, parameters, context, analysis_crs, feedback):
        source = self.parameterAsSource(parameters, self.POPULATION, context)
        if source is None:
            return None
        total = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or pop_mod.DEFAULT_TOTAL
        u4_text = self.parameterAsString(parameters, self.POPULATION_UNDER4_FIELDS, context)
        o65_text = self.parameterAsString(parameters, self.POPULATION_OVER65_FIELDS, context)
        u4 = _field_list(u4_text) or tuple(pop_mod.DEFAULT_UNDER4)
        o65 = _field_list(o65_text) or tuple(pop_mod.DEFAULT_OVER65)
        # Age fields named by the user must exist; the default names (Filosofi) are optional.
        required = [n.lower() for n in u4] != [n.lower() for n in pop_mod.DEFAULT_UNDER4] or \
            [n.lower() for n in o65] != [n.lower() for n in pop_mod.DEFAULT_OVER65]
        id_field = self.parameterAsString(parameters, self.POPULATION_ID_FIELD, context) or pop_mod.DEFAULT_ID
        label = f"POPULATION ({source.sourceName()})"
        present = source.fields().names()
        wanted = [c for c in [total, id_field, *u4, *o65] if c.lower() in {p.lower() for p in present}]
        actual = {p.lower(): p for p in present}
        columns = list(dict.fromkeys(actual[c.lower()] for c in wanted))
        if total.lower() not in actual:
            pop_mod.resolve_fields(present, [total], label)  # raises, naming the fields present
        require_crs(source.sourceCrs(), self.POPULATION, source.sourceName())
        xform = QgsCoordinateTransform(source.sourceCrs(), analysis_crs, context.transformContext())
        rows, geoms = [], []
        indices = [present.index(c) for c in columns]
        for f in source.getFeatures():
            self.check_canceled(feedback)
            if not f.hasGeometry():
                continue
            attrs = f.attributes()
            rows.append([plain_value(attrs[i]) for i in indices])
            g = QgsGeometry(f.geometry())
            g.transform(xform)
            geoms.append(bytes(g.asWkb()))
        import pandas as pd

        frame = pd.DataFrame(rows, columns=columns, dtype=object)
        return pop_mod.PopulationInput(frame, geometries=geoms, id_field=id_field, total_field=total,
                                       under4_fields=u4, over65_fields=o65, ages_required=required, name=label)

    def _erp(self, parameters, context, analysis_crs, feedback):
        source = self.parameterAsSource(parameters, self.ERP, context)
        if source is None:
            return None
        category = self.parameterAsString(parameters, self.ERP_CATEGORY_FIELD, context) or None
        name = self.parameterAsString(parameters, self.ERP_NAME_FIELD, context) or None
        require_crs(source.sourceCrs(), self.ERP, source.sourceName())
        xform = QgsCoordinateTransform(source.sourceCrs(), analysis_crs, context.transformContext())
        xs, ys, cats, names = [], [], [], []
        for f in source.getFeatures():
            self.check_canceled(feedback)
            if not f.hasGeometry():
                continue
            g = QgsGeometry(f.geometry())
            g.transform(xform)
            p = g.centroid().asPoint()
            xs.append(p.x())
            ys.append(p.y())
            cats.append(plain_value(f[category]) if category else None)
            names.append(plain_value(f[name]) if name else str(f.id()))
        return P.ErpInput(np.array(xs), np.array(ys), cats if category else None, names,
                          name=f"ERP ({source.sourceName()})")

    def _areas(self, parameters, context, analysis_crs, feedback):
        source = self.parameterAsSource(parameters, self.SUMMARY_AREAS, context)
        if source is None:
            return None, None, None
        id_field = self.parameterAsString(parameters, self.SUMMARY_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.SUMMARY_NAME_FIELD, context)
        names_present = source.fields().names()
        if not id_field:
            id_field = next((g for g in ("insee_com", "siren_epci", "code", "INSEE_COM", "CODE_IRIS") if g in names_present), "")
        if not name_field:
            name_field = next((g for g in ("nom", "nom_epci", "NOM", "name", "NOM_COM") if g in names_present), "")
        require_crs(source.sourceCrs(), self.SUMMARY_AREAS, source.sourceName())
        xform = QgsCoordinateTransform(source.sourceCrs(), analysis_crs, context.transformContext())
        ids, names, wkbs, originals = [], [], [], []
        check = GeometryCheck(self.SUMMARY_AREAS, source.sourceName())
        for f, geometry in checked_features(source, self.SUMMARY_AREAS,
                                            lambda f: f[id_field] if id_field else f.id(), feedback, check=check):
            ids.append(plain_value(f[id_field]) if id_field else str(f.id()))
            names.append(str(plain_value(f[name_field]) or "") if name_field else "")
            originals.append(QgsGeometry(geometry))
            g = QgsGeometry(geometry)
            g.transform(xform)
            wkbs.append(bytes(g.asWkb()))
        self.warn(feedback, check.messages())
        ids = check_ids(ids, f"SUMMARY_AREAS ({source.sourceName()})", id_field or "fid")
        originals = dict(zip(ids, originals))
        return (P.AreasInput(ids, names, wkbs, name=f"SUMMARY_AREAS ({source.sourceName()})"), originals,
                source.sourceCrs())

    # --- outputs ----------------------------------------------------------------------------------

    def _unit_geometries(self, result, units_source, context, feedback=None):
        units = result.units
        if units.grid is not None:
            xmin, ymin, xmax, ymax = units.corners()
            out = {}
            for i, (uid, a, b, c, d) in enumerate(zip(units.ids.tolist(), xmin.tolist(), ymin.tolist(),
                                                       xmax.tolist(), ymax.tolist())):
                if i % 5000 == 0:
                    self.check_canceled(feedback)
                out[uid] = QgsGeometry.fromRect(QgsRectangle(a, b, c, d))
            return out
        wanted = set(units.ids.tolist())
        return {key: g for key, g in getattr(self, "_unit_qgs", {}).items() if key in wanted}

    def _write(self, parameters, context, key, specs, frame, geometries, crs, french, style, name, feedback,
               key_field=F.UNIT_ID.name):
        self.check_canceled(feedback)
        fields = fields_from_specs(specs, french)
        sink, dest = self.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            return None
        multi = {}
        for i, (k, g) in enumerate(geometries.items()):
            if i % 5000 == 0:
                self.check_canceled(feedback)
            g = QgsGeometry(g)
            g.convertToMultiType()
            multi[k] = g
        write_frame(sink, fields, frame, multi, key_field, feedback)
        if style:
            style_output(context, dest, style, name)
            self._styles.append((dest, style, name))
        return dest

    def _described(self, parameters, context, result, temp_label):
        s = result.settings
        weights = result.weights
        band = (f"k = {weights.k} plus proches voisins" if weights.method == KNN else
                f"bande de distance {weights.threshold:.0f} m" + (" (automatique)" if weights.threshold_is_default else ""))
        pop = self.parameterAsSource(parameters, self.POPULATION, context)
        erp = self.parameterAsSource(parameters, self.ERP, context)
        areas = self.parameterAsSource(parameters, self.SUMMARY_AREAS, context)
        units = self.parameterAsSource(parameters, self.UNITS, context)
        pop_name = _source_file(parameters.get(self.POPULATION)) or (pop.sourceName() if pop else "")
        return {
            "Température": temp_label,
            "Lecture": result.reading.description.fr,
            "Unités": (units.sourceName() if units else
                       f"grille de {s.cell_size:g} m alignée sur la grille INSEE (EPSG:{s.grid_epsg})"),
            "Pondération": f"{band}, {'binaire' if s.standardisation == BINARY else 'standardisée par ligne'}",
            "Permutations": str(result.permutations_used or "aucune (p analytiques)"),
            "Graine": str(s.seed),
            "Correction FDR": "oui" if s.fdr else "non",
            "Population": pop_name or "–",
            "ERP": erp.sourceName() if erp else "–",
            "Territoires de synthèse": areas.sourceName() if areas else "–",
            "Niveaux d'aléa (classes Gi*)": f"niveau 2 dès la classe {s.heat_bins[0]}, niveau 3 dès {s.heat_bins[1]}",
            "Seuils de densité (hab./km²)": f"{s.density_thresholds[0]:g} ; {s.density_thresholds[1]:g}",
            "Seuils ERP": f"{s.erp_thresholds[0]} ; {s.erp_thresholds[1]} (ou un ERP très sensible)",
            "Matrice d'enjeux": " ; ".join(",".join(str(v) for v in r) for r in s.matrix),
            "Codes ERP sensibles": ", ".join(s.erp_codes),
            "Codes ERP très sensibles": ", ".join(s.erp_codes_high),
        }


def _field_list(text) -> tuple:
    """Field names typed by the user (commas, semicolons or spaces), case kept."""
    return tuple(t for t in re.split(r"[\s,;]+", str(text or "")) if t)


def _source_file(value) -> str:
    if isinstance(value, str):
        return Path(value.split("|")[0]).name
    return ""


def _epsg(crs: QgsCoordinateReferenceSystem) -> int:
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        try:
            return int(authid.split(":")[1])
        except ValueError:
            pass
    return 0


def _transformer(src: QgsCoordinateReferenceSystem, dst: QgsCoordinateReferenceSystem, feedback=None):
    """(x, y) arrays from ``src`` to ``dst`` with GDAL/OSR (vectorised, by blocks so that a cancel is
    heard within a fraction of a second), None when the CRS are equal."""
    if src == dst:
        return None
    from osgeo import osr

    def srs(crs):
        s = osr.SpatialReference()
        s.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return s

    ct = osr.CoordinateTransformation(srs(src), srs(dst))

    def transform(x, y):
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        out = np.empty((x.size, 2))
        step = 250_000
        for i in range(0, x.size, step):
            check_canceled(feedback)
            chunk = np.array(ct.TransformPoints(np.column_stack([x[i:i + step], y[i:i + step]])))
            out[i:i + step] = chunk[:, :2]
        return out[:, 0], out[:, 1]

    return transform
