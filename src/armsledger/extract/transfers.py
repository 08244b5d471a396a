"""Arms transfers from one document.

A transfer is read from a trigger (a verb or noun of selling, buying, ordering,
delivering; see data/transfers.yaml) and the weapons it governs: named systems
(mentions of type weapon_system) and generic phrases ("advanced military hardware",
"anti-tank missiles"). The trigger's direction says which actor is the supplier
and which the recipient; what the sentence leaves open is filled from the
weapon's own demonym ("French Bastion"), its maker ("from Bharat Forge"), the same
system elsewhere in the document, the knowledge base's country of origin, and
the state the article is about.

Within one document, candidates of the same deal are merged; generic candidates
are folded into a named deal of the same pair and category.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.extract.attribution import attribution, is_hypothetical
from armsledger.extract.context import (
    AUXILIARY,
    GENERIC_ORG_RE,
    GROUP_SUBJECT,
    ITS_BEFORE,
    Context,
    body_in,
    coordinated,
    departure_before,
    in_apposition,
    is_dateline,
    is_possessive,
    nearest_prep,
    past_polity,
    prep_before,
    state_actor,
)
from armsledger.extract.dates import (
    COORDINATED_CLAUSE,
    DEAL_YEAR,
    best_date,
    better_date,
    date_contains,
    date_key,
    ended_before,
    find_dates,
    relative_clause_at,
)
from armsledger.extract.numbers import (
    COUNT_IN_PHRASE,
    deal_size_after,
    parse_distance_km,
    quantity_before,
)
from armsledger.patterns import Pattern, PatternList
from armsledger.records import Mention, Report, Sentence, Transfer, max_status, stable_id


@dataclass(frozen=True)
class Trigger:
    start: int  # sentence-relative
    end: int
    direction: str
    status: str
    noun: bool = False
    weak: bool = False
    read: str = ""  # the lexicon's `read` hint: how the parties read beyond the direction


@dataclass
class Item:
    start: int  # sentence-relative
    end: int
    system: str | None
    category: str | None
    text: str
    mention: Mention | None = None


@dataclass
class Candidate:
    supplier: str | None
    recipient: str | None
    system: str | None
    category: str | None
    description: str | None
    quantity: int | None
    status: str
    order_date: str | None
    delivery_date: str | None
    sentence: int
    report: Report
    explicit_supplier: bool = True
    attrs: dict[str, Any] = field(default_factory=dict)
    definite: bool = False  # an unnamed weapon referred to as "the/these/its ..."
    surface: str = ""  # the weapon's words in the text ("Leopard 2A4" for the KB's "Leopard 2")


@dataclass(frozen=True)
class Lexicon:
    triggers: PatternList[tuple[str, str, bool, bool, str]]  # (direction, status, noun, weak, read)
    talks: Pattern
    cancel: Pattern
    delay: Pattern
    skip: Pattern
    generic: PatternList[str | None]
    deal_anaphora: Pattern
    deal_of: re.Pattern[str]  # the same noun naming its own weapon: "the purchase of the Patriot"
    range_cues: Pattern
    recency: Pattern
    comparison: re.Pattern[str]
    partial_delivery: tuple[re.Pattern[str], ...]
    partial_order: re.Pattern[str]
    accused_before: re.Pattern[str]
    asker_before: re.Pattern[str]
    exchange_for: re.Pattern[str]
    inventory_use: re.Pattern[str]
    cancel_before_item: re.Pattern[str]
    cancel_after_item: re.Pattern[str]
    completed_after_item: re.Pattern[str]
    delay_after_item: re.Pattern[str]
    for_another_item: re.Pattern[str]
    platform_before_item: re.Pattern[str]
    deal_undone: re.Pattern[str]
    denied_after: re.Pattern[str]
    denied_report_before: re.Pattern[str]
    deal_condition: re.Pattern[str]
    passed_over: re.Pattern[str]
    chosen_over: re.Pattern[str]
    ahead_of: re.Pattern[str]
    passed_list_gap: re.Pattern[str]
    refused_after: re.Pattern[str]
    transport_before: re.Pattern[str]
    programme_exit: re.Pattern[str]
    programme_after: re.Pattern[str]
    request_before: re.Pattern[str]
    list_lead: re.Pattern[str]
    many_recipients: re.Pattern[str]
    region_after: re.Pattern[str]
    non_state_subject: re.Pattern[str]
    firms_accused: re.Pattern[str]
    deployed_into: re.Pattern[str]
    threat_before: re.Pattern[str]
    not_party_before: re.Pattern[str]
    purpose_platform_before: re.Pattern[str]
    armament_before: re.Pattern[str]
    still_to_come: re.Pattern[str]
    second_hand_end: re.Pattern[str]
    attributive_before: re.Pattern[str]
    attributive_noun_after: re.Pattern[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/transfers.yaml").read_text("utf-8")
    )

    def alt(items: list[str]) -> Pattern:
        return Pattern(r"\b(?:" + "|".join(items) + r")\b", re.IGNORECASE)

    return Lexicon(
        triggers=PatternList(
            (Pattern(r"\b" + t["re"] + r"\b", re.IGNORECASE),
             (t["direction"], t["status"], bool(t.get("noun")), bool(t.get("weak")), str(t.get("read", ""))))
            for t in data["triggers"]
        ),
        talks=alt(data["talks_cues"]),
        cancel=alt(data["cancel_cues"]),
        delay=alt(data["delay_cues"]),
        skip=Pattern("|".join(data["skip_cues"]), re.IGNORECASE),
        generic=PatternList(
            (Pattern(r"\b(?:" + g["re"] + r")\b", re.IGNORECASE), g.get("category"))
            for g in data["generic_weapons"]
        ),
        deal_anaphora=Pattern(data["deal_anaphora"], re.IGNORECASE),
        deal_of=re.compile(data["deal_anaphora"] + r"\s+(?:of|for)\s+(?:the\s+|its\s+|\d+\s+|[\w-]+\s+){0,3}$",
                           re.IGNORECASE),
        range_cues=Pattern(data["range_cues"], re.IGNORECASE),
        recency=Pattern(data["recency_cues"], re.IGNORECASE),
        comparison=re.compile(data["comparison_cues"], re.IGNORECASE),
        partial_delivery=tuple(re.compile(p, re.IGNORECASE) for p in data["partial_delivery"]),
        partial_order=re.compile(data["partial_order"], re.IGNORECASE),
        accused_before=re.compile(data["accused_before"], re.IGNORECASE),
        asker_before=re.compile(data["request_of"] + "$", re.IGNORECASE),
        exchange_for=re.compile(data["exchange_for"], re.IGNORECASE),
        inventory_use=re.compile(data["inventory_use"], re.IGNORECASE),
        cancel_before_item=re.compile(data["cancel_before_item"], re.IGNORECASE),
        cancel_after_item=re.compile(data["cancel_after_item"], re.IGNORECASE),
        completed_after_item=re.compile(data["completed_after_item"], re.IGNORECASE),
        delay_after_item=re.compile(data["delay_after_item"], re.IGNORECASE),
        for_another_item=re.compile(data["for_another_item"], re.IGNORECASE),
        platform_before_item=re.compile(data["platform_before_item"], re.IGNORECASE),
        deal_undone=re.compile(data["deal_undone"], re.IGNORECASE),
        denied_after=re.compile(data["denied_after"], re.IGNORECASE),
        denied_report_before=re.compile(data["denied_report_before"], re.IGNORECASE),
        deal_condition=re.compile(data["deal_condition"], re.IGNORECASE),
        passed_over=re.compile(data["passed_over"], re.IGNORECASE),
        chosen_over=re.compile(data["chosen_over"], re.IGNORECASE),
        ahead_of=re.compile(data["ahead_of"], re.IGNORECASE),
        passed_list_gap=re.compile(data["passed_list_gap"], re.IGNORECASE),
        refused_after=re.compile(data["refused_after"], re.IGNORECASE),
        transport_before=re.compile(data["transport_before"], re.IGNORECASE),
        programme_exit=re.compile(data["programme_exit"], re.IGNORECASE),
        programme_after=re.compile(data["programme_after"], re.IGNORECASE),
        request_before=re.compile(data["request_of"] + r"to\s+(?:\w+\s+)?$", re.IGNORECASE),
        list_lead=re.compile(data["list_lead"], re.IGNORECASE),
        many_recipients=re.compile(data["many_recipients"], re.IGNORECASE),
        region_after=re.compile(data["region_after"], re.IGNORECASE),
        non_state_subject=re.compile(data["non_state_subject"], re.IGNORECASE),
        firms_accused=re.compile(data["firms_accused"], re.IGNORECASE),
        deployed_into=re.compile(data["deployed_into"], re.IGNORECASE),
        threat_before=re.compile(data["threat_before"], re.IGNORECASE),
        not_party_before=re.compile(data["not_party_before"], re.IGNORECASE),
        purpose_platform_before=re.compile(data["purpose_platform_before"], re.IGNORECASE),
        armament_before=re.compile(data["armament_before"], re.IGNORECASE),
        still_to_come=re.compile(data["still_to_come"], re.IGNORECASE),
        second_hand_end=re.compile(data["second_hand_end"], re.IGNORECASE),
        attributive_before=re.compile(data["attributive_before"], re.IGNORECASE),
        attributive_noun_after=re.compile(data["attributive_noun_after"]),
    )


_DEFINITE_RE = re.compile(r"\b(?:the|these|those|this|its|their|such)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# (the words between may be many, a passive's auxiliary among them: "a contract for 17 aircraft
# worth 3.1 billion euros signed on Friday", "The deal was finalised during a visit")
_DEAL_SIGNED_RE = re.compile(
    r"\b(?:deal|contract|agreement|order)s?\s+(?:[\w$€£.,/-]+\s+){0,9}?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?:signed|concluded|inked|placed|sealed|finali[sz]ed)\b"
    r"|\b(?:signing|signed|inking|inked)\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:deal|contract|agreement)\b",
    re.IGNORECASE)
_DELIVERY_VERB_RE = re.compile(r"deliver|receiv|arriv", re.IGNORECASE)
_DEFINITE_START = re.compile(r"\s*(?:The|This|That)\s+")
_SIGN_RE = Pattern(
    r"\b(?:sign(?:ed|s|ing)?|agreed|reached|conclud(?:ed|ing)|entered into|inked|finali[sz]ed)\b",
    re.IGNORECASE,
)
_DEAL_RE = Pattern(r"\b(?:deal|contract|agreement|accord|order)s?\b", re.IGNORECASE)
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)
_LIST_BREAK_RE = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b", re.IGNORECASE)
_SUCH_AS_RE = re.compile(r"^(?:\s+systems?)?\s*,?\s*(?:such as|including|like|namely|among them)\b", re.IGNORECASE)
_RANGE_OF_ANAPHOR = re.compile(r"\bthe\s+(?:missile|system|weapon|rocket|drone|gun|howitzer|radar)s?\b,?\s+which\s+has\s+a\s+range",
                               re.IGNORECASE)
_ANAPHOR_START_RE = re.compile(r"^\s*(?:These|This|The|It|They|Its|Their|Such)\b")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*")
_BUYER_TALKS_RE = re.compile(
    r"\s+(?:(?:its|the|all|further)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|discussions|negotiations)\s+(?:with|to\s+(?:buy|acquire|purchase)"
    r"|(?:on|over|about)\s+(?:(?:a|an|the|its)\s+)?(?:[\w$€£.,-]+\s+){0,3}?(?:deal|purchase|acquisition)\b)\b",
    re.IGNORECASE)
_CANCEL_TRIGGER_RE = Pattern(
    r"\b(?:suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|ban(?:s|ned)?|"
    r"scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|shelv(?:es|ed|ing)|rescind(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|annul(?:s|led|ling)?|"
    r"froze|freez(?:e|es|ing)|(?-i:block(?:s|ed|ing)?))\b",
    re.IGNORECASE,
)


def extract_transfers(ctx: Context) -> list[Transfer]:
    lex = lexicon()
    cands: list[Candidate] = []
    last_deal: tuple[set[str], str | None] | None = None
    last_recipient: str | None = None
    last_supplier: str | None = None
    last_system: tuple[int, str] | None = None  # (sentence index, system key)
    ranges: list[tuple[str, float, int, Report]] = []
    lead: tuple[str | None, str] | None = None  # (recipient, status) of a list of suppliers being read
    prev: int | None = None
    last_cands: list[Candidate] = []  # the sentence before's
    for i, sent in ctx.body():
        ms = ctx.in_sentence(i)
        triggers = _triggers(sent.text, lex)
        # with no trigger and no named system nothing in the sentence can be a transfer
        has_system = any(m.type == "weapon_system" for m in ms)
        items = _items(ctx, sent, ms, triggers) if triggers or has_system else []
        roles = sorted((t for t in triggers if t.read in ("supplier_role", "trade_noun")), key=lambda t: t.start)
        for role in roles:
            # (up to the next verb: "Egypt's main arms supplier, providing $1.3 billion in military
            # aid": the aid is the next verb's)
            upto = min([*(t.start for t in triggers if t.start >= role.end), len(sent.text)])
            if not any(role.end <= x.start < upto for x in items):
                # "Russia is India's largest arms supplier", "arms sales to Taiwan": the trade
                # itself, no weapon named
                items = [*items, Item(role.end, role.end, None, None, "arms")]
        if triggers and not items and last_system and last_system[0] == i - 1:
            # "Sweden is also considering the type": the system the sentence before named
            ref = _TYPE_ANAPHOR.search(sent.text)
            if ref is not None:
                w = ctx.kb.find_system(last_system[1])
                items = [Item(ref.start(), ref.end(), last_system[1], w.category if w else None, ref.group(0))]
        new = _read_sentence(ctx, i, sent, ms, items, triggers, last_deal, last_recipient, last_supplier,
                             prev)
        if lead is not None and (entry := _LIST_ENTRY.match(sent.text)) is not None:
            # (the entry's own reading: a verb inside it has no subject of its own)
            new = _list_entry(ctx, i, sent, ms, items, entry, lead) or new
        elif sent.text.rstrip().endswith(":") and (cue := lex.list_lead.search(sent.text)) is not None:
            # "The main suppliers were:" and a list of "- Russia: Su-30 jets, ..." follows
            # the list is about the state the lead names, else the one the sentence before is about
            own = next((a for m in ms if (a := state_actor(m)) and m.form not in ("made", "led")), None)
            before = next((a for m in ctx.in_sentence(prev) if (a := state_actor(m)) and m.form not in ("made", "led")
                           and m.type == "state"), None) if prev is not None else None
            lead = (own or before or last_recipient or ctx.focus,
                    "ordered" if _FUTURE_LEAD.search(sent.text) else "delivered")
            if cue.group("buyers"):
                lead = None  # a list of buyers is read by no rule yet: better nothing than guesses
        else:
            lead = None
        prev = i
        if "export" in sent.text:
            new += _main_recipients(ctx, i, sent, ms)
        if not new and last_cands and (the := _DEFINITE_START.match(sent.text)) is not None \
                and (then := _DEAL_SIGNED_RE.match(sent.text, the.end())) is not None:
            # "Egypt has agreed to buy J-10C jets. The deal was finalised during a visit in
            # August": the order the sentence before reported is dated by its signing
            signed = best_date(sent.text, then.start(), then.end(), ctx.published)
            if signed and not _after_publication(signed, ctx.published):
                for c in last_cands:
                    if c.status == "ordered" and c.order_date in (None, ctx.published):
                        c.order_date = signed
        if not any(c.system for c in new) and (again := _SIGNED_THE_DEAL.search(sent.text)) is not None:
            new += _deal_told_again(ctx, i, sent, ms, items, again, cands)
        last_cands = [c for c in new if c.sentence == i]
        # a deal signed in this sentence is what "the deal" refers to later
        if _SIGN_RE.search(sent.text) and _DEAL_RE.search(sent.text):
            parties = {a for m in ms if (a := state_actor(m))}
            signed_on = best_date(sent.text, 0, len(sent.text), ctx.published)
            if signed_on is None and last_deal is not None and parties and parties <= last_deal[0]:
                signed_on = last_deal[1]  # "... signed the deal in Nairobi": the signing already dated
            last_deal = (parties, signed_on)
        for c in new:
            if c.recipient:
                last_recipient = c.recipient
            if c.supplier and c.explicit_supplier:
                last_supplier = c.supplier
        cands.extend(new)
        # a system's range, for comparing sources
        sys_here = [it for it in items if it.system]
        if sys_here:
            last_system = (i, sys_here[-1].system or "")
        if lex.range_cues.search(sent.text):
            dists = parse_distance_km(sent.text)
            if dists:
                target = sys_here[0].system if sys_here else None
                if target is None and last_system and last_system[0] == i - 1:
                    # "It has a range of ...", "..., which has a range of 450 km": the
                    # system of the sentence before, named again by a pronoun or "the missile"
                    if _ANAPHOR_START_RE.match(sent.text) or _RANGE_OF_ANAPHOR.search(sent.text):
                        target = last_system[1]
                if target:
                    km = dists[0][2]
                    ranges.append((target, km, i, ctx.report(i, None, "asserted")))
    pub_year = int(ctx.published[:4]) if ctx.published else None
    for n, c in enumerate(cands):
        if c.status == "ordered" and c.order_date and pub_year and int(c.order_date[:4]) <= pub_year - 5 \
                and _PAST_PURCHASE.search(c.report.quote) and not lexicon().still_to_come.search(c.report.quote):
            # "submarines bought second-hand from Britain in 1998": a purchase that long ago is in hand
            cands[n] = replace(c, status="delivered")
    merged = _merge_in_document(ctx, cands)
    for t in merged:
        for key, km, _i, rep in ranges:
            if t.system and ctx.kb.system_key(t.system) == ctx.kb.system_key(key):
                t.attrs.setdefault("range_km", km)
                t.attrs.setdefault("range_km_report", rep.to_dict())
    return merged


_SUBCLAUSE = re.compile(r"\b(?:after|before|when|because|although|though|whereas|until|unless)\s+(?!\d)", re.IGNORECASE)
# "ordered 40 CV90 vehicles for Ukraine" (not "turns to Turkey for drones as Russia's grip loosens")
# a setting after the deal, no party to it ("... was abandoned in 2021 under the threat of US sanctions")
_CLAUSE_BEFORE = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+", re.IGNORECASE)
_SETTING_AFTER = re.compile(r"\b(?:under\s+(?:the\s+)?(?:threat|pressure)\s+of|amid|despite|because\s+of|due\s+to|"
                            r"in\s+the\s+face\s+of|for\s+fear\s+of)\s", re.IGNORECASE)
_FOR_AFTER_ITEM = re.compile(r"(?:\s+(?!(?:as|while|and|but|because|after|when)\b)[\w-]+){0,3}?\s+for\s+(?:the\s+)?",
                             re.IGNORECASE)
_MISSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:mission|operation|deployment|peacekeeping)\b",
                            re.IGNORECASE)
_FOLLOWED_BY = re.compile(r",?\s+followed\s+by\s+", re.IGNORECASE)
# (not "in return for": "received tanks from Germany in return for sending its T-72s to
# Ukraine" - the subject gives what it gets something for)
_GERUND_OF = re.compile(r"(?<!\bin return )(?<!\bin exchange )(?<!\bas a reward )(?<!\bas compensation )\b(?:for|of|over)\s+$",
                        re.IGNORECASE)  # (nor "received tanks from Germany as a reward for supplying ...")
_CLAUSE_BREAK = re.compile(r"[;.]|,\s*(?:and|but|while|which|who)\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"(?:was|were|has|have|had|is|are)\b", re.IGNORECASE)
# the rest of a weapon's phrase up to a participle after it ("Gripen jets delivered", "FK-3
# air defence systems, delivered")
_WORDS_TO_PARTICIPLE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?,?\s*")
_PARTICIPLE_AFTER = re.compile(_WORDS_TO_PARTICIPLE.pattern
                               + r"(?:bought|ordered|purchased|acquired|procured|sold|supplied|obtained)", re.IGNORECASE)
_TYPE_ANAPHOR = re.compile(r"\bthe\s+(?:same\s+)?(?:aircraft\s+|jet\s+|vessel\s+)?(?:type|model)\b(?!\s+(?:of|to)\b)"
                           # "Egypt ordered seven batteries of the system in 2023"
                           r"|\b(?:batteries|units|launchers|systems|fire\s+units)\s+of\s+the\s+system\b"
                           # "The first six were delivered in July": a count of what was just named
                           r"|^\s*(?:The|All)\s+(?:first|last|remaining|initial|final)\s+(?:\w+\s+)?"
                           r"(?=(?:were|was|have\s+been|has\s+been|had\s+been|arrived|are\s+(?:due|expected)|will\s+be)\b)")
_FUTURE_LEAD = re.compile(r"\b(?:will|would|to\s+be|planned|plans?|expected)\b", re.IGNORECASE)
# "- Russia: Su-30SME fighter jets, Mi-35 helicopters ...", "1. China: $267 million in weapons"
_LIST_ENTRY = re.compile(r"\s*(?:[-•*–·]|\d{1,2}[.)])\s*(?P<name>[^:]{2,40}):\s")


def _list_entry(ctx: Context, i: int, sent: Sentence, ms: list[Mention], items: list[Item],
                entry: re.Match[str], lead: tuple[str | None, str]) -> list[Candidate]:
    """One entry of a list of suppliers: the state it names supplied what follows the colon
    to the state the list is about."""
    recipient, status = lead
    seller = next((m for m in ms if m.end - sent.start <= entry.end("name")), None)
    supplier = state_actor(seller) if seller is not None and seller.form not in ("led", "made") else None
    if supplier is None or recipient is None or supplier == recipient:
        return []
    attributed_to, modality = attribution(sent.text)
    out = []
    for it in items:
        if it.start < entry.end():
            continue
        date = best_date(sent.text, it.start, it.end, ctx.published)
        out.append(Candidate(
            supplier=supplier, recipient=recipient, system=it.system, category=it.category,
            description=_description(sent.text, it), quantity=quantity_before(sent.text, it.start),
            status=status, order_date=date if status != "delivered" else None,
            delivery_date=date if status == "delivered" else None, sentence=i,
            report=ctx.report(i, attributed_to, modality)))
    return out


_MAIN_RECIPIENTS = re.compile(
    r"\b(?:arms|weapons|defen[cs]e)\s+exports?\b[^.;]{0,80}?\bwith\s+(?P<first>[^,.;]{2,40}?)\s+(?:as\s+)?"
    r"(?:the|its|their)\s+(?:main|largest|biggest|top|leading|principal)\s+(?:recipient|buyer|customer|importer|market|client)s?"
    r"(?:,?\s+followed\s+by\s+(?P<rest>[^.;]{3,80}))?", re.IGNORECASE)


def _main_recipients(ctx: Context, i: int, sent: Sentence, ms: list[Mention]) -> list[Candidate]:
    """'French arms exports rose 47 percent, with India the main recipient, followed by
    Qatar and Egypt' (the genre's reports of SIPRI figures): the exporter delivered
    weapons to each state named as a recipient."""
    mt = _MAIN_RECIPIENTS.search(sent.text)
    if mt is None:
        return []
    rel = [(m, m.start - sent.start) for m in ms if m.type == "state" and m.key]
    exporter = next((m.key for m, r in reversed(rel) if r < mt.start() + 1 and (m.form in ("demonym", "made")
                                                                                  or is_possessive(sent, m))), None)
    spans = [mt.span("first")] + ([mt.span("rest")] if mt.group("rest") else [])
    recipients = [m.key for m, r in rel if any(a <= r < b for a, b in spans) and m.key != exporter]
    if exporter is None or not recipients:
        return []
    attributed_to, modality = attribution(sent.text)
    date = best_date(sent.text, mt.start(), mt.end(), ctx.published)
    return [Candidate(supplier=exporter, recipient=r, system=None, category=None, description="arms",
                      quantity=None, status="delivered", order_date=None, delivery_date=date, sentence=i,
                      report=ctx.report(i, attributed_to, modality), explicit_supplier=True)
            for r in dict.fromkeys(x for x in recipients if x)]


# "Morocco signed the $4.25 billion deal in 2020, which also covers Hellfire missiles"
_SIGNED_THE_DEAL = Pattern(  # (a Pattern: most sentences hold none of its words, and it is asked of each)
    r"\b(?:signed|inked|concluded|sealed|finali[sz]ed)\s+the\s+(?:[\w$€£.,-]+\s+){0,4}?(?:deal|contract)\b"
    r"(?:[^,;]*?,\s*(?:which\s+(?:also\s+)?(?:covers|covered|includes|included)|(?:also\s+)?(?:covering|including))\s+"
    r"(?P<also>[^;]*))?",
    re.IGNORECASE)


def _deal_told_again(ctx: Context, i: int, sent: Sentence, ms: list[Mention], items: list[Item],
                     again: re.Match[str], cands: list[Candidate]) -> list[Candidate]:
    """A sentence that tells of the signing of "the deal" a named weapon's record came from
    dates that order, and the weapons it says the deal also covers are bought in it."""
    named = {a for m in ms if (a := state_actor(m))}
    deal = next((c for c in reversed(cands) if c.system and c.status in ("ordered", "delivered")
                 and c.supplier and c.recipient and named <= {c.supplier, c.recipient}), None)
    if deal is None:
        return []
    signed = best_date(sent.text, again.start(), again.end("also") if again.group("also") else again.end(), ctx.published)
    if signed is None or _after_publication(signed, ctx.published):
        return []
    for c in cands:
        if c.sentence == deal.sentence and (c.supplier, c.recipient) == (deal.supplier, deal.recipient) \
                and c.order_date in (None, ctx.published) and c.delivery_date != signed:
            c.order_date = signed
    attributed_to, modality = attribution(sent.text)
    # (the sentence is a report of that deal too)
    told = [replace(deal, status="ordered", quantity=None, order_date=signed, delivery_date=None, sentence=i,
                    report=ctx.report(i, attributed_to, modality), attrs={})]
    if not again.group("also"):
        return told
    return told + [Candidate(supplier=deal.supplier, recipient=deal.recipient, system=it.system, surface=it.text,
                      category=it.category, description=_description(sent.text, it), quantity=None,
                      status="ordered", order_date=signed, delivery_date=None, sentence=i,
                      report=ctx.report(i, attributed_to, modality))
            for it in items if it.system and it.start >= again.start("also")]


def _own_phrase(text: str, it: Item, verb: int) -> str:
    """The text a verb after a weapon may take its date from: a participle right after the
    weapon's phrase ends at the next comma."""
    if verb >= it.end and _HEAD_GAP_RE.fullmatch(text, it.end, verb) and (comma := text.find(",", verb)) > 0 \
            and not _DEAL_GOES_ON.match(text, comma + 1):
        return text[:comma]
    return text


# (the phrase goes on about the order: "ordered under the first contract, signed in August 2022")
_DEAL_GOES_ON = re.compile(r"\s*(?:signed|concluded|inked|sealed|agreed|placed|finali[sz]ed|worth|valued|which|that)\b",
                           re.IGNORECASE)


def _triggers(text: str, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for rx, (direction, status, noun, weak, read) in lex.triggers.candidates(text):
        for mt in rx.rx.finditer(text):
            if mt.start() and text[mt.start() - 1] in "-\u2010\u2011":
                continue  # "Western-supplied systems": an adjective, not a report of supply
            if direction == "supply" and not noun and lex.attributive_before.search(text, max(0, mt.start() - 12), mt.start()) \
                    and lex.attributive_noun_after.match(text, mt.end()):
                continue  # "has leaned heavily on donated equipment": an adjective; the subject received
            found.append(Trigger(mt.start(), mt.end(), direction, status, noun, weak, read))
    for mt in _CANCEL_TRIGGER_RE.finditer(text):
        # "suspends F-35 talks with the US", "will suspend discussions to acquire": the
        # buyer stops its side; else the seller stops its sales ("suspended arms sales to")
        # (one scraps, abandons or shelves a purchase: "Thailand scraps Chinese submarine deal")
        side = "acquire" if _BUYER_TALKS_RE.match(text, mt.end()) or _BUYER_STOP.match(mt.group(0)) else "supply"
        found.append(Trigger(mt.start(), mt.end(), side, "cancelled", noun=True))
    # overlapping triggers: a verb beats the deal noun around it ("a deal ... to sell"),
    # else the longest wins
    # (a maker's order received is read whole: not "received" alone)
    found.sort(key=lambda t: (t.direction == "deal" and t.read != "maker_order", t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in found:
        if any(t.start < k.end and k.start < t.end for k in kept):
            continue
        kept.append(t)
    kept.sort(key=lambda t: t.start)
    return kept


def _system_just_named(ctx: Context, sent: Sentence, ms: list[Mention], pos: int,
                       categories: tuple[str, ...] | None = None) -> Mention | None:
    """The last weapon system named before `pos` (a sentence offset) in this sentence or
    the two before, when of one of `categories` (any category by default)."""
    here = ms[0].sentence if ms else next((i for i, x in enumerate(ctx.sentences) if x is sent), -10)
    last = next((w for w in reversed(ctx.mentions) if w.type == "weapon_system" and w.end <= sent.start + pos
                 and w.category and (categories is None or w.category in categories)), None)
    return last if last is not None and last.sentence >= here - 2 else None


def _items(ctx: Context, sent: Sentence, ms: list[Mention], triggers: Sequence[Trigger] = ()) -> list[Item]:
    """Weapons named in the sentence: systems, and generic phrases or head nouns
    that are not the head of a named system."""
    items: list[Item] = []
    lex = lexicon()
    taken: list[tuple[int, int]] = []
    excluded: list[int] = []  # the ends of the phrases named only for comparison
    for m in ms:
        if m.type == "weapon_system" and m.key:
            s, e = m.start - sent.start, m.end - sent.start
            if m.form == "shape" and not re.search(r"\d", m.text) and not _head_follows(ctx, sent.text, m.text, e):
                continue  # a name the shape rule took for a system, with no weapon noun after it
            if _PLACE_BEFORE.search(sent.text, max(0, s - 30), s):
                continue  # "the Iranian port of Bandar Abbas": a place that a ship is also named after
            if _SERVICE_AFTER.match(sent.text, e):
                taken.append((s, _own_np_end(sent.text, e)))
                continue  # "has given Ukraine Gripen jet training": a service for the system
            if items and items[-1].mention is not None and (
                    re.fullmatch(r"\s", sent.text[items[-1].end : s])
                    or (m.form == "ship" and items[-1].mention.form != "ship"
                        and _CLASS_THEN_SHIP.fullmatch(sent.text, items[-1].end, s))):
                # "T-129 ATAK": a second name of the system just named ("the Ulsan-class frigate
                # ex-ROKS Cheongju": the ship of the class named)
                items[-1].end, items[-1].text = e, sent.text[items[-1].start : e]
                taken[-1] = (items[-1].start, _own_np_end(sent.text, e))
                continue
            if lex.purpose_platform_before.search(sent.text, max(0, s - 60), s) and any(
                    x.end <= s and s - x.end <= 120 for x in items):
                taken.append((s, _own_np_end(sent.text, e)))
                continue  # "40 SM-6 interceptors for the navy's new Aegis destroyers": what they arm
            compared = (lex.comparison.search(sent.text, max(0, s - 70), s) is not None
                        or bool(excluded and _AND_NEXT.fullmatch(sent.text, excluded[-1], s))) \
                and not _OWN_TRADE_CLAUSE.match(sent.text, _np_end(sent.text, e)) \
                and not (_BASED_ON_BEFORE.search(sent.text, max(0, s - 40), s) and _DESIGN_AFTER.match(sent.text, e))
            if compared or lex.for_another_item.search(sent.text, max(0, s - 50), s) \
                    or lex.platform_before_item.search(sent.text, max(0, s - 80), s):
                taken.append((s, _own_np_end(sent.text, e)))
                if compared:
                    excluded.append(e)
                # "the F-21, a variant of the F-16", "ammunition for HIMARS", "replace its fleet of
                # Russian MiG-29s and Chinese F-7s": not traded
                continue
            items.append(Item(s, e, m.key, _head_category(ctx, sent.text, e, m.category), m.text, m))
            taken.append((s, _own_np_end(sent.text, e)))
    text = sent.text

    named_starts = [x.start for x in items if x.system]

    def free(s: int, e: int) -> bool:
        # (nor a description right before a name: "its surface-to-air missile system Cheongung II")
        return not any(a <= s < b or a < e <= b or (s <= a and b <= e) for a, b in taken) \
            and not any(_BEFORE_NAME.fullmatch(text, e, n) for n in named_starts if n >= e)

    for rx, cat in lex.generic.candidates(text):
        for mt in rx.rx.finditer(text):
            if _NOT_A_WEAPON_RE.match(text, mt.end()) or _apposition(text, mt.start(), items) \
                    or lex.comparison.search(text, max(0, mt.start() - 70), mt.start()):
                continue  # (nor what replaces one: "on condition that allies replace it with a similar system")
            if free(mt.start(), mt.end()) and not _followed_by_list(text, mt.end(), items):
                items.append(Item(mt.start(), mt.end(), None, cat, mt.group(0)))
                taken.append((mt.start(), mt.end()))
    # head nouns from the knowledge base ("anti-tank missiles", "two satellites")
    for mt in _WORD_RE.finditer(text):
        word = mt.group(0)
        if word.lower() in ("batteries", "battery") and quantity_before(text, mt.start()) is not None \
                and free(mt.start(), mt.end()) \
                and (last := _system_just_named(ctx, sent, ms, mt.start(), ("air_defence", "missiles", "artillery"))):
            # "to supply 10 batteries to Saudi Arabia" after the air defence system just named
            items.append(Item(mt.start(), mt.end(), last.key, last.category, word))
            taken.append((mt.start(), mt.end()))
            continue
        if word.lower() in ("system", "systems"):
            # alone it names no weapon ("the political system"); "the system" after a named
            # one is that one ("... two years after the UAE bought the system for $3.5 billion")
            if _THE_SYSTEM_BEFORE.search(text, max(0, mt.start() - 6), mt.start()) and free(mt.start(), mt.end()) \
                    and (last := _system_just_named(ctx, sent, ms, mt.start())):
                items.append(Item(mt.start(), mt.end(), last.key, last.category, word))
                taken.append((mt.start(), mt.end()))
            continue
        cat = ctx.kb.category_of_head(word)
        if cat is None or not free(mt.start(), mt.end()):
            continue
        before = _WORD_BEFORE.search(text, max(0, mt.start() - 20), mt.start())
        if before is not None:
            # "armoured personnel carriers": a two-word head decides ("carriers" alone are ships)
            cat = ctx.kb.category_of_head(f"{before.group(1)} {word}") or cat
        if word[:1].isupper() and mt.start() > 0 and not _COUNTED_NAME_BEFORE.search(text, max(0, mt.start() - 60), mt.start()):
            # a capitalised word mid-sentence is a name, not a head noun (unless counted: "three
            # Littoral Mission Ships", a programme's name for the weapons)
            continue
        if _followed_by_list(text, mt.end(), items) or _NOT_A_WEAPON_RE.match(text, mt.end()):
            continue
        if _apposition(text, _np_start(text, mt.start()), items):
            continue
        nxt = next((x for x in items if x.system is None and x.start >= mt.end()
                    and re.fullmatch(r"[\s-]*", text[mt.end() : x.start])), None)
        if nxt is not None:
            # "artillery shells": the word before belongs to the phrase it precedes
            nxt.start, nxt.text = mt.start(), text[mt.start() : nxt.end]
            continue
        prev = next((x for x in items if x.system is None and x.end <= mt.start()
                     and re.fullmatch(r"[\s-]*", text[x.end : mt.start()])), None)
        if prev is not None:
            # "drone interceptors": one phrase, the last head names it
            prev.end, prev.category, prev.text = mt.end(), cat, text[prev.start : mt.end()]
            taken[-1] = (prev.start, mt.end())
            continue
        start = _np_start(text, mt.start())
        if any(x.system and start <= x.start < mt.start() for x in items):
            continue  # "Rafale Marine jets": the head of a named system's phrase
        if lex.platform_before_item.search(text, max(0, mt.start() - 80), mt.start()):
            continue  # "mounting them on its frigates": the platform, not what is traded
        if _ERA_BEFORE.search(text, max(0, mt.start() - 30), mt.start()):
            continue  # "has long relied on Soviet-era artillery": old stock, no deal
        if lex.threat_before.search(text, max(0, mt.start() - 50), mt.start()):
            continue  # "Gulf monarchies anxious about missiles and drones": a threat, not a purchase
        if lex.armament_before.search(text, max(0, start - 50), start):
            continue  # "36 light tanks armed with a 105 mm gun": part of the weapon before
        if lex.purpose_platform_before.search(text, max(0, start - 60), start) and any(
                x.end <= start and start - x.end <= 60 for x in items):
            continue  # "to buy Naval Strike Missiles for its coastal batteries and frigates": what they arm
        if lex.comparison.search(text, max(0, start - 70), start):
            continue  # "the joint development of a fighter jet", "to replace its fighters": not traded
        verb_end = max((t.end for t in triggers if start < t.end <= mt.start()), default=None)
        if verb_end is not None:
            # "France provided howitzers": the verb ends the phrase's modifiers
            start = mt.start() - len(text[verb_end : mt.start()].lstrip())
        items.append(Item(start, mt.end(), None, cat, text[start : mt.end()]))
        taken.append((start, mt.end()))
    items.sort(key=lambda it: it.start)
    return items


# "covers boats based on the KSS-III design": the design the deal's boats are built to names them
_BASED_ON_BEFORE = re.compile(r"\bbased\s+on\s+(?:the\s+|a\s+|its\s+|(?-i:[A-Z])[\w-]*['’]s\s+)?$", re.IGNORECASE)
_DESIGN_AFTER = re.compile(r"(?:-\w+)?\s+(?:design|platform|hull|model)\b", re.IGNORECASE)
_IN_RELATIVE_DELIVERED = re.compile(r",\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+)?\w+$",
                                    re.IGNORECASE)
_SERVICE_SUBJECT_BEFORE = re.compile(r"\b(?:and|but|while)\s+the\s+(?:navy|army|air\s+force|military|government|"
                                     r"ministry|armed\s+forces)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s*,\s*where\b")
# a state of the past as a kind of country ("a former Soviet republic"), not a former owner
# ("12 former Spanish Air Force EF-18 Hornets")
_SUMMED_BEFORE_COLON = re.compile(r"(?:\s+[a-z]+){0,2}\s*:\s")
_BOUGHT_BY_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:ordered|bought|purchased|acquired|procured)\s+by\s+(?:the\s+)?")
_PAST_PURCHASE = re.compile(r"\b(?:bought|purchased|acquired)\b", re.IGNORECASE)
_CLASS_THEN_SHIP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:ex-|former\s+)?|\s*,\s*(?:the\s+)?(?:ex-|former\s+)?")
_ERA_BEFORE = re.compile(r"\b[\w-]+-era\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
def _speaker_state(sent: Sentence, actors: list[Mention]) -> str | None:
    """The state that opens the sentence as the one speaking ("Taiwan, meanwhile, said on
    Monday that ..."): a pronoun or an unnamed owner of what it reports is that state."""
    return next((state_actor(m) for m in actors[:1] if m.type == "state" and m.form in ("name", "capital")
                 and _SPEAKER_START.fullmatch(sent.text, 0, m.start - sent.start)
                 and _SPEECH_NEXT.match(sent.text, m.end - sent.start)), None)


_IN_SETTING = re.compile(r"\W*In\s+(?:the\s+)?")
_COMMA_GAP = re.compile(r"\s*,\s*")
_SPEAKER_START = re.compile(r"\W*(?:the\s+)?")
_SPEECH_NEXT = re.compile(r"(?:\s*,\s*(?:[\w-]+\s+){0,2}?[\w-]+\s*,)?\s+(?:\w+ly\s+)?(?:said|says|announced|confirmed|reported)\b",
                          re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|reported|confirmed|told\s+\w+)\s+(?:in\s+(?:a|its|an)\s+(?:[\w-]+\s+)?"
                         r"(?:statement|interview|briefing|release)\s+)?(?:on\s+|in\s+|last\s+|this\s+)?$",
                         re.IGNORECASE)
_AND_NEXT = re.compile(r"\s*(?:,\s*|\s+)(?:and|or)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}")


# "arms supplier", "arms purchase", "weapons industry", "satellite images", "drone strikes":
# the words name a trade, a use or a picture, not weapons
_NOT_A_WEAPON_RE = re.compile(
    r"\s+(?:suppliers?|exporters?|importers?|industry|industries|trade|race|control|dealers?|makers?|"
    r"manufacturers?|companies|company|firms?|purchases?|programmes?|programs?|market|markets|embargo|"
    r"inspectors?|experts?|images|imagery|photos|pictures|footage|data|pilots|crews|tests?|strikes|attacks|communications?|"
    r"production|manufacturing|factory|factories|plants?|training|maintenance)\b",
    re.IGNORECASE)
# a named system's service, not the system: "Gripen jet training", "F-16 maintenance" (not
# "Hawk training aircraft": a trainer)
_SERVICE_AFTER = re.compile(
    r"(?:\s+(?!and\b|or\b)[a-z][\w-]*){0,2}?\s+(?:training|simulators?|maintenance|servicing|production)\b"
    r"(?!\s+(?:aircraft|jets?|planes?|ships?|vessels?|helicopters?|version|variant))", re.IGNORECASE)


def _apposition(text: str, start: int, items: list[Item]) -> bool:
    """", a self-propelled artillery system capable of ...": a description of the named
    system just before it, not another weapon."""
    left = text[max(0, start - 12) : start]
    if not re.search(r",\s*(?:a|an)\s+$", left):
        return False
    return any(it.system and 0 <= start - it.end < 45 for it in items)


def _head_follows(ctx: Context, text: str, name: str, pos: int) -> bool:
    """A weapon head noun inside the mention or within its noun phrase."""
    words = re.findall(r"[A-Za-z][\w-]*", name + " " + text[pos : _np_end(text, pos)])
    return any(ctx.kb.category_of_head(w) for w in words) or any(
        ctx.kb.category_of_head(" ".join(words[k : k + 2])) for k in range(len(words) - 1))


_NP_WORDS = re.compile(r"(?:[\s-]+(?:[a-z][\w-]*|\d[\w-]*))*")
_HYPHENED_PAIR = re.compile(r",(?=\s+[a-z]+-[a-z]+\s)")
_HYPHENED_LAST = re.compile(r"\b[a-z]+-[a-z]+$")


def _np_end(text: str, pos: int) -> int:
    """End of the noun phrase a system name heads ('Caesar self-propelled howitzers')."""
    m = _NP_WORDS.match(text, pos)
    end = m.end() if m else pos
    while (more := _HYPHENED_PAIR.match(text, end)) is not None and _HYPHENED_LAST.search(text, pos, end):
        # two hyphened modifiers apart by a comma: "Anka medium-altitude, long-endurance drones"
        end = nxt.end() if (nxt := _NP_WORDS.match(text, more.end())) is not None else more.end()
    # stop before a verb-like word: keep at most six words
    words = text[pos:end].split()
    if len(words) > 6:
        return pos + len(" ".join(text[pos:end].split()[:6])) + 1
    return end


def _own_np_end(text: str, pos: int) -> int:
    """The end of a system's own phrase, not past a coordination ("Bayraktar TB2 drones
    and a training frigate": the frigate is a weapon of its own)."""
    end = _np_end(text, pos)
    cut = _COORD_IN_NP.search(text, pos, end)
    return cut.start() if cut else end


_COORD_IN_NP = re.compile(r"\s+(?:and|or)\s+(?:a|an|the|\d+|two|three|four|five|six|several)\b|,(?!\s+[a-z]+-[a-z]+\s)")


def _np_start(text: str, pos: int) -> int:
    """Start of the modifiers before a head noun ('mounted 155 mm 39-caliber artillery')."""
    left = text[:pos]
    # ("5,000 air defence missiles"; not the "s" of a possessive: "Denmark's own aircraft")
    m = re.search(r"(?:(?<![’'])\b(?:\d{1,3}(?:,\d{3})+|[\w.-]+)\s+){0,4}$", left)
    if not m:
        return pos
    words = left[m.start() :].split()
    stop = {"the", "a", "an", "of", "and", "or", "to", "for", "from", "with", "its", "their", "his",
            "her", "as", "in", "on", "by", "that", "which", "has", "have", "had", "will", "would",
            "is", "are", "was", "were", "this", "these", "those", "such", "our", "us", "them", "it", "your",
            "my", "we", "they"}
    keep: list[str] = []
    for w in reversed(words):
        if w.lower() in stop or w.endswith(","):
            break
        keep.append(w)
    if not keep:
        return pos
    return pos - len(" ".join(reversed(keep))) - 1


def _followed_by_list(text: str, pos: int, items: list[Item]) -> bool:
    """'air defense systems, including Ground Master 200 radars': the generic phrase
    introduces the named systems and is not a weapon of its own."""
    return bool(_SUCH_AS_RE.match(text[pos:]))


def _read_sentence(
    ctx: Context,
    i: int,
    sent: Sentence,
    ms: list[Mention],
    items: list[Item],
    triggers: list[Trigger],
    last_deal: tuple[set[str], str | None] | None,
    last_recipient: str | None,
    last_supplier: str | None = None,
    prev_i: int | None = None,
) -> list[Candidate]:
    lex = lexicon()
    text = sent.text
    # (an outlet is no party: "DUBAI (Reuters) - The UAE has informed ...")
    out: list[Candidate] = []
    if not items:
        return out
    # (not an age: "its Soviet-era T-72 tanks")
    # (nor a relation's adjective: "Iran-aligned factions", "Saudi-backed forces")
    actors = [m for m in ms if state_actor(m) and not is_dateline(sent, m) and m.type != "media" and m.form != "led"
              and not _ERA_AFTER.match(text, m.end - sent.start)
              and not past_polity(sent, m)
              # (nor a co-buyer or a rival: "under a joint order with Finland", "competing with
              # Germany's Rheinmetall to supply")
              and not lex.not_party_before.search(text, max(0, m.start - sent.start - 40), m.start - sent.start)]
    attributed_to, modality = attribution(text)
    shared: dict[tuple[int, int], tuple[str | None, str | None, bool]] = {}
    signed_deal = _DEAL_SIGNED_RE.search(text)  # "a deal signed in ...": dates the sentence's orders
    if signed_deal is not None and _NO_BEFORE.search(text, max(0, signed_deal.start() - 12), signed_deal.start()):
        signed_deal = None  # "though no contract has been signed"
    governs = {id(o): _governing(o, triggers, text, items) for o in items}  # each weapon's verb, read once
    passed: list[int] = []  # the ends of the weapons passed over so far
    aim = _AIM_RE.search(text)  # "has made the acquisition of X a priority" (read once per sentence)
    for it in sorted(items, key=lambda x: (x.system is None, x.start)):
        if departure_before(text, it.start):
            continue  # "in a shift from US, Russian jets": what is left behind
        if it.system is None and _SUMMED_BEFORE_COLON.match(text, it.end) \
                and any(o.system and o.start > it.end for o in items):
            continue  # "Seoul has exported submarines before: three Chang Bogo-class boats ...": told next
        if it.system is None and _THE_BEFORE.search(text, max(0, it.start - 8), it.start) and any(
                o.system and o.end <= it.start and o.category == it.category for o in items):
            continue  # "exports of F-35 parts ..., a risk that the warplanes were used": the named ones again
        # "India's deployment of French Rafale planes" says more than a distant verb
        trig = _inventory(sent, it, actors, items)
        governing = governs[id(it)]
        if trig is not None and governing is not None and trig.end <= governing.start < it.start:
            trig = None  # "Mali's junta took delivery of Russian-made Mi-8s": the verb reports it
        inventory = trig is not None
        swap = lex.exchange_for.search(text, max(0, it.start - 40), it.start)
        if swap is not None and governing is not None and governing.end <= swap.start() \
                and governing.direction == "supply" and not governing.noun:
            # "sending T-72s to Ukraine in exchange for Leopard 2 tanks from Germany": what the
            # givers get back, they acquire
            governing = Trigger(swap.start(), swap.end(), "acquire", governing.status)
        holder = None  # the subject that has the weapon, when a clause after it reports the trade
        guessed = False  # the recipient is the one the article was about, not one the sentence names
        bought = None  # the count that clause gives ("246 of which were ordered")
        if trig is None:
            trig = governing
        if trig is None and it.system:
            # "MiG-29 fighters, several of which were donated by Russia": the clause after
            # the weapon says what no verb before it does
            np_end = _np_end(text, it.end)
            rel = _partial_delivery(lex, text, np_end)
            status = "delivered"
            if rel is None:
                rel, status = lex.partial_order.match(text, np_end), "ordered"
            if rel is not None and not any(np_end <= o.start < rel.start() for o in items if o is not it):
                trig = Trigger(rel.start("verb"), rel.end("verb"), "passive", status)
                holder = _topic(sent, ms)
                if status == "ordered" and rel.group("n"):
                    bought = quantity_before(text, rel.end("n") + 1)
        pronoun_clause = False
        if trig is None and it.system:
            # "14 F-16s it ordered from the United States" when no verb before governs them: the
            # pronoun's own clause reports the order
            trig = next((t for t in triggers if t.direction == "acquire" and not t.noun and t.start >= it.end
                         and _PRONOUN_CONTACT.fullmatch(text, it.end, t.start)), None)
            pronoun_clause = trig is not None
        if trig is None and it.system:
            # "Ankara was expelled from the F-35 programme after ...": the stop is the report
            stop = lex.cancel_before_item.search(text, max(0, it.start - 40), it.start)
            if stop is None and lex.programme_after.match(text, it.end):
                stop = lex.programme_exit.search(text, max(0, it.start - 40), it.start)
            if stop is not None:
                trig = Trigger(stop.start(), stop.end(), "acquire", "cancelled")
        if trig is None:
            continue
        # a demand, a denial or a negation near the trigger: not a transfer
        window = text[max(0, trig.start - 60) : trig.end]
        window = window[window.rfind(",") + 1 :] if "," in window[:-1] else window
        if trig.status == "cancelled" and lex.request_before.search(text, max(0, trig.start - 60), trig.start):
            continue  # "asked Turkey to halt the drone sales": a demand, not a stop
        if lex.skip.search(window) or lex.denied_after.match(text, it.end) \
                or lex.denied_report_before.search(text, max(0, trig.start - 160), trig.start) \
                or lex.deal_condition.search(text, max(0, trig.start - 100), trig.start):
            continue  # (or denied after: "reports said Egypt had received J-10Cs, but the ministry denied it")
        if trig.direction == "supply" and not trig.noun and lex.deployed_into.match(text, it.end):
            continue  # "Beijing sent dozens of warplanes into the skies around the island": a deployment
        if trig.direction == "acquire" and (lex.non_state_subject.search(text, max(0, trig.start - 40), trig.start)
                                            or lex.firms_accused.search(text, max(0, trig.start - 140), trig.start)):
            continue  # "a cell that had allegedly taken delivery of small drones": no state buys
        if trig.read == "trade_noun" and lex.region_after.match(text, trig.end):
            continue  # "French arms sales to sub-Saharan Africa have dwindled": no one buyer
        if trig.direction in ("supply", "passive") and lex.many_recipients.match(text, max(trig.end, it.end)):
            continue  # "TB2 drones have been sold to more than 30 countries": no one buyer
        if _ASKED.match(text, max(trig.end, it.end)):
            continue  # "Greece to send Mirage jets to Ukraine? Athens denies report": asked, not told
        # (a rival named before its verb too: "KAI beat rivals including India's Tejas in a tender launched by")
        over = lex.passed_over.search(text, max(trig.end if trig.end <= it.start else 0, it.start - 60), it.start)
        if over is None and (wide := lex.passed_over.search(text, max(0, it.start - 60), it.start)) is not None \
                and wide.start() <= trig.start < wide.end():
            over = wide  # ("beat competitors including": the verb read as a talks cue is inside the words)
        if over or (trig.end <= it.start and (
                lex.chosen_over.search(text, max(trig.end, it.start - 40), it.start)
                or lex.ahead_of.search(text, max(trig.end, it.start - 40), it.start))
                and any(trig.end <= o.start and o.end <= it.start for o in items if o is not it)) \
                or (passed and lex.passed_list_gap.fullmatch(text, passed[-1], it.start)):
            passed.append(it.end)
            continue  # "picks SAMP/T over Patriot", "instead of F-16s": the weapon passed over (and those listed with it)
        if trig.direction == "supply" and not trig.noun and (ask := lex.asker_before.search(text, max(0, trig.start - 50), trig.start)) \
                and not any(ask.start() <= m.start - sent.start < trig.start and m.form not in ("demonym", "made")
                            for m in actors):
            continue  # "has been pressing Western allies to supply fighter jets": asked of no state
        if aim is not None and aim.start() <= it.start < aim.end():
            continue  # "has made the acquisition of attack helicopters a priority": an aim, no deal
        if it.system is not None and it.category == "engines" and _PART_OF_DEAL.search(text, max(0, it.start - 60), it.start):
            continue  # "12 AH-1Z helicopters along with 28 T700 engines": the helicopters' own engines
        if lex.refused_after.match(text, it.end) or lex.transport_before.search(text, max(0, it.start - 50), it.start):
            continue  # "the engines that Berlin refused to export"; "flown in by A400M aircraft": no trade of it
        # the words up to the next verb of a deal are this one's ("suspended talks with the US
        # over the purchase of F-35s and later bought Rafale jets from France")
        # (a participle of the weapon's own phrase is no next verb: "17 F-16s bought from Portugal")
        nxt = min((t.start for t in triggers if t.start >= it.end and not t.noun and t.start != trig.start
                   and not _HEAD_GAP_RE.fullmatch(text, it.end, t.start)),
                  default=len(text))
        supplier, recipient, explicit = _roles(ctx, sent, it, trig, actors, inventory, nxt)
        if trig.read == "antecedent":
            # "neighbouring Norway, which operates five P-8As": the state the clause is about
            ante = next((m for m in reversed(actors) if _COMMA_GAP.fullmatch(text, m.end - sent.start, trig.start)), None)
            if ante is not None and (a := state_actor(ante)) is not None and a != supplier:
                recipient = a
        if trig.direction == "supply" and it.system and trig.end <= it.start:
            # "to ship the first of 20 K9 howitzers that Vietnam ordered late last year": the
            # weapon's own relative clause names its buyer, nearer than any "for" after it
            buyer = next((a for t2 in triggers if t2.direction == "acquire" and not t2.noun and 0 < t2.start - it.end <= 60
                          for m in actors if it.end < m.start - sent.start < t2.start
                          and _REL_BUYER_GAP.fullmatch(text, it.end, t2.start)
                          and (a := state_actor(m)) and a != supplier), None)
            if buyer is not None:
                recipient = buyer
        if trig.direction == "supply" and not trig.noun and not explicit and prev_i is not None \
                and _IT_SUBJECT_START.match(text) and not any(m.end - sent.start <= trig.start for m in actors):
            # "The Netherlands is one of the closest partners ... It has also pledged 24 F-16s to
            # Ukraine": a leading "It" gives what the state of the sentence before gives
            topic = _topic_before(ctx, prev_i)
            if topic is not None and topic != recipient:
                supplier, explicit = topic, True
        if supplier is None and trig.direction == "arrive" and it.system is None:
            # "Russian military instructors and an air defence system arrived in Niger": the
            # demonym of the people the weapon came with
            lead = next((m for m in actors if m.form == "demonym" and m.end - sent.start <= it.start
                         and _WITH_PEOPLE_GAP.fullmatch(text, m.end - sent.start, it.start)), None)
            if lead is not None:
                supplier, explicit = state_actor(lead), True
        if pronoun_clause:
            # "... while it waits for 14 F-16s it ordered from the United States": the pronoun is
            # the state the sentence before was about (not a state named in this one)
            # (but "Taiwan, meanwhile, said that the 29 HIMARS it ordered from the US had arrived":
            # the state whose words the sentence reports)
            topic = _speaker_state(sent, actors) or _topic_before(ctx, prev_i) or ctx.focus
            if topic is not None and topic != supplier:
                recipient = topic
        if trig.read == "supplier_role" and (supplier is None or recipient is None):
            continue  # "the world's largest arms exporter", "a supplier of drones to Africa": no buyer
        # unnamed weapons listed with a named one under the same verb share its parties
        if it.system is None and (trig.start, trig.end) in shared and not _modifier(sent, it, actors) \
                and not _FROM_AFTER.match(text, it.end):
            # (not one with its own seller after it: "Airbus transport helicopters from France")
            supplier, recipient, explicit = shared[(trig.start, trig.end)]
        elif it.system is not None and supplier and recipient:
            shared.setdefault((trig.start, trig.end), (supplier, recipient, explicit))
        # "... Apache helicopters, after the US approved the sale of 96 of the aircraft": the
        # deal referred to is the one named in the sentence, not an earlier sentence's
        if supplier is None and last_supplier and lex.deal_anaphora.search(text) \
                and not any(c.system and c.recipient == (recipient or last_recipient or ctx.focus) for c in out):
            supplier, explicit = last_supplier, True
        if recipient is None and supplier and trig.noun:
            # "Romania and the United States signed a contract for the supply of ...": the
            # other party of the subject (not of a verb: "Denmark and Norway handed over")
            other = [m for m in actors if m.end - sent.start <= trig.start and state_actor(m) not in (None, supplier)
                     and m.type == "state" and prep_before(sent, m) in (None, "and") and not _attributive(sent, m)]
            if other and any(state_actor(m) == supplier for m in actors if m.end - sent.start <= trig.start):
                recipient = state_actor(other[0])
        if recipient is None and not actors and i > 0 and GROUP_SUBJECT.match(text):
            # "The two countries are negotiating the co-production of Javelin missiles": the
            # pair just named, the one that is not the seller buys
            pair = [a for m in ctx.in_sentence(i - 1) if (a := state_actor(m)) and m.type == "state"]
            origin = supplier or _origin(ctx, it)
            recipient = next((a for a in pair if a != origin), None) if origin in pair else None
            supplier = supplier or (origin if recipient else None)
        if recipient is None and out and it.system is None \
                and _DEFINITE_RE.search(text[max(0, it.start - 25) : it.start]):
            # "Peru ordered four ships from Korea, and the vessels are to be handed over in
            # 2027": the definite noun is the deal just read in this sentence
            recipient, supplier = out[-1].recipient, supplier or out[-1].supplier
        if recipient is None and trig.direction == "acquire" and GENERIC_ORG_RE.match(text.lstrip()):
            continue  # "The initiative plans to acquire Patriot ...": the buyer is no state
        if recipient is None and _SHARE_OF.search(text, trig.start, trig.end) and _REGION_OWNER.match(text, trig.end):
            continue  # "Moscow supplied 60 percent of the region's arms imports": no buyer to guess
        if recipient is None and trig.direction == "arrive" and _TIME_CLAUSE_BEFORE.search(text, max(0, it.start - 60), it.start):
            continue  # "a day after a US aircraft carrier arrived in Busan": a time, no delivery to anyone named
        if recipient is None:
            # "Athens spends 3% of GDP on defence. It bought 24 Rafale jets from France":
            # a leading "It" goes on with the sentence before's subject, which need not be
            # the last buyer read ("Greece could sell its Mirages to Ukraine")
            it_subject = _topic_before(ctx, prev_i) \
                if trig.direction in ("acquire", "deal") \
                and (_IT_SUBJECT_START.match(text) or _ITS_DEAL_START.match(text)) else None
            # ("The country has continued to take delivery of Su-30SM fighters": the article's state)
            country = ctx.focus if (_COUNTRY_START.match(text) or _SERVICE_SUBJECT_BEFORE.search(text, 0, trig.start)) \
                and ctx.focus != supplier else None  # (", and the navy ordered two frigates")
            # (not the last buyer when it is this weapon's seller: "... sales to Israel. The ministry
            # also scrapped an order for Israel's Spike missiles" - the article's state buys)
            # ("its attention to Romania, where it is competing ... to supply 298 vehicles": the
            # state the clause is set in)
            where = next((a for m in actors if m.end - sent.start <= trig.start
                          and _WHERE_AFTER.match(text, m.end - sent.start) and (a := state_actor(m)) != supplier), None)
            # ("Taiwan said that the launchers had arrived": the state whose words these are)
            speaker = _speaker_state(sent, actors) if trig.direction == "arrive" else None
            # ("In Myanmar, there are reports that the navy has received Chinese C-802 missiles": the
            # state the sentence is set in)
            setting = next((a for m in actors[:1] if m.type == "state" and m.form in ("name", "capital")
                            and _IN_SETTING.fullmatch(text, 0, m.start - sent.start)
                            and text.startswith(",", m.end - sent.start) and (a := state_actor(m)) != supplier), None)
            told = speaker or setting
            recipient = holder or it_subject or where or country or (told if told != supplier else None) \
                or (last_recipient if last_recipient != supplier else None) or ctx.focus
            guessed = True
        if supplier is None:
            explicit = False
        if supplier and recipient and supplier == recipient:
            # the subject fell back to the recipient: try the weapon's origin instead
            supplier = _origin(ctx, it)
            explicit = False
            if supplier == recipient:
                # "Norway and Germany ordered six Type 212CD submarines": the maker's state buys
                # with a partner, and it is the partner's purchase from it
                partner = next((a for m1, m2 in zip(actors, actors[1:], strict=False)
                                if m2.end - sent.start <= trig.start and state_actor(m2) == recipient
                                and re.fullmatch(r"\s+and\s+", text[m1.end - sent.start : m2.start - sent.start])
                                and (a := state_actor(m1)) and a != recipient), None)
                if partner is None:
                    continue
                recipient = partner
        if trig.read == "modifier":
            # "The first F-35 built for Poland was delivered in May": the verb after the
            # modifier reports what became of the weapon
            then = next((t for t in triggers if t.start >= trig.end and not t.noun and t.status == "delivered"
                         and t.direction in ("passive", "arrive")), None)
            if then is not None and not _CLAUSE_BREAK.search(text, trig.end, then.start) \
                    and not any(o.start >= trig.end and o.end <= then.start and o.system for o in items):
                trig = replace(trig, start=then.start, end=then.end, status="delivered")
        status = trig.status
        accused = status == "ordered" and trig.direction == "supply" and bool(
            lex.accused_before.search(text, max(0, trig.start - 60), trig.start))
        if accused:
            status = "delivered"  # "accuse Iran of supplying Russia with drones": what is alleged was done
        if trig.read == "present_buy" and sent.kind == "title":
            status = "ordered"  # a headline's present tense reports the purchase just made
        if status == "ordered" and trig.direction in ("acquire", "passive") and trig.start >= it.end \
                and any(lex.inventory_use.fullmatch(text, m.end - sent.start, it.start)
                        for m in actors if m.end - sent.start <= it.start):
            status = "delivered"  # "Brazil operates around 220 Leopard 1 tanks bought from Germany": in service
        if trig.read == "selection" and signed_deal is not None and signed_deal.start() >= trig.end:
            status = "ordered"  # "has chosen Saab's Gripen, with a contract for 17 aircraft signed on Friday"
        before = text[max(0, trig.start - 60) : trig.start]
        before = before[before.rfind(",") + 1 :]  # the trigger's own clause
        # "was expelled from the F-35 programme after it took delivery of": the main clause's
        subs = [m.end() for m in _SUBORDINATOR.finditer(before)]
        before = before[subs[-1]:] if subs else before
        stop = lex.cancel.search(before)
        if stop is not None and any(o is not it and o.system and trig.start - len(before) + stop.end() <= o.start < trig.start
                                    for o in items):
            stop = None  # "removed from the F-35 programme over its purchase of S-400s": the F-35's
        if stop is not None and (lex.cancel.search(before[-25:]) or not re.search(r"(?i)\blift(?:s|ed|ing)?\b", before)):
            # "suspended talks with the United States over the purchase of ..." as well
            status = "cancelled"  # "suspended the purchase of ...", "cancelled an order for ..."
        elif (lex.cancel_before_item.search(text, max(0, it.start - 40), it.start) and it.start > trig.start) \
                or lex.cancel_after_item.search(text[it.end : it.end + 120]) \
                or (trig.noun and trig.end <= it.start and lex.deal_undone.match(text, it.end)):
            # "was removed from the F-35 programme", "jets, a purchase later cancelled", "A deal
            # for 24 Su-35 fighters signed with Moscow in 2018 was reportedly cancelled"
            status = "cancelled"
        elif status == "delivered" and (lex.delay.search(text[max(0, trig.start - 25) : trig.start])
                                        or lex.delay_after_item.search(
                                            text, it.end, min([it.end + 120] + [o.start for o in items if o.start > it.end]))):
            status = "ordered"  # "delayed the delivery of", "deliveries of ... have been delayed"
        elif trig.noun and trig.direction == "supply" and trig.end <= it.start \
                and lex.completed_after_item.match(text, _np_end(text, it.end)):
            status = "delivered"  # "The transfer of 12 Mi-17 helicopters to Mali was completed in March"
        # (not past an earlier verb of another stage: "suspended talks ... and later bought")
        prev = max((t.end for t in triggers if t.end <= trig.start and t.status != "talks"), default=0)
        # (up to the next verb after the weapon: "is buying two A330 tankers and has expressed
        # interest in submarines" - that interest is not the tankers')
        nxt = min((t.start for t in triggers if t.start >= it.end and t.start > trig.end), default=len(text))
        clause = text[max(prev, trig.start - 80) : min(len(text), it.end + 40, nxt)]
        if status != "cancelled" and lex.talks.search(clause) and status == "ordered" and trig.read != "firm":
            # (what one awaits is ordered, whatever approval it needed: "awaiting 12 AH-1Z approved by")
            status = "talks"
        if modality == "hypothetical" and status == "delivered" and not (
                _IN_RELATIVE_DELIVERED.search(text, max(0, trig.start - 40), trig.end)
                and not is_hypothetical(clause)):
            # (not a relative clause's delivery beside another clause's guess: "Estonia, which
            # received 36 K9 howitzers between 2020 and 2023, could be the next buyer")
            status = "talks"
        # the verbs of another stage of the deal in the sentence ("ordered", "a contract
        # signed") have their own dates: a delivery takes none of them, and gets the
        # order's date from them (only a verb after the delivery's: it describes the
        # delivered weapons, "jets ordered in 2022", "under a contract signed in ...")
        orders = [(t.start, t.end) for t in triggers if t.start >= trig.end and t.status in ("ordered", "talks")
                  and t.read != "made_with"  # ("commissioned the first submarine built with Naval Group in 2024")
                  and not _CLAUSE_SPLIT.search(text, trig.end, t.start)  # not another clause's ("..., while X expects")
                  # nor the order of another weapon named after it ("..., and Rheinmetall won an order for Lynx")
                  and not any(o is not it and o.system and o.start >= t.end
                              and (g := governs[id(o)]) is not None and g.start == t.start for o in items)
                  # nor the participle of a weapon of another verb ("flies F-7 fighters, and the
                  # navy operates two submarines bought from China in 2016"; "operates MiG-29s
                  # bought in the 1990s and a dozen Mirage 2000s")
                  and not any(o is not it and o.end <= t.start and _HEAD_GAP_RE.fullmatch(text, o.end, t.start) and (
                      (o.start >= it.end and (any(it.end <= x.start < o.start for x in triggers)
                                              or COORDINATED_CLAUSE.search(text, it.end, o.start)))
                      or (o.end <= it.start and t.end <= it.start and _NEW_COUNTED_NP.search(text, t.end, it.start)))
                      for o in items)
                  # nor the order told of the last weapon of a list ("from MiG-21s to the S-400, the
                  # last of which India ordered in 2018")
                  and ((aside := relative_clause_at(text, t.start)) is None
                       or next((o for o in reversed(items) if o.end <= aside[0]), None) is it)]
        # (not a signing of another coordinated clause: "bought drones from Beijing, and in 2022
        # signed a deal to produce CH-4s")
        orders += [m.span() for m in _DEAL_SIGNED_RE.finditer(text, trig.end)
                   if not COORDINATED_CLAUSE.search(text, trig.end, m.start())]
        # a delivery still to come ("will take delivery", "expected to receive"): its date
        # is the planned delivery's, so it dates neither the order nor a delivery
        planned = status != "delivered" and trig.read != "maker_order" and bool(_DELIVERY_VERB_RE.search(text, trig.start, trig.end))
        if status == "delivered" or planned:
            # (not a participle whose phrase, closed by a comma, has no date of its own: "the
            # first of eight submarines ordered from China, at a ceremony on Friday")
            avoid = [(a, b) for a, b in orders
                     if len(own := _own_phrase(text, it, a)) == len(text)
                     or any(b <= d.start and d.end <= len(own) for d in find_dates(text, ctx.published))]
            # "inducted the HQ-9 and operates J-10C fighters delivered in 2022": a later verb
            # about another weapon has its own date
            avoid += [(t.start, t.end) for t in triggers if t.start >= trig.end and not t.noun
                      and any(o is not it and trig.end <= o.start < t.start and (
                          o.start > it.start or _HEAD_GAP_RE.fullmatch(text, o.end, t.start)) for o in items)]
        else:
            # "bought X, which were delivered in April 2022, and Y": April 2022 is the delivery's
            avoid = [m.span("verb") for rx in lex.partial_delivery for m in rx.finditer(text, trig.end)]
            # "the first tank made for Romania was shipped to the country last month": the
            # delivery verb after this one has the date after it
            # (a finite verb: not the participle of "23% of all US weapons sold between 2017 and 2021")
            avoid += [(t.start, t.end) for t in triggers if t.status == "delivered" and not t.noun and t.start >= trig.end
                      and _AUXILIARY.match(text, t.start)]
        verbs = [(t.start, t.end) for t in triggers if not t.noun and t.start != trig.start]
        # (a signing is a verb of its own clause: "bought drones from Beijing, and in 2022 signed a deal")
        verbs += [m.span() for m in _DEAL_SIGNED_RE.finditer(text) if not m.start() <= trig.start < m.end()]
        participle = trig.start >= it.end and bool(_PARTICIPLE_AFTER.fullmatch(text, it.end, trig.end))
        if participle:
            # "displayed on Monday the first of 24 tanks bought from Korea": the main verb's
            # date is not the purchase's, which only the words after the phrase can give
            avoid = [*avoid, (max(0, it.start - 1), it.start)]
        date = best_date(text, trig.start, trig.end, ctx.published, avoid=avoid, verbs=verbs)
        if accused:
            # (the accusation's own date is not the supply's: "accused Serbia last month of supplying")
            date = best_date(text[trig.start :], 0, trig.end - trig.start, ctx.published)
        signing = signed_deal if status == "ordered" and not planned else None
        if signing is not None and signing.start() > trig.end and (
                COORDINATED_CLAUSE.search(text, trig.end, signing.start())
                or any(o is not it and it.end <= o.start < signing.start() for o in items)
                or _YEAR_RE.search(text, it.end, signing.start())):
            # "ordered H145Ms, and received Su-30s under a contract signed in 2015"; "ordered 12
            # ANKA drones in 2023 and signed a contract last year for frigates": its own year
            signing = None
        if signing is not None and signing.end() <= trig.start and any(
                o is not it and signing.end() <= o.start < trig.start for o in items):
            signing = None  # "signed a deal for Rafale jets in 2016 and bought MH-60Rs": the Rafales' signing
        if signing is not None:
            # "... had come into force, completing a deal first signed in February 2022": the
            # order is dated by its signing, not by the news of a later step
            date = best_date(text, signing.start(), signing.end(), ctx.published) or date
        if inventory:
            planned, date = True, None  # "used ... during the 2020 war": in service, delivered before
            part = next((t for t in triggers if t.status == "delivered" and not t.noun and t.start >= it.end
                         and _WORDS_TO_PARTICIPLE.fullmatch(text, it.end, t.start)), None)
            if part is not None:
                # "operates Swedish Gripen jets delivered in 2016": the participle dates the delivery
                date = best_date(text, part.start, part.end, ctx.published,
                                 avoid=[(max(0, it.start - 1), it.start)], verbs=verbs)
        if date is not None and status == "delivered" and _after_publication(date, ctx.published):
            # nothing was delivered after the article ("a lease that runs until 2026"); the
            # date is another clause's, so the delivery is dated as an undated one is
            date = _fallback_date(ctx, text, trig, status, lead=i == ctx.lead)
        elif date is not None and status in ("ordered", "talks") and (planned or _after_publication(date, ctx.published)):
            # "deliveries due in 2025": a planned delivery as well
            date = None
        elif date is None and not planned and not participle:
            date = _fallback_date(ctx, text, trig, status, lead=i == ctx.lead)
        if date is not None and status == "ordered" and not inventory \
                and re.search(rf"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Za-z]+\s+)?{date[:4]}\s*,\s*[a-z]+ing\b", text):
            date = None  # "trying to diversify since 2013, buying Rafale jets": when a state began, no order's date
        order_date = date if status in ("ordered", "talks") else None
        delivery_date = date if status == "delivered" else None
        if (status == "delivered" or planned) and orders:
            # (a participle's date is in its own phrase: not past the comma that closes an
            # apposition, "the first of eight submarines ordered from China, at a ceremony on Friday")
            order_date = next((d for a, b in orders
                               if (d := best_date(_own_phrase(text, it, a), a, b, ctx.published,
                                                  avoid=[(trig.start, trig.end)]))
                               and d != delivery_date), None)
        if status == "delivered" and delivery_date in (None, ctx.published) and order_date is not None and any(
                d.value == order_date and _SAID_BEFORE.search(text, max(0, d.start - 40), d.start)
                for d in find_dates(text, ctx.published)):
            # "received the first six of 24 Apaches ordered from the US, the army said in March":
            # the date the news was given is the delivery's, not the order's
            delivery_date, order_date = order_date, None
        deal_year = DEAL_YEAR.search(text)
        if deal_year is not None and COORDINATED_CLAUSE.search(
                text, min(deal_year.end(), it.end), max(deal_year.start(), it.start)):
            deal_year = None  # another clause's deal: "... under a 2008 agreement, and said it would buy frigates"
        if deal_year:
            # "under a 2018 deal": the year of the order, not of the delivery
            order_date = order_date or deal_year.group(1)
            if delivery_date == deal_year.group(1):
                delivery_date = None
        if (
            last_deal
            # (in this weapon's clause: "acquired six T129s and is in talks over the purchase
            # of JF-17s" refers back with neither)
            and lex.deal_anaphora.search(clause)
            # (not the noun of this weapon's own purchase: "confirmed the purchase of the Patriot")
            and not (it.system and lex.deal_of.search(text, max(0, it.start - 60), it.start))
            and order_date is None
            and status != "cancelled"
            # (not a purchase still being negotiated: "is in talks with Pakistan over the
            # purchase of": "the purchase" is this one, not the deal signed before)
            and not (status == "talks" and lex.talks.search(clause))
            and {x for x in (supplier, recipient) if x} <= (last_deal[0] or {x for x in (supplier, recipient) if x})
        ):
            order_date = last_deal[1]
            if status == "talks":
                status = "ordered"
        # (not a count before the verb: "sanctions on three firms for supplying drone parts")
        qty = quantity_before(text, it.start, lo=trig.end if trig.end <= it.start and not trig.noun else 0)
        count = COUNT_IN_PHRASE.search(it.text) if it.system is None else None
        if qty is None and count:
            qty = quantity_before(text, it.start + count.end())  # "18 tanks": the count is in the phrase
        if bought is None and it.system and trig.end <= it.start and \
                (po := lex.partial_order.match(text, _np_end(text, it.end))) is not None and po.group("n"):
            # "operates K9 howitzers, 24 of which were ordered from South Korea": the deal's count
            bought = quantity_before(text, po.end("n") + 1)
        qty = bought or qty
        whole = deal_size_after(text, _np_end(text, it.end))
        if whole is not None and (qty is None or whole > qty):
            qty = whole  # "two M-346 jets, the first of 24 ordered in 2024": the deal is of 24
        also = _coordinated(sent, actors, supplier) if trig.direction == "supply" and not trig.noun else []
        if trig.direction == "supply" and supplier and (after := _FOLLOWED_BY.search(text, trig.end)) is not None:
            # "The US supplied 45% of Ukraine's imports, followed by Germany with 12% and Poland": the next ones
            also = also + [a for m in actors if m.start - sent.start >= after.end() and m.type == "state"
                           and nearest_prep(sent, m) not in ("to", "from", "in", "of", "against")
                           and (a := state_actor(m)) and a not in (supplier, recipient) and a not in also]
        if (trig.direction in ("acquire", "passive") or trig.noun) and explicit:
            # "from Denmark and the Netherlands", "the transfer of Patriot interceptors from Germany and Spain"
            also = _coordinated(sent, actors, supplier, after_from=True)
        modifier = _modifier(sent, it, actors)
        if modifier is not None and state_actor(modifier) == supplier and modifier.form in ("demonym", "made"):
            # "Israeli and Turkish weapons": each adjective names a supplier
            adjs = [m for m in actors if m.type == "state" and m.form in ("demonym", "made")
                    and m.end <= modifier.end]
            also = also + [c for c in coordinated(sent, adjs, len(adjs) - 1, -1) if c != supplier and c not in also]
        if it.system is None and guessed and _MAKER_TOTAL.search(text):
            continue  # "Since it was founded in 1969, Embraer has delivered more than 8,000 aircraft": a maker's tally
        if status == "cancelled" and it.system is None and it.category is None \
                and _POLICY_STOP.search(text, max(0, it.start - 60), it.start):
            continue  # "imposed a near-total freeze on arms exports to Saudi Arabia": a policy (a sanction), no deal
        if status == "cancelled" and it.system is None and guessed \
                and not _DEAL_NOUN_FOR.search(text, trig.start, it.start):
            continue  # "Serbia has halted all arms exports": a policy (not "cancelled a contract for ammunition")
        main = Candidate(
            supplier=supplier,
            recipient=recipient,
            system=it.system,
            surface=it.text,
            category=it.category,
            description=_description(text, it, trig),
            quantity=qty,
            status=status,
            order_date=order_date,
            delivery_date=delivery_date,
            sentence=i,
            report=ctx.report(i, attributed_to, modality),
            explicit_supplier=explicit,
            definite=bool(_DEFINITE_RE.search(text[max(0, it.start - 25) : it.start])),
        )
        if it.system is None and (named := next((o for o in reversed(items) if o.system and o.end <= it.start), None)) \
                and _PART_OF_DEAL.search(text, named.end, it.start) and not _FROM_AFTER.match(text, _np_end(text, it.end)):
            # "12 AH-1Z helicopters, along with engines, night-vision systems and training":
            # parts of the named deal, not deals of their own
            main.attrs["part"] = True
        elif it.system is None and _DEAL_INCLUDES.search(text, max(0, it.start - 220), it.start):
            main.attrs["part"] = True  # "the contract also includes missiles, training and ...": the deal's own
        # the other parties of the same report: one deal each, without the count
        pairs: list[tuple[str | None, str | None, bool]] = []
        if trig.direction in ("supply", "deal") and recipient and status != "cancelled":
            # "sales of Rafale jets to India, Qatar and Egypt": each of them is supplied
            pairs += [(supplier, r, explicit) for r in _co_recipients(sent, actors, recipient, trig.end)]
            talks = _TALKS_WITH.search(text, max(0, trig.start - 90), trig.start) if trig.noun else None
            if talks is not None:
                # "in talks with Indonesia and Vietnam on possible sales of": each of them
                names = [m for m in actors if m.type == "state" and talks.start() <= m.start - sent.start < trig.start]
                k = next((j for j, m in enumerate(names) if m.key == recipient), None)
                if k is not None:
                    pairs += [(supplier, r, explicit) for r in coordinated(sent, names, k, 1) if r != recipient]
        if trig.direction == "acquire" and not trig.noun and not inventory and recipient:
            # "Indonesia and Vietnam are in talks with India for ...": each of them acquires
            pairs += [(supplier, r, explicit) for r in _co_subjects(sent, actors, recipient, trig.start)]
        # "Denmark and the Netherlands have handed over ...": each of them supplies
        pairs += [(s, recipient, True) for s in also]
        out += [replace(main, supplier=s, recipient=r, explicit_supplier=e, quantity=None)
                for s, r, e in pairs if s != r]
        out.append(main)
        np_end = _np_end(text, it.end)
        first = _partial_delivery(lex, text, np_end) if it.system and status != "cancelled" else None
        if first is not None and any(np_end <= o.start < first.start() or first.end() <= o.start < first.end() + 20
                                     for o in items if o is not it):
            # another weapon stands between, or is what the first delivered were ("and took
            # delivery of the first WanderB drones"): the delivery is of that one
            first = None
        if first is not None and (sup := out[-1].supplier) and out[-1].recipient:
            # "..., with the first six delivered in March": part of the deal has arrived
            c = out[-1]
            # (a date before the clause is the order's: "ordered jets in 2022 and took
            # delivery of the first three in January")
            delivered_on = best_date(text, first.start("verb"), first.end("verb"), ctx.published,
                                     avoid=[(first.start(), first.start("verb"))])
            if c.order_date == delivered_on:
                c.order_date = None  # the date is the delivery's
            givers = _agents_after(sent, actors, first.end("verb"))
            if givers and c.recipient not in givers:
                # "..., several of which were donated by Russia and Belarus": they supplied
                # them, whoever designed them
                c.supplier, c.explicit_supplier = givers[0], True
            for giver in givers or [sup]:
                out.append(Candidate(
                    supplier=giver, recipient=c.recipient, system=c.system, category=c.category,
                    description=c.description, quantity=None, status="delivered", order_date=c.order_date,
                    delivery_date=delivered_on, sentence=i, report=c.report,
                    explicit_supplier=c.explicit_supplier))
    return out


def _partial_delivery(lex: Lexicon, text: str, np_end: int) -> re.Match[str] | None:
    """The first clause close after a weapon that says part of it has arrived."""
    found = [m for rx in lex.partial_delivery if (m := rx.search(text, np_end, min(len(text), np_end + 90)))]
    return min(found, key=lambda m: m.start()) if found else None


def _governing(it: Item, triggers: list[Trigger], text: str = "", items: Sequence[Item] = ()) -> Trigger | None:
    """The trigger that governs a weapon: objects follow supply/acquire verbs and
    nouns; subjects precede arrive/passive verbs."""
    best: tuple[int, Trigger] | None = None
    for t in triggers:
        by = False  # an agent follows the participle ("bought by Germany")
        if t.direction in ("arrive", "passive"):
            if it.end <= t.start:
                rel = _RELATIVE_PRONOUN.search(text, it.end, t.start)
                if rel is not None and rel.start() > _own_np_end(text, it.end):
                    continue  # "X will replace Peru's Mirages, which were delivered by France": the nearer noun's
                d = t.start - it.end
            elif t.direction == "passive" and it.start >= t.end:
                d = 1000 + it.start - t.end
            else:
                continue
        else:
            if it.start < t.end:
                if t.direction == "deal" and t.noun and 0 <= t.start - it.end <= 6 \
                        and re.fullmatch(r"[\w-]*\s+", text[it.end : t.start]):
                    d = 0  # "the Rafale-M contract was signed": the weapon names the deal
                # a participle after its weapons ("weapons sold between ..."): a weak reading
                elif 0 <= t.start - it.end <= 2 and t.direction == "supply" and not t.noun \
                        and not (it.system and _LISTED_BEFORE.search(text, max(0, it.start - 40), it.start)):
                    d = 60 + t.start - it.end
                elif (t.direction == "supply" and not t.noun and t.status == "delivered" and it.system
                      and 0 <= t.start - it.end <= 30 and _HEAD_GAP_RE.fullmatch(text, it.end, t.start)
                      and not _OBJECT_AFTER.match(text, t.end)
                      and not _LISTED_BEFORE.search(text, max(0, it.start - 40), it.start)):
                    # (a listed weapon belongs to the verb before the list: "has supplied most
                    # of its arms, including two submarines delivered in 2016")
                    # (not a verb with its own object: "a C-17 transport aircraft delivered the
                    # missile batteries" - the aircraft carried them)
                    # "Russian MiG-29M fighters delivered between 2017 and 2020": the maker
                    # supplied, the recipient is named elsewhere (or is the article's state)
                    d = 60 + t.start - it.end
                    t = Trigger(t.start, t.end, "passive", t.status, t.noun, True)
                elif t.direction == "acquire" and not t.noun and it.system and (
                        (0 <= t.start - it.end <= 30 and _HEAD_GAP_RE.fullmatch(text, it.end, t.start)
                         and ((by := bool(_BY_AFTER.match(text, t.end))) or _FROM_AFTER.match(text, t.end)
                              or t.read == "made_with"))
                        or (0 <= t.start - it.end <= 40 and _PASSIVE_AUX_GAP.fullmatch(text, it.end, t.start))):
                    # ("Thirty-two F-35A fighters were ordered in 2020": a passive with no agent, its
                    # buyer named elsewhere or the article's state)
                    # "the Arrow 3 system bought by Germany": the agent buys, the maker sells;
                    # "54 Rafale jets bought from France": the seller follows, the buyer is
                    # named elsewhere (or is the article's state)
                    d = 60 + t.start - it.end
                    t = Trigger(t.start, t.end, "acquire", t.status, t.noun, True, "buyer_by") if by else \
                        Trigger(t.start, t.end, "passive", t.status, t.noun, True, t.read)
                elif (t.direction == "acquire" and not t.noun and it.system and 0 <= t.start - it.end <= 60
                      and (_REL_ACQUIRE_GAP.fullmatch(text, it.end, t.start) or (
                          _CONTACT_GAP.fullmatch(text, it.end, t.start) and _CONTACT_VERB.fullmatch(text, t.start, t.end)))):
                    # "the Sky Sabre system, which it bought from Britain": the buyer is the
                    # main clause's subject, the seller follows; a contact clause ("the TB2
                    # drones the kingdom received") is the weapon's own, nearer than any verb before
                    d = (0 if _CONTACT_GAP.fullmatch(text, it.end, t.start) else 60) + t.start - it.end
                elif (t.direction == "supply" and not t.noun and it.system and 0 <= t.start - it.end <= 60
                      and _REL_SUPPLY_GAP.fullmatch(text, it.end, t.start)):
                    # "the T-72s that Prague sent to Ukraine": the weapon's own clause, its
                    # subject the giver (not the verb before: "donated by Germany in return for")
                    d = t.start - it.end
                    t = Trigger(t.start, t.end, "supply", t.status, t.noun, t.weak, "giver_between")
                else:
                    continue
            else:
                d = it.start - t.end
                if t.direction == "acquire" and not t.noun and _BY_AFTER.match(text, t.end):
                    continue  # "bought by Germany and the David's Sling ...": a passive takes no object
                if t.direction == "deal" and _PASSIVE_DEAL.match(text, t.start, t.end):
                    continue  # "the deal was signed during a visit ... research": names no weapon after it
                if _CLAUSE_SPLIT.search(text, t.end, it.start) or _NEW_PREDICATE.search(text, t.end, it.start):
                    # "talks to buy X, while Vietnam has shown interest in Y": Y is not bought;
                    # "agreed to export X to Manila, and is in talks with Canberra to develop Y"
                    continue
                if COORDINATED_CLAUSE.search(text, t.end, it.start) and _VERB_AFTER_SUBJECT.match(text, it.end):
                    continue  # "has received Chinese tanks, and Chinese warships have docked at": a new clause's subject
                if _RELATIVE_BETWEEN.search(text, t.end, it.start):
                    continue  # "the delivery of the first one, which China failed to fit with German engines"
                if ":" in text[t.end : it.start] and any(o.start >= it.end and o.direction in ("passive", "arrive")
                                                        and not o.noun for o in triggers):
                    continue  # "has exported submarines before: three boats ordered by Indonesia were delivered"
                if not t.noun and _NEW_COUNTED_NP.search(text, t.end, it.start) and any(
                        o is not it and o.end <= t.start and _HEAD_GAP_RE.fullmatch(text, o.end, t.start) for o in items):
                    # "operates 19 MiG-29s bought from Belarus in the 1990s and a dozen Mirage
                    # 2000Ps": the participle is the MiGs'; the counted phrase after "and" is
                    # another object of the verb before
                    continue
        if d > 160 or (t.status == "cancelled" and d > 40
                       and not (d <= 130 and _DEAL_NOUN_FOR.search(text, t.end, it.start))):
            # (a stop reaches a weapon of the deal it names: "cancel a 700 million-euro program for 12 PULS")
            continue
        if best is None or d < best[0]:
            best = (d, t)
    return best[1] if best else None


_BEFORE_NAME = re.compile(r"\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+)?")
_AND_PERFECT_END = re.compile(r"\s(?:and|but)\s+(?:(?:has|have|had)\s+(?:also\s+|since\s+|long\s+)?)?$")
_PART_OF_DEAL = re.compile(r",?\s+(?:along\s+with|together\s+with|plus|and\s+associated)\b[^;]*$",
                           re.IGNORECASE)
# (past an apposition too: "The order, signed with China's Poly Technologies in November,
# covered six launchers with their engagement radar and command vehicles")
_DEAL_INCLUDES = re.compile(r"\b(?:the|this|that)\s+(?:deal|contract|package|agreement|order|purchase)"
                            r"(?:\s*,[^,;.]{1,120},)?\s+(?:also\s+)?"
                            r"(?:includes|included|covers|covered|comprises|will\s+include|would\s+include)\s+"
                            r"(?:[\w,-]+\s+){0,10}$", re.IGNORECASE)
_COUNTRY_START = re.compile(
    r"\s*The\s+(?:(?:previous|new|current|former|then|interim|military)\s+)?(?:country|nation|republic|island\s+nation|emirate|"
    r"kingdom|government|navy|army|air\s+force|military|ministry|defen[cs]e\s+ministry|armed\s+forces|cabinet|junta|"
    r"department\s+of\s+(?:national\s+)?defen[cs]e)\b")
_POLICY_STOP = re.compile(r"\b(?:freeze|ban|embargo|moratorium|halt|suspension|stop)\s+(?:on|of|to)\s+(?:all\s+|new\s+|further\s+)*"
                          r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_CONTROL_BEFORE = re.compile(r"\b(?:ordered|orders|told|tells|asked|asks|urged|urges|forced|forces|required|requires|"
                             r"instructed|instructs|called\s+on|calls\s+on)\s+(?:the\s+)?$", re.IGNORECASE)
_INFINITIVE_GAP = re.compile(r"\s+to\s+(?:\w+\s+){0,3}", re.IGNORECASE)
# ("suspended talks on 50 F-35 fighters": the buyer stops talking)
_PURCHASES_AFTER = re.compile(r"\s+(?:all\s+|its\s+|their\s+|the\s+|new\s+|further\s+)*(?:purchases?|imports?|orders?|"
                              r"procurement|acquisitions?|buying|talks|negotiations)\s+(?:of|from|on|over)\b", re.IGNORECASE)
_APPOSITION_LEAD = re.compile(r",\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COMPANY_NOUN_AFTER = re.compile(r"(?:-[A-Za-z]+)*\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|company|firm|maker|manufacturer|"
                                 r"subsidiary|consortium|conglomerate|shipyard|shipbuilder|group)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_TALKS_WITH = re.compile(r"\b(?:talks|negotiations|negotiating|discussions)\s+with\s+[^.;]{1,60}?\s(?:on|about|over|for)\s+"
                         r"(?:the\s+|a\s+|possible\s+|potential\s+|further\s+)*$", re.IGNORECASE)
_WITH_PEOPLE_GAP = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:instructors|advisers|advisors|troops|personnel|specialists|"
                              r"technicians|engineers|soldiers|officers|trainers|crews?)\s+(?:and|along\s+with|together\s+with|with)"
                              r"\s+(?:an?\s+|the\s+|new\s+)?", re.IGNORECASE)
_AIM_RE = Pattern(r"\bmade\s+(?:the\s+)?(?:acquisition|purchase|procurement|modernisation|modernization)\s+of\s+"
                     r"[^.;]{1,60}?\b(?:a|its|their|the)\s+(?:top\s+|key\s+|main\s+|major\s+|high\s+)?"
                     r"(?:priority|goal|aim|objective)\b", re.IGNORECASE)
_PRONOUN_CONTACT = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?")
_THE_SYSTEM_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)
_MAKER_TOTAL = re.compile(r"\b(?:since\s+(?:it\s+was\s+)?(?:founded|established|created)|worldwide|around\s+the\s+world|"
                          r"to\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:countries|customers|operators|air\s+forces))\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<!\bof\s)\b(?:the|these|those)\s+$", re.IGNORECASE)  # (not "96 of the aircraft": a count of them)
_DEAL_NOUN_FOR = re.compile(r"\b(?:contract|deal|order|programme|program|purchase|agreement)s?\s+"
                            r"(?:(?:signed|concluded|agreed)\s+)?(?:with\s+(?:[\w'’.&-]+\s+){1,5}?)?"
                            r"(?:to\s+(?:buy|purchase|acquire|build)\s+|for\s+)(?:[\w,.-]+\s+){0,6}$", re.IGNORECASE)
_BUYER_STOP = re.compile(r"scrap|abandon|shelv|rescind|terminat|annul", re.IGNORECASE)  # (the buyer's own act)
_ERA_AFTER = re.compile(r"-(?:era|vintage|style|pattern)\b", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\b(?:no|not|without|before)\s+(?:a\s+|any\s+)?$", re.IGNORECASE)
_ASKED = re.compile(r"[^.;!?]*\?")


def _head_category(ctx: Context, text: str, end: int, known: str | None) -> str | None:
    """A named system's category, unless the head noun after the name says it is a vehicle
    or a ship where the KB's system of that name is a missile ("Cobra II armoured vehicles":
    another Cobra), or an aircraft where the KB files it with ships ("MH-60R Seahawk
    helicopters"); other disagreements are SIPRI's own classes ("Gepard anti-aircraft guns"
    are air defence, "Shahed-136 drones" missiles) and stay."""
    if known not in ("missiles", "air_defence", "ships"):
        return known
    words = _head_phrase(text, end, _own_np_end(text, end)).split()  # ("armoured vehicles from Turkey")
    head = (ctx.kb.category_of_head(" ".join(words[-2:])) if len(words) >= 2 else None) \
        or (ctx.kb.category_of_head(words[-1]) if words else None)
    if known == "ships":
        return head if head == "aircraft" else known  # ("MH-60R Seahawk helicopters", flown from ships)
    return head if head in ("armoured_vehicles", "ships") else known


def _inventory(sent: Sentence, it: Item, actors: list[Mention], items: Sequence[Item] = ()) -> Trigger | None:
    """"India's deployment of French Dassault Rafale planes": a possessor and a
    different maker's demonym around a named system say the system was delivered."""
    if not it.system:
        return None
    maker = _modifier(sent, it, actors)
    # "operates Russian-made Sukhoi Su-27 and Su-30 jets and US-made F-16s": a weapon
    # listed after one in service is in service too
    prev = next((o for o in reversed(items) if o.end <= it.start), None)
    if prev is not None and prev.system and _LIST_GAP.fullmatch(
            sent.text, prev.end, min(maker.start - sent.start, it.start) if maker else it.start):
        listed = _inventory(sent, prev, actors, [o for o in items if o.end <= prev.start])
        if listed is not None and (maker is None or state_actor(maker) != _possessor_of(sent, listed, actors)):
            return listed
    if maker is None:
        return None
    for m in actors:
        rel = m.start - sent.start
        if rel < it.start and it.start - rel < 70 and is_possessive(sent, m):
            gap = sent.text[m.end - sent.start : min(maker.start - sent.start, it.start)]
            if "," in gap or re.search(r"\b(?:and|or|with|while)\b", gap):
                continue  # "Japan's Mogami design and Germany's MEKO": another phrase's possessor
            if state_actor(m) != state_actor(maker):
                return Trigger(rel, m.end - sent.start, "possess", "delivered")
    # "Azerbaijan used Israeli-made Harop drones": a state that uses a foreign maker's system
    maker_start = min(maker.start - sent.start, it.start)
    adj = next((m for m in actors if m.form in ("demonym", "made") and m.end - sent.start <= maker_start
                and not sent.text[m.end - sent.start : maker_start].strip()), None)
    if adj is not None:
        maker_start = adj.start - sent.start  # "Russian-made Sukhoi Su-27": the maker's adjective too
    for m in actors:
        rel_end = m.end - sent.start
        if m is not maker and m.type == "state" and rel_end <= maker_start and \
                lexicon().inventory_use.fullmatch(sent.text, rel_end, maker_start) and state_actor(m) != state_actor(maker):
            return Trigger(m.start - sent.start, rel_end, "possess", "delivered")
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_SUBORDINATOR = re.compile(r"\b(?:after|before|because|when|since|until|although|though)\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:\s+(?!and\b)[a-z][\w-]*){0,2}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _possessor_of(sent: Sentence, trig: Trigger, actors: list[Mention]) -> str | None:
    return next((state_actor(m) for m in actors if m.start - sent.start == trig.start), None)
_PASSIVE_DEAL = re.compile(r"(?:deal|contract|order)\s+(?:was|were|has\s+been|had\s+been)\b", re.IGNORECASE)
_FROM_AFTER = re.compile(r"\s+(?:second[- ]?hand\s+|directly\s+)?from\b", re.IGNORECASE)  # ("bought second-hand from")
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
# the head noun words between a weapon's name and a participle ("BrahMos anti-ship missile
# batteries bought from India"), none of them a verb or a conjunction of another clause
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|these|those|\d)\b", re.IGNORECASE)
_HEAD_GAP_RE = re.compile(  # (from a class suffix on: "Scorpene-class submarines built ...")
    r"(?:-(?:class|type)\b)?(?:\s+(?!(?:and|or|but|which|that|who|is|are|was|were|has|have|had|will|would|it|they|we|he|she)\b)"
    r"(?:[a-z][\w-]*|\d[\w-]*[a-z][\w-]*)){0,3}(?:\s*,)?\s+")  # (not a pronoun: "the fighters it ordered from the US" is a clause of its own)
# (a drive code is a word of the phrase: "Ajban 4x4 vehicles supplied by the UAE")
# (an apposition too: "Canada's four Victoria-class submarines, bought second-hand from Britain in 1998")
_PASSIVE_AUX_GAP = re.compile(r"(?:\s+(?!(?:and|or|but|which|that|who)\b)[a-z][\w-]*){0,3}\s+(?:were|was|have\s+been|has\s+been|"
                              r"had\s+been)\s+(?:also\s+|first\s+|later\s+|initially\s+|originally\s+)?")
_REL_BUYER_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3},?\s+(?:which|that)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                            r"(?:(?:had|has|have|already|also|recently)\s+)*")
_REL_ACQUIRE_GAP = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3},\s+(?:which|that)\s+(?:it|they|the\s+\w+|[A-Z][\w-]*)\s+"
    r"(?:(?:had|has|have|already|also|recently)\s+)*")
# a contact clause, its verb in the past: "the 24 F-16 fighter jets Argentina bought from Denmark"
_CONTACT_GAP = re.compile(
    r"(?:\s+(?!(?:as|while|and|or|but|when|after|before|because|since|so|if|than|whereas)\b)[a-z][\w-]*){0,3}"
    r"\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|the\s+(?:kingdom|country|emirate|island|republic))\s+(?:had\s+|has\s+|have\s+)?")
_PARTICIPLE_FROM = re.compile(
    r"(?:\s+(?!and\b)[a-z][\w-]*){0,3}\s+(?:bought|purchased|acquired|ordered|received|obtained|imported|leased)"
    r"\s+from\s+(?:the\s+)?")
_VERB_AFTER_SUBJECT = re.compile(r"(?:\s+(?!(?:and|or|have|has|had|are|is|were|was|will|would)\b)[a-z][\w-]*){0,3}\s+(?:have|has|had|are|is|were|was|will|would|can|could)\b(?!\s+(?:been\s+)?(?:delivered|supplied|sold|sent|transferred|handed))",
                                 re.IGNORECASE)
_COUNTED_NAME_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[A-Z][\w-]*\s+){1,3}$")
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:after|before|as|when|while|since|until)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$",
                                 re.IGNORECASE)
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NEW_PREDICATE = re.compile(rf",\s+and\s+{AUXILIARY}\s+(?!(?:been\s+)?(?:delivered|supplied|sold|shipped|handed)\b)", re.IGNORECASE)
_SENT_TO = re.compile(r"\b(?:send|sending|sent|supply|supplying|supplied|deliver|delivering|delivered|give|giving|gave|"
                      r"donate|donating|donated|transfer|transferring|transferred|sell|selling|sold|provide|providing|provided)"
                      r"\b[^.;]{0,80}\bto\s+(?:the\s+)?$", re.IGNORECASE)
_TURNED_TO = re.compile(r"\b(?:turned|turning|turns|relied|relies|relying|depended|depends)\s+(?:heavily\s+|largely\s+|mainly\s+)?"
                        r"(?:to|on)\s+$", re.IGNORECASE)
_REGION_OWNER = re.compile(r"\s*(?:the\s+)?(?:region|continent|world|globe|area|bloc|alliance|Africa|Asia|Europe|"
                           r"Latin\s+America|the\s+Middle\s+East|the\s+Gulf|Central\s+Asia|South(?:east)?\s+Asia)['’]s\b",
                           re.IGNORECASE)
_NEW_COUNTED_NP = re.compile(
    r"\band\s+(?:a\s+dozen|a\s+few|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|some)"
    r"(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
# a relative clause with a named subject: "the T-72s that Prague sent to Ukraine"
_REL_SUPPLY_GAP = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3},?\s+(?:which|that)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?\s+"
    r"(?:(?:had|has|have|already|also|earlier|recently)\s+)*")
_CONTACT_VERB = re.compile(r"bought|ordered|acquired|purchased|procured|received|took\s+delivery\s+of")  # ("the TB2 drones the kingdom received")


def _modifier(sent: Sentence, it: Item, actors: list[Mention]) -> Mention | None:
    """The demonym, '-made' adjective or maker right before a weapon ('French Bastion',
    'Raytheon Technologies-made MIM-104E Patriot', 'Chinese J-10C')."""
    for m in actors:
        # "Israeli-made drones": a maker's adjective inside the weapon phrase itself
        if it.start <= m.start - sent.start < it.end and m.form in ("demonym", "made") \
                and not _ERA_AFTER.match(sent.text, m.end - sent.start):
            return m
    for m in reversed(actors):
        rel_end = m.end - sent.start
        if rel_end > it.start:
            continue
        gap = sent.text[rel_end : it.start]
        # only adjectives may stand between: "French Bastion", "Chinese J-10C", not
        # "the Moroccan army the Barak MX"
        if _FORMER_SERVICE_GAP.fullmatch(gap) and m.form == "demonym" \
                and lexicon().second_hand_end.search(sent.text, max(0, m.start - sent.start - 16), m.start - sent.start):
            return m  # "12 former Spanish Air Force EF-18 Hornets": the service that sells them
        if len(gap.split()) > 2 or "," in gap or _GAP_STOP.search(gap):
            return None
        if _ERA_AFTER.match(gap):
            return None  # "Soviet-era tanks": an age, not a maker
        if m.form in ("demonym", "made") or m.type == "company":
            return m
        if is_possessive(sent, m) and m.type == "state":
            return m
        # "U.S. weapons", "all Russian arms": a state named right before unnamed weapons
        if it.system is None and m.type == "state" and not gap.strip():
            return m
        # "Sweden's Gripen and the US F-16": a state's name as a noun modifier after an article
        # (not an object before a system: "sent Ukraine F-16s")
        if m.type == "state" and not gap.strip() and _ARTICLE_END.search(sent.text, 0, m.start - sent.start):
            return m
        return None
    return None


# another weapon phrase between a weapon and a seller: "Chinese Wing Loong drones and Airbus
# transport helicopters from France" (France sells the helicopters)
_ITEM_BETWEEN = re.compile(
    r"\band\s+(?:\d+|two|three|four|five|six|eight|ten|twelve|several)\b"
    r"|\band\s+(?:[A-Z][\w-]*\s+)?(?:[\w-]+\s+){0,3}?(?:helicopters?|jets?|aircraft|drones?|tanks?|vehicles?|ships?|"
    r"frigates?|corvettes?|submarines?|missiles?|howitzers?|launchers?|radars?|rifles?|guns?|interceptors?)\b")
_FORMER_SERVICE_GAP = re.compile(r"\s+(?:Air\s+Force|Navy|Army|Marine\s+Corps|Coast\s+Guard)\s+")
_PRONOUN_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:will|would|had|has|have|was|were|is|are|could)\b")
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b")
_GAP_STOP = re.compile(
    r"\b(?:the|a|an|to|for|from|with|and|or|army|navy|military|forces|air force|government|"
    r"ministry|officials|of|by|in|on|its|their)\b", re.IGNORECASE)


def _roles(
    ctx: Context,
    sent: Sentence,
    it: Item,
    trig: Trigger,
    actors: list[Mention],
    inventory: bool,
    until: int | None = None,
) -> tuple[str | None, str | None, bool]:
    """(supplier, recipient, supplier stated in the text); `until` ends the clause at the
    next verb (sentence offset)."""
    modifier = _modifier(sent, it, actors)
    mod_state = state_actor(modifier) if modifier else None
    near = _clause_around(sent, actors, trig, it)
    if until is not None:
        near = [m for m in near if m.start - sent.start < until]
    # "from X" completes the verb: not one said before it ("bought jets from Pakistan and relies on ...")
    # the seller right after this weapon ("50 Leopard tanks from Germany and 18 K9
    # howitzers from South Korea": Korea for the K9s), else the first one after the verb
    # (and not one after a comma past the weapon: "..., choosing it over bids from Sweden's Saab")
    # (another named weapon between is the seller's: "Chinese-made Wing Loong drones and
    # JF-17 fighters from Pakistan")
    others = [w.start - sent.start for w in (ctx.in_sentence(actors[0].sentence) if actors else ())
              if w.type == "weapon_system" and w is not it.mention]
    own_from = _after_prep(sent, [m for m in near if 0 <= m.start - sent.start - it.end <= 60
                                  and "," not in sent.text[it.end : m.start - sent.start]
                                  and not _ITEM_BETWEEN.search(sent.text, it.end, m.start - sent.start)
                                  and not any(it.end <= w < m.start - sent.start for w in others)],
                           ("from",), skip=modifier)
    # (not the seller of another weapon's participle before this one: "operates 19 MiG-29s
    # bought from Belarus and a dozen Mirage 2000s")
    ends = [w.end - sent.start for w in (ctx.in_sentence(actors[0].sentence) if actors else ())
            if w.type == "weapon_system" and w is not it.mention and trig.end <= w.end - sent.start <= it.start]
    from_actor = own_from or _after_prep(sent, [m for m in near if m.start - sent.start >= trig.start
                                    and (m.start - sent.start < max(it.end, trig.end)
                                         or "," not in sent.text[max(it.end, trig.end) : m.start - sent.start])
                                    and not (m.start - sent.start < it.start and any(
                                        _PARTICIPLE_FROM.fullmatch(sent.text, e, m.start - sent.start) for e in ends))],
                             ("from",), skip=modifier)
    # (not the agent of a clause after "after": "will be delivered after an upgrade by Lockheed")
    by_actor = _after_prep(sent, [m for m in near if m.start - sent.start < max(trig.end, it.end)
                                  or not _SUBORDINATOR.search(sent.text, max(trig.end, it.end), m.start - sent.start)],
                           ("by",), skip=None)
    with_actor = _after_prep(sent, near, ("with", "between"), skip=modifier)
    subject = _subject(sent, actors, trig, skip=modifier)

    if inventory:
        possessor = next(
            (m for m in actors if m.start - sent.start == trig.start), None
        )
        if mod_state is None and it.system:
            # a weapon listed with no maker after one in service ("Su-27 and Su-30 jets"):
            # the country of its maker
            known = ctx.kb.system(it.system)
            mod_state = known.origin if known is not None else None
        return mod_state, state_actor(possessor) if possessor else None, True

    supplier: str | None = None
    recipient: str | None = None
    between = [m for m in actors if prep_before(sent, m) in ("between", "and")
               and "between" in sent.text[max(0, m.start - sent.start - 60) : m.start - sent.start]]
    direction = trig.direction
    if direction == "supply" and trig.status == "cancelled" and _PURCHASES_AFTER.match(sent.text, trig.end):
        direction = "acquire"  # "suspended purchases of Israeli weapons": the buyer stops, the subject
    if direction == "acquire" and trig.noun and len({state_actor(m) for m in between}) >= 2:
        direction = "deal"  # "a contract between X and Y for the procurement of ..."
    if trig.read == "supplier_role":
        return _supplier_role(sent, actors, trig)
    if trig.read == "giver_between":
        giver = next((a for m in actors if it.end <= m.start - sent.start < trig.start and (a := state_actor(m))), None)
        return giver, _recipient_after(sent, actors, trig, it, modifier), giver is not None
    if direction == "supply" and trig.noun and trig.status != "cancelled":
        # "China condemned the sale of F-16 parts to Taiwan by the United States": the one
        # who sells is the agent, the possessor ("the U.S. sale of") or the maker, not the
        # subject of the sentence, which is often a third party that approves or objects
        # ("awaiting delivery of JF-17 jets from Pakistan": the source right after the weapon)
        supplier = by_actor or _possessor_before(sent, actors, it, trig) or mod_state or own_from
        if supplier is None and subject:
            # (from the subject's last mention before the noun: "A Dutch court ordered the
            # Netherlands to block all exports of")
            gap = sent.text[next((m.end - sent.start for m in reversed(actors) if state_actor(m) == subject
                                  and m.end - sent.start <= trig.start), 0) : trig.start]
            if re.fullmatch(r"\s*(?:['’]s\s+)?(?:\w+\s+){0,3}", gap) or _APPROVAL_GAP.fullmatch(gap):
                supplier = subject  # "the US State Department approved the possible sale of"
        if supplier is None and ctx.focus and (gov := _COUNTRY_START.match(sent.text)) is not None \
                and _APPROVAL_GAP.fullmatch(sent.text, gov.end(), trig.start):
            supplier = ctx.focus  # "The government immediately approved the shipment of": the article's state's
        recipient = _recipient_after(sent, actors, trig, it, modifier)
        if recipient is None and (talks := _TALKS_WITH.search(sent.text, max(0, trig.start - 90), trig.start)) is not None:
            # "India is in talks with Indonesia and Vietnam on possible sales of the BrahMos":
            # the subject sells to the one it talks with
            talker = supplier or subject
            recipient = next((a for m in actors if talks.start() <= m.start - sent.start < trig.start
                              and (a := state_actor(m)) and a != talker), None)
            supplier = talker if recipient else supplier
    elif direction == "supply" and _SHARE_OF.search(sent.text, trig.start, trig.end) \
            and ((exp := _EXPORTS_AFTER.match(sent.text, trig.end)) is not None
                 or (exp := _THEM_AFTER_EXPORTS.match(sent.text, trig.end)) is not None
                 and _EXPORTS_NOUN.search(sent.text, 0, trig.start)):
        # ("Russia's exports halved, and India accounted for 34 percent of them": the buyer's share)
        # "India accounted for 34 percent of Russian (Russia's) arms exports": the share is
        # the buyer's, the exports the seller's
        seller = next((m for m in actors if trig.end <= m.start - sent.start < exp.end()), None)
        supplier, recipient = (state_actor(seller) if seller else None), subject
        if recipient is not None and recipient == supplier:
            # "Pakistan is China's largest arms customer, accounting for 63 percent of Chinese
            # arms exports": the main clause's subject, not the possessor in its predicate
            recipient = next((a for m in actors if m.end - sent.start <= trig.start and prep_before(sent, m) is None
                              and not is_possessive(sent, m) and (a := state_actor(m)) != supplier), None)
    elif direction == "supply" and (absolute := _with_absolute(sent, actors, trig)) is not None:
        supplier, recipient = absolute
    elif direction == "supply":
        supplier = subject
        if _GERUND_OF.search(sent.text, max(0, trig.start - 6), trig.start) and sent.text[trig.start:trig.end].endswith("ing"):
            # "sanctions on three Chinese firms for supplying drone parts to Russia": the one
            # sanctioned or accused supplies, not the subject
            supplier = next((a for m in reversed(actors) if m.end - sent.start <= trig.start
                             and (a := state_actor(m))), supplier)
        recipient = _recipient_after(sent, actors, trig, it, modifier)
        if recipient is None and supplier and (_RELATIVE_END.search(sent.text, 0, trig.start)
                                               or _PRONOUN_OBJECT.match(sent.text, trig.end)
                                               or lexicon().asker_before.search(sent.text, max(0, trig.start - 60), trig.start)):
            # "Hanoi bought its weapons from Russia, which supplied ...", "Athens asked
            # Washington to sell it 20 F-35s": the main clause's subject is the one supplied
            main = next((m for m in actors if m.end - sent.start <= trig.start and prep_before(sent, m) is None
                         and state_actor(m) != supplier and not _attributive(sent, m)), None)
            if main is None and _PRONOUN_OBJECT.match(sent.text, trig.end):
                # "Poland is one of Ukraine's strongest backers and has supplied it with ...": the
                # state the pronoun refers back to, a possessor too
                main = next((m for m in reversed(actors) if m.end - sent.start <= trig.start
                             and m.type == "state" and state_actor(m) != supplier), None)
            recipient = state_actor(main) if main else None
        if recipient is None and with_actor and with_actor != supplier:
            recipient = with_actor  # "in talks with Kyiv about supplying Mirage jets"
        if recipient is None and supplier:
            # "has not decided whether to send Gripens to Ukraine, adding that it would first
            # focus on supplying ASC 890 planes": the one the sentence sends to
            recipient = next((a for m in reversed(actors) if m.end - sent.start <= trig.start
                              and nearest_prep(sent, m) == "to" and (a := state_actor(m)) != supplier
                              and _SENT_TO.search(sent.text, max(0, m.start - sent.start - 100), m.start - sent.start)), None)
        if supplier is None:
            supplier = mod_state
        elif trig.status == "cancelled" and recipient is None and mod_state and mod_state != supplier \
                and modifier is not None and modifier.form in ("demonym", "made"):
            # "Spain cancels Israeli rocket launcher contract": one stops a purchase of a foreign
            # maker's weapons (a seller stops a sale to someone: "halts arms sales to Taiwan")
            supplier, recipient = mod_state, supplier
    elif direction == "acquire" and trig.read == "buyer_by":
        # (the agent of this participle, not the sentence's first: "the Arrow 3 bought by
        # Germany and the David's Sling ordered by Finland")
        recipient = next((a for m in actors if m.start - sent.start >= trig.end and (a := state_actor(m))), None)
        supplier = from_actor or mod_state or _origin(ctx, it)
    elif direction == "acquire":
        recipient = subject
        if trig.noun:
            # "agreed on the purchase of Gripen jets for the Hungarian Air Force": the force's state
            recipient = next((a for m in actors if m.start - sent.start >= it.end
                              and nearest_prep(sent, m) == "for"
                              and (a := state_actor(m))), None) or subject
        # the partner named inside the trigger ("in negotiations with South Korea for"), or
        # the nearest "with X for" before the weapon ("... and with the United States for")
        partners = [a for m in reversed(actors) if trig.start <= m.start - sent.start < it.start
                    and (trig.start <= m.start - sent.start < trig.end
                         or nearest_prep(sent, m) == "with")
                    and (a := state_actor(m)) and a != recipient]
        partner = partners[0] if partners else None
        if len(set(partners)) > 1 and (own := _origin(ctx, it)) in partners:
            partner = own  # "turning to China and Russia for JF-17s and Mi-35s": each from its maker's state
        if partner is None and trig.read == "seller_after":
            # "has long relied on Russia for most of its weapons, including ...": the state
            # relied on (not an adjective: "relied on American F-16s")
            partner = next((a for m in actors if 0 <= m.start - sent.start - trig.end <= 5
                            and m.form not in ("demonym", "made") and (a := state_actor(m)) != recipient), None)
        # (the seller after the weapon, else its own maker's adjective, else a seller named for
        # the whole list)
        supplier = own_from or mod_state or from_actor or by_actor or partner or (with_actor if with_actor != recipient else None)
        if supplier is None:
            # "Mali has turned to Russia for military support since 2020, receiving Mi-35s and
            # L-39s": the state turned to supplies what the clause after it receives
            supplier = next((a for m in actors if m.end - sent.start <= trig.start
                             and _TURNED_TO.search(sent.text, max(0, m.start - sent.start - 30), m.start - sent.start)
                             and (a := state_actor(m)) != recipient), None)
        if supplier is not None and supplier == from_actor != own_from:
            # "from Norway's Kongsberg and Germany's Diehl, including NASAMS and IRIS-T": each
            # weapon from the listed seller that makes it
            origin = _origin(ctx, it)
            if origin is not None and origin != supplier and origin in _from_list(sent, actors, supplier):
                supplier = origin
        if trig.read == "maker_subject" and with_actor and with_actor != recipient and any(
                m.type == "company" and state_actor(m) == recipient for m in actors
                if m.end - sent.start <= trig.start and prep_before(sent, m) is None) and any(
                m.type == "state" and m.key == with_actor for m in near):
            # "Naval Group signed a contract with Indonesia to build ...": the maker signs
            # with its buyer (a state signing with a maker is the buyer: "Peru signed an
            # agreement with Hyundai Heavy Industries to build two frigates")
            supplier, recipient = recipient, with_actor
        if recipient is not None and recipient == from_actor:
            # "Argentina's minister and his Danish counterpart signed a contract for the
            # purchase of F-16s from Denmark": the seller's minister is not the buyer
            recipient = next((a for m in actors if m.end - sent.start <= trig.start
                              and (a := state_actor(m)) not in (None, from_actor)
                              and prep_before(sent, m) in (None, "and") and not _attributive(sent, m)), recipient)
        # (not a purpose: "armoured vehicles from the US for Haiti mission")
        beneficiary = next((a for m in actors if 0 <= m.start - sent.start - it.end < 40
                            and _FOR_AFTER_ITEM.fullmatch(sent.text, it.end, m.start - sent.start)
                            and not _MISSION_AFTER.match(sent.text, m.end - sent.start)
                            and (a := state_actor(m))), None)
        if not trig.noun and beneficiary and recipient and beneficiary != recipient:
            # "Sweden has ordered 40 CV90 vehicles for Ukraine": bought for another state,
            # from the seller named, else from the buyer's own industry
            supplier, recipient = supplier or recipient, beneficiary
    elif direction == "arrive" and sent.text[trig.start : trig.end].endswith("from"):
        # "Argentina's F-16s arrive from Denmark": the source follows, the possessor receives
        source = next((m for m in actors if m.start - sent.start >= trig.end), None)
        supplier = (state_actor(source) if source is not None else None) or mod_state
        recipient = mod_state if modifier is not None and is_possessive(sent, modifier) else None
        if recipient == supplier:
            supplier = state_actor(source) if source is not None else None
    elif direction == "arrive":
        inside = [m for m in actors if trig.start <= m.start - sent.start < trig.end]
        recipient = state_actor(inside[0]) if inside else \
            _recipient_after(sent, actors, trig, it, modifier, direct=True)
        supplier = mod_state or from_actor or _possessor_before(sent, actors, it)
    elif direction == "passive":
        recipient = _recipient_after(sent, actors, trig, it, modifier, direct=True, preps=("to", "for", "into"))
        if sent.text[trig.end - 2 : trig.end] == "by":
            recipient = _recipient_after(sent, actors, trig, it, modifier, preps=("to", "for", "into"))  # "offered by Beijing"
        if recipient is None:
            # "three Chang Bogo-class boats ordered by Indonesia in 2011 were delivered": the
            # agent of the purchase between the weapon and the verb bought them
            recipient = next((a for m in actors if it.end <= m.start - sent.start < trig.start
                              and _BOUGHT_BY_GAP.fullmatch(sent.text, it.end, m.start - sent.start)
                              and (a := state_actor(m))), None)
        owner = modifier is not None and modifier.type == "state" and is_possessive(sent, modifier)
        # ("Canada's four Victoria-class submarines, bought second-hand from Britain": the
        # possessor holds them, the one after "from" sold them)
        supplier = (None if owner else mod_state) or (by_actor if by_actor != recipient else None) or from_actor
        if owner and recipient is None:
            recipient = mod_state
        if trig.read == "made_with" and supplier is None:
            # "built locally with France's Naval Group": the foreign partner supplies the design
            supplier = next((a for m in actors if m.start - sent.start >= trig.end and (a := state_actor(m))), None)
        if trig.weak and recipient is None and subject != supplier:
            # a participle after the weapon ("operates BrahMos batteries bought from India"):
            # the main clause's subject holds them
            recipient = subject
        if supplier is None and recipient is None and subject and (origin := _origin(ctx, it)) and origin != subject:
            # "India remains the largest buyer ..., and the remaining S-400 regiments will be
            # delivered by 2026": a foreign maker's weapons come to the subject, not from it
            supplier, recipient = origin, subject
        supplier = supplier or subject
    elif direction == "deal":
        # (not a state of a clause that follows: "... was cancelled after Washington threatened sanctions")
        sub = _SUBCLAUSE.search(sent.text, max(it.end, trig.end)) or _SETTING_AFTER.search(sent.text, max(it.end, trig.end))
        # (nor one describing the maker in an apposition: "with BrahMos Aerospace, an Indian-Russian joint venture,")
        # (nor one of a clause before: "the Mirage deal with Qatar was suspended, while a memorandum
        # signed with Boeing for 24 F-15EX jets ...")
        lead = max((c.end() for c in _CLAUSE_BEFORE.finditer(sent.text, 0, trig.start)), default=0)
        parties = [a for m in (between or actors) if (a := state_actor(m))
                   and lead <= m.start - sent.start
                   and (sub is None or m.start - sent.start < sub.start()) and not _maker_apposition(sent, m)]
        if _ITS_DEAL_START.match(sent.text) and not any(m.end - sent.start <= trig.start for m in actors):
            # "Kazakhstan moved first. Its contract for 14 Hurjet trainers, signed with Turkey,
            # gave it a foothold in a market dominated by Russia": here only the one it was
            # signed with is a party; the owner is the sentence before's subject (the "It"
            # fallback of _read_sentence, _ITS_DEAL_START)
            parties = [a for m in actors if (a := state_actor(m))
                       and prep_before(sent, m) in ("with", "from", "between")]
        # (a possessor is the deal's owner, not the maker: "Serbia's 12-jet Rafale deal with France")
        # (a maker's possessive is the maker: "ships based on Fincantieri's FREMM-EVO design")
        origin = (mod_state if modifier is None or not is_possessive(sent, modifier) or modifier.type == "company"
                  else None) or _origin(ctx, it)
        # "Rheinmetall won an order from Hungary for": the one the order came from buys
        buyer = next((a for m in actors if trig.start <= m.start - sent.start < trig.end
                      and nearest_prep(sent, m) == "from" and (a := state_actor(m))), None)
        beneficiary = next((a for m in actors if m.start - sent.start >= it.end and nearest_prep(sent, m) == "for"
                            and (a := state_actor(m))), None) if trig.read == "buyer_after_for" else None
        if beneficiary is not None:
            # "The Pentagon awarded Lockheed a contract to build jets for Bulgaria": the
            # government that awards buys for the state after "for"
            recipient, supplier = beneficiary, subject or origin
        elif buyer is not None:
            recipient = buyer
            supplier = next((a for m in reversed(actors) if m.end - sent.start <= trig.start
                             and m.type == "company" and (a := state_actor(m)) and a != buyer), None) or origin
        elif origin and origin in parties:
            supplier = origin
            recipient = next((p for p in parties if p != origin), None)
        else:
            # (a subject of this clause: not one before "; the Rafale-M contract was signed")
            recipient = subject if any(state_actor(m) == subject and m.start - sent.start >= lead for m in actors) else None
            # the party named inside the trigger ("a contract with Turkish Aerospace ... for")
            named_in = next((a for m in actors if trig.start <= m.start - sent.start < trig.end
                           and (a := state_actor(m)) and a != recipient), None)
            # (or the builder: "signed a contract for two frigates to be built by Turkey's TAIS")
            # (not the article's own state: "to be built by a consortium of Spanish firms" in Spain)
            supplier = named_in or from_actor or with_actor or origin or (
                by_actor if by_actor not in (recipient, ctx.focus) else None)
    if supplier is None and direction in ("acquire", "passive") \
            and _UNNAMED_SOURCE.match(sent.text, it.end):
        # "received its first F-16 jets from Western allies": the text says the sellers are
        # not the maker and does not name them here; no seller is guessed
        return None, recipient, True
    explicit = supplier is not None
    if supplier is None:
        supplier = _origin(ctx, it)
    return supplier, recipient, explicit


_UNNAMED_SOURCE = re.compile(
    r"(?:[\s-]+[a-z][\w-]*){0,4}\s*(?:from|by)\s+(?:its\s+|their\s+|the\s+|several\s+|other\s+)?(?:western\s+|european\s+|nato\s+|foreign\s+|"
    r"international\s+)?(?:allies|partners|countries|nations|donors|backers|suppliers|governments|the\s+west)\b", re.IGNORECASE)


def _agents_after(sent: Sentence, actors: list[Mention], pos: int) -> list[str]:
    """The states of a 'by' agent right after a passive verb ending at `pos` (sentence
    offset), with those coordinated with it ('by Russia and Belarus')."""
    if not _BY_AGENT_RE.match(sent.text, pos):
        return []
    states = [m for m in actors if m.type == "state"]
    k = next((j for j, m in enumerate(states) if m.start - sent.start >= pos), None)
    if k is None or not _BY_AGENT_RE.fullmatch(sent.text, pos, states[k].start - sent.start):
        return []
    first = states[k].key
    return [first, *(c for c in coordinated(sent, states, k, 1) if c != first)] if first else []


_BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
# a government that approves a sale of its own weapons ("The U.S. State Department has
# approved the potential sale of")
_APPROVAL_GAP = re.compile(
    r"\s*(?:['’]s\s+)?(?:[\w.]+\s+){0,4}?(?:[\w\s]{1,40},\s+)?(?:has\s+|have\s+|had\s+)?(?:formally\s+|officially\s+)?"
    r"(?:approved|approves|approve|authori[sz]ed|authori[sz]es|cleared|clears|greenlit|greenlights|okayed|allow|allows|allowed|permit|permits|permitted)\s+"
    r"(?:a|an|the)?\s*(?:[\w$€£.,-]+\s+){0,4}", re.IGNORECASE)
_RELATIVE_END = re.compile(r",\s*(?:which|who)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s[—–]\s|;|\s-\s|, (?:which|who|while|but|saying|adding)\b")


def _clause_around(sent: Sentence, actors: list[Mention], trig: Trigger, it: Item) -> list[Mention]:
    """Actors of the clause a trigger and its weapon stand in: nothing past a dash, a
    semicolon or a new clause ('— its biggest purchase since it broke away from ...')."""
    lo = min(trig.start, it.start)
    hi = max(trig.end, it.end)
    m = _CLAUSE_END.search(sent.text, hi)
    end = m.start() if m else len(sent.text)
    starts = [x.end() for x in _CLAUSE_END.finditer(sent.text, 0, lo)]
    start = starts[-1] if starts else 0
    return [a for a in actors if start <= a.start - sent.start < end]


def _coordinated(sent: Sentence, actors: list[Mention], first: str | None, after_from: bool = False) -> list[str]:
    """The other states of a coordinated subject ending in `first` ('A, B and C ...'),
    or with `after_from`, those after a 'from X' ('from Denmark and the Netherlands')."""
    if first is None:
        return []
    names = [m for m in actors if m.type == "state" and m.form == "name"]
    if after_from:
        k = next((j for j, m in enumerate(names) if m.key == first and prep_before(sent, m) == "from"), None)
    else:
        k = next((j for j in range(len(names) - 1, -1, -1) if names[j].key == first), None)
    if k is None:
        return []
    return [c for c in coordinated(sent, names, k, 1 if after_from else -1) if c != first]


def _co_recipients(sent: Sentence, actors: list[Mention], key: str, after: int) -> list[str]:
    """The states coordinated after a recipient 'to X' ('to India, Qatar and Egypt',
    'to several countries, including Nigeria, Mali and Somalia')."""
    # (capitals too: "sold Wing Loong drones to both Riyadh and Abu Dhabi")
    names = [m for m in actors if m.type == "state" and m.form in ("name", "capital") and m.start - sent.start >= after]
    k = next((j for j, m in enumerate(names) if m.key == key
              and (nearest_prep(sent, m) in ("to", "for") or _TO_GROUP_INCLUDING.search(sent.text, after, m.start - sent.start))),
             None)
    if k is None:
        return []
    # (not the subject of the next clause: "... to Ukraine, and Germany will replace them")
    end = next((j for j in range(k + 1, len(names)) if _NEW_CLAUSE_VERB.match(sent.text, names[j].end - sent.start)),
               len(names))
    return [c for c in coordinated(sent, names[:end], k, 1) if c != key]


_NEW_CLAUSE_VERB = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|can|could|should|must|plans?|agreed|"
                              r"said|says|also|then)\b", re.IGNORECASE)


def _co_subjects(sent: Sentence, actors: list[Mention], key: str, before: int) -> list[str]:
    """The other states of a coordinated subject ('A, B and C bought ...') that holds
    `key`, before the verb at `before` (sentence offset)."""
    # (a capital is a subject too: "Brazil, Argentina sign a pact; Buenos Aires buys ...")
    names = [m for m in actors if m.type == "state" and m.form in ("name", "capital", "metonym")
             and m.end - sent.start <= before]
    k = next((j for j in range(len(names) - 1, -1, -1) if names[j].key == key), None)
    if k is None or names[k].form != "name" or prep_before(sent, names[k]) not in (None, "and"):
        return []
    names = [m for m in names if m.form == "name"]
    k = names.index(next(m for m in reversed(names) if m.key == key))
    return [c for c in coordinated(sent, names, k, -1) + coordinated(sent, names, k, 1) if c != key]


def _subject(
    sent: Sentence, actors: list[Mention], trig: Trigger, skip: Mention | None
) -> str | None:
    """The actor before the trigger that acts: the nearest one not governed by a
    preposition, or the one right before an infinitive ('for France to sell')."""
    before = [m for m in actors if m.end - sent.start <= trig.start and m is not skip
              and not _attributive(sent, m) and not in_apposition(sent, m)]
    if not before:
        return None
    last = before[-1]
    if _NEW_SUBJECT_GAP.search(sent.text, last.end - sent.start, trig.start):
        return None  # "The US had offered F-16s, but the air force chose the Swedish jets": another subject
    if last.type == "company" and len(before) > 1 and before[-2].type == "state" and is_possessive(sent, before[-2]) \
            and prep_before(sent, before[-2]) is None \
            and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,2}", sent.text[before[-2].end - sent.start : last.start - sent.start]):
        return state_actor(before[-2])  # "Germany's KNDS will deliver": the state the text names
    gap = sent.text[last.end - sent.start : trig.start]
    if _CONTROL_BEFORE.search(sent.text, max(0, last.start - sent.start - 30), last.start - sent.start) \
            and _INFINITIVE_GAP.fullmatch(gap):
        return state_actor(last)  # "ordered Belgium to block all exports of": the one told acts
    if _PRONOUN_SUBJECT.match(gap) and len(before) > 1:
        # "the UAE has informed Washington it will suspend ...": "it" is the main subject
        first = next((m for m in before if prep_before(sent, m) is None and m is not last), None)
        if first is not None:
            return state_actor(first)
    if re.match(r"\s*(?:and|but|then)\s+(?:\w+\s+)?$", gap) and not re.match(r"\s*(?:and|but)\s+(?:will|would|has|have|had)\s+$", gap):
        # "Romania will back Rutte and donate ...": a second verb shares the first one's subject
        first = next((m for m in before if prep_before(sent, m) is None), None)
        if first is not None and first is not last:
            return state_actor(first)
    if _AND_PERFECT_END.search(gap) and (is_possessive(sent, last) or prep_before(sent, last) is not None
                                         or last.type == "company"):
        # "Vietnam bought Israel's SPYDER in 2015 and has operated T-90S tanks since 2017":
        # a second predicate's subject is the first one's, not a possessor inside its object
        # (nor a maker: "is buying two Airbus A330 tankers and has expressed interest in")
        first = next((m for m in before if prep_before(sent, m) is None and not is_possessive(sent, m)), None)
        if first is not None:
            return state_actor(first)
    if re.fullmatch(r"\s*(?:['’]s\s+)?(?:\w+ly\s+|has\s+|have\s+|had\s+|will\s+|would\s+|also\s+|now\s+|today\s+|yesterday\s+)*", gap) \
            and prep_before(sent, last) in (None, "for", "and"):
        # (not "in negotiations with Beijing to acquire": Beijing is the partner there)
        return state_actor(last)
    # "... from Russia, which supplied ...": a relative clause's subject is the actor it
    # hangs on, whatever governs that actor
    # (also after what it was relied on for: "relied on Russia for weapons, which supplied")
    # (or on its service: "a relationship with the Omani armed forces, which already operate")
    if re.fullmatch(r"\s*(?:(?:armed\s+forces|army|navy|air\s+force|military|government|authorities)\s*)?"
                    r"(?:for\s+[\w-]+(?:\s+[\w-]+)?\s*)?,?\s*(?:which|who)\s+"
                    r"(?:\w+ly\s+|has\s+|have\s+|had\s+|will\s+|would\s+|also\s+|already\s+)*", gap):
        return state_actor(last)
    # "India's decision to supply", "Turkey's plan to sell": the possessor acts
    if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}?(?:decision|plan|plans|move|bid|offer|readiness|intention|agreement|promise|pledge)\s+", gap):
        return state_actor(last)
    place = next((m for m in before if m.start - sent.start < 40 and _IN_PLACE_START.fullmatch(sent.text, 0, m.start - sent.start)
                  and _BODY_AFTER_PLACE.match(sent.text, m.end - sent.start)), None)
    if place is not None and not any(m is not place and prep_before(sent, m) is None and m.type != "company"
                                     for m in before):
        return state_actor(place)  # "In neighboring Saudi Arabia, officials are in advanced talks with Brazil's Embraer"
    for m in reversed(before):
        p = prep_before(sent, m)
        if _PREP_WHICH_BEFORE.search(sent.text, max(0, m.start - sent.start - 20), m.start - sent.start) \
                and re.fullmatch(r"\s+(?:\w+\s+){0,2}", sent.text[m.end - sent.start : trig.start]):
            return state_actor(m)  # "the contract ..., under which Austria will receive": the clause's subject
        if p in (None, "and"):
            # 'Greece and France' as a subject: take the first of the pair
            return state_actor(m)
        if p in ("in", "of") and body_in(sent, m):
            # "Officials in La Paz have held talks", "the navy of Chile ordered": the state they serve
            return state_actor(m)
    return None


_PREP_WHICH_BEFORE = re.compile(r"\b(?:under|by|through|with|in|via)\s+which\s+$", re.IGNORECASE)
_IN_PLACE_START = re.compile(r"\W*(?:In|in)\s+(?:neighbou?ring\s+|nearby\s+)?")
_BODY_AFTER_PLACE = re.compile(r"\s*,\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:officials|authorities|government|ministry|"
                               r"military|army|navy|air\s+force|defen[cs]e\s+ministry|leaders|generals|commanders)\b",
                               re.IGNORECASE)
_NEW_SUBJECT_GAP = re.compile(
    r",?\s+(?:but|while|whereas|yet|and)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:government|air\s+force|army|navy|military|"
    r"ministry|officials|authorities|cabinet|parliament|junta)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SUBJECT_NOUN = re.compile(
    r"^[\s-]*(?:\w+\s+){0,2}?(?:government|side|authorities|officials|military|army|forces?|armed forces|navy|"
    r"air force|leadership|president|ministry|defen[cs]e ministry|troops|state|administration|cabinet|"
    r"company|firm|manufacturer|maker|industry|delegation|parliament|senate|council|agency)\b",
    re.IGNORECASE,
)


# (after a leading time phrase too: "In March it signed a contract with Norway's Kongsberg")
_IT_SUBJECT_START = re.compile(
    r"\s*(?:(?:In|On|By|Last|Earlier|Later|This|Since)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+it|"
    r"(?:Alongside|Besides|Beyond|Apart\s+from|Like|Unlike|After|Before|Despite)\b[^,;]{3,80},\s+it|It)\s+"
    r"(?!is\b|was\b|said\b|says\b)")  # ("Alongside its Russian Su-30SM fighters, it operates ...")
# "Its contract for 14 Hurjet trainers, signed with Turkey, ...": the deal is the buyer's of the
# sentence before, as after a leading "It"
_ITS_DEAL_START = re.compile(r"\s*(?:Its|Their)\s+(?:[\w$€£.,-]+\s+){0,2}?(?:contract|deal|order|purchase|agreement)\b")


def _topic_before(ctx: Context, prev_i: int | None) -> str | None:
    """The state the sentence before is about ("It" and "it" go on with it)."""
    return _topic(ctx.sentences[prev_i], ctx.in_sentence(prev_i)) if prev_i is not None else None


def _topic(sent: Sentence, ms: list[Mention]) -> str | None:
    """The state a sentence is about when it opens with it ("Athens has been ...",
    "Greece's defence minister said ..."): its first actor, governed by no preposition."""
    first = next((m for m in ms if m.type in ("state", "person") and state_actor(m)), None)
    if first is None or first.start - sent.start > 40 or is_dateline(sent, first):
        return None
    if prep_before(sent, first) is not None or _attributive(sent, first):
        return None
    return state_actor(first)


def _maker_apposition(sent: Sentence, m: Mention) -> bool:
    """'BrahMos Aerospace, an Indian-Russian joint venture, ...': a state that describes a
    company in an apposition is no party to the deal."""
    rel = m.start - sent.start
    return bool(_APPOSITION_LEAD.search(sent.text, max(0, rel - 30), rel)) \
        and bool(_COMPANY_NOUN_AFTER.match(sent.text, m.end - sent.start))


def _attributive(sent: Sentence, m: Mention) -> bool:
    """A demonym that only describes a thing ('Soviet-era equipment', 'Indian artillery')
    cannot act; 'the Armenian side', 'Indian officials' can."""
    if m.form not in ("demonym", "made", "led"):
        return False
    if m.form in ("made", "led"):
        return True
    return not _SUBJECT_NOUN.match(sent.text[m.end - sent.start : m.end - sent.start + 40])


def _after_prep(
    sent: Sentence, actors: list[Mention], preps: tuple[str, ...], skip: Mention | None
) -> str | None:
    for m in actors:
        if m is skip:
            continue
        # (the nearest preposition: "most of its weapons from Russia" is "from", not "of";
        # but "away from Russia" is a departure)
        first = prep_before(sent, m)
        if first in preps or (first != "away from" and not departure_before(sent.text, m.start - sent.start)
                              and nearest_prep(sent, m) in preps):
            if _HOSTILE_WITH.search(sent.text, 0, m.start - sent.start):
                continue  # "used during the war with Syria": an enemy, not a trading partner
            return state_actor(m)
    return None


def _from_list(sent: Sentence, actors: list[Mention], first: str) -> list[str]:
    """The sellers listed with the first one named after "from" ("from Norway's Kongsberg
    and Germany's Diehl"): the states and makers after it joined by a comma or "and"."""
    k = next((k for k, m in enumerate(actors) if state_actor(m) == first and prep_before(sent, m) == "from"), None)
    out: list[str] = []
    while k is not None and k + 1 < len(actors):
        a, b = actors[k], actors[k + 1]
        if not _FROM_LIST_GAP.fullmatch(sent.text, a.end - sent.start, b.start - sent.start):
            break
        k += 1
        if (key := state_actor(b)) is not None:
            out.append(key)
    return out


_FROM_LIST_GAP = re.compile(r"['’]s\s+|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")  # (a maker after its state's name)


_HOSTILE_WITH = re.compile(
    r"\b(?:war|wars|conflict|fighting|clashes|battles?|hostilities|standoff|tensions|rivalry|dispute|border)"
    r"\s+(?:with|against)\s+(?:the\s+)?$", re.IGNORECASE)


def _recipient_after(
    sent: Sentence,
    actors: list[Mention],
    trig: Trigger,
    it: Item,
    modifier: Mention | None,
    direct: bool = False,
    preps: tuple[str, ...] = ("to", "for", "into", "in", "at"),
) -> str | None:
    """The recipient after a supply verb: 'to/for X', or the indirect object right
    after the verb ('sell Armenia Caesar howitzers', 'supplying Armenia with')."""
    if modifier is not None and is_possessive(sent, modifier) and _SHARE_OF.search(sent.text, trig.start, trig.end) \
            and re.fullmatch(r"\s*", sent.text[trig.end : modifier.start - sent.start]):
        return state_actor(modifier)  # "supplied 61 percent of Pakistan's arms imports": the importer
    after = [m for m in actors if m.start - sent.start >= trig.start and m is not modifier]
    for m in after:
        rel = m.start - sent.start
        p = prep_before(sent, m)
        if p in preps or nearest_prep(sent, m) == "to" or _TO_GROUP_INCLUDING.search(sent.text, trig.end, rel):
            # (the preposition right before it: "sale of NASAMS to Taiwan"; the first of a
            # list: "to several African countries, including Nigeria, Mali and Somalia")
            return state_actor(m)
        gap = sent.text[trig.end : rel]
        if (direct or rel <= it.start) and re.fullmatch(r"\s*(?:the\s+|its\s+)?", gap):
            return state_actor(m)
    # the possessive subject of a noun trigger: 'India's decision to supply ... to Armenia' handled
    # above; 'Armenia's acquisition of' has the recipient before the noun
    if trig.noun:
        for m in actors:
            if m.end - sent.start <= trig.start and is_possessive(sent, m):
                return state_actor(m)
    return None


_LISTED_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                            re.IGNORECASE)
_TO_GROUP_INCLUDING = re.compile(
    r"\bto\s+(?:[\w-]+\s+){0,3}(?:countries|states|nations|governments|allies|partners|customers),?\s+"
    r"(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?$", re.IGNORECASE)
_EXPORTS_AFTER = re.compile(r"\s+(?:all\s+)?(?:the\s+)?[\w.'’-]+(?:['’]s)?\s+(?:arms\s+|weapons\s+|military\s+)?(?:exports|sales|deliveries)\b",
                            re.IGNORECASE)
_THEM_AFTER_EXPORTS = re.compile(r"\s+(?:them|those)\b", re.IGNORECASE)
_EXPORTS_NOUN = re.compile(r"\b(?:arms\s+|weapons\s+)?exports\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"(?:%|per\s*cent|percent|most|much|half|bulk|majority|thirds?|quarters?)\s+of$", re.IGNORECASE)
# a weapon that is compared has a clause of its own that trades it ("will replace its Mirage
# 2000P interceptors, which were delivered by France in 1986"): it is traded too
_OWN_TRADE_CLAUSE = re.compile(
    r",\s*(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:delivered|supplied|bought|purchased|acquired|ordered|donated|sold|transferred)\b", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r",\s*(?:which|that|who)\s", re.IGNORECASE)
_RELATIVE_BETWEEN = re.compile(r",\s*(?:which|who|whom)\s+(?!(?:include|includes|included|including|are|were|is|was)\b)",
                               re.IGNORECASE)
# (and a headline's "as" clause: "Egypt turns to China for J-10Cs as US jets stall")
_CLAUSE_SPLIT = re.compile(r",\s+(?:while|whereas|but|although|though)\s+|;\s+|(?<!such)(?<!well)(?<!known)(?<!designated)(?<!named)"
                           r"(?<!called)(?<!same)\s+as\s+(?=[A-Z]|$)")


def _with_absolute(sent: Sentence, actors: list[Mention], trig: Trigger) -> tuple[str, str] | None:
    """(supplier, recipient) of "with Russia supplying 36% of its arms imports", "with the
    United States accounting for 45% of its imports": the state before the participle
    supplies the one the main clause is about (the last other state before "with")."""
    seller = next((m for m in reversed(actors) if m.end - sent.start <= trig.start), None)
    if seller is None or not _WITH_THEN_GAP.fullmatch(sent.text, seller.end - sent.start, trig.start) \
            or not _WITH_BEFORE.search(sent.text, max(0, seller.start - sent.start - 10), seller.start - sent.start) \
            or not sent.text[trig.start : trig.end].split()[0].endswith("ing") \
            or not _ITS_AFTER.match(sent.text, trig.end):
        return None
    supplier = state_actor(seller)
    owner = next((a for m in reversed(actors) if m.end <= seller.start and (a := state_actor(m)) and a != supplier), None)
    return (supplier, owner) if supplier and owner else None


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_THEN_GAP = re.compile(r"\s+(?:still\s+|alone\s+)?(?:(?:remaining|still|being|now)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}"
                            r"(?:supplier|source),\s+)?")  # ("with Russia remaining its main supplier, accounting for")
_ITS_AFTER = re.compile(r"\s+(?:[\w%.]+\s+){0,4}?(?:of\s+)?(?:its|their)\b", re.IGNORECASE)


def _supplier_role(sent: Sentence, actors: list[Mention], trig: Trigger) -> tuple[str | None, str | None, bool]:
    """(supplier, recipient, stated) of "X is Y's main supplier", "with X still its main
    supplier", "X became a weapons supplier to Y"."""
    text = sent.text
    before = [m for m in actors if m.end - sent.start <= trig.start and state_actor(m)
              and not _attributive(sent, m) and m.type in ("state", "person", "company")]
    owner = next((m for m in reversed(before) if is_possessive(sent, m)
                  and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,3}", text[m.end - sent.start : trig.start])), None)
    sellers = [m for m in before if m is not owner and not is_possessive(sent, m)
               and prep_before(sent, m) in (None, "with", "and")]
    supplier = state_actor(sellers[-1]) if sellers else None
    recipient = state_actor(owner) if owner else None
    if recipient is None and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", text[max(0, trig.start - 50) : trig.start]):
        # "India was the second-largest importer, with Russia still its main supplier"
        main = next((m for m in before if prep_before(sent, m) is None and not is_possessive(sent, m)
                     and state_actor(m) != supplier), None)
        recipient = state_actor(main) if main else None
    if recipient is None:
        after = next((m for m in actors if 0 <= m.start - sent.start - trig.end <= 40
                      and prep_before(sent, m) in ("to", "of", "for")), None)
        recipient = state_actor(after) if after else None
    if supplier == recipient:
        return None, None, False
    return supplier, recipient, supplier is not None


def _possessor_before(sent: Sentence, actors: list[Mention], it: Item, trig: Trigger | None = None) -> str | None:
    for m in reversed(actors):
        if m.end - sent.start <= it.start and is_possessive(sent, m):
            return state_actor(m)
    if trig is not None and ITS_BEFORE.search(sent.text, max(0, trig.start - 8), trig.start):
        # "sanctions on Iran over its supply of drones": "its" is the state just named
        return next((a for m in reversed(actors) if m.end - sent.start <= trig.start and (a := state_actor(m))), None)
    return None


def _origin(ctx: Context, it: Item) -> str | None:
    """The KB's country of origin; for a variant it does not list ("F-15QA"), that of
    the base designation ("F-15")."""
    if not it.system:
        return None
    name = it.system
    while True:
        # "Anka": Anka-B, Anka-S (the name as written, not a trimmed one: "Sky Sabre" is no "Sky")
        w = ctx.kb.find_system(name) or (ctx.kb.find_by_stem(name) if name == it.system else None)
        if w is not None and w.origin:
            return w.origin
        # drop a variant suffix ("F-15QA" -> "F-15"), else a last word ("Rafale Marine" -> "Rafale")
        trimmed = re.sub(r"(?<=\d)[A-Za-z]{1,3}$", "", name)
        if trimmed == name:
            trimmed = re.sub(r"[-\s]+[\w]+$", "", name)
        if trimmed == name or len(trimmed) < 3:
            break  # the full name may be short ("K9"); a trimmed one may not
        name = trimmed
    return ctx.kb.origin_of_prefix(it.system)


def _after_publication(date: str, published: str | None) -> bool:
    return bool(published) and not date_contains(date, published) and date_key(date) > (published or "")


def _fallback_date(ctx: Context, text: str, trig: Trigger, status: str, lead: bool = False) -> str | None:
    """No date in the sentence: a recent report (the lead's delivery, 'recently', a deal
    'signed', a delivery in the present perfect) happened at about the publication date;
    background does not."""
    if not ctx.published:
        return None
    lex = lexicon()
    if lex.recency.search(text) or (lead and status == "delivered" and trig.direction in ("acquire", "supply")
                                    and _LEAD_PAST.match(text, trig.start) and not _BACKGROUND_RE.search(text)):
        return ctx.published  # "Taiwan took delivery of ..., the ministry said on Monday"
    if status in ("ordered", "talks") and _SIGN_RE.search(text):
        return ctx.published
    if status == "delivered" and _PERFECT_RE.search(text[max(0, trig.start - 12) : trig.end]) \
            and not _PURCHASE_END.search(text, trig.start, trig.end) \
            and not _BACKGROUND_RE.search(text, max(0, trig.start - 12), trig.end + 20) \
            and not _TIME_SPAN_AFTER.search(text, trig.end):
        return ctx.published  # (not "has previously bought": background, undated)
    return None


# "has also bought Russian Pantsir systems and Chinese drones in recent years", "has relied
# on American F-16s for four decades": the clause's span of time covers every weapon in it
_TIME_SPAN_AFTER = re.compile(r"\b(?:in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
                               r"for\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:years|decades))\b[^;]*$",
                               re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:port|city|town|village|province|region|base|airport|harbou?r|island)\s+of\s+$",
                           re.IGNORECASE)
# ("has bought 366 Abrams tanks": the purchase is recent, not the weapons' arrival)
_PURCHASE_END = re.compile(r"(?:bought|purchased|acquired|procured|obtained)$", re.IGNORECASE)
_LEAD_PAST = re.compile(r"(?:took|received|delivered|handed\s+over|shipped|donated)\b", re.IGNORECASE)
_BACKGROUND_RE = re.compile(r"\b(?:previously|earlier|formerly|already|in\s+the\s+past|long\s+(?:ago|since)|over\s+the\s+years|"
                            r"(?:has|have|had)\s+long|traditionally|historically|for\s+decades|"
                            r"in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?))\b",
                            re.IGNORECASE)  # (not "long-range")


def _description(text: str, it: Item, trig: Trigger | None = None) -> str | None:
    if it.system is None:
        return it.text.strip() or None
    end = _np_end(text, it.end)
    if trig is not None and it.end <= trig.start < end:
        end = trig.start  # "jets bought from ...": the verb is not part of the description
    head = _head_phrase(text, it.end, end)
    if _DEAL_HEAD.search(head):
        return None  # "sign Rafale and frigate deals", "tank contract": the deal, not the weapon
    return head or None


def _head_phrase(text: str, start: int, end: int) -> str:
    """The words after a system's name that are its head phrase ("Scorpene-class submarines
    built ..." -> "submarines"): up to a word of another phrase ("the first Gripen to arrive
    in ..."); "air and missile defence system" keeps its "and", "radars and" does not."""
    tail = _CLASS_SUFFIX.sub("", text[start:end]).strip()
    cut = _NOT_HEAD_WORD.search(tail)
    if cut is not None:
        tail = tail[: cut.start()]
    return _DANGLING.sub("", tail).strip()


_DEAL_HEAD = re.compile(r"\b(?:deals?|contracts?|orders?|agreements?|packages?|purchases?|sales?|programmes?|programs?)\b",
                        re.IGNORECASE)
_NOT_HEAD_WORD = re.compile(
    r"(?:^|\s)(?:to|in|into|of|from|for|with|by|at|on|as|that|which|who|but|is|are|was|were|has|have|had|"
    r"will|would|be|been|being|it|its|their|since|until|during|when|while|because|despite|amid|than|via|"
    r"later|this|next|last)\b"
    r"|\s(?:and|or)\s+[a-z]+ing\b"  # ("air defence systems and signing a deal": another clause)
    r"|\s(?:built|made|bought|ordered|delivered|supplied|produced|manufactured|acquired|purchased|signed|sold)\b")
_CLASS_SUFFIX = re.compile(r"^-(?:class|type)\b", re.IGNORECASE)
_DANGLING = re.compile(r"(?:(?:^|\s+)(?:and|or|the|a|an))+\s*$")


_NAMED_AS = re.compile(
    r"\s*(?:[a-z][\w-]*\s*){0,3}?[(,]?\s*(?:also\s+|otherwise\s+|locally\s+|commonly\s+)?"
    r"(?:known|called|dubbed|designated|named|referred\s+to)\s+(?:as\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})")


def _other_names(ctx: Context) -> dict[str, str]:
    """'FDI HN frigates, known as Belharra', 'the T-7A, also called the Red Hawk': two
    names of one system in the document (the one the knowledge base knows is kept)."""
    weapons = {m.key for m in ctx.mentions if m.type == "weapon_system" and m.key}
    out: dict[str, str] = {}
    for i, sent in ctx.body():
        for a in ctx.in_sentence(i):
            if a.type != "weapon_system" or not a.key:
                continue
            mt = _NAMED_AS.match(sent.text, a.end - sent.start)
            if mt is None:
                continue
            other = next((w for w in weapons if w != a.key and mt.group("name").startswith(w)), None)
            if other is None:
                continue
            keep, alias = (other, a.key) if ctx.kb.find_system(a.key) is None and ctx.kb.find_system(other) \
                else (a.key, other)
            out.setdefault(ctx.kb.system_key(alias), keep)
    return out


def _merge_in_document(ctx: Context, cands: list[Candidate]) -> list[Transfer]:
    named: dict[tuple[str | None, str | None, str], Transfer] = {}
    keyorder: list[tuple[str | None, str | None, str]] = []
    surfaces: dict[tuple[str | None, str | None, str], set[str]] = {}  # as written, folded to letters and digits
    headline_only: dict[tuple[str | None, str | None, str], bool] = {}  # read from the headline alone
    # the supplier a system has elsewhere in the document beats the KB's origin
    stated: dict[tuple[str, str | None], str] = {}
    for c in cands:
        if c.system and c.explicit_supplier and c.supplier:
            stated.setdefault((ctx.kb.system_key(c.system), c.recipient), c.supplier)
    other_name = _other_names(ctx) if cands else {}
    # "Portugal took delivery of its first aircraft" after "the C-390" in the same sentence:
    # a definite weapon of no named system is the one system of its kind named beside it
    beside: dict[tuple[int, str | None], set[tuple[str, str | None]]] = {}
    name_of: dict[str, str] = {}
    for c in cands:
        if c.system is not None:
            beside.setdefault((c.sentence, c.category), set()).add((ctx.kb.system_key(c.system), c.supplier))
            name_of.setdefault(ctx.kb.system_key(c.system), c.system)
    for n, c in enumerate(cands):
        one = beside.get((c.sentence, c.category), set())
        if c.system is None and c.supplier is None and c.definite and c.category and len(one) == 1:
            sk, sup = next(iter(one))
            cands[n] = replace(c, system=sk, supplier=sup, explicit_supplier=False)
        elif c.system is None and c.definite and c.category and not one:
            # "Vietnam is in talks to buy the missile" after the one missile the article named
            # before: that system, from its seller there
            before = {(k, v) for (s, cat), named_here in beside.items() if s < c.sentence and cat == c.category
                      for k, v in named_here}
            if len({k for k, _ in before}) == 1:
                sk = next(iter(before))[0]
                sup = c.supplier or next((v for _, v in sorted(before, key=str) if v), None)
                if sup is not None and sup != c.recipient:
                    cands[n] = replace(c, system=name_of[sk], supplier=sup,
                                       explicit_supplier=c.explicit_supplier and c.supplier is not None)
    for c in cands:
        if c.system is None:
            continue
        sk = ctx.kb.system_key(c.system)
        if sk in other_name:
            c = replace(c, system=other_name[sk])
            sk = ctx.kb.system_key(other_name[sk])
        system = c.system or sk
        sup = c.supplier if c.explicit_supplier else stated.get((sk, c.recipient), c.supplier)
        if sup is None or c.recipient is None or sup == c.recipient:
            continue
        key = (sup, c.recipient, sk)
        t = named.get(key)
        if t is None:
            t = Transfer(
                id=stable_id("transfer", ctx.doc.id, sup, c.recipient, sk),
                supplier=sup,
                recipient=c.recipient,
                system=_canonical(ctx, system),
                description=c.description,
                category=c.category,
                quantity=c.quantity,
                status=c.status,  # type: ignore[arg-type]
                order_date=c.order_date,
                delivery_date=c.delivery_date,
            )
            named[key] = t
            keyorder.append(key)
        else:
            _absorb(t, c)
        _add_report(t, c.report)
        surfaces.setdefault(key, set()).add(_ALNUM_GAPS.sub("", c.surface.casefold()))
        headline_only[key] = headline_only.get(key, True) and ctx.sentences[c.sentence].kind == "title"
    # "J-35" in the headline, "J-35A" in the text: the variant names the same deal (so does
    # "ATMOS 2000" after "ATMOS"; not "K21" after "K2": a number after a number is another)
    for base in sorted(named, key=lambda k: len(k[2])):
        # (a coded name followed by a name is one system: "AH-1Z" and "AH-1Z Viper", "AIM-120"
        # and "AIM-120D-3")
        # ("Lynx" and "Lynx KF41", "Patriot" and "Patriot PAC-3": a code after a name)
        suffix = (r"[a-z]+\d{0,2}" if re.search(r"\d", base[2]) else r"[a-z]{1,2}|[a-z]{1,3}\d{1,3}") + (
            r"|\d{2,4}" if base[2][-1:].isalpha() else "")
        variant = next((k for k in named if k[:2] == base[:2] and k != base and k[2].startswith(base[2])
                        and re.fullmatch(re.escape(base[2]) + f"s?(?:{suffix})", k[2])), None)  # ("atmo": a plural's s went)
        if variant is not None and any(w.startswith(base[2]) and w != base[2] and not variant[2].startswith(w)
                                       for w in surfaces.get(base, ())):
            variant = None  # "Leopard 2A4" (the KB's "Leopard 2") beside "Leopard 2A8": two variants, two deals
        if variant is not None and base in named and not _two_deals(named[base], named[variant]):
            _fold_key(named, keyorder, base, variant)
    # "US approves sale of AMRAAM missiles to Turkey" over "79 AIM-120C-8 AMRAAM missiles":
    # a headline's short name is the one system of the pair whose name holds it
    for base in sorted(named, key=lambda k: len(k[2])):
        if not headline_only.get(base) or base not in named:
            continue
        # (or by the name as written: "Poseidon" over "P-8A Poseidon", which the KB knows as "P-8A")
        longer = [k for k in named if k[:2] == base[:2] and k != base
                  and (_holds_name(base[2], k[2]) or any(_holds_name(base[2], w) for w in surfaces.get(k, ())))]
        if len(longer) == 1:
            _fold_key(named, keyorder, base, longer[0])
    own = {t.id: {r.start for r in t.reports} for t in named.values()}
    generic: dict[tuple[str | bool | None, ...], Transfer] = {}  # (+ a head noun when two kinds differ)
    for c in cands:
        if c.system is not None or c.recipient is None or c.supplier == c.recipient:
            continue
        host = _named_host(named, c, own, headline=ctx.sentences[c.sentence].kind == "title",
                           lead=c.sentence == ctx.lead)
        if host is not None:
            same = c.report.start in own.get(host.id, set())
            if same and host.status == "talks" and c.status != "talks":
                # "will acquire 11 frigates, with Germany's MEKO A-200 on the shortlist": the
                # purchase the candidate competes for, not an order of the candidate
                _add_report(host, c.report)
                continue
            # (a generic of the sentence that named the deal has no date of its own: "jets
            # bought from Sweden in a deal that includes the assembly of planes")
            _absorb(host, c, fold_generic=True, dates=not same)
            _add_report(host, c.report)
            continue
        if c.supplier is None:
            continue
        gkey: tuple[str | bool | None, ...] = (c.supplier, c.recipient, c.category, c.status == "cancelled")
        head = _generic_head(c.description)
        t = generic.get(gkey)
        if t is not None and not _heads_agree(_generic_head(t.description), head):
            # "two frigates" delivered and "two attack submarines" ordered: both ships, two deals
            gkey = (*gkey, head)
            t = generic.get(gkey)
        if t is None:
            t = Transfer(
                id=stable_id("transfer", ctx.doc.id, c.supplier, c.recipient, "", c.category or ""),
                supplier=c.supplier,
                recipient=c.recipient,
                system=None,
                description=c.description,
                category=c.category,
                quantity=c.quantity,
                status=c.status,  # type: ignore[arg-type]
                order_date=c.order_date,
                delivery_date=c.delivery_date,
            )
            generic[gkey] = t
        else:
            _absorb(t, c)
        _add_report(t, c.report)
    # unspecific generics ("weapons") fold into a specific generic of the same pair
    for gkey in sorted(generic, key=lambda k: (k[0], k[1], k[2] or "", k[3])):
        if gkey[2] is not None or gkey not in generic:
            continue
        for other in sorted(generic, key=lambda k: (k[2] or "",)):
            if other[:2] == gkey[:2] and other[2] is not None and other[3] == gkey[3]:
                _fold_into(generic[other], generic.pop(gkey))
                break
    return [named[k] for k in keyorder] + list(generic.values())


_ALNUM_GAPS = re.compile(r"[^0-9a-z]+")
# head nouns that say only the kind of weapon, so fit any named one of that kind
_BROAD_HEADS = frozenset({"ship", "vessel", "warship", "boat", "craft", "aircraft", "plane", "airplane", "jet",
                          "system", "weapon", "weaponry", "arm", "equipment", "unit", "platform", "hardware",
                          "asset", "vehicle", "materiel", "gear", "munition", "missile", "drone"})


def _generic_head(description: str | None) -> str | None:
    """The head noun of a generic weapon phrase, singular ("two attack submarines" -> "submarine")."""
    words = re.findall(r"[a-z]+", (description or "").lower())
    if not words:
        return None
    w = words[-1]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def _heads_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a in _BROAD_HEADS or b in _BROAD_HEADS


def _fold_key(named: dict[tuple[str | None, str | None, str], Transfer],
              keyorder: list[tuple[str | None, str | None, str]],
              gone: tuple[str | None, str | None, str], into: tuple[str | None, str | None, str]) -> None:
    """One system named two ways in a document: the record under `gone` joins `into`'s."""
    kept, dropped = named[into], named.pop(gone)
    keyorder.remove(gone)
    _fold_into(kept, dropped)
    kept.quantity = kept.quantity or dropped.quantity


def _two_deals(a: Transfer, b: Transfer) -> bool:
    """"12 FA-50 Block 20 jets ordered in June, which will join the 12 FA-50PH jets delivered
    between 2015 and 2017": a family's name and its variant at two stages, each dated its
    own way, are two deals."""
    for done, new in ((a, b), (b, a)):
        # (a delivery before the other's order: not "ordered in 2024, the first delivered in 2025")
        if done.status == "delivered" and new.status in ("ordered", "talks") and done.delivery_date \
                and new.order_date and ended_before(done.delivery_date, new.order_date):
            return True
    return False


def _holds_name(short: str, long: str) -> bool:
    """Whether a system key holds another as a whole name: "leopard" in "leopard2a8",
    "amraam" in "aim120c8amraam"; not "k2" in "k21" (a number runs on)."""
    k = long.find(short)
    if k < 0:
        return False
    end = k + len(short)
    return not (short[-1:].isdigit() and long[end : end + 1].isdigit()) and not (
        k > 0 and short[:1].isdigit() and long[k - 1].isdigit())


def _fold_into(into: Transfer, gone: Transfer) -> None:
    """One deal read as two records of the document: the furthest stage, the better
    dates and every report go to the one kept."""
    into.status = max_status(into.status, gone.status)  # type: ignore[assignment]
    into.order_date = better_date(into.order_date, gone.order_date)
    into.delivery_date = better_date(into.delivery_date, gone.delivery_date)
    for r in gone.reports:
        _add_report(into, r)


def _named_host(
    named: dict[tuple[str | None, str | None, str], Transfer], c: Candidate,
    own: dict[str, set[int]] | None = None, headline: bool = False, lead: bool = False,
) -> Transfer | None:
    """A generic mention of a named deal of the same pair and kind of weapon
    ('the 12 jets', 'two satellites', a headline's 'Israeli artillery') belongs to that deal."""
    if c.description and re.match(r"(?i)(?:other|another|more|additional|further)\b", c.description):
        return None  # "other UAVs": a different deal
    lex = lexicon()

    def refers(t: Transfer) -> bool:
        # the sentences the named deal itself was read from (not generics folded in since)
        same_sentence = c.report.start in (own or {}).get(t.id, {r.start for r in t.reports})
        if c.category is None:
            # "arms purchase", "the weapons": unspecific words name the deal beside them,
            # or an undated one elsewhere; a dated one is a deal of its own
            return same_sentence or (c.order_date is None and c.delivery_date is None)
        if same_sentence and c.attrs.get("part"):
            return True  # "helicopters, along with engines and training": the deal's own parts
        if same_sentence:
            # "Pinaka launchers, anti-tank missiles and ammunition": other items; but "the
            # first tanks arrived" refers back to the tanks just named, and "to buy Gripen
            # jets, ending a search for a new combat aircraft" names the same jets again
            return c.definite or t.category == c.category
        # "the 12 jets", "under the deal ... 400 missiles": a reference back, not a new item;
        # a headline's "Israeli artillery" is the article's named deal, and so is a lead's
        # "94 advanced air-to-air missiles" that the next paragraph names
        if lead and c.category is not None and t.category == c.category and (
                c.quantity is None or t.quantity in (None, c.quantity)):
            return True
        return bool(headline or c.definite or lex.deal_anaphora.search(c.report.quote)
                    or any(lex.deal_anaphora.search(rep.quote) for rep in t.reports))

    hosts = [
        t
        for (s, r, _k), t in named.items()
        if r == c.recipient and (s == c.supplier or not c.explicit_supplier)
        and (c.category is None or t.category is None or t.category == c.category or c.attrs.get("part"))
        and refers(t)
        # (a stop to all purchases is no part of a deal that went ahead: "suspended all purchases
        # of weapons from Israel" beside "relied on Israeli Kfir jets")
        # (a part told of the deal is the deal's, whatever became of it since: "has frozen a contract
        # for FK-3 systems. The order covered six launchers")
        and ((c.status == "cancelled") == (t.status == "cancelled") or c.definite and c.status != "cancelled"
             or bool(c.attrs.get("part")))
    ]
    if not headline and not lead:
        # "Athens ordered three frigates in 2022" refers back to a deal already named, not
        # to one the article comes to later (but a lead's "two satellites" is told of next)
        hosts = [t for t in hosts if min(r.start for r in t.reports) <= c.report.start]
    if not hosts and headline:
        # "Iran sent drones to Russia": the article's one named deal of the pair, whatever
        # the kind of weapon the headline calls it (SIPRI counts loitering drones as missiles)
        hosts = [t for (s, r, _k), t in named.items() if r == c.recipient and s == c.supplier]
    if len(hosts) == 1:
        return hosts[0]
    here = [t for t in hosts if c.report.start in (own or {}).get(t.id, {r.start for r in t.reports})]
    if len(here) == 1:
        return here[0]  # of two deals, the one named in the same sentence
    if c.category is not None:
        same = [t for t in hosts if t.category == c.category]
        if len(same) == 1:
            return same[0]
        if headline and same:
            return same[0]  # "Qatar signs deal for Turkish drones": the headline sums up the named ones
    return None


def _absorb(t: Transfer, c: Candidate, fold_generic: bool = False, dates: bool = True) -> None:
    if not (fold_generic and c.category is None and not c.definite):
        # (an unspecific word is no evidence of the named deal's stage: "Vietnam signs deal for
        # K9 howitzers in first major arms purchase from Seoul" - the deal is an order)
        t.status = max_status(t.status, c.status)  # type: ignore[assignment]
    if fold_generic and dates:
        # a generic re-mention ("to provide satellites", said in June) dates the named
        # deal only when the deal's own sentences do not
        t.order_date = t.order_date or c.order_date
        t.delivery_date = t.delivery_date or c.delivery_date
    elif dates:
        t.order_date = better_date(t.order_date, c.order_date)
        t.delivery_date = better_date(t.delivery_date, c.delivery_date)
    # (not a count of a part of another kind: "covered six launchers" of an air-defence deal)
    if c.quantity and (t.quantity is None or (not fold_generic and c.quantity > t.quantity)) \
            and not (c.attrs.get("part") and c.category and t.category and c.category != t.category):
        t.quantity = c.quantity
    if t.category is None:
        t.category = c.category
    if not t.description and c.description:
        t.description = c.description


def _add_report(t: Transfer, r: Report) -> None:
    if not any(x.start == r.start and x.document == r.document for x in t.reports):
        t.reports.append(r)


def _canonical(ctx: Context, system: str) -> str:
    w = ctx.kb.find_system(system)
    return w.designation if w is not None else system
