"""Long fuzzing runs over every kind of input senrules reads.

With atheris (coverage-guided; ``pip install -e '.[fuzz]'``)::

    python fuzz/fuzz_inputs.py rules -max_total_time=600 -timeout=30 -rss_limit_mb=2048 fuzz/corpus/rules

Without it, a plain random campaign over the same targets, seeded with the
hypothesis strategies of tests/fuzz (``--seconds`` of wall time, split
between the kinds named, counts reported at the end)::

    python fuzz/fuzz_inputs.py --campaign --seconds 600 rules facts parameters manifest csv xlsx proposal

The kinds are those of ``fuzz_targets.KINDS``.  Anything a target raises is
a finding (an internal error, a traceback, a bad exit code, invalid JSON);
atheris stops and writes the input to ``crash-*``; the campaign writes it to
``fuzz/findings/KIND-N.bin`` and goes on.  This file is not collected by
pytest.  See docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "fuzz"))

import fuzz_targets as targets  # noqa: E402

os.environ.setdefault("SENRULES_PLUGIN_TIMEOUT", "20")


def _one(kind: str, data: bytes) -> None:
    """Feed ``data`` to the target of ``kind``; for facts, parameters and
    proposals its first byte chooses a variant (JSON or TOML; .md, .txt or .docx)."""
    if kind not in ("facts", "parameters", "proposal"):
        getattr(targets, kind)(data)
        return
    variant, body = (data[0], data[1:]) if data else (0, b"")
    if kind == "facts":
        targets.facts(body, toml=bool(variant & 1))
    elif kind == "parameters":
        targets.parameters(body, toml=bool(variant & 1))
    else:
        targets.proposal(body, suffix=(".md", ".txt", ".docx")[variant % 3])


def atheris_main(kind: str, argv: list[str]) -> None:
    import atheris

    def test_one_input(data: bytes) -> None:
        _one(kind, data)

    try:
        _one(kind, b"")  # import what the target uses, so that it is instrumented
    except Exception:  # noqa: BLE001 - the empty input may be a finding itself; atheris will meet it again
        pass
    atheris.instrument_all()  # coverage of senrules and its plugins, now imported
    atheris.Setup([sys.argv[0], *argv], test_one_input)
    atheris.Fuzz()


# ------------------------------------------------------------------ the campaign without atheris


def _strategies():
    from hypothesis import strategies as st

    import fuzz_strategies as fs

    return {
        "rules": fs.rule_files,
        "facts": st.tuples(st.booleans(), fs.facts_documents()).map(lambda p: bytes([p[0]]) + p[1]),
        "parameters": st.tuples(st.booleans(), fs.parameter_documents()).map(lambda p: bytes([p[0]]) + p[1]),
        "manifest": fs.manifests(),
        "csv": fs.csv_files(),
        "xlsx": fs.xlsx_files(),
        "proposal": st.one_of(
            st.tuples(st.sampled_from([0, 1]), fs.markdown_documents()).map(lambda p: bytes([p[0]]) + p[1]),
            fs.word_documents().map(lambda d: bytes([2]) + d),
        ),
    }


def campaign(kinds: list[str], seconds: float, seed: int) -> int:
    """Random inputs for ``seconds`` (wall time), the kinds taking turns."""
    import random
    import warnings

    from hypothesis.errors import NonInteractiveExampleWarning

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    strategies = _strategies()
    rng = random.Random(seed)
    counts = dict.fromkeys(kinds, 0)
    findings = dict.fromkeys(kinds, 0)
    slowest = dict.fromkeys(kinds, 0.0)
    out = HERE / "findings"
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        kind = kinds[sum(counts.values()) % len(kinds)]
        data = strategies[kind].example() if rng.random() < 0.8 else _mutate(rng, strategies[kind].example())
        start = time.monotonic()
        try:
            _one(kind, data)
        except Exception:  # noqa: BLE001 - every failure is a finding, kept
            findings[kind] += 1
            out.mkdir(exist_ok=True)
            path = out / f"{kind}-{findings[kind]}.bin"
            path.write_bytes(data)
            print(f"FINDING {kind}: {path}\n{traceback.format_exc()[-1500:]}", file=sys.stderr)
        slowest[kind] = max(slowest[kind], time.monotonic() - start)
        counts[kind] += 1
    for kind in kinds:
        print(f"{kind:<11} {counts[kind]:>6} inputs  {findings[kind]} findings  slowest {slowest[kind]:.1f} s")
    print(f"{'total':<11} {sum(counts.values()):>6} inputs  {sum(findings.values())} findings")
    return 1 if any(findings.values()) else 0


def _mutate(rng, data: bytes) -> bytes:
    """A few random byte edits (what atheris would do, without its coverage)."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(data)) if data else 0
        op = rng.random()
        if op < 0.4 and data:
            data[min(at, len(data) - 1)] = rng.randint(0, 255)
        elif op < 0.7:
            data[at:at] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 16)))
        else:
            del data[at:at + rng.randint(1, 64)]
    return bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--campaign", action="store_true", help="a plain random campaign (no atheris needed)")
    parser.add_argument("--seconds", type=float, default=60, help="with --campaign: wall time in all (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="with --campaign: the random seed")
    args, rest = parser.parse_known_args()
    if args.campaign:
        kinds = [k for k in rest if not k.startswith("-")] or list(targets.KINDS)
        unknown = sorted(set(kinds) - set(targets.KINDS))
        if unknown:
            parser.error(f"unknown kind {unknown[0]}; the kinds are {', '.join(targets.KINDS)}")
        return campaign(kinds, args.seconds, args.seed)
    if not rest or rest[0] not in targets.KINDS:
        parser.error(f"name a kind first: {', '.join(targets.KINDS)}")
    atheris_main(rest[0], rest[1:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
