"""Reading: from a source to clean articles. ``discover`` lists the documents of a folder, glob,
file or JSONL file; ``read`` decodes their bytes (``decode``) and extracts HTML's main text
(``html``); ``clean`` strips site furniture (``boilerplate``) and keeps the title, dateline,
headings and references apart; ``batch`` does all of it for one batch, returning bad documents as
rejections instead of raising. Sources on the web: ``fetch`` gets a URL safely and politely,
``feeds`` turns a feed into entries with canonical URLs, ``web`` turns fetched pages into the
same documents ``read`` makes from files.
"""
