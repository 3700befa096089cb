"""Build the installable plugin zip: dist/aula_toolkit_plugin.zip (one top folder, as QGIS expects).

Usage: python3 scripts/build_plugin.py [--out DIR]. Compiles the translations first when lrelease exists and
rebuilds the offline user documentation (resources/help/{fr,en}, scripts/build_docs.py) when QGIS is importable.
The same file list is declared in pb_tool.cfg for developers who deploy with pb_tool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "aula_toolkit_plugin"
FILES = ["__init__.py", "plugin.py", "metadata.txt", "LICENSE", "README.md"]
PACKAGES = ["aula_toolkit", "processing", "toolbelt", "gui", "resources", "i18n", "demo_data"]
SKIP_SUFFIXES = {".pyc", ".ts", ".pro"}


def compile_translations() -> None:
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        return
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def build_docs() -> None:
    """Regenerate resources/help from docs/ and the algorithms (the committed pages stay if QGIS is missing)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_docs.py")], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print("documentation not rebuilt (QGIS not importable); shipping resources/help as committed", file=sys.stderr)


def plugin_files():
    for name in FILES:
        if (ROOT / name).exists():
            yield ROOT / name
    for package in PACKAGES:
        base = ROOT / package
        if not base.exists():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in SKIP_SUFFIXES:
                yield path


def build(out_dir: Path) -> Path:
    compile_translations()
    build_docs()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PLUGIN_NAME}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, f"{PLUGIN_NAME}/{path.relative_to(ROOT).as_posix()}")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    print(build(parser.parse_args().out))
