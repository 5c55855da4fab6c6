"""The HTML report as a reader sees it: rendered by a real headless Chromium
at a phone's width, and its grade colours checked for contrast.

Printing (the action plan on landscape pages) is tested in test_cli.py."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys

import pytest

from senrules import document

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_MEASURE = """<script>
window.addEventListener("load", () => {
  const doc = document.querySelector("iframe").contentDocument;
  const widths = sel => Array.from(doc.querySelectorAll(sel)).map(e => Math.round(e.getBoundingClientRect().width));
  const row = doc.querySelector("table.grades tbody tr");
  const tops = Array.from(row.children).map(e => Math.round(e.getBoundingClientRect().top));
  document.body.setAttribute("data-measured", JSON.stringify({
    page: doc.documentElement.scrollWidth,
    why: widths("table.grades tbody td:nth-child(3)"),
    plan: widths("table.plan tbody td"),
    one_line: new Set(tops).size === 1,
  }));
});
</script>"""


def _measure(tmp_path, width):
    """The report for the dcsf-2008 demo, laid out by Chromium in a frame *width* pixels wide (a frame:
    headless Chromium's own window is never narrower than 500 pixels)."""
    if not CHROMIUM:
        pytest.skip("needs chromium (Debian package chromium) to lay the report out")
    report = tmp_path / "report.html"
    r = subprocess.run([sys.executable, "-m", "senrules.cli", "evaluate", "dcsf-2008", "--demo", "--format", "html",
                        "--output", str(report)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    page = tmp_path / "frame.html"
    page.write_text(f'<!DOCTYPE html><html><body style="margin:0"><iframe style="width:{width}px;height:900px;border:0" '
                    f'srcdoc="{html.escape(report.read_text(encoding="utf-8"), quote=True)}"></iframe>{_MEASURE}</body></html>',
                    encoding="utf-8")
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={max(width, 500) + 40},1000",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'data-measured="([^"]*)"', out)
    assert found, "Chromium did not lay the report out"
    return json.loads(html.unescape(found[1]))


def test_on_a_phone_the_reasons_get_the_full_width(tmp_path):
    m = _measure(tmp_path, 390)
    assert m["page"] <= 390  # nothing runs off the side of the screen
    assert min(m["why"]) >= 300  # each reason is readable text, not a column of broken words
    assert min(m["plan"]) >= 300  # each action plan field likewise, one under another
    assert not m["one_line"]


def test_on_a_desktop_the_grades_stay_a_table(tmp_path):
    m = _measure(tmp_path, 1280)
    assert m["one_line"]  # standard, grade and why side by side
    assert m["page"] <= 1280


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("level", [*document._COLOURS, "unknown"])
def test_every_grade_label_is_readable_on_its_colour(level):
    background, text = document._COLOURS.get(level, document._UNKNOWN_COLOUR)
    lighter, darker = sorted((_luminance(background), _luminance(text)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5  # WCAG 2 AA for normal text; the word is there too
