"""Attribution as discourse (ANNOTATION.md, `source`), on both pipelines, with sentences of our own:
quotes over several sentences, reporting verbs as data, pointer sentences back to the paragraph's
start, and the figures that get no source (verbs of doing, counted sayers, framing time units)."""

from __future__ import annotations

import pytest
from rules_helpers import sources


# --- quotes ---------------------------------------------------------------------


def test_a_quote_over_several_sentences_takes_its_speaker_for_every_figure(any_nlp):
    text = ('"We hebben dit jaar 120 aanvragen gehad. Vorig jaar waren het er nog 80. '
            'Dat is 50 procent meer", zegt directeur Wim Jansen van het opvanghuis.')
    found = sources(any_nlp, text)
    assert found["120"] == found["80"] == found["50 procent"] == "Wim Jansen"


def test_a_tag_inside_a_quote_gives_both_parts_the_speaker(any_nlp):
    text = '"Bijna 300 gezinnen staan op de lijst", zegt wethouder Els Vos. "Daarvan wacht 40 procent langer dan een jaar."'
    found = sources(any_nlp, text)
    assert found["Bijna 300"] == found["40 procent"] == "Els Vos"


def test_a_speaker_before_a_colon(any_nlp):
    text = 'Voorzitter Ahmed Bakkali is duidelijk: "Er zijn 35 vrijwilligers te weinig."'
    assert sources(any_nlp, text)["35"] == "Ahmed Bakkali"


def test_a_quote_without_a_tag_takes_the_speaker_of_the_sentence_before(any_nlp):
    text = ('Ook boswachter Kees Mol maakt zich zorgen over de eik. '
            '"Vroeger zag je hier 200 bomen. Nu staan er nog maar 60."')
    found = sources(any_nlp, text)
    assert found["200"] == found["60"] == "Kees Mol"


def test_a_quote_without_a_tag_after_a_sentence_naming_no_speaker_gets_no_source(any_nlp):
    text = 'Het bos is ziek. "Vroeger zag je hier 200 bomen."'
    assert sources(any_nlp, text)["200"] is None


def test_a_quote_opening_a_paragraph_takes_no_speaker_from_the_paragraph_before(any_nlp):
    text = 'Dat zegt trainer Rob Smit.\n\n"We verloren 12 wedstrijden."'
    assert sources(any_nlp, text)["12"] is None


# --- reporting verbs and verbs of doing -------------------------------------------


def test_a_reporting_verb_at_the_end_of_the_clause(any_nlp):
    text = "Het aantal inbraken daalde vorig jaar met 8 procent, becijferde de politie."
    assert sources(any_nlp, text)["8 procent"] == "politie"


def test_an_inverted_subject_in_the_main_clause_reports_what_follows(any_nlp):
    text = "Voor volgend jaar verwacht het Centraal Planbureau een groei van 1,8 procent."
    assert sources(any_nlp, text)["1,8 procent"] == "Centraal Planbureau"


def test_a_reporting_verb_of_the_table_before_its_object(any_nlp):
    assert sources(any_nlp, "De FNV eist 6 procent meer loon.")["6 procent"] == "FNV"


def test_a_verb_of_doing_gives_no_source(any_nlp):
    text = "Het ministerie stelt 40 miljoen euro beschikbaar voor de opvang."
    assert sources(any_nlp, text)["40 miljoen euro"] is None


def test_signing_up_is_no_reporting(any_nlp):
    assert sources(any_nlp, "Voor de cursus meldden zich 85 cursisten.")["85"] is None


def test_an_inverted_tag_covers_what_stands_before_it(any_nlp):
    text = "De oogst viel 30 procent lager uit, zegt teler Joop Baas uit Emmen, die 60 hectare bewerkt."
    found = sources(any_nlp, text)
    assert found["30 procent"] == "Joop Baas"
    assert found["60 hectare"] is None


def test_counted_sayers_are_no_source(any_nlp):
    text = "Een derde van de ondervraagde studenten zegt dat de huur boven 500 euro ligt."
    found = sources(any_nlp, text)
    assert found["Een derde"] is None and found["500 euro"] is None


def test_volgens_does_not_reach_past_a_finite_verb(blank_nlp):
    text = "Volgens de laatste ramingen hebben ziekenhuizen over vier jaar 900 verpleegkundigen te weinig."
    assert sources(blank_nlp, text)["900"] is None


def test_volgens_reaches_the_whole_sentence_past_a_semicolon(any_nlp):
    text = "Volgens de brandweer was het vuur snel onder controle; 14 gezinnen moesten hun huis uit."
    assert sources(any_nlp, text)["14"] == "brandweer"


# --- pointer sentences --------------------------------------------------------------


def test_a_pointer_gives_every_sentence_back_to_the_paragraph_start(any_nlp):
    text = ("Vorig jaar nam het aantal banen toe.\n"
            "De zorg groeide met 4 procent. Ook de bouw telde 2.000 vacatures meer. "
            "Dat meldt het Centraal Planbureau.")
    found = sources(any_nlp, text)
    assert found["4 procent"] == found["2.000"] == "Centraal Planbureau"


def test_a_pointer_sentence_with_the_actor_first(any_nlp):
    text = "In de regio werden 640 woningen verkocht. De makelaarsvereniging NVM maakte de cijfers dinsdag bekend."
    assert sources(any_nlp, text)["640"] == "NVM"


def test_the_study_named_in_a_pointer_sentence_is_reported_by_its_maker(any_nlp):
    # ANNOTATION.md: explicit attribution in the same sentence (`blijkt uit onderzoek van X`) gives X.
    text = ("De helft van de huisartsen heeft een wachtlijst. "
            "Dat blijkt uit een enquête van de Landelijke Huisartsen Vereniging onder 800 praktijken.")
    found = sources(any_nlp, text)
    assert found["De helft"] == found["800"] == "Landelijke Huisartsen Vereniging"


def test_a_pointer_does_not_reach_into_the_paragraph_before(any_nlp):
    text = "Er kwamen 75 klachten binnen.\nDe gemeente verwacht er volgend jaar 90. Dat schrijft de ombudsman."
    found = sources(any_nlp, text)
    assert found["75"] is None
    assert found["90"] in ("ombudsman", "gemeente")


# --- time units -----------------------------------------------------------------------


def test_a_time_unit_framing_the_figure_gets_no_source(any_nlp):
    text = "Volgens het RIVM kregen in de laatste drie jaar 1.200 kinderen jonger dan 4 jaar de ziekte."
    found = sources(any_nlp, text)
    assert found["1.200"] == "RIVM"
    assert found["drie jaar"] is None
    assert found["jonger dan 4 jaar"] is None


def test_a_reported_time_unit_gets_its_source(any_nlp):
    text = "Volgens de Zorgautoriteit is de gemiddelde wachttijd 14 weken."
    assert sources(any_nlp, text)["14 weken"] == "Zorgautoriteit"


def test_a_share_that_is_the_subject_of_the_reporting_verb_counts_the_sayers(any_nlp):
    text = "Het valt op dat bij de jongeren maar 20 procent aangeeft te sparen."
    assert sources(any_nlp, text)["20 procent"] is None


def test_perceiving_is_no_reporting(any_nlp):
    text = "De bibliotheken merken de terugloop: er zijn 12 procent minder leden."
    assert sources(any_nlp, text)["12 procent"] is None


def test_a_participle_of_a_reporting_verb(any_nlp):
    text = "Het Centraal Planbureau heeft berekend dat de koopkracht met 1,2 procent stijgt."
    assert sources(any_nlp, text)["1,2 procent"] == "Centraal Planbureau"


def test_a_preposition_after_the_speaker_is_no_particle_of_the_verb(any_nlp):
    text = "De werkloosheid is 6,5 procent. Dat zegt Eurostat op basis van nieuwe cijfers."
    assert sources(any_nlp, text)["6,5 procent"] == "Eurostat"


@pytest.mark.parametrize("text, figure", [
    ('"Er zijn 45 klachten binnengekomen", aldus een woordvoerder van de NS.', "45"),
    ("Een woordvoerder van de NS zegt dat er 45 klachten zijn.", "45"),
])
def test_the_organisation_delivers_the_figure_not_its_staff(any_nlp, text, figure):
    assert sources(any_nlp, text)[figure] == "NS"


def test_a_framing_time_unit_inside_a_quote_gets_no_source(any_nlp):
    text = '"Een op de vijf bezoekers wacht langer dan twee uur", zegt directeur Lies Maas.'
    found = sources(any_nlp, text)
    assert found["Een op de vijf"] == "Lies Maas"
    assert found["langer dan twee uur"] is None


def test_the_study_in_a_sentence_with_its_own_cue_is_reported(any_nlp):
    text = "Volgens een peiling van de ANWB onder 2.300 leden rijdt 40 procent minder auto."
    found = sources(any_nlp, text)
    assert found["2.300"] == found["40 procent"] == "ANWB"


def test_the_subject_before_a_figure_at_the_end_of_a_clause_reports_it(any_nlp):
    text = "De bank verwacht groei, terwijl het CBS voor maart 2,9 procent meldde."
    assert sources(any_nlp, text)["2,9 procent"] == "CBS"


def test_wil_dat_reports_a_demand(any_nlp):
    text = "De minister van Onderwijs wil dat ten hoogste 20 procent van de lessen in het Engels is."
    assert sources(any_nlp, text)["ten hoogste 20 procent"] == "minister van Onderwijs"


def test_the_subject_of_a_relative_clause_is_the_actor_before_its_comma(any_nlp):
    text = "Het getal komt van het Nibud, dat vorig jaar berekende dat een op de vier gezinnen schulden heeft."
    assert sources(any_nlp, text)["een op de vier"] == "Nibud"


def test_a_list_of_sources_with_their_figures(any_nlp):
    text = "De ramingen voor volgend jaar:\n- CPB: 1,3 procent\n- ING: 0,9 procent"
    found = sources(any_nlp, text)
    assert found["1,3 procent"] == "CPB" and found["0,9 procent"] == "ING"


def test_a_tag_with_a_long_title_before_the_name(any_nlp):
    text = '"We trekken 50 leraren extra aan", zei Vlaams minister van Onderwijs Ben Weyts dinsdag.'
    assert sources(any_nlp, text)["50"] == "Ben Weyts"


def test_houdt_rekening_met_reports_an_expectation(any_nlp):
    text = "Volgens de economen van de bank is het beeld somber. Rabobank houdt rekening met 1,4 procent groei."
    assert sources(any_nlp, text)["1,4 procent"] == "Rabobank"


def test_a_cue_after_a_semicolon_does_not_reach_back(any_nlp):
    text = "De provincie wil dat er jaarlijks 5.000 woningen bijkomen; vorig jaar waren het er volgens het CBS 4.100."
    found = sources(any_nlp, text)
    assert found["5.000"] == "provincie" and found["4.100"] == "CBS"


def test_a_verb_reports_within_its_clause(any_nlp):
    text = "Vorig jaar meldde de politie 300 inbraken; in het voorjaar kwamen er 40 auto-inbraken bij."
    found = sources(any_nlp, text)
    assert found["300"] == "politie" and found["40"] is None


def test_telt_says_what_an_actor_has(any_nlp):
    assert sources(any_nlp, "Het bedrijf Kooiman telt 85 medewerkers.")["85"] is None


def test_a_tag_after_a_quote_takes_no_subject_from_inside_the_quote(any_nlp):
    text = "'Chauffeurs rijden soms vier uur achter elkaar', zegt bestuurder Sandra Kok."
    assert sources(any_nlp, text)["vier uur"] == "Sandra Kok"


def test_volgens_with_a_possessive_takes_the_source_of_the_sentence_before(any_nlp):
    text = ("De zeespiegel stijgt sneller. Dat concluderen onderzoekers van de Universiteit Leiden. "
            "Volgens hun metingen steeg het water 4 millimeter per jaar.")
    assert sources(any_nlp, text)["4 millimeter"] == "Universiteit Leiden"


@pytest.mark.parametrize("text, figure, source", [
    ("De uitgaven stijgen tot 12 miljard euro. Dat staat in de begroting die wethouder Anne Kuiper dinsdag presenteerde.",
     "12 miljard euro", "Anne Kuiper"),
    ("Een op de vier jongeren voelt zich eenzaam. Dat cijfer komt van het Nibud.", "Een op de vier", "Nibud"),
])
def test_a_pointer_to_the_document_or_its_maker(any_nlp, text, figure, source):
    assert sources(any_nlp, text)[figure] == source


def test_a_pronoun_in_the_tag_is_the_person_named_last_before_the_quote(any_nlp):
    text = ("Huisarts Eva Lammers werkt al twintig jaar in de wijk.\n\n"
            '"Ik zie nu 35 patiënten per dag", zegt ze. "Dat is te veel."')
    assert sources(any_nlp, text)["35"] == "Eva Lammers"


def test_a_verb_does_not_report_past_a_clause_of_its_own(any_nlp):
    text = "De ECB verwacht 2,1 procent inflatie, terwijl de prijzen in januari met 2,9 procent stegen."
    found = sources(any_nlp, text)
    assert found["2,1 procent"] == "ECB" and found["2,9 procent"] is None


# --- paragraphs, headings and lists ----------------------------------------------------


def test_a_heading_without_a_full_stop_is_a_paragraph_of_its_own(any_nlp):
    text = ("Wielerronde trekt 61.000 toeschouwers\n\n"
            "De ronde lokte 8 procent meer publiek dan vorig jaar. Dat meldt het Nederlands Wielerverbond.")
    found = sources(any_nlp, text)
    assert found["61.000"] is None
    assert found["8 procent"] == "Nederlands Wielerverbond"


def test_each_item_of_a_list_is_a_paragraph_of_its_own(any_nlp):
    text = "De verwachte groei in 2026:\n- Europese Commissie: 1,2 procent\n- ING: 0,8 procent\nDe cijfers lopen uiteen."
    found = sources(any_nlp, text)
    assert found["1,2 procent"] == "Europese Commissie" and found["0,8 procent"] == "ING"


def test_a_list_item_names_its_source_with_an_abbreviation_in_brackets(any_nlp):
    text = "Verwachte groei in 2026:\n- Internationaal Monetair Fonds (IMF): 1,4 procent\n- ING: 1,1 procent"
    found = sources(any_nlp, text)
    assert found["1,4 procent"] == "Internationaal Monetair Fonds" and found["1,1 procent"] == "ING"


# --- reporting verbs of the table --------------------------------------------------------


def test_a_pronoun_subject_of_a_reporting_verb_is_the_person_named_before(any_nlp):
    text = ("Econoom Marieke Dekker van ABN AMRO is voorzichtig. "
            "Ze schat de groei van de Belgische economie op 0,8 procent.")
    assert sources(any_nlp, text)["0,8 procent"] == "Marieke Dekker"


def test_a_pronoun_subject_takes_no_person_of_the_paragraph_before(any_nlp):
    text = "Econoom Marieke Dekker is voorzichtig.\n\nZe schat de groei op 0,8 procent."
    assert sources(any_nlp, text)["0,8 procent"] is None


def test_an_unnamed_spokesperson_reports_for_the_organisation_of_the_sentence(any_nlp):
    text = "Het Rijksmuseum ontving vorig jaar 2,7 miljoen bezoekers, 5 procent meer dan ervoor, meldt een woordvoerder."
    found = sources(any_nlp, text)
    assert found["2,7 miljoen"] == found["5 procent"] == "Rijksmuseum"


def test_an_unnamed_spokesperson_without_an_organisation_is_no_source(any_nlp):
    text = "Er kwamen 300 klachten binnen, meldt een woordvoerder."
    assert sources(any_nlp, text)["300"] is None


def test_a_time_frame_in_flemish(any_nlp):
    text = "Volgens de VDAB vonden de voorbije drie jaar 12.000 werkzoekenden een baan."
    found = sources(any_nlp, text)
    assert found["drie jaar"] is None and found["12.000"] == "VDAB"


def test_a_figure_describing_the_event_in_a_pointer_sentence_gets_no_source(any_nlp):
    text = ("Het jazzfestival trok 40.000 bezoekers. "
            "Dat meldt Stichting Zomerjazz na afloop van het festival, dat vier dagen duurde.")
    found = sources(any_nlp, text)
    assert found["40.000"] == "Stichting Zomerjazz"
    assert found["vier dagen"] is None


@pytest.mark.parametrize("text, figure, source", [
    ('"We openen dit jaar 12 nieuwe filialen", vertelt directeur Sanne Bakker.', "12", "Sanne Bakker"),
    ('"Er kwamen 400 lopers meer dan vorig jaar", glundert organisator Tim Verhoeven.', "400", "Tim Verhoeven"),
])
def test_a_tag_after_a_quote_with_any_verb_names_the_speaker(any_nlp, text, figure, source):
    assert sources(any_nlp, text)[figure] == source


def test_a_conjunction_after_a_quote_is_no_tag(any_nlp):
    text = '"Er komen 300 woningen bij", en wethouder Piet Jansen is blij.'
    assert sources(any_nlp, text)["300"] is None


# --- an actor named again by a common noun ------------------------------------------------


def test_the_head_word_of_an_organisation_names_it_again(any_nlp):
    text = ("Installatiebedrijf Van Dam Groep boekte vorig jaar 40 miljoen euro omzet. "
            "Voor volgend jaar verwacht de groep een groei van 6 procent.")
    assert sources(any_nlp, text)["6 procent"] == "Van Dam Groep"


def test_an_anaphor_after_volgens_is_the_organisation_named_last_in_its_paragraph(any_nlp):
    text = ("Volgens Bouwend Nederland daalde het aantal vergunningen met 8 procent. "
            "Volgens de koepel wachten 2.000 projecten op een besluit.")
    assert sources(any_nlp, text)["2.000"] == "Bouwend Nederland"


def test_a_compound_on_an_anaphor_is_the_organisation_named_last_in_its_paragraph(any_nlp):
    text = ("Het Rode Kruis opende dit weekend twaalf noodposten. "
            "De hulporganisatie verwacht dat er nog 40 vrijwilligers nodig zijn.")
    assert sources(any_nlp, text)["40"] == "Rode Kruis"



def test_a_reporting_form_the_model_tags_as_a_noun_still_reports(any_nlp):
    text = "De bank verwacht een rustig jaar, terwijl het RIVM in juli op 40 meetpunten te veel stikstof mat."
    assert sources(any_nlp, text)["40"] == "RIVM"
