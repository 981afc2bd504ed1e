"""Stage 4: persons and references: titled persons, aliases and spelling variants, simple coreference.

A person unknown to the gazetteer is recognised when a title introduces them ("President of Chile
Gabriel Boric", "Peruvian Ambassador to Chile Ana Ruiz"). Names are resolved to known persons
accent-insensitively and fuzzily (difflib), and "the ambassador", "the minister" or "the two countries"
point back to what the document named before.

>>> from diplograph.extract.gazetteer import Gazetteer
>>> r = Resolver(Gazetteer.build())
>>> m = r.titled_persons("The Minister of Foreign Affairs of Chile Ana Soto arrived.", r.gazetteer.find("The Minister of Foreign Affairs of Chile Ana Soto arrived."))[0]
>>> (m.entity, m.get("role"), m.get("country"), m.get("title"))
('ana-soto', 'minister', 'chile', 'Minister of Foreign Affairs of Chile')
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .gazetteer import GEntity, Gazetteer, Mention, fold, slug, tokens

__all__ = ["Resolver", "DocumentContext", "ROLE_HEADS", "similar"]

#: title head words -> position role (most specific first)
ROLE_HEADS: list[tuple[str, str]] = [
    ("deputy state secretary", "deputy-state-secretary"),
    ("deputy minister", "deputy-minister"),
    ("vice minister", "deputy-minister"),
    ("state minister", "state-minister"),
    ("minister of state", "state-minister"),
    ("state secretary", "state-secretary"),
    ("secretary of state", "state-secretary"),
    ("prime minister", "prime-minister"),
    ("premier", "prime-minister"),
    ("vice-speaker", "deputy-speaker"),
    ("deputy speaker", "deputy-speaker"),
    ("vice president", "official"),
    ("vice-president", "official"),
    ("head of state", "president"),
    ("president", "president"),
    ("foreign minister", "minister"),
    ("minister", "minister"),
    ("ambassador", "ambassador"),
    ("envoy", "ambassador"),
    ("speaker", "speaker"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chairperson", "chair"),
    ("chancellor", "prime-minister"),
    ("king", "official"),
    ("emir", "official"),
    ("head", "head"),
    ("director", "head"),
    ("secretary-general", "head"),
    ("secretary general", "head"),
    ("senior advisor", "official"),
    ("senior adviser", "official"),
    ("advisor", "official"),
    ("adviser", "official"),
]
_HEAD_RE = re.compile(
    r"\b(?:(?:First|Deputy|Vice)[\s-]+)?(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h, _ in ROLE_HEADS) + r")\b",
    re.IGNORECASE,
)
#: capitalised words that belong to titles, never to names
_TITLE_WORDS = set(
    "foreign affairs affair trade economy economic development national health education finance defence defense interior "
    "justice culture energy industry labor labour social protection population transport transportation agriculture rural "
    "communication communications information technologies technology tourism sports sport youth environment emergency "
    "situations digital science republic state deputy first vice parliament assembly service border fund ministry minister "
    "general director head chairman group commission committee council government cabinet senior advisor adviser mfa "
    "political issues secretary president prime speaker ambassador envoy affairs internal external relations cooperation "
    "inter-parliamentary interparliamentary friendship working and of for to on the in at milli majlis public office "
    "extraordinary plenipotentiary chief executive presidential administration security civil aviation ecology natural "
    "resources investment investments family women children migration press spokesperson spokesman mr mrs ms dr h.e "
    "his her excellency majesty highness king queen emir sheikh crown prince chancellor premier federal".split()
)
_GAP = re.compile(r"[\s,]*-?")
#: a word naming a body between a country and a title head ("Hungary MFA Secretary of State")
_BODY_WORD = re.compile(r"\b(?:MFA|Ministry|Parliament|Government|Cabinet)\b")
_NAME_TOKEN = re.compile(r"(?:[A-Z]\.\s?)*[A-ZÀ-ÖØ-ÞŐŰ][\w'’\-]*|(?:[A-Z]\.\s?)+")
_COREF = re.compile(
    r"\b(?P<role>the\s+(?:ambassador|minister|foreign minister|president|head of state|prime minister|speaker|premier|diplomat|envoy))\b"
    r"|\b(?P<pair>the\s+two\s+(?:countries|nations|states|sides)|both\s+(?:countries|nations|states|sides|governments))\b",
    re.IGNORECASE,
)


def similar(a: str, b: str) -> float:
    """Accent-insensitive similarity of two names (0-1)."""
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()


@dataclass
class DocumentContext:
    """What a document has named so far: its persons (with roles and countries) and its main countries."""

    persons: dict[str, GEntity] = field(default_factory=dict)
    last_by_role: dict[str, str] = field(default_factory=dict)
    main_countries: tuple[str, ...] = ()


class Resolver:
    """Finds titled persons and resolves names and references against a gazetteer and a document context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    # -- names ------------------------------------------------------------------------------------
    def resolve_name(self, name: str, context: DocumentContext | None = None) -> str | None:
        """The id of the known person (gazetteer or this document) a name refers to, if any."""
        toks = tokens(name)
        if not toks:
            return None
        hits = self.gazetteer.forms.get(toks)
        if hits and self.gazetteer.entities[hits[0][0]].type == "person":
            return hits[0][0]
        candidates: list[GEntity] = [e for e in self.gazetteer.entities.values() if e.type == "person"]
        if context:
            candidates += list(context.persons.values())
        best, score = None, 0.0
        surname = toks[-1]
        for e in candidates:
            for label in (e.label, *e.alt_labels):
                lt = tokens(label)
                if not lt or abs(len(lt[-1]) - len(surname)) > 3 or lt[-1][:1] != surname[:1]:
                    continue
                s = difflib.SequenceMatcher(None, lt[-1], surname).ratio()
                if s < 0.75:
                    continue
                if len(toks) > 1 and len(lt) > 1 and lt[0][:1] != toks[0][:1]:
                    continue  # different first initial: a different person
                if len(toks) > 1 and len(lt) > 1:
                    s = (s + difflib.SequenceMatcher(None, " ".join(lt), " ".join(toks)).ratio()) / 2
                if s > score:
                    best, score = e.id, s
        return best if score >= 0.75 else None

    # -- titled persons ----------------------------------------------------------------------------
    def titled_persons(self, text: str, mentions: list[Mention], context: DocumentContext | None = None) -> list[Mention]:
        """Persons introduced by a title in ``text`` (one sentence or list item), with role and country."""
        out: list[Mention] = []
        countries = [m for m in mentions if m.type == "country"]
        orgs = [m for m in mentions if m.type == "organisation"]
        for head in _HEAD_RE.finditer(text):
            role = _role(head.group())
            # the title runs from the head over capitalised words, connectors and entity names
            pos = head.end()
            title_end = pos
            name_start = name_end = -1
            while pos < len(text):
                m = _GAP.match(text, pos) if name_start < 0 else re.compile(r"[\s,]*").match(text, pos)
                gap = m.group() if m else ""
                at = pos + len(gap)
                if "," in gap and name_start < 0 and not text.startswith("State Secretary", at):
                    if not re.match(r",\s*(?:State|Deputy)\b", text[pos:]):
                        break
                ent = next((c for c in (*countries, *orgs) if c.start == at), None)
                if ent and name_start < 0:
                    pos = title_end = ent.end
                    continue
                tok = _NAME_TOKEN.match(text, at)
                low = re.match(r"(of|for|to|on|and|the|in|is|was|Mrs?\.|Ms\.|Dr\.)(?=\W)", text[at:])
                if not low and name_start < 0:  # lower-case title words: "friendship group", "on political issues"
                    lw = re.match(r"[a-z][a-z-]*(?=[\s,])", text[at:])
                    low = lw if lw and (lw.group() in _TITLE_WORDS or all(x in _TITLE_WORDS for x in lw.group().split("-"))) else None
                if low and name_start < 0:
                    pos = at + len(low.group())
                    if low.group()[:1].islower() and low.group() not in ("of", "for", "to", "on", "and", "the", "in", "is", "was"):
                        title_end = pos  # a lower-case title word ends the title so far: "... inter-parliamentary relations"
                    continue
                if not tok or (gap and "," in gap and name_start >= 0):
                    break
                word = tok.group().rstrip("'’").lower()
                if name_start < 0 and (word in _TITLE_WORDS or word.removesuffix("'s") in _TITLE_WORDS):
                    pos = title_end = tok.end()
                    continue
                if word in _TITLE_WORDS or word in ("and",) or self._is_entity(tok.start(), mentions):
                    break
                if name_start < 0:
                    name_start = tok.start()
                name_end = tok.end()
                pos = tok.end()
                if text[pos : pos + 2] in ("'s", "’s"):
                    break
                if len(text[name_start:name_end].split()) >= 4:
                    break
            if name_start < 0:
                continue
            name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", text[name_start:name_end]).strip().rstrip("'’")
            name = re.sub(r"(?:'s|’s)$", "", name)
            if len(name) < 3 or (len(name.split()) == 1 and "." not in name and not self.resolve_name(name, context)):
                continue
            before = [
                c for c in countries
                if c.end <= head.start()
                and all(w.lower() in _TITLE_WORDS for w in text[c.end : head.start()].split())
                and (c.kind == "demonym" or _BODY_WORD.search(text[c.end : head.start()]))
            ]
            inside = [c for c in countries if head.end() <= c.start < name_start]
            org_inside = [o for o in orgs if head.end() <= o.start < name_start]
            country = (before[-1].entity if before else inside[0].entity if inside else None)
            accredited = None
            if role == "ambassador":
                to = re.search(r"\b(?:to|in)\b", text[head.end():name_start])
                later = [c for c in inside if to and c.start >= head.end() + to.start()]
                if later:
                    accredited = later[0].entity
                    if country == accredited:
                        country = before[-1].entity if before else None
                    if country is None and len(inside) > 1:
                        country = inside[0].entity
            title_start = before[-1].start if before else head.start()
            title = re.sub(r"\s+", " ", text[title_start:title_end]).strip(" ,")
            pid = self.resolve_name(name, context) or slug(name)
            known = self.gazetteer.entities.get(pid) or (context.persons.get(pid) if context else None)
            if country is None and known is not None and known.values.get("nationality"):
                country = str(known.values["nationality"])
            info = [("role", role), ("title", title), ("name", name)]
            if country:
                info.append(("country", country))
            elif org_inside:
                info.append(("organisation", org_inside[0].entity))
            if accredited:
                info.append(("accredited_to", accredited))
            out.append(Mention(name_start, name_start + len(name), pid, "person", "title", tuple(info)))
        return out

    def _is_entity(self, pos: int, mentions: list[Mention]) -> bool:
        return any(m.start == pos and m.type != "person" for m in mentions)

    # -- bare names and references ------------------------------------------------------------------
    def bare_persons(self, text: str, offset: int, taken: list[Mention], context: DocumentContext) -> list[Mention]:
        """Known persons named without a title ("Torma agreed", "Szijjarto mentioned")."""
        out = []
        spans = [(m.start, m.end) for m in taken]
        for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}", text):
            s, e = m.start() + offset, m.end() + offset
            if any(not (e <= a or s >= b) for a, b in spans):
                continue
            name = re.sub(r"(?:'s|’s)$", "", m.group())
            if fold(name.split()[-1]) in _TITLE_WORDS or len(name) < 4:
                continue
            pid = self._resolve_cheap(name, context)
            if pid:
                out.append(Mention(s, s + len(name), pid, "person", "alias"))
        return out

    def _resolve_cheap(self, name: str, context: DocumentContext) -> str | None:
        toks = tokens(name)
        if not toks:
            return None
        hits = self.gazetteer.forms.get(toks)
        if hits:
            return hits[0][0] if self.gazetteer.entities[hits[0][0]].type == "person" else None
        if toks[-1] in self.gazetteer.persons_by_surname:
            ids = self.gazetteer.persons_by_surname[toks[-1]]
            if len(ids) == 1:
                return ids[0]
        local = [p for p in context.persons.values() for lt in [tokens(p.label)] if lt and lt[-1][:1] == toks[-1][:1]]
        for p in local:
            if difflib.SequenceMatcher(None, tokens(p.label)[-1], toks[-1]).ratio() >= 0.8:
                return p.id
        known = [pid for sn, ids in self.gazetteer.persons_by_surname.items() if sn[:1] == toks[-1][:1] and abs(len(sn) - len(toks[-1])) <= 2 for pid in ids]
        for pid in known:
            if difflib.SequenceMatcher(None, tokens(self.gazetteer.entities[pid].label)[-1], toks[-1]).ratio() >= 0.8:
                return pid
        return None

    def references(self, text: str, offset: int, context: DocumentContext) -> list[Mention]:
        """'the ambassador' -> the last ambassador named; 'the two countries' -> the document's main pair."""
        out = []
        for m in _COREF.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if m.group("pair"):
                if len(context.main_countries) == 2:
                    for c in context.main_countries:
                        out.append(Mention(s, e, c, "country", "coreference"))
                continue
            role = _role(m.group("role").split(None, 1)[1])
            pid = context.last_by_role.get(role)
            if pid:
                out.append(Mention(s, e, pid, "person", "coreference", (("role", role),)))
        return out


def _role(head: str) -> str:
    h = re.sub(r"[\s-]+", " ", head.lower()).strip()
    for key, role in ROLE_HEADS:
        if h == key.replace("-", " "):
            return role
    if h.startswith(("deputy ", "vice ", "first deputy")):
        return {"minister": "deputy-minister", "speaker": "deputy-speaker"}.get(h.split()[-1], "official")
    if h.startswith("first "):
        return _role(h[6:])
    return "official"
