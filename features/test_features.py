"""Bind every .feature file under features/ to the generic steps in conftest.py."""

from pytest_bdd import scenarios

scenarios(".")
