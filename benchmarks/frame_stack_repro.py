"""The cause of "the compiled rules run up to 6x slower inside pytest", with
nothing of senrules in it: CPython 3.11 to 3.14 map and unmap a frame-stack
chunk at every call made exactly at the end of a 16 KB chunk (CPython issue
gh-142183; fixed upstream in 2026, merged for 3.15).

The same loop, 20,000 calls of a one-line function, is timed with the
caller's frame ending at every position of a chunk, moved 4 slots (32 bytes)
at a time by giving a padding frame more value-stack slots.  At almost every
position the loop takes about 0.6 ms; at the few positions where the called
function's frame no longer fits in the chunk, every call maps a new chunk
and unmaps it on return, and the loop takes 100-250x as long (measured on
the project's machine: 0.6 ms against 145 ms; ``strace -e mmap,munmap``
shows the two system calls per call).  Where the stack happens to stand when
a hot loop starts depends on everything the process called before it, which
is why the compiled rules were slow in pytest (whose stack is deeper than a
script's) but not in a plain script, and why profiling, which changes the
frames, seemed to make the difference go away.

Run: ``python benchmarks/frame_stack_repro.py``.  senrules avoids it with
:func:`senrules.headroom.with_headroom` (see ``bench_frame_stack.py``).
"""

from __future__ import annotations

import sys
import time
import types


def leaf(x):
    return x + 1


def loop(n):
    total = 0
    for _ in range(n):
        total = leaf(total)
    return total


def timed(n):
    start = time.process_time()
    loop(n)
    return time.process_time() - start


def _pad(fn, *args):
    return fn(*args)


def padded(slots: int) -> types.FunctionType:
    """``_pad`` with ``slots`` more value-stack slots: the frames called
    under it start ``8 * slots`` bytes further along the frame stack."""
    code = _pad.__code__.replace(co_stacksize=_pad.__code__.co_stacksize + slots)
    return types.FunctionType(code, globals())


def sweep(calls: int = 20_000, step: int = 4, chunk_slots: int = 2048) -> list[tuple[int, float]]:
    """(padding in slots, fastest of 3 runs in seconds) over one whole chunk."""
    out = []
    for slots in range(0, chunk_slots + step, step):
        fn = padded(slots)
        out.append((slots, min(fn(timed, calls) for _ in range(3))))
    return out


def main() -> int:
    print(f"Python {sys.version.split()[0]}: 20,000 calls of a one-line function, at every 32-byte position of a frame-stack chunk")
    times = sweep()
    ordered = sorted(t for _, t in times)
    median = ordered[len(ordered) // 2]
    slow = [(s, t) for s, t in times if t > 10 * median]
    print(f"median {median * 1e3:.2f} ms; {len(slow)} of {len(times)} positions over 10x the median")
    for slots, t in slow:
        print(f"  padding {slots:5d} slots: {t * 1e3:8.2f} ms ({t / median:.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
