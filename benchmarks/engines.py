"""The engines under comparison, behind one small interface.

``make(name)`` gives an object with ``verdicts(facts, *, evaluation_date,
parameters=None)`` and ``verdicts_many(list_of_facts, *, evaluation_date,
parameters=None)`` (call them with keywords, as senrules requires), both returning ``{id: verdict name or None}`` dicts:

- ``baseline``: the hand-written Python in :mod:`baseline`;
- ``rule-engine`` and ``zen-engine``: the peers in :mod:`peers`;
- ``senrules``: ``senrules.load_ruleset(RULESET)``, the frozen copy of the
  example ruleset in ``benchmarks/ruleset/`` that the baseline and the peers
  encode.  While the engine is
  being written and ``senrules.load_ruleset`` does not exist, asking for it
  skips the test with that reason.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import baseline
import peers

ENGINES = ("baseline", "rule-engine", "zen-engine", "senrules")
PEERS = ("rule-engine", "zen-engine")
RULESET = str(Path(__file__).resolve().parent / "ruleset")
"""The ruleset every engine encodes: senrules/rules/example as of commit
d2f824c, frozen (the shipped example keeps growing)."""


def senrules_api():
    """The ``senrules`` module, or skip if its library API is not there yet."""
    senrules = pytest.importorskip("senrules")
    if not hasattr(senrules, "load_ruleset"):
        pytest.skip("senrules.load_ruleset does not exist yet (the engine is still being written)")
    return senrules


def load_senrules(name: str = RULESET, **options):
    return senrules_api().load_ruleset(name, **options)


@functools.cache
def _peer(name: str):
    return peers.PEERS[name]()


def make(name: str):
    if name == "baseline":
        return baseline
    if name in peers.PEERS:
        return _peer(name)
    if name in ("senrules", "senrules-verdicts"):
        return load_senrules()
    raise ValueError(f"unknown engine {name!r}")


def plain(verdicts) -> dict:
    """A verdicts mapping as a plain dict of the ids the baseline knows."""
    return {vid: verdicts.get(vid, "<missing>") for vid in baseline.VERDICT_IDS} | {
        vid: value for vid, value in dict(verdicts).items() if vid not in baseline.VERDICT_IDS
    }
