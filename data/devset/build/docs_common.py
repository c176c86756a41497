"""Shared helper for the authored corpus modules.

Each document is declared with D(id, field, primary_tags, secondary_tags, title, text).
Tags are the judging facets used by build.py to derive graded qrels:
a query tag found in a document's primary tags makes the document an ideal partner (2),
found in its secondary tags an acceptable partner (1). See ../README.md.
"""

DOCS = []


def D(doc_id, field, primary, secondary, title, text):
    DOCS.append({
        "_id": doc_id,
        "field": field,
        "primary": primary.split(),
        "secondary": secondary.split(),
        "title": title,
        "text": " ".join(text.split()),
    })
