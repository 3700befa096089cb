"""Python packages the plugin needs beyond QGIS, checked before anything imports them.

QGIS only says "error starting plugin" when a module import fails inside a plugin: we check first and say
which package is missing and how to install it on each platform instead.
"""

from __future__ import annotations

import importlib
from typing import Callable, Dict, List

# import name -> (Debian package, pip name)
REQUIRED: Dict[str, tuple] = {
    "numpy": ("python3-numpy", "numpy"),
    "pandas": ("python3-pandas", "pandas"),
    "scipy": ("python3-scipy", "scipy"),
    "shapely": ("python3-shapely", "shapely"),
}


def missing_dependencies(import_module: Callable = importlib.import_module) -> List[str]:
    """Import names of REQUIRED packages that cannot be imported (absent or broken)."""
    missing = []
    for name in REQUIRED:
        try:
            import_module(name)
        except Exception:  # an ImportError, or a package built against another numpy
            missing.append(name)
    return missing


def install_instructions(missing: List[str]) -> Dict[str, str]:
    """French and English sentences naming the packages and how to install them on Windows, macOS, Debian."""
    debian = " ".join(REQUIRED[name][0] for name in missing)
    pip = " ".join(REQUIRED[name][1] for name in missing)
    names = ", ".join(missing)
    return {
        "fr": (f"AULA Toolkit ne peut pas démarrer : module(s) Python manquant(s) : {names}. "
               f"Windows (OSGeo4W) : ouvrez « OSGeo4W Shell » en administrateur et lancez "
               f"« python -m pip install {pip} » (ou installez {debian} avec l'installateur OSGeo4W, installation avancée). "
               f"macOS : dans un terminal, « /Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install {pip} ». "
               f"Debian/Ubuntu : « sudo apt install {debian} ». Puis redémarrez QGIS."),
        "en": (f"AULA Toolkit cannot start: missing Python module(s): {names}. "
               f"Windows (OSGeo4W): open the 'OSGeo4W Shell' as administrator and run "
               f"'python -m pip install {pip}' (or install {debian} with the OSGeo4W installer, advanced install). "
               f"macOS: in a terminal, '/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install {pip}'. "
               f"Debian/Ubuntu: 'sudo apt install {debian}'. Then restart QGIS."),
    }
