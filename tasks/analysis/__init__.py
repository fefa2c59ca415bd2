"""What a run and the published tables say. For people: the run record and its summary
(``run_record``, ``report``) for the terminal, the Prefect UI and the ``runs`` table. Across
articles: ``sources`` (one name per source), ``figures`` (one row per distinct claim, and where
sources disagree), and the analyst's offline HTML page (``figures_report`` with ``charts``).
"""
