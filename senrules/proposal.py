"""Checking a proposal document against the SEN Improvement Test, from the
library API::

    from senrules.proposal import check_proposal
    report = check_proposal("proposal.docx")      # a ProposalReport
    report.credible, report.verdicts()             # True/False, {"a": "met", ...}
    report.to_json()                               # {"factors": {...}, "credible": ...}

The reading and fact extraction live in the ``senrules_proposals`` plugin
package, installed with senrules; this module is the stable entry point.
An unreadable document raises :class:`senrules.errors.InputError` with a
one-line message.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from senrules.errors import InputError

if TYPE_CHECKING:  # at run time it comes from __getattr__ below, on first use
    from senrules_proposals.report import ProposalReport

__all__ = ["check_proposal", "ProposalReport"]


def __getattr__(name):
    if name == "ProposalReport":
        from senrules_proposals.report import ProposalReport

        return ProposalReport
    raise AttributeError(name)


def check_proposal(path: str | os.PathLike, *, ruleset=None, parameters=None):
    """Check the proposal or consultation document at ``path`` (Markdown,
    plain text or ``.docx``): a :class:`senrules_proposals.ProposalReport`.

    ``ruleset`` (default: the shipped ``sen-improvement-test-2007``) may be a
    loaded :class:`~senrules.Ruleset`, an id or a path; ``parameters``
    overrides its parameters (``{"long_term_pru_weeks": 6}``).
    """
    try:
        from senrules_proposals.reader import DocumentError
        from senrules_proposals.report import check_document
    except ImportError as err:  # pragma: no cover - installed with senrules
        raise InputError(f"the proposal checker is not installed ({err})") from None
    try:
        return check_document(path, ruleset=ruleset, parameters=parameters)
    except DocumentError as err:
        raise InputError(err.message) from None
