"""Pytest fixtures that start the real servers of the Lizmap tests (import them into a test module).

    from aula_toolkit_plugin.tests.servers.fixtures import dav_root, webdav_server, qgis_server  # noqa: F401

No QGIS import here: ``tests/core`` uses the WebDAV server too.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAV_USER = "geomaticien"
DAV_PASSWORD = "s3cret-Pa55-aula"  # test-only password: tests assert it never leaks


def _launch_module():
    name = "aula_lizmap_launch"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "servers" / "launch.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


launch = _launch_module()


@pytest.fixture
def dav_root(tmp_path) -> Path:
    """Folder served by WebDAV: one repository ``aula`` inside."""
    root = tmp_path / "dav_root"
    (root / "aula").mkdir(parents=True)
    return root


@pytest.fixture
def webdav_server(dav_root):
    """WsgiDAV with Basic authentication on a free port; killed at teardown."""
    server = launch.start_webdav(dav_root, DAV_USER, DAV_PASSWORD)
    server.root = dav_root
    server.repository_url = server.url + "aula/"
    yield server
    server.stop()


@pytest.fixture(scope="session")
def qgis_server():
    """``qgis_mapserver`` on a free port, one per test session; killed at teardown."""
    try:
        server = launch.start_qgis_server()
    except RuntimeError as error:  # a real server is part of the test: not starting is a failure
        pytest.fail(f"qgis_mapserver did not start: {error}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def lizmap_qgis_server():
    """``qgis_mapserver`` with 3Liz's ``lizmap_server`` plugin loaded (``tests/vendor``)."""
    try:
        server = launch.start_qgis_server(lizmap_plugin=True)
    except RuntimeError as error:
        pytest.fail(f"qgis_mapserver with lizmap_server did not start: {error}")
    yield server
    server.stop()
