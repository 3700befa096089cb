"""Publishing results to Lizmap Web Client, without QGIS.

- :mod:`.cfg` builds the ``<project>.qgs.cfg`` from plain layer descriptions, in the format the 3Liz
  Lizmap plugin writes for Lizmap Web Client 3.7 and later, and validates it against
  ``schema/lizmap_cfg.schema.json``;
- :mod:`.charts` recognises toolkit results (ZAN, friches…) and proposes groups, popups and charts;
- :mod:`.publishers` publishes a project crash-safely (lock, versioned data, swap) to a local repository
  folder or a WebDAV repository;
- :mod:`.instance` reads a Lizmap Web Client's version and repositories (``index.php/view/app/metadata``);
- :mod:`.http` is the small HTTP interface the QGIS glue implements with QGIS's network stack;
- :mod:`.verify` checks the published project through WMS GetCapabilities and GetMap;
- :mod:`.pipeline` chains upload and verification with progress, cancellation and bilingual errors.

The QGIS glue (``processing/lizmap_project.py``) builds the web ``.qgs`` and turns QGIS layers into
:class:`~.cfg.LayerDescription` objects; credentials reach this package only inside a
:class:`~.http.Transport` (QGIS adds them to each request from its authentication database).
"""
