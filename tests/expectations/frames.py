"""Valid frames for every dataset, built from tasks.schema, with every span inside its article."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import polars as pl

from tasks import schema

Frames = dict[str, pl.DataFrame]

# Every article starts with this header, so a span over BLANK_SPAN is whitespace in every article:
# tests use it to make a blank quote or entity whose offsets still match the text.
HEADER = "Kyiv:   "
BLANK_SPAN = (5, 8)


def build_frames(n: int, rows_per_article: int = 50) -> Frames:
    """Valid articles and ``n`` rows each of claims, quotes and entities, every span in its text."""
    a = schema.ARTICLES.names()
    n_articles = max(2, -(-n // rows_per_article))
    texts = [[HEADER] for _ in range(n_articles)]
    lengths = [len(HEADER)] * n_articles
    children: dict[str, list[dict]] = {"claims": [], "quotes": [], "entities": []}

    def place(article: int, span: str) -> tuple[int, int]:
        start = lengths[article] + 1
        texts[article].append(" " + span)
        lengths[article] = start + len(span)
        return start, start + len(span)

    for i in range(n):
        art = i % n_articles
        article_id = f"article-{art:05d}"
        claim = _claim(i)
        claim["char_start"], claim["char_end"] = place(art, claim["quantity_text"])
        claim |= {"claim_id": f"claim-{i:07d}", "article_id": article_id}
        quote_text = f"We will hold line {i}."
        start, end = place(art, quote_text)
        kind = schema.QUOTE_KINDS[i % len(schema.QUOTE_KINDS)]
        children["claims"].append(claim)
        children["quotes"].append(
            {
                "quote_id": f"quote-{i:07d}",
                "article_id": article_id,
                "text": quote_text,
                "char_start": start,
                "char_end": end,
                "speaker": "Volodymyr Zelensky",
                "speaker_text": "Zelensky",
                "cue": "said",
                "quote_kind": kind,
            }
        )
        start, end = place(art, "Kursk")
        children["entities"].append(
            {
                "entity_id": f"entity-{i:07d}",
                "article_id": article_id,
                "text": "Kursk",
                "label": "GPE",
                "canonical": "Kursk Oblast",
                "char_start": start,
                "char_end": end,
            }
        )
    articles = pl.DataFrame(
        [
            {
                "article_id": f"article-{k:05d}",
                "text": "".join(parts),
                "n_words": len("".join(parts).split()),
                "language": "en",
                "raw_sha256": hashlib.sha256("".join(parts).encode()).hexdigest(),
                "source_uri": f"seeds/{k:03d}.txt",
                "references": ["https://example.org"],
            }
            for k, parts in enumerate(texts)
        ]
    )
    assert set(articles.columns) <= set(a)
    frames = {"articles": schema.conform(articles, "articles")}
    for dataset, rows in children.items():
        frames[dataset] = schema.conform(pl.DataFrame(rows), dataset)
    frames["sources"] = schema.conform(pl.DataFrame([_source(i) for i in range(n)]), "sources")
    frames["figures"] = schema.conform(pl.DataFrame([_figure(i) for i in range(n)]), "figures")
    return frames


def _source(i: int) -> dict:
    """A valid sources row; the kind cycles through every kind a source may have."""
    kinds = [k for k in schema.ATTRIBUTION_KINDS if k != "none"]
    return {
        "source_id": f"src_{i:07d}",
        "name": f"Source {i}",
        "kind": kinds[i % len(kinds)],
        "aliases": [f"Source {i}", f"source {i}"],
        "n_claims": i % 3,
        "n_quotes": (i + 1) % 3,
        "n_articles": 1 + i % 4,
    }


def _figure(i: int) -> dict:
    """A valid figures row built from a valid claim."""
    claim = _claim(i)
    day = date(2024, 10, 1 + i % 28)
    return {
        "figure_id": f"fig_{i:07d}",
        **{k: claim[k] for k in ("claim_type", "qualifier", "unit", "value", "value_high")},
        "actor": "North Korea",
        "source_id": f"src_{i:07d}",
        "first_seen": day,
        "last_seen": day + timedelta(days=i % 5),
        "n_articles": 1 + i % 4,
        "n_outlets": i % 2,
        "outlets": ["Reuters"] if i % 2 else [],
        "claim_ids": [f"claim-{i:07d}"],
    }


def _claim(i: int) -> dict:
    """A valid claim; the kind cycles so every branch of the suite sees valid rows."""
    claim_type = schema.CLAIM_TYPES[i % len(schema.CLAIM_TYPES)]
    base = {
        "claim_type": claim_type,
        "unit": "persons",
        "attributed_to": "Ukrainian intelligence",
        "attribution_kind": "organization",
        "attribution_cue": "according to",
        "attribution_scope": "sentence",
        "hedged": i % 2 == 0,
        "confidence": 0.9,
        "value_high": None,
        "actor": "Ukraine",
        "actor_basis": schema.ACTOR_BASES[i % len(schema.ACTOR_BASES)],
        "location": "Kharkiv",
        "location_country": "Ukraine",
        "location_lat": 49.98,
        "location_lon": 36.25,
    }
    if claim_type == "percentage":
        return base | {"quantity_text": f"{i % 90 + 1}%", "value": float(i % 90 + 1),
                       "qualifier": "exact", "unit": "percent"}  # fmt: skip
    if i % 5 == 0:
        return base | {"quantity_text": "thousands", "value": None, "qualifier": "vague"}
    if i % 5 == 1:
        return base | {"quantity_text": f"{i} to {2 * i}", "value": float(i),
                       "value_high": float(2 * i), "qualifier": "range"}  # fmt: skip
    return base | {"quantity_text": f"about {1000 + i:,}", "value": float(1000 + i),
                   "qualifier": "approximate"}  # fmt: skip
