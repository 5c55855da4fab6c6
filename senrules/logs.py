"""The ``senrules`` logger.

Every module logs to ``logging.getLogger("senrules")`` or a child
(``senrules.cli``, ``senrules.cache``, ``senrules.serve``).  senrules adds no
handler, so an embedding program decides where the messages go; until it
does, Python's last-resort handler shows warnings (such as the cache's)
on standard error and nothing below them.  ``senrules --debug`` calls
:func:`enable_debug`, which sends every message to standard error.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("senrules")


def enable_debug() -> None:
    """Debug messages of the ``senrules`` logger on standard error."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("senrules: debug: %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.debug("debug logging on")
