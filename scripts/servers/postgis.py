#!/usr/bin/env python3
"""A throw-away PostgreSQL 15 + PostGIS 3 server on 127.0.0.1 (tests and benchmarks of the PostGIS path).

``start_postgis()`` runs ``initdb`` in a temporary folder (as user ``postgres`` when we are root:
initdb refuses root), starts ``postgres`` on a free port with trust authentication on the loopback,
creates a database with the ``postgis`` extension, and returns a :class:`PostgisServer` whose
``stop()`` stops exactly that server and deletes its folder. Needs Debian's ``postgresql-15
postgresql-15-postgis-3``. As a script it starts one and waits (Ctrl+C stops it):

    python3 scripts/servers/postgis.py
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

def _pg_bin() -> Path:
    """``AULA_PG_BIN``, else the newest /usr/lib/postgresql/<version>/bin (15 on Debian 12, 17 on Debian 13)."""
    if os.environ.get("AULA_PG_BIN"):
        return Path(os.environ["AULA_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
DATABASE = "aula"
USER = "postgres"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(command):
    if os.geteuid() == 0:
        return ["runuser", "-u", USER, "--"] + [str(c) for c in command]
    return [str(c) for c in command]


@dataclass
class PostgisServer:
    port: int
    folder: Path
    database: str = DATABASE
    user: str = USER

    @property
    def uri(self) -> str:
        """A QGIS data source URI (no table) of the database."""
        return f"dbname='{self.database}' host=127.0.0.1 port={self.port} user='{self.user}' sslmode=disable"

    @property
    def gdal(self) -> str:
        return f"PG:dbname={self.database} host=127.0.0.1 port={self.port} user={self.user}"

    def psql(self, sql: str, database: str = None) -> str:
        """Run SQL with ``psql`` and return its unaligned output."""
        result = subprocess.run([str(PG_BIN / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user,
                                 "-d", database or self.database, "-v", "ON_ERROR_STOP=1", "-qAtX", "-f", "-"],
                                input=sql, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip())
        return result.stdout.strip()

    def stop(self) -> None:
        data = self.folder / "data"
        if data.exists():
            subprocess.run(_as_postgres([PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]),
                           capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_postgis(workers: int = 2) -> PostgisServer:
    """Start a fresh server; raise RuntimeError (with the server log) when it cannot start."""
    if not (PG_BIN / "initdb").exists():
        raise RuntimeError(f"{PG_BIN / 'initdb'} not found: install postgresql-15 postgresql-15-postgis-3")
    folder = Path(tempfile.mkdtemp(prefix="aula_postgis_"))
    os.chmod(folder, 0o755)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, USER, USER)
    port = free_port()
    server = PostgisServer(port, folder)
    steps = [
        [PG_BIN / "initdb", "-D", data, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
        [PG_BIN / "pg_ctl", "-D", data, "-l", folder / "server.log", "-w", "-t", "60", "start", "-o",
         f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB "
         f"-c max_parallel_workers_per_gather={workers} -c work_mem=64MB"],
    ]
    for step in steps:
        result = subprocess.run(_as_postgres(step), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = (folder / "server.log").read_text() if (folder / "server.log").exists() else ""
            server.stop()
            raise RuntimeError(f"{step[0].name} failed: {result.stderr.strip()} {log[-2000:]}")
    server.psql(f"CREATE DATABASE {DATABASE}", database="postgres")
    server.psql("CREATE EXTENSION postgis")
    return server


if __name__ == "__main__":
    running = start_postgis()
    print(f"PostGIS on 127.0.0.1:{running.port}, database {running.database}, user {running.user} "
          f"(folder {running.folder}); Ctrl+C stops it", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        running.stop()
        sys.exit(0)
