"""One name per source: a pinned sample of merges and of non-merges, and a user's own list."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tasks.analysis.sources import ARTICLE, MENTION_COLUMNS, PERSON, resolve, source_id
from tasks.known_sources import SourcesFileError, built_in, load

PEOPLE_SCHEMA = {ARTICLE: pl.String, PERSON: pl.String}


def _resolve(rows: list[tuple], people: list[tuple] = ()) -> tuple[pl.DataFrame, dict]:
    """Resolve (article_id, text, kind[, sentence]) mentions: sources, {(article, text): name}."""
    mentions = pl.DataFrame(
        [(*r, None)[:4] + ("claim",) for r in rows],
        schema=list(MENTION_COLUMNS),
        orient="row",
    )
    sources, links = resolve(
        mentions, pl.DataFrame(list(people), schema=PEOPLE_SCHEMA, orient="row"), built_in()
    )
    names = dict(zip(sources["source_id"], sources["name"], strict=True))
    return sources, {(a, t): names[s] for a, t, s in links.iter_rows()}


# Each group: mentions that must resolve to one source, named as the last element says.
MERGES = [
    (
        [("a1", "Ukraine’s military intelligence", "organization"),
         ("a2", "HUR", "organization"),
         ("a3", "Defense Intelligence of Ukraine", "organization"),
         ("a4", "the Defence Intelligence of Ukraine", "organization"),
         ("a5", "Ukrainian intelligence", "organization"),
         ("a6", "GUR", "organization")],
        "Defence Intelligence of Ukraine",
    ),
    (
        [("a1", "Zelenskiy", "person"), ("a2", "Volodymyr Zelenskyy", "person"),
         ("a3", "Volodymyr Zelensky", "person"), ("a4", "Ukraine's president", "person")],
        "Volodymyr Zelensky",
    ),
    (
        [("a1", "NATO Secretary General Mark Rutte", "person"), ("a2", "Rutte", "person")],
        "Mark Rutte",
    ),
    (  # a title in front of a name: the person, whatever the title
        [("a1", "Kremlin spokesman Dmitry Peskov", "person"), ("a2", "Dmitry Peskov", "person")],
        "Dmitry Peskov",
    ),
    (
        [("a1", "ISW", "organization"), ("a2", "Institute for the Study of War", "organization")],
        "Institute for the Study of War",
    ),
    (
        [("a1", "Ukrainian officials", "official_anonymous"),
         ("a2", "a top Ukrainian official", "official_anonymous"),
         ("a3", "Ukraine officials", "official_anonymous")],
        "unnamed officials, Ukraine",
    ),
    (  # the sentence qualifies an unqualified ministry
        [("a1", "Defense Ministry", "organization", "Russia’s Defense Ministry said it hit 40."),
         ("a2", "Russian defence ministry", "organization"),
         ("a3", "Russia's MoD", "organization")],
        "Ministry of Defence of the Russian Federation",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("mentions", "name"), MERGES, ids=[m[1] for m in MERGES])
def test_merges(mentions: list[tuple], name: str) -> None:
    _, resolved = _resolve(mentions)
    assert {resolved[(m[0], m[1])] for m in mentions} == {name}


def test_a_title_and_appositive_become_the_persons_affiliation() -> None:
    sources, resolved = _resolve(
        [
            ("a1", "the head of Ukrainian intelligence, Kyrylo Budanov", "person"),
            ("a2", "Budanov", "person"),
        ]  # fmt: skip
    )
    assert set(resolved.values()) == {"Kyrylo Budanov"}
    (row,) = sources.to_dicts()
    assert (row["kind"], row["affiliation"], row["country"]) == (
        "person", "Defence Intelligence of Ukraine", "Ukraine"
    )  # fmt: skip
    assert row["aliases"] == ["Budanov", "the head of Ukrainian intelligence, Kyrylo Budanov"]


def test_a_surname_takes_the_full_name_its_article_uses() -> None:
    _, resolved = _resolve(
        [
            ("a1", "Serhiy Haidai", "person"),
            ("a1", "Haidai", "person"),
            ("a2", "Haidai", "person"),
        ]  # fmt: skip
    )
    assert set(resolved.values()) == {"Serhiy Haidai"}  # a2: the only Haidai in the corpus


def test_two_people_with_one_surname_are_not_merged() -> None:
    mentions = [
        ("a1", "Vitali Klitschko", "person"),
        ("a2", "Wladimir Klitschko", "person"),
        ("a2", "Klitschko", "person"),  # a2 names Wladimir: he is meant
        ("a3", "Klitschko", "person"),  # a3 names neither: could be either, so neither
    ]
    sources, resolved = _resolve(mentions)
    assert resolved[("a1", "Vitali Klitschko")] == "Vitali Klitschko"
    assert resolved[("a2", "Klitschko")] == "Wladimir Klitschko"
    assert resolved[("a3", "Klitschko")] == "Klitschko"
    assert sources.height == 3


def test_a_surname_is_expanded_from_the_articles_person_entities() -> None:
    _, resolved = _resolve([("a1", "Fedorov", "organization")], [("a1", "Mykhailo Fedorov")])
    assert resolved[("a1", "Fedorov")] == "Mykhailo Fedorov"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an unnamed official is not the organisation he works for
        (("a1", "a senior Ukrainian military intelligence official", "official_anonymous"),
         ("a2", "Ukrainian military intelligence", "organization")),
        # organisations sharing a last word are two sources
        (("a1", "Alpha Re", "organization"), ("a2", "Beta Re", "organization")),
        (("a1", "Ukrainian officials", "official_anonymous"),
         ("a2", "Russian officials", "official_anonymous")),
        # without a country, "Defense Ministry" is not guessed to be anyone's
        (("a1", "Defense Ministry", "organization", "The Defense Ministry said 40 drones fell."),
         ("a2", "Russian defence ministry", "organization")),
        (("a1", "Joe Biden", "person"), ("a2", "Hunter Biden", "person")),
    ],
)  # fmt: skip
def test_non_merges(a: tuple, b: tuple) -> None:
    _, resolved = _resolve([a, b])
    assert resolved[(a[0], a[1])] != resolved[(b[0], b[1])]


def test_resolution_does_not_depend_on_row_order() -> None:
    mentions = [m for group, _ in MERGES for m in group]
    first, links = _resolve(mentions)
    again, links_again = _resolve(list(reversed(mentions)))
    assert first.equals(again) and links == links_again


def test_source_ids_are_spelling_insensitive_and_stable() -> None:
    assert source_id("Mark Rutte") == source_id("mark  rutte") == source_id("Mark Rutte")
    assert source_id("Mark Rutte").startswith("src_") and source_id("A") != source_id("B")


def test_a_users_file_extends_the_curated_list(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "sources:\n"
        "  - name: Defence Intelligence of Ukraine\n    aliases: [Budanov's agency]\n"
        "  - name: Example Monitor\n    kind: organization\n    aliases: [EXM]\n"
        "    hosts: [example-monitor.org]\n",
        encoding="utf-8",
    )
    registry = load([mine])
    hur = registry.lookup("Budanov’s agency")
    assert hur is not None and hur.kind == "organization" and "HUR" in hur.aliases
    assert registry.lookup("EXM").name == "Example Monitor"  # type: ignore[union-attr]
    assert registry.hosts()["example-monitor.org"] == "Example Monitor"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources: [{name: X, kind: rumour}]", "unknown kind 'rumour'"),
        ("sources: [{aliases: [X]}]", "needs a 'name'"),
        ("sources: [{name: X, alias: [Y]}]", "unknown fields ['alias']"),
        ("sources: [unclosed", "not valid YAML"),
    ],
)
def test_a_bad_users_file_is_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesFileError, match="mine.yaml") as err:
        load([mine])
    assert message in str(err.value) and "\n" not in str(err.value)


def test_every_curated_entry_cites_where_its_names_come_from() -> None:
    assert all(s.cite for s in built_in().sources)


@pytest.mark.parametrize(
    ("text", "sentence", "qualifier"),
    [
        ("Defense Ministry", "Russia's Defense Ministry said so.", "Russia's"),
        ("Defense Ministry", "the Defense Ministry, Kyiv's Defense Ministry", "Kyiv's"),
        ("Defense Ministry", "Russia's Defense Ministryx said.", None),  # not a whole name
        ("U.S.", "South Korean U.S. troops", None),  # "\b" after "." needs a word next
        ("U.S.", "South Korean U.S.A", "South Korean"),
        ("Ministry", "the ministry said", None),  # case matters
    ],
)
def test_the_qualifier_is_the_words_just_before_the_first_whole_occurrence(
    text: str, sentence: str, qualifier: str | None
) -> None:
    import re

    from tasks.analysis.sources import _QUALIFIER, _qualifier_of

    assert _qualifier_of(text, sentence) == qualifier
    # the same answer as one pattern per name, as it was written before
    old = re.compile(_QUALIFIER + re.escape(text) + r"\b").search(sentence)
    assert (old.group(1) if old else None) == qualifier
