"""Storage: rows in, Delta tables out, and back. ``records`` turns extracted items into rows of
the contract, ``identify`` says which articles are already published, ``publish`` writes the
tables idempotently (predicate overwrite per article, insert-if-new by key), ``reconcile`` derives
sources, source ids and figures from them and writes only what changed, and ``query`` and ``views``
read them back for analysts and the command line (polars, DuckDB).
"""
