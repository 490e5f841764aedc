"""Reports: changes become digests, digests become Markdown, HTML, text, JSON and Atom, and an outbox
delivers them through channels (file, email, atom, apprise).

`reports` reads `storage` types and queries and never imports `monitor`: the cycle in `monitor` calls in.
"""
