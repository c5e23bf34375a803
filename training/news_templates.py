"""Generate labelled news sentences from our hand-written templates and name lists.

    python -m training.news_templates      # rewrites assets/news_generated_*.txt

Templates (`assets/news_templates.txt`) and names (`assets/news_names.txt`) are
written for this project. Each template belongs to one part (train, dev or test)
by a stable hash, and a fifth of every name list is kept for the test part, so
the test sentences have sentence shapes and names the model never trained on.
The output is in the `[text|LABEL]` mark-up of `news_ner.py`, with a fixed seed,
and `check_consistency` must pass on it together with the hand-written sets.
"""
import random
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

import spacy
from spacy.language import Language

from .news_ner import ASSETS, ENTITY, parse_marked_up

NAMES = ASSETS / "news_names.txt"
TEMPLATES = ASSETS / "news_templates.txt"
GENERATED = {part: ASSETS / f"news_generated_{part}.txt" for part in ("train", "dev", "test")}
# Sentences per template and part; the parts differ in their templates.
SENTENCES_PER_TEMPLATE = {"train": 32, "dev": 12, "test": 12}
SEED = 42
SLOT = re.compile(r"\{([a-z_]+?)(\d?)(\.last)?(!)?\}")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "da", "von", "le", "la", "du", "di", "d'"}

# Slots built from the lists: a slot name -> the lists it draws from.
COMBINED = {
    "club": ["club_nl", "club_be"],
    "city": ["city_nl", "city_be"],
    "nlcity": ["city_nl"],
    "becity": ["city_be"],
    "fcity": ["city_foreign"],
    "fclub": ["club_foreign"],
    "fper": ["foreign"],
    "org": ["company", "acronym", "body"],
}
COURTS = [
    "rechtbank Amsterdam", "rechtbank Den Haag", "rechtbank Rotterdam", "rechtbank Noord-Holland",
    "rechtbank Oost-Brabant", "rechtbank Gelderland", "rechtbank Overijssel", "rechtbank Limburg",
    "rechtbank Zeeland-West-Brabant", "rechtbank Midden-Nederland", "rechtbank Noord-Nederland",
    "gerechtshof Amsterdam", "gerechtshof Arnhem-Leeuwarden", "gerechtshof Den Haag",
    "correctionele rechtbank van Antwerpen", "correctionele rechtbank van Gent",
    "correctionele rechtbank van Brussel", "correctionele rechtbank van Leuven",
    "correctionele rechtbank van Brugge",
]
MINISTRIES = [
    "Financiën", "Justitie en Veiligheid", "Defensie", "Volksgezondheid", "Buitenlandse Zaken",
    "Onderwijs", "Infrastructuur en Waterstaat", "Sociale Zaken en Werkgelegenheid",
    "Economische Zaken", "Binnenlandse Zaken", "Asiel en Migratie",
]


@dataclass
class NameList:
    label: str
    names: List[str]


def held_out(text: str, share: int = 5) -> bool:
    """A stable choice of one in `share` (not Python's salted hash)."""
    return zlib.crc32(text.encode("utf8")) % share == 0


def template_part(template: str) -> str:
    bucket = zlib.crc32(template.encode("utf8")) % 10
    return "test" if bucket < 2 else "dev" if bucket == 2 else "train"


def read_names(path: Path = NAMES) -> Tuple[Dict[str, NameList], Set[str]]:
    lists: Dict[str, NameList] = {}
    ambiguous: Set[str] = set()
    current: Optional[str] = None
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            header = line.strip("[]").split()
            current = header[0]
            if current != "ambiguous":
                lists[current] = NameList(header[1], [])
            continue
        names = [name.strip() for name in line.split("|") if name.strip()]
        if current == "ambiguous":
            ambiguous.update(names)
        elif current is not None:
            lists[current].names.extend(names)
    return lists, ambiguous


def read_templates(path: Path = TEMPLATES) -> List[str]:
    return [
        line.strip() for line in path.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def surname(name: str) -> str:
    """The surname as written without first name: from the first particle (`Van der
    Plas`, `De Wever`), else the last word; a particle then takes a capital."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in PARTICLES or word.lower() in ("van", "de", "von"):
            rest = " ".join(words[i:])
            return rest[:1].upper() + rest[1:]
    return words[-1]


class Filler:
    """Draws slot values for one part: train and dev from the names not held out,
    test half from the held-out names and half from all."""

    def __init__(self, lists: Dict[str, NameList], part: str, rng: random.Random):
        self.rng = rng
        self.part = part
        self.pools: Dict[str, List[Tuple[str, str]]] = {}
        self.held: Dict[str, List[Tuple[str, str]]] = {}
        sources = dict(COMBINED)
        sources.update({name: [name] for name in lists})
        for slot, names in sources.items():
            entries = [(n, lists[s].label) for s in names for n in lists[s].names]
            self.held[slot] = [e for e in entries if held_out(e[0])]
            self.pools[slot] = [e for e in entries if not held_out(e[0])]
        # `{pper}`: a Dutch name whose surname starts with a lower-case particle (`van der
        # Veen`), the boundary a title word before it makes hard (`Aanvoerster Roos van der Veen`).
        for names in (self.pools, self.held):
            names["last_particle"] = [e for e in names["last_nl"] if e[0].split()[0] in PARTICLES]
        self.pools["gemeente"] = [(f"gemeente {city}", "ORG") for city, _ in self.pools["city"]]
        self.held["gemeente"] = [(f"gemeente {city}", "ORG") for city, _ in self.held["city"]]
        self.pools["court"] = [(court, "ORG") for court in COURTS if not held_out(court)]
        self.held["court"] = [(court, "ORG") for court in COURTS if held_out(court)]
        self.pools["ministry"] = [(f"ministerie van {m}", "ORG") for m in MINISTRIES if not held_out(m)]
        self.held["ministry"] = [(f"ministerie van {m}", "ORG") for m in MINISTRIES if held_out(m)]

    def draw(self, slot: str, taken: Set[str]) -> Tuple[str, str]:
        if slot == "per":
            return self.person(taken)
        if slot == "pper":
            return f"{self.draw('first_nl', taken)[0]} {self.draw('last_particle', taken)[0]}", "PER"
        pool = self.pools[slot]
        if self.part == "test" and self.held[slot] and self.rng.random() < 0.5:
            pool = self.held[slot]
        for _ in range(20):
            value = self.rng.choice(pool)
            if value[0] not in taken:
                return value
        return value

    def person(self, taken: Set[str]) -> Tuple[str, str]:
        kind = self.rng.random()
        if kind < 0.35:
            return self.draw("figure", taken)
        first, last = ("first_nl", "last_nl") if kind < 0.75 else ("first_be", "last_be")
        return f"{self.draw(first, taken)[0]} {self.draw(last, taken)[0]}", "PER"


def fill(template: str, filler: Filler) -> str:
    """One sentence in mark-up, every slot value marked with its label."""
    values: Dict[Tuple[str, str], Tuple[str, str]] = {}
    taken: Set[str] = set()
    for slot, index, _, inside_word in SLOT.findall(template):
        if (slot, index) not in values:
            value = filler.draw(slot, taken)
            while inside_word and " " in value[0]:  # `Inter Miami-trainer` is two tokens
                value = filler.draw(slot, taken)
            values[slot, index] = value
            taken.add(value[0])

    def replace(match: re.Match) -> str:
        text, label = values[match.group(1), match.group(2)]
        if match.group(3):
            text = surname(text)
        if match.start() == 0:
            text = text[:1].upper() + text[1:]
        # `{party!}-leider`: the name is part of one token, which cannot be an entity.
        return text if match.group(4) else f"[{text}|{label}]"

    return SLOT.sub(replace, template)


def generate(seed: int = SEED) -> Dict[str, List[str]]:
    """Sentences per part; one whose entity does not fall on spaCy's token boundaries
    (`... en MR.`: the tokenizer keeps `MR.` whole) is drawn again."""
    nlp = spacy.blank("nl")
    lists, _ = read_names()
    rng = random.Random(seed)
    parts: Dict[str, List[str]] = {part: [] for part in GENERATED}
    fillers = {part: Filler(lists, part, rng) for part in GENERATED}
    for template in read_templates():
        part = template_part(template)
        sentences: List[str] = []
        attempts = 0
        while len(sentences) < SENTENCES_PER_TEMPLATE[part] and attempts < 100:
            attempts += 1
            sentence = fill(template, fillers[part])
            if sentence not in sentences and _on_token_boundaries(nlp, sentence):
                sentences.append(sentence)
        parts[part].extend(sentences)
    for sentences in parts.values():
        rng.shuffle(sentences)
    return parts


def _on_token_boundaries(nlp: Language, sentence: str) -> bool:
    try:
        parse_marked_up(nlp, sentence)
    except ValueError:
        return False
    return True


def entities(line: str) -> List[Tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in ENTITY.finditer(line)]


def check_consistency(lines: Iterable[str], ambiguous: Set[str]) -> List[str]:
    """Problems in a set of mark-up lines: a string labelled differently in two places
    (unless declared ambiguous), an entity string left unlabelled elsewhere, nested or
    unbalanced mark-up. Token boundaries are checked when the lines are parsed
    (`news_ner.parse_marked_up` fails on a span that is not on them)."""
    problems = []
    labels: Dict[str, Set[str]] = defaultdict(set)
    plain_texts = []
    for line in lines:
        stripped = ENTITY.sub("", line)
        if "[" in stripped or "]" in stripped or "|PER" in stripped:
            problems.append(f"broken or nested mark-up: {line}")
        for text, label in entities(line):
            labels[text].add(label)
        plain_texts.append(stripped)
    for text, found in sorted(labels.items()):
        if len(found) > 1 and text not in ambiguous:
            problems.append(f"{text!r} labelled {sorted(found)}")
    names = sorted(
        (text for text in labels if len(text) > 3 and text[0].isupper() and text not in ambiguous),
        key=len, reverse=True,
    )
    if names:
        any_name = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        for stripped in plain_texts:
            for match in any_name.finditer(stripped):
                problems.append(f"{match.group(1)!r} not labelled in: {stripped}")
    return problems


def main() -> None:
    _, ambiguous = read_names()
    parts = generate()
    for part, sentences in parts.items():
        header = (
            f"# Generated by `python -m training.news_templates` (seed {SEED}) from "
            "news_templates.txt and news_names.txt: do not edit by hand.\n"
        )
        GENERATED[part].write_text(header + "\n".join(sentences) + "\n", encoding="utf8")
        print(f"{part}: {len(sentences)} sentences")
    lines = [line for path in ASSETS.glob("news_*.txt") if path.name.startswith(("news_ner_", "news_generated_"))
             for line in path.read_text(encoding="utf8").splitlines() if line.strip() and not line.startswith("#")]
    problems = check_consistency(lines, ambiguous)
    print("\n".join(problems[:50]) or "consistent")
    print(f"{len(problems)} problems")


if __name__ == "__main__":
    main()
