"""Convert the NER corpora to PER / ORG / LOC Docs.

MultiCoNER is all lower-case, which a cased news model must never see as the
normal shape of a name, so we restore case where it is reliable: entity tokens
(keeping name particles such as `van`, `de`, `ter` lower-case) and sentence
starts. Its PROD and CW spans are dropped because our actors need PER, ORG
and LOC only, and GRP (bands, teams, parties) and CORP become ORG.
"""
import re
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

MULTICONER_LABELS = {"PER": "PER", "LOC": "LOC", "GRP": "ORG", "CORP": "ORG"}
EUROPEANA_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
# Function words that stay lower-case inside names (`Hof van Justitie`,
# `Pieter de Hooch`, `Koninkrijk der Nederlanden`).
NAME_PARTICLES = {
    "'s", "'t", "aan", "bij", "d'", "da", "de", "del", "della", "den", "der",
    "des", "di", "du", "en", "et", "het", "in", "la", "le", "of", "op", "te",
    "ten", "ter", "uit", "van", "voor", "von", "zu",
}
INITIALS = re.compile(r"^(?:[a-z]\.)+$")
VOWELS = set("aeiouy")
# Europeana has no sentence breaks; long chunks only slow training down.
MAX_CHUNK_TOKENS = 60

Tagged = Tuple[List[str], List[str]]


def read_conll_tagged(path: Path) -> Iterator[Tagged]:
    """Read `token _ _ TAG` blocks separated by blank lines (MultiCoNER)."""
    words: List[str] = []
    tags: List[str] = []
    with path.open(encoding="utf8") as file_:
        for line in file_:
            line = line.strip()
            if line.startswith("# id"):
                continue
            if not line:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            fields = line.split()
            words.append(fields[0])
            tags.append(fields[-1])
    if words:
        yield words, tags


def restore_case(words: List[str], tags: List[str]) -> List[str]:
    restored = []
    for i, (word, tag) in enumerate(zip(words, tags)):
        label = tag[2:]
        begins_entity = tag.startswith("B-")
        if label in MULTICONER_LABELS and (begins_entity or word not in NAME_PARTICLES):
            word = _capitalize_name(word)
        elif i == 0:
            word = word[:1].upper() + word[1:]
        restored.append(word)
    return restored


def _capitalize_name(word: str) -> str:
    if INITIALS.match(word):
        return word.upper()
    letters = [c for c in word if c.isalpha()]
    # Vowel-less short tokens are acronyms: psv, vvd, kpn.
    if 2 <= len(letters) <= 5 and len(letters) == len(word) and not VOWELS & set(word):
        return word.upper()
    prefix = ""
    if word.startswith("'s-"):
        prefix, word = "'s-", word[3:]
    return prefix + "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def multiconer_docs(nlp: Language, path: Path, cased: bool = True) -> Iterator[Doc]:
    for words, tags in read_conll_tagged(path):
        if cased:
            words = restore_case(words, tags)
        yield _tagged_to_doc(nlp, words, tags, MULTICONER_LABELS)


def _tagged_to_doc(nlp: Language, words: List[str], tags: List[str], labels: dict) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    spans = []
    start: Optional[int] = None
    label = ""
    for i, tag in enumerate(tags + ["O"]):
        continues = tag.startswith("I-") and tag[2:] == label and start is not None
        if continues:
            continue
        if start is not None and label in labels:
            spans.append(Span(doc, start, i, label=labels[label]))
        start, label = (i, tag[2:]) if tag != "O" else (None, "")
    # Tokens outside kept spans are O (not missing): the data is fully annotated.
    doc.set_ents(spans, default="outside")
    return doc


def europeana_docs(nlp: Language, path: Path) -> Iterator[Doc]:
    """Re-tokenize the OCR tokens (`Dekker,`) with spaCy and keep the spans."""
    for words, tags in _europeana_chunks(path):
        text = ""
        char_spans = []
        entity: Optional[List] = None
        for word, tag in zip(words, tags):
            start = len(text)
            text += word + " "
            label = tag[2:]
            if tag.startswith("I-") and entity is not None and entity[2] == label:
                entity[1] = start + len(word)
            elif tag != "O":
                entity = [start, start + len(word), label]
                char_spans.append(entity)
            else:
                entity = None
        doc = nlp.make_doc(text.rstrip())
        spans = []
        for start, end, label in char_spans:
            span = doc.char_span(start, end, label=EUROPEANA_LABELS[label], alignment_mode="contract")
            span = _strip_punct(span) if span is not None else None
            if span is not None:
                spans.append(span)
        doc.set_ents(spans, default="outside")
        yield doc


def _strip_punct(span: Span) -> Optional[Span]:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text != ".":
        end -= 1
    if start == end:
        return None
    return Span(span.doc, start, end, label=span.label_)


def _europeana_chunks(path: Path) -> Iterator[Tagged]:
    words: List[str] = []
    tags: List[str] = []
    with path.open(encoding="utf8") as file_:
        for line in file_:
            fields = line.split()
            if len(fields) != 2:
                continue
            word, tag = fields
            if words and _chunk_ends(words, tags, word, tag):
                yield words, tags
                words, tags = [], []
            words.append(word)
            tags.append(tag)
    if words:
        yield words, tags


def _chunk_ends(words: List[str], tags: List[str], next_word: str, next_tag: str) -> bool:
    if next_tag.startswith("I-"):
        return False
    sentence_ended = words[-1][-1:] in ".!?" and next_word[:1].isupper()
    # A full stop after an initial (`J.`) does not end a sentence.
    if sentence_ended and tags[-1] == "O" and len(words[-1]) > 2:
        return True
    return len(words) >= MAX_CHUNK_TOKENS
