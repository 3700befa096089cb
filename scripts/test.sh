#!/usr/bin/env bash
# Command 2 of the README: the whole test suite against real QGIS, real files and real servers.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/core -x).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
unset QGIS_OPTS
mkdir -p artifacts
"${AULA_VENV:-.venv}/bin/python" -m pytest -p no:cacheprovider -ra --junitxml=artifacts/junit.xml "$@"
status=$?
if [ "$status" -eq 5 ]; then echo "no test was collected: that is a failure"; exit 1; fi
# QGIS 3.22 on Debian 12 gives users shapely 1.8 (system Python) where the venv has shapely 2: the core's
# shapely-1.8 code paths (zones, overlays, site contexts) are tested once more under the system Python.
if [ "$#" -eq 0 ]; then
  system_shapely="$(/usr/bin/python3 -c 'import shapely; print(shapely.__version__)' 2>/dev/null || echo none)"
  venv_shapely="$("${AULA_VENV:-.venv}/bin/python" -c 'import shapely; print(shapely.__version__)')"
  if [ "${system_shapely%%.*}" = "1" ] && [ "${venv_shapely%%.*}" != "1" ]; then
    echo "===== the same core tests under the system Python (shapely $system_shapely) ====="
    /usr/bin/python3 -m pytest -p no:cacheprovider -q --junitxml=artifacts/junit-shapely1.xml \
      $(ls tests/core/test_*.py | grep -E "zae|zan|friches|ocsge") || status=1
  else
    echo "shapely 1.x paths: not run again (system Python shapely $system_shapely, venv $venv_shapely: the run above covers it)"
  fi
fi
exit "$status"
