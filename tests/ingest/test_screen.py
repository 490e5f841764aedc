"""Screening: near-duplicates linked to their original, relevance scored against the story pack."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from monitor.duplicates import best_match, is_current, shingle_hashes, signature, signature_of, words_of
from monitor.pack import StoryPack, load_pack
from monitor.screen import DEFAULT_THRESHOLD, judge, screen

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DUPES = HERE / "dupes"
OFF_TOPIC = sorted((HERE / "relevance").glob("*.txt"))
STORIES = sorted((DUPES / "stories").glob("*.txt")) + sorted((DUPES / "copies").glob("*.txt"))


@pytest.fixture(scope="module")
def pack() -> StoryPack:
    return load_pack()


def headline_and_body(path: Path) -> tuple[str, str]:
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return title.strip(), body.strip()


def load_benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "duplicates_benchmark", REPO / "benchmarks" / "duplicates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# --- duplicates ---------------------------------------------------------------------------------------


def test_duplicate_detection_meets_its_floors_on_the_labelled_set() -> None:
    benchmark = load_benchmark()

    for scores in (benchmark.labelled(), benchmark.all_pairs(), benchmark.window()):
        assert scores.precision >= 0.95
        assert scores.recall >= 0.90


def test_the_labelled_set_is_as_large_as_promised() -> None:
    pairs = tomllib.loads((DUPES / "labels.toml").read_text(encoding="utf-8"))["pair"]

    assert sum(p["duplicate"] for p in pairs) >= 20
    assert sum(not p["duplicate"] for p in pairs) >= 20
    assert all((DUPES / p["a"]).is_file() and (DUPES / p["b"]).is_file() for p in pairs)


def test_a_syndicated_copy_is_marked_duplicate_of_its_original(pack: StoryPack) -> None:
    original = screen(*headline_and_body(DUPES / "stories" / "12.txt"), pack, [], DEFAULT_THRESHOLD)
    other = screen(*headline_and_body(DUPES / "others" / "12.txt"), pack, [], DEFAULT_THRESHOLD)
    recent = [(41, other.signature), (42, original.signature)]

    copy = screen(*headline_and_body(DUPES / "copies" / "12.txt"), pack, recent, DEFAULT_THRESHOLD)

    assert original.status == "relevant"
    assert copy.status == "duplicate"
    assert copy.duplicate_of == 42
    assert copy.reasons["duplicate"]["of"] == 42
    assert copy.reasons["duplicate"]["containment"] >= 0.5
    assert copy.relevance is None  # a copy is never extracted: it is not scored


def test_judging_a_copy_that_turns_out_to_be_the_original_scores_it(pack: StoryPack) -> None:
    title, body = headline_and_body(DUPES / "copies" / "12.txt")

    judged = judge(title, body, pack, DEFAULT_THRESHOLD)

    assert judged.status == "relevant"
    assert judged.relevance == pytest.approx(judged.reasons["relevance"], abs=1e-3)
    assert judged.duplicate_of is None
    assert judged.signature == signature_of(title, body)


def test_the_oldest_of_equal_originals_wins() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    sig = signature(text)

    match = best_match(sig, [(9, sig), (3, sig), (5, signature("something else entirely " * 5))])

    assert match is not None and match.article_id == 3


def test_a_short_text_is_not_called_a_copy_of_a_long_one_by_chance() -> None:
    long = (DUPES / "stories" / "04.txt").read_text(encoding="utf-8")
    short = "Talks in Abu Dhabi continue on Saturday, officials said."

    assert best_match(signature(short), [(1, signature(long))]) is None


def test_signatures_are_stable_and_ignore_case_and_punctuation() -> None:
    assert signature("Talks resume, officials say.") == signature("talks RESUME officials say")
    assert words_of("U.S.-Ukrainian talks — “resume”, he said") == [
        "u",
        "s",
        "ukrainian",
        "talks",
        "resume",
        "he",
        "said",
    ]
    assert len(shingle_hashes("one two three four")) == 2
    assert len(shingle_hashes("one two three one two three")) == 3  # "one two three" counted once
    assert len(shingle_hashes("two words")) == 1
    assert best_match(signature(""), [(1, signature("anything at all here"))]) is None


def test_the_jaccard_estimate_follows_the_true_overlap_of_shingles() -> None:
    vocabulary = [f"w{n}" for n in range(4000)]
    # Two texts of 400 distinct shingles sharing the first `shared` of them: true Jaccard is known.
    for shared in (40, 200, 360):
        first = " ".join(vocabulary[:402])
        second = " ".join(vocabulary[:shared] + vocabulary[2000 : 2000 + 402 - shared])
        true_jaccard = (shared - 2) / (800 - (shared - 2))
        match = best_match(signature(second), [(1, signature(first))])
        estimate = match.jaccard if match is not None else 0.0
        assert abs(estimate - true_jaccard) < 0.1, (shared, estimate, true_jaccard)


def test_a_signature_says_whether_it_is_of_the_current_version() -> None:
    assert is_current(signature("talks resume in Geneva"))
    assert not is_current(b"\x01" + bytes(4 + 128 * 8))  # version 1: 64-bit values from datasketch
    assert not is_current(None)


def test_unreadable_stored_signatures_are_ignored() -> None:
    sig = signature("the same words in the same order " * 10)

    assert best_match(sig, [(1, b"old format"), (2, sig)]) == best_match(sig, [(2, sig)])


# --- relevance ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", STORIES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reports_on_the_talks_are_relevant(pack: StoryPack, path: Path) -> None:
    result = screen(*headline_and_body(path), pack, [], DEFAULT_THRESHOLD)

    assert result.status == "relevant", result.reasons


@pytest.mark.parametrize("path", OFF_TOPIC, ids=lambda p: p.stem)
def test_stories_that_only_share_names_or_words_are_skipped(pack: StoryPack, path: Path) -> None:
    result = screen(*headline_and_body(path), pack, [], DEFAULT_THRESHOLD)

    assert result.status == "skipped", result.reasons
    assert result.relevance < DEFAULT_THRESHOLD
    assert result.duplicate_of is None


def test_the_seed_article_is_clearly_relevant_and_the_reasons_say_why(pack: StoryPack) -> None:
    seed = pack.seeds[0]

    result = screen(seed.title, pack.read_seed(seed), pack, [], DEFAULT_THRESHOLD)

    assert result.relevance > 0.8
    matched = result.reasons["matched"]
    assert {"Russia", "Ukraine", "United States"} <= set(matched["parties"])
    assert "Rustem Umerov" in matched["people"]
    assert "territory" in matched["issues"]
    assert result.reasons["threshold"] == DEFAULT_THRESHOLD


def test_the_threshold_decides_and_one_side_alone_counts_little(pack: StoryPack) -> None:
    text = "Zelensky and Peskov spoke about the peace talks and a ceasefire."
    one_sided = "Donald Trump praised the negotiations and the truce."

    assert screen(None, text, pack, [], 0.2).status == "relevant"
    assert screen(None, text, pack, [], 0.99).status == "skipped"
    assert (
        screen(None, one_sided, pack, [], DEFAULT_THRESHOLD).relevance
        < screen(None, text, pack, [], DEFAULT_THRESHOLD).relevance
    )


def test_the_index_grows_and_shrinks_and_answers_like_the_plain_window() -> None:
    from monitor.duplicates import SignatureIndex

    texts = [
        f"story number {n} about talks held in city {n * 7} with delegates {n * 13} " * 4 for n in range(150)
    ]
    window = [(n, signature(text)) for n, text in enumerate(texts)]
    index = SignatureIndex()
    for article_id, sig in window:
        index.add(article_id, sig)
    index.add(999, b"old format")  # unreadable: ignored, as best_match ignores it
    assert len(index) == 150
    for text in texts[::10]:
        assert index.best_match(signature(text)) == best_match(signature(text), window)
    index.remove(40)
    assert len(index) == 149
    match = index.best_match(signature(texts[40]))
    assert match is None or match.article_id != 40
