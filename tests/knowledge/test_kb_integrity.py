"""The shipped knowledge base is consistent: codes valid and unique, members known,
categories from the contract, and the lookups the extractors rely on work."""

import re
from collections import defaultdict
from importlib import resources

import pytest

from armsledger.knowledge import fold, load_kb
from armsledger.knowledge.model import RARE_NAME_SOURCE
from armsledger.records import CATEGORIES


def test_state_codes_unique_and_well_formed():
    kb = load_kb()
    codes = [s.iso3 for s in kb.states]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) > 240


def test_no_surface_form_names_two_states():
    kb = load_kb()
    seen: dict[str, set[str]] = defaultdict(set)
    for s in kb.states:
        for form in (s.name, *s.aliases, *s.demonyms, *s.capitals, *s.metonyms):
            seen[fold(form)].add(s.iso3)
    clashes = {f: c for f, c in seen.items() if len(c) > 1}
    assert clashes == {}


def test_members_origins_and_companies_are_known_states():
    kb = load_kb()
    codes = {s.iso3 for s in kb.states}
    for o in kb.organizations:
        assert set(o.members) <= codes, o.acronym
    for w in kb.systems:
        assert w.origin is None or w.origin in codes | {"DDR"}, w.designation
        assert w.category in CATEGORIES, w.designation
    for c in kb.companies:
        assert c.country in codes, c.name
    assert set(kb.head_nouns.values()) <= set(CATEGORIES)
    for p in kb.office_holders:
        assert p.country in codes, p.name


def test_no_office_holders_name_or_surname_names_two_states():
    kb = load_kb()
    seen: dict[str, set[str]] = defaultdict(set)
    for p in kb.office_holders:
        for form in (p.name, *p.aliases, *p.surnames):
            seen[fold(form)].add(p.country)
    assert {f: c for f, c in seen.items() if len(c) > 1} == {}
    assert kb.holder_country("Erdogan") == "TUR" and kb.holder_country("Sergey Lavrov") == "RUS"
    assert kb.holder_country("Singh") is None  # a surname too common to name one person


def test_every_data_file_says_where_it_came_from():
    data = resources.files("armsledger.knowledge").joinpath("data")
    sources = data.joinpath("SOURCES.md").read_text("utf-8")
    for f in data.iterdir():
        if f.name.endswith((".csv", ".yaml")):
            assert f"`{f.name}`" in sources, f.name


def test_lookups():
    kb = load_kb()
    assert kb.find_state("French").iso3 == "FRA"
    assert kb.find_state("the Kremlin").iso3 == "RUS"
    assert kb.find_state("U.S.").iso3 == "USA"
    assert kb.find_state("Khankendi") is None
    assert kb.find_organization("Collective Security Treaty Organisation").acronym == "CSTO"
    assert kb.find_system("GM200").designation == kb.find_system("Ground Master 200").designation
    assert kb.find_system("Tomahawk Block IV").designation == "Tomahawk"
    assert kb.category_of_head("howitzers") == "artillery"
    assert kb.find_company("Bharat Forge").country == "IND"


@pytest.mark.parametrize("name,origin,category", [
    ("ATACMS", "USA", "missiles"), ("Kilo class", "RUS", "ships"), ("Hürjet", "TUR", "aircraft"),
    ("Gray Eagle", "USA", "aircraft"), ("MEKO A-200", "DEU", "ships"), ("Airbus H145M", "DEU", "aircraft"),
])
def test_common_names_the_news_uses(name, origin, category):
    w = load_kb().find_system(name)
    assert w is not None and (w.origin, w.category) == (origin, category)


def test_an_unknown_coded_name_takes_its_makers_state_only_when_the_letters_say_it():
    kb = load_kb()
    assert kb.origin_of_prefix("Ka-226T") == "RUS" and kb.origin_of_prefix("Mi-38") == "RUS"
    assert kb.origin_of_prefix("F-47") is None  # F- names are many states' designations


def test_systems_table_is_built_from_sipri_at_scale():
    kb = load_kb()
    sipri = [w for w in kb.systems if w.source.startswith("SIPRI")]
    assert len(sipri) > 2000
    cats = {w.category for w in sipri}
    assert {"aircraft", "ships", "missiles", "armoured_vehicles", "sensors", "artillery"} <= cats


def test_a_systems_category_is_never_one_its_descriptions_head_noun_rules_out():
    # ("anti-submarine aircraft" is no ship, "anti-radar missile" no sensor, "armoured engineer
    # vehicle" no engine: the head noun of the description, not its first word that names a category)
    kb = load_kb()
    ruled_out = {"aircraft": {"ships", "sensors", "engines"}, "helicopter": {"ships", "sensors", "engines"},
                 "missile": {"sensors", "ships", "engines"}, "vehicle": {"engines", "ships"}}
    wrong = [(w.designation, w.category, w.description) for w in kb.systems if w.description
             and w.category in ruled_out.get(w.description.split()[-1], set())]
    assert not wrong, wrong[:10]


def test_a_rare_one_word_system_name_reads_only_as_a_shape():
    kb = load_kb()
    rare = {w.designation for w in kb.systems if w.source == RARE_NAME_SOURCE}
    assert len(rare) > 100
    forms = {(s, f) for s, t, k, f in kb.surface_forms() if t == "weapon_system" and k in rare}
    assert forms and all(f == "shape" for _s, f in forms)
    assert not rare & {s.name for s in kb.states} and not rare & {c.name for c in kb.companies}
