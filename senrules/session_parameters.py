"""The parameter values a saved session keeps, and what to say on resuming
it when their sources now give other values.

A session (the assistant's ``senrules assess``) is started with parameter
values from the rules, a data folder's manifest, a plugin's named parameter
set and a parameter file (:func:`senrules.gather.parameters_for`).  The set
or the file can change between two sittings, or the plugin offering the set
can be uninstalled; judging the second sitting with other readings of "the
majority of CYP" than the first, without a word, would change verdicts the
person has already seen.  So the session keeps the values it was started
with (:func:`kept`, JSON in the session file) and a resumed session uses
them (:func:`resumed`), saying which parameters' sources now give other
values (old and new, and what set each) or could not be read at all.

A session saved before values were kept has none: it is resumed with the
values its sources give now, as before, and keeps those from then on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from senrules.errors import SenrulesError
from senrules.gather import ParameterValues

#: The key of the session's saved values (``{"values": ..., "sources": ...}``).
KEY = "parameter_values"


def kept(params: Mapping | None) -> dict:
    """What a session saves of the parameter values it uses: each value as
    JSON holds it (dates and the dates of a dated value as ISO text) and
    what set it."""
    from senrules.result import jsonable_value

    values = dict(params or {})
    sources = getattr(params, "sources", None) or {}
    return {"values": {name: jsonable_value(v) for name, v in values.items()},
            "sources": {name: sources[name] for name in values if name in sources}}


def restore(saved: Mapping) -> ParameterValues | None:
    """The values :func:`kept` saved, as an evaluation takes them."""
    values = saved.get("values") or {}
    return ParameterValues(values, saved.get("sources") or {}) if values else None


def resumed(rs, saved: Mapping | None, current: Callable[[], Mapping | None]) -> tuple[Mapping | None, str | None]:
    """The parameter values a resumed session uses, and what to tell the
    person about them (None when there is nothing to say).

    ``saved`` is what :func:`kept` saved when the session started (None for
    a session saved before values were kept: then the values ``current()``
    gives are used, as they were).  ``current()`` computes what the
    session's sources give now; it may raise :class:`SenrulesError` (a
    parameter set no installed plugin offers any more, a parameter file
    gone or broken).  The saved values are always used; the message names
    each parameter whose value now differs, with the old and new values
    and what set each, or says why the sources could not be read."""
    if saved is None:
        return current(), None
    used = restore(saved)
    try:
        now = current()
    except SenrulesError as err:
        listed = _listing(rs, used)
        return used, (f"The parameter values this session was started with could not be read again ({err.message}). "
                      f"It goes on with the values saved with it: {listed}." if listed else
                      f"The parameter values this session was started with could not be read again ({err.message}). "
                      "It goes on as it started, with the rules' values.")
    changes = differences(rs, used, now)
    if not changes:
        return used, None
    n = len(changes)
    return used, (
        f"{n} parameter value{'s' if n != 1 else ''} set when this session started "
        f"{'are' if n != 1 else 'is'} now different where {'they' if n != 1 else 'it'} came from: "
        + "; ".join(changes)
        + ". This session goes on with the values it started with, so its verdicts keep the same meaning; "
        "start a new session to use the new values.")


def differences(rs, old: Mapping | None, new: Mapping | None) -> list[str]:
    """``name: was 60% (the parameter set northshire), now 70% (...)`` for
    each parameter whose value differs between ``old`` and ``new``."""
    from senrules.result import jsonable_value

    old, new = old or {}, new or {}
    out = []
    for name in rs.parameters:
        a, b = old.get(name), new.get(name)
        if jsonable_value(a) == jsonable_value(b):
            continue
        out.append(f"{name}: was {_shown(rs, name, a, old)}, now {_shown(rs, name, b, new)}")
    return out


def _shown(rs, name: str, value, values: Mapping) -> str:
    """A value and what set it: ``60% (the parameter set northshire)``, or
    the rules' default when none was given."""
    p = rs.parameters[name]
    if value is None:
        return f"{_value(p, p.default.value)} (the ruleset's default)"
    source = (getattr(values, "sources", None) or {}).get(name)
    return _value(p, value) + (f" ({source})" if source else "")


def _value(p, value) -> str:
    sign = "%" if p.type.kind == "percentage" else ""
    if isinstance(value, Mapping):
        return ", ".join(f"{v}{sign} from {k}" for k, v in value.items())
    return f"{value}{sign}"


def _listing(rs, values: Mapping | None) -> str:
    return ", ".join(f"{name} = {_shown(rs, name, v, values)}" for name, v in (values or {}).items() if name in rs.parameters)
