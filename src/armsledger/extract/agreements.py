"""Agreements other than a single arms deal, from one document: defence
cooperation, strategic partnerships, financial arrangements, peace deals.

A sentence gives an agreement when it names a kind (data/agreements.yaml), a
status (signed, announced, negotiating) and at least two parties. Parties are
the states in the sentence ("between X and Y" when given, mediators left out),
members of a named pact ("the AUKUS agreement"), and for "the two countries" the
states of the sentence before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.extract.attribution import attribution
from armsledger.extract.context import (
    AUXILIARY,
    Context,
    is_dateline,
    nearest_prep,
    pair_before,
    state_actor,
)
from armsledger.extract.dates import best_date
from armsledger.patterns import Pattern, PatternList
from armsledger.records import Agreement, stable_id

_BETWEEN_RE = re.compile(r"\bbetween\b", re.IGNORECASE)
# a cheap test before looking for dates: a digit, a month, a weekday or a relative date word
_THEY_START = re.compile(r"\W*They\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)*(?:signed|agreed|inked|concluded|"
                         r"sealed|initialled|initialed|adopted|issued|included)\b")
_HAS_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|"
    r"last|this|next|ago|later|earlier)", re.IGNORECASE)
_BACKREF_RE = re.compile(
    r"\b(?:the (?:two|three|four) (?:countries|nations|sides|states|leaders|governments|prime ministers|presidents|ministers|"
    r"defen[cs]e ministers|foreign ministers)|both (?:countries|sides|nations|leaders)|"
    r"the visit|the meeting|the conflict|the war|the talks)\b",
    re.IGNORECASE,
)
_NOT_YET_RE = re.compile(r"\b(?:not|never|yet\s+to|no\s+longer|failed\s+to|needs?\s+to|has\s+to|have\s+to|must)\s+"
                         r"(?:yet\s+|still\s+|been\s+|be\s+)?$",
                         re.IGNORECASE)
# (and a second predicate: "signed a pact with New Zealand in April and is negotiating a similar one")
_CLAUSE_BREAK_RE = re.compile(rf",\s+(?:and|while|but|whereas)\s+|;\s+|\s+and\s+(?={AUXILIARY}\s)", re.IGNORECASE)
_TRILATERAL = re.compile(r"\b(?:trilateral|three-way|tripartite)\s+$", re.IGNORECASE)
_PREDICATE_AND = re.compile(r"\s+and\s+$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r",\s*(?:which|who)\b[^,;]*,", re.IGNORECASE)
_DEFINITE_START_RE = re.compile(r"\s*(?:the|this|that)\s+(?:agreement|accord|deal|pact|treaty)\b", re.IGNORECASE)
_DEFINITE_RE = re.compile(r"\b(?:the|this|that)\s+(?:agreement|accord|deal|pact|treaty)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/agreements.yaml").read_text("utf-8")
    )
    rx = {k: Pattern(v, re.IGNORECASE) for k, v in data.items() if isinstance(v, str)}
    rx["kinds"] = [(k["kind"], Pattern(r"\b(?:" + k["re"] + r")\b", re.IGNORECASE)) for k in data["kinds"]]  # type: ignore[assignment]
    return rx


@lru_cache(maxsize=1)
def _kind_list() -> PatternList[str]:
    return PatternList((rx, k) for k, rx in _lexicon()["kinds"])


def extract_agreements(ctx: Context) -> list[Agreement]:
    out: dict[tuple[tuple[str, ...], str, bool], Agreement] = {}
    prev_parties: list[str] = []
    dated: list[str] = []  # the sentence that named prev_parties
    # sentences with no agreement since prev_parties was read: their parties are asked
    # for only when a later agreement needs them (most sentences name none, and reading
    # each one's parties was a third of this stage)
    pending: list[int] = []
    for i, sent in ctx.body():
        text = sent.text
        hits = _hits(text)
        if hits:
            # (a word of an organisation's name names no agreement: "the Collective Security
            # Treaty Organization", "the North Atlantic Treaty Organization")
            names = [(m.start - sent.start, m.end - sent.start) for m in ctx.in_sentence(i) if m.type == "organization"]
            hits = [h for h in hits if not any(a <= h[1].start() and h[1].end() <= b for a, b in names)]
        if not hits:
            pending.append(i)
            continue
        for j in reversed(pending):
            if found := _parties(ctx, j, None):
                prev_parties, dated = found, [ctx.sentences[j].text]
                break
        pending.clear()
        if len(hits) == 1:
            here = _parties(ctx, i, hits[0][1].start())
            _read(ctx, i, hits[0], 0, len(text), here, prev_parties, dated, out)
        else:
            # "X and Y signed a pact in July, and Z is negotiating a similar pact with W":
            # each agreement with the parties, status and date of its own clause
            here = _parties(ctx, i, None)
            bounds = [0]
            for (_, a), (_, b) in zip(hits, hits[1:], strict=False):
                brk = list(_CLAUSE_BREAK_RE.finditer(text, a.end(), b.start()))
                bounds.append(brk[-1].end() if brk else b.start())
            bounds.append(len(text))
            for k, hit in enumerate(hits):
                lo, hi = bounds[k], bounds[k + 1]
                clause = _parties(ctx, i, hit[1].start(), lo, hi)
                if k and len(clause) == 1 and _PREDICATE_AND.search(text, max(0, lo - 8), lo):
                    # "... and is negotiating a similar agreement with Canada": the first clause's subject
                    # (all its parties for a pact of three: "and agreed a trilateral pact with the UAE")
                    first = _parties(ctx, i, None, 0, bounds[1])
                    three = _TRILATERAL.search(text, max(lo, hit[1].start() - 20), hit[1].start())
                    clause = [*(first if three else first[:1]), *clause]
                _read(ctx, i, hit, lo, hi, clause, prev_parties, dated, out)
        if here:
            # the sentence that named the parties dates a later "the two leaders signed ...";
            # kept as text, tested for a date only if such a sentence comes
            prev_parties, dated = here, [text]
    for rec in out.values():
        if rec.date is None and rec.status != "negotiating":
            rec.date = ctx.published  # a headline's signing that the body does not date
    return _headline_folded(ctx, list(out.values()))


def _headline_folded(ctx: Context, recs: list[Agreement]) -> list[Agreement]:
    """A headline's agreement of no particular kind ("sign troop pact") between the
    parties of one the body names with its kind is that one."""
    title = {i for i, s in enumerate(ctx.sentences) if s.kind == "title"}
    starts = {ctx.sentences[i].start for i in title}
    kept: list[Agreement] = []
    for rec in recs:
        if rec.kind == "other" and all(r.start in starts for r in rec.reports):
            same = [o for o in recs if o is not rec and o.parties == rec.parties
                    and (o.status == "negotiating") == (rec.status == "negotiating")]
            if len(same) == 1:
                same[0].reports[:0] = rec.reports
                continue
        kept.append(rec)
    return kept


def _hits(text: str) -> list[tuple[str, re.Match[str]]]:
    """The agreements a sentence names, in order: the first kind that matches a
    span wins it ('defence cooperation agreement' is cooperation, not 'other')."""
    found: list[tuple[int, str, re.Match[str]]] = []  # (priority, kind, match)
    for rank, (rx, k) in enumerate(_kind_list().candidates(text)):
        for mt in rx.rx.finditer(text):
            if not any(m.start() < mt.end() and mt.start() < m.end() for _, _, m in found):
                found.append((rank, k, mt))
    found.sort(key=lambda h: h[2].start())
    # the kinds named in one clause are one agreement, of the kind listed first
    groups: list[list[tuple[int, str, re.Match[str]]]] = []
    for h in found:
        if groups and not _CLAUSE_BREAK_RE.search(text, groups[-1][-1][2].end(), h[2].start()):
            groups[-1].append(h)
        else:
            groups.append([h])
    # (min keeps the earliest of equal rank: that kind's first match, as a search finds it)
    return [(k, mt) for _, k, mt in (min(g, key=lambda h: h[0]) for g in groups)]


_FOR_WEAPONS = re.compile(
    r"(?:\s+with\s+[^,.;()]{1,60}?)?\s+for\s+(?:the\s+)?(?:(?:up\s+to\s+|about\s+)?\d+\s+)?", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\bunder\s+(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THE_AGREEMENT = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:agreements?|deals?|accords?)$", re.IGNORECASE)


def _read(
    ctx: Context, i: int, hit: tuple[str, re.Match[str]], lo: int, hi: int, here: list[str],
    prev_parties: list[str], dated: list[str], out: dict[tuple[tuple[str, ...], str, bool], Agreement],
) -> None:
    """The agreement named by `hit`, read from the words [lo, hi) of sentence i."""
    lex = _lexicon()
    text = ctx.sentences[i].text[:hi]
    if lex["negative"].search(text, lo):
        return
    if hit[0] == "other" and lex["arms_cues"].search(text, lo):
        return  # an arms deal: the transfer extractor reads it
    if not _DOCUMENT_NOUN.search(hit[1].group(0)) and not _DOCUMENT_ON.search(text, max(lo, hit[1].start() - 50), hit[1].start()) \
            and _TOPIC_BEFORE.search(text, max(lo, hit[1].start() - 40), hit[1].start()):
        return  # "hailed the deal as a milestone for defence cooperation": a topic, no agreement
    if (bought := _FOR_WEAPONS.match(text, hit[1].end())) is not None and (
            lex["arms_cues"].search(text, bought.end(), min(len(text), bought.end() + 30))
            or any(m.type == "weapon_system" and m.start - ctx.sentences[i].start == bought.end() for m in ctx.in_sentence(i))):
        # "a memorandum of understanding for 24 F-15EX jets", "a framework agreement with
        # Germany's KNDS for up to 77 Leopard 2A8 tanks": a purchase, whatever its kind
        return
    if hit[0] == "other" and i > 0 and _THE_AGREEMENT.search(text, max(0, hit[1].start() - 32), hit[1].end()) \
            and lex["arms_cues"].search(ctx.sentences[i - 1].text):
        return  # "... signed a letter to buy Israel's Arrow 3. The ministers signed the agreement": that deal
    neg = list(lex["negotiating"].finditer(text, lo))
    negotiating = bool(neg)
    # a signing verb inside a negotiating phrase ('was to be concluded') is not a signing
    signed = next((m for m in lex["signed"].finditer(text, lo)
                   if not any(n.start() <= m.start() < n.end() for n in neg)), None)
    if signed is not None and _NOT_YET_RE.search(text, max(lo, signed.start() - 20), signed.start()):
        # "have not yet signed a peace treaty": still being negotiated
        signed, negotiating = None, True
    if signed is None and not negotiating and ctx.sentences[i].kind == "title":
        signed = _HEADLINE_SIGN.search(text, lo)  # "France and Poland sign mutual defence treaty"
    announced = lex["announced"].search(text, lo)
    # "under a 2014 defence agreement": one already signed, in the year named
    dated_by = _YEAR_BEFORE.search(text, max(lo, hit[1].start() - 40), hit[1].start()) \
        if not (negotiating or signed or announced) else None
    if not (negotiating or signed or announced or dated_by):
        return
    parties = list(here)
    if len(parties) == 1 and ctx.focus and ctx.focus not in parties and _COUNTRY_SUBJECT.match(text):
        parties = [ctx.focus, *parties]  # "The country ... signed a strategic partnership agreement with Japan"
    # ("They also signed a memorandum": the sentence before's parties, as "the two countries")
    back = _BACKREF_RE.search(text, lo) or (_THEY_START.match(text) if lo == 0 else None)
    words = back.group(0).lower().split() if back else []
    many = _HOW_MANY.get(words[1] if words[:1] == ["the"] else words[0], 0) if words else 0
    # (the subject before it, or of its relative clause: "an agreement that the three governments signed")
    if len(parties) < many and back and (back.start() < hit[1].start() or _THAT_GAP.fullmatch(text, hit[1].end(), back.start())) \
            and len(pair := pair_before(ctx, i, back.start(), _with_others(ctx, i, hit[1].end(), hi), n=many)) == many:
        # "The two ministers also signed a memorandum ... along their frontier with Guinea": the two
        # named before, not a state the sentence names for something else
        parties = pair
    elif len(parties) < 2 and back:
        parties = sorted(set(parties) | set(prev_parties))
    # members of a named pact ('the AUKUS agreement')
    sent = ctx.sentences[i]
    for m in ctx.in_sentence(i):
        if m.type == "organization" and m.key and lo <= m.start - sent.start < hi:
            org = ctx.kb.organization(m.key)
            if org and org.kind in ("pact", "alliance", "partnership", "treaty") and org.members and len(org.members) <= 5:
                parties = sorted(set(parties) | set(org.members))
    if len(set(parties)) < 2:
        return
    status = "negotiating" if negotiating and not signed else ("signed" if signed or dated_by else "announced")
    # the date nearest the words that name it ("formed X in 2023 and signed a treaty in
    # July 2024": July 2024)
    date = best_date(text[lo:], hit[1].start() - lo, hit[1].end() - lo, ctx.published) \
        if _HAS_DIGIT_OR_MONTH.search(text, lo) else None
    if dated_by is not None:
        date = dated_by.group(1)
    if date is None and back:
        date = _last_date(dated, ctx.published)
    if date is None and status != "negotiating" and sent.kind != "title":
        date = ctx.published  # (a headline's waits for the body's date: extract_agreements)
    kind = hit[0]
    if kind == "other" and out and _SIMILAR_RE.search(text, lo):
        kind = next(reversed(out.values())).kind  # "signed similar agreements with ...": of the kind just named
    attributed_to, modality = attribution(sent.text)
    for group in _bilateral(ctx, i, lo, hi, parties):
        key = (tuple(sorted(set(group))), kind, status == "negotiating")
        if kind == "other" and _DEFINITE_RE.search(text, lo):
            # "the two leaders reached the agreement": the one already named; "The agreement,
            # which still needs to be signed, grants ...": the one the article just reported
            key = next((k for k in out if k[0] == key[0]), None) or (
                next(reversed(out)) if out and _DEFINITE_START_RE.match(text, lo) else key)
        rec = out.get(key)
        if rec is None:
            rec = Agreement(
                id=stable_id("agreement", ctx.doc.id, *key),
                parties=list(key[0]),
                kind=kind,
                status=status,
                date=date,
            )
            out[key] = rec
        elif rec.date is None:
            rec.date = date
        rep = ctx.report(i, attributed_to, modality)
        if not any(r.start == rep.start for r in rec.reports):
            rec.reports.append(rep)


_HEADLINE_SETTING = re.compile(r"\b(?:amid|as|after|despite|over|while|in\s+(?:a\s+)?(?:message|warning|rebuke|snub)\s+to)\b",
                              re.IGNORECASE)
_COUNTRY_SUBJECT = re.compile(r"\s*(?:The|This)\s+(?:country|kingdom|island\s+nation|republic|emirate|nation)\b")
# a headline's present tense ("X and Y sign defence pact", "X, Y ink deal")
_HEADLINE_SIGN = re.compile(r"\b(?:sign|ink|seal)\b", re.IGNORECASE)
_DOCUMENTS = (r"agreements?|accords?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)|MoU|charter|declaration|framework|roadmap"
              r"|(?:joint\s+)?statement|documents")
_DOCUMENT_NOUN = re.compile(rf"\b(?:{_DOCUMENTS}|contracts?)\b", re.IGNORECASE)
# ("signed a declaration on a deepened strategic partnership": the document is about it)
_DOCUMENT_ON = re.compile(rf"\b(?:{_DOCUMENTS})\s+(?:on|for|of|about|to)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){{0,3}}$",
                          re.IGNORECASE)
_TOPIC_BEFORE = re.compile(
    r"\b(?:milestone|boost|step|landmark|turning\s+point|new\s+chapter)\s+(?:for|to|in|towards?)\s+(?:the\s+|their\s+|bilateral\s+)?$"
    r"|\b(?:deepen|strengthen|expand|bolster|boost|enhance|broaden|promote|further)(?:s|ed|ing)?\s+(?:the\s+|their\s+|its\s+|bilateral\s+)?$",
    re.IGNORECASE)
_SIMILAR_RE = re.compile(r"\bsimilar\s+(?:agreements?|accords?|deals?|pacts?|partnerships?)\b", re.IGNORECASE)
_WITH_RE = re.compile(r"\bwith\b", re.IGNORECASE)


def _bilateral(ctx: Context, i: int, lo: int, hi: int, parties: list[str]) -> list[list[str]]:
    """One subject's agreements "with the United States and Japan" are one agreement with
    each of them; otherwise the parties are those of one agreement."""
    if len(set(parties)) < 3:
        return [parties]
    sent = ctx.sentences[i]
    ms = [m for m in ctx.in_sentence(i) if lo <= m.start - sent.start < hi and state_actor(m) in parties]
    w = _WITH_RE.search(sent.text, lo, hi)
    if w is None:
        return [parties]
    before = list(dict.fromkeys(a for m in ms if m.end - sent.start <= w.start() and (a := state_actor(m))))
    after = list(dict.fromkeys(a for m in ms if m.start - sent.start >= w.end() and (a := state_actor(m))))
    if len(before) != 1 or len(after) < 2:
        return [parties]
    return [[before[0], a] for a in after if a != before[0]]


_THAT_GAP = re.compile(r"\s+(?:that|which)\s+")
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "both": 2}  # ("the three governments signed ...")


def _with_others(ctx: Context, i: int, lo: int, hi: int) -> set[str]:
    """States a sentence names after its agreement as what it deals "with" ("joint patrols
    along their frontier with Guinea"): not among "the two countries" that signed it."""
    sent = ctx.sentences[i]
    return {a for m in ctx.in_sentence(i) if lo <= m.start - sent.start < hi and (a := state_actor(m))
            and nearest_prep(sent, m) == "with"}


def _last_date(dated: list[str], published: str | None) -> str | None:
    """The date of the sentence a back-reference points to, if it has one."""
    for text in reversed(dated):
        if not _HAS_DIGIT_OR_MONTH.search(text):
            continue
        d = best_date(text, 0, len(text), published)
        if d:
            return d
    return None


_VERB_START = re.compile(r"\s*(?:(?:have|has|had|also|then|later|on\s+\w+)\s+)*(?:signed|agreed|concluded|inked|sealed|"
                         r"initial(?:l)?ed|formali[sz]ed)\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _parties(ctx: Context, i: int, cue: int | None, lo: int = 0, hi: int | None = None) -> list[str]:
    """States of a sentence in order: those of the clause that names the agreement
    when it has two, else the sentence's; 'between X and Y' nearest the agreement
    restricts them, and a mediator ('brokered by Russia') is not a party."""
    lex = _lexicon()
    sent = ctx.sentences[i]
    hi = len(sent.text) if hi is None else hi
    # (nor an age: "the overhaul of Soviet-era helicopters")
    ms = [m for m in ctx.in_sentence(i) if m.type in ("state", "person") and state_actor(m)
          and m.form not in ("led", "made") and lo <= m.start - sent.start < hi
          and not is_dateline(sent, m) and not sent.text.startswith("-era", m.end - sent.start)]
    # (not the city of a dateline: "BEIRUT — Saudi Arabia has signed an agreement with China")
    if cue is not None and sent.kind == "title":
        # a headline's comma joins its subjects ("Japan, Philippines sign troop pact"); its
        # clauses end at a semicolon, and a state after "amid"/"as" is the setting
        # ("... amid China tensions"; "...; Buenos Aires buys Danish F-16s")
        c_start = sent.text.rfind(";", 0, cue) + 1
        c_end = sent.text.find(";", cue)
        c_end = len(sent.text) if c_end < 0 else c_end
        setting = _HEADLINE_SETTING.search(sent.text, cue, c_end)
        ms = [m for m in ms if c_start <= m.start - sent.start < (setting.start() if setting else c_end)]
    elif cue is not None:
        c_start = sent.text.rfind(",", 0, cue) + 1
        while c_start > 0:
            # a list of states before the clause is its subject ("Mali, Niger and Burkina Faso set up ...")
            listed = next((m for m in ms if m.end - sent.start <= c_start - 1
                           and not sent.text[m.end - sent.start : c_start - 1].strip()), None)
            if listed is None:
                break
            lead = sent.text.rfind(",", 0, listed.start - sent.start) + 1
            if sent.text[lead : listed.start - sent.start].strip():
                break
            c_start = lead
        c_end = sent.text.find(",", cue)
        c_end = len(sent.text) if c_end < 0 else c_end
        if _VERB_START.match(sent.text, c_start):
            # "Trump and Qatar's ruler, Emir Tamim, signed a declaration ...": the clause's
            # subject is before the apposition that the comma closed
            c_start = 0
        clause = [m for m in ms if c_start <= m.start - sent.start < c_end]
        if clause and _PRONOUN_SUBJECT.search(sent.text, c_start, cue):
            # "Putin travelled to North Korea, where he signed a pact with Kim Jong Un": the
            # pronoun is the person named before the clause
            who = next((m for m in reversed(ms) if m.type == "person" and m.end - sent.start <= c_start), None)
            if who is not None:
                clause = [who, *clause]
        # the clause that names the agreement says who is party to it; the rest of the
        # sentence only when that clause names nobody
        if clause:
            ms = clause
        else:
            # not those of a relative clause ("The three countries, which turned to Russia, ...")
            rel = [r.span() for r in _RELATIVE_RE.finditer(sent.text)]
            ms = [m for m in ms if not any(a <= m.start - sent.start < b for a, b in rel)]
    befores = [b for b in _BETWEEN_RE.finditer(sent.text) if cue is None or b.start() < cue + 80]
    b = min(befores, key=lambda x: abs(x.start() - (cue or 0))) if befores else None
    if b:
        inside = [m for m in ms if m.start - sent.start > b.end() and m.start - sent.start - b.end() < 80]
        if len({state_actor(m) for m in inside}) >= 2:
            ms = inside[:2]
    brk = lex["broker"].search(sent.text)
    # a capital or seat named as the place ("initialled a peace agreement at the White
    # House", "signed in Moscow") is a venue, a party only if its state is named as one too
    # ("at their summit in the Kyrgyz capital": a venue too)
    venue = {id(m) for m in ms if (m.form in ("capital", "metonym") or m.form == "demonym"
                                   and sent.text.startswith(" capital", m.end - sent.start))
             and nearest_prep(sent, m) in ("at", "in")}
    if len({state_actor(m) for m in ms if id(m) not in venue}) >= 2:
        ms = [m for m in ms if id(m) not in venue]
    out: list[str] = []
    for m in ms:
        if brk and brk.start() <= m.start - sent.start < brk.end():
            continue
        a = state_actor(m)
        if a and a not in out:
            out.append(a)
    return out
