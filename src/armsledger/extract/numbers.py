"""Numbers the genre writes: counts of weapons ("18 Rafale jets", "six planes",
"up to 400 Tomahawks"), sums of money ("€51.8 billion", "between 700 and 800
million dollars", "7,949.6 billion yen") and distances ("55 kilometers (34
miles)", "nearly 25 miles"), with units converted so sources can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "a pair of": 2, "a couple of": 2,
}
_NUM_WORD = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a pair of|a couple of)"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUM_WORD})"
# a count inside a generic weapon phrase, before its words: "18 tanks", "two frigates"
COUNT_IN_PHRASE = re.compile(rf"(?:^|\s)(?:[\d,]+|{_NUM_WORD})\s+(?=[A-Za-z][A-Za-z\s-]*$)", re.IGNORECASE)
# the count right before a noun phrase: "18", "up to 400", "a first batch of six", "one of its two"
_QTY_BEFORE = re.compile(
    rf"(?:\b(?:up to|about|around|some|nearly|more than|over|at least|a total of|an additional|another)\s+)?"
    rf"(?<![\w-])(?P<n>{_NUM})(?:-(?:jet|unit|aircraft|plane|ship|vessel|tank|piece|gun|system)\b)?"
    rf"(?:\s+(?:more|new|used|additional|further|second-hand|refurbished|advanced|modern|of the|of its|of their))?"
    rf"(?:\s+[\w'’.-]+){{0,4}}?\s*$",
    re.IGNORECASE,
)
_BATCH = re.compile(rf"\b(?:batch|squadron|fleet|first|total|order)\s+of\s+(?P<n>{_NUM})\b", re.IGNORECASE)
# a part of a deal: "received the last two of 12 jets" (the deal is of 12)
_PART_OF_DEAL = re.compile(
    rf"\b(?:first|last|final|initial|remaining|latest)\s+{_NUM}\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<n>{_NUM})\b"
    rf"(?:\s+[\w'’.-]+){{0,4}}?\s*$",
    re.IGNORECASE,
)
_ONE_OF = re.compile(rf"\bone\s+of\s+(?:its|their|the|his|her)\s+(?P<n>{_NUM})\b", re.IGNORECASE)


# the same in apposition after the phrase: "two jets, the first of 24 ordered in 2024"
_PART_OF_DEAL_AFTER = re.compile(
    rf"\s*,\s*(?:the\s+)?(?:first|last|final|initial|latest)\s+(?:{_NUM}\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
    rf"(?P<n>{_NUM})\b(?!\s*(?:%|per\s*cent|percent|million|billion|years?)\b)",
    re.IGNORECASE,
)


def deal_size_after(text: str, pos: int) -> int | None:
    """The size of the whole deal when an apposition at `pos` gives it ("..., the first of 24")."""
    m = _PART_OF_DEAL_AFTER.match(text, pos)
    return number_value(m.group("n")) if m else None


def number_value(tok: str) -> int | None:
    t = tok.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in _WORDS:
        return _WORDS[t]
    if t.endswith(" dozen"):
        # "two dozen" (24), "half a dozen" (6)
        head = re.sub(r"\s+", " ", t[: -len(" dozen")])
        return 6 if head == "half a" else (_WORDS[head] * 12 if head in _WORDS else None)
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:
        return _WORDS[parts[0]] + _WORDS[parts[1]]
    return None


_ANY_NUM = re.compile(rf"\b{_NUM}\b", re.IGNORECASE)


def says_number(text: str, n: int) -> bool:
    """Whether a text gives the number n, in digits or words ("14", "fourteen", "two dozen")."""
    return any(number_value(m.group(0)) == n for m in _ANY_NUM.finditer(text))


def parse_quantity(text: str) -> int | None:
    """A count at the end of a phrase that precedes a weapon noun, or None ('dozens of')."""
    m = _ONE_OF.search(text)
    if m and m.end() > len(text) - 40:
        return 1
    m = _PART_OF_DEAL.search(text)
    if m:
        return number_value(m.group("n"))
    pos = 0
    while (m := _QTY_BEFORE.search(text, pos)) is not None:
        n = number_value(m.group("n"))
        # years and calibres are not counts ("a deal in 2021 for 32 jets": the count is 32)
        if n is not None and not (1900 <= n <= 2100) and n < 100000:
            rest = text[m.end("n") : m.end("n") + 12].lower()
            money = text[max(0, m.start("n") - 1) : m.start("n")] in ("$", "€", "£", "¥", "₹")
            # (nor a count of units: "two squadrons of KF-21 fighters")
            if not money and not re.match(
                    r"[\s-]*(?:mm\b|km\b|%|per\b|-cal|million|billion|trillion|bn\b|mn\b|percent|years?\b|"
                    r"squadrons?\b|regiments?\b|brigades?\b|battalions?\b|flotillas?\b)", rest):
                return n
            # (an amount or a calibre: a count may still follow, "a $10 billion deal for 96 jets")
        pos = m.end("n")
    m = _BATCH.search(text)
    if m:
        return number_value(m.group("n"))
    return None


def quantity_before(text: str, pos: int, lo: int = 0) -> int | None:
    """The count that modifies the noun phrase starting at `pos` of `text` (and not before
    `lo`: a verb between them ends the phrase)."""
    left = text[max(lo, pos - 60) : pos]
    left = re.split(r"[;:()]|,\s|\band\b|\bor\b", left)[-1]
    return parse_quantity(left)


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    amount: float
    currency: str
    approximate: bool = False
    low: float | None = None
    high: float | None = None


_SCALE = {
    "lakh crore": 1e12, "lakh-crore": 1e12,
    "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "crore": 1e7, "lakh": 1e5,
}
_CURRENCIES = yaml.safe_load(resources.files("armsledger.extract").joinpath("data/currencies.yaml").read_text("utf-8"))
_SYMBOL: dict[str, str] = _CURRENCIES["symbols"]
_WORD_CCY: dict[str, str] = _CURRENCIES["words"]
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"thousand|million|billion|trillion|lakh[ -]crore|crore|lakh|mn|mln|bn|tn|m|b"
_APPROX_RE = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|more than|over|up to|"
    r"less than|under|an estimated|estimated|close to)\s*$",
    re.IGNORECASE,
)
# the symbols of the data file, longest first; a code made of letters is a whole word
# before the amount ("RM1.2 billion", "USD 3 million"), a sign is not ("NT$647 billion")
# (a three-letter code only in capitals: "NOK 100 billion", not "Ron 5")
_SYM_RE = "|".join((r"\b" if k[0].isalpha() else "")
                   + (f"(?-i:{k.upper()})" if len(k) in (1, 3) and k.isalpha() else re.escape(k)) + r"\s?"
                   for k in sorted(_SYMBOL, key=len, reverse=True))
_RANGE_RE = re.compile(
    rf"\bbetween\s+(?P<sym>{_SYM_RE})?(?P<a>{_AMOUNT})\s*(?P<sa>{_SCALE_RE})?\s+and\s+"
    rf"(?P<sym2>{_SYM_RE})?(?P<b>{_AMOUNT})[\s-]*(?P<sb>{_SCALE_RE})\b[\s-]*(?P<word>[^\W\d_]+)?",
    re.IGNORECASE,
)
# a state's adjective before a currency word ("150 billion Egyptian pounds")
_ADJ_RE = r"(?:[A-Z][a-z]+\s+(?=(?:" + "|".join(sorted(_WORD_CCY, key=len, reverse=True)) + r")\b))?"
_MONEY_RE = re.compile(
    rf"(?P<sym>{_SYM_RE})?(?P<a>{_AMOUNT})"
    rf"(?:[\s-]*(?P<scale>{_SCALE_RE})\b)?[\s-]*{_ADJ_RE}(?P<word>[^\W\d_]+)?",  # (letters with accents: "guaraníes")
    re.IGNORECASE,
)


def _amount(s: str) -> float:
    return float(s.replace(",", ""))


def parse_money(text: str) -> list[Money]:
    out: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _RANGE_RE.finditer(text):
        ccy = _ccy(m.group("sym") or m.group("sym2"), m.group("word"))
        if ccy is None:
            continue
        scale_b = _SCALE[m.group("sb").lower()]
        scale_a = _SCALE[m.group("sa").lower()] if m.group("sa") else scale_b
        lo, hi = round(_amount(m.group("a")) * scale_a, 2), round(_amount(m.group("b")) * scale_b, 2)
        end = m.end("word") if ccy and m.group("word") and m.group("word").lower() in _WORD_CCY else m.end("sb")
        out.append(Money(m.start(), end, (lo + hi) / 2, ccy, True, lo, hi))
        taken.append((m.start(), end))
    for m in _MONEY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = (m.group("word") or "").lower()
        ccy = _ccy(m.group("sym"), word)
        if ccy is None:
            continue
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        if m.group("sym") is None and m.group("scale") is None and word not in _WORD_CCY:
            continue
        if m.group("sym") is not None and len(m.group("sym").strip()) == 1 and m.group("sym")[0].isalpha() \
                and m.group("scale") is None:
            continue  # "P5 nations": a letter before a number is money only with a scale ("P256.1 billion")
        amount = round(_amount(m.group("a")) * scale, 2)  # 8.7 * 1e12 is 8699999999999.999 in floats
        end = m.end("word") if word in _WORD_CCY else (m.end("scale") if m.group("scale") else m.end("a"))
        approx = bool(_APPROX_RE.search(text[max(0, m.start() - 25) : m.start()]))
        out.append(Money(m.start(), end, amount, ccy, approx))
    out.sort(key=lambda x: x.start)
    return out


# Currency words that several states' currencies share: "pesos" are Philippine pesos
# in a Philippine budget. Irregular plurals map to the singular.
_SHARED_WORDS = set(_CURRENCIES["shared"])
_PLURALS: dict[str, str] = _CURRENCIES["plurals"]


def local_currency(surface: str, currency: str, state: str | None) -> str:
    """The state's own currency when an amount names it by a shared word ("240 billion
    pesos" in the Philippines is PHP, not MXN); else the currency as parsed."""
    words = re.findall(r"[^\W\d_]+", surface.lower())
    word = words[-1] if words else ""
    word = _PLURALS.get(word) or (word[:-1] if word.endswith("s") else word)
    if words and words[0] == "rs":
        word = "rupee"  # "Rs 2,122 billion" in a Pakistani budget is in Pakistani rupees
    if words and words[0] == "sh":
        word = "shilling"  # "Sh172 billion" in a Ugandan budget is in Ugandan shillings
    if len(words) > 1 and words[-2] in ("us", "american"):
        return currency  # "19 billion US dollars" in a Taiwanese budget
    own = _state_currency(state) if word in _SHARED_WORDS and state else None
    return own[0] if own and own[1].endswith(word) else currency


@lru_cache(maxsize=256)
def _state_currency(state: str) -> tuple[str, str] | None:
    """(code, lower-case English name) of a state's currency, from Babel's CLDR data."""
    import pycountry
    from babel.numbers import get_currency_name, get_territory_currencies

    country = pycountry.countries.get(alpha_3=state)
    if country is None:
        return None
    try:
        codes = get_territory_currencies(country.alpha_2, tender=True)
    except Exception:  # noqa: BLE001 - a territory CLDR does not know keeps the parsed currency
        return None
    return (str(codes[0]), get_currency_name(codes[0], locale="en").lower()) if codes else None


def _ccy(sym: str | None, word: str | None) -> str | None:
    if sym:
        return _SYMBOL.get(sym.strip().lower())
    if word:
        return _WORD_CCY.get(word.lower())
    return None


_KM_PER = {"km": 1.0, "kilometer": 1.0, "kilometre": 1.0, "kilometers": 1.0, "kilometres": 1.0,
           "mile": 1.609344, "miles": 1.609344, "nautical mile": 1.852, "nautical miles": 1.852,
           "nm": 1.852, "m": 0.001, "meters": 0.001, "metres": 0.001}
_DIST_RE = re.compile(
    rf"(?P<n>{_AMOUNT})[\s-]*(?P<u>nautical miles?|kilomet(?:er|re)s?|km|miles?)\b",
    re.IGNORECASE,
)


def parse_distance_km(text: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, km, approximate) for each distance; a parenthesised conversion
    right after a distance ('55 kilometers (34 miles)') is the same value, not another."""
    out: list[tuple[int, int, float, bool]] = []
    for m in _DIST_RE.finditer(text):
        if out and re.fullmatch(r"\s*\(\s*", text[out[-1][1] : m.start()]):
            continue
        unit = m.group("u").lower()
        km = _amount(m.group("n")) * _KM_PER.get(unit, _KM_PER.get(unit.rstrip("s"), 1.0))
        approx = bool(_APPROX_RE.search(text[max(0, m.start() - 25) : m.start()]))
        out.append((m.start(), m.end(), round(km, 1), approx))
    return out


def same_quantity(a: float, b: float, rel_tol: float = 0.1) -> bool:
    return abs(a - b) <= rel_tol * max(abs(a), abs(b))
