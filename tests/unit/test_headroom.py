"""senrules.headroom: the evaluation's entry points start a frame-stack chunk
of their own (so their speed does not depend on how deep the caller's stack
is; see benchmarks/frame_stack_repro.py for why), and a wrapped function
behaves exactly as itself."""

from __future__ import annotations

import pytest

from senrules import batch, engine, questions
from senrules.headroom import FRAME_SLOTS, NEEDED, with_headroom
from senrules.incremental import Incremental

CHUNK_BYTES = 16 * 1024  # CPython's frame-stack chunk (3.11-3.13)

ENTRY_POINTS = {
    "engine.evaluate": engine.evaluate,
    "engine.verdicts": engine.verdicts,
    "engine.verdicts_each": engine.verdicts_each,
    "engine.verdicts_many": engine.verdicts_many,
    "batch.evaluate_batch": batch.evaluate_batch,
    "questions.open_questions": questions.open_questions,
    "Incremental.__init__": Incremental.__init__,
}


@pytest.mark.skipif(not NEEDED, reason="this Python keeps a frame-stack chunk for reuse: no headroom is needed")
@pytest.mark.parametrize("name", list(ENTRY_POINTS))
def test_each_entry_point_runs_in_a_frame_larger_than_a_chunk(name):
    fn = ENTRY_POINTS[name]
    frame_bytes = fn.__code__.co_stacksize * 8
    assert frame_bytes > CHUNK_BYTES, f"{name} is not wrapped by with_headroom"
    assert fn.__wrapped__.__name__ == fn.__name__


def test_a_wrapped_function_returns_raises_and_reads_as_itself():
    def area(width, height=2, *, unit="m2"):
        """The area."""
        if width < 0:
            raise ValueError("negative width")
        return f"{width * height} {unit}"

    wrapped = with_headroom(area)
    assert wrapped(3) == "6 m2" and wrapped(3, 4, unit="cm2") == "12 cm2"
    with pytest.raises(ValueError, match="negative width"):
        wrapped(-1)
    assert wrapped.__name__ == "area" and wrapped.__doc__ == "The area."
    if NEEDED:
        assert wrapped.__code__.co_stacksize >= FRAME_SLOTS
    else:
        assert wrapped is area


def test_verdicts_are_the_same_through_the_wrapper_and_without_it():
    import senrules

    rs = senrules.load_ruleset("example")
    facts = {"programmes_monitored": True}
    unwrapped = getattr(engine.verdicts, "__wrapped__", engine.verdicts)
    assert engine.verdicts(rs, facts) == unwrapped(rs, facts)

