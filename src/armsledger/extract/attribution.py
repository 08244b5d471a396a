"""Who an article cites for a claim, and how it holds it (asserted, reported,
denied, planned, hypothetical). Cues are in data/attribution.yaml.

A person speaking for a state ("Lecornu wrote on X") is cited by name: the
report is theirs, not the outlet's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from armsledger.patterns import Pattern


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("armsledger.extract").joinpath("data/attribution.yaml").read_text("utf-8")
    )
    return {
        "sources": [Pattern(p) for p in data["sources"]],
        "not_sources": set(data["not_sources"]),
        **{k: Pattern(data[k], re.IGNORECASE) for k in ("reported", "denied", "hypothetical", "planned")},
    }


def source_of(sentence: str) -> str | None:
    lex = _lexicon()
    for rx in lex["sources"]:
        for m in rx.finditer(sentence):
            src = m.group("src").strip(" ,.'’")
            src = re.sub(r"^the\s+", "", src, flags=re.IGNORECASE)
            words = src.split()
            while words and words[0] in lex["not_sources"]:
                words = words[1:]
            if words:
                return " ".join(words)[:120]
    return None


def is_hypothetical(text: str) -> bool:
    """Whether the text has a cue of a guess ("could", "if", "potential")."""
    return _lexicon()["hypothetical"].search(text) is not None


def attribution(sentence: str, kb: object | None = None) -> tuple[str | None, str]:
    """(attributed_to, modality) of the claim a sentence makes."""
    return _attribution(sentence)


@lru_cache(maxsize=256)  # each extractor asks about the same sentences in turn
def _attribution(sentence: str) -> tuple[str | None, str]:
    lex = _lexicon()
    src = source_of(sentence)
    if lex["denied"].search(sentence):
        modality = "denied"
    elif lex["hypothetical"].search(sentence):
        modality = "hypothetical"
    elif lex["planned"].search(sentence):
        modality = "planned"
    elif src or lex["reported"].search(sentence):
        modality = "reported"
    else:
        modality = "asserted"
    return src, modality
