"""Scoring extraction against hand-labelled gold (``../shared/gold/*.jsonl``).

Matching follows the gold README: text compared after NFKC with curly quotes folded to ASCII,
names case-insensitively (and without a leading "the"/"a"); a numeric claim matches when its span
overlaps the gold ``quantity_text`` in the same article; a quote when its text starts with
``quote_start``. Gold labels only some quantities and quotes of each article, so precision counts
an extracted item as a false positive only when it matches no gold line at all (required or not):
read it as a lower bound on true precision.

    python -m evaluation --gold ../shared/gold/seeds.jsonl --data-root ./data
    python -m evaluation --gold ../shared/gold/seeds.jsonl --gold tests/gold/domain.jsonl \
        --articles ../shared/seeds --articles ../shared/corpus/domain
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import polars as pl

from evaluation.corpora import BBC_PREFIX
from tasks.extract.grammar import QUOTES_TO_ASCII
from tasks.extract.grammar import fold as fold_name
from tasks.extract.names import canonical_org
from tasks.schema import (
    ActorBasis,
    ArticleCol,
    AttributionKind,
    AttributionScope,
    ClaimCol,
    Dataset,
    Qualifier,
    QuoteCol,
)

# Gold lines use the contract's column names for the fields they label (the gold README).
A_ID, A_URI, A_TEXT = ArticleCol.ARTICLE_ID, ArticleCol.SOURCE_URI, ArticleCol.TEXT
C = ClaimCol
(C_ID, C_START, C_END, C_VALUE, C_QUAL, C_TYPE, C_ACTOR, C_LOC, C_SOURCE, C_HEDGED, C_UNIT,
 C_TEXT, C_KIND, C_SCOPE) = (
    C.ARTICLE_ID, C.CHAR_START, C.CHAR_END, C.VALUE, C.QUALIFIER, C.CLAIM_TYPE, C.ACTOR,
    C.LOCATION, C.ATTRIBUTED_TO, C.HEDGED, C.UNIT, C.QUANTITY_TEXT, C.ATTRIBUTION_KIND,
    C.ATTRIBUTION_SCOPE,
)  # fmt: skip
Q = QuoteCol
Q_ID, Q_TEXT, Q_SPEAKER, Q_KIND = Q.ARTICLE_ID, Q.TEXT, Q.SPEAKER, Q.QUOTE_KIND
ATTRIBUTION = "attribution"  # a scored field: attributed_to, or "the outlet's own word"
QUOTES, ARTICLES = Dataset.QUOTES.value, Dataset.ARTICLES.value  # keys of a score report
FIELDS = (C_VALUE, C_QUAL, C_TYPE, C_ACTOR, C_LOC, ATTRIBUTION, C_HEDGED)


def fold(text: str | None) -> str:
    """The extractor's name folding (NFKC, curly quotes to ASCII, no diacritics, lowercase,
    single spaces), without a leading article."""
    if text is None:
        return ""
    text = fold_name(text)
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            return text[len(article) :]
    return text


def same_name(found: str | None, accepted: str | None) -> bool:
    """Whether an extracted name is a gold one: the same folded, or the same organisation by the
    extractor's alias table, which publishes the canonical name ("UN" in the gold, "United
    Nations" in the output; "U.N.", "the UN" alike)."""
    if found is None or accepted is None:
        return found is None and accepted is None
    if fold(found) == fold(accepted):
        return True
    return _canonical(found) == _canonical(accepted)


def _canonical(name: str) -> str:
    """A name folded by the alias table, its leading article dropped first ("the U.N.")."""
    bare = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return fold(canonical_org(bare))


def _fold_same_length(text: str) -> str:
    """A lowercase, quote-folded copy of ``text`` with the same offsets."""
    return text.translate(QUOTES_TO_ASCII).lower()


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def numeric_gold(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The numeric lines of a gold file (not its quotes and not-quotes)."""
    return [g for g in gold if g["kind"] == "numeric"]


def locate(text: str, items: list[dict[str, Any]]) -> dict[int, tuple[int, int]]:
    """Where each gold numeric item's ``quantity_text`` is in the article: longest first, so
    "10,000" does not take the span of "Approximately 10,000"; ``sentence_start`` disambiguates."""
    hay = _fold_same_length(text)
    taken: list[tuple[int, int]] = []
    spans: dict[int, tuple[int, int]] = {}
    for k, item in sorted(enumerate(items), key=lambda p: -len(p[1][C_TEXT])):
        needle = _fold_same_length(item[C_TEXT])
        floor = 0
        if item.get("sentence_start"):
            floor = max(0, hay.find(_fold_same_length(item["sentence_start"])))
        pos = hay.find(needle, floor)
        while pos >= 0 and (
            _inside_word(hay, pos, len(needle))
            or any(pos < e and s < pos + len(needle) for s, e in taken)
        ):
            pos = hay.find(needle, pos + 1)
        if pos >= 0:
            spans[k] = (pos, pos + len(needle))
            taken.append(spans[k])
    return spans


def _inside_word(hay: str, pos: int, size: int) -> bool:
    """Whether a match at ``pos`` starts or ends inside a word: gold "one" is not the "one" of
    "drones", nor "10" that of "2010"."""
    before = hay[pos - 1] if pos > 0 else " "
    after = hay[pos + size] if pos + size < len(hay) else " "
    starts_inside = hay[pos].isalnum() and before.isalnum()
    ends_inside = hay[pos + size - 1].isalnum() and after.isalnum()
    return starts_inside or ends_inside


def _field_right(name: str, gold: dict[str, Any], row: dict[str, Any]) -> bool:
    if name == C_VALUE:
        if gold.get(C_VALUE) is None:
            return row[C_VALUE] is None or row[C_QUAL] == Qualifier.VAGUE
        return row[C_VALUE] is not None and math.isclose(row[C_VALUE], gold[C_VALUE], rel_tol=1e-6)
    if name == C_QUAL:
        return row[C_QUAL] == gold.get(C_QUAL)
    if name == C_TYPE:
        unit_ok = C_UNIT not in gold or row[C_UNIT] == gold[C_UNIT]
        return row[C_TYPE] == gold.get(C_TYPE) and unit_ok
    if name == C_ACTOR:
        # a null gold actor means "the sentence names none": an actor the extractor took from
        # the place or the article (actor_basis) agrees with it
        fallback = row.get(C.ACTOR_BASIS) in (ActorBasis.PLACE, ActorBasis.ARTICLE)
        if gold.get(C_ACTOR) is None and fallback:
            return True
        return fold(row[C_ACTOR]) == fold(gold.get(C_ACTOR))
    if name == C_LOC:
        return fold(row[C_LOC]) == fold(gold.get(C_LOC))
    if name == ATTRIBUTION:
        accepted = gold.get(C_SOURCE) or [None]
        outlet = row.get(C_KIND) == AttributionKind.MEDIA
        if None in accepted and outlet and row.get(C_SCOPE) == AttributionScope.DOCUMENT:
            return True  # a figure the outlet states as fact: "no source" is the outlet's word
        return any(same_name(row[C_SOURCE], a) for a in accepted)
    if name == C_HEDGED:
        return bool(row[C_HEDGED]) == bool(gold.get(C_HEDGED, False))
    raise ValueError(name)


def _prf(tp: int, fp: int, found: int, required: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = found / required if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_numeric(gold: list[dict], claims: pl.DataFrame, texts: dict[str, str]) -> dict:
    """Recall, precision and field accuracy for numeric claims; ``texts``: article -> text."""
    by_article: dict[str, list[dict]] = {}
    for item in gold:
        by_article.setdefault(item["article"], []).append(item)
    right = dict.fromkeys(FIELDS, 0)
    required = found = fully = tp = fp = 0
    # Extracted claims, [war reporting, off-topic (BBC)]: all, strictly right, plainly right.
    rows_all, rows_right, rows_sane = [0, 0], [0, 0], [0, 0]
    misses: list[str] = []
    unmatched: list[str] = []
    # Published claims of lines labelled incidental whose value or type is wrong: they cost
    # strict precision but are neither a miss nor an extra.
    wrong_incidental: list[str] = []
    kinds: Counter[str] = Counter()  # finer classes of the wrong fields that score strict
    for article, items in by_article.items():
        if article not in texts:
            continue
        rows = claims.filter(pl.col(C_ID) == article).to_dicts()
        spans = locate(texts[article], items)
        used: set[int] = set()
        for k, item in enumerate(items):
            span = spans.get(k)
            hits = [r for r in rows if span and r[C_START] < span[1] and span[0] < r[C_END]]
            used.update(id(r) for r in hits)
            if not item.get("required", True):
                continue
            required += 1
            if not hits or span is None:
                misses.append(f"{article}: missed {item[C_TEXT]!r}")
                continue
            row = max(hits, key=lambda r: min(r[C_END], span[1]) - max(r[C_START], span[0]))
            found += 1
            ok = {f: _field_right(f, item, row) for f in FIELDS}
            for f, good in ok.items():
                right[f] += good
            if not ok[ATTRIBUTION]:
                kinds[_attribution_error(item, row)] += 1
            if not ok[C_TYPE]:
                kinds[f"claim_type {item.get(C_TYPE)} read as {row[C_TYPE]}"] += 1
            if all(ok[f] for f in (C_VALUE, C_QUAL, C_TYPE, ATTRIBUTION)):
                fully += 1
            else:
                wrong = [f"{f}={row[_ROW_KEY[f]]!r}" for f, good in ok.items() if not good]
                misses.append(f"{article}: {item[C_TEXT]!r} wrong {', '.join(wrong)}")
        tp += len(used)
        extra = [r for r in rows if id(r) not in used]
        fp += len(extra)
        unmatched += [f"{article}: extra {r[C_TEXT]!r} ({r[C_TYPE]})" for r in extra]
        for row in rows:
            best = _best_line(row, items, spans)
            verdict = _row_verdict(row, best)
            if best is not None and not best.get("required", True) and not verdict[1]:
                wrong_incidental.append(
                    f"{article}: incidental {row[C_TEXT]!r} published as {row[C_TYPE]},"
                    f" {row[C_VALUE]!r} (gold {best.get(C_TYPE)}, {best.get(C_VALUE)!r})"
                )
            rows_right[article.startswith(BBC_PREFIX)] += verdict[0]
            rows_sane[article.startswith(BBC_PREFIX)] += verdict[1]
            rows_all[article.startswith(BBC_PREFIX)] += 1
    fully_right = round(fully / required, 4) if required else 1.0
    precision_strict = _share(sum(rows_right), sum(rows_all))
    return {
        "required": required,
        "found": found,
        **_prf(tp, fp, found, required),
        "accuracy": {f: round(right[f] / found, 4) if found else 0.0 for f in FIELDS},
        "fully_right": fully_right,
        "precision_strict": precision_strict,
        "f1_strict": _f1(precision_strict, fully_right),
        "precision_plain": _share(sum(rows_sane), sum(rows_all)),
        "offtopic_rows": rows_all[True],
        "offtopic_precision": _share(rows_sane[True], rows_all[True]),
        "misses": misses,
        "false_positives": unmatched,
        "wrong_incidental": wrong_incidental,
        "error_kinds": dict(kinds.most_common()),
    }


def _attribution_error(gold: dict[str, Any], row: dict[str, Any]) -> str:
    """What kind of wrong source a row has: one where the outlet states the figure, none (or
    the outlet) where someone gives it, or another source than the one who gives it."""
    outlet = row.get(C_KIND) == AttributionKind.MEDIA or row[C_SOURCE] is None
    if None in (gold.get(C_SOURCE) or [None]):
        return "attribution: a source where the outlet states it"
    if outlet:
        return "attribution: the outlet (or none) where a source gives it"
    return "attribution: another source"


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def _best_line(
    row: dict[str, Any], items: list[dict], spans: dict[int, tuple[int, int]]
) -> dict | None:
    """The gold line an extracted claim overlaps most, if any."""
    best, overlap = None, 0
    for k, span in spans.items():
        common = min(row[C_END], span[1]) - max(row[C_START], span[0])
        if common > overlap:
            best, overlap = items[k], common
    return best


def _row_verdict(row: dict[str, Any], best: dict | None) -> tuple[bool, bool]:
    """(strictly right, plainly right) for one extracted claim.

    The claim is judged against the gold line it overlaps most (``best``). Strictly right: that
    line is required and value, qualifier, claim_type and source are right, or the line is
    incidental and its value and claim_type are right. Plainly right: the value and claim_type are
    right (a real figure read as what it is, whoever its source). A claim that overlaps no gold
    line is neither.
    """
    if best is None:
        return False, False
    sane = _field_right(C_VALUE, best, row) and (
        C_TYPE not in best or _field_right(C_TYPE, best, row)
    )
    if not best.get("required", True):
        return sane, sane
    strict = sane and all(_field_right(f, best, row) for f in (C_QUAL, ATTRIBUTION))
    return strict, sane


_ROW_KEY = {**{f: f for f in FIELDS}, ATTRIBUTION: C_SOURCE}  # scored field -> claims column


def _strip_marks(text: str) -> str:
    return fold(text).strip(" \"'")


def score_quotes(gold: list[dict], quotes: pl.DataFrame, articles: Iterable[str]) -> dict:
    """Recall, precision, speaker accuracy for quotes, and the not-quotes that were emitted."""
    articles = set(articles)
    items = [g for g in gold if g["article"] in articles]
    required = found = right = tp = fp = 0
    not_quote_hits: list[str] = []
    misses: list[str] = []
    kinds: Counter[str] = Counter()
    rows = quotes.filter(pl.col(Q_ID).is_in(list(articles))).to_dicts()
    used: set[int] = set()
    for item in items:
        start = _strip_marks(item["quote_start"])
        hits = [
            r
            for r in rows
            if r[Q_ID] == item["article"] and _strip_marks(r[Q_TEXT]).startswith(start)
        ]
        if item["kind"] == "not_quote":
            if not item.get("required", True):
                used.update(id(r) for r in hits)  # "either way": neither a hit nor a miss
            elif hits:
                not_quote_hits.append(f"{item['article']}: {item['quote_start']!r}")
            continue
        used.update(id(r) for r in hits)
        if not item.get("required", True):
            continue
        required += 1
        if not hits:
            misses.append(f"{item['article']}: missed {item['quote_start']!r}")
            continue
        found += 1
        accepted = item.get(Q_SPEAKER) or []
        if any(same_name(r[Q_SPEAKER], a) for r in hits for a in accepted):
            right += 1
        else:
            kinds["speaker: none" if hits[0][Q_SPEAKER] is None else "speaker: another"] += 1
            misses.append(
                f"{item['article']}: {item['quote_start']!r} speaker={hits[0][Q_SPEAKER]!r}"
            )
    tp = len(used)
    extra = [r for r in rows if id(r) not in used]
    fp = len(extra)
    return {
        "required": required,
        "found": found,
        **_prf(tp, fp, found, required),
        "speaker_accuracy": round(right / found, 4) if found else 0.0,
        "fully_right": round(right / required, 4) if required else 1.0,
        "not_quote_hits": not_quote_hits,
        "misses": misses,
        "error_kinds": dict(kinds.most_common()),
        "false_positives": [f"{r[Q_ID]}: extra {r[Q_TEXT][:50]!r}" for r in extra],
    }


def score(
    gold_path: str | Path, claims: pl.DataFrame, quotes: pl.DataFrame, articles: pl.DataFrame
) -> dict:
    """Scores for one gold file. ``articles`` maps ``article_id`` to ``source_uri`` (whose
    basename is the gold ``article``) and holds the clean ``text``."""
    gold = load_gold(gold_path)
    ids = {Path(r[A_URI]).name: r[A_ID] for r in articles.select(A_ID, A_URI).to_dicts()}
    to_name = {v: k for k, v in ids.items()}
    # Gold labels the body: the title paragraph heading the text is blanked (offsets kept) and
    # rows found in it are neither right nor wrong.
    bodies = {
        Path(r[A_URI]).name: body_offset(r[A_TEXT], r[ArticleCol.TITLE])
        for r in articles.select(A_URI, A_TEXT, ArticleCol.TITLE).to_dicts()
    }
    texts = {
        Path(r[A_URI]).name: " " * bodies[Path(r[A_URI]).name]
        + r[A_TEXT][bodies[Path(r[A_URI]).name] :]
        for r in articles.select(A_URI, A_TEXT).to_dicts()
    }
    starts = pl.col(C_ID).replace_strict(bodies, default=0, return_dtype=pl.Int64)
    claims = claims.with_columns(pl.col(C_ID).replace_strict(to_name, default=None))
    claims = claims.filter(pl.col(C_START) >= starts)
    quotes = quotes.with_columns(pl.col(Q_ID).replace_strict(to_name, default=None))
    quotes = quotes.filter(pl.col(Q.CHAR_START) >= starts)
    numeric = numeric_gold(gold)
    quote_items = [g for g in gold if g["kind"] in ("quote", "not_quote")]
    return {
        "gold": str(gold_path),
        ARTICLES: sorted(set(texts) & {g["article"] for g in gold}),
        "numeric": score_numeric(numeric, claims, texts),
        QUOTES: score_quotes(quote_items, quotes, texts),
    }


def body_offset(text: str, title: str | None) -> int:
    """Where the body starts in an article's text: after its title paragraph, if it has one."""
    return len(title) + 2 if title and text.startswith(title + "\n\n") else 0
