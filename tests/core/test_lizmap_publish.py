"""Atomic upload to a local folder and to a real WebDAV server (WsgiDAV), without QGIS."""

from __future__ import annotations

import http.server
import logging
import os
import shutil
import ssl
import subprocess
import threading
import time

import pytest

from aula_toolkit_plugin.aula_toolkit.lizmap import publishers as P
from aula_toolkit_plugin.aula_toolkit.lizmap.http import UrllibTransport
from aula_toolkit_plugin.aula_toolkit.lizmap.errors import PublishError
from aula_toolkit_plugin.tests.servers.fixtures import (  # noqa: F401 (fixtures)
    DAV_PASSWORD,
    DAV_USER,
    dav_root,
    launch,
    webdav_server,
)

PROJECT = "resultats_aula"


def make_project(folder, version: str, data_size: int = 2048):
    """Three files of a web project whose content says which version they are."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{PROJECT}.gpkg").write_bytes(version.encode() * (data_size // len(version)))
    (folder / f"{PROJECT}.qgs").write_text(f"<qgis version='{version}'/>", encoding="utf-8")
    (folder / f"{PROJECT}.qgs.cfg").write_text(
        '{"metadata": {"aula_toolkit_version": "0.1.0", "v": "%s"}}' % version, encoding="utf-8")
    return [P.UploadItem(folder / f"{PROJECT}.gpkg", f"{PROJECT}.gpkg"),
            P.UploadItem(folder / f"{PROJECT}.qgs", f"{PROJECT}.qgs"),
            P.UploadItem(folder / f"{PROJECT}.qgs.cfg", f"{PROJECT}.qgs.cfg")]


def upload(target, items, **kwargs):
    return P.upload_atomically(target, items, f"{PROJECT}.qgs", f"{PROJECT}.qgs.cfg", **kwargs)


def published_version(folder) -> str:
    return (folder / f"{PROJECT}.qgs").read_text(encoding="utf-8")


def session(password=DAV_PASSWORD):
    return UrllibTransport(DAV_USER, password, timeout=20)


# --- local folder -------------------------------------------------------------------------------

def test_local_folder_publish_republish_keeps_a_backup(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    target = P.LocalFolderTarget(repo)
    steps = []
    report = upload(target, make_project(tmp_path / "v1", "v1"), progress=lambda f, m: steps.append(f))
    assert report.backups == [] and published_version(repo) == "<qgis version='v1'/>"
    assert steps[-1] == 1.0 and steps == sorted(steps)

    report = upload(target, make_project(tmp_path / "v2", "v2"))
    assert published_version(repo) == "<qgis version='v2'/>"
    assert sorted(report.backups) == sorted(f"{PROJECT}{s}.bak" for s in (".gpkg", ".qgs", ".qgs.cfg"))
    assert (repo / f"{PROJECT}.qgs.bak").read_text() == "<qgis version='v1'/>"
    assert (repo / f"{PROJECT}.gpkg.bak").read_bytes().startswith(b"v1v1")
    assert not [p for p in repo.iterdir() if p.name.endswith(".part")]

    # the backup can be put back
    assert P.restore_backup(target, [f"{PROJECT}.qgs"]) == [f"{PROJECT}.qgs"]
    assert published_version(repo) == "<qgis version='v1'/>"


def test_local_folder_cancel_leaves_the_previous_version(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    target = P.LocalFolderTarget(repo)
    upload(target, make_project(tmp_path / "v1", "v1"))
    calls = []

    def cancel_after_first_chunk():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(PublishError) as error:
        upload(target, make_project(tmp_path / "v2", "v2", data_size=3 * P.CHUNK), is_canceled=cancel_after_first_chunk)
    assert error.value.kind == "canceled"
    assert "annulée" in error.value.fr and "cancelled" in error.value.en
    assert published_version(repo) == "<qgis version='v1'/>"
    assert sorted(p.name for p in repo.iterdir()) == sorted(f"{PROJECT}{s}" for s in (".gpkg", ".qgs", ".qgs.cfg"))


def test_local_folder_errors(tmp_path):
    with pytest.raises(PublishError) as error:
        upload(P.LocalFolderTarget(tmp_path / "missing"), make_project(tmp_path / "v1", "v1"))
    assert error.value.kind == "repository_not_found"
    assert "introuvable" in error.value.fr and "not found" in error.value.en

    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / f"{PROJECT}.qgs").write_text("<qgis>someone else's project</qgis>")
    with pytest.raises(PublishError) as error:
        upload(P.LocalFolderTarget(repo), make_project(tmp_path / "v1", "v1"))
    assert error.value.kind == "name_clash"
    assert "Conflit de nom" in error.value.fr and "Name clash" in error.value.en
    assert (repo / f"{PROJECT}.qgs").read_text() == "<qgis>someone else's project</qgis>"
    # explicitly allowed: replaced, and the foreign project kept as backup
    upload(P.LocalFolderTarget(repo), make_project(tmp_path / "v1", "v1"), allow_foreign=True)
    assert (repo / f"{PROJECT}.qgs.bak").read_text() == "<qgis>someone else's project</qgis>"


# --- WebDAV -------------------------------------------------------------------------------------

def test_webdav_publish_and_republish(webdav_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="aula_toolkit.lizmap")
    repo = webdav_server.root / "aula"
    target = P.WebDavTarget(webdav_server.repository_url, session())
    report = upload(target, make_project(tmp_path / "v1", "v1"))
    assert report.bytes_sent == sum(os.path.getsize(tmp_path / "v1" / n) for n in os.listdir(tmp_path / "v1"))
    assert published_version(repo) == "<qgis version='v1'/>"
    assert target.list_names() == sorted([f"{PROJECT}.gpkg", f"{PROJECT}.qgs", f"{PROJECT}.qgs.cfg"])

    report = upload(target, make_project(tmp_path / "v2", "v2"))
    assert published_version(repo) == "<qgis version='v2'/>"
    assert (repo / f"{PROJECT}.qgs.bak").read_text() == "<qgis version='v1'/>"
    assert (repo / f"{PROJECT}.qgs.cfg.bak").read_text().count('"v1"') == 1
    assert len(report.backups) == 3
    assert not [p for p in repo.iterdir() if p.name.endswith(".part")]

    # credentials never reach the logs
    assert "WebDAV PUT" in caplog.text
    assert DAV_PASSWORD not in caplog.text and DAV_USER not in caplog.text


@pytest.mark.slow
def test_webdav_server_killed_mid_upload_keeps_the_previous_version(webdav_server, tmp_path, dav_root):
    repo = dav_root / "aula"
    target = P.WebDavTarget(webdav_server.repository_url, session())
    upload(target, make_project(tmp_path / "v1", "v1"))
    before = {p.name: p.read_bytes() for p in repo.iterdir()}

    items = make_project(tmp_path / "v2", "v2", data_size=256 * 1024 * 1024)  # a large GeoPackage
    killed = threading.Event()

    def kill_when_the_upload_is_under_way():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            parts = [p for p in repo.iterdir() if p.name.endswith(".part")]
            if parts and parts[0].stat().st_size > 4 * 1024 * 1024:
                webdav_server.kill()  # SIGKILL, as a crash
                killed.set()
                return
            time.sleep(0.002)

    killer = threading.Thread(target=kill_when_the_upload_is_under_way)
    killer.start()
    with pytest.raises(PublishError) as error:
        upload(target, items)
    killer.join()
    assert killed.is_set()
    assert error.value.kind == "interrupted"
    assert "interrompu" in error.value.fr and "intact" in error.value.en
    assert DAV_PASSWORD not in str(error.value)

    # the published project is byte for byte the previous one
    after = {p.name: p.read_bytes() for p in repo.iterdir()
             if not p.name.endswith(".part") and not p.name.endswith(".aula-lock")}
    assert after == before

    # a restarted server: the next publication succeeds and clears the left-over part
    restarted = launch.start_webdav(dav_root, DAV_USER, DAV_PASSWORD)
    try:
        target = P.WebDavTarget(restarted.url + "aula/", session())
        upload(target, make_project(tmp_path / "v3", "v3"))
        assert published_version(repo) == "<qgis version='v3'/>"
        assert (repo / f"{PROJECT}.qgs.bak").read_text() == "<qgis version='v1'/>"
        assert not [p for p in repo.iterdir() if p.name.endswith(".part")]
    finally:
        restarted.stop()


def test_webdav_errors_name_the_fault(webdav_server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="aula_toolkit.lizmap")
    items = make_project(tmp_path / "v1", "v1")

    with pytest.raises(PublishError) as error:  # wrong password
        upload(P.WebDavTarget(webdav_server.repository_url, session("wrong-password")), items)
    assert error.value.kind == "authentication"
    assert "Authentification refusée" in error.value.fr and "Authentication refused" in error.value.en
    assert "401" in str(error.value)

    with pytest.raises(PublishError) as error:  # no such repository
        upload(P.WebDavTarget(webdav_server.url + "nope/", session()), items)
    assert error.value.kind == "repository_not_found"
    assert "Répertoire Lizmap introuvable" in error.value.fr and "repository not found" in error.value.en

    port = launch.free_port()  # nobody listens there
    with pytest.raises(PublishError) as error:
        upload(P.WebDavTarget(f"http://127.0.0.1:{port}/dav/aula/", session()), items)
    assert error.value.kind == "unreachable"
    assert "injoignable" in error.value.fr and "unreachable" in error.value.en

    (webdav_server.root / "aula" / f"{PROJECT}.qgs").write_text("<qgis>foreign</qgis>")
    with pytest.raises(PublishError) as error:  # name clash
        upload(P.WebDavTarget(webdav_server.repository_url, session()), items)
    assert error.value.kind == "name_clash"
    assert (webdav_server.root / "aula" / f"{PROJECT}.qgs").read_text() == "<qgis>foreign</qgis>"

    with pytest.raises(PublishError) as error:  # credentials in the URL are refused
        P.WebDavTarget(f"http://{DAV_USER}:{DAV_PASSWORD}@127.0.0.1:{port}/dav/aula/")
    assert error.value.kind == "invalid" and DAV_PASSWORD not in str(error.value)

    assert DAV_PASSWORD not in caplog.text


def test_tls_verification_stays_on(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl not available to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(key), "-out", str(cert), "-days", "1"], check=True, capture_output=True)
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        target = P.WebDavTarget(f"https://127.0.0.1:{server.server_address[1]}/dav/aula/", UrllibTransport())
        with pytest.raises(PublishError) as error:
            target.check()
        assert error.value.kind == "tls"
        assert "Certificat TLS refusé" in error.value.fr and "certificate refused" in error.value.en
    finally:
        server.shutdown()
        server.server_close()


def test_redact_url():
    assert P.redact_url("https://user:pw@host:8443/dav/aula/?token=x") == "https://host:8443/dav/aula/"
