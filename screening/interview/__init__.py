"""The interview: its logic without a terminal (flow), reading typed answers (answers), the terminal
(ui, terminal_text), the closing summary, and sessions saved atomically after every answer (session,
session_lock)."""

__all__ = ["answers", "flow", "session", "session_lock", "summary", "terminal_text", "ui"]
