"""The ``senrules`` command line.

Commands::

    senrules check PATH...                     lint rule files (exit 1 on findings)
    senrules evaluate RULESET --facts FILE     evaluate facts, or --demo for the bundled demo
    senrules explain RULESET ID --facts FILE   why a verdict, and what would change it
    senrules test [RULESET...] [--coverage]    run the tests inside rule files
    senrules fmt PATH... [--check|--write|--diff]  print rule files in canonical form
    senrules rules list                        the shipped rulesets, and those plugins contribute
    senrules rules show RULESET                a ruleset as an outline (text or json)
    senrules proposal check FILE               a proposal document against the SEN Improvement Test
                                               (exit 0 credible, 1 not credible, 2 unreadable)
    senrules proposal FILE [--plain]           talk through a proposal's key factors (the assistant)
    senrules assess [--demo] [--plain] ...     the self-evaluation assistant (the assistant)

A RULESET is a folder, a ``.rules`` file, a shipped ruleset id, or else the
id of a ruleset an installed plugin contributes (``senrules_ruleset_paths``);
the plugins are loaded only for such an id.  ``--parameter-set NAME`` picks
values a plugin offers (``senrules_parameter_sets``).

Exit codes: 0 ok; 1 findings, failed tests, or (``fmt --check``) files that
need formatting (or ``fmt --diff`` shows changes); 2 a usage or input error, with a one-line message on stderr.
No traceback reaches the user: an unexpected error is reported in one line
with a request to report it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from senrules import __version__
from senrules.completion import RecordingParser
from senrules.errors import RuleCheckError, SenrulesError, render

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(RecordingParser):  # keeps its arguments and sub-commands for `senrules completion`
    def error(self, message):  # usage errors: one line on stderr, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"senrules: error: {message}\n")
        raise SystemExit(EXIT_ERROR)


def _out(text: str) -> None:
    sys.stdout.write(text)


def _err(text: str) -> None:
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _render_all(diagnostics, sources: dict[str, str] | None = None) -> str:
    sources = dict(sources or {})
    out = []
    for d in diagnostics:
        text = None
        if d.span is not None:
            if d.span.file not in sources:
                try:
                    sources[d.span.file] = Path(d.span.file).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    sources[d.span.file] = None
            text = sources[d.span.file]
        out.append(render(d, text))
    return "\n\n".join(out) + ("\n" if out else "")


def _read_rules(path) -> str:
    """A rule file's text, bounded and checked (see :mod:`senrules.inputs`)."""
    from senrules.ruleset import read_rule_file

    return read_rule_file(Path(path))


def plugins_for(args):
    """The installed plugins, loaded on first use and once per command: a
    path or a shipped ruleset id never loads them."""
    plugins = getattr(args, "loaded_plugins", None)
    if plugins is None:
        from senrules.plugins import Plugins

        plugins = args.loaded_plugins = Plugins()
    return plugins


def _report_plugin_faults(args) -> None:
    """The faults of plugins met while running a command (a hook that
    failed, timed out or returned something malformed), on standard error."""
    plugins = getattr(args, "loaded_plugins", None)
    for problem in getattr(plugins, "problems", ()):
        _err(problem.render())


def ruleset_search(args):
    """Where to find a ruleset id that is neither a path nor shipped: the
    rulesets the installed plugins contribute (asked only then); and the
    editions plugins add to an id, shipped or not (asked only when an
    installed plugin implements `senrules_ruleset_editions`)."""
    from senrules.entrypoints import InstalledRulesets

    return InstalledRulesets(lambda: plugins_for(args), lambda: getattr(args, "loaded_plugins", None) is not None)


def load_ruleset_for(target: str, args, cache: bool = True):
    import logging
    import time

    from senrules.ruleset import load_ruleset

    start = time.perf_counter()
    on = getattr(args, "date", None)
    rs = load_ruleset(target, cache=cache, search=ruleset_search(args), on=on if isinstance(on, str) else None)
    logging.getLogger("senrules.cli").debug("loaded ruleset %s (%s) in %.1f ms", rs.id, target, (time.perf_counter() - start) * 1000)
    return rs


# ------------------------------------------------------------------ commands


def cmd_check(args) -> int:
    if args.format == "json":
        from senrules.cli_service import check_json

        return check_json(args)
    from senrules.ruleset import compile_texts, rule_files

    from senrules.ruleset import edition_folders

    findings = 0
    paths = [str(f) for t in args.paths for f in (edition_folders(t, ruleset_search(args)) or [t])]  # each edition on its own
    for target in paths:
        files = rule_files(target, ruleset_search(args))
        named = [(str(p), _read_rules(p)) for p in files]
        try:
            program, diagnostics = compile_texts(named)
        except RuleCheckError as err:
            _out(_render_all(err.diagnostics, dict(named)))
            findings += len(err.diagnostics)
            continue
        diagnostics = list(diagnostics)
        if not args.no_analysis:
            from senrules.analysis import analyse

            diagnostics.extend(analyse(program))
        from senrules.review import review

        diagnostics.extend(review(program, analysis=not args.no_analysis))  # what a reviewer would query
        if diagnostics:
            _out(_render_all(diagnostics, dict(named)))
        findings += len(diagnostics)
    if findings:
        _err(f"senrules check: {findings} finding{'s' if findings != 1 else ''}")
        return EXIT_FINDINGS
    _err(f"senrules check: no findings in {len(paths)} ruleset{'s' if len(paths) != 1 else ''}")
    return EXIT_OK


def _edition_facts_and_date(rs, args):
    """:func:`_facts_and_date`, and for a ruleset with several editions the
    edition in force on the evaluation date found there (the facts file's
    `evaluation_date`, the data folder's, or today), the facts read again
    for it when it is another: ``(rs, evidence, date, params)``.  An edition
    named ``ID@VERSION`` is kept whatever the date."""
    if getattr(rs, "editions", None) is None:
        return (rs, *_facts_and_date(rs, args))
    try:
        evidence, date, params = _facts_and_date(rs, args)
        if rs.edition_chosen == "date":
            from senrules.engine import parse_evaluation_date

            chosen = rs.editions.choose(parse_evaluation_date(date))
            if chosen.name != rs.edition:
                rs = rs.editions.load(chosen, chosen="date")
                evidence, date, params = _facts_and_date(rs, args)
    except SenrulesError as err:
        if err.hint is None and not isinstance(err, RuleCheckError):
            why = "asked for by name" if rs.edition_chosen == "name" else "the edition in force on the evaluation date"
            err.hint = f"read with edition {rs.edition}, {why}"
        raise
    return rs, evidence, date, params


def _facts_and_date(rs, args):
    from senrules.cases import load_facts as load_facts_file
    from senrules.engine import parse_evaluation_date

    if getattr(args, "data", None):
        return _data_facts_and_date(rs, args)
    facts_path = args.facts
    if getattr(args, "demo", False):
        demo = Path(next(iter(rs.sources))).parent / "demo.json"
        if not demo.is_file():
            # a ruleset that reads another's verdicts uses that one's demo
            from senrules.links import linked_ruleset, links

            for ident in links(rs):
                other = Path(next(iter(linked_ruleset(rs, ident).sources))).parent / "demo.json"
                if other.is_file():
                    demo = other
                    break
            else:
                from senrules.gather import demo_folder_for

                folder = demo_folder_for(rs.id)
                hint = f"; its bundled demo is a data folder: --data {folder}" if folder else ""
                raise SenrulesError(f"ruleset {rs.id} has no bundled demo facts{hint}")
        facts_path = demo
    if facts_path is None:
        raise SenrulesError("give the facts with --facts FILE (JSON or TOML), a data folder with --data DIR, "
                            "or --demo for the bundled demo facts")
    from senrules.links import declared_facts

    evidence, date = load_facts_file(facts_path, declared_facts(rs))
    args.facts_used = facts_path  # for a report's title: the service the file names
    if args.date:
        date = parse_evaluation_date(args.date)
    params = None
    if args.params or args.parameter_set:
        from senrules.gather import parameters_for

        params = parameters_for(rs, parameter_set=args.parameter_set, params_file=args.params,
                                plugins=plugins_for(args) if args.parameter_set else None)
    return evidence, date, params


def _data_facts_and_date(rs, args):
    """Evidence gathered by the plugins from a data folder (``--data``),
    with any ``--facts``; problems go to standard error, one per line."""
    from senrules.cases import load_facts as load_facts_file
    from senrules.engine import parse_evaluation_date
    from senrules.gather import gather_for, render_problems

    context, gathered, params = gather_for(rs, args.data, evaluation_date=parse_evaluation_date(args.date) if args.date else None,
                                           service=args.service, params_file=args.params,
                                           parameter_set=args.parameter_set, plugins=plugins_for(args),
                                           allow_outside=getattr(args, "allow_outside_data", False) or None,
                                           rater=getattr(args, "rater", None))
    evidence = list(gathered.evidence)
    args.evidence_problems = gathered.problems  # for the JSON result
    args.named_service = context.service  # for a report's title
    if args.facts:
        evidence.extend(load_facts_file(args.facts, rs.facts)[0])
    if gathered.problems:
        _err(f"senrules: {len(gathered.problems)} problem{'s' if len(gathered.problems) != 1 else ''} with the evidence "
             "(the facts named stay unknown):")
        _err(render_problems(gathered.problems).rstrip("\n"))
    return evidence, context.evaluation_date, params


def cmd_cache(args) -> int:
    from senrules import cache

    if args.clear:
        removed = cache.clear()
        _out(f"removed {removed} file{'s' if removed != 1 else ''} from {cache.location()}\n")
        return EXIT_OK
    path, state, count, size = cache.status()
    held = f"; {count} file{'s' if count != 1 else ''}, {size / 1024:,.0f} KB" if count else ""
    _out(f"{path}: {state}{held}\n")
    return EXIT_OK


def cmd_plugins(args) -> int:
    plugins = plugins_for(args)
    statuses = plugins.statuses()
    sources: dict[str, list] = {}
    for name, source in plugins.evidence_sources():
        sources.setdefault(name, []).append(source)
    rulesets: dict[str, list] = {}
    for ident, (name, path) in plugins.ruleset_sources().items():
        rulesets.setdefault(name, []).append((ident, path))
    editions: dict[str, list] = {}
    for ident, found in plugins.edition_sources().items():
        for name, path in found:
            editions.setdefault(name, []).append((ident, path))
    sets = _parameter_sets_by_plugin(plugins, args, [i for found in rulesets.values() for i, _ in found])
    if args.format == "json":
        rows = [
            {"name": s.name, "status": s.status, "version": s.version, "distribution": s.distribution,
             "module": s.module, "error": s.error, "sources": [src.title for src in sources.get(s.name, [])],
             "rulesets": [{"id": ident, "path": str(path)} for ident, path in rulesets.get(s.name, [])],
             "editions": [{"id": ident, "path": str(path)} for ident, path in editions.get(s.name, [])],
             "parameter_sets": [{"name": n, "rulesets": ids, "doc": doc} for n, (ids, doc) in sets.get(s.name, {}).items()]}
            for s in statuses
        ]
        _out(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    width = max([len(s.name) for s in statuses] + [6])
    _out(f"{'PLUGIN':<{width}}  {'VERSION':<8} {'STATUS':<9} FROM\n")
    for s in statuses:
        origin = " ".join(x for x in (s.distribution, f"({s.module})" if s.module else None) if x)
        _out(f"{s.name:<{width}}  {s.version or '-':<8} {s.status:<9} {origin}\n")
        for src in sources.get(s.name, []):
            _out(f"{'':<{width}}  reads {src.title}\n")
        for ident, path in rulesets.get(s.name, []):
            _out(f"{'':<{width}}  ruleset {ident} ({path})\n")
        for ident, path in editions.get(s.name, []):
            _out(f"{'':<{width}}  edition of {ident} ({path})\n")
        for name, (ids, doc) in sets.get(s.name, {}).items():
            _out(f"{'':<{width}}  parameter set {name} for {', '.join(ids)}" + (f": {doc}" if doc else "") + "\n")
        if s.error:
            _out(f"{'':<{width}}  {s.status}: {s.error}\n")
    return EXIT_OK


def _parameter_sets_by_plugin(plugins, args, contributed: list[str]) -> dict[str, dict[str, tuple[list[str], str | None]]]:
    """plugin -> set name -> (the ruleset ids it is offered for, its doc).
    The hook is asked about each shipped and contributed ruleset, so they
    are loaded only when some plugin implements it; one that cannot be
    loaded is left out."""
    if not plugins.offers_parameter_sets():
        return {}
    from senrules.ruleset import shipped_rulesets

    out: dict[str, dict[str, tuple[list[str], str | None]]] = {}
    for ident in [*shipped_rulesets(), *contributed]:
        try:
            rs = load_ruleset_for(ident, args)
        except SenrulesError:
            continue
        for name, pset in plugins.parameter_set_sources(rs):
            ids, doc = out.setdefault(name, {}).setdefault(pset.name, ([], pset.doc))
            if ident not in ids:
                ids.append(ident)
    return out


def cmd_evaluate(args) -> int:
    from senrules.report import render_text

    rs = load_ruleset_for(args.ruleset, args)
    if _several_raters(rs, args):
        _err("senrules: the data folder has several raters' answers; each is evaluated on its own and compared "
             "(one rater: --rater NAME)")
        return _compare(rs, args)
    rs, evidence, date, params = _edition_facts_and_date(rs, args)
    result = rs.evaluate(evidence, evaluation_date=date, parameters=params)
    output = getattr(args, "output", None)
    if args.format == "docx" and not output:
        raise SenrulesError("a Word document cannot go to the terminal: give --output FILE.docx")
    if args.format == "json" and getattr(args, "evidence_problems", None) is not None:
        from senrules.contracts import result_with_problems

        text = json.dumps(result_with_problems(result, args.evidence_problems), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "json":
        text = result.to_json() + "\n"
    elif args.format in ("markdown", "html", "docx"):
        from senrules import document

        blocks = document.build(_report_input(rs, args, evidence, result))
        if args.format == "docx":
            _write_report(output, lambda path: document.to_docx(blocks, path))
            _err(f"senrules: wrote {output}")
            return EXIT_OK
        text = document.to_markdown(blocks) if args.format == "markdown" else document.to_html(blocks)
    else:
        text = render_text(result, detail=not args.brief, rs=rs)
    if output:
        _write_report(output, lambda path: Path(path).write_text(text, encoding="utf-8"))
        _err(f"senrules: wrote {output}")
    else:
        _out(text)
    return EXIT_OK


def _report_input(rs, args, evidence, result):
    """What a report needs beside the result: the evidence values (for the
    trends and benchmarks), where the evidence came from, and which source
    set each parameter that is not the default."""
    from senrules import document, trends

    where = (f"the data folder {args.data}" if args.data else
             ("facts read from standard input" if str(args.facts) == "-" else f"the facts file {args.facts}") if args.facts
             else ("the bundled demo facts" if getattr(args, "demo", False) else None))
    sources = {}  # each parameter's source is in the result (ParameterUse.source)
    try:
        values = trends.facts_of(rs, evidence)
    except SenrulesError:
        values = None
    service = getattr(args, "service", None) or getattr(args, "named_service", None) or _service_in(getattr(args, "facts_used", None))
    return document.ReportInput(result=result, rs=rs, service=service, evidence=where,
                                values=values, parameter_sources=sources)


def _service_in(path) -> str | None:
    """The service a facts file names (its top-level ``service``), if any."""
    if path is None or str(path) == "-":
        return None
    from senrules.facts import read_mapping

    try:
        name = read_mapping(Path(path))[0].get("service")
    except SenrulesError:
        return None
    return name if isinstance(name, str) and name.strip() else None


def _write_report(output, write) -> None:
    """Write a report file whole or not at all, readable by its owner only
    (:func:`senrules.files.write_private`: a report holds the evidence and
    the answers)."""
    from senrules.files import write_private

    path = Path(output)
    try:
        write_private(path, write)
    except OSError as err:
        raise SenrulesError(f"{path}: cannot write the report ({err.strerror or err})") from None


def _several_raters(rs, args) -> bool:
    if getattr(args, "rater", None) or not getattr(args, "data", None) or getattr(args, "facts", None):
        return False
    from senrules.gather import data_folder, load_manifest
    from senrules.raters import raters_in

    return len(raters_in(load_manifest(data_folder(args.data)), rs.id)) > 1


def cmd_compare(args) -> int:
    """``senrules compare``: the ruleset for each rater, area by area, and the action plan."""
    return _compare(load_ruleset_for(args.ruleset, args), args)


def _compare(rs, args) -> int:
    from senrules.engine import parse_evaluation_date
    from senrules.gather import render_problems
    from senrules.raters import (compare, merge_plan, plan_markdown, propose_plan, read_plan_csv,
                                 render_markdown as compare_markdown, render_text as compare_text, write_plan_csv)

    sessions = []
    for spec in getattr(args, "session", None) or []:
        rater, sep, path = spec.partition("=")
        if not sep or not rater.strip() or not path.strip():
            _err(f"senrules: --session {spec}: write RATER=FILE, e.g. --session parents=parents.sqlite")
            return EXIT_ERROR
        sessions.append((rater.strip(), path.strip()))
    raters = [args.rater] if getattr(args, "rater", None) else None
    comparison = compare(rs, getattr(args, "data", None), raters=raters, sessions=sessions,
                         evaluation_date=parse_evaluation_date(args.date) if args.date else None,
                         service=args.service, params_file=args.params, parameter_set=args.parameter_set,
                         plugins=plugins_for(args), allow_outside=getattr(args, "allow_outside_data", False) or None)
    problems = [p for v in comparison.views for p in v.problems]
    if problems:
        _err(f"senrules: {len(problems)} problem{'s' if len(problems) != 1 else ''} with the evidence (the facts named stay unknown):")
        _err(render_problems(problems).rstrip("\n"))
    rows = propose_plan(comparison)
    plan_file = getattr(args, "plan", None)
    if plan_file:
        rows = merge_plan(read_plan_csv(plan_file), rows)
        try:
            write_plan_csv(plan_file, rows)
        except OSError as err:
            raise SenrulesError(f"{plan_file}: cannot write the action plan ({err.strerror or err})") from None
        _err(f"senrules: action plan written to {plan_file} ({len(rows)} row{'s' if len(rows) != 1 else ''}; edit it, "
             "and run this again to refresh the views without losing what you wrote)")
    if args.format == "json":
        _out(json.dumps({**comparison.to_dict(), "action_plan": rows}, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "markdown":
        _out(compare_markdown(comparison) + "\n## Action plan\n\n" + plan_markdown(rows))
    else:
        _out(compare_text(comparison) + "\nAction plan (nasen 2014), most in need first:\n\n" + plan_markdown(rows))
    return EXIT_OK


def cmd_cases(args) -> int:
    """``senrules cases``: a case-level ruleset over every case of a case export, in batch."""
    try:
        from senrules_cases import read_all
    except ImportError as err:
        _err(f"senrules: the cases plugin is not installed ({err.name or err}); reinstall senrules")
        return EXIT_ERROR
    from senrules.case_batch import judge_cases, render_text as cases_text
    from senrules.engine import parse_evaluation_date
    from senrules.gather import context_for, data_folder, parameters_for, render_problems

    rs = load_ruleset_for(args.ruleset, args)
    folder = data_folder(args.data)
    context = context_for(folder, evaluation_date=parse_evaluation_date(args.date) if args.date else None, ruleset=rs.id)
    exports = read_all(rs, context)
    if not exports:
        _err(f"senrules: {folder} names no case export for {rs.id}: add a [[cases]] entry to its senrules-data.toml "
             "(see docs/timescales.md)")
        return EXIT_ERROR
    problems = [p for e in exports for p in e.problems]
    if problems:
        shown = problems[:args.max_problems]
        _err(f"senrules: {len(problems)} problem{'s' if len(problems) != 1 else ''} with the cases (the facts named stay unknown for those cases):")
        _err(render_problems(shown).rstrip("\n"))
        if len(problems) > len(shown):
            _err(f"... and {len(problems) - len(shown)} more (--max-problems N shows more)")
    cases = [c for e in exports for c in e.cases]
    params = parameters_for(rs, manifest=context.manifest, folder=folder, params_file=args.params)
    show = sys.stderr.isatty() or len(cases) > 20000

    def progress(done, total):
        if show and total > 5000:
            sys.stderr.write(f"\rsenrules: {done} of {total} cases evaluated")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    summary = judge_cases(rs, cases, evaluation_date=context.evaluation_date, parameters=params,
                          year_fact=args.year_fact, progress=progress)
    if args.format == "json":
        _out(json.dumps({"ruleset": rs.id, "evaluation_date": context.evaluation_date.isoformat(), **summary.to_dict()},
                        indent=2, ensure_ascii=False) + "\n")
    else:
        _out(cases_text(rs, summary, late_shown=args.late))
    return EXIT_OK


def cmd_explain(args) -> int:
    from senrules.engine import explain
    from senrules.report import judgement_lines

    rs = load_ruleset_for(args.ruleset, args)
    rs, evidence, date, params = _edition_facts_and_date(rs, args)
    j, result = explain(rs, args.id, evidence, evaluation_date=date, parameters=params)
    if args.format == "json":
        whole = result.to_dict()
        _out(json.dumps(next(x for x in whole["judgements"] if x["id"] == args.id), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    lines = [f"{j.kind.capitalize()} {j.id}: {j.verdict.replace('_', ' ')}"]
    if j.kind != "overall":
        lines.append(f"  \"{j.title}\"")
    if j.citations:
        lines.append(f"  source: {'; '.join(j.citations)}")
    words = result.words(j)
    lines.append("")
    if words.reason:
        lines.append(f"Why: {words.reason}.")
    elif j.verdict == "unknown":
        lines.append(f"Insufficient evidence: it could be {' or '.join(p.replace('_', ' ') for p in j.possible)}.")
        if words.missing:
            lines.append(f"It would be decided by: {'; '.join(words.missing)}.")
    if j.facts:
        lines.append("")
        lines.append("Evidence used:")
        lines.extend(line.strip() for line in judgement_lines(j, result=result, rs=rs)[1:] if line.strip().startswith("- "))
    read = [p for p in result.parameters if p.name in j.parameters]
    if read:  # the values of the vague words, and what set each
        from senrules.report import parameter_words

        lines.append("")
        lines.append("Parameters read:")
        lines.extend(f"  {parameter_words(p, rs)}" for p in read)
    if j.kind != "criterion" and j.children:
        lines.append("")
        lines.append("From:")
        parts = [(c, result.verdict(c).replace("_", " "), result.judgement(c).title) for c in j.children]
        wide_id, wide_verdict = max(len(c) for c, _, _ in parts), max(len(v) for _, v, _ in parts)
        for c, verdict, title in parts:  # each part with its words, so the reader need not look the id up
            lines.append(f"  {c:<{wide_id}}  {verdict:<{wide_verdict}}  {title}".rstrip())
    lines.append("")
    better = [(c, text) for c, text in zip(j.clauses, words.clauses) if c.holds is False and text and c.outcome != j.verdict]
    if j.known and better:
        lines.append("What would change it:")
        lines.extend(f"  it would be {c.outcome.replace('_', ' ')}, but {text}" for c, text in better)
    elif j.known:
        lines.append("What would change it: nothing earlier in the list of outcomes can apply.")
    for g in result.gaps:
        if g.node == j.id:
            from senrules.document import gap_text

            lines.append(f"Gap to the next grade: {gap_text(result, g)}.")
    if args.rules:
        lines.append("")
        lines.append("How the outcomes were read, as written in the rules (first that holds decides):")
        for c in j.clauses:
            state = {True: "holds", False: "does not hold", None: "unknown"}[c.holds]
            cond = f"when {c.condition}" if c.condition else "otherwise"
            lines.append(f"  {c.outcome} {cond}  -> {state}")
        if j.would_change:
            lines.extend(f"  would be {w}" for w in j.would_change)
        dated = [p for p in result.parameters if p.name in j.parameters and p.dated]
        if dated:  # parameters whose value changes on a date: which one these clauses read
            from senrules.report import format_parameter

            lines.append(f"Values that change on a date, as in force on {result.evaluation_date}:")
            for p in dated:
                sign = "%" if p.unit == "%" else ""
                history = ", ".join(f"{v}{sign} from {start}" if start else f"{v}{sign} before" for start, v in p.dated)
                lines.append(f"  {p.name} = {format_parameter(p)}; in the rules: {history}")
    _out("\n".join(lines) + "\n")
    return EXIT_OK


def cmd_test(args) -> int:
    from senrules.ruleset import shipped_rulesets
    from senrules.ruletests import coverage_gaps, run_tests

    if args.format == "json":
        from senrules.cli_service import test_json

        return test_json(args)
    from senrules.ruleset import edition_targets

    targets = edition_targets(args.rulesets or list(shipped_rulesets()), ruleset_search(args))  # each edition's tests
    failed = total = 0
    for target in targets:
        rs = load_ruleset_for(target, args)
        report = run_tests(rs)
        total += len(report.passed) + len(report.failures)
        for f in report.failures:
            _out(f"{f.location}: Test '{f.test}': {f.message}\n")
        failed += len(report.failures)
        _out(f"{rs.edition or rs.id}: {len(report.passed)} passed, {len(report.failures)} failed\n")
        if args.coverage:
            gaps = coverage_gaps(rs, report)
            nodes = len(rs.program.nodes)
            _out(f"{rs.id}: coverage: {nodes - sum(1 for g in gaps if 'no test expects a verdict' in g)} of {nodes} verdicts expected by some test\n")
            for g in gaps:
                _out(f"  {g}\n")
    if total == 0:
        _err("senrules test: no tests found")
    return EXIT_FINDINGS if failed else EXIT_OK


def cmd_fmt(args) -> int:
    from senrules.ruleset import rule_files

    if "-" in args.paths and args.write:
        _err("senrules fmt: --write cannot rewrite standard input (`-`); leave out --write to print the formatted text")
        return EXIT_ERROR
    status = EXIT_OK
    for target in args.paths:
        if target == "-":  # from standard input, for editors: `senrules fmt - < x.rules`
            sources = [("<stdin>", None)]
        else:
            sources = [(str(path), path) for path in rule_files(target, ruleset_search(args))]
        for name, path in sources:
            text = _read_stdin_rules() if path is None else _read_rules(path)
            one = _fmt_one(name, path, text, args)
            if one == EXIT_ERROR:
                return EXIT_ERROR
            status = max(status, one)
    return status


def _read_stdin_rules() -> str:
    """Rule text from standard input, bounded like a rule file."""
    from senrules.inputs import decode
    from senrules.parser import MAX_FILE_BYTES

    return decode(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), "<stdin>", what="rules")


def _fmt_one(name: str, path, text: str, args) -> int:
    """Format one rule text (``path`` None for standard input) as the
    options say: print it, check it, show the diff or rewrite the file."""
    from senrules.formatter import FormatError, format_text

    try:
        formatted = format_text(text, name)
    except FormatError as err:
        _out(_unformattable(name, text, err))
        return EXIT_ERROR
    except SenrulesError as err:
        if isinstance(err, RuleCheckError) or hasattr(err, "diagnostics"):
            _out(_render_all(err.diagnostics, {name: text}))
            return EXIT_ERROR
        raise
    if formatted == text:
        if not (args.check or args.diff or args.write):
            _out(formatted)
        return EXIT_OK
    if args.check:
        _out(f"{name}: would be reformatted\n")
        return EXIT_FINDINGS
    if args.diff:
        import difflib

        for line in difflib.unified_diff(
            text.splitlines(keepends=True), formatted.splitlines(keepends=True), name, f"{name} (formatted)",
        ):
            _out(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return EXIT_FINDINGS
    if args.write:
        path.write_text(formatted, encoding="utf-8")
        _err(f"reformatted {path}")
        return EXIT_OK
    _out(formatted)
    return EXIT_OK


def _unformattable(path, text: str, err) -> str:
    """Why ``fmt`` cannot print a file that parses: the checker's errors
    about names (a reserved word naming a level...), placed in the file,
    else the formatter's own words."""
    from senrules.ruleset import compile_texts

    try:
        _, diagnostics = compile_texts([(str(path), text)])
    except RuleCheckError as check:
        diagnostics = check.diagnostics
    named = [d for d in diagnostics if d.severity == "error" and d.code == "reserved-name"]
    if named:
        return _render_all(named, {str(path): text})
    import re

    word = re.match(r"`([^`]+)`", str(err))
    place = re.search(rf"^[ \t]*({re.escape(word[1])})[ \t]+(?:when|otherwise)\b", text, re.M) if word else None
    if place:
        line = text.count("\n", 0, place.start(1)) + 1
        column = place.start(1) - (text.rfind("\n", 0, place.start(1)) + 1) + 1
        return f"error: {path}:{line}:{column}: cannot be formatted: {err}; choose another name\n"
    return f"error: {path}: cannot be formatted: {err}\n"


def cmd_rules_list(args) -> int:
    from senrules.ruleset import shipped_rulesets

    if args.format == "json":
        from senrules.cli_service import rules_list_json

        return rules_list_json(args)
    plugins = plugins_for(args)
    rows: list[tuple[str, object, str]] = [(ident, ident, "") for ident in shipped_rulesets()]
    for ident, (name, path) in plugins.ruleset_sources().items():
        rows.append((ident, path, f"  from {plugin_origin(plugins, name)}: {path}"))
    status = EXIT_OK
    for ident, target, origin in rows:
        try:
            from senrules.ruleset import edition_targets

            loaded = [load_ruleset_for(t, args) for t in edition_targets([ident], ruleset_search(args))]  # a plugin's editions too
        except SenrulesError as err:
            _out(f"{ident:<28} {'-':<8} (cannot be loaded: {err.message}){origin}\n")
            status = EXIT_FINDINGS
            continue
        for rs in loaded:
            h = rs.header
            name = f"{ident}@{h.version}" if rs.edition else ident
            added = _edition_origin(rs)
            where = f"  from {added[0]}: {added[1]}" if added else origin
            _out(f"{name:<28} {h.version or '-':<8} {h.title or ''}{_edition_words(rs)}{where}\n")
    return status


def _edition_origin(rs) -> tuple[str, object] | None:
    """``(who adds it, its folder)`` for an edition a plugin adds to a
    ruleset's id (``senrules_ruleset_editions``); None otherwise."""
    if rs.edition is None:
        return None
    edition = rs.editions.named(rs.header.version)
    return (edition.origin, edition.path) if edition.origin else None


def _edition_words(rs) -> str:
    """For one of several editions: when it is in force, and whether today."""
    if rs.edition is None:
        return ""
    import datetime as _dt

    edition = rs.editions.named(rs.header.version)
    today = " (in force today)" if rs.editions.in_force(_dt.date.today()) == edition else ""
    return f"  [edition in force {edition.window}{today}]"


def plugin_origin(plugins, name: str) -> str:
    """``plugin NAME (distribution version)``, as far as it is known."""
    status = plugins.pm.statuses.get(name)
    dist = " ".join(x for x in (status.distribution, status.version) if x) if status else ""
    return f"plugin {name}" + (f" ({dist})" if dist else "")


def cmd_rules_show(args) -> int:
    from senrules.report import outline_json, render_outline_text

    rs = load_ruleset_for(args.ruleset, args)
    _out(outline_json(rs) if args.format == "json" else render_outline_text(rs))
    return EXIT_OK


# ------------------------------------------------------------------ the assistant (senrules_tui, imported lazily)

_TUI_HINT = "pip install 'senrules[tui]'"


def cmd_assess(args) -> int:
    """``senrules assess``: the self-evaluation assistant (package senrules_tui)."""
    try:
        from senrules_tui.main import assess
    except ImportError as err:
        _err(f"senrules: the assistant is not installed ({err.name or err}); install it with: {_TUI_HINT}")
        return EXIT_ERROR
    return assess(args)


def _assess_options(a) -> None:
    a.add_argument("--plain", action="store_true", help="line by line on stdin/stdout, no full-screen interface (screen readers, scripts)")
    a.add_argument("--ruleset", metavar="RULESET", default="dcsf-2008",
                   help=f"{RULESET_HELP} (default dcsf-2008)")
    a.add_argument("--demo", action="store_true",
                   help="the ruleset's bundled example: its demo data folder (northshire for dcsf-2008, oakfield-audit for "
                        "the nasen audits...), else its demo facts")
    a.add_argument("--data", metavar="DIR", help="gather evidence with the plugins from a data folder (or a bundled demo's name)")
    a.add_argument("--facts", metavar="FILE", help="a facts file (JSON or TOML) whose values count as evidence; the rest is asked")
    a.add_argument("--db", metavar="PATH", help="the session file (SQLite; default: a new file in the user data folder)")
    a.add_argument("--resume", action="store_true", help="continue a session: the --db file, else the most recent one")
    a.add_argument("--sessions", action="store_true", help="list the saved sessions and stop")
    a.add_argument("--export", metavar="DIR", help="at the end, write the report (Markdown, HTML), action plan (CSV, xlsx) and JSON result")
    a.add_argument("--date", metavar="YYYY-MM-DD", help="evaluation date (default: the data folder's, else today)")
    a.add_argument("--service", metavar="NAME", help="with --data: the service to evaluate")
    a.add_argument("--rater", metavar="NAME",
                   help="whose views this conversation gives (school staff, parents, CYP...): kept with the session, "
                        "and only this rater's files of --data are read; compare raters with `senrules compare --session`")
    a.add_argument("--params", metavar="FILE", help="parameter overrides (JSON or TOML); they win over --parameter-set")
    a.add_argument("--parameter-set", metavar="NAME",
                   help="a named set of parameter values that an installed plugin offers for the ruleset (kept for --resume)")
    a.set_defaults(func=cmd_assess)


def _plugin_commands(sub, argv) -> None:
    """Commands that plugins add (hook ``senrules_register_commands``, e.g.
    ``senrules proposal``): asked for only when ``argv`` names a command
    that is not one of the core's, or asks for help, so that the core
    commands never load plugins."""
    first = next((a for a in argv if not a.startswith("-") or a in ("-h", "--help")), None)
    if (first is not None and first in _CORE) or (first is None and argv):
        return  # a core command, or only --version
    from senrules.plugins import Plugins

    for name, err in Plugins().register_commands(_PluginCommands(sub)):
        _err(f"senrules: warning: plugin {name} could not add its commands ({type(err).__name__}: {err})")


# ------------------------------------------------------------------ parser

#: Every command of the core: its name, its line in ``senrules --help`` and,
#: where its own ``--help`` says more, its description (else that line, as a
#: sentence), in the order ``senrules --help`` lists them.  The parsers are made
#: from this table, in this order; :func:`build_parser` then gives each its options.
#:
#: The order is a new user's: what senrules is for comes first, beginning with
#: the Quick start's ``evaluate`` and the commands its "Try next" goes on to,
#: so that nobody has to read past the rule authors' and integrators' tools
#: to find the assistant or the proposal check; housekeeping comes last.
COMMANDS: tuple[tuple[str, str, str | None], ...] = (
    # the main jobs, the Quick start's first: a framework's verdicts, why each is what it is, the assistant (the
    # proposal check a plugin adds comes after it: PLUGIN_COMMANDS_AFTER), raters compared, a case export
    ("evaluate", "evaluate facts against a ruleset", None),
    ("explain", "why a verdict, and what would change it", None),
    ("assess", "the self-evaluation assistant: a conversation, only what the evidence did not answer",
     "The self-evaluation assistant: gathers the evidence from --data (or --demo), then asks only what it did not "
     "answer and what could still change a verdict. Every answer is saved at once; --resume continues. Full screen by "
     "default (needs senrules[tui]); --plain is line by line. See docs/assistant.md."),
    ("compare", "several raters (school staff, parents, CYP): each one's verdicts, where they differ, and the action plan", None),
    ("cases", "a case-level ruleset (ehc-timescales-2014) over every case of a case export: the share on time per step and "
              "per year", None),
    # the framework itself
    ("rules", "list or show rulesets", None),
    # for rule authors
    ("check", "lint rule files: errors, then gaps, overlaps, monotonicity, dead criteria", None),
    ("test", "run the tests written in rule files", None),
    ("fmt", "print rule files in canonical form",
     "Print rule files in the canonical layout: two-space indentation, fields in a fixed order, lines of at most 100 "
     "columns (long conditions broken before and/or, long given lines between facts), every comment kept. The rules "
     "mean the same after formatting. See docs/cli.md, senrules fmt."),
    # for other systems
    ("schema", "print a JSON Schema: the result, a ruleset's facts, a proposal check, ...",
     "Print one of the published JSON Schemas (draft 2020-12). Each has a versioned $id; senrules serve serves it at "
     "the path of that $id."),
    ("batch", "evaluate many cases: NDJSON in (one facts document a line), NDJSON out",
     "Evaluate one facts document a line (the shape of `senrules schema facts RULESET`), writing one record a line "
     "(`senrules schema batch-record`), in input order. A bad line is reported on standard error with its number and "
     "as an error record; the rest go on. Exit codes: 0 every line evaluated, 1 some lines bad, 2 nothing evaluated."),
    ("serve", "an HTTP JSON service with an OpenAPI document (needs senrules[serve])",
     "Serve the rulesets over HTTP (see docs/serve.md). Binds to 127.0.0.1 unless told otherwise; the OpenAPI document "
     "is at /openapi.json. Stop it with Ctrl+C."),
    # housekeeping
    ("plugins", "the plugins installed, their versions, whether they loaded, and what they contribute", None),
    ("cache", "where the cache of compiled rules is, and what it holds (see docs/cache.md)",
     "Print where the cache of compiled rules is, whether it is used and what it holds. Loading a ruleset keeps its "
     "checked, compiled form there, so the next load skips that work; deleting it is always safe (see docs/cache.md)."),
    ("completion", "print a shell completion script: bash, zsh or fish",
     "Print a completion script generated from this command line's options. bash: `senrules completion bash > "
     "~/.local/share/bash-completion/completions/senrules`; zsh: `senrules completion zsh > ~/.zfunc/_senrules`; "
     "fish: `senrules completion fish > ~/.config/fish/completions/senrules.fish`."),
)

#: The plugins' commands (``proposal``) are listed after this one: the proposal check is one of the main jobs.
PLUGIN_COMMANDS_AFTER = "assess"


#: what a RULESET argument may be, as every command's --help says it
RULESET_HELP = "a shipped ruleset id, a plugin's ruleset id, a folder or a .rules file"


def _sentence(line: str) -> str:
    """A command's line in ``senrules --help`` as the sentence its own ``--help`` opens with."""
    return line[:1].upper() + line[1:] + "."


_CORE = frozenset(name for name, _, _ in COMMANDS)


class _PluginCommands:
    """The ``senrules`` subparsers as a plugin's ``senrules_register_commands``
    is given them: ``add_parser`` as argparse's, a command without a
    description of its own opening its ``--help`` with its line as a sentence
    (as the core's do), and a name the core uses refused as argparse refuses
    one already taken (the plugins add theirs before the core's last ones,
    :data:`PLUGIN_COMMANDS_AFTER`); everything else is the subparsers action's own."""

    def __init__(self, subparsers):
        self._action = subparsers

    def add_parser(self, name, **kwargs):
        taken = sorted(_CORE & {name, *kwargs.get("aliases", ())})
        if taken:
            raise argparse.ArgumentError(None, f"conflicting subparser: {', '.join(taken)} is a command of senrules itself")
        if kwargs.get("description") is None and kwargs.get("help"):
            kwargs["description"] = _sentence(kwargs["help"])
        return self._action.add_parser(name, **kwargs)

    def __getattr__(self, attr):
        return getattr(self._action, attr)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    p = _Parser(prog="senrules", description="Executable, explainable rules for SEN services and the SEN Improvement Test.")
    p.add_argument("--version", action="version", version=f"senrules {__version__}")
    p.add_argument("--debug", action="store_true",
                   help="log what senrules does (the `senrules` logger) on standard error, with the traceback of an internal error")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parsers = {}
    for name, line, description in COMMANDS:
        parsers[name] = sub.add_parser(name, help=line, description=description or _sentence(line))
        if name == PLUGIN_COMMANDS_AFTER and argv is not None:
            _plugin_commands(sub, argv)

    c = parsers["check"]
    c.add_argument("paths", nargs="+", metavar="PATH", help="a ruleset id (shipped or a plugin's), a folder of .rules files, or a .rules file")
    c.add_argument("--no-analysis", action="store_true", help="skip the exhaustive aggregation checks")
    c.add_argument("--format", choices=("text", "json"), default="text", help="json: the findings as `senrules schema check` describes")
    c.set_defaults(func=cmd_check)

    def facts_options(sp):
        sp.add_argument("--facts", metavar="FILE", help="facts file (JSON or TOML); - reads a JSON facts document from standard input")
        sp.add_argument("--demo", action="store_true", help="use the demo facts bundled with the ruleset")
        sp.add_argument("--params", metavar="FILE", help="parameter overrides (JSON or TOML); they win over --parameter-set")
        sp.add_argument("--parameter-set", metavar="NAME",
                        help="a named set of parameter values that an installed plugin offers for the ruleset")
        sp.add_argument("--date", metavar="YYYY-MM-DD", help="evaluation date (default: the facts file's, else today)")
        sp.add_argument("--data", metavar="DIR", help="gather evidence with the plugins from a data folder (or a bundled demo's name)")
        sp.add_argument("--service", metavar="NAME", help="with --data: the service to evaluate")
        sp.add_argument("--allow-outside-data", action="store_true",
                        help="with --data: let the folder's senrules-data.toml name files outside the folder "
                             "(by .., an absolute path or a symbolic link); refused by default")
        sp.add_argument("--rater", metavar="NAME",
                        help="with --data: only this rater's files (rater = \"...\" in senrules-data.toml), and those of every rater")

    e = parsers["evaluate"]
    e.add_argument("ruleset", metavar="RULESET", help=RULESET_HELP)
    facts_options(e)
    e.add_argument("--format", choices=("text", "json", "markdown", "html", "docx"), default="text",
                   help="text for the terminal; json (the versioned result); markdown, html or docx: the report for people "
                        "(a summary page, grades with reasons, gaps, action plan, trends, evidence, parameters)")
    e.add_argument("--output", metavar="FILE", help="write to FILE instead of the terminal (needed for docx)")
    e.add_argument("--brief", action="store_true", help="verdicts only, without reasons (text format)")
    e.set_defaults(func=cmd_evaluate)

    cp = parsers["compare"]
    cp.add_argument("ruleset", metavar="RULESET", help=RULESET_HELP)
    facts_options(cp)
    cp.add_argument("--session", metavar="RATER=FILE", action="append",
                    help="a rater's answers from an assistant session file (senrules assess --rater RATER --db FILE); repeat for each")
    cp.add_argument("--plan", metavar="FILE.csv",
                    help="write the action plan to this CSV file, keeping what was already written in it")
    cp.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                    help="text for the terminal; json: the comparison and the action plan; markdown: the same for people")
    cp.set_defaults(func=cmd_compare)

    cs = parsers["cases"]
    cs.add_argument("ruleset", metavar="RULESET", help="a case-level ruleset, e.g. ehc-timescales-2014")
    cs.add_argument("--data", metavar="DIR", required=True, help="the data folder whose senrules-data.toml names the [[cases]] export (or a bundled demo's name)")
    cs.add_argument("--date", metavar="YYYY-MM-DD", help="evaluation date (default: the data folder's, else today)")
    cs.add_argument("--params", metavar="FILE", help="parameter overrides (JSON or TOML)")
    cs.add_argument("--year-fact", metavar="FACT", default="request_date", help="the date fact whose year groups the cases (default request_date)")
    cs.add_argument("--late", metavar="N", type=int, default=20, help="how many late cases to list (default 20)")
    cs.add_argument("--max-problems", metavar="N", type=int, default=20, help="how many problems with the export to print (default 20)")
    cs.add_argument("--format", choices=("text", "json"), default="text",
                    help="text for the terminal; json: the share on time per step and per year, and the late cases")
    cs.set_defaults(func=cmd_cases)

    x = parsers["explain"]
    x.add_argument("ruleset", metavar="RULESET", help=RULESET_HELP)
    x.add_argument("id", metavar="ID", help="a criterion, standard or section id, or overall")
    facts_options(x)
    x.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for the terminal; json: the verdict with its reasons, as in `senrules schema result`")
    x.add_argument("--rules", action="store_true",
                   help="also show the clauses as written in the rule file, each with whether it held (for rule authors)")
    x.set_defaults(func=cmd_explain)

    t = parsers["test"]
    t.add_argument("rulesets", nargs="*", metavar="RULESET", help="default: every shipped ruleset")
    t.add_argument("--coverage", action="store_true", help="list criteria and outcomes no test expects")
    t.add_argument("--format", choices=("text", "json"), default="text", help="json: the report as `senrules schema test` describes")
    t.set_defaults(func=cmd_test)

    f = parsers["fmt"]
    f.add_argument("paths", nargs="+", metavar="PATH", help="rule files or folders; - reads one rule file from standard input")
    g = f.add_mutually_exclusive_group()
    g.add_argument("--check", action="store_true", help="exit 1 if a file is not in canonical form")
    g.add_argument("--write", action="store_true", help="rewrite the files in place")
    g.add_argument("--diff", action="store_true", help="show what formatting would change, as a unified diff (exit 1 if anything)")
    f.set_defaults(func=cmd_fmt)

    from senrules.cli_service import add_commands  # schema, batch, serve, completion

    add_commands(parsers, facts_options)

    r = parsers["rules"]
    r.set_defaults(func=lambda args: r.error("say `senrules rules list` or `senrules rules show RULESET`"))
    rsub = r.add_subparsers(dest="rules_command", metavar="{list,show}", parser_class=_Parser)
    listed = "the shipped rulesets, and those installed plugins contribute"
    rl = rsub.add_parser("list", help=listed, description=_sentence(listed))
    rl.add_argument("--format", choices=("text", "json"), default="text", help="json: as `senrules schema rulesets` describes")
    rl.set_defaults(func=cmd_rules_list)
    shown = "a ruleset's sections, standards, criteria, facts and parameters"
    rs = rsub.add_parser("show", help=shown, description=_sentence(shown))
    rs.add_argument("ruleset", metavar="RULESET", help=RULESET_HELP)
    rs.add_argument("--format", choices=("text", "json"), default="text",
                    help="text for the terminal; json: the outline, for tools")
    rs.set_defaults(func=cmd_rules_show)

    ca = parsers["cache"]
    ca.add_argument("--clear", action="store_true", help="remove every cache file (the next load rebuilds what it needs)")
    ca.set_defaults(func=cmd_cache)

    pl = parsers["plugins"]
    pl.add_argument("--format", choices=("text", "json"), default="text",
                    help="text for the terminal; json: each plugin with its status, version, rulesets and parameter sets")
    pl.set_defaults(func=cmd_plugins)

    _assess_options(parsers["assess"])
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if args.command == "rules":
            parser.error("say `senrules rules list` or `senrules rules show RULESET`")
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if args.debug:
        from senrules.logs import enable_debug

        enable_debug()
    try:
        try:
            return args.func(args)
        finally:
            _report_plugin_faults(args)
    except RuleCheckError as err:
        _err(_render_all(err.diagnostics).rstrip("\n"))
        _err(f"senrules: error: the rules have {len(err.diagnostics)} problem{'s' if len(err.diagnostics) != 1 else ''}")
        return EXIT_ERROR
    except SenrulesError as err:
        _err(f"senrules: error: {err.message}" + (f" ({err.hint})" if err.hint else ""))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("senrules: interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # noqa: BLE001 - no traceback reaches a user
        if args.debug:
            import traceback

            traceback.print_exc()
        _err(f"senrules: internal error: {type(err).__name__}: {err} (please report this)")
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
