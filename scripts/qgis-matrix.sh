#!/usr/bin/env bash
# Runs README command 1 and command 2 on QGIS 3.40 LTR (Debian 13 "trixie": Python 3.13, numpy 2, pandas 2)
# on a Debian 12 machine, inside a Debian 13 root made once with debootstrap and kept between runs.
#
#   scripts/qgis-matrix.sh [--src DIR] [--no-demo] [--prepare-only] [pytest arguments…]
#   scripts/qgis-matrix.sh --bench [bench/run.py arguments…]   (the benchmarks on QGIS 3.40)
#
# --src DIR       the source tree to test (default: this script's repository)
# --no-demo       skip the demo part of command 1 (install only), e.g. when running a few tests
# --prepare-only  make the root (debootstrap + command 1's apt packages) and stop
# AULA_QGIS340_ROOT  where the root lives (default /var/cache/aula/qgis-3.40-trixie)
#
# The tree is bind-mounted into the root at a private path; the test venv lives inside the root
# (/opt/aula-venv), so the host's .venv (Python 3.11) is never used there. Exit status = the suite's.
set -euo pipefail
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEMO=1
PREPARE_ONLY=0
BENCH=0
while [ $# -gt 0 ]; do
  case "$1" in
    --src) SRC="$(cd "$2" && pwd)"; shift 2 ;;
    --no-demo) DEMO=0; shift ;;
    --prepare-only) PREPARE_ONLY=1; shift ;;
    --bench) BENCH=1; DEMO=0; shift ;;
    *) break ;;
  esac
done
ROOTFS="${AULA_QGIS340_ROOT:-/var/cache/aula/qgis-3.40-trixie}"
SUITE=trixie
if [ "$(id -u)" -ne 0 ]; then echo "qgis-matrix.sh needs root (debootstrap, chroot, mount)"; exit 2; fi

mirror() {
  local uri
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

mkdir -p "$(dirname "$ROOTFS")"
exec 9>"$ROOTFS.lock"
flock 9  # one preparation at a time; runs after it share the root

if [ ! -x "$ROOTFS/usr/bin/apt-get" ] || [ ! -f "$ROOTFS/.aula-debootstrap-done" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
  echo "== debootstrap $SUITE into $ROOTFS ($(mirror))"
  rm -rf "$ROOTFS"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$(mirror)" >/dev/null
  touch "$ROOTFS/.aula-debootstrap-done"
fi
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then cp "$PIP_CERT" "$ROOTFS/etc/aula-pip-cert.pem"; fi

MOUNT="/mnt/aula-src-$$"
MOUNTED=()
cleanup() {
  local i
  for ((i=${#MOUNTED[@]}-1; i>=0; i--)); do umount -l "${MOUNTED[$i]}" 2>/dev/null || true; done
  rmdir "$ROOTFS$MOUNT" 2>/dev/null || true
}
trap cleanup EXIT
system_mount() {  # /proc, /sys, /dev stay mounted in the root: runs at the same time share them
  mkdir -p "$ROOTFS$1"
  mountpoint -q "$ROOTFS$1" || mount --bind "$1" "$ROOTFS$1"
}
system_mount /proc
system_mount /sys
system_mount /dev
system_mount /dev/pts
mkdir -p "$ROOTFS$MOUNT"
mount --bind "$SRC" "$ROOTFS$MOUNT"
MOUNTED+=("$ROOTFS$MOUNT")

in_root() {
  chroot "$ROOTFS" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PIP_CERT=/etc/aula-pip-cert.pem PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 \
    AULA_VENV=/opt/aula-venv AULA_DEMO_OUT=/tmp/aula-demo CI="${CI:-}" \
    /bin/bash -c "$1"
}

echo "== QGIS 3.40 root: command 1 (scripts/install.sh) in $ROOTFS"
if [ "$PREPARE_ONLY" -eq 1 ] || [ "$DEMO" -eq 0 ]; then
  in_root "cd $MOUNT && scripts/install.sh --no-demo"
else
  in_root "cd $MOUNT && scripts/install.sh"
fi
flock -u 9
[ "$PREPARE_ONLY" -eq 1 ] && exit 0

echo "== QGIS 3.40 root: $(in_root "python3 -c 'from qgis.core import Qgis; import sys, numpy, pandas; print(\"QGIS\", Qgis.QGIS_VERSION, \"Python\", sys.version.split()[0], \"numpy\", numpy.__version__, \"pandas\", pandas.__version__)'" 2>/dev/null)"
args=""
for arg in "$@"; do args+=" $(printf '%q' "$arg")"; done
set +e
if [ "$BENCH" -eq 1 ]; then
  echo "== QGIS 3.40 root: bench/run.py $*"
  in_root "cd $MOUNT && QT_QPA_PLATFORM=offscreen /opt/aula-venv/bin/python bench/run.py$args"
else
  echo "== QGIS 3.40 root: command 2 (scripts/test.sh $*)"
  in_root "cd $MOUNT && scripts/test.sh$args"
fi
status=$?
set -e
exit "$status"
