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

from senrules_proposals.extract import FACTOR_FACTS, Extraction, Finding, Provider, PupilGroup, extract
from senrules_proposals.reader import Block, Document, DocumentError, Sentence, read_document, sentences
from senrules_proposals.report import RULESET, FactorReport, ProposalReport, Quote, check_document, report_for

__all__ = [
    "Block", "Document", "DocumentError", "Extraction", "FACTOR_FACTS", "FactorReport", "Finding",
    "ProposalReport", "Provider", "PupilGroup", "Quote", "RULESET", "Sentence", "check_document", "extract", "read_document", "report_for",
    "sentences",
]
