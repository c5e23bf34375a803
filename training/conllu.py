"""Read UD CoNLL-U files into spaCy Docs.

The 2017 training files use an older conversion: `flat:name` instead of
`flat`, no XPOS, and no `# text` / SpaceAfter. Current files mark compound
boundaries in lemmas with `_` (`stad_titel`, for `stadstitel`), the 2017 files
do not; we train on the word as written (`stadstitel`), which is also what
downstream rules want.
"""
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from spacy.tokens import Doc
from spacy.vocab import Vocab

OLD_TO_CURRENT_DEPS = {"flat:name": "flat"}


@dataclass
class Sentence:
    sent_id: str
    words: List[str]
    spaces: Optional[List[bool]]
    lemmas: List[str]
    pos: List[str]
    tags: Optional[List[str]]
    morphs: List[str]
    heads: List[int]
    deps: List[str]

    @property
    def key(self) -> Tuple[str, ...]:
        """The token sequence, used to keep evaluation sentences out of training."""
        return tuple(self.words)

    @property
    def doc_id(self) -> str:
        """The source document (`wiki-135.p.100.s.1` -> `wiki-135`)."""
        return self.sent_id.split(".p.")[0]


def read_sentences(path: Path, join_compound_lemmas: bool = True) -> Iterator[Sentence]:
    comments: List[str] = []
    rows: List[List[str]] = []
    with path.open(encoding="utf8") as file_:
        for line in file_:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield _make_sentence(comments, rows, join_compound_lemmas)
                comments, rows = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                fields = line.split("\t")
                # Multi-word token ranges and empty nodes are not syntactic words.
                if fields[0].isdigit():
                    rows.append(fields)
    if rows:
        yield _make_sentence(comments, rows, join_compound_lemmas)


def _make_sentence(
    comments: List[str], rows: List[List[str]], join_compound_lemmas: bool
) -> Sentence:
    sent_id = _sent_id(comments)
    has_text = any(c.startswith("# text") for c in comments)
    words = [row[1] for row in rows]
    xpos = [row[4] for row in rows]
    return Sentence(
        sent_id=sent_id,
        words=words,
        spaces=[_space_after(row[9]) for row in rows] if has_text else None,
        lemmas=[
            _join_compound(row[1], row[2]) if join_compound_lemmas else row[2]
            for row in rows
        ],
        pos=[row[3] for row in rows],
        tags=xpos if any(t != "_" for t in xpos) else None,
        morphs=["" if row[5] == "_" else row[5] for row in rows],
        heads=[int(row[6]) for row in rows],
        deps=[OLD_TO_CURRENT_DEPS.get(row[7], row[7]) for row in rows],
    )


def _sent_id(comments: List[str]) -> str:
    for comment in comments:
        if comment.startswith("# sent_id"):
            return comment.split("=", 1)[1].strip()
    # The 2017 files carry only the Alpino file name as a bare comment.
    if comments:
        return comments[0].lstrip("# ").removesuffix(".xml")
    return ""


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


# What may join the parts of a compound as written: `stads|titel`, `studenten|blad`, `Halle-|Vilvoorde`.
LINKER = r"(?:s|e|en|er|-)?"


def _join_compound(form: str, lemma: str) -> str:
    """`stad_titel` for `stadstitel` -> `stadstitel`: the parts before the last one as written,
    linking `s`/`en` and hyphens included, then the last part's lemma."""
    if "_" not in lemma or "_" in form:
        return lemma
    parts = lemma.split("_")
    last, lower = parts[-1].lower(), form.lower()
    written_prefix = re.compile(LINKER.join(re.escape(p.lower()) for p in parts[:-1]) + LINKER)
    # The last part may be inflected in the form (`bestuurs|zaken` for `bestuur_zaak`).
    for length in range(len(last), 1, -1):
        at = lower.rfind(last[:length])
        if at > 0 and written_prefix.fullmatch(lower[:at]):
            prefix = form[:at]
            return (prefix.lower() if parts[0][:1].islower() else prefix) + parts[-1]
    # Not written as such (`zocht` for `op_zoeken`): the parts joined.
    return "".join(parts)


def sentences_to_docs(
    vocab: Vocab, sentences: Iterable[Sentence], sents_per_doc: int
) -> Iterator[Doc]:
    """Group consecutive sentences into Docs so the parser learns boundaries."""
    batch: List[Sentence] = []
    for sentence in sentences:
        if batch and _has_tags(batch) != _has_tags([sentence]):
            yield _make_doc(vocab, batch)
            batch = []
        batch.append(sentence)
        if len(batch) == sents_per_doc:
            yield _make_doc(vocab, batch)
            batch = []
    if batch:
        yield _make_doc(vocab, batch)


def _has_tags(sentences: List[Sentence]) -> bool:
    return sentences[0].tags is not None


def _make_doc(vocab: Vocab, sentences: List[Sentence]) -> Doc:
    words, lemmas, pos, morphs, heads, deps = [], [], [], [], [], []
    tags: Optional[List[str]] = [] if _has_tags(sentences) else None
    spaces: Optional[List[bool]] = [] if sentences[0].spaces is not None else None
    for sentence in sentences:
        offset = len(words)
        words.extend(sentence.words)
        lemmas.extend(sentence.lemmas)
        pos.extend(sentence.pos)
        morphs.extend(sentence.morphs)
        deps.extend(sentence.deps)
        # CoNLL-U heads are 1-based within the sentence, 0 for the root.
        heads.extend(
            offset + i if h == 0 else offset + h - 1
            for i, h in enumerate(sentence.heads)
        )
        if tags is not None:
            tags.extend(sentence.tags)
        if spaces is not None:
            spaces.extend(sentence.spaces)
    # Without SpaceAfter the spacing is unknown (spaces=None), so training uses
    # the gold tokenization instead of re-tokenizing space-joined text.
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
    )
