"""How many articles a second the rule-based extractor reads on one core, for articles of about 4 KB.

The texts are the seed article and the development split of the labelled set (never the holdout). News
articles in the feeds run to 3-5 KB, longer than most labelled ones (1-2 KB), so consecutive labelled
texts are joined until each article is as close to `--size` bytes as whole texts allow; `--natural`
reads them as they are. The process is pinned to one core. Each of `--runs` runs reads `--articles`
articles; the figures are the median run, in CPU time of this process (what the extractor costs) and in
wall-clock time (what a shared machine gave it), with the machine's load before and after. The target is
500 articles a second for articles of about 4 KB on one core.

    .venv/bin/python benchmarks/extraction_speed.py [--articles 2000] [--runs 5] [--size 4096] [--natural]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor.extract import extract_article
from monitor.facts import Article
from monitor.pack import StoryPack, load_pack

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract" / "devset"


@dataclass(frozen=True)
class Run:
    articles: int
    kilobytes: float
    cpu: float
    wall: float
    facts: int


def labelled_texts(pack: StoryPack) -> list[Article]:
    """The seed and the dev articles, as the pipeline hands them to extraction."""
    articles = [
        Article(
            source=seed.file,
            published=datetime.combine(seed.published, datetime.min.time(), UTC),
            title=seed.title,
            text=pack.read_seed(seed),
        )
        for seed in pack.seeds
    ]
    for meta_path in sorted(DEVSET.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("split") != "dev" or "text_file" in meta:
            continue
        published = datetime.fromisoformat(meta["published"]).replace(tzinfo=UTC)
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        articles.append(Article(meta["url"], published, meta.get("title"), text))
    return articles


def joined(articles: list[Article], size: int) -> list[Article]:
    """Consecutive texts joined (as paragraphs) while that brings the article closer to `size` bytes."""
    result: list[Article] = []
    current: list[Article] = []
    length = 0
    for article in articles:
        more = len(article.text.encode("utf-8"))
        if current and abs(length + more - size) > abs(length - size):
            result.append(_join(current))
            current, length = [], 0
        current.append(article)
        length += more + 2
    if current:
        result.append(_join(current))
    return result


def _join(parts: list[Article]) -> Article:
    first = parts[0]
    return Article(first.source, first.published, first.title, "\n\n".join(p.text for p in parts))


def one_run(articles: list[Article], pack: StoryPack, count: int) -> Run:
    runs = [articles[i % len(articles)] for i in range(count)]
    kilobytes = sum(len(a.text.encode("utf-8")) for a in runs) / 1024
    facts = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for article in runs:
        result = extract_article(article, pack)
        facts += len(result.rounds) + len(result.statements) + len(result.positions) + len(result.actors)
    return Run(count, kilobytes, time.process_time() - cpu_started, time.perf_counter() - started, facts)


def _pin_to_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core} of {os.cpu_count()}"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles per run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=4096, help="target article size in bytes")
    parser.add_argument("--natural", action="store_true", help="read the labelled texts as they are")
    args = parser.parse_args()
    pinned = _pin_to_one_core()
    pack = load_pack()
    texts = labelled_texts(pack)
    articles = texts if args.natural else joined(texts, args.size)
    sizes = [len(a.text.encode("utf-8")) / 1024 for a in articles]
    extract_article(articles[0], pack)  # compile the pack's patterns outside the timing
    load_before = _load()
    runs = [one_run(articles, pack, args.articles) for _ in range(args.runs)]
    load_after = _load()
    cpu = statistics.median(r.articles / r.cpu for r in runs)
    wall = statistics.median(r.articles / r.wall for r in runs)
    kb_cpu = statistics.median(r.kilobytes / r.cpu for r in runs)
    print(
        f"articles:          {len(articles)} distinct, {statistics.mean(sizes):.1f} KB mean "
        f"({min(sizes):.1f}-{max(sizes):.1f} KB), {args.articles} per run, {args.runs} runs"
    )
    print(f"machine:           {pinned}; load average {load_before} before, {load_after} after")
    print(f"facts per run:     {runs[0].facts}")
    print(f"articles/second:   {cpu:.0f} (median, CPU time of this process)")
    print(f"KB/second:         {kb_cpu:.0f} (median, CPU time)")
    print(f"ms/article:        {1000 / cpu:.2f} (median, CPU time)")
    print(f"articles/second:   {wall:.0f} (median, wall clock)")
    print("per run (CPU):     " + ", ".join(f"{r.articles / r.cpu:.0f}" for r in runs))


if __name__ == "__main__":
    main()
