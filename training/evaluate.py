"""Score a pipeline on the held-out UD test files and the NER test sets.

    python -m training.evaluate ../shared/data [--model DIR] [--output scores.json]

UD scores use raw text, tokenized by the model itself, as `spacy evaluate`
does. `lemma_acc` compares with compound lemmas joined (`gemeente_raad` ->
`gemeenteraad`, the form we train on); `lemma_acc_strict` with the gold
lemmas exactly as annotated. `<test file>/parser-sentences` scores the same
model with `dutchfacts_sentence_ends` switched off, so that the parser sets
all sentence boundaries itself.
"""
import argparse
import json
from pathlib import Path
from typing import Dict, Iterable, List

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from .conllu import read_sentences, sentences_to_docs
from .ner_corpora import multiconer_docs
from .news_ner import NEWS_TEST, news_docs
from .news_templates import GENERATED
from .package import PACKAGE_DIR, SENTENCE_ENDS
from .prepare import SENTS_PER_DOC
from .ud_corpus import TEST_FILES

UD_METRICS = [
    "token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc",
    "dep_uas", "dep_las", "sents_f",
]
NER_METRICS = ["ents_p", "ents_r", "ents_f"]


def evaluate_ud(nlp: Language, path: Path) -> Dict[str, float]:
    references = _ud_docs(nlp, path, join_compound_lemmas=True)
    examples = _predict(nlp, references)
    scores = Scorer(nlp).score(examples)
    result = {metric: scores[metric] for metric in UD_METRICS}
    strict = _ud_docs(nlp, path, join_compound_lemmas=False)
    strict_examples = [Example(eg.predicted, ref) for eg, ref in zip(examples, strict)]
    result["lemma_acc_strict"] = Scorer.score_token_attr(strict_examples, "lemma")["lemma_acc"]
    return _rounded(result)


def _ud_docs(nlp: Language, path: Path, join_compound_lemmas: bool) -> List[Doc]:
    sentences = read_sentences(path, join_compound_lemmas=join_compound_lemmas)
    return list(sentences_to_docs(nlp.vocab, sentences, SENTS_PER_DOC))


def evaluate_ner(nlp: Language, references: Iterable[Doc]) -> Dict[str, object]:
    examples = _predict(nlp, list(references))
    scores = Scorer.score_spans(examples, "ents")
    result: Dict[str, object] = _rounded({metric: scores[metric] for metric in NER_METRICS})
    result["per_type"] = {
        label: _rounded(values) for label, values in sorted(scores["ents_per_type"].items())
    }
    return result


def _predict(nlp: Language, references: List[Doc]) -> List[Example]:
    predicted = nlp.pipe(ref.text for ref in references)
    return [Example(doc, ref) for doc, ref in zip(predicted, references)]


def _rounded(scores: Dict[str, float]) -> Dict[str, float]:
    return {key: round(value, 3) for key, value in scores.items()}


def evaluate_all(nlp: Language, data_dir: Path) -> Dict[str, dict]:
    multiconer_dev = data_dir / "ner" / "multiconer-v1-nl" / "nl_dev.conll"
    results: Dict[str, dict] = {}
    for name in TEST_FILES:
        results[name.removesuffix(".conllu")] = evaluate_ud(nlp, data_dir / "ud" / name)
        if SENTENCE_ENDS in nlp.pipe_names:
            with nlp.select_pipes(disable=[SENTENCE_ENDS]):
                scores = evaluate_ud(nlp, data_dir / "ud" / name)
            results[name.removesuffix(".conllu") + "/parser-sentences"] = scores
    ner_sets = {
        "multiconer-dev-cased": multiconer_docs(nlp, multiconer_dev),
        "multiconer-dev-lowercase": multiconer_docs(nlp, multiconer_dev, cased=False),
        "news-test": news_docs(nlp, NEWS_TEST),
        "news-generated-test": news_docs(nlp, GENERATED["test"]),
    }
    for name, references in ner_sets.items():
        results[f"ner/{name}"] = evaluate_ner(nlp, references)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder with ud/ and ner/")
    parser.add_argument("--model", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--output", type=Path, help="also write the scores as JSON")
    args = parser.parse_args()
    results = evaluate_all(spacy.load(args.model), args.data_dir)
    text = json.dumps(results, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
