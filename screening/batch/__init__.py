"""`screening batch`: screen a registry (CSV, JSONL or a folder of case files) in one streaming run:
inputs -> one case per row -> the same assessment `assess` gives -> one output line per row -> a summary."""
