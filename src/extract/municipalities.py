"""The register of Sweden's 290 municipalities (SCB kommunkod, county, police region).

Reports name municipalities in official forms: the genitive with "kommun"
("Härjedalens kommun"), "Stad" ("Borås Stad"), "Region Gotland", and in
coordinations ("Hudiksvalls och Nordanstigs kommuner", "Nacka-, Värmdö- och Tyresö
kommun"). Only those forms count as
the municipality giving promises: a bare place name is often just a place, and a
lokalpolisområde is named after a town that may be another municipality.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.lexicon import data_text, toml_data


@dataclass(frozen=True, slots=True)
class Kommun:
    kommunkod: str
    name: str
    county: str
    police_region: str


@dataclass(frozen=True, slots=True)
class Mention:
    kommun: Kommun
    start: int
    end: int
    official: bool


@cache
def register() -> dict[str, Kommun]:
    """All municipalities by kommunkod, read from the shipped municipalities.csv."""
    reader = csv.DictReader(data_text("municipalities.csv").splitlines())
    return {
        row["kommunkod"]: Kommun(row["kommunkod"], row["kommun"], row["lan"], row["polisregion"])
        for row in reader
    }


def genitive(name: str) -> str:
    """Swedish genitive of a place name: Härjedalen -> Härjedalens, Borås -> Borås."""
    return name if name[-1].lower() in "sxz" else name + "s"


@cache
def _forms() -> dict[str, Kommun]:
    """Lower-cased name forms (base and genitive) to the municipality they name."""
    forms: dict[str, Kommun] = {}
    for kommun in register().values():
        forms[kommun.name.lower()] = kommun
        forms[genitive(kommun.name).lower()] = kommun
    for alias, name in _ALIASES.items():
        forms[alias] = forms[name]
    return forms


@cache
def districts() -> dict[str, Kommun]:
    """City districts (data/districts.toml) by name, each to its municipality; a kommunkod
    that is not in the register, or a name given to two municipalities, is an error on load."""
    found: dict[str, Kommun] = {}
    for code, names in toml_data("districts.toml").items():
        kommun = register().get(code)
        if kommun is None or not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ValueError(f"districts.toml: {code!r} is no kommunkod with a list of district names")
        for name in names:
            if name in found and found[name] != kommun:
                raise ValueError(f"districts.toml: {name!r} is given to two municipalities")
            found[name] = kommun
    return found


@cache
def _district_pattern() -> re.Pattern[str]:
    names = sorted(districts(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def find_districts(text: str) -> list[Kommun]:
    """Rule district-of-city: the municipalities whose districts a text names, as written
    (capitalised, a whole word: "Lundby", "Västra Hisingen"), in order."""
    return list(dict.fromkeys(kommun for _, kommun in district_names(text)))


def district_names(text: str) -> list[tuple[str, Kommun]]:
    """Each district name a text holds (data/districts.toml), with its municipality, in order."""
    return [(match.group(0), districts()[match.group(0)]) for match in _district_pattern().finditer(text)]


def names_one(word: str) -> bool:
    """Is `word` the name of a municipality, or its genitive ("Nässjö", "Nässjös")?"""
    return word.lower() in _forms()


# Official names that are not the genitive of the short name.
_ALIASES = {"falu": "falun"}


_NAME = r"[A-ZÅÄÖÉ][\w]*(?:[- ][A-ZÅÄÖÉ][\w]*)?"
_REGION = r"(?P<region>\bRegion\s+Gotland\b)"
_NAMES = rf"(?P<names>(?:{_NAME}\s*,\s*)*{_NAME}\s+(?:och|samt)\s+{_NAME})\s+kommuner\b"
_ONE = rf"(?P<name>{_NAME})\s+(?:kommuns?|stads?)\b"
# Rule plural-after: "kommunerna Stenungsund, Orust och Tjörn" (the names after the word, each
# capitalised, as they stand in the text)
_AFTER = (rf"\bkommunerna\s+(?P<after>(?-i:{_NAME})(?:\s*,\s*(?-i:{_NAME}))*"
          rf"(?:\s+(?:och|samt)\s+(?-i:{_NAME}))?)")
# "Nacka-, Värmdö- och Tyresö kommun": the names before the last, each with a hyphen for the
# word they share (Swedish writes a compound's common part once)
_ELIDED = rf"(?P<elided>(?:{_NAME}-\s*,?\s*)+(?:och|samt)\s+{_NAME})\s+(?:kommuner|kommuns?)\b"


@cache
def _official(region: bool, names: bool, elided: bool = False, after: bool = False) -> re.Pattern[str]:
    """The official forms as one pattern, without the alternatives a text cannot match (no
    "region", no "kommuner", no "-," or "- och", no "kommunerna"): the coordinations of names
    are tried at every word and cost most."""
    parts = [part for part, needed in ((_REGION, region), (_NAMES, names), (_ELIDED, elided), (_AFTER, after),
                                       (_ONE, True))
             if needed]
    return re.compile("|".join(parts), re.IGNORECASE)
_BARE = re.compile(rf"\b{_NAME}\b")
_OFFICIAL_WORDS = ("kommun", "stad", "region")  # one of them is in every official form


def find(text: str) -> list[Mention]:
    """Official-form mentions of municipalities in `text`, in order."""
    return list(_find(text))


@lru_cache(maxsize=4096)
def _find(text: str) -> tuple[Mention, ...]:
    """Found once per text: the language stage and the report's decision on its municipalities
    both read every block, and the pattern, tried at every word, is costly."""
    folded = text.casefold()
    if not any(word in folded for word in _OFFICIAL_WORDS):
        return ()  # most texts name no municipality: the costly pattern need not run
    mentions: list[Mention] = []
    elided = re.search(r"\w-\s*(?:,|och\b|samt\b)", text) is not None
    for match in _official("region" in folded, "kommuner" in folded, elided, "kommunerna" in folded).finditer(text):
        groups = match.groupdict()
        if groups.get("region"):
            gotland = _forms().get("gotland")
            if gotland:
                mentions.append(Mention(gotland, match.start(), match.end(), True))
        elif groups.get("names") or groups.get("elided") or groups.get("after"):
            names = groups.get("names") or groups.get("elided") or groups["after"]
            for part in re.split(r"-?\s*,\s*|-?\s+(?:och|samt)\s+", names):
                found = _lookup(part)
                kommun = found[0] if found else None
                if kommun:
                    mentions.append(Mention(kommun, match.start(), match.end(), True))
        else:
            found = _lookup(match.group("name"))
            if found:
                # "I Kristianstads kommun": the mention starts at the name, not at the word before it
                mentions.append(Mention(found[0], match.start("name") + found[1], match.end(), True))
    return tuple(mentions)


def find_bare(text: str) -> list[Mention]:
    """Capitalised municipality names without "kommun": a weaker, fallback signal."""
    mentions = []
    for match in _BARE.finditer(text):
        kommun = _forms().get(match.group(0).lower())
        if kommun and match.group(0)[0].isupper():
            mentions.append(Mention(kommun, match.start(), match.end(), False))
            continue
        if " " not in match.group(0):
            continue
        # two capitalised words that name no municipality together: each may name one on its
        # own ("Medborgarlöfte Tidaholm 2025", "Skara Trygghetsvandring")
        for word in re.finditer(r"[^\s-]+", match.group(0)):
            kommun = _forms().get(word.group(0).lower())
            if kommun:
                mentions.append(Mention(kommun, match.start() + word.start(), match.start() + word.end(), False))
    return mentions


def _lookup(name: str) -> tuple[Kommun, int] | None:
    """The municipality a captured name refers to, and where in `name` its words begin:
    "för Hudiksvalls" tries "Hudiksvalls" (at 4) after the whole."""
    for word in re.finditer(r"\S+", name):
        kommun = _forms().get(" ".join(name[word.start():].split()).lower())
        if kommun is not None:
            return kommun, word.start()
    return None
