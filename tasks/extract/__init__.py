"""Extraction: from clean text to claims, quotes and entities. ``nlp`` loads the spaCy model once
per process; ``quantities`` finds and normalises numbers, ``claims`` types them and finds what is
counted, ``attribution`` finds who says so, ``quotes`` finds quotations and their speakers,
``names`` canonicalises names within an article, ``entities`` keeps the named entities, and
``batch`` runs all of them over one parsed batch of articles.
"""
