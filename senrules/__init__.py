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

__version__ = "0.1.0"

from senrules.errors import (  # noqa: E402
    Diagnostic, EvaluationError, InputError, RuleCheckError, RuleLoadError, RuleSyntaxError,
    SenrulesError, Span,
)
from senrules.evidence import Evidence, Provenance  # noqa: E402
from senrules.hookspecs import hookimpl  # noqa: E402
from senrules.result import Judgement, Result  # noqa: E402
from senrules.ruleset import Ruleset, load_ruleset, shipped_rulesets  # noqa: E402

__all__ = [
    "Diagnostic", "EvaluationError", "Evidence", "InputError", "Judgement", "Provenance", "Result",
    "RuleCheckError", "RuleLoadError", "RuleSyntaxError", "Ruleset", "SenrulesError", "Span",
    "hookimpl", "load_ruleset", "shipped_rulesets", "__version__",
]
