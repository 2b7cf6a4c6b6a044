"""`python -m screening.cli`, as the console script runs it."""

from . import main

main()
