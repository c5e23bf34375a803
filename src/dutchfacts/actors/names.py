"""Reading a name in the text, shared by the passes: where a name may start and end, whether a
particle such as `van` belongs to it, and what kind of actor it names."""

from __future__ import annotations

import regex
from spacy.tokens import Token

from ..text import SUBJECT_RELATIONS, is_finite_verb
from .rules import ActorRules
from .view import DocView, ends_in_sentence_period, is_acronym, is_capitalised, lower_tail_compound

POSTCODE_LETTERS = regex.compile(r"^[A-Z]{2}$")
POSTCODE_DIGITS = regex.compile(r"^[1-9][0-9]{3}$")
# How far back a list of places may reach to its preposition: `rond de Dampoort en Sint-Pieters`.
PLACE_LIST_REACH = 12
# Parts of speech of words that never open a name (none without a tagger).
FUNCTION_POS = {"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "AUX", "DET"}
ENTITY_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}


def can_start_name(view: DocView, index: int) -> bool:
    token = view.doc[index]
    if view.claimed[index] or not is_capitalised(token) or lower_tail_compound(token.text):
        return False
    if token.text.endswith("-"):
        return view.lower(index + 1) in view.rules.words.list_link and view.word(index + 2)[:1].isupper()
    if view.opens[index] and token.pos_ in FUNCTION_POS and index + 1 < len(view.doc) and view.word(index + 1)[:1].isupper():
        return False  # `Aldus Mohammed El Khadiri`: a function word opening the sentence, by the tagger, is no part of the name after it
    if any(c.isdigit() for c in token.text) or view.rules.is_number_word(token.text) or view.rules.is_fraction_word(token.text):
        return False
    if POSTCODE_LETTERS.match(token.text) and POSTCODE_DIGITS.match(view.word(index - 1)):
        return False
    if token.text in view.rules.not_names:
        after = index + 1
        while token.text == "Van" and view.lower(after) in view.rules.words.person_particle and view.word(after).islower():
            after += 1  # `Van der Meulen Groep` opening a sentence
        following = view.word(after)
        return (token.text in view.rules.words.name_prefix and not view.opens[index] or token.text == "Van") and following[:1].isupper() and following not in view.rules.not_names
    if view.opens[index] and (view.rules.noun(token.text) or view.rules.is_office(token.text)):
        # `Vereniging van Nederlandse Gemeenten` opening a sentence: a collective noun that a name goes on after.
        noun = view.rules.noun(token.text)
        return bool(noun) and noun.kind == "organization" and name_goes_on(view, index + 1)
    # A capitalised actor noun is a group (`Kamerleden`) unless a name goes on after it (`Vereniging Hogescholen`).
    noun = view.rules.noun(token.text)
    if noun and token.text not in view.rules.places:
        if noun.kind == "organization":
            return name_goes_on(view, index + 1)
        return index + 1 < len(view.doc) and can_continue_name(view, index + 1)
    return True


def name_goes_on(view: DocView, index: int) -> bool:
    """A name continues at `index`, directly or after `van`/`voor` (`Vereniging van Nederlandse Gemeenten`)."""
    if index >= len(view.doc):
        return False
    if view.lower(index) in view.rules.words.field_preposition and index + 1 < len(view.doc):
        return can_continue_name(view, index + 1)
    return can_continue_name(view, index)


def can_continue_name(view: DocView, index: int) -> bool:
    token = view.doc[index]
    if view.claimed[index] or not is_capitalised(token) or lower_tail_compound(token.text):
        return False
    return token.text not in view.rules.not_names or token.text in ("De", "Het", "Van")


def is_organisation_word(rules: ActorRules, word: str) -> bool:
    lower = word.lower().rstrip("-")
    cues = rules.organisation_cues
    return lower in cues or any(lower.endswith(cue) and len(lower) - len(cue) >= 3 for cue in cues)


def name_end(view: DocView, first: int) -> int:
    """The end of the name starting at `first`: capitalised words and the small words between them."""
    last = first + 1
    organisation = is_organisation_word(view.rules, view.word(first)) or is_acronym(view.word(first))
    connected = False
    limit = len(view.doc)
    while last < limit:
        # `ING.` at a sentence's end is one token: the next capitalised word opens the next sentence.
        if ends_in_sentence_period(view.word(last - 1)):
            break
        if can_continue_name(view, last) or view.word(last - 1).endswith("-") and view.lower(last) == "en":
            if view.lower(last) == "en":
                last += 1
                continue
            organisation = organisation or is_organisation_word(view.rules, view.word(last))
            last += 1
            continue
        gap = last
        while gap < limit and gap - last < 3 and not view.claimed[gap]:
            word = view.lower(gap)
            if word in view.rules.words.always_connector:
                pass
            elif word in view.rules.words.name_connector and organisation:
                connected = True
            elif word == "en" and connected:
                pass
            elif word in view.rules.words.person_particle and person_particle(view, first, last, gap):
                pass
            else:
                break
            gap += 1
        # `Marieke Bolhuis van Enschede` stops before the place; `OCMW van Gent` takes it.
        if gap > last and gap < limit and can_continue_name(view, gap) and (
            organisation or view.word(gap) not in view.rules.places
        ):
            last = gap
            continue
        break
    return last


def person_particle(view: DocView, first: int, last: int, particle: int) -> bool:
    """`Jaap van Wenum`, `Peter Hein van Mulligen`, but not `Marieke Sloot van Meerwaarde`,
    `Mirjam Bikker van de ChristenUnie` or `Jetta Klijnsma van Sociale Zaken`."""
    after = particle
    while view.lower(after) in view.rules.words.person_particle:
        after += 1
    following = view.word(after)
    if last - first > 2 or portfolio_end(view, particle + 1) > particle + 1 or view.lower(first - 1) in view.rules.words.locating:
        return False
    rules = view.rules
    if following in rules.places or following in rules.parties or is_organisation_word(view.rules, following) or is_acronym(following):
        return False
    if following in ("De", "Het"):
        return False
    # A word the article also uses as a name of its own is another actor: `van Meerwaarde`.
    if view.found(rf"(?i){view.rules.not_after_particle}{regex.escape(following)}\b"):
        return False
    if last - first == 1:
        return True
    if view.doc.has_annotation("ENT_IOB"):
        return view.doc[after].ent_iob_ == "I" and view.doc[after].ent_type_ == "PER"
    # After two names (`Karin Smit van Zaanstad`), only a surname the article also writes alone (`Van Mulligen`).
    return view.found(rf"(?i)(?<!{regex.escape(view.word(last - 1))}\s)\b{regex.escape(view.word(particle))}\s+{regex.escape(following)}\b")


def portfolio_end(view: DocView, index: int) -> int:
    """After `van`, the end of a portfolio such as `Justitie en Veiligheid`, or `index` if none."""
    for portfolio in view.rules.portfolios:
        words = [view.word(i) for i in range(index, index + len(portfolio))]
        # The commas of `Volksgezondheid, Welzijn en Sport` are claimed as punctuation: only its words must be free.
        if tuple(words) == portfolio and not any(view.claimed[i] and view.word(i) != "," for i in range(index, index + len(portfolio))):
            return index + len(portfolio)
    return index


def name_kind(view: DocView, first: int, last: int) -> str:
    words = [view.word(i) for i in range(first, last)]
    text = view.text(first, last)
    rules = view.rules
    if text in rules.parties or text in rules.institutions:
        return "organization"
    if text in rules.places or text.title() in rules.places or rules.formation.compass.match(rules.formation.compass_list.sub("", text)):
        return "place"
    if any(is_acronym(w) or is_organisation_word(view.rules, w) for w in words):
        return "organization"
    before = view.word(first - 1)
    if before.islower() and (is_organisation_word(view.rules, before) or ends_in_anaphor(rules, before)):
        return "organization"  # `expertisecentrum Fier`, `onderzoeksbureau Meerwaarde`, `het chemiebedrijf Novachem`
    if len(words) == 1 and view.tagged and listed_with_places(view, last):
        return "place"  # `de baden van Genk, Diepenbeek en Zonhoven`, whatever the model calls Genk itself
    if in_place_phrase(view, first):
        return "place"
    capitalised_tokens = [view.doc[i] for i in range(first, last) if view.word(i)[:1].isupper()]
    labels = {t.ent_type_ for t in capitalised_tokens}
    if len(labels) == 1 and labels <= set(ENTITY_KINDS) and all(t.pos_ == "PROPN" for t in capitalised_tokens) and entity_spans(view, capitalised_tokens):
        kind = ENTITY_KINDS[labels.pop()]
        if entity_label_holds(view, kind, first, last):
            return kind
    # `PvdA`, `ChristenUnie`: a capital inside a word; one after a hyphen joins two names (`Gilze-Rijen`).
    if any(c.isupper() for w in words for part in w.split("-") for c in part[1:] if c.isalpha()) and len(words) == 1:
        return "organization"
    capitalised = [w for w in words if w[:1].isupper()]
    others = [w for w in words if not w[:1].isupper()]
    if len(capitalised) >= 2 and all(w in view.rules.words.person_particle for w in others) and not rules.formation.adjective.search(words[0]):
        return "person"
    if len(words) == 1 and in_list_of_places(view, first):
        return "place"
    return "organization"


def entity_label_holds(view: DocView, kind: str, first: int, last: int) -> bool:
    """Whether the kind the model's entity gives a name is evidence of it (see `surname_alone` and `place_label_holds`)."""
    if kind == "organization":
        return not surname_alone(view, first, last)
    return kind == "person" or place_label_holds(view, first, last)


def surname_alone(view: DocView, first: int, last: int) -> bool:
    """`Volgens Margot Cloet … Cloet wijst erop`: a name of capitalised words whose last word the article
    also writes alone is a person's, as the news names people by their surname; the model's label of
    an organisation does not hold for it. Not for a last word that is a place or names a body."""
    words = [view.word(i) for i in range(first, last)]
    surname = words[-1]
    if len(words) < 2 or not all(word[:1].isupper() for word in words) or not surname.isalpha():
        return False
    rules = view.rules
    if surname in rules.places or surname in rules.parties or surname in rules.institutions or is_organisation_word(rules, surname):
        return False
    return view.found(rf"(?<!{regex.escape(words[-2])}\s)\b{regex.escape(surname)}\b")


def place_label_holds(view: DocView, first: int, last: int) -> bool:
    """Whether the model's place label is evidence of a place. The model calls many an unknown name a
    place (`in opdracht van Zorgvisie`, `van het Mauritshuis`): not after `van`, unless it reads the same
    word as a place where no `van` comes before it; and what reports is no place (`meldt Weeronline`)."""
    if reports(view, first, last):
        return False
    return not view.after_van(first) or last - first == 1 and view.word(first) in view.located_by_model


def reports(view: DocView, first: int, last: int) -> bool:
    """Whether the name comes right after `volgens` or `aldus` (a one-word cue of attribution_cues.tsv
    with the actor after it), or the parse makes it the subject of a reporting verb (`meldt Weeronline`)."""
    if view.lower(first - 1 - (view.lower(first - 1) in view.rules.words.definite_article)) in view.rules.speaker_cues:
        return True
    return any(
        token.dep_ in SUBJECT_RELATIONS and (token.head.lemma_.lower() in view.rules.reporting or token.head.lower_ in view.rules.reporting_forms)
        for token in view.doc[first:last]
    )


def in_place_phrase(view: DocView, first: int) -> bool:
    """`in de Wiener Stadthalle`, `rond de Dampoort en Sint-Pieters`, `in Flanders Expo`: a name after a
    place preposition and an article or none, also further down a list, is a place, whatever kind the
    model's entity reads in it."""
    listed = {",", *view.rules.words.list_link, *view.rules.words.definite_article}
    before = first - 1
    while (
        before >= max(first - PLACE_LIST_REACH, 0) and (view.lower(before) in listed or view.word(before)[:1].isupper())
        and view.lower(before) not in view.rules.words.place_preposition
    ):
        before -= 1
    return view.lower(before) in view.rules.words.place_preposition


def ends_in_anaphor(rules: ActorRules, word: str) -> bool:
    """A noun the news names an organisation by, also as a compound's head: `chemiebedrijf`, `streekomroep`."""
    return word.isalpha() and any(word.endswith(noun) for noun in rules.anaphors)


def entity_spans(view: DocView, tokens: list[Token]) -> bool:
    """Whether the model's entity spans the name's capitalised words and no word before them: in `de
    Japanse Miho Takagi` an entity that takes in the adjective is another reading of the words, and
    its label is no evidence of the name's kind."""
    first = tokens[0]
    return first.ent_iob_ == "B" or first.i > 0 and view.doc[first.i - 1].ent_type_ != first.ent_type_


def in_list_of_places(view: DocView, index: int) -> bool:
    """`in Rotterdam, Schiedam en Vlaardingen`, `Leidschendam en Den Haag`: after a locating word,
    or listed with a known place."""
    listed = {",", *view.rules.words.list_link}
    before = index - 1
    # `In Gilze-Rijen` opening a sentence: the capitalised locating word ends the list.
    while before >= 0 and (view.word(before) in listed or view.word(before)[:1].isupper()) and view.lower(before) not in view.rules.words.locating:
        if view.word(before) in view.rules.places:
            return True
        before -= 1
    after = index + 1
    while after < len(view.doc) and (view.word(after) in listed or view.word(after)[:1].isupper()):
        if view.word(after) in view.rules.places or view.text(after, after + 2) in view.rules.places:
            return True
        after += 1
    return view.lower(before) in view.rules.words.locating


def listed_with_places(view: DocView, last: int) -> bool:
    """A comma or a list word after a name, then a name the model calls a place."""
    after = last
    if view.word(after) != "," and view.lower(after) not in view.rules.words.list_link:
        return False
    following = view.doc[after + 1] if after + 1 < len(view.doc) else None
    return following is not None and following.text[:1].isupper() and ENTITY_KINDS.get(following.ent_type_) == "place"


def is_nationality_anaphor(view: DocView, index: int) -> bool:
    """`de Ghanees`, `zei de Fransman`: a noun for one person of a nation after the article, which
    refers to a person named before; no place, party or institution of the lists."""
    word = view.word(index)
    rules = view.rules
    if word in rules.places or word in rules.parties or word in rules.institutions:
        return False
    return view.lower(index - 1) in rules.words.definite_article and rules.formation.nationality.match(word) is not None


def is_adjective(view: DocView, index: int) -> bool:
    """`Nederlandse`, `Belgisch`, `Onzichtbare slachtoffers`: a capitalised adjective before a
    lower-case word, not a name such as `Meerwaarde komt`."""
    word, following = view.word(index), view.word(index + 1)
    if is_acronym(word) or not following[:1].islower():
        return False
    if view.rules.formation.capitalised_adjective.search(word):
        return True
    if view.tagged:
        return view.doc[index].pos_ == "ADJ"
    return word.endswith("e") and not is_organisation_word(view.rules, word) and (view.rules.noun(following) is not None or view.rules.formation.plural.search(following) is not None)


def names_a_thing(rules: ActorRules, word: str) -> bool:
    return not is_acronym(word) and rules.ends_in_thing_head(word)


def before_plural_verb(view: DocView, index: int) -> bool:
    """`Prognoses wijzen uit …`: a plural subject; the name of a person, organisation or
    place takes a singular verb."""
    if not view.tagged or index + 1 >= len(view.doc):
        return False
    verb = view.doc[index + 1]
    return is_finite_verb(verb) and verb.tag_.endswith("|mv")
