"""Attribution in the forms that unseen articles use (ANNOTATION.md, `source`), on both pipelines,
with sentences of our own: a time figure that is itself reported, an organisation named again by
its kind (`de bank`, `het instituut`, `de krant`), `volgens hem`, a spokesperson of a named
organisation in a pointer sentence, `zo zegt X` after a quote, `komt uit op`, and research staff
standing for the organisation whose study they made."""

from __future__ import annotations

import pytest
from rules_helpers import sources


# --- a time figure is framing only next to the figure it frames --------------------------


def test_a_time_figure_alone_in_a_quote_is_the_reported_figure(any_nlp):
    text = '"Nieuwe verpleegkundigen vertrekken vaak binnen twee jaar weer", zegt directeur Lotte Smit.'
    assert sources(any_nlp, text)["binnen twee jaar"] == "Lotte Smit"


def test_a_time_figure_after_tot_in_a_quote_is_reported_when_it_frames_nothing(any_nlp):
    text = '"Leraren mogen voortaan tot vijftien jaar ervaring meenemen", zei minister Jan Peeters.'
    assert sources(any_nlp, text)["vijftien jaar"] == "Jan Peeters"


def test_a_period_outside_a_quote_frames_the_event_it_dates(any_nlp):
    text = "Voor het eerst in tien jaar daalde het aantal inschrijvingen. Dat meldt de Vereniging Hogescholen."
    assert sources(any_nlp, text)["tien jaar"] is None


def test_a_time_figure_next_to_another_figure_still_frames_it(any_nlp):
    text = '"Een op de vier patiënten wacht langer dan drie uur", zegt directeur Lotte Smit.'
    found = sources(any_nlp, text)
    assert found["Een op de vier"] == "Lotte Smit"
    assert found["langer dan drie uur"] is None


# --- an organisation named again by the kind of organisation it is ----------------------


def test_a_kind_noun_is_the_one_organisation_of_the_article_whose_name_ends_in_it(any_nlp):
    text = ("Bijna de helft van de kleuters heeft een tablet. Dat blijkt uit onderzoek van het Landelijk Jeugdinstituut.\n\n"
            "Een op de drie peuters kijkt elke dag naar een scherm, schrijft het instituut.")
    assert sources(any_nlp, text)["Een op de drie"] == "Landelijk Jeugdinstituut"


def test_a_kind_noun_is_the_organisation_it_introduced_not_the_one_named_last(any_nlp):
    text = ("Volgens het Zweedse dagblad Norrlandsposten wilde ook Ajax de spits halen. "
            "De Amsterdamse club bood 9 miljoen euro, meldt het dagblad.")
    assert sources(any_nlp, text)["9 miljoen euro"] == "Norrlandsposten"


def test_de_bank_is_the_bank_among_several_organisations(any_nlp):
    text = ("De Rabobank en het Centraal Planbureau publiceerden hun ramingen. "
            "De bank raamt de groei van de huizenprijzen op 7 procent.")
    assert sources(any_nlp, text)["7 procent"] == "Rabobank"


# --- pronouns and spokespersons -----------------------------------------------------------


def test_volgens_hem_is_the_person_named_before_in_the_paragraph(any_nlp):
    text = ("Advocaat Sander Kuipers bestrijdt die cijfers. "
            "Volgens hem gaat het om hooguit 85 woningen.")
    assert sources(any_nlp, text)["hooguit 85"] == "Sander Kuipers"


def test_volgens_hem_without_a_person_before_gives_no_source(any_nlp):
    text = "Volgens hem gaat het om hooguit 85 woningen."
    assert sources(any_nlp, text)["hooguit 85"] is None


def test_a_pointer_with_the_spokesperson_of_a_named_organisation(any_nlp):
    text = ("De inspectie heeft nog 38 andere bedrijven in het vizier. "
            "Dat meldde een woordvoerder van de Belastingdienst na de zitting.")
    assert sources(any_nlp, text)["38"] == "Belastingdienst"


# --- tags and verbs ----------------------------------------------------------------------------


def test_zo_zegt_x_after_a_quote(any_nlp):
    text = '"Ik reken op minstens 4.000 pakketten per week", zo zegt directeur Marloes Verhagen.'
    assert sources(any_nlp, text)["minstens 4.000"] == "Marloes Verhagen"


def test_komt_uit_op_reports_an_estimate(any_nlp):
    text = "Het Centraal Planbureau komt in zijn eigen raming uit op 6 procent."
    assert sources(any_nlp, text)["6 procent"] == "Centraal Planbureau"


def test_a_figure_that_comes_out_is_no_source(any_nlp):
    text = "De groei van de economie komt dit jaar uit op 1,5 procent."
    assert sources(any_nlp, text)["1,5 procent"] is None


def test_an_actor_that_comes_out_at_a_figure_without_an_estimate_is_no_source(any_nlp):
    text = "Vorig jaar komen de hogescholen uiteindelijk uit op 40.500 eerstejaars."
    assert sources(any_nlp, text)["40.500"] is None


# --- research staff ------------------------------------------------------------------------------


def test_research_staff_stand_for_the_organisation_of_their_study(any_nlp):
    text = ("Dat blijkt uit onderzoek van het Verweij-Jonker Instituut onder 900 ouders.\n\n"
            "Volgens de onderzoekers kijkt 40 procent van de kinderen elke dag naar een scherm.")
    assert sources(any_nlp, text)["40 procent"] == "Verweij-Jonker Instituut"


def test_research_staff_without_a_study_are_no_source(any_nlp):
    text = "Volgens de onderzoekers kijkt 40 procent van de kinderen elke dag naar een scherm."
    assert sources(any_nlp, text)["40 procent"] is None


def test_a_person_past_een_in_a_phrase_after_the_verb_is_not_its_subject(any_nlp):
    text = ("Bij de starters lag het aandeel op 36 procent. Minister Hilde Crevits maakte de cijfers bekend "
            "in antwoord op een vraag die Koen Daniëls haar had gesteld.")
    assert sources(any_nlp, text)["36 procent"] == "Hilde Crevits"


def test_a_tag_after_a_comma_takes_the_actor_after_its_verb_not_the_counted_subject(any_nlp):
    text = ("Dat blijkt uit onderzoek van het Landelijk Jeugdinstituut.\n\n"
            "Een op de drie vierjarigen kijkt dagelijks naar een tablet, schrijft het instituut.")
    assert sources(any_nlp, text)["Een op de drie"] == "Landelijk Jeugdinstituut"


# --- demands in court -------------------------------------------------------------------------


def test_vorderen_reports_a_demand(any_nlp):
    text = "Het Gentse parket heeft een geldboete van 80.000 euro gevorderd tegen de transportfirma."
    assert sources(any_nlp, text)["80.000 euro"] == "Gentse parket"


def test_vragen_reports_a_demand(any_nlp):
    text = "Advocaat Sander Kuipers vraagt een taakstraf van hooguit 240 uur."
    assert sources(any_nlp, text)["hooguit 240 uur"] == "Sander Kuipers"


def test_aanvragen_is_no_demand_that_reports(any_nlp):
    text = "De gemeente Gent vraagt 2 miljoen euro subsidie aan bij de Vlaamse overheid."
    assert sources(any_nlp, text)["2 miljoen euro"] is None


# --- a word of an organisation's name, later in the article ---------------------------------------


def test_a_word_of_an_organisation_name_names_it_in_a_later_paragraph(any_nlp):
    text = ("Het Antwerpse parket vervolgt vier mannen voor oplichting.\n\n"
            "De buit loopt volgens het parket op tot 3,8 miljoen euro.")
    assert sources(any_nlp, text)["3,8 miljoen euro"] == "Antwerpse parket"


def test_a_noun_introducing_a_name_is_no_description_of_an_earlier_organisation(any_nlp):
    text = ("Het Antwerpse parket heeft voor de correctionele rechtbank een boete van 1,5 miljoen euro "
            "gevorderd tegen het chemiebedrijf Novachem.")
    assert sources(any_nlp, text)["1,5 miljoen euro"] == "Antwerpse parket"


def test_a_body_of_an_organisation_speaks_for_itself(any_nlp):
    text = "De raad van bestuur van het ziekenhuis laat weten dat er 2,4 miljoen euro extra naar personeel gaat."
    assert sources(any_nlp, text)["2,4 miljoen euro"] == "raad van bestuur"


def test_a_verb_after_a_fronted_clause_reports_the_clause_it_opens(any_nlp):
    text = "In een rapport dat vandaag verschijnt, schat de Gezondheidsraad dat 30 procent van de ouderen te weinig beweegt."
    assert sources(any_nlp, text)["30 procent"] == "Gezondheidsraad"


def test_a_quote_without_a_tag_takes_the_pointer_sentence_after_it(any_nlp):
    text = '"Dit seizoen scoorden we 61 doelpunten. Dat is een clubrecord." Dat zegt trainer Kees Bakker.'
    assert sources(any_nlp, text)["61"] == "Kees Bakker"


def test_a_counted_noun_after_the_verb_is_no_subject(any_nlp):
    text = "De Rabobank schat het aantal klanten met een betalingsachterstand op 41.000."
    assert sources(any_nlp, text)["41.000"] == "Rabobank"


@pytest.mark.parametrize("text, figure, source", [
    ("De brandweer spreekt van 40 gewonden.", "40", "brandweer"),
    ("De politie houdt het op 12 doden.", "12", "politie"),
])
def test_phrases_that_report_a_count(any_nlp, text, figure, source):
    assert sources(any_nlp, text)[figure] == source


def test_vertellen_in_a_pointer_sentence_after_a_quote(any_nlp):
    text = '"We hebben 300 nieuwe leden." Dat vertelt voorzitter Anja Peters.'
    assert sources(any_nlp, text)["300"] == "Anja Peters"


def test_a_tag_pronoun_takes_no_person_from_the_next_sentence(any_nlp):
    text = '"Het gaat om 2.000 banen", zegt hij. Vakbondsman Koen Maes is boos.'
    assert sources(any_nlp, text)["2.000"] is None


@pytest.mark.parametrize("text, figure", [
    ("Advocaat Jan Verstraete wees erop dat zijn cliënt al twee jaar in behandeling was.", "twee jaar"),
    ("Directeur Lies Maas wijst erop dat 40 procent van de leerlingen thuis geen Nederlands spreekt.", "40 procent"),
])
def test_pointing_out_reports_the_figure(any_nlp, text, figure):
    assert sources(any_nlp, text)[figure] in ("Jan Verstraete", "Lies Maas")


@pytest.mark.parametrize("text, figure, source", [
    ("Voor een gezin legt het Nibud de grens bij een inkomen van 2.100 euro.", "2.100 euro", "Nibud"),
    ("Het Nibud legde de grens voor armoede vorig jaar op 1.400 euro per maand.", "1.400 euro", "Nibud"),
])
def test_who_sets_a_threshold_reports_it(any_nlp, text, figure, source):
    assert sources(any_nlp, text)[figure] == source


@pytest.mark.parametrize("text, figure, source", [
    # `het statistiekbureau` is the CBS of the article, though its name shows no bureau ...
    ("De minister sprak over het CBS en het kabinet. Voor een gezin legt het statistiekbureau de grens "
     "bij een inkomen van 2.100 euro.", "2.100 euro", "CBS"),
    ("Volgens het KNMI was het warm. De minister reageerde. Het weerinstituut meldt 41 tropische dagen.", "41", "KNMI"),
])
def test_an_organisation_named_again_by_the_kind_the_news_knows_it_by(any_nlp, text, figure, source):
    assert sources(any_nlp, text)[figure] == source


def test_a_kind_named_before_its_one_organisation_of_that_kind(any_nlp):
    text = ("Het kabinet reageerde. Voor een gezin legt het statistiekbureau de grens bij een inkomen van 2.100 euro.\n\n"
            "Volgens het CBS daalde de armoede.")
    assert sources(any_nlp, text)["2.100 euro"] == "CBS"


@pytest.mark.parametrize("text, figure", [
    ("Een op de vijf leerlingen haalt de norm niet. Het ministerie van Onderwijs maakte de resultaten maandag bekend.",
     "Een op de vijf"),
    ("Een op de vijf leerlingen haalt de norm niet. Dat blijkt uit toetsen die door 62.000 leerlingen werden "
     "afgelegd. Het ministerie van Onderwijs maakte de resultaten maandag bekend.", "62.000"),
])
def test_results_made_known_point_back(any_nlp, text, figure):
    assert sources(any_nlp, text)[figure] == "ministerie van Onderwijs"


def test_the_organisers_of_an_event_are_its_source(any_nlp):
    text = "Het driedaagse dancefestival in Lichtenvoorde trok ruim 70.000 bezoekers, aldus de organisatoren."
    assert sources(any_nlp, text)["ruim 70.000"] == "organisatoren"


def test_an_actor_that_contradicts_reports_the_figures_it_gives(any_nlp):
    text = "De oppositie spreekt van een verdubbeling. Het stadsbestuur spreekt dat tegen: de heffing stijgt van 40 naar 48 euro."
    found = sources(any_nlp, text)
    assert found["40"] == "stadsbestuur"
    assert found["48 euro"] == "stadsbestuur"
