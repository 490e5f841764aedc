"""Storage: Parley's tables and the queries over them.

The bottom layer: it imports neither monitor nor reports.
"""
