"""What a run and the published tables say. ``run_record`` is what a run did, typed and filled
stage by stage (counts, seconds, validation, quarantine), and becomes the ``runs`` row;
``report`` renders it for the terminal and the Prefect UI and picks the claims worth a first look.
Across articles: ``sources`` (one name per source), ``figures`` (one row per distinct claim, and
where sources disagree), and the analyst's offline HTML page (``figures_report``, ``charts``).
"""
