"""Extraction: from clean text to claims, quotes and entities. ``nlp`` loads the spaCy model once
per process; ``quantities`` finds and normalises numbers, ``claims`` types them and finds what is
counted, ``attribution`` finds who says so (reporting verbs from ``cues``, who a phrase names from
``referents``, the article's people and pronouns from ``context``), ``policy`` decides whose word
a figure is on when its sentence names nobody, ``quote_marks`` pairs quotation marks and
``quotes`` finds their speakers, ``names`` canonicalises names within an article, ``entities``
keeps the named entities, and ``batch`` runs all of them over one parsed batch of articles.
``grammar`` answers the questions every rule asks of the parse; ``cue_words`` holds the word lists.
"""
