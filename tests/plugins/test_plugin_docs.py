"""docs/plugins.md documents every hook with its exact signature (datasette)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from senrules import hookspecs

DOC = Path(__file__).resolve().parents[2] / "docs" / "plugins.md"
HOOKS = sorted(name for name in vars(hookspecs) if name.startswith("senrules_"))


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_documented_with_its_signature(name):
    params = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
    assert f"### `{name}({params})`" in DOC.read_text(encoding="utf-8")


def test_the_guide_documents_no_hook_that_does_not_exist():
    documented = [line[5:].split("(")[0] for line in DOC.read_text(encoding="utf-8").splitlines()
                  if line.startswith("### `senrules_")]
    assert sorted(documented) == HOOKS
