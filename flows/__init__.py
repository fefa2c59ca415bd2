"""Prefect only: the functions of `tasks/` wrapped as tasks (names, retries, caching, timeouts)
and wired into flows, plus the command-line interface that runs them.

Logic does not live here: a flow body reads like the data-flow diagram in docs/ARCHITECTURE.md.
"""
