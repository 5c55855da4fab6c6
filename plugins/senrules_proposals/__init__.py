"""senrules_proposals: the proposal checker for the SEN Improvement Test.

Reads a proposal or consultation document (Markdown, plain text or Word
``.docx``), finds the facts of the Test's key factors in it with a fixed,
offline set of patterns (no model, no network), and judges them with the
``sen-improvement-test-2007`` ruleset::

    from senrules_proposals import check_document
    report = check_document("proposal.docx")
    report.credible                 # True / False
    report.factor("ii").verdict     # "met", "unclear", "not_met", "not_applicable"
    print(report.render_text())     # or render_markdown(), to_json()

It is also a senrules evidence plugin (entry point ``proposals`` in the
``senrules`` group): a data folder whose ``senrules-data.toml`` has
``[proposal_document] file = "proposal.docx"`` gets the facts for the
``sen-improvement-test-2007`` ruleset from that document.
"""

import importlib
import sys
import types

# The names below are imported from their modules when first used, not when
# the package is: the evidence plugin (``senrules_proposals.plugin``) is
# imported by every command that gathers evidence, and the reader's patterns
# take a tenth of a second to compile, which only a proposal needs.
_FROM = {
    "extract": ("FACTOR_FACTS", "Extraction", "Finding", "Provider", "PupilGroup", "extract"),
    "reader": ("Block", "Document", "DocumentError", "Sentence", "read_document", "sentences"),
    "report": ("RULESET", "FactorReport", "ProposalReport", "Quote", "check_document", "report_for"),
}
_MODULE_OF = {name: module for module, names in _FROM.items() for name in names}


def __getattr__(name):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """Keeps ``senrules_proposals.extract`` the function: importing the
    submodule of the same name would otherwise bind the package's name to
    the module (as the eager import this replaces never let it)."""

    def __setattr__(self, name, value):
        if name == "extract" and isinstance(value, types.ModuleType) and callable(getattr(value, "extract", None)):
            value = value.extract
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Block", "Document", "DocumentError", "Extraction", "FACTOR_FACTS", "FactorReport", "Finding",
    "ProposalReport", "Provider", "PupilGroup", "Quote", "RULESET", "Sentence", "check_document", "extract", "read_document", "report_for",
    "sentences",
]
