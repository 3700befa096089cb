#!/usr/bin/env python3
"""Start the real servers of the Lizmap publishing tests on 127.0.0.1, on free ports.

- :func:`start_webdav`: ``webdav_server.py`` (WsgiDAV) serving a folder of repositories;
- :func:`start_qgis_server`: Debian's ``qgis_mapserver`` answering WMS for any project given as ``MAP=``.

Each returns a :class:`RunningServer` whose ``stop()`` kills exactly the process it started. Run as a
script to start both on a folder and wait (Ctrl+C stops them):

    python scripts/servers/launch.py /tmp/lizmap_root
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
QGIS_MAPSERVER = shutil.which("qgis_mapserver") or "/usr/bin/qgis_mapserver"


@dataclass
class RunningServer:
    name: str
    url: str
    process: subprocess.Popen
    log: List[str] = field(default_factory=list)
    runtime: str = ""  # the server's own settings/cache folder, removed once it has stopped

    @property
    def port(self) -> int:
        return int(self.url.split(":")[2].split("/")[0])

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.alive():
            self.process.kill()
            self.process.wait(timeout=10)
        self._forget_runtime()

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._forget_runtime()

    def _forget_runtime(self) -> None:
        if self.runtime:
            shutil.rmtree(self.runtime, ignore_errors=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _drain(stream, log: List[str]) -> None:
    for line in iter(stream.readline, ""):
        log.append(line.rstrip())
        del log[:-200]


def start_webdav(root, user: str = "", password: str = "", python: str = sys.executable,
                 timeout: float = 20.0) -> RunningServer:
    """WsgiDAV on a free port; ``url`` is the mount (``http://127.0.0.1:PORT/dav/``)."""
    env = dict(os.environ)
    env.pop("AULA_DAV_USER", None)
    env.pop("AULA_DAV_PASSWORD", None)
    if user:
        env["AULA_DAV_USER"] = user
        env["AULA_DAV_PASSWORD"] = password
    process = subprocess.Popen(
        [python, str(HERE / "webdav_server.py"), str(root), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    deadline = time.monotonic() + timeout
    log: List[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                break
            continue
        log.append(line.rstrip())
        if line.startswith("READY "):
            threading.Thread(target=_drain, args=(process.stdout, log), daemon=True).start()
            return RunningServer("webdav", line.split()[1], process, log)
    process.kill()
    raise RuntimeError("WebDAV server did not start:\n" + "\n".join(log))


LIZMAP_PLUGIN_DIR = HERE.parents[1] / "tests" / "vendor"  # holds lizmap_server (3Liz, GPL-2.0)


def start_qgis_server(timeout: float = 60.0, attempts: int = 3, lizmap_plugin: bool = False) -> RunningServer:
    """``qgis_mapserver`` on a free port of 127.0.0.1; ``url`` is ``http://127.0.0.1:PORT/ows/``.

    ``lizmap_plugin``: load 3Liz's ``lizmap_server`` plugin (``tests/vendor``) as a Lizmap deployment does:
    ``/lizmap/server.json``, access rules of the ``.qgs.cfg`` per ``X-Lizmap-User-Groups``."""
    if not Path(QGIS_MAPSERVER).exists():
        raise RuntimeError("qgis_mapserver not found (Debian package qgis-server)")
    last_log: List[str] = []
    for _ in range(attempts):
        port = free_port()
        runtime = tempfile.mkdtemp(prefix="aula_qgis_server_")
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": runtime,
            "QGIS_OPTIONS_PATH": runtime,
            "QGIS_CUSTOM_CONFIG_PATH": runtime,
            "QGIS_SERVER_LOG_STDERR": "1",
            "QGIS_SERVER_LOG_LEVEL": "1",
            "QGIS_SERVER_PARALLEL_RENDERING": "0",
        })
        env.pop("QGIS_PROJECT_FILE", None)
        # QGIS Server embeds the system Python: another interpreter first on PATH (pyenv) breaks its plugins.
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".pyenv" not in p)
        if lizmap_plugin:
            env.update({"QGIS_PLUGINPATH": str(LIZMAP_PLUGIN_DIR), "QGIS_SERVER_LIZMAP_REVEAL_SETTINGS": "TRUE",
                        "3LIZ_SKIP_STATS": "1"})
        process = subprocess.Popen([QGIS_MAPSERVER, "-l", "1", f"127.0.0.1:{port}"], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True, env=env)
        log: List[str] = []
        threading.Thread(target=_drain, args=(process.stdout, log), daemon=True).start()
        url = f"http://127.0.0.1:{port}/ows/"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            try:
                urllib.request.urlopen(url + "?SERVICE=WMS&REQUEST=GetCapabilities", timeout=2).read()
                return RunningServer("qgis_server", url, process, log, runtime)
            except urllib.error.HTTPError:
                return RunningServer("qgis_server", url, process, log, runtime)  # answering, even with an error
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        shutil.rmtree(runtime, ignore_errors=True)
        last_log = log
    raise RuntimeError("qgis_mapserver did not start:\n" + "\n".join(last_log[-30:]))


def main(argv=None) -> int:
    root = Path((argv or sys.argv[1:] or [tempfile.mkdtemp(prefix="aula_lizmap_root_")])[0])
    root.mkdir(parents=True, exist_ok=True)
    dav = start_webdav(root)
    qgis = start_qgis_server()
    print(f"WebDAV       {dav.url}  (root {root})")
    print(f"QGIS Server  {qgis.url}?MAP={root}/<repository>/<project>.qgs")
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        dav.stop()
        qgis.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
