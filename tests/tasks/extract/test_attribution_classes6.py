"""Sources of figures on unseen news, sixth round (issue 10): invented sentences, one per case.

Every sentence here is made up; the classes come from a review of the extractor's output on 20
English web news articles (various outlets) nobody labelled or tuned on."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the unit a number measures is no speaker: "notes" after "10-year" is a bond, not a
        # misread "X notes", and "year" is no organisation
        ("Benchmark 10-year notes rose to yield 1.79% on Monday.", "1.79%"),
        ("Two-year notes last rose 3/32 in price to yield 0.9%.", "0.9%"),
        ("Five-year notes slipped, lifting their yield to 1.6%.", "1.6%"),
        ("The 30-year notes fell in price to yield 2.4% late on Friday.", "2.4%"),
        # ... and a unit glued to its number ("2TB") owns no report noun ("model")
        ("The drive wrote at 2,900 megabytes per second on both the 512GB and 2TB model.", "2TB"),
        ("We tested the 8GB model, which scored 1,128 points.", "1,128"),
    ],
)  # fmt: skip
def test_measure_words_are_no_sources(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a number before the speaker's own noun still leaves the speaker
        ("Two officials said 40 people died in the flooding.", "40", "Two officials"),
        ("A 12-member panel said 30% of the homes were unsafe.", "30%", "12-member panel"),
        ("The 1922 Committee said 45 MPs had written letters.", "45", "1922 Committee"),
        ("A two-week survey by the Harbour Trust found 1,200 ships docked in May.", "1,200",
         "Harbour Trust"),
        # a time word that is a name, not a number's unit, still speaks
        ("The Week reported that 300 homes were flooded.", "300", "Week"),
        ("Channel 4 News reported that 300 homes were flooded.", "300", "Channel 4 News"),
    ],
)  # fmt: skip
def test_numbered_speakers_stay(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source
