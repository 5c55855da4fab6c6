"""Rulesets and parameter sets contributed by an installed plugin, used from
the command line: a plugin package with a `senrules` entry point (a
dist-info folder) is put on sys.path, and the real commands are run.

The plugin, `la`, contributes the ruleset `la-review` (a folder) and
offers parameter sets:
`small-la` and `broken` for `la-review`, `strict` for `example`, and
`short-pru` for `sen-improvement-test-2007`, and `anywhere` for any ruleset
that declares `min_supported`."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from senrules import cli

PLUGIN = '''
from pathlib import Path

import senrules
from senrules.gather import ParameterSet

HERE = Path(__file__).parent


@senrules.hookimpl
def senrules_ruleset_paths():
    return {"la-review": HERE / "la-review"}


@senrules.hookimpl
def senrules_parameter_sets(ruleset):
    return [
        ParameterSet("small-la", {"min_supported": 20}, ruleset="la-review", doc="A small LA's reading"),
        ParameterSet("broken", {"min_supported": "many"}, ruleset="la-review"),
        ParameterSet("strict", {"majority_of_cyp": 90}, ruleset="example"),
        ParameterSet("anywhere", {"min_supported": 50}),
        ParameterSet("short-pru", {"long_term_pru_weeks": 4}, ruleset="sen-improvement-test-2007"),
    ]
'''

RULES = (Path(__file__).resolve().parents[1] / "data" / "la-review.rules").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(make_plugin_site):
    """The plugin and its dist-info, in a folder to put on sys.path."""
    site = make_plugin_site()
    site.install("senrules_la_contrib", PLUGIN, entry="la", version="1.2", files={"la-review/review.rules": RULES.lstrip()})
    return site


@pytest.fixture
def installed(site, monkeypatch):
    return site.activate(monkeypatch)


@pytest.fixture
def facts(tmp_path):
    path = tmp_path / "svc.json"
    path.write_text('{"evaluation_date": "2024-09-30", "facts": {"cyp_supported": 60}}', encoding="utf-8")
    return path


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def verdicts(out: str) -> dict:
    return {j["id"]: j["verdict"] for j in json.loads(out)["judgements"]}


def parameter(out: str, name: str):
    return json.loads(out)["parameters"][name]["value"]


# ------------------------------------------------------------------ rulesets


def test_a_contributed_ruleset_is_evaluated_by_its_id(installed, facts):
    code, out, err = run("evaluate", "la-review", "--facts", str(facts), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["ruleset"]["id"] == "la-review"
    assert verdicts(out)["R1.1"] == "not_met"  # 60 < 100, the default
    code, out, err = run("explain", "la-review", "R1.1", "--facts", str(facts))
    assert code == 0, err
    assert out.startswith("Criterion R1.1: not met\n")
    assert "- cyp supported: 60" in out


def test_the_other_commands_take_a_contributed_id(installed):
    code, out, err = run("check", "la-review")
    assert (code, err) == (0, "senrules check: no findings in 1 ruleset\n"), out
    code, out, _ = run("test", "la-review")
    assert (code, out) == (0, "la-review: 1 passed, 0 failed\n")
    code, out, _ = run("rules", "show", "la-review")
    assert code == 0 and "R1.1  Enough children are supported" in out
    code, out, _ = run("fmt", "la-review")
    assert code == 0 and out.startswith("ruleset la-review {")


def test_rules_list_shows_where_a_contributed_ruleset_comes_from(installed, site):
    code, out, err = run("rules", "list")
    assert code == 0, err
    (line,) = [line for line in out.splitlines() if line.startswith("la-review ")]
    assert line.split()[1] == "2.0" and "Northshire LA review" in line
    assert line.endswith(f"from plugin la (senrules-la-contrib 1.2): {site.root / 'senrules_la_contrib' / 'la-review'}")
    (shipped,) = [line for line in out.splitlines() if line.startswith("example ")]
    assert "from plugin" not in shipped


def test_an_unknown_id_suggests_contributed_rulesets_too(installed):
    code, out, err = run("evaluate", "la-reviw", "--demo")
    assert code == 2 and out == ""
    assert err == (
        "senrules: error: no ruleset or rule file called `la-reviw`; did you mean `la-review`? "
        "(shipped rulesets: dcsf-2008, ehc-plan-specificity-2014, ehc-timescales-2014, example, hmi-2005, nasen-2014-cyp-voice, nasen-2014-graduated, nasen-2014-parent-engagement, nasen-2014-readiness, sen-improvement-test-2007, sen-information-report-2014, sen-policy-2014; from plugins: la-review)\n"
    )


def test_without_the_plugin_the_id_is_unknown(facts):
    code, _, err = run("evaluate", "la-review", "--facts", str(facts))
    assert code == 2 and "no ruleset or rule file called `la-review`" in err and "from plugins" not in err


# ------------------------------------------------------------------ parameter sets


def test_a_parameter_set_applies_and_a_parameter_file_wins(installed, facts, tmp_path):
    code, out, err = run("evaluate", "la-review", "--facts", str(facts), "--parameter-set", "small-la", "--format", "json")
    assert code == 0, err
    assert parameter(out, "min_supported") == 20 and verdicts(out)["R1.1"] == "met"
    params = tmp_path / "p.toml"
    params.write_text("min_supported = 80\n", encoding="utf-8")
    code, out, err = run("evaluate", "la-review", "--facts", str(facts), "--parameter-set", "small-la",
                         "--params", str(params), "--format", "json")
    assert code == 0, err
    assert parameter(out, "min_supported") == 80 and verdicts(out)["R1.1"] == "not_met"


def test_a_parameter_set_for_a_shipped_ruleset(installed):
    code, out, err = run("explain", "example", "S1", "--demo", "--parameter-set", "strict", "--format", "json")
    assert code == 0, err
    code, out, err = run("evaluate", "example", "--demo", "--parameter-set", "strict")
    assert code == 0, err
    assert "'the majority of CYP': 90% (default 50%) (parameter majority_of_cyp)" in out


def test_a_set_for_any_ruleset_is_offered_only_where_its_parameters_are_declared(installed, facts):
    code, out, err = run("evaluate", "la-review", "--facts", str(facts), "--parameter-set", "anywhere", "--format", "json")
    assert code == 0, err
    assert parameter(out, "min_supported") == 50 and verdicts(out)["R1.1"] == "met"
    code, _, err = run("evaluate", "example", "--demo", "--parameter-set", "anywhere")
    assert code == 2
    assert err == "senrules: error: no plugin offers a parameter set `anywhere` for ruleset example; the sets offered are strict\n"


def test_the_data_folder_then_the_set_then_the_parameter_file(installed, tmp_path):
    data = tmp_path / "svc"
    data.mkdir()
    (data / "facts.json").write_text('{"facts": {"cyp_supported": 150}}', encoding="utf-8")
    (data / "senrules-data.toml").write_text(
        'evaluation_date = 2024-09-30\n[parameters]\nmin_supported = 500\n[[facts_file]]\nfile = "facts.json"\n',
        encoding="utf-8",
    )
    params = tmp_path / "p.json"
    params.write_text('{"min_supported": 200}', encoding="utf-8")
    base = ("evaluate", "la-review", "--data", str(data), "--format", "json")
    for extra, value, verdict in (
        ((), 500, "not_met"),
        (("--parameter-set", "small-la"), 20, "met"),
        (("--parameter-set", "small-la", "--params", str(params)), 200, "not_met"),
    ):
        code, out, err = run(*base, *extra)
        assert (code, err) == (0, ""), extra
        assert (parameter(out, "min_supported"), verdicts(out)["R1.1"]) == (value, verdict), extra


def test_every_report_says_what_set_each_value(installed, tmp_path):
    """The rules' default, the data folder's manifest, the plugin's set and
    the parameter file, each named with the values it set: in the JSON
    result (`source`), the text report, the Markdown and HTML reports' "set
    by" column, and `explain`."""
    data = tmp_path / "svc"
    data.mkdir()
    (data / "facts.json").write_text('{"facts": {"plan_reviewed_on": "2024-01-10"}}', encoding="utf-8")
    (data / "senrules-data.toml").write_text(
        'evaluation_date = 2024-09-30\n[parameters]\nmajority_of_cyp = 55\nmost_areas = 70\nsome_areas = 20\n'
        '[[facts_file]]\nfile = "facts.json"\n', encoding="utf-8")
    params = tmp_path / "p.json"
    params.write_text('{"most_areas": 80}', encoding="utf-8")
    base = ("--data", str(data), "--parameter-set", "strict", "--params", str(params))
    manifest = f"the data folder's senrules-data.toml ({data})"
    code, out, err = run("evaluate", "example", *base, "--format", "json")
    assert (code, err) == (0, "")
    sources = {name: p["source"] for name, p in json.loads(out)["parameters"].items()}
    assert sources == {
        "majority_of_cyp": "the parameter set strict",  # over the folder's 55
        "most_areas": f"the parameter file {params}",   # over the folder's 70
        "some_areas": manifest,
        "trend_years": "the ruleset's default", "review_interval": "the ruleset's default",
        "survey_max_age": "the ruleset's default", "min_response_rate": "the ruleset's default",
    }
    code, out, _ = run("evaluate", "example", *base)
    assert "  'the majority of CYP': 90% (default 50%) (parameter majority_of_cyp), the parameter set strict\n" in out
    assert f"  'some areas': 20% (default 25%) (parameter some_areas), {manifest}\n" in out
    assert "  'over a three year period': 3 years (parameter trend_years), the ruleset's default\n" in out
    code, out, _ = run("evaluate", "example", *base, "--format", "markdown")
    assert f"| 80% (default 75%) | the parameter file {params} |" in out
    assert "| 3 years | the ruleset's default |" in out
    code, out, _ = run("evaluate", "example", *base, "--format", "html")
    assert '<td data-label="set by">the parameter set strict</td>' in out
    code, out, _ = run("explain", "example", "S11", *base)
    assert (f"Parameters read:\n  'most areas': 80% (default 75%) (parameter most_areas), the parameter file {params}\n"
            f"  'some areas': 20% (default 25%) (parameter some_areas), {manifest}\n") in out


def test_an_unknown_set_says_did_you_mean(installed, facts):
    code, out, err = run("evaluate", "la-review", "--facts", str(facts), "--parameter-set", "small")
    assert (code, out) == (2, "")
    assert err == "senrules: error: no plugin offers a parameter set `small` for ruleset la-review; did you mean `small-la`?\n"
    code, _, err = run("evaluate", "hmi-2005", "--demo", "--parameter-set", "strict")
    assert code == 2
    assert err == "senrules: error: no plugin offers a parameter set `strict` for ruleset hmi-2005; none is offered for it\n"


def test_a_bad_value_in_a_set_is_an_error_naming_the_set(installed, facts):
    code, _, err = run("evaluate", "la-review", "--facts", str(facts), "--parameter-set", "broken")
    assert code == 2
    assert err.startswith("senrules: error: parameter set `broken`: parameter `min_supported`:")


def test_without_the_plugin_no_set_is_offered(facts):
    code, _, err = run("evaluate", "example", "--demo", "--parameter-set", "strict")
    assert code == 2
    assert err == "senrules: error: no plugin offers a parameter set `strict` for ruleset example; none is offered for it\n"


def test_a_proposal_check_takes_a_parameter_set(installed):
    (proposal,) = (Path(__file__).resolve().parents[2] / "examples" / "proposals").glob("10-*.md")
    code, out, err = run("proposal", "check", str(proposal), "--format", "json")
    assert code == 0, err
    code, out, err = run("proposal", "check", str(proposal), "--parameter-set", "short-pru", "--format", "json")
    assert code == 1 and json.loads(out)["factors"]["para23"]["verdict"] == "not_met"
    code, out, err = run("proposal", "check", str(proposal), "--parameter-set", "short", "--format", "json")
    assert code == 2 and err.endswith("for ruleset sen-improvement-test-2007; did you mean `short-pru`?\n")


def test_a_proposal_check_names_the_parameter_set_and_a_file_over_it(installed, tmp_path):
    """What set each value, as every other report says it: the set, or the
    parameter file that wins over it, in text, Markdown and JSON."""
    (proposal,) = (Path(__file__).resolve().parents[2] / "examples" / "proposals").glob("10-*.md")
    _, out, _ = run("proposal", "check", str(proposal), "--parameter-set", "short-pru")
    assert "Parameters used:\n  'a long-term stay in a PRU': 4 weeks (default 13 weeks) (parameter long_term_pru_weeks), the parameter set short-pru\n" in out
    _, out, _ = run("proposal", "check", str(proposal), "--parameter-set", "short-pru", "--format", "markdown")
    assert "  - 'a long-term stay in a PRU': 4 weeks (default 13 weeks) (parameter long_term_pru_weeks), the parameter set short-pru\n" in out
    params = tmp_path / "p.json"
    params.write_text('{"long_term_pru_weeks": 20}', encoding="utf-8")
    _, out, _ = run("proposal", "check", str(proposal), "--parameter-set", "short-pru", "--params", str(params),
                    "--format", "json")
    data = json.loads(out)
    assert data["parameters"]["long_term_pru_weeks"] == 20
    assert data["parameter_sources"]["long_term_pru_weeks"] == f"the parameter file {params}"
    assert data["parameter_sources"]["pru_dates_tolerance_weeks"] == "the ruleset's default"


def test_the_assistant_takes_both_and_resume_keeps_the_set(site, tmp_path):
    env = site.env(keep_pythonpath=False, SENRULES_DATA_DIR=str(tmp_path / "user"))
    db = str(tmp_path / "s.sqlite")

    def assess(*args, answers=""):
        return subprocess.run([sys.executable, "-m", "senrules.cli", "assess", "--plain", *args], input=answers,
                              capture_output=True, text=True, env=env, timeout=120)

    done = assess("--ruleset", "la-review", "--parameter-set", "small-la", "--date", "2024-09-30", "--db", db, answers="30\n")
    assert done.returncode == 0, done.stderr
    assert "against Northshire LA review (la-review 2.0)" in done.stdout
    assert "“Enough children are supported” (R1.1) from still open to met" in done.stdout  # 30 >= 20, the set's value
    done = assess("--resume", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "Already decided by the evidence: “The service reaches children” (R1): good." in done.stdout
    done = assess("--ruleset", "la-reviw", "--db", str(tmp_path / "t.sqlite"))
    assert done.returncode == 2 and "did you mean `la-review`?" in done.stderr


def test_the_proposal_conversation_takes_a_set_and_resume_keeps_it(site, tmp_path):
    env = site.env(keep_pythonpath=False, SENRULES_DATA_DIR=str(tmp_path / "user"))
    # an SEMH closure whose PRU stay has no stated length: the conversation asks for it
    proposal = Path(__file__).resolve().parents[1] / "data" / "proposals" / "dev" / "09-pinewood-semh-pru-no-length.md"
    db = str(tmp_path / "p.sqlite")
    para23 = "Any pupils displaced as a result of the closure of a BESD school (para23)"

    def talk(*args, answers=""):
        return subprocess.run([sys.executable, "-m", "senrules.cli", "proposal", "--plain", *args], input=answers,
                              capture_output=True, text=True, env=env, timeout=120)

    plain = talk(str(proposal), "--db", str(tmp_path / "q.sqlite"), answers="6\n/report\n")
    assert plain.returncode == 0, plain.stderr
    assert "For how many weeks, at most, will a displaced pupil stay in the PRU?" in plain.stdout
    assert f"{para23}: unclear / met" in plain.stdout
    short = talk(str(proposal), "--parameter-set", "short-pru", "--db", db, answers="6\n/report\n")
    assert short.returncode == 0, short.stderr
    assert f"{para23}: unclear / not met" in short.stdout
    again = talk("--resume", "--db", db, answers="/report\n")
    assert again.returncode == 0, again.stderr
    assert "Welcome back" in again.stdout and f"{para23}: unclear / not met" in again.stdout
    env["SENRULES_DISABLE_PLUGINS"] = "la"  # the plugin gone: the values the session started with
    gone = talk("--resume", "--db", db, answers="/report\n")
    assert gone.returncode == 0, gone.stderr
    assert "It goes on with the values saved with it: long_term_pru_weeks = 4 (the parameter set short-pru)." in gone.stdout
    assert f"{para23}: unclear / not met" in gone.stdout
    del env["SENRULES_DISABLE_PLUGINS"]
    wrong = talk(str(proposal), "--parameter-set", "short", "--db", str(tmp_path / "r.sqlite"))
    assert wrong.returncode == 2 and "did you mean `short-pru`?" in wrong.stderr and "Traceback" not in wrong.stderr


# ------------------------------------------------------------------ senrules plugins


def test_plugins_lists_what_a_plugin_contributes(installed, site):
    code, out, err = run("plugins")
    assert code == 0, err
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("la "))
    assert lines[start].split()[1:4] == ["1.2", "loaded", "senrules-la-contrib"]
    block = [line.strip() for line in lines[start + 1:] if line.startswith(" ")][:6]
    assert block == [
        f"ruleset la-review ({site.root / 'senrules_la_contrib' / 'la-review'})",
        "parameter set strict for example",
        "parameter set short-pru for sen-improvement-test-2007",
        "parameter set small-la for la-review: A small LA's reading",
        "parameter set broken for la-review",
        "parameter set anywhere for la-review",
    ]
    code, out, _ = run("plugins", "--format", "json")
    (row,) = [r for r in json.loads(out) if r["name"] == "la"]
    assert row["rulesets"] == [{"id": "la-review", "path": str(site.root / "senrules_la_contrib" / "la-review")}]
    assert {s["name"]: s["rulesets"] for s in row["parameter_sets"]} == {
        "small-la": ["la-review"], "broken": ["la-review"], "strict": ["example"], "anywhere": ["la-review"],
        "short-pru": ["sen-improvement-test-2007"],
    }


# ------------------------------------------------------------------ start-up


PROBE = """
import json, sys
from senrules.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, "senrules_la_contrib" in sys.modules, "senrules.plugins" in sys.modules,
                  "senrules_tabular" in sys.modules]))
"""


def probe(site, *args):
    env = site.env(keep_pythonpath=False)
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_shipped_id_or_a_path_loads_no_plugin_and_a_contributed_id_does(site, facts):
    assert probe(site, "evaluate", "example", "--demo", "--brief") == [0, False, False, False]
    rules = site.root / "senrules_la_contrib" / "la-review"
    assert probe(site, "evaluate", str(rules), "--facts", str(facts), "--brief") == [0, False, False, False]
    # Only the plugin that contributes rulesets is imported: the evidence
    # plugins (tabular...) implement no senrules_ruleset_paths, so they are not.
    assert probe(site, "evaluate", "la-review", "--facts", str(facts), "--brief") == [0, True, True, False]


# ------------------------------------------------------------------ the guide


def test_the_guides_example_plugin_works(tmp_path):
    """The plugin shown in docs/plugins.md, "Rulesets and parameter sets from
    a plugin", contributes its ruleset and a set the shipped rules accept."""
    import importlib.util

    import senrules
    from senrules.gather import parameters_for
    from senrules.plugins import Plugins

    guide = (Path(__file__).resolve().parents[2] / "docs" / "plugins.md").read_text(encoding="utf-8")
    section = guide.split("## Rulesets and parameter sets from a plugin", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    package = tmp_path / "senrules_northshire"
    (package / "rules" / "northshire-review").mkdir(parents=True)
    (package / "__init__.py").write_text(code, encoding="utf-8")
    (package / "rules" / "northshire-review" / "review.rules").write_text(
        RULES.replace("ruleset la-review", "ruleset northshire-review"), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("senrules_northshire", package / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plugins = Plugins(load_entrypoints=False)
    plugins.register(module, name="northshire")
    assert plugins.ruleset_sources() == {"northshire-review": ("northshire", package / "rules" / "northshire-review")}
    assert senrules.load_ruleset("northshire-review", search=plugins.ruleset_paths).id == "northshire-review"
    dcsf = senrules.load_ruleset("dcsf-2008")
    assert parameters_for(dcsf, parameter_set="northshire", plugins=plugins) == {"majority_of_cyp": 60, "min_response_rate": 25}
