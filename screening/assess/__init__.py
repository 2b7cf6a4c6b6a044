"""The pipeline in one call: a case file read and checked (screener.read_case), inputs that cannot be
right refused (refusals), then compiled (cached), evaluated and explained (Screener); and which
questions still matter for a case (relevance)."""

__all__ = ["case_errors", "decisive", "refusals", "relevance", "screener"]
