"""Loading rules: senrules' parse + check + compile, and lark's parse alone.

Group "load":

- ``load_cold``: ``senrules.load_ruleset(id, cache=False)`` for every shipped
  ruleset (each folder of ``senrules/rules/`` holding ``.rules`` files) -
  parse, check and compile with no on-disk cache;
- ``load_cached``: the same with ``cache=True``, after one untimed load has
  filled the cache;
- ``lark_lalr``: lark's raw LALR parse (``senrules.parser.get_parser().parse``)
  of every shipped rule file, the floor under any load;
- ``lark_earley``: lark's Earley parser, built from the same grammar, on the
  example file, for comparison (built outside the timed part).

The senrules cases skip, with the reason, until ``senrules.load_ruleset``
exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import engines

RULES_DIR = Path(__file__).resolve().parent.parent / "senrules" / "rules"
RULE_FILES = sorted(RULES_DIR.rglob("*.rules"))
RULESETS = sorted({path.parent.relative_to(RULES_DIR).as_posix() for path in RULE_FILES})
EXAMPLE_FILE = RULES_DIR / "example" / "example.rules"


def _file_id(path: Path) -> str:
    return f"file={path.relative_to(RULES_DIR).as_posix()}"


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_load_cold(benchmark, ruleset):
    senrules = engines.senrules_api()
    result = benchmark(senrules.load_ruleset, ruleset, cache=False)
    assert result is not None


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_load_cached(benchmark, ruleset):
    senrules = engines.senrules_api()
    senrules.load_ruleset(ruleset, cache=True)  # fill the cache
    result = benchmark(senrules.load_ruleset, ruleset, cache=True)
    assert result is not None


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("path", RULE_FILES, ids=_file_id)
def test_lark_lalr(benchmark, path):
    from senrules.parser import get_parser

    parser = get_parser()
    text = path.read_text(encoding="utf-8")
    tree = benchmark(parser.parse, text)
    assert tree.data == "start"


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("path", [EXAMPLE_FILE], ids=_file_id)
def test_lark_earley(benchmark, path):
    from lark import Lark

    from senrules.parser import grammar_text

    earley = Lark(grammar_text(), parser="earley", propagate_positions=True, maybe_placeholders=True)
    text = path.read_text(encoding="utf-8")
    tree = benchmark(earley.parse, text)
    assert tree.data == "start"
