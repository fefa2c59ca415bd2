"""Extraction: from clean text to claims, quotes and entities. ``nlp`` loads the spaCy model once
per process; ``quantities`` finds numbers (``numbers`` reads one, ``modifiers`` the qualifier and
unit around it, ``number_ranges`` which two numbers are one range, ``cents`` which currency cents
are in, ``currencies`` the CLDR currency table, ``quantity_filters`` what is not a claim,
``passing_numbers`` what is told in passing: family sizes, ages, ratios);
``claims`` types them (``claim_types`` decides the type from the words ``count_clauses`` reads
around a count, ``counted`` finds what is counted (``anaphor_counts`` what "the number of"
counts, ``relative_counts`` "20 of whom", ``broken_phrases`` where the parse broke, ``weapon_nouns``
whether a vehicle or a bomber is a weapon), ``incidental`` what is told in passing,
``armed_bodies`` when a count of members is troops; where the rules only guess, in war reporting,
``type_model`` decides from ``type_features``, fitted by ``evaluation.type_fit``), ``actors``
about whom and where, with the offline ``gazetteer``; ``hedges`` the hedging; word lists in
``people_words``, ``captivity_words``, ``money_words``, ``hedge_words``, ``place_words``,
``quantity_words``,
``claim_words`` and ``lexicon/``); ``attribution`` finds who says so (reporting verbs from ``cues``,
who performs them from ``cue_speakers`` and ``closing_cues``, which figures they give from
``cue_reach``, whom their speakers name from ``cue_sources``, cues off the figure from
``detached_cues``, who a phrase names from ``referents``, the article's people and pronouns from
``context``, word lists in ``cue_words``; ``reports``, ``report_possessors`` and ``report_owners``
who wrote or owns a report, ``according_to`` whom "according to X" credits, ``non_speakers``
what names no speaker), ``policy`` decides whose word a figure is on when its sentence names
nobody, ``quote_marks`` pairs quotation marks and ``quotes`` finds their speakers, ``names``
canonicalises names within an article, ``entities`` keeps the named entities, ``grammar`` answers
the parse questions they share (``memo`` remembers, per document, the answers rules ask for again
and again, and each token's sentence), and ``batch`` runs all of them over one parsed batch of
articles.
"""
