"""The commands for systems not written in Python, given their options by
:func:`add_commands`: ``schema``, ``batch`` (facts, or with ``--documents``
proposal documents), ``serve`` and ``completion``; and the ``--format json`` forms of ``check``, ``test``
and ``rules list`` (called from those commands in :mod:`senrules.cli`).

Exit codes are those of :mod:`senrules.cli` (0 ok, 1 findings, 2 error);
``batch`` returns 1 when some lines were bad (see :mod:`senrules.batch_cli`).
"""

from __future__ import annotations

import argparse
import json
import sys

from senrules.errors import RuleCheckError, SenrulesError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _out(text: str) -> None:
    sys.stdout.write(text)


def _err(text: str) -> None:
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _json(data) -> None:
    _out(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ senrules schema


def cmd_schema(args) -> int:
    from senrules import schema

    if args.name == "facts":
        if not args.ruleset:
            raise SenrulesError("say which ruleset: `senrules schema facts RULESET`")
        from senrules.cli import load_ruleset_for

        _out(schema.dumps(schema.facts_schema(load_ruleset_for(args.ruleset, args))))
        return EXIT_OK
    if args.ruleset:
        raise SenrulesError(f"`senrules schema {args.name}` takes no ruleset (only `senrules schema facts RULESET` does)")
    if args.name == "openapi":
        from senrules.openapi import openapi_document

        _out(schema.dumps(openapi_document()))
        return EXIT_OK
    try:
        _out(schema.dumps(schema.fixed_schema(args.name)))
    except schema.SchemaNotFound as err:
        raise SenrulesError(f"the schema {err.args[0]} is not installed with this senrules") from None
    return EXIT_OK


# ------------------------------------------------------------------ batches


def _parameters(rs, args):
    if not (args.params or args.parameter_set):
        return None
    from senrules.cli import plugins_for
    from senrules.gather import parameters_for

    return parameters_for(rs, parameter_set=args.parameter_set, params_file=args.params,
                          plugins=plugins_for(args) if args.parameter_set else None)


def _output(args):
    if args.output in (None, "-"):
        return sys.stdout, False
    try:
        return open(args.output, "w", encoding="utf-8"), True
    except OSError as err:
        raise SenrulesError(f"{args.output}: cannot write ({err.strerror})") from None


def cmd_batch(args) -> int:
    from senrules import batch_cli
    from senrules.cli import load_ruleset_for

    rs = load_ruleset_for(args.ruleset, args)
    if args.documents:
        if args.explain or args.date:
            raise SenrulesError("--documents checks each document as `senrules proposal check` does: --explain and --date do not apply")
        batch = batch_cli.ProposalBatch(rs, parameters=_parameters(rs, args))
    else:
        options = dict(evaluation_date=args.date, parameters=_parameters(rs, args), explain=args.explain)
        if getattr(rs, "editions", None) is not None and rs.edition_chosen == "date":  # each line's edition, by its date
            batch = batch_cli.EditionsBatch(rs, **options)
        else:
            batch = batch_cli.FactsBatch(rs, **options)
    out, close = _output(args)
    try:
        return batch_cli.run(batch, args.input, out, label="senrules batch", progress=False if args.no_progress else None,
                             chunk=8 if args.documents else batch_cli.CHUNK)
    finally:
        if close:
            out.close()


# ------------------------------------------------------------------ --format json of check, test, rules list


def check_json(args) -> int:
    from senrules.contracts import check_report
    from senrules.ruleset import compile_texts, rule_files
    from senrules.cli import ruleset_search

    from senrules.ruleset import edition_folders

    entries = []
    for target in [str(f) for t in args.paths for f in (edition_folders(t, ruleset_search(args)) or [t])]:  # each edition on its own
        files = rule_files(target, ruleset_search(args))
        named = [(str(p), p.read_text(encoding="utf-8")) for p in files]
        try:
            program, diagnostics = compile_texts(named)
        except RuleCheckError as err:
            entries.append((target, list(err.diagnostics)))
            continue
        diagnostics = list(diagnostics)
        if not args.no_analysis:
            from senrules.analysis import analyse

            diagnostics.extend(analyse(program))
        from senrules.review import review

        diagnostics.extend(review(program, analysis=not args.no_analysis))
        entries.append((target, diagnostics))
    report = check_report(entries)
    _json(report)
    return EXIT_FINDINGS if report["findings"] else EXIT_OK


def test_json(args) -> int:
    from senrules.cli import load_ruleset_for
    from senrules.contracts import test_entry, test_report
    from senrules.ruleset import shipped_rulesets
    from senrules.ruletests import run_tests

    from senrules.cli import ruleset_search
    from senrules.ruleset import edition_targets

    entries = []
    for target in edition_targets(args.rulesets or list(shipped_rulesets()), ruleset_search(args)):
        rs = load_ruleset_for(target, args)
        entries.append(test_entry(rs, run_tests(rs), args.coverage))
    report = test_report(entries)
    _json(report)
    return EXIT_FINDINGS if report["failed"] else EXIT_OK


def rules_list_json(args) -> int:
    from senrules.cli import load_ruleset_for, plugin_origin, plugins_for
    from senrules.contracts import ruleset_entry, rulesets_report
    from senrules.ruleset import shipped_rulesets

    plugins = plugins_for(args)
    rows = [(ident, str(path), "shipped") for ident, path in shipped_rulesets().items()]
    rows += [(ident, str(path), plugin_origin(plugins, name)) for ident, (name, path) in plugins.ruleset_sources().items()]

    from senrules.cli import ruleset_search
    from senrules.ruleset import find_editions

    entries, status = [], EXIT_OK
    for ident, path, origin in rows:
        try:
            editions = find_editions(ident, ruleset_search(args))  # a folder's editions, and those plugins add
            if editions is not None:  # one entry per edition
                for e in editions.editions:
                    entries.append(ruleset_entry(ident, load_ruleset_for(f"{ident}@{e.version}", args), e.origin or origin, path=str(e.path)))
                continue
            entries.append(ruleset_entry(ident, load_ruleset_for(path, args), origin, path=path))
        except SenrulesError as err:
            entries.append(ruleset_entry(ident, None, origin, error=err.message, path=path))
            status = EXIT_FINDINGS
    _json(rulesets_report(entries))
    return status


# ------------------------------------------------------------------ senrules serve


def cmd_serve(args) -> int:
    try:
        from senrules.serve import serve
    except ImportError as err:
        _err(f"senrules: the HTTP service is not installed ({err.name or err}); install it with: pip install 'senrules[serve]'")
        return EXIT_ERROR
    return serve(args)


# ------------------------------------------------------------------ senrules completion


def cmd_completion(args) -> int:
    from senrules.cli import build_parser
    from senrules.completion import script

    _out(script(build_parser(["--help"]), args.shell))  # as for --help: with the commands plugins add
    return EXIT_OK


# ------------------------------------------------------------------ the parsers


def _intermixed(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Let options come between the positionals (``batch RULESET --explain
    INPUT``): argparse alone refuses an optional positional given after an
    option."""

    class Intermixed(type(parser)):  # type: ignore[misc]
        _inside = False

        def parse_known_args(self, args=None, namespace=None):
            if self._inside:
                return super().parse_known_args(args, namespace)
            self._inside = True
            try:
                return self.parse_known_intermixed_args(args, namespace)
            finally:
                self._inside = False

    parser.__class__ = Intermixed
    return parser



def add_commands(parsers, facts_options) -> None:
    """Give ``schema``, ``batch``, ``serve`` and ``completion`` their options
    (``parsers``: name -> the parser :func:`senrules.cli.build_parser` made
    for each command, with its help and description)."""
    from senrules import schema as _schema
    from senrules.cli import RULESET_HELP

    s = parsers["schema"]
    names = [*_schema.FIXED, "facts", "openapi"]
    s.add_argument("name", choices=names, metavar="NAME",
                   help="result, facts (with RULESET), proposal, batch-record, error, check, test, rulesets, "
                        "or openapi (the service's OpenAPI document)")
    s.add_argument("ruleset", nargs="?", metavar="RULESET", help="for `facts`: the ruleset whose facts documents it describes")
    s.set_defaults(func=cmd_schema)

    def batch_options(sp):
        sp.add_argument("input", nargs="?", default="-", metavar="INPUT",
                        help="the NDJSON file, one case a line (default -: standard input)")
        sp.add_argument("--output", "-o", metavar="FILE", help="write the records here (default: standard output)")
        sp.add_argument("--params", metavar="FILE", help="parameter overrides for every line (JSON or TOML)")
        sp.add_argument("--parameter-set", metavar="NAME", help="a named set of parameter values an installed plugin offers")
        sp.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")

    b = parsers["batch"]
    b.add_argument("ruleset", metavar="RULESET", help=RULESET_HELP)
    batch_options(b)
    b.add_argument("--date", metavar="YYYY-MM-DD", help="evaluation date for every line (default: each line's, else today)")
    b.add_argument("--explain", action="store_true", help="the full explained result of each case, not only the verdicts")
    b.add_argument("--documents", action="store_true",
                   help='each line is a proposal document, {"filename": "plan.md", "text": "..."} or {"filename": "plan.docx", '
                        '"base64": "..."}, checked as `senrules proposal check` does (RULESET: sen-improvement-test-2007)')
    b.set_defaults(func=cmd_batch)
    _intermixed(b)

    sv = parsers["serve"]
    sv.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8000, help="the port (default 8000; 0 picks a free one and prints it)")
    sv.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                    help="the largest request body accepted (default 2000000; a proposal document may be larger: see --max-document)")
    sv.add_argument("--max-document", type=int, default=None, metavar="BYTES",
                    help="the largest proposal document accepted (default 20000000)")
    sv.add_argument("--max-batch", type=int, default=None, metavar="N", help="the most cases in one batch request (default 1000)")
    sv.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="the longest a request may take before it is answered 503 (default 30)")
    sv.add_argument("--concurrency", type=int, default=None, metavar="N",
                    help="the most evaluations running at once; more wait their turn within --timeout (default 16)")
    sv.add_argument("--rulesets", metavar="ID", nargs="+",
                    help="serve only these rulesets (shipped or installed ids; default: all of them)")
    sv.set_defaults(func=cmd_serve)

    c = parsers["completion"]
    c.add_argument("shell", choices=("bash", "zsh", "fish"))
    c.set_defaults(func=cmd_completion)
