"""From an Evaluation to an Assessment: the status of every criterion, definition and flag with
*because* and *missing* (explainer), outcomes per kind of protection and open checks, background,
filing deadlines and warnings about the input."""

__all__ = ["background", "deadlines", "explainer", "memo", "outcomes", "settle", "values", "warnings"]
