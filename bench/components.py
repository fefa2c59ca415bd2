"""What each spaCy component costs on a corpus, and what the extraction rules cost after it.

Run as a script (``bench/run.py`` does, in its own process): ``components.py FILE.jsonl MODEL
[BATCH]``. Prints one JSON object: CPU seconds per step (the tokenizer, each pipeline component
in order, then ``extract``, the rules), for the project's pipeline as ``claimflow run`` loads it.
CPU time, not wall time, so that other load on the machine moves the figures less.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc


def _batches(texts: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(texts), size):
        yield texts[i : i + size]


def component_seconds(nlp: Language, texts: list[str], batch_size: int = 64) -> dict[str, float]:
    """CPU seconds per step over ``texts``, batch by batch as ``nlp.pipe`` runs them."""
    from tasks.extract.batch import Extraction, extract_doc

    spent: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    spent["extract"] = 0.0
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
    return {name: round(seconds, 2) for name, seconds in spent.items()}


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tasks.extract.nlp import load_model

    path, model = sys.argv[1], sys.argv[2]
    batch_size = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    texts = [json.loads(line)["text"] for line in Path(path).read_text("utf-8").splitlines()]
    print(json.dumps(component_seconds(load_model(model), texts, batch_size)))


if __name__ == "__main__":
    main()
