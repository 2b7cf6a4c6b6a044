"""From an Assessment to what a person reads: the view every format shares (context, summary, steps,
referrals, answer_text) and its rendering to JSON, Markdown, HTML or text with the templates (render)."""

__all__ = ["answer_text", "context", "referrals", "render", "settle", "steps", "summary"]
