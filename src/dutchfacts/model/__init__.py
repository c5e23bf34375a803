"""The packaged model's own components: sentence ends kept for the parser, and lemma repairs.

`nl_dutchfacts_sm` (in `dutchfacts/models/`) names them in its config; spaCy finds
them through the `spacy_factories` entry points without importing dutchfacts.
"""
