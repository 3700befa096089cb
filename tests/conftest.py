"""Test harness: the repo root is registered as the package ``aula_toolkit_plugin``.

The root is never put on ``sys.path`` (it would shadow QGIS's ``processing`` with ours).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_PACKAGE = "aula_toolkit_plugin"
DEMO_DATA = ROOT / "demo_data"
SHARED_DATA = ROOT.parent / "shared" / "data"


def keep_repo_root_off_sys_path() -> None:
    """``python -m pytest`` puts the working directory on ``sys.path``: drop it, so that
    ``import processing`` always finds QGIS's Processing plugin, never our ``processing/`` folder."""
    import os

    for entry in list(sys.path):
        if Path(entry or os.getcwd()).resolve() == ROOT:
            sys.path.remove(entry)
    shadow = sys.modules.get("processing")
    if shadow is not None and Path(getattr(shadow, "__file__", "") or "").resolve().parent == ROOT / "processing":
        del sys.modules["processing"]


def register_plugin_package() -> None:
    """Import the repo root as ``aula_toolkit_plugin`` (what QGIS does with the installed folder)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from plugin_package import register
    finally:
        sys.path.pop(0)
    register()



keep_repo_root_off_sys_path()
register_plugin_package()


@pytest.fixture(scope="session")
def demo_data() -> Path:
    return DEMO_DATA


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


_EXIT_STATUS = {"value": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["value"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without the C++ teardown: QGIS 3.22 and GDAL's Python bindings, destroyed in the order
    CPython picks at exit, crash after every test has run and been reported (exit 139 would hide the
    real result). Every report, the JUnit file included, is written by now."""
    import os

    if "qgis" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["value"])
