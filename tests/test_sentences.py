"""`dutchfacts_sentence_ends`: fixed sentence starts, and none inside a name; the rest is the parser's."""
import spacy

import dutchfacts.model.sentence_ends  # noqa: F401


def starts(text: str) -> list[tuple[str, object]]:
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts_sentence_ends")
    return [(token.text, token.is_sent_start) for token in nlp(text)]


def test_start_after_final_punctuation_and_line_breaks():
    marked = dict(starts("Het regent. Morgen niet!\n\nKop zonder punt\nTekst hier"))
    assert marked["Morgen"] is True
    assert marked["Kop"] is True
    assert marked["Tekst"] is True
    # No start at a lower-case word or white space; the rest is left to the parser.
    assert marked["regent"] is False
    assert marked["\n\n"] is False
    assert marked["zonder"] is False


def test_closing_quote_stays_with_its_sentence():
    marked = starts("“Dat klopt.” Zei hij. “Nee.”")
    assert marked[3:6] == [(".", None), ("”", None), ("Zei", True)]
    assert marked[8] == ("“", True)


def test_no_start_inside_a_name():
    marked = dict(starts("Minister Mona Keijzer wil meer woningen. Daarna Den Haag."))
    assert marked["Mona"] is False
    assert marked["Keijzer"] is False
    assert marked["wil"] is False
    assert marked["Daarna"] is True
    assert marked["Den"] is False  # no tagger here: any capitalized word after another




def test_spacy_finds_the_component_by_entry_point():
    from importlib.metadata import entry_points

    (entry,) = [e for e in entry_points(group="spacy_factories") if e.name == "dutchfacts_sentence_ends"]
    assert entry.load() is dutchfacts.model.sentence_ends.make_sentence_ends


def test_news_mode_starts_no_sentence_after_a_word_on_the_same_line():
    nlp = spacy.blank("nl")
    nlp.add_pipe("dutchfacts_sentence_ends", config={"same_line_continues": True})
    marked = dict((token.text, token.is_sent_start) for token in nlp("Kop zonder punt\nPFZW verhoogt, fonds ABP ook. Dan"))
    assert marked["PFZW"] is True  # after a line break
    assert marked["ABP"] is False  # after a word on the same line
    assert marked["Dan"] is True
    assert dict(starts("fonds ABP ook."))["ABP"] is None  # default: left to the parser
