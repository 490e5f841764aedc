"""Whether the extractor's output is unchanged: dump every fact it reads from a fixed corpus, or compare.

Speed work on `monitor.extract` must not change any output. This reads the seed(s), every labelled article
of the devset (both splits, as the quality test hands them over), the joined ~4 KB articles of
`extraction_speed.py`, and a few variants that stress corners a rewrite may miss (all the devset joined
in one long text, upper-cased and case-swapped texts for IGNORECASE rewrites, no title), and writes each
result in full (every field of every fact, evidence included) as deterministic JSON lines.

    .venv/bin/python benchmarks/extraction_equivalence.py --write /tmp/before.jsonl
    .venv/bin/python benchmarks/extraction_equivalence.py --check /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from monitor.extract import extract_article
from monitor.extract.scoring import load_devset
from monitor.facts import Article
from monitor.pack import SeedSpec, StoryPack, load_pack

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_speed import joined, labelled_texts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract" / "devset"


def corpus() -> Iterator[tuple[str, Article]]:
    """(name, article) pairs, always in the same order."""
    pack = load_pack()
    labelled = load_devset(DEVSET)
    devset = [(f"devset/{a.name}", a.article()) for a in labelled]
    yield from devset
    for seed in pack.seeds:
        yield f"seed/{seed.file}", _seed(pack, seed)
    for i, article in enumerate(joined(labelled_texts(pack), 4096)):
        yield f"joined4k/{i}", article
    everything = [a for _, a in devset]
    for i, article in enumerate(joined(everything, 2048)):
        yield f"joined2k-all/{i}", article
    yield "all-in-one", joined(everything, 10**9)[0]
    for name, article in devset:
        yield f"upper/{name}", dataclasses.replace(article, text=article.text.upper())
        yield f"swapcase/{name}", dataclasses.replace(article, text=article.text.swapcase())
        yield f"untitled/{name}", dataclasses.replace(article, title=None)


def _seed(pack: StoryPack, seed: SeedSpec) -> Article:
    published = datetime.combine(seed.published, datetime.min.time(), UTC)
    return Article(source=seed.file, published=published, title=seed.title, text=pack.read_seed(seed))


def dump() -> Iterator[str]:
    pack = load_pack()
    for name, article in corpus():
        facts = extract_article(article, pack)
        yield json.dumps({"name": name, "facts": dataclasses.asdict(facts)}, default=str, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="dump the results to this file")
    group.add_argument("--check", type=Path, help="compare the results with this dump")
    parser.add_argument("--show", type=int, default=5, help="differences to print at most")
    args = parser.parse_args()
    lines = list(dump())
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        facts = sum(sum(len(v) for v in json.loads(line)["facts"].values()) for line in lines)
        print(f"wrote {len(lines)} articles, {facts} facts to {args.write}")
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    differ = [(old, new) for old, new in zip(before, lines, strict=False) if old != new]
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before)} articles in the dump, {len(lines)} now")
    for old, new in differ[: args.show]:
        a, b = json.loads(old), json.loads(new)
        print(f"DIFFERENT: {a['name']}")
        for kind in a["facts"]:
            if a["facts"][kind] != b["facts"][kind]:
                print(f"  {kind}:")
                print(f"    before {json.dumps(a['facts'][kind])[:1500]}")
                print(f"    now    {json.dumps(b['facts'][kind])[:1500]}")
    if differ or len(before) != len(lines):
        print(f"{len(differ)} of {len(lines)} articles differ")
        return 1
    print(f"same: {len(lines)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
