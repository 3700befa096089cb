"""``aula:zan_counters`` as a step of a Processing model (what users' .model3 files do)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

DEMO = Path(__file__).resolve().parents[2] / "demo_data"


def test_zan_counters_then_native_extract_in_a_model(aula_provider, tmp_path):
    model = QgsProcessingModelAlgorithm("zan_then_extract", "tests")
    model.addModelParameter(QgsProcessingParameterFeatureSource("conso", "conso"), QgsProcessingModelParameter("conso"))

    zan = QgsProcessingModelChildAlgorithm("aula:zan_counters")
    zan.setChildId("zan")
    zan.addParameterSources("CONSUMPTION", [QgsProcessingModelChildParameterSource.fromModelParameter("conso")])
    zan.addParameterSources("LEVEL", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    zan.addParameterSources("COMMUNES", [QgsProcessingModelChildParameterSource.fromStaticValue(
        f"{DEMO / 'admin' / 'artois_admin_2026.gpkg'}|layername=communes")])
    zan.addParameterSources("TRAJECTORY", [QgsProcessingModelChildParameterSource.fromStaticValue("TEMPORARY_OUTPUT")])
    model.addChildAlgorithm(zan)

    extract = QgsProcessingModelChildAlgorithm("native:extractbyexpression")
    extract.setChildId("extract")
    extract.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("zan", "OUTPUT")])
    extract.addParameterSources("EXPRESSION", [QgsProcessingModelChildParameterSource.fromStaticValue(
        "\"statut\" <> 'en_bonne_voie'")])
    output = QgsProcessingModelOutput("ALERTS", "alerts")
    output.setChildOutputName("OUTPUT")
    extract.setModelOutputs({"ALERTS": output})
    model.addChildAlgorithm(extract)
    model.updateDestinationParameters()

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    target = str(tmp_path / "alertes.gpkg")
    # the model's own name for its output ("extract:ALERTS" up to QGIS 3.38, "ALERTS" since)
    (alerts_name,) = [p.name() for p in model.destinationParameterDefinitions()]
    results, ok = model.run({"conso": str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"),
                             alerts_name: target}, context, QgsProcessingFeedback())
    assert ok
    alerts = QgsVectorLayer(results[alerts_name], "a", "ogr")
    assert alerts.isValid()
    ids = {f["territoire_id"] for f in alerts.getFeatures()}
    assert ids and ids <= {"246200364", "200072460", "246200299", "200069672", "200044030"}
    assert all(f["statut"] != "en_bonne_voie" for f in alerts.getFeatures())
