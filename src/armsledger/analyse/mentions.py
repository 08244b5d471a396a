"""Mentions: the spans of a document that name states, organisations, companies, media,
weapon systems, places, armed groups and people.

`find_mentions(doc, sentences, kb)` returns them sorted by start and non-overlapping.
Three passes run over each sentence, each on the tokens the previous ones left free:

1. **Knowledge base and gazetteer names** (states with their demonyms, capitals and
   metonyms; organisations; companies and media; weapon systems; places and armed groups
   from `data/places.yaml`): a longest-match dictionary lookup over the sentence's tokens.
   We use our own small regex tokenizer and a dict keyed by folded token tuples instead of
   spaCy's `PhraseMatcher`: spaCy keeps "U.S.-made" and "F-16s" as one token, and its LOWER
   attribute does not fold diacritics ("Élysée"/"Elysee"); the dict lookup is as fast
   (well over 100 articles/s) and entirely deterministic. The matcher is built once per
   knowledge base version.
   *Case rule*: matching ignores case, but a form token that starts with a capital must
   be capitalised in the text, and a short acronym (2-3 capitals: "US", "EU") must be in
   capitals. That keeps "turkey", "patriot", "jordan", "chad", "mistral", "bastion", "us"
   (common words) out while "NATO"/"Nato" both match. A capitalised word at the start of a
   sentence still matches ("Turkey", "Chad" prefer the state; the genre rarely means the
   bird or the first name).
2. **Unknown weapon systems from the shape of the phrase** (`data/shapes.yaml`): a
   designation (code, acronym or capitalised name) followed by at most four modifiers and a
   weapon head noun from `kb.head_nouns`, or codes listed after "head noun such as".
3. **People** from the cues of the genre (`data/names.yaml`): titles, honorifics,
   appositions, speech verbs, and the shape of a 2-4 word capitalised name; surnames alone
   resolve to the full name seen in the same document, and spelling variants share a key.
   A person's `form` names the cue that found it (title, honorific, apposition, speech,
   shape, surname); `role` is the title's canonical name; `country` comes from the title's
   or apposition's state, else (for officials) the sentence or the document.

Other types: armed groups are `type="group"`; a state's `form` is name, demonym, capital,
metonym, made ("French-made") or led ("Russia-led"); unknown systems have `form="shape"`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick
import yaml
from rapidfuzz import fuzz

from armsledger.knowledge.model import KnowledgeBase, fold
from armsledger.records import Document, Mention, Sentence

MAX_TEXT = 2_000_000  # characters of one document we look at (bound untrusted input)
MAX_SENTENCE = 5_000  # characters of one sentence
_MAX_NAME_WORDS = 4

# Types and the priority between entries with the same surface (lower wins).
_PRIORITY = {"state": 0, "organization": 1, "company": 2, "media": 2, "group": 3,
             "weapon_system": 4, "place": 5}
_ACTOR_TYPES = ("state", "company", "media", "organization", "group")

_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['\u2019](?![sS]\b)[^\W_]+)*|\S")
# "memberMinister" (words glued by a page's markup): split before a capital that follows
# four lowercase letters; "OptSat", "McDonald", "DeSantis" stay whole.
_GLUE_RE = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")
_MADE = {"made", "built", "manufactured", "supplied", "produced", "designed", "developed",
         "origin", "sourced", "donated", "provided", "delivered", "licensed", "engineered"}
_LED = {"led", "based", "backed", "headquartered", "allied", "aligned", "brokered", "funded",
        "sponsored", "controlled", "run", "owned", "armed", "trained", "friendly", "leaning"}
_TYPE_WORDS = {"Type", "Project", "Model", "Pr."}
_BATCH_WORDS = {"Block", "Batch", "Flight", "Lot", "Increment", "Tranche", "Mk", "Mark"}
_COMPASS = {"North", "South", "East", "West", "Central", "Latin", "Southeast", "Northeast"}
_DASHES = {"-", "\u2010", "\u2011", "\u2013"}
_APOS = {"'", "\u2019"}


# -- tokens ---------------------------------------------------------------------------------


class _Tok(NamedTuple):
    # a named tuple made by tuple.__new__ (no Python frame per token) with the case
    # flags worked out once per distinct word: tokens are made and read more than
    # anything else here (measured: a third off tokenising against a slotted class)
    start: int
    end: int
    text: str
    key: str  # folded
    cap: bool  # begins with a capital
    word: bool  # begins with a letter


_fold = lru_cache(maxsize=1 << 16)(fold)
_new_tok = tuple.__new__
# whitespace and the token after it, so that offsets follow from lengths (one findall,
# not a match object per token)
_SPACED_TOKEN_RE = re.compile(r"(\s*)(" + _TOKEN_RE.pattern + ")")
_SHAPES: dict[str, tuple[str, bool, bool]] = {}  # word -> (key, cap, word)


def _shape(t: str) -> tuple[str, bool, bool]:
    if len(_SHAPES) > 200_000:
        _SHAPES.clear()
    info = _SHAPES[t] = (_fold(t), t[:1].isupper(), t[:1].isalpha())
    return info


def _tokens(text: str, offset: int = 0) -> list[_Tok]:
    out: list[_Tok] = []
    append, glued, shapes = out.append, _GLUE_RE.search, _SHAPES  # locals: the hottest loop here
    pos = offset
    for ws, t in _SPACED_TOKEN_RE.findall(text):
        s = pos + len(ws)
        pos = s + len(t)
        if len(t) > 8 and glued(t):
            p = s
            for part in _GLUE_RE.split(t):
                append(_new_tok(_Tok, (p, p + len(part), part, *_shape(part))))
                p += len(part)
            continue
        info = shapes.get(t) or _shape(t)
        append(_new_tok(_Tok, (s, pos, t, *info)))
    return out


def _form_key(surface: str) -> tuple[str, ...]:
    toks = [t.key for t in _tokens(surface)]
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]  # "the Kremlin": the article is not part of the name
    return tuple(toks)


# -- data files -----------------------------------------------------------------------------


def _load_yaml(name: str) -> Any:
    return yaml.safe_load(resources.files("armsledger.analyse").joinpath("data", name).read_text("utf-8"))


@dataclass
class _Lexicon:
    non_name: set[str]
    institution: set[str]
    honorifics: set[str]
    particles: set[str]
    speech: set[str]
    appos: set[str]
    title_mods: set[str]
    titles: list[tuple[str, str, tuple[str, ...]]]  # (canonical, kind, aliases)
    modifiers: set[str]
    not_modifiers: set[str]
    list_cues: list[tuple[str, ...]]
    places: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    title_hints: dict[tuple[str, ...], str]
    thing_heads: set[str]
    place_heads: set[str]  # lowercase nouns after a place's name ("... temple")
    place_head_mods: set[str]  # a word before such a noun ("... air base")
    thing_before: set[str]  # a noun before a thing's name ("the newspaper La Prensa")
    name_months: set[str]  # month words that are also names ("Jun", "May")
    name_abbrevs: set[str]  # title abbreviations that are also surnames ("Hun Sen")
    place_first: set[str]  # words that begin a place's name ("Plaza de Bolivar")
    not_syllables: set[str]
    portfolio: set[str]
    company_words: set[str]
    by_given_name: set[str]  # titles whose holders go by the given name
    ship_prefixes: frozenset[str]  # "INS", "BRP": a ship's name follows (as written)
    venue_nouns: frozenset[str]  # after a capital, an event or document held there ("the Kuala Lumpur declaration")
    money_scales: frozenset[str]  # after a name, an amount ("a contract worth P40 billion")
    rank_before: re.Pattern[str]  # a military rank before a name ("Col. Fahd Al-Mutairi")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    names = _load_yaml("names.yaml")
    shapes = _load_yaml("shapes.yaml")
    places = _load_yaml("places.yaml")
    return _Lexicon(
        non_name={_fold(w) for w in names["non_name_words"]},
        institution={_fold(w) for w in names["state_institution_words"]},
        honorifics={_fold(w).rstrip(".") for w in names["honorifics"]},
        particles={_fold(w) for w in names["particles"]},
        speech={_fold(w) for w in names["speech_verbs"]},
        appos={_fold(w) for w in names["apposition_nouns"]},
        title_mods={_fold(w).rstrip("-") for w in names["title_modifiers"]},
        titles=[(t["name"], t.get("kind", "government"), tuple(t.get("aliases") or ()))
                for t in names["titles"]],
        modifiers={_fold(w) for w in shapes["modifiers"]},
        not_modifiers={_fold(w) for w in shapes["not_modifiers"]},
        list_cues=[_form_key(c) for c in shapes["list_cues"]],
        places=list(places.get("places") or []),
        groups=list(places.get("groups") or []),
        title_hints={_form_key(k): v for k, v in (names.get("title_country_hints") or {}).items()},
        thing_heads={_fold(w) for w in names.get("thing_heads") or ()},
        place_heads={_fold(w) for w in names.get("place_heads") or ()},
        place_head_mods={_fold(w) for w in names.get("place_head_modifiers") or ()},
        thing_before={_fold(w) for w in names.get("thing_before") or ()},
        name_months={_fold(w) for w in names.get("name_months") or ()},
        name_abbrevs={_fold(w) for w in names.get("name_abbreviations") or ()},
        place_first={_fold(w) for w in names.get("place_first") or ()},
        not_syllables={_fold(w) for w in names.get("not_name_syllables") or ()},
        portfolio={_fold(w) for w in names.get("portfolio_words") or ()},
        company_words={_fold(w) for w in names.get("company_words") or ()},
        by_given_name={t["name"] for t in names["titles"] if t.get("by_given_name")},
        ship_prefixes=frozenset(shapes.get("ship_prefixes") or ()),
        venue_nouns=frozenset(_fold(w) for w in names.get("venue_nouns") or ()),
        money_scales=frozenset(_fold(w) for w in names.get("money_scales") or ()),
        rank_before=re.compile(r"\b(?:" + "|".join(sorted((re.escape(r) for r in names.get("ranks") or ()), key=len, reverse=True))
                               + r")\.?\s+$"),
    )


# -- the matcher, built once per knowledge base -----------------------------------------------


@dataclass(slots=True)
class _Entry:
    type: str
    key: str
    form: str
    country: str | None
    category: str | None
    caps: tuple[int, ...]  # form tokens that start with a capital
    acronyms: tuple[int, ...]  # form tokens that are short all-capital acronyms
    mixed: bool = False  # a one-word system name written in mixed case ("Osa", "Igla")


@dataclass
class _Matcher:
    kb: KnowledgeBase
    index: dict[tuple[str, ...], _Entry] = field(default_factory=dict)
    # entry lengths (in tokens) by first token, longest first: lookup tries only those
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # lengths of the entries of two tokens or more by their first two tokens
    pairs: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    titles: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    title_maxlen: dict[str, int] = field(default_factory=dict)
    title_words: set[str] = field(default_factory=set)
    heads: Any = None  # an automaton over the one-word head nouns, see _match_shapes
    # an organisation's all-capital acronym that another entry's name shares ("GUAM", the
    # grouping, and Guam, the island): written in capitals, it is the organisation
    acronym_orgs: dict[str, _Entry] = field(default_factory=dict)

    def add(self, surface: str, entry_type: str, key: str, form: str,
            country: str | None, category: str | None) -> None:
        if not surface or not surface.strip():
            return
        toks = _tokens(surface)
        if len(toks) > 1 and toks[0].key == "the":
            toks = toks[1:]
        if not toks or len(toks) > 12:
            return
        if not any(ch.isalpha() for ch in surface) or len(surface.strip()) < 2:
            return  # a bare number or letter would match everywhere
        if len(toks) == 1 and not any(ch.isupper() or ch.isdigit() for ch in surface):
            return  # one lowercase word ("alliance"): too vague to be a name
        k = tuple(t.key for t in toks)
        caps = tuple(i for i, t in enumerate(toks) if t.cap)
        acr = tuple(i for i, t in enumerate(toks)
                    if t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 3)
        # (an all-capital word is an acronym, not such a name: "the OSA framework" is no Osa missile)
        mixed = entry_type == "weapon_system" and len(toks) == 1 and toks[0].text.isalpha() \
            and len(toks[0].text) >= 3 and toks[0].text[1:].islower()
        new = _Entry(entry_type, key, form, country, category, caps, acr, mixed)
        old = self.index.get(k)
        if old is not None and _PRIORITY.get(old.type, 9) <= _PRIORITY.get(entry_type, 9):
            return
        self.index[k] = new
        have = self.lengths.get(k[0], ())
        if len(k) not in have:
            self.lengths[k[0]] = tuple(sorted((*have, len(k)), reverse=True))
        if len(k) > 1:
            have = self.pairs.get((k[0], k[1]), ())
            if len(k) not in have:
                self.pairs[(k[0], k[1])] = tuple(sorted((*have, len(k)), reverse=True))

    def add_title(self, surface: str, canonical: str, kind: str) -> None:
        k = _form_key(surface)
        if not k or k in self.titles:
            return
        self.titles[k] = (canonical, kind)
        self.title_maxlen[k[0]] = max(self.title_maxlen.get(k[0], 0), len(k))
        self.title_words.update(k)


_MATCHERS: dict[str, _Matcher] = {}


def _matcher(kb: KnowledgeBase) -> _Matcher:
    m = _MATCHERS.get(kb.version)
    if m is not None and m.kb is kb:
        return m
    m = _build_matcher(kb)
    if len(_MATCHERS) >= 4:
        _MATCHERS.pop(next(iter(_MATCHERS)))
    _MATCHERS[kb.version] = m
    return m


def _build_matcher(kb: KnowledgeBase) -> _Matcher:
    lex = _lexicon()
    m = _Matcher(kb)
    one_word = [h for h in kb.head_nouns if h and " " not in h]
    if one_word:
        m.heads = ahocorasick.Automaton()
        for h in one_word:
            m.heads.add_word(h, h)
        m.heads.make_automaton()
    for surface, typ, key, form in kb.surface_forms():
        country: str | None = None
        category: str | None = None
        if typ == "state":
            country = key
        elif typ in ("company", "media"):
            c = kb.find_company(key)
            country = c.country if c else None
        elif typ == "weapon_system":
            w = kb.system(key)
            category = w.category if w else None
            country = w.origin if w else None
        m.add(surface, typ, key, form, country, category)
        if typ == "organization" and surface.isupper() and surface.isalpha() and len(surface) >= 3:
            m.acronym_orgs[_fold(surface)] = _Entry(typ, key, form, None, None, (0,), (), False)
        if typ == "weapon_system" and surface[-1:].isalnum() and not surface.endswith("s"):
            m.add(surface + "s", typ, key, form, country, category)  # "Tomahawks", "F-16s"
    for p in lex.places:
        for s in (p["name"], *(p.get("aliases") or ())):
            m.add(s, "place", p["name"], "name", p.get("country"), None)
    for g in lex.groups:
        for s in (g["name"], *(g.get("aliases") or ())):
            m.add(s, "group", g["name"], "name", g.get("country"), None)
    # the knowledge base's titles come first; the lexicon's are a fallback
    for t in kb.titles:
        for s in (t.name, *t.aliases):
            m.add_title(s, t.name, t.kind)
    for name, kind, aliases in lex.titles:
        for s in (name, *aliases):
            m.add_title(s, name, kind)
    return m


# -- per-sentence work --------------------------------------------------------------------


@dataclass
class _Found:
    tok_start: int
    tok_end: int  # exclusive
    mention: Mention


@dataclass
class _Sent:
    index: int
    sentence: Sentence
    toks: list[_Tok]
    titlecase: bool
    found: list[_Found] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)  # token -> index into found, or -1
    starts: list[int] = field(default_factory=list)  # token start offsets, for bisect
    keys: list[str] = field(default_factory=list)  # token keys: slices of it are index keys


def find_mentions(doc: Document, sentences: list[Sentence], kb: KnowledgeBase) -> list[Mention]:
    """Every mention in the document, sorted by start and non-overlapping."""
    m = _matcher(kb)
    lex = _lexicon()
    text = doc.text[:MAX_TEXT]
    if not sentences:
        sentences = [Sentence(0, len(text), text)]
    sents: list[_Sent] = []
    for i, s in enumerate(sentences):
        if s.start >= len(text):
            continue
        end = min(s.end, s.start + MAX_SENTENCE, len(text))
        toks = _tokens(text[s.start:end], s.start)
        st = _Sent(i, s, toks, _is_titlecase(toks), owner=[-1] * len(toks), keys=[t.key for t in toks],
                   starts=[t.start for t in toks])
        sents.append(st)
        variants = _match_names(st, m, lex, text)
        _match_shapes(st, m, lex, text)
        _ship_names(st, lex, text)
        if variants:
            _add_variants(st, variants, text)
    _find_people(sents, m, lex, text)
    _the_kingdom(sents, m, text)
    _new_bodies(sents, m, text)
    _short_bodies(sents, m)
    # a one-word name the shape rule read as a weapon that the article also uses for a person
    # ("Cardama patrol vessel contract" beside "shipyard owner Mario Cardama"): the maker's name
    named = {w for st in sents for f in st.found if f.mention.type == "person" for w in f.mention.text.split()}
    out = [f.mention for st in sents for f in st.found
           if not (f.mention.form == "shape" and f.mention.type == "weapon_system" and f.mention.text in named)]
    out.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for x in out:
        if kept and x.start < kept[-1].end:
            continue
        kept.append(x)
    return kept


def _ship_names(st: _Sent, lex: _Lexicon, text: str) -> None:
    """'India handed over the corvette INS Kirpan': a navy's prefix and the capitalised
    words after it (up to three) name one ship."""
    toks = st.toks
    for k, t in enumerate(toks[:-1]):
        if t.text not in lex.ship_prefixes or not _free(st, k, k + 1):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j].cap and toks[j].word and _free(st, j, j + 1) \
                and _adjacent_space(toks[j - 1], toks[j]):
            j += 1
        if j == k + 1:
            continue
        s, e = t.start, toks[j - 1].end
        _add(st, k, j, Mention(start=s, end=e, text=text[s:e], type="weapon_system", key=text[s:e],
                               sentence=st.index, category="ships", form="ship"))


def _adjacent_space(a: _Tok, b: _Tok) -> bool:
    return b.start == a.end + 1


def _the_kingdom(sents: list[_Sent], m: _Matcher, text: str) -> None:
    """'The kingdom has also received THAAD batteries': the one kingdom the article
    names (Saudi Arabia, Morocco, Jordan ...: a state the knowledge base knows as a
    'Kingdom of'), when it names exactly one."""
    kingdoms = {f.mention.key for st in sents for f in st.found
                if f.mention.type == "state" and f.mention.key and _is_kingdom(m.kb, f.mention.key)}
    if len(kingdoms) != 1:
        return
    (key,) = kingdoms
    for st in sents:
        for k, t in enumerate(st.toks):
            if t.key == "kingdom" and k > 0 and st.keys[k - 1] == "the" and _free(st, k, k + 1) \
                    and not (k + 1 < len(st.toks) and st.keys[k + 1] in ("of", "'s")):
                _add(st, k, k + 1, Mention(start=t.start, end=t.end, text=t.text, type="state", key=key,
                                           sentence=st.index, form="metonym"))


# a body the article introduces with its acronym: "the Atlantic Littoral Security Alliance (ALSA)"
_BODY_DEFINED = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,7}(?:Alliance|Organi[sz]ation|Community|Union|Pact|"
    r"Council|Forum|Initiative|Partnership|Coalition|Group|Bloc|Confederation|League|Treaty|Commission|Association|"
    r"Mechanism|Framework|Dialogue|Cooperation))\s+\((?P<acr>[A-Z][A-Za-z]{1,7})\)")


def _new_bodies(sents: list[_Sent], m: _Matcher, text: str) -> None:
    """A grouping the knowledge base does not know, defined in the article by its name and
    acronym: every free mention of either names it (by its acronym, as the contract keys
    organisations). The acronym's letters must be the name's initials."""
    defined: dict[str, str] = {}
    for st in sents:
        seg = text[st.sentence.start : st.sentence.end]
        if "(" not in seg:
            continue  # (the regex is slow to fail on every sentence; a definition has its bracket)
        for d in _BODY_DEFINED.finditer(seg):
            acr, name = d.group("acr"), d.group("name")
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))
            if acr.upper() == initials.upper() and m.kb.find_organization(acr) is None \
                    and m.kb.find_organization(name) is None:
                defined[acr] = name
    if not defined:
        return
    forms = {tuple(_fold(w) for w in re.findall(r"[^\W_]+", f)): acr for acr, name in defined.items() for f in (acr, name)}
    longest = max(len(k) for k in forms)
    for st in sents:
        k = 0
        while k < len(st.toks):
            for n in range(min(longest, len(st.toks) - k), 0, -1):
                acr = forms.get(tuple(st.keys[k : k + n]))
                if acr is not None and _free(st, k, k + n) and (n > 1 or st.toks[k].text == acr):
                    s0, e0 = st.toks[k].start, st.toks[k + n - 1].end
                    _add(st, k, k + n, Mention(start=s0, end=e0, text=text[s0:e0], type="organization", key=acr,
                                               sentence=st.index, form="name"))
                    k += n - 1
                    break
            k += 1


def _short_bodies(sents: list[_Sent], m: _Matcher) -> None:
    """'the Commonwealth' in an article that names the Commonwealth of Independent States: a
    one-word name that begins the full name of another body the article names is that body's."""
    orgs = {f.mention.key for st in sents for f in st.found if f.mention.type == "organization" and f.mention.key}
    if len(orgs) < 2:
        return
    names = {k: o.name for k in orgs if (o := m.kb.organization(k)) is not None}
    for st in sents:
        for f in st.found:
            men = f.mention
            if men.type != "organization" or " " in men.text or not men.text[:1].isupper():
                continue
            longer = [k for k, name in names.items() if k != men.key and name.startswith(men.text + " ")]
            if len(longer) == 1:
                men.key = longer[0]


def _is_kingdom(kb: KnowledgeBase, iso3: str) -> bool:
    state = kb.state(iso3)
    return state is not None and iso3 != "GBR" and any(a.startswith(("Kingdom of", "Hashemite Kingdom"))
                                                       for a in state.aliases)


def _is_titlecase(toks: list[_Tok]) -> bool:
    """A headline in Title Case: no lowercase word but short function words. A body
    sentence always has some ("met", "reported")."""
    caps = sum(1 for t in toks if t.word and t.cap)
    if caps < 3:
        return False
    return not any(t.word and len(t.text) > 2 and t.text[:1].islower() and t.key not in _FUNCTION
                   for t in toks)


_FUNCTION = {"the", "and", "for", "with", "from", "into", "over", "after", "amid", "upon", "than",
             "onto", "near", "about", "via", "per", "but", "nor", "yet", "off", "out", "vs"}


def _add(st: _Sent, i: int, j: int, mention: Mention) -> None:
    idx = len(st.found)
    st.found.append(_Found(i, j, mention))
    for k in range(i, j):
        st.owner[k] = idx


def _free(st: _Sent, i: int, j: int) -> bool:
    return all(st.owner[k] < 0 for k in range(i, j))


def _lookup(st: _Sent, m: _Matcher, i: int) -> tuple[int, _Entry] | None:
    """Longest knowledge-base entry starting at token i that passes the case rule."""
    toks, keys = st.toks, st.keys
    lengths = m.lengths.get(keys[i])
    if lengths is None:
        return None
    room = len(toks) - i
    # only the longer entries that also begin with the next token are tried, then the
    # one-token entry ("the" begins hundreds of names; most are not what follows)
    longer = m.pairs.get((keys[i], keys[i + 1]), ()) if room > 1 else ()
    for length in (*longer, 1) if lengths[-1] == 1 else longer:
        if length > room:
            continue
        e = m.index.get(tuple(keys[i : i + length]))
        if e is None:
            continue
        seg = toks[i : i + length]
        if any(seg[c].text[:1].islower() for c in e.caps):
            continue
        if any(not seg[a].text.isupper() for a in e.acronyms):
            continue
        if e.mixed and seg[0].text.isupper() and not st.titlecase:
            continue
        # a form must not end inside a word ("U.S" of "U.S.-made" is fine: tokens end there)
        return i + length, e
    return None


def _adjacent(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def _match_names(st: _Sent, m: _Matcher, lex: _Lexicon, text: str) -> list[tuple[int, int, _Entry]]:
    """Known names, longest first; returns the known systems written with a variant's
    letters glued on, for a pass after the shape rule (which names most of them)."""
    toks = st.toks
    n = len(toks)
    i = 0
    variants: list[tuple[int, int, _Entry]] = []
    # only tokens that begin some entry can begin a match: visit those, in order,
    # skipping the ones a match before them consumed
    for c in [k for k, key in enumerate(st.keys) if key in m.lengths]:
        if c < i:
            continue
        i = c
        hit = _lookup(st, m, i)
        if hit is None:
            if (v := _variant_lookup(st, m, i)) is not None:
                variants.append((i, *v))
            i += 1
            continue
        j, e = hit
        if e.type != "organization" and j == i + 1 and toks[i].text.isupper() and len(toks[i].text) >= 3 \
                and (org := m.acronym_orgs.get(st.keys[i])) is not None:
            e = org  # "the GUAM grouping": the organisation, not the island written Guam
        form = e.form
        end_tok = j
        # compound adjectives: "French-made", "Russia-led", "Raytheon Technologies-made"
        if (j + 1 < n and toks[j].text in _DASHES and _adjacent(toks[j - 1], toks[j])
                and _adjacent(toks[j], toks[j + 1])):
            suffix = toks[j + 1].key
            if suffix in _MADE and e.type in ("state", "company", "media", "organization"):
                form, end_tok = "made", j + 2
            elif suffix in _LED and e.type in _ACTOR_TYPES:
                form, end_tok = "led", j + 2
        if e.type == "weapon_system" and form == "shape" and text.startswith(("-class", " class"), toks[j - 1].end):
            i = j  # "Barracuda-class submarines": a ship class the shape rule names, not a rare KB name
            continue
        if e.type == "state" and j < n and toks[j].text == "$" and _adjacent(toks[j - 1], toks[j]):
            i = j  # "US$6.5 billion", "NZ$": a currency
            continue
        if e.type == "state" and i > 0 and toks[i - 1].text in _COMPASS and \
                toks[i - 1].end + 1 == toks[i].start:
            i = j  # "Latin American", "North African", "Central Asian": not the state
            continue
        if e.type == "state" and form == "capital" and end_tok == j and j < n and toks[j].key in lex.venue_nouns:
            # "the Kuala Lumpur declaration", "the Astana process": the city names an event or a
            # document held there, not its state acting
            s, en = toks[i].start, toks[j - 1].end
            _add(st, i, j, Mention(start=s, end=en, text=text[s:en], type="place", key=e.key, sentence=st.index,
                                   country=e.country, form="name"))
            i = j
            continue
        if e.type == "state" and form in ("name", "capital", "metonym") and end_tok == j:
            if _inside_longer_name(st, m, lex, i, j):
                i = j  # a capital inside a proper name: leave the tokens to later passes
                continue
        if e.type == "weapon_system" and j - i == 1 and toks[i].text[1:].islower() \
                and lex.rank_before.search(text, max(0, toks[i].start - 14), toks[i].start):
            i = j  # "Col. Fahd Al-Mutairi said": a rank's name, not the Fahd vehicle
            continue
        if e.type in ("company", "weapon_system") and j - i == 1 and j < n and toks[j].cap and toks[j].word \
                and _adjacent_space(toks[i], toks[j]) and toks[j].key not in lex.non_name \
                and _lookup(st, m, j) is None and toks[j].text[1:].islower() and len(toks[j].text) > 2 \
                and _speaker(toks, lex, i, j + 1):
            i = j  # "according to Rafael Dison", "Leonardo Rossi said": a first name, not the maker
            continue
        if e.type == "weapon_system" and end_tok < n and toks[end_tok].key in lex.money_scales:
            i = end_tok  # "a contract worth P40 billion": a peso amount, not the P-40 radar
            continue
        start_tok = i
        if e.type == "weapon_system":
            e, end_tok = _glued_variant(st, m, text, i, end_tok, e)
            start_tok, end_tok = _system_family_codes(st, m, i, end_tok)
        s, en = toks[start_tok].start, toks[end_tok - 1].end
        _add(st, start_tok, end_tok, Mention(
            start=s, end=en, text=text[s:en], type=e.type, key=e.key, sentence=st.index,
            country=e.country, category=e.category, form=form))
        i = end_tok
    return variants




def _speaker(toks: list[_Tok], lex: _Lexicon, i: int, j: int) -> bool:
    """Whether the tokens i..j stand where a speaker's name does: after "according to" or a
    speech verb, or before one or before ", who"/", the" (the speech verbs the person cues use)."""
    if i > 0 and toks[i - 1].key in lex.speech or i > 1 and toks[i - 2].key == "according" and toks[i - 1].key == "to":
        return True
    if j < len(toks) and toks[j].key in lex.speech:
        return True
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].key in ("who", "a", "an", "the")


_DUBBED_BEFORE = re.compile(r"\b(?:dubbed\s*[\"“‘']?|(?:named|called|code-?named|nicknamed|known\s+as)\s*[\"“‘'])$",
                            re.IGNORECASE)
_VARIANT_KEY = re.compile(r"(\d+)([a-z]{1,3}s?)")


def _variant_lookup(st: _Sent, m: _Matcher, i: int) -> tuple[int, _Entry] | None:
    """A known system whose number has a variant's letters glued on ("Mirage 2000Ps",
    "Su-30MKAs"): the known name the letters, taken off one by one, leave."""
    for k in (i + 1, i + 2):
        if k >= len(st.keys) or not st.keys[k][:1].isdigit() or not (v := _VARIANT_KEY.fullmatch(st.keys[k])):
            continue
        key = st.keys[k]
        try:
            for cut in range(len(key) - 1, len(v.group(1)) - 1, -1):
                st.keys[k] = key[:cut]
                if (hit := _lookup(st, m, i)) is not None and hit[0] == k + 1 and hit[1].type == "weapon_system":
                    return hit
        finally:
            st.keys[k] = key
    return None


def _add_variants(st: _Sent, variants: list[tuple[int, int, _Entry]], text: str) -> None:
    """The variants no rule named (no head noun after them: "a dozen Mirage 2000Ps"): each
    is a system of its own name, as the shape rule names one, of its base's category."""
    toks = st.toks
    for i, j0, e in variants:
        j = _code_chain(toks, j0)  # the rest of the code: "AIM-120D-3"
        if not _free(st, i, j):
            owner = st.owner[i]
            f = st.found[owner] if owner >= 0 else None
            if f is not None and f.tok_start == i and f.mention.form == "shape" \
                    and f.mention.type == "weapon_system":
                # the shape rule named it from its head noun ("Mirage 2000P interceptors"): the
                # base system knows its category and maker better than the noun
                f.mention.category, f.mention.country = e.category, e.country
            continue
        s, en = toks[i].start, toks[j - 1].end
        name = text[s:en]
        if name.endswith("s") and name[-2:-1].isupper():
            name = name[:-1]  # a plural: "Mirage 2000Ps"
        _add(st, i, j, Mention(start=s, end=en, text=text[s:en], type="weapon_system", key=name,
                               sentence=st.index, category=e.category, form="shape"))


def _glued_variant(st: _Sent, m: _Matcher, text: str, i: int, j: int, e: _Entry) -> tuple[_Entry, int]:
    """'Mirage 2000-5': a code glued on by a dash that makes another known system (SIPRI's
    'Mirage-2000-5'), written with a space where the table has a dash or the other way."""
    toks = st.toks
    if not (j + 1 < len(toks) and toks[j].text in _DASHES and _adjacent(toks[j - 1], toks[j])
            and _adjacent(toks[j], toks[j + 1]) and toks[j + 1].text.isalnum()):
        return e, j
    w = m.kb.find_system(text[toks[i].start:toks[j + 1].end])
    if w is None:
        # "Lanza LTR-25": a number the table does not tell apart stays in the known name
        return e, (j + 2 if toks[j + 1].text.isdigit() else j)
    if w.designation == e.key:
        return e, j
    return _Entry("weapon_system", w.designation, e.form, w.origin, w.category, (), (), False), j + 2


_CODE_RE = re.compile(r"^(?:[A-Z]{1,4}\d+[A-Z0-9]*|\d+[A-Z]+[A-Z0-9]*|[A-Z]{1,3})$")


def _system_family_codes(st: _Sent, m: _Matcher, i: int, j: int) -> tuple[int, int]:
    """A code next to a known system belongs to it: "Rafale F3R", "Patriot PAC-3",
    "Tomahawk Block-4", "MIM-104E Patriot" (the key stays the known system's)."""
    toks = st.toks
    # after: CODE or CODE-CODE or Block-4 / Block IV
    k = j
    if k < len(toks) and toks[k].start == toks[k - 1].end + 1:
        t = toks[k]
        if t.text == "Block" and k + 1 < len(toks):
            nxt = k + 1
            if toks[nxt].text in _DASHES and nxt + 1 < len(toks) and _adjacent(toks[nxt], toks[nxt + 1]):
                nxt += 1
            if re.fullmatch(r"\d+|[IVX]+", toks[nxt].text):
                k = nxt + 1
        elif _CODE_RE.match(t.text) and _lookup(st, m, k) is None:
            k = _code_chain(toks, k + 1)
    if k > j and all(st.owner[x] < 0 for x in range(j, k)):
        j = k
    # before: "MIM-104E Patriot", "BGM-109 Tomahawk"
    b = i
    if b >= 3 and toks[b - 1].end + 1 == toks[b].start and re.fullmatch(r"\d+[A-Z]*", toks[b - 1].text):
        if toks[b - 2].text in _DASHES and re.fullmatch(r"[A-Z]{1,4}", toks[b - 3].text):
            if _adjacent(toks[b - 3], toks[b - 2]) and _adjacent(toks[b - 2], toks[b - 1]):
                if all(st.owner[x] < 0 for x in range(b - 3, b)):
                    b -= 3
    return b, j


def _code_chain(toks: list[_Tok], k: int) -> int:
    """The end of the code parts glued on at token k ("-3" of "AIM-120D-3", "/P" of "HQ-9/P")."""
    while (k + 1 < len(toks) and toks[k].text in _DASHES | {"/"}
           and _adjacent(toks[k - 1], toks[k]) and _adjacent(toks[k], toks[k + 1])
           and re.fullmatch(r"[A-Z0-9]+", toks[k + 1].text)):
        k += 2
    return k


def _inside_longer_name(st: _Sent, m: _Matcher, lex: _Lexicon, i: int, j: int) -> bool:
    """'Washington Post', 'Paris-Le Bourget', 'France 24', 'New Delhi Television',
    'George Washington': a state's name or capital inside a longer proper name."""
    toks = st.toks
    n = len(toks)
    if j < n:
        nxt = toks[j]
        if nxt.text in _DASHES and _adjacent(toks[j - 1], nxt) and j + 1 < n:
            after = toks[j + 1]
            if _adjacent(nxt, after) and after.cap and after.word and _lookup(st, m, j + 1) is None \
                    and after.key not in lex.non_name:
                return True
        if nxt.text.isdigit() and nxt.start == toks[j - 1].end + 1 and len(nxt.text) <= 3:
            # "France 24", "France 2"; but in "sent Ukraine 18 Leopard 2 tanks" the number
            # counts the weapons after it
            noun = toks[j + 1] if j + 1 < n else None
            counted = noun is not None and noun.word and (
                m.kb.category_of_head(noun.text) is not None
                or (noun.cap and _lookup(st, m, j + 1) is not None)
                or noun.key in ("more", "new", "additional", "used", "modern", "of")
                # (a maker's name between: "offered to sell Bratislava 12 Bell AH-1Z Viper helicopters")
                or any(k < n and toks[k].cap and (hit := _lookup(st, m, k)) is not None and hit[1].type == "weapon_system"
                       for k in (j + 2, j + 3)))
            if not counted:
                return True
        after_title = i > 1 and toks[i - 1].key in ("to", "of") and toks[i - 2].key in m.title_words
        if not st.titlecase and nxt.cap and nxt.word and nxt.start == toks[j - 1].end + 1 \
                and not after_title:
            # "Ambassador to Japan Rahm Emanuel": the name after is the person's
            if _lookup(st, m, j) is None:
                k = j
                while k < n and k < j + 4 and toks[k].cap and toks[k].word:
                    if _title_at(toks, m, k):
                        break  # "US President Joe Biden": a title, then a person
                    if toks[k].key not in lex.institution:
                        return True
                    k += 1
    if j - i == 1 and i > 1 and not st.titlecase:
        prev = toks[i - 1]
        if (prev.cap and prev.word and prev.end + 1 == toks[i].start and st.owner[i - 1] < 0
                and len(prev.text) > 1 and prev.key not in lex.non_name
                and prev.key not in m.title_words and prev.key not in lex.honorifics
                and _lookup(st, m, i - 1) is None):
            return True  # "George Washington", "Michael Jordan"
    return False


def _title_at(toks: list[_Tok], m: _Matcher, k: int) -> int:
    """Length of the longest title starting at token k (0 when none)."""
    n = m.title_maxlen.get(toks[k].key, 0)
    for length in range(min(n, len(toks) - k), 0, -1):
        if tuple(t.key for t in toks[k : k + length]) in m.titles:
            return length
    return 0


# -- unknown weapon systems from the shape of the phrase -----------------------------------------

_DESIG_CODE_RE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9/-]*$")
_DESIG_ACR_RE = re.compile(r"^[A-Z][A-Z0-9]+(?:[-/][A-Za-z0-9]+)*$")
_DESIG_MIXED_RE = re.compile(r"^[A-Z][a-z]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
_DESIG_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z0-9]+)*$")
_NUM_RE = re.compile(r"^\d+$")
_UNIT_RE = re.compile(r"^\d+(?:[.,]\d+)?(?:-?(?:mm|cm|km|m|caliber|calibre|ton|tonne|kg))$", re.I)
_CHUNK_RE = re.compile(r"\S+")
_LEAD_PUNCT = "\"'“‘([«"
_TRAIL_PUNCT = ".,;:!?)\"'”’]»"


class _Chunk(NamedTuple):
    # (made by tuple.__new__, as tokens are: one per word of every sentence with a head noun)
    start: int
    end: int
    text: str
    broken: bool  # punctuation after it: a phrase boundary
    first: bool  # first word of the sentence


def _chunks(st: _Sent, text: str) -> list[_Chunk]:
    s0 = st.sentence.start
    body = text[s0 : min(st.sentence.end, s0 + MAX_SENTENCE, len(text))]
    out: list[_Chunk] = []
    for mt in _CHUNK_RE.finditer(body):
        a, b = mt.span()
        w = mt.group(0)
        if w[0] not in _LEAD_PUNCT and w[-1] not in _TRAIL_PUNCT and w[-1] not in "s":
            # the common case, a bare word: nothing to trim
            out.append(_new_tok(_Chunk, (s0 + a, s0 + b, w, False, not out)))
            continue
        while a < b and body[a] in _LEAD_PUNCT:
            a += 1
        core_end = b
        if body[a:core_end].endswith(("'s", "’s")):
            core_end -= 2
        while core_end > a and body[core_end - 1] in _TRAIL_PUNCT:
            core_end -= 1
        if core_end <= a:
            continue
        broken = core_end < b and not w.endswith(("'s", "’s"))
        out.append(_Chunk(s0 + a, s0 + core_end, body[a:core_end], broken, not out))
    return out


def _chunk_free(st: _Sent, c: _Chunk) -> bool:
    i, j = _tok_range(st, c.start, c.end)
    return _free(st, i, j)


def _tok_range(st: _Sent, start: int, end: int) -> tuple[int, int]:
    """Tokens that overlap [start, end)."""
    i = bisect.bisect_left(st.starts, start)
    if i > 0 and st.toks[i - 1].end > start:
        i -= 1
    j = bisect.bisect_left(st.starts, end)
    return i, j


def _is_modifier(c: _Chunk, lex: _Lexicon, kb: KnowledgeBase) -> bool:
    w = c.text
    low = w.lower()
    if low in lex.not_modifiers:
        return False
    if _UNIT_RE.match(w):
        return True
    if not w[:1].islower():
        return kb.category_of_head(w) is not None
    if low in lex.modifiers or kb.category_of_head(low) is not None:
        return True
    if "-" in low:
        return all(p.isalpha() or p.isdigit() for p in low.split("-") if p)
    return low.endswith("ing") and len(low) > 5


def _designation_kind(c: _Chunk, lex: _Lexicon, m: _Matcher) -> str | None:
    w = c.text
    if _fold(w) in lex.non_name or _fold(w) in m.title_words:
        return None
    if "-" in w and w.rsplit("-", 1)[1].lower() in _MADE | _LED:
        return None  # "Technologies-made": the end of a company's name
    if _NUM_RE.match(w):
        return "num"
    if _DESIG_CODE_RE.match(w):
        return "code"
    if _DESIG_ACR_RE.match(w) and len(w) >= 2:
        return "code"
    if _DESIG_MIXED_RE.match(w):
        return "code"
    if _DESIG_NAME_RE.match(w):
        return "name"
    return None


def _match_shapes(st: _Sent, m: _Matcher, lex: _Lexicon, text: str) -> None:
    kb = m.kb
    if not kb.head_nouns:
        return
    # Every phrase read here ends in a head noun, a whole chunk. A chunk is a run of
    # adjacent tokens, so its folded text is inside the token keys joined together:
    # most sentences hold no head noun at all, and one automaton pass says so.
    if m.heads is not None and next(m.heads.iter("".join(st.keys)), None) is None:
        return
    chunks = _chunks(st, text)
    n = len(chunks)
    for h in range(n):
        head = chunks[h]
        cat = kb.category_of_head(head.text)
        if cat is None:
            continue
        if head.text[:1].isupper() and not st.titlecase and not head.first:
            continue  # "Elbit Systems": a capitalised head ends a company's name
        # list after the head: "artillery systems such as ATAGS and TC-20"
        if not head.broken or text[head.end:head.end + 1] == ",":
            _shape_list(st, m, lex, text, chunks, h, _np_category(chunks, h, kb))
        # walk left over modifiers to the designation
        j = h - 1
        mods = 0
        while j >= 0 and mods < 4 and not chunks[j].broken and _is_modifier(chunks[j], lex, kb) \
                and _chunk_free(st, chunks[j]):
            j -= 1
            mods += 1
        run: list[_Chunk] = []
        while j >= 0 and len(run) < 4:
            c = chunks[j]
            if c.broken or not _chunk_free(st, c):
                break
            kind = _designation_kind(c, lex, m)
            if kind is None and run and c.text in _BATCH_WORDS and j > 0:
                kind = "name"  # "JF-17C Block III", "Type 26 Batch 2": a batch of the code before
            if kind is None:
                break
            run.insert(0, c)
            j -= 1
        while run and (_NUM_RE.match(run[0].text) or (len(run) > 1 and _MEASURE_RE.fullmatch(run[0].text))):
            run.pop(0)  # (nor a size before the name: "ten 44-meter Parola-class vessels")
        if not run:
            continue
        # "Type 041", "Project 636": a class word and a number are a code together
        typed = len(run) >= 2 and run[0].text in _TYPE_WORDS and bool(re.match(r"\d", run[1].text))
        # (a name and a number before a head noun: "Stridsvagn 122 tanks", "Piranha 5 vehicles")
        typed = typed or (len(run) == 2 and run[0].text[:1].isupper() and run[0].text.isalpha() and len(run[0].text) >= 4
                          and not run[0].first and bool(re.fullmatch(r"\d{1,4}", run[1].text)))
        if not typed and not any(_designation_kind(c, lex, m) == "code" for c in run):
            # names alone: not the first word of a sentence, not in a Title Case headline
            # two names need a descriptive word before the head: "Sky Sabre air defence
            # system" is a weapon, "Boaz Levy drones" not
            two_names = len(run) == 2 and mods > 0
            if st.titlecase or run[0].first or len(run) > 1 and not run[-1].text.endswith("-class") \
                    and not two_names:
                if not (len(run) == 1 and run[0].text.endswith("-class")):
                    continue
            if j >= 0 and not chunks[j].broken and chunks[j].text[:1].isupper() \
                    and _chunk_free(st, chunks[j]) and not run[-1].text.endswith("-class"):
                # ("ex-Portuguese Navy Cacine-class patrol boats": "-class" closes a ship's name)
                continue  # "Boaz Levy drones": the end of a longer capitalised name
        category = _phrase_category(chunks, chunks.index(run[-1]) + 1, h, kb) or cat
        _add_shape(st, m, text, run, category)


def _np_category(chunks: list[_Chunk], h: int, kb: KnowledgeBase) -> str:
    """The most specific category among the head nouns of a phrase ("artillery systems")."""
    cats = [kb.category_of_head(chunks[k].text) for k in range(max(0, h - 3), h + 1)]
    specific = [c for c in cats if c and c != "other"]
    return specific[-1] if specific else (cats[-1] or "other")


def _phrase_category(chunks: list[_Chunk], a: int, h: int, kb: KnowledgeBase) -> str | None:
    """The category of the words from a designation to its head: a multi-word head the
    knowledge base knows ('air defense systems'), else a head noun among the modifiers
    ('short-range missile systems'), else the first specific head from h on."""
    for k in range(a, h):
        c = kb.category_of_head(" ".join(x.text for x in chunks[k : h + 1]))
        if c and c != "other":
            return c
    for k in range(a, h):
        c = kb.category_of_head(chunks[k].text)
        if c and c != "other":
            return c
    return _right_category(chunks, h, kb)


def _right_category(chunks: list[_Chunk], h: int, kb: KnowledgeBase) -> str | None:
    """'Harop loitering munitions system': the first head that says more than 'other'."""
    k = h
    first = None
    while k < len(chunks) and k < h + 3:
        c = kb.category_of_head(chunks[k].text)
        if c is None:
            break
        first = first or c
        if c != "other":
            return c
        if chunks[k].broken:
            break
        k += 1
    return first


# a size or a count, not a name: "97-meter patrol vessels", "155mm guns", "4x4 vehicles"
_MEASURE_RE = re.compile(r"\d[\d.,]*[-\s]?(?:meters?|metres?|m|tons?|tonnes?|t|foot|feet|ft|km|mm|cm|kg|"
                         r"years?|ton-class|seat|seater|man|strong|x\d+)", re.IGNORECASE)


def _add_shape(st: _Sent, m: _Matcher, text: str, run: list[_Chunk], category: str) -> None:
    if len(run) == 1 and _MEASURE_RE.fullmatch(run[0].text):
        return
    s, e = run[0].start, run[-1].end
    i, j = _tok_range(st, s, e)
    if i >= j or not _free(st, i, j):
        return
    key = " ".join(c.text for c in run)
    form = "shape"
    if key.endswith("-class"):
        base = key[: -len("-class")]
        w = m.kb.find_system(base)
        if w is not None and w.category == "ships":  # (a class is of ships: not the Barracuda APC)
            key, form, category = w.designation, "name", w.category
    else:
        w = m.kb.find_system(key)
        if w is not None:
            key, form, category = w.designation, "name", w.category
        elif (fam := m.kb.find_by_stem(key)) is not None:
            category = fam.category  # "Spyder": the variants' kind of weapon, the text's name
    _add(st, i, j, Mention(start=s, end=e, text=text[s:e], type="weapon_system", key=key,
                           sentence=st.index, category=category, form=form))


def _shape_list(st: _Sent, m: _Matcher, lex: _Lexicon, text: str, chunks: list[_Chunk],
                h: int, category: str) -> None:
    k = h + 1
    # "artillery systems such as ...": the generic "system(s)" belongs to the head
    if k < len(chunks) and chunks[k].text.lower() in ("system", "systems") and not chunks[h].broken:
        k += 1
    cue_found = False
    for cue in lex.list_cues:
        words = [c.text.lower() for c in chunks[k : k + len(cue)]]
        if tuple(_fold(w) for w in words) == cue:
            k += len(cue)
            cue_found = True
            break
    if not cue_found:
        return
    while k < len(chunks) and k < h + 12:
        c = chunks[k]
        low = c.text.lower()
        if low in ("and", "or", "as", "well"):
            k += 1
            continue
        if not _chunk_free(st, c):
            k += 1  # a known system or a state in the list
            if c.broken and text[c.end:c.end + 1] not in (",",):
                break
            continue
        if _designation_kind(c, lex, m) != "code" or _NUM_RE.match(c.text):
            break
        run = [c]
        while not run[-1].broken and k + 1 < len(chunks) and _designation_kind(chunks[k + 1], lex, m) in ("code", "num"):
            k += 1
            run.append(chunks[k])
        _add_shape(st, m, text, run, category)
        if run[-1].broken and text[run[-1].end:run[-1].end + 1] != ",":
            break
        k += 1


# -- people ---------------------------------------------------------------------------------


@dataclass
class _Person:
    st: _Sent
    i: int  # first name token
    j: int  # end (exclusive)
    words: list[str]
    surface: str
    cue: str  # title, honorific, apposition, speech, shape, surname
    role: str | None = None
    kind: str | None = None  # the title's kind
    country: str | None = None  # from a direct cue (the title's or apposition's state)
    used_states: tuple[int, ...] = ()  # found indexes of states the cue consumed
    key: str = ""
    stateless: bool = False  # an organisation's officer ("European Commission President"): no state is guessed


def _title_spans(st: _Sent, m: _Matcher, lex: _Lexicon) -> dict[int, tuple[int, str, str]]:
    """end token -> (start token, canonical title, kind) for every title in the sentence."""
    toks = st.toks
    out: dict[int, tuple[int, str, str]] = {}
    i = 0
    # as in _match_names: only tokens that begin a title
    for c in [k for k, key in enumerate(st.keys) if key in m.title_maxlen]:
        if c < i:
            continue
        i = c
        if st.owner[i] >= 0:
            i += 1
            continue
        n = m.title_maxlen.get(toks[i].key, 0)
        hit = None
        for length in range(min(n, len(toks) - i), 0, -1):
            k = tuple(st.keys[i : i + length])
            if k in m.titles and _free(st, i, i + length):
                hit = (length, m.titles[k])
                break
        if hit is None:
            i += 1
            continue
        length, (canon, kind) = hit
        if toks[i].key == "pm" and i > 0 and toks[i - 1].text[:1].isdigit():
            i += 1  # "5:50 PM"
            continue
        if length == 1 and _abbrev_surname(toks, i, lex, m):
            i += 1  # "Hun Sen said": a surname
            continue
        out[i + length] = (i, canon, kind)
        i += length
    return out


def _is_name_word(t: _Tok, lex: _Lexicon, m: _Matcher) -> bool:
    if not t.cap or not t.word:
        return False
    if len(t.text) > 1 and t.text.isupper():
        return False  # acronyms and shouting are not names
    if not any(ch.islower() for ch in t.text) and len(t.text) > 1:
        return False
    if len(t.text) > 2 and t.text.endswith("s") and t.text[:-1].isupper():
        return False  # "UAVs", "MBTs"
    return t.key not in lex.non_name and t.key not in m.title_words


def _abbrev_surname(toks: list[_Tok], k: int, lex: _Lexicon, m: _Matcher) -> bool:
    """A title's abbreviation that ends a name ("Prime Minister Hun Sen said"): right after
    a name word, and before neither a period nor another name word."""
    if toks[k].key not in lex.name_abbrevs or k == 0 or not _is_name_word(toks[k - 1], lex, m):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (nxt.text == "." or (nxt.cap and nxt.word))


def _month_name(toks: list[_Tok], k: int, inside: bool, lex: _Lexicon, m: _Matcher) -> bool:
    """A month's name that is also a given name or a name syllable ("Dong Jun", "Jan
    Lipavsky", "Theresa May"): a name word inside a run, or before one, unless a day follows."""
    t = toks[k]
    if t.key not in lex.name_months or not t.text[1:].islower():
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.text[:1].isdigit() or nxt.text == "."):
        return False  # "Jun 5", "Jan. 12"
    return inside or (nxt is not None and nxt.start == t.end + 1 and _is_name_word(nxt, lex, m))


def _short_name_after_title(toks: list[_Tok], i: int, titles: dict[int, tuple[int, str, str]],
                            lex: _Lexicon, m: _Matcher) -> bool:
    """A short capitalised word that is also a function word, right after a title and
    before a name word: "General Secretary To Lam"."""
    t = toks[i]
    return (i in titles and len(t.text) <= 3 and t.text[1:].islower() and t.key not in lex.honorifics and i + 1 < len(toks)
            and toks[i + 1].start == t.end + 1 and _is_name_word(toks[i + 1], lex, m))


def _syllable_pair(a: _Tok, dash: _Tok, b: _Tok, lex: _Lexicon) -> bool:
    """'Gyu-back', 'Jong-un', 'Jae-myung': a short capitalised syllable, a hyphen and a
    short lowercase one, with no spaces (not 'Moscow-backed': no hyphenated word of the
    genre is a two-to-four-letter name piece and a lowercase syllable)."""
    return (a.cap and 2 <= len(a.text) <= 4 and a.text[1:].islower() and b.text.isalpha() and b.text.islower()
            and 2 <= len(b.text) <= 5 and _adjacent(a, dash) and _adjacent(dash, b)
            and b.key not in _MADE and b.key not in _LED and b.key not in lex.not_syllables)


def _name_runs(st: _Sent, lex: _Lexicon, m: _Matcher, titles: dict[int, tuple[int, str, str]]
               ) -> list[tuple[int, int]]:
    """Maximal runs of name tokens (with initials, particles, hyphens) on free tokens."""
    toks = st.toks
    in_title: set[int] = set()
    for end, (start, _c, _k) in titles.items():
        in_title.update(range(start, end))
    runs: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    # a run begins at a capitalised word: only those tokens are visited as its start
    for c in [k for k, t in enumerate(toks) if t.cap and t.word]:
        if c < i:
            continue
        i = c
        if st.owner[i] >= 0 or i in in_title or not (_is_name_word(toks[i], lex, m) or _month_name(toks, i, False, lex, m)
                                                     or _short_name_after_title(toks, i, titles, lex, m)):
            continue
        j = i + 1
        last_word = i
        while j < n and st.owner[j] < 0 and j not in in_title:
            tj = toks[j]
            # initials: "John F. Kennedy", "John F Kennedy" (an initial before a name word is
            # read as one, although a capital letter alone passes the name test: the run
            # would end at "F")
            initial = len(tj.text) == 1 and tj.text.isupper() and tj.start == toks[j - 1].end + 1
            name_word = _is_name_word(tj, lex, m) or _month_name(toks, j, True, lex, m) or _abbrev_surname(toks, j, lex, m)
            if initial and (not name_word or (j + 1 < n and toks[j + 1].word and toks[j + 1].cap)
                            or (j + 2 < n and toks[j + 1].text == "." and _adjacent(tj, toks[j + 1]) and toks[j + 2].cap)):
                j += 1
                if j < n and toks[j].text == "." and _adjacent(toks[j - 1], toks[j]):
                    j += 1
                continue
            if name_word and tj.start <= toks[j - 1].end + 1:
                last_word = j
                j += 1
                continue
            if tj.text in _DASHES and _adjacent(toks[j - 1], tj) and j + 1 < n \
                    and _adjacent(tj, toks[j + 1]) and (toks[j + 1].cap or toks[j + 1].key in lex.particles):
                j += 1
                continue
            if tj.text in _DASHES and j + 1 < n and last_word == j - 1 and _syllable_pair(toks[j - 1], tj, toks[j + 1], lex) \
                    and (j + 2 >= n or not _adjacent(toks[j + 1], toks[j + 2])
                         or not (toks[j + 2].word or toks[j + 2].text in _DASHES)):
                # a given name of two syllables: "Ahn Gyu-back", "Kim Jong-un"
                last_word = j + 1
                j += 2
                continue
            if tj.key in lex.particles and tj.text.islower() and j + 1 < n:
                j += 1
                continue
            break
        j = last_word + 1
        named = [k for k in range(i, j) if _is_name_word(toks[k], lex, m) or _month_name(toks, k, k > i, lex, m)]
        if len(named) > _MAX_NAME_WORDS:
            # a list of names or a headline: keep the last words (the name after a title)
            cut = named[-_MAX_NAME_WORDS]
            i = cut
        runs.append((i, j))
        i = j
    return runs


def _find_people(sents: list[_Sent], m: _Matcher, lex: _Lexicon, text: str) -> None:
    people: list[_Person] = []
    singles: list[tuple[_Sent, int, int]] = []
    for st in sents:
        titles = _title_spans(st, m, lex)
        for i, j in _name_runs(st, lex, m, titles):
            p = _person_from_run(st, m, lex, text, titles, i, j)
            if p is None:
                if len(_run_words(st, lex, m, i, j)) == 1:
                    singles.append((st, i, j))
                continue
            people.append(p)
    # keys: the first full form seen; variants (diacritics, near spellings) share it
    full: list[tuple[list[str], str]] = []
    for p in people:
        if len(p.words) >= 2:
            p.key = _key_for(p, full)
    # a group's key is its most frequent spelling ("Niklol" once, "Nikol" thrice), then the first
    spell: dict[str, Counter[str]] = {}
    for p in people:
        if len(p.words) >= 2:
            spell.setdefault(p.key, Counter())[" ".join(p.surface.split())] += 1
    rename = {k: max(c.items(), key=lambda kv: (kv[1], kv[0] == k))[0] for k, c in spell.items()}
    for p in people:
        if p.key in rename:
            p.key = rename[p.key]
    full = [(words, rename.get(key, key)) for words, key in full]
    surnames: dict[str, list[tuple[int, str]]] = {}
    for p in people:
        if len(p.words) >= 2:
            surnames.setdefault(_fold(p.words[-1]), []).append((p.st.sentence.start, p.key))
    for p in people:
        if len(p.words) == 1:
            p.key = _resolve_surname(p.words[0], p.st.sentence.start, surnames, full) or (
                # "Crown Prince Mohammed", "King Abdullah": royals go by the given name
                next((key for words, key in full if _fold(words[0]) == _fold(p.words[0])), None)
                if p.role in lex.by_given_name else None) or p.surface
    # surnames alone without a cue ("Pashinyan announced ...", "clearing way for Rutte")
    for st, i, j in singles:
        w = _run_words(st, lex, m, i, j)[0]
        key = _resolve_surname(w, st.sentence.start, surnames, full)
        if key is None and m.kb is not None and m.kb.holder_by_surname(w):
            # "Lukashenko travelled to Iran": a known office holder's distinctive surname names
            # him (as written: the full name is not in the text; his state comes from the table)
            key = w
        if key is None:
            continue
        people.append(_Person(st, i, j, [w], text[st.toks[i].start:st.toks[j - 1].end], "surname", key=key))
    _assign_countries(people, sents, m.kb)
    offices: dict[str, tuple[str, str | None]] = {}
    for q in people:
        if q.role and q.role != "Counterpart":
            offices.setdefault(q.key, (q.role, q.kind))
    for p in people:
        if p.role == "Counterpart":
            # "Defence Minister X and his Indian counterpart Y", "signed by Petri and his
            # Danish counterpart Y": Y holds the office X holds here or was named with
            office = next((offices[q.key] for q in people if q.st is p.st and q is not p and q.i < p.i
                           and q.key in offices), None)
            if office is not None:
                p.role, p.kind = office
    for p in people:
        s, e = p.st.toks[p.i].start, p.st.toks[p.j - 1].end
        if not _free(p.st, p.i, p.j):
            continue
        _add(p.st, p.i, p.j, Mention(start=s, end=e, text=text[s:e], type="person", key=p.key,
                                     sentence=p.st.index, country=p.country, role=p.role,
                                     form=p.cue))


def _key_for(p: _Person, full: list[tuple[list[str], str]]) -> str:
    fw = [_fold(w) for w in p.words]
    for words, key in full:
        ow = [_fold(w) for w in words]
        if _same_person(fw, ow):
            return key
    key = " ".join(p.surface.split())
    full.append((p.words, key))
    return key


def _same_person(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    last_ok = a[-1] == b[-1] or (min(len(a[-1]), len(b[-1])) >= 5 and (
        fuzz.ratio(a[-1], b[-1]) >= 85 or _translit(a[-1]) == _translit(b[-1])))
    if not last_ok:
        return False
    fa, fb = a[0], b[0]
    if fa == fb or fuzz.ratio(fa, fb) >= 75:
        return True
    return len(fa) == 1 and fb.startswith(fa) or len(fb) == 1 and fa.startswith(fb)


_MEETS = re.compile(r"\b(?:met|meets|meeting|held\s+talks|hosted|hosts|received)\b", re.IGNORECASE)


def _translit(word: str) -> str:
    """A key that transliterations of one name share ("Tokayev", "Tokaev", "Toqaev";
    "Zelensky", "Zelenskyy", "Zelenskiy"): q is k, kh is h, and y, i, j after the first
    letter are dropped."""
    w = _fold(word).replace("q", "k").replace("kh", "h").replace("w", "v").replace("ph", "f")
    return w[:1] + re.sub(r"[yij]", "", w[1:])


def _resolve_surname(word: str, pos: int, surnames: dict[str, list[tuple[int, str]]],
                     full: list[tuple[list[str], str]]) -> str | None:
    w = _fold(word)
    cands = surnames.get(w)
    if not cands:
        # a leader known by the first of their names ("Prabowo" after "Prabowo Subianto")
        firsts = {key for words, key in full if len(words) >= 2 and _fold(words[0]) == w}
        if len(firsts) == 1:
            return firsts.pop()
        # a near spelling of a known surname, or another part of a known name ("Deby")
        for words, key in full:
            last = _fold(words[-1])
            if len(w) >= 5 and (fuzz.ratio(w, last) >= 88 or _translit(w) == _translit(last)):
                return key
        return None
    before = [c for c in cands if c[0] <= pos]
    return (before[-1] if before else cands[0])[1]


def _run_words(st: _Sent, lex: _Lexicon, m: _Matcher, i: int, j: int) -> list[str]:
    """The name words of a run; a hyphenated name is one word ('Kosiniak-Kamysz' alone
    is a surname, as 'Macron' is)."""
    toks = st.toks
    words: list[str] = []
    k = i
    while k < j:
        if _is_name_word(toks[k], lex, m) or _month_name(toks, k, k > i, lex, m) or _abbrev_surname(toks, k, lex, m):
            w = toks[k].text
            while k + 2 < j and toks[k + 1].text in _DASHES and _adjacent(toks[k], toks[k + 1]) \
                    and _adjacent(toks[k + 1], toks[k + 2]) and toks[k + 2].word:
                w += toks[k + 1].text + toks[k + 2].text
                k += 2
            words.append(w)
        k += 1
    return words


def _person_from_run(st: _Sent, m: _Matcher, lex: _Lexicon, text: str,
                     titles: dict[int, tuple[int, str, str]], i: int, j: int) -> _Person | None:
    toks = st.toks
    if i > 1 and toks[i - 1].text in _DASHES and _adjacent(toks[i - 2], toks[i - 1]) and _adjacent(toks[i - 1], toks[i]):
        return None  # "for Military-Technical Cooperation": the second half of a compound word
    words = _run_words(st, lex, m, i, j)
    if not words or any(len(w) < 2 for w in words[-1:]):
        return None
    if j < len(toks) and toks[j].cap and toks[j].key in lex.thing_heads or j - i > 2 and toks[j - 1].key in lex.thing_heads:
        # "a Reciprocal Access Agreement", "the Tel Aviv Stock Exchange": the name of a thing
        return None
    if i > 0 and not toks[i - 1].cap and toks[i - 1].key in lex.thing_before:
        return None  # "the opposition newspaper La Prensa": a thing's name
    if toks[i].key in lex.place_first and j - i > 1:
        return None  # "Bogota's Plaza de Bolivar", "Fort Bragg": a place
    if _DUBBED_BEFORE.search(text, max(0, toks[i].start - 30), toks[i].start):
        return None  # 'an air defence shield dubbed "Achilles Shield"': a thing's name
    if j < len(toks) and not toks[j].cap and (
            toks[j].key in lex.place_heads
            or toks[j].key in lex.place_head_mods and j + 1 < len(toks) and toks[j + 1].key in lex.place_heads):
        return None  # "the Ta Prohm temple", "the Nord Stream pipeline", "Oum El Bouaghi air base": a place
    surface = text[toks[i].start:toks[j - 1].end]
    p = _Person(st, i, j, words, surface, "shape")
    # 1. a title (with its state) or an honorific before the name
    if i > 0 and toks[i - 1].key.rstrip(".") in lex.honorifics or \
            i > 1 and toks[i - 1].text == "." and toks[i - 2].key in lex.honorifics:
        p.cue = "honorific"
        # "Prime Minister Sir Keir Starmer": a title before the honorific is the person's
        hon = i - 1 if toks[i - 1].text != "." else i - 2
        left = _title_before(st, m, lex, titles, hon, loose=True) if hon > 0 else None
        if left is not None:
            p.cue, p.role, p.kind, p.country, p.used_states = "title", left[0], left[1], left[2], left[3]
    else:
        left = _title_before(st, m, lex, titles, i)
        if left is None and i > 1 and toks[i - 1].text == "," and (j == len(toks) or not toks[j].word):
            left = _title_before(st, m, lex, titles, i - 1, loose=True)
        if left is not None:
            p.cue, p.role, p.kind, p.country, p.used_states = "title", left[0], left[1], left[2], left[3]
    if p.country == _NO_STATE:
        p.country, p.stateless = None, True
    # 2. an apposition after the name
    if j < len(toks) and toks[j].text == ",":
        app = _apposition(st, m, lex, j + 1)
        if app is not None:
            role, kind, country, used = app
            if p.cue not in ("title",):
                p.cue = "apposition"
            p.role = p.role or role
            p.kind = p.kind or kind
            p.country = p.country or country
            p.used_states = p.used_states + used
    # "Foreign Minister Kaja Kallas of Estonia"
    if p.cue == "title" and p.country is None and j + 1 < len(toks) and toks[j].key == "of" \
            and st.owner[j + 1] >= 0:
        f = st.found[st.owner[j + 1]]
        if f.mention.type == "state":
            p.country = f.mention.country
            p.used_states = p.used_states + (st.owner[j + 1],)
    # 3. a speech verb after or before
    if p.cue == "shape":
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and nxt.key in lex.speech:
            p.cue = "speech"
        elif i > 0 and toks[i - 1].key in lex.speech and (j == len(toks) or not toks[j].word):
            p.cue = "speech"
        elif i > 1 and toks[i - 1].key == "to" and toks[i - 2].key == "according":
            p.cue = "speech"
    if len(words) == 1:
        return p if p.cue in ("title", "honorific") else None
    if p.cue == "shape" and st.titlecase:
        return None
    return p


def _title_before(st: _Sent, m: _Matcher, lex: _Lexicon, titles: dict[int, tuple[int, str, str]],
                  i: int, loose: bool = False) -> tuple[str, str, str | None, tuple[int, ...]] | None:
    """The title that ends right before a name, allowing 'of/to <state>' and words of an
    institution in between ('Minister of the French Armed Forces X', 'U.S. Ambassador to
    Japan X'); returns (role, kind, country, states used)."""
    toks = st.toks
    k = i - 1
    inside: list[tuple[str | None, int, bool]] = []  # (country, found index, after 'to')
    steps = 0
    while k >= 0 and steps < 10:
        steps += 1
        if k + 1 in titles:
            start, canon, kind = titles[k + 1]
            country, used = None, []
            for c, fidx, excluded in inside:
                if not excluded and c and country is None:
                    country = c
                    used.append(fidx)
            if not inside and k + 1 < i and len(_name_words_from(st, i + 1 if loose else i)) < 2:
                return None  # "chairman of the Joint Chiefs": a word, not a name
            before = _actor_before(st, lex, start)
            if before is not None:
                country = before[0]
                used.append(before[1])
            if country is None:
                country = lex.title_hints.get(tuple(t.key for t in toks[start : k + 1]))
            return canon, kind, country, tuple(used)
        o = st.owner[k]
        if o >= 0:
            f = st.found[o]
            if f.mention.type not in _ACTOR_TYPES:
                return None
            prev = toks[f.tok_start - 1].key if f.tok_start > 0 else ""
            prev2 = toks[f.tok_start - 2].key if f.tok_start > 1 else ""
            excluded = prev == "to" or prev == "the" and prev2 == "to"
            inside.append((f.mention.country, o, excluded))
            k = f.tok_start - 1
            continue
        t = toks[k]
        if t.key in ("of", "the", "to", "for", "and") or t.text in _DASHES or \
                t.cap and t.word and t.key in lex.non_name:
            if not inside and k == i - 1 and t.key in ("of", "the", "to", "for", "and"):
                return None  # "the Prime Minister of X" is not "Minister <name>"
            k -= 1
            continue
        if loose and t.text.islower() and t.word:
            k -= 1  # "the Indian Ambassador to the country, <name>"
            continue
        return None
    return None


def _name_words_from(st: _Sent, i: int) -> list[str]:
    """The capitalised words of the name that starts at token i."""
    out = []
    for k in range(i, min(len(st.toks), i + 2 * _MAX_NAME_WORDS)):
        t = st.toks[k]
        if t.cap and t.word and st.owner[k] < 0:
            out.append(t.text)
        elif t.text not in _DASHES and t.text != "." and not (len(t.text) == 1 and t.text.isupper()):
            break
    return out


_NO_STATE = "-"  # what _actor_before returns for an organisation's title


def _actor_before(st: _Sent, lex: _Lexicon, start: int) -> tuple[str, int] | None:
    """The state (or company) right before a title: 'French Defense Minister',
    "Brazil's President", 'then US president', 'IAI CEO'."""
    toks = st.toks
    k = start - 1
    steps = 0
    while k >= 0 and steps < 5:
        steps += 1
        o = st.owner[k]
        if o >= 0:
            f = st.found[o]
            if f.mention.type in _ACTOR_TYPES and f.mention.country:
                return f.mention.country, o
            if f.mention.type == "organization":
                return _NO_STATE, o  # "European Commission President", "NATO Secretary General"
            return None
        t = toks[k]
        if t.key in lex.company_words and k > 0 and toks[k - 1].key == "the":
            # "Rosoboronexport signed ..., the company's CEO Alexander Mikheyev said": the
            # company the sentence named before
            firm = next((i for i in reversed(range(len(st.found)))
                         if st.found[i].tok_end <= k - 1 and st.found[i].mention.type == "company"
                         and st.found[i].mention.country), None)
            return (st.found[firm].mention.country or "", firm) if firm is not None else None
        if t.key in lex.title_mods or t.key in ("the", "s", "then") or t.text in _APOS \
                or t.text in _DASHES or (t.cap and t.key in lex.institution) or t.key in lex.portfolio:
            # ... and an institution's words: "Russian Foreign Ministry spokeswoman", "Turkey's
            # defence industry chief"
            k -= 1
            continue
        return None
    return None


def _apposition(st: _Sent, m: _Matcher, lex: _Lexicon, k: int
                ) -> tuple[str | None, str | None, str | None, tuple[int, ...]] | None:
    """', the chief executive of the French ... (DGA)', ', a Russian fleeing the draft',
    ', foreign policy adviser to the President of Azerbaijan': role, kind, country."""
    toks = st.toks
    n = len(toks)
    end = k
    while end < n and toks[end].text not in (",", ";", ".", "(", ")") and end < k + 14:
        end += 1
    if end == k:
        return None
    first = toks[k].key
    start = k + 1 if first in ("the", "a", "an", "his", "her", "its", "their", "who", "then",
                               "former", "now") else k
    if first == "who":
        return None
    # a demonym right away: ', a Russian fleeing the draft'
    if start < n and st.owner[start] >= 0:
        f = st.found[st.owner[start]]
        if f.mention.type == "state" and f.mention.form == "demonym" and first in ("a", "an"):
            nxt = f.tok_end
            if nxt >= end or toks[nxt].text[:1].islower() and toks[nxt].key not in lex.appos:
                return None, None, f.mention.country, (st.owner[start],)
    role = kind = None
    has_noun = False
    for q in range(start, min(end, start + 6)):
        if st.owner[q] >= 0:
            continue
        if toks[q].key in lex.appos:
            has_noun = True
            break
    if not has_noun:
        return None
    # the title inside the apposition gives the role ("chief of staff", "adviser")
    best = 0
    for q in range(start, end):
        nlen = m.title_maxlen.get(toks[q].key, 0)
        for length in range(min(nlen, end - q), 0, -1):
            key = tuple(t.key for t in toks[q : q + length])
            if key in m.titles:
                if length > best:
                    best = length
                    role, kind = m.titles[key]
                break
        if best:
            break
    country = None
    used: list[int] = []
    # the first state, company or organisation's state in the apposition
    q = start
    while q < end:
        o = st.owner[q]
        if o >= 0:
            f = st.found[o]
            if f.mention.type in ("state", "company", "media") and f.mention.country:
                country = f.mention.country
                used.append(o)
                break
            q = f.tok_end
            continue
        q += 1
    return role, kind, country, tuple(used)


_OFFICIAL = {"head_of_state", "head_of_government", "government", "military", "diplomat"}


def _assign_countries(people: list[_Person], sents: list[_Sent], kb: KnowledgeBase | None = None) -> None:
    """Countries from direct cues first (any mention of the person); then, for officials,
    the first state named (not as an adjective) before them in their sentence that no
    other cue took, else the document's main state; then a relative's country (a person
    sharing a surname: dynasties). Every mention of a person gets the person's country."""
    focus = _focus(sents)
    named_states = {f.mention.key for st in sents for f in st.found if f.mention.type == "state"}
    used_by_sent: dict[int, set[int]] = {}
    for p in people:
        used_by_sent.setdefault(p.st.index, set()).update(p.used_states)
    by_key: dict[str, list[_Person]] = {}
    for p in people:
        by_key.setdefault(p.key, []).append(p)
    resolved: dict[str, str | None] = {}
    for key, ps in by_key.items():
        direct = Counter(p.country for p in ps if p.country)
        country: str | None = direct.most_common(1)[0][0] if direct else None
        if country is None and kb is not None and not any(p.stateless for p in ps):
            # a known office holder the text ties to no state ("President Erdogan said"); not
            # one with a minister's title in an article that never names the holder's state
            # ("Defence Minister Pedro Sanchez" in a story on Colombia is not Spain's prime minister)
            country = next((c for p in ps if (c := kb.holder_country(" ".join(p.words)))), None)
            if country is not None and country not in named_states and any(
                    p.role and p.kind not in ("head_of_state", "head_of_government") for p in ps):
                country = None
        if country is None:
            for p in ps:
                if p.kind not in _OFFICIAL or p.stateless:
                    continue
                used = used_by_sent.get(p.st.index, set())
                start = p.st.toks[p.i].start
                text, s0 = p.st.sentence.text, p.st.sentence.start
                for idx, f in enumerate(p.st.found):
                    mm = f.mention
                    if mm.start >= start:
                        break
                    if mm.type != "state" or idx in used:
                        continue
                    if mm.form in ("demonym", "made"):
                        # ("two Italian-made jets, NAF spokesman X said": a weapon's origin)
                        if (led := _LED_BY.match(text, mm.end - s0)) and led.end() == start - s0:
                            country = mm.key  # "a US delegation led by Assistant Secretary X"
                            break
                        if mm.form == "demonym" and _GOVERNMENT_AFTER.match(text, mm.end - s0):
                            country = mm.key  # "The Czech Ministry of Defence has signed ..., Minister X announced"
                            break
                        continue
                    nxt = p.st.found[idx + 1].mention if idx + 1 < len(p.st.found) else None
                    if nxt is not None and nxt.type == "company" and _POSSESSIVE_GAP.fullmatch(text, mm.end - s0, nxt.start - s0):
                        continue  # "with Germany's KNDS": a maker's state, not the official's
                    if not (mm.key and _visits(p, mm.key)) and not _VISIT_TO.search(text, 0, mm.start - s0):
                        country = mm.key
                        break
                if country is None:
                    # "French Foreign Minister C. said she asked Defense Minister L.": a
                    # colleague named before in the sentence with a stated country
                    for q in people:
                        if q.st is p.st and q.i < p.i and q.country and q.kind in _OFFICIAL:
                            country = q.country
                if country:
                    break
            if country is None and any(p.kind in _OFFICIAL and not p.stateless for p in ps):
                country = focus
                if focus is not None and any(_MEETS.search(q.st.sentence.text) and any(
                        o.st is q.st and o is not q and o.country == focus for o in people) for q in ps):
                    # "Gen. X met South Korean Defense Minister Y": the host's counterpart is a guest
                    country = None
                elif focus is not None and any(_visits(q, focus) for q in ps):
                    # "Defence Minister Pal Jonson visited the country": a visitor is not
                    # the host's official; the state named most after the host is likelier
                    country = _runner_up(sents, focus) or focus
        resolved[key] = country
    for key, country in list(resolved.items()):
        if country is None:
            names = {_fold(w) for w in key.split()[1:] if len(w) > 3}
            for other, c in resolved.items():
                if c and other != key and names & {_fold(w) for w in other.split()[1:]}:
                    resolved[key] = c
                    break
    for p in people:
        p.country = resolved.get(p.key)


# "the Czech Ministry of Defence", "the Polish government": the state of an official named later
_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|interior)\s+)?(?:ministry|government|cabinet|presidency)\b", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
# "a US delegation led by ...": the adjective of the group the person leads
_LED_BY = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:led|headed|chaired)\s+by\s+(?:the\s+)?", re.IGNORECASE)
# "a visit to Niamey by ...": the host of a visit
_VISIT_TO = re.compile(r"\b(?:visit|trip|journey|tour)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_VISIT_AFTER = re.compile(
    r"(?:\s*,\s*who)?\s+(?:\w+\s+){0,2}?(?:visited|visits|visiting|arrived\s+in|travell?ed\s+to|flew\s+to|"
    r"(?:during|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to)\s+(?:the\s+)?",
    re.IGNORECASE)


def _visits(p: _Person, host: str) -> bool:
    """Whether the sentence says the person visited the host state (by name or as 'the country')."""
    end = p.st.toks[p.j - 1].end
    text = p.st.sentence.text
    rel = end - p.st.sentence.start
    mt = _VISIT_AFTER.match(text, rel)
    if mt is None:
        return False
    if text[mt.end() : mt.end() + 7].lower() == "country":
        return True
    return any(f.mention.type == "state" and f.mention.key == host and f.mention.start - p.st.sentence.start == mt.end()
               for f in p.st.found)


def _runner_up(sents: list[_Sent], host: str) -> str | None:
    """The state an article names most after its main one, counting the states of the
    companies it names ('Israel Aerospace Industries')."""
    counts: Counter[str] = Counter()
    for st in sents:
        for f in st.found:
            mm = f.mention
            code = mm.key if mm.type == "state" else mm.country if mm.type == "company" else None
            if code and code != host:
                counts[code] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else None


def _focus(sents: list[_Sent]) -> str | None:
    """The state the document is mostly about: names, capitals and metonyms count 4,
    adjectives ('Chinese jets') 2, a weapon's origin ('Italian-made') 1, and the first
    state named (the headline's subject or the dateline's capital) 8 more."""
    counts: Counter[str] = Counter()
    first = True
    for st in sents:
        if st.sentence.kind not in ("body", "title"):
            continue
        for f in st.found:
            mm = f.mention
            if mm.type == "state" and mm.key:
                counts[mm.key] += 2 if mm.form == "demonym" else 1 if mm.form == "made" else 4
                if first and mm.form not in ("demonym", "made"):
                    counts[mm.key] += 8
                    first = False
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# -- helpers for extractors ----------------------------------------------------------------------


def mentions_in(sentence_index: int, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions of one sentence, in order."""
    return sorted((m for m in mentions if m.sentence == sentence_index), key=lambda m: m.start)


def states_in(mentions: Iterable[Mention]) -> list[str]:
    """The states the mentions name or tie to (people, companies), in order of first
    mention, without repeats."""
    out: list[str] = []
    for m in mentions:
        code = m.key if m.type == "state" else m.country if m.type in ("person", "company", "media") else None
        if code and code not in out:
            out.append(code)
    return out
