"""The `Doc` extensions that the dutchfacts components write and read.

`doc._.figures` holds the typed figures (`figures/spans.py`), from the figure rules through
attribution; `doc._.mentions` reads them as plain dicts, the fields of their records. Figures
travel with their Doc between processes: pickled (Dask, multiprocessing) or packed by
`Doc.to_bytes` (`nlp.pipe(n_process=…)`), for which `figures/spans.py` registers their packing.
"""

from spacy.tokens import Doc

from .figures import spans  # noqa: F401  (registers how a figure is packed)


def mentions_of(doc: Doc) -> list[dict]:
    return [figure.record() for figure in doc._.figures or ()]


for name, default in (("article_date", None), ("body_start", 0), ("document", None), ("figures", None), ("actors", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", getter=mentions_of)
