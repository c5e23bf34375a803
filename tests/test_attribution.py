"""Attribution: the `source` of each figure, as ANNOTATION.md defines it, on sentences of our own."""

from __future__ import annotations

from rules_helpers import sources


def test_volgens(blank_nlp):
    assert sources(blank_nlp, "Volgens het CBS stegen de prijzen met 3 procent.")["3 procent"] == "CBS"


def test_reporting_verb_after_the_figure(blank_nlp):
    found = sources(blank_nlp, "De werkloosheid daalde tot 3,5 procent, meldt het UWV.")
    assert found["3,5 procent"] == "UWV"


def test_reporting_verb_with_its_subject_before(blank_nlp):
    found = sources(blank_nlp, "Het UWV meldt dat 20.000 mensen een uitkering kregen.")
    assert found["20.000"] == "UWV"


def test_aldus(blank_nlp):
    found = sources(blank_nlp, "Een derde van de verpleegkundigen wil stoppen, aldus beroepsvereniging V&VN.")
    assert found["Een derde"] == "V&VN"


def test_next_sentence_pointing_back_names_the_full_name(blank_nlp):
    text = ("Het aantal daklozen steeg met 12 procent. "
            "Dat blijkt uit cijfers van het Centraal Bureau voor de Statistiek (CBS).")
    assert sources(blank_nlp, text)["12 procent"] == "Centraal Bureau voor de Statistiek"


def test_dat_meldt(blank_nlp):
    text = "In totaal werd 6 miljoen ton geoogst. Dat meldt de Nederlandse Aardappel Organisatie."
    assert sources(blank_nlp, text)["6 miljoen ton"] == "Nederlandse Aardappel Organisatie"


def test_volgens_wins_over_a_reporting_verb(blank_nlp):
    text = "Veel scholen rekenen meer: volgens de Onderwijsraad ligt het gemiddelde op 40 euro."
    assert sources(blank_nlp, text)["40 euro"] == "Onderwijsraad"


def test_quote_with_its_speaker_after(blank_nlp):
    text = '"We zien 40 procent meer meldingen", zegt woordvoerder Annelies de Boer.'
    assert sources(blank_nlp, text)["40 procent"] == "Annelies de Boer"


def test_quote_after_a_speaker_sentence(blank_nlp):
    text = "Toch blijft het krap, benadrukt econoom Pieter Smit. 'Tegenover elke 100 werklozen staan 110 vacatures.'"
    found = sources(blank_nlp, text)
    assert found["100"] == "Pieter Smit"


def test_speaker_surname_gives_the_full_name(blank_nlp):
    text = "Wethouder Lien Claes is bezorgd. 'Een vijfde van de gezinnen is arm', zegt Claes."
    assert sources(blank_nlp, text)["Een vijfde"] == "Lien Claes"


def test_quote_without_speaker_has_no_source(blank_nlp):
    text = 'Volgens het CKM is het ernstig. "Een kwart wordt al vijf jaar uitgebuit."'
    assert sources(blank_nlp, text)["Een kwart"] is None


def test_first_named_actor_when_several(blank_nlp):
    found = sources(blank_nlp, "Volgens het CBS en het CPB groeit de economie met 2 procent.")
    assert found["2 procent"] == "CBS"


def test_years_never_get_a_source(blank_nlp):
    found = sources(blank_nlp, "Volgens het CBS kwamen er in 2021 ruim 200.000 immigranten bij.")
    assert found["2021"] is None
    assert found["ruim 200.000"] == "CBS"


def test_no_cue_no_source(blank_nlp):
    assert sources(blank_nlp, "Het CBS telt mee. De prijzen stegen met 4 procent.")["4 procent"] is None


def test_quote_after_a_sentence_about_a_person(blank_nlp):
    text = 'Directeur Karin Smit is het daarmee eens. "Wij mikken op zo\'n twintig voorstellingen."'
    assert sources(blank_nlp, text)["zo'n twintig"] == "Karin Smit"


def test_a_pointer_opening_the_next_paragraph_does_not_reach_back(blank_nlp):
    # ANNOTATION.md: a paragraph (text between line breaks) ends a source.
    text = ("De bioscopen verkochten 34 miljoen kaartjes. Het is een record.\n\n"
            "Dat valt op te maken uit de jaarcijfers die Filmdistributeurs Nederland heeft gepubliceerd.")
    assert sources(blank_nlp, text)["34 miljoen"] is None


def test_uit_onderzoek_van_x_blijkt(blank_nlp):
    text = "Uit een rondvraag die Follow the Money hield, blijkt dat ruim een kwart van de gemeenten tekort komt."
    assert sources(blank_nlp, text)["ruim een kwart"] == "Follow the Money"


def test_a_cue_in_a_later_clause_does_not_reach_back(blank_nlp):
    text = "De regering trekt 2 miljard euro uit, maar volgens de VVSG komt daarvan te weinig bij de steden terecht."
    assert sources(blank_nlp, text)["2 miljard euro"] is None


def test_volgens_opening_the_sentence_reaches_across_maar(blank_nlp):
    text = "Volgens Schouten is het doel bereikt, maar de regeling levert slechts 3 miljoen euro op."
    assert sources(blank_nlp, text)["3 miljoen euro"] == "Schouten"


def test_kondigde_aan_around_its_speaker(blank_nlp):
    text = "De stad opent tien nieuwe crèches, kondigde schepen Jef Claes aan."
    assert sources(blank_nlp, text)["tien"] == "Jef Claes"


def test_a_verbs_own_subject_beats_an_actor_further_on(blank_nlp):
    text = "Minister Yeşilgöz schrijft in een brief aan de Kamer dat het kabinet 25 miljoen euro vrijmaakt."
    assert sources(blank_nlp, text)["25 miljoen euro"] == "Yeşilgöz"


def test_the_party_opening_an_office_compound_does_not_speak_for_its_holder(any_nlp):
    found = sources(any_nlp, "\"Dit kost gezinnen 300 euro per jaar\", zegt N-VA-fractieleider Anneleen Peeters.")
    assert found["300 euro"] == "Anneleen Peeters"


def test_a_pronoun_does_not_point_back_to_the_person_a_van_phrase_names(any_nlp):
    found = sources(
        any_nlp,
        "Meester Sven De Cock, de advocaat van Dimitri V., pleitte voor de vrijspraak. Volgens hem kan het "
        "parket maar voor 131 dossiers aantonen dat zijn cliënt het geld ontving.",
    )
    assert found["131"] == "Sven De Cock"


def test_an_office_in_an_apposition_after_a_name_is_that_person_s_title(any_nlp):
    from test_actors import actors_of

    actors = actors_of(any_nlp, "Meester Sven De Cock, de advocaat van de beklaagde, pleitte voor de vrijspraak.")
    assert "advocaat" not in actors and "Sven De Cock" in actors, sorted(actors)
