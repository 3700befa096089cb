"""Observatory maps without QGIS: versions, base maps, print layout, access, filters, merge, instance
metadata (a local HTTP server answering like Lizmap Web Client), lock and crash-safe swap."""

from __future__ import annotations

import base64
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from aula_toolkit_plugin.aula_toolkit.lizmap import cfg as C
from aula_toolkit_plugin.aula_toolkit.lizmap import publishers as P
from aula_toolkit_plugin.aula_toolkit.lizmap.charts import recognise
from aula_toolkit_plugin.aula_toolkit.lizmap.errors import PublishError
from aula_toolkit_plugin.aula_toolkit.lizmap.http import UrllibTransport
from aula_toolkit_plugin.aula_toolkit.lizmap.instance import parse_metadata, read_instance
from aula_toolkit_plugin.tests.core.test_lizmap_cfg import EXTENT, zan_project
from aula_toolkit_plugin.tests.servers.fixtures import (  # noqa: F401 (fixtures)
    DAV_PASSWORD,
    DAV_USER,
    dav_root,
    webdav_server,
)

ROOT = Path(__file__).resolve().parents[2]
METADATA = ROOT / "tests" / "fixtures" / "lizmap" / "lwc_metadata_3_9.json"


def observatory_cfg(**kwargs):
    project = zan_project()
    friches = recognise(["site_id", "usage_1", "indice_1", "ind_residentiel", "ind_industrie", "nom_epci",
                         "nom_commune"])
    project.layers.append(C.LayerDescription(
        id="friches_4", name="Friches de l'Artois", short_name="friches", title="Friches",
        geometry_type="point", extent=[650000.0, 7030000.0, 650000.0, 7030000.0], crs="EPSG:2154",
        group=friches.group, charts=friches.charts, form_filters=friches.form_filters,
        tooltip_fields=friches.tooltip_fields, group_visibility=["agence"]))
    project.layers.append(C.LayerDescription(
        id="icu_5", name="Îlots de chaleur – Gi*", short_name="icu", title="Îlots de chaleur", kind="raster",
        extent=EXTENT, crs="EPSG:2154", group="Climat", popup=False, attribute_table=False))
    project.groups.append(C.GroupDescription("Friches – mutabilité"))
    project.groups.append(C.GroupDescription("Climat"))
    project.basemaps = [C.BaseLayerDescription("plan_1", "Plan IGN", C.BASEMAPS["ign_plan"]),
                        C.BaseLayerDescription("osm_2", "OpenStreetMap", C.BASEMAPS["osm"])]
    project.acl = ["elus", "epci_partenaires"]
    project.hide_project = True
    project.layouts = ["Carte A4 paysage"]
    return C.build_cfg(project, kwargs.get("version", C.DEFAULT_LWC_VERSION), "https://carto.example.org/",
                       "observatoire", "0.2.0")


def test_versions_3_7_to_3_10_default_3_8_and_a_current_plugin_format():
    assert list(C.LWC_VERSIONS) == ["3.7", "3.8", "3.9", "3.10"] and C.DEFAULT_LWC_VERSION == "3.8"
    cfg = observatory_cfg()
    meta = cfg["metadata"]
    assert meta["lizmap_web_client_target_version"] == 30800
    # Lizmap Web Client 3.8–3.10 recommend desktop plugin 4.4.6 (40406) for new projects: never below it
    assert meta["lizmap_plugin_version"] >= 40406 and meta["lizmap_plugin_version_str"] == "4.5.3"
    for version, expected in (("3.7", 30700), ("3.10", 31000)):
        assert observatory_cfg(version=version)["metadata"]["lizmap_web_client_target_version"] == expected
    assert C.lwc_branch("3.9.2") == "3.9" and C.lwc_branch("3.10.0-rc.1") == "3.10"
    assert C.lwc_branch("3.12.1") == "3.10"  # newer than we know: our newest format
    with pytest.raises(ValueError):
        C.lwc_branch("3.6.4")


def test_observatory_cfg_base_maps_layout_access_filters_raster():
    cfg = observatory_cfg()
    C.validate_cfg(cfg)
    layers = cfg["layers"]
    # base layers as Lizmap 3.7+ reads them: the "baselayers" group and XYZ layers in EPSG:3857
    assert layers["baselayers"]["type"] == "group"
    assert layers["Plan IGN"]["crs"] == "EPSG:3857" and layers["Plan IGN"]["toggled"] == "True"
    assert layers["OpenStreetMap"]["toggled"] == "False"
    assert "data.geopf.fr/wmts" in C.BASEMAPS["ign_plan"].url and "PLANIGNV2" in C.BASEMAPS["ign_plan"].url
    assert "ORTHOIMAGERY.ORTHOPHOTOS" in C.BASEMAPS["ign_ortho"].url
    # print button: one layout declared
    assert cfg["layouts"]["list"] == [C.layout_entry("Carte A4 paysage")]
    assert cfg["layouts"]["list"][0]["enabled"] is True and cfg["layouts"]["list"][0]["default_format"] == "pdf"
    # access
    assert cfg["options"]["acl"] == ["elus", "epci_partenaires"] and cfg["options"]["hideProject"] == "True"
    assert layers["Friches de l'Artois"]["group_visibility"] == ["agence"]
    assert layers["Compteurs ZAN – EPCI"]["group_visibility"] == []
    # filters by EPCI and commune on the friches, dataviz per EPCI
    filters = {row["field"]: row for row in cfg["formFilterLayers"].values()}
    assert filters["nom_epci"]["title"] == "EPCI" and filters["nom_epci"]["type"] == "uniquevalues"
    assert filters["nom_commune"]["layerId"] == "friches_4"
    titles = [row["title"] for row in cfg["datavizLayers"].values()]
    assert "Friches : nombre de sites par EPCI" in titles and "Friches : usage le plus adapté (nombre de sites)" in titles
    # raster: a layer without geometry type, no attribute table
    assert "geometryType" not in layers["Îlots de chaleur – Gi*"] and "Îlots de chaleur – Gi*" not in cfg["attributeLayers"]


def test_groups_and_project_names_are_checked_in_both_languages():
    assert C.check_groups([" elus", "elus", "", "epci-62"]) == ["elus", "epci-62"]
    with pytest.raises(PublishError) as error:
        C.check_groups(["élus du conseil"])
    assert "Groupe Lizmap « élus du conseil » invalide" in error.value.fr and "Invalid Lizmap group" in error.value.en
    assert C.parse_layer_groups("Friches: agence, elus\n\nMairies : agence") == {
        "Friches": ["agence", "elus"], "Mairies": ["agence"]}
    with pytest.raises(PublishError, match="expected 'layer: group1, group2'"):
        C.parse_layer_groups("Friches agence")
    with pytest.raises(PublishError) as error:
        C.check_project_name("x" * 300)
    assert "trop long : 300 caractères" in error.value.fr and "too long: 300 characters" in error.value.en


def test_republish_merges_what_the_administrator_changed():
    published = observatory_cfg()
    published["options"]["popupLocation"] = "right-dock"  # changed in the Lizmap plugin by the admin
    published["options"]["some_future_option"] = {"x": 1}  # unknown to us
    published["custom_section"] = ["kept"]
    published["layers"]["Communes"]["popupMaxFeatures"] = 25
    published["layers"]["Communes"]["admin_note"] = "vérifié"
    published["tooltipLayers"]["Friches de l'Artois"] = {"layerId": "friches_4", "fields": "site_id",
                                                          "displayGeom": "False", "order": 5}
    published["datavizLayers"]["9"] = {"layerId": "communes_3", "type": "pie", "title": "Admin plot",
                                       "x_field": "nom", "aggregation": "count", "traces": [{"y_field": "nom",
                                                                                            "color": "#000000"}],
                                       "uuid": "admin_plot", "order": 9}

    project = zan_project()  # republished without the friches and the raster; new layer ids
    for layer in project.layers:
        layer.id += "_v2"
    new = C.build_cfg(project, "3.8", "", "", "0.2.1")
    merged, report = C.merge_cfg(new, published)

    assert merged["options"]["popupLocation"] == "right-dock"
    assert merged["options"]["some_future_option"] == {"x": 1} and merged["custom_section"] == ["kept"]
    assert merged["options"]["bbox"] == new["options"]["bbox"]  # from the data: ours
    communes = merged["layers"]["Communes"]
    assert communes["popupMaxFeatures"] == 25 and communes["admin_note"] == "vérifié"
    assert communes["id"] == "communes_3_v2"
    plots = {row["uuid"]: row for row in merged["datavizLayers"].values()}
    assert plots["admin_plot"]["layerId"] == "communes_3_v2"  # remapped to the new id
    assert "layers.Friches de l'Artois" in report.dropped
    assert "tooltipLayers.Friches de l'Artois" in report.dropped
    assert not any(k.startswith("layers.Communes") for k in report.dropped)
    assert merged["metadata"]["aula_toolkit_version"] == "0.2.1"
    C.validate_cfg(C.strip_unknown(merged))


# --- Lizmap Web Client metadata, from a local HTTP server ----------------------------------------

class _Metadata(http.server.BaseHTTPRequestHandler):
    expected = "Basic " + base64.b64encode(b"publieur:mot-de-passe").decode()

    def do_GET(self):  # noqa: N802
        if self.path != "/lizmap/index.php/view/app/metadata":
            self.send_error(404)
            return
        data = json.loads(METADATA.read_text(encoding="utf-8"))
        if self.headers.get("Authorization") != self.expected:  # as LWC: public part only
            data.pop("repositories")
            data["qgis_server_info"] = {"error": "WRONG_CREDENTIALS" if self.headers.get("Authorization")
                                        else "NO_ACCESS"}
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def lizmap_stub():
    """A small HTTP server answering ``index.php/view/app/metadata`` with a Lizmap 3.9 answer (fixture),
    since no Lizmap Web Client can run here."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Metadata)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/lizmap/"
    server.shutdown()
    server.server_close()


def test_instance_version_and_repositories_read_with_basic_auth(lizmap_stub):
    info = read_instance(UrllibTransport("publieur", "mot-de-passe"), lizmap_stub)
    assert info.version == "3.9.2" and info.target == "3.9"
    assert sorted(info.repositories) == ["interne", "observatoire"]
    assert info.repositories["observatoire"].label == "Observatoires de l'agence"
    assert info.repositories["observatoire"].projects == ["friches_artois"]
    assert info.desktop_plugin_version == 40406

    anonymous = read_instance(UrllibTransport(), lizmap_stub)
    assert anonymous.target == "3.9" and anonymous.repositories == {} and anonymous.access == "NO_ACCESS"
    with pytest.raises(PublishError) as error:
        read_instance(UrllibTransport("publieur", "faux"), lizmap_stub)
    assert error.value.kind == "authentication" and "refusé" in error.value.fr and "refused" in error.value.en
    with pytest.raises(PublishError) as error:
        read_instance(UrllibTransport(), lizmap_stub + "autre/")
    assert "HTTP 404" in error.value.fr and "check the instance address" in error.value.en
    with pytest.raises(PublishError, match="not supported"):
        parse_metadata(b'{"info": {"version": "3.5.9"}}', "https://old.example.org/")


# --- lock and crash-safe swap ----------------------------------------------------------------------

PROJECT = "observatoire"


def versioned_project(folder: Path, version: str):
    """A web project whose .qgs references its versioned data file, as build_web_project writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    token = (version * 12)[:12].encode().hex()[:12]
    data = folder / f"{PROJECT}.{token}.gpkg"
    data.write_bytes(version.encode() * 4096)
    (folder / f"{PROJECT}.qgs").write_text(f"<qgis version='{version}'><datasource>./{data.name}|layername=a"
                                           "</datasource></qgis>", encoding="utf-8")
    (folder / f"{PROJECT}.qgs.cfg").write_text(json.dumps({"metadata": {"aula_toolkit_version": "0.2",
                                                                         "v": version}}), encoding="utf-8")
    return [P.UploadItem(data, data.name, data=True), P.UploadItem(folder / f"{PROJECT}.qgs", f"{PROJECT}.qgs"),
            P.UploadItem(folder / f"{PROJECT}.qgs.cfg", f"{PROJECT}.qgs.cfg")]


def consistent_map(repo: Path) -> str:
    """The version the repository serves, after checking its .qgs only references data that is there."""
    text = (repo / f"{PROJECT}.qgs").read_text(encoding="utf-8")
    for name in re.findall(r"\./([^|<]+\.gpkg)", text):
        assert (repo / name).is_file(), f"{name} referenced but missing"
        assert (repo / name).read_bytes()[:2] == re.search(r"version='(\w+)'", text).group(1).encode()[:2]
    return re.search(r"version='(\w+)'", text).group(1)


def upload(repo, items, **kwargs):
    return P.upload_atomically(P.LocalFolderTarget(repo), items, f"{PROJECT}.qgs", f"{PROJECT}.qgs.cfg", **kwargs)


CRASH_SCRIPT = """
import os, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from aula_toolkit.lizmap import publishers as P
repo, staging, step = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
names = sorted(p.name for p in staging.iterdir())
data = next(n for n in names if n.endswith('.gpkg'))
items = [P.UploadItem(staging / data, data, data=True), P.UploadItem(staging / 'observatoire.qgs', 'observatoire.qgs'),
         P.UploadItem(staging / 'observatoire.qgs.cfg', 'observatoire.qgs.cfg')]
def crash(at):
    if at == step:
        os._exit(9)
P.upload_atomically(P.LocalFolderTarget(repo), items, 'observatoire.qgs', 'observatoire.qgs.cfg', crash_after=crash)
"""


def test_a_crash_at_any_step_leaves_the_old_map_or_the_new_one(tmp_path):
    steps = ["locked", "sent:{data}", "sent:observatoire.qgs", "sent:observatoire.qgs.cfg", "backed_up",
             "renamed:observatoire.qgs", "renamed:observatoire.qgs.cfg"]
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT.format(root=str(ROOT)), encoding="utf-8")
    for step in steps:
        repo = tmp_path / f"repo_{len(list(tmp_path.iterdir()))}"
        repo.mkdir()
        upload(repo, versioned_project(tmp_path / f"v1_{repo.name}", "v1"))
        staging = tmp_path / f"v2_{repo.name}"
        items = versioned_project(staging, "v2")
        step = step.format(data=items[0].name)
        completed = subprocess.run([sys.executable, str(script), str(repo), str(staging), step])
        assert completed.returncode == 9, step  # killed there
        served = consistent_map(repo)
        assert served == ("v2" if step.startswith("renamed:") else "v1"), step
        # the next publication (another process: the dead one's lock is stale) repairs everything
        upload(repo, versioned_project(tmp_path / f"v3_{repo.name}", "v3"))
        assert consistent_map(repo) == "v3"
        leftovers = [p.name for p in repo.iterdir() if p.name.endswith((".part", ".aula-lock"))]
        assert leftovers == [], step
        gpkgs = sorted(p.name for p in repo.iterdir() if p.suffix == ".gpkg")
        assert len(gpkgs) <= 2, gpkgs  # the current data and the one of the .bak project, nothing older


def test_unchanged_data_is_not_sent_again_and_old_data_is_removed_after_the_swap(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    v1 = versioned_project(tmp_path / "v1", "v1")
    upload(repo, v1)
    report = upload(repo, versioned_project(tmp_path / "v1bis", "v1"))  # same data, new project files
    assert report.reused == [v1[0].name] and v1[0].name not in report.uploaded
    upload(repo, versioned_project(tmp_path / "v2", "v2"))
    report = upload(repo, versioned_project(tmp_path / "v3", "v3"))
    assert report.removed == [v1[0].name]  # v1's data: referenced by neither the project nor its .bak
    assert consistent_map(repo) == "v3"
    user_file = repo / f"{PROJECT}.gpkg"  # a file of the same stem that we did not write: never touched
    user_file.write_bytes(b"user data")
    upload(repo, versioned_project(tmp_path / "v4", "v4"))
    assert user_file.read_bytes() == b"user data"


def test_two_publications_of_one_name_are_serialised(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    upload(repo, versioned_project(tmp_path / "v0", "v0"))
    order = []
    inside = threading.Event()

    def slow(step):
        if step == "locked":
            order.append("first in")
            inside.set()
            time.sleep(0.6)
            order.append("first out")

    first = threading.Thread(target=upload, args=(repo, versioned_project(tmp_path / "v1", "v1")),
                             kwargs={"crash_after": slow})
    first.start()
    inside.wait(5)
    upload(repo, versioned_project(tmp_path / "v2", "v2"),
           crash_after=lambda step: order.append("second in") if step == "locked" else None)
    first.join()
    assert order == ["first in", "first out", "second in"]
    assert consistent_map(repo) == "v2"


def test_a_lock_held_by_a_live_publication_is_reported_and_a_stale_one_broken(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = {"owner": "collegue", "host": os.uname().nodename, "pid": other.pid, "time": time.time() - 40,
                "token": "x"}
        (repo / P.lock_name(PROJECT)).write_text(json.dumps(lock))
        with pytest.raises(PublishError) as error:
            upload(repo, versioned_project(tmp_path / "v1", "v1"), lock_wait=0.5)
        assert error.value.kind == "locked"
        assert "Une autre publication de « observatoire » est en cours" in error.value.fr
        assert "collegue@" in error.value.fr and "Another publication of 'observatoire'" in error.value.en
    finally:
        other.kill()
        other.wait()
    upload(repo, versioned_project(tmp_path / "v1", "v1"), lock_wait=0.5)  # its process is gone: broken
    assert consistent_map(repo) == "v1"
    lock["pid"], lock["host"], lock["time"] = 1, "autre-poste", time.time() - 3600  # another machine, 1 h
    (repo / P.lock_name(PROJECT)).write_text(json.dumps(lock))
    upload(repo, versioned_project(tmp_path / "v2", "v2"), lock_wait=0.5)
    assert consistent_map(repo) == "v2"


def test_the_lock_is_exclusive_on_webdav_too(webdav_server, tmp_path):
    """WebDAV has no O_EXCL: the lock is a PUT with ``If-None-Match: *`` (HTTP 412 when it exists)."""
    target = P.WebDavTarget(webdav_server.repository_url, UrllibTransport(DAV_USER, DAV_PASSWORD, timeout=20))
    holder = P.PublicationLock(target, PROJECT).acquire()
    try:
        assert not target.create_exclusive(P.lock_name(PROJECT), "{}")
        with pytest.raises(PublishError) as error:
            P.upload_atomically(target, versioned_project(tmp_path / "v1", "v1"), f"{PROJECT}.qgs",
                                f"{PROJECT}.qgs.cfg", lock_wait=0.5)
        assert error.value.kind == "locked"
    finally:
        holder.release()
    P.upload_atomically(target, versioned_project(tmp_path / "v1", "v1"), f"{PROJECT}.qgs", f"{PROJECT}.qgs.cfg")
    assert consistent_map(webdav_server.root / "aula") == "v1"
    assert not (webdav_server.root / "aula" / P.lock_name(PROJECT)).exists()
