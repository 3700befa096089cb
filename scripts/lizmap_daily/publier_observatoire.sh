#!/usr/bin/env bash
# Mise à jour quotidienne d'un observatoire Lizmap / daily update of a Lizmap observatory.
# Runs the Processing model observatoire_zan_quotidien.model3 (aula:zan_counters, then aula:lizmap_publish)
# with qgis_process; appends a dated log; the exit code is qgis_process's (0 = published).
#
# crontab (every day at 06:30, as the user whose QGIS profile has AULA Toolkit enabled):
#   30 6 * * * AULA_CONSO=/data/zan/conso.csv AULA_COMMUNES='/data/admin.gpkg|layername=communes' \
#              AULA_DEPOT=/srv/lizmap/observatoire /opt/aula/scripts/lizmap_daily/publier_observatoire.sh
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODEL="${AULA_MODEL:-$HERE/observatoire_zan_quotidien.model3}"
QGIS_PROCESS="${QGIS_PROCESS:-/usr/bin/qgis_process.bin}"
LOG="${AULA_LOG:-$HOME/aula_observatoire.log}"
: "${AULA_CONSO:?AULA_CONSO: fichier de consommation (CSV Cerema) / consumption file}"
: "${AULA_COMMUNES:?AULA_COMMUNES: couche des communes / communes layer}"
: "${AULA_DEPOT:?AULA_DEPOT: dossier du répertoire Lizmap / Lizmap repository folder}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
DEFAULT_TITLE="Observatoire ZAN de l’Artois"
TITRE="${AULA_TITRE:-$DEFAULT_TITLE}"

mkdir -p "$(dirname "$LOG")"
{
  echo "=== $(date -Iseconds) début de la mise à jour / update start: $AULA_DEPOT/${AULA_PROJET:-observatoire_zan}"
  "$QGIS_PROCESS" run "$MODEL" -- \
    conso="$AULA_CONSO" communes="$AULA_COMMUNES" depot="$AULA_DEPOT" \
    projet="${AULA_PROJET:-observatoire_zan}" titre="$TITRE" \
    qgis_server="${AULA_QGIS_SERVER:-}" verifier="${AULA_VERIFIER:-false}"
  rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "=== $(date -Iseconds) publié / published (rc=0)"
  else
    echo "=== $(date -Iseconds) ÉCHEC / FAILED (rc=$rc): la carte publiée n'a pas changé / the published map is unchanged"
  fi
} >>"$LOG" 2>&1
exit "${rc:-1}"
