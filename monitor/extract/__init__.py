"""Rule-based fact extraction: an article and a story pack in, rounds, statements, positions and actors out.

Pure: no I/O, no network, no language model. The pipeline for one article:

1. `sentences.segment` splits the text into sentences with offsets (headlines, headings and datelines
   apart: they yield no facts; a first line that is the article's title is its headline even when it ends
   with a full stop);
2. `context.views_of` gives each body sentence its pack names and issue cues (`names`), found in one pass
   of each pattern over the whole article, and its quotes and dates (`dates`) on demand;
3. `statements` finds who says what (`speakers` resolves who a phrase names), and records each sentence's
   attribution so the later rules know the speaker and which words are only the attribution;
4. `rounds` reads rounds of talks and other meetings, merged to one fact per round per article;
5. `positions` reads each party's stance on each issue (`stances` finds the stance words), the last one
   per (party, issue);
6. new actors are the speakers the pack does not know.

An article that names none of the story's actors (a boxing round in Abu Dhabi, a port strike in Miami)
yields no statements, positions or actors, whoever it quotes; one that names neither them nor talks of the
story's sides stops after step 2, as nothing can come of it. Everything pack-specific is compiled once per
pack (`names.matcher_for`).
"""

from __future__ import annotations

from dataclasses import replace

from monitor.extract.context import Doc, views_of
from monitor.extract.names import matcher_for
from monitor.extract.positions import read_positions
from monitor.extract.quote_marks import single_quotes_as_double
from monitor.extract.rounds import about_the_story, read_rounds
from monitor.extract.sentences import segment
from monitor.extract.statements import read_statements
from monitor.facts import Article, ArticleFacts
from monitor.pack import StoryPack


def extract_article(article: Article, pack: StoryPack) -> ArticleFacts:
    """All facts one article yields about the pack's story."""
    matcher = matcher_for(pack)
    published = article.published.date()
    shown = article
    if "«" in article.text or "‹" in article.text:
        # «Translated copy» keeps its guillemets: read them as the quotation marks the rules know, one
        # character for one so that every offset holds, while the evidence quotes the text as it stands
        article = replace(article, text=article.text.translate(_GUILLEMETS))
    headline_end = _headline_end(article)
    # ('Thank you,' he said: British copy's single marks, read as double ones where they quote)
    quoted = single_quotes_as_double(article.text, headline_end)
    if quoted is not article.text:
        article = replace(article, text=quoted)
    sentences = [s for s in segment(article.text) if s.start >= headline_end]
    body = [s for s in sentences if s.is_body]
    views = views_of(article.text, body, matcher, published)
    headings = tuple(s for s in sentences if s.kind == "heading")
    doc = Doc(article, matcher, views, shown=shown, headings=headings)
    on_topic = doc.about_the_story()
    if not on_topic and not about_the_story(doc):
        # Neither the story's actors nor talks of its sides: no fact can come of it, so its statements are
        # not read at all (they would only serve the rounds). Most articles of a news feed end here.
        return ArticleFacts()
    statements, actors, attributions = read_statements(doc)
    rounds = read_rounds(doc, attributions)
    if not on_topic:
        # Off-topic: a boxing round in Abu Dhabi or a port strike in Miami quotes people too.
        return ArticleFacts(rounds=tuple(rounds))
    positions = read_positions(doc, attributions)
    return ArticleFacts(
        rounds=tuple(rounds), statements=tuple(statements), positions=tuple(positions), actors=tuple(actors)
    )


_GUILLEMETS = str.maketrans({"«": "“", "»": "”", "‹": "‘", "›": "’"})


def _headline_end(article: Article) -> int:
    """Where the title ends when the text opens with it: a long headline with a full stop is no sentence."""
    if not article.title:
        return 0
    text = article.text.lstrip()
    offset = len(article.text) - len(text)
    first_line = text.split("\n", 1)[0]
    if " ".join(first_line.split()) == " ".join(article.title.split()):
        return offset + len(first_line)
    return 0


__all__ = ["extract_article"]
