"""The law as files: loading and checking the rule, country and guidance files (load, checks, lint,
validate), the condition language's one walker (conditions) and its limits, the library and a
country's law on a date (library, resolve, jurisdiction), comparing and listing countries, schemas
and the wheel's prebuilt library. Representations: YAML -> RuleFile/CountryFile -> Library -> Jurisdiction."""

__all__ = [
    "checks", "compare", "condition_limits", "conditions", "jurisdiction", "library", "lint", "lint_all",
    "listing", "load", "origin_guidance", "prebuild", "resolve", "schema_kinds", "schemas", "validate",
]
