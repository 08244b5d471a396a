"""What every record extractor needs to know about one document: its sentences,
the mentions in each, the state the article is about, and small helpers to read
the actors around a position in a sentence.

Pure: built from one document, its sentences and mentions, and the knowledge base.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from armsledger.knowledge import KnowledgeBase
from armsledger.records import Document, Mention, Report, Sentence

ACTOR_TYPES = {"state", "person", "company", "organization"}
# Prepositions that tell an actor's role relative to a verb.
_PREP_RE = re.compile(
    r"\b(to|for|from|with|by|between|of|in|into|against|on|over|at|and|via|than|toward|towards|under|about|among|upon)\s+"
    # (a clause's first word ends the phrase: "confirmed on Monday that Estonia was in talks")
    r"(?:(?:the|his|her|its|their|a|an)\s+)?(?:(?!(?:that|which|who|whether|because|while|when|if)\b)[\w’'.-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a subject that stands for the states just named ("the three juntas", "they")
GROUP_SUBJECT = re.compile(
    r"\b(?:they|the (?:two|three|four|five) (?:[\w-]+ )?(?:leaders|countries|sides|ministers|presidents|nations|states|"
    r"governments|juntas|allies|neighbou?rs|capitals|regimes)|both (?:sides|leaders|countries|governments))\b",
    re.IGNORECASE)
_BLOCKING_ONLY_RE = re.compile(r"^[\s,]*$")
# the auxiliary that starts a second predicate of the subject after "and" ("signed a pact in
# April and is negotiating another", "agreed to export X, and is in talks with Y")
AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would)"
GENERIC_ORG_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+-(?:led|dominated|backed)\s+)?(?:military\s+|security\s+|defen[cs]e\s+)?"
    r"(?:alliance|bloc|organi[sz]ation|union|pact|grouping|initiative|coalition)\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    doc: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    kb: KnowledgeBase
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    focus: str | None = None  # the state the article is mostly about
    lead: int | None = None  # index of the first body sentence (the news of the article)

    @property
    def published(self) -> str | None:
        return self.doc.published

    def body(self) -> list[tuple[int, Sentence]]:
        """Sentences that may give records: captions and teasers never do alone."""
        return [(i, s) for i, s in enumerate(self.sentences) if s.kind in ("body", "title")]

    def in_sentence(self, i: int) -> list[Mention]:
        return self.by_sentence.get(i, [])

    def report(self, i: int, attributed_to: str | None, modality: str) -> Report:
        s = self.sentences[i]
        return Report(
            document=self.doc.id,
            quote=self.doc.text[s.start : s.end],
            start=s.start,
            end=s.end,
            attributed_to=attributed_to,
            modality=modality,  # type: ignore[arg-type]
            published=self.doc.published,
            outlet=self.doc.outlet,
        )


def build_context(
    doc: Document, sentences: list[Sentence], mentions: list[Mention], kb: KnowledgeBase
) -> Context:
    by: dict[int, list[Mention]] = {}
    for m in mentions:
        idx = m.sentence
        if idx < 0:
            idx = _sentence_of(sentences, m.start)
        if idx >= 0:
            by.setdefault(idx, []).append(m)
    for ms in by.values():
        ms.sort(key=lambda m: m.start)
    # (the news begins after the headline: a site's name or menu above it is no lead)
    title = next((i for i, s in enumerate(sentences) if s.kind == "title"), -1)
    lead = next((i for i, s in enumerate(sentences) if s.kind == "body" and i > title), None)
    if lead is None:
        lead = next((i for i, s in enumerate(sentences) if s.kind == "body"), None)
    counts: Counter[str] = Counter()
    for i, s in enumerate(sentences):
        if s.kind not in ("body", "title"):
            continue
        first = True
        for m in by.get(i, []):
            c = actor(m)
            if c and m.type in ("state", "person"):
                # the state that opens the headline or the lead as the subject of its verb is what
                # the article is about ("Honduras scraps U.S. carbine purchase" names the US as often)
                opens = first and i in (title, lead) and m.start - s.start < 40 and m.type == "state" \
                    and _VERB_NEXT.match(s.text, m.end - s.start) is not None and not is_dateline(s, m)
                counts[c] += 3 if opens else 1
                first = False
    focus = None
    if counts:
        # ties break alphabetically so the result is deterministic
        focus = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return Context(doc, sentences, mentions, kb, by, focus, lead)


def _sentence_of(sentences: list[Sentence], pos: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def actor(m: Mention) -> str | None:
    """The code an actor mention stands for: a state's ISO3, an organisation's
    acronym, or the state of a person or a company."""
    if m.type == "state":
        return m.key
    if m.type == "organization":
        return m.key
    if m.type == "company" and m.form == "multinational":
        return None  # MBDA, Airbus: where the group sits says nothing of where what it sells is built
    if m.type in ("person", "company", "media"):
        return m.country
    return None


def state_actor(m: Mention) -> str | None:
    """Like `actor`, but only states (directly or through a person or a company)."""
    if m.type == "organization":
        return None
    return actor(m)


_VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|to|[a-z]+(?:s|ed))\b")
# a body that acts for the state it sits in: "Officials in La Paz have held talks", "the
# military government in neighbouring Guinea announced"
_BODY_IN = re.compile(r"\b(?:(?:officials|authorities|government|leaders|leadership|junta|rulers|regime|diplomats|"
                      r"lawmakers|policymakers|planners|generals|commanders)\s+in\s+(?:neighbou?ring\s+)?|"
                      # "the Ministry of Defense of the State of Kuwait has ordered": its body acts for it
                      r"(?:government|(?:ministry|department)\s+of\s+(?:national\s+)?defen[cs]e|defen[cs]e\s+ministry|"
                      r"armed\s+forces|army|navy|air\s+force|military)\s+of\s+(?:the\s+)?)$",
                      re.IGNORECASE)


def body_in(sent: Sentence, m: Mention) -> bool:
    """Whether "in" or "of" before the mention names where a governing body sits, or
    whose it is (so the state acts)."""
    rel = m.start - sent.start
    return _BODY_IN.search(sent.text, max(0, rel - 50), rel) is not None


# a past state as a kind of country or grouping: "a former Soviet republic", "the post-Soviet grouping"
_PAST_BEFORE = re.compile(r"\b(?:former\s+|ex-|post-)$", re.IGNORECASE)
_POLITY_AFTER = re.compile(r"\s+(?:republics?|states?|bloc|colon(?:y|ies)|territor(?:y|ies)|satellites?|countr(?:y|ies)|"
                           r"nations?|space|union|groupings?|alliances?|bodies|body|organi[sz]ations?)\b", re.IGNORECASE)


def past_polity(sent: Sentence, m: Mention) -> bool:
    """Whether the mention names a past state as a kind ("a former Soviet republic"), not a state acting."""
    rel = m.start - sent.start
    return _PAST_BEFORE.search(sent.text, max(0, rel - 8), rel) is not None \
        and _POLITY_AFTER.match(sent.text, m.end - sent.start) is not None


def prep_before(sent: Sentence, m: Mention) -> str | None:
    """The preposition that governs a mention ('to the Kenyan military' -> 'to'): the
    first of the 40 characters before it, with up to two words between. (Taking the
    nearest instead, as `nearest_prep` does, was measured to lower events F1 on the
    development set, so the two lookups stay apart.)"""
    return _prep_before(sent.text, m.start - sent.start)


@lru_cache(maxsize=8192)  # (asked of one mention by many rules)
def _prep_before(text: str, rel: int) -> str | None:
    left = text[max(0, rel - 40) : rel]
    mt = _PREP_RE.search(left)
    if not mt:
        return None
    # a comma between the preposition and the mention breaks the link
    if "," in left[mt.start() :]:
        return None
    prep = mt.group(1).lower()
    if prep == "from" and _AWAY_RE.search(left, 0, mt.start()):
        return "away from"  # "diversifies away from Russia": a departure, not a source
    return prep


def nearest_prep(sent: Sentence, m: Mention) -> str | None:
    """The preposition nearest before a mention, at most two words before it ('sale of
    NASAMS to Taiwan' -> 'to'; `prep_before` gives the first of the window, 'of')."""
    return _nearest_prep(sent.text, m.start - sent.start)


@lru_cache(maxsize=8192)
def _nearest_prep(text: str, rel: int) -> str | None:
    mt = _NEAREST_PREP_RE.search(text, max(0, rel - 40), rel)
    return mt.group(1).lower() if mt else None


_PREPS = "to|for|from|with|by|between|of|in|into|against|on|over|at|via|than|near|across"
_NEAREST_PREP_RE = re.compile(
    rf"\b({_PREPS})\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:(?!(?:{_PREPS})\b)[\w’'.-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


def is_dateline(sent: Sentence, m: Mention) -> bool:
    """'BEIRUT — Saudi Arabia has signed ...': the city a report was filed from, which is
    no party to what the sentence reports."""
    if m.start == sent.start and m.text.isupper() and len(m.text) > 3 \
            and _DATELINE_END.match(sent.text, m.end - sent.start):
        return True
    # "LORIENT, France — ...", "VILNIUS, March 5 (LRT) — ...": the whole line before the dash
    return m.end - sent.start <= dateline_end(sent.text)


@lru_cache(maxsize=4096)
def dateline_end(text: str) -> int:
    """Where a sentence's dateline ends (-1: none); read once per sentence, asked per mention."""
    head = _DATELINE.match(text)
    return head.end() if head is not None else -1


_DATELINE_END = re.compile(r"\s*(?:,|\(|[—–-]\s)")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}"  # the city in capitals
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"  # its state or region
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"  # the date ("March 2, 2025")
    r"\s*(?:\([^()]{1,40}\))?\s*(?:[—–]|--?|(?<=\)):)\s")  # ("ISLAMABAD, April 26 (APP): ...")


def departure_before(text: str, pos: int) -> bool:
    """Whether the words before `pos` say what is left behind ("a shift from US,
    Russian jets", "away from its reliance on American F-16s"): not what is acquired."""
    return bool(_DEPARTURE_RE.search(text, max(0, pos - 80), pos))


# words that make "from X" a point of departure rather than a source ("pivot from
# Moscow", "independence from Russia", "a shift away from Soviet-era arms")
_AWAY_RE = re.compile(
    r"\b(?:away|independence|distanc(?:e|es|ed|ing)|departure|pivot(?:s|ed|ing)?|shift(?:s|ed|ing)?|"
    r"turn(?:s|ed|ing)?|break(?:s|ing)?|broke|diversif(?:y|ies|ied|ying|ication)|decoupl(?:e|es|ed|ing)|"
    r"divorce|wean(?:s|ed|ing)?)\s+(?:itself\s+|themselves\s+|further\s+|(?:[A-Z][\w’'.-]*\s+){1,2})?$",
    re.IGNORECASE,
)
# the same words, then "from" and what is left ("shift from US, Russian jets")
_DEPARTURE_RE = re.compile(
    _AWAY_RE.pattern.removesuffix("$") + r"(?:away\s+)?from\s+(?:(?!and\b|or\b|to\b|towards?\b)[\w’'.-]+,?\s+){0,6}$",
    re.IGNORECASE,
)


_SAYS_AFTER = re.compile(r"\s+(?:officials?\s+)?(?:says|said|claims|claimed|reports|reported|alleges|alleged)\b", re.IGNORECASE)
_COORD_GAP = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")


def coordinated(sent: Sentence, states: list[Mention], k: int, step: int) -> list[str]:
    """Keys of the states coordinated with states[k] ('A, B and the C'), walking back
    (step -1) or forward (step 1) from it, nearest first; `states` in text order."""
    out: list[str] = []
    while 0 <= k + step < len(states):
        a, b = (states[k + step], states[k]) if step < 0 else (states[k], states[k + step])
        gap = _COORD_GAP.fullmatch(sent.text, a.end - sent.start, b.start - sent.start)
        if not gap or "," in gap.group() and is_possessive(sent, b) and not re.search(r"\b(?:and|or)\b", gap.group()):
            break  # "Algeria, Morocco's rival,": an apposition, not a list
        if "," in gap.group() and _SAYS_AFTER.match(sent.text, b.end - sent.start):
            break  # "Iran sent drones to Russia, US says": the source of the news
        k += step
        key = states[k].key
        if key and key not in out:
            out.append(key)
    return out


# "its" or "their" right before a word: the possessor is a state named before ("its supply
# of drones", "its withdrawal from the treaty")
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def pair_before(ctx: Context, i: int, end: int, exclude: set[str], n: int = 2, window: int = 6) -> list[str]:
    """The states "the two ministers" or "the two countries" at `end` of sentence i stands
    for: those of the last two officials of different states named in the few sentences
    before (the people who met and signed: "Peru's minister ... his Spanish counterpart"),
    else of the last two states named; "the three governments" (`n` > 2) is the last list of
    three states. A state the sentence itself names in another role ("along their frontier
    with Guinea", `exclude`) is none of them."""
    if n > 2:
        # "Estonia, Latvia and Lithuania": a list is named once, in the lead, so look further back
        for j in range(i, max(-1, i - 2 * window - 1), -1):
            sent = ctx.sentences[j]
            names = [m for m in ctx.in_sentence(j) if m.type == "state" and m.form == "name"
                     and (j < i or m.start - sent.start < end)]
            for k in range(len(names) - 1, 0, -1):
                run = {c for c in [names[k].key, *coordinated(sent, names, k, -1)] if c and c not in exclude}
                if len(run) == n:
                    return sorted(run)
        return []
    for kinds in (("person",), ("person", "state")):
        found: list[str] = []
        for j in range(i, max(-1, i - window - 1), -1):
            sent = ctx.sentences[j]
            if sent.kind not in ("body", "title"):
                continue
            for m in reversed(ctx.in_sentence(j)):
                if m.type not in kinds or (j == i and m.start - sent.start >= end) or is_dateline(sent, m):
                    continue
                a = state_actor(m)
                if a and a not in exclude and a not in found:
                    found.append(a)
                    if len(found) == 2:
                        return sorted(found)
        if kinds == ("person",) and len(found) == 1 and ctx.focus and ctx.focus not in found and ctx.focus not in exclude:
            # one official named, the other side's unnamed or untitled: the article's own state
            return sorted([found[0], ctx.focus])
    return []


def is_possessive(sent: Sentence, m: Mention) -> bool:
    rest = sent.text[m.end - sent.start : m.end - sent.start + 2]
    return rest in ("'s", "’s") or rest[:1] in ("'", "’") and m.text.endswith("s")


_APPOSITION_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,")


def in_apposition(sent: Sentence, m: Mention) -> bool:
    """'Algeria, Morocco's rival, received ...': the possessor inside an apposition
    is no subject."""
    rel = m.start - sent.start
    return rel > 0 and sent.text[:rel].rstrip().endswith(",") and bool(
        _APPOSITION_AFTER.match(sent.text, m.end - sent.start))


def text_between(sent: Sentence, a: int, b: int) -> str:
    """Sentence text between two document offsets."""
    return sent.text[max(0, a - sent.start) : max(0, b - sent.start)]
