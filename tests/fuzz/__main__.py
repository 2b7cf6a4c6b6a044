"""`python -m tests.fuzz [--long]`: the standalone runner (run.py)."""

import sys

from tests.fuzz.run import main

sys.exit(main())
