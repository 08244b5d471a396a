"""Build the knowledge base's generated data files from their sources.

    .venv/bin/python scripts/build_kb.py [--sipri-dir ../shared/data]

- `states.csv`: every ISO 3166-1 country from pycountry (names), joined with the
  hand-written `state_forms.csv` (aliases, demonyms, capitals, metonyms).
- `systems.csv`: weapon systems from SIPRI's Arms Transfers Database exports
  (designation, SIPRI description and armament category, the main supplier as the
  country of origin, number of deals), joined with the hand-curated
  `systems_extra.csv` (common names SIPRI does not use). SIPRI data (c) SIPRI,
  https://www.sipri.org/databases/armstransfers, free for non-commercial use with
  attribution.

The output is deterministic: rows sorted, no timestamps.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

from armsledger.knowledge.model import RARE_NAME_SOURCE

DATA = Path(__file__).resolve().parents[1] / "src/armsledger/knowledge/data"

NAME_OVERRIDES = {
    "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "TWN": "Taiwan",
    "SYR": "Syria", "LAO": "Laos", "MDA": "Moldova", "TZA": "Tanzania", "BOL": "Bolivia",
    "VEN": "Venezuela", "IRN": "Iran", "GBR": "United Kingdom", "USA": "United States",
    "CZE": "Czech Republic", "TUR": "Turkey", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "BRN": "Brunei", "MKD": "North Macedonia",
    "PSE": "Palestine", "FSM": "Micronesia", "SWZ": "Eswatini", "CPV": "Cape Verde",
    "VAT": "Vatican City", "VGB": "British Virgin Islands", "VIR": "US Virgin Islands", "BHS": "Bahamas", "GMB": "Gambia", "NLD": "Netherlands",
}
HISTORIC = {"SUN": "Soviet Union", "YUG": "Yugoslavia", "CSK": "Czechoslovakia", "XKX": "Kosovo"}
# SIPRI's names that pycountry does not look up
SIPRI_NAMES = {
    "Cote d'Ivoire": "CIV", "Brunei": "BRN", "UAE": "ARE", "DR Congo": "COD", "Bosnia-Herzegovina": "BIH",
    "Turkiye": "TUR", "Russia": "RUS", "Palestine": "PSE", "Kosovo": "XKX", "Soviet Union": "SUN",
    "Yugoslavia": "YUG", "Czechoslovakia": "CSK", "East Germany (GDR)": "DDR", "Libya GNC": "LBY",
    "Libya HoR": "LBY", "Northern Cyprus": "CYP", "Micronesia": "FSM", "Viet Nam": "VNM",
    "North Korea": "PRK", "South Korea": "KOR", "Korea, North": "PRK", "Korea, South": "KOR",
}
CATEGORY = {
    "Aircraft": "aircraft", "Air-defence systems": "air_defence", "Air defence systems": "air_defence",
    "Anti-submarine warfare weapons": "anti_submarine", "Armoured vehicles": "armoured_vehicles",
    "Artillery": "artillery", "Engines": "engines", "Missiles": "missiles", "Naval weapons": "naval_weapons",
    "Satellites": "satellites", "Sensors": "sensors", "Ships": "ships", "Other": "other",
}
# description words -> category, for the register without SIPRI's category column
DESC_CATEGORY = [
    (r"satellite", "satellites"), (r"engine|turbofan|turbojet|turboprop|turboshaft|diesel", "engines"),
    (r"radar|sonar|sensor|EO system|ESM|SIGINT|fire control", "sensors"),
    (r"SAM system|air[- ]defen[cs]e system|AD system|anti-aircraft gun|SAM$|air[- ]defen[cs]e", "air_defence"),
    (r"missile|SAM|rocket$|torpedo|guided bomb|ASM|AAM|SSM|ATGM|loitering|one-way attack drone", "missiles"),
    (r"frigate|corvette|destroyer|submarine|patrol (craft|vessel|boat)|ship|landing|minehunter|tanker|OPV", "ships"),
    (r"aircraft|helicopter|UAV|UCAV|drone|fighter|trainer|transport ac|FGA|tanker ac|AEW", "aircraft"),
    (r"tank|APC|IFV|armoured|armored|vehicle|AFV", "armoured_vehicles"),
    (r"howitzer|gun|mortar|MRL|rocket launcher|self-propelled", "artillery"),
]
# compound heads that decide before the last word does ("self-propelled anti-aircraft gun" is air
# defence, not a gun's artillery; a "one-way attack drone" a missile, as SIPRI counts them)
DESC_COMPOUND = [
    (r"SAM system|air[- ]defen[cs]e system|anti-aircraft gun", "air_defence"),
    (r"loitering|one-way attack drone", "missiles"),
]
# descriptors SIPRI appends to a name ("Mistral SAM", "Bastion APC", "Pinaka 214mm")
TRAILING = re.compile(r"\s+(?:-|\d+(?:\.\d+)?mm|SAM|SAMS|SAM system|UAV|UCAV|APC|IFV|AFV|MRL|SPG|SSM|AAM|ASM|TEL|MI|Land|Naval|ATM)$")


def iso3(name: str) -> str | None:
    name = name.strip()
    if name in SIPRI_NAMES:
        return SIPRI_NAMES[name]
    if name.endswith("*"):
        return None  # organisations and armed groups
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def build_states() -> list[dict[str, str]]:
    forms = {r["iso3"]: r for r in csv.DictReader((DATA / "state_forms.csv").open(encoding="utf-8"))}
    # a name state_forms.csv gives one state is that state's alone: "Congo", pycountry's name of the
    # Republic of the Congo, is in the news the DR Congo's (eastern Congo, Goma, Kinshasa)
    claimed = {a: k for k, f in forms.items() for a in (f.get("aliases") or "").split(";") if a}
    rows = []
    for c in pycountry.countries:
        a3 = c.alpha_3
        name = NAME_OVERRIDES.get(a3) or getattr(c, "common_name", None) or c.name.split(",")[0]
        aliases = {a for a in {c.name, getattr(c, "official_name", "") or ""} - {name, ""}
                   if claimed.get(a, a3) == a3}
        f = forms.get(a3, {})
        aliases |= {a for a in (f.get("aliases") or "").split(";") if a}
        rows.append({
            "iso3": a3, "name": name, "aliases": ";".join(sorted(aliases)),
            "demonyms": f.get("demonyms", ""), "capitals": f.get("capitals", ""),
            "metonyms": f.get("metonyms", ""),
        })
    for a3, name in HISTORIC.items():
        f = forms.get(a3, {})
        rows.append({"iso3": a3, "name": name, "aliases": f.get("aliases", ""),
                     "demonyms": f.get("demonyms", ""), "capitals": f.get("capitals", ""),
                     "metonyms": f.get("metonyms", "")})
    rows.sort(key=lambda r: r["iso3"])
    return rows


def _lines(path: Path, encoding: str, skip: int) -> list[str]:
    return path.read_text(encoding=encoding).splitlines()[skip:]


def read_sipri(folder: Path) -> list[dict[str, str]]:
    """Rows of both SIPRI exports as (designation, description, category, supplier)."""
    out: list[dict[str, str]] = []
    p1 = folder / "sipri-deliveries-1995-2024/trade_register.csv"
    if p1.exists():
        lines = [ln.rstrip(";") for ln in _lines(p1, "latin-1", 11)]
        for r in csv.DictReader(io.StringIO("\n".join(lines))):
            out.append({"designation": r["Designation"], "description": r["Description"],
                        "category": CATEGORY.get(r["Armament category"], ""), "supplier": r["Supplier"],
                        "year": r["Order date"]})
    p2 = folder / "sipri-trade-register-2026/trade-register.csv"
    if p2.exists():
        lines = _lines(p2, "latin-1", 12)
        rd = csv.reader(io.StringIO("\n".join(lines)))
        next(rd, None)
        for r in rd:
            if len(r) < 8:
                continue
            out.append({"designation": r[6], "description": r[7], "category": "",
                        "supplier": r[1], "year": r[2]})
    return out


def clean_designation(d: str) -> str:
    d = d.strip()
    prev = None
    while prev != d:
        prev = d
        d = TRAILING.sub("", d).strip()
    return d


def desc_category(desc: str) -> str:
    # the head noun before the rest: an "anti-submarine aircraft" is an aircraft, an "AEW radar" a sensor
    head = desc.split()[-1] if desc.split() else ""
    for text, table in ((desc, DESC_COMPOUND), (head, DESC_CATEGORY), (desc, DESC_CATEGORY)):
        for rx, cat in table:
            if re.search(rx, text, re.IGNORECASE):
                return cat
    return "other"


def variants(d: str) -> set[str]:
    """Spelling variants of a designation: hyphen, space and none ('GM-200', 'GM 200', 'GM200')."""
    out = {d}
    if "-" in d:
        out |= {d.replace("-", " "), d.replace("-", "")}
    m = re.fullmatch(r"([A-Za-z]+)\s+(\d+\w*)", d)
    if m:
        out |= {f"{m[1]}-{m[2]}", f"{m[1]}{m[2]}"}
    return out




def _names_of_other_entities() -> set[str]:
    """Lower-cased words that name companies, states or office holders in the KB's other files."""
    words: set[str] = set()
    for name in ("companies.csv", "office_holders.csv", "state_forms.csv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words |= {w.lower() for w in re.findall(r"[A-Za-z]+", line)}
    return words


def build_systems(folder: Path) -> list[dict[str, str]]:
    rows = read_sipri(folder)
    by: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    raw_names: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        d = clean_designation(r["designation"])
        if not d or len(d) < 2 or d.lower().startswith(("unknown", "other")):
            continue
        key = d
        raw_names[key].add(r["designation"].strip(" -"))
        by[key]["description"][r["description"]] += 1
        if r["category"]:
            by[key]["category"][r["category"]] += 1
        c = iso3(r["supplier"])
        if c:
            by[key]["supplier"][c] += 1
        by[key]["n"]["deals"] += 1
    # family names shared by several designations ("BGM-109 Tomahawk" -> "Tomahawk")
    family: dict[str, list[str]] = defaultdict(list)
    for key in by:
        m = re.fullmatch(r"[A-Z0-9][\w/.]*-[\w/.-]*\s+([A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?)", key)
        if m:
            family[m[1]].append(key)
        # ... and the blocks of a named system ("Harpoon Block-1" -> "Harpoon")
        m = re.fullmatch(r"([A-Z][a-z]{3,})\s+(?:Block|Mk|Mark|Batch|Increment)[- ]?\w+", key)
        if m:
            family[m[1]].append(key)
    out: list[dict[str, str]] = []
    for key, info in by.items():
        desc = info["description"].most_common(1)[0][0]
        cat = info["category"].most_common(1)[0][0] if info["category"] else desc_category(desc)
        origin = info["supplier"].most_common(1)[0][0] if info["supplier"] else ""
        aliases = set()
        for v in raw_names[key] | {key}:
            aliases |= variants(v)
        aliases.discard(key)
        out.append({"designation": key, "category": cat, "description": desc, "origin": origin,
                    "manufacturer": "", "aliases": ";".join(sorted(aliases)),
                    "deals": str(info["n"]["deals"]), "source": "SIPRI"})
    # a bare everyday word or name ("Hunter", "Maritime") is kept only when SIPRI lists the
    # system often and the word is not on the stoplist; curated rows come back below
    stop = set((DATA / "system_name_stoplist.txt").read_text(encoding="utf-8").split()) - {"#"}
    stop = {w for w in stop if w[:1].isupper()}
    # a rarer one (three to seven deals: "Anka", "Atmaca", "Krab") is kept as a name that counts
    # as a weapon only beside a weapon noun ("Anka drones"); not one that names a company, a
    # state or a person the KB knows
    taken = _names_of_other_entities() | {k.lower() for k in family}  # (a family's name stays a full name)
    extra_file = DATA / "systems_extra.csv"
    extra_rows = list(csv.DictReader(extra_file.open(encoding="utf-8"))) if extra_file.exists() else []
    taken |= {r["designation"].lower() for r in extra_rows}
    for r in out:
        if re.fullmatch(r"[A-Z][a-z]+", r["designation"]) and 3 <= int(r["deals"]) < 8 \
                and r["designation"] not in stop and r["designation"].lower() not in taken:
            r["source"] = RARE_NAME_SOURCE
    out = [r for r in out if not re.fullmatch(r"[A-Z][a-z]+", r["designation"]) or r["source"] == RARE_NAME_SOURCE
           or (int(r["deals"]) >= 8 and r["designation"] not in stop)]
    for r in out:
        r["aliases"] = ";".join(a for a in r["aliases"].split(";") if a and a not in stop)
    # code families: "F-15C Eagle", "F-15E Strike Eagle" -> "F-15"; "Su-30MKI" -> "Su-30"
    for key in by:
        m = re.match(r"^([A-Z][A-Za-z]{0,3}-\d{1,3})[A-Z]{0,4}(?:\b|$)", key)
        if m and m[1] != key:
            family[m[1]].append(key)
    known = {r["designation"] for r in out}
    for fam, members in family.items():
        if fam in stop:
            continue
        if fam in known:
            continue
        first = max(members, key=lambda k: by[k]["n"]["deals"])
        base = next(r for r in out if r["designation"] == first)
        out.append({**base, "designation": fam, "aliases": ";".join(sorted(variants(fam) - {fam})),
                    "deals": str(sum(by[k]["n"]["deals"] for k in members)),
                    "source": "SIPRI (family of " + "; ".join(sorted(members)[:5]) + ")"})
    if extra_rows:
        rows_by = {r["designation"]: r for r in out}
        for r in extra_rows:
            tgt = rows_by.get(r["designation"])
            if tgt is None:
                tgt = {"designation": r["designation"], "category": r["category"], "description": r["description"],
                       "origin": r["origin"], "manufacturer": r.get("manufacturer", ""), "aliases": "",
                       "deals": "0", "source": r["source"]}
                out.append(tgt)
                rows_by[r["designation"]] = tgt
            al = {a for a in tgt["aliases"].split(";") if a} | {a for a in r["aliases"].split(";") if a}
            for a in list(al):
                al |= variants(a)
            al.discard(tgt["designation"])
            tgt["aliases"] = ";".join(sorted(al))
            if r.get("origin") and r["origin"] != tgt["origin"]:
                # a curated common name says what the name means in today's news ("Javelin"
                # is the US anti-tank missile, not SIPRI's older British SAM of that name)
                tgt["origin"] = r["origin"]
                tgt["description"] = r.get("description") or tgt["description"]
            for col in ("manufacturer", "category"):
                if r.get(col):
                    tgt[col] = r[col]
    out.sort(key=lambda r: r["designation"])
    return out


def write(path: Path, rows: list[dict[str, str]], note: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(note)
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sipri-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data")
    a = ap.parse_args()
    write(DATA / "states.csv", build_states(),
          "# Generated by scripts/build_kb.py: names from pycountry (ISO 3166-1), forms from state_forms.csv.\n")
    write(DATA / "systems.csv", build_systems(a.sipri_dir),
          "# Generated by scripts/build_kb.py from the SIPRI Arms Transfers Database (c) SIPRI\n"
          "# (https://www.sipri.org/databases/armstransfers; free non-commercial use with attribution)\n"
          "# and systems_extra.csv (common names; source per row).\n")


if __name__ == "__main__":
    main()
