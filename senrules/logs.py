"""The ``senrules`` logger.

Every module logs to ``logging.getLogger("senrules")`` (or a child,
``senrules.serve``); as a library senrules adds no handler of its own beyond
:class:`logging.NullHandler`, so an embedding program decides where the
messages go.  ``senrules --debug`` calls :func:`enable_debug`, which sends
them to standard error.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("senrules")
logger.addHandler(logging.NullHandler())


def enable_debug() -> None:
    """Debug messages of the ``senrules`` logger on standard error."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("senrules: debug: %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.debug("debug logging on")
