"""``python -m senrules_tui`` is ``senrules assess``."""

import sys

from senrules.cli import main

raise SystemExit(main(["assess", *sys.argv[1:]]))
