"""Sources from reporting clauses the parse did not hang over the figure: a clause that closes
the sentence ("..., the governor said."), an "as" clause ("As the agency reported, ..."), a
relative clause on the figure or over it ("..., which the UN estimates has killed 300,000"), a
verb read as an adjective, a reported clause a verbless conjunct continues, and a cue left
loose elsewhere in the sentence. ``attribution`` tries them in its order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.adjective_cues import adjective_cue
from tasks.extract.closing_cues import inverted_cue, trailing_cue
from tasks.extract.context import ArticleContext
from tasks.extract.cue_reach import reports_figure
from tasks.extract.cue_scope import gapped_after, own_complement, set_beside_its_cue
from tasks.extract.cue_sources import cue_source, spoken_by
from tasks.extract.cues import is_cue_verb
from tasks.extract.denials import answers_the_report
from tasks.extract.referents import describe
from tasks.extract.relative_cues import figure_noun_cue, which_cue
from tasks.extract.relays import relayed_cue
from tasks.extract.reports import Source, closing_report
from tasks.schema import AttributionKind


def as_reported(target: Token, ctx: ArticleContext) -> Source | None:
    """ "As the agency reported earlier, rebels fired 30 rockets": an "as" clause of a cue verb
    that says nothing of its own (no object, no clause) on a clause over the figure points at
    that clause as what its speaker reported ("as reported by X" too). "As the army advanced,
    ..." is no cue; "As the ministry reported a rise in cases, ..." and "As she said she would,
    ..." say something else."""
    for anc in target.ancestors:
        for clause in anc.children:
            if clause.dep_ != "advcl" or clause.i > target.i or not _as_gap(clause):
                continue
            if is_cue_verb(clause, figure=True) and (found := cue_source(clause, target, ctx)):
                return found
    return None


def _as_gap(verb: Token) -> bool:
    """A verb marked by "as" that takes no object or clause: what it reports is the gap "as"
    stands for ("as the agency reported", "as reported by Reuters")."""
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in kids)


def loose_cue(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A cue verb elsewhere in the sentence, when the parse did not make it govern the target
    (and no cue that does govern it holds it as scene-setting)."""
    if set_beside_its_cue(target):
        return None
    for tok in sent:
        loose = tok.dep_ in ("ROOT", "parataxis", "ccomp") and tok.i != target.i
        if loose and reports_figure(tok, target):
            found = cue_source(tok, target, ctx)
            if found is not None:
                return found
    return None


def closing_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reporting clause that closes the sentence after the target, or of an
    inverted one after it ("..., estimated the General Staff")."""
    if (report := closing_report(sent, target.i, ctx)) is not None:
        return report  # "..., figures from the statistics office show."
    cue = trailing_cue(sent)
    if cue is not None and own_complement(cue.verb):
        cue = None  # "..., the mayor called for calm": it says its own object, not the figure
    if cue is None or cue.verb.i <= target.i:
        cue = inverted_cue(sent, target.i)
    if cue is None or answers_the_report(cue.verb):
        return None  # "..., a claim the army denied": not the army's
    found = spoken_by(cue.speaker, cue.verb, target, ctx)
    inner = relayed_cue(cue.verb, target)
    if inner is None or found is None or found.kind != AttributionKind.MEDIA:
        return found
    # "X said 14 died, Reuters reported": X's, when X's clause holds the figure
    return cue_source(inner, target, ctx) if reports_figure(inner, target) else None


def relative_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A source named in a relative clause on the figure (see ``relative_cues``)."""
    if (cue := figure_noun_cue(target)) is not None:
        return spoken_by(cue.speaker, cue.verb, target, ctx)
    return which_source(sent, target, ctx)


def which_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source a relative clause over the figure names with a cue of its own, before any
    speaker outside it: "X said Khartoum wants a military solution in the conflict, which the
    UN estimates has killed 300,000" is the UN's figure; X only names the conflict."""
    named = which_cue(sent, target)
    found = describe(named, ctx) if named is not None else None
    return Source.of(found, named.nbor().lower_) if named is not None and found else None


def misread_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reporting verb the parser read as an adjective (``adjective_cues``):
    "A spokeswoman for X, ..., estimated claims would reach €20m"."""
    cue = adjective_cue(sent, target)
    return spoken_by(cue.speaker, cue.verb, target, ctx) if cue is not None else None


def gapped_source(target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reported clause a figure's verbless conjunct continues (see
    ``gapped_after``): not the source an "according to" later in the sentence credits."""
    verb = gapped_after(target)
    return cue_source(verb, target, ctx) if verb is not None else None
