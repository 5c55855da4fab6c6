"""End-to-end runs of the real `senrules` command: output, exit codes, JSON."""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, cwd=cwd or ROOT, env=full_env,
        timeout=120,
    )


def test_evaluate_demo_prints_a_report():
    r = run("evaluate", "example", "--demo")
    assert r.returncode == 0, r.stderr
    assert "OVERALL: SATISFACTORY" in r.stdout
    # each node in its words, its number after them
    assert "    UNKNOWN  “Managers and all staff understand the plan and recognise their role in fulfilling its objectives” (S11.3)\n" in r.stdout
    assert "needs: the share of staff who understand the plan (2024)" in r.stdout
    assert "Parameters used:" in r.stdout and "'most areas': 75% (parameter most_areas)" in r.stdout


def test_evaluate_json_is_the_versioned_result():
    r = run("evaluate", "example", "--demo", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["schema_version"] == 1
    assert data["ruleset"]["id"] == "example"
    assert data["overall"] == "satisfactory"
    assert data["verdicts"]["S11.3"] == "unknown"
    s113 = next(j for j in data["judgements"] if j["id"] == "S11.3")
    assert s113["missing"] == ["staff_understand_plan"]
    assert s113["ob"] == "D"


def test_evaluate_json_matches_the_published_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = ROOT / "senrules" / "schema" / "result-1.schema.json"
    if not schema_path.exists():
        pytest.skip("schema not written yet")
    r = run("evaluate", "example", "--demo", "--format", "json")
    jsonschema.validate(json.loads(r.stdout), json.loads(schema_path.read_text()))


def test_evaluate_markdown():
    r = run("evaluate", "example", "--demo", "--format", "markdown")
    assert r.returncode == 0
    # titled with the service the facts file names
    assert r.stdout.startswith("# Self-evaluation: Northshire Sensory Support Service (fictional)\n\n## Summary\n\n"
                               "- Framework: Example: three DCSF 2008 standards")
    assert "\n## Summary\n" in r.stdout and "- **Overall grade: SATISFACTORY**" in r.stdout
    assert "### There is a robust process for communicating, reviewing and updating… (S11.5): not met" in r.stdout
    assert "## Action plan" in r.stdout and "### S11.5" not in r.stdout  # words first, the number after them
    assert "## How the vague words were read (parameters used)" in r.stdout
    assert " when " not in r.stdout.split("## Action plan")[0]  # reasons in words, not rule text


def test_evaluate_html_and_docx_reports(tmp_path):
    r = run("evaluate", "example", "--demo", "--format", "html")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("<!DOCTYPE html>") and 'class="card"' in r.stdout
    r = run("evaluate", "example", "--demo", "--format", "docx")
    assert r.returncode == 2 and "--output" in r.stderr
    out = tmp_path / "report.docx"
    r = run("evaluate", "example", "--demo", "--format", "docx", "--output", str(out))
    assert r.returncode == 0, r.stderr
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Summary" in text and "Action plan" in text


def test_parameter_file_overrides_are_applied(tmp_path):
    params = tmp_path / "la.toml"
    params.write_text("[parameters]\nsome_areas = 50\n")
    r = run("evaluate", "example", "--demo", "--params", str(params), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["parameters"]["some_areas"] == {**data["parameters"]["some_areas"], "value": 50, "overridden": True}
    # S11.1 met, S11.3 unknown, S11.5 not met: 33-67% at least partly met,
    # which no longer settles "some areas" at 50%
    s11 = next(j for j in data["judgements"] if j["id"] == "S11")
    assert s11["verdict"] == "unknown" and s11["possible"] == ["satisfactory", "inadequate"]


def test_facts_file_errors_name_the_file_and_line(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text('{\n  "facts": {\n    "parents_positive": 140\n  }\n}\n')
    r = run("evaluate", "example", "--facts", str(facts))
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr == f"senrules: error: {facts}, line 3: fact `parents_positive`: 140 is outside 0-100, but it is a percentage\n"


@pytest.mark.parametrize(
    "content,message",
    [
        ("{not json", "not valid JSON"),
        ('{"facts": {"staf_understand_plan": 3}}', "did you mean `staff_understand_plan`"),
        ('{"fact": {}}', "expected a `facts` object"),
        ('{"facts": {"plan_reviewed_on": "last March"}}', '"last March" is not a date (YYYY-MM-DD)'),
    ],
)
def test_bad_facts_files_exit_2_with_one_line(tmp_path, content, message):
    facts = tmp_path / "facts.json"
    facts.write_text(content)
    r = run("evaluate", "example", "--facts", str(facts))
    assert r.returncode == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_unknown_ruleset_and_usage_errors_exit_2():
    r = run("evaluate", "exampel", "--demo")
    assert r.returncode == 2 and "did you mean `example`" in r.stderr
    r = run("evaluate")
    assert r.returncode == 2 and "senrules: error:" in r.stderr
    r = run("frobnicate")
    assert r.returncode == 2


def test_explain_says_what_a_grade_needing_every_criterion_lacks_in_english():
    """The sentence for "every criterion at a level" reads as English, its
    level in the rule's words: how many are met of how many, and that every
    one must be; a grade it decides says "all N of its criteria"."""
    r = run("explain", "dcsf-2008", "S1", "--demo")
    assert r.returncode == 0, r.stderr
    assert "  it would be outstanding, but only 3 of its 4 criteria are met, and every one must be\n" in r.stdout
    assert "criteria met; every one must be met" not in r.stdout
    r = run("explain", "dcsf-2008", "S5", "--demo")
    assert "Why: outstanding: all 5 of its criteria are met." in r.stdout


def test_explain_says_why_and_what_would_change():
    r = run("explain", "example", "S11.5", "--demo")
    assert r.returncode == 0, r.stderr
    assert "Criterion S11.5: not met" in r.stdout
    assert ("it would be met, but the date the development plan was last reviewed is 14 February 2023, "
            "not within 12 months before the evaluation date") in r.stdout
    said = [line for line in r.stdout.splitlines() if not line.startswith("- ")]  # evidence lines name their record
    assert not any("otherwise" in line or "plan_reviewed_on" in line for line in said)
    r = run("explain", "example", "S11.5", "--demo", "--rules")  # the rule text, for authors
    assert "not_met otherwise  -> holds" in r.stdout
    r = run("explain", "example", "S11.3", "--demo")
    assert "It would be decided by: the share of staff who understand the plan (2024)." in r.stdout
    r = run("explain", "example", "S99", "--demo")
    assert r.returncode == 2 and "not a criterion" in r.stderr


def test_rule_tests_pass_and_report_coverage():
    r = run("test", "example", "--coverage")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "example: 43 passed, 0 failed" in r.stdout
    assert "criterion S11.1: no test expects met, unknown" in r.stdout


def test_a_failing_rule_test_exits_1_and_names_file_and_test(tmp_path):
    src = (ROOT / "senrules" / "rules" / "example" / "example.rules").read_text()
    (tmp_path / "r.rules").write_text(src + '\ntest "Wrong on purpose" {\n  given programmes_monitored = false\n  expect S1.1 is met\n}\n')
    r = run("test", str(tmp_path / "r.rules"))
    assert r.returncode == 1
    assert f"{tmp_path / 'r.rules'}:" in r.stdout
    assert "Test 'Wrong on purpose': expected S1.1 to be met, got not_met (decided by `not_met otherwise`)" in r.stdout


def test_check_is_clean_on_shipped_rules_and_exits_1_on_findings(tmp_path):
    r = run("check", "example", "--no-analysis")
    assert r.returncode == 0, r.stdout
    bad = tmp_path / "bad.rules"
    bad.write_text('ruleset b { title "b" }\nsection s "S" { standard S1 "T" { criterion C "c" { met when nothing  not_met otherwise } grade { good otherwise } } grade { good otherwise } }\n')
    r = run("check", str(bad), "--no-analysis")
    assert r.returncode == 1
    assert "`nothing` is not a fact, parameter, criterion, standard or section" in r.stdout
    assert f"--> {bad}:2:" in r.stdout


def test_evaluating_a_broken_ruleset_exits_2_with_rendered_errors(tmp_path):
    bad = tmp_path / "bad.rules"
    bad.write_text('ruleset b { title "b" }\nfact x: boolean {\n')
    r = run("evaluate", str(bad), "--facts", str(bad))
    assert r.returncode == 2
    assert "error: the file ends before fact `x` is closed" in r.stderr
    assert "Traceback" not in r.stderr


def test_rules_list_and_show():
    r = run("rules", "list")
    assert r.returncode == 0 and any(line.startswith("example ") for line in r.stdout.splitlines())
    r = run("rules", "show", "example", "--format", "json")
    data = json.loads(r.stdout)
    crit = data["sections"][0]["standards"][0]["criteria"][0]
    assert crit["id"] == "S1.1" and crit["text"] == "Programmes and interventions are regularly monitored."
    assert crit["ob_rating"] == "I" and crit["citations"][0]["document"] == "DCSF 2008"
    assert {p["id"] for p in data["parameters"]} >= {"majority_of_cyp", "most_areas"}
    r = run("rules", "show", "example")
    assert "S1.3  Outcome data is systematically identified" in r.stdout


def test_fmt_check_and_write(tmp_path):
    pytest.importorskip("senrules.formatter")
    path = tmp_path / "x.rules"
    path.write_text('ruleset x {title "X"}\nfact a:boolean{question "a?"}\n')
    r = run("fmt", str(path), "--check")
    assert r.returncode == 1 and "would be reformatted" in r.stdout
    r = run("fmt", str(path), "--write")
    assert r.returncode == 0
    assert run("fmt", str(path), "--check").returncode == 0
    commented = tmp_path / "c.rules"
    commented.write_text('# keep me\nruleset x {\ntitle "X"  # and me\n}\n')
    r = run("fmt", str(commented), "--write")
    assert r.returncode == 0, r.stderr
    assert commented.read_text() == '# keep me\nruleset x {\n  title "X"  # and me\n}\n'
    assert run("fmt", str(commented), "--check").returncode == 0
    r = run("fmt", str(commented), "--write", "--force")  # comments are kept, so there is nothing to force
    assert r.returncode == 2 and "unrecognized arguments: --force" in r.stderr


def test_fmt_diff_shows_the_changes_and_changes_nothing(tmp_path):
    path = tmp_path / "x.rules"
    source = 'fact a:boolean{question "a?"}'  # no line end at the end of the file
    path.write_text(source)
    r = run("fmt", str(path), "--diff")
    assert r.returncode == 1, r.stderr
    assert r.stdout == (
        f"--- {path}\n+++ {path} (formatted)\n@@ -1 +1,3 @@\n"
        '-fact a:boolean{question "a?"}\n\\ No newline at end of file\n'
        '+fact a: boolean {\n+  question "a?"\n+}\n'
    )
    assert path.read_text() == source
    path.write_text('fact a: boolean {\n  question "a?"\n}\n')
    r = run("fmt", str(path), "--diff")
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_fmt_reads_standard_input_for_editors():
    def fmt(*args, text='fact a:boolean{question "a?"}\n'):
        return subprocess.run(
            [sys.executable, "-m", "senrules.cli", "fmt", *args], input=text, capture_output=True, text=True,
            cwd=ROOT, timeout=120,
        )

    r = fmt("-")
    assert (r.returncode, r.stdout, r.stderr) == (0, 'fact a: boolean {\n  question "a?"\n}\n', "")
    r = fmt("--check", "-")
    assert (r.returncode, r.stdout) == (1, "<stdin>: would be reformatted\n")
    assert fmt("--check", "-", text='fact a: boolean {\n  question "a?"\n}\n').returncode == 0
    r = fmt("--write", "-")
    assert r.returncode == 2 and "--write cannot rewrite standard input" in r.stderr and not r.stdout
    r = fmt("-", text="fact a: {\n")
    assert r.returncode == 2 and "<stdin>:1:9" in r.stdout and "expected a type" in r.stdout


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("senrules ")


def test_parameter_file_errors_name_the_file(tmp_path):
    params = tmp_path / "la.json"
    params.write_text('{"majority_of_cyp": 140}')
    r = run("evaluate", "example", "--demo", "--params", str(params))
    assert r.returncode == 2
    assert r.stderr == f"senrules: error: {params}: parameter `majority_of_cyp`: 140 is outside 0-100, but it is a percentage\n"


def test_the_printed_html_report_puts_the_action_plan_on_landscape_pages(tmp_path):
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not shutil.which("pdfinfo") or not shutil.which("pdftotext"):
        pytest.skip("needs chromium and poppler-utils (pdfinfo, pdftotext) to print the report")
    html = tmp_path / "report.html"
    assert run("evaluate", "dcsf-2008", "--demo", "--format", "html", "--output", str(html)).returncode == 0
    pdf = tmp_path / "report.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                   capture_output=True, timeout=120)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout)[1])

    def page(n):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True).stdout
        size = re.search(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)",
                         subprocess.run(["pdfinfo", "-f", str(n), "-l", str(n), str(pdf)], capture_output=True, text=True).stdout)
        return text, float(size[1]), float(size[2])

    plan = [n for n in range(1, min(pages, 20) + 1) if "Area of practice" in page(n)[0]]
    assert plan, "no page holds the action plan"
    _, width, height = page(plan[0])
    assert width > height  # landscape: the plan's eight columns are readable
    assert "Action plan" in page(plan[0])[0]  # its heading goes with it, not left behind alone
    _, width, height = page(1)
    assert width < height  # the rest stays portrait
    # the summary fills the first page (at 10pt) and the grades start the next: no page left blank
    assert "Summary" in page(1)[0] and "Grades and reasons" in page(2)[0]
    assert all(page(n)[0].strip() for n in range(1, min(pages, 20) + 1))


def test_rules_without_a_subcommand_shows_the_rules_usage():
    r = run("rules")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("usage: senrules rules [-h] {list,show} ...\n")
    assert "say `senrules rules list` or `senrules rules show RULESET`" in r.stderr


def test_every_commands_help_opens_with_what_it_does():
    from senrules.cli import build_parser

    commands = build_parser(["--help"])._subparsers._group_actions[0].choices
    assert {"check", "evaluate", "explain", "assess", "proposal"} <= set(commands)
    for name, parser in commands.items():
        if name == "proposal":  # the plugin's own parser says it (tests/test_user_mistakes.py)
            continue
        assert parser.description and parser.description[0].isupper(), name
    r = run("explain", "--help")
    assert r.returncode == 0 and "\n\nWhy a verdict, and what would change it.\n" in r.stdout
    # the sub-commands of rules too, and every RULESET says what it may be
    r = run("rules", "show", "--help")
    assert "\n\nA ruleset's sections, standards, criteria, facts and parameters.\n" in r.stdout
    assert "RULESET a shipped ruleset id, a plugin's ruleset id, a folder or a .rules file" in " ".join(r.stdout.split())
    assert "\n\nThe shipped rulesets, and those installed plugins contribute.\n" in run("rules", "list", "--help").stdout
    assert "RULESET a shipped ruleset id" in " ".join(run("explain", "--help").stdout.split())


@pytest.mark.parametrize("command", [("compare",), ("cases",), ("explain",), ("plugins",), ("rules", "show"),
                                     ("check",), ("test",), ("rules", "list"), ("evaluate",)])
def test_every_format_option_says_what_each_format_gives(command):
    r = run(*command, "--help")
    assert r.returncode == 0, r.stderr
    options = r.stdout.split("options:", 1)[1]
    said = " ".join(options.split("--format {", 1)[1].split("}", 1)[1].split("\n  -", 1)[0].split())
    assert "json" in said, (command, said)


def test_the_ruleset_help_is_said_once_and_batch_says_it_too():
    import inspect

    from senrules import cli_service

    assert "a shipped ruleset id" not in inspect.getsource(cli_service)
    assert "RULESET a shipped ruleset id, a plugin's ruleset id, a folder or a .rules file" in " ".join(
        run("batch", "--help").stdout.split())


def test_help_lists_the_main_jobs_first():
    """A new user reads ``senrules --help`` from the top: the Quick start's
    command first, then the jobs senrules is for (the assistant and the
    proposal check among them), the tools for rule authors and other systems
    after them, housekeeping last."""
    commands = build_parser_commands()
    assert commands[:6] == ["evaluate", "explain", "assess", "proposal", "compare", "cases"]
    assert commands.index("check") > commands.index("rules") > commands.index("cases")
    assert commands[-3:] == ["plugins", "cache", "completion"]
    quick_start = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quick start", 1)[1]
    assert re.search(r"&& senrules (\w+)", quick_start).group(1) == commands[0]


def test_the_command_line_is_built_with_argparse_public_api_only():
    """Each command's help line and description come from the table its
    parser is made from (senrules.cli.COMMANDS), not read back out of
    argparse's private attributes, which a Python release may change."""
    from senrules import cli

    for module in ("cli.py", "cli_service.py"):
        text = (ROOT / "senrules" / module).read_text(encoding="utf-8")
        used = re.findall(r"\._(?:choices_actions|actions|subparsers|group_actions|name_parser_map)\b", text)
        assert used == [], (module, used)
    commands = build_parser_commands()
    assert [name for name, _, _ in cli.COMMANDS] == [name for name in commands if name != "proposal"]


def build_parser_commands() -> list[str]:
    """The commands ``senrules --help`` lists, in its order."""
    r = run("--help")
    listing = r.stdout.split("COMMAND\n", 1)[1].split("\n\noptions:", 1)[0]
    return re.findall(r"^    (\S+)", listing, flags=re.M)


def test_cache_help_says_what_the_cache_is():
    r = run("cache", "--help")
    assert r.returncode == 0 and "deleting it is always safe" in r.stdout


def test_the_report_says_where_its_evidence_came_from_in_words(tmp_path):
    r = run("evaluate", "dcsf-2008", "--data", "northshire", "--format", "markdown")
    assert r.returncode == 0, r.stderr
    assert "- Evidence: the data folder northshire\n" in r.stdout
    facts = ROOT / "senrules" / "rules" / "example" / "demo.json"
    r = run("evaluate", "example", "--facts", str(facts), "--format", "markdown")
    assert f"- Evidence: the facts file {facts}\n" in r.stdout


def test_the_cases_report_names_the_steps_before_its_tables():
    r = run("cases", "ehc-timescales-2014", "--data", "westmoor-ehc")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.index("The steps:\n  The local authority responds") < out.index("Every case:\n  step ")
    assert "will or will not carry one out (T1.1)\n" in out  # each step whole, its number after its words
    # the tables lead each row with the step's words, cut to a column, its number after them
    assert "\n  The local authority responds to the request\u2026 (T1.1)   " in out


def test_proposal_check_help_shows_its_own_usage():
    r = run("proposal", "check", "--help")
    assert r.returncode == 0 and r.stdout.startswith("usage: senrules proposal check [-h] [--format {text,markdown,json}]")
