"""The small base every stage uses, importing nothing above it: errors that name file and line, the
message catalogues (screening/messages/*.yaml) in en/es/pt, where files are, private files and atomic
writes, the signed cache and the wheel's prebuilt entries, calendar arithmetic, YAML reading with line
numbers and limits, safe text, country names."""

__all__ = [
    "atomic", "cache", "countrynames", "dates", "errors", "files", "instruments", "langs", "limits", "messages",
    "paths", "places", "prebuilt", "safe_text", "yamlio",
]
