"""Shared by the benchmarks: import the plugin package, print one comparable line per benchmark."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def import_core():
    """The plugin package, imported from the repository without putting its root on ``sys.path``
    (our ``processing/`` would shadow QGIS's)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from plugin_package import register
    finally:
        sys.path.pop(0)
    return register()


def report(name: str, size: str, ours_s: float, baseline: str, baseline_s: float, aim: str = "") -> dict:
    ratio = ours_s / baseline_s if baseline_s else float("inf")
    result = {"name": name, "size": size, "ours_s": ours_s, "baseline": baseline, "baseline_s": baseline_s,
              "ratio": ratio, "aim": aim}
    print(f"[{name}] data: {size}")
    print(f"[{name}] ours: {ours_s:.3f} s | baseline ({baseline}): {baseline_s:.3f} s | "
          f"ratio ours/baseline: {ratio:.2f}" + (f" (aim {aim})" if aim else ""), flush=True)
    return result
