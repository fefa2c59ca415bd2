"""Scoring extraction against hand-labelled truth, beside the pipeline rather than inside it.
``gold_run`` runs the pipeline's own read, clean, identify and extract path over labelled
articles; ``evaluate`` matches the output to the labels and prints precision, recall and per-field
accuracy (``python -m evaluation`` / ``make eval``).
"""
