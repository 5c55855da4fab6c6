"""Evidence plugins see the parameter values the evaluation uses
(``context.parameters``): the rules' values on the evaluation date with a
data folder's ``[parameters]``, a ``--parameter-set`` and a ``--params``
file over them, resolved by the engine's own function.  So the Outcomes
Benchmarking plugin's ``<pi>_trend`` facts are worked out over the
``trend_years`` in force, as the rules' ``improving(x, trend_years)`` is:
before, the plugin read the ruleset's default and the two disagreed.

A plugin written before the values were passed (``senrules_gather_evidence
(ruleset, context)``, or fewer arguments) works unchanged."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

import pytest

import senrules
from senrules import cli
from senrules.gather import context_for, gather_for, render_problems

# the Outcomes Benchmarking trend ruleset of test_ob_trend.py (a fact read by improving() and by the plugin)
from test_ob_trend import RULES  # noqa: E402

#: PI 3 rose in each of the last three years but fell in the fourth back:
#: "improving" over 3 years, "mixed" over 4.
OB_CSV = "Year,PI,Value\n2021,PI 3,60\n2022,PI 3,58\n2023,PI 3,62\n2024,PI 3,64\n"
MANIFEST = 'evaluation_date = 2024-09-30\n[[outcomes_benchmarking]]\nfile = "ob.csv"\n'


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "ob-trend.rules"
    path.write_text(RULES, encoding="utf-8")
    return path


def evaluate(*args, env=None) -> dict:
    """``senrules evaluate ... --format json`` in a new process: the result."""
    done = subprocess.run([sys.executable, "-m", "senrules", "evaluate", *map(str, args), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def verdicts(result) -> dict:
    return {j["id"]: j["verdict"] for j in result["judgements"] if j["id"] in ("C1", "C2")}


def trend_fact(result) -> dict:
    (c2,) = [j for j in result["judgements"] if j["id"] == "C2"]
    (fact,) = [f for f in c2["facts"] if f["fact"] == "pi03_eyfs_78_points_trend"]
    return fact


def test_a_params_override_of_trend_years_changes_the_trend_fact_and_its_verdict(rules_file, folder, tmp_path):
    root = folder({"senrules-data.toml": MANIFEST, "ob.csv": OB_CSV})
    before = evaluate(rules_file, "--data", root)
    assert verdicts(before) == {"C1": "met", "C2": "met"}
    assert trend_fact(before)["value"] == "improving"
    assert "PI 3 2022-2024: 58, 62, 64" in trend_fact(before)["provenance"][0]

    params = tmp_path / "four-years.toml"
    params.write_text("trend_years = 4\n", encoding="utf-8")
    after = evaluate(rules_file, "--data", root, "--params", params)
    # the plugin's trend is over the 4 years the rules read: both criteria not met (was C2 met, C1 not)
    assert verdicts(after) == {"C1": "not_met", "C2": "not_met"}
    assert trend_fact(after)["value"] == "mixed"
    assert "PI 3 2021-2024: 60, 58, 62, 64" in trend_fact(after)["provenance"][0]
    assert {k: v["value"] for k, v in after["parameters"].items()} == {"trend_years": 4}


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_a_data_folders_parameters_reach_the_plugin(rules_file, folder):
    root = folder({"senrules-data.toml": MANIFEST.replace("\n[[", "\n[parameters]\ntrend_years = 4\n[[", 1),
                   "ob.csv": OB_CSV})
    code, out, err = run("evaluate", rules_file, "--data", root, "--format", "json")
    assert (code, err) == (0, "")
    assert verdicts(json.loads(out)) == {"C1": "not_met", "C2": "not_met"}
    assert trend_fact(json.loads(out))["value"] == "mixed"


OLD_STYLE_PLUGIN = '''
    """A plugin written against senrules 0.1: its gather hook takes
    (ruleset, context) and knows nothing of context.parameters."""
    import senrules


    @senrules.hookimpl
    def senrules_gather_evidence(ruleset, context):
        if "pi13_fixed_term_exclusion" not in ruleset.facts:
            return None
        where = senrules.Provenance("la_exclusions", record="the LA's own exclusions table")
        return [senrules.Evidence("pi13_fixed_term_exclusion", 4.2, where, context.year)]


    @senrules.hookimpl
    def senrules_parameter_sets(ruleset):
        from senrules.gather import ParameterSet

        return [ParameterSet("four-years", {"trend_years": 4}, ruleset=ruleset.id)]
'''


def test_a_parameter_set_reaches_the_plugin_and_an_old_style_plugin_still_works(rules_file, folder, plugin_site):
    """A third-party plugin installed through its entry point, whose gather
    hook takes only (ruleset, context), still gives its evidence; the
    parameter set it offers reaches the OB plugin's trend."""
    plugin_site.install("senrules_la_old", OLD_STYLE_PLUGIN)
    root = folder({"senrules-data.toml": MANIFEST, "ob.csv": OB_CSV})
    result = evaluate(rules_file, "--data", root, "--parameter-set", "four-years", env=plugin_site.env())
    assert verdicts(result) == {"C1": "not_met", "C2": "not_met"}
    assert trend_fact(result)["value"] == "mixed"
    assert result["evidence_problems"] == []
    everything = [f for j in result["judgements"] for f in j["facts"]]
    assert not [f for f in everything if f["fact"] == "pi13_fixed_term_exclusion"]  # read by no clause: not shown
    code = ("import sys, senrules; from senrules.gather import gather_for; "
            f"rs = senrules.load_ruleset({str(rules_file)!r}, cache=False); "
            f"c, g, p = gather_for(rs, {str(root)!r}, parameter_set='four-years'); "
            "print(sorted((e.fact, e.value) for e in g.evidence if e.fact.startswith('pi13')), dict(c.parameters))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=plugin_site.env(), timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('pi13_fixed_term_exclusion', 4.2)] {'trend_years': 4}"


def test_plugins_of_every_shape_gather_side_by_side(plugins, rules_file):
    """Implementations taking (ruleset, context), (context) or (ruleset)
    only are all called; the one reading context.parameters sees the
    values in force, read-only."""
    rs = senrules.load_ruleset(rules_file, cache=False)
    seen = {}

    class Old:
        @senrules.hookimpl
        def senrules_gather_evidence(self, ruleset, context):
            return [senrules.Evidence("pi13_fixed_term_exclusion", 4.0, senrules.Provenance("old"), context.year)]

    class ContextOnly:
        @senrules.hookimpl
        def senrules_gather_evidence(self, context):
            seen["parameters"] = context.parameters
            return None

    class RulesetOnly:
        @senrules.hookimpl
        def senrules_gather_evidence(self, ruleset):
            seen["ruleset"] = ruleset.id
            return []

    for plugin, name in ((Old(), "old"), (ContextOnly(), "context_only"), (RulesetOnly(), "ruleset_only")):
        plugins.register(plugin, name=name)
    context = context_for(evaluation_date="2024-09-30", ruleset=rs.id)
    gathered = plugins.gather_evidence(rs, context, {"trend_years": {"2020-09-01": 5}})
    assert gathered.problems == ()
    assert [e.fact for e in gathered.evidence] == ["pi13_fixed_term_exclusion"]
    assert seen == {"parameters": {"trend_years": 5}, "ruleset": rs.id}
    with pytest.raises(TypeError):
        seen["parameters"]["trend_years"] = 2  # read-only: a plugin cannot change what the rules use

    plugins.gather_evidence(rs, context)  # no overrides: the rules' own values on the date
    assert seen["parameters"] == {"trend_years": 3}


def test_the_context_carries_the_values_the_evaluation_reports(rules_file, folder, tmp_path):
    """gather_for resolves the parameters once, before gathering: the
    context's values are those the result states it used."""
    rs = senrules.load_ruleset(rules_file, cache=False)
    root = folder({"senrules-data.toml": MANIFEST, "ob.csv": OB_CSV})
    params = tmp_path / "p.toml"
    params.write_text("[trend_years]\n2024-09-01 = 4\n", encoding="utf-8")  # a dated override, in force on the date
    context, gathered, parameters = gather_for(rs, root, params_file=params)
    result = rs.evaluate(gathered.evidence, evaluation_date=context.evaluation_date, parameters=parameters)
    assert dict(context.parameters) == {u.name: u.value for u in result.parameters} == {"trend_years": 4}
    assert result.verdict("C1") == result.verdict("C2") == "not_met"


def test_a_trend_years_below_two_leaves_the_trend_unknown_with_a_warning(builtins, folder, tmp_path):
    path = tmp_path / "one-year.rules"
    path.write_text(RULES.replace("parameter trend_years: integer = 3", "parameter trend_years: integer = 1"), encoding="utf-8")
    rs = senrules.load_ruleset(path, cache=False)
    root = folder({"senrules-data.toml": MANIFEST, "ob.csv": OB_CSV})
    gathered = builtins.gather_evidence(rs, context_for(root, ruleset=rs.id))
    assert "pi03_eyfs_78_points_trend" not in gathered.facts()
    assert render_problems(gathered.problems) == (
        "warning: outcomes_benchmarking: the parameter trend_years is 1, not a number of years of 2 or more, so no "
        "trend is worked out (unknown: pi03_eyfs_78_points_trend, pi13_fixed_term_exclusion_trend)\n")


# ------------------------------------------------------------------ the document and plan readers


SPECIFIC_PLAN = (
    "# Plan\n\n## Special educational provision\n\n"
    "- A teaching assistant will deliver phonics for 20 minutes daily, reviewed each half term by the class teacher.\n"
    "- The speech and language therapist will see Cal for 30 minutes weekly, monitored termly by the SENCO.\n"
)


def test_a_params_override_of_the_woolly_words_reaches_the_plan_reader(folder, tmp_path):
    """The plan reader read `woolly_words` from the rules or the data
    folder's [parameters] only: a --params file or a parameter set was
    reported as used but did not change what the reader looked for."""
    root = folder({"plan.md": SPECIFIC_PLAN, "senrules-data.toml": '[[plan_document]]\nfile = "plan.md"\n'})
    assert evaluate("ehc-plan-specificity-2014", "--data", root)["overall"] == "clear"
    params = tmp_path / "strict.toml"
    params.write_text('woolly_words = "daily; weekly"\n', encoding="utf-8")
    result = evaluate("ehc-plan-specificity-2014", "--data", root, "--params", params)
    assert result["overall"] == "unclear"
    quoted = [p for j in result["judgements"] for f in j["facts"] for p in f["provenance"]]
    assert any("(woolly: daily)" in p for p in quoted) and any("(woolly: weekly)" in p for p in quoted)


def test_a_params_override_of_a_find_phrase_reaches_the_document_reader(folder, tmp_path):
    policy = "Our SEN policy\n\nMrs Patel is our inclusion lead and can be reached on 01234 567890.\n"
    root = folder({"policy.txt": policy, "senrules-data.toml": '[[document]]\nfile = "policy.txt"\n'})
    rs = senrules.load_ruleset("sen-policy-2014")

    def senco_named(**kw):
        _, gathered, _ = gather_for(rs, root, evaluation_date="2024-07-01", **kw)
        return [(e.value, e.provenance.record) for e in gathered.evidence if e.fact == "senco_named"]

    assert senco_named()[0][0] is False
    params = tmp_path / "ours.toml"
    params.write_text('find_senco_named = "SENCO; inclusion lead"\n', encoding="utf-8")
    ((value, record),) = senco_named(params_file=params)
    assert value is True and "inclusion lead" in record


def test_a_resumed_session_gathers_with_the_parameters_it_started_with(rules_file, folder, tmp_path):
    """A session started with --params trend_years = 4, resumed: the
    plugin's trend fact is again over the 4 years the rules read (it was over
    the folder's 3: "improving" beside the rules' not improving), even after
    the file changed, since the session keeps the values it started with."""
    from senrules_tui.session import Options, Session

    # and a question the lead answers, so that there is a session to resume
    rules_file.write_text(RULES.replace('    grade { good when count(criteria is met)', '    criterion C3 "Reviewed" { met when reviewed  not_met otherwise }\n'
                                        '    grade { good when count(criteria is met)').replace(
        "section s", 'fact reviewed: boolean { question "Is progress reviewed termly?" }\n\nsection s'), encoding="utf-8")
    root = folder({"senrules-data.toml": MANIFEST, "ob.csv": OB_CSV})
    params = tmp_path / "four-years.toml"
    params.write_text("trend_years = 4\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"

    def trend_and_verdicts(session):
        (trend,) = [e.value for e in session.gathered.evidence if e.fact == "pi03_eyfs_78_points_trend"]
        return trend, session.result.verdict("C1"), session.result.verdict("C2")

    fresh = Session.start(Options(ruleset=str(rules_file), data=str(root), params=str(params)), db=db)
    assert trend_and_verdicts(fresh) == ("mixed", "not_met", "not_met")
    fresh.opening()
    fresh.handle("yes")  # the first answer writes the session file
    fresh.store.release()  # the session is closed, as when the assistant quits
    params.write_text("trend_years = 3\n", encoding="utf-8")  # changed since: the session keeps its 4
    resumed = Session.start(Options(), db=db, resume=True)
    assert dict(resumed.context.parameters)["trend_years"] == 4
    assert trend_and_verdicts(resumed) == ("mixed", "not_met", "not_met")
    assert "trend_years: was 4" in (resumed.parameter_notice or "")
