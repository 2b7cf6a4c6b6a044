"""`python -m tests.fuzz [--long]`: the standalone runner (run.py)."""

import sys

from .run import main

sys.exit(main())
