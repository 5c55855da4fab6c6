"""``senrules proposal``: the proposal checker's own command line, which the
plugin adds to ``senrules`` through the ``senrules_register_commands`` hook
(the core does not know it)::

    senrules proposal check FILE [--format text|markdown|json] [--params FILE] [--parameter-set NAME] [--school-year FILE]
    senrules proposal FILE [--plain] [--db PATH] [--resume] [--school-year FILE] ...     # the conversation (senrules_tui)

``check`` exits 0 when the document credibly meets the SEN Improvement
Test, 1 when it does not, 2 when it cannot be read (one line on stderr).
"""

from __future__ import annotations

import argparse
import sys

from senrules.completion import RecordingParser

RULESET = "sen-improvement-test-2007"
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_TUI_HINT = "pip install 'senrules[tui]'"
SCHOOL_YEAR_HELP = ("the LA's own term dates (TOML, the form of the shipped school-year.toml), for counting the "
                    "school weeks of a PRU stay given by its dates; default: the usual English school year")


class _Parser(RecordingParser):  # keeps its arguments and sub-commands, as the core's parser does
    def error(self, message):  # usage errors: the usage and one line on stderr, exit 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def register(subparsers) -> None:
    """Add ``proposal`` to the ``senrules`` subcommands.  Everything after
    the word ``proposal`` (``--help`` included) is read by this module's own
    parser, so that ``senrules proposal FILE`` can be the conversation while
    ``senrules proposal check FILE`` is the one-shot check."""
    p = subparsers.add_parser(
        "proposal", add_help=False, prefix_chars="\x00",
        help="check a proposal or consultation document against the SEN Improvement Test",
        description="senrules proposal check FILE | senrules proposal FILE [--plain]",
    )
    p.add_argument("words", nargs=argparse.REMAINDER)
    p.set_defaults(func=main)


# The conversation's options, as both usages (`senrules proposal --help`, `senrules proposal FILE --help`) list them.
_TALK_OPTIONS = "[--plain] [--db PATH] [--resume] [--params FILE] [--parameter-set NAME] [--school-year FILE]"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="senrules proposal", description="Check a proposal or consultation document against the SEN Improvement Test.",
                usage="senrules proposal check FILE [--format text|markdown|json] [--params FILE] [--parameter-set NAME] [--school-year FILE]\n"
                      "       senrules proposal FILE " + _TALK_OPTIONS,
                epilog="`senrules proposal FILE` talks the check through in the assistant, factor by factor "
                       "(--plain: line by line; --resume continues the latest; see docs/assistant.md); "
                       "`senrules proposal FILE --help` lists its options.")
    sub = p.add_subparsers(dest="proposal_command", metavar="{check}", parser_class=_Parser)
    pc = sub.add_parser("check", prog="senrules proposal check",  # not the parent's two-line usage, which argparse would prefix
                        help="each key factor's verdict, the sentences quoted, and what to add or change")
    pc.add_argument("file", metavar="FILE", help="the document: Markdown (.md), plain text or Word (.docx)")
    pc.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    pc.add_argument("--params", metavar="FILE", help="parameter overrides (JSON or TOML), e.g. long_term_pru_weeks; they win over --parameter-set")
    pc.add_argument("--parameter-set", metavar="NAME", help="a named set of parameter values that an installed plugin offers")
    pc.add_argument("--school-year", metavar="FILE", help=SCHOOL_YEAR_HELP)
    pc.add_argument("--ruleset", metavar="RULESET", default=RULESET, help=argparse.SUPPRESS)
    pc.set_defaults(run=check)
    # no help line in the list: `senrules proposal FILE` reaches it (see route), so its --help names that form
    pt = sub.add_parser("talk", prog="senrules proposal",
                        usage="senrules proposal [FILE] " + _TALK_OPTIONS,
                        description="Talk the check of a proposal document through in the assistant, key factor by "
                                    "key factor, asking only what the document leaves open; every answer is saved.")
    pt.add_argument("file", metavar="FILE", nargs="?", help="the document: Markdown (.md), plain text or Word (.docx)")
    pt.add_argument("--plain", action="store_true", help="line by line on stdin/stdout, no full-screen interface")
    pt.add_argument("--db", metavar="PATH", help="the session file (SQLite; default: a new file in the user data folder)")
    pt.add_argument("--resume", action="store_true",
                    help="continue a proposal check: the --db file, else the latest one (of FILE, when given); the document is read again")
    pt.add_argument("--params", metavar="FILE", help="parameter overrides (JSON or TOML)")
    pt.add_argument("--parameter-set", metavar="NAME", help="a named set of parameter values that an installed plugin offers")
    pt.add_argument("--school-year", metavar="FILE", help=SCHOOL_YEAR_HELP + " (kept with the session: --resume uses it again)")
    pt.add_argument("--ruleset", metavar="RULESET", default=RULESET, help=argparse.SUPPRESS)
    pt.set_defaults(run=talk)
    return p


def route(words: list[str]) -> list[str]:
    """``proposal FILE [--plain]`` is the conversation; ``proposal check
    FILE`` the one-shot check; a bare ``proposal`` a usage error."""
    if words and words[0] not in ("check", "talk", "-h", "--help"):
        return ["talk", *words]
    return words


def main(args) -> int:
    """Run ``senrules proposal ...`` (``args.words``: what followed ``proposal``)."""
    parser = build_parser()
    inner = parser.parse_args(route(list(args.words)))
    if not getattr(inner, "run", None):
        parser.error("say `senrules proposal check FILE`, or `senrules proposal FILE` for the assistant")
    return inner.run(inner)


def _ruleset(ident):
    import senrules

    def search():
        from senrules.plugins import Plugins

        return Plugins().ruleset_paths()

    return senrules.load_ruleset(ident, search=search)


def check(args) -> int:
    """``senrules proposal check FILE``: exit 0 credible, 1 not, 2 unreadable."""
    from senrules.errors import InputError
    from senrules.gather import parameters_for

    from senrules_proposals.reader import DocumentError
    from senrules_proposals.report import check_document

    ruleset = _ruleset(args.ruleset)
    plugins = None
    if args.parameter_set:
        from senrules.plugins import Plugins

        plugins = Plugins()
    params = parameters_for(ruleset, parameter_set=args.parameter_set, params_file=args.params, plugins=plugins)
    try:
        report = check_document(args.file, ruleset=ruleset, parameters=params, school_year=args.school_year)
    except DocumentError as err:
        raise InputError(err.message) from None
    if args.format == "json":
        text = report.to_json() + "\n"
    elif args.format == "markdown":
        text = report.render_markdown()
    else:
        text = report.render_text()
    sys.stdout.write(text)
    return EXIT_OK if report.credible else EXIT_FINDINGS


def talk(args) -> int:
    """``senrules proposal [FILE]``: the conversation, from the assistant
    package (``senrules_tui``), when it is installed."""
    try:
        from senrules_tui.main import proposal
    except ImportError as err:
        sys.stderr.write(f"senrules: the assistant is not installed ({err.name or err}); install it with: {_TUI_HINT}\n")
        return EXIT_ERROR
    return proposal(args)
