"""A deterministic generator of synthetic diplomatic graphs in the shape of ``graph/``, streamed as N-Quads.

The shape follows the built graph: the ontology in ``graph:ontology``, actors in ``graph:entities``, and
one named graph per (synthetic) source document with its fact nodes (``dg:Visit``, ``dg:Position``,
``dg:Membership``, ...), their provenance (``dcterms:source``, ``dg:evidence`` -> passage -> text position
selector) and the direct relations the rules in ``ontology/rules`` would materialise from them, and the
``graph:summary`` the rules in ``ontology/rules/summary`` would count (names of countries and organisations,
tallies of visits per year and direction, of dated facts per country, kind and year, and of documents per
direct relation between countries and organisations). About 200
countries and 50 organisations; persons grow with the size. Dates come at mixed precision
(``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``). The first document holds one fact of each kind and uses
the entities the named queries default to (``kazakhstan``, ``azerbaijan``, ``zsolt-cutora``), so every named
query returns rows at any size.

>>> import io
>>> buf = io.StringIO()
>>> n = write_nquads(buf, 2_000, seed=1)
>>> n >= 2_000 and buf.getvalue().count("\\n") == n
True
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

__all__ = ["write_nquads", "generate_file", "GraphShape"]

DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
DOC = "https://w3id.org/diplograph/doc/"
GRAPH = "https://w3id.org/diplograph/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
DCT = "http://purl.org/dc/terms/"

REAL_COUNTRIES = [("azerbaijan", "Azerbaijan"), ("hungary", "Hungary"), ("kazakhstan", "Kazakhstan"), ("kyrgyzstan", "Kyrgyzstan")]
REAL_ORGS = [("organization-of-turkic-states", "Organization of Turkic States"), ("council-of-europe", "Council of Europe")]
_SYL = ["al", "bar", "cor", "dan", "el", "fir", "gal", "hes", "ir", "jor", "kal", "lin", "mor", "nes", "or", "pra",
        "quel", "ros", "sar", "tal", "ur", "val", "wen", "xan", "yor", "zel"]
_ENDS = ["ia", "land", "stan", "ova", "ea", "ador", "istan", "uria"]
_FIRST = ["Amir", "Bela", "Chen", "Dana", "Emre", "Farid", "Greta", "Hana", "Ivan", "Jana", "Kemal", "Lena", "Marat",
          "Nora", "Omar", "Petra", "Rustam", "Sara", "Timur", "Ulla", "Vera", "Yusuf", "Zoltan", "Aida", "Bolat"]
_LAST = ["Abdi", "Balogh", "Demir", "Eriksen", "Fodor", "Guliyev", "Horvath", "Ibrahimov", "Juhasz", "Kovacs",
         "Lakatos", "Mammadov", "Nagy", "Orazov", "Papp", "Rahimov", "Szabo", "Toth", "Usenov", "Varga", "Yilmaz", "Zhakupov"]
_ORG_KINDS = ["Cooperation Council", "Economic Union", "Forum", "Assembly", "Development Bank", "Partnership", "Organisation"]
_TOPICS = ["trade", "energy", "education", "culture", "tourism", "transport", "health", "agriculture", "science", "defence"]
_ROLES = [("President", "President"), ("PrimeMinister", "Prime Minister"), ("Minister", "Minister of Foreign Affairs"),
          ("DeputyMinister", "Deputy Minister of Foreign Affairs"), ("Speaker", "Speaker of Parliament"),
          ("StateSecretary", "State Secretary")]
_KINDS = ["OfficialVisit", "WorkingVisit", "StateVisit"]
_FACT_KINDS = ["visit", "position", "ambassador", "membership", "signing", "meeting", "summit", "trade", "award",
               "recognition", "relations", "embassy", "partnership", "twinning"]
_FACT_WEIGHTS = [40, 10, 6, 6, 8, 8, 3, 5, 2, 2, 2, 2, 3, 3]


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str, lang: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def _typed(value: str, dtype: str) -> str:
    return f'"{value}"^^<{XSD}{dtype}>'


@dataclass
class GraphShape:
    """What was generated: triples and instances per kind (for the report)."""

    triples: int = 0
    documents: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    persons: int = 0


class _Gen:
    def __init__(self, out: IO[str], target: int, seed: int, ontology_lines: list[str]) -> None:
        self.out, self.target, self.rnd = out, target, random.Random(seed)
        self.shape = GraphShape()
        self.ontology_lines = ontology_lines
        self.buf: list[str] = []
        rnd = self.rnd
        names: dict[str, str] = {}
        while len(names) < 196:
            name = (rnd.choice(_SYL) + rnd.choice(_SYL)).capitalize() + rnd.choice(_ENDS)
            slug = name.lower()
            if slug not in names and slug not in dict(REAL_COUNTRIES):
                names[slug] = name
        self.countries = REAL_COUNTRIES + sorted(names.items())
        onames: dict[str, str] = {}
        while len(onames) < 48:
            name = f"{(rnd.choice(_SYL) + rnd.choice(_SYL)).capitalize()} {rnd.choice(_ORG_KINDS)}"
            slug = name.lower().replace(" ", "-")
            onames.setdefault(slug, name)
        self.orgs = REAL_ORGS + sorted(onames.items())
        # a few countries take most of the news: Zipf-like weights
        self.cweights = _cum([1.0 / (i + 1) ** 0.8 for i in range(len(self.countries))])
        self.cities = [(f"{c}-city-{k}", f"{label} City {k}", c) for c, label in self.countries for k in range(3)]
        self.awards = [(f"order-of-{s}", f"Order of {lab}", self.orgs[i % len(self.orgs)][0]) for i, (s, lab) in enumerate(self.countries[:20])]
        self.n_persons = max(60, target // 20)
        self.persons_emitted: dict[int, str] = {}
        self.person_country: dict[int, str] = {}
        self.positions: dict[int, str] = {}
        self.counter = 0
        # what the summary rules would count
        self.country_iris = {_iri(ID + slug): slug for slug, _ in self.countries}
        self.hubs = {slug for slug, _ in self.countries} | {slug for slug, _ in self.orgs}
        self.visit_tally: dict[tuple[str, str, str], int] = {}
        self.fact_tally: dict[tuple[str, str, str], int] = {}
        self.pair_tally: dict[tuple[str, str, str], int] = {}
        self.doc_pairs: set[tuple[str, str, str]] = set()
        self.cur: tuple[str, str, set[str], list[str]] | None = None  # class, subject, countries named, [start year]
        # labels by IRI, for the names of parties and participants on the fact (ontology/rules/summary/party-names.rq)
        self.labels: dict[str, str] = {_iri(ID + slug): label for slug, label in self.countries + self.orgs}
        self.labels.update({_iri(ID + slug): label for slug, label, _ in self.cities})
        self.named: set[tuple[str, str, str]] = set()

    # -- output ------------------------------------------------------------------------------------
    def q(self, s: str, p: str, o: str, g: str) -> None:
        self.buf.append(f"{s} {p} {o} {g} .\n")

    def flush(self) -> None:
        self.out.write("".join(self.buf))
        self.shape.triples += len(self.buf)
        self.buf.clear()

    # -- entities ----------------------------------------------------------------------------------
    def entities(self) -> None:
        g = _iri(GRAPH + "entities")
        summary = _iri(GRAPH + "summary")
        for slug, label in self.countries:
            s = _iri(ID + slug)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "Country"), g)
            self.q(s, _iri(LABEL), _lit(label), g)
            self.q(s, _iri(DG + "iso3166Alpha3"), _lit(slug[:3].upper()), g)
            self.q(s, _iri(DG + "name"), _lit(label), summary)
        for slug, label in self.orgs:
            s = _iri(ID + slug)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "IntergovernmentalOrganisation"), g)
            self.q(s, _iri(LABEL), _lit(label), g)
            self.q(s, _iri(DG + "name"), _lit(label), summary)
        for slug, label, country in self.cities:
            s = _iri(ID + slug)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "City"), g)
            self.q(s, _iri(LABEL), _lit(label), g)
            self.q(s, _iri(SCHEMA + "containedInPlace"), _iri(ID + country), g)
        for slug, label, org in self.awards:
            s = _iri(ID + slug)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "Award"), g)
            self.q(s, _iri(LABEL), _lit(label), g)
            self.q(s, _iri(DG + "conferredBy"), _iri(ID + org), g)

    def country(self) -> str:
        return self.rnd.choices(self.countries, cum_weights=self.cweights)[0][0]

    def two_countries(self) -> tuple[str, str]:
        a = self.country()
        b = self.country()
        while b == a:
            b = self.country()
        return a, b

    def person(self, index: int | None = None) -> tuple[str, str]:
        i = self.rnd.randrange(self.n_persons) if index is None else index
        if i not in self.persons_emitted:
            if i == 0:
                slug, label, country = "zsolt-cutora", "Zsolt Cutora", "hungary"
            else:
                first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
                slug, label, country = f"{first.lower()}-{last.lower()}-{i}", f"{first} {last} ({i})", self.country()
            g = _iri(GRAPH + "entities")
            s = _iri(ID + slug)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "Person"), g)
            self.q(s, _iri(LABEL), _lit(label), g)
            self.labels[s] = label
            self.q(s, _iri(SCHEMA + "nationality"), _iri(ID + country), g)
            self.persons_emitted[i] = slug
            self.person_country[i] = country
            self.shape.persons += 1
        return self.persons_emitted[i], self.person_country[i]

    def date(self) -> tuple[str, str, str | None]:
        """(value, datatype, end date or None): 60 % day, 25 % month, 15 % year precision."""
        r = self.rnd
        y = r.randint(1991, 2025)
        roll = r.random()
        if roll < 0.6:
            m, d = r.randint(1, 12), r.randint(1, 25)
            end = f"{y}-{m:02d}-{d + r.randint(1, 3):02d}" if r.random() < 0.7 else None
            return f"{y}-{m:02d}-{d:02d}", "date", end
        if roll < 0.85:
            return f"{y}-{r.randint(1, 12):02d}", "gYearMonth", None
        return str(y), "gYear", None

    # -- documents ---------------------------------------------------------------------------------
    def document(self, n: int, kinds: list[str]) -> None:
        r = self.rnd
        digest = hashlib.sha256(f"{n}".encode()).hexdigest()
        doc_id = f"{n:07d}_{digest[:16]}"
        g = _iri(GRAPH + doc_id)
        d = _iri(DOC + doc_id)
        title = f"Synthetic report {n}: {r.choice(_TOPICS)} talks"
        chars = r.randint(2000, 5000)
        self.q(d, _iri(RDF_TYPE), _iri(DG + "SourceDocument"), g)
        self.q(d, _iri(LABEL), _lit(title, "en"), g)
        self.q(d, _iri(DCT + "title"), _lit(title, "en"), g)
        self.q(d, _iri(DCT + "identifier"), _lit(doc_id + ".txt"), g)
        self.q(d, _iri(DCT + "issued"), _typed(f"{r.randint(1995, 2025)}-{r.randint(1, 12):02d}", "gYearMonth"), g)
        self.q(d, _iri(DCT + "language"), _typed("en", "language"), g)
        self.q(d, _iri(DG + "characterCount"), _typed(str(chars), "nonNegativeInteger"), g)
        self.q(d, _iri(DG + "documentKind"), _iri(DG + "News"), g)
        self.q(d, _iri(DG + "sha256"), _typed(digest, "hexBinary"), g)
        self.ctx = (doc_id, g, d, chars)
        for kind in kinds:
            self.counter += 1
            getattr(self, "f_" + kind)()
            self.shape.facts[kind] = self.shape.facts.get(kind, 0) + 1
        self.close_fact()
        for key in self.doc_pairs:
            self.pair_tally[key] = self.pair_tally.get(key, 0) + 1
        self.doc_pairs.clear()
        self.shape.documents += 1

    def close_fact(self) -> None:
        """Count the fact just written as the facts-per-year rule would (dated, naming countries directly)."""
        if self.cur is not None and self.cur[3]:
            cls, _, countries, years = self.cur
            for c in countries:
                key = (c, cls, years[0])
                self.fact_tally[key] = self.fact_tally.get(key, 0) + 1
        self.cur = None

    def fact(self, cls: str, slug: str, label: str) -> str:
        doc_id, g, d, chars = self.ctx
        s = _iri(ID + slug)
        self.close_fact()
        self.named.clear()
        self.cur = (cls, s, set(), [])
        start = self.rnd.randrange(0, chars - 300)
        end = start + self.rnd.randint(40, 280)
        p = ID + f"passage/{doc_id}/{start}-{end}"
        self.q(s, _iri(DCT + "source"), d, g)
        self.q(s, _iri(RDF_TYPE), _iri(DG + cls), g)
        self.q(s, _iri(LABEL), _lit(label, "en"), g)
        self.q(s, _iri(DG + "confidence"), _typed("1.00", "decimal"), g)
        self.q(s, _iri(DG + "evidence"), _iri(p), g)
        self.q(_iri(p), _iri(RDF_TYPE), _iri(DG + "Passage"), g)
        self.q(_iri(p), _iri(LABEL), _lit(f"{doc_id} characters {start}-{end}"), g)
        self.q(_iri(p), _iri(OA + "hasSelector"), _iri(p + "/selector"), g)
        self.q(_iri(p), _iri(OA + "hasSource"), d, g)
        self.q(_iri(p + "/selector"), _iri(RDF_TYPE), _iri(OA + "TextPositionSelector"), g)
        self.q(_iri(p + "/selector"), _iri(OA + "start"), _typed(str(start), "nonNegativeInteger"), g)
        self.q(_iri(p + "/selector"), _iri(OA + "end"), _typed(str(end), "nonNegativeInteger"), g)
        return s

    def rel(self, a: str, name: str, b: str) -> None:
        self.q(_iri(ID + a), _iri(DG + name), _iri(ID + b), self.ctx[1])
        if a in self.hubs and b in self.hubs:
            self.doc_pairs.add((name, a, b))

    def put(self, s: str, p: str, o: str) -> None:
        self.q(s, p, o, self.ctx[1])
        name = _NAMES.get(p)
        if name is not None and (s, name, self.labels[o]) not in self.named:  # the names of the fact being written
            self.named.add((s, name, self.labels[o]))
            self.q(s, name, _lit(self.labels[o]), _iri(GRAPH + "summary"))
        if self.cur is not None and s == self.cur[1] and o in self.country_iris:
            self.cur[2].add(self.country_iris[o])

    def start(self, s: str, *, end: bool = False) -> str:
        value, dtype, end_value = self.date()
        if self.cur is not None and s == self.cur[1] and not self.cur[3]:
            self.cur[3].append(value[:4])
        self.put(s, _iri(SCHEMA + "startDate"), _typed(value, dtype))
        if end and end_value:
            self.put(s, _iri(SCHEMA + "endDate"), _typed(end_value, "date"))
        return value

    def position(self, pi: int, role: str, title: str, org: str, *, to: str | None = None) -> str:
        person, _ = self.person(pi)
        slug = f"position-{person}-{role.lower()}-{self.counter}"
        s = self.fact("Position", slug, f"{title} ({person})")
        self.put(s, _iri(ORG + "member"), _iri(ID + person))
        self.put(s, _iri(ORG + "organization"), _iri(ID + org))
        self.put(s, _iri(ORG + "role"), _iri(DG + role))
        self.put(s, _iri(DG + "title"), _lit(title, "en"))
        if self.rnd.random() < 0.5:
            self.start(s)
        else:
            self.put(s, _iri(DG + "attestedOn"), _typed(str(self.rnd.randint(1995, 2025)), "gYear"))
        self.rel(person, "holdsPositionIn", org)
        if to:
            self.put(s, _iri(DG + "accreditedTo"), _iri(ID + to))
            self.rel(person, "ambassadorTo", to)
        self.positions[pi] = slug
        return slug

    def f_position(self) -> None:
        pi = 0 if self.shape.documents == 0 else self.rnd.randrange(self.n_persons)  # zsolt-cutora: provenance's default
        _, country = self.person(pi)
        role, title = self.rnd.choice(_ROLES)
        self.position(pi, role, f"{title} of {dict(self.countries)[country]}", country)

    def f_ambassador(self) -> None:
        pi = self.rnd.randrange(self.n_persons)
        _, country = self.person(pi)
        to = self.country()
        while to == country:
            to = self.country()
        names = dict(self.countries)
        self.position(pi, "Ambassador", f"Ambassador of {names[country]} in {names[to]}", country, to=to)

    def f_visit(self) -> None:
        pi = self.rnd.randrange(self.n_persons)
        person, home = self.person(pi)
        host = self.country()
        while host == home:
            host = self.country()
        slug = f"visit-{person}-{self.counter}"
        s = self.fact("Visit", slug, f"Visit of {person} to {host}")
        self.put(s, _iri(DG + "visitor"), _iri(ID + person))
        self.put(s, _iri(DG + "visitorCountry"), _iri(ID + home))
        self.put(s, _iri(DG + "hostCountry"), _iri(ID + host))
        self.start(s, end=True)
        if self.rnd.random() < 0.7:
            self.put(s, _iri(DG + "visitKind"), _iri(DG + self.rnd.choice(_KINDS)))
        if pi in self.positions:
            self.put(s, _iri(DG + "inCapacity"), _iri(ID + self.positions[pi]))
        self.rel(person, "visited", host)
        if self.cur is not None and self.cur[3]:
            key = (self.cur[3][0], home, host)
            self.visit_tally[key] = self.visit_tally.get(key, 0) + 1

    def f_membership(self) -> None:
        if self.counter <= len(_FACT_KINDS):
            country, org = "hungary", "organization-of-turkic-states"
        else:
            country, org = self.country(), self.rnd.choice(self.orgs)[0]
        role = "Observer" if self.rnd.random() < 0.2 or country == "hungary" else "FullMember"
        s = self.fact("Membership", f"membership-{country}-{org}-{self.counter}", f"{country} {role} of {org}")
        self.put(s, _iri(ORG + "member"), _iri(ID + country))
        self.put(s, _iri(ORG + "organization"), _iri(ID + org))
        self.put(s, _iri(ORG + "role"), _iri(DG + role))
        if self.rnd.random() < 0.5:
            self.start(s)
        else:
            self.put(s, _iri(DG + "attestedOn"), _typed(str(self.rnd.randint(1995, 2025)), "gYear"))
        self.rel(country, "memberOf" if role == "FullMember" else "observerOf", org)

    def f_signing(self) -> None:
        a, b = self.two_countries()
        kind = "Agreement" if self.rnd.random() < 0.7 else "Declaration"
        topic = self.rnd.choice(_TOPICS)
        inst = f"{a}-{b}-{topic}-{kind.lower()}-{self.counter}"
        eg = _iri(GRAPH + "entities")
        self.q(_iri(ID + inst), _iri(RDF_TYPE), _iri(DG + kind), eg)
        self.q(_iri(ID + inst), _iri(LABEL), _lit(f"{a}–{b} {kind.lower()} on {topic} ({self.counter})"), eg)
        s = self.fact("Signing", f"signing-{inst}", f"Signing of {inst}")
        self.put(s, _iri(DG + "instrument"), _iri(ID + inst))
        self.start(s)
        for c in (a, b):
            self.put(s, _iri(DG + "party"), _iri(ID + c))
            self.rel(c, "signed", inst)
        if self.rnd.random() < 0.5:
            person, _ = self.person()
            self.put(s, _iri(DG + "signatory"), _iri(ID + person))
            self.rel(person, "signed", inst)

    def f_meeting(self) -> None:
        if self.counter <= len(_FACT_KINDS):
            parties = ["kazakhstan", "azerbaijan", "hungary"]
        else:
            parties = list(dict.fromkeys([self.country() for _ in range(self.rnd.randint(2, 3))]))
        host = parties[-1]
        name = f"Meeting of {' and '.join(parties)} on {self.rnd.choice(_TOPICS)} ({self.counter})"
        s = self.fact("Meeting", f"meeting-{self.counter}", name)
        self.put(s, _iri(SCHEMA + "name"), _lit(name, "en"))
        self.start(s)
        self.put(s, _iri(DG + "hostCountry"), _iri(ID + host))
        self.put(s, _iri(SCHEMA + "location"), _iri(ID + f"{host}-city-0"))
        self.rel(host, "hosted", f"meeting-{self.counter}")
        for p in parties:
            self.put(s, _iri(DG + "participant"), _iri(ID + p))
            self.rel(p, "participatedIn", f"meeting-{self.counter}")
            for q in parties:
                if q != p:
                    self.rel(p, "met", q)

    def f_summit(self) -> None:
        org = self.rnd.choice(self.orgs)[0]
        host = self.country()
        slug = f"summit-{org}-{self.counter}"
        s = self.fact("Summit", slug, f"Summit of {org} ({self.counter})")
        self.put(s, _iri(SCHEMA + "name"), _lit(f"Summit of {org} ({self.counter})", "en"))
        self.start(s, end=True)
        self.put(s, _iri(SCHEMA + "organizer"), _iri(ID + org))
        self.put(s, _iri(DG + "hostCountry"), _iri(ID + host))
        self.rel(host, "hosted", slug)
        for _ in range(self.rnd.randint(2, 4)):
            person, _c = self.person()
            self.put(s, _iri(DG + "participant"), _iri(ID + person))
            self.rel(person, "participatedIn", slug)

    def f_trade(self) -> None:
        a, b = self.two_countries()
        year = self.rnd.randint(1995, 2024)
        s = self.fact("TradeTurnover", f"trade-turnover-{year}-{a}-{b}-{self.counter}", f"Trade turnover between {a} and {b} in {year}")
        self.put(s, _iri(SCHEMA + "currency"), _lit(self.rnd.choice(["USD", "EUR"])))
        self.put(s, _iri(SCHEMA + "value"), _typed(f"{self.rnd.randint(1, 5000) * 100000}.0", "decimal"))
        self.put(s, _iri(DG + "referenceYear"), _typed(str(year), "gYear"))
        if self.rnd.random() < 0.3:
            self.put(s, _iri(DG + "approximate"), _typed("true", "boolean"))
        for c, o in ((a, b), (b, a)):
            self.put(s, _iri(DG + "party"), _iri(ID + c))
            self.rel(c, "tradePartnerOf", o)

    def f_award(self) -> None:
        award = self.rnd.choice(self.awards)[0]
        person, _ = self.person()
        s = self.fact("AwardConferral", f"award-{person}-{award}-{self.counter}", f"{award} conferred on {person}")
        self.put(s, _iri(DG + "award"), _iri(ID + award))
        self.put(s, _iri(DG + "recipient"), _iri(ID + person))
        if self.rnd.random() < 0.5:
            self.start(s)
        self.rel(person, "receivedAward", award)

    def f_recognition(self) -> None:
        a, b = self.two_countries()
        s = self.fact("Recognition", f"recognition-{a}-{b}-{self.counter}", f"Recognition of {b} by {a}")
        self.start(s)
        self.put(s, _iri(DG + "recognizingState"), _iri(ID + a))
        self.put(s, _iri(DG + "recognizedState"), _iri(ID + b))
        self.rel(a, "recognized", b)

    def f_relations(self) -> None:
        a, b = self.two_countries()
        s = self.fact("DiplomaticRelationsEstablishment", f"relations-{a}-{b}-{self.counter}", f"Diplomatic relations between {a} and {b}")
        self.start(s)
        for c, o in ((a, b), (b, a)):
            self.put(s, _iri(DG + "party"), _iri(ID + c))
            self.rel(c, "hasDiplomaticRelationsWith", o)

    def f_embassy(self) -> None:
        a, b = self.two_countries()
        mission = f"embassy-of-{a}-in-{b}"
        eg = _iri(GRAPH + "entities")
        m = _iri(ID + mission)
        self.q(m, _iri(RDF_TYPE), _iri(DG + "Embassy"), eg)
        self.q(m, _iri(LABEL), _lit(f"Embassy of {a} in {b}"), eg)
        self.q(m, _iri(DG + "sentBy"), _iri(ID + a), eg)
        self.q(m, _iri(DG + "accreditedTo"), _iri(ID + b), eg)
        s = self.fact("EmbassyOpening", f"embassy-opening-{a}-in-{b}-{self.counter}", f"Opening of the embassy of {a} in {b}")
        self.start(s)
        self.put(s, _iri(DG + "mission"), m)
        self.rel(a, "hasEmbassyIn", b)

    def f_partnership(self) -> None:
        a, b = self.two_countries()
        s = self.fact("Partnership", f"partnership-{a}-{b}-{self.counter}", f"Strategic partnership of {a} and {b}")
        self.start(s)
        self.put(s, _iri(DG + "partnershipLevel"), _iri(DG + self.rnd.choice(["StrategicPartnership", "EnhancedStrategicPartnership"])))
        for c, o in ((a, b), (b, a)):
            self.put(s, _iri(DG + "party"), _iri(ID + c))
            self.rel(c, "strategicPartnerOf", o)

    def f_twinning(self) -> None:
        a, b = self.two_countries()
        ca, cb = f"{a}-city-{self.rnd.randrange(3)}", f"{b}-city-{self.rnd.randrange(3)}"
        s = self.fact("Twinning", f"twinning-{ca}-{cb}-{self.counter}", f"Twinning of {ca} and {cb}")
        self.put(s, _iri(DG + "attestedOn"), _typed(str(self.rnd.randint(1995, 2025)), "gYear"))
        for c, o in ((ca, cb), (cb, ca)):
            self.put(s, _iri(DG + "party"), _iri(ID + c))
            self.rel(c, "sisterCityOf", o)

    def run(self) -> GraphShape:
        self.out.write("".join(self.ontology_lines))
        self.shape.triples += len(self.ontology_lines)
        self.entities()
        self.flush()
        self.document(0, list(_FACT_KINDS))
        self.flush()
        cum = _cum([float(w) for w in _FACT_WEIGHTS])
        n = 1
        while self.shape.triples < self.target:
            kinds = self.rnd.choices(_FACT_KINDS, cum_weights=cum, k=self.rnd.randint(3, 12))
            self.document(n, kinds)
            self.flush()
            n += 1
        self.summary()
        self.flush()
        return self.shape

    def summary(self) -> None:
        """The tallies of ``graph:summary``, as ``ontology/rules/summary`` would count them."""
        g = _iri(GRAPH + "summary")

        def tally(iri: str, counts: str, n: int, *, year: str | None = None, subject: str, obj: str | None = None) -> None:
            s = _iri(ID + iri)
            self.q(s, _iri(RDF_TYPE), _iri(DG + "Tally"), g)
            self.q(s, _iri(DG + "counts"), _iri(DG + counts), g)
            if year is not None:
                self.q(s, _iri(DG + "year"), _lit(year), g)
            self.q(s, _iri(DG + "tallySubject"), _iri(ID + subject), g)
            self.q(s, _iri(DG + "tallySubjectName"), _lit(self.labels[_iri(ID + subject)]), g)
            if obj is not None:
                self.q(s, _iri(DG + "tallyObject"), _iri(ID + obj), g)
                self.q(s, _iri(DG + "tallyObjectName"), _lit(self.labels[_iri(ID + obj)]), g)
            self.q(s, _iri(DG + "count"), _typed(str(n), "integer"), g)

        for (year, vc, hc), n in sorted(self.visit_tally.items()):
            tally(f"tally/visits/{year}/{vc}/{hc}", "Visit", n, year=year, subject=vc, obj=hc)
        for (country, cls, year), n in sorted(self.fact_tally.items()):
            tally(f"tally/{cls}/{year}/{country}", cls, n, year=year, subject=country)
        for (name, a, b), n in sorted(self.pair_tally.items()):
            tally(f"tally/{name}/{a}/{b}", name, n, subject=a, obj=b)


#: link -> the property of the linked entity's name on the fact (ontology/rules/summary/party-names.rq)
_NAMES = {_iri(DG + "party"): _iri(DG + "partyName"), _iri(DG + "participant"): _iri(DG + "participantName")}


def _cum(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _ontology_lines() -> list[str]:
    """The ontology's triples, as the built ``graph/diplograph.nq`` holds them in ``graph:ontology``."""
    nq = Path(__file__).resolve().parent.parent / "graph" / "diplograph.nq"
    marker = f"<{GRAPH}ontology> .\n"
    with nq.open(encoding="utf-8") as fh:
        return [line for line in fh if line.endswith(marker)]


def write_nquads(out: IO[str], target: int, *, seed: int = 0) -> int:
    """Write a graph of at least ``target`` triples (a few hundred more at most) to ``out``; the count."""
    return _Gen(out, int(target), seed, _ontology_lines()).run().triples


def generate_file(path: Path | str, target: int, *, seed: int = 0, order: bool = True) -> GraphShape:
    """Write the graph of ``target`` triples to ``path`` (N-Quads); what was generated. With ``order``, the stable
    order of the paged named queries is computed as ``diplograph build`` does and appended (:mod:`bench.order`,
    in a process of its own)."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        shape = _Gen(fh, int(target), seed, _ontology_lines()).run()
    if order:
        root = Path(__file__).resolve().parent.parent
        done = subprocess.run([sys.executable, "-m", "bench.order", str(path)], cwd=root, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"bench.order failed: {done.stderr.strip()[-2000:]}")
        shape.triples += int(done.stdout.split()[-1])
    return shape


def iter_sizes(spec: str) -> Iterator[int]:
    """``"1e4,1e5"`` -> 10000, 100000."""
    for part in spec.split(","):
        if part.strip():
            yield int(float(part))
