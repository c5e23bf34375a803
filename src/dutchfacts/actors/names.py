"""Reading a name in the text, shared by the passes: where a name may start and end, whether a
particle such as `van` belongs to it, and what kind of actor it names."""

from __future__ import annotations

import regex

from ..text import SUBJECT_RELATIONS, is_finite_verb
from .places import after_preposition, reports_after_verb
from .rules import ActorRules
from .view import DocView, ends_in_sentence_period, is_acronym, is_capitalised, lower_tail_compound

POSTCODE_LETTERS = regex.compile(r"^[A-Z]{2}$")
POSTCODE_DIGITS = regex.compile(r"^[1-9][0-9]{3}$")
# Parts of speech of words that never open a name (none without a tagger).
FUNCTION_POS = {"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "AUX", "DET"}
ENTITY_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}


def can_start_name(view: DocView, index: int) -> bool:
    token = view.doc[index]
    if view.claimed[index] or not is_capitalised(token) or lower_tail_compound(token.text):
        return False
    if token.text.endswith("-"):
        return view.lower(index + 1) in view.rules.words.list_link and view.word(index + 2)[:1].isupper()
    opens_before_name = view.opens[index] and index + 1 < len(view.doc) and view.word(index + 1)[:1].isupper()
    if opens_before_name and token.pos_ in FUNCTION_POS and not opens_known_surname(view, index):
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
        if not following[:1].isupper() or following in view.rules.not_names:
            return False
        prefix = token.text in view.rules.words.name_prefix
        return prefix and (not view.opens[index] or opens_known_surname(view, index)) or token.text == "Van"
    if plural_noun(view, index) and starts_person_entity(view, index + 1):
        return False  # `Schaatsers Jorrit Bergsma en Irene Schouten`: a plural before the people it describes
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


def opens_known_surname(view: DocView, index: int) -> bool:
    """`De Wolf gelooft …` after `Marieke de Wolf`: opening a sentence, a capitalised particle before a
    surname that the article writes after a first name."""
    particle, surname = view.word(index), view.word(index + 1)
    if view.rules.formation.capitalised_adjective.search(surname):
        return False  # `Tijdens de Gentse feesten … De Gentse …`
    return particle in view.rules.words.name_prefix and surname[:1].isupper() and view.found(
        rf"\p{{Lu}}\p{{Ll}}+\s{regex.escape(particle.lower())}\s{regex.escape(surname)}\b"
    )


def plural_noun(view: DocView, index: int) -> bool:
    """A plural common noun by the lists or by the tagger."""
    token = view.doc[index]
    noun = view.rules.noun(token.text)
    return noun.plural == token.lower_ if noun else token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")


def starts_person_entity(view: DocView, index: int) -> bool:
    """Whether the model's person entity starts at `index` (never without a model)."""
    return index < len(view.doc) and view.doc[index].ent_iob_ == "B" and view.doc[index].ent_type_ == "PER"


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
    if token.text in ("De", "Het", "Van") or token.text not in view.rules.not_names:
        return True
    # `Per Saldo`, `Over Morgen`: a function word written with a capital inside a sentence, before
    # another capitalised word, is part of a name.
    following = view.doc[index + 1] if index + 1 < len(view.doc) else None
    return not view.opens[index] and following is not None and is_capitalised(following) and following.text not in view.rules.not_names


def names_an_organisation(rules: ActorRules, word: str) -> bool:
    """A noun of an organisation: an anaphor of one (`federatie`, `vereniging`) or an organisation word."""
    return word in rules.anaphors or is_organisation_word(rules, word)


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
    if following in ("De", "Het") or is_adjective(view, after):
        return False  # `met de Verenigde Staten de Belgische economie`
    # A word the article also uses as a name of its own is another actor: `van Meerwaarde`.
    if view.found(rf"(?i){view.rules.not_after_particle}\b{regex.escape(following)}\b"):
        return False
    if not opens_a_phrase(view, particle, after):
        return True
    if can_continue_name(view, after + 1):
        return False  # a surname after `van` is one word; two are a body's name (`van Fortuna Sittard`)
    if last - first == 1:
        return True
    if view.doc.has_annotation("ENT_IOB"):
        # After two names, `van` joins a surname the model spans with them, or one it leaves without an
        # entity of its own after a person's title (`CBS-econoom Peter Hein van Mulligen`), not a
        # place it names (`wethouder Karin Smit van Zaanstad`).
        token = view.doc[after]
        return token.ent_type_ == "PER" and token.ent_iob_ == "I" or token.ent_iob_ == "O" and person_title(view, first - 1)
    # Without a model, only a surname the article also writes alone (`Van Mulligen`).
    return view.found(
        rf"(?i)(?<!{regex.escape(view.word(last - 1))}\s)\b{regex.escape(view.word(particle))}\s+{regex.escape(following)}\b"
    )


def opens_a_phrase(view: DocView, particle: int, after: int) -> bool:
    """`van` or `van de` before a capitalised word may open a phrase of its own (`van Meerwaarde`,
    `van de ChristenUnie`); `de`, `ter` or `van der` only belong to a surname (`Mila de Jong`)."""
    run = [view.lower(i) for i in range(particle, after)]
    return run[0] in view.rules.words.field_preposition and all(w in view.rules.words.definite_article for w in run[1:])


def person_title(view: DocView, index: int) -> bool:
    """A lower-case noun of a person before a name: an office or a singular person noun of the lists,
    a person ending, or an agent ending the tagger calls a noun; a hyphened compound by its last part
    (`CBS-econoom`, `ING-analist`)."""
    head = view.word(index).rsplit("-", 1)[-1]
    if not (head.isalpha() and head.islower()):
        return False
    formation, noun = view.rules.formation, view.rules.noun(head)
    if view.rules.is_office(head) or noun is not None and noun.kind == "group" and noun.plural != head:
        return True
    if formation.person_singular.search(head):
        return True
    return view.tagged and view.doc[index].pos_ == "NOUN" and bool(formation.agent.search(head))


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
    if at_site(view, first):
        return "place"  # `in Thialf`, `rond de Dampoort en Sint-Pieters`: a venue or a quarter
    if seated(rules, words):
        return "organization"  # `Jazz Fest Leuven`, whatever the model calls it
    if len(words) == 1 and view.tagged and listed_with_places(view, last):
        return "place"  # `de baden van Genk, Diepenbeek en Zonhoven`, whatever the model calls Genk itself
    capitalised_tokens = [view.doc[i] for i in range(first, last) if view.word(i)[:1].isupper()]
    labels = {t.ent_type_ for t in capitalised_tokens}
    # The model's label holds for the name where its entity starts with it, not where it took in a
    # word before (`de Japanse Miho Takagi` as ORG, `Bouwbedrijf Heijmans` as PER).
    starts_entity = view.doc[first].ent_iob_ == "B"
    if starts_entity and len(labels) == 1 and labels <= set(ENTITY_KINDS) and all(t.pos_ == "PROPN" for t in capitalised_tokens):
        kind = ENTITY_KINDS[labels.pop()]
        if entity_label_holds(view, kind, first, last):
            return "organization" if kind == "place" and among_organisations(view, first, last) else kind
    # `PvdA`, `ChristenUnie`: a capital inside a word; one after a hyphen joins two names (`Gilze-Rijen`).
    if any(c.isupper() for w in words for part in w.split("-") for c in part[1:] if c.isalpha()) and len(words) == 1:
        return "organization"
    capitalised = [w for w in words if w[:1].isupper()]
    others = [w for w in words if not w[:1].isupper()]
    # The tagger tells a first name from an adjective where the ending cannot (`Femke`, `Nationale`).
    adjective = view.doc[first].pos_ == "ADJ" if view.tagged else rules.formation.adjective.search(words[0])
    if len(capitalised) >= 2 and all(w in view.rules.words.person_particle for w in others) and not adjective:
        return "person"
    if len(words) == 1 and in_list_of_places(view, first):
        return "place"
    return "organization"


def entity_label_holds(view: DocView, kind: str, first: int, last: int) -> bool:
    """Whether the kind the model's entity gives a name is evidence of it (see `surname_alone` and
    `model_place_doubtful`)."""
    if kind == "organization":
        return not surname_alone(view, first, last)
    return kind == "person" or not model_place_doubtful(view, first, last)


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


def model_place_doubtful(view: DocView, first: int, last: int) -> bool:
    """The model calls many an unknown name a place: not one after `van` (`in opdracht van Zorgvisie`)
    unless a body's noun comes before the `van` (`seat_of_body`) or it reads the same word as a place
    where no `van` comes before it (`in Diepenbeek` ... `het zwembad van Diepenbeek`), nor one after `het` (`het Mauritshuis`), one that reports (`meldde vorige
    week Statbel`, `meldt Weeronline`) or the body an office heads (`directeur van de Vluchtelingenwerk`)."""
    words = [view.word(i) for i in range(first, last)]
    located = len(words) == 1 and words[0] in view.located_by_model
    after_van = view.after_van(first) and not located and not seat_of_body(view, first)
    return (
        after_van or view.lower(first - 1) in view.rules.words.neuter_article
        or reports_after_verb(view.doc, first, view.rules.reporting_forms, view.rules.words)
        or reports(view, first, last) or headed_by_office(view, first)
    )


def seat_of_body(view: DocView, first: int) -> bool:
    """`het ziekenhuis van Herentals`, `de rechtbank van Turnhout`: right after a body's noun and `van`
    (no article between), a name is where the body sits, so the model's place label holds for it."""
    if view.lower(first - 1) != "van":
        return False
    noun = view.word(first - 2)
    lower = noun.lower()
    if not noun.isalpha() or not noun.islower():
        return False
    rules = view.rules
    return lower in rules.institutions or names_an_organisation(rules, lower) or bool(rules.formation.body.search(lower))


def headed_by_office(view: DocView, first: int) -> bool:
    """`directeur van de Vluchtelingenwerk`: an office, `van` and an article before the name make it the
    body the office heads (a place's name has no article: `burgemeester van Amstelveen`)."""
    return (
        view.lower(first - 1) in view.rules.words.definite_article and view.lower(first - 2) == "van"
        and view.rules.is_office(view.word(first - 3))
    )


def reports(view: DocView, first: int, last: int) -> bool:
    """Whether the name comes right after `volgens` or `aldus` (a one-word cue of attribution_cues.tsv
    with the actor after it), or the parse makes it the subject of a reporting verb (`meldt Weeronline`)."""
    if view.lower(first - 1 - (view.lower(first - 1) in view.rules.words.definite_article)) in view.rules.speaker_cues:
        return True
    return any(
        token.dep_ in SUBJECT_RELATIONS and (token.head.lemma_.lower() in view.rules.reporting or token.head.lower_ in view.rules.reporting_forms)
        for token in view.doc[first:last]
    )


def ends_in_anaphor(rules: ActorRules, word: str) -> bool:
    """A noun the news names an organisation by, also as a compound's head: `chemiebedrijf`, `streekomroep`."""
    return word.isalpha() and any(word.endswith(noun) for noun in rules.anaphors)


def seated(rules: ActorRules, words: list[str]) -> bool:
    """A name of two capitalised words and a known place names an organisation by its seat (`Film Fest
    Gent`, `Jazz Fest Leuven`); a person's name takes a particle before a place (`Pieter van Gent`), and
    one word before it may be a first name (`Koen Bergen`)."""
    return any(
        len(words) >= size + 2 and " ".join(words[-size:]) in rules.places and all(w[:1].isupper() for w in words[: -size])
        for size in (1, 2)
    )


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


def at_site(view: DocView, first: int) -> bool:
    """After a word of a site and maybe an article, also further down a list: `in de Lotto Arena`,
    `rond de Dampoort en Sint-Pieters`."""
    words = view.rules.words
    return after_preposition(view.doc, first, words, words.site, words.definite_article)


def among_organisations(view: DocView, first: int, last: int) -> bool:
    """`PvdD, Les Engagés en Labour`: listed next to an acronym or a listed party (not next to a
    name the model calls an organisation: it says so of many a quarter); or in brackets after a
    person's name, as a party is (`Willem de Jong (Les Engagés)`)."""
    if view.word(first - 1) == "(" and view.word(last) == ")" and view.doc[first - 2].ent_type_ == "PER":
        return True
    links = {",", *view.rules.words.list_link}
    neighbours = [first - 2] if view.word(first - 1) in links else []
    neighbours += [last + 1] if view.word(last) in links else []
    return any(
        is_acronym(view.word(i)) or view.word(i) in view.rules.parties for i in neighbours if 0 <= i < len(view.doc)
    )


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


def alone_on_line(view: DocView, index: int) -> bool:
    """A word on a line of its own: a heading, not a name, unless the article or the lists say so."""
    doc = view.doc
    ends = index + 1 == len(doc) or "\n" in doc[index].whitespace_ or doc[index + 1].is_space and "\n" in doc[index + 1].text
    starts = index == 0 or "\n" in doc[index - 1].whitespace_ or doc[index - 1].is_space and "\n" in doc[index - 1].text
    return ends and starts
