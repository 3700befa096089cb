"""``aula:icu_hotspots`` — surchauffe urbaine: Getis-Ord Gi* hot and cold spots of surface temperature,
crossed with population and sensitive ERP. Thin glue: layers → ``aula_toolkit.icu.pipeline`` → features."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    QgsProcessingParameterRasterDestination,
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
from ..aula_toolkit.icu.grid import fills_in_order, id_prefix
from ..aula_toolkit.icu.coverage import CENTRE, EXACT
from ..aula_toolkit.icu.weights import BINARY, DISTANCE_BAND, KNN, ROW_STANDARDISED
from ..toolbelt.i18n import N_, tr
from ..aula_toolkit.keys import check_ids, require_field
from ..aula_toolkit.numbers import TEMPERATURE_ANY, numbers_or_error
from .base import AulaAlgorithm
from .background import in_background
from .cancel import cancel_probe, check_canceled
from .fastread import geopackage_layer_of, read_arrays, read_columns
from .geometry import GeometryCheck, checked_features, require_crs
from .io import fields_from_specs, plain_value, style_output
from .writer import GeometryColumn, style_raster_output, write_geotiff, write_output

RASTER_NODATA = -9999.0
READINGS = [T.READING_AUTO, T.READING_CELSIUS, T.READING_KELVIN, T.READING_LANDSAT]
WEIGHTS = [DISTANCE_BAND, KNN, QUEEN, ROOK, WEIGHTS_FILE]  # indices are public API: append only
ZONAL_METHODS = [EXACT, CENTRE]
STANDARDIZATIONS = [BINARY, ROW_STANDARDISED]

HELP = N_(
    "<p>Finds where the territory is significantly warmer (hot spots) or cooler (cool islands) than the whole "
    "area, from a land surface temperature, and crosses the hot spots with the population and the sensitive "
    "establishments to target greening. Each unit (a 200 m square of the INSEE grid by default) is compared with "
    "its neighbours: a hot spot is a group of warm units too marked to be chance, at 90, 95 or 99 % "
    "confidence.</p><h3>In the form</h3><ul><li><b>Surface temperature</b>: a raster in °C or K, a Landsat ST_B10"
    " band as downloaded, or points/polygons with a <b>Temperature field</b>; <b>Temperature reading</b> is found"
    " from the values unless you force it.</li><li><b>Analysis units</b> (optional): IRIS or blocks; empty = the "
    "200 m INSEE grid (<b>Grid cell size</b>).</li><li><b>Spatial weights</b>: <i>Distance band</i> uses <b>If "
    "distance band: distance</b> (0 = the smallest distance giving every unit a neighbour), <i>k nearest "
    "neighbours</i> uses <b>If k nearest: number of neighbours</b>, <i>queen</i> or <i>rook contiguity</i> the "
    "polygons' shared sides, <i>Weights file</i> a GAL or GWT file (tolerance and file under <i>Advanced</i>); "
    "the other settings are ignored.</li><li><b>Population</b> (optional, INSEE Filosofi squares), <b>Sensitive "
    "establishments (ERP)</b> (optional, schools, crèches, care homes…), <b>Summary territories</b> (optional, "
    "communes or EPCI).</li><li>Under <i>Advanced</i>: permutations, stake thresholds and matrix, <b>Report "
    "language</b>.</li></ul><h3>Results</h3><ul><li><b>Hot and cold spots</b>: each unit with its temperature and"
    " class.</li><li><b>Stakes</b>: overheating × population and × sensitive establishments.</li><li><b>Summary "
    "per territory</b> and an HTML <b>report</b> readable offline.</li></ul><p>Statistics (Gi*, p-values, FDR), "
    "thresholds and field names: the <i>Help</i> button opens the full documentation.</p>"
)


RASTER_HELP = N_(
    "<p><b>Hot/cold spots raster (grid)</b>: a GeoTIFF on the computation grid, band 1 the Gi* z-score, "
    "band 2 the class (−3…+3), styled like the polygons. For very large grids, produce it and leave the polygon "
    "output empty: it is then optional.</p>"
)


class IcuHotspotsAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "icu_hotspots"
    GROUP_ID = "climat"
    DISPLAY_NAME = N_("Urban overheating: hot and cold spots (Gi*)")
    HELP = HELP
    DECIMALS = {"CELL_SIZE": 0, "DISTANCE": 0}

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
    HOTSPOTS_RASTER = "HOTSPOTS_RASTER"
    STAKES_POPULATION = "STAKES_POPULATION"
    STAKES_ERP = "STAKES_ERP"
    SUMMARY = "SUMMARY"
    REPORT = "REPORT"

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP) + tr(RASTER_HELP)

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        points = [QgsProcessing.SourceType.TypeVectorPoint]

        add = self.add_parameter
        field = self.add_field_parameter

        add(QgsProcessingParameterMapLayer(
            self.TEMPERATURE, tr("Surface temperature"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPoint,
                   QgsProcessing.SourceType.TypeVectorPolygon]))
        field(self.TEMPERATURE_FIELD, tr("Temperature field (vector)"), self.TEMPERATURE, numeric=True)
        add(QgsProcessingParameterEnum(
            self.TEMPERATURE_READING, tr("Temperature reading"),
            [tr("Automatic (from the values)"), tr("Degrees Celsius"), tr("Kelvin"),
             tr("Landsat ST_B10 raw values")], defaultValue=0))
        add(QgsProcessingParameterNumber(self.TEMPERATURE_BAND, tr("Raster band"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=1), True)
        add(QgsProcessingParameterFeatureSource(self.UNITS, tr("Analysis units (polygons)"),
                                                polygons, optional=True))
        field(self.UNITS_ID_FIELD, tr("Unit id field"), self.UNITS)
        add(QgsProcessingParameterNumber(self.CELL_SIZE, tr("Grid cell size (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=1.0))
        add(QgsProcessingParameterCrs(self.GRID_CRS, tr("Grid CRS (INSEE: EPSG:3035)"), "EPSG:3035",
                                      optional=True), True)
        add(QgsProcessingParameterEnum(
            self.WEIGHTS, tr("Spatial weights"),
            [tr("Distance band"), tr("k nearest neighbours"), tr("Queen contiguity (edges, corners)"),
             tr("Rook contiguity (edges only)"), tr("Weights file (GAL or GWT)")], defaultValue=0))
        add(QgsProcessingParameterNumber(
            self.DISTANCE, tr("If distance band: distance (m, 0 = auto)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        add(QgsProcessingParameterNumber(self.NEIGHBOURS, tr("If k nearest: number of neighbours"),
                                         QgsProcessingParameterNumber.Type.Integer, 8, minValue=1))
        add(QgsProcessingParameterNumber(
            self.CONTIGUITY_TOLERANCE, tr("Contiguity tolerance (m)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=1000.0), True)
        add(QgsProcessingParameterFile(
            self.WEIGHTS_FILE, tr("Weights file (GAL or GWT)"),
            QgsProcessingParameterFile.Behavior.File, fileFilter="PySAL/GeoDa weights (*.gal *.gwt *.GAL *.GWT)",
            optional=True), True)
        add(QgsProcessingParameterEnum(
            self.ZONAL_METHOD, tr("Unit temperature from pixels"),
            [tr("Exact share of each pixel inside the unit"), tr("Pixels whose centre falls inside (faster)")],
            defaultValue=0), True)
        add(QgsProcessingParameterEnum(self.STANDARDIZATION, tr("Weights standardisation"),
                                       [tr("Binary"), tr("Row-standardised")], defaultValue=0), True)
        add(QgsProcessingParameterNumber(self.PERMUTATIONS, tr("Permutations (0 = analytical p)"),
                                         QgsProcessingParameterNumber.Type.Integer, 0, minValue=0, maxValue=99999), True)
        add(QgsProcessingParameterNumber(self.SEED, tr("Random seed of the permutations"),
                                         QgsProcessingParameterNumber.Type.Integer, 12345), True)
        add(QgsProcessingParameterBoolean(self.FDR, tr("FDR correction of the classes"), False))
        add(QgsProcessingParameterFeatureSource(
            self.POPULATION, tr("Population (Filosofi squares)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        field(self.POPULATION_FIELD, tr("Total population field"), self.POPULATION, numeric=True)
        add(QgsProcessingParameterString(self.POPULATION_UNDER4_FIELDS, tr("Under-4 field(s)"),
                                         ",".join(pop_mod.DEFAULT_UNDER4), optional=True), True)
        add(QgsProcessingParameterString(self.POPULATION_OVER65_FIELDS, tr("65-or-over field(s)"),
                                         ",".join(pop_mod.DEFAULT_OVER65), optional=True), True)
        field(self.POPULATION_ID_FIELD, tr("INSEE square id field"), self.POPULATION,
              advanced=True)
        add(QgsProcessingParameterFeatureSource(self.ERP, tr("Sensitive establishments (ERP)"), points, optional=True))
        field(self.ERP_CATEGORY_FIELD, tr("ERP category field"), self.ERP)
        field(self.ERP_NAME_FIELD, tr("ERP name field"), self.ERP)
        add(QgsProcessingParameterString(self.ERP_CODES, tr("Sensitive ERP codes (prefixes)"),
                                         ", ".join(erp_mod.DEFAULT_CODES)), True)
        add(QgsProcessingParameterString(self.ERP_CODES_HIGH, tr("Highly sensitive ERP codes (prefixes)"),
                                         ", ".join(erp_mod.DEFAULT_CODES_HIGH)), True)
        add(QgsProcessingParameterFeatureSource(self.SUMMARY_AREAS, tr("Summary territories"),
                                                polygons, optional=True))
        field(self.SUMMARY_ID_FIELD, tr("Territory code field"), self.SUMMARY_AREAS)
        field(self.SUMMARY_NAME_FIELD, tr("Territory name field"), self.SUMMARY_AREAS)
        add(QgsProcessingParameterBoolean(self.CLIP_TO_AREAS, tr("Grid limited to the territories"), True))
        add(QgsProcessingParameterString(self.HEAT_BINS, tr("Heat levels 2, 3 from Gi* bin"), "1, 3"), True)
        add(QgsProcessingParameterString(self.DENSITY_THRESHOLDS, tr("Density thresholds (inhabitants/km²)"),
                                         "300, 1500"), True)
        add(QgsProcessingParameterString(self.ERP_THRESHOLDS, tr("ERP count thresholds"), "1, 3"), True)
        add(QgsProcessingParameterString(self.STAKE_MATRIX, tr("Stake matrix (heat × sensitivity)"),
                                         "1,1,1; 1,2,3; 2,3,4"), True)
        add(QgsProcessingParameterFeatureSink(self.HOTSPOTS, tr("Hot and cold spots"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterRasterDestination(
            self.HOTSPOTS_RASTER, tr("Hot/cold spots raster (grid)"),
            optional=True, createByDefault=False))
        add(QgsProcessingParameterFeatureSink(self.STAKES_POPULATION, tr("Stakes: heat × population"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFeatureSink(self.STAKES_ERP, tr("Stakes: heat × sensitive ERP"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Summary per territory"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        add(QgsProcessingParameterFileDestination(self.REPORT, tr("Overheating report (HTML)"),
                                                  tr("HTML files (*.html)"), optional=True))
        self.add_report_language_parameter()

    def check_parameters(self, parameters, context):
        """The stake thresholds and matrix, typed as text, are read before the run."""
        for key, default, cast in ((self.HEAT_BINS, "1,3", int), (self.DENSITY_THRESHOLDS, "300,1500", float),
                                   (self.ERP_THRESHOLDS, "1,3", int)):
            stakes_mod.parse_pair(self.parameterAsString(parameters, key, context) or default, key, cast)
        stakes_mod.parse_matrix(self.parameterAsString(parameters, self.STAKE_MATRIX, context) or "1,1,1;1,2,3;2,3,4")

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        french = self.french()
        self._batch_join = None
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
        population = self._population(parameters, context, analysis_crs, feedback,
                                      grid_prefix=None if units_source is not None else
                                      id_prefix(settings.cell_size, settings.grid_epsg))
        erp = self._erp(parameters, context, analysis_crs, feedback)
        areas, area_geoms, area_crs = self._areas(parameters, context, analysis_crs, feedback)
        self.check_canceled(feedback)
        feedback.setProgress(35)

        raster = []  # the raster output, written on the other core while the population is joined
        join = self._batch_join

        def on_classes(grid_units, z, bins):
            raster.append(self._start_raster(parameters, context, grid_units, z, bins, analysis_crs, feedback))

        try:
            result = P.run_icu(temperature, settings, units, population, erp, areas, cancelled=cancel_probe(feedback),
                               on_units=join.set_units if join else None, on_classes=on_classes)
        except BaseException:
            if raster and raster[0] is not None:
                raster[0](discard=True)
            raise
        for message in result.messages:
            if message not in result.warnings:
                feedback.pushInfo(str(message))
        self.warn(feedback, result.warnings)
        self.check_canceled(feedback)
        feedback.setProgress(70)

        outputs, self._styles = {}, []
        if raster and raster[0] is not None:
            outputs[self.HOTSPOTS_RASTER] = raster[0]()
        geometries = self._unit_geometries(result, units_source, parameters)
        if parameters.get(self.HOTSPOTS):  # the table (every unit's text id) is built only when written
            dest = self._write(parameters, context, self.HOTSPOTS, F.HOTSPOT_FIELDS, result.hotspots, geometries,
                               analysis_crs, french, "icu_hotspots", tr("Hot and cold spots (Gi*)"), feedback)
            if dest:
                outputs[self.HOTSPOTS] = dest
        for key, specs, table, name in (
                (self.STAKES_POPULATION, F.STAKES_POPULATION_FIELDS, "stakes_population",
                 tr("Stakes: heat × population")),
                (self.STAKES_ERP, F.STAKES_ERP_FIELDS, "stakes_erp", tr("Stakes: heat × sensitive ERP"))):
            frame = getattr(result, table) if parameters.get(key) else None  # built only when written
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
            lang = self.report_language(parameters, context)
            described = self._described(parameters, context, result, temp_label, lang)
            note = None
            if "GENERE" in temp_label.upper() or "GENERE" in described.get("Population", "").upper():
                note = ("Données GÉNÉRÉES pour la démonstration (température et/ou population) : ce ne sont pas des "
                        "mesures Landsat ni des carreaux Filosofi réels." if lang == "fr" else
                        "Data GENERATED for the demonstration (temperature and/or population): these are not real "
                        "Landsat measurements nor Filosofi squares.")
            Path(report_path).write_text(build_report(result, described, note, lang=lang), encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

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

    def _population(self, parameters, context, analysis_crs, feedback, grid_prefix=None):
        """The population input; a whole GeoPackage layer is read on the other core (the returned function
        waits for it), its INSEE cell ids read as numbers batch by batch when the units are the grid
        ``grid_prefix`` names."""
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
        table = geopackage_layer_of(parameters.get(self.POPULATION), context)
        if table is not None:  # attributes in one query; geometries only if the join by cell id fails
            geometries = _LazyGeometries(source, xform)  # QGIS objects stay in this thread

            id_column = actual.get(id_field.lower())
            names = [c for c in columns if c != id_column]
            read_whole = pop_mod.PopulationInput(
                None, geometries=geometries, id_field=id_field, total_field=total, under4_fields=u4,
                over65_fields=o65, ages_required=required, name=label, column_names=names)
            if grid_prefix and id_column:  # joined by cell id batch by batch, on the other core, as it is read
                read_whole.batch_join = pop_mod.BatchJoin(grid_prefix.encode(), id_column, names, read_whole)
                self._batch_join = read_whole.batch_join

            def read():
                join = read_whole.batch_join
                arrays = read_arrays(table[0], table[1], columns, on_batch=join.add if join else None)
                if arrays is not None:  # columnar read: the cell ids stay one bytes array, joined vectorised
                    import pandas as pd

                    whole = []

                    def column(name):  # needed only if the batch join gave way: read again if it took batches
                        if not whole:
                            again = arrays if arrays.complete else read_arrays(table[0], table[1], columns)
                            whole.append(again if again is not None else read_columns(table[0], table[1], columns))
                        return whole[0][name]

                    read_whole.frame = lambda: pd.DataFrame({name: pop_mod.as_text(column(name)) for name in names},
                                                            columns=names, copy=False)
                    read_whole.cell_ids = (lambda: np.asarray(column(id_column))) if id_column else None
                    return read_whole
                read_whole.frame, read_whole.column_names, read_whole.batch_join = \
                    read_columns(table[0], table[1], columns), None, None
                return read_whole

            return in_background(read)
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

    def _unit_geometries(self, result, units_source, parameters):
        """Grid units: their squares as one vectorised column (in unit order); polygon units: id → geometry.
        None when no polygon output is requested."""
        if not any(parameters.get(k) for k in (self.HOTSPOTS, self.STAKES_POPULATION, self.STAKES_ERP)):
            return None
        units = result.units
        if units.grid is not None:
            return GeometryColumn.from_boxes(*units.corners())
        wanted = set(units.ids.tolist())
        return {key: g for key, g in getattr(self, "_unit_qgs", {}).items() if key in wanted}

    def _write(self, parameters, context, key, specs, frame, geometries, crs, french, style, name, feedback,
               key_field=F.UNIT_ID.name):
        self.check_canceled(feedback)
        if not parameters.get(key):
            return None
        fields = fields_from_specs(specs, french)
        if not isinstance(geometries, GeometryColumn):  # polygons keyed by id, in the frame's order
            geometries = GeometryColumn.from_keyed(geometries, frame[key_field].tolist())
        dest = write_output(self, parameters, key, context, fields, frame, QgsWkbTypes.Type.MultiPolygon, crs,
                            geometries,
                            [s.kind for s in specs], feedback)
        if dest and style:
            style_output(context, dest, style, name, fields)
            self._styles.append((dest, style, name))
        return dest

    def _start_raster(self, parameters, context, units, z, bins, crs, feedback):
        """HOTSPOTS_RASTER: band 1 Gi* z-score, band 2 Gi* bin, on the computation grid (north-up GeoTIFF),
        written in a thread (GDAL releases the GIL). Returns ``finish(discard=False)``, which waits for the file,
        styles it and gives its path (with ``discard``: only waits, the run failed); None without raster."""
        if not parameters.get(self.HOTSPOTS_RASTER):
            return None
        grid = units.grid
        if grid is None:
            feedback.pushWarning(tr("HOTSPOTS_RASTER: not produced (analysis units are polygons, not a grid)."))
            return None
        path = self.parameterAsOutputLayer(parameters, self.HOTSPOTS_RASTER, context)
        spec = grid.spec
        filled = fills_in_order(grid.rows, grid.cols, spec.shape)
        top = (spec.row0 + spec.n_rows) * spec.cell_size
        geotransform = (spec.col0 * spec.cell_size, spec.cell_size, 0.0, top, 0.0, -spec.cell_size)

        def write():
            bands = []
            for values in (z, bins):
                if filled:  # every cell, south row first: the band is the values upside down (a view; GDAL
                    band = np.asarray(values).reshape(spec.n_rows, spec.n_cols)[::-1]  # converts as it writes)
                else:
                    band = np.full((spec.n_rows, spec.n_cols), RASTER_NODATA, dtype=np.float32)
                    band[spec.n_rows - 1 - grid.rows, grid.cols] = values  # raster row 0 is the north edge
                bands.append(band)
            return write_geotiff(path, bands, [F.GI_Z.name, F.GI_BIN.name], geotransform, crs, RASTER_NODATA,
                                 feedback)

        pending = in_background(write)

        def finish(discard=False):
            if discard:  # the file closed before the run's partial outputs are removed (base.py)
                try:
                    pending()
                except BaseException:  # noqa: BLE001 (the run's own error is the one reported)
                    pass
                return None
            written = pending()
            style_raster_output(context, written, "icu_hotspots_raster", tr("Hot and cold spots (Gi*, raster)"))
            return written

        return finish

    def _described(self, parameters, context, result, temp_label, lang="fr"):
        """The report's parameter table in the report's language, values in words."""
        fr = lang == "fr"

        def w(french, english):
            return french if fr else english

        s = result.settings
        weights = result.weights
        band = (w(f"k = {weights.k} plus proches voisins", f"k = {weights.k} nearest neighbours")
                if weights.method == KNN else
                w(f"bande de distance {weights.threshold:.0f} m", f"distance band {weights.threshold:.0f} m")
                + (w(" (automatique)", " (automatic)") if weights.threshold_is_default else ""))
        pop = self.parameterAsSource(parameters, self.POPULATION, context)
        erp = self.parameterAsSource(parameters, self.ERP, context)
        areas = self.parameterAsSource(parameters, self.SUMMARY_AREAS, context)
        units = self.parameterAsSource(parameters, self.UNITS, context)
        pop_name = _source_file(parameters.get(self.POPULATION)) or (pop.sourceName() if pop else "")
        number = (lambda v: f"{v:g}".replace(".", ",")) if fr else (lambda v: f"{v:g}")
        return {
            w("Température", "Temperature"): temp_label,
            w("Lecture", "Reading"): result.reading.description.fr if fr else result.reading.description.en,
            w("Unités", "Units"): (units.sourceName() if units else
                                   w(f"grille de {number(s.cell_size)} m alignée sur la grille INSEE (EPSG:{s.grid_epsg})",
                                     f"{number(s.cell_size)} m grid aligned on the INSEE grid (EPSG:{s.grid_epsg})")),
            w("Pondération", "Weights"): f"{band}, " + (w("binaire", "binary") if s.standardisation == BINARY else
                                                        w("standardisée par ligne", "row-standardised")),
            w("Permutations", "Permutations"): (str(result.permutations_used) if result.permutations_used else
                                                w("aucune (p analytiques)", "none (analytical p-values)")),
            w("Graine", "Seed"): str(s.seed),
            w("Correction FDR", "FDR correction"): w("oui", "yes") if s.fdr else w("non", "no"),
            "Population": pop_name or "–",
            w("Établissements sensibles", "Sensitive establishments"): erp.sourceName() if erp else "–",
            w("Territoires de synthèse", "Summary territories"): areas.sourceName() if areas else "–",
            w("Niveaux d'aléa (classes Gi*)", "Hazard levels (Gi* classes)"):
                w(f"niveau 2 dès la classe {s.heat_bins[0]}, niveau 3 dès {s.heat_bins[1]}",
                  f"level 2 from class {s.heat_bins[0]}, level 3 from {s.heat_bins[1]}"),
            w("Seuils de densité (hab./km²)", "Density thresholds (inhabitants/km²)"):
                f"{number(s.density_thresholds[0])} ; {number(s.density_thresholds[1])}" if fr else
                f"{number(s.density_thresholds[0])}; {number(s.density_thresholds[1])}",
            w("Seuils d'établissements sensibles", "Sensitive establishment thresholds"):
                w(f"{s.erp_thresholds[0]} ; {s.erp_thresholds[1]} (ou un établissement très sensible)",
                  f"{s.erp_thresholds[0]}; {s.erp_thresholds[1]} (or one highly sensitive establishment)"),
            w("Matrice d'enjeux", "Stake matrix"): " ; ".join(",".join(str(v) for v in r) for r in s.matrix),
            w("Codes des établissements sensibles", "Sensitive establishment codes"): ", ".join(s.erp_codes),
            w("Codes des établissements très sensibles", "Highly sensitive establishment codes"): ", ".join(s.erp_codes_high),
        }


def _field_list(text) -> tuple:
    """Field names typed by the user (commas, semicolons or spaces), case kept."""
    return tuple(t for t in re.split(r"[\s,;]+", str(text or "")) if t)


class _LazyGeometries(Sequence):
    """Every feature's geometry (WKB in the analysis CRS, None without one), read on first use only."""

    def __init__(self, source, transform):
        self._source, self._transform, self._items = source, transform, None

    def _load(self):
        if self._items is None:
            items = []
            for f in self._source.getFeatures(QgsFeatureRequest().setNoAttributes()):
                if not f.hasGeometry():
                    items.append(None)
                    continue
                g = QgsGeometry(f.geometry())
                g.transform(self._transform)
                items.append(bytes(g.asWkb()))
            self._items = items
        return self._items

    def __len__(self):
        return len(self._load())

    def __getitem__(self, index):
        return self._load()[index]


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
