"""Membership acts from one document: a state joining, applying to, leaving,
suspending its part in, boycotting or reaffirming an international organisation.

The organisation is an organisation mention near the cue (data/memberships.yaml),
or a generic "the alliance" that refers back to the last one named; the state is
the actor before the cue (a state, or a person speaking for one), a possessive
("Armenia's refusal"), or the state the article is about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.extract.attribution import attribution
from armsledger.extract.context import (
    GENERIC_ORG_RE,
    GROUP_SUBJECT,
    ITS_BEFORE,
    Context,
    body_in,
    is_dateline,
    is_possessive,
    past_polity,
    prep_before,
    state_actor,
)
from armsledger.extract.dates import find_dates, in_other_clause, is_end_point
from armsledger.knowledge import KnowledgeBase
from armsledger.patterns import Pattern, PatternList
from armsledger.records import Membership, Mention, stable_id

EXIT = {"announce_withdrawal", "withdraw", "suspend"}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/memberships.yaml").read_text("utf-8")
    )
    return data


@lru_cache(maxsize=8)
def _cue(name: str) -> re.Pattern[str]:
    """A pattern of the lexicon that undoes a cue: 'entry_blocked', 'third_party',
    'exit_negated', 'not_membership' or 'not_boycotted'."""
    return re.compile(_data()[name], re.IGNORECASE)


def _cues(title: bool) -> list[dict[str, Any]]:
    # a headline's present tense reports the act ("Burkina Faso leaves ECOWAS"); in the
    # body it is as often a habit or a plan, so those cues read titles only
    return list(_data()["cues"]) + (list(_data()["headline_cues"]) if title else [])


@lru_cache(maxsize=2)
def _any_cue(title: bool = False) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{c['re']})" for c in _cues(title)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=2)
def _cue_list(title: bool = False) -> PatternList[tuple[str, bool]]:
    # (action, whether the member is the cue's object: "the African Union readmitted Gabon")
    return PatternList((Pattern(r"\b" + c["re"] + r"\b", re.IGNORECASE), (str(c["action"]), bool(c.get("object"))))
                       for c in _cues(title))


def _member_aside(text: str, start: int, end: int) -> bool:
    """"Turkey, a NATO member, also applied to join the bloc": an organisation named in an
    aside about the subject is not the one acted on."""
    return bool(_ASIDE_BEFORE.search(text, max(0, start - 20), start) and _MEMBER_AFTER.match(text, end))


_ASIDE_BEFORE = re.compile(r",\s+(?:a|an|the|itself\s+a)\s+(?:founding\s+|fellow\s+|key\s+)?$", re.IGNORECASE)
_MEMBER_AFTER = re.compile(r"\s+(?:member|ally|partner)(?:\s+(?:state|country|nation))?\s*,", re.IGNORECASE)


def action_class(action: str) -> str:
    return "exit" if action in EXIT else "entry" if action in ("join", "apply") else action


def extract_memberships(ctx: Context) -> list[Membership]:
    not_membership = _cue("not_membership")
    out: dict[tuple[str, str, str, str | None], Membership] = {}
    seen: list[str] = []  # the organisations named so far, the last named last
    named: list[str] = []  # the states of the last sentence that named several
    undated: set[tuple[str, str, str, str | None]] = set()  # records dated by the publication only
    for i, sent in ctx.body():
        ms = ctx.in_sentence(i)
        group = named
        here = [m.key for m in ms if m.type == "state" and m.form == "name" and m.key]
        if len(set(here)) >= 2:
            named = list(dict.fromkeys(here))
        orgs = [m for m in ms if m.type == "organization" and m.key]
        text = sent.text
        title = sent.kind == "title"
        hits = ([(mts, cue) for rx, cue in _cue_list(title).candidates(text) if (mts := list(rx.rx.finditer(text)))]
                if orgs or seen else [])
        if not hits:  # (a cue's match is also one of _any_cue, whose alternatives share its boundaries)
            if orgs:
                seen = _seen(seen, orgs)
            continue
        taken: list[tuple[int, int]] = []
        for mts, (cue_action, on_object) in hits:
            for mt in mts:
                action = cue_action
                if any(a <= mt.start() < b for a, b in taken):
                    continue
                if _QUESTION.match(text, mt.end()):
                    continue  # "Saudi Arabia joins BRICS?": asked, not reported
                targets = _targets(text, sent.start, mt.start(), mt.end(), orgs, seen, action, title, ctx.kb)
                if not targets and on_object:
                    # "the African Union readmitted Gabon": the organisation is the subject
                    targets = [(o.key or "", o.start - sent.start) for o in orgs if o.end - sent.start <= mt.start()][-1:]
                if not targets:
                    continue
                obj = text[mt.end() : mt.end() + 40]
                if action == "boycott" and _cue("not_boycotted").match(obj) \
                        and not any(t >= mt.end() for _k, t in targets):
                    continue  # "refused to join Western sanctions": not the organisation named before
                if action in ("join", "apply") and _cue("entry_blocked").search(text, max(0, mt.start() - 50), mt.start()):
                    continue
                if action == "join" and _AS_PARTNER.match(text, targets[0][1]):
                    continue  # "joined BRICS as a partner country": not a member
                if action in ("join", "apply") and _cue("third_party").search(text, max(0, mt.start() - 50), mt.start()):
                    continue  # "Hungary's parliament ratified Sweden's bid to join NATO": another's act
                if action in EXIT and any(m.type in ("state", "place") and m.form in ("name", "capital")
                                          and 0 <= m.start - sent.start - mt.end() <= 20
                                          and _PLACE_GAP.fullmatch(text, mt.end(), m.start - sent.start) for m in ms):
                    continue  # "SADC's withdrawal from eastern Congo": troops leave a place, no one a body
                if action in EXIT and _cue("exit_negated").search(text, max(0, mt.start() - 30), mt.start()):
                    action = "reaffirm"  # "has no plans to leave", "will not quit": it stays
                if action in EXIT and not_membership.search(text[max(0, mt.start() - 25) : mt.end()] + obj[:25]):
                    if not orgs or not any(o.start - sent.start >= mt.end() for o in orgs):
                        continue
                # "the African Union suspended Niger's membership": the possessor is the member
                owner = next((m for m in ms if m.type == "state" and mt.start() <= m.start - sent.start < mt.end()
                              and (is_possessive(sent, m) or on_object)), None)
                if on_object and owner is None:
                    continue  # "suspended arms deliveries from ...": no member named
                states = [owner.key] if owner is not None and owner.key else _states(ctx, i, mt.start(), ms, mt.end())
                lead_grp = _LEADING_GROUP.match(text) if owner is None else None
                of_org = next((o for o in orgs if lead_grp is not None and o.start - sent.start <= lead_grp.end() + 40
                               and o.end - sent.start <= mt.start()
                               and _OF_ORG_BEFORE.search(text, max(0, o.start - sent.start - 8), o.start - sent.start)), None)
                members = ctx.kb.organization(of_org.key) if of_org is not None and of_org.key else None
                if members is not None and members.members:
                    # "The three military-ruled states of the Alliance of Sahel States formally quit
                    # ECOWAS": the members of the body the phrase names
                    states = list(members.members)
                elif owner is None and group and lead_grp is not None:
                    states = group  # "The three countries, which ..., formed ...": those just named
                if not states:
                    continue
                taken.append((mt.start(), mt.end()))
                attributed_to, modality = attribution(text)
                # "suspends accession talks until 2028": an end point does not date the act
                dates = [d for d in find_dates(text, ctx.published) if not is_end_point(text, d.start)
                         and not in_other_clause(text, d.start, mt.start())]
                for k, (org, org_pos), state in ((k, t, s) for k, t in enumerate(targets) for s in states):
                    if org == state:
                        continue
                    nxt = targets[k + 1][1] if k + 1 < len(targets) else len(text)
                    # (not a date of an earlier act's clause: "froze its participation in the CSTO
                    # last year and has signalled it may apply to join the EU")
                    own = [d for d in dates if not (taken[:-1] and d.end <= mt.start()
                                                    and _AND_CLAUSE.search(text, d.end, mt.start()))]
                    said = _date_for(own, mt.start(), org_pos, nxt)
                    date = said or ctx.published
                    key = (state, org, action_class(action), (date or "")[:4] or None)
                    rec = out.get(key)
                    # (one act: "the US will withdraw" is not dated by "first left in 1984")
                    guess = key if key in undated else next(
                        (u for u in undated if u[:3] == key[:3] and out[u].action == action), None)
                    if said and guess is not None and (rec is None or guess == key):
                        # a headline's act has the date of the article; the body says when
                        rec = out.pop(guess)
                        rec.date = said
                        undated.discard(guess)
                        out[key] = rec
                    if rec is None:
                        if not said:
                            undated.add(key)
                        rec = Membership(
                            id=stable_id("membership", ctx.doc.id, state, org, action, date),
                            state=state,
                            organization=org,
                            action=action,
                            date=date,
                        )
                        out[key] = rec
                    rep = ctx.report(i, attributed_to, modality)
                    if not any(r.start == rep.start for r in rec.reports):
                        rec.reports.append(rep)
                if len(targets) == 1:
                    _gapped(ctx, i, ms, text, targets[0][0], action, out)
        if orgs:
            seen = _seen(seen, orgs)
    return list(out.values())


def _seen(seen: list[str], orgs: list[Mention]) -> list[str]:
    """The organisations named so far with those of one more sentence, the last named last."""
    keys = [m.key for m in orgs if m.key]
    return [k for k in seen if k not in keys][-8:] + list(dict.fromkeys(reversed(keys)))[::-1]


def _referent(generic: str, seen: list[str], kb: KnowledgeBase | None) -> str | None:
    """The organisation a generic "the initiative" or "the union" means: the last one named
    whose own name ends in that noun ("the European Sky Shield Initiative ... NATO ...
    Austria signed up to the initiative"), else the last one named."""
    noun = generic.split()[-1].lower().replace("organisation", "organization")
    if kb is not None:
        for key in reversed(seen):
            if noun in _org_heads(kb, key):
                return key
    return seen[-1] if seen else None


def _gapped(ctx: Context, i: int, ms: list[Mention], text: str, org: str, action: str,
            out: dict[tuple[str, str, str, str | None], Membership]) -> None:
    """"North Macedonia joined NATO in 2020, Albania and Croatia in 2009": the verb left out
    after a comma acts again for the states named with their own year."""
    sent = ctx.sentences[i]
    for g in _GAPPED_STATES.finditer(text):
        states = [m for m in ms if m.type == "state" and m.form == "name" and g.start(1) <= m.start - sent.start < g.end(1)]
        for m in states:
            if not m.key or m.key == org:
                continue
            key = (m.key, org, action_class(action), g.group(2))
            if key not in out:
                rec = Membership(id=stable_id("membership", ctx.doc.id, m.key, org, action, g.group(2)),
                                 state=m.key, organization=org, action=action, date=g.group(2))
                rec.reports.append(ctx.report(i, *attribution(text)))
                out[key] = rec


_GAPPED_STATES = re.compile(r",\s+((?:[A-Z][\w'’-]*\s+){1,3}(?:and\s+(?:[A-Z][\w'’-]*\s+){1,3})?)in\s+((?:19|20)\d{2})\s*[.;]?\s*$")
_OF_ORG_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED_ORG = re.compile(r"(?:\band|\bor|\bnor|\bas\s+well\s+as|\bthen|,)\s+(?:(?:later|also|then|subsequently|"
                              r"finally|eventually)\s+)?(?:from\s+|to\s+|of\s+)?(?:the\s+|its\s+)?$", re.IGNORECASE)
_PLACE_GAP = re.compile(r"\s*(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north|south|east|west)(?:ern)?\s+)?",
                        re.IGNORECASE)
_QUESTION = re.compile(r"[^.!?]*\?")
_NAME_AFTER = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?:[A-Z][\w'’-]*)")


def _targets(
    text: str,
    base: int,
    cue_start: int,
    cue_end: int,
    orgs: list[Mention],
    seen: list[str],
    action: str,
    title: bool = False,
    kb: KnowledgeBase | None = None,
) -> list[tuple[str, int]]:
    """The organisations a cue is about: those after it in the clause (coordinated:
    'joined NATO in 2009 and the EU four years later'), else the nearest before it,
    else a generic 'the alliance' after it meaning the last one named (of `seen`)."""
    last_org = seen[-1] if seen else None
    after = [
        (m.key or "", m.start - base)
        for m in orgs
        if (m.start - base >= cue_end and m.start - base - cue_end < 120
            and ";" not in text[cue_end : m.start - base])
        or cue_start <= m.start - base < cue_end  # "became NATO's 32nd member"
        if not _CLASSIFIER.match(text, m.end - base)
    ]
    if after:
        # one organisation named twice ("the Alliance of Sahel States (AES)") is one target
        after = [t for k, t in enumerate(after) if t[0] not in {a for a, _ in after[:k]}]
        # (not one named as an adjective in an apposition: "UNESCO, the U.N. educational ... agency")
        after = after[:1] + [t for t in after[1:] if not (_APPOSITION_BEFORE.search(text, max(0, t[1] - 8), t[1])
                                                          and _ATTRIBUTIVE_ORG.match(text, _org_end(orgs, base, t[1])))]
        # another act between two organisations is theirs ("froze its part in the CSTO and
        # said it could apply for EU membership")
        cut = next((k for k in range(1, len(after))
                    if any(c.start() < after[k][1]
                           for c in _any_cue(title).finditer(text, after[k - 1][1], after[k][1] + 60))
                    # (a later one must be coordinated with the first: "joined NATO in 2009 and the
                    # EU", not "apply to join the AES, a group of juntas hostile to ECOWAS")
                    or not _COORDINATED_ORG.search(text, max(0, after[k][1] - 40), after[k][1])), len(after))
        return after[:cut][:3]
    if action in ("join",):
        # (the one named before in the sentence, else in the text before it: "Leaders of the
        # SCO met, while Iran, which joined as a full member last year, ...")
        named = next((m.key for m in reversed(orgs) if m.key and m.end - base <= cue_start
                      and not _member_aside(text, m.start - base, m.end - base)), None)
        generic = GENERIC_ORG_RE.match(text, cue_end + 1)
        if named is None:
            named = _referent(generic.group(0), seen, kb) if generic else last_org
        if named and (_BARE_MEMBER.match(text, cue_end) or generic
                      or (text[cue_start:cue_end].endswith("joined") and _NO_OBJECT.match(text, cue_end))):
            # ("Sweden joined a year later, on March 7, 2024": no object, the one just named)
            # "Finland became a member in April 2023", "joined the alliance": the one just named
            return [(named, cue_end)]
        return []
    if _NAME_AFTER.match(text, cue_end):
        return []  # "withdrawn from the Combined Maritime Forces": a body the KB does not know
    # (not an organisation that classes the subject: "the first EU country to leave the
    # world's only war crimes court" leaves the court, not the EU)
    before = [(m.key or "", m.start - base) for m in orgs if m.end - base <= cue_start
              and not _CLASSIFIER.match(text, m.end - base, cue_start)
              and not _member_aside(text, m.start - base, m.end - base)]
    if before and cue_start - before[-1][1] < 120:
        return [before[-1]]
    g = GENERIC_ORG_RE.search(text, cue_end, min(len(text), cue_end + 60))
    if g and (ref := _referent(g.group(0), seen, kb)):
        return [(ref, g.start())]
    h = _named_head().match(text, cue_end)
    if h and last_org and kb is not None and h.group(1).lower() in _org_heads(kb, last_org):
        return [(last_org, h.start(1))]  # "would leave the court": the court just named
    return []


_APPOSITION_BEFORE = re.compile(r",\s*(?:the\s+)?$")
_ATTRIBUTIVE_ORG = re.compile(
    r"\s+(?!(?:in|on|at|and|or|as|after|before|since|last|this|next|over|by|for|with|from|to|when|while|which|who|that|"
    r"but|was|were|is|are|has|have|had|will|would|could|should|amid|until|during|following|under|within|into|a|an|the|"
    r"its|their|earlier|later|member|members|membership|itself|altogether|entirely|formally|officially)\b)[a-z]")


def _org_end(orgs: list[Mention], base: int, start: int) -> int:
    return next((m.end - base for m in orgs if m.start - base == start), start)


@lru_cache(maxsize=1)
def _named_head() -> re.Pattern[str]:
    heads = "|".join(sorted(_data()["named_heads"], key=len, reverse=True))
    return re.compile(rf"\s+the\s+({heads})\b", re.IGNORECASE)


def _org_heads(kb: KnowledgeBase, key: str) -> frozenset[str]:
    """The head nouns of an organisation's names: "court" for the International Criminal
    Court, "council" for the Council of Europe, "treaty" for the Treaty on Conventional
    Armed Forces in Europe, but not "treaty" for the North Atlantic Treaty Organization."""
    org = kb.organization(key)
    if org is None:
        return frozenset()
    heads = set()
    for name in (org.name, *org.aliases):
        words = _HEAD_OF_NAME.split(name.lower(), maxsplit=1)[0].split()
        if words:
            heads.add(words[-1])
    return frozenset(heads)


_HEAD_OF_NAME = re.compile(r"\s(?:of|on|for|in|to|against)\s")


_COORD = re.compile(r"^\s*(?:,|and|, and|&)\s*(?:the\s+)?$")  # ("Iran and the United Arab Emirates")


def _states(ctx: Context, i: int, cue_start: int, ms: list[Mention], cue_end: int | None = None) -> list[str]:
    """The acting state, or every state of a coordinated subject ('Mali, Burkina Faso
    and Niger announced ...')."""
    sent = ctx.sentences[i]
    before = [m for m in ms if m.end - sent.start <= cue_start and (m.type == "organization" or state_actor(m))]
    if before and before[-1].type == "organization" and before[-1].key \
            and _MEMBERS_NOUN.match(sent.text, before[-1].end - sent.start):
        # "the AES states announced they would withdraw": each member acts
        org = ctx.kb.organization(before[-1].key)
        if org is not None and org.members:
            return list(org.members)
    first = _state(ctx, i, cue_start, ms, cue_end)
    if first is None:
        return []
    before = [m for m in ms if m.end - sent.start <= cue_start and m.type == "state" and m.form == "name"]
    out = [first]
    if before and before[-1].key == first:
        k = len(before) - 1
        while k > 0 and _COORD.match(sent.text[before[k - 1].end - sent.start : before[k].start - sent.start]):
            k -= 1
            key = before[k].key
            if key and key not in out:
                out.insert(0, key)
    return out


_NOT_GOVERNED = (None, "and", "or")  # (what prep_before gives a subject or a coordinated one)
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;]|$|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier|after)\b|"
    r"(?:in|on|last|this|earlier|later|formally|officially|too|as\s+well|as\s+(?:a\s+)?(?:full|fully-fledged|permanent)\s+member)\b)",
    re.IGNORECASE)
_BARE_MEMBER = re.compile(r"(?:(?<=member)|(?<=members))(?!\s+(?:of|states?)\b)", re.IGNORECASE)
_LEADING_GROUP = re.compile(r"\s*(?:the\s+)?(?:" + GROUP_SUBJECT.pattern + ")", re.IGNORECASE)
# the members of an organisation, who act together ("the AES states announced ...")
_MEMBERS_NOUN = re.compile(r"\s+(?:member\s+)?(?:states|countries|nations|members|governments|juntas)\b",
                           re.IGNORECASE)
# an organisation that only classes a state ("the first EU country to leave the court"; one
# state, so not _MEMBERS_NOUN): not the body acted on
_CLASSIFIER = re.compile(r"\s+(?:member\s+)?(?:country|countries|state|states|nation|nations|governments?)\b",
                         re.IGNORECASE)


def _state(ctx: Context, i: int, cue_start: int, ms: list[Mention], cue_end: int | None = None) -> str | None:
    sent = ctx.sentences[i]
    # 'Russia-led', 'French-made' describe something else: not the state that acts
    before = [m for m in ms if m.end - sent.start <= cue_start and state_actor(m) and m.type not in ("organization", "media")
              and m.form not in ("led", "made") and not is_dateline(sent, m)
              # (not a past state as a kind: "the post-Soviet grouping it joined in 1994")
              and not past_polity(sent, m)]
    if before and ITS_BEFORE.search(sent.text, max(0, cue_start - 8), cue_start) \
            and prep_before(sent, before[-1]) not in _NOT_GOVERNED:
        # "Russia's war against Ukraine and its withdrawal from the treaty": "its" is the
        # subject's, not the object's of a preposition
        subject = next((m for m in reversed(before) if prep_before(sent, m) in _NOT_GOVERNED), None)
        if subject is not None:
            return state_actor(subject)
    if before:
        # (a subject, not a place: "Timor-Leste was admitted ... at a summit in Kuala Lumpur,
        # a decade after it applied")
        subjects = [m for m in before if prep_before(sent, m) in _NOT_GOVERNED or is_possessive(sent, m)
                    or body_in(sent, m)]
        return state_actor((subjects or before)[-1])
    if cue_end is not None:
        # "dismissed reports that Astana was preparing to leave ...": the state the cue names
        inside = next((a for m in ms if cue_start <= m.start - sent.start < cue_end and m.type == "state"
                       and m.form in ("name", "capital") and (a := state_actor(m))), None)
        if inside is not None:
            return inside
    after = [m for m in ms if m.type == "person" and m.country]
    if after:
        return after[0].country
    if any(state_actor(m) == ctx.focus and prep_before(sent, m) for m in ms if m.start - sent.start >= cue_start):
        return None  # "Juntas quit ECOWAS, deepen ties with Moscow": the article's state has another part here
    return ctx.focus


_AS_PARTNER = re.compile(
    r"[^,.;]{0,60}?\bas\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:partner|observer|associate|guest)\b", re.IGNORECASE)
_AND_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)*\w+", re.IGNORECASE)


def _date_for(dates: list[Any], cue: int, org_pos: int, nxt: int) -> str | None:
    """The date of one coordinated act: after its organisation and before the next
    one, else anywhere in the sentence before the next organisation."""
    # (an organisation named before the act, "..., while Azerbaijan applied to join the
    # group last year": the date after the act's own verb)
    here = [d for d in dates if max(org_pos, cue) <= d.start < nxt and d.value]
    if here:
        return str(here[0].value)
    near = [d for d in dates if d.start < nxt and d.value]
    return str(near[-1].value) if near else None
