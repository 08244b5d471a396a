"""The knowledge base: states, organisations, weapon systems, companies, titles,
office holders.

`load_kb()` reads the data files shipped in `knowledge/data/` (see each file's
note of where its facts came from) and caches the result.
"""

from armsledger.knowledge.model import (
    Company,
    KnowledgeBase,
    OfficeHolder,
    Organization,
    State,
    Title,
    WeaponSystem,
    fold,
)

__all__ = [
    "Company",
    "KnowledgeBase",
    "OfficeHolder",
    "Organization",
    "State",
    "Title",
    "WeaponSystem",
    "fold",
    "load_kb",
]


def load_kb() -> KnowledgeBase:
    from armsledger.knowledge.loader import load_kb as _load

    return _load()
