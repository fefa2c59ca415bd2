"""Cleaning: gold labels for the seeds, the domain corpus, the rules on literal lines, bad input."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.documents import RawDocument
from tasks.ingest.clean import clean, clean_batch, detect_language, split_site_suffix
from tasks.ingest.discover import discover
from tasks.ingest.read import read_batch
from tests.conftest import SEEDS, SHARED

GOLD = SHARED / "gold" / "seeds_cleaning.jsonl"
DOMAIN = SHARED / "corpus" / "domain"
NO_SHARED = "../shared not found: gold labels live beside the checkout (CI has them)"


def _fold(text: str) -> str:
    """The gold README's matching: NFKC, curly quotes and apostrophes folded to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def _doc(text: str, uri: str = "mem://doc.txt", **meta: str | None) -> RawDocument:
    fmt = uri.rsplit(".", 1)[-1]
    return RawDocument(source_uri=uri, text=text, raw_sha256="0" * 64, fmt=fmt, meta=meta)


def _gold_lines() -> list[dict | None]:
    if not GOLD.is_file():
        return []
    return [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, object]:
    docs, rejected = read_batch(discover(str(SEEDS)))
    assert not rejected
    articles, rejected_clean = clean_batch(docs)
    assert not rejected_clean
    return {Path(a.source_uri).name: a for a in articles}


@pytest.mark.shared
@pytest.mark.parametrize("gold", _gold_lines() or [None], ids=lambda g: g and g["article"])
def test_seed_matches_gold(gold: dict | None, seed_articles: dict) -> None:
    if gold is None or not (SEEDS / gold["article"]).is_file():
        pytest.skip(NO_SHARED)
    article = seed_articles[gold["article"]]
    text = _fold(article.text)
    paragraphs = text.split("\n\n")
    assert (article.title and _fold(article.title)) == (gold["title"] and _fold(gold["title"]))
    assert article.outlet == gold["outlet"]
    assert article.dateline == gold["dateline"]
    assert gold["must_keep"], "a gold line must name text to keep, or this checks nothing"
    for gone in gold["must_remove"]:
        assert _fold(gone).casefold() not in text.casefold(), gone
    for kept in gold["must_keep"]:
        assert _fold(kept) in text, kept
    headings = [_fold(h) for h in article.headings]
    for heading in gold["headings"]:
        assert _fold(heading) in paragraphs, heading  # its own paragraph, not merged
        assert _fold(heading) in headings, heading
    assert [_fold(r) for r in article.references] == [_fold(r) for r in gold["references"]]
    if article.title:
        assert _fold(article.title) not in text  # the title is not part of the body


def _domain_files() -> list[Path]:
    if not DOMAIN.is_dir():
        return []
    return sorted(p for p in DOMAIN.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def domain_articles() -> dict[str, object]:
    if not DOMAIN.is_dir():
        pytest.skip(NO_SHARED)
    docs, rejected = read_batch(discover(str(DOMAIN)))
    assert rejected == []
    articles, rejected_clean = clean_batch(docs)
    assert rejected_clean == []  # every file yields an article
    return {Path(a.source_uri).name: a for a in articles}


@pytest.mark.shared
def test_every_domain_file_yields_an_article(domain_articles: dict) -> None:
    assert sorted(domain_articles) == [p.name for p in _domain_files()]
    assert len(domain_articles) == 79  # 80 files in the folder, one of them manifest.csv


@pytest.mark.shared
@pytest.mark.parametrize("name", [p.name for p in _domain_files()] or ["<none>"])
def test_domain_article_is_clean(name: str, domain_articles: dict) -> None:
    article = domain_articles[name]
    text = article.text
    assert text and text == text.strip() and "\n\n\n" not in text
    assert "\r" not in text
    assert not re.search(r"(?m)^---\s*$", text), "front matter delimiter"
    assert not re.search(r"(?m)^(title|source|date|description|word_count):", text)
    assert not re.search(r"(?i)sign up to .{0,80}(newsletter|email)", text)
    assert not re.search(r"(?m)^Mail\s+Facebook\s+Twitter", text)
    assert not re.search(r"https?://", text)
    assert article.language == "en"
    if name.endswith(".md") or name.startswith(("gdn", "fundus")):
        assert article.title
        assert "\n" not in article.title


@pytest.mark.shared
def test_domain_titles_match_the_manifest(domain_articles: dict) -> None:
    import csv

    with (DOMAIN / "manifest.csv").open(newline="") as fh:
        manifest = {row["filename"]: row for row in csv.DictReader(fh)}
    for name, article in domain_articles.items():
        if name.startswith(("gdn", "fundus")) and manifest[name]["title"]:
            assert _fold(article.title) == _fold(manifest[name]["title"]), name


# The rules on literal lines: what each removes, and what it must leave alone.
BODY = "Officials in Kyiv said 40 drones were shot down overnight across the country."


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Sign up to First Edition, our free daily newsletter – every weekday morning", "Sign up"),
        ("Mail   Facebook   Twitter / X   LinkedIn", "Facebook"),
        ("Share on Facebook «||» Share on Twitter «||» Share on LinkedIn", "Share"),
        ("https://www.cpmrevenuegate.com/vt6hstxc?key=785582df3563a5011d6a42a72f53041eh", "cpm"),
        ("Smoke rises over Mariupol. Photograph: Evgeniy Maloletka/AP", "Smoke rises"),
        ("A soldier near Druzhkivka [File: Iryna Rybakova/AFP]", "Druzhkivka"),
        ("Comments", "Comments"),
        ("Post a Comment", "Post a"),
        ("Thanks for reading!", "Thanks"),
        ("Your browser does not support the audio element.", "browser"),
        ("[](https://www.aljazeera.com/news/)", "aljazeera"),
        ("* list 1 of 3Ukraine, Russia begin second round of talks", "list 1"),
        ("Reuters, Agence France-Presse and Associated Press contributed to this report", "Agence"),
        ("01:34 Bucha resident recounts finding husband dead – video", "Bucha"),
    ],
)
def test_clutter_line_is_removed(line: str, removed: str) -> None:
    article = clean(_doc(f"{BODY}\n{line}\n{BODY.replace('40', '41')}"))
    assert removed not in article.text
    assert article.text == f"{BODY}\n\n{BODY.replace('40', '41')}"


def test_a_line_of_share_connectives_alone_is_text() -> None:
    # hypothesis found it: "On on on on." was taken for a row of share buttons and dropped
    assert clean(_doc("On on on on.")).text == "On on on on."
    other = BODY.replace("40", "41")
    assert clean(_doc(f"{BODY}\nFollow us on X\n{other}")).text == f"{BODY}\n\n{other}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("in the conflict.The deployment began", "in the conflict. The deployment began"),
        ("he said.“We will", "he said. “We will"),
        ("the war.”The next day", "the war.” The next day"),
        ("the U.S. Defense Secretary", "the U.S. Defense Secretary"),
        ("over the last 2.5 years", "over the last 2.5 years"),
        ("e.g. Ka-52 and Mi-8", "e.g. Ka-52 and Mi-8"),
        ("See the report at https://example.com/a.html today.", "See the report at today."),
        ("A **bold** and _italic_ and __strong__ claim.", "A bold and italic and strong claim."),
        ("what the f*** we’re supposed to do", "what the f*** we’re supposed to do"),
        ("Read [the report](https://example.com/r) here.", "Read the report here."),
        ("Kyiv’s “curly” quotes — kept", "Kyiv’s “curly” quotes — kept"),
        ("snake_case_name stays", "snake_case_name stays"),
    ],
)
def test_inline_rules(raw: str, expected: str) -> None:
    assert clean(_doc(f"{BODY}\n{raw}")).text.split("\n\n")[1] == expected


def test_bullets_become_paragraphs_without_markers() -> None:
    text = f"{BODY}\nKey points:\n- First point here.\n* Second point here.\n• Third point.\n{BODY}"
    article = clean(_doc(text))
    assert article.text.split("\n\n")[1:5] == [
        "Key points:",
        "First point here.",
        "Second point here.",
        "Third point.",
    ]
    assert article.headings == ("Key points:",)


def test_title_from_first_line_only_when_headline_like() -> None:
    assert clean(_doc(f"Russia bombs five railway stations\n{BODY}")).title == (
        "Russia bombs five railway stations"
    )
    assert clean(_doc(f"{BODY}\n{BODY}")).title is None  # a sentence is not a title
    assert clean(_doc("Lead-in with a comma, like this:\nItem.")).title is None


def test_meta_title_drops_the_repeated_headline_and_site_suffix() -> None:
    doc = _doc(
        f"# Strikes hit Kyiv\n{BODY}",
        uri="mem://a.md",
        title="Strikes hit Kyiv | World news | The Guardian",
        url="https://www.theguardian.com/x",
        published_at="2026-02-01T10:00:00+00:00",
    )
    article = clean(doc)
    assert (article.title, article.outlet) == ("Strikes hit Kyiv", "The Guardian")
    assert article.text == BODY
    assert article.published_at == datetime(2026, 2, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Putin escalates war - Atlantic Council",
            "https://www.atlanticcouncil.org/b",
            "Atlantic Council",
        ),
        ("Zelensky tells BBC - BBC News", "https://www.bbc.com/news/a", "BBC News"),
        ("Peace deal agreed : NPR", "https://npr.org/2026/a", "NPR"),
        ("Ukraine - a timeline", "https://example.com/a", None),  # a dash that is the headline's
        ("War: day 3", None, None),
    ],
)
def test_site_suffix(title: str, url: str | None, expected: str | None) -> None:
    assert split_site_suffix(title, url)[1] == expected


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("KYIV — As the war in Ukraine intensifies, officials said.", "KYIV"),
        ("KYIV, Ukraine (AP) — Russia fired 90 missiles, officials said.", "KYIV, Ukraine"),
        ("MOSCOW, Feb 10 (Reuters) - The Kremlin said on Monday it was ready.", "MOSCOW"),
        ("Kyiv, Ukraine – No one was hurt when the first drone hit.", "Kyiv, Ukraine"),
        ("As the war in Ukraine intensifies — officials said — more troops came.", None),
    ],
)
def test_dateline_is_recorded_and_kept(first: str, dateline: str | None) -> None:
    article = clean(_doc(f"{first}\n{BODY}"))
    assert article.dateline == dateline
    assert article.text.startswith(first)


def test_references_list_becomes_source_names() -> None:
    text = (
        f"{BODY}\nSources:\n- Statement on troop movements - Kyiv Independent\n"
        "- Analysis of cooperation – BBC News\nComments\n"
    )
    article = clean(_doc(text))
    assert article.references == ("Kyiv Independent", "BBC News")
    assert article.text == BODY


def test_sign_off_names_the_outlet() -> None:
    article = clean(_doc(f"{BODY}\nThis article was first published on Example Times. Thanks!"))
    assert article.outlet == "Example Times"
    assert "published" not in article.text


def test_wrapped_lines_are_joined() -> None:
    wrapped = (
        "Russian forces continued offensive operations in the north of the\n"
        "region on Monday, the general staff said in its morning report.\n"
    )
    assert clean(_doc(f"{BODY}\n{wrapped}")).text.split("\n\n")[1] == " ".join(wrapped.split())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY * 3, "en"),
        (
            "Die Bundesregierung hat am Montag weitere Waffenlieferungen an die Ukraine "
            "angekündigt. Nach Angaben des Ministeriums sollen die Systeme noch in diesem "
            "Jahr geliefert werden, wie ein Sprecher in Berlin sagte.",
            "und",
        ),
        ("乌克兰官员周一表示，俄罗斯军队在夜间向基辅发射了九十枚导弹，造成多处建筑受损。", "und"),
        ("أعلنت السلطات الأوكرانية يوم الاثنين أن روسيا أطلقت تسعين صاروخا على كييف.", "und"),
    ],
)
def test_language_heuristic(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_clean_batch_rejects_empty_and_non_english_and_keeps_the_rest() -> None:
    german = "Die Regierung hat am Montag neue Sanktionen gegen Russland beschlossen, " * 3
    docs = [
        _doc(BODY, uri="mem://ok.txt"),
        _doc(german, uri="mem://de.txt"),
        _doc("Mail Facebook Twitter\nhttps://example.com/x\n", uri="mem://clutter.txt"),
        _doc("中文文本。" * 20, uri="mem://zh.txt"),
    ]
    articles, rejected = clean_batch(docs)
    assert [a.source_uri for a in articles] == ["mem://ok.txt"]
    assert {r.source_uri: r.reasons for r in rejected} == {
        "mem://de.txt": ("not_english",),
        "mem://clutter.txt": ("empty: no text after cleaning",),
        "mem://zh.txt": ("not_english",),
    }
    assert all(r.record_id == "0" * 64 and json.dumps(r.record) for r in rejected)


def test_clean_batch_survives_a_bug_in_one_document() -> None:
    broken = RawDocument(source_uri="mem://x", text=None, raw_sha256="1" * 64, fmt="txt")  # type: ignore[arg-type]
    articles, rejected = clean_batch([broken, _doc(BODY)])
    assert len(articles) == 1
    assert rejected[0].reasons[0].startswith("internal_error: ")


_SENTENCE = st.from_regex(r"[A-Z][a-z]{2,9}( [a-z]{1,9}){3,12}\.", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=6),
    noise=st.lists(
        st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\t\n"]),
        min_size=6,
        max_size=6,
    ),
    edges=st.sampled_from(["", "\n", "\r\n\r\n", "  \n"]),
)
def test_newline_noise_does_not_change_the_clean_text(
    paragraphs: list[str], noise: list[str], edges: str
) -> None:
    plain = clean(_doc("\n".join(paragraphs))).text
    noisy = edges + "".join(p + noise[i] for i, p in enumerate(paragraphs)) + edges
    assert clean(_doc(noisy)).text == plain
    assert plain == "\n\n".join(plain.split("\n\n"))


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300),
    invisible=st.lists(
        st.sampled_from(["\u200b", "\u202e", "\ufeff", "\x1b[31m", "\x00"]), max_size=5
    ),
)
def test_clean_never_raises_and_invisible_noise_never_survives(
    text: str, invisible: list[str]
) -> None:
    article = clean(_doc("".join(invisible) + text))
    assert "\r" not in article.text and article.text == article.text.strip()
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in article.text)


def test_html_page_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><head><title>Strikes hit Kyiv - Example News</title>"
        '<meta property="og:site_name" content="Example News"></head><body><article>'
        "<h1>Strikes hit Kyiv</h1><p>KYIV — Russia launched 90 missiles at Kyiv overnight, "
        "officials said.</p><h2>Damage across the city</h2><p>Buildings were damaged in 50 "
        "locations, the <b>emergency service</b> said.</p></article></body></html>"
    )
    docs, _ = read_batch(discover(str(tmp_path)))
    [article], _ = clean_batch(docs)
    assert (article.title, article.outlet, article.dateline) == (
        "Strikes hit Kyiv",
        "Example News",
        "KYIV",
    )
    assert article.headings == ("Damage across the city",)
    assert article.text == (
        "KYIV — Russia launched 90 missiles at Kyiv overnight, officials said.\n\n"
        "Damage across the city\n\n"
        "Buildings were damaged in 50 locations, the emergency service said."
    )
