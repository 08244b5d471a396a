"""Dates resolved against the publication date, counts, money and distances,
attribution and modality, budgets and events on invented sentences."""

import pytest

from armsledger.extract.attribution import attribution
from armsledger.extract.budgets import extract_budgets
from armsledger.extract.dates import best_date, date_contains, find_dates
from armsledger.extract.events import extract_events
from armsledger.extract.numbers import (
    local_currency,
    parse_distance_km,
    parse_money,
    quantity_before,
)
from tests.extract.lead_helpers import KB, context, state


def values(text, published):
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize("text,published,expected", [
    ("It was signed on June 18.", "2024-06-20", ["2024-06-18"]),
    ("It was signed on December 18.", "2024-01-05", ["2023-12-18"]),
    ("The region was retaken last month.", "2023-10-06", ["2023-09"]),
    ("He spoke on Thursday.", "2023-10-06", ["2023-10-05"]),
    ("He spoke on Thursday.", "2023-10", []),
    ("Earlier this year, in January, he said so.", "2025-03", ["2025", "2025-01"]),
    ("Belarus supplied it between 2018 and 2022.", None, ["2018/2022"]),
    ("They joined NATO in 2009 and the EU four years later.", None, ["2009", "2013"]),
    ("Late last year, Kenya ordered guns.", "2023-07-28", ["2022"]),
    ("He visited last November.", "2022-02-13", ["2021-11"]),
    ("On 4 March the ministers met.", "2025-03", ["2025-03-04"]),
    ("Purchased in 2021, delivered in January 2024.", "2025-03", ["2021", "2024-01"]),
    ("The jets arrived three days ago.", "2024-11-14", ["2024-11-11"]),
    ("The jets arrived two weeks ago.", "2024-11-14", ["2024-10"]),
    ("It was ordered last summer.", "2024-03-02", ["2023"]),
    ("It was ordered last summer.", "2024-11-14", ["2024"]),
    ("Talks began this spring.", "2025-06-01", ["2025"]),
    ("The fiscal 2026 budget grows.", None, ["2026"]),
    ("Deliveries begin in Q3 2026, and the rest in H1 2027.", None, ["2026", "2027"]),
    ("The Vision 2030 plan grows.", None, []),
    ("It arrived last month, three years after signing the deal.", "2024-12-04", ["2024-11", "2021"]),
    ("It joined NATO in 2004, five years after the war.", None, ["2004", "1999"]),
    ("It was published on 2024-06-18T10:12:00Z.", None, ["2024-06-18"]),
    ("The radars arrived in mid-November.", "2025-04-10", ["2024-11"]),
    ("The order was placed at the start of the year.", "2025-04-10", ["2025"]),
    ("Kenya received Chinese HQ-2000 systems and Mirage-2000 jets in mid-2024.", None, ["2024"]),
])
def test_dates(text, published, expected):
    assert values(text, published) == expected


def test_best_date_takes_the_date_of_the_verb():
    t = "Having purchased supplies in 2021 but only receiving them in January 2024, it complained."
    assert best_date(t, t.index("purchased"), t.index("purchased") + 9, None) == "2021"
    assert best_date(t, t.index("receiving"), t.index("receiving") + 9, None) == "2024-01"
    assert date_contains("2024", "2024-06-12") and not date_contains("2024-05", "2024-06")


def test_a_dateline_date_is_not_the_act_date_when_the_sentence_gives_one():
    t = "SOFIA, March 2, 2025 — Bulgaria received its first jet on Friday, the minister said."
    assert best_date(t, t.index("received"), t.index("received") + 8, "2025-03-02") == "2025-02-28"
    t = "SOFIA, March 2, 2025 — Bulgaria received its first jet, the minister said."
    assert best_date(t, t.index("received"), t.index("received") + 8, "2025-03-02") == "2025-03-02"


def test_best_date_keeps_clauses_apart():
    def at(t, w):
        return best_date(t, t.index(w), t.index(w) + len(w), "2024-03-17")
    # a relative clause's date is not its noun's verb's; an "after X did" clause has only its own
    assert at("Niger's junta, which seized power in July 2023, has strengthened ties with Russia.", "strengthened") is None
    assert at("The budget rises to 50 billion in 2023, on top of a fund set up after Russia invaded Ukraine.",
              "invaded") is None
    assert at("The war in September 2020, which was ended by a peace deal, killed thousands.", "peace deal") == "2020-09"
    # a year used as an adjective dates only its noun
    assert at("The US reaffirmed its commitment to the 1951 Mutual Defense Treaty.", "reaffirmed") is None
    assert at("The US reaffirmed its commitment to the 1951 Mutual Defense Treaty.", "Mutual Defense Treaty") == "1951"


@pytest.mark.parametrize("left,n", [
    ("The deal will see Greece buying 18 ", 18), ("would send three ", 3), ("purchase up to 400 ", 400),
    ("a first batch of six Chinese ", 6), ("donate one of its two operational ", 1),
    ("supplied Ukraine with dozens of ", None), ("in 2021 ", None), ("Ground Master 200 radars and ", None),
    ("sealed a contract for two dozen ", 24), ("received half a dozen ", 6), ("ordered a dozen ", 12),
])
def test_quantities(left, n):
    assert quantity_before(left, len(left)) == n


def test_money_and_distances():
    m = parse_money("in 2022 it was between 700 and 800 million dollars, in 2024 approximately 1.4 billion dollars")
    assert [(x.amount, x.currency, x.approximate) for x in m] == [(750e6, "USD", True), (1.4e9, "USD", True)]
    assert [(x.amount, x.currency) for x in parse_money("A record 7,949.6 billion yen and a 2.5-billion-euro deal")] == \
        [(7949.6e9, "JPY"), (2.5e9, "EUR")]
    assert [round(d[2], 1) for d in parse_distance_km("up to 55 kilometers (34 miles) away")] == [55.0]
    assert [round(d[2], 1) for d in parse_distance_km("nearly 25 miles away")] == [40.2]


def test_attribution_and_modality():
    assert attribution("According to Politico, Belarus supplied hardware.") == ("Politico", "reported")
    assert attribution("Pashinyan said on Feb. 1, Armenpress reported.") == ("Armenpress", "reported")
    assert attribution("Kenya will buy drones.")[1] == "planned"
    assert attribution("Kenya could buy drones if funds allow.")[1] == "hypothetical"
    assert attribution("The ministry denied the sale.")[1] == "denied"
    assert attribution("Kenya bought drones in May 2.")[1] == "asserted"


def test_budgets_pair_each_amount_with_its_year():
    ctx = context("While the amount allocated for defense in 2022 was between 700 and 800 million dollars, "
                  "in 2024, it will be approximately 1.4 billion dollars. Kenya is growing.",
                  [state("Kenya", "KEN")], published="2023-11-21")
    got = sorted((b.state, b.year, b.amount, b.approximate) for b in
                 extract_budgets(ctx.doc, ctx.sentences, ctx.mentions))
    assert got == [("KEN", 2022, 750e6, True), ("KEN", 2024, 1.4e9, True)]


def test_spending_on_national_defence_is_a_budget():
    ctx = context("Kenya will spend 13.5 billion dollars on national defence in 2025.", [state("Kenya", "KEN")])
    assert [(b.state, b.year, b.amount) for b in extract_budgets(ctx.doc, ctx.sentences, ctx.mentions)] == [
        ("KEN", 2025, 13.5e9)]


def test_budgets_skip_shares_and_allotments():
    ctx = context("Kenya will spend 2% of GDP on its defence budget. Of the defence budget, 3 billion dollars "
                  "will be allotted to missile defence equipment.", [state("Kenya", "KEN")])
    assert extract_budgets(ctx.doc, ctx.sentences, ctx.mentions) == []


def test_events_source_target_and_negation():
    ctx = context("Kenya accused Turkey of plotting against it. Kenya did not accuse France.",
                  [state("Kenya", "KEN"), state("Turkey", "TUR"), state("France", "FRA")])
    evs = extract_events(ctx.doc, ctx.sentences, ctx.mentions, KB)
    assert [(e.type, e.source, e.target) for e in evs] == [("ACCUSE", "KEN", "TUR")]
    assert evs[0].reports[0].quote == "Kenya accused Turkey of plotting against it."


@pytest.mark.parametrize("left", ["Qatar inked a $12 billion deal for ", "a 20-year lease of ", "spent 5 percent on "])
def test_money_and_durations_are_not_counts(left):
    assert quantity_before(left, len(left)) is None


def test_a_number_in_a_name_is_not_a_year():
    assert values("Talks about Mirage 2000 jets and the Vision 2030 plan began in 2021.", None) == ["2021"]


def test_full_dates_are_find_dates_full_dates_without_an_anchor() -> None:
    from pathlib import Path

    from armsledger.extract.dates import find_dates, full_dates

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text("utf-8") for p in sorted((root / "src/armsledger/examples/seeds").glob("*.txt"))]
    texts += ["Signed 2019-2023 and on June 18, 2024; 3rd of March 2021 (Reuters) 2022-02-30 2024-05-06",
              "between 2018 and 2022-03-01, Mirage 2000 on 5 May 2023 June\n18, 2024"]
    for text in texts:
        for part in [text, *text.split("\n")]:
            want = [d for d in find_dates(part, None) if d.value and len(d.value) == 10]
            assert full_dates(part) == want
    assert [d.value for d in full_dates(texts[-2])] == ["2024-06-18", "2021-03-03", "2024-05-06"]


@pytest.mark.parametrize("text,state,code", [
    ("647 billion Taiwan dollars", "TWN", "TWD"),
    ("19 billion US dollars", "TWN", "USD"),  # a named foreign dollar stays foreign
    ("150 billion shillings", "UGA", "UGX"),  # a shared word: the state's own
    ("90 billion taka", "BGD", "BDT"),
])
def test_currency_words_and_the_states_own_currency(text, state, code):
    (m,) = parse_money(text)
    assert local_currency(text[m.start : m.end], m.currency, state) == code
