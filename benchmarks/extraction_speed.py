"""How many articles a second the rule-based extractor reads on one core.

Uses the seed article and the development split of the labelled set (never the holdout), repeated until
`--articles` have been read. Prints articles per second and the mean article size. The target is 500 a
second for articles of about 4 KB.

    .venv/bin/python benchmarks/extraction_speed.py [--articles 3000]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor.extract import extract_article
from monitor.facts import Article
from monitor.pack import load_pack

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract" / "devset"


def corpus() -> list[Article]:
    pack = load_pack()
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
        if meta.get("split") != "dev":
            continue
        text_path = (
            (meta_path.parent / meta["text_file"]) if "text_file" in meta else meta_path.with_suffix(".txt")
        )
        published = datetime.fromisoformat(meta["published"]).replace(tzinfo=UTC)
        articles.append(
            Article(meta["url"], published, meta.get("title"), text_path.read_text(encoding="utf-8"))
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    pack = load_pack()
    articles = corpus()
    extract_article(articles[0], pack)  # compile the pack's patterns outside the timing
    runs = [articles[i % len(articles)] for i in range(args.articles)]
    started, cpu_started = time.perf_counter(), time.process_time()
    facts = 0
    for article in runs:
        result = extract_article(article, pack)
        facts += len(result.rounds) + len(result.statements) + len(result.positions) + len(result.actors)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    mean_kb = sum(len(a.text.encode("utf-8")) for a in runs) / len(runs) / 1024
    print(f"articles:          {len(runs)} ({len(articles)} distinct, mean {mean_kb:.1f} KB)")
    print(f"facts:             {facts}")
    print(f"elapsed:           {elapsed:.2f} s")
    print(f"articles/second:   {len(runs) / elapsed:.0f} (wall clock)")
    # On a shared machine the wall clock counts other processes' turns; CPU time counts only ours.
    print(f"articles/second:   {len(runs) / cpu:.0f} (CPU time of this process)")
    print(f"ms/article:        {cpu / len(runs) * 1000:.2f} (CPU)")


if __name__ == "__main__":
    main()
