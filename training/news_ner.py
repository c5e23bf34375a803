"""Read our own hand-annotated news sentences: `[Mark Rutte|PER] zei ...`."""
import re
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

ENTITY = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC)\]")
ASSETS = Path(__file__).parent / "assets"
NEWS_TRAIN = ASSETS / "news_ner_train.txt"
NEWS_DEV = ASSETS / "news_ner_dev.txt"
NEWS_TEST = ASSETS / "news_ner_test.txt"


def news_docs(nlp: Language, path: Path) -> Iterator[Doc]:
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield parse_marked_up(nlp, line)


def parse_marked_up(nlp: Language, line: str) -> Doc:
    text = ""
    char_spans = []
    position = 0
    for match in ENTITY.finditer(line):
        text += line[position : match.start()]
        char_spans.append((len(text), len(text) + len(match.group(1)), match.group(2)))
        text += match.group(1)
        position = match.end()
    text += line[position:]
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label in char_spans:
        span = doc.char_span(start, end, label=label)
        if span is None:
            raise ValueError(f"Entity {text[start:end]!r} does not match tokens in: {text}")
        spans.append(span)
    doc.set_ents(spans, default="outside")
    return doc
