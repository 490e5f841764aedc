"""Storage: Parley's tables and the queries over them. The bottom layer: imports neither monitor nor reports."""
