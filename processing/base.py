"""The one base class of every AULA Toolkit algorithm: ids, translation, icon, help, errors."""

from __future__ import annotations

import math
import traceback
from typing import Dict, Iterable

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProperty,
)
from qgis.PyQt.QtGui import QIcon

from ..aula_toolkit.errors import AulaInputError, Message
from ..aula_toolkit.numbers import Domain, check_parameter, parse_number
from ..aula_toolkit.htmlreport import report_language
from ..toolbelt.i18n import N_, qgis_locale, tr
from ..toolbelt.resources import help_page, icon_path
from .cancel import check_canceled
from .guards import guard_outputs
from .io import save_style_in_geopackage
from .writer import gdal_without_fsync

REPORT_LANGUAGE = "REPORT_LANGUAGE"
REPORT_LANGUAGES = ("", "fr", "en")
"""Values of the REPORT_LANGUAGE enum (public API): 0 = QGIS's language, 1 = French, 2 = English."""

GROUPS: Dict[str, str] = {
    # group id -> English name (translated by tr at call time)
    "zan": N_("ZAN – land consumption"),
    "friches": N_("Brownfields"),
    "climat": N_("Climate and heat"),
    "tvb": N_("Green and blue network"),
    "zae": N_("Business zones"),
    "publication": N_("Publishing"),
}


class AulaAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALGORITHM_ID``, ``GROUP_ID``, ``DISPLAY_NAME`` and ``HELP`` (English, via N_)
    and implement ``initAlgorithm`` and ``compute``; bad input raised as ``AulaInputError`` reaches the
    user as a French + English ``QgsProcessingException``."""

    ALGORITHM_ID = ""
    GROUP_ID = ""
    DISPLAY_NAME = ""
    HELP = ""
    DECIMALS: Dict[str, int] = {}
    """Decimals shown in the form for a decimal parameter (default 2): '50' not '50,000000'."""

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(GROUPS[self.GROUP_ID])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's page of the user documentation shipped in the plugin, in QGIS's language."""
        page = help_page(self.ALGORITHM_ID, qgis_locale())
        return page.as_uri() if page is not None else ""

    def icon(self) -> QIcon:
        return QIcon(str(icon_path()))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(icon_path())

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """QGIS's algorithm dialog, widened when shown so the form needs no horizontal scrollbar."""
        from ..gui.algorithm_dialog import algorithm_dialog

        return algorithm_dialog(self, parent)

    def addParameter(self, parameter, createOutput: bool = True) -> bool:  # noqa: N802, N803 (QGIS API)
        """Every parameter goes through here: decimal numbers get sensible decimals in the form."""
        if isinstance(parameter, QgsProcessingParameterNumber) and \
                parameter.dataType() == QgsProcessingParameterNumber.Type.Double:
            metadata = parameter.metadata() or {}
            wrapper = dict(metadata.get("widget_wrapper") or {})
            wrapper.setdefault("decimals", self.DECIMALS.get(parameter.name(), 2))
            metadata["widget_wrapper"] = wrapper
            parameter.setMetadata(metadata)
        return super().addParameter(parameter, createOutput)

    def add_parameter(self, parameter, advanced: bool = False, help_text: str = ""):
        """Add a parameter, shown under *Advanced* when ``advanced``; ``help_text`` is its tooltip."""
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        if help_text:
            parameter.setHelp(help_text)
        self.addParameter(parameter)
        return parameter

    def add_field_parameter(self, name: str, label: str, parent: str, numeric: bool = False,
                            advanced: bool = False):
        """An optional field of the layer parameter ``parent``."""
        kind = QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any
        return self.add_parameter(QgsProcessingParameterField(name, label, parentLayerParameterName=parent,
                                                              type=kind, optional=True), advanced)

    def add_report_language_parameter(self):
        """REPORT_LANGUAGE (advanced): the report's language, QGIS's by default."""
        return self.add_parameter(QgsProcessingParameterEnum(
            REPORT_LANGUAGE, tr("Report language"), [tr("Language of QGIS"), "Français", "English"],
            defaultValue=0, optional=True), advanced=True)

    def report_language(self, parameters, context) -> str:
        """'fr' or 'en': REPORT_LANGUAGE when chosen, else QGIS's locale (French under a French QGIS)."""
        choice = 0
        if parameters.get(REPORT_LANGUAGE) is not None:
            choice = self.parameterAsEnum(parameters, REPORT_LANGUAGE, context)
        chosen = REPORT_LANGUAGES[choice] if 0 <= choice < len(REPORT_LANGUAGES) else ""
        return report_language(chosen, qgis_locale())

    @staticmethod
    def french() -> bool:
        return qgis_locale() == "fr"

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Numbers first, in both languages with their allowed range (QGIS's own message is English-only
        and lets nan through), then the algorithm's own checks and QGIS's."""
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterNumber):
                if not definition.checkValueIsAcceptable(parameters.get(definition.name()), context):
                    return False, invalid_parameter_message(definition, parameters.get(definition.name()))
                continue
            value = parameters.get(definition.name())
            if value is None or value == "" or isinstance(value, QgsProperty):
                continue
            if isinstance(value, str) and not _looks_numeric(value):
                continue  # an expression or a model input: QGIS evaluates it
            try:
                check_parameter(value, definition.name(), number_domain(definition))
            except AulaInputError as error:
                return False, str(error)
        try:
            self.check_parameters(parameters, context)
        except AulaInputError as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def extra_outputs(self, parameters, context) -> Dict[str, str]:
        """Files the algorithm writes outside its destination parameters ({label: path}): the output guard
        refuses them when they are inputs (e.g. the files a publication replaces)."""
        return {}

    def check_parameters(self, parameters, context) -> None:
        """Algorithm-specific checks before the run; raise ``AulaInputError``."""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        message = None
        plan = None
        try:
            parameters, plan = guard_outputs(self, parameters, context)
            results = self.compute(parameters, context, feedback)
            check_canceled(feedback)  # a cancel is never reported as a success, however late it came
            return results
        except AulaInputError as error:
            message = str(error)
        except QgsProcessingException as error:
            message = _exception_text(error)
        except Exception as error:  # a bug of ours: the user gets a sentence, the log keeps the traceback
            QgsMessageLog.logMessage(traceback.format_exc(), "AULA Toolkit", Qgis.MessageLevel.Critical)
            message = (
                f"Erreur interne d'AULA Toolkit dans {self.id()} ({type(error).__name__} : {error}). "
                "Le détail est dans le journal (onglet AULA Toolkit) : merci de le joindre à votre signalement.\n"
                f"AULA Toolkit internal error in {self.id()} ({type(error).__name__}: {error}). "
                "The details are in the log (AULA Toolkit tab): please attach them to your report."
            )
        # Out of the except blocks: the exception, its traceback and frames (with their open sinks) are freed
        # by reference counting, so the partial outputs are closed and can be removed.
        if plan is not None:
            for removed in plan.remove_partial():
                feedback.pushWarning(f"Sortie incomplète supprimée : {removed}\nIncomplete output removed: {removed}")
        raise QgsProcessingException(message)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Stores each output's style inside its GeoPackage once QGIS has closed the layer: ``compute`` lists
        them in ``self._styles`` as (destination, QML name or None, layer name)."""
        with gdal_without_fsync():
            for dest, style, name in getattr(self, "_styles", ()):
                save_style_in_geopackage(dest, style, name)
        return {}

    def compute(self, parameters, context, feedback):
        """The algorithm's work (named so as not to override QgsProcessingAlgorithm.run)."""
        raise NotImplementedError

    @staticmethod
    def warn(feedback: QgsProcessingFeedback, messages: Iterable[Message]) -> None:
        for message in messages:
            feedback.pushWarning(str(message))

    @staticmethod
    def check_canceled(feedback: QgsProcessingFeedback) -> None:
        check_canceled(feedback)


def _looks_numeric(text: str) -> bool:
    return parse_number(text) is not None or text.strip().lower().lstrip("+-") in ("nan", "inf", "infinity")


def _exception_text(error) -> str:
    return str(error.args[0]) if getattr(error, "args", None) else str(error)


def invalid_parameter_message(definition, value) -> str:
    """QGIS's "Incorrect parameter value for X" (English only), said in both languages with what is allowed."""
    name, label = definition.name(), definition.description()
    if value is None or value == "":
        return (f"Paramètre obligatoire manquant : {name} ({label}).\n"
                f"Missing mandatory parameter: {name} ({label}).")
    allowed_fr = allowed_en = ""
    if isinstance(definition, QgsProcessingParameterEnum):
        options = "; ".join(f"{i} = {o}" for i, o in enumerate(definition.options()))
        allowed_fr, allowed_en = f" ; valeurs permises : {options}", f"; allowed values: {options}"
    return (f"{name} ({label}) : valeur {value!r} invalide{allowed_fr}.\n"
            f"{name} ({label}): invalid value {value!r}{allowed_en}.")


def number_domain(definition) -> Domain:
    """The allowed interval of a QGIS number parameter, as declared in its definition."""
    low, high = definition.minimum(), definition.maximum()
    return Domain(definition.description(), definition.description(),
                  low if low > -1.7e308 else -math.inf, high if high < 1.7e308 else math.inf)
