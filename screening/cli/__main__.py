"""`python -m screening.cli`, as the console script runs it."""

from screening.cli import main

main()
