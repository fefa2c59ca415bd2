"""What each spaCy component costs on a corpus, and what the extraction rules cost after it.

Run as a script (``bench/run.py`` does, in its own process): ``components.py FILE.jsonl MODEL
[BATCH]``. Prints one JSON object: ``cpu_s``, CPU seconds per step (the tokenizer, each pipeline
component in order, then ``extract``, the rules), for the project's pipeline as ``claimflow run``
loads it; CPU time, not wall time, so that other load on the machine moves the figures less.
And ``claim_sentences``: the share of tokens in sentences that can hold a claim or a quote (a
quantity can start there, by the rules' own first test, or quotation marks are open), alone and
with the sentence before each (which the pronoun, lead and cue rules read). Only the rest could
skip the tagger and the parser (selective parsing): this says what that could save.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc


def _batches(texts: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(texts), size):
        yield texts[i : i + size]


def component_seconds(nlp: Language, texts: list[str], batch_size: int = 64) -> dict[str, Any]:
    """CPU seconds per step over ``texts``, batch by batch as ``nlp.pipe`` runs them, and the
    share of tokens that selective parsing would have to parse (``claim_sentences``)."""
    from tasks.extract.batch import Extraction, extract_doc

    spent: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    spent["extract"] = 0.0
    shares: Counter[str] = Counter(dict.fromkeys(("tokens", *_SHARES), 0))
    for chunk in _batches(texts, batch_size):
        start = time.process_time()
        docs: list[Doc] = [nlp.make_doc(text) for text in chunk]
        spent["tokenizer"] += time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            spent[name] += time.process_time() - start
        start = time.process_time()
        out = Extraction()
        for k, doc in enumerate(docs):
            extract_doc(doc, str(k), out)
        spent["extract"] += time.process_time() - start
        shares.update(claim_sentences(docs))
    cpu = {name: round(seconds, 2) for name, seconds in spent.items()}
    tokens = shares.pop("tokens") or 1
    return {"cpu_s": cpu, "claim_sentences": {k: round(v / tokens, 3) for k, v in shares.items()}}


_SHARES = ("alone", "with_sentence_before")


def claim_sentences(docs: list[Doc]) -> Counter[str]:
    """Tokens in all, in sentences that can hold a claim or a quote, and in those with the
    sentence before each."""
    from tasks.extract.quantities import could_start
    from tasks.extract.quote_marks import pair_marks

    counts: Counter[str] = Counter()
    for doc in docs:
        quoted = [(q.start, q.end) for q in pair_marks(doc.text)]
        sents = list(doc.sents)
        holds = [
            any(a < s.end_char and s.start_char < b for a, b in quoted)
            or any(could_start(t.orth, doc) for t in s)
            for s in sents
        ]
        for i, s in enumerate(sents):
            counts["tokens"] += len(s)
            if holds[i]:
                counts["alone"] += len(s)
            if holds[i] or (i + 1 < len(sents) and holds[i + 1]):
                counts["with_sentence_before"] += len(s)
    return counts


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tasks.extract.nlp import load_model

    path, model = sys.argv[1], sys.argv[2]
    batch_size = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    texts = [json.loads(line)["text"] for line in Path(path).read_text("utf-8").splitlines()]
    print(json.dumps(component_seconds(load_model(model), texts, batch_size)))


if __name__ == "__main__":
    main()
