"""Import the repository as the package ``aula_toolkit_plugin``, as QGIS does with the installed folder.

For tests, scripts and benchmarks run from the repository. The root itself is never put on ``sys.path``
(its ``processing/`` would shadow QGIS's Processing). Use::

    sys.path.insert(0, str(ROOT / "scripts")); from plugin_package import register; sys.path.pop(0)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "aula_toolkit_plugin"


def register():
    """The plugin package (imported once per process)."""
    if NAME not in sys.modules:
        spec = importlib.util.spec_from_file_location(NAME, ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[NAME] = module
        spec.loader.exec_module(module)
    return sys.modules[NAME]
