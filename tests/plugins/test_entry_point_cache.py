"""The installed plugins are found from a signed cache of the entry points,
without importing importlib.metadata (about 20 ms of every start), and the
cache is read again from the metadata as soon as a package is installed,
removed or reinstalled with other entry points (senrules.plugins._entry_points)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

PROBE = """
import json, sys
from senrules.plugins import Plugins
plugins = Plugins()
names = sorted(plugins.names())
print(json.dumps([names, "importlib.metadata" in sys.modules, {s.name: s.version for s in plugins.statuses()}]))
"""


def probe(tmp_path, site):
    env = site.env(SENRULES_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


EXTRA = "from senrules.hookspecs import hookimpl\n\n\n@hookimpl\ndef senrules_evidence_sources():\n    return []\n"


def test_the_cached_entry_points_are_used_until_a_package_changes(tmp_path, plugin_site):
    site = plugin_site
    first, imported, _ = probe(tmp_path, site)
    assert "tabular" in first and imported is True  # the first start reads the metadata and keeps the list
    again, imported, _ = probe(tmp_path, site)
    assert (again, imported) == (first, False)  # the next ones read the kept list

    site.install("senrules_extra", EXTRA, entry="extra", version="1.0")  # a package installed
    names, _, versions = probe(tmp_path, site)
    assert "extra" in names and versions["extra"] == "1.0"

    dist = site.root / "senrules_extra-1.0.dist-info" / "entry_points.txt"  # reinstalled, same version, renamed
    dist.write_text("[senrules]\nrenamed = senrules_extra\n", encoding="utf-8")
    later = time.time() + 5
    os.utime(dist, (later, later))
    names, _, _ = probe(tmp_path, site)
    assert "renamed" in names and "extra" not in names

    for path in sorted(site.root.rglob("*"), reverse=True):  # removed
        path.rmdir() if path.is_dir() else path.unlink()
    names, _, _ = probe(tmp_path, site)
    assert names == first


def test_a_tampered_cache_is_not_trusted(tmp_path, plugin_site):
    site = plugin_site
    first, _, _ = probe(tmp_path, site)
    (cached,) = (tmp_path / "cache").glob("entry-points-*.cache")
    data = cached.read_bytes()
    cached.write_bytes(data.replace(b"senrules_tabular", b"senrules_evilmod"))
    names, _, statuses = probe(tmp_path, site)
    assert names == first and statuses["tabular"] is not None
