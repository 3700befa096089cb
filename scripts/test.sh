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
exit "$status"
