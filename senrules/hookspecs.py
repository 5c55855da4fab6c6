"""The senrules plugin hooks: markers and specifications, nothing else.

A plugin is a module or object with functions marked ``@senrules.hookimpl``
whose names are hooks below.  It is found through the ``senrules`` entry-point
group (see ``docs/plugins.md``) or registered from the API with
:meth:`senrules.plugins.Plugins.register`.  A hook implementation may take
any subset of the arguments its specification names, in any order.

Every hook is prefixed ``senrules_``.  Hooks whose documentation says
*firstresult* stop at the first implementation that returns something other
than None; the others collect a list with one entry per implementation.

:func:`senrules_gather_evidence` is called plugin by plugin, so an
implementation that raises or returns something malformed is reported (with
the plugin's name and the file it was reading) and the others still run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:  # pragma: no cover - types only
    from collections.abc import Iterable, Mapping
    from pathlib import Path

    from senrules.evidence import Evidence
    from senrules.gather import Answer, EvaluationContext, EvidenceSource, ParameterSet, Problem
    from senrules.ruleset import Ruleset

PROJECT = "senrules"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def senrules_evidence_sources() -> Iterable[EvidenceSource]:
    """Declare the evidence sources this plugin reads.

    Return :class:`~senrules.gather.EvidenceSource` values (name, title, the
    files or systems it reads, the facts it can supply), or None if the plugin
    has none.  ``senrules plugins`` lists them; nothing is read here.

    Not firstresult: every plugin's sources are collected.

    .. versionadded:: 0.1
    """


@hookspec
def senrules_gather_evidence(ruleset: Ruleset, context: EvaluationContext) -> Iterable[Evidence | Problem] | None:
    """Supply evidence for ``ruleset`` in ``context``.

    :param ruleset: the loaded :class:`~senrules.ruleset.Ruleset`; supply only
        facts it declares (``ruleset.facts``).
    :param context: the :class:`~senrules.gather.EvaluationContext`: service,
        evaluation date, years wanted, data directory, the data folder's
        manifest (``context.manifest``, the parsed ``senrules-data.toml``)
        and the parameter values in force for the evaluation
        (``context.parameters``, overrides included: read a parameter there,
        never from ``ruleset.default_parameters``, so derived facts agree
        with the rules; added in 0.4).

    Return (or yield) :class:`~senrules.evidence.Evidence` items, each with a
    :class:`~senrules.evidence.Provenance` (file, sheet, row, column or
    record, as-of date), and :class:`~senrules.gather.Problem` items for
    input it rejected (a bad row, a missing column): the facts a rejected row
    would have given stay unknown.  Return None when the plugin has nothing
    for this ruleset or context.  A mapping item is read as the fields of an
    ``Evidence``.

    Not firstresult: every plugin contributes.  When two sources give one
    fact different values, the precedence of ``docs/plugins.md`` decides
    (a person's answer, then the most recent data) and the explanation shows
    the conflict.  Each implementation is called on its own: if it raises,
    its error is reported with the plugin's name and the file it was reading,
    and none of its evidence is used.

    .. versionadded:: 0.1
    .. versionchanged:: 0.4
       ``context.parameters``: the parameter values in force.
    """


@hookspec
def senrules_ruleset_paths() -> Iterable[Path] | Mapping[str, Path] | None:
    """Contribute rulesets: folders (or single ``.rules`` files) of rules.

    Return paths (the id is the folder's name, or the file's without
    ``.rules``), or a mapping of ruleset id to path, or None.
    :meth:`senrules.plugins.Plugins.ruleset_paths` collects them by id; a
    contributed id never replaces a shipped ruleset.  Every command that
    takes a ruleset id asks for them when the id is neither a path nor
    shipped (:func:`senrules.ruleset.load_ruleset`'s ``search``).

    Not firstresult: every plugin's rulesets are collected.

    .. versionadded:: 0.1
    """


@hookspec
def senrules_ruleset_editions() -> Mapping[str, Path | Iterable[Path]] | None:
    """Add editions to rulesets, shipped ones included: an LA's newer or
    locally amended edition of ``dcsf-2008``, under the same id.

    Return a mapping of ruleset id to the folder (or ``.rules`` file) of one
    edition, a folder of editions (see ``docs/cli.md``, "Editions"), or a
    list of them; or None.  Each edition is a whole ruleset with the id's
    own ``ruleset`` id, its own ``version`` and its own ``effective``
    dates.  They join the ruleset's own editions: the one in force on the
    evaluation date is used, an expired one only when named
    (``ID@VERSION``).  An edition with the version or the start date of
    another (a shipped one included) is an error naming both, never an
    override.  Asked whenever a command loads a ruleset by id, so the
    plugin is imported then (a plugin without this hook is not).

    Not firstresult: every plugin's editions are collected.

    .. versionadded:: 0.3
    """


@hookspec
def senrules_parameter_sets(ruleset: Ruleset) -> Iterable[ParameterSet] | None:
    """Contribute named parameter sets for ``ruleset`` (an LA's reading of
    "majority", "most areas", how old a survey may be...).

    Return :class:`~senrules.gather.ParameterSet` values whose ``ruleset``
    is ``ruleset.id`` (or None, meaning any ruleset that declares their
    parameters), or None.  ``--parameter-set NAME`` chooses one; its values
    apply after a data folder's and before ``--params``, and are checked
    against the ruleset's parameter declarations when used.

    Not firstresult: every plugin's sets are collected.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def senrules_record_answer(answer: Answer, context: EvaluationContext) -> str | None:
    """Store ``answer``, a person's explicit answer (and note) for one fact.

    Return a short description of where it was stored (for example
    ``"answers.sqlite, answer 12"``), or None to let the next plugin try.
    The built-in ``answers`` plugin stores it in SQLite in the data folder.

    firstresult: stops at the first non-None result.

    .. versionadded:: 0.1
    """


@hookspec
def senrules_register_commands(subparsers) -> None:
    """Add subcommands to the ``senrules`` command line (as datasette's
    ``register_commands``).

    :param subparsers: the ``argparse`` subparsers action of ``senrules``;
        call ``subparsers.add_parser(NAME, help=...)`` and give the parser
        ``set_defaults(func=RUN)``, where ``RUN(args)`` returns the exit code
        (0 success, 1 findings, 2 error).  Raise a
        :class:`~senrules.errors.SenrulesError` for bad input: the command
        line prints its message on one line and exits 2.

    Return None: the subparsers are changed in place.  Called only when the command line is given a command that is not one of
    its own (or ``--help``), so that the core commands never load plugins.
    A name the core already uses is not replaced.  Not firstresult: every
    plugin adds its commands.

    .. versionadded:: 0.2
    """
