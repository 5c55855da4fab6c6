"""What a session is about: the options ``senrules assess`` was given.

Kept apart from :mod:`senrules_tui.session` so that building them imports
nothing of the engine: the full-screen app starts drawing while a worker
loads the rules.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Options:
    ruleset: str = "dcsf-2008"
    data: str | None = None
    date: str | None = None
    service: str | None = None
    params: str | None = None
    document: str | None = None  # a proposal document (the proposal check)
    parameter_set: str | None = None  # a plugin's named parameter set (sessions saved before it have none)
    rater: str | None = None  # whose views these are (school staff, parents, CYP): see senrules.raters
    facts: str | None = None  # a facts file (JSON or TOML) whose values count as evidence, e.g. a ruleset's demo.json
