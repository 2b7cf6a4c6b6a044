"""The Gherkin steps live in the package (screening/bdd/steps.py), so `screening rules test` runs a
trainer's features from an installed wheel with the same phrases; `screening rules steps` lists them."""

from screening.bdd.steps import *  # noqa: F401,F403
