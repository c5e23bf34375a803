"""Actors of an article and the sources of its figures (issue 4, ANNOTATION.md's actor part).

`candidates` finds spans that may name an actor (people named by a plural no
list has through `formation`), `linking` joins them into actors, `places` keeps
only places that act, `attribution` fills each figure's `source`; `component`
is the spaCy factory `dutchfacts_actors`.
"""

from . import component  # noqa: F401  (registers the factory)
