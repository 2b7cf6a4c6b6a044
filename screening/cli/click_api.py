"""click as typer runs it: typer keeps its own copy of click since 0.2x; before, click itself."""

try:
    from typer._click import core, exceptions, formatting
except ImportError:  # pragma: no cover - an older typer
    from click import core, exceptions, formatting  # type: ignore[no-redef]

__all__ = ["core", "exceptions", "formatting"]
