"""PLOVER political events from one document (data/plover.yaml).

A cue gives the event type; the source is the actor that acts (the nearest
actor before the cue not governed by a preposition, or a possessive before a
noun cue), the target the first actor after the cue. Actors are states (a
person or a ministry counts as its state), organisations, and regions or armed
groups under their canonical name. Negated cues give nothing.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.extract.attribution import attribution
from armsledger.extract.context import (
    GROUP_SUBJECT,
    Context,
    build_context,
    coordinated,
    is_dateline,
    is_possessive,
    nearest_prep,
    prep_before,
)
from armsledger.extract.dates import COORDINATED_CLAUSE, best_date, in_other_clause
from armsledger.knowledge import KnowledgeBase
from armsledger.patterns import Pattern, PatternList
from armsledger.records import Document, Event, Mention, Report, Sentence, stable_id

_ACTOR_TYPES = ("state", "organization", "person", "place", "group", "other")
_EVENT_ACTORS = frozenset(_ACTOR_TYPES + ("company", "media"))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/plover.yaml").read_text("utf-8")
    )
    return data


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[tuple[str, Pattern, bool]], re.Pattern[str]]:
    data = _data()
    cues = []
    for typ, items in data.items():
        if not typ.isupper():
            continue  # (the negation pattern and the word lists below the PLOVER types)
        for c in items:
            # not inside a compound adjective ("Iranian-backed"); a mutual act ("met",
            # "exchanged fire") has the two of a coordinated subject as its parties
            cues.append((typ, Pattern(r"(?<![-\w])(?:" + c["re"] + r")", re.IGNORECASE),
                         bool(c.get("mutual", typ in _MUTUAL_TYPES))))
    return cues, re.compile(data["negation"], re.IGNORECASE)


_MUTUAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")


@lru_cache(maxsize=1)
def _person_after() -> re.Pattern[str]:
    """A noun for one person after a demonym ("a Ukrainian suspect"): plover.yaml person_nouns."""
    nouns = "|".join(sorted(map(re.escape, _data()["person_nouns"]), key=len, reverse=True))
    return re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + nouns + r")s?\b")


@lru_cache(maxsize=1)
def _cue_list() -> PatternList[tuple[str, bool]]:
    return PatternList((rx, (typ, mutual)) for typ, rx, mutual in _lexicon()[0])


def _governing_group(sent: Sentence, m: Mention) -> Mention:
    """"the Taliban government in Kabul": a group that governs acts as its state."""
    if m.type == "group" and m.country and _GOVERNS.match(sent.text, m.end - sent.start):
        return dataclasses.replace(m, type="state", key=m.country, form="metonym")
    return m


_REJECTED_BEFORE = re.compile(r"\b(?:refus|reject|turn(?:s|ed|ing)?\s+down|declin)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}$",
                              re.IGNORECASE)
_REST_OF_WORD = re.compile(r"\w*\s*")  # (cues match word stems: "urge|d both sides")
_RELATIVE_BEFORE = re.compile(r"\b([\w’'-]+),?\s+who\s+(?:[a-z]+\s+){0,3}$")  # ("which"/"that" clauses often have a pronoun subject)
_GOVERNS = re.compile(r"(?:-led)?\s+(?:government|administration|authorities|regime|rulers)\b")


def _code(m: Mention) -> str | None:
    if m.type in ("state", "organization"):
        return m.key
    if m.type in ("person", "company", "media"):
        return m.country
    if m.type in ("place", "group", "other"):
        name = m.key or m.text
        return None if m.type == "place" and _WATERS.search(name) else name  # ("fired a missile into the East Sea")
    return None


_WATER_NOUNS = "Sea|Ocean|Gulf|Strait|Straits|Bay|Channel"
_WATERS = re.compile(rf"\b(?:{_WATER_NOUNS})\b")
_INTO_WATERS = re.compile(rf"\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,3}}(?:{_WATER_NOUNS})\b|\s*(?:the\s+)?(?:sea|ocean|waters)\b")


def extract_events(
    doc: Document, sentences: list[Sentence], mentions: list[Mention], kb: KnowledgeBase
) -> list[Event]:
    ctx = build_context(doc, sentences, mentions, kb)
    cues, negation = _lexicon()
    out: dict[tuple[str, str, str], Event] = {}
    undated: set[tuple[str, str, str]] = set()  # events dated only by the publication date
    prev_actors: list[str] = []
    aimless: list[tuple[str, str]] = []  # (type, source) of acts read with no target
    for i, sent in ctx.body():
        ms = [_governing_group(sent, m) for m in ctx.in_sentence(i) if m.type in _EVENT_ACTORS and _code(m)]
        here: list[str] = []
        for m in ms:
            c = _code(m)
            if c and c not in here and m.type in ("state", "person") and not is_dateline(sent, m) \
                    and m.form not in ("made", "led"):
                here.append(c)  # (not "WASHINGTON, Aug 8 (AP) —": where the news was filed; nor "US-run")
        text = sent.text
        if not ms and not (len(prev_actors) >= 2 and GROUP_SUBJECT.match(text)):
            # (a sentence that names no one acts only through "Both countries ...", "The two leaders ...")
            prev_actors = _carry(here, prev_actors)
            continue
        hits = [(typ, mutual, mts) for rx, (typ, mutual) in _cue_list().candidates(text)
                if (mts := list(rx.rx.finditer(text)))]
        if not hits:
            prev_actors = _carry(here, prev_actors)
            continue
        taken: list[tuple[int, int]] = []
        for typ, mutual, mts in hits:
            for mt in mts:
                if any(a < mt.end() and mt.start() < b for a, b in taken):
                    continue
                if negation.search(text[max(0, mt.start() - 30) : mt.start()]):
                    continue
                if _TO_BEFORE.search(text, max(0, mt.start() - 20), mt.start()) and any(
                        o.start() < mt.start() - 3 for _t, _m, others in hits for o in others):
                    continue  # "summoned the Turkish ambassador to protest the delivery": the purpose of the act just read
                if typ == "SANCTION" and _OPINION_BEFORE.search(text, max(0, mt.start() - 40), mt.start()):
                    continue  # "criticised the sanctions": whose sanctions, the sentence does not say
                if _PASSIVE_BEFORE.search(text, max(0, mt.start() - 20), mt.start()) and not _BY_AGENT.match(text, mt.end()) \
                        and not _PARTICIPLE.match(mt.group(0)):  # ("was ending its agreement": progressive, active)
                    continue  # "Ankara was expelled from ...": the one who acted is not named
                if _NOUN_CUE.match(mt.group(0)) and (_HYPOTHETICAL_NOUN.search(text, max(0, mt.start() - 40), mt.start())
                                                     or _PREVENTED.search(text, max(0, mt.start() - 90), mt.start())):
                    continue  # "prepared for a possible attack", "to deter an invasion": none happened
                nxt = _NEXT_WORD.match(text, mt.end())
                if nxt and kb.category_of_head(nxt.group(1)) is not None:
                    continue  # "attack helicopters", "strike drones": a weapon, not an event
                if _SINCE_CLAUSE.search(text, max(0, mt.start() - 60), mt.start()):
                    continue  # "the fifth denial since Serbia and Kosovo agreed ...": background, undated
                if typ == "CONSULT" and _DETERMINER_BEFORE.search(text, max(0, mt.start() - 8), mt.start()) and any(
                        o.end() <= mt.start() and mt.start() - o.end() <= 10
                        for t2, _m, others in hits if t2 != typ for o in others):
                    continue  # "criticised the visit": the act is the criticism, the visit its object
                if typ == "CONSULT" and (_ARMS_TALKS.match(text, mt.end()) or any(
                        w.type == "weapon_system" and 0 <= w.start - sent.start - mt.end() <= 40
                        and not COORDINATED_CLAUSE.search(text, mt.end(), w.start - sent.start)
                        and not _ABOARD.search(text, max(0, w.start - sent.start - 16), w.start - sent.start)
                        for w in ctx.in_sentence(i))):
                    # (not a ship that is the venue: "met in San Diego aboard the USS Missouri")
                    continue  # "in talks with the US for 31 MQ-9B drones": a deal in the making, a transfer
                if typ == "REQUEST" and _REJECTED_BEFORE.search(text, max(0, mt.start() - 40), mt.start()):
                    continue  # "rejects German request to send ...": the refusal is the act read
                if typ == "ACCUSE" and _OF_AFTER.match(text, mt.end()):
                    continue  # "firms accused of supplying ...": the accuser is not named
                rel = _RELATIVE_BEFORE.search(text, max(0, mt.start() - 50), mt.start())
                if rel is not None and not any(m.end - sent.start == rel.end(1) for m in ms):
                    continue  # "sheltering militants who carry out attacks": the act of no state named
                src_m = _source(sent, ms, mt.start())
                if _PARTICIPLE.match(mt.group(0)) and _AFTER_COMMA.search(text, 0, mt.start()):
                    # "Mali expelled the French ambassador, accusing Paris of ...": the subject
                    # of the main clause accuses, not the last actor named before the comma
                    src_m = next((m for m in ms if m.end - sent.start <= mt.start() and m.form not in ("made", "led")
                                  and (prep_before(sent, m) is None or is_possessive(sent, m))), src_m)
                if src_m is None:
                    # '"Allies condemn Russia's decision ...," Nato said': the quote's speaker
                    src_m = _quoted_speaker(sent, ms, mt.end())
                # (not a noun's: "condemned an attack on a convoy in Niger" - whose attack, unsaid)
                tgt_m = _target(sent, ms, mt.end(), src_m, hosted=typ in _HOSTED and not _NOUN_CUE.match(mt.group(0)))
                if typ == "CONSULT" and mt.group(0)[:5].lower() == "visit":
                    # "arrived in Budapest for a state visit": the host is where the visitor came
                    tgt_m = next((m for m in ms if m is not src_m and m.type in ("state", "place")
                                  and _FOR_A_VISIT.fullmatch(text, m.end - sent.start, mt.start())
                                  and _IN_OR_TO.search(text, max(0, m.start - sent.start - 8), m.start - sent.start)),
                                 tgt_m)
                owner = next((m for m in ms if mt.start() < m.start - sent.start and m.end - sent.start < mt.end()
                              and m is not src_m and m.type == "state" and (
                                  is_possessive(sent, m) or (m.form == "demonym" and _ENVOY.search(mt.group(0))))), None)
                if owner is not None and not (tgt_m is not None and owner.form == "demonym" and _code(tgt_m) == _code(owner)):
                    # (the envoy named after it is the same state's: "the Indian Ambassador, X")
                    tgt_m = owner  # "recognised Kosovo's sovereignty over the north": the possessor inside the cue
                if _PRONOUN_OBJECT.match(text, mt.end()) and src_m is not None:
                    # "lodged a protest with Washington and urged it to stop": the one named before
                    tgt_m = next((m for m in reversed(ms) if m.end - sent.start <= mt.start()
                                  and _code(m) not in (None, _code(src_m)) and m.form != "demonym"), tgt_m)
                pair_target = None
                if typ == "REJECT":
                    # "refused a request from Germany to sell ...": the one who asked
                    tgt_m = next((m for m in ms if mt.start() < m.start - sent.start < mt.end()
                                  and m is not src_m and m.type in ("state", "organization", "person")), tgt_m)
                if typ == "REQUEST":
                    # "called on Russia to withdraw its forces from Ukraine": the one inside the cue
                    tgt_m = next((m for m in ms if mt.start() < m.start - sent.start < mt.end()
                                  and m is not src_m and m.type in ("state", "organization", "person")
                                  and m.form != "demonym"), tgt_m)
                    if (GROUP_SUBJECT.search(mt.group(0)) or ((rest := _REST_OF_WORD.match(text, mt.end())) is not None
                                                            and GROUP_SUBJECT.match(text, rest.end()))) \
                            and len(prev_actors) >= 2:
                        # "China called on both sides to exercise restraint": the last sentence's pair
                        tgt_m = None
                        pair_target = next((a for a in prev_actors[:2] if a != (_code(src_m) if src_m else None)), None)
                frm = _NOUN_FROM.match(text, mt.end()) or (
                    # "..., prompting protests from Serbia": a noun cue after a verb of causing
                    _FROM.match(text, mt.end()) if _CAUSED_BEFORE.search(text, max(0, mt.start() - 30), mt.start()) else None)
                if frm is not None:
                    # "..., prompting condemnation from Japan and South Korea": those named
                    # after "from" condemn the subject of the sentence
                    by = next((m for m in ms if m.start - sent.start >= frm.end()), None)
                    subject = next((m for m in ms if m.end - sent.start <= mt.start() and prep_before(sent, m) is None),
                                   None)
                    if by is not None and subject is not None:
                        src_m, tgt_m = by, subject
                own = _target(sent, ms, mt.end(), None) if tgt_m is None and src_m is not None else None
                if own is not None and src_m is not None and _code(own) == (src_code := _code(src_m)) \
                        and _THAT_AFTER.match(text, mt.end()):
                    # "accused Manila of ... and warned that China would take measures": the
                    # warner's own side is the subject of what it says; the target is the
                    # one the sentence named before
                    tgt_m = next((m for m in reversed(ms) if m.end - sent.start <= mt.start()
                                  and _code(m) not in (None, src_code)), None)
                elif tgt_m is None and src_m is not None and own is not None:
                    # "said the US presence was illegal and accused Washington of": the
                    # target named before is no source; the one before it may be
                    other = _source(sent, [m for m in ms if _code(m) != _code(src_m)], mt.start())
                    if other is not None:
                        src_m, tgt_m = other, _target(sent, ms, mt.end(), other)
                if tgt_m is None:
                    # "provided Ukraine with $4.5 billion in aid": the object inside the cue
                    tgt_m = next((m for m in ms if mt.start() <= m.start - sent.start < mt.end()
                                  and m is not src_m and _code(m) != (_code(src_m) if src_m else None)), None)
                if mt.group(0).lower().startswith(("must", "should")):
                    # "X stated that Y must stop ...": X demands, of Y
                    sp = list(_SPEECH.finditer(text, 0, mt.start()))
                    if sp:
                        speaker = _source(sent, ms, sp[-1].start())
                        addressee = next((m for m in reversed(ms) if sp[-1].end() <= m.start - sent.start < mt.start()), None)
                        if speaker is not None and addressee is not None:
                            src_m, tgt_m = speaker, addressee
                agent = _BY_AGENT.match(text, mt.end())
                if agent:
                    # passive: "attacks by Russia on civilians", "supported by all Nato allies"
                    by_m = next((m for m in ms if m.start - sent.start >= agent.end() - 1), None)
                    if by_m is None or typ in ("AGREE", "SUPPORT"):
                        continue
                    # the target follows the agent ("attacks by X on Y"); else there is none
                    on_m = next((m for m in ms if m.start > by_m.end and prep_before(sent, m) in (("on", "against", "into", "to") if typ == "CONSULT" else ("on", "against", "into"))
                                 and m.start - by_m.end < 60), None)
                    if on_m is None and typ in ("ACCUSE", "PROTEST", "REJECT", "THREATEN") \
                            and _BY_RIGHT_AFTER.match(text, mt.end()):
                        # "Ecuador swaps Russian arms ... in a deal criticised by Moscow": the
                        # agent objects to the sentence's subject
                        on_m = next((m for m in ms if m.end - sent.start <= mt.start() and prep_before(sent, m) is None
                                     and m.form not in ("made", "led", "demonym") and _code(m) != _code(by_m)), None)
                    if on_m is None and typ != "CONSULT":
                        continue
                    # ("a visit by X": X visits the sentence's other state or the article's)
                    src_m, tgt_m = by_m, on_m or next((m for m in ms if m.type == "state" and _code(m) != _code(by_m)), None)
                if src_m is not None and mutual:
                    # "Moscow and Tehran held talks", "Ethiopia and Somalia agreed to restore
                    # relations after talks in Ankara": the two of a coordinated subject
                    # ("Greek Prime Minister X and Cypriot President Y held talks": two people)
                    pair = next((m for m in ms if m.end <= src_m.start and (
                                 re.fullmatch(r"\s*(?:and|,)\s*(?:the\s+)?", text[m.end - sent.start : src_m.start - sent.start])
                                 or m.type == src_m.type == "person" and _PERSON_PAIR.fullmatch(
                                     text, m.end - sent.start, src_m.start - sent.start))), None)
                    if pair is not None:
                        src_m, tgt_m = pair, src_m  # in the order the text names them
                if src_m is not None and (lead := GROUP_SUBJECT.search(text, 0, mt.start())) is not None \
                        and lead.start() <= src_m.start - sent.start < lead.end():
                    src_m = None  # "The three Sahel states ... have expelled": the states, not the place
                src = _code(src_m) if src_m else None
                tgt = _code(tgt_m) if tgt_m else pair_target
                group: list[str] = []
                gm = GROUP_SUBJECT.search(text[: mt.start()]) if src is None else None
                if gm is not None and len(prev_actors) >= 2:
                    two = re.search(r"(?i)\b(?:two|both)\b", gm.group(0)) is not None
                    if two or tgt is None or tgt in prev_actors[:2] or len(prev_actors) < 3:
                        # "the two leaders met", "they reached the agreement": the last sentence's pair
                        src, tgt = prev_actors[0], prev_actors[1]
                    else:
                        # "the three juntas accused ECOWAS": each of the last sentence's actors
                        group = [a for a in prev_actors if a != tgt]
                        src = group.pop(0)
                answered = _ANSWERS.get(typ)
                if tgt is None and typ == "THREATEN" and (reprisal := _REPRISAL.search(text, mt.start(), mt.end() + 30)) \
                        and not _AGAINST_AFTER.match(text, reprisal.end()):
                    answered = (_ANY, _HOSTILE_ACTS)  # "Israel vowed to retaliate": against the last attacker
                if tgt is None and answered is not None and answered[0].match(text, mt.end()):
                    # "Iran condemned the attack", "Lavrov rejected the demand": aimed at the one
                    # who carried out the last such act the article reported
                    tgt = next((e.source for e in reversed(out.values()) if e.type in answered[1]
                                and e.source not in (src, None)), None) \
                        or next((s for t, s in reversed(aimless) if t in answered[1] and s != src), None)
                if src is not None and tgt is not None and not group and src_m is not None \
                        and src_m.type in ("state", "organization"):
                    # "Australia and the United Kingdom pledged support", "the European Union
                    # and Britain imposed sanctions": each of them acts
                    states = [m for m in ms if m.type in ("state", "organization") and m.end <= src_m.start] + [src_m]
                    group = [c for c in reversed(coordinated(sent, states, len(states) - 1, -1)) if c not in (src, tgt)]
                if src is None and not agent and _RULERS_SUBJECT.search(text, 0, mt.start()):
                    # "The junta also accused France of ...": the state whose junta the article named
                    src = _rulers_state(ctx)
                if src is None and not agent and not _NAMED_GROUP_SUBJECT.match(text):
                    # (not when a group the knowledge base does not know is the subject: "The
                    # Polisario Front, which is backed by Algeria, condemned ...")
                    src = ctx.focus
                if _RULERS_AFTER.match(text, mt.end()) or (tgt is None and _RULERS_AFTER.search(mt.group(0))):
                    # "refused to recognise the junta", "described the junta as illegitimate": the
                    # state whose junta the article named
                    rulers = _rulers_state(ctx)
                    tgt = rulers if rulers != src else tgt
                if agent and typ == "CONSULT" and tgt is None and ctx.focus != src:
                    tgt = ctx.focus
                if tgt is None and typ == "SANCTION" and _TIES_CUT.search(mt.group(0)):
                    # "would suspend arms purchases from Israel and break off diplomatic relations":
                    # the other state the sentence names
                    tgt = next((c for m in reversed(ms) if m.end - sent.start <= mt.start() and m.type == "state"
                                and (c := _code(m)) not in (None, src)), None)
                if tgt is None and typ in ("ACCUSE", "PROTEST", "THREATEN", "SUPPORT") and ctx.focus != src \
                        and (_THE_DEAL_AFTER.match(text, mt.end()) or _THE_DEAL_AFTER.search(mt.group(0))):
                    # "Venezuela condemned the purchase", "Russia welcomed the move": the article's actor
                    tgt = ctx.focus
                adj = next((m for m in ms if m.form == "demonym" and _NOUN_MODIFIERS.fullmatch(text, m.end - sent.start, mt.start())),
                           None)
                if adj is not None and _NOUN_CUE.match(mt.group(0)):
                    # "Azerbaijani attacks", "an Iranian ballistic missile attack": the demonym is
                    # the attacker; the target, when the sentence names none after it, is the
                    # state the sentence is about, else the one the article is about
                    src = _code(adj)
                    if tgt is None or tgt == src:
                        named = next((c for m in ms if m.type == "state" and m.form != "demonym"
                                      and (c := _code(m)) not in (None, src)), None)
                        tgt = named or (ctx.focus if ctx.focus != src else None)
                if typ == "SUPPORT" and tgt_m is not None and nearest_prep(sent, tgt_m) == "against":
                    continue  # "will support operations against al-Shabaab": no support of it
                if src and not tgt:
                    aimless.append((typ, src))  # ("fired a missile into the sea": answered later, "condemned the launch")
                if not src or not tgt or src == tgt:
                    continue
                if src_m is not None and src_m.type in ("media",):
                    continue
                taken.append((mt.start(), mt.end()))
                said = best_date(text, mt.start(), mt.end(), doc.published)
                sub = _AFTER_CLAUSE.search(text, max(0, mt.start() - 40), mt.start()) if said is None else None
                if sub is not None and sub.start() > 0:
                    # "in early 2022, shortly after Russia invaded Ukraine": the clause it hangs on dates it
                    said = best_date(text, sub.start() - 1, sub.start(), doc.published)
                date = said or doc.published
                attributed_to, modality = attribution(text)
                rep = Report(document=doc.id, quote=doc.text[sent.start : sent.end], start=sent.start,
                             end=sent.end, attributed_to=attributed_to, modality=modality,  # type: ignore[arg-type]
                             published=doc.published, outlet=doc.outlet)
                targets = [tgt]
                if tgt_m is None and pair_target is not None:
                    # "urged both sides to show restraint": each of the pair
                    targets = [a for a in prev_actors[:2] if a != src]
                if tgt_m is not None and nearest_prep(sent, tgt_m) == "between":
                    # "concerns about the cooperation between Afghanistan and India": both
                    pair = next((m for m in ms if m.start > tgt_m.end and _AND_ONLY.fullmatch(
                        text, tgt_m.end - sent.start, m.start - sent.start)), None)
                    if pair is not None and _code(pair) not in (None, src, tgt):
                        targets.append(_code(pair) or "")
                elif tgt_m is not None and tgt_m.type == "state" and nearest_prep(sent, tgt_m) in ("to", "on", "against"):
                    # "sent military instructors to Burkina Faso and Mali", "sanctions on Iran and
                    # North Korea": each of them
                    states = [m for m in ms if m.type == "state" and m.start >= tgt_m.start]
                    targets += [c for c in coordinated(sent, states, 0, 1) if c not in (src, tgt)]
                for one_src, one_tgt in ((a, b) for a in [src, *group] for b in targets):
                    key = (typ, one_src, one_tgt)
                    ev = out.get(key)
                    if ev is None:
                        ev = Event(
                            id=stable_id("event", doc.id, typ, one_src, one_tgt, sent.start),
                            type=typ, source=one_src, target=one_tgt,
                            source_person=src_m.key if src_m is not None and src_m.type == "person" else None,
                            target_person=tgt_m.key if tgt_m is not None and tgt_m.type == "person" else None,
                            date=date,
                        )
                        out[key] = ev
                        if not said:
                            undated.add(key)
                    elif said and key in undated:
                        # "Chad ends military cooperation with France" (a headline, dated by
                        # the article) and then "..., the government said on Thursday"
                        ev.date = said
                        undated.discard(key)
                    if not any(r.start == rep.start for r in ev.reports):
                        ev.reports.append(rep)
        prev_actors = _carry(here, prev_actors)
    return list(out.values())


def _source(sent: Sentence, ms: list[Mention], cue: int) -> Mention | None:
    before = [m for m in ms if m.end - sent.start <= cue]
    if _AND_VERB.search(sent.text, max(0, cue - 30), cue):
        # "Somalia had expelled Ethiopia's ambassador and threatened to ...": a second
        # verb has the clause's subject, not the object of the first
        first = next((m for m in before if prep_before(sent, m) is None and not is_possessive(sent, m)), None)
        if first is not None and _RULERS_SUBJECT.search(sent.text, 0, first.start - sent.start):
            return None  # "The junta accused France of ... and demanded ...": the junta, not its object
        if first is not None:
            return first
    if before and _CLAUSE_SUBJECT_GAP.fullmatch(sent.text, before[-1].end - sent.start, cue) \
            and _SUBORDINATOR_BEFORE.search(sent.text, max(0, before[-1].start - sent.start - 12), before[-1].start - sent.start):
        # "Algiers recalled its envoy after France backed Morocco's plan": the subject of the
        # clause the cue is in
        return before[-1]
    for m in reversed(before):
        if in_other_clause(sent.text, m.start - sent.start, cue):
            continue  # "Turkey, which left the programme after buying Russia's S-400, criticised ..."
        if m.form in ("made", "led"):
            continue  # "flies Chinese-made jets, which it used in clashes with India": a maker
        if m.form == "demonym" and _USED_BEFORE.search(sent.text, max(0, m.start - sent.start - 30), m.start - sent.start):
            continue  # "Pakistan had used Chinese J-10C fighters in clashes with India": the maker of what was used
        p = prep_before(sent, m)
        if p is None or p == "and" or is_possessive(sent, m):
            return m
        if p == "of" and _OF_SUBJECT.search(sent.text, 0, m.start - sent.start):
            return m  # "the government of Gabon revoked ...": Gabon acts
    return None


_USED_BEFORE = re.compile(r"\b(?:used|using|uses|flying|flew|operating|deployed|deploying|fired|firing|launched|"
                          r"(?:armed|equipped)\s+with)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:after|before|when|because|since|while|once|until|although|though)\s+(?:the\s+)?$",
                                  re.IGNORECASE)
_CLAUSE_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|had|have|also|then|later|had\s+also|has\s+also|openly|formally|publicly)\s+)*")
_THE_DEAL_AFTER = re.compile(
    r"\w*\s+(?:the|this|that)\s+(?:\w+\s+)?(?:purchase|deal|sale|acquisition|contract|delivery|deliveries|order|move|"
    r"pact|agreement|partnership|treaty|accord|decision|step|announcement|budget|bill|law|plan|policy|strategy|package)\b",
    re.IGNORECASE)
_NOUN_FROM = re.compile(r"(?:ation|ations|ism|isms)\s+from\s+(?:the\s+)?", re.IGNORECASE)  # nouns only
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
_CAUSED_BEFORE = re.compile(r"\b(?:prompt|draw|drew|spark|trigger|provok|elicit)\w*\s+(?:an?\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\w*\s+(?:it|them)\b(?!\s+(?:is|was|has|had|would|will|could)\b)", re.IGNORECASE)
_HYPOTHETICAL_NOUN = re.compile(
    r"\b(?:for|against|of|from|to)\s+(?:a|an|any)\s+(?:possible|potential|future|hypothetical)\s+(?:[A-Z][\w-]*\s+)?$"
    r"|\b(?:against|of)\s+any\s+$", re.IGNORECASE)
# what an act is meant to stop has not happened: "to deter a Chinese invasion of Taiwan", "a buffer
# zone meant to prevent Armenian forces from launching an offensive"
_PREVENTED = re.compile(r"\b(?:prevent\w*|deter\w*|avert\w*|avoid\w*|forestall\w*|guard\w*\s+against)\b[^,;.]{0,80}$",
                        re.IGNORECASE)
_ONE_OF_THEM = re.compile(r"\b(?:a|an|one|two|three|four|five|several|\d+)\s+$", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(r"\b(?:shortly\s+|soon\s+|just\s+|days\s+|weeks\s+|months\s+)?(?:after|following)\s+"
                           r"(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|his|her|its|their)\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\b[Tt]o\s+(?:[a-z]+\s+)?$")  # "to protest", "to hold talks"
_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
_AND_VERB = re.compile(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)?$", re.IGNORECASE)
_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")
_OF_SUBJECT = re.compile(
    r"\b(?:government|president|prime\s+minister|leaders?|leadership|authorities|junta|parliament|"
    r"ministry|minister|king|emir|people)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _quoted_speaker(sent: Sentence, ms: list[Mention], cue_end: int) -> Mention | None:
    """The one a quote is attributed to after it closes ('..., " Nato said')."""
    sp = _SPEECH.search(sent.text, cue_end)
    close = max(sent.text.rfind(q, cue_end, sp.start()) for q in ('"', "\u201d")) if sp else -1
    if sp is None or close < 0:
        return None
    return next((m for m in ms if close < m.start - sent.start and m.end - sent.start <= sp.start()
                 and re.fullmatch(r"\s*", sent.text[m.end - sent.start : sp.start()])), None)


def _carry(here: list[str], prev: list[str]) -> list[str]:
    """The actors a later "the two countries" or "both sides" may mean: the last sentence
    that named two or more (one that names a single state between keeps them: "The deal
    includes a US-run corridor through Georgia. Both countries also agreed ...")."""
    return here if len(here) >= 2 or len(prev) < 2 else prev


def _rulers_state(ctx: Context) -> str | None:
    """The state of the first "Mali's junta", "Niger's military government" or "the
    Burkinabe junta" the article names."""
    for m in ctx.mentions:
        if m.type == "state" and m.key and m.form in ("name", "demonym"):
            sent = ctx.sentences[m.sentence]
            if _RULERS_OF.match(sent.text, m.end - sent.start):
                return m.key
    return None


def _target(sent: Sentence, ms: list[Mention], cue_end: int, src: Mention | None,
            hosted: bool = False) -> Mention | None:
    """The state (or other actor) an act is aimed at; with `hosted`, an act done in a state
    ("suspended visa deliveries in Niger", "carried out strikes in Syria") is aimed at it
    when no other is named."""
    inside: Mention | None = None
    for m in ms:
        if m.start - sent.start >= cue_end and m is not src and m.start - sent.start - cue_end < 120:
            if _CLAUSE_AFTER.search(sent.text, cue_end, m.start - sent.start + 1):  # (+1: the capital it looks at)
                break  # "..., as both face growing assertiveness from China": another clause's
            if _INTO_WATERS.match(sent.text, cue_end):
                break  # "fired a missile into the East Sea": aimed at no one
            if src is not None and _code(m) == _code(src):
                continue
            if sent.text[: m.start - sent.start].rstrip().endswith(",") and _SPEAKER_AFTER.match(sent.text, m.end - sent.start):
                continue
            if m.type in ("place", "state") and nearest_prep(sent, m) in ("in", "at", "via", "near", "across") \
                    and not _RIGHT_AFTER.fullmatch(sent.text, cue_end, m.start - sent.start):
                # (a cue's own preposition is no place: "hits out at Turkey")
                # where it happened ("met in San Diego"), not with whom ("in talks with India")
                if hosted and inside is None and m.type == "state" and m.form in ("name", "capital") and nearest_prep(sent, m) == "in" \
                        and (src is None or _code(m) != _code(src)):
                    inside = m
                continue
            if m.form == "demonym" and _ONE_OF_THEM.search(sent.text, max(0, m.start - sent.start - 12), m.start - sent.start) \
                    and _person_after().match(sent.text, m.end - sent.start):
                continue  # "refused to extradite a Ukrainian suspect to Germany": a person, not the state
            return m
    return inside


_NAMED_GROUP_SUBJECT = re.compile(
    r"\W*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Front|Movement|Party|Group|Brigades?|Council|Committee|Coalition|"
    r"Federation|Association|Institute|Network|Watch|Cross|Crescent|Foundation|Commission|Tribunal|Court)\b")
# ("summons French ambassador": the envoy's state is the one protested to)
_ENVOY = re.compile(r"\b(?:ambassador|envoy|charg[eé]\s+d['’]affaires|diplomats?|consulates?|embassy|embassies)\b", re.IGNORECASE)
_TIES_CUT = re.compile(r"\b(?:ties|relations)\b", re.IGNORECASE)
_HOSTED = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})  # acts a state suffers where they happen


_RIGHT_AFTER = re.compile(r"\s*(?:the\s+)?")
_CLAUSE_AFTER = re.compile(r",\s+(?:as|while|because|although|though|whereas)\s+(?!well\b|much\b|part\b|of\b)"
                           r"|\s+and\s+(?:said|says|added|adds|told)\b|,\s+(?:and|but)\s+(?-i:(?=[A-Z]))", re.IGNORECASE)
_RULERS_AFTER = re.compile(r"\w*\s+(?:[\w’'-]+\s+){0,2}?the\s+(?:ruling\s+|military\s+)?(?:junta|regime|military\s+government|"
                           r"military\s+rulers|coup\s+leaders)\b", re.IGNORECASE)
_RULERS_SUBJECT = re.compile(r"^\W*(?:[A-Z]\w+,?\s+)?the\s+(?:ruling\s+|military\s+)?(?:junta|regime|military\s+government|"
                             r"military\s+rulers|coup\s+leaders|putschists)\b", re.IGNORECASE)
_RULERS_OF = re.compile(r"(?:['’]s)?\s+(?:ruling\s+|military\s+)?(?:junta|regime|military\s+government|military\s+rulers)\b",
                        re.IGNORECASE)
# ("Iran seizes tanker, US Navy says": who reports it, not whom it targets)
_SPEAKER_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w.-]+){0,3}?\s+(?:says|said|reports|reported|claims|claimed)\b")
_FOR_A_VISIT = re.compile(r"\s+(?:on|for)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_IN_OR_TO = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")
_OPINION_BEFORE = re.compile(
    r"\b(?:critici[sz]\w*|condemn\w*|oppos\w*|protest\w*|denounc\w*|decr(?:y|ies|ied)"
    # (nor sanctions one only risks: "warned Serbia that it risks sanctions if it buys ...")
    r"|risks?|risked|risking|faces?|facing|threat\s+of|threatened\s+with)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PERSON_PAIR = re.compile(r"\s*and\s+(?:[A-Z][\w'’-]*\s+){0,4}")
_PARTICIPLE = re.compile(r"\w+ing\b", re.IGNORECASE)
_AFTER_COMMA = re.compile(r",\s*$")
_NEXT_WORD = re.compile(r"\w*[\s-]+([A-Za-z][\w-]*)")
# (not the adverb: "India has since banned ...")
_SINCE_CLAUSE = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\s+(?!(?:then\s+)?\w+(?:ed|en)\b)[^,;]*$",
                           re.IGNORECASE)
_OF_AFTER = re.compile(r"\w*\s+of\b", re.IGNORECASE)  # cues match word stems ("accuse|d")
_SPEECH = re.compile(r"\b(?:said|says|stated|states|told|declared|insisted|warned|demanded|wrote)\b(?:\s+that)?",
                     re.IGNORECASE)
# (cues match word stems: "criticise|d by Moscow")
_BY_AGENT = re.compile(r"(?:\s+(?:\w+\s+){0,2}?|\w+\s+)by\s+(?:the\s+|all\s+)?", re.IGNORECASE)
_BY_RIGHT_AFTER = re.compile(r"\w*\s+by\b", re.IGNORECASE)  # a participle's agent, not a noun's ("a decision by")
_ABOARD = re.compile(r"\b(?:aboard|on\s+board)\s+(?:the\s+)?$", re.IGNORECASE)
_ARMS_TALKS = re.compile(
    r"[^.;,]{0,40}?\b(?:for|over|on|about)\s+(?:the\s+)?(?:possible\s+|potential\s+|planned\s+)?(?:purchase|acquisition|sale|"
    r"supply|procurement|delivery|deliveries|joint\s+production|co-?production)\b"
    r"|[^.;,]{0,40}?\bfor\s+(?:\d[\d,]*|two|three|four|five|six|eight|ten|twelve|several|more)\s"
    r"|[^.;,]{0,40}?\bto\s+(?:buy|acquire|purchase|procure|sell|supply)\b", re.IGNORECASE)
_THE_ACT_AFTER = re.compile(
    r"\w*\s+(?:the|this|these|those|its|their)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|expulsions?|incursions?|"
    r"invasion|seizure|killings?|shelling|bombing|raids?|sanctions|launch(?:es)?|missile\s+tests?)\b", re.IGNORECASE)
_THE_CLAIM_AFTER = re.compile(
    r"\w*\s+(?:the|this|these|those|such)\s+(?:\w+\s+){0,2}?(?:demands?|requests?|calls?|proposals?|ultimatum|"
    r"accusations?|allegations?|claims?|charges?)\b", re.IGNORECASE)
_HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
# an act that answers an earlier one named only by a noun: (the noun after the cue, the
# types of act it answers)
_ANSWERS: dict[str, tuple[re.Pattern[str], set[str]]] = {
    "ACCUSE": (_THE_ACT_AFTER, _HOSTILE_ACTS),
    "PROTEST": (_THE_ACT_AFTER, _HOSTILE_ACTS),
    "REJECT": (_THE_CLAIM_AFTER, {"REQUEST", "ACCUSE", "THREATEN"}),
}
_REPRISAL = re.compile(r"\b(?:retaliat\w*|reprisals?|revenge|avenge|respond\s+(?:strongly|forcefully|decisively))\b", re.IGNORECASE)
_ANY = re.compile("")
_AGAINST_AFTER = re.compile(r"\s+(?:against|on|at)\b")  # ("retaliate against Kurdish militants": aimed at them)
_NOUN_MODIFIERS = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*")  # "Iranian [ballistic missile] attack"
_NOUN_CUE = re.compile(r"(?i)(?:attacks?|offensive|incursions?|invasion|strikes?|shelling|bombing)\b")
