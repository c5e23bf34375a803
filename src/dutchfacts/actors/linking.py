"""Linking candidates into actors: one actor per entity of an article, with every way it is named.

- an acronym defined in the text and its full name are one actor, and so are an
  acronym and a full name whose capitals give it, written apart in either order;
- a person's full name, surname and title forms are one actor;
- singular and plural of a group are one actor, and `vader`/`moeder` join `ouders`;
- a singular role noun joins the one singular compound ending on it (`de
  eigenaar`, `de zorgbureau-eigenaar`);
- a bare office (`de premier`) joins the one person holding it, or the name its
  apposition gives (`de advocaat van X, meester Lieve Segers,`), a bare body
  (`de provincie`) the one named body with that head (`provincie Utrecht`), a
  one-word name the one longer name it starts or ends (`OCMW van Gent`);
- an office right after a name is that person's title (`Tom Meeuws (sp.a),
  schepen van Sociale Zaken`);
- `de organisatie` joins the organisation named in the two sentences before,
  when there is exactly one, or else the one named before with a word it ends
  on (`het statistiekbureau`: Centraal Bureau voor de Statistiek).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from .view import Candidate, is_acronym

NAMED_RULES = ("name:", "acronym:", "party", "model:")
KIND_PRIORITY = {"person": 0, "organization": 1, "group": 2, "place": 3}


@dataclass
class LinkedActor:
    key: str
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def kind(self) -> str:
        kinds = [c.kind for c in self.candidates if not c.anaphor]
        if not kinds:
            return "organization"
        if "person" in kinds:
            return "person"
        return max(set(kinds), key=lambda k: (kinds.count(k), -KIND_PRIORITY[k]))

    @property
    def name(self) -> str:
        named = [c for c in self.candidates if not c.anaphor and c.rule not in ("office:bare", "office:portfolio")]
        named = named or self.candidates
        if all(c.rule.startswith("group:") for c in named):
            plurals = [c for c in named if c.plural and c.member_of is None]
            if plurals:
                return plurals[0].name
        definitions = [c for c in named if c.rule == "acronym:defined" and c.acronym_of is None]
        pool = definitions or [c for c in named if c.acronym_of is None] or named
        return max(pool, key=lambda c: (len(c.name.split()), len(c.name), -c.start)).name

    @property
    def rule(self) -> str:
        return min(self.candidates, key=lambda c: c.start).rule

    def record(self) -> dict:
        name = self.name
        aliases = []
        for candidate in self.candidates:
            for form in (candidate.name, candidate.alias):
                if form and form.lower() != name.lower() and form.lower() not in (a.lower() for a in aliases):
                    aliases.append(form)
        return {
            "name": name,
            "kind": self.kind,
            "aliases": aliases,
            "mentions": [
                {"text": c.text, "start": c.start, "end": c.end} for c in sorted(self.candidates, key=lambda c: c.start)
            ],
            "rule": self.rule,
        }


def person_forms(name: str) -> list[str]:
    """The shorter forms of a person's name: `Peter Hein van Mulligen` → `van mulligen`, `mulligen`, …"""
    words = name.lower().split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def link(candidates: list[Candidate], sentence_of: dict[int, int]) -> list[LinkedActor]:
    """Actors in order of their first mention; `sentence_of` maps a token index to its sentence."""
    acronyms = {c.key: c.acronym_of for c in candidates if c.acronym_of}
    persons = [
        c for c in candidates
        if c.kind == "person" and len(c.name.split()) > 1 and c.rule not in ("office:portfolio", "office:bare")
    ]
    short_forms: dict[str, str] = {}
    for person in persons:
        for form in person_forms(person.name):
            short_forms.setdefault(form, person.key)
    keys = {c.key for c in candidates if not c.member_of}

    def key_of(candidate: Candidate) -> str:
        key = acronyms.get(candidate.key, candidate.key)
        if key in short_forms and candidate.rule != "acronym:defined":
            return short_forms[key]
        if candidate.member_of and candidate.member_of in keys:
            return candidate.member_of
        return key

    actors: dict[str, LinkedActor] = {}
    bare: list[Candidate] = []
    for candidate in candidates:
        if candidate.rule == "office:bare" or candidate.anaphor:
            bare.append(candidate)
            continue
        key = key_of(candidate)
        actors.setdefault(key, LinkedActor(key)).candidates.append(candidate)
    join_heads(actors)
    join_compounds(actors)
    join_acronyms(actors)
    join_parts(actors)
    join_named_parts(actors)
    join_appositions(actors, sentence_of)
    for candidate in bare:
        if candidate.rule == "office:bare":
            target = office_holder(actors, candidate) or apposed_holder(actors, candidate)
        else:
            target = antecedent(actors, candidate, sentence_of)
        if target is not None:
            target.candidates.append(candidate)
        elif not candidate.anaphor or candidate.rule == "institution":
            # An unnamed body on an anaphor's head (`de patiëntenvereniging`) with no organisation before it.
            actors.setdefault(candidate.key, LinkedActor(candidate.key)).candidates.append(candidate)
    join_role_heads(actors)
    return sorted(actors.values(), key=lambda a: min(c.start for c in a.candidates))


def join_heads(actors: dict[str, LinkedActor]) -> None:
    """`de provincie` joins `provincie Utrecht` when that is the only named body with that head."""
    by_head: dict[str, list[str]] = defaultdict(list)
    for key, actor in actors.items():
        for candidate in actor.candidates:
            if candidate.rule == "institution:named" and candidate.alias:
                by_head[candidate.alias].append(key)
    for head, named in by_head.items():
        if len(set(named)) == 1 and head in actors and head != named[0]:
            actors[named[0]].candidates.extend(actors.pop(head).candidates)


def join_compounds(actors: dict[str, LinkedActor]) -> None:
    """`scholen` joins `basisscholen`, `chauffeurs` joins `buschauffeurs`: a group noun is the short
    form of the one compound with that head in the article. With two or more (`webwinkels` and
    `non-foodwinkels`), the bare noun names the whole of which they are parts, and stays apart; so it
    does where the article describes it with adjectives of its own (`Antwerpse scholen` beside
    `kleuterscholen`)."""
    nouns = {key: actor for key, actor in actors.items() if all(c.rule.startswith("group:") for c in actor.candidates)}
    for key, actor in list(nouns.items()):
        if any(c.alias for c in actor.candidates):
            continue
        head = actor.name.lower()
        compounds = [
            k for k, other in nouns.items()
            if k != key and other.name.lower().endswith(head) and len(other.name.lower().rstrip("-")) - len(head) >= 3
            and " " not in other.name and other.kind == actor.kind
        ]
        if len(compounds) == 1 and key in actors and compounds[0] in actors:
            actors[compounds[0]].candidates.extend(actors.pop(key).candidates)


def join_role_heads(actors: dict[str, LinkedActor]) -> None:
    """`de eigenaar` joins `de zorgbureau-eigenaar`, `de chauffeur` a `buschauffeur`: a singular role
    noun is the short form of the one singular compound with that head in the article; with two
    (`buschauffeur` and `vrachtwagenchauffeur`) it stays apart."""
    singles = {key: actor for key, actor in actors.items() if all(singular_role(c) for c in actor.candidates)}
    # Each compound under every head it may have (a first part of three letters or more), so that
    # finding the compounds of a head costs one look-up.
    by_head: dict[str, list[str]] = defaultdict(list)
    for key, actor in singles.items():
        name = actor.name.lower()
        for split in range(3, len(name.rstrip("-"))):
            by_head[name[split:]].append(key)
    for key, actor in singles.items():
        compounds = [k for k in by_head.get(actor.name.lower(), ()) if k != key]
        if len(compounds) == 1 and key in actors and compounds[0] in actors:
            actors[compounds[0]].candidates.extend(actors.pop(key).candidates)


def singular_role(candidate: Candidate) -> bool:
    """A one-word singular noun of a role: a bare office, a person noun, a group noun in the singular."""
    singular = candidate.rule == "office:bare" or not candidate.plural and (
        candidate.rule == "person:formation" or candidate.rule.startswith("group:")
    )
    return singular and " " not in candidate.name


def initials(name: str) -> str:
    """The initials of a name's capitalised words: `Centraal Bureau voor de Statistiek` → `CBS`."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def abbreviates(capitals: str, name: str) -> bool:
    """Whether `capitals` abbreviate `name`: each capitalised word gives its initial, and a compound
    may give a letter of its head too (`VMM`: Vlaamse Milieumaatschappij)."""
    words = [word.lower() for word in name.split() if word[:1].isupper()]
    letters = capitals.lower()

    def fits(letter: int, word: int) -> bool:
        if word == len(words):
            return letter == len(letters)
        if letter == len(letters) or words[word][0] != letters[letter]:
            return False
        rest, extra = words[word][1:], letter + 1
        while True:
            if fits(extra, word + 1):
                return True
            found = rest.find(letters[extra]) if extra < len(letters) and extra - letter <= 2 else -1
            if found < 0:
                return False
            rest, extra = rest[found + 1 :], extra + 1

    return fits(0, 0)


def abbreviated(name: str) -> bool:
    """`CBS`, `UGent`, `UZ Leuven`: a name that is or holds an abbreviation."""
    return is_acronym(name) or any(sum(c.isupper() for c in word) >= 2 for word in name.split())


def join_acronyms(actors: dict[str, LinkedActor]) -> None:
    """`CBS` joins `Centraal Bureau voor de Statistiek` when the article writes both but never
    together (`… (CBS)`), in either order: the one longer organisation name whose capitalised
    words give the acronym's capitals. So do `UGent` (Universiteit Gent) and `UZ Leuven`
    (Universitair Ziekenhuis Leuven)."""
    longer = [(key, actor) for key, actor in actors.items() if actor.kind == "organization" and len(actor.name.split()) > 1]
    for key in [k for k, a in actors.items() if abbreviated(a.name) and a.kind == "organization"]:
        capitals = "".join(c for c in actors[key].name if c.isupper())
        holders = {k for k, actor in longer if k != key and len(capitals) > 1 and abbreviates(capitals, actor.name)}
        if len(holders) == 1 and key not in holders:
            actors[holders.pop()].candidates.extend(actors.pop(key).candidates)


def join_parts(actors: dict[str, LinkedActor]) -> None:
    """`OCMW` joins `OCMW van Gent`, `ministerie` joins `ministerie van OCW`: a one-word name joins
    the one longer organisation name that starts or ends with it. Any one-word name joins a name
    that is it after an acronym (`Basel` joins `FC Basel`, `Anderlecht` joins `RSC Anderlecht`)."""
    longer = [(key, actor) for key, actor in actors.items() if actor.kind == "organization" and len(actor.name.split()) > 1]
    clubs = {actor.name.split()[-1].lower(): key for key, actor in longer if len(actor.name.split()) == 2 and is_acronym(actor.name.split()[0])}
    parts = [
        k for k, a in actors.items()
        if len(a.name.split()) == 1 and (
            a.kind == "organization" and (a.rule.startswith("institution") or is_acronym(a.name)) or a.name.lower() in clubs
        )
    ]
    for key in parts:
        word = actors[key].name.lower()
        if word in clubs:
            if clubs[word] != key:
                actors[clubs[word]].candidates.extend(actors.pop(key).candidates)
            continue
        holders = {k for k, actor in longer if word in (actor.name.lower().split()[0], actor.name.lower().split()[-1])}
        if len(holders) == 1 and key not in holders:
            actors[holders.pop()].candidates.extend(actors.pop(key).candidates)


def join_named_parts(actors: dict[str, LinkedActor]) -> None:
    """`Rode Kruis` joins `Rode Kruis Vlaanderen`: a name of two words or more joins the one longer
    organisation name that starts or ends with its words."""
    names = {key: actor.name.split() for key, actor in actors.items() if actor.kind == "organization"}
    for key, words in sorted(names.items(), key=lambda item: len(item[1])):
        if len(words) < 2 or key not in actors or not all(word[:1].isupper() for word in words):
            continue
        holders = {
            k for k, other in names.items()
            if k != key and k in actors and len(other) > len(words) and (other[: len(words)] == words or other[-len(words) :] == words)
        }
        if len(holders) == 1:
            actors[holders.pop()].candidates.extend(actors.pop(key).candidates)


def join_appositions(actors: dict[str, LinkedActor], sentence_of: dict[int, int]) -> None:
    """`Tom Meeuws (sp.a), schepen van Sociale Zaken`: an office right after a person's name is that person's title."""
    persons = [c for actor in actors.values() if actor.kind == "person" for c in actor.candidates if c.rule != "office:portfolio"]
    for key in [k for k, a in actors.items() if all(c.rule == "office:portfolio" for c in a.candidates)]:
        office = actors[key].candidates[0]
        before = [p for p in persons if 0 < office.first - p.last <= 6 and sentence_of[p.first] == sentence_of[office.first]]
        if before:
            holder = next(a for a in actors.values() if before[-1] in a.candidates)
            holder.candidates.extend(actors.pop(key).candidates)


def office_holder(actors: dict[str, LinkedActor], candidate: Candidate) -> Optional[LinkedActor]:
    holders = [
        actor for actor in actors.values()
        if any(c.office and (c.office == candidate.office or c.office.split()[0] == candidate.office) for c in actor.candidates)
    ]
    return holders[0] if len(holders) == 1 else None


def apposed_holder(actors: dict[str, LinkedActor], candidate: Candidate) -> Optional[LinkedActor]:
    """`de advocaat van de beklaagde, meester Lieve Segers,`: the person whose name the apposition
    after the office's comma opens, a courtesy title before the name allowed; or the person named
    right before the office's own apposition (`Sven De Cock, de advocaat van …`)."""
    if candidate.named_before is not None:
        # `Sven De Cock, de advocaat van …`: the person whose name ends at the comma before the office.
        before = next((
            actor for actor in actors.values()
            if actor.kind == "person" and any(c.last == candidate.named_before for c in actor.candidates)
        ), None)
        if before is not None:
            return before
    if candidate.names_at is None:
        return None
    opening = (candidate.names_at, candidate.names_at + 1)
    return next((
        actor for actor in actors.values()
        if actor.kind == "person" and any(c.first in opening and len(c.name.split()) > 1 for c in actor.candidates)
    ), None)


def antecedent(actors: dict[str, LinkedActor], candidate: Candidate, sentence_of: dict[int, int]) -> Optional[LinkedActor]:
    # `de brancheorganisatie` after `Brancheorganisatie Bouwend Nederland`: the one name it was written before.
    word = candidate.name.lower()
    described = [
        actor for actor in actors.values()
        if any(c.start < candidate.start and (c.alias or "").lower().split()[:1] == [word] for c in actor.candidates)
    ]
    if len(described) == 1:
        return described[0]
    sentence = sentence_of[candidate.first]
    named = [
        actor for actor in actors.values()
        if actor.kind == "organization" and actor.rule.startswith(NAMED_RULES) and any(
            sentence - 2 <= sentence_of[c.first] <= sentence and c.start < candidate.start and not c.anaphor
            for c in actor.candidates
        )
    ]
    if len(named) == 1:
        return named[0]
    # `het statistiekbureau` for the Centraal Bureau voor de Statistiek, `het planbureau` for the
    # Centraal Planbureau: the one organisation named before with a word the anaphor ends on.
    fitting = [
        actor for actor in actors.values()
        if actor.kind == "organization" and actor.rule.startswith(NAMED_RULES)
        and any(c.start < candidate.start and not c.anaphor for c in actor.candidates)
        and any(len(part) >= 4 and word.endswith(part) for part in actor.name.lower().split())
    ]
    return fitting[0] if len(fitting) == 1 else None
