"""The `Doc` extensions that the dutchfacts components write and read.

Results live in `Doc` extensions as plain data, so that docs travel between
processes with `nlp.pipe(n_process=…)`.
"""

from spacy.tokens import Doc

for name, default in (("article_date", None), ("body_start", 0), ("document", None), ("mentions", None), ("actors", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
