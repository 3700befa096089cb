"""Paths to the plugin's files, and its metadata read once."""

from __future__ import annotations

import configparser
import functools
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
PLUGIN_ID = "aula_toolkit_plugin"


def plugin_path(*parts: str) -> Path:
    return PLUGIN_ROOT.joinpath(*parts)


def resources_path(*parts: str) -> Path:
    return PLUGIN_ROOT.joinpath("resources", *parts)


def style_path(name: str) -> Path:
    """QML style of an output, e.g. ``zan_counters_output``."""
    return resources_path("styles", f"{name}.qml")


def help_page(algorithm_id: str, locale: str = "fr"):
    """The offline help page of an algorithm (resources/help/<fr|en>/<id>.html), or None if not built."""
    lang = "fr" if (locale or "")[:2].lower() == "fr" else "en"
    for candidate in (lang, "en", "fr"):
        path = resources_path("help", candidate, f"{algorithm_id}.html")
        if path.exists():
            return path
    return None


def icon_path(name: str = "aula.svg") -> Path:
    return resources_path("icons", name)


@functools.lru_cache(maxsize=None)
def metadata() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
    return parser


def version() -> str:
    return metadata()["general"]["version"]
