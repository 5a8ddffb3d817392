"""``python -m dateline``: the same command line as the ``dateline`` script.

Useful where the script is not on PATH (a virtualenv not activated, a container that only
knows ``python``). Decision: no second entry point of its own, so the two can never differ.
"""

from __future__ import annotations

import sys

from dateline.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
