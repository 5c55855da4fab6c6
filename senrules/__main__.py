"""``python -m senrules``: the same as the ``senrules`` command."""

from senrules.cli import main

raise SystemExit(main())
