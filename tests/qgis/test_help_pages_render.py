"""A picture of a French and an English help page as a browser shows them (headless Chromium), kept in
artifacts/: the page opened by the Help button of a dialog. Their language is checked by
tests/core/test_help_pages_language.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


@pytest.mark.parametrize("lang, page", [("fr", "zan_counters"), ("en", "zae_inventory")])
def test_help_page_screenshot(qgis_app, lang, page):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is missing: apt-get install -y chromium (scripts/install.sh installs it)")
    source = ROOT / "resources" / "help" / lang / f"{page}.html"
    assert source.is_file(), "run scripts/build_docs.py"
    ARTIFACTS.mkdir(exist_ok=True)
    picture = ARTIFACTS / f"help_{page}_{lang}.png"
    if picture.exists():
        picture.unlink()
    for _attempt in range(3):  # Chromium sometimes dies at start where /proc is not mounted (a chroot): retry
        completed = subprocess.run([chromium, *FLAGS, "--window-size=1200,2400", f"--screenshot={picture}",
                                    source.as_uri()], capture_output=True, text=True, timeout=120)
        if picture.exists():
            break
    assert picture.exists() and picture.stat().st_size > 50_000, completed.stderr[-2000:]
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(picture))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 10, "the page renders as more than a blank page"
    print(picture, file=sys.stderr)
