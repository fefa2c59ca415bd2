"""Fixtures for the NLP and extraction tests: the trained model, loaded once per session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tasks.nlp import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The project's spaCy pipeline (with newline sentence breaks); loaded once."""
    return load_model()


@pytest.fixture(scope="session")
def blank() -> Language:
    """A tokenizer-only English pipeline, for rules that need no model."""
    return spacy.blank("en")
