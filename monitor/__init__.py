"""Parley: a change-tracking monitor for long negotiations.

The pipeline runs one way: seed -> fetch -> parse -> extract -> store -> diff -> report -> deliver.
`monitor` holds the application (the story pack, fetching, parsing, extraction, the differ, the cycle and
the thin shells: CLI and scheduler); `storage` holds tables and queries; `reports` renders and delivers.
"""

__version__ = "0.1.0"
