"""Scoring extraction against hand-labelled truth, beside the pipeline rather than inside it.
``gold_run`` runs the pipeline's own read, clean, identify and extract path over labelled
articles; ``evaluate`` matches the output to the labels (precision, recall, per-field accuracy);
``cli`` prints the report (``python -m evaluation`` / ``make eval``); ``corpora`` finds the
labelled articles.
"""
