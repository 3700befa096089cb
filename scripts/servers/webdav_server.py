#!/usr/bin/env python3
"""A WebDAV server (WsgiDAV + cheroot, from PyPI) serving a folder of Lizmap repositories.

    python scripts/servers/webdav_server.py ROOT [--host 127.0.0.1] [--port 0] [--mount /dav]

Each sub-folder of ROOT is a repository: ``http://HOST:PORT/dav/<repository>/``. Port 0 picks a free
port; the first line printed is ``READY <url-of-the-mount>``. Basic authentication is on when the
environment variables ``AULA_DAV_USER`` and ``AULA_DAV_PASSWORD`` are set (never pass a password on the
command line: it would show in ``ps``). Used by the tests (``tests/servers/fixtures.py``), the
benchmark and for manual trials; it only listens on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def build_app(root: str, mount: str, user: str = "", password: str = ""):
    from wsgidav.wsgidav_app import WsgiDAVApp

    if user:
        users = {mount: {user: {"password": password, "description": "", "roles": []}}}
    else:
        users = {"*": True}
    config = {
        "provider_mapping": {mount: root},
        "simple_dc": {"user_mapping": users},
        "http_authenticator": {
            "domain_controller": None,  # SimpleDomainController
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "verbose": 1,
        "logging": {"enable_loggers": []},
        "property_manager": True,
        "lock_storage": True,
        "dir_browser": {"enable": False},
    }
    return WsgiDAVApp(config)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("root")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mount", default="/dav")
    args = parser.parse_args(argv)

    from cheroot import wsgi

    logging.basicConfig(level=logging.WARNING)
    app = build_app(os.path.abspath(args.root), args.mount, os.environ.get("AULA_DAV_USER", ""),
                    os.environ.get("AULA_DAV_PASSWORD", ""))
    server = wsgi.Server((args.host, args.port), app, numthreads=4)
    server.prepare()
    host, port = server.bind_addr[:2]
    print(f"READY http://{host}:{port}{args.mount}/", flush=True)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
