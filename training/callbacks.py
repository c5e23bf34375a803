"""Callbacks named in the training configs (`spacy train ... --code training/callbacks.py`)."""
from typing import Callable

from spacy.language import Language
from spacy.util import registry


@registry.callbacks("dutchfacts.restore_lemmatizer_labels.v1")
def make_restore_lemmatizer_labels() -> Callable[[Language], Language]:
    """A trainable_lemmatizer sourced from a trained pipeline loads its edit trees but not
    the map from tree to label (spaCy 3.8), so further training would teach every lemma as
    label 0; rebuild the map from its labels."""

    def restore(nlp: Language) -> Language:
        for _, component in nlp.components:
            if hasattr(component, "tree2label") and not component.tree2label:
                component.tree2label = {tree: label for label, tree in enumerate(component.labels)}
        return nlp

    return restore
