"""Room on the interpreter's frame stack for evaluating rules.

CPython 3.11 to 3.14 keep Python frames on a per-thread stack made of 16 KB
chunks.  When a call does not fit in the current chunk, a new chunk is
mapped (``mmap``), and it is unmapped (``munmap``) as soon as that call
returns.  A loop whose calls sit exactly at the end of a chunk therefore maps
and unmaps memory at every call: hundreds of thousands of system calls for
one batch of services (CPython issue gh-142183, fixed in March 2026 by
keeping one chunk for reuse: python/cpython pull request 145789, merged for
3.15 with backports to 3.14 and 3.13 discussed; :data:`NEEDED` treats 3.15
and later as fixed).  Whether it happens depends only on how deep the caller's
stack already is, so the same evaluation ran 1x to 7x as slow depending on
where it was called from, which is why the compiled rules once measured up
to 6 times slower inside pytest than in a plain script.

:func:`with_headroom` wraps each entry point of the evaluation
(:func:`senrules.engine.evaluate`, ``verdicts``, ``verdicts_each`` and
``verdicts_many``, :func:`senrules.batch.evaluate_batch`,
:func:`senrules.questions.open_questions`, and the first evaluation of
:class:`senrules.incremental.Incremental`) in a function
whose frame is larger than a whole chunk: it always starts a chunk of its
own, with about 31 KB free beneath it, so the evaluation under it runs at
the same place in a chunk wherever it is called from.  The cost is one
fresh chunk per call (about 10 microseconds); an evaluation of one
dcsf-2008 service takes about 400.  So only calls that do much more than
that are wrapped: ``Incremental.set`` (about 30 microseconds, judging again
only what an answer changes) is not, since the wrapper would add a third to
it.  Where the bug is fixed, or on another Python implementation, the
function is returned unwrapped.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

FRAME_SLOTS = 4200
"""Extra value-stack slots given to the wrapper's frame: 4,200 pointers are
about 33 KB, more than a 16 KB chunk can hold, so CPython maps a 64 KB chunk
for it and the evaluation beneath has the other 31 KB (evaluating dcsf-2008
uses about 11 KB of it: ``evaluate_all``'s own frame is 9 KB)."""

NEEDED = sys.implementation.name == "cpython" and sys.version_info < (3, 15)
"""The chunked frame stack without a kept chunk: CPython before 3.15, where
the fix was merged.  (Where a 3.13 or 3.14 release gets the backport, the
wrapper only costs its 10 us there.)"""


def with_headroom(fn: F) -> F:
    """``fn``, called from a frame that starts a frame-stack chunk of its own
    (see the module's docstring); ``fn`` itself where that is not needed."""
    if not NEEDED:
        return fn

    @functools.wraps(fn)
    def call(*args, **kwargs):
        return fn(*args, **kwargs)

    # The value stack is only reserved, never touched beyond what the
    # bytecode uses, so the extra slots cost address space, not work.
    call.__code__ = call.__code__.replace(co_stacksize=call.__code__.co_stacksize + FRAME_SLOTS)
    return call  # type: ignore[return-value]
