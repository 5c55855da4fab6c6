"""The proposal checker against a corpus of proposals written as councils
write them (statutory notices, consultation documents, cabinet reports,
decision records), each with the expected verdict of every key factor in
``NAME.expected.toml``::

    overall = "credible"            # or "not_credible"
    [factors]                       # every one of: a b c d i ii iii iv para23
    a = "met"                       # met | unclear | not_met | not_applicable
    [why]                           # optional, one line per factor
    a = "..."

Folders, in ``tests/data/proposals/``:

* development (``DEV_FOLDERS``): ``dev/``, written with the reader;
  ``dev-former-heldout/``, the first held-out corpus, written by an engineer
  who had not seen the reader, measured once (224/252 factor verdicts, 26/28
  overall findings) and only then used to improve the reader; and
  ``dev-former-heldout2/``, the second, written blind the same way, measured
  once (355/378, 33/42) and only then used; ``dev-former-heldout3/``, the
  third, measured once (404/432, 37/48) and only then used; ``dev-blind4/``,
  written blind as development data, measured once (346/378, 29/42) before
  any change for it; ``dev-former-heldout4/``, the fourth held-out corpus,
  measured once (420/450, 38/50) and only then used.  Every expected verdict must
  hold (but those listed in ``KNOWN_MISSES``).
* held-out (``HELDOUT_FOLDERS``, and any folder named in the environment
  variable ``SENRULES_PROPOSALS_HELDOUT``, several separated by the path
  separator): written by someone who had not seen the reader, and never used
  to tune it.  Each folder present is measured (factor accuracy and overall
  findings), printed, and held to its floor in ``HELDOUT_FLOORS`` (the aim,
  97% and every overall finding, for a folder not yet measured); see
  docs/proposals.md for the figures.

A folder's Word documents may be kept as a ``make_docx.py`` script with a
``build_all(folder)`` function: they are built into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import os
import tomllib
from pathlib import Path

import pytest

from senrules_proposals import check_document

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
FACTORS = ("a", "b", "c", "d", "i", "ii", "iii", "iv", "para23")
VERDICTS = {"met", "unclear", "not_met", "not_applicable"}
SUFFIXES = (".md", ".markdown", ".txt", ".docx", ".text")

# The development corpora: every expected verdict must hold.
DEV_FOLDERS = ("dev", "dev-former-heldout", "dev-former-heldout2", "dev-former-heldout3", "dev-blind4",
               "dev-former-heldout4", "dev-former-heldout5", "dev-former-heldout6",
               "dev-former-heldout7", "dev-former-heldout8", "dev-former-heldout9",
               "dev-former-heldout10", "dev-former-heldout11", "dev-former-heldout12",
               "dev-former-heldout13", "dev-former-heldout14", "dev-former-heldout15", "dev-former-heldout16",
               "dev-former-heldout17", "dev-former-heldout18",
               "dev-former-heldout19")
# The held-out corpora, measured when present (never tuned on).  The first,
# now dev-former-heldout/, measured 224/252 factor verdicts (88.9%) and 26/28
# overall findings (92.9%) before the reader was changed for it; the second,
# now dev-former-heldout2/, 355/378 (93.9%) and 33/42 (78.6%); the third,
# now dev-former-heldout3/, 404/432 (93.5%) and 37/48 (77.1%); the fourth,
# now dev-former-heldout4/, 420/450 (93.3%) and 38/50 (76.0%); the fifth,
# now dev-former-heldout5/, 398/450 (88.4%) and 33/50 (66.0%); the sixth,
# now dev-former-heldout6/, 412/450 (91.6%) and 39/50 (78.0%).  None is
# present in the repository (a blind corpus waiting to be measured is kept
# out of it; name it here, or in $SENRULES_PROPOSALS_HELDOUT); the held-out
# test skips without one.
HELDOUT_FOLDERS: tuple[str, ...] = ()
HELDOUT_ENV = "SENRULES_PROPOSALS_HELDOUT"
# The aim (issue 10) is 97% of factor verdicts and every overall finding on
# documents the reader was not tuned on.  A folder's floors (factor, overall)
# are set to its first measurement when that falls below the aim, and
# docs/proposals.md says so; a folder not listed is held to the aim.
AIM = (0.97, 1.0)
HELDOUT_FLOORS: dict[str, tuple[float, float]] = {
    # (heldout2/, now dev-former-heldout2/, had the floors (0.939, 0.785): its
    # one measurement.  heldout3/, now dev-former-heldout3/, measured once on
    # 2026-12-03 with the reader after the work on heldout2's causes: 404/432
    # verdicts, 37/48 findings; it had the floors (0.935, 0.77).  heldout4/,
    # now dev-former-heldout4/, measured once on 2026-12-03 with the reader
    # after the work on heldout3's and dev-blind4's causes: 420/450 verdicts,
    # 38/50 findings (with the reader as it was at the start of that day:
    # 414/450, 41/50); it had the floors (0.933, 0.76).  heldout5/, now
    # dev-former-heldout5/, measured once on 2026-12-03 after the work on
    # heldout4's causes: 398/450 verdicts, 33/50 findings (with the reader at
    # the start of that session: 395/450, 32/50).  heldout6/, now
    # dev-former-heldout6/, measured once on 2026-12-03 after the work on
    # heldout4's and heldout5's causes: 412/450 verdicts, 39/50 findings (with
    # the reader at the start of that session: 393/450, 36/50).  heldout7/ and
    # heldout8/, now dev-former-heldout7/ and 8/, measured once on 2026-12-03:
    # 407/450 and 418/450 verdicts, 43/50 and 42/50 findings.  heldout9/, now
    # dev-former-heldout9/, measured once on 2026-12-03 after round 8: 400/450
    # verdicts, 42/50 findings (with the reader at the start of that session:
    # 399/450, 41/50).  heldout10/ (the common registers), now
    # dev-former-heldout10/, measured once on 2026-12-04 after round 9:
    # 419/450 verdicts, 44/50 findings (at the start of that session: 414/450,
    # 44/50).  heldout11/ (the common registers again), now
    # dev-former-heldout11/, measured once on 2026-12-04 after round 10:
    # 413/450 verdicts, 47/50 findings (at the start of that session: 411/450,
    # 47/50).  heldout12/ (the common registers, a third time), now
    # dev-former-heldout12/, measured once on 2026-12-04 after round 11:
    # 423/450 verdicts, 46/50 findings (at the start of that session: 416/450,
    # 44/50).  heldout13/ (the common registers, a fourth time), now
    # dev-former-heldout13/, measured once on 2026-12-04 after round 12:
    # 402/450 verdicts, 46/50 findings (before round 12: 402/450, 45/50).
    # heldout14/ (the common registers, a fifth time), now
    # dev-former-heldout14/, measured once on 2026-12-04 after round 13:
    # 410/450 verdicts, 44/50 findings (before round 13: 409/450, 44/50).
    # heldout15/ (the common registers a sixth time), now dev-former-heldout15/,
    # measured once on 2026-12-04 with this session's four changes merged:
    # 428/450 verdicts, 46/50 findings (before them: 414/450, 48/50; with the
    # two landed, question-and-answer tables and para 23's groups: 431/450, 48/50).
    # heldout16/ (the common registers a seventh time), now dev-former-heldout16/,
    # measured once on 2026-12-05 with the ledger of places and the moves model
    # merged: 422/450 verdicts, 40/50 findings (before them: 421/450, 39/50).)
}
# Verdicts of the development corpora the reader still gets wrong ("overall"
# for the finding), each listed so that the rest must hold and a fix shows.
KNOWN_MISSES: dict[str, set[str]] = {
    # (ii), relabelled to the ruling of 2026-12-05 (a group placed firmly in a pupil referral unit needs no written
    # confirmation): where a PRU is the only destination, nothing in the ruleset says the confirmation is not needed
    # (a fact "every destination is the LA's own PRU" would), so (ii) is read as unclear.
    "dev/111-dunston-notice-ebd-links-centre": {"ii"},
    "dev-former-heldout9/20-cabinet-report-semh-closure-places-only-at-pupil-support-centre": {"ii"},
    # dev-blind4/ (written blind as development data, measured once before any change for it: 346/378
    # verdicts, 29/42 findings): its misses all fixed (round 12 the last).
    # dev-former-heldout5/ (the fifth held-out corpus, measured once on 2026-12-03: 398/450 verdicts,
    # 33/50 findings, then made development data): its misses all fixed.
    # dev-former-heldout6/ (the sixth held-out corpus, measured once on 2026-12-03: 412/450 verdicts,
    # 39/50 findings, then made development data): its misses not yet fixed.
    # (b) is read now; the finding is wrong only because (ii) is: the receiving provision opens two terms
    # after the old one closes, against the summary's date.
    "dev-former-heldout6/48-executive-summary-annexes-move-hi-provision-cranbourne": {"ii", "overall"},
    # dev-former-heldout7/ (the seventh held-out corpus, measured once on 2026-12-03: 407/450 verdicts,
    # 43/50 findings, then made development data): its misses not yet fixed.
    # (d): two proposals in one report, one adding places and one closing some with no replacement: weighing the two
    # is a judgement across proposals, not a figure the reader can read.
    "dev-former-heldout7/23-cabinet-report-19-25-hub-and-close-dene-house-two-proposals": {"d"},
    # (ii): the Council's closure the governors oppose (Part A) is read as the plan; which part is the plan is plan.py's.
    "dev-former-heldout7/32-governors-response-counter-proposal-keep-vi-base-hambledon": {"ii"},
    # dev-former-heldout8/ (the eighth held-out corpus, measured once on 2026-12-03: 418/450 verdicts,
    # 42/50 findings, then made development data): its misses all fixed.
    # dev-former-heldout9/ (the ninth held-out corpus, measured once on 2026-12-03: 400/450 verdicts,
    # 42/50 findings, then made development data): round 11 fixed those of (iv), (i) and para 23.
    # (b): a memo's bare "Staff" heading over its list of therapists is not read as a heading of benefits (a
    # section named for staff is as often the staffing (iv)).
    # (b): "a hydrotherapy pool (used daily by every pupil with a physiotherapy programme)": the pupils' programme read
    # as the physiotherapists' days; a one-off phrasing.
    # dev-former-heldout10/ (the tenth held-out corpus, the common registers, measured once on 2026-12-04:
    # 419/450 verdicts, 44/50 findings, then made development data): round 10 fixed all but one, round 11 the last.
    # (ii): relabelled by the ruling of 2026-12-04 (pupils who move to another site of their own school stay on its
    # roll and need no alternative provision: not applicable); the reader still reads the governing body's letter
    # and the move to the other site as alternative provision confirmed in writing (dev-former-heldout13/30, the
    # same case, is read as the ruling says).
    # dev-former-heldout11/ (the eleventh held-out corpus, the common registers again, measured once on
    # 2026-12-04: 413/450 verdicts, 47/50 findings, then made development data): round 11 fixed 34 of its 37 wrong
    # factor verdicts and 2 of its 3 wrong findings (round 11a: the plan, benefits and places; round 11b: the rest);
    # round 13c two more (13 and 34 (d): "the new school" read as the one the document opens, and their tables').
    # (b): the staffing section's new posts read as access to specialist staff; not reading staff claims under a
    # "Staffing" heading broke a right (b) elsewhere (dev-former-heldout10/24), so left.
    "dev-former-heldout11/44-statutory-proposal-enlargement-of-pd-provision-at-ferndown-primary": {"b"},
    # dev-former-heldout12/ (the twelfth held-out corpus, the common registers a third time, measured once on
    # 2026-12-04: 423/450 verdicts, 46/50 findings, then made development data): round 12 fixed 22 of its 27 wrong
    # factor verdicts and all 4 of its wrong findings (round 12a: the plan, benefits, places, providers' views and
    # funding; round 12b: pupils displaced and para 23); round 13b read 04's title under a letterhead (its (iii) and
    # para 23), round 13c 24's (d), a consolidation's net fall.
    # dev-former-heldout13/ (the thirteenth held-out corpus, the common registers a fourth time, measured once on
    # 2026-12-04: 402/450 verdicts, 46/50 findings, then made development data): round 13a fixed its (a), (b), (c)
    # and (i) misses, round 13b its (ii) and para 23 misses (30's relabelled by the ruling on sites), round 13c its
    # (d), (iii) and (iv) misses, but those commented.
    # (c): "a new classroom" for the host school's own pupils as it grows: a gain for other pupils than those with
    # SEN, told only by who the pupils are.
    "dev-former-heldout13/22-governors-proposal-close-the-nest-nurture-unit": {"c"},
    # dev-former-heldout14/ (the fourteenth held-out corpus, the common registers a fifth time, measured once on
    # 2026-12-04: 410/450 verdicts, 44/50 findings, then made development data): question-and-answer tables read as
    # prose fixed 24's five and its finding, para 23 from the closing school's groups (extract/stays.py) its seven
    # para 23 misses; the rest not yet worked on.
    "dev-former-heldout14/07-consultation-close-ivy-lane-school": {"ii"},
    "dev-former-heldout14/11-consultation-close-harbour-base-st-aidans": {"ii"},
    "dev-former-heldout14/27-public-notice-enlarge-brookvale-school": {"ii"},
    "dev-former-heldout14/43-decision-notice-parkside-hi-base": {"ii"},
    "dev-former-heldout14/46-trust-proposal-close-oakhurst-semh-unit": {"iv"},
    # dev-former-heldout15/ (the fifteenth held-out corpus, the common registers a sixth time, measured once on
    # 2026-12-04: 428/450 verdicts, 46/50 findings with this session's four changes merged; 431/450, 48/50 with the
    # two that landed), then made development data: its para 23 misses fixed on 2026-12-05 ("this option" of a
    # rejected option's paragraph, "agreed in discussions", "the Vale" of Marlow Vale School); the rest not yet worked on.
    "dev-former-heldout15/34-executive-report-close-greystones-school": {"ii"},
    "dev-former-heldout15/47-final-report-close-fairway-learning-support-centre": {"ii"},
    # dev-former-heldout16/ (the sixteenth held-out corpus, the common registers a seventh time, measured once on
    # 2026-12-05 with the ledger of places and the moves model merged: 422/450 verdicts, 40/50 findings; before
    # them 421/450, 39/50), then made development data: its misses worked on the next night, the last one fixed since.
    # dev-former-heldout17/ (the seventeenth held-out corpus, the common registers an eighth time and six registers
    # earlier writers rarely used, measured once on 2026-12-05: 408/450 verdicts, 43/50 findings, with main as the
    # session began and with the night's five reader changes merged alike), then made development data.
    "dev-former-heldout17/05-letter-to-parents-ferndale-school-closure": {"ii"},
    "dev-former-heldout17/16-faq-larkspur-school-closure": {"c"},
    "dev-former-heldout17/17-cabinet-report-asd-resourced-provision-expansion": {"ii", "overall"},
    # dev-former-heldout18/ (the eighteenth held-out corpus, 75 documents by three writers, the common registers and
    # the six rarer ones again, measured once on 2026-12-05: 637/675 verdicts, 69/75 findings with main as the
    # session began; 638/675, 69/75 with the night's four reader changes merged), then made development data.
    "dev-former-heldout18/05-committee-minutes-extract-close-hollins-lane": {"d", "ii"},
    "dev-former-heldout18/16-public-notice-relocate-pennyfield-school": {"ii"},
    "dev-former-heldout18/28-faq-for-parents-closure-of-fernhill-school": {"iv"},
    "dev-former-heldout18/49-trust-business-case-calderwood-asd-resource-base": {"d"},
    "dev-former-heldout18/55-cabinet-minutes-extract-close-elmcroft-school": {"ii"},
    # dev-former-heldout19/ (the nineteenth held-out corpus, 50 documents by two writers, measured once before
    # landing: 424/450 verdicts, 46/50 findings with main; 425/450 with the morning of 2026-12-05's seven changes),
    # then made development data.
    "dev-former-heldout19/05-minutes-extract-close-greystone-house": {"b", "ii", "overall"},
    "dev-former-heldout19/17-letter-parents-rowan-centre-move": {"d"},
    "dev-former-heldout19/31-letter-parents-hollins-brook-closure": {"c", "para23"},
    "dev-former-heldout19/40-consultation-relocate-greenhollow-school": {"ii"},
    "dev-former-heldout19/45-minutes-extract-redesignation-ashby-lane": {"para23"},
    "dev-former-heldout19/46-cabinet-report-options-corvedale-school": {"para23"},
    "dev-former-heldout19/13-scrutiny-report-outcome-moorside-base": {"b"},
    "dev-former-heldout19/42-faq-parents-kestrel-house-closure": {"c"},
    "dev-former-heldout19/43-letter-parents-satellite-class-brookside": {"c"},
    "dev-former-heldout19/50-trust-proposal-close-lantern-unit-marwood-academy": {"c"},
}


def _built_docx(folder: Path, tmp: Path) -> dict[str, Path]:
    """The Word documents a folder keeps as a script: ``make_docx.py`` with
    ``build_all(folder)`` (as dev/ has), else run as ``python make_docx.py
    OUT``; the .docx files it wrote, by name."""
    import subprocess
    import sys

    script = folder / "make_docx.py"
    if not script.exists():
        return {}
    out = tmp / folder.name
    out.mkdir(parents=True, exist_ok=True)
    spec = importlib.util.spec_from_file_location(f"make_docx_{folder.name}", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if hasattr(module, "build_all"):
        try:
            module.build_all(out)
        except TypeError:  # a build_all() that takes no folder writes beside itself
            module.build_all()
    else:
        subprocess.run([sys.executable, str(script), str(out)], check=True, cwd=folder)
    return {p.name: p for p in (*out.glob("*.docx"), *folder.glob("*.docx"))}


def corpus(folder: Path, tmp: Path) -> list[tuple[str, Path, dict]]:
    """``(name, document, expected)`` for every ``NAME.expected.toml``."""
    if not folder.is_dir():
        return []
    built = None
    out = []
    for exp in sorted(folder.glob("*.expected.toml")):
        name = exp.name[: -len(".expected.toml")]
        doc = next((folder / (name + s) for s in SUFFIXES if (folder / (name + s)).exists()), None)
        if doc is None:
            built = _built_docx(folder, tmp) if built is None else built
            doc = built.get(name + ".docx")
        assert doc is not None, f"{exp}: no document {name}.md, .txt or .docx beside it (nor built by make_docx.py)"
        expected = tomllib.loads(exp.read_text(encoding="utf-8"))
        out.append((name, doc, expected))
    return out


def _check_expected(name: str, expected: dict) -> None:
    assert expected.get("overall") in ("credible", "not_credible"), f"{name}: overall must be credible or not_credible"
    factors = expected.get("factors", {})
    assert set(factors) == set(FACTORS), f"{name}: [factors] must give exactly {' '.join(FACTORS)}"
    assert set(factors.values()) <= VERDICTS, f"{name}: a verdict outside {sorted(VERDICTS)}"


def _dev_cases():
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="senrules-corpus-"))
    return [(f"{folder}/{name}", doc, expected)
            for folder in DEV_FOLDERS for name, doc, expected in corpus(DATA / folder, tmp)]


def heldout_folders() -> list[Path]:
    """The held-out folders present: ``HELDOUT_FOLDERS`` and those named in
    ``$SENRULES_PROPOSALS_HELDOUT``."""
    named = [DATA / f for f in HELDOUT_FOLDERS]
    named += [Path(p) for p in os.environ.get(HELDOUT_ENV, "").split(os.pathsep) if p.strip()]
    out = []
    for folder in named:
        if folder.is_dir() and folder.resolve() not in {f.resolve() for f in out}:
            out.append(folder)
    return out


DEV = _dev_cases()


def test_the_development_corpus_is_large_enough_and_varied():
    assert len(DEV) >= 25
    assert {doc.suffix for _, doc, _ in DEV} >= {".md", ".txt", ".docx"}
    verdicts = {(f, v) for _, _, e in DEV for f, v in e["factors"].items()}
    for factor in FACTORS:  # each factor is seen both passing and failing
        assert any(f == factor and v in ("met", "not_applicable") for f, v in verdicts), factor
        assert any(f == factor and v in ("unclear", "not_met") for f, v in verdicts), factor


@pytest.fixture(scope="module")
def dev_reports():
    return {name: check_document(doc) for name, doc, _ in DEV}


@pytest.mark.parametrize("name, doc, expected", DEV, ids=[c[0] for c in DEV])
def test_dev_document(dev_reports, name, doc, expected):
    _check_expected(name, expected)
    report = dev_reports[name]
    got = report.verdicts()
    wrong = {f: (got[f], v) for f, v in expected["factors"].items() if got[f] != v}
    if report.overall != expected["overall"]:
        wrong["overall"] = (report.overall, expected["overall"])
    known = KNOWN_MISSES.get(name, set())
    fixed = known - set(wrong)
    assert not fixed, f"{doc.name}: {', '.join(sorted(fixed))} now right: take them out of KNOWN_MISSES"
    detail = "\n".join(
        f"  {f}: got {g}, expected {e} ({expected.get('why', {}).get(f, '')})"
        + (f"\n    why: {report.factor(f).why}" if f != "overall" else "")
        for f, (g, e) in wrong.items() if f not in known
    )
    assert not detail, f"{doc.name}:\n{detail}"


def measure(cases) -> dict:
    """Factor accuracy and overall findings over ``cases``."""
    right = total = overall_right = 0
    misses = []
    for name, doc, expected in cases:
        _check_expected(name, expected)
        report = check_document(doc)
        got = report.verdicts()
        for f in FACTORS:
            total += 1
            if got[f] == expected["factors"][f]:
                right += 1
            else:
                misses.append(f"{name} ({f}): got {got[f]}, expected {expected['factors'][f]}")
        if report.overall == expected["overall"]:
            overall_right += 1
        else:
            misses.append(f"{name}: overall {report.overall}, expected {expected['overall']}")
    return {"documents": len(cases), "factors": total, "factors_right": right, "overall_right": overall_right,
            "misses": misses}


HELDOUT = heldout_folders()


@pytest.mark.parametrize("folder", HELDOUT or [None], ids=[f.name for f in HELDOUT] or ["none"])
def test_heldout_corpus_accuracy(tmp_path, folder):
    if folder is None:
        where = f"{', '.join(HELDOUT_FOLDERS)} in tests/data/proposals/, or " if HELDOUT_FOLDERS else ""
        pytest.skip(f"no held-out corpus ({where}${HELDOUT_ENV}; every blind corpus measured so far is now development data)")
    cases = corpus(folder, tmp_path)
    if not cases:
        pytest.skip(f"{folder}: no NAME.expected.toml in it")
    m = measure(cases)
    factor_accuracy = m["factors_right"] / m["factors"]
    overall_accuracy = m["overall_right"] / m["documents"]
    print(f"\nheld-out corpus {folder.name}: {m['documents']} documents; factor verdicts "
          f"{m['factors_right']}/{m['factors']} ({factor_accuracy:.1%}); overall findings "
          f"{m['overall_right']}/{m['documents']} ({overall_accuracy:.1%})")
    for miss in m["misses"]:
        print("  " + miss)
    factor_floor, overall_floor = HELDOUT_FLOORS.get(folder.name, AIM)
    assert factor_accuracy >= factor_floor, "\n".join(m["misses"])
    assert overall_accuracy >= overall_floor, "\n".join(m["misses"])
