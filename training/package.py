"""Assemble the UD and NER pipelines into the packaged nl_dutchfacts_sm."""
import json
import shutil
from pathlib import Path
from typing import Dict, Mapping

import spacy
from spacy.language import Language

import dutchfacts.model.lemma_lookup  # noqa: F401  (registers dutchfacts_lemma_lookup)
import dutchfacts.model.proper_noun_lemmas  # noqa: F401  (registers dutchfacts_proper_noun_lemmas)
import dutchfacts.model.sentence_ends  # noqa: F401  (registers dutchfacts_sentence_ends)

PACKAGE_NAME = "nl_dutchfacts_sm"
SENTENCE_ENDS = "dutchfacts_sentence_ends"
PROPER_NOUN_LEMMAS = "dutchfacts_proper_noun_lemmas"
LEMMA_LOOKUP = "dutchfacts_lemma_lookup"
# How many of its best edit trees the lemmatizer tries before it falls back to the word as
# written; training scores only the best one.
LEMMATIZER_TOP_K = 3
VERSION = "0.4.0"
PACKAGE_DIR = Path(__file__).parents[1] / "src" / "dutchfacts" / "models" / PACKAGE_NAME

SOURCES = [
    {
        "name": "UD_Dutch-LassySmall (2017 train, 2025 dev)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord",
    },
    {
        "name": "UD_Dutch-Alpino (Lassy Small newspaper part, 2025 dev)",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Gosse Bouma, Gertjan van Noord",
    },
    {
        "name": "MultiCoNER v1 Dutch (SemEval-2022 Task 11), case restored",
        "url": "https://registry.opendata.aws/multiconer/",
        "license": "CC BY 4.0",
        "author": "Shervin Malmasi, Anjie Fang, Besnik Fetahu, Sudipta Kar, Oleg Rokhlenko",
    },
    {
        "name": "Europeana Newspapers NER corpus, Dutch (KB)",
        "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
        "license": "CC0 1.0",
        "author": "Europeana Newspapers / KB National Library of the Netherlands",
    },
    {
        "name": "spacy-lookups-data 1.0.5, Dutch lemma lookup table (nl_lemma_lookup)",
        "url": "https://pypi.org/project/spacy-lookups-data/1.0.5/",
        "license": "MIT",
        "author": "ExplosionAI GmbH",
    },
    {
        "name": "dutchfacts news NER sentences, hand-written and generated from hand-written templates and name lists",
        "url": "training/assets/news_ner_train.txt, training/assets/news_generated_train.txt",
        "license": "CC BY-SA 4.0",
        "author": "dutchfacts developers",
    },
]


def lemma_lookup_table() -> Dict[str, str]:
    """spacy-lookups-data's Dutch table of inflected forms and their lemmas (training extra)."""
    import spacy_lookups_data
    import srsly

    path = spacy_lookups_data.nl["lemma_lookup"]
    return srsly.read_gzip_json(path.with_name(path.name + ".gz"))


def assemble(ud_model: Path, ner_model: Path, lemma_table: Mapping[str, str]) -> Language:
    """The UD pipeline plus the NER component, which has its own tok2vec.

    `dutchfacts_sentence_ends` runs before the parser: it fixes a sentence start after
    sentence-final punctuation and line breaks and rules one out inside a name, and leaves
    the other tokens to the parser. On its own the parser, trained on Wikipedia fragments,
    split news sentences after a leading name or title (`Minister Mona | Keijzer wil ...`),
    and the NER cannot cross a boundary; a full sentencizer would stop the parser from
    ending a headline or list item that has no full stop.
    `dutchfacts_proper_noun_lemmas` after the lemmatizer undoes its lower-casing of names;
    `dutchfacts_lemma_lookup` after the parser (it reads separated verb particles) takes
    the lemmas of known forms from `lemma_table`.
    """
    nlp = spacy.load(ud_model, config={"components.trainable_lemmatizer.top_k": LEMMATIZER_TOP_K})
    nlp.add_pipe(PROPER_NOUN_LEMMAS, after="trainable_lemmatizer")
    nlp.add_pipe(SENTENCE_ENDS, before="parser")
    nlp.add_pipe(LEMMA_LOOKUP, after="parser").initialize(table=lemma_table)
    replace_ner(nlp, ner_model)
    return nlp


def replace_ner(nlp: Language, ner_model: Path) -> Language:
    """Put the NER of `ner_model` at the end of `nlp`, replacing any NER there.

    A NER that listens to a tok2vec (configs/ner_shared.cfg) must have been trained on
    the one in `nlp`, frozen; one with its own tok2vec (configs/ner.cfg) fits any.
    """
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    ner_nlp = spacy.load(ner_model)
    if "tok2vec" in ner_nlp.pipe_names and (
        ner_nlp.get_pipe("tok2vec").model.to_bytes() != nlp.get_pipe("tok2vec").model.to_bytes()
    ):
        raise ValueError(f"{ner_model} was trained on another tok2vec than the UD pipeline's")
    nlp.add_pipe("ner", source=ner_nlp)
    _update_meta(nlp)
    return nlp


def _update_meta(nlp: Language) -> None:
    nlp.meta.update(
        name=PACKAGE_NAME,
        version=VERSION,
        description=(
            "Small CPU Dutch pipeline for dutchfacts: tok2vec, morphologizer, "
            "tagger (Lassy XPOS), trainable lemmatizer, proper-noun lemma case, sentence ends, "
            "parser, lemma lookup, ner (PER, ORG, LOC). "
            "Trained from open data, no pretrained vectors."
        ),
        author="dutchfacts developers",
        license="CC BY-SA 4.0",
        sources=SOURCES,
        spacy_version=">=3.8.0,<3.9.0",
    )


def write_accuracy(package_dir: Path, accuracy: Dict[str, dict]) -> None:
    """Store test scores in meta.json (editing the file, so that the strings
    seen during evaluation do not end up in the packaged vocab)."""
    meta_path = package_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    meta["accuracy"] = accuracy
    # spaCy's own field; training left scores on our dev slice in it.
    meta["performance"] = {
        f"{test_set}/{metric}": value
        for test_set, scores in accuracy.items()
        for metric, value in scores.items()
        if not isinstance(value, dict)
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def runtime_strings(nlp: Language) -> set[str]:
    """The strings the pipeline looks up by hash while it runs: labels, morphological
    features and the edit trees' substitutions. Words themselves are not among them (the
    tokenizer adds each word's strings as it meets it)."""
    strings = nlp.vocab.strings
    keep: set[str] = set()
    for _, pipe in nlp.pipeline:
        labels = getattr(pipe, "labels", None) or ()
        keep.update(label for label in labels if isinstance(label, str))
    for label in list(keep):
        keep.update(label.split("|"))  # morphological features, one by one
    trees = nlp.get_pipe("trainable_lemmatizer").trees
    for index in range(len(trees)):
        node = trees[index]
        if "subst" in node:
            keep.update(strings[key] for key in (node["orig"], node["subst"]) if key in strings)
    return keep


def save(nlp: Language, package_dir: Path) -> None:
    """Write the pipeline to `package_dir`, replacing what was there, with a pruned vocab."""
    if package_dir.exists():
        shutil.rmtree(package_dir)
    nlp.to_disk(package_dir)
    prune_strings(nlp, package_dir)


def prune_strings(nlp: Language, package_dir: Path) -> None:
    """Rewrite the saved vocab with the run-time strings only: the training vocabulary
    (100,000 words) is a sixth of the package and most of its load time."""
    keep = runtime_strings(nlp)
    strings_path = package_dir / "vocab" / "strings.json"
    saved = json.loads(strings_path.read_text(encoding="utf8"))
    strings_path.write_text(json.dumps([s for s in saved if s in keep], ensure_ascii=False), encoding="utf8")
