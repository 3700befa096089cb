#!/usr/bin/env python3
"""Write ``observatoire_zan_quotidien.model3``: the Processing model of the daily observatory update.

It chains ``aula:zan_counters`` (EPCI level, on the day's consumption file) and ``aula:lizmap_publish``
(both result layers to the Lizmap repository folder, base map Plan IGN, print layout, merge with what the
administrator changed). Run by ``publier_observatoire.sh`` from cron with ``qgis_process``.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/lizmap_daily/make_model.py
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource as Source,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

HERE = Path(__file__).resolve().parent


def build() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("observatoire_zan_quotidien", "AULA Toolkit – Lizmap")
    model.setHelpContent({"ALG_DESC": "Mise à jour quotidienne de l'observatoire ZAN : compteurs par EPCI puis "
                                      "publication Lizmap (réglages de l'administrateur conservés)."})
    parameters = [
        QgsProcessingParameterFile("conso", "Consommation d'espaces (CSV Cerema)", extension="csv"),
        QgsProcessingParameterVectorLayer("communes", "Communes"),
        QgsProcessingParameterFile("depot", "Dossier du répertoire Lizmap",
                                   behavior=QgsProcessingParameterFile.Behavior.Folder),
        QgsProcessingParameterString("projet", "Nom du projet", defaultValue="observatoire_zan"),
        QgsProcessingParameterString("titre", "Titre de la carte", defaultValue="Observatoire ZAN de l'Artois"),
        QgsProcessingParameterString("qgis_server", "Vérifier avec ce QGIS Server", optional=True),
        QgsProcessingParameterBoolean("verifier", "Vérifier la carte publiée", defaultValue=False),
    ]
    for parameter in parameters:
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))

    zan = QgsProcessingModelChildAlgorithm("aula:zan_counters")
    zan.setChildId("zan")
    zan.setDescription("Compteurs ZAN par EPCI")
    zan.addParameterSources("CONSUMPTION", [Source.fromModelParameter("conso")])
    zan.addParameterSources("COMMUNES", [Source.fromModelParameter("communes")])
    zan.addParameterSources("LEVEL", [Source.fromStaticValue(1)])
    zan.addParameterSources("OUTPUT", [Source.fromStaticValue("TEMPORARY_OUTPUT")])
    zan.addParameterSources("TRAJECTORY", [Source.fromStaticValue("TEMPORARY_OUTPUT")])
    model.addChildAlgorithm(zan)

    publish = QgsProcessingModelChildAlgorithm("aula:lizmap_publish")
    publish.setChildId("lizmap")
    publish.setDescription("Publication Lizmap")
    publish.addParameterSources("LAYERS", [Source.fromChildOutput("zan", "OUTPUT"),
                                           Source.fromChildOutput("zan", "TRAJECTORY")])
    publish.addParameterSources("TITLE", [Source.fromModelParameter("titre")])
    publish.addParameterSources("PROJECT_NAME", [Source.fromModelParameter("projet")])
    publish.addParameterSources("TARGET", [Source.fromStaticValue(0)])
    publish.addParameterSources("FOLDER", [Source.fromModelParameter("depot")])
    publish.addParameterSources("QGIS_SERVER_URL", [Source.fromModelParameter("qgis_server")])
    publish.addParameterSources("VERIFY", [Source.fromModelParameter("verifier")])
    publish.addParameterSources("BASEMAPS", [Source.fromStaticValue([0])])
    model.addChildAlgorithm(publish)
    return model


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    target = HERE / "observatoire_zan_quotidien.model3"
    ok = build().toFile(str(target))
    print(target, ok)
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
