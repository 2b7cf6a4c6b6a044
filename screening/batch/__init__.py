"""`screening batch`: screen a registry (CSV, .xlsx, JSONL or a folder of case files) in one streaming run:
inputs -> one case per row, read and checked as `assess` reads a case -> the same assessment `assess`
gives -> one output line per row -> a summary."""
