"""Arms transfers read from the genre's phrasings, on invented sentences."""

from armsledger.extract.transfers import extract_transfers
from tests.extract.lead_helpers import context, state, system


def one(ts, system_name):
    hits = [t for t in ts if t.system == system_name]
    assert len(hits) == 1, ts
    return hits[0]


def test_supply_verb_with_indirect_object_and_date():
    ctx = context(
        "Kenya signed a deal for France to sell Kenya Caesar howitzers, the ministry said on May 2.",
        [state("Kenya", "KEN"), state("France", "FRA"), system("Caesar", "CAESAR")],
    )
    t = one(extract_transfers(ctx), "CAESAR")
    assert (t.supplier, t.recipient, t.status) == ("FRA", "KEN", "ordered")
    assert t.order_date == "2024-05-02"
    assert t.category == "artillery"
    assert t.reports[0].quote == ctx.doc.text[t.reports[0].start : t.reports[0].end]


def test_supplied_with_is_a_delivery():
    ctx = context(
        "France has supplied Croatia with dozens of Caesar howitzers.",
        [state("France", "FRA"), state("Croatia", "HRV"), system("Caesar", "CAESAR")],
    )
    t = one(extract_transfers(ctx), "CAESAR")
    assert (t.supplier, t.recipient, t.status) == ("FRA", "HRV", "delivered")


def test_acquire_with_demonym_supplier():
    ctx = context(
        "Additionally, Nigeria has acquired Turkish TB2 drones.",
        [state("Nigeria", "NGA"), state("Turkish", "TUR", "demonym"), system("TB2", "Bayraktar TB2")],
    )
    t = one(extract_transfers(ctx), "Bayraktar TB2")
    assert (t.supplier, t.recipient, t.status) == ("TUR", "NGA", "delivered")


def test_buy_from_with_quantity_and_talks():
    ctx = context(
        "Kenya is hoping to sign a deal to purchase 12 Caesar howitzers from France soon.",
        [state("Kenya", "KEN"), state("France", "FRA"), system("Caesar", "CAESAR")],
    )
    t = one(extract_transfers(ctx), "CAESAR")
    assert (t.supplier, t.recipient, t.status) == ("FRA", "KEN", "talks")
    assert t.quantity == 12


def test_generic_transfer_has_no_system_and_an_interval():
    ctx = context(
        "Documents show that Turkey supplied advanced military hardware to Kenya between 2018 and 2022.",
        [state("Turkey", "TUR"), state("Kenya", "KEN")],
    )
    ts = extract_transfers(ctx)
    assert len(ts) == 1
    t = ts[0]
    assert (t.supplier, t.recipient, t.system, t.status) == ("TUR", "KEN", None, "delivered")
    assert t.delivery_date == "2018/2022"


def test_demand_to_cancel_is_not_a_transfer():
    ctx = context(
        "Countries that sell weapons to Armenia must terminate and cancel these contracts.",
        [state("Armenia", "ARM")],
    )
    assert extract_transfers(ctx) == []


def test_generic_mention_folds_into_the_named_deal_of_the_pair():
    ctx = context(
        "Japan signed a contract with the United States on Thursday to buy Tomahawk missiles. "
        "Under the deal, Japan will purchase up to 400 missiles.",
        [state("Japan", "JPN"), state("United States", "USA"), system("Tomahawk", "Tomahawk")],
        published="2024-01-18",
    )
    ts = extract_transfers(ctx)
    assert len(ts) == 1, ts
    t = ts[0]
    assert (t.supplier, t.recipient) == ("USA", "JPN")
    assert t.order_date == "2024-01-18"
    assert len(t.reports) == 2


def test_destined_for_takes_the_maker_country():
    ctx = context(
        "Indian maker Bharat Forge confirmed that its Garuda howitzers will be destined for Armenia.",
        [state("Indian", "IND", "demonym"), ("Bharat Forge", "company", "Bharat Forge", "name", "IND"),
         state("Armenia", "ARM"), system("Garuda", "Garuda")],
    )
    t = one(extract_transfers(ctx), "Garuda")
    assert (t.supplier, t.recipient, t.status) == ("IND", "ARM", "ordered")


def test_range_is_kept_for_comparing_sources():
    ctx = context(
        "France has supplied Croatia with Caesar howitzers, capable of hitting targets up to 40 kilometers away.",
        [state("France", "FRA"), state("Croatia", "HRV"), system("Caesar", "CAESAR")],
    )
    t = one(extract_transfers(ctx), "CAESAR")
    assert abs(t.attrs["range_km"] - 40.0) < 0.01


def test_coordinated_states_walk_either_way_from_one_of_them() -> None:
    from armsledger.extract.context import coordinated

    ctx = context("Mali, Burkina Faso and the Niger left, as did Chad.",
                  [state("Mali", "MLI"), state("Burkina Faso", "BFA"), state("Niger", "NER"), state("Chad", "TCD")])
    sent = ctx.sentences[0]
    states = ctx.in_sentence(0)
    assert coordinated(sent, states, 2, -1) == ["BFA", "MLI"]  # nearest first
    assert coordinated(sent, states, 0, 1) == ["BFA", "NER"]  # not past "left, as did"
    assert coordinated(sent, states, 3, -1) == []


def test_an_attributive_participle_is_no_report_of_supply():
    from armsledger.extract.transfers import _triggers, lexicon

    def supplies(text):
        return [text[t.start : t.end] for t in _triggers(text, lexicon()) if t.direction == "supply"]

    assert supplies("Fiji, which faces tight budgets, has leaned heavily on donated equipment.") == []
    assert supplies("It relies on the supplied weapons of its allies.") == []
    assert supplies("Japan donated equipment to Fiji last year.") == ["donated"]
