"""Pytest fixture of a real PostgreSQL 15 + PostGIS 3 server (import it into a test module).

    from aula_toolkit_plugin.tests.servers.postgis import postgis_server  # noqa: F401

One server per test session, on a free port in a temporary folder, stopped and deleted after.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module():
    name = "aula_postgis_launch"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "servers" / "postgis.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


postgis = _module()


@pytest.fixture(scope="session")
def postgis_server():
    try:
        server = postgis.start_postgis()
    except RuntimeError as error:  # the real server is part of the test: not starting is a failure
        pytest.fail(f"PostgreSQL/PostGIS did not start: {error}")
    yield server
    server.stop()
