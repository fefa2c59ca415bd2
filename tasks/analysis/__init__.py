"""What a run and the published tables say: the run report (counts, stages, validation, the
claims worth a look), rendered for the terminal, the Prefect UI and the ``runs`` table.
"""
