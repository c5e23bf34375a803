"""`dutchfacts_lemma_lookup`: lemmas of known inflected forms from a lookup table.

The trainable lemmatizer learned its edit trees from about 9,000 sentences and often keeps a
word it has not seen as it is (`bevestigden`, `gestuurd`) or applies the wrong tree
(`versloegen` -> `versloeg`). A table of inflected forms and their lemmas knows these.
Runs after the parser: where the table knows a word, its lemma replaces the
lemmatizer's, except that

* a finite verb whose separated particle follows it (`kondigde ... aan`, `compound:prt`)
  gets the particle in front (`aankondigen`), as in the UD Dutch lemmas;
* a lemma the lemmatizer already built with a particle (`inzetten` for `zette ... in`)
  stays;
* a capitalized word inside a sentence keeps its capital (`Mongoolse` -> `Mongools`).

Names, numbers, symbols and punctuation are left to the lemmatizer. The table is stored
with the pipeline (`table.tsv.xz`: form, tab, lemma per line), and so are the particles
(`separable_particles.txt`, with the lines of a `rules` overlay folder when one is set).
"""

from __future__ import annotations

import lzma
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import ensure_path

from ..rulefiles import overlaid_words, overlay_source, read_words, record_overlay, saved_overlay

TABLE_FILE = "table.tsv.xz"
PARTICLES_FILE = "particles.json"
PARTICLES_RULES = "separable_particles.txt"


class LemmaLookup:
    def __init__(self, name: str, skip_pos: list[str], finite_verb_tag: str, rules: Optional[str] = None):
        self.name = name
        self.skip_pos = set(skip_pos)
        self.finite_verb_tag = finite_verb_tag
        self.rules = rules
        self.table: dict[str, str] = {}
        self._particles: Optional[frozenset[str]] = None

    @property
    def particles(self) -> frozenset[str]:
        """The rule file's particles, read on first use unless `initialize` or `from_disk` set them."""
        if self._particles is None:
            self._particles = read_words(overlay_source(self.rules) / PARTICLES_RULES)
        return self._particles

    def initialize(
        self,
        get_examples: Callable | None = None,
        *,
        nlp: Language | None = None,
        table: Mapping[str, str] | None = None,
        particles: Iterable[str] | None = None,
    ) -> None:
        if table is not None:
            self.table = {form: lemma for form, lemma in table.items() if form.lower() != lemma.lower()}
        if particles is not None:
            self._particles = frozenset(particles)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in self.skip_pos:
                continue
            lemma = self.table.get(token.text) or self.table.get(token.text.lower())
            if lemma is None:
                continue
            particle = self.separated_particle(token)
            if particle:
                token.lemma_ = particle + lemma
            elif not (token.lemma_.endswith(lemma) and len(token.lemma_) > len(lemma)):
                token.lemma_ = self.cased(token, lemma)
        return doc

    def separated_particle(self, token: Token) -> str | None:
        if not token.tag_.startswith(self.finite_verb_tag):
            return None
        for child in token.rights:
            if child.dep_ == "compound:prt" and child.text.lower() in self.particles:
                return child.text.lower()
        return None

    @staticmethod
    def cased(token: Token, lemma: str) -> str:
        if token.text[:1].isupper() and not token.is_sent_start and lemma[:1].islower():
            return lemma[:1].upper() + lemma[1:]
        return lemma

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"{form}\t{lemma}\n" for form, lemma in sorted(self.table.items()))
        (path / TABLE_FILE).write_bytes(lzma.compress(lines.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
        srsly.write_json(path / PARTICLES_FILE, sorted(self.particles))
        record_overlay(path, self.rules)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaLookup:
        path = ensure_path(path)
        cells = lzma.decompress((path / TABLE_FILE).read_bytes()).decode("utf-8").replace("\n", "\t").split("\t")
        # One split and a zip: a loop over the 213,000 lines was a fifth of the pipeline's load time.
        self.table = dict(zip(cells[0:-1:2], cells[1::2]))
        overlay = None if self.rules == saved_overlay(path) else self.rules
        self._particles = overlaid_words(srsly.read_json(path / PARTICLES_FILE), PARTICLES_RULES, overlay)
        return self


@Language.factory(
    "dutchfacts_lemma_lookup",
    default_config={"skip_pos": ["PROPN", "X", "PUNCT", "SYM", "NUM"], "finite_verb_tag": "WW|pv", "rules": None},
    requires=["token.pos", "token.tag", "token.dep", "token.lemma"],
    assigns=["token.lemma"],
)
def make_lemma_lookup(
    nlp: Language, name: str, skip_pos: list[str], finite_verb_tag: str, rules: Optional[str]
) -> LemmaLookup:
    return LemmaLookup(name, skip_pos, finite_verb_tag, rules)
