"""Tests of the mention finder on small texts written for the genre, with a small
knowledge base built here (so they do not depend on the real data files)."""

from __future__ import annotations

import re

import pytest

from armsledger.analyse.mentions import find_mentions, mentions_in, states_in
from armsledger.knowledge import KnowledgeBase
from armsledger.knowledge.model import Company, Organization, State, Title, WeaponSystem
from armsledger.records import Document, Mention, Sentence

KB = KnowledgeBase(
    states=[
        State("FRA", "France", aliases=("French Republic",), demonyms=("French",),
              capitals=("Paris",), metonyms=("Élysée", "Elysee Palace")),
        State("ARM", "Armenia", demonyms=("Armenian", "Armenians"), capitals=("Yerevan",)),
        State("AZE", "Azerbaijan", demonyms=("Azerbaijani", "Azeri"), capitals=("Baku",)),
        State("USA", "United States", aliases=("U.S.", "US", "USA", "America"),
              demonyms=("American",), capitals=("Washington",), metonyms=("the White House",)),
        State("RUS", "Russia", aliases=("Russian Federation",), demonyms=("Russian", "Russians"),
              capitals=("Moscow",), metonyms=("the Kremlin",)),
        State("JPN", "Japan", demonyms=("Japanese",), capitals=("Tokyo",)),
        State("IND", "India", demonyms=("Indian",), capitals=("New Delhi",)),
        State("TUR", "Turkey", aliases=("Türkiye",), demonyms=("Turkish",), capitals=("Ankara",)),
        State("TCD", "Chad", demonyms=("Chadian",), capitals=("N'Djamena",)),
        State("JOR", "Jordan", demonyms=("Jordanian",), capitals=("Amman",)),
        State("NER", "Niger", demonyms=("Nigerien",), capitals=("Niamey",)),
        State("BRA", "Brazil", demonyms=("Brazilian",), capitals=("Brasilia",)),
        State("ISR", "Israel", demonyms=("Israeli",), capitals=("Jerusalem",)),
        State("PAK", "Pakistan", demonyms=("Pakistani",), capitals=("Islamabad",)),
        State("CHN", "China", demonyms=("Chinese",), capitals=("Beijing",)),
    ],
    organizations=[
        Organization("NATO", "North Atlantic Treaty Organization",
                     aliases=("North Atlantic Treaty Organisation",)),
        Organization("CSTO", "Collective Security Treaty Organization"),
        Organization("EU", "European Union"),
    ],
    systems=[
        WeaponSystem("CAESAR", "artillery", "self-propelled gun", "FRA", aliases=("Caesar",)),
        WeaponSystem("Patriot", "air_defence", "SAM system", "USA"),
        WeaponSystem("Tomahawk", "missiles", "land-attack missile", "USA"),
        WeaponSystem("Rafale", "aircraft", "FGA aircraft", "FRA", aliases=("Dassault Rafale",)),
        WeaponSystem("Mistral", "missiles", "portable SAM", "FRA"),
        WeaponSystem("Virginia", "ships", "nuclear submarine", "USA"),
    ],
    companies=[
        Company("Dassault Aviation", "FRA", aliases=("Dassault",)),
        Company("Raytheon Technologies", "USA", aliases=("Raytheon", "RTX")),
        Company("Israel Aerospace Industries", "ISR", aliases=("IAI",)),
        Company("Direction générale de l'armement", "FRA", aliases=("DGA",), kind="agency"),
        Company("The Washington Post", "USA", kind="media"),
    ],
    titles=[
        Title("Minister of Defence", ("Defence Minister", "Defense Minister",
                                      "Minister of the Armed Forces")),
        Title("President", ("president",), kind="head_of_state"),
        Title("Prime Minister", ("PM", "premier"), kind="head_of_government"),
        Title("Ambassador", ("ambassador", "envoy"), kind="diplomat"),
    ],
    head_nouns={"howitzer": "artillery", "missile": "missiles", "system": "other",
                "satellite": "satellites", "munition": "missiles", "submarine": "ships",
                "frigate": "ships", "jet": "aircraft", "aircraft": "aircraft",
                "drone": "aircraft", "artillery": "artillery", "radar": "sensors"},
)


def _doc(text: str) -> tuple[Document, list[Sentence]]:
    """A trivial sentence splitter (the real one is another stage's)."""
    sentences = []
    for mt in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
        s, e = mt.start(), mt.end()
        while s < e and text[s].isspace():
            s += 1
        # do not split after initials and abbreviations ("John F. Kennedy", "U.S.")
        if sentences and re.search(r"(?:\b[A-Z]|U\.S)\.$", text[sentences[-1].start:sentences[-1].end]):
            prev = sentences.pop()
            s = prev.start
        if s < e:
            sentences.append(Sentence(s, e, text[s:e]))
    return Document(id="d1", source="t.txt", text=text, raw=text), sentences


def find(text: str) -> list[Mention]:
    doc, sents = _doc(text)
    return find_mentions(doc, sents, KB)


def by_text(ms: list[Mention], surface: str) -> Mention:
    hits = [m for m in ms if m.text == surface]
    assert hits, f"no mention {surface!r} in {[m.text for m in ms]}"
    return hits[0]


def texts(ms: list[Mention], typ: str) -> list[str]:
    return [m.text for m in ms if m.type == typ]


# -- states -------------------------------------------------------------------------------


def test_states_by_name_demonym_capital_and_metonym() -> None:
    ms = find("France and Armenian officials met in Baku, while the Kremlin kept silent.")
    assert (by_text(ms, "France").key, by_text(ms, "France").form) == ("FRA", "name")
    assert (by_text(ms, "Armenian").key, by_text(ms, "Armenian").form) == ("ARM", "demonym")
    assert (by_text(ms, "Baku").key, by_text(ms, "Baku").form) == ("AZE", "capital")
    assert (by_text(ms, "Kremlin").key, by_text(ms, "Kremlin").form) == ("RUS", "metonym")


def test_compound_adjectives_made_and_led() -> None:
    ms = find("It fired U.S.-made shells and French-built guns at the Russia-led bloc's "
              "Azerbaijan-based units, using Raytheon Technologies-made missiles.")
    us = by_text(ms, "U.S.-made")
    assert (us.type, us.key, us.form) == ("state", "USA", "made")
    assert by_text(ms, "French-built").form == "made"
    led = by_text(ms, "Russia-led")
    assert (led.key, led.form) == ("RUS", "led")
    assert by_text(ms, "Azerbaijan-based").form == "led"
    co = by_text(ms, "Raytheon Technologies-made")
    assert (co.type, co.key, co.country, co.form) == ("company", "Raytheon Technologies", "USA", "made")


def test_capital_inside_a_longer_name_is_not_the_state() -> None:
    ms = find("The Washington Post and France 24 reported it at the Paris Air Show "
              "at Paris-Le Bourget, not in Washington.")
    assert [m.text for m in ms if m.type == "state"] == ["Washington"]
    assert by_text(ms, "Washington Post").type == "media"


def test_institution_after_a_state_keeps_the_state() -> None:
    ms = find("Officers of the Pakistan Air Force flew to Yerevan Monday.")
    assert by_text(ms, "Pakistan").key == "PAK"
    assert by_text(ms, "Yerevan").key == "ARM"


def test_common_words_need_capitals() -> None:
    ms = find("They ate turkey as a patriot would, then flew to Jordan and Chad with Turkey's envoy.")
    assert states_in(ms) == ["JOR", "TCD", "TUR"]
    assert not [m for m in ms if m.type == "weapon_system"]


def test_short_acronyms_must_be_capitals() -> None:
    ms = find("Let us talk, said the US envoy.")
    assert [m.key for m in ms if m.type == "state"] == ["USA"]


def test_diacritics_are_folded() -> None:
    ms = find("The Elysee said Türkiye and Turkiye would attend.")
    assert [m.key for m in ms if m.type == "state"] == ["FRA", "TUR", "TUR"]


# -- organisations, companies -----------------------------------------------------------------


def test_organizations_by_acronym_name_and_possessive() -> None:
    ms = find("NATO's chief met Nato allies; Armenia froze its role in the "
              "Collective Security Treaty Organization (CSTO).")
    orgs = [m for m in ms if m.type == "organization"]
    assert [m.text for m in orgs] == ["NATO", "Nato", "Collective Security Treaty Organization", "CSTO"]
    assert {m.key for m in orgs} == {"NATO", "CSTO"}


def test_companies_carry_their_country() -> None:
    ms = find("Israel Aerospace Industries (IAI) will build it with Dassault.")
    iai = by_text(ms, "Israel Aerospace Industries")
    assert (iai.type, iai.country) == ("company", "ISR")
    assert by_text(ms, "IAI").key == "Israel Aerospace Industries"
    assert by_text(ms, "Dassault").country == "FRA"
    assert not [m for m in ms if m.type == "state"]  # "Israel" is inside the company's name


# -- weapon systems --------------------------------------------------------------------------


def test_known_systems_with_plural_and_possessive() -> None:
    ms = find("Japan will buy Tomahawks and Rafales; the Caesar's range is 40 km.")
    systems = [(m.text, m.key, m.category) for m in ms if m.type == "weapon_system"]
    assert systems == [("Tomahawks", "Tomahawk", "missiles"), ("Rafales", "Rafale", "aircraft"),
                       ("Caesar", "CAESAR", "artillery")]


def test_code_next_to_a_known_system_joins_it() -> None:
    ms = find("Greece ordered Rafale F3R jets and MIM-104E Patriot batteries.")
    assert by_text(ms, "Rafale F3R").key == "Rafale"
    assert by_text(ms, "MIM-104E Patriot").key == "Patriot"


def test_x_class_keys_the_known_system() -> None:
    ms = find("Australia will buy three Virginia-class submarines.")
    m = [m for m in ms if m.type == "weapon_system"][0]
    assert (m.key, m.category) == ("Virginia", "ships")


@pytest.mark.parametrize(
    ("text", "key", "category"),
    [
        ("India will sell MArG 155 armored self-propelled howitzers to Armenia.", "MArG 155", "artillery"),
        ("Armenia bought the Zen anti-drone system last year.", "Zen", "other"),
        ("Israel will supply two OptSat500 satellites to Azerbaijan.", "OptSat500", "satellites"),
        ("It also showed the LORA ballistic missile system.", "LORA", "missiles"),
        ("Baku used the Harop loitering munitions system.", "Harop", "missiles"),
        ("Pakistan inducted the first of four Type 054A/P frigates.", "Type 054A/P", "ships"),
        ("Six Chinese J-10C fighter jets flew past.", "J-10C", "aircraft"),
        ("The navy will get SSN-Aukus submarines.", "SSN-Aukus", "ships"),
        ("Australia will buy three Collins-class submarines.", "Collins-class", "ships"),
    ],
)
def test_unknown_systems_from_the_shape_of_the_phrase(text: str, key: str, category: str) -> None:
    ms = find(text)
    systems = [m for m in ms if m.type == "weapon_system"]
    assert [(m.key, m.category, m.form) for m in systems] == [(key, category, "shape")]


def test_codes_listed_after_a_head_noun() -> None:
    ms = find("Armenia eyes Indian artillery systems such as ATAGS and TC-20.")
    systems = [(m.key, m.category) for m in ms if m.type == "weapon_system"]
    assert systems == [("ATAGS", "artillery"), ("TC-20", "artillery")]


@pytest.mark.parametrize(
    "text",
    [
        "The Armed Forces missiles were old.",
        "The Defence Ministry drones arrived.",
        "Russian missiles hit the city.",
        "Missiles hit the city.",
        "NATO jets flew over Poland.",
        "Pashinyan said missiles were needed.",
        "Officials said 155 mm howitzers were sent.",
    ],
)
def test_no_system_from_ordinary_words(text: str) -> None:
    ms = find(text)
    assert not [m for m in ms if m.type == "weapon_system"], [m.text for m in ms]


# -- people ----------------------------------------------------------------------------------


def people(ms: list[Mention]) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.key, m.country) for m in ms if m.type == "person"]


def test_title_gives_person_role_and_country() -> None:
    ms = find("French Defense Minister Sebastian Lecornu met Azerbaijani President Ilham Aliyev.")
    assert people(ms) == [("Sebastian Lecornu", "Sebastian Lecornu", "FRA"),
                          ("Ilham Aliyev", "Ilham Aliyev", "AZE")]
    assert by_text(ms, "Sebastian Lecornu").role == "Minister of Defence"
    assert by_text(ms, "Ilham Aliyev").role == "President"


def test_state_inside_or_after_the_title() -> None:
    ms = find("Minister of the French Armed Forces Sebastien Lecornu spoke. "
              "U.S. Ambassador to Japan Rahm Emanuel spoke. "
              "Azerbaijan Ambassador to Israel Mukhtar Mammadov spoke. "
              "Brazil's President Jair Bolsonaro spoke. "
              "Then US president John F Kennedy spoke.")
    assert [p[2] for p in people(ms)] == ["FRA", "USA", "AZE", "BRA", "USA"]
    assert by_text(ms, "John F Kennedy").key == "John F Kennedy"


def test_apposition_gives_country() -> None:
    ms = find("Emmanuel Chiva, the chief executive of the French Defence Procurement Agency (DGA), "
              "met officials. Pashinyan spoke of Dmitriy Setrakov, a Russian fleeing the draft. "
              "Hikmet Hajiyev, foreign policy adviser to the President of Azerbaijan, agreed.")
    got = {p[0]: p[2] for p in people(ms)}
    assert got["Emmanuel Chiva"] == "FRA"
    assert got["Dmitriy Setrakov"] == "RUS"
    assert got["Hikmet Hajiyev"] == "AZE"


def test_surname_resolves_to_the_full_name_in_the_document() -> None:
    ms = find("Pashinyan announced the move. Armenian Prime Minister Nikol Pashinyan said so. "
              "\"We will leave,\" Pashinyan told parliament.")
    ps = [m for m in ms if m.type == "person"]
    assert [m.text for m in ps] == ["Pashinyan", "Nikol Pashinyan", "Pashinyan"]
    assert {m.key for m in ps} == {"Nikol Pashinyan"}
    assert {m.country for m in ps} == {"ARM"}


def test_hyphenated_surnames_and_two_syllable_given_names() -> None:
    ms = find("Defence Minister Jean-Pierre Kosiniak-Kamysz of France met Japanese Prime Minister Kim Jong-un. "
              "The deal is a win for Kosiniak-Kamysz. Tanks will be built at Bumar-Labedy in the north.")
    ps = [m for m in ms if m.type == "person"]
    assert [m.text for m in ps] == ["Jean-Pierre Kosiniak-Kamysz", "Kim Jong-un", "Kosiniak-Kamysz"]
    assert [m.key for m in ps] == ["Jean-Pierre Kosiniak-Kamysz", "Kim Jong-un", "Jean-Pierre Kosiniak-Kamysz"]


def test_institution_words_between_the_state_and_the_title() -> None:
    ms = find("Russian Foreign Ministry spokesman Ivan Petrov criticised the purchase.")
    assert people(ms) == [("Ivan Petrov", "Ivan Petrov", "RUS")]


def test_spelling_variants_share_the_key() -> None:
    ms = find("Defense Minister Sebastian Lecornu wrote on X. French minister Sébastien Lecornu "
              "later said it was signed, Lecornu added.")
    ps = [m for m in ms if m.type == "person"]
    assert len(ps) == 3
    assert {m.key for m in ps} == {"Sebastian Lecornu"}


def test_different_people_with_a_shared_name_stay_apart() -> None:
    ms = find("President Mahamat Idriss Deby met them. His father Idriss Deby Itno died in 2021.")
    keys = [m.key for m in ms if m.type == "person"]
    assert keys == ["Mahamat Idriss Deby", "Idriss Deby Itno"]


def test_country_from_the_sentence_or_the_document() -> None:
    ms = find("Pakistan inducted jets with Prime Minister Imran Khan in attendance. "
              "\"It is a great day,\" PM Khan said.")
    ps = [m for m in ms if m.type == "person"]
    assert [(m.key, m.country) for m in ps] == [("Imran Khan", "PAK"), ("Imran Khan", "PAK")]


def test_speech_verbs_and_bare_names() -> None:
    ms = find("\"It is done,\" said Andrej Plenkovic. Vladimir Putin told reporters nothing. "
              "The murder of journalist Jamal Khashoggi strained ties.")
    got = {p[1]: p[2] for p in people(ms)}
    assert set(got) == {"Andrej Plenkovic", "Vladimir Putin", "Jamal Khashoggi"}
    assert got["Jamal Khashoggi"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry said the Armed Forces would train in March.",
        "The National Security Council met on Monday in the White House.",
        "Read More Subscribe Now to Editors Picks.",
        "Last French Troops Leave Niger After Coup Ends Military Cooperation",
    ],
)
def test_no_people_from_ordinary_capitalised_words(text: str) -> None:
    assert people(find(text)) == []


# -- places, groups, helpers ------------------------------------------------------------------


def test_places_and_groups() -> None:
    ms = find("Baku retook Nagorno-Karabakh and Khankendi; Houthis and Hezbollah fired from Gaza.")
    assert by_text(ms, "Khankendi").key == "Stepanakert"
    assert by_text(ms, "Nagorno-Karabakh").type == "place"
    assert by_text(ms, "Houthis").type == "group"
    assert by_text(ms, "Gaza").type == "place"


def test_output_sorted_non_overlapping_with_sentence_indexes() -> None:
    text = "France sold Caesar howitzers to Armenia. NATO's chief met Armenian Prime Minister Nikol Pashinyan."
    ms = find(text)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))
    assert all(text[m.start:m.end] == m.text for m in ms)
    assert [m.text for m in mentions_in(0, ms)] == ["France", "Caesar", "Armenia"]
    assert states_in(ms) == ["FRA", "ARM"]


def test_title_then_comma_then_name() -> None:
    ms = find("Baku summoned the Indian Ambassador to the country, Sridharan Madhusudhanan.")
    assert people(ms) == [("Sridharan Madhusudhanan", "Sridharan Madhusudhanan", "IND")]


def test_colleague_in_the_sentence_gives_the_country() -> None:
    ms = find("Armenia wants arms. French Foreign Minister Catherine Colonna said she had asked "
              "Defense Minister Sebastien Lecornu to assess Paris' ability to help.")
    assert dict((p[1], p[2]) for p in people(ms))["Sebastien Lecornu"] == "FRA"


def test_bare_official_takes_the_documents_main_state() -> None:
    ms = find("Chad ended its defence accord with France. Chad's army will take over the bases. "
              "It came after a meeting between President Mahamat Idriss Deby and officials, "
              "who called France a partner. His father Idriss Deby Itno ruled for 30 years.")
    got = {p[1]: p[2] for p in people(ms)}
    assert got == {"Mahamat Idriss Deby": "TCD", "Idriss Deby Itno": "TCD"}


def test_secretary_of_state_without_a_state_is_american() -> None:
    ms = find("Secretary of State Antony Blinken described the agreement with Armenia.")
    assert people(ms) == [("Antony Blinken", "Antony Blinken", "USA")]


def test_typo_of_a_name_joins_the_most_frequent_spelling() -> None:
    ms = find("Niklol Pashinyan spoke. Prime Minister Nikol Pashinyan said so. "
              "Armenian Prime Minister Nikol Pashinyan repeated it.")
    assert {m.key for m in ms if m.type == "person"} == {"Nikol Pashinyan"}


def test_company_made_prefix_is_not_a_system_designation() -> None:
    ms = find("Riyadh will buy 300 Raytheon Technologies-made MIM-104E Patriot missiles.")
    systems = [(m.text, m.key) for m in ms if m.type == "weapon_system"]
    assert systems == [("MIM-104E Patriot", "Patriot")]


def test_compass_word_makes_another_name() -> None:
    ms = find("Latin American and North American buyers met American officials.")
    assert [m.text for m in ms if m.type == "state"] == ["American"]


def test_vague_forms_of_the_knowledge_base_are_not_matched() -> None:
    kb = KnowledgeBase(states=[State("ARM", "Armenia")],
                       organizations=[Organization("CSTO", "Collective Security Treaty Organization",
                                                   aliases=("alliance", "7"))])
    doc, sents = _doc("The alliance met 7 times in Armenia.")
    ms = find_mentions(doc, sents, kb)
    assert [m.text for m in ms] == ["Armenia"]


def test_title_far_from_a_single_word_is_no_cue() -> None:
    ms = find("Gen. Mark Milley, chairman of the Joint Chiefs of Staff, spoke. The Crimean Tatar "
              "community protested.")
    assert [p[0] for p in people(ms)] == ["Mark Milley"]


def test_names_in_a_sentence_full_of_capitals_and_state_after_the_name() -> None:
    ms = find("Azerbaijani President Ilham Aliyev met Jean-Yves Le Drian in Baku on Monday. "
              "Foreign Minister Ararat Mirzoyan of Armenia agreed.")
    got = {p[1]: p[2] for p in people(ms)}
    assert got == {"Ilham Aliyev": "AZE", "Jean-Yves Le Drian": None, "Ararat Mirzoyan": "ARM"}


def test_capitalised_words_before_the_name_of_a_thing_are_no_person() -> None:
    ms = find("Japan signed a Reciprocal Access Agreement, and Defence Minister Kenji Sato said so.")
    assert texts(ms, "person") == ["Kenji Sato"]


def test_a_name_before_a_modified_place_noun_is_a_place_not_a_person() -> None:
    ms = find("The jets landed at the Ain Beida Kebir air base, and Defence Minister Kenji Sato visited the Hassi Nour naval base.")
    assert texts(ms, "person") == ["Kenji Sato"]
