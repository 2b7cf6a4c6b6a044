"""One error type for everything a user can get wrong: it always names the file and line."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input (rule file, country file, case file, answer). The CLI prints it and exits 1."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message


class InputErrors(InputError):
    """Several problems found at once (used by `rules validate`, which reports them all)."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
