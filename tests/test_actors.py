"""Actors: each rule family and the linking cases of issue 4, on small sentences of our own.

They run on the blank pipeline (rules only); cases that need the packaged
model's entities or parse are skipped when it is absent.
"""

from __future__ import annotations

import pytest

from conftest import has_packaged_model


def actors_of(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    for actor in doc._.actors:
        for mention in actor["mentions"]:
            assert doc.text[mention["start"] : mention["end"]] == mention["text"]
    names = [actor["name"] for actor in doc._.actors]
    assert len(names) == len(set(names)), f"an actor twice: {names}"
    return {actor["name"]: actor for actor in doc._.actors}


def forms(actor: dict) -> set[str]:
    return {actor["name"], *actor["aliases"], *(m["text"] for m in actor["mentions"])}


# --- groups -----------------------------------------------------------------


def test_group_nouns_from_the_lexicon(blank_nlp):
    actors = actors_of(blank_nlp, "Veel slachtoffers zoeken hulp bij hulpverleners en agenten.")
    for name in ("slachtoffers", "hulpverleners", "agenten"):
        assert actors[name]["kind"] == "group"
        assert actors[name]["rule"] == "group:lexicon"


def test_compound_found_through_its_head(blank_nlp):
    actors = actors_of(blank_nlp, "De jeugdzorgmedewerkers leggen het werk neer.")
    assert actors["jeugdzorgmedewerkers"]["kind"] == "group"
    assert actors["jeugdzorgmedewerkers"]["rule"] == "group:compound"


def test_an_unlisted_profession_found_by_its_ending_when_counted_listed_or_acting(any_nlp):
    text = ("Op de afdeling werken 23 microbiologen. Fysiotherapeuten en diëtisten springen bij. "
            "Ook de apothekers en de laboranten klagen. Vooral operatieassistenten, anesthesiemedewerkers en verloskundigen ontbreken.")
    actors = actors_of(any_nlp, text)
    for name in ("microbiologen", "fysiotherapeuten", "diëtisten", "laboranten", "operatieassistenten", "verloskundigen"):
        assert actors[name]["kind"] == "group", name
    assert actors["microbiologen"]["rule"] == "group:formation"


def test_person_nouns_counted_by_a_share_and_nominalised_adjectives(any_nlp):
    text = "Toch haakt een kwart van de cursisten af. Anderstaligen en vijftigplussers vinden moeilijk werk. Elektriciens ook."
    actors = actors_of(any_nlp, text)
    assert {"cursisten", "anderstaligen", "vijftigplussers"} <= {name.lower() for name in actors}
    text = "Er rijden 300 voertuigen rond. Vliegtuigen en voertuigen zijn duur. Drie getuigen en twee agenten zagen het."
    found = {name.lower() for name in actors_of(any_nlp, text)}
    assert not {"voertuigen", "vliegtuigen"} & found and "getuigen" in found


def test_colleagues_and_nominalised_participles(any_nlp):
    actors = actors_of(any_nlp, "Haar collega's zijn moe. De woningzoekenden en de huurders wachten lang.")
    assert {"collega's", "woningzoekenden"} <= set(actors)


def test_a_word_with_a_person_ending_outside_an_actor_role_is_no_actor(any_nlp):
    actors = actors_of(any_nlp, "De lijst met orthodontisten ligt klaar. Op de banenbeurs kwamen veel bezoekers.")
    assert "orthodontisten" not in actors and "banenbeurs" not in actors


def test_age_groups_by_decade(any_nlp):
    actors = actors_of(any_nlp, "De twintigers en de dertigers reageerden anders dan de 65-plussers.")
    assert {"twintigers", "dertigers", "65-plussers"} <= set(actors)


def test_a_role_noun_before_a_name_is_no_actor_of_its_own(any_nlp):
    actors = actors_of(any_nlp, "De gepensioneerde Jan Peeters en zijn vrouw Maria zagen het gebeuren.")
    assert "gepensioneerde" not in actors and "vrouw" not in actors
    assert "Jan Peeters" in actors
    actors = actors_of(any_nlp, "Jan Bakker vist al veertig jaar. Zijn zoon Pieter vaart sinds vorig jaar mee.")
    assert "zoon" not in actors and "kinderen" not in actors, sorted(actors)


def test_singular_and_plural_are_one_actor(blank_nlp):
    actors = actors_of(blank_nlp, "Ouders maken zich zorgen. Als een ouder belt, helpen de kinderen niet. Elk kind telt.")
    assert "ouder" in actors["ouders"]["aliases"]
    assert "kind" in actors["kinderen"]["aliases"]
    assert "ouder" not in actors and "kind" not in actors


def test_vader_and_moeder_join_ouders(blank_nlp):
    actors = actors_of(blank_nlp, "Soms treedt een vader, moeder of allebei op als dader. De ouders zwijgen.")
    assert {"vader", "moeder"} <= set(actors["ouders"]["aliases"])
    assert "vader" not in actors and "moeder" not in actors


def test_a_family_member_alone_is_its_own_actor(blank_nlp):
    actors = actors_of(blank_nlp, "Een jonge moeder betaalt de rekening zelf.")
    assert actors["moeder"]["kind"] == "group"


def test_ouder_as_a_comparative_is_no_actor(blank_nlp):
    actors = actors_of(blank_nlp, "De helft van de klanten is ouder dan 65 jaar.")
    assert set(actors) == {"klanten"}


def test_a_group_noun_is_the_short_form_of_the_one_compound_with_its_head(any_nlp):
    actors = actors_of(any_nlp, "De buschauffeurs staken. Volgens de chauffeurs is de werkdruk te hoog.")
    assert set(actors) == {"buschauffeurs"} and "chauffeurs" in actors["buschauffeurs"]["aliases"]


def test_a_group_noun_beside_two_compounds_with_its_head_stays_apart(any_nlp):
    actors = actors_of(any_nlp, "Webwinkels en non-foodwinkels groeien. Winkels in de binnenstad krimpen.")
    assert {"webwinkels", "non-foodwinkels", "winkels"} <= set(actors)


def test_adjectives_before_a_group_noun_make_an_alias(blank_nlp):
    actors = actors_of(blank_nlp, "Vooral internationale studenten en langdurig zieken melden zich. Studenten betalen meer.")
    assert "internationale studenten" in actors["studenten"]["aliases"]
    assert "langdurig zieken" in actors["zieken"]["aliases"]


def test_a_description_after_a_group_noun_makes_an_alias(blank_nlp):
    actors = actors_of(blank_nlp, "Vooral mensen met een laag inkomen merken het. Mensen zonder werk ook.")
    assert "mensen met een laag inkomen" in actors["mensen"]["aliases"]
    assert "Mensen zonder werk" in actors["mensen"]["aliases"]


def test_numbered_compounds_and_apostrophe_plurals(blank_nlp):
    actors = actors_of(blank_nlp, "De 65-plussers gaan vaker naar de umc’s.")
    assert actors["65-plussers"]["kind"] == "group"
    assert actors["umc’s"]["kind"] == "organization"


def test_a_name_may_start_with_an_actor_noun(blank_nlp):
    actors = actors_of(blank_nlp, "Dat zegt de Vereniging Hogescholen, maar de hogescholen zelf zwijgen.")
    assert actors["Vereniging Hogescholen"]["kind"] == "organization"
    assert actors["hogescholen"]["kind"] == "organization"


def test_collectives_of_organisations_are_organisations(blank_nlp):
    actors = actors_of(blank_nlp, "Gemeenten, banken en werkgevers trekken samen op.")
    assert {actors[n]["kind"] for n in ("gemeenten", "banken", "werkgevers")} == {"organization"}


def test_a_lone_singular_collective_is_no_actor(blank_nlp):
    assert actors_of(blank_nlp, "Het bedrijf groeit hard.") == {}


# --- institutions and offices -----------------------------------------------


def test_unnamed_public_bodies(blank_nlp):
    actors = actors_of(blank_nlp, "Het kabinet wil dat de politie meer doet. De Tweede Kamer stemt in.")
    assert {"kabinet", "politie", "Tweede Kamer"} <= set(actors)
    assert all(actors[n]["kind"] == "organization" for n in ("kabinet", "politie", "Tweede Kamer"))


def test_a_prosecution_office_by_its_compound_is_a_body(any_nlp):
    actors = actors_of(any_nlp, "Volgens het arbeidsauditoraat werkten de mannen zes dagen per week.")
    assert actors["arbeidsauditoraat"]["kind"] == "organization", sorted(actors)


def test_a_body_named_by_its_place_takes_the_bare_form(blank_nlp):
    actors = actors_of(blank_nlp, "De rechtbank Rotterdam deed uitspraak. Volgens de rechtbank was het bewijs sterk.")
    assert "rechtbank" in actors["rechtbank Rotterdam"]["aliases"]
    assert "rechtbank" not in actors


def test_a_body_with_an_adjective_is_named_with_it(any_nlp):
    text = ("Het Leuvense stadsbestuur trekt geld uit. De lokale politie controleert vanaf maart. "
            "Volgens de politie gaat het goed. Het Antwerpse parket vervolgt elf verdachten.")
    actors = actors_of(any_nlp, text)
    assert actors["Leuvense stadsbestuur"]["kind"] == "organization"
    assert "politie" in actors["lokale politie"]["aliases"] and "politie" not in actors
    assert "parket" in actors["Antwerpse parket"]["aliases"]


def test_a_body_named_by_a_compound_of_its_kind(any_nlp):
    text = "De ondernemingsraad is boos en het schepencollege zwijgt. De voorraad is op. Hij volgt de raad van zijn arts."
    actors = actors_of(any_nlp, text)
    assert actors["ondernemingsraad"]["kind"] == actors["schepencollege"]["kind"] == "organization"
    assert "voorraad" not in actors and "raad" not in actors


def test_a_body_named_by_those_it_gathers_is_one_name(any_nlp):
    text = ("Dat blijkt uit het jaarverslag van het College van procureurs-generaal. Volgens het College van het "
            "openbaar ministerie daalde het aantal zaken. De Raad van bestuur besliste en het Hof van beroep in "
            "Gent bevestigde. Het College van Belgische huisartsen protesteert.")
    actors = actors_of(any_nlp, text)
    for name in ("College van procureurs-generaal", "College van het openbaar ministerie", "College van Belgische huisartsen"):
        assert actors[name]["kind"] == "organization", sorted(actors)
    assert not {"College", "openbaar ministerie", "huisartsen"} & set(actors), sorted(actors)


def test_an_unnamed_body_described_by_those_it_gathers_is_one_organisation(any_nlp):
    text = ("Volgens de federatie van Vlaamse apothekers daalde het aantal klanten. "
            "De vereniging van huisartsen is boos. Een vereniging van buren organiseert een feest. "
            "Febelfin, de federatie van de Belgische banken, zwijgt.")
    actors = actors_of(any_nlp, text)
    assert "federatie van de Belgische banken" not in actors, sorted(actors)
    assert actors["federatie van Vlaamse apothekers"]["kind"] == "organization", sorted(actors)
    assert actors["vereniging van huisartsen"]["kind"] == "organization", sorted(actors)
    assert not {"apothekers", "huisartsen", "vereniging van buren"} & set(actors), sorted(actors)


@pytest.mark.skipif(not has_packaged_model(), reason="agent nouns are told by the model's lemma table")
def test_a_body_gathering_people_named_by_an_agent_noun(nlp):
    actors = actors_of(nlp, "Volgens de federatie van Belgische bioscoopuitbaters daalde het aantal bezoekers.")
    assert actors["federatie van Belgische bioscoopuitbaters"]["kind"] == "organization", sorted(actors)


def test_a_capitalised_body_before_van_and_a_word_of_no_actor_stays_short(any_nlp):
    actors = actors_of(any_nlp, "De Raad van State oordeelde. Het College van de stad zwijgt over de kwestie.")
    assert "Raad van State" in actors
    assert not any(name.startswith("College van de") for name in actors), sorted(actors)


def test_an_office_with_an_adjective_is_a_person(any_nlp):
    actors = actors_of(any_nlp, "Het Hasseltse stadsbestuur overlegt met de Limburgse gouverneur.")
    gouverneur = next(actor for actor in actors.values() if "gouverneur" in actor["name"])
    assert gouverneur["kind"] == "person" and "Limburgse gouverneur" in forms(gouverneur)


def test_a_venue_or_event_named_after_a_title_is_no_person(any_nlp):
    actors = actors_of(any_nlp, "België speelt in het Koning Boudewijnstadion. Tijdens de Ronde van Vlaanderen regende het.")
    assert set(actors) <= {"België"}


def test_feasts_holidays_and_venues_are_no_actors(any_nlp):
    text = ("Tijdens de Gentse Feesten kwamen veel bezoekers. Met Kerstmis en Pinksteren is het druk. "
            "Het Sportpaleis telt 23.000 plaatsen.")
    assert set(actors_of(any_nlp, text)) == {"bezoekers"}


def test_a_club_named_after_its_place_keeps_its_name(any_nlp):
    assert set(actors_of(any_nlp, "Club Brugge haalde 80 miljoen euro op.")) == {"Club Brugge"}


def test_an_elided_adjective_of_places_is_no_place(any_nlp):
    actors = actors_of(any_nlp, "De Noord- en Zuid-Hollandse gemeenten trekken samen op.")
    assert set(actors) == {"gemeenten"}


def test_office_with_a_name_gives_the_person(blank_nlp):
    actors = actors_of(blank_nlp, "Het plan komt van minister Netelenbos.")
    assert actors["Netelenbos"]["kind"] == "person"
    assert "minister Netelenbos" in actors["Netelenbos"]["aliases"]


def test_compound_office_with_a_full_name(blank_nlp):
    actors = actors_of(blank_nlp, "Dat zei Onderwijsminister Hilde Crevits dinsdag.")
    assert actors["Hilde Crevits"]["kind"] == "person"
    assert "Onderwijsminister Hilde Crevits" in actors["Hilde Crevits"]["aliases"]


def test_a_ministry_with_a_portfolio_of_several_parts(any_nlp):
    actors = actors_of(any_nlp, "Het ministerie van Volksgezondheid, Welzijn en Sport verwacht een groter tekort.")
    assert set(actors) == {"ministerie van Volksgezondheid, Welzijn en Sport"}


def test_a_first_name_that_is_also_a_word_after_an_office(any_nlp):
    text = "De Gentse schepen van Onderwijs Elke Decruynaere reageert. De Noorse bondscoach Per Lunde ook."
    actors = actors_of(any_nlp, text)
    assert {"Elke Decruynaere", "Per Lunde"} <= set(actors)
    assert actors["Per Lunde"]["kind"] == "person"


def test_an_office_ending_the_text(any_nlp):
    assert set(actors_of(any_nlp, "Onderwijsminister ")) <= {"Onderwijsminister", "onderwijsminister"}


def test_person_named_by_office_and_portfolio(blank_nlp):
    actors = actors_of(blank_nlp, "Zij vragen de staatssecretaris van Justitie en Veiligheid om onderzoek.")
    assert actors["staatssecretaris van Justitie en Veiligheid"]["kind"] == "person"


def test_an_adjective_of_the_office_belongs_to_the_title(blank_nlp):
    actors = actors_of(blank_nlp, "Dat heeft Vlaams minister van Welzijn Hilde Crevits bekendgemaakt.")
    assert set(actors) == {"Hilde Crevits"}
    assert "Vlaams minister van Welzijn Hilde Crevits" in actors["Hilde Crevits"]["aliases"]


def test_office_after_a_name_is_the_persons_title(blank_nlp):
    actors = actors_of(blank_nlp, "Dat zei Tom Meeuws (sp.a), schepen van Sociale Zaken, gisteren.")
    assert "schepen van Sociale Zaken" in actors["Tom Meeuws"]["aliases"]
    assert actors["sp.a"]["kind"] == "organization"


# --- names --------------------------------------------------------------------


def test_full_name_and_surname_are_one_person(blank_nlp):
    actors = actors_of(blank_nlp, "Het besluit van Carola Schouten viel slecht. Volgens Schouten was er geen keus.")
    assert actors["Carola Schouten"]["kind"] == "person"
    assert "Schouten" in actors["Carola Schouten"]["aliases"]
    assert "Schouten" not in actors


def test_surname_with_particle(blank_nlp):
    actors = actors_of(blank_nlp, "De akkerbouwers van voorzitter Jaap van Wenum zijn boos. Van Wenum wil actie.")
    assert "Van Wenum" in actors["Jaap van Wenum"]["aliases"]


def test_a_surname_with_de_opening_a_sentence(any_nlp):
    text = ("Burgemeester Marieke de Wolf ontvangt ons. De Wolf gelooft dat verhaal wel. "
            "Vakbondsman Henk Sanders twijfelt. De Wolf erkent dat. De gemeente betaalt. "
            "Tijdens de Gentse Feesten kwam ze. De Gentse oppositie zwijgt.")
    actors = actors_of(any_nlp, text)
    assert "De Wolf" in forms(actors["Marieke de Wolf"]), sorted(actors)
    assert not {"Wolf", "De Wolf", "De"} & set(actors), sorted(actors)


def test_particles_of_names_from_other_languages(any_nlp):
    actors = actors_of(any_nlp, "Dat zegt voorzitter Rachid el Amrani van de ondernemingsraad.")
    assert actors["Rachid el Amrani"]["kind"] == "person"


def test_national_team_nickname_joins_its_country(any_nlp):
    actors = actors_of(any_nlp, "Oranje won met 2-0 van Portugal. Nederland staat nu eerste in de groep.")
    nederland = next(actor for actor in actors.values() if "Nederland" in forms(actor))
    assert nederland["kind"] == "place" and "Oranje" in forms(nederland)
    assert not {"Oranje", "Nederland"} - forms(nederland)


def test_surname_van_place_is_not_part_of_the_name(blank_nlp):
    actors = actors_of(blank_nlp, "Wethouder Karin Smit van Zaanstad trekt geld uit. Volgens Smit is het nodig.")
    assert "Smit" in actors["Karin Smit"]["aliases"]


def test_a_sentences_first_word_before_a_verb_is_a_name(blank_nlp):
    actors = actors_of(blank_nlp, "Rabobank verhoogt de spaarrente. Daarna volgt de rest.")
    assert set(actors) == {"Rabobank"}


def test_a_sentences_first_word_listed_with_a_name_is_a_name(blank_nlp):
    assert set(actors_of(blank_nlp, "Feyenoord en PSV boekten wel winst.")) == {"Feyenoord", "PSV"}


def test_acronyms_are_organisations(blank_nlp):
    actors = actors_of(blank_nlp, "Het CBS en het UWV werken samen met CD&V en de N-VA.")
    assert {"CBS", "UWV", "CD&V", "N-VA"} <= set(actors)
    assert {actors[n]["kind"] for n in ("CBS", "UWV", "CD&V", "N-VA")} == {"organization"}


def test_an_acronym_opening_a_compound_is_the_organisation_also_with_a_hyphen_of_its_own(any_nlp):
    actors = actors_of(
        any_nlp,
        "De oppositie is boos, zegt N-VA-fractieleider An Claes. Ook CD&V-voorzitter Tom Wuyts en een "
        "CBS-econoom reageerden.",
    )
    assert {"N-VA", "CD&V", "CBS"} <= set(actors), sorted(actors)
    assert "N" not in actors
    assert actors["N-VA"]["kind"] == "organization"


def test_party_in_parentheses_after_a_name(blank_nlp):
    actors = actors_of(blank_nlp, "Het voorstel van Mark Rutte (VVD) haalde het niet.")
    assert actors["VVD"]["kind"] == "organization"
    assert actors["Mark Rutte"]["kind"] == "person"


def test_organisation_cue_makes_a_name_an_organisation(blank_nlp):
    actors = actors_of(blank_nlp, "Het geld gaat naar de Stichting Veilig Thuis en de Fietsersbond.")
    assert actors["Stichting Veilig Thuis"]["kind"] == "organization"
    assert actors["Fietsersbond"]["kind"] == "organization"


def test_descriptor_before_a_name_is_an_alias(blank_nlp):
    actors = actors_of(blank_nlp, "Spoorbeheerder ProRail wijt het aan storingen. Volgens ProRail gaat het beter.")
    assert "Spoorbeheerder ProRail" in actors["ProRail"]["aliases"]


# --- acronyms defined in the text and anaphora --------------------------------


def test_acronym_after_its_full_name(blank_nlp):
    text = ("Dat meldt het Centrum tegen Kinderhandel en Mensenhandel (CKM). Volgens het CKM groeit de groep. "
            '"Het gaat om kinderen", zegt de organisatie.')
    actors = actors_of(blank_nlp, text)
    ckm = actors["Centrum tegen Kinderhandel en Mensenhandel"]
    assert ckm["kind"] == "organization"
    assert {"CKM", "organisatie"} <= set(ckm["aliases"])
    assert "CKM" not in actors and "organisatie" not in actors


def test_acronym_before_its_full_name(blank_nlp):
    actors = actors_of(blank_nlp, "Het COA (Centraal Orgaan opvang asielzoekers) zoekt plekken. Het COA is druk.")
    assert "CKM" not in actors
    assert "COA" in actors["Centraal Orgaan opvang asielzoekers"]["aliases"]


def test_a_short_form_with_an_abbreviation_joins_the_full_name(any_nlp):
    text = ("Het Universitair Ziekenhuis Leuven zoekt personeel. UZ Leuven heeft 300 vacatures. "
            "De Universiteit Gent telt 50.000 studenten. Volgens UGent stijgt dat aantal.")
    actors = actors_of(any_nlp, text)
    assert "UZ Leuven" in forms(actors["Universitair Ziekenhuis Leuven"])
    assert "UGent" in forms(actors["Universiteit Gent"])
    assert not {"UZ Leuven", "UGent"} & set(actors)


def test_a_compound_anaphor_joins_the_name_it_ends(any_nlp):
    text = "De Vlaamse Milieumaatschappij meet de lucht. Volgens de VMM is het beter. De milieumaatschappij waarschuwt."
    actors = actors_of(any_nlp, text)
    assert set(actors) == {"Vlaamse Milieumaatschappij"}
    assert "milieumaatschappij" in actors["Vlaamse Milieumaatschappij"]["aliases"]


def test_a_name_opening_a_sentence_before_an_apposition(any_nlp):
    actors = actors_of(any_nlp, "Febelfin, de federatie van de Belgische banken, telde 11.200 meldingen.")
    assert actors["Febelfin"]["kind"] == "organization"


def test_a_shorter_name_joins_the_one_name_it_begins(any_nlp):
    actors = actors_of(any_nlp, "Rode Kruis Vlaanderen zoekt bloed. Volgens het Rode Kruis is de voorraad laag.")
    assert set(actors) == {"Rode Kruis Vlaanderen"} and "Rode Kruis" in actors["Rode Kruis Vlaanderen"]["aliases"]


def test_small_words_give_no_letter_of_an_acronym(any_nlp):
    actors = actors_of(any_nlp, "De Vlaamse Vereniging voor Steden en Gemeenten (VVSG) vraagt geld.")
    assert set(actors) == {"Vlaamse Vereniging voor Steden en Gemeenten"}


def test_networks_and_zones_are_organisations(any_nlp):
    actors = actors_of(any_nlp, "Ziekenhuisnetwerk Antwerpen (ZNA) zoekt personeel. Politiezone Gent spreekt van een rustige nacht.")
    assert actors["Ziekenhuisnetwerk Antwerpen"]["kind"] == actors["Politiezone Gent"]["kind"] == "organization"
    assert "ZNA" in actors["Ziekenhuisnetwerk Antwerpen"]["aliases"]


def test_anaphor_without_a_clear_antecedent_is_dropped(blank_nlp):
    actors = actors_of(blank_nlp, "Volgens het CBS en het CPB daalt de werkloosheid. De organisatie ziet herstel.")
    assert "organisatie" not in actors
    assert "organisatie" not in actors["CBS"]["aliases"] + actors["CPB"]["aliases"]


# --- places and filtering -------------------------------------------------------


def test_a_place_that_merely_locates_is_no_actor(blank_nlp):
    assert "Nederland" not in actors_of(blank_nlp, "In Nederland wonen ruim 17 miljoen inwoners.")


def test_a_place_that_acts_is_an_actor(blank_nlp):
    actors = actors_of(blank_nlp, "Het conflict escaleert. Nederland stuurt troepen naar het gebied.")
    assert actors["Nederland"]["kind"] == "place"


@pytest.mark.parametrize(
    "text, site",
    [
        ("De finale van het toernooi werd gespeeld in de Lotto Arena, die vol zat.", "Lotto Arena"),
        ("De wedstrijd in Sportcampus Zuiderpark trok 800 toeschouwers.", "Sportcampus Zuiderpark"),
        ("Agenten patrouilleren sinds maandag rond de Zuidkaai en Oud-Berchem.", "Zuidkaai"),
        ("Vorige week in Kortessem werden drie auto's gestolen.", "Kortessem"),
        ("Het werd heet. In Baarle-Hertog wees de thermometer 38 graden aan.", "Baarle-Hertog"),
        ("Het werd heet. In de Sportcampus Zuiderpark zaten 800 toeschouwers.", "Sportcampus Zuiderpark"),
    ],
)
def test_a_name_after_in_or_rond_is_a_site_whatever_a_model_calls_it(any_nlp, text, site):
    actors = actors_of(any_nlp, text)
    assert site not in actors, sorted(actors)


def test_a_club_after_bij_stays_an_actor(any_nlp):
    actors = actors_of(any_nlp, "De spits tekende een contract bij Sparta Rotterdam, dat hem 2 miljoen euro betaalt.")
    assert "Sparta Rotterdam" in actors


def test_pronouns_titles_and_things_are_no_actors(blank_nlp):
    text = ("Ze lazen het rapport Onzichtbare gevallen. Hij vond de Miljoenennota en het Klimaatakkoord te vaag, "
            "net als het zogeheten Voorstel voor een Jeugdakkoord.")
    assert actors_of(blank_nlp, text) == {}


def test_titles_after_a_work_noun_are_no_actors(blank_nlp):
    text = "Bezoekers kwamen af op de tentoonstelling Hockney - Van Gogh: The Joy of Nature, zegt het Rijksmuseum."
    assert set(actors_of(blank_nlp, text)) == {"bezoekers", "Rijksmuseum"}


def test_a_firm_in_brackets_after_a_name_is_an_organisation(any_nlp):
    actors = actors_of(any_nlp, "Producent Frans van Gestel (Publieke Werken) vindt dat er te veel films zijn.")
    assert actors["Publieke Werken"]["kind"] == "organization" and "Frans van Gestel" in actors


def test_a_portfolio_in_brackets_is_no_actor(blank_nlp):
    actors = actors_of(blank_nlp, "Het plan van minister Slob (Basis- en Voortgezet Onderwijs en Media, CU) sneuvelde.")
    assert set(actors) == {"Slob", "CU"}


def test_every_actor_records_its_rule(blank_nlp):
    doc = blank_nlp("Volgens het CBS stijgen de prijzen voor consumenten.")
    assert {actor["rule"] for actor in doc._.actors} == {"name:capitalised", "group:lexicon"}


def test_the_metadata_prefix_is_no_actor(blank_nlp):
    assert set(actors_of(blank_nlp, " date 2022-10 Studenten betalen meer.")) == {"studenten"}


# --- with the packaged model ------------------------------------------------------

needs_model = pytest.mark.skipif(
    not has_packaged_model(), reason="the packaged nl_dutchfacts_sm model is absent: entity and parse rules are not used"
)


@needs_model
def test_a_person_noun_counted_through_the_parse(nlp):
    assert "microbiologen" in actors_of(nlp, "De regio heeft over tien jaar ongeveer 800 extra microbiologen nodig.")


@needs_model
def test_a_person_noun_the_tagger_took_for_a_verb_counts_where_it_is_listed(nlp):
    # The tagger reads `verloskundigen` here as a plural verb form.
    actors = actors_of(nlp, "Vooral operatieassistenten, anesthesiemedewerkers en verloskundigen zijn moeilijk te vinden.")
    assert "verloskundigen" in actors


@needs_model
def test_a_singular_role_noun_as_a_predicate_is_no_actor(nlp):
    actors = actors_of(nlp, "Zorgbehoevenden zijn het grootste slachtoffer, zei de officier.")
    assert "slachtoffer" not in actors and "zorgbehoevenden" in actors


@needs_model
def test_model_place_as_subject_acts(nlp):
    actors = actors_of(nlp, "Na lang overleg stuurt Duitsland extra hulp naar het gebied.")
    assert actors["Duitsland"]["kind"] == "place"


@needs_model
def test_model_places_listed_after_van_are_places(nlp):
    actors = actors_of(nlp, "De Hasselaren zwemmen noodgedwongen in de baden van Genk, Diepenbeek en Zonhoven.")
    assert not {"Genk", "Diepenbeek", "Zonhoven"} & set(actors)


@needs_model
def test_model_place_as_location_is_no_actor(nlp):
    assert "Duitsland" not in actors_of(nlp, "De prijzen in Duitsland stegen flink.")


@needs_model
def test_an_agent_noun_of_a_verb_that_acts_is_a_group_with_the_model(nlp):
    text = ("De aanmelders wachten lang. De speurders vonden niets. De cijfers stegen. Er vielen acht treffers. "
            "Het bedrijf kocht 40 printers.")
    actors = actors_of(nlp, text)
    assert actors["aanmelders"]["rule"] == actors["speurders"]["rule"] == "group:formation"
    # Counted alone is not enough for an agent noun: many name a tool.
    assert not {"cijfers", "treffers", "printers"} & set(actors)


@needs_model
def test_plural_subject_opening_a_sentence_is_no_name(nlp):
    # A name takes a singular verb; `Prognoses wijzen` is a plural common noun.
    actors = actors_of(nlp, "De regio krimpt. Prognoses wijzen uit dat de krimp doorzet. Rabobank verwacht hetzelfde.")
    assert "Prognoses" not in actors
    assert "Rabobank" in actors


# --- output -------------------------------------------------------------------------


def test_csv_output_gets_an_actors_file(tmp_path):
    import csv

    from typer.testing import CliRunner

    from dutchfacts.cli import app

    article = tmp_path / "prijzen.txt"
    article.write_text("Volgens het CBS stegen de prijzen voor consumenten met 3 procent.", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["extract", str(article), "--format", "csv", "-o", str(out), "--model", "blank:nl", "--n-process", "1"]
    assert CliRunner().invoke(app, args).exit_code == 0
    with (tmp_path / "out.actors.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["document"], r["name"], r["kind"], r["mentions"]) for r in rows] == [
        ("prijzen", "CBS", "organization", "1"), ("prijzen", "consumenten", "group", "1"),
    ]


def test_a_model_entity_that_is_a_figure_is_no_actor(blank_nlp):
    # A small model tags an unknown capitalized word opening a sentence as a name now and then.
    from spacy.tokens import Span

    doc = blank_nlp.make_doc("Eenvijfde van alle vacatures bleef open. Jan de Vries zei het.")
    for name, pipe in blank_nlp.pipeline:
        if name == "dutchfacts_actors":
            break
        doc = pipe(doc)
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else "NOUN"
    doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 7, 10, label="PER")]
    names = {actor["name"]: actor["rule"] for actor in blank_nlp.get_pipe("dutchfacts_actors")(doc)._.actors}
    assert "Eenvijfde" not in names
    assert "Jan de Vries" in names
