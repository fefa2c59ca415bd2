"""The pipeline's units of work: discovery, reading, cleaning, identity, NLP and extraction,
row assembly and publishing, as plain typed functions over plain data.

Nothing here imports Prefect (a test checks it): every stage runs and is tested without a server,
and `flows/` wraps these functions as tasks and wires them into flows.
"""
