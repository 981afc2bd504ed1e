"""The body a post belongs to, when its title names one (curated convention, see graph/sources/README.md).

A president, prime minister, minister or deputy minister holds a post of the *country*; a speaker holds
one of the *parliament*; a state secretary or an adviser "of the Ministry of X" (or "MFA ...") one of
the *ministry*; the head of a named service, fund or agency one of that *government body*; the head of a
friendship or working group one of that *group*. Each row of :data:`BODY_KINDS` says which words name a
body, which roles can belong to it, and the role a generic head word takes there ("Chairman of the
Milli Majlis" is its speaker, "Chairman of the State Fund" its head).

>>> from diplograph.extract.gazetteer import Gazetteer
>>> g = Gazetteer.build()
>>> body = post_body("Speaker of the Grand National Assembly of Turkey", "speaker", "turkiye", g)
>>> (body.id, body.type, body.role) if body else None
('grand-national-assembly-of-turkiye', 'parliament', 'speaker')
>>> post_body("Minister of Foreign Affairs of Chile", "minister", "chile", g) is None
True
>>> post_body("Chile MFA Secretary of State", "state-secretary", "chile", g).label
'Ministry of Foreign Affairs of Chile'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .gazetteer import Gazetteer, slug, tokens

__all__ = ["BODY_KINDS", "Body", "post_body", "find_known", "city_body"]

_PARLIAMENTS = (
    r"Grand National Assembly|National Assembly|Parliament|Milli Majlis|Oliy Majlis|Majlis|Mazhilis|Senate|"
    r"Congress|State Duma|Duma|Sejm|Knesset|Bundestag|Verkhovna Rada|Jogorku Kenesh|House of Representatives|"
    r"Chamber of Deputies|National Council|Federal Assembly|Storting|Riksdag|Cortes Generales"
)
_BODY_NOUNS = r"Service|Fund|Agency|Committee|Office|Bureau|Inspectorate|Authority|Administration|Council"

#: (entity type, regex naming the body in a title, roles that belong to it, role a head/chair word takes)
BODY_KINDS: list[tuple[str, re.Pattern[str], frozenset[str], str]] = [
    ("friendship-group", re.compile(r"(?P<name>(?:inter-?parliamentary\s+)?(?:friendship|working)\s+group(?:\s+on\s+[\w\s-]+?relations)?)", re.I),
     frozenset({"chair", "head", "official"}), "chair"),
    ("parliament", re.compile(rf"(?P<name>\b(?:{_PARLIAMENTS})\b)"),
     frozenset({"speaker", "deputy-speaker", "chair", "head", "official"}), "speaker"),
    ("ministry", re.compile(r"(?P<name>\bMinistry\s+of\s+(?P<portfolio>[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*)*)|\bMFA\b)"),
     frozenset({"state-secretary", "deputy-state-secretary", "official", "head"}), "head"),
    ("ministry", re.compile(r"^(?:Deputy\s+)?(?:State\s+Secretary|Secretary\s+of\s+State)\s+(?:for|of)\s+(?P<portfolio>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)"),
     frozenset({"state-secretary", "deputy-state-secretary"}), "state-secretary"),
    ("government-body", re.compile(rf"(?P<name>\b(?:State\s+)?(?:[A-Z][\w-]*\s+){{1,4}}(?:{_BODY_NOUNS})\b)"),
     frozenset({"head", "chair", "official"}), "head"),
]


@dataclass(frozen=True)
class Body:
    """A body a post belongs to: a known entity (``known``) or a new one described by ``entity``."""

    id: str
    type: str
    label: str
    role: str
    known: bool
    entity: dict[str, Any]


def _country_label(g: Gazetteer, country: str | None) -> str:
    e = g.entities.get(country or "")
    return e.label if e else ""


_MEMBER_OF_PARLIAMENT = re.compile(r"\b(?:MPs?|Members?\s+of\s+(?:the\s+)?Parliament|[Ll]awmakers?|[Pp]arliamentarians?|[Dd]eputies)\b")


def post_body(title: str, role: str, country: str | None, g: Gazetteer) -> Body | None:
    """The body named by ``title`` that a post of ``role`` belongs to, or None (the post is the country's)."""
    clabel = _country_label(g, country)
    if role == "official" and country and _MEMBER_OF_PARLIAMENT.search(title):
        # "Azerbaijani MPs": members of their country's parliament, when it is known
        known = [e for e in g.bodies("parliament") if e.values.get("of") == country and not e.values.get("part_of")]
        if len(known) == 1:
            return Body(known[0].id, "parliament", known[0].label, "official", True, {})
    for etype, pattern, roles, head_role in BODY_KINDS:
        if role not in roles:
            continue
        m = pattern.search(title)
        if not m or etype == "government-body" and re.search(r"\bParty\b", title):
            continue  # (a party's committee is no body of the state: "General Secretary of the Communist Party of X")
        portfolio = m.groupdict().get("portfolio")
        if portfolio:
            portfolio = re.sub(r"\s+of\s+.*$", "", portfolio)
            if country and tokens(portfolio) and tokens(portfolio) == tokens(clabel):
                continue  # "State Secretary of Chile": the country's post
            name = f"Ministry of {portfolio}"
        elif m.group("name") == "MFA":
            name = "Ministry of Foreign Affairs"
        else:
            name = re.sub(r"\s+", " ", m.group("name")).strip()
            name = re.sub(r"^(?:the|of)\s+", "", name, flags=re.I)
        new_role = head_role if role in ("chair", "head") else role
        known = find_known(g, etype, name, country)
        if known is not None:
            return Body(known.id, known.type, known.label, new_role, True, {})
        if etype == "friendship-group":
            return None  # a group needs its counterpart; leave unknown groups to the curators
        label = f"{name[0].upper()}{name[1:]} of {clabel}" if clabel and clabel.lower() not in name.lower() else name
        ent: dict[str, Any] = {"id": slug(label), "type": etype, "label": label}
        if country:
            ent["of"] = country
        return Body(ent["id"], etype, label, new_role, False, ent)
    return None


def find_known(g: Gazetteer, etype: str, name: str, country: str | None) -> Any:
    """The known body of ``etype`` (of ``country`` when given) whose label or alias contains ``name``'s words."""
    want = tokens(name)
    if not want:
        return None
    for e in g.bodies(etype):
        if country and e.values.get("of") not in (None, country):
            continue
        for label in (e.label, *e.alt_labels):
            have = tokens(label)
            if _contains(have, want):
                return e
    return None


def _contains(have: tuple[str, ...], want: tuple[str, ...]) -> bool:
    n = len(want)
    return any(have[i : i + n] == want for i in range(len(have) - n + 1))


#: a city's own body as news names it: "Lima Municipality", "Lima City Council", "Bukhara City Hokimiyat"
_CITY_BODY = r"(?:\s+City)?\s+(?:Metropolitan\s+Municipality|Municipality|City\s+Council|Communal\s+Council|Municipal\s+Council|City\s+Hall|Hokimiyat|Akimat)\b"


def city_body(city_name: str, country: str | None, document: str, g: Gazetteer, head: str = "mayor") -> Body:
    """The body a mayor's post belongs to: the city's body as the document names it ("the Arequipa Communal Council"),
    else the body the head word heads: "<city> Municipality" for a mayor (curated convention), "<city> City Hokimiyat"
    for a hokim, "<city> City Akimat" for an akim; a known body of that name is used as it is."""
    m = re.search(re.escape(city_name) + _CITY_BODY, document)
    kind = {"hokim": "City Hokimiyat", "akim": "City Akimat"}.get(head.lower(), "Municipality")
    label = re.sub(r"\s+", " ", m.group()) if m else f"{city_name} {kind}"
    known = find_known(g, "government-body", label, country)
    if known is not None:
        return Body(known.id, known.type, known.label, "official", True, {})
    ent: dict[str, Any] = {"id": slug(label), "type": "government-body", "label": label}
    if country:
        ent["of"] = country
    return Body(ent["id"], "government-body", label, "official", False, ent)
