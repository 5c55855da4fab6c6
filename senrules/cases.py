"""Facts documents that arrive in memory: standard input (``--facts -``), a
line of a batch, the body of an HTTP request.

A facts document is the object a ``--facts`` file holds (see docs/cli.md,
Facts files, and the schema ``senrules schema facts RULESET``)::

    {"facts": {...}, "evaluation_date": "2024-09-01", "as_of": "...", "service": "...",
     "parameters": {...}}

``parameters`` is allowed here (a batch line or a request has no
``--params``).  :func:`read_case` checks every value against its fact's
declaration and returns a :class:`Case`; a bad document raises
:class:`~senrules.errors.InputError` naming where it came from (``<stdin>``,
``line 12``) and the fact.  Reading a facts *file* stays in
:mod:`senrules.facts`; this is the same contract for text that is not a file.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
from collections.abc import Mapping

import attrs

from senrules.errors import InputError
from senrules.evidence import Evidence, Provenance

KEYS = ("facts", "evaluation_date", "as_of", "service", "parameters")


@attrs.frozen
class Case:
    """One facts document, checked: evidence with provenance, the evaluation
    date it names (or None), parameter overrides (or None), its service."""

    evidence: tuple[Evidence, ...]
    facts: dict  # name -> value, as given (checked), for the fast path
    evaluation_date: _dt.date | None
    parameters: dict | None
    service: str | None


def _date(value, key: str, where: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            return _dt.date.fromisoformat(value)
    except ValueError:
        pass
    from senrules.facts import date_hint

    raise InputError(f"{where}: {key} `{value}` is not a date (YYYY-MM-DD){date_hint(value)}")


def parse_json(text: str, where: str, *, one_line: bool = False) -> dict:
    """The JSON object in ``text``; an :class:`InputError` naming ``where``,
    the line (unless ``one_line``: ``where`` is the line) and column otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        place = f"column {err.colno}" if one_line else f"line {err.lineno}, column {err.colno}"
        raise InputError(f"{where}, {place}: not valid JSON ({err.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: the JSON is nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with `facts` (and optionally `evaluation_date`)")
    return data


def read_case(data, declared: Mapping, where: str, *, allow_parameters: bool = True, source: str = "facts document",
              check_values: bool = True) -> Case:
    """Check a facts document (a mapping, already parsed) against the facts
    ``declared`` (see :func:`senrules.links.declared_facts`).

    With ``check_values=False`` (the fast path of a batch) only the shape
    and the fact names are checked here, and no evidence is built: the
    values are checked when they are evaluated, with the same messages."""
    from senrules.facts import coerce_fact

    if not isinstance(data, Mapping):
        raise InputError(f"{where}: expected a JSON object with `facts` (and optionally `evaluation_date`)")
    allowed = KEYS if allow_parameters else KEYS[:-1]
    extra = [k for k in data if k not in allowed]
    if extra:
        raise InputError(f"{where}: unexpected key `{extra[0]}`; expected {', '.join(allowed)}")
    if "facts" not in data:
        raise InputError(f"{where}: expected a `facts` object (and optionally `evaluation_date`)")
    facts = data["facts"]
    if not isinstance(facts, Mapping):
        raise InputError(f"{where}: `facts` must be an object of fact names and values")
    date = _date(data.get("evaluation_date"), "evaluation_date", where)
    as_of = _date(data.get("as_of"), "as_of", where)
    service = data.get("service")
    if service is not None and not isinstance(service, str):
        raise InputError(f"{where}: `service` must be text")
    parameters = data.get("parameters")
    if parameters is not None and not isinstance(parameters, Mapping):
        raise InputError(f"{where}: `parameters` must be an object of parameter names and values")
    evidence, checked = [], {}
    for name, value in facts.items():
        fact = declared.get(name)
        if fact is None:
            close = difflib.get_close_matches(str(name), list(declared), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise InputError(f"{where}: `{name}` is not a fact of this ruleset{hint}")
        if not check_values:
            continue
        try:
            checked[name] = coerce_fact(fact, value, f"fact `{name}`")
        except InputError as err:
            raise InputError(f"{where}: {err.message}") from None
        prov = Provenance(source, file=where, record=name, as_of=as_of)
        if fact.per_year and isinstance(value, Mapping):
            evidence.extend(Evidence(name, v, prov, int(y)) for y, v in value.items())
        else:
            evidence.append(Evidence(name, value, prov))
    if not check_values:
        checked = dict(facts)
    return Case(tuple(evidence), checked, date, dict(parameters) if parameters is not None else None, service)


def load_facts(path, declared: Mapping) -> tuple[list[Evidence], _dt.date | None]:
    """A ``--facts`` argument: a file (see :func:`senrules.facts.load_facts_file`),
    or ``-`` for a JSON facts document on standard input (``<stdin>`` in messages)."""
    if str(path) != "-":
        from senrules.facts import load_facts_file

        return load_facts_file(path, declared)
    import sys

    try:
        text = sys.stdin.read()
    except UnicodeDecodeError as err:
        raise InputError(f"<stdin>: not UTF-8 text (bad byte at position {err.start})") from None
    case = read_case(parse_json(text, "<stdin>"), declared, "<stdin>", allow_parameters=False, source="standard input")
    return list(case.evidence), case.evaluation_date
