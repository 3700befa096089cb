#!/usr/bin/env bash
# Command 1 of the README: install QGIS (3.22 LTR on Debian 12, 3.40 LTR on Debian 13) and every dependency
# from the distribution, then run the demo (every algorithm on the embedded Artois data).
# `--no-demo` installs only. AULA_VENV (default .venv) is where the test/benchmark venv goes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
VENV="${AULA_VENV:-.venv}"
echo "== Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"

PACKAGES=(python3-qgis qgis qgis-providers qgis-server xvfb xauth python3-pandas python3-shapely python3-scipy
          python3-pytest python3-requests python3-pip python3-venv qttools5-dev-tools gdal-bin
          fonts-dejavu-core locales)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== apt: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "== venv $VENV (with the distribution's site packages: QGIS, GDAL, numpy, pandas, scipy)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# Keep pip from replacing the distribution's scientific stack (GDAL's bindings are built against its numpy):
# the constraints are read from what this machine has, never pinned to one distribution's versions.
CONSTRAINTS="$(mktemp)"
trap 'rm -f "$CONSTRAINTS"' EXIT
/usr/bin/python3 - > "$CONSTRAINTS" <<'PY'
import importlib.metadata as md
for name in ("numpy", "pandas", "scipy", "GDAL"):
    try:
        print(f"{name}=={md.version(name)}")
    except md.PackageNotFoundError:
        pass
PY
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -c "$CONSTRAINTS" -r requirements-dev.txt

echo "== translations"
/usr/bin/python3 scripts/i18n.py compile

if [ "${1:-}" != "--no-demo" ]; then
  echo "== demo: every algorithm on the Artois demo data"
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py "${AULA_DEMO_OUT:-$ROOT/out/demo}"
fi
