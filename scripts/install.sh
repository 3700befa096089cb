#!/usr/bin/env bash
# Command 1 of the README: install QGIS 3.22 LTR and every dependency on Debian 12, then run the
# demo (every algorithm on the embedded Artois data). `--no-demo` installs only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(python3-qgis qgis qgis-providers qgis-server xvfb xauth python3-pandas python3-shapely python3-scipy
          python3-pytest python3-requests python3-pip python3-venv qttools5-dev-tools gdal-bin)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== apt: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "== venv .venv (with Debian's site packages: QGIS, GDAL, numpy 1.x)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements-dev.txt

echo "== translations"
/usr/bin/python3 scripts/i18n.py compile

if [ "${1:-}" != "--no-demo" ]; then
  echo "== demo: every algorithm on the Artois demo data"
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py "${AULA_DEMO_OUT:-$ROOT/out/demo}"
fi
