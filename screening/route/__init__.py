"""Along the route: one case screened under the law of each country on the way (along), and the route
in words for the templates (view)."""

__all__ = ["along", "view"]
