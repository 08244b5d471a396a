"""Merging across documents: one record per deal, people across spellings,
membership acts by class and date, conflicts with units converted."""

import itertools

from armsledger.records import Entity, Extraction, Membership, Report, Transfer
from armsledger.resolve import DocInfo, merge_people, resolve_ledger


def rep(doc, start=0):
    return Report(document=doc, quote="q", start=start, end=start + 1)


def t(doc, system, status, **kw):
    return Transfer(id=f"{doc}-{system}", supplier="FRA", recipient="KEN", system=system, status=status,
                    reports=[rep(doc)], **kw)


DOCS = {"a": DocInfo("a", "2024-01-10"), "b": DocInfo("b", "2024-05-02"), "c": DocInfo("c", "2024-06-01")}


def test_same_deal_from_several_documents_is_one_record_with_the_furthest_status():
    exs = [Extraction("a", transfers=[t("a", "GM-200", "ordered", order_date="2024-01")]),
           Extraction("b", transfers=[t("b", "GM200", "delivered", delivery_date="2024-05")])]
    (m,) = resolve_ledger(DOCS, exs).transfers
    assert m.status == "delivered" and m.order_date == "2024-01" and m.delivery_date == "2024-05"
    assert [r.document for r in m.reports] == ["a", "b"]


def test_merge_is_deterministic_whatever_the_input_order():
    exs = [Extraction("a", transfers=[t("a", "Caesar", "talks")]),
           Extraction("b", transfers=[t("b", "CAESAR", "ordered")]),
           Extraction("c", memberships=[Membership("m", "KEN", "EU", "apply", "2024", [rep("c")])])]
    outs = {repr(resolve_ledger(DOCS, list(p)).records()) for p in itertools.permutations(exs)}
    assert len(outs) == 1


def test_people_spelled_differently_are_one_entity():
    people = [Entity("1", "person", "Sebastian Lecornu", ["Sebastian Lecornu"], "FRA", mentions=1),
              Entity("2", "person", "Sébastien Lecornu", ["Sébastien Lecornu", "Lecornu"], "FRA", mentions=2),
              Entity("3", "person", "Sebastien Lecornu", ["Sebastien Lecornu"], None, mentions=1),
              Entity("4", "person", "Lecornu", ["Lecornu"], None, mentions=1),
              Entity("5", "person", "Mahamat Idriss Deby", ["Mahamat Idriss Deby"], "TCD", mentions=1),
              Entity("6", "person", "Idriss Deby Itno", ["Idriss Deby Itno"], "TCD", mentions=1)]
    out = merge_people(people)
    lec = [p for p in out if "Lecornu" in p.name]
    assert len(lec) == 1 and lec[0].name == "Sébastien Lecornu" and lec[0].country == "FRA"
    assert {"Sebastian Lecornu", "Sebastien Lecornu", "Lecornu"} <= set(lec[0].aliases)
    assert len([p for p in out if "Deby" in p.name]) == 2


def test_transliterated_surnames_are_one_person_but_other_given_names_are_not():
    people = [Entity("1", "person", "Volodymyr Zelensky", ["Volodymyr Zelensky", "Zelensky"], "UKR", mentions=2),
              Entity("2", "person", "Volodymyr Zelenskyy", ["Volodymyr Zelenskyy"], "UKR", mentions=1),
              Entity("3", "person", "Volodymyr Zelenskiy", ["Volodymyr Zelenskiy"], None, mentions=1),
              Entity("4", "person", "Olena Zelenska", ["Olena Zelenska"], "UKR", mentions=1)]
    out = merge_people(people)
    (z,) = [p for p in out if p.name.startswith("Volodymyr")]
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelensky"} <= set(z.aliases)
    assert z.country == "UKR" and [p.name for p in out if p.name.startswith("Olena")] == ["Olena Zelenska"]


def test_memberships_merge_by_class_and_compatible_date():
    exs = [Extraction("a", memberships=[Membership("1", "ARM", "CSTO", "announce_withdrawal", "2024-06-12", [rep("a")])]),
           Extraction("b", memberships=[Membership("2", "ARM", "CSTO", "withdraw", "2024", [rep("b")]),
                                        Membership("3", "ARM", "CSTO", "boycott", "2023-11", [rep("b", 5)])])]
    ms = resolve_ledger(DOCS, exs).memberships
    assert sorted((m.action, m.date) for m in ms) == [("boycott", "2023-11"), ("withdraw", "2024-06-12")]


def test_range_conflict_across_sources_with_units_converted():
    a = t("a", "CAESAR", "delivered", attrs={"range_km": 55.0, "range_km_report": rep("a").to_dict()})
    b = t("b", "Caesar", "ordered", attrs={"range_km": 40.2, "range_km_report": rep("b").to_dict()})
    c = t("c", "CAESAR", "ordered", attrs={"range_km": 54.0, "range_km_report": rep("c").to_dict()})
    b.recipient = "UKR"
    (conflict,) = resolve_ledger(DOCS, [Extraction("a", transfers=[a]), Extraction("b", transfers=[b]),
                                        Extraction("c", transfers=[c])]).conflicts
    assert conflict.attribute == "range_km" and conflict.subject == "system:CAESAR"
    assert sorted((v.value, len(v.reports)) for v in conflict.values) == [(40.2, 1), (55.0, 2)]


def test_quantity_and_date_conflicts_of_one_deal_across_sources():
    a = t("a", "BrahMos", "ordered", quantity=3, order_date="2023-12")
    b = t("b", "Brahmos", "ordered", quantity=2, order_date="2023-12-28")
    c = t("c", "BRAHMOS", "ordered", quantity=2, order_date="2024-02")
    got = {x.attribute: sorted((v.value, len(v.reports)) for v in x.values)
           for x in resolve_ledger(DOCS, [Extraction(d, transfers=[r]) for d, r in zip("abc", (a, b, c), strict=True)]).conflicts}
    # the same month at two precisions is one date; different months are two
    assert got == {"quantity": [(2, 2), (3, 1)], "order_date": [("2023-12", 2), ("2024-02", 1)]}


def test_a_date_that_is_the_articles_own_day_is_not_a_disagreement():
    a = t("a", "Bastion", "delivered", delivery_date="2024-01-10")  # "recently unloaded": the article's day
    b = t("b", "Bastion", "delivered", delivery_date="2024-05-02")
    c = t("c", "Bastion", "delivered", quantity=5)
    assert resolve_ledger(DOCS, [Extraction(d, transfers=[r]) for d, r in zip("abc", (a, b, c), strict=True)]).conflicts == []
    d = t("a", "Akinci", "delivered", delivery_date="2022/2024")
    e = t("b", "Akinci", "delivered", delivery_date="2024")
    assert resolve_ledger(DOCS, [Extraction("a", transfers=[d]), Extraction("b", transfers=[e])]).conflicts == []


def test_a_conflicting_value_cites_the_sentence_that_gives_it():
    a = t("a", "Rafale", "ordered", quantity=12)
    a.reports = [Report(document="a", quote="Kenya buys Rafales", start=0, end=18),
                 Report(document="a", quote="Kenya agreed to buy twelve Rafale jets.", start=19, end=58)]
    b = t("b", "Rafale", "ordered", quantity=14)
    b.reports = [Report(document="b", quote="Kenya signs jet deal", start=0, end=20),
                 Report(document="b", quote="Kenya will buy 14 Rafales in 2025.", start=21, end=55)]
    (conflict,) = resolve_ledger(DOCS, [Extraction("a", transfers=[a]), Extraction("b", transfers=[b])]).conflicts
    assert sorted((v.value, v.reports[0].quote) for v in conflict.values) == [
        (12, "Kenya agreed to buy twelve Rafale jets."), (14, "Kenya will buy 14 Rafales in 2025.")]


def test_a_family_name_and_its_one_variant_from_two_documents_are_one_deal():
    exs = [Extraction("a", transfers=[t("a", "Giraffe", "ordered", quantity=4)]),
           Extraction("b", transfers=[t("b", "Giraffe-4A", "ordered", quantity=4)]),
           Extraction("c", transfers=[t("c", "K2", "ordered"), t("c", "K21", "ordered")])]
    got = sorted(m.system for m in resolve_ledger(DOCS, exs).transfers)
    assert got == ["Giraffe-4A", "K2", "K21"]  # (a number that runs on is another system)


def test_a_short_code_and_its_name_are_one_deal_but_not_a_short_code_and_its_variant():
    exs = [Extraction("a", transfers=[t("a", "P-8A", "ordered", quantity=4)]),
           Extraction("b", transfers=[t("b", "P-8A Poseidon", "ordered", quantity=3)]),
           Extraction("c", transfers=[t("c", "K9A", "ordered"), t("c", "K9AB", "ordered")])]
    ledger = resolve_ledger(DOCS, exs)
    assert sorted(m.system for m in ledger.transfers) == ["K9A", "K9AB", "P-8A Poseidon"]
    (conflict,) = ledger.conflicts
    assert sorted(v.value for v in conflict.values) == [3, 4]


def test_a_family_delivered_before_its_variant_was_ordered_stays_two_deals():
    exs = [Extraction("a", transfers=[t("a", "FA-50", "ordered", order_date="2025-06")]),
           Extraction("b", transfers=[t("b", "FA-50PH", "delivered", delivery_date="2015/2017")])]
    got = sorted((m.system, m.status) for m in resolve_ledger(DOCS, exs).transfers)
    assert got == [("FA-50", "ordered"), ("FA-50PH", "delivered")]


def test_a_partnership_and_a_defence_memorandum_of_one_visit_stay_two_agreements():
    from armsledger.records import Agreement

    def ag(doc, kind):
        return Agreement(id=f"{doc}-{kind}", parties=["GHA", "NOR"], kind=kind, status="signed", date="2025-03-02",
                         reports=[Report(document=doc, quote=kind, start=0, end=len(kind))])

    ledger = resolve_ledger(DOCS, [Extraction("a", agreements=[ag("a", "strategic_partnership"),
                                                                ag("a", "defense_cooperation")]),
                                   Extraction("b", agreements=[ag("b", "strategic_partnership")])])
    got = sorted((a.kind, sorted(r.document for r in a.reports)) for a in ledger.agreements)
    assert got == [("defense_cooperation", ["a"]), ("strategic_partnership", ["a", "b"])]
    assert len({a.id for a in ledger.agreements}) == 2
