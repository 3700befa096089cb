"""House rules that keep the plugin installable everywhere: QGIS-free core, Qt 6-ready imports, metadata."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ["__init__.py", "plugin.py", "aula_toolkit", "processing", "toolbelt", "gui"]


def shipped_python_files():
    for name in SHIPPED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from (p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def test_core_imports_with_no_qgis_and_no_qt_available():
    script = textwrap.dedent(f"""
        import importlib, importlib.abc, pkgutil, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'):
                    raise ImportError('blocked: ' + name)
        sys.meta_path.insert(0, Block())
        sys.path.insert(0, {str(ROOT)!r})
        import aula_toolkit
        names = [m.name for m in pkgutil.walk_packages(aula_toolkit.__path__, 'aula_toolkit.')]
        for name in names:
            importlib.import_module(name)
        print(len(names))
    """)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert int(completed.stdout.strip()) >= 5


def test_qt_only_through_qgis_pyqt_and_no_qt5_only_calls():
    offenders = []
    for path in shipped_python_files():
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(from|import)\s+(PyQt5|PyQt6|PySide)", text, re.M):
            offenders.append(f"{path.relative_to(ROOT)}: Qt imported directly")
        if re.search(r"\.exec_\(", text):
            offenders.append(f"{path.relative_to(ROOT)}: exec_() is gone in Qt 6")
    assert offenders == []


# API that QGIS 3.40 reports as deprecated (QGIS 4 removes it): only processing/compat.py may name it,
# once, behind a version test. The suite also turns any DeprecationWarning raised from our code into an error.
DEPRECATED_OUTSIDE_COMPAT = {
    r"\.setShortName\(|\.shortName\(\)": "layer short name: compat.set_layer_server_metadata / layer_short_name",
    r"\bcopy\.setTitle\(|\blayer\.setTitle\(|\bsource\.title\(\)": "layer title: compat (server properties since 3.38)",
    r"\bcopy\.setAbstract\(|\blayer\.setAbstract\(|\bsource\.abstract\(\)": "layer abstract: compat",
    r"\blayer\.setAttribution(Url)?\(|\blayer\.attribution\(\)": "layer attribution: compat (server properties)",
    r"QgsField\([^)]*QVariant\.": "QgsField(QVariant type): compat.make_field (QMetaType since 3.38)",
    r"\bQgis\.(Info|Warning|Critical|Success)\b": "unscoped message level: Qgis.MessageLevel.X",
    r"\bQgsWkbTypes\.(Point|LineString|Polygon|MultiPoint|MultiLineString|MultiPolygon|NoGeometry)\b(?!Geometry)":
        "unscoped WKB type: QgsWkbTypes.Type.X",
}


def test_no_api_that_qgis_340_deprecates_outside_the_compat_module():
    offenders = []
    for path in shipped_python_files():
        if path.name == "compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern, why in DEPRECATED_OUTSIDE_COMPAT.items():
            for match in re.finditer(pattern, text):
                line = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0)} ({why})")
    assert offenders == []


def test_metadata_states_the_qgis_versions_ci_tests():
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "metadata.txt", encoding="utf-8")
    general = config["general"]
    matrix = (ROOT / "scripts" / "qgis-matrix.sh").read_text(encoding="utf-8")
    assert general["qgisMinimumVersion"] == "3.22"  # Debian 12, the host of CI
    assert general["qgisMaximumVersion"] == "3.40" and "QGIS 3.40" in matrix  # Debian 13 root of qgis-matrix.sh
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "QGIS versions tested by CI: 3.22 LTR and 3.40 LTR" in readme


def test_core_never_imports_qgis():
    offenders = [p.relative_to(ROOT) for p in (ROOT / "aula_toolkit").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+qgis", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_metadata_is_complete_for_the_plugin_repository():
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "metadata.txt", encoding="utf-8")
    general = config["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "tags", "changelog",
                "icon", "license"):
        assert general.get(key, "").strip(), key
    # addresses that do not exist yet are left out (repository, tracker and email are needed only to upload
    # to plugins.qgis.org); those given must be real
    for key in ("email", "homepage", "tracker", "repository"):
        assert ".invalid" not in general.get(key, ""), key
    assert f"{general['version']}\n" in general["changelog"] + "\n", "the changelog has an entry for this version"
    for algorithm in ("zan_counters", "friches_mutability", "icu_hotspots", "lizmap_publish"):
        assert f"aula:{algorithm}" in general["about"] and f"aula:{algorithm}" in general["about[fr]"], algorithm
    assert general["qgisMinimumVersion"] == "3.22"
    assert general.get("hasProcessingProvider") == "yes"
    assert general["license"] == "GPL-2.0-or-later"
    assert (ROOT / general["icon"]).exists()
    assert general.get("description[fr]") and general.get("about[fr]")


def test_pb_tool_config_names_every_shipped_folder():
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "pb_tool.cfg")
    listed = " ".join(config["files"].values())
    for folder in ("aula_toolkit", "processing", "toolbelt", "resources", "i18n"):
        assert folder in listed, folder


def test_every_zan_output_field_is_documented():
    from aula_toolkit_plugin.aula_toolkit.zan import counters

    doc = (ROOT / "docs" / "zan.md").read_text(encoding="utf-8")
    missing = [f.name for f in counters.COUNTER_FIELDS + counters.TRAJECTORY_FIELDS if f"`{f.name}`" not in doc]
    assert missing == []
