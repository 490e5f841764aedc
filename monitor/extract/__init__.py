"""Rule-based fact extraction: an article and a story pack in, rounds, statements, positions and actors out.

Pure: no I/O, no network, no language model. The pipeline for one article:

1. `sentences.segment` splits the text into sentences with offsets (headlines, headings and datelines
   apart: they yield no facts);
2. `context.View` gives each body sentence its pack names and issue cues (`names`), quotes and dates
   (`dates`), computed once and shared;
3. `statements` finds who says what (`speakers` resolves who a phrase names), and records each sentence's
   attribution so the later rules know the speaker and which words are only the attribution;
4. `rounds` reads rounds of talks and other meetings, merged to one fact per round per article;
5. `positions` reads each party's stance on each issue, the last one per (party, issue);
6. new actors are the speakers the pack does not know.

Everything pack-specific is compiled once per pack (`names.matcher_for`).
"""

from __future__ import annotations

from monitor.extract.context import Doc, View
from monitor.extract.names import matcher_for
from monitor.extract.positions import read_positions
from monitor.extract.rounds import read_rounds
from monitor.extract.sentences import segment
from monitor.extract.statements import read_statements
from monitor.facts import Article, ArticleFacts
from monitor.pack import StoryPack


def extract_article(article: Article, pack: StoryPack) -> ArticleFacts:
    """All facts one article yields about the pack's story."""
    matcher = matcher_for(pack)
    published = article.published.date()
    views = [
        View(index, sentence, matcher, published)
        for index, sentence in enumerate(s for s in segment(article.text) if s.is_body)
    ]
    doc = Doc(article, matcher, views)
    statements, actors, attributions = read_statements(doc)
    rounds = read_rounds(doc, attributions)
    positions = read_positions(doc, attributions)
    return ArticleFacts(
        rounds=tuple(rounds), statements=tuple(statements), positions=tuple(positions), actors=tuple(actors)
    )


__all__ = ["extract_article"]
