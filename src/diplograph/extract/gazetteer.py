"""Stage 3: recognise named entities from a gazetteer: countries (names, demonyms, capitals),
intergovernmental organisations (with former names) and known persons (with aliases).

Countries come from pycountry plus our own table of extra names, demonyms and capitals
(``data/countries.tsv``); organisations from ``data/organisations.tsv``; persons, and any entity the
curators already know, from ``graph/sources/entities.yaml`` when it is given. Matching is on
accent-folded, lower-cased word tokens, so "Szijjarto" finds "Szijjártó".

>>> g = Gazetteer.build()
>>> [(m.entity, m.kind) for m in g.find("The Chilean minister flew to Lima and met the African Union.")]
[('chile', 'demonym'), ('lima', 'capital'), ('african-union', 'name')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import ExtractionError
from ..names import fold, slug

__all__ = ["Gazetteer", "GEntity", "Mention", "fold", "slug", "tokens"]

_TOKEN = re.compile(r"\w+")
#: a building, venue or institution named after a word that may also be a town's name
_BUILDING = re.compile(r"\s+(?:Palace|Hotel|Hall|Airport|Stadium|Arena|Centre|Center|Tower|House|Castle|Villa|Residence|Square|"
                       r"Street|Avenue|Road|Park|Gardens?|Mosque|Cathedral|Church|Temple|University|College|Institute|Museum|Theatre|Theater)\b")
#: words after which a capitalised name is a place ("in Samarkand", "visited Cholpon-Ata")
_PLACE_CUES = {"in", "to", "at", "from", "near", "visited", "visiting", "visits", "via", "outside", "between", "mayor"}
#: words after which a capitalised name is a place: "the Samarkand summit", "Turkistan Municipality"
_PLACE_AFTER = {"summit", "summits", "municipality", "municipalities", "city", "mayor", "governorate", "province", "region"}
_PLACE_CUES2 = {("city", "of"), ("town", "of"), ("held", "in"), ("capital", "of"), ("mayor", "of"), ("governor", "of"), ("municipality", "of"),
                ("cities", "of"), ("towns", "of"), ("twinned", "with"), ("link", "with"), ("hokim", "of")}
#: a sentence about a city's twins, where the capitalised names of a list are places
_TWIN_CONTEXT = re.compile(r"\b(?:sister[-\s]cit(?:y|ies)|twin(?:ned|ning)?\s+(?:towns?|cit(?:y|ies)|with|links?|partners?))\b", re.I)
_TWIN_SUBJECT = re.compile(r"(?:['’]s\s+(?:sister[-\s]cit|twin\s+(?:towns?|cit))|\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|already\s+)?twinned\b|\s+(?:already\s+|also\s+)?(?:maintains|has)\s+sister[-\s]cit)", re.I)
_TWIN_LIST_CUES = {"with", "include", "includes", "including", "are", "and"}
_CALENDAR_WORDS = set("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_LOWER_OK = {"of", "the", "and", "for", "de", "du", "da", "d", "la", "le", "el", "al", "van", "von", "s", "c", "republic",
             "es", "am", "upon", "sur", "en", "del", "do", "dos", "das", "los", "las"}  # "Dar es Salaam", "Frankfurt am Main"


def tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(text)))


@dataclass(frozen=True)
class GEntity:
    """A gazetteer entity: id, type (``country``, ``organisation``, ``person``, ``city``), label, extras."""

    id: str
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Mention:
    """An entity named in the text: span, entity id, its type and how it was named."""

    start: int
    end: int
    entity: str
    type: str
    kind: str = "name"  # name, demonym, capital, alias, title, coreference
    info: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str | None:
        return dict(self.info).get(key)


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("diplograph.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _country_label(name: str, extras: list[str]) -> str:
    if "," in name and extras:
        return extras[0]
    return name.split(",")[0].strip()


class Gazetteer:
    """Surface forms (as token tuples) -> entities; build once, use for many documents."""

    def __init__(self) -> None:
        self.entities: dict[str, GEntity] = {}
        self.forms: dict[tuple[str, ...], list[tuple[str, str, bool]]] = {}
        self.max_len = 1
        self.country_by_iso3: dict[str, str] = {}
        #: surname key (:func:`.namekey.name_key`) -> known persons of that surname
        self.persons_by_surname: dict[str, list[str]] = {}
        self.country_by_iso2: dict[str, str] = {}
        #: look cities up in the world gazetteer (:mod:`.places`) where a place is expected
        self.world = False

    # -- building ---------------------------------------------------------------------------------
    def add_entity(self, entity: GEntity) -> None:
        self.entities[entity.id] = entity
        for label in (entity.label, *entity.alt_labels):
            self.add_form(label, entity.id, "name")
        if entity.type == "person":
            from .namekey import name_key

            for label in (entity.label, *entity.alt_labels):
                toks = tokens(label)
                if len(toks) >= 2 and len(toks[-1]) > 2:
                    ids = self.persons_by_surname.setdefault(name_key(toks[-1]), [])
                    if entity.id not in ids:
                        ids.append(entity.id)

    def add_form(self, form: str, entity_id: str, kind: str) -> None:
        toks = tokens(form)
        if not toks:
            return
        caps = form.isupper() and len(form.replace(" ", "")) <= 6
        entries = self.forms.setdefault(toks, [])
        if not any(e[0] == entity_id for e in entries):
            entries.append((entity_id, kind, caps))
        self.max_len = max(self.max_len, len(toks))

    @classmethod
    def build(cls, entities_file: Path | str | None = None, *, world: bool = True) -> "Gazetteer":
        """The built-in gazetteer, with the curated entities of ``entities_file`` (if given) taking precedence."""
        import pycountry  # imported here: loading its database is not free

        g = cls()
        curated = _read_curated(entities_file) if entities_file else []
        curated_iso = {str(e.values.get("iso3")): e for e in curated if e.type == "country"}
        curated_forms = {tokens(label): e for e in curated for label in (e.label, *e.alt_labels)}
        extra = {row[0]: row for row in _read_tsv("countries.tsv")}
        for c in pycountry.countries:
            row = extra.get(c.alpha_3, [c.alpha_3, "", "", ""])
            row = row + [""] * (4 - len(row))
            names = [n for n in row[1].split(";") if n]
            label = _country_label(getattr(c, "common_name", None) or c.name, names)
            known = curated_iso.get(c.alpha_3)
            cid = known.id if known else slug(label)
            g.country_by_iso3[c.alpha_3] = cid
            g.country_by_iso2[c.alpha_2] = cid
            demonyms = [d for d in row[2].split(";") if d]
            g.add_entity(GEntity(cid, "country", known.label if known else label, (), {"iso3": c.alpha_3, "demonym": demonyms[0] if demonyms else ""}))
            for n in {c.name, getattr(c, "official_name", "") or "", getattr(c, "common_name", "") or "", *names}:
                if n and "," not in n:
                    g.add_form(n, cid, "name")
            for d in demonyms:
                g.add_form(d, cid, "demonym")
            for cap in (x for x in row[3].split(";") if x):
                city_id = f"{slug(cap)}"
                if city_id == cid:
                    continue  # Singapore, Luxembourg, Djibouti: a city-state stays the country its name names
                g.add_entity(GEntity(city_id, "city", cap, (), {"country": cid}))
                g.forms[tokens(cap)] = [(city_id, "capital", False)]
        for row in _read_tsv("organisations.tsv"):
            oid, label = row[0], row[1]
            alts = tuple(a for a in (row[2].split(";") if len(row) > 2 else []) if a)
            known = next((curated_forms[tokens(x)] for x in (label, *alts) if tokens(x) in curated_forms), None)
            g.add_entity(GEntity(known.id if known else oid, "organisation", known.label if known else label, alts))
        for e in curated:  # the curators' entities win: their ids and their spelling variants
            if e.type == "country" and str(e.values.get("iso3")) in g.country_by_iso3:
                g.add_form(e.label, e.id, "name")
                for a in e.alt_labels:
                    g.add_form(a, e.id, "name")
                if e.values.get("demonym"):
                    g.add_form(str(e.values["demonym"]), e.id, "demonym")
                continue
            if e.type in ("person", "organisation", "city"):
                g.add_entity(e)
                if e.type == "city":
                    for label in (e.label, *e.alt_labels):
                        g.forms[tokens(label)] = [(e.id, "name", False)]
            else:
                g.entities.setdefault(e.id, e)
        g.world = world
        return g

    # -- lookup -----------------------------------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every gazetteer entity named in ``text[start:end]``, longest match first, left to right."""
        folded = _fold_text(text) if start == 0 and end is None else _fold_text(text[start:end])
        toks = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(folded)]
        out: list[Mention] = []
        i = 0
        longest = self._longest_by_first()
        while i < len(toks):
            first = longest.get(toks[i][2])
            if first is None:
                i += 1
                continue
            for n in range(min(first, len(toks) - i), 0, -1):
                key = tuple(t[2] for t in toks[i : i + n])
                entries = self.forms.get(key)
                if not entries:
                    continue
                s, e = toks[i][0], toks[i + n - 1][1]
                if not _cased(text[s:e], entries[0][2]):
                    continue
                if _inside_hyphenated_name(text, s, e, n):
                    continue
                if n == 1 and _REGION_BEFORE.search(text, max(0, s - 9), s) and self.entities[entries[0][0]].type == "country":
                    continue  # "South America", "Central Asia": a region, not the country "America"
                ent, kind, _ = entries[0]
                out.append(Mention(s, e, ent, self.entities[ent].type, kind))
                i += n
                break
            else:
                i += 1
        if self.world:
            out = self._world_places(text, toks, out)
        return out

    def _world_places(self, text: str, toks: list[tuple[int, int, str]], found: list[Mention]) -> list[Mention]:
        """Cities of the world gazetteer named where a place is expected: after "in", "to", "at", "from",
        "near", "city of", a visit verb, or before ", <country>" ("Cholpon-Ata, Kyrgyzstan")."""
        taken = {m.start for m in found}
        ends = {m.end: m for m in found}
        by_start = {m.start: m for m in found}
        covered = {p for m in found for p in range(m.start + 1, m.end)}
        extra: list[Mention] = []
        for i, (s, _e, word) in enumerate(toks):
            if s in taken or s in covered or not text[s].isupper() or word in _CALENDAR_WORDS:
                continue  # "in March 2019": a month, not the town of March
            cue = (i > 0 and toks[i - 1][2] in _PLACE_CUES and toks[i - 1][1] + 2 >= s) or any(
                j < len(toks) and toks[j][2] in _PLACE_AFTER and toks[j][0] - toks[j - 1][1] <= 2 for j in (i + 1, i + 2)) or (
                i > 1 and toks[i - 1][2] == "and" and any(m.end == toks[i - 2][1] and m.type == "city" for m in [*ends.values(), *extra])) or (
                i + 3 < len(toks) and toks[i + 1][2] == "and" and toks[i + 3][2] in ("municipalities", "cities"))
            if not cue and i > 0 and (toks[i - 1][2] in _TWIN_LIST_CUES or text[s - 2 : s] == ", "):
                window = text[max(0, s - 200) : s]
                twin = next(reversed(list(_TWIN_CONTEXT.finditer(window))), None) if "win" in window or "ister" in window else None
                # a list of twins in the same sentence: "sister cities include Leeds, Kumasi and Trondheim in Norway"
                cue = twin is not None and not re.search(r"[.;]\s", window[twin.end() :])
            if not cue and _TWIN_SUBJECT.match(text, toks[i][1]) and (i == 0 or not text[toks[i - 1][0]].isupper()):
                cue = True  # the city whose twins follow: "Kisumu's sister cities", "Kisumu is also twinned with"
            if not cue and (i < 2 or (toks[i - 2][2], toks[i - 1][2]) not in _PLACE_CUES2):
                cue = False
                # "Cholpon-Ata, Kyrgyzstan": a name before a country
                for n in (3, 2, 1):
                    if i + n <= len(toks):
                        after = text[toks[i + n - 1][1] : toks[i + n - 1][1] + 3]
                        nxt = by_start.get(toks[i + n - 1][1] + 2) if after.startswith(", ") else None
                        if nxt is not None and nxt.type == "country" and nxt.kind != "demonym" and text[nxt.end : nxt.end + 2] not in ("'s", "’s"):
                            # ("Ana Ruiz, Chilean ...", "Ana Ruiz, Chile's minister": no place)
                            cue = True
                            break
                if not cue:
                    continue
            if s - 1 in ends:
                continue
            hit = self._world_city(text, toks, i)
            if hit is not None and _BUILDING.match(text, hit.end):
                continue  # "at Bayan Palace", "at the Kempinski Hotel": a building's name, no town of that name
            if hit is not None:
                extra.append(hit)
                taken.add(hit.start)
        if not extra:
            return found
        # a city found where a place was expected is the same city where the text names it again ("Samarkand has ...")
        again: dict[tuple[str, ...], Mention] = {}
        for m in extra:
            again.setdefault(tuple(t[2] for t in toks if m.start <= t[0] < m.end), m)
        taken |= {m.start for m in extra}
        covered |= {p for m in extra for p in range(m.start + 1, m.end)}
        for key, m in again.items():
            n = len(key)
            for i in range(len(toks) - n + 1):
                s = toks[i][0]
                if s in taken or s in covered or tuple(t[2] for t in toks[i : i + n]) != key or not text[s].isupper() or s - 1 in ends:
                    continue
                e = toks[i + n - 1][1]
                if text[s:e] == text[m.start : m.end]:
                    extra.append(Mention(s, e, m.entity, "city", "name"))
                    taken.add(s)
        return sorted(found + extra, key=lambda m: (m.start, m.end))

    def _world_city(self, text: str, toks: list[tuple[int, int, str]], i: int) -> Mention | None:
        from .places import world_cities

        cities = world_cities()
        for n in (4, 3, 2, 1):
            if i + n > len(toks):
                continue
            s, e = toks[i][0], toks[i + n - 1][1]
            surface = text[s:e]
            if not all(w[:1].isupper() or w.lower() in _LOWER_OK for w in re.split(r"[\s-]+", surface)) or "\n" in surface:
                continue
            hit = cities.get(" ".join(t[2] for t in toks[i : i + n]))
            if hit is None:
                continue
            name, cc, _pop = hit
            country = self.country_by_iso2.get(cc)
            if country is None:
                return None
            cid = slug(name)
            known = self.entities.get(cid)
            if known is None or known.type != "city":
                if known is not None:
                    cid = f"{cid}-{slug(self.entities[country].label)}"
                self.entities.setdefault(cid, GEntity(cid, "city", name, (), {"country": country}))
            return Mention(s, e, cid, "city", "name")
        return None

    def _longest_by_first(self) -> dict[str, int]:
        """The longest form (in tokens) starting with each token; rebuilt when forms were added."""
        cached = self.__dict__.get("_by_first")
        if cached is None or cached[0] != len(self.forms):
            index: dict[str, int] = {}
            for key in self.forms:
                index[key[0]] = max(index.get(key[0], 0), len(key))
            cached = (len(self.forms), index)
            self.__dict__["_by_first"] = cached
        return cached[1]

    def bodies(self, etype: str) -> list[GEntity]:
        """Known entities of one type (parliaments, ministries, ...), for matching titles against them."""
        cache = self.__dict__.setdefault("_bodies", {})
        if etype not in cache:
            cache[etype] = [e for e in self.entities.values() if e.type == etype]
        return list(cache[etype])

    def country_of(self, entity_id: str) -> str | None:
        """The country an entity belongs to: itself for a country, its country for a city, a person's nationality."""
        e = self.entities.get(entity_id)
        if e is None:
            return None
        if e.type == "country":
            return e.id
        value = e.values.get("country") or e.values.get("nationality")
        return str(value) if value else None


_ASCII_LOWER = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _fold_text(text: str) -> str:
    """:func:`fold` of a long text, one table lookup per character instead of one call.

    >>> _fold_text("Péter Szijjártó met ÇAVUŞOĞLU") == fold("Péter Szijjártó met ÇAVUŞOĞLU")
    True
    """
    if text.isascii():
        return text.lower()
    table = dict(_ASCII_LOWER)
    table.update({ord(c): fold(c) for c in set(text) if not c.isascii()})
    return text.translate(table)


def _cased(surface: str, all_caps: bool) -> bool:
    if all_caps:
        return surface.isupper()
    words = surface.split()  # "Turkic-speaking" is one word: only its first letter counts
    # an elided particle carries its word: "Côte d'Ivoire", "Côte d’ivoire" as some write it
    lower = [w for w in words if not (w[0].isupper() or w[0].isdigit() or fold(w) in _LOWER_OK or re.match(r"[dl]['’]\w", w))]
    # a long name may carry one word in lower case as written ("Cooperation Council of Turkic-speaking states")
    return words[0][0].isupper() and (not lower or len(words) >= 4 and len(lower) == 1)


#: a compass word before a one-word country name makes a region of it ("South America", "Latin America")
_REGION_BEFORE = re.compile(r"\b(?:South|North|Central|Latin|East|West|Southeast|South-East|Northeast|Southern|Northern|Eastern|Western)[ -]$")


def _inside_hyphenated_name(text: str, s: int, e: int, n: int) -> bool:
    """'Port-au-Prince' holds 'Prince'; a token glued to letters by an apostrophe is no name either."""
    return s > 0 and text[s - 1] in "'’ʻ" and s > 1 and text[s - 2].isalpha()


def _read_curated(path: Path | str) -> list[GEntity]:
    p = Path(path)
    if not p.is_file():
        return []
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ExtractionError(f"{p}: cannot read the known entities ({exc}); fix the file or pass another --entities") from None
    out = []
    for rec in data if isinstance(data, list) else []:
        if not isinstance(rec, dict) or not rec.get("id") or not rec.get("label"):
            continue
        alts = tuple(str(a) for a in rec.get("alt_labels") or ())
        values = {k: v for k, v in rec.items() if k not in ("id", "type", "label", "alt_labels", "wikidata")}
        out.append(GEntity(str(rec["id"]), str(rec.get("type")), str(rec["label"]), alts, values))
    return out

