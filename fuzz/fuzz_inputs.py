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


def _private_folders() -> None:
    """The compiled-rules cache and the assistant's data and settings in a
    temporary folder of this run (removed at the end), not the user's."""
    import atexit
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="senrules-fuzz-home-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    for name, sub in (("SENRULES_CACHE_DIR", "cache"), ("SENRULES_DATA_DIR", "data"), ("SENRULES_CONFIG_DIR", "config")):
        os.environ.setdefault(name, str(root / sub))


def _one(kind: str, data: bytes) -> None:
    """Feed ``data`` to the target of ``kind``; for facts, parameters,
    tables and proposals its first byte chooses a variant (facts and
    parameters: bit 0 JSON or TOML, bit 1 ``example`` or ``dcsf-2008``;
    tables: which of the demo's tables it is read as, :data:`TABLE_KINDS`;
    proposals: .md, .txt or .docx)."""
    if kind not in ("facts", "parameters", "proposal", "csv", "xlsx"):
        getattr(targets, kind)(data)
        return
    variant, body = (data[0], data[1:]) if data else (0, b"")
    if kind in ("csv", "xlsx"):
        getattr(targets, kind)(body, kind=TABLE_KINDS[variant % len(TABLE_KINDS)])
        return
    if kind == "facts":
        targets.facts(body, toml=bool(variant & 1), ruleset=targets.SHIPPED_RULESETS[variant >> 1 & 1])
    elif kind == "parameters":
        targets.parameters(body, toml=bool(variant & 1), ruleset=targets.SHIPPED_RULESETS[variant >> 1 & 1])
    else:
        targets.proposal(body, suffix=(".md", ".txt", ".docx")[variant % 3])


def atheris_main(kind: str, argv: list[str]) -> None:
    import atheris

    def test_one_input(data: bytes) -> None:
        _one(kind, data)

    targets.once_per_process()
    try:
        _one(kind, b"")  # import what the target uses, so that it is instrumented
    except Exception:  # noqa: BLE001 - the empty input may be a finding itself; atheris will meet it again
        pass
    atheris.instrument_all()  # coverage of senrules and its plugins, now imported
    atheris.Setup([sys.argv[0], *argv], test_one_input)
    atheris.Fuzz()


# ------------------------------------------------------------------ the campaign without atheris


#: The variant byte of a table input: read by every table plugin, or as the demo's table of that kind.
TABLE_KINDS = ("all", *targets.TABLE_KINDS)


def _with_table_kind(pair) -> bytes:
    kind, data = pair
    return bytes([TABLE_KINDS.index(kind)]) + data


def _with_variant(triple) -> bytes:
    """(ruleset, toml, file) as the bytes ``_one`` takes: the variant byte first."""
    ruleset, toml, data = triple
    return bytes([targets.SHIPPED_RULESETS.index(ruleset) << 1 | bool(toml)]) + data


def _strategies():
    from hypothesis import strategies as st

    import fuzz_strategies as fs

    return {
        "rules": fs.rule_inputs,
        "facts": fs.facts_inputs.map(_with_variant),
        "parameters": fs.parameters_inputs.map(_with_variant),
        "manifest": fs.manifest_inputs,
        "csv": fs.csv_inputs.map(_with_table_kind),
        "xlsx": fs.xlsx_inputs.map(_with_table_kind),
        "proposal": fs.proposal_inputs.map(lambda p: bytes([(".md", ".txt", ".docx").index(p[0])]) + p[1]),
        "session": fs.session_inputs,
    }


#: Each kind's share of the campaign's time (the kinds with the most code
#: behind them get more): a rule file goes through the parser, the checker,
#: the gap and overlap analyses and the formatter; a proposal through the
#: Markdown, text and Word readers and the extractor.
WEIGHTS = {"rules": 2.0, "proposal": 1.5}

#: The share of inputs given a few random byte edits on top of the
#: strategies' (most of them then stop at the reader: the strategies make
#: inputs that reach the evaluation, these try the readers' messages).
MUTATED = 0.05


def _batches(strategy, size: int = 300):
    """Inputs drawn from ``strategy``, ``size`` at a time (hypothesis's
    ``example()`` draws 10 at a time, at several times the cost per input)."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings

    while True:
        batch: list = []

        @given(strategy)
        @settings(database=None, max_examples=size, deadline=None, verbosity=Verbosity.quiet,
                  phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
        def draw(value):
            batch.append(value)

        draw()
        yield from batch


class Hang(BaseException):
    """An input ran past the campaign's time limit (raised in the main
    thread by an alarm, so its traceback shows where it was)."""


def _on_alarm(signum, frame):
    raise Hang("the input ran past the time limit per input")


def campaign(kinds: list[str], seconds: float, seed: int, *, timeout: float = 60, rss_limit_mb: int = 0,
             log: Path | None = None, weights: dict[str, float] | None = None) -> int:
    """Random inputs for ``seconds`` (wall time), each kind given its share
    of the time (:data:`WEIGHTS`; so a slow kind still gets its turn, and a
    fast one runs more inputs), every input distinct; an input running past ``timeout`` seconds is a
    finding (a hang), and so is one that needs more memory than
    ``rss_limit_mb`` (the process's address space is limited to it, so it
    meets a MemoryError).  Progress (counts per kind) is appended to ``log``
    every minute.  ``weights`` replaces :data:`WEIGHTS` for the kinds it names."""
    import hashlib
    import random
    import resource
    import signal
    import warnings

    from hypothesis.errors import NonInteractiveExampleWarning

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    if not os.environ.get("SENRULES_FUZZ_FRESH_SETUP"):
        targets.once_per_process()
    if rss_limit_mb:
        limit = rss_limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    signal.signal(signal.SIGALRM, _on_alarm)
    supply = {kind: _batches(strategy) for kind, strategy in _strategies().items() if kind in kinds}
    rng = random.Random(seed)
    seen: set[bytes] = set()  # digests of the inputs run: a repeat tests nothing new
    repeats = 0
    counts = dict.fromkeys(kinds, 0)
    findings = dict.fromkeys(kinds, 0)
    spent = dict.fromkeys(kinds, 0.0)
    refused = dict.fromkeys(kinds, 0)  # inputs the command refused as bad input (exit 2)
    reached = dict.fromkeys(kinds, 0)  # inputs that reached the evaluation (its command exited 0 or 1)
    slowest = {kind: (0.0, b"") for kind in kinds}
    out = HERE / "findings"
    began = time.monotonic()
    end = began + seconds
    next_log = began + 60

    def report(stream) -> None:
        print(f"{'kind':<11} {'inputs':>7} {'reached evaluation':>22} {'refused (exit 2)':>18} findings  "
              "time each  slowest", file=stream)
        for kind in kinds:
            n = max(counts[kind], 1)
            print(f"{kind:<11} {counts[kind]:>7} {reached[kind]:>13} ({100 * reached[kind] / n:3.0f}%) "
                  f"{refused[kind]:>10} ({100 * refused[kind] / n:3.0f}%) {findings[kind]:>8}  "
                  f"{1000 * spent[kind] / n:6.1f} ms  {slowest[kind][0]:5.1f} s", file=stream)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{'total':<11} {sum(counts.values()):>7} {sum(reached.values()):>13} "
              f"({100 * sum(reached.values()) / max(sum(counts.values()), 1):3.0f}%) inputs reached evaluation, "
              f"{sum(findings.values())} findings  "
              f"{time.monotonic() - began:.0f} s  max RSS {rss} MB  load {os.getloadavg()[0]:.1f}  "
              f"({repeats} repeated inputs skipped)", file=stream, flush=True)

    share = {**WEIGHTS, **(weights or {})}
    while time.monotonic() < end:
        kind = min(kinds, key=lambda k: (spent[k] / share.get(k, 1.0), counts[k]))
        data = next(supply[kind])
        if rng.random() < MUTATED:
            data = _mutate(rng, data)
        digest = hashlib.blake2b(kind.encode() + data, digest_size=16).digest()
        if digest in seen:
            repeats += 1
            continue
        seen.add(digest)
        start = time.monotonic()
        targets.last_code = None
        try:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                _one(kind, data)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except (Exception, Hang):  # noqa: BLE001 - every failure is a finding, kept
            findings[kind] += 1
            out.mkdir(exist_ok=True)
            path = out / f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}.bin"
            path.write_bytes(data)
            print(f"FINDING {kind}: {path}\n{traceback.format_exc()[-3000:]}", file=sys.stderr, flush=True)
        took = time.monotonic() - start
        spent[kind] += took
        if took > slowest[kind][0]:
            slowest[kind] = (took, data)
        counts[kind] += 1
        refused[kind] += targets.last_code == 2
        reached[kind] += targets.last_code in (0, 1)
        if log is not None and time.monotonic() >= next_log:
            next_log += 60
            with open(log, "a", encoding="utf-8") as stream:
                print(time.strftime("%H:%M:%S"), file=stream)
                report(stream)
    report(sys.stdout)
    if log is not None:
        with open(log, "a", encoding="utf-8") as stream:
            print(time.strftime("%H:%M:%S"), "end", file=stream)
            report(stream)
        for kind in kinds:  # the slowest input of each kind, to look at
            (log.parent / f"slowest-{kind}.bin").write_bytes(slowest[kind][1])
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


def _weights(text: str) -> dict[str, float]:
    """``facts=4,parameters=3``: each kind's share of a campaign's time."""
    out = {}
    for part in filter(None, text.split(",")):
        kind, _, weight = part.partition("=")
        if kind.strip() not in targets.KINDS:
            raise argparse.ArgumentTypeError(f"unknown kind {kind.strip()!r}; the kinds are {', '.join(targets.KINDS)}")
        try:
            out[kind.strip()] = float(weight)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{part!r}: write KIND=NUMBER") from None
        if not out[kind.strip()] > 0:
            raise argparse.ArgumentTypeError(f"{part!r}: a share is a number above 0")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--campaign", action="store_true", help="a plain random campaign (no atheris needed)")
    parser.add_argument("--seconds", type=float, default=60, help="with --campaign: wall time in all (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="with --campaign: the random seed")
    parser.add_argument("--timeout", type=float, default=60,
                        help="with --campaign: seconds one input may take before it is a finding (a hang; default 60)")
    parser.add_argument("--rss-limit-mb", type=int, default=0,
                        help="with --campaign: limit the process's memory (address space) to this; 0: no limit")
    parser.add_argument("--log", type=Path, help="with --campaign: append the counts per kind to this file every minute")
    parser.add_argument("--weights", type=_weights, default={}, metavar="KIND=W,...",
                        help="with --campaign: each kind's share of the time (default 1; rules 2, proposal 1.5)")
    args, rest = parser.parse_known_args()
    _private_folders()
    if args.campaign:
        kinds = [k for k in rest if not k.startswith("-")] or list(targets.KINDS)
        unknown = sorted(set(kinds) - set(targets.KINDS))
        if unknown:
            parser.error(f"unknown kind {unknown[0]}; the kinds are {', '.join(targets.KINDS)}")
        return campaign(kinds, args.seconds, args.seed, timeout=args.timeout, rss_limit_mb=args.rss_limit_mb, log=args.log,
                        weights=args.weights)
    if not rest or rest[0] not in targets.KINDS:
        parser.error(f"name a kind first: {', '.join(targets.KINDS)}")
    atheris_main(rest[0], rest[1:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
