"""senrules: executable, explainable rules for SEN support and outreach services.

The library API::

    import senrules
    rules = senrules.load_ruleset("example")          # shipped id, folder or .rules file
    result = rules.evaluate({"programmes_monitored": True}, evaluation_date="2024-09-01")
    result.verdict("S1.1")                            # "partly_met", "unknown", ...
    print(result.to_json())                           # the versioned JSON result

Layers, each depending only on those before it: the rule language
(:mod:`~senrules.parser`, :mod:`~senrules.transform`, :mod:`~senrules.model`),
the checker and compiler (:mod:`~senrules.checker`, :mod:`~senrules.compiler`),
the engine (:mod:`~senrules.ruleset`, :mod:`~senrules.engine`,
:mod:`~senrules.result`), and the command line (:mod:`~senrules.cli`).
"""

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (and re) at `import senrules`; mypy reads it as true

__version__ = "0.1.0"  # the one place: pyproject.toml (hatch), the command line and the results read it

# The public names, imported on first use (PEP 562), so that `import senrules`
# and the command line's start do not pay for modules a command never uses.
_EXPORTS = {
    "Diagnostic": "senrules.errors", "EvaluationError": "senrules.errors", "InputError": "senrules.errors",
    "RuleCheckError": "senrules.errors", "RuleLoadError": "senrules.errors", "RuleSyntaxError": "senrules.errors",
    "SenrulesError": "senrules.errors", "Span": "senrules.errors",
    "Evidence": "senrules.evidence", "Provenance": "senrules.evidence",
    "hookimpl": "senrules.hookspecs",
    "Judgement": "senrules.result", "Result": "senrules.result",
    "Ruleset": "senrules.ruleset", "load_ruleset": "senrules.ruleset", "shipped_rulesets": "senrules.ruleset",
}

__all__ = [*sorted(_EXPORTS), "__version__"]

if TYPE_CHECKING:  # what a type checker sees: the same names, with their real types (run time: __getattr__ below)
    from senrules.errors import (
        Diagnostic, EvaluationError, InputError, RuleCheckError, RuleLoadError, RuleSyntaxError, SenrulesError, Span,
    )
    from senrules.evidence import Evidence, Provenance
    from senrules.hookspecs import hookimpl
    from senrules.result import Judgement, Result
    from senrules.ruleset import Ruleset, load_ruleset, shipped_rulesets


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'senrules' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
