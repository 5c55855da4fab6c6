"""The school year as data: the terms the reader counts a PRU stay's school
weeks with (school-year.toml, Easter computed for each year), an LA's own
terms (--school-year, or school_year in [proposal_document]), and the
messages for a school year file that cannot be used; the key check of
[proposal_document] entries."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import senrules
from senrules.errors import InputError
from senrules.gather import context_for, render_problems
from senrules.plugins import Plugins, get_plugin_manager
from senrules_proposals import school_year as years
from senrules_proposals.language import DATE, date_of, school_weeks_between
from senrules_proposals.report import check_document

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "proposals" / "golden"
# a BESD school closes; six weeks in a PRU "between 1 September 2027 and that date" (5 January 2028): 15 school
# weeks by the usual school year, so the dates contradict the stated six weeks and make the stay long-term
BRIDGE = ROOT / "tests" / "data" / "proposals" / "dev-former-heldout4" / "11-consultation-close-scar-top-besd-six-week-bridge.md"

# An LA whose autumn term starts on 6 September, ends on 16 December, and has a two-week half-term.
LA_TERMS = """\
[[term]]
name = "autumn"
start = "09-06"
end = "12-16"
half_term = { start = "10-23", end = "11-03" }

[[term]]
name = "spring"
start = "01-04"
end = "easter-7"
half_term = { start = "02-14", end = "02-20" }

[[term]]
name = "summer"
start = "easter+8"
end = "07-21"
half_term = { start = "05-25", end = "05-31" }
"""


@pytest.mark.parametrize("year, day", [(2008, dt.date(2008, 3, 23)), (2024, dt.date(2024, 3, 31)),
                                       (2025, dt.date(2025, 4, 20)), (2026, dt.date(2026, 4, 5)),
                                       (2027, dt.date(2027, 3, 28)), (2038, dt.date(2038, 4, 25))])
def test_easter_is_computed_for_each_year(year, day):
    assert years.easter(year) == day


def test_a_stay_over_easter_loses_the_easter_holiday_whichever_year_it_falls_in():
    # 7 to 28 April: in 2025 Easter is 20 April, and the holiday (14 to 25 April) takes two of the three weeks ...
    assert school_weeks_between(dt.date(2025, 4, 7), dt.date(2025, 4, 28)) == 1
    # ... in 2024 Easter was 31 March, the holiday (25 March to 5 April) is over, and all three weeks are in term
    assert school_weeks_between(dt.date(2024, 4, 8), dt.date(2024, 4, 29)) == 3
    # eight calendar weeks across Easter are six school weeks, in both years
    assert school_weeks_between(dt.date(2024, 3, 4), dt.date(2024, 4, 29)) == 6
    assert school_weeks_between(dt.date(2025, 3, 24), dt.date(2025, 5, 19)) == 6


def test_a_school_year_has_about_39_school_weeks_every_year():
    for y in range(2024, 2040):
        assert 38 <= school_weeks_between(dt.date(y, 9, 1), dt.date(y + 1, 9, 1)) <= 40


def test_easter_and_the_terms_named_in_a_document_are_read_from_the_school_year():
    def read(text):
        return date_of(DATE.search(text))

    assert read("until Easter 2027") == dt.date(2027, 3, 22)  # the Monday of Holy Week, Easter being 28 March
    assert read("until Easter 2025") == dt.date(2025, 4, 14)
    assert read("from the start of the spring term 2028") == dt.date(2028, 1, 4)
    assert read("until the end of the autumn term 2027") == dt.date(2027, 12, 20)
    with years.using(years.from_data(_toml(LA_TERMS), "la.toml")):
        assert read("until the end of the autumn term 2027") == dt.date(2027, 12, 16)


def test_an_la_s_own_terms_change_the_count():
    start, end = dt.date(2027, 9, 1), dt.date(2028, 1, 5)
    assert school_weeks_between(start, end) == 15
    with years.using(years.from_data(_toml(LA_TERMS), "la.toml")):
        assert school_weeks_between(start, end) == 13
    assert school_weeks_between(start, end) == 15  # only inside the `with`


def test_an_la_s_terms_change_para_23_end_to_end(tmp_path):
    terms = tmp_path / "our-terms.toml"
    terms.write_text(LA_TERMS, encoding="utf-8")
    usual = _run("proposal", "check", str(BRIDGE), "--format", "json")
    own = _run("proposal", "check", str(BRIDGE), "--format", "json", "--school-year", str(terms))
    a, b = json.loads(usual.stdout), json.loads(own.stdout)
    assert a["factors"]["para23"]["facts"]["besd_pru_dated_weeks"] == 15 and a["factors"]["para23"]["verdict"] == "unclear"
    assert b["factors"]["para23"]["facts"]["besd_pru_dated_weeks"] == 13 and b["factors"]["para23"]["verdict"] == "met"
    assert a["school_year"] == "the usual English school year (shipped with the proposal reader)"
    assert b["school_year"] == f"the school year file {terms}"
    text = _run("proposal", "check", str(BRIDGE), "--school-year", str(terms)).stdout
    assert f"School weeks counted with: the school year file {terms}\n" in text


BAD = {
    "a day that is not one": (LA_TERMS.replace('end = "12-16"', 'end = "12-32"'),
                              "{f}: term 1 (autumn) end is '12-32': there is no such day; expected a month and day "
                              '"MM-DD" (as "09-01") or a number of days from Easter Sunday (as "easter-7" or "easter+8")'),
    "a misspelt key": (LA_TERMS.replace("half_term = { start = \"10-23\"", "halfterm = { start = \"10-23\""),
                       "{f}: term 1 (autumn) has `halfterm`, which is not read (it reads name, start, end, half_term)"),
    "a term with no end": (LA_TERMS.replace('end = "12-16"\n', ""),
                           '{f}: term 1 (autumn) needs `end`: a month and day "MM-DD" (as "09-01") or a number of '
                           'days from Easter Sunday (as "easter-7" or "easter+8")'),
    "a half-term outside its term": (LA_TERMS.replace('start = "05-25", end = "05-31"', 'start = "08-25", end = "08-31"'),
                                     "{f}: term summer's half_term (08-25 to 08-31: 25 August to 31 August in 2000) is "
                                     "not inside the term (1 May to 21 July)"),
    "terms that overlap": (LA_TERMS.replace('start = "01-04"', 'start = "01-04"').replace('end = "easter-7"', 'end = "easter+9"'),
                           "{f}: terms spring and summer overlap in 2000 (summer starts 1 May, before spring ends 2 May)"),
    "no terms": ("# nothing\n", '{f}: no [[term]] tables; each term needs name, start and end (as name = "autumn", '
                                'start = "09-01", end = "12-20")'),
    "not TOML": ("[[term]\n", "{f}: not valid TOML (Expected ']]' at the end of an array declaration (at line 1, column 7))"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_school_year_file_that_cannot_be_used_is_refused_naming_the_file_and_what_was_expected(tmp_path, case):
    text, message = BAD[case]
    f = tmp_path / "terms.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        years.load(f)
    assert str(err.value) == message.format(f=f)
    r = _run("proposal", "check", str(BRIDGE), "--school-year", str(f))
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"senrules: error: {message.format(f=f)}\n")


def test_the_shipped_school_year_is_the_documented_table():
    year = years.default()
    assert [t.name for t in year.terms] == ["autumn", "spring", "summer"]
    assert str(year.terms[1].end) == "easter-7" and str(year.terms[2].start) == "easter+8"


# ------------------------------------------------------------------ [proposal_document] in a data folder


@pytest.fixture
def plugins():
    import senrules_proposals.plugin

    p = Plugins(get_plugin_manager(load_entrypoints=False))
    p.register(senrules_proposals.plugin, name="proposals")
    return p


def _folder(tmp_path, manifest: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(BRIDGE, folder / "proposal.md")
    (folder / "our-terms.toml").write_text(LA_TERMS, encoding="utf-8")
    (folder / "senrules-data.toml").write_text("evaluation_date = 2027-03-01\n\n" + manifest, encoding="utf-8")
    return folder


def test_a_data_folder_names_the_la_s_school_year(plugins, tmp_path):
    rs = senrules.load_ruleset("sen-improvement-test-2007")
    folder = _folder(tmp_path, '[proposal_document]\nfile = "proposal.md"\nschool_year = "our-terms.toml"\n')
    gathered = plugins.gather_evidence(rs, context_for(folder))
    assert list(gathered.problems) == []
    assert {e.fact: e.value for e in gathered.evidence}["besd_pru_dated_weeks"] == 13


def test_misspelt_keys_of_a_proposal_document_entry_are_named(plugins, tmp_path):
    """Golden: each key the entry does not read, with the key meant; a school
    year file that cannot be used leaves only the weeks counted by dates unknown."""
    rs = senrules.load_ruleset("sen-improvement-test-2007")
    folder = _folder(tmp_path, '[[proposal_document]]\nfiel = "proposal.md"\nschool_yaer = "our-terms.toml"\n\n'
                               '[[proposal_document]]\nfile = "proposal.md"\nschool_year = "missing.toml"\n')
    gathered = plugins.gather_evidence(rs, context_for(folder))
    actual = render_problems(gathered.problems)
    golden = GOLDEN / "proposal-document-keys.txt"
    if os.environ.get("SENRULES_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")
    facts = {e.fact for e in gathered.evidence}
    assert "besd_pru_weeks" in facts and "besd_pru_dated_weeks" not in facts


def _toml(text: str) -> dict:
    import tomllib

    return tomllib.loads(text)


def _run(*args):
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_the_proposal_conversation_takes_the_la_s_school_year_and_keeps_it_on_resume(tmp_path):
    """`senrules proposal FILE --school-year FILE` (the conversation) counts
    the school weeks of a dated PRU stay with the LA's terms, as `proposal
    check` does, with the same help and the same refusal of a bad file; the
    file is kept with the session, so --resume counts with it again."""
    # terms without half-terms, the autumn one to 31 December: the bridge's stay is 18 school weeks, not 15
    terms = tmp_path / "long-terms.toml"
    terms.write_text(LA_TERMS.replace('end = "12-16"', 'end = "12-31"').replace('start = "01-04"', 'start = "01-01"')
                     .replace('start = "09-06"', 'start = "09-01"'), encoding="utf-8")
    terms.write_text("\n".join(line for line in terms.read_text(encoding="utf-8").splitlines()
                               if not line.startswith("half_term")) + "\n", encoding="utf-8")
    # the bridge without its transport paragraph: the conversation has a question to ask (iii), so a session to resume
    doc = tmp_path / "bridge.md"
    doc.write_text("".join(line for line in BRIDGE.read_text(encoding="utf-8").splitlines(keepends=True)
                           if "Transport Policy" not in line), encoding="utf-8")
    db = tmp_path / "p.sqlite"

    def talk(*args, input="/quit\n"):
        return subprocess.run([sys.executable, "-m", "senrules.cli", "proposal", *map(str, args)], input=input,
                              capture_output=True, text=True, cwd=ROOT, timeout=300,
                              env={**os.environ, "SENRULES_DATA_DIR": str(tmp_path / "user")})

    def dated_weeks(out):
        return [line.split(": ", 1)[1].split(" [")[0] for line in out.splitlines()
                if line.startswith("- the longest PRU stay by the document's own dates: ")]

    usual = talk(doc, "--plain", "--db", tmp_path / "usual.sqlite", input="/explain para23\n/quit\n")
    own = talk(doc, "--plain", "--db", db, "--school-year", terms, input="no\n/explain para23\n/quit\n")
    assert usual.returncode == own.returncode == 0, own.stderr
    assert dated_weeks(usual.stdout) == ["15 weeks"] and dated_weeks(own.stdout) == ["18 weeks"]
    again = talk("--plain", "--resume", "--db", db, input="/explain para23\n/quit\n")
    assert again.returncode == 0, again.stderr
    assert dated_weeks(again.stdout) == ["18 weeks"]  # the LA's terms again, not named again

    # the same help as the check's
    from senrules_proposals.command import SCHOOL_YEAR_HELP, build_parser

    from senrules.completion import SubCommands

    parser = build_parser()  # a RecordingParser: it keeps its arguments and sub-commands
    commands = {c.name: c.parser for item in parser.arguments if isinstance(item, SubCommands) for c in item.commands}
    for name in ("check", "talk"):
        (action,) = [a for a in commands[name].arguments if "--school-year" in getattr(a, "option_strings", ())]
        assert action.help.startswith(SCHOOL_YEAR_HELP) and action.metavar == "FILE"
    # and the same one-line refusal of a bad file, naming it, before anything opens
    text, message = BAD["a term with no end"]
    bad = tmp_path / "terms.toml"
    bad.write_text(text, encoding="utf-8")
    r = talk(doc, "--plain", "--school-year", bad)
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"senrules: error: {message.format(f=bad)}\n")
    r = talk(doc, "--school-year", bad)  # the full-screen assistant too
    assert (r.returncode, r.stdout, r.stderr) == (2, "", f"senrules: error: {message.format(f=bad)}\n")
