"""Gherkin features for rule files: the steps (in en/es/pt), a runner (`screening rules test`) and rule
coverage (which criteria, definitions and flags the scenarios reached, and with which status)."""
