"""senrules_tui: the assistant that talks a person through a self-evaluation
against the quality standards, or through the SEN Improvement Test.

Two front ends share one conversation (:mod:`senrules_tui.session`):

* the full-screen Textual app (:mod:`senrules_tui.app`), ``senrules assess``;
* plain lines on stdin/stdout (:mod:`senrules_tui.plain`), ``senrules assess
  --plain``, for screen readers and scripts.

Importing this package does not import Textual; only :mod:`senrules_tui.app`
and the modules it uses do.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
