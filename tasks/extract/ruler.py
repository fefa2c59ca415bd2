"""The model's attribute ruler with its one-token rules answered from a cache: same output.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of all its rules over every token (179 rules in
``en_core_web_sm``: the tag map, morphology rules, lemma exceptions), about 10% of the whole
model's time on news text, nine tenths of it matching. Almost every rule tests one token's
``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``, so which of them match is a function of those four
values alone, and of the word only when some rule names it (a few hundred words): it is computed
once per distinct (tag, named word or none, dep, is_space) and cached. The few rules that span two
tokens still go through a ``Matcher`` of their own. Rules are applied in the ruler's order (a
later rule overrides an earlier one), as spaCy applies them. A model whose rules test anything
else keeps its own ruler (``wrap`` returns False).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

CACHED_ATTRIBUTE_RULER = "claimflow_cached_attribute_ruler"
_KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# What a one-token rule may test, read from the key's strings (tag, lower, dep, is_space); lower
# is None for a word no rule names (then every test of LOWER fails, as it would on the word).
_FIELDS: dict[str, Callable[[tuple[str, str | None, str, bool]], Any]] = {
    "TAG": lambda key: key[0],
    "LOWER": lambda key: key[1],
    "DEP": lambda key: key[2],
    "IS_SPACE": lambda key: key[3],
}
Rule = tuple[int, dict[Any, Any]]  # (rule number, attributes it sets)


def _test(value: Any, wanted: Any) -> bool | None:
    """Whether ``value`` passes one token-pattern test; None for a test this cache cannot do."""
    if isinstance(wanted, dict):
        if set(wanted) == {"IN"}:
            return value in wanted["IN"]
        if set(wanted) == {"NOT_IN"}:
            return value not in wanted["NOT_IN"]
        if set(wanted) == {"REGEX"}:
            # as spaCy's regex predicate; a word no rule names matches no regex either
            return isinstance(value, str) and re.search(wanted["REGEX"], value) is not None
        return None
    if isinstance(wanted, (str, bool)):
        return bool(value == wanted)
    return None


class CachedAttributeRuler:
    """Applies a model's ``AttributeRuler`` rules with their one-token matches cached."""

    def __init__(self) -> None:
        self.inner: AttributeRuler | None = None  # set by ``wrap``
        self._single: list[tuple[int, dict[str, Any], dict[Any, Any]]] = []
        self._multi: Matcher | None = None
        self._words: set[str] = set()  # every word a LOWER test names
        self._patterns: list[re.Pattern[str]] = []  # every regex a LOWER test uses
        self._named: dict[int, bool] = {}  # lower hash -> does some rule name this word
        self._cache: dict[tuple[int, int, int, int], dict[Any, Any]] = {}

    def wrap(self, inner: AttributeRuler) -> bool:
        """Take over ``inner``'s rules; False (and nothing changed) if any is beyond the cache."""
        single: list[tuple[int, dict[str, Any], dict[Any, Any]]] = []
        words: set[str] = set()
        patterns: list[re.Pattern[str]] = []
        multi = Matcher(inner.vocab, validate=False)
        for number, rule in enumerate(inner.patterns):
            tokens_patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            if any(len(p) != 1 for p in tokens_patterns):
                multi.add(str(number), tokens_patterns)
                continue
            for (token,) in tokens_patterns:
                if not set(token) <= set(_FIELDS):
                    return False
                probe = ("", "", "", False)
                if any(_test(_FIELDS[k](probe), v) is None for k, v in token.items()):
                    return False
                lower = token.get("LOWER")
                if isinstance(lower, str):
                    words.add(lower)
                elif isinstance(lower, dict) and "IN" in lower:
                    words.update(lower["IN"])
                elif isinstance(lower, dict) and "REGEX" in lower:
                    patterns.append(re.compile(lower["REGEX"]))
                elif lower is not None:  # NOT_IN: an unnamed word would pass it
                    return False
                single.append((number, token, inner.attrs[number]))
        self.inner, self._single, self._words, self._patterns = inner, single, words, patterns
        self._multi = multi if len(multi) else None
        self._named, self._cache = {}, {}
        return True

    def _is_named(self, lower: int, doc: Doc) -> bool:
        named = self._named.get(lower)
        if named is None:
            word = doc.vocab.strings[lower]
            named = word in self._words or any(p.search(word) for p in self._patterns)
            self._named[lower] = named
        return named

    def _rules_for(self, key: tuple[int, int, int, int], doc: Doc) -> list[Rule]:
        """The one-token rules that match a token with this key, in rule order."""
        strings = doc.vocab.strings
        values = (
            strings[key[0]],
            strings[key[1]] if key[1] else None,
            strings[key[2]],
            bool(key[3]),
        )
        return [
            (number, attrs)
            for number, token, attrs in self._single
            if all(_test(_FIELDS[k](values), v) for k, v in token.items())
        ]

    def _merged(self, key: tuple[int, int, int, int], doc: Doc) -> dict[Any, Any]:
        merged = self._cache.get(key)
        if merged is None:
            merged = {}
            for _, attrs in self._rules_for(key, doc):  # a later rule overrides
                merged.update(attrs)
            self._cache[key] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        if self.inner is None:
            raise RuntimeError(f"{CACHED_ATTRIBUTE_RULER}: no ruler to wrap (use load_model)")
        if len(doc) == 0:
            return doc
        rows: Any = doc.to_array(_KEY_ATTRS)
        late = self._multi_token_rules(doc)
        for i, (tag, lower, dep, space) in enumerate(rows.tolist()):
            key = (tag, lower if self._is_named(lower, doc) else 0, dep, space)
            if i in late:  # a two-token rule sets it too: every rule that matched, in order
                ordered = sorted(self._rules_for(key, doc) + late[i], key=lambda r: r[0])
                for _, attrs in ordered:
                    set_token_attrs(doc[i], attrs)
            elif merged := self._merged(key, doc):
                set_token_attrs(doc[i], merged)
        return doc

    def _multi_token_rules(self, doc: Doc) -> dict[int, list[Rule]]:
        """Two-token rules that matched, by the token they set."""
        late: dict[int, list[Rule]] = {}
        if self._multi is None or self.inner is None:
            return late
        for match_id, start, end in self._multi(doc, allow_missing=True):
            number = int(doc.vocab.strings[match_id])
            target = doc[start:end][self.inner.indices[number]].i
            late.setdefault(target, []).append((number, self.inner.attrs[number]))
        return late


@Language.factory(CACHED_ATTRIBUTE_RULER)
def _make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler()


def cache_attribute_ruler(nlp: Language) -> None:
    """Replace the model's attribute ruler by the cached one, when its rules allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    inner = nlp.get_pipe("attribute_ruler")
    if not isinstance(inner, AttributeRuler):
        return
    cached = CachedAttributeRuler()
    if cached.wrap(inner):
        replaced = nlp.replace_pipe("attribute_ruler", CACHED_ATTRIBUTE_RULER)
        assert isinstance(replaced, CachedAttributeRuler)
        replaced.wrap(inner)
