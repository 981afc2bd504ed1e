"""The extraction pipeline: one document's text -> entities and facts in the curated source format.

>>> ex = Extractor.create()
>>> text = "Turkish President Recep Erdogan paid an official visit to Kazakhstan on 12 May 2022."
>>> result = ex.extract(text, doc_id="kz-tr", published="2022-05-13")
>>> [(f.type, f.values["host"], f.start) for f in result.facts if f.type == "visit"]
[('visit', 'kazakhstan', '2022-05-12')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import dates as iso_dates
from ..model import Evidence, Fact
from .ambiguity import settle_congo
from .bodies import city_body, post_body
from .consolidate import consolidate
from .events import date_summits, find_events
from .facts import to_fact
from .gazetteer import GEntity, Gazetteer, Mention, slug, tokens
from .normalise import NormalisedText
from .personhood import looks_like_person
from .clause import Candidate, Clause
from .relations import find_relations
from .renamings import find_renamings
from .resolve import ROYAL_TITLE, DocumentContext, Resolver
from .segment import segment
from .statuses import find_statuses
from .temporal import DateMention, find_dates

__all__ = ["Extraction", "Extractor", "extract_text"]


@dataclass
class Extraction:
    """What one document yields: its facts, and the entities they name (in the curated YAML shape)."""

    doc_id: str
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    main_countries: tuple[str, ...] = ()


class Extractor:
    """Holds the gazetteer (built once) and runs the stages on documents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer)

    @classmethod
    def create(cls, entities_file: Path | str | None = None) -> "Extractor":
        return cls(Gazetteer.build(entities_file))

    def country_of(self, entity_id: str, context: DocumentContext | None = None) -> str | None:
        if context and entity_id in context.persons:
            v = context.persons[entity_id].values.get("nationality")
            if v:
                return str(v)
        return self.gazetteer.country_of(entity_id)

    def extract(self, text: str | NormalisedText, *, doc_id: str, published: str | None = None, title: str = "") -> Extraction:
        norm = text if isinstance(text, NormalisedText) else NormalisedText(text=text, original=text, encoding="utf-8")
        body = norm.text
        segments = segment(body)
        all_mentions = settle_congo(body, self.gazetteer.find(body), self.gazetteer)
        context = DocumentContext()
        counts: Counter[str] = Counter(
            c for c in (m.entity if m.type == "country" else self.gazetteer.country_of(m.entity) for m in all_mentions if m.type in ("country", "city")) if c)
        ranked = [c for c, _ in counts.most_common(3)]
        title_countries = [m.entity for m in self.gazetteer.find(title) if m.type == "country"] if title else []
        first_heading = next((s.text for s in segments if s.kind == "heading"), "")
        head_countries = [m.entity for m in self.gazetteer.find(first_heading) if m.type == "country"]
        named = list(dict.fromkeys(head_countries or title_countries))
        pair = named if len(named) <= 2 else []  # "Kishida to visit France, Brazil, Paraguay": no two sides
        if len(pair) < 2 and len(ranked) >= 2:
            third = counts[ranked[2]] if len(ranked) > 2 else 0
            if counts[ranked[1]] >= 2 and counts[ranked[1]] >= 2 * third:
                pair = ranked[:2]
        context.main_countries = tuple(pair) if len(pair) == 2 else ()
        bilateral = bool(context.main_countries) and bool(re.search(r"relations", first_heading + " " + title, re.I))

        result = Extraction(doc_id=doc_id, main_countries=context.main_countries)
        candidates: list[tuple[Candidate, Evidence, list[Mention]]] = []
        positions: dict[tuple[str, str, str], tuple[Candidate, Evidence]] = {}
        idx = 0
        pub_date = _publication(published)
        memory: dict[str, str] = {}
        pending: list[tuple[Mention, Evidence]] = []
        learned: dict[str, str] = {}
        lead_seen = False
        for seg in segments:
            if seg.kind in ("heading", "dateline"):
                continue
            while idx < len(all_mentions) and all_mentions[idx].end <= seg.start:
                idx += 1
            j = idx
            mentions = []
            while j < len(all_mentions) and all_mentions[j].start < seg.end:
                mentions.append(all_mentions[j])
                j += 1
            titled = [Mention(m.start + seg.start, m.end + seg.start, m.entity, m.type, m.kind, m.info)
                      for m in self.resolver.titled_persons(seg.text, [Mention(x.start - seg.start, x.end - seg.start, x.entity, x.type, x.kind) for x in mentions], context)]
            # a candidate no known person answers to must look like a name ("the Permanent Representative": no person)
            titled = [m for m in titled if m.type != "person" or m.kind == "honorific" or m.entity in self.gazetteer.entities
                      or m.entity in context.persons or looks_like_person(str(m.get("name") or seg.text[m.start - seg.start : m.end - seg.start]))]
            for m in titled:
                self._remember(m, context)
            if "mbassy" in seg.text:
                self.resolver.note_embassies(seg.text, [Mention(x.start - seg.start, x.end - seg.start, x.entity, x.type, x.kind) for x in mentions], context)
            mentions = [m for m in mentions if not any(t.start <= m.start < t.end for t in titled)] + titled
            mentions += self.resolver.bare_persons(seg.text, seg.start, mentions, context)
            mentions += self.resolver.references(seg.text, seg.start, context, mentions)
            mentions.sort(key=lambda m: (m.start, m.end))
            context.last_subject = next((m.entity for m in mentions if m.type == "person"), context.last_subject)
            dates = find_dates(seg.text, published)
            clause = Clause(seg.text, seg.start, seg.kind, seg.section, mentions, dates, context.main_countries, bilateral,
                            pub_date, not lead_seen and seg.kind == "sentence", memory)
            # headlines (no closing full stop) and the first full sentence report the day's event
            lead_seen = lead_seen or (seg.kind == "sentence" and bool(re.search(r"[.!?][\"'”’)]*$", seg.text)))
            start, end = norm.span(seg.start, seg.end)
            evidence = Evidence(doc_id, start, end)
            for m in titled:
                role, country = m.get("role"), m.get("country") or m.get("organisation")
                post = post_body(m.get("title") or "", role, m.get("country"), self.gazetteer) if role and m.get("country") else None
                if m.get("city_name") and role == "official":  # a mayor: the city's body
                    post = city_body(str(m.get("city_name")), m.get("country"), body, self.gazetteer, m.get("head") or "mayor")
                body_ents: list[dict[str, Any]] = []
                if post is not None:
                    role, country = post.role, post.id
                    body_ents = [post.entity] if post.entity else []
                elif role == "head" and (m.get("country") or m.get("organisation")) or role == "minister" and m.get("organisation"):
                    role = "official"  # a head of no named body, a body's "top diplomat": give the title, not a made-up body
                if role and not country and m.entity not in learned:
                    pending.append((m, evidence))  # the country may come later: "the Turkish leader", a visit's other side
                if role and country and (m.entity, role, country) not in positions:
                    values: dict[str, Any] = {"person": m.entity, "role": role, "organisation": country}
                    if m.get("accredited_to"):
                        values["accredited_to"] = m.get("accredited_to")
                    if m.get("title"):
                        values["title"] = m.get("title")
                    near = [d for d in dates if (abs(d.pos + seg.start - m.end) < 60 or abs(m.start - d.endpos - seg.start) < 60)
                            and not (d.endpos + seg.start <= m.start and re.search(r"[,;.]", body[d.endpos + seg.start : m.start]))]
                    # (a date before the name but in an aside is not the post's: "X, the bloc's chair in 2019, was represented by")
                    since = near[0] if near and re.search(r"\b(?:since|from)\s+$", seg.text[: near[0].pos]) else None
                    positions[(m.entity, role, country)] = (Candidate("position", values, since, 0.7, entities=body_ents), evidence)
            country_of = lambda e: self.country_of(e, context)  # noqa: E731
            found = (find_relations(clause, country_of) + find_events(clause, self.gazetteer, country_of) + find_renamings(clause)
                     + find_statuses(clause, country_of))
            present = None if any(c.type == "meeting" for c in found) else _PRESENT.search(seg.text)
            if not any(c.type == "meeting" for c in found) and (_FRAME.search(seg.text) or present):
                # "At the meeting, Ana Soto noted ...": the persons of the sentence took part in the meeting told before
                last = next((c for c, _, _ in reversed(candidates) if c.type == "meeting"), None)
                if present and not _FRAME.search(seg.text):
                    # "X was also present at the talks": the last meeting told as talks (or as a meeting), never another
                    noun = "talks" if re.search(r"talks|negotiations|discussions", present.group(), re.I) else "meet"
                    last = next((c for c, ev, _ in reversed(candidates) if c.type == "meeting"
                                 and noun in body[ev.start : ev.end].lower()), None)
                if last is not None:
                    new = [m for m in mentions if m.type == "person" and m.entity not in last.values["participants"]]
                    if new:
                        last.values["participants"] = tuple(dict.fromkeys([*last.values["participants"], *(m.entity for m in new)]))
                        last.values["_capacity"] = [*last.values.get("_capacity", []), *new]
            for cand in found:
                candidates.append((cand, evidence, mentions))
                if cand.type == "visit" and cand.values.get("visitor_country"):  # (stated, as a list's "visits from X to Y", or inferred)
                    for v in cand.values["visitor"]:
                        learned.setdefault(v, cand.values["visitor_country"])
            for ref in _NATIONAL_REFERENCE.finditer(seg.text):
                # "the Turkish leader": the last person named with a post but no country is of that country
                c = next((x.entity for x in mentions if x.type == "country" and x.start == seg.start + ref.start(1)), None)
                open_ = [pm for pm, _ in pending if pm.entity not in learned and pm.start < seg.start + ref.start()]
                if c and open_ and not any(h[2] == c and h[0] != open_[-1].entity for h in context.holders):
                    # (not when a post-holder of that country was named: "the Vietnamese minister" is that one)
                    learned[open_[-1].entity] = c

        date_summits([c for c, _, _ in candidates], memory)  # "the summit set for March 4 and 5", told in another sentence
        if len(context.main_countries) == 2:
            # "he was received by President William Ruto": in a text about two countries, a post-holder without a
            # country who meets one of the other side's is of the first
            open_ids = {pm.entity for pm, _ in pending if pm.get("role") in ("president", "prime-minister", "minister")}
            for cand, _, _ in candidates:
                parts = tuple(cand.values.get("participants", ())) if cand.type == "meeting" else ()
                if len(parts) != 2:
                    continue
                for a, b in ((str(parts[0]), str(parts[1])), (str(parts[1]), str(parts[0]))):
                    if a in open_ids and a not in learned and self.country_of(a, context) is None:
                        cb = learned.get(b) or self.country_of(b, context)
                        if cb in context.main_countries:
                            learned[a] = next(c for c in context.main_countries if c != cb)
        for m, ev in pending:
            country = learned.get(m.entity)
            role = m.get("role")
            later_body: list[dict[str, Any]] = []
            org = country or ""
            if country and role:
                # "Speaker of the National Assembly X" whose country the text gave later: the body of that country
                post = post_body(m.get("title") or "", role, country, self.gazetteer)
                if post is not None:
                    role, org = post.role, post.id
                    later_body = [post.entity] if post.entity else []
            if country and role and (m.entity, role, org) not in positions:
                values = {"person": m.entity, "role": role, "organisation": org, **({"title": m.get("title")} if m.get("title") else {})}
                positions[(m.entity, role, org)] = (Candidate("position", values, None, 0.6, ("organisation",), "context", entities=later_body), ev)
                local = context.persons.get(m.entity)
                if local is not None and not local.values.get("nationality"):
                    local.values["nationality"] = country
        # "his Finnish counterpart X" after "the Speaker of the Parliament of Finland, X": the post in the country's
        # body says more than the same post said of the country
        in_body = {(p, r, str(c.entities[0].get("of"))) for (p, r, _o), (c, _e) in positions.items() if c.entities and c.entities[0].get("of")}
        positions = {k: v for k, v in positions.items() if k not in in_body}
        rename = _fuller_names(context, self.gazetteer)
        if rename:  # "Kenyan President Otieno" in a headline, "William Otieno" below: one person, under the full name
            positions = {(rename.get(p, p), r, o): (c, e) for (p, r, o), (c, e) in positions.items()}
            for cand in [c for c, _e in positions.values()] + [c for c, _e, _m in candidates]:
                cand.values = {k: _renamed(v, rename) for k, v in cand.values.items()}
        position_ids: dict[str, str] = {}
        for (person, _role, _org), (cand, ev) in sorted(positions.items()):
            fact = to_fact(cand, doc_id, ev)
            for ent in cand.entities:
                result.entities.setdefault(ent["id"], dict(ent))
            result.facts.append(fact)
            position_ids.setdefault(person, fact.id)
        made: dict[int, str] = {}
        for cand, ev, _ in candidates:
            extra: dict[str, Any] = {}
            cap = [position_ids[p.entity] for p in cand.values.get("_capacity", []) if p.entity in position_ids]
            if cap and cand.type in ("visit", "meeting"):
                extra["capacity"] = tuple(dict.fromkeys(cap))
            est = cand.values.get("_established_by")
            if est is not None and id(est) in made:
                extra["established_by"] = made[id(est)]
            fact = to_fact(cand, doc_id, ev, extra)
            made[id(cand)] = fact.id
            for ent in cand.entities:
                result.entities.setdefault(ent["id"], dict(ent))
            result.facts.append(fact)
        result.facts = consolidate(_dedupe(result.facts))
        self._collect_entities(result, context)
        return result

    def _remember(self, m: Mention, context: DocumentContext) -> None:
        known = self.gazetteer.entities.get(m.entity)
        if m.get("name"):
            context.forms.setdefault(tokens(str(m.get("name"))), m.entity)
        if known is not None:
            context.named.add(m.entity)
        if known is None and m.entity not in context.persons:
            nationality = m.get("country")
            context.persons[m.entity] = GEntity(m.entity, "person", m.get("name") or m.entity, (), {"nationality": nationality} if nationality else {})
        elif known is None and m.get("name") and len(tokens(str(m.get("name")))) > len(tokens(context.persons[m.entity].label)):
            context.fuller.setdefault(m.entity, str(m.get("name")))  # the same person named in full later
        rt = ROYAL_TITLE.search(str(m.get("title") or "")) or ROYAL_TITLE.match(str(m.get("name") or known.label if known else m.get("name") or ""))
        if rt and m.kind != "coreference":
            context.royals.setdefault(" ".join(rt.group(1).lower().split()), set()).add(m.entity)
        role = m.get("role")
        if role:
            context.last_by_role[role] = m.entity
            context.holders.append((m.entity, role, m.get("country") or (str(known.values.get("nationality")) if known and known.values.get("nationality") else None)))

    def _collect_entities(self, result: Extraction, context: DocumentContext) -> None:
        from ..graph.facttypes import FACT_TYPES
        from ..graph.mapping import ENTITY_TYPES

        needed: set[str] = set()
        for f in result.facts:
            for fld in FACT_TYPES[f.type].fields:
                if fld.kind == "entity" and fld.name in f.values:
                    v = f.values[fld.name]
                    needed.update(v if isinstance(v, tuple) else (v,))
        for ent in list(result.entities.values()):
            for fld in ENTITY_TYPES[ent["type"]].fields:
                if fld.kind == "entity" and fld.name in ent:
                    needed.add(ent[fld.name])
        labels: dict[str, str] = {}
        for eid in sorted(needed):
            if eid in result.entities:
                continue
            g = self.gazetteer.entities.get(eid) or context.persons.get(eid)
            if g is None:
                continue
            rec: dict[str, Any] = {"id": g.id, "type": g.type, "label": g.label}
            if g.alt_labels:
                rec["alt_labels"] = list(g.alt_labels)
            allowed = {f.name for f in ENTITY_TYPES[g.type].fields} if g.type in ENTITY_TYPES else set()
            for k, v in g.values.items():
                if k in allowed and v not in (None, ""):
                    rec[k] = v
            if g.type == "city" and "country" not in rec:
                continue
            result.entities[eid] = rec
            labels[eid] = g.label
        for ent in list(result.entities.values()):
            if ent["type"] == "country" and "iso3" not in ent:
                ent["iso3"] = "XXX"
            if ent["type"] == "city":
                cid = ent.get("country")
                if cid and cid not in result.entities and cid in self.gazetteer.entities:
                    g = self.gazetteer.entities[cid]
                    result.entities[cid] = {"id": cid, "type": "country", "label": g.label, "iso3": g.values.get("iso3", "XXX"), **({"demonym": g.values["demonym"]} if g.values.get("demonym") else {})}
            if "{" in ent.get("label", ""):
                ent["label"] = re.sub(r"\{([a-z0-9-]+)\}", lambda m: self._label(m.group(1)), ent["label"])
        for eid in list(result.entities):
            for ref in ("sent_by", "accredited_to", "location", "nationality", "country"):
                r = result.entities[eid].get(ref)
                if r and r not in result.entities and r in self.gazetteer.entities:
                    g = self.gazetteer.entities[r]
                    rec = {"id": r, "type": g.type, "label": g.label}
                    if g.type == "country":
                        rec["iso3"] = g.values.get("iso3", "XXX")
                        if g.values.get("demonym"):
                            rec["demonym"] = g.values["demonym"]
                    elif g.type == "city":
                        rec["country"] = g.values.get("country")
                    result.entities[r] = rec
        result.entities = dict(sorted(result.entities.items()))

    def _label(self, eid: str) -> str:
        g = self.gazetteer.entities.get(eid)
        return g.label if g else eid


#: a sentence that goes on about the meeting told before: "At the meeting, ...", "During the talks, ...", "In turn, ..."
_FRAME = re.compile(r"^\s*(?:(?:At|During|In\s+the\s+course\s+of|On\s+the\s+sidelines\s+of)\s+the\s+(?:meeting|talks|negotiations|session|conversation)\b"
                    r"|In\s+turn\b|The\s+delegation\s+(?:was\s+(?:led|headed)\s+by|included)\b)")
#: one present at the meeting told before: "X was also present at the talks", "X also attended the meeting", "The
#: talks were attended by X" (only where the document told one meeting so far: which one is meant is otherwise unsure)
_PRESENT = re.compile(r"\b(?:(?:was|were)\s+(?:also\s+)?present\s+(?:at|during|for)|(?:also\s+)?(?:attended|took\s+part\s+in|participated\s+in|joined|sat\s+in\s+on))"
                      r"\s+(?:the|these|both)\s+(?:talks|meeting|negotiations|discussions)\b(?!\s+of\b)"
                      r"|\b[Tt]he\s+(?:talks|meeting|negotiations)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b")


#: a person referred to by nationality and post: "the Turkish leader", "the Kenyan president"
_NATIONAL_REFERENCE = re.compile(r"\bthe\s+([A-Z][\w-]+)\s+(?:leader|president|head\s+of\s+state|prime\s+minister|premier|foreign\s+minister|minister|speaker)\b", re.I)


def _fuller_names(context: DocumentContext, gazetteer: Gazetteer) -> dict[str, str]:
    """Old id -> new id for the persons this document first named by surname alone and later in full (a new id that
    another person holds is not taken). ``context.persons`` gets the new ids and full names."""
    rename: dict[str, str] = {}
    for old, full in context.fuller.items():
        new = slug(full)
        if new == old or new in gazetteer.entities or new in context.persons or new in rename.values():
            continue
        e = context.persons.pop(old)
        context.persons[new] = GEntity(new, "person", full, (e.label,), e.values)
        rename[old] = new
    return rename


def _renamed(value: Any, rename: dict[str, str]) -> Any:
    """``value`` (an id, a tuple or list of ids, or mentions) with the renamed ids replaced."""
    if isinstance(value, str):
        return rename.get(value, value)
    if isinstance(value, tuple):
        new = tuple(_renamed(v, rename) for v in value)
        return tuple(sorted(new)) if list(value) == sorted(value, key=str) and all(isinstance(v, str) for v in new) else new  # (sorted stays sorted)
    if isinstance(value, list):
        return [_renamed(v, rename) for v in value]
    if isinstance(value, Mention) and value.entity in rename:
        from dataclasses import replace

        return replace(value, entity=rename[value.entity])
    return value


def _publication(published: str | None) -> DateMention | None:
    """The publication date as a relative date mention of its own precision."""
    if not published:
        return None
    return DateMention(0, 0, published, None, iso_dates.precision(published), relative=True)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per id; the same statement found in two passages keeps both passages."""
    by_id: dict[str, Fact] = {}
    for f in facts:
        if f.id in by_id:
            old = by_id[f.id]
            from dataclasses import replace

            by_id[f.id] = replace(old, evidence=tuple(sorted(set(old.evidence) | set(f.evidence))))
        else:
            by_id[f.id] = f
    return sorted(by_id.values(), key=lambda f: f.id)


def extract_text(text: str, *, doc_id: str = "doc", published: str | None = None, entities_file: Path | str | None = None) -> Extraction:
    """Extract facts from a string (convenience for one-off use; build an :class:`Extractor` for batches)."""
    return Extractor.create(entities_file).extract(text, doc_id=doc_id, published=published)


