"""Extraction: from clean text to claims, quotes and entities. ``nlp`` loads the spaCy model once
per process; ``quantities`` finds numbers (``numbers`` reads one, ``modifiers`` the qualifier and
unit around it, ``currencies`` the CLDR currency table, ``quantity_filters`` what is not a claim);
``claims`` types them (``counted`` finds what is counted, ``actors`` about whom and where, with
the offline ``gazetteer``; ``hedges`` the hedging; word lists in ``quantity_words``,
``claim_words`` and ``lexicon/``); ``attribution`` finds who says so, ``quotes`` finds quotations
and their speakers, ``names`` canonicalises names within an article, ``entities`` keeps the named
entities, ``grammar`` answers the parse questions they share, and ``batch`` runs all of them over
one parsed batch of articles.
"""
