"""Membership acts and agreements read from invented sentences."""

from armsledger.extract.agreements import extract_agreements
from armsledger.extract.memberships import extract_memberships
from tests.extract.lead_helpers import context, state


def org(surface, acronym):
    return (surface, "organization", acronym, "acronym", None)


def test_announced_withdrawal_with_date():
    ctx = context(
        "The president announced on May 2 that Kenya would withdraw from the EU.",
        [state("Kenya", "KEN"), org("EU", "EU")],
    )
    (m,) = extract_memberships(ctx)
    assert (m.state, m.organization, m.action, m.date) == ("KEN", "EU", "announce_withdrawal", "2024-05-02")


def test_coordinated_joins_with_relative_year():
    ctx = context(
        "Croatia joined NATO in 2009 and the EU four years later.",
        [state("Croatia", "HRV"), org("NATO", "NATO"), org("EU", "EU")],
    )
    got = sorted((m.organization, m.action, m.date) for m in extract_memberships(ctx))
    assert got == [("EU", "join", "2013"), ("NATO", "join", "2009")]


def test_denied_intention_to_leave_is_a_reaffirmation():
    ctx = context(
        "Armenia skipped the CSTO summit. Yerevan denied any intention to abandon the alliance.",
        [state("Armenia", "ARM"), state("Yerevan", "ARM", "capital"), org("CSTO", "CSTO")],
    )
    actions = sorted(m.action for m in extract_memberships(ctx))
    assert actions == ["boycott", "reaffirm"]


def test_withdrawing_a_candidacy_is_not_leaving():
    ctx = context(
        "The Croatian president said he was withdrawing his bid for NATO's leadership.",
        [state("Croatian", "HRV", "demonym"), org("NATO", "NATO")],
    )
    assert extract_memberships(ctx) == []


def test_strategic_partnership_signed():
    ctx = context(
        "The United States has now formalized a strategic partnership with Kenya.",
        [state("United States", "USA"), state("Kenya", "KEN")],
    )
    (a,) = extract_agreements(ctx)
    assert a.parties == ["KEN", "USA"]
    assert a.kind == "strategic_partnership"
    assert a.status == "signed"
    assert a.date == "2024-05-10"


def test_mediator_is_not_a_party_and_back_reference_finds_parties():
    ctx = context(
        "Kenya and Turkey are engaged in a dispute. The conflict was ended in 2020 by a peace deal brokered by France.",
        [state("Kenya", "KEN"), state("Turkey", "TUR"), state("France", "FRA")],
    )
    (a,) = extract_agreements(ctx)
    assert a.parties == ["KEN", "TUR"]
    assert a.kind == "peace"


def test_arms_deal_is_not_an_agreement():
    ctx = context(
        "Kenya signed an agreement to buy jets from France.",
        [state("Kenya", "KEN"), state("France", "FRA")],
    )
    assert extract_agreements(ctx) == []


def test_a_long_partnership_is_strategic_and_a_logistics_pact_is_defence_cooperation():
    ctx = context(
        "Kenya and Turkey signed a 50-year partnership agreement on Friday. "
        "Kenya and France began negotiations on an acquisition and cross-servicing agreement.",
        [state("Kenya", "KEN"), state("Turkey", "TUR"), state("Kenya", "KEN"), state("France", "FRA")],
    )
    got = {(tuple(a.parties), a.kind, a.status) for a in extract_agreements(ctx)}
    assert got == {(("KEN", "TUR"), "strategic_partnership", "signed"),
                   (("FRA", "KEN"), "defense_cooperation", "negotiating")}


def test_a_frozen_accession_is_a_suspension():
    ctx = context(
        "Kenya's accession to the EU was frozen last year.",
        [state("Kenya", "KEN"), org("EU", "EU")],
    )
    assert [(m.state, m.organization, m.action) for m in extract_memberships(ctx)] == [("KEN", "EU", "suspend")]
