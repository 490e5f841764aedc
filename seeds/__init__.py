"""Bundled story data: the seed article, the story pack and the demo's sample feeds (files, not code)."""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent
