"""Translation files: extract ``tr("…")`` / ``N_("…")`` strings into i18n/*.ts, then compile .qm.

English is the source language. ``update`` rewrites i18n/aula_toolkit_{fr,en}.ts keeping every existing
translation (new strings are marked unfinished, strings gone from the code are dropped);
``compile`` runs lrelease; ``check`` exits 1 when a French string is missing.
Usage: python3 scripts/i18n.py update|compile|check
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "AulaToolkit"
SOURCES = ["plugin.py", "processing", "toolbelt", "gui"]
LANGUAGES = ("fr", "en")
MARKERS = {"tr", "N_"}


def source_files():
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def extract() -> dict:
    """{source string: 'file:line'} for every literal passed to tr() or N_() (first place wins)."""
    found = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            arg = node.args[0]
            if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return found


def ts_path(language: str) -> Path:
    return ROOT / "i18n" / f"aula_toolkit_{language}.ts"


def read_translations(language: str) -> dict:
    path = ts_path(language)
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is not None and node.text and node.get("type") != "unfinished":
            translations[source] = node.text
    return translations


def write_ts(language: str, strings: dict, translations: dict) -> None:
    root = ET.Element("TS", version="2.1", language=f"{language}_FR" if language == "fr" else "en_GB")
    root.set("sourcelanguage", "en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        file_name, line = strings[source].rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../{file_name}", line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if language == "en":
            translation.text = translations.get(source, source)
        elif source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts_path(language).parent.mkdir(exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts_path(language).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                                 encoding="utf-8")


def update(extra_fr: dict = None) -> list:
    strings = extract()
    missing = []
    for language in LANGUAGES:
        translations = read_translations(language)
        if language == "fr" and extra_fr:
            translations.update(extra_fr)
        write_ts(language, strings, translations)
        if language == "fr":
            missing = [s for s in strings if s not in translations]
    return missing


def compile_qm() -> None:
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        sys.exit("lrelease not found: apt-get install qttools5-dev-tools")
    for language in LANGUAGES:
        subprocess.run([lrelease, "-silent", str(ts_path(language)), "-qm",
                        str(ts_path(language).with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        missing = update()
        print(f"{len(extract())} strings; {len(missing)} without French translation")
        for source in missing:
            print("  -", source[:100])
    elif command == "compile":
        compile_qm()
    elif command == "check":
        missing = update()
        sys.exit(1 if missing else 0)
