"""Shell completion scripts generated from the command line's own argparse
parser (``senrules completion bash|zsh|fish``), so they never fall behind it.

The parser keeps, as :func:`senrules.cli.build_parser` builds it, each
argument and sub-command it is given (:class:`RecordingParser`), so nothing
here reads argparse's private attributes.  That record is walked once into a
table: for each command path (``""``, ``"rules"``, ``"rules show"``) the
sub-commands and positional choices, the options, and the choices of each
option that has them (``--format``).  The
bash script completes from that table and falls back to file names; zsh uses
the bash script through ``bashcompinit``; fish gets one ``complete`` line per
word.  No third-party package is needed at completion time.
"""

from __future__ import annotations

import argparse
import shlex

import attrs


@attrs.frozen
class SubCommand:
    """One word of a set of sub-commands: its name (or one of its aliases),
    its line in the parent's ``--help`` and the parser that reads what follows it."""

    name: str
    help: str
    parser: argparse.ArgumentParser


class SubCommands:
    """What :meth:`RecordingParser.add_subparsers` returns: argparse's own
    sub-parsers action (everything but ``add_parser`` is that action's), which
    also keeps each sub-command it adds, with its help, in order
    (:attr:`commands`).  A command whose help is ``argparse.SUPPRESS`` is
    hidden, and so not kept."""

    def __init__(self, action: argparse.Action) -> None:
        self.action = action
        self.commands: list[SubCommand] = []

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        parser = self.action.add_parser(name, **kwargs)
        help_text = kwargs.get("help")
        if help_text != argparse.SUPPRESS:
            for word in (name, *kwargs.get("aliases", ())):
                self.commands.append(SubCommand(word, help_text or "", parser))
        return parser

    def __getattr__(self, attr):
        return getattr(self.action, attr)


class _Group:
    """An argument group or mutually exclusive group of a
    :class:`RecordingParser`: argparse's own, whose ``add_argument`` also
    keeps the argument in the parser's :attr:`~RecordingParser.arguments`."""

    def __init__(self, group, parser: RecordingParser) -> None:
        object.__setattr__(self, "_group", group)
        object.__setattr__(self, "_parser", parser)

    def add_argument(self, *args, **kwargs) -> argparse.Action:
        action = self._group.add_argument(*args, **kwargs)
        self._parser.arguments.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        return _Group(self._group.add_argument_group(*args, **kwargs), self._parser)

    def add_mutually_exclusive_group(self, **kwargs):
        return _Group(self._group.add_mutually_exclusive_group(**kwargs), self._parser)

    def __getattr__(self, attr):
        return getattr(self._group, attr)

    def __setattr__(self, attr, value):
        setattr(self._group, attr, value)


class RecordingParser(argparse.ArgumentParser):
    """An argparse parser that keeps, as it is built, what shell completion
    reads: :attr:`arguments`, every argument added (an ``argparse.Action``,
    whether added to the parser or to one of its groups) and every set of
    sub-commands (a :class:`SubCommands`), in the order they were added, which
    is the order ``--help`` lists them.  Give ``parser_class`` a recording
    parser too, so that the sub-commands' own parsers keep theirs."""

    def __init__(self, *args, **kwargs) -> None:
        self.arguments: list[argparse.Action | SubCommands] = []  # before argparse adds -h/--help
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.arguments.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        return _Group(super().add_argument_group(*args, **kwargs), self)

    def add_mutually_exclusive_group(self, **kwargs):
        return _Group(super().add_mutually_exclusive_group(**kwargs), self)

    def add_subparsers(self, **kwargs) -> SubCommands:
        commands = SubCommands(super().add_subparsers(**kwargs))
        self.arguments.append(commands)
        return commands


def command_table(parser: RecordingParser) -> dict[str, dict]:
    """path -> {"words": [...], "options": [...], "choices": {option: [...]}, "help": {word: text}}.

    A sub-command whose parser is not a :class:`RecordingParser` is offered,
    but nothing after it is."""
    table: dict[str, dict] = {}

    def walk(p: argparse.ArgumentParser, path: str) -> None:
        entry = table.setdefault(path, {"words": [], "options": [], "choices": {}, "help": {}})
        for item in getattr(p, "arguments", ()):
            if isinstance(item, SubCommands):
                for command in item.commands:
                    if command.name not in entry["words"]:
                        entry["words"].append(command.name)
                        entry["help"][command.name] = command.help
                    walk(command.parser, f"{path} {command.name}".strip())
            elif item.option_strings:
                if item.help == argparse.SUPPRESS:
                    continue
                entry["options"].extend(item.option_strings)
                for opt in item.option_strings:
                    entry["help"][opt] = item.help or ""
                    if item.choices:
                        entry["choices"][opt] = [str(c) for c in item.choices]
            elif item.choices:
                entry["words"].extend(str(c) for c in item.choices)

    walk(parser, "")
    return table


def script(parser: RecordingParser, shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    table = command_table(parser)
    if shell == "fish":
        return _fish(table)
    body = _bash(table)
    if shell == "zsh":
        return ("#compdef senrules\n# senrules completion for zsh (through bash's completion, with bashcompinit)\n"
                "autoload -U +X bashcompinit && bashcompinit\n" + body)
    return body


def _bash(table: dict[str, dict]) -> str:
    q = shlex.quote

    def key(path: str) -> str:  # bash refuses an empty key: the command's own name is the root
        return q(f"senrules {path}".strip())

    words = "\n".join(f"  [{key(path)}]={q(' '.join(e['words']))}" for path, e in table.items())
    options = "\n".join(f"  [{key(path)}]={q(' '.join(e['options']))}" for path, e in table.items())
    choices = "\n".join(
        f"  [{key(path + ' ' + opt)}]={q(' '.join(values))}"
        for path, e in table.items() for opt, values in e["choices"].items()
    )
    return f"""# senrules completion for bash, generated by `senrules completion bash`
declare -gA _senrules_words=(
{words}
)
declare -gA _senrules_options=(
{options}
)
declare -gA _senrules_choices=(
{choices}
)
_senrules() {{
  local cur prev path w i key
  cur="${{COMP_WORDS[COMP_CWORD]}}"
  prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  path="senrules"
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="${{COMP_WORDS[i]}}"
    [[ "$w" == -* ]] && continue
    key="$path $w"
    [[ -n "${{_senrules_options[$key]+set}}" ]] && path="$key"
  done
  key="$path $prev"
  if [[ -n "${{_senrules_choices[$key]+set}}" ]]; then
    COMPREPLY=($(compgen -W "${{_senrules_choices[$key]}}" -- "$cur"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "${{_senrules_options[$path]}}" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "${{_senrules_words[$path]}}" -- "$cur"))
  fi
}}
complete -o default -F _senrules senrules
"""


def _fish(table: dict[str, dict]) -> str:
    def esc(text: str) -> str:
        return "'" + (text or "").replace("\\", "\\\\").replace("'", "\\'") + "'"

    lines = ["# senrules completion for fish, generated by `senrules completion fish`", "complete -c senrules -f"]
    for path, e in table.items():
        parts = path.split()
        if parts:
            cond = " and ".join(f"__fish_seen_subcommand_from {p}" for p in parts)
        else:
            cond = "__fish_use_subcommand"
        for w in e["words"]:
            lines.append(f"complete -c senrules -n {esc(cond)} -a {esc(w)} -d {esc(e['help'].get(w, ''))}")
        for opt in e["options"]:
            flag = f"-l {opt[2:]}" if opt.startswith("--") else f"-s {opt[1:]}"
            extra = f" -xa {esc(' '.join(e['choices'][opt]))}" if opt in e["choices"] else " -r"
            help_text = (e["help"].get(opt) or "").replace("%(default)s", "")
            lines.append(f"complete -c senrules -n {esc(cond)} {flag}{extra} -d {esc(help_text[:80])}")
    return "\n".join(lines) + "\n"
