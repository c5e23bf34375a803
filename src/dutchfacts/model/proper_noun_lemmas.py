"""`dutchfacts_proper_noun_lemmas`: a proper noun's lemma is the name as written.

The trainable lemmatizer chooses an edit tree per word and does not condition it on the
part of speech strongly enough: it lower-cases names it has not seen (`Balkan` -> `balkan`),
as it rightly does for a capitalized common noun at the start of a sentence. The Dutch UD
guidelines keep a proper noun's lemma in its written case, so where the lemmatizer changed
only the case of a token tagged PROPN, this component restores the written form. Other
edits (`Grieken` -> `Griek`) are left as they are.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ProperNounLemmas:
    def __init__(self, pos: list[str]):
        self.pos = set(pos)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in self.pos and token.lemma_ != token.text and token.lemma_.lower() == token.text.lower():
                token.lemma_ = token.text
        return doc


@Language.factory(
    "dutchfacts_proper_noun_lemmas", default_config={"pos": ["PROPN"]}, requires=["token.pos", "token.lemma"], assigns=["token.lemma"]
)
def make_proper_noun_lemmas(nlp: Language, name: str, pos: list[str]) -> ProperNounLemmas:
    return ProperNounLemmas(pos)
