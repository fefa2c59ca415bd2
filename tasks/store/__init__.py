"""Storage: rows in, Delta tables out, and back. ``records`` turns extracted items into rows of
the contract, ``identify`` says which articles are already published, ``publish`` writes the
tables idempotently (predicate overwrite per article, insert-if-new by key), and ``query`` reads
them back for the command line and analysts (polars, DuckDB).
"""
