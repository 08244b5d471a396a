"""Sentence splitting on the genre's hard cases."""

from armsledger.analyse.sentences import split_sentences
from armsledger.records import Segment


def texts(t):
    return [s.text for s in split_sentences(t, [])]


def test_abbreviations_dates_and_initials_do_not_split():
    t = "U.S. President Joe Biden met Mr. Smith on Dec. 28 and Jan.19 with John F. Kennedy's heirs. It cost $2.5 billion."
    assert texts(t) == ["U.S. President Joe Biden met Mr. Smith on Dec. 28 and Jan.19 with John F. Kennedy's heirs.",
                        "It cost $2.5 billion."]


def test_missing_space_after_full_stop_splits():
    assert texts("It arrived in January 2024.In January 2025, he spoke.") == [
        "It arrived in January 2024.", "In January 2025, he spoke."]


def test_closing_quotes_stay_with_their_sentence_and_lines_split():
    t = "“We will leave,” Pashinyan said. “We won’t come back.” He left.\nA new paragraph"
    assert texts(t) == ["“We will leave,” Pashinyan said.", "“We won’t come back.”", "He left.", "A new paragraph"]


def test_offsets_and_segment_kinds():
    t = "Title line here\nBody sentence one. Body two."
    ss = split_sentences(t, [Segment(0, 15, "title")])
    assert [s.kind for s in ss] == ["title", "body", "body"]
    assert all(t[s.start : s.end] == s.text for s in ss)


def test_hard_wrapped_paragraphs_are_joined_other_lines_are_not():
    wrapped = ("ABUJA, Nov 29, 2024 (AFP) - Nigeria announced Thursday that it was\n"
               "ending its defence pact with former partner Britain, just hours\n"
               "after a visit by the British foreign minister.\n"
               "\n"
               "Defence news in brief\n"
               "Subscribe for more stories like this one every single day\n"
               "Kenya buys drones\n")
    sents = [s.text for s in split_sentences(wrapped)]
    assert sents[0].startswith("ABUJA") and sents[0].endswith("foreign minister.") and sents[0].count("\n") == 2
    assert sents[1:] == ["Defence news in brief", "Subscribe for more stories like this one every single day",
                         "Kenya buys drones"]


def test_a_wrapped_paragraph_is_not_joined_into_a_caption():
    text = ("Pakistan announced on Thursday that it would buy forty new\n"
            "fighter jets from China, officials said.\n")
    caption = [Segment(0, 59, "caption")]  # the first line is marked as a caption by cleaning
    assert [s.kind for s in split_sentences(text, caption)] == ["caption", "body"]
