"""Articles in, records out: reading files and archives, batch runs, JSONL, CSV and Parquet."""
