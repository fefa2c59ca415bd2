"""What a run and the published tables say. ``run_record`` is what a run did, typed and filled
stage by stage (counts, seconds, validation, quarantine), and becomes the ``runs`` row;
``report`` renders it for the terminal and the Prefect UI and picks the claims worth a first look.
"""
