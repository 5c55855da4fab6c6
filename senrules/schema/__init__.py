"""The published JSON contracts: JSON Schemas (draft 2020-12) for what
senrules writes and reads, each at its own versioned ``$id``.

Two kinds:

* **fixed schemas**, shipped as ``senrules/schema/<name>-<version>.schema.json``
  files: the evaluation result, the batch record, the error object and the
  JSON reports of ``check``, ``test`` and ``rules list``; the proposal check's
  schema is found by its ``$id`` (the proposals plugin ships it),
  here, beside the plugin or in its ``schema/`` folder;
* **facts schemas**, generated from a ruleset's fact declarations by
  :func:`facts_schema`: the facts document (a ``--facts`` file, a line of a
  batch, the body of an evaluation request) with every fact's type, unit,
  range and per-year shape, and every parameter's type and range.

Every ``$id`` starts with :data:`BASE`; ``senrules serve`` serves each schema
at the path of its ``$id`` (``/schema/result/1``), and ``senrules schema``
prints them.  Versioning follows docs/result-schema.md: a change that removes,
renames or retypes a key gets a new version (a new file); a key may be added
within a version.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from senrules import model as m
    from senrules.ruleset import Ruleset

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE = "https://senrules.example/schema/"
FACTS_FORMAT = 1  # the version of the facts document's shape (facts, evaluation_date, ...)
SCHEMA_DIR = Path(__file__).resolve().parent

#: The names ``senrules schema NAME`` knows, and the ``$id`` each names.
FIXED = {
    "result": BASE + "result/1",
    "proposal": BASE + "proposal-check/1",
    "batch-record": BASE + "batch-record/1",
    "error": BASE + "error/1",
    "check": BASE + "check/1",
    "test": BASE + "test/1",
    "rulesets": BASE + "rulesets/1",
}


def schema_id(name: str) -> str:
    """The ``$id`` a short name stands for; the proposal check's is the
    latest ``proposal-check`` schema a plugin ships."""
    if name == "proposal":  # the latest version the proposals plugin ships
        prefix = BASE + "proposal-check/"
        found = [i for i in shipped_schemas() if i.startswith(prefix)]
        return max(found, key=lambda i: int("".join(c for c in i[len(prefix):] if c.isdigit()) or 0), default=FIXED[name])
    return FIXED[name]


class SchemaNotFound(LookupError):
    """No schema has the ``$id`` asked for."""


def _folders() -> list[Path]:
    """This folder, and the package folder (and its ``schema/``) of every
    installed plugin (entry point group ``senrules``), found without
    importing them: the proposal check's schema ships with its plugin."""
    import importlib.metadata
    import importlib.util

    folders = [SCHEMA_DIR]
    for ep in importlib.metadata.entry_points(group="senrules"):
        try:
            spec = importlib.util.find_spec(ep.value.split(":")[0].split(".")[0])
        except (ImportError, ValueError):
            continue
        for p in (spec.submodule_search_locations or []) if spec else []:
            folders.extend([Path(p), Path(p) / "schema"])
    return folders


@functools.cache
def shipped_schemas() -> dict[str, Path]:
    """``$id`` -> the file of every shipped ``*.schema.json``."""
    out: dict[str, Path] = {}
    for folder in _folders():
        for path in sorted(folder.glob("*.schema.json")):
            try:
                ident = json.loads(path.read_text(encoding="utf-8")).get("$id")
            except (OSError, ValueError, AttributeError):
                continue
            if isinstance(ident, str):
                out.setdefault(ident, path)
    return out


def fixed_schema(name_or_id: str) -> dict:
    """A shipped schema by its short name (``"result"``) or its ``$id``.
    Raises :class:`SchemaNotFound` when no file holds it."""
    ident = schema_id(name_or_id) if name_or_id in FIXED else name_or_id
    path = shipped_schemas().get(ident)
    if path is None:
        raise SchemaNotFound(ident)
    return json.loads(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ facts schemas

_DATE = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}
_DURATION = {"type": "string", "pattern": r"^\s*[0-9]+(\.[0-9]+)?\s*(days?|weeks?|months?|years?)\s*$"}
_PERCENT_TEXT = {"type": "string", "pattern": r"^\s*(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)\s*%\s*$"}


def facts_schema_id(rs: Ruleset) -> str:
    """``https://senrules.example/schema/facts/1/<ruleset>/<version>``."""
    return f"{BASE}facts/{FACTS_FORMAT}/{rs.id}/{rs.header.version or '0'}"


def value_schema(ft: m.FactType, rng: m.Range | None = None) -> dict:
    """The JSON Schema of one value of type ``ft`` (not null)."""
    kind = ft.kind
    bounds: dict[str, Any] = {}
    if rng is not None:
        bounds = {"minimum": _num(rng.low), "maximum": _num(rng.high)}
    if kind == "boolean":
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["yes", "no", "true", "false"]}]}
    if kind == "integer":
        return {"type": "integer", **bounds}
    if kind == "number":
        return {"type": "number", **bounds}
    if kind == "percentage":
        low = max(0, bounds.get("minimum", 0))
        high = min(100, bounds.get("maximum", 100))
        number = {"type": "number", "minimum": low, "maximum": high}
        return number if rng is not None else {"anyOf": [number, _PERCENT_TEXT]}
    if kind == "date":
        return dict(_DATE)
    if kind == "duration":
        return dict(_DURATION)
    if kind == "choice":
        return {"type": "string", "enum": list(ft.choices)}
    if kind == "list":
        return {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {name: _nullable(value_schema(t)) for name, t in ft.fields},
            },
        }
    return {"type": "string"}  # text


def _num(x):
    return int(x) if float(x).is_integer() else x


def _nullable(schema: dict) -> dict:
    if list(schema) == ["anyOf"]:
        return {"anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _fact_schema(fact: m.Fact) -> dict:
    value = value_schema(fact.type, fact.range)
    if fact.per_year:
        schema: dict[str, Any] = {
            "type": "object",
            "propertyNames": {"pattern": r"^[0-9]{4}$"},
            "additionalProperties": _nullable(value),
        }
        schema = _nullable(schema)
    else:
        schema = _nullable(value)
    if fact.question:
        schema["title"] = fact.question
    words = [w for w in (fact.doc, fact.help) if w]
    shape = f"{fact.type}" + (" per year (an object of years and values)" if fact.per_year else "")
    if fact.unit:
        shape += f", in {fact.unit}"
    if fact.range is not None:
        shape += f", from {_num(fact.range.low)} to {_num(fact.range.high)}"
    words.append(f"Type: {shape}. Leave it out, or give null, when it is not known.")
    schema["description"] = " ".join(words)
    schema["x-senrules"] = {
        "type": str(fact.type), "per_year": fact.per_year, "unit": fact.unit,
        "range": [_num(fact.range.low), _num(fact.range.high)] if fact.range else None,
        "category": fact.category,
    }
    return schema


def _parameter_schema(p: m.Parameter) -> dict:
    from senrules.result import jsonable_value

    value = value_schema(p.type, p.range)
    words = [p.doc] if p.doc else []
    words.append(f"Type: {p.type}" + (f", in {p.unit}" if p.unit else "") + ". Cannot be null: leave it out to keep the default.")
    words.append('A value that changes on a date is given as {"YYYY-MM-DD": value, ...}, each from its date.')
    if p.dated:
        words.append("The rules' own value changes on " + ", ".join(str(dv.start) for dv in p.dated) + ".")
    dated = {"type": "object", "minProperties": 1, "propertyNames": _DATE, "additionalProperties": value}
    return {"description": " ".join(words), "default": jsonable_value(p.default.value), "anyOf": [value, dated]}


def facts_schema(rs: Ruleset) -> dict:
    """The JSON Schema of a facts document for ``rs``: a ``--facts`` file,
    one line of ``senrules batch``, the body of ``POST
    /rulesets/{id}/evaluate``.  Generated from the ruleset's declarations;
    a linked ruleset's facts are included (see :mod:`senrules.links`)."""
    from senrules.links import declared_facts

    facts = declared_facts(rs)
    h = rs.header
    return {
        "$schema": DRAFT,
        "$id": facts_schema_id(rs),
        "title": f"Facts for ruleset {rs.id} {h.version or ''}".rstrip(),
        "description": (
            f"A facts document for {h.title or rs.id}: the facts (each optional: a fact left out or null is unknown, "
            "never false), the evaluation date and, in a batch line or an HTTP request, parameter overrides. "
            "Described in docs/cli.md (Facts files) and docs/schemas.md."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["facts"],
        "properties": {
            "facts": {
                "type": "object",
                "additionalProperties": False,
                "properties": {name: _fact_schema(f) for name, f in facts.items()},
            },
            "evaluation_date": {"description": "The date to evaluate as of (default today).", "anyOf": [_DATE, {"type": "null"}]},
            "as_of": {"description": "The date the data describes; shown with each value's provenance.", "anyOf": [_DATE, {"type": "null"}]},
            "service": {"description": "The service's name, for your records; a batch record repeats it.",
                        "type": ["string", "null"]},
            "parameters": {
                "description": "Parameter overrides (a batch line or an HTTP request only; with a --facts file use --params).",
                "type": "object",
                "additionalProperties": False,
                "properties": {name: _parameter_schema(p) for name, p in rs.parameters.items()},
            },
        },
        "x-senrules": {"ruleset": rs.id, "version": h.version, "hash": rs.hash, "format": FACTS_FORMAT},
    }


def dumps(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
