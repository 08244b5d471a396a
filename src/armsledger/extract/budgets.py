"""Defence budgets from one document: a state's defence budget for a year.

A sentence qualifies when it names a defence budget or military spending (cues
below) and an amount of money; each amount is paired with the nearest year
before it in the same clause ("in 2022 was between 700 and 800 million dollars,
in 2024, it will be approximately 1.4 billion dollars"), else the fiscal year or
the publication year. Shares of GDP, sub-allocations ("will be allotted to") and
special funds are not the budget.
"""

from __future__ import annotations

import re
from collections import Counter

from armsledger.extract.attribution import attribution
from armsledger.extract.context import dateline_end
from armsledger.extract.dates import CLAUSE_BREAK, find_dates
from armsledger.extract.numbers import local_currency, parse_money
from armsledger.patterns import Pattern
from armsledger.records import Budget, Document, Mention, Report, Sentence, stable_id

_CUE = Pattern(
    r"\b(?:defen[cs]e|military|armed forces)(?:\s+and\s+security)?\s+(?:budget|spending|expenditure|outlays?|allocation)\b|"
    r"\bbudget\s+for\s+(?:the\s+)?(?:defen[cs]e|military)\b|"
    r"\bbudget\s+of\s+(?:[^.;]|\.(?=\d)){1,40}?\s+for\s+(?:the\s+)?(?:defen[cs]e|military|armed forces)\b|"
    r"\b(?:allocated|allocates?|earmarked|earmarks?|spending|spend|spends|spent|set aside|sets aside|approved|approves|voted)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:for|on|to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:national\s+)?(?:defen[cs]e|military|armed forces)\b(?!\s+(?:aid|assistance|support|imports|purchases))|"
    r"\bamount\s+allocated\s+for\s+defen[cs]e\b|"
    # the ministry as the subject: "The Defence Ministry has been allocated RM21.7 billion"
    r"\b(?:defen[cs]e\s+(?:ministry|department)|ministry\s+of\s+(?:national\s+)?defen[cs]e|armed\s+forces)\s+"
    r"(?:has\s+been|have\s+been|was|were|is|are|will\s+be)\s+(?:allocated|given|granted|allotted)\b|"
    # "the Defence Ministry will receive 203.4 billion baht in fiscal 2027"
    r"\b(?:defen[cs]e\s+(?:ministry|department)|ministry\s+of\s+(?:national\s+)?defen[cs]e)\s+(?:will\s+|would\s+|is\s+to\s+)?"
    r"(?:receive|receives|received|get|gets|got)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\S*\d|"
    # "P256.1 billion for the Department of National Defense", "... for the defence ministry"
    r"\b(?:for|to)\s+the\s+(?:(?:Department|Ministry)\s+of\s+(?:National\s+)?Defen[cs]e|(?:defen[cs]e|military)\s+(?:ministry|department|sector))\b",
    re.IGNORECASE,
)
_PARTS_START = re.compile(r"\W*Of\s+(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:allocation|budget|amount|sum|total)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\s*(?:,\s*)?(?:up|down)?\s*from\s+", re.IGNORECASE)
# a state's whole budget, of which defence is a part
_WHOLE_BUDGET_AFTER = re.compile(r"[\s-]*(?:national|state|total|overall|general|federal|government|annual)\s+budget\b",
                                 re.IGNORECASE)
_WHOLE_BUDGET_BEFORE = re.compile(r"\b(?:national|state|total|overall|general|federal|government)\s+budget\s+"
                                  r"(?:of|at|worth|totall?ing)\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
_NOT_BUDGET = re.compile(
    r"\b(?:allotted|allocated)\s+to\b(?!\s+(?:defen[cs]e|the military))|\bspecial\s+fund|\bpot\b|"
    r"\bper\s*cent\b|%|\bpct\b|\bgross domestic product\b|\bGDP\b|\bwill be used to\b",
    re.IGNORECASE,
)
# after an amount: it is a part of the budget, not the budget ("... will be allotted to ...")
_PART_OF = re.compile(r"\b(?:allotted|allocated|earmarked)\s+(?:to|for)\b|\bwill be used\b|\bspecial fund", re.IGNORECASE)
# the share of GDP said again in money: "is set at 2.5% of gross domestic product, about 8
# billion euros" (the amount is the budget, not a part of it); or a growth rate before it
_SHARE_RESTATED = re.compile(
    r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:its\s+|the\s+country's\s+)?(?:gross\s+domestic\s+product|GDP|"
    r"economic\s+output)\s*(?:\([^)]{0,10}\)\s*)?,\s*(?:or\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|"
    r"approximately\s+|equal\s+to\s+|worth\s+)*$"
    # a growth rate, then the budget it grows to: "raise its defence budget by 7.2 percent
    # this year to 1.78 trillion yuan"
    r"|\bby\s+[\d.]+\s*(?:%|per\s*cent|percent)(?:\s+(?:this|next)\s+year)?\s+to\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+|estimated\s+)?$",
    re.IGNORECASE)
# spending that is no one state's: "world military spending", "global military expenditure"
_NO_STATE = re.compile(r"\b(?:world|global|worldwide|total\s+global|combined)\s+(?:military|defen[cs]e)\s+"
                       r"(?:spending|expenditure|budgets?|outlays?)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",\s+(?:with|and|while|but|or)\s+|;", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s*)?((?:19|20)\d\d)\b")
# between an amount and its own year: "in", "for fiscal", or nothing ("124 billion a year earlier")
# (past a conversion in brackets: "1.9 billion dinars ($6.2 billion) for the 2025-26 fiscal year")
_IN_YEAR = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:in|for)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?)?", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnext year\b", re.IGNORECASE)
_MULTI_YEAR = Pattern(
    r"\bover (?:the )?(?:next |coming |past )?(?:\w+ )?(?:years|decades?)\b|\b(?:\w+)-year (?:plan|programme|program)\b",
    re.IGNORECASE)
# "..., the third year of a five-year plan": the plan only says which year the budget is
_YEAR_OF_PLAN = re.compile(r"\byear\s+of\s+(?:a|the|its|their)\s+$", re.IGNORECASE)
_COMPARED_START = re.compile(
    r"(?:That|This|It|The\s+(?:figure|amount|sum|total))\s+(?:is|was|would\s+be|will\s+be|represents|marks)\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,2}?(?:up|down|increase|rise|jump|drop)\b[^.;]*?\bfrom\s", re.IGNORECASE)
_SPENDS_AGAIN = re.compile(r"(?:This|Last|Next)\s+year,?\s+(?:[\w’'-]+\s+){0,3}(?:will\s+|would\s+|is\s+set\s+to\s+)?"
                           r"(?:spend|spends|spent|allocate[sd]?)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|is set to|is expected to|planned|plans? to|draft)\b", re.IGNORECASE)


def extract_budgets(doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Budget]:
    main = _main_state(sentences, mentions)
    out: dict[tuple[str, int, str, int], Budget] = {}
    pub_year = int(doc.published[:4]) if doc.published else None
    years_of: dict[bool, int | None] = {}  # worked out only for an article with a budget
    past_year: dict[str, int | None] = {}  # (likewise: the last year before publication named)

    def default_year(future: bool) -> int | None:
        if future not in years_of:
            if not future or not pub_year:
                years_of[future] = _document_year(sentences, pub_year)
            else:
                # a budget that "will" be spent is next year's (or the next year the article names)
                years_of[future] = _document_year(sentences, pub_year + 1)
        return years_of[future]

    last: tuple[int, str] | None = None  # (sentence, state) of the last budget read
    for i, s in enumerate(sentences):
        # "That is up from 159 billion zlotys this year": the budget just read, another year
        # (or "This year Poland will spend about 159 billion zlotys" after next year's budget)
        again = last is not None and (last[0] == i - 1 and bool(_COMPARED_START.match(s.text))
                                      or last[0] >= i - 2 and bool(_SPENDS_AGAIN.match(s.text)))
        if s.kind not in ("body", "title") or not (again or _CUE.search(s.text)):
            continue
        if _PARTS_START.match(s.text):
            continue  # "Of the defence allocation, the navy secured 2.1 billion baht for a frigate": parts
        if any(not _YEAR_OF_PLAN.search(s.text, max(0, mt.start() - 30), mt.start())
               for mt in _MULTI_YEAR.finditer(s.text)):
            continue  # "over the next decade": a programme, not a year's budget
        state = (last[1] if again and last else None) or _state_in(i, s, mentions) \
            or (None if _NO_STATE.search(s.text) else main)
        if state is None:
            continue
        monies = parse_money(s.text)
        if not monies:
            continue
        # (not a dateline's year: "TAIPEI, Aug 21, 2025 (Reuters) - ... next year")
        years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(s.text, max(0, dateline_end(s.text)))]
        # "next year", "this year": relative years count; a dated day ("Dec. 22") does not
        years += [(d.start, int(d.value[:4])) for d in find_dates(s.text, doc.published)
                  if d.value and d.relative and d.kind == "point" and len(d.value) == 4]
        years.sort()
        src, modality = attribution(s.text)
        for k, money in enumerate(monies):
            # the words between the previous amount and this one must not say it is a part
            left = s.text[(monies[k - 1].end if k else 0) : money.start]
            if k and re.fullmatch(r"\s*\(\s*(?:about|around|some|roughly|or)?\s*", left):
                continue  # "272 billion riyals ($72.5 billion)": the same budget, converted
            # only this amount's clause: "4.7% of GDP next year, with a budget of ..." is fine
            left = _CLAUSE.split(left)[-1]
            right = s.text[money.end : money.end + 40]
            if (_NOT_BUDGET.search(left[-60:]) and not _SHARE_RESTATED.search(left)) or _PART_OF.search(right[:25]):
                continue
            if _WHOLE_BUDGET_AFTER.match(right) or _WHOLE_BUDGET_BEFORE.search(left[-40:]):
                continue  # "signed the P6.352-trillion national budget, which includes ... for defence"
            if money.amount < 1e6 and money.currency != "JPY":
                continue  # a typo'd or partial figure ("€19.2 euros") is not a budget
            future = bool(_FUTURE.search(s.text[max(0, money.start - 40) : money.end + 60]))
            fallback = default_year(bool(future))
            if not future and _SPENT.search(s.text, 0, money.start):
                # "Russia's military spending grew 38% to $149 billion" in a report on last
                # year: the year the figures are for, named before publication
                if "past" not in past_year:
                    past_year["past"] = _past_year(sentences, pub_year)
                fallback = past_year["past"] or fallback
            year = _year_for(s.text, money.start, years, fallback, end=money.end)
            if year is None:
                continue
            if k and _FROM_BEFORE.fullmatch(s.text, monies[k - 1].end, money.start) \
                    and not any(monies[k - 1].end <= p < money.end + 20 for p, _y in years):
                year -= 1  # "was cut to Sh172 billion from Sh188 billion": the year before's
            # "The US spent $997 billion ..., while China's spending was $314 billion": each
            # amount is the state's named in its own clause
            state = _state_of_clause(s, mentions, money.start) or state
            currency = local_currency(s.text[money.start : money.end], money.currency, state)
            key = (state, year, currency, round(money.amount / 1e6))
            if key in out:
                continue
            b = Budget(
                id=stable_id("budget", doc.id, state, year, money.amount),
                state=state,
                year=year,
                amount=money.amount,
                currency=currency,
                approximate=money.approximate,
                reports=[Report(document=doc.id, quote=doc.text[s.start : s.end], start=s.start, end=s.end,
                                attributed_to=src, modality=modality,  # type: ignore[arg-type]
                                published=doc.published, outlet=doc.outlet)],
            )
            out[key] = b
            last = (i, state)
    return _fold_rounded(list(out.values()), sentences)


def _fold_rounded(budgets: list[Budget], sentences: list[Sentence]) -> list[Budget]:
    """One budget told twice, rounded in the headline ("tops 66 trillion won") and exact in
    the text ("66.3 trillion won"), is one record with the text's amount and both reports
    (resolve merges such budgets across documents by the same test, `Budget.same_as`)."""
    titles = {s.start for s in sentences if s.kind == "title"}
    kept: list[Budget] = []
    for b in sorted(budgets, key=lambda b: b.reports[0].start in titles):  # (the text's first)
        same = next((k for k in kept if k.same_as(b)), None)
        if same is None:
            kept.append(b)
        else:
            had = {x.start for x in same.reports}
            same.reports.extend(r for r in b.reports if r.start not in had)
    return sorted(kept, key=lambda b: b.reports[0].start)


def _year_for(text: str, pos: int, years: list[tuple[int, int]], pub_year: int | None,
              end: int | None = None) -> int | None:
    """The year an amount is for: one it is said to be 'in' or 'for' right after it
    ('down from $80 billion in 2024'), else the nearest year before it in its clause, else
    one after it ('in the 2023 budget'), else 'next year', else the article's budget year."""
    if end is not None:
        own = [y for p, y in years if end <= p < end + 30 and _IN_YEAR.fullmatch(text, end, p)]
        if own:
            return own[0]
    clause_start = max(text.rfind(";", 0, pos), text.rfind(" while ", 0, pos))
    before = [y for p, y in years if clause_start < p < pos]
    if before:
        return before[-1]
    after = [y for p, y in years if pos < p < pos + 60]
    if after:
        return after[0]
    earlier = [y for p, y in years if p < pos]
    if earlier:
        return earlier[-1]  # "spent $997 billion last year, while China's spending was $314 billion"
    if pub_year is not None and _NEXT_YEAR.search(text):
        return pub_year + 1
    return pub_year


_SPENT = re.compile(r"\b(?:spent|(?:spending|expenditure)\s+(?:\w+\s+){0,2}?(?:grew|rose|fell|increased|decreased|jumped|"
                    r"climbed|reached|totall?ed))\b", re.IGNORECASE)


def _past_year(sentences: list[Sentence], pub_year: int | None) -> int | None:
    """The latest year before publication (at most two before) that the article names."""
    if pub_year is None:
        return None
    past = [y for y in _years_named(sentences) if pub_year - 2 <= y < pub_year]
    return max(past) if past else None


def _years_named(sentences: list[Sentence]) -> Counter[int]:
    """How often the article's headline and text name each year."""
    return Counter(int(m.group(1)) for s in sentences if s.kind in ("body", "title") for m in _YEAR.finditer(s.text))


def _document_year(sentences: list[Sentence], pub_year: int | None) -> int | None:
    """The budget year an article is about: the year it names most, from its
    publication year on (a budget article looks ahead), else the publication year."""
    c = Counter({y: n for y, n in _years_named(sentences).items() if pub_year is None or pub_year <= y <= pub_year + 2})
    if not c:
        return pub_year
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _state_of_clause(s: Sentence, mentions: list[Mention], pos: int) -> str | None:
    """The state named last before `pos` (sentence offset) in the clause that holds it,
    when a clause break ("while", "whereas", ";") comes before it."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(s.text, 0, pos)]
    if not breaks:
        return None
    lo = s.start + breaks[-1]
    return next((m.key for m in reversed(mentions) if lo <= m.start < s.start + pos and m.type == "state"
                 and m.key and m.form not in ("made", "led")), None)


def _state_in(i: int, s: Sentence, mentions: list[Mention]) -> str | None:
    line = s.start + dateline_end(s.text)  # (not where the news was filed: "STOCKHOLM, April 28 -")
    for m in mentions:
        # (not a maker's: "commissions two Chinese-built patrol ships as defence budget climbs")
        if s.start <= m.start < s.end and m.type == "state" and m.key and m.end > line and m.form not in ("made", "led"):
            return m.key
    return None


def _main_state(sentences: list[Sentence], mentions: list[Mention]) -> str | None:
    c: Counter[str] = Counter()
    for m in mentions:
        if m.type in ("state",) and m.key and m.form not in ("made", "led"):  # (a maker's state is not the buyer's)
            c[m.key] += 1
        elif m.type == "person" and m.country:
            c[m.country] += 1
    if not c:
        return None
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
