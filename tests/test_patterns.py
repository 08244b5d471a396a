import random
import re
from pathlib import Path

import pytest

from armsledger.patterns import Pattern, present, required_substrings

SEEDS = Path(__file__).resolve().parents[1] / "src/armsledger/examples/seeds"
ARTICLES = Path(__file__).resolve().parent / "fixtures/articles"


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\b(?:sold)\b", {"sold"}),
        (r"\baccus(?:e|es|ed|ing)\b", {"accuse", "accusing"}),
        (r"defen[cs]e cooperation", {"defence cooperation", "defense cooperation"}),
        # the optional part adds nothing required; the literal after it does
        (r"(?:has )?met (?:with )?", {"met "}),
        # a gap of unknown length: the longer literal side is the better test
        (r"deliver(?:y|ies)\s+of\s+\w+ missiles", {" missiles"}),
        (r"(?<![-\w])(?:back(?:s|ed)?(?! down))", {"back"}),
        (r"(?:Sold|BOUGHT)", {"sold", "bought"}),
    ],
)
def test_required_substrings_read_from_the_parse_tree(pattern: str, needles: set[str]) -> None:
    assert required_substrings(re.compile(pattern, re.IGNORECASE)) == needles


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:a|\d+)", r"x?", r"[A-Z][a-z]+"])
def test_patterns_without_a_required_literal_always_run(pattern: str) -> None:
    p = Pattern(pattern)
    assert p.needles is None
    assert p.may_match("") is True


def test_needles_inside_other_needles_are_dropped() -> None:
    assert required_substrings(re.compile(r"(?:sell|sells|selling)")) == {"sell"}


def _lexicon_patterns() -> list[Pattern]:
    from armsledger.extract.agreements import _lexicon as agreements
    from armsledger.extract.events import _lexicon as events
    from armsledger.extract.memberships import _cue_list as memberships
    from armsledger.extract.transfers import lexicon

    lex = lexicon()
    out = [p for p, *_ in lex.triggers] + [p for p, _ in lex.generic]
    out += [lex.talks, lex.cancel, lex.skip, lex.deal_anaphora, lex.range_cues, lex.recency]
    out += [p for _, p, *_ in events()[0]] + [p for p, _ in memberships(True)]  # (with the headline cues)
    out += [p for k, p in agreements()["kinds"]]  # type: ignore[misc]
    return out


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    return texts


def test_the_prefilter_never_hides_a_match_of_a_lexicon_pattern() -> None:
    """Every match the bare regex finds in real articles, sentence by sentence and
    with the case changed at random, the filtered pattern finds too."""
    rng = random.Random(3)
    patterns = _lexicon_patterns()
    assert sum(p.needles is not None for p in patterns) > 0.8 * len(patterns)
    hits = 0
    for text in _texts():
        for line in text.split("\n"):
            variants = [line, line.upper(), "".join(c.upper() if rng.random() < 0.3 else c for c in line)]
            for v in variants:
                for p in patterns:
                    bare = [m.span() for m in p.rx.finditer(v)]
                    assert [m.span() for m in p.finditer(v)] == bare, p.pattern
                    hits += bool(bare)
    assert hits > 100  # the check above ran on real matches, not only on misses


def test_a_match_between_pos_and_endpos_is_found() -> None:
    p = Pattern(r"\bsold\b", re.IGNORECASE)
    text = "France SOLD Rafale jets"
    m = p.search(text, 5, len(text))
    assert m is not None and m.group(0) == "SOLD"
    assert p.search("France bought jets") is None
    assert [m.group(0) for m in p.finditer("sold, Sold")] == ["sold", "Sold"]
    assert p.findall("no sale") == []


def test_present_finds_overlapping_needles_of_every_pattern() -> None:
    Pattern(r"\bdeliver(?:ed|ies)\b", re.IGNORECASE)
    Pattern(r"\bvered\b")
    found = present("France DELIVERED jets")
    assert {"delivered", "vered"} <= found
    assert present("a" * 5000 + " delivered") >= {"delivered"}  # long texts too, uncached


def test_a_pattern_list_gives_in_order_every_entry_that_can_match() -> None:
    from armsledger.patterns import PatternList

    entries = PatternList([
        (Pattern(r"\bsold\b", re.IGNORECASE), "sell"),
        (Pattern(r"\b[A-Z]\w+"), "always run"),  # no literal it must contain
        (Pattern(r"\bdeliver(?:ed|ies)\b", re.IGNORECASE), "deliver"),
        (Pattern(r"\bbought\b", re.IGNORECASE), "buy"),
    ])
    assert [k for _, k in entries.candidates("Paris DELIVERED and sold")] == ["sell", "always run", "deliver"]
    assert [k for _, k in entries.candidates("nothing here")] == ["always run"]
    # every entry whose regex matches is a candidate, on every real line
    for text in _texts():
        for line in text.split("\n"):
            kept = {id(p) for p, _ in entries.candidates(line)}
            assert all(id(p) in kept for p, _ in entries if p.rx.search(line))


def test_every_required_part_of_a_pattern_is_tested() -> None:
    from armsledger.patterns import required_sets

    sets = required_sets(re.compile(r"\b(?:signed|inked)\s+(?:a|an)\s+(?:deal|contract)\b", re.IGNORECASE))
    assert {"signed", "inked"} in sets and {"deal", "contract"} in sets
    p = Pattern(r"\b(?:signed|inked)\s+(?:a|an)\s+(?:deal|contract)\b", re.IGNORECASE)
    assert p.may_match("Egypt SIGNED a DEAL")
    assert not p.may_match("Egypt signed the letter")  # no deal or contract in it
    assert not p.may_match("a deal was reported")  # nothing signed
