"""Stage 6: predicate patterns per relation type, the way political event coders work.

Each pattern is a regular expression over one sentence or list item; when it fires, the arguments are
taken from the mentions around it (the nearest country, organisation or person of the right type).
A candidate is a plain dict in the curated source format, without id and evidence (see :mod:`.facts`).

>>> PATTERNS["observer"].search("Chile has observer status in the Pacific Alliance") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from .gazetteer import Mention, slug
from .modality import after_publication, modality
from .money import MONEY, amount_of
from .temporal import DateMention

__all__ = ["PATTERNS", "Clause", "Candidate", "find_relations", "near_date"]

_I = re.IGNORECASE
PATTERNS: dict[str, re.Pattern[str]] = {
    "visit": re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing)|travel(?:l)?ed to|trip to|tour of|came to|come to|flew\s+(?:on\s+)?to|landed\s+in|(?:trip|tour)\s+(?:began|started)\b(?=[^.;]{0,40}\bin\s+[A-Z]))\b", _I),
    "meeting": re.compile(r"\b(?:(?:met|meets)(?!\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|deadlines?|demands?|expectations?|criteria|requirements?|needs|standards?|conditions?|obligations?|commitments?|quotas?|criticism|resistance|opposition|approval|success|skepticism|scepticism)\b)|meeting|(?:held|holds|hold|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions)|courtesy\s+call|audience\s+(?:with|to)|called\s+on(?![^.;]{0,80}?\bto\s+(?!the\b|an?\b|his\b|her\b|their\b)[a-z]+\b)|talks\s+(?:with|between)|(?<=after\s)talks|(?<=following\s)talks|(?<=after\stheir\s)talks|(?<=following\stheir\s)talks|negotiations\s+(?:with|between)|received|discussed|hosted|welcomed)\b", _I),
    "signing": re.compile(r"\b(?:signed|signs|signing of|inked|concluded|exchange\s+of\s+(?:[\w-]+\s+){0,3}(?:agreements|memoranda|documents|instruments)|exchanged(?=\s+(?:an?|the|\d+|two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|documents|instruments|protocols?)\b))\b", _I),
    "member": re.compile(r"\b(?:full(?:[\s-]fledged)?\s+members?|member\s+(?:states?|countr(?:y|ies))|(?:is|are|was|were|became|become|remains?|remained)\s+(?:both\s+|all\s+|also\s+|still\s+)?(?:a\s+)?(?:founding\s+)?members?|as\s+(?:fellow\s+)?members\s+of|among\s+the\s+(?:founding\s+|original\s+)?members|joined|accession to)\b", _I),
    "observer": re.compile(r"\bobserver(?:\s+status|\s+state|\s+country)?\b", _I),
    "embassy": re.compile(r"\bembass(?:y|ies)\b|\bdiplomatic\s+missions?\b|\b(?:honorary\s+)?consulates?(?:[\s-]+general)?\b|\bconsulates\s+general\b", _I),
    "recognition": re.compile(r"\brecogni[sz](?:e|ed|es|ing)\b(?!\s+(?:the\s+)?(?:importance|role|contribution|need))", _I),
    "relations-established": re.compile(
        r"\b(?:diplomatic\s+relations|diplomatic\s+ties)\b.{0,80}?\bestablish(?:ed|ing)?\b"
        r"|\bestablish(?:ed|ing)?\s+diplomatic\s+(?:relations|ties)\b"
        r"|\b(?:they|two\s+(?:countries|nations|states)|both\s+(?:countries|nations|states|sides))\s+(?:have\s+|had\s+)?establish(?:ed|ing)\s+(?:bilateral\s+)?(?:relations|ties)\b"
        r"|\bestablishment\s+of\s+(?:the\s+)?(?:our\s+|their\s+|bilateral\s+)?diplomatic\s+(?:relations|ties)\b"
        r"|\banniversary\s+of\s+(?:our\s+|their\s+|bilateral\s+)?diplomatic\s+(?:relations|ties)\b", _I),
    "twinning": re.compile(r"\b(?:sister\s+cit(?:y|ies)|twin(?:ned)?\s+(?:towns?|cit(?:y|ies))|twinning|twinned\s+with)\b", _I),
    "trade-turnover": re.compile(r"\b(?:trade\s+turnover|turnover|bilateral\s+trade|mutual\s+trade|trade\s+volume|volume\s+of\s+trade|trade\s+between"
                                 r"|(?:trade|commercial)\s+exchanges?(?=\s+(?:between|with|reached|amounted|stood|totall?ed|rose|grew|climbed|hit|exceeded)\b)"
                                 r"|trade(?=\s+(?:with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:reached|amounted|amounting|stood|standing|totall?ed|totall?ing|rose|grew|climbed|hit|exceeded)\b)"
                                 r"|trade(?=\s+at\s+(?:\S{1,4}\s?)?\d))\b", _I),  # "statistics put last year's trade at RM3 billion"
    "award": re.compile(r"\b(?:awarded|conferred|presented\s+with|decorated\s+with|received\s+the)\b", _I),
}
#: words after a status word that make it no status: "membership talks", "member of the delegation"
_NOT_STATUS = re.compile(r"^\s*(?:bid|application|applications|talks|negotiations|candidacy|prospects?|aspirations?|of\s+(?:the|a|his|her)\s+delegation)\b", re.I)
_LISTED = re.compile(r"\b(?:are|were|have\s+been|became|joined|all)\b", re.I)
SUMMIT_WORD = re.compile(r"\bsummit\b", re.I)
_RECIPROCAL = re.compile(r"\b(?:have|maintain|opened|established)\s+(?:resident\s+)?embassies\s+in\s+(?:each\s+other['’]?s?|one\s+another['’]s|the\s+other['’]s|their\s+respective|both)\s+capitals?\b", re.I)
_OPENED = re.compile(r"\b(?:opened|opening|re-?opened|re-?opening|re-?opens|established|inaugurated|opens|set\s+up|start(?:ed|ing)\s+(?:its\s+)?operations|began\s+(?:its\s+)?(?:work|operations))\b", re.I)
_OTHER_EVENT = re.compile(r"\b(?:recogni[sz]|independen|visit|sign|opened|joined)", re.I)
_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+)(?:st|nd|rd|th)?\s+anniversary\b|\b(?P<n2>\d{1,3})\s+years\s+(?:since|of)\b", re.I)
_COUNT_WORDS = {"first": 1, "fifth": 5, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
                "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "hundredth": 100, "centenary": 100}


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower())


#: a figure of the year before the one just given: "a year earlier", "the previous year", "in the previous year"
_YEAR_EARLIER = re.compile(r"\s*(?:,\s*)?(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year|(?:in\s+)?the\s+year\s+before)\b", _I)
#: where trade figures end and others begin: "... while investment stood at $80 million"
_NOT_TRADE = re.compile(r"\b(?:invest(?:ment|ments|ed|or)?|FDI|loans?|credits?|aid|grants?|tourists?|students?)\b", re.I)
_WELCOMED = re.compile(r"\b(?:welcomed|greeted)\b", re.I)
_RECIPROCAL_VISITS = re.compile(r"\b(?:reciprocal|mutual)\s+visits\b|\bexchange\s+of\s+visits\b|\bexchanged\s+visits\b", re.I)
_VISIT_KIND = re.compile(r"\b(state|official|working)\b(?:\s+and\s+\w+)?\s+visits?\b", _I)
_AWARD_NAME = re.compile(r"\b(?:the\s+)?((?:Supreme\s+|Grand\s+|Golden\s+)?(?:Order|Medal|Prize|Cross|Star)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of|the|and)?\s*[A-Z][\w'-]*)*)")
_INSTRUMENT = re.compile(r"[\"“]([^\"”]{8,200})[\"”]|\b((?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:agreement|declaration|treaty|memorandum(?:\s+of\s+understanding)?|protocol|accord|convention|pact|charter|communiqu[eé]|joint\s+statement)(?:\s+(?:on|for|concerning|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+(?=\s+(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)|\s*[,.;:]|\s+(?:and|which|that|between|with|by|at)\b|$))?)\b", _I)
#: the heading of a list of visits in one direction: "From South Korea to Kenya:", "Visits from Peru to Chile:"
_DIRECTION = re.compile(r"(?:^|\n)\s*(?:(?:High-level\s+|Official\s+)?visits\s+)?from\s+(?:the\s+)?[A-Z][^:\n]{1,40}?\s+to\s+(?:the\s+)?[A-Z][^:\n]{1,40}?\s*:\s*$"
                        # ... or a heading line of its own: "Presidential visits from Peru to South Korea"
                        r"|(?:^|\n)\s*(?:[A-Z][\w-]*\s+){0,2}visits\s+from\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?\s+to\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?\s*$", _I)
#: an item of such a list: a date, then a colon or dash, then the visitor ("1982: President Chun Doo-hwan")
_DATED_ITEM = re.compile(r"^[^:\n]{0,40}?\d{4}\s*(?::|[-–—]\s)")
_CITY_PAIR = re.compile(r"(?:\b[A-Z]{3}\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*([A-Z][\w\s]+?)\s*[-–—]\s*(?:[A-Z]{3}\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*([A-Z][\w\s]+)")


@dataclass
class Clause:
    """One sentence or list item with everything found in it."""

    text: str
    start: int
    kind: str
    section: tuple[str, ...]
    mentions: list[Mention]
    dates: list[DateMention]
    main_countries: tuple[str, ...] = ()
    bilateral: bool = False
    #: the document's publication date (relative, its own precision), for leads and "currently"
    published: DateMention | None = None
    #: the first sentence of the document's body: a news lead reports an event of the day of publication
    lead: bool = False
    #: what earlier clauses of the document left for later ones (e.g. the organisation of a summit)
    memory: dict[str, str] = field(default_factory=dict)

    def of_type(self, *types: str) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]


@dataclass
class Candidate:
    """A fact found by a pattern: its type, fields, dates, confidence and new entities it needs."""

    type: str
    values: dict[str, Any]
    date: DateMention | None = None
    confidence: float = 0.7
    inferred: tuple[str, ...] = ()
    inference: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    approximate: bool = False


#: a news dateline with the report's day: "RAROTONGA, Cook Islands, Nov 10 AAP -", "PHNOM PENH, Nov. 13 (Xinhua) --"
_DATELINE_DATE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z][\w .'’-]{2,40},\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\(?[A-Z][\w]*\)?)?\s*[-–—]+\s")


def _signers(clause: Clause, sm: re.Match[str]) -> list[str]:
    """The parties a signing sentence names: its countries, less the country of a news dateline ("RAROTONGA,
    Cook Islands, Nov 10 -"); when fewer than two, the bodies named before the verb ("the European Union and Chile
    signed", "the EU-Chile Association Agreement, which was signed")."""
    t = clause.text
    dl = _DATELINE_DATE.match(t)
    skip = {m.entity for m in clause.of_type("country") if dl is not None and m.start - clause.start < dl.end()}
    parties = [c for c in _countries(clause) if c not in skip or any(
        m.entity == c and m.start - clause.start >= (dl.end() if dl else 0) for m in clause.of_type("country"))]
    if len(parties) < 2:
        for m in clause.of_type("organisation"):
            if m.start - clause.start < sm.start() and m.entity not in parties and not re.search(
                    r"(?:sidelines|margins|summit|meeting|session|member|members)\s+of\s+(?:the\s+)?$", t[: m.start - clause.start], _I):
                parties.append(m.entity)
    return parties


#: a body's gathering, not two persons' meeting: "a meeting of G20 foreign ministers", "the council meeting of the OECD"
_BODY_MEETING = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z]|\d)")
#: instruments in general before a signing word: "all international documents signed", "the many agreements signed"
_GENERIC_SIGNED = re.compile(r"\b(?:all|any|every|many|numerous|various)\s+(?:(?:the|of|[\w-]+)\s+){0,3}(?:documents|agreements|treaties|instruments|accords)\s+(?:(?:previously|already|ever|so\s+far)\s+)?$", _I)
#: a group as the subject of a meeting verb: "The delegation also met ...", "Members of the committee held talks with"
_COLLECTIVE = re.compile(r"\b(?:delegation|delegates|group|team|mission|committee|members|side|officials|parliamentarians|lawmakers|MPs)\b[^.;]*$", _I)
#: one who sat in on a meeting: "in the presence of Crown Prince X"
_PRESENCE = re.compile(r"\bin\s+the\s+presence\s+of\b", _I)
#: talks at a distance, no meeting in person
_REMOTE = re.compile(r"\b(?:phone|telephone|video\s*(?:link|call|conference)|videoconference)\b|\b(?:virtual|online)\s+(?:meeting|talks|format|conference|session)s?\b"
                     r"|\b(?:held|met|meet|took\s+place)\s+(?:virtually|online)\b", _I)
#: a thing received, whose sender was not met: "received a letter from", "received a phone call from"
#: what names the sender of a message, not a participant: "a message from President X", "on behalf of X"
_SENDER = re.compile(r"\b(?:(?:message|letter|greetings|congratulations|invitation|regards|wishes|condolences)s?\s+(?:from|of)|on\s+behalf\s+of)"
                     r"\s+(?:[\w.'’-]+\s+){0,5}$", _I)
_THING_RECEIVED = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|call|invitation|congratulations|greetings|note|report|request|invitation)s?\b", _I)
#: a thing, not a person, as the object of a meeting verb: "welcomed the decision of", "received an award from"
_THING_OF = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:decision|remarks?|statement|proposal|initiative|award|prize|order|medal|"
                       r"news|results?|words|position|offer|idea|plan|efforts?|support|appointment|election|stance|approach|policy|policies|gift)s?\s+(?:of|from|by)\s+", _I)
#: a sentence told on the day of the event before it: "On the same day, ...", "The same day, ..."
_SAME_DAY = re.compile(r"\s*(?:On\s+)?the\s+same\s+day\b", _I)
#: a gathering attended, told before its meeting word: "attended the 12th meeting of ...", "took part in the meeting"
_ATTENDED = re.compile(r"\b(?:attended|attending|attends|attend|took\s+part\s+in|taking\s+part\s+in|take\s+part\s+in|participated\s+in|participating\s+in)\b"
                       r"(?![^;]*\b(?:met|meets|held|holds|had|talks|received|welcomed)\b)[^;]*$", _I)
#: a building or venue, never a person: "Lingkana Palace", "Grand Hotel", "State House"
_PLACE_NAME = re.compile(r"\b(?:Palace|Hotel|House|Hall|Castle|Centre|Center|Airport|Square|Stadium|Mansion|Residence|Fortress|Pavilion)$")
#: a host of a gathering, not of a person: "the summit, hosted by X", "X hosted the conference", "chaired the session"
_GATHERING = r"(?:summit|conference|forum|session|gathering|ceremony|dinner|banquet|reception|luncheon|games|congress|assembly|retreat|event|meeting\s+of)"
_HOSTS_GATHERING = re.compile(r"\b" + _GATHERING + r"s?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
                              r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+|was\s+)?$", _I)
#: a person named as the owner of someone or something: "President X's special envoy", "X's office"
_POSSESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:envoy|representative|adviser|advisor|aide|spokes(?:man|woman|person)|office|government|"
                        r"administration|delegation|wife|husband|son|daughter|message|letter|greetings|cabinet|party|special)\b", _I)
_HOSTED_GATHERING = re.compile(r"\s+(?:(?:a|an|the|this|its|their|last\s+\w+['’]s)\s+)?(?:[\w'’-]+\s+){0,5}?" + _GATHERING + r"s?\b", _I)
#: a welcome on arrival, no talks: "was received at the airport by", "welcomed at Paro airport by"
_AIRPORT = re.compile(r"\s+(?:on\s+arrival\s+)?at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:airport|airbase|air\s+base)\b", _I)
#: the source of a report, not a participant: "..., presidential spokesman X said in a statement"
_SOURCE_SAID = re.compile(r"\s*,?\s*(?:said|says|told|added|announced|reported|stated)\b", _I)
#: a trigger whose subject meets each person named after it
_ONE_MEETS = re.compile(r"met|meets|received|welcomed|hosted|held\s+(?:separate\s+)?(?:talks|meetings)", _I)


def _countries(clause: Clause, after: int | None = None, before: int | None = None) -> list[str]:
    out: list[str] = []
    for m in clause.mentions:
        if after is not None and m.start < after or before is not None and m.start >= before:
            continue
        c = m.entity if m.type == "country" else m.get("country") if m.type == "person" and False else None
        if c and clause.text[m.end - clause.start : m.end - clause.start + 1] == "$":
            c = None  # "US$2.5 billion": a currency, not the country
        if m.type == "city" and m.kind in ("capital", "name"):
            c = None
        if c and c not in out:
            out.append(c)
    return out


#: an aside whose dates are not the event's: "X, who will retire in 2024, visited"
_ASIDE = re.compile(r",\s+(?:who|which|whose|an?\s+(?:former|retired|veteran|one-time|longtime|long-time)\b)[^,;]*,")  # ", a former minister who took office in May,"


def near_date(clause: Clause, pos: int) -> DateMention | None:
    """The date expression nearest to the trigger at clause position ``pos``."""
    best: tuple[int, DateMention] | None = None
    t = clause.text
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(t) if not m.start() <= pos < m.end()]
    same = [d for d in clause.dates if not any(a <= d.pos < b for a, b in asides)]
    for d in same or clause.dates:
        gap = d.pos - pos if d.pos >= pos else pos - d.endpos
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best else None


#: a partnership the signing does not establish but carries on: "a joint statement on further deepening the
#: comprehensive strategic partnership"
_EXISTING_PARTNERSHIP = re.compile(r"\b(?:deepen\w*|strengthen\w*|further|develop\w*|expand\w*|consolidat\w*|existing|enhanc(?:e|es|ing))\s+(?:\w+\s+){0,3}?(?:comprehensive\s+|enhanced\s+|expanded\s+)?strategic\s+partnership", _I)


#: between two bodies of a membership list, one the gazetteer does not know: "), the Forum for East Asia–Latin
#: America Cooperation (FEALAC) and the "
_UNKNOWN_ITEM = re.compile(r"\)?\s*,\s*(?:the\s+)?[A-Z][\w'’–-]*(?:\s+(?:[A-Z][\w'’–-]*|of|for|and|the|on))*?\s+[A-Z][\w'’–-]*(?:\s*\([A-Z][\w-]{1,10}\))?\s*(?:,|,?\s*and)\s*(?:of\s+)?(?:the\s+)?")


#: a line that opens a list of a country's memberships
_MEMBER_LIST = re.compile(r"\bmemberships?\s+(?:include|includes|are|comprise)\s*:\s*$|\bis\s+(?:also\s+)?a\s+member\s+of\s+the\s+following\b[^:]*:\s*$", _I)
#: a list item that is no membership
_NOT_LISTED_MEMBER = re.compile(r"\b(?:observer|applied|applicant|candidate|suspended|withdr[ae]w|left|partner|guest)\b", _I)


#: a country's standing observer status, told without its body: "which has held observer status", "also an observer"
_HELD_OBSERVER = re.compile(r",\s+(?:which|that)\s+(?:has\s+held|holds|has\s+had|has)\s+observer\s+status\b|,\s+also\s+an\s+observer\b", _I)


def _own_date(clause: Clause, trig: re.Match[str]) -> DateMention | None:
    """The date of the event word ``trig``: the nearest one, but one after it in its own coordinated clause
    before one told in an earlier clause ("visited Peru in February ..., and met X in Lima on 12 April")."""
    t = clause.text
    after = [d for d in clause.dates if d.pos >= trig.end() and not re.search(r"[;:]|,\s+(?:and|but|while)\b|\s(?:and|but|before|after)\s+(?:then\s+)?[a-z]+ed\b", t[trig.end() : d.pos])]
    before_other = [d for d in clause.dates if d.endpos <= trig.start() and re.search(r",|\band\b", t[d.endpos : trig.start()])]
    if after and before_other and not [d for d in clause.dates if d.endpos <= trig.start() and d not in before_other]:
        return after[0]
    return near_date(clause, trig.start())


def happened(clause: Clause, m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` if the event word it matched states something that happened (not planned, not denied)."""
    return m if m is not None and modality(clause.text, m.start(), m.end()) is None else None


def first_real(pattern: re.Pattern[str], clause: Clause) -> re.Match[str] | None:
    """The first match of ``pattern`` in the clause that states an event that happened."""
    m = pattern.search(clause.text)
    if m is None or happened(clause, m):
        return m
    return next((x for x in pattern.finditer(clause.text, m.end()) if happened(clause, x)), None)


def _planned_date(clause: Clause, d: DateMention | None) -> bool:
    return d is not None and clause.published is not None and after_publication(d.start, clause.published.start)


def _first_date(clause: Clause) -> DateMention | None:
    return clause.dates[0] if clause.dates else None


def _persons(clause: Clause) -> list[Mention]:
    """Each person once, at their first mention, with the richest description any mention gave (title, country)."""
    first: dict[str, Mention] = {}
    best: dict[str, Mention] = {}
    places = {m.entity for m in clause.of_type("person") if _PLACE_NAME.search(clause.text[m.start - clause.start : m.end - clause.start])}
    for m in clause.of_type("person"):
        if m.entity in places:
            continue  # "at Lingkana Palace, where he ...": a building named like a person is a place
        first.setdefault(m.entity, m)
        if len(m.info) > len(best.get(m.entity, m).info) or m.entity not in best:
            best[m.entity] = m
    return [Mention(m.start, m.end, m.entity, m.type, best[e].kind, best[e].info) for e, m in first.items()]


def _visits(clause: Clause, vm: re.Match[str] | None, persons: list[Mention], country_of: Any) -> list[Candidate]:
    """The visits a visit word (``vm``) of the clause tells: visitors grouped by country, host, date."""
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    vm_any = PATTERNS["visit"].search(t)
    heading_visits = any(re.search(r"visit", h, _I) for h in clause.section) and clause.kind == "item" and not vm_any
    lead_date = clause.published if clause.lead and not clause.dates and vm is not None and clause.published is not None and clause.published.precision == "day" else None
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(t)]
    if vm is not None and _TOPIC_VISIT.search(t[: vm.start()]):
        # "spoke to reporters on Monday about his trip to Peru": Monday is the talk's, the trip is only its topic
        clause = replace(clause, dates=[d for d in clause.dates if d.pos > vm.start()], lead=False)
        lead_date = None
    # "the first visit by a Peruvian leader since 1990": no day of the visit ("on a visit since Tuesday" began that day)
    if any(d.precision != "day" and _SINCE.search(t[: d.pos]) for d in clause.dates):
        clause = replace(clause, dates=[d for d in clause.dates if d.precision == "day" or not _SINCE.search(t[: d.pos])])
    if asides:  # "Ruiz, who took office after Vega retired in 2018, is paying a visit": the aside is no part of it
        persons = [p for p in persons if not any(a <= p.start - rel < b for a, b in asides)]
        clause = replace(clause, dates=[d for d in clause.dates if not any(a <= d.pos < b for a, b in asides)])
    if lead_date is None and vm is not None and not clause.dates and clause.published is not None and clause.published.precision == "day" and re.search(
            r"\b(?:is|are)\s+(?:paying|making|on)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}visit|\b(?:arrives|is\s+visiting|are\s+visiting)\b"
            r"|\b(?:is|are)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}visit\b", t, _I):
        lead_date = clause.published  # "is paying an official visit": the day of the report
    if lead_date is None and vm is not None and not clause.dates and clause.published is not None and len(clause.published.start) >= 7 and re.search(
            r"\b(?:have|has)\s+(?:(?:already|just|now)\s+)?(?:arrived|come)\b|\bto\s+have\s+arrived\b", t, _I):
        # "have arrived so far": a news report's present perfect, of the month of publication
        lead_date = DateMention(0, 0, clause.published.start[:7], None, "month", relative=True)
        clause.memory["arrival-date"] = lead_date.start
    if (vm or heading_visits) and persons and (clause.dates or lead_date):
        kind_m = _VISIT_KIND.search(t)
        kind = kind_m.group(1).lower() if kind_m and " and " not in kind_m.group() else None
        groups: dict[str, list[Mention]] = {}
        trigger = rel + vm.start() if vm else rel
        guessed: set[str] = set()
        first_host = next((m.entity if m.type == "country" else country_of(m.entity) for m in clause.mentions
                           if m.start >= trigger and m.type in ("country", "city") and m.kind != "demonym"), None)
        if first_host is None and vm is not None and re.match(r"\s+to\s+the\s+country\b", t[vm.end() :]):
            # "in Rabat, Morocco, during a two-day visit to the country": the country just named
            first_host = next((m.entity for m in reversed(clause.of_type("country")) if m.end <= trigger and m.kind != "demonym"), None)
        # those named after the verb are the hosts' ("visited Nairobi and held talks with President Kenyatta")
        travellers = [p for p in persons if p.start < trigger] if vm is not None and any(p.start < trigger for p in persons) else persons
        if vm is not None and travellers != persons:
            # "A visited Kyiv together with Lithuanian President B": B travelled too (with a country of their own)
            travellers += [p for p in persons if p.start >= trigger and p.get("country")
                           and re.search(r"\b(?:together|along)\s+with\s+(?:[\w'’-]+\s+){0,4}$", t[vm.end() : p.start - rel], _I)
                           and not re.search(r"[;]", t[vm.end() : p.start - rel])]
        for inv in _INVITED_BY.finditer(t, 0, vm.start() if vm is not None else len(t)):
            # "At the invitation of the President of A, X, the President of B, Y made a visit": X is the host
            host_p = next((p for p in sorted(persons, key=lambda p: p.start) if p.start - rel >= inv.end()), None)
            if host_p is not None and len(travellers) > 1:
                travellers = [p for p in travellers if p.entity != host_p.entity]
        on_visit = _ON_VISIT.search(t[: vm.start()]) if vm is not None else None
        if on_visit is not None:
            # "received the Minister of X, Ana Soto, who is on an official visit to Y": the visitor is the one the
            # relative clause follows, not the host who received her
            right_before = [p for p in travellers if p.end - rel <= on_visit.start() and re.fullmatch(r"[\s,]*", t[p.end - rel : on_visit.start()])]
            travellers = right_before[-1:]  # (none named there: the visitor is unknown, never the host)
        for p in travellers:
            pc = p.get("country") or country_of(p.entity)
            if not pc and (p.get("role") or p.kind == "alias" and len(persons) == 1) and len(clause.main_countries) == 2 and first_host in clause.main_countries:
                # a bilateral text: a visitor named before the verb is of the other side, one named after it of the host's
                pc = next(c for c in clause.main_countries if c != first_host) if p.start < trigger else first_host
                guessed.add(p.entity)
            if pc:
                groups.setdefault(pc, []).append(p)
        # "President Ana Ruiz of Peru": a country that belongs to a name is nobody's destination
        # (that mention only: "At the invitation of President A of Ghana, B paid a visit to Ghana")
        owned = {m.start for m in clause.of_type("country") for p in persons
                 if p.end <= m.start and re.fullmatch(r"\s+of\s+(?:the\s+)?", t[p.end - rel : m.start - rel])}
        for vcountry, visitors in groups.items():
            # a place after "from" is where the visitor came from ("arrived in Kinshasa from Brazzaville")
            origin = {m.start for m in clause.mentions if re.search(r"\bfrom\s+(?:the\s+)?$", t[max(0, m.start - rel - 12) : m.start - rel], _I)}
            # a demonym is a destination only as "the Peruvian capital": "visited the Peruvian embassy (a restaurant) in
            # Santiago" went nowhere abroad
            hosts = list(dict.fromkeys(m.entity for m in clause.of_type("country") if m.start >= trigger and m.entity != vcountry and m.start not in owned
                                       and m.start not in origin and (m.kind != "demonym" or _DEMONYM_PLACE.match(t, m.end - rel))))
            cities = [m for m in clause.of_type("city") if m.start >= trigger and country_of(m.entity) != vcountry and m.start not in origin]
            inferred: tuple[str, ...] = ()
            host = hosts[0] if hosts else (country_of(cities[0].entity) if cities else None)
            if vm is not None and cities and re.fullmatch(r"\s*(?:in|to|at)?\s*", t[vm.end() : cities[0].start - rel]) and country_of(cities[0].entity):
                host = country_of(cities[0].entity)  # "arrived in Kinshasa ...": the city right after the verb says where
            if host is not None and cities:
                cities = [c for c in cities if country_of(c.entity) == host] or cities
            if host is None and vm is not None:
                # "X is in Lima on a working visit": the place right before "on a ... visit"
                spot = next((m for m in clause.of_type("country", "city") if m.end - rel <= vm.start() and re.search(r"\b(?:in|to)\s+(?:the\s+)?$", t[: m.start - rel])
                              and re.fullmatch(r"\s+on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}", t[m.end - rel : vm.start()])), None)
                if spot is not None:
                    host = spot.entity if spot.type == "country" else country_of(spot.entity)
                    host = None if host == vcountry else host
                    if host and spot.type == "city":
                        cities = [spot]
            if host is None and vm is not None:
                # "He came from Quito, where he had paid a state visit on 1-2 May": the place the relative clause follows
                wh = _WHERE.search(t[: vm.start()])
                spot = next((m for m in clause.of_type("country", "city") if wh is not None and m.end - rel == wh.start()), None)
                if spot is not None:
                    host = spot.entity if spot.type == "country" else country_of(spot.entity)
                    if host == vcountry:
                        host = None
                    elif spot.type == "city":
                        cities = [spot]
            if host is None and vm is not None and vm.group().lower().startswith("arriv") and clause.memory.get("place"):
                # "Presidents confirmed to have arrived include ...": where the text last said people came
                place = clause.memory["place"]
                host = country_of(place)
                inferred = ("host",) if host else ()
                if host == vcountry:
                    host = None
            if host is None and vm is not None and re.match(r"\s+to\s+the\s+country\b", t[vm.end() :]):
                # "opened the embassy in Rabat, Morocco, during a two-day visit to the country": the country just named
                spot = next((m for m in reversed(clause.of_type("country")) if m.end - rel <= vm.start() and m.entity != vcountry and m.kind != "demonym"), None)
                if spot is not None:
                    host = spot.entity
            home = next((m for m in clause.of_type("country", "city") if vm is not None and m.start - rel >= vm.end()
                         and re.fullmatch(r"\s*(?:in|to|at)?\s*(?:the\s+)?", t[vm.end() : m.start - rel])), None)
            if host is None and home is not None and (home.entity if home.type == "country" else country_of(home.entity)) == vcountry:
                continue  # "travelled to Addis Ababa ..., with my Ethiopian counterpart": an Ethiopian went nowhere abroad
            if host is None and clause.bilateral and len(clause.main_countries) == 2 and vcountry in clause.main_countries:
                host = next(c for c in clause.main_countries if c != vcountry)
                inferred = ("host",)
            if host is None:
                continue
            dates = [d for d in clause.dates if not d.relative] or clause.dates or ([lead_date] if lead_date else [])
            if vm and re.search(r"visits\b", vm.group(), _I) and len(dates) > 1:
                chosen = dates  # "made three visits ... in 2010, 2012 and 2016"
            elif vm:
                chosen = [near_date(clause, vm.start()) or dates[0]]
                chosen = [d for d in chosen if not d.relative] or (chosen if all(d.relative for d in dates) else dates[:1])
                if chosen and not chosen[0].relative:
                    # "visited Egypt in 1990 and again in October 1995", "in 2015 and 2019": every date of the list
                    chosen = _date_list(clause, chosen[0])
            else:
                chosen = dates[:1]
            own = _dates_per_person(clause, visitors, trigger)
            if own:  # "presidents Ruiz (2005) and Diaz (2011) visited": each visitor has dates of their own
                for p, pdates in own:
                    for d in pdates:
                        own_values: dict[str, Any] = {"visitor": (p.entity,), "visitor_country": vcountry, "host": host, "_capacity": [p] if p.get("role") else []}
                        if kind:
                            own_values["kind"] = kind
                        inf = tuple(sorted({*inferred, *(("visitor_country",) if p.entity in guessed else ())}))
                        out.append(Candidate("visit", own_values, d, 0.7, inf, "bilateral-list" if inf else None))
                continue
            chosen = [d for d in chosen if not _planned_date(clause, d)]
            if vm is not None and len(chosen) == 1 and chosen[0].end is None and _ENDED.search(t[max(0, vm.start() - 60) : chosen[0].pos]):
                # "the three-day visit to Peru ended on Wednesday", "returned from a visit to Peru on Wednesday": the last day;
                # its first is known only from a length ("three-day")
                chosen = [d for d in (_start_from_end(t, chosen[0]),) if d is not None]
            if vm is not None and len(chosen) == 1 and chosen[0].precision == "day" and chosen[0].end is None and re.search(
                    r"\bduring\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$", t[: vm.start()], _I) and chosen[0].pos < vm.start():
                # "opened the embassy today, during a two-day visit": a day within the visit, not the day it began — its month
                d0 = chosen[0]
                chosen = [DateMention(d0.pos, d0.endpos, d0.start[:7], None, "month", relative=d0.relative, approximate=d0.approximate)]
            for d in chosen:
                values: dict[str, Any] = {"visitor": tuple(p.entity for p in visitors), "visitor_country": vcountry, "host": host}
                if kind:
                    values["kind"] = kind
                if cities and not inferred:
                    values["destination"] = cities[0].entity
                values["_capacity"] = [p for p in visitors if p.get("role")]
                inf = tuple(sorted({*inferred, *(("visitor_country",) if any(p.entity in guessed for p in visitors) else ())}))
                out.append(Candidate("visit", values, d, 0.8 if not inf else 0.65, inf, "bilateral-list" if inf else None))

    return out


def find_relations(clause: Clause, country_of: Any) -> list[Candidate]:
    """All candidates of one clause; ``country_of`` maps an entity id to its country id. The day of the last
    event told (and of the last talks) is kept for "On the same day" and "Following the talks" later."""
    dl = _DATELINE_DATE.match(clause.text)
    if dl is not None and any(d.pos >= dl.end() for d in clause.dates):
        # "LIMA, May 3 (Wire) -- ... held talks on Tuesday": the dateline's day is the report's, the event has its own
        clause.dates[:] = [d for d in clause.dates if d.pos >= dl.end()]
    out = _find_relations(clause, country_of)
    orgs = clause.of_type("organisation")
    if orgs:
        clause.memory["last-org"] = orgs[-1].entity  # the body "its accession protocol" in a later sentence joins
    if clause.memory.get("talks-day") and not clause.dates and _AFTER_TALKS.search(clause.text):
        clause.memory["event-day"] = clause.memory["talks-day"]  # "Following the talks, ...": back to the talks' day
    for c in out:
        if c.type in ("visit", "meeting", "signing") and c.date is not None and c.date.precision == "day":
            clause.memory["event-day"] = c.date.start
            clause.memory["event-day-end"] = str(clause.start + len(clause.text))
            if c.type == "visit" and not c.date.relative and not clause.memory.get("news-day") and not clause.lead:
                # an account that is no news report: "X paid a visit to Warsaw on 5 April 2023. He was received by Y" —
                # the story has reached the visit's day
                clause.memory["narrative-day"] = c.date.start
            if c.type == "meeting":
                clause.memory["talks-day"] = c.date.start
    return out


def _find_relations(clause: Clause, country_of: Any) -> list[Candidate]:
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start
    persons = _persons(clause)
    date = _first_date(clause)

    # "On the first day of the visit, he met ...": the day the last visit the text told began
    fd = _FIRST_DAY.match(t)
    if fd is not None and clause.memory.get("visit-start") and not any(d.pos < fd.end() for d in clause.dates):
        day = clause.memory["visit-start"]
        clause.dates.insert(0, DateMention(fd.start(), fd.end(), day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True))
        date = _first_date(clause)

    # a news narrative's day: "On May 4, a formal reception ..." (a sentence that opens with its day)
    opening = next((d for d in clause.dates if d.pos <= 4 and d.precision == "day"), None)
    if opening is not None and re.match(r"\s*(?:On\s+)?$", t[: opening.pos]):
        clause.memory["narrative-day"] = opening.start

    # a news dateline: "PHNOM PENH, Nov. 13 (Xinhua) -- ...": the place the report is written from ("here")
    dl = re.match(r"\s*([A-Z][A-Z .'’-]{2,40}),\s", t)
    if dl is not None and not clause.memory.get("dateline"):
        dl_city = next((c for c in clause.of_type("city") if c.start - rel == dl.start(1)), None)
        if dl_city is not None:
            clause.memory["dateline"] = dl_city.entity

    # where the text last said people came or gathered ("have come to Addis Ababa", "gathered in Astana")
    for cm in clause.of_type("city"):
        if re.search(r"\b(?:come|came|arrived|gathered|convened?|converged?|assembled|held)\s+(?:[\w-]+\s+){0,3}(?:in|to|at)\s+$", t[: cm.start - rel], _I):
            clause.memory["place"] = cm.entity

    # "the hosts also greeted President A of Chile, ...": guests arriving where the text's
    # gathering is, at the time its arrivals were reported
    wm = _WELCOMED.search(t)
    if wm and clause.memory.get("place") and clause.memory.get("arrival-date") and not clause.dates and modality(t, wm.start(), wm.end()) is None:
        host = country_of(clause.memory["place"])
        day = clause.memory["arrival-date"]
        for p in persons:
            own = p.get("country") or country_of(p.entity)
            if p.start - rel > wm.end() and own and host and own != host:
                out.append(Candidate("visit", {"visitor": (p.entity,), "visitor_country": own, "host": host, "_capacity": [p] if p.get("role") else []},
                                     DateMention(0, 0, day, None, "month" if len(day) == 7 else "day", relative=True), 0.6, ("host",), "context"))

    # the same list within one clause: "State visits from Peru to Chile: President A (2007), President B (2012)", or
    # a heading line followed by lines "2007: President A"
    block = _direction_block(clause, persons, country_of)
    if block is not None:
        return block

    # an encyclopedia's list of visits under "From Kenya to South Korea:": each dated item names a visitor
    direction = _DIRECTION.search(t)
    if direction is not None:
        pair = [m.entity for m in clause.of_type("country") if m.start - rel >= direction.start()]
        if len(pair) == 2 and pair[0] != pair[1]:
            clause.memory["direction"] = f"{pair[0]}>{pair[1]}"
            return out
    if clause.memory.get("direction"):
        item = _DATED_ITEM.match(t)
        if item is None or not clause.dates or clause.dates[0].pos != 0:
            clause.memory.pop("direction")  # the list is over
        elif persons and not clause.of_type("city", "country") or all(
                (c.entity if c.type == "country" else country_of(c.entity)) in clause.memory["direction"].split(">") for c in clause.of_type("country", "city")):
            src, dst = clause.memory["direction"].split(">")
            kind_m = _VISIT_KIND.search(t)
            p = persons[0]
            if (p.get("country") or country_of(p.entity)) in (None, src):
                values = {"visitor": (p.entity,), "visitor_country": src, "host": dst, "_capacity": [p] if p.get("role") else []}
                if kind_m and " and " not in kind_m.group():
                    values["kind"] = kind_m.group(1).lower()
                out.append(Candidate("visit", values, clause.dates[0], 0.7, ("visitor_country",), "context"))
                return out

    # a visit told in an aside: "Katjavivi, who last visited Helsinki in 2019, thanked ...", "Biden, who arrived in
    # Phnom Penh that morning, attended ..."
    for asd in [*_ASIDE.finditer(t), *_FINAL_ASIDE.finditer(t)]:
        vv = _ASIDE_VISIT.search(asd.group())
        if vv is None or modality(t, asd.start() + vv.start(), asd.start() + vv.end()) is not None:
            continue
        before = [p for p in persons if p.end - rel <= asd.start() and re.fullmatch(r"\s*", t[p.end - rel : asd.start()])]
        if not before:
            continue
        p = before[-1]
        own = p.get("country") or country_of(p.entity)
        place = next((m for m in clause.mentions if m.type in ("country", "city") and asd.start() + vv.end() <= m.start - rel < asd.end()), None)
        host = (place.entity if place.type == "country" else country_of(place.entity)) if place is not None else None
        # "X, who arrived in Lima on Saturday on a two-day visit, ...": a weekday of the report is the arrival's day
        inside = [d for d in clause.dates if asd.start() <= d.pos < asd.end() and (not d.relative or d.precision == "day" and vv.group().lower().endswith(("in", "to")))]
        if not inside and re.search(r"\bthat\s+(?:morning|day|afternoon|evening)\b", asd.group(), _I):
            inside = [d for d in clause.dates if not asd.start() <= d.pos < asd.end()][:1]  # the day the sentence tells
        guessed_own = False
        if not own and len(clause.main_countries) == 2 and host in clause.main_countries:
            own, guessed_own = next(c for c in clause.main_countries if c != host), True  # a text about two countries
        if not own or not host or own == host or not inside or _planned_date(clause, inside[0]):
            continue
        values = {"visitor": (p.entity,), "visitor_country": own, "host": host, "_capacity": [p] if p.get("role") else []}
        if place is not None and place.type == "city":
            values["destination"] = place.entity
        out.append(Candidate("visit", values, inside[0], 0.65, ("visitor_country",) if guessed_own else (), "context" if guessed_own else None))

    # a delegation's visit, then who led it: "the delegation ..., which is on a visit to Lima, ..." + "The delegation was
    # led by the Deputy Speaker of the Chilean Senate X": X visited
    out.extend(_delegation_visits(clause, persons, country_of) or [])

    # "reciprocal visits of President A and President B in 2021": each went to the other's country
    rv = _RECIPROCAL_VISITS.search(t)
    if rv and modality(t, rv.start(), rv.end()) is None and len(persons) == 2 and clause.dates:
        sides = [p.get("country") or country_of(p.entity) for p in persons]
        guessed_side = [sd is None for sd in sides]
        if sides.count(None) == 1 and len(clause.main_countries) == 2 and any(sd in clause.main_countries for sd in sides):
            known = next(sd for sd in sides if sd)
            sides = [sd or next(c for c in clause.main_countries if c != known) for sd in sides]
        d = near_date(clause, rv.start())
        if None not in sides and sides[0] != sides[1] and d is not None and not _planned_date(clause, d):
            for p, own, other, g in ((persons[0], sides[0], sides[1], guessed_side[0]), (persons[1], sides[1], sides[0], guessed_side[1])):
                out.append(Candidate("visit", {"visitor": (p.entity,), "visitor_country": own, "host": other, "_capacity": [p] if p.get("role") else []},
                                     d, 0.65, ("visitor_country",) if g else (), "context" if g else None))
    reciprocal = bool(out)  # (or welcomed guests): the sentence's visits are told

    # visits: each visit word reads its own stretch when several visits with their own visitors are told
    vm_any = PATTERNS["visit"].search(t)
    vm = first_real(PATTERNS["visit"], clause)
    real = [m for m in PATTERNS["visit"].finditer(t) if happened(clause, m)]
    # "arrived in Lima on Friday on a two-day state visit": the arrival and the visit are one, not two visit words
    real = [m for i, m in enumerate(real) if not (i and re.match(r"arriv|landed|flew|travel", real[i - 1].group(), _I) and _SAME_VISIT.search(t[real[i - 1].end() : m.start()])
                                                   and not any(real[i - 1].end() <= p.start - rel < m.start() for p in persons))]
    regions = [(real[i - 1].end() if i else 0, real[i + 1].start() if i + 1 < len(real) else len(t)) for i in range(len(real))]
    if reciprocal:
        pass
    elif len(real) > 1 and all(any(lo <= p.start - rel < hi for p in persons) for lo, hi in regions) and len({p.entity for p in persons}) > 1:
        for trig, (lo, hi) in zip(real, regions):
            sub = replace(clause, mentions=[x for x in clause.mentions if lo <= x.start - rel < hi],
                          dates=[d for d in clause.dates if lo <= d.pos < hi])
            out.extend(_visits(sub, trig, _persons(sub), country_of))
    else:
        if len(real) > 1 and persons:
            # "Ruiz’s visit to Chile, the official visit of President Vega to Ecuador": the visit word just before the visitor
            just_before = [x for x in real if x.end() <= persons[0].start - rel and re.fullmatch(r"\s+(?:of|by)\s+[\w\s'’-]*", t[x.end() : persons[0].start - rel])]
            vm = just_before[-1] if just_before else vm
        out.extend(_visits(clause, vm, persons, country_of))
    told = [c for c in out if c.type == "visit" and c.date is not None]
    if told:
        clause.memory["visit-start"] = told[-1].date.start  # type: ignore[union-attr]
    if out and clause.kind == "item":
        return out  # a visit item says nothing else

    # meetings: two or more persons
    # "visited Brazil in February for a meeting of G20 ministers, and met X in Tokyo last Tuesday": the body's
    # gathering is no trigger when a meeting word of two persons follows
    real_m = [x for x in PATTERNS["meeting"].finditer(t) if happened(clause, x)]
    # "The summit, hosted by X, was attended by ...", "X hosted the gala dinner": a gathering's host, no meeting told;
    # "was received at the airport by X": a welcome on arrival
    real_m = [x for x in real_m if not (
        re.match(r"hosted|welcomed|received", x.group(), _I)
        and (_HOSTS_GATHERING.search(t[: x.start()]) or (x.group().lower() == "hosted" and _HOSTED_GATHERING.match(t, x.end()))
             or _AIRPORT.match(t, x.end())))]
    mm = next((x for i, x in enumerate(real_m) if not (_BODY_MEETING.match(t, x.end()) and i + 1 < len(real_m))), None)
    if mm is not None and re.fullmatch(r"meeting", mm.group(), _I) and _ATTENDED.search(t[: mm.start()]) and not re.match(r"\s+(?:with|between)\b", t[mm.end() :], _I):
        # "attended the 12th meeting of the Authority of Heads of State and an ECOWAS+ meeting": a gathering attended,
        # not a meeting of the sentence's persons; a later meeting verb of its own may still tell one
        mm = next((x for x in real_m if x.start() > mm.end() and not re.fullmatch(r"meeting", x.group(), _I)), None)
    asides = [(x.start(), x.end()) for x in _ASIDE.finditer(t)]
    # ", who was accompanied by the Ambassador of X to Y, Ana Soto, later ...": the name after the aside's comma is its own
    asides = [(a, next((p.end - rel + 1 for p in persons if p.start - rel >= b and re.fullmatch(r"\s*", t[b : p.start - rel]) and t[p.end - rel : p.end - rel + 1] == ","
                        and re.search(r"\b(?:by|with)\b", t[a:b])), b)) for a, b in asides]
    if mm is not None and asides:  # "X, who accompanied the president, held talks with Y": the president took no part
        persons = [p for p in persons if not any(a <= p.start - rel < b for a, b in asides)]
    intro = _INTRO.match(t)
    if mm is not None and intro is not None and mm.start() < intro.end():
        # "Following talks between the two leaders, the ministers signed ...": the talks are the opening phrase's
        persons = [p for p in persons if p.start - rel < intro.end()]
    # a visit sentence holds a meeting only when the talks come after the visit: "visited Nairobi and held talks with"
    # ... or when one person receives another ("X today received Y, who is on an official visit")
    receives = mm is not None and re.match(r"received|welcomed|hosted", mm.group(), _I) is not None and any(
        p.end - rel <= mm.start() for p in persons) and any(0 <= p.start - rel - mm.end() < 120 for p in persons)
    # "X held talks with Y, who is on a state visit to Z": the visit is the guest's aside, the talks are told
    if mm is not None and _REMOTE.search(t[max(0, mm.start() - 40) : mm.end() + 60]):
        mm = None  # "held phone talks", "a telephone conversation", "talks via video link": no meeting in person
    if mm is not None and re.match(r"received|welcomed|discussed|hosted", mm.group(), _I) and (
            _THING_RECEIVED.match(t, mm.end()) or _THING_OF.match(t, mm.end())):
        # "received a letter from A, delivered by B": B was met, A was not; "welcomed the decision of A": A was not met
        senders = {p.entity for p in persons if re.search(r"\b(?:from|of|by)\s+(?:[\w.-]+\s+){0,4}$", t[mm.end() : p.start - rel])
                   and not re.search(r"\b(?:delivered|handed(?:\s+over)?|conveyed|brought|presented)\s+by\b", t[mm.end() : p.start - rel], _I)}
        persons = [p for p in persons if p.entity not in senders]
    if mm is not None:
        # "together with President X's special envoy": X is named for the envoy, X took no part
        persons = [p for p in persons if not _POSSESSOR.match(t, p.end - rel)]
        # "conveyed a message from President X", "on behalf of President X": the sender took no part
        persons = [p for p in persons if not _SENDER.search(t[max(0, p.start - rel - 80) : p.start - rel])]
        # "..., presidential spokesman X said in a statement": the one who reports the meeting took no part in it
        persons = [p for p in persons if not (p.start - rel > mm.end() and _SOURCE_SAID.match(t, p.end - rel)
                                              and re.search(r"\b(?:spokes(?:man|woman|person)|press\s+secretary|aide|official)\b[^,;]{0,40}$", t[: p.start - rel], _I))]
    guest_on_visit = mm is not None and vm_any is not None and mm.end() <= vm_any.start() and _ON_VISIT.search(t[mm.end() : vm_any.start()]) is not None
    # (a visit word that told no visit of a country — "visited the city hospital" — holds no meeting back)
    told_visit = any(c.type == "visit" for c in out)
    if mm and len(persons) >= 2 and (not vm_any or not told_visit and vm_any.start() > mm.end() or receives or guest_on_visit or (vm is not None and mm.start() > vm.end() and re.match(r"met|meeting|held|had|courtesy|talks", mm.group(), _I))):
        mdate = _own_date(clause, mm)
        if mdate is not None and any(a.start() > mm.end() and a.start() <= mdate.pos < a.end() for a in _FINAL_ASIDE.finditer(t)):
            mdate = None  # "held talks with X, who had arrived in Y on Thursday": the guest's arrival, not the talks' day
        mdate = mdate or (clause.published if clause.lead else None)
        inferred_m: tuple[str, ...] = ()
        if mdate is None and _SAME_DAY.match(t) and clause.memory.get("event-day"):
            # "On the same day, X also met ...": the day of the last event the report told
            day = clause.memory["event-day"]
            mdate = DateMention(0, 0, day, None, "day", relative=True)
            inferred_m = ("start",)
        if mdate is None and (clause.memory.get("news-day") or clause.memory.get("narrative-day")):
            # a news report's undated meeting is of the day its lead reports, or of the day its narrative reached
            day = clause.memory.get("narrative-day") or clause.memory["news-day"]
            mdate = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
            inferred_m = ("start",)
        if mdate is not None and not _planned_date(clause, mdate):
            conf = 0.7 if mdate is not clause.published and not inferred_m else 0.6
            subject = [p for p in persons if p.end - rel <= mm.start()]
            objects = [p for p in persons if p.start - rel >= mm.end()]
            passive = re.match(r"received", mm.group(), _I) is not None and re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", t[: mm.start()], _I) is not None
            collective = not subject and _COLLECTIVE.search(t[: mm.start()]) is not None and re.match(r"met|meets|received|welcomed|hosted|held|had|paid|courtesy|talks\s+with", mm.group(), _I) is not None
            if collective:
                pass  # "The delegation also met members of the group, chaired by A, and paid a courtesy call on B": A and B did not meet
            elif passive:
                # "A was received by B and C": A met each of them; "the delegation was received by B and C": no pair
                # of persons told, the receivers did not meet each other
                for sp in subject:
                    for o in objects:
                        if sp.entity != o.entity:
                            duo = [sp, o]
                            out.append(Candidate("meeting", {"participants": tuple(sorted({p.entity for p in duo})), "_capacity": duo}, mdate,
                                                 conf, inferred_m, "context" if inferred_m else None))
            elif len(subject) >= 2 and objects and len(persons) == len(subject) + len(objects) and _ONE_MEETS.match(mm.group()) and not re.search(
                    r"\b(?:each\s+other|one\s+another|together)\b", t[mm.end() :], _I):
                # "A visited Lima together with B; both held talks with C", "A and B met C": each of them met C, A and B
                # came together (the meeting is told of C)
                for sp in subject:
                    for o in objects:
                        duo = [sp, o]
                        out.append(Candidate("meeting", {"participants": tuple(sorted({p.entity for p in duo})), "_capacity": duo}, mdate,
                                             conf, inferred_m, "context" if inferred_m else None))
            elif len(subject) == 1 and len(objects) >= 2 and len(persons) == len(subject) + len(objects) and _ONE_MEETS.match(mm.group()) and not (
                    # "A received B, in the presence of C": C sat in on the one meeting of A and B, all three took part
                    sum(1 for o in objects if not _PRESENCE.search(t[mm.end() : o.start - rel])) == 1):
                # "Putin also met with A, B and C": a meeting with each, not one among all of them
                for o in objects:
                    duo = [subject[0], o]
                    out.append(Candidate("meeting", {"participants": tuple(sorted({p.entity for p in duo})), "_capacity": duo}, mdate,
                                         conf, inferred_m, "context" if inferred_m else None))
            else:
                out.append(Candidate("meeting", {"participants": tuple(sorted({p.entity for p in persons})), "_capacity": persons}, mdate,
                                     conf, inferred_m, "context" if inferred_m else None))
    if clause.lead and clause.published is not None and len(clause.published.start) == 10 and any(c.type in ("visit", "meeting") for c in out):
        clause.memory.setdefault("news-day", clause.published.start)

    # signing (and the partnership it establishes)
    twinning = bool(PATTERNS["twinning"].search(t))  # a sister-city protocol binds cities, not their countries
    listed = [] if twinning else _listed_signings(clause)
    out.extend(listed)
    sm = None if twinning else first_real(PATTERNS["signing"], clause)
    if sm and not listed:
        # "signed an Agreement on Trade in 1985 and a Convention on Double Taxation in 2014", "include an Agreement
        # on Trade (1985), ...": each instrument of the list with its own date
        listed = _dated_instruments(clause, sm, country_of)
        out.extend(listed)
    if sm and not listed and _SIGNED_LIST.search(t):
        # "the following documents were signed on 2 June 2022:" — the items after it are the documents
        d = near_date(clause, sm.start())
        parties = _countries(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        if d is not None and len(parties) == 2 and not _planned_date(clause, d):
            clause.memory["signed-list"] = f"{d.start}|{'+'.join(sorted(parties))}"
            return out
    if clause.memory.get("signed-list") and not sm:
        head = re.match(r"\s*(?:[-•*]\s*)?(?:\d+[.)]\s*)?(?:the\s+)?(?P<title>(?:[A-Z][\w'’-]*\s+){0,4}?(?:Agreement|Convention|Treaty|Memorandum|Protocol|Declaration|Programme|Program|Accord)\b[^;.]*)", t)
        if head is None:
            clause.memory.pop("signed-list")
        else:
            day, pair_s = clause.memory["signed-list"].split("|")
            parties = pair_s.split("+")
            title = re.sub(r"\s+", " ", head.group("title")).strip()
            iid = slug(f"{title} {'-'.join(parties)} {day[:4]}")[:80].strip("-")
            ent = {"id": iid, "type": "declaration" if re.search(r"declaration", title, _I) else "agreement", "label": title}
            list_day = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
            out.append(Candidate("signing", {"instrument": iid, "parties": tuple(parties)}, list_day, 0.65, ("start",), "context", entities=[ent]))
            return out
    sign_inferred: tuple[str, ...] = ()
    sclause = clause
    if sm and date is not None and any(a.start() <= date.pos < a.end() and not a.start() <= sm.start() < a.end() for a in _ASIDE.finditer(t)):
        date = near_date(clause, sm.start())  # "relations, which came close to war in 1969, rest on the treaty signed in 1998"
    if sm and not listed:
        # a paragraph of several sentences: the signing's own sentence names its parties and its date ("Mauritania left
        # the bloc in 2000 and signed an association agreement with it in 2017", after a sentence about 1972)
        lo = max((x.end() for x in _SENTENCE_END.finditer(t, 0, sm.start())), default=0)
        nx = _SENTENCE_END.search(t, sm.end())
        hi = nx.start() + 1 if nx else len(t)
        if lo > 0 or hi < len(t):
            sclause = replace(clause, mentions=[x for x in clause.mentions if lo <= x.start - rel < hi], dates=[d for d in clause.dates if lo <= d.pos < hi])
            d_after = next((d for d in sclause.dates if d.pos >= sm.end()), None)
            d_before = next((d for d in reversed(sclause.dates) if d.endpos <= sm.start()), None)
            if d_after is not None and (d_before is None or re.search(r"\band\b|,", t[d_before.endpos : sm.start()])):
                date = d_after  # "left ... in December 2000 and signed ... in August 2017": the later verb's own date
            elif d_before is not None or d_after is not None:
                date = d_before or d_after
            elif date is not None and not lo <= date.pos < hi:
                date = None
    if sm and date is not None and _PERIOD_DATE.search(t[: date.pos]):
        # "a loan framework worth $2 billion for 2024-2028": the period it covers, not the day it was signed
        date = next((d for d in clause.dates if not _PERIOD_DATE.search(t[: d.pos])), None)
    if sm and date is None and not listed and (
            _AFTER_TALKS.search(t) and (clause.memory.get("talks-day") or clause.memory.get("narrative-day") or clause.memory.get("news-day"))
            or _WITNESSED.search(t) and not re.search(r"\bhad\s+been\b", t) and (clause.memory.get("talks-day") or clause.memory.get("news-day"))):
        # "Following the talks, the ministers signed ...", "the two leaders witnessed the exchange of 11 agreements", "the
        # Agreement on ... was signed by": the day of the talks the report told
        day = clause.memory.get("talks-day") or clause.memory.get("narrative-day") or clause.memory["news-day"]
        date = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
        sign_inferred = ("start",)
    if sm and date and _DATELINE_DATE.match(t) and date.pos < _DATELINE_DATE.match(t).end():  # type: ignore[union-attr]
        # "RAROTONGA, Cook Islands, Nov 10 AAP - ... a treaty signed by": the report's day, not the signing's
        date = next((d for d in clause.dates if d.pos >= _DATELINE_DATE.match(t).end()), None)  # type: ignore[union-attr]
    if sm and date is not None and re.search(r"\b(?:since|from|between)\s+$", t[: date.pos], _I):
        date = None  # "have signed over 40 agreements since 1990": an interval, no day of signing
    if sm and _GENERIC_SIGNED.search(t[: sm.start()]):
        sm = None  # "adherence to all documents signed between the two countries": instruments in general, no signing told
    acc = _ACCESSION.search(t, sm.end()) if sm else None
    if sm and date and acc and not _planned_date(clause, date) and not listed:
        # "Bolivia signed its accession protocol in 2015": the acceding country and the body it joins (named in the
        # sentence, or the last body the text named)
        acc_signers = list(dict.fromkeys(c.entity for c in sclause.of_type("country") if c.start - rel < sm.start()))
        acc_orgs = list(dict.fromkeys(o.entity for o in sclause.of_type("organisation")))
        body = acc_orgs[0] if len(acc_orgs) == 1 else clause.memory.get("last-org") if not acc_orgs else None
        if len(acc_signers) == 1 and body and acc.start() - sm.end() < 40:
            acc_title = _cap_first(re.sub(r"^(?:its|the|an?|their)\s+", "", acc.group(), flags=_I))
            acc_id = slug(f"{acc_title} {acc_signers[0]} {body} {date.start[:4]}")[:80].strip("-")
            out.append(Candidate("signing", {"instrument": acc_id, "parties": tuple(sorted((acc_signers[0], body)))}, date, 0.65,
                                 entities=[{"id": acc_id, "type": "agreement", "label": acc_title}]))
            sm = None
    if sm and date and not _planned_date(clause, date) and not listed:
        parties = _signers(sclause, sm)
        # "Chile signed ... in Brussels": the venue's country is no party
        venue = {country_of(c.entity) for c in clause.of_type("city") if c.start - rel > sm.start()}
        venue_only = len(parties) == 1 and any(c in venue and c not in parties for c in clause.main_countries)
        if not venue_only and len(parties) < 2 and len(clause.main_countries) == 2 and (
                re.search(r"two countries|both countries|two nations|sides", t, _I) or all(p in clause.main_countries for p in parties)):
            parties = list(clause.main_countries)
        inst = _INSTRUMENT.search(t, sm.end()) or _INSTRUMENT.search(t) or _COUNTED_DOCS.search(t)  # "signed 12 documents"
        single: tuple[str, ...] = ()
        if len(parties) < 2 and inst is not None:
            signers = [c.entity for c in clause.of_type("country") if c.start - rel < sm.start()]
            if re.search(r"\baccede|\baccession\b|\bacceded\b", t, _I) and len(set(signers)) == 1:
                single = (signers[0],)  # "Ukraine signed the Treaty of Amity, becoming the latest country to accede": its accession
            elif re.match(r"(?:.*\b)?the\s+(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|member\s+states)\s+(?:also\s+)?$", t[: sm.start()], _I | re.S) and clause.memory.get("summit-organiser"):
                single = (clause.memory["summit-organiser"],)  # "the leaders signed ... Declaration" at the summit told
        if single and inst:
            title = (inst.group(1) or _LEAD_WORDS.sub("", inst.group(2))).strip()
            iid = slug(f"{title} {single[0]} {date.start[:4]}")[:80].strip("-")
            ent = {"id": iid, "type": "declaration" if re.search(r"declaration", title, _I) else "agreement", "label": title[0].upper() + title[1:]}
            out.append(Candidate("signing", {"instrument": iid, "parties": single}, date, 0.6, entities=[ent]))
        listed_signers = _SIGNER_LIST.search(t[: sm.start()]) or _SIGNER_LIST.match(t, sm.end())
        if len(parties) >= 3 and listed_signers is not None:
            # "A, B, C and D signed the Treaty of X", "the X Declaration, signed by A, B, C and D": each a party
            in_list = _countries(clause, after=rel + listed_signers.start(), before=rel + listed_signers.end())
            parties = in_list if len(in_list) >= 3 else parties[:2]
        elif len(parties) > 2:
            parties = parties[:2]
        if len(parties) >= 2 and inst:
            title = (inst.group(1) or _LEAD_WORDS.sub("", inst.group(2))).strip()
            itype = "declaration" if re.search(r"declaration", title, _I) else "agreement"
            iid = slug(f"{title} {'-'.join(sorted(parties[:2]))} {date.start[:4]}")[:80].strip("-")
            ent = {"id": iid, "type": itype, "label": title[0].upper() + title[1:]}
            cand = Candidate("signing", {"instrument": iid, "parties": tuple(sorted(parties))}, date, 0.75 if not sign_inferred else 0.6,
                             sign_inferred, "context" if sign_inferred else None, entities=[ent])
            out.append(cand)
            level = "enhanced-strategic" if re.search(r"(?:enhanced|expanded|comprehensive)\s+strategic", t, _I) else "strategic" if re.search(r"strategic\s+partnership", t, _I) else None
            if level and not _EXISTING_PARTNERSHIP.search(t):
                out.append(Candidate("partnership", {"parties": tuple(sorted(parties[:2])), "level": level, "_established_by": cand}, date, 0.7))

    # instruments listed with their signing dates: "the Treaty of Friendship, signed on May 3, 1995, and
    # the Treaty on Good Neighbourliness, signed on June 9, 2004", "Joint Statement of X and Y signed on 8 June 2017"
    # partnership elevated without a signing
    if not sm and date and re.search(r"\b(?:elevated|raised|upgraded)\b.{0,40}\bstrategic\s+partnership", t, _I) and not re.search(
            r"\bfrom\s+(?:a\s+|the\s+|their\s+)?(?:comprehensive\s+)?strategic\s+partnership\s+to\b", t, _I):
        parties = _countries(clause) or []
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        level = "enhanced-strategic" if re.search(r"(?:enhanced|expanded|comprehensive)\s+strategic", t, _I) else "strategic"
        if len(parties) >= 2:
            out.append(Candidate("partnership", {"parties": tuple(sorted(parties[:2])), "level": level}, date, 0.6))

    # "Other memberships include:" and its list items: memberships of the country a membership was told of last
    if _MEMBER_LIST.search(t):
        if clause.memory.get("member-subject"):
            clause.memory["member-list"] = clause.memory["member-subject"]
        return out
    if clause.memory.get("member-list"):
        if clause.kind != "item":
            clause.memory.pop("member-list")
        else:
            lead = re.match(r"\s*(?:[-•*]\s*)?(?:the\s+)?", t)
            org = next((o for o in clause.of_type("organisation") if lead is not None and o.start - rel == lead.end()), None)
            if org is not None and not _NOT_LISTED_MEMBER.search(t) and modality(t, org.start - rel, org.end - rel) is None:
                out.append(Candidate("membership", {"member": clause.memory["member-list"], "organisation": org.entity, "role": "member"},
                                     None, 0.65, ("member",), "context"))
            return out

    # membership and observer status
    taken_orgs: set[tuple[str, str]] = set()
    for key, role in (("observer", "observer"), ("member", "member")):
        for m in PATTERNS[key].finditer(t):
            if key == "member" and re.search(r"observer", t[max(0, m.start() - 25) : m.end() + 40], _I):
                continue
            if modality(t, m.start(), m.end()) is not None or _NOT_STATUS.search(t[m.end() : m.end() + 25]):
                continue  # "hopes to become a member", "is not a member", "membership talks"
            pos = rel + m.start()
            orgs = clause.of_type("organisation")
            orgs_after = [o for o in orgs if o.start >= pos]
            orgs_before = [o for o in orgs if o.start < pos]
            org = orgs_after[0] if orgs_after and orgs_after[0].start - pos < 60 else None
            if org is None and orgs_before:
                last = orgs_before[-1]
                # "in which ... observer", "joined the OTS as an observer", "admitted to the SCO as an observer"
                if re.search(r"\bin which\b|\bwhere\b|\bwhose\b", t, _I) or re.match(
                        r"\s+(?:status\s+)?(?:in|of|to)\s+the\s+(?:bloc|organi[sz]ation|grouping|group|alliance|union|community|forum)\b", t[m.end():], _I) or (
                        key == "observer" and re.fullmatch(r"\s+(?:in\s+\d{4}\s+)?as\s+(?:an?\s+)?", t[last.end - rel : m.start()])):
                    org = last
            org_ids: list[str] = []
            date_from_summit = None
            if org is None:
                # a status decided at the summit the document speaks of: "at the summit, X was granted observer status"
                summit_org = clause.memory.get("summit-organiser")
                if summit_org and re.search(r"\b(?:granted|admitted|accepted|received|obtained|became|joined|approved)\b", t, _I) and (
                        SUMMIT_WORD.search(t) or clause.memory.get("summit-sentence") == "previous"):
                    org_ids = [summit_org]
                    date_from_summit = clause.memory.get("summit-date")
                elif summit_org and key == "observer" and _HELD_OBSERVER.search(t, max(0, m.start() - 40), m.end() + 1):
                    # a summit report's "Mongolia, which has held observer status since 2004": of the summit's body
                    org_ids = [summit_org]
            else:
                org_ids = [org.entity]
                # "a member of the UN, the OSCE, the OIC and TURKSOY": every organisation of the list
                after = [o for o in orgs if o.start > org.start]
                end_at = org.end
                for o in after:
                    gap = t[end_at - rel : o.start - rel]
                    if o.entity == org_ids[-1] and re.fullmatch(r"\s*\(", gap):
                        end_at = o.end  # "Asia-Pacific Economic Cooperation (APEC)": the same body's acronym
                        continue
                    # "..., the OSCE and of the OIC", and an item of the list the gazetteer does not know
                    if re.fullmatch(r"\)?\s*(?:,|and|,\s*and|as\s+well\s+as)\s*(?:of\s+)?(?:the\s+)?", gap) or _UNKNOWN_ITEM.fullmatch(gap):
                        if o.entity not in org_ids:
                            org_ids.append(o.entity)
                        end_at = o.end
                    else:
                        break
            if not org_ids:
                continue
            members = [c for c in clause.mentions if c.type == "country" and c.start < pos and c.kind != "demonym"]
            clause_start = max((rel + x.end() for x in re.finditer(r",\s*(?:while|whereas|in which|and)\b|;|\bwhile\b|\bwhereas\b", t) if rel + x.end() <= pos), default=rel)
            members = [c for c in members if c.start >= clause_start]
            ids: list[str] = []
            if members:
                if re.search(r"\bboth\b|\band\b", t[members[0].start - rel : m.start()], _I) and len(members) > 1 and not re.search(r",", t[members[0].start - rel : m.start()]):
                    ids = [c.entity for c in members]
                elif len(members) > 1 and re.fullmatch(r"(?:[\s,]*(?:and\s+)?(?:the\s+)?[\w\s-]*?)*", t[members[0].start - rel : m.start()]) and _LISTED.search(t[members[-1].end - rel : m.start()]):
                    ids = [c.entity for c in members]  # "Chile, Peru and Colombia are members"
                else:
                    ids = [members[-1].entity]
            elif re.search(r"\b(?:both|the\s+two)\s+(?:countries|states|nations|sides)\b", t[: m.start()], _I) and len(clause.main_countries) == 2:
                ids = list(clause.main_countries)
            elif re.search(r"\bboth\s+(?:were|are|became|have\s+been|remain)\b", t[clause_start - rel : m.start()], _I):
                # "Mexico and Ecuador established relations in 1837, and both were among the founding members of"
                coord = [c for c in clause.mentions if c.type == "country" and c.kind != "demonym" and c.start < clause_start]
                if len(coord) == 2 and re.fullmatch(r"\s+and\s+(?:the\s+)?", t[coord[0].end - rel : coord[1].start - rel]):
                    ids = [c.entity for c in coord]
            if not ids:
                continue
            start = None
            for d in clause.dates:
                if abs(d.pos + rel - pos) < 60:
                    start = d
            if start is None and date_from_summit:
                start = DateMention(0, 0, date_from_summit, None, {10: "day", 7: "month"}.get(len(date_from_summit), "year"))
            for cid in ids:
                for oid in org_ids:
                    if (cid, oid) in taken_orgs:
                        continue
                    taken_orgs.add((cid, oid))
                    out.append(Candidate("membership", {"member": cid, "organisation": oid, "role": role}, start, 0.75))
                    if len(ids) == 1:
                        clause.memory["member-subject"] = cid

    # embassies: each mention reads its own stretch of the sentence ("X's embassy ... in 2009, while the
    # embassy of Y was opened ... in 2004")
    ems = list(PATTERNS["embassy"].finditer(t))
    for i, em in enumerate(ems):
        lo = ems[i - 1].end() if i else 0
        hi = ems[i + 1].start() if i + 1 < len(ems) else len(t)
        part = t[lo:hi]
        sender, host, city = _embassy_parties(clause, rel + em.start(), country_of)
        rep_from = max(lo, em.start() - 100)
        rep = re.search(r"\b(?:is|are)\s+represented\s+(?:in\s+[^.;]{0,40}?\s+)?(?:by|through|via|from)\s+(?:its|their)\s+$", t[rep_from : em.start()], _I)
        if rep is not None:
            # "Namibia is represented in Finland through its embassy in Stockholm": the subject sends the embassy
            # (from the sentence's start, past an aside: "Peru, which has no embassy in Nairobi, is represented in Kenya by its
            # embassy in Addis Ababa"; never a country inside "represented in X")
            subj = [c for c in clause.of_type("country") if c.end - rel <= rep_from + rep.start()
                    and re.fullmatch(r"(?:\s*,[^,;]*,)?\s*", t[c.end - rel : rep_from + rep.start()])]
            subj = subj or [c for c in clause.of_type("country") if lo <= c.start - rel < rep_from + rep.start()][:1]
            if subj:
                sender = subj[0].entity
        if sender and host and sender != host:
            consulate = em.group().lower().startswith(("consulate", "honorary"))
            if consulate:
                kind = "Honorary consulate general" if "honorary" in em.group().lower() else "Consulate general" if "general" in em.group().lower() else "Consulate"
                where = city or host
                eid = f"{slug(kind)}-of-{sender}-in-{where}"
                ent = {"id": eid, "type": "embassy", "label": f"{kind} of {{{sender}}} in {{{where}}}", "sent_by": sender, "accredited_to": host}
            else:
                eid = f"embassy-of-{sender}-in-{host}"
                ent = {"id": eid, "type": "embassy", "label": f"Embassy of {{{sender}}} in {{{host}}}", "sent_by": sender, "accredited_to": host}
            if city:
                ent["location"] = city
            opened = _OPENED.search(part)
            if opened is None and i and re.fullmatch(r"[^.;]*?\band\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w'’]*\s+)?", t[ems[i - 1].end() : em.start()]):
                # "the opening of the Embassy of A in X in 2013 and of the Embassy of B in Y in 2015": one opening word, two embassies
                opened = re.search(r"\bopening(?=\s+of\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+)?$)", t[: ems[i - 1].start()], _I)
            edate = next((d for d in clause.dates if em.start() <= d.pos < hi), None) or next((d for d in reversed(clause.dates) if lo <= d.pos < em.start()), None)
            if modality(t, em.start(), em.end()) == "negated" or (opened and modality(t, opened.start(), opened.end()) is not None):
                continue
            if opened and edate and not _planned_date(clause, edate):
                out.append(Candidate("embassy-opening", {"embassy": eid}, edate, 0.75, entities=[ent]))
            elif opened or re.search(r"\b(?:ha(?:s|ve)|maintains?|operates?|runs?)\s+(?:an?\s+|its\s+)?(?:(?:resident|permanent|full|diplomatic)\s+)?(?:embass|consulat|diplomatic\s+mission)",
                                     part, _I) or (
                    (rp := re.search(r"\brepresented\b[^.;]{0,60}?\b(?:by|through|via|from)\s+(?:its|their)\s+(?:embass|consulat)", part, _I)) is not None
                    and modality(t, lo + rp.start()) is None) or re.match(
                    r"embassy\s+of\b", t[em.start():], _I) and t[em.start()].isupper() or _named_embassy(clause, em.start(), em.end()):
                # an opening said without a date, "X has an embassy in Y", "the Embassy of X in Y": the mission exists
                if not (opened and modality(t, opened.start()) is not None):
                    out.append(Candidate("mission", {"embassy": eid}, None, 0.7, entities=[ent]))
    # "both countries have embassies in each other's capitals"
    if _RECIPROCAL.search(t) and modality(t, _RECIPROCAL.search(t).start()) is None:  # type: ignore[union-attr]
        pair = _countries(clause)
        if len(pair) != 2 and len(clause.main_countries) == 2:
            pair = list(clause.main_countries)
        if len(pair) == 2:
            for a, b in (pair, pair[::-1]):
                eid = f"embassy-of-{a}-in-{b}"
                ent = {"id": eid, "type": "embassy", "label": f"Embassy of {{{a}}} in {{{b}}}", "sent_by": a, "accredited_to": b}
                out.append(Candidate("mission", {"embassy": eid}, None, 0.75, entities=[ent]))

    # recognition
    rm = first_real(PATTERNS["recognition"], clause)
    if rm and date:
        recognizers = _countries(clause, before=rel + rm.start())
        recognized = [c for c in _countries(clause, after=rel + rm.end()) if c not in recognizers[-1:]]
        if recognizers and recognized:
            out.append(Candidate("recognition", {"recognizer": recognizers[-1], "recognized": recognized[0]}, date, 0.8))

    # diplomatic relations established
    dm = first_real(PATTERNS["relations-established"], clause)
    if dm:
        parties = _countries(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        rd = next((x for x in clause.dates if x.pos >= dm.start() and not x.relative), None)
        if rd is None and re.match(r"\s+(?:on\s+)?(?:the\s+same|that\s+(?:same\s+)?)\s+day\b", t[dm.end() :], _I):
            # "... gained independence on 21 March 1990, and the two countries established diplomatic relations on the same day"
            rd = next((x for x in reversed(clause.dates) if x.pos < dm.start() and not x.relative and x.precision == "day"), None)
        if rd is None:  # a date before the words, unless it is another event's ("recognised ... in 1991, ... establishing relations")
            rd = next((x for x in reversed(clause.dates) if x.pos < dm.start() and not _OTHER_EVENT.search(t[max(0, x.pos - 80) : dm.start()])), None)
        inferred_date = False
        ann = _ANNIVERSARY.search(t[max(0, dm.start() - 40) : dm.start() + 12])
        n = _count(ann.group("n") or ann.group("n2")) if ann else None
        right_after = rd is not None and re.fullmatch(r"\s*(?:on|in)\s+", t[dm.end() : rd.pos]) is not None
        if n and not right_after:
            # "30 years since relations were established": counted back from the day of
            # publication ("today") or its year; with another date in the sentence it cannot say which
            rd = None
            explicit = any(not x.relative for x in clause.dates)
            if clause.published is not None and not explicit:
                pub = clause.published.start
                is_day = len(pub) == 10 and bool(re.search(r"\btoday\b|\bthis\s+day\b", t, _I))
                rd = DateMention(0, 0, f"{int(pub[:4]) - n:04d}" + (pub[4:] if is_day else ""), None, "day" if is_day else "year", relative=True)
                inferred_date = True
        if len(parties) >= 2 and rd:
            out.append(Candidate("relations-established", {"parties": tuple(sorted(parties[:2]))}, rd, 0.8 if not inferred_date else 0.6))

    # "Samarkand has been twinned with Lahore since 1995 and with Nishapur since 2005, while Marrakech has a twinning
    # link with Granada": each city after "with" is the twin of the city the clause is about
    paired = _twins_with(clause, country_of)
    out.extend(paired)
    # sister cities
    if paired:
        pass
    elif PATTERNS["twinning"].search(t) or (clause.kind == "item" and any(PATTERNS["twinning"].search(h) for h in clause.section)):
        cpair = _CITY_PAIR.search(t)
        if cpair:
            pair_cities: list[dict[str, Any]] = []
            for name, ctext in ((cpair.group(1), cpair.group(2)), (cpair.group(3), cpair.group(4))):
                country = next((m.entity for m in clause.mentions if m.type == "country" and t[m.start - rel : m.end - rel].strip() == ctext.strip()), None)
                if country is None:
                    break
                pair_cities.append({"id": slug(name), "type": "city", "label": name, "country": country})
            if len(pair_cities) == 2:
                out.append(Candidate("twinning", {"cities": tuple(sorted(c["id"] for c in pair_cities))}, None, 0.75, entities=pair_cities))
        elif (tw := PATTERNS["twinning"].search(t)) is not None and modality(t, tw.start()) is None:
            # "Zeytinburnu and Turkistan became sister cities": the cities the sentence names, one of each country
            by_country: dict[str, list[str]] = {}
            for cm in clause.of_type("city"):
                c = country_of(cm.entity)
                if c and cm.entity not in by_country.setdefault(c, []):
                    by_country[c].append(cm.entity)
            if len(by_country) == 2:
                (a, xs), (b, ys) = sorted(by_country.items(), key=lambda kv: len(kv[1]))
                if len(xs) == 1:
                    for y in ys:
                        out.append(Candidate("twinning", {"cities": tuple(sorted((xs[0], y)))}, None, 0.65))

    # trade turnover: every amount after the words, each with its own year ("$41 million in 2003, $58 million in
    # 2004"; "came to 245 million dollars (in 2018 it was 201 million)")
    tm = PATTERNS["trade-turnover"].search(t)
    if tm:
        parties = _countries(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        stop = _NOT_TRADE.search(t, tm.end())
        end = stop.start() if stop else len(t)
        amounts = [m for m in MONEY.finditer(t, tm.end(), end) if amount_of(m) is not None and not re.match(r"\s*%", t[m.end():])
                   and not _TARGET.search(t[max(tm.end(), m.start() - 60) : m.start()])]
        if len(clause.main_countries) == 2 and re.match(r"(?:bilateral|mutual)\b", tm.group(), _I) and not (_countries(clause, before=rel + tm.start())):
            parties = list(clause.main_countries)  # "Bilateral trade reached $18.6 billion, making China X's partner after Y"
        elif amounts and len(parties) > 2 and len(named_pair := _countries(clause, before=rel + amounts[0].start())) == 2:
            parties = named_pair  # "trade between X and Y reached $5 billion, making Y X's partner after Z": Z is no party
        years = [d for d in clause.dates if d.precision == "year" or d.relative and d.start[4:5] != "-"]
        if len(parties) >= 2:
            for i, money in enumerate(amounts):
                prev_end = amounts[i - 1].end() if i else 0
                next_start = amounts[i + 1].start() if i + 1 < len(amounts) else len(t)
                m_end = money.start() + len(money.group().rstrip())
                year_after = next((d for d in years if m_end <= d.pos < next_start and re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?(?:\(|(?:in|for)\s+)?", t[m_end : d.pos])), None)
                year_before = next((d for d in reversed(years) if prev_end <= d.pos < money.start()), None)
                year = year_after or year_before
                if i and out and out[-1].type == "trade-turnover" and _YEAR_EARLIER.match(t, m_end):
                    # "$7.2 billion in 2024, up from $6.5 billion a year earlier": the figure of the year before
                    year = DateMention(0, 0, f"{int(str(out[-1].values['year'])) - 1:04d}", None, "year")
                inferred_y: tuple[str, ...] = ()
                if year is None and clause.published is not None and re.search(r"\b(?:has|have)\s+(?:risen|grown|reached|increased|exceeded)|\b(?:is|stands\s+at|amounts\s+to)\b", t[tm.start() : money.start()], _I):
                    year = DateMention(0, 0, clause.published.start[:4], None, "year", relative=True)  # "has risen to $5 billion": now
                if year is None:
                    continue
                if year.relative:
                    inferred_y = ("year",)
                amount, currency = amount_of(money) or (0, "")  # (local currencies too: "RM3 billion" is MYR)
                out.append(Candidate("trade-turnover", {"parties": tuple(sorted(parties[:2])), "year": year.start[:4], "amount": amount, "currency": currency},
                                     None, 0.8 if not inferred_y else 0.6, inferred_y, "relative-date" if inferred_y else None,
                                     approximate=year.approximate))

    # awards
    am = PATTERNS["award"].search(t)
    if am:
        award_name = _AWARD_NAME.search(t, am.start())
        # who received it: the subject of "was conferred", the one "on"/"upon" whom it was conferred, the object of "awarded
        # X the Order", "him" after "Y, who awarded"; never the one "by" whom it was given
        givers = {p.entity for p in persons if re.search(r"\bby\s+(?:[\w'’.-]+\s+){0,4}$", t[am.end() : max(am.end(), p.start - rel)])}
        if re.search(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+)?$", t[: am.start()], _I):
            recipients = [p for p in persons if p.end - rel <= am.start()]
        else:
            recipients = [p for p in persons if p.start - rel >= am.end()]
            on = [p for p in recipients if re.search(r"\b(?:on|upon)\s+(?:[\w'’.-]+\s+){0,4}$", t[am.end() : p.start - rel])]
            recipients = on or recipients
            if not recipients and re.match(r"\s+(?:him|her)\b", t[am.end() :]):
                who = re.search(r",\s+who\s+(?:also\s+)?$", t[: am.start()])
                subject = [p for p in persons if who is not None and p.end - rel <= who.start()]
                recipients = [p for p in persons if subject and p.entity != subject[-1].entity][:1]
        recipients = [p for p in recipients if p.entity not in givers]
        adate = date
        inferred_a: tuple[str, ...] = ()
        day_before = clause.memory.get("event-day") if 0 <= rel - int(clause.memory.get("event-day-end", "-99")) <= 3 else None
        if adate is None and (day_before or clause.memory.get("news-day")):
            # conferred during the event the sentence before told ("X paid a visit to Y on 5 May. He was received by Z, who
            # awarded him ..."), or on the day a news report covers
            a_day = day_before or clause.memory["news-day"]
            adate = DateMention(0, 0, a_day, None, {10: "day", 7: "month"}.get(len(a_day), "year"), relative=True)
            inferred_a = ("start",)
        if award_name and recipients and modality(t, am.start(), am.end()) is None:
            aid = slug(award_name.group(1))
            ent = {"id": aid, "type": "award", "label": award_name.group(1)}
            for p in recipients:
                out.append(Candidate("award", {"recipient": p.entity, "award": aid}, adate, 0.7 if not inferred_a else 0.6,
                                     inferred_a, "context" if inferred_a else None, entities=[ent]))

    return out


#: an instrument's title written before "signed on <date>"
_TITLE_BEFORE = re.compile(
    r"(?:^|[;:,(]\s*(?:and\s+)?|\b(?:the|and)\s+)[\"“‘']?(?P<title>(?:(?:[A-Z][\w'’.-]*|of|on|the|and|for|in|between|to|a|an|de|la)\s+){0,30}?"
    r"(?:[A-Z][\w'’.-]*|Republic\s+of\s+[A-Z][\w-]*))[\"”’']?\s*,?\s*$"
)
_INSTRUMENT_WORD = re.compile(r"\b(?:Treaty|Agreement|Declaration|Statement|Memorandum|Communiqu[eé]|Protocol|Convention|Pact|Charter|Accord|Programme|Program|Plan|Roadmap|Road\s+Map)\b")
_SIGNED_ON = re.compile(r"\b(?:was\s+|were\s+)?signed\s+(?:on|in)\s+", _I)


def _listed_signings(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    last_end = 0
    for m in _SIGNED_ON.finditer(t):
        d = next((x for x in clause.dates if x.pos == m.end() and not x.relative), None)
        if d is None or modality(t, m.start(), m.end()) is not None or _planned_date(clause, d):
            continue
        base = last_end
        stretch = t[last_end : m.start()]
        last_end = d.endpos
        words = list(_INSTRUMENT_WORD.finditer(stretch))
        if not words:
            continue
        # the title: the capitalised words before its instrument word, and all that follows up to "signed"
        first = words[0]
        for w in words:
            if not re.search(r"(?:[,;]\s*(?:and\s+)?|\bas\s+well\s+as\s+|[’'\"”]\s+and\s+)(?:the\s+)?[‘'\"“]?(?:[A-Z][\w'’.-]*\s+)*$", stretch[: w.start()]) or w is words[0]:
                continue
            first = w  # a later instrument of a list: "..., the Treaty of ... signed on"
        lead = re.search(r"(?:(?:[A-Z][\w'’.-]*|of|on|the|and|for)\s+)*$", stretch[: first.start()])
        start = lead.start() if lead else first.start()
        while re.match(r"(?:of|on|the|and|for)\s", stretch[start:]):
            start = stretch.index(" ", start) + 1
        title = re.sub(r"\s+", " ", stretch[start:]).strip(" ,'\"’”‘“")
        if len(title) > 220 or len(title.split()) < 2:
            continue
        lo = base + start
        parties = list(dict.fromkeys(c.entity for c in clause.of_type("country") if lo <= c.start - rel < m.start()))
        if len(parties) == 1:  # "the EU-Chile Association Agreement, signed on": a body named in the title is a party
            parties += [o.entity for o in clause.of_type("organisation") if lo <= o.start - rel < m.start()][:1]
        inferred: tuple[str, ...] = ()
        if len(parties) < 2 and len(clause.main_countries) == 2 and all(p in clause.main_countries for p in parties):
            parties, inferred = list(clause.main_countries), ("parties",)
        elif not parties and out:  # a list of one pair's documents: the parties of the one before
            parties, inferred = list(out[-1].values["parties"]), ("parties",)
        if len(parties) < 2:
            continue
        itype = "declaration" if re.search(r"declaration|statement|communiqu", title, _I) else "agreement"
        iid = f"{slug(title)[:50].strip('-')}-{'-'.join(sorted(parties))}-{d.start[:4]}"
        ent = {"id": iid, "type": itype, "label": title[0].upper() + title[1:]}
        cand = Candidate("signing", {"instrument": iid, "parties": tuple(sorted(parties))}, d, 0.7, inferred, "context" if inferred else None, entities=[ent])
        out.append(cand)
        if len(parties) == 2 and re.search(r"\bstrategic\s+partnership\b", title, _I) and not _EXISTING_PARTNERSHIP.search(title):
            # "the Treaty on Strategic Partnership ..., signed on August 16, 2010": the partnership it established
            level = "enhanced-strategic" if re.search(r"(?:enhanced|expanded|comprehensive)\s+strategic", title, _I) else "strategic"
            out.append(Candidate("partnership", {"parties": tuple(sorted(parties)), "level": level, "_established_by": cand}, d, 0.65))
    return out


#: an opening phrase that tells an earlier event of the sentence: "Following talks between A and B, ..."
_INTRO = re.compile(r"\s*(?:Following|After|Before|Ahead\s+of|Prior\s+to|On\s+the\s+sidelines\s+of)\b[^,;]{3,120},", _I)
#: words that make an amount a goal, not a figure: "set a target of $10 billion", "aim to raise trade to $5 billion"
_TARGET = re.compile(r"\b(?:target(?:ed|s)?|goal|aim(?:s|ed)?|ambition|objective|plans?|hopes?|expected|forecast|projected|potential|(?:raise|increase|boost|double|bring|lift)\s+(?:it|trade|turnover|bilateral\s+trade)?\s*to)\b[^$€£\d]{0,30}$", _I)
#: the words that give a city's twin after them: "twinned with", "a twinning link with", "sister-city ties with"
_TWIN_WITH = re.compile(r"\b(?:twinned|twinning\s+(?:link|agreement|relationship|ties|relations)|sister[-\s]city\s+(?:link|agreement|relationship|ties|relations)|(?:a\s+)?sister\s+city\s+of)\s+(?:with\s+)?(?=[A-Z])", _I)


def _twins_with(clause: Clause, country_of: Any) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    cities = clause.of_type("city")
    for m in _TWIN_WITH.finditer(t):
        if modality(t, m.start(), m.end()) is not None:
            continue
        stop = max((x.end() for x in re.finditer(r",\s*(?:while|whereas|and)\b|;|\bwhile\b|\bwhereas\b", t[: m.start()])), default=0)
        subject = [c for c in cities if stop <= c.start - rel < m.start()]
        if not subject:
            continue
        twins = [c for c in cities if c.start - rel == m.end()]
        if twins:  # "... and with Nishapur since 2005": the other twins of the same city
            end = twins[0].end - rel
            for c in cities:
                if c.start - rel > end and re.fullmatch(r"[^,;]{0,25}?(?:,|\s)\s*(?:and\s+)?with\s+", t[end : c.start - rel]) and not re.search(r"\bwhile\b|\bwhereas\b", t[end : c.start - rel]):
                    twins.append(c)
                    end = c.end - rel
        for c in twins:
            a, b = subject[-1].entity, c.entity
            if a != b and country_of(a) and country_of(b):
                out.append(Candidate("twinning", {"cities": tuple(sorted((a, b)))}, None, 0.7))
    return out


#: the stretch between an arrival and its visit word: "arrived in Lima on Friday on a two-day state visit", "for a five-day official visit"
_SAME_VISIT = re.compile(r"^[^.;]{0,80}?\b(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}$", _I)
#: a date that bounds an interval, not an event's day: "the first by a Peruvian leader since 1990"
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", _I)
#: a country's instrument of joining a body: "its accession protocol", "the protocol of accession", "the accession treaty"
_ACCESSION = re.compile(r"\b(?:(?:its|the|an?|their)\s+)?(?:accession\s+(?:protocol|treaty|agreement)|(?:protocol|treaty|agreement)\s+(?:of|on)\s+(?:its\s+)?accession)\b", _I)


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


#: the end of a sentence within a paragraph
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:St|Mr|Dr|No|Jr|Sr|vs))[.!?](?=\s+[A-Z\d])")
#: a date an instrument covers or runs to, not its signing's: "for 2024-2028", "until 2030", "valid through 2027"
_PERIOD_DATE = re.compile(r"\b(?:for|until|till|through|to)\s+(?:the\s+(?:period|years?)\s+)?$|\b(?:for|from)\s+(?:the\s+(?:period|years?)\s+)?\d{4}\s*[-–]\s*$", _I)
#: three or more countries listed as the signers: "Peru, Chile, Bolivia and Ecuador signed", "signed by Peru, Chile and Bolivia"
_SIGNER_LIST = re.compile(r"(?:^|(?<=\s))(?:[A-Z][\w'’.-]*(?:\s+(?:and\s+the\s+|of\s+the\s+|the\s+)?[A-Z][\w'’.-]*)*,\s+){2,}"
                          r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:jointly\s+|all\s+)?$"
                          r"|\s+by\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+){1,}(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,?\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?")
#: a visit word at the head of an aside: ", who last visited", ", who had arrived in"
_ASIDE_VISIT = re.compile(r"^,\s+who\s+(?:had\s+|has\s+)?(?:last\s+|first\s+|also\s+|previously\s+|earlier\s+)?(?:visited|arrived\s+in|travelled\s+to|traveled\s+to|came\s+to|flew\s+to|landed\s+in"
                          # ", who led a Cuban delegation on a working visit to Namibia"
                          r"|(?:led|headed)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\s+on\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}visit\s+to)\b", _I)
#: an aside that ends its sentence: "..., and the Governor of X, Ana Soto, who led a delegation on a visit to Y from 2 to 5 May."
_FINAL_ASIDE = re.compile(r",\s+who\b[^,;]*(?=[.!?]?\s*$)")
#: a day told relative to a visit: "On the first day of the visit", "On the opening day of his visit"
_FIRST_DAY = re.compile(r"\s*On\s+the\s+(?:first|opening)\s+day\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?visit\b", _I)
#: a signing right after talks the text told: "Following the talks, the ministers signed ..."
_AFTER_TALKS = re.compile(r"\b(?:following|after|at\s+the\s+end\s+of|at\s+the\s+close\s+of)\s+(?:the|their|these)\s+(?:talks|meeting|negotiations)\b|\bthe\s+two\s+(?:then\s+)?signed\b", _I)
#: documents signed counted, not named: "a total of 12 documents", "several agreements", "a package of bilateral accords"
_COUNTED_DOCS = re.compile(r"()((?:a\s+total\s+of\s+|some\s+|about\s+|over\s+|more\s+than\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                           r"a\s+number\s+of|a\s+package\s+of|a\s+dozen|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memoranda|instruments|accords|deals))\b", _I)
#: words before an instrument's title that are no part of it: "including a", "as well as the"
_LEAD_WORDS = re.compile(r"^(?:(?:including|as\s+well\s+as|such\s+as|and|also|an?|the)\s+)+", _I)
#: a signing a news report tells of its own day: "witnessed the signing of", "witnessed the exchange of", "was signed by"
_WITNESSED = re.compile(r"\bwitness(?:ed|es|ing)?\s+the\s+(?:signing|exchange)\b|\b(?:was|were)\s+signed\s+by\b|\bexchanged\s+(?:an?|the|\d+|two|three|four|five|six|several)\s", _I)
#: a sentence that introduces a list of signed documents
_SIGNED_LIST = re.compile(r"\b(?:following|these|several|other)\s+(?:documents|agreements|instruments|memoranda)\s+(?:were|have\s+been)\s+signed\b[^:]*:\s*$", _I)
#: one instrument of a list, its date right after it: "an Agreement on Trade (1985)", "a Treaty of Friendship in 1961"
_DATED_INSTRUMENT = re.compile(
    r"\b(?:an?|the)\s+(?P<title>(?:[A-Z][\w'’-]*\s+){0,4}?(?:Agreement|Convention|Treaty|Memorandum(?:\s+of\s+Understanding)?|Protocol|Declaration|Accord)"
    r"(?:\s+(?:on|for|of|between|concerning|regarding)\s+[^,;()]*?)?)(?:\s*\((?=\d{4}\))|\s+(?:in|on)\s+(?=\d|[A-Z][a-z]+\s+\d))")


def _dated_instruments(clause: Clause, sm: re.Match[str], country_of: Any) -> list[Candidate]:
    """The instruments of a list each written with its own date, after a signing word; none unless two or more."""
    t = clause.text
    found: list[tuple[str, DateMention]] = []
    for m in _DATED_INSTRUMENT.finditer(t):
        d = next((x for x in clause.dates if x.pos == m.end() and not x.relative), None)
        if d is None or _planned_date(clause, d) or modality(t, m.start(), m.end()) is not None:
            continue
        found.append((re.sub(r"\s+", " ", m.group("title")).strip(), d))
    if len(found) < 2 or len({d.start for _, d in found}) < 2:
        return []
    parties = _signers(clause, sm)
    if len(parties) < 2 and len(clause.main_countries) == 2 and (
            all(p in clause.main_countries for p in parties) or re.search(r"\b(?:two|both)\s+(?:countries|nations|states|sides)\b", t, _I)):
        parties = list(clause.main_countries)
    if len(parties) != 2:
        return []
    out = []
    for title, d in found:
        iid = slug(f"{title} {'-'.join(sorted(parties))} {d.start[:4]}")[:80].strip("-")
        ent = {"id": iid, "type": "declaration" if re.search(r"declaration", title, _I) else "agreement", "label": title}
        out.append(Candidate("signing", {"instrument": iid, "parties": tuple(sorted(parties))}, d, 0.7, entities=[ent]))
    return out


#: a list of visits in one direction with its items in the same clause
_DIRECTION_HEAD = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,2}visits\s+from\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?\s+to\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?(?:\s*:\s*|\s*\n)", _I | re.M)


def _direction_block(clause: Clause, persons: list[Mention], country_of: Any) -> list[Candidate] | None:
    """The visits of a list told in one clause under "visits from X to Y": each visitor with the dates written
    next to them (on their line, or after their name up to the next name). None when the clause holds no such list."""
    t = clause.text
    rel = clause.start
    if "isits from" not in t:  # (cheap test first: "Visits from", "visits from")
        return None
    m = _DIRECTION_HEAD.search(t)
    if m is None or not t[m.end() :].strip():
        return None
    pair = list(dict.fromkeys(c.entity for c in clause.of_type("country") if m.start() <= c.start - rel < m.end()))
    if len(pair) != 2:
        return None
    src, dst = pair
    out: list[Candidate] = []
    pos = m.end()
    for line in re.split(r"(\n)", t[m.end() :]):
        lo, hi = pos, pos + len(line)
        pos = hi
        people = [p for p in persons if lo <= p.start - rel < hi]
        dates = [d for d in clause.dates if lo <= d.pos < hi and not d.relative]
        places = [c for c in clause.of_type("country", "city") if lo <= c.start - rel < hi]
        if not people or not dates or any((c.entity if c.type == "country" else country_of(c.entity)) not in (src, dst) for c in places):
            continue
        for i, p in enumerate(people):
            if (p.get("country") or country_of(p.entity)) not in (None, src):
                continue
            if _DATED_ITEM.match(line.lstrip(" -•*")) and len(people) == 1:
                own = dates[:1]  # "2007: President A"
            else:
                end = people[i + 1].start - rel if i + 1 < len(people) else hi
                own = [d for d in dates if p.end - rel <= d.pos < end]  # "President A (2007), President B (2012)"
            for d in own:
                if _planned_date(clause, d):
                    continue
                values = {"visitor": (p.entity,), "visitor_country": src, "host": dst, "_capacity": [p] if p.get("role") else []}
                out.append(Candidate("visit", values, d, 0.7, ("visitor_country",), "context"))
    return out or None


#: a sentence that names who made up the delegation told before
_DELEGATION_LED = re.compile(r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:was|were)\s+(?:led|headed|included|composed|made\s+up)\s+(?:by|of)\b"
                             r"|^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:included|comprised|consisted\s+of)\b", _I)
#: a delegation on a visit: "a delegation ..., which is on a visit to Lima", "the delegation arrived in Lima"
_DELEGATION_VISIT = re.compile(r"\bdelegation\b[^.;]{0,160}?\b(?:(?:is|was|are|were)\s+(?:on|paying|making)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to|arrived\s+in|came\s+to|visited)\s+$", _I)


def _delegation_visits(clause: Clause, persons: list[Mention], country_of: Any) -> list[Candidate] | None:
    """Remember where a delegation went and when; give the visits of those a later sentence says led or made up the
    delegation. None when the clause names no delegation's members."""
    t = clause.text
    rel = clause.start
    if "delegation" not in t.lower():
        return None
    for m in clause.of_type("country", "city"):
        if m.kind == "demonym" or not _DELEGATION_VISIT.search(t[max(0, m.start - rel - 220) : m.start - rel]):
            continue
        if modality(t, m.start - rel) is not None:
            continue
        host = m.entity if m.type == "country" else country_of(m.entity)
        d = near_date(clause, m.start - rel)
        day = d.start if d is not None and not _planned_date(clause, d) else None
        if day is None and clause.published is not None and re.search(r"\b(?:has|have)\s+been\s+held\b|\b(?:is|are)\s+(?:on|paying|making)\b", t, _I):
            day = clause.published.start[:7] if re.search(r"\bhas\s+been\b", t, _I) else clause.published.start
        if host and day:
            clause.memory["delegation-visit"] = f"{host}|{day}"
        break
    if not clause.memory.get("delegation-visit") or not _DELEGATION_LED.match(t):
        return None
    host, day = clause.memory["delegation-visit"].split("|")
    out: list[Candidate] = []
    for p in persons:
        own = p.get("country") or country_of(p.entity)
        if not own or own == host:
            continue
        date = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
        out.append(Candidate("visit", {"visitor": (p.entity,), "visitor_country": own, "host": host, "_capacity": [p] if p.get("role") else []},
                             date, 0.6, ("start",), "context"))
    return out or None


#: a demonym that names a place: "the Turkish capital", "the Peruvian city of Cusco"
_DEMONYM_PLACE = re.compile(r"\s+(?:capital|city|port|town|region|province|coast|border|side\s+of\s+the\s+border)\b", _I)
#: a visit told by its end: "the visit ... ended on", "concluded her visit", "returned from a visit"
_ENDED = re.compile(r"\b(?:ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up|completed|returned\s+(?:home\s+)?from)\b", _I)
_LENGTH = re.compile(r"\b(?P<n>two|three|four|five|six|seven|\d)[-\s]day\b", _I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _start_from_end(t: str, last: DateMention) -> DateMention | None:
    """The first day of a visit told by its last day and its length ("three-day visit ... ended on Wednesday"), or None."""
    from datetime import date, timedelta

    m = _LENGTH.search(t)
    if m is None or last.precision != "day":
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
    first = date.fromisoformat(last.start) - timedelta(days=n - 1)
    return DateMention(last.pos, last.endpos, first.isoformat(), last.start, "day", relative=True)


#: a visit told in a relative clause of its place: "Quito, where he had paid a state visit"
_WHERE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,6}$")
#: a relative clause that says its person is on a visit: ", who is on an official visit to", ", who was paying"
#: whose guest the visitor is: "at the invitation of", "upon the invitation of"
_INVITED_BY = re.compile(r"\b(?:at|upon|on)\s+the\s+invitation\s+of\b", _I)
#: a visit that is what someone speaks of: "spoke ... about his trip to", "on her recent visit to"
_TOPIC_VISIT = re.compile(r"\b(?:spoke|speaking|talked|talking|told|tells|wrote|writing|reported|commented|said)\b[^.;]{0,80}?"
                          r"\b(?:about|on|of|regarding)\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+){0,2}$", _I)
_ON_VISIT = re.compile(r",?\s*who\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:on|paying|making|currently\s+on)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}$"
                       # "held talks with X, who had arrived in Y on Thursday": the guest's arrival, told aside
                       r"|,\s*who\s+(?:had\s+|has\s+)?(?:just\s+|also\s+|earlier\s+)?$", _I)


def _date_list(clause: Clause, first: DateMention) -> list[DateMention]:
    """``first`` and the dates coordinated with it: "in 1990 and again in October 1995", "in 2015, 2017 and 2019"."""
    out = [first]
    t = clause.text
    for d in clause.dates:
        if d.pos <= out[-1].pos or d.relative:
            continue
        if re.fullmatch(r"\s*(?:,\s*|,?\s*and\s+)(?:again\s+|later\s+|once\s+more\s+|also\s+)?(?:in\s+|on\s+)?", t[out[-1].endpos : d.pos]):
            out.append(d)
        else:
            break
    return out


def _dates_per_person(clause: Clause, visitors: list[Mention], trigger: int) -> list[tuple[Mention, list[DateMention]]]:
    """Each visitor of a list with the dates written right after their name, up to the next name
    ("Ruiz (2005) and Diaz in 2011 visited ..."); empty unless every visitor has some and the list
    stands before the verb."""
    if len(visitors) < 2:
        return []
    rel = clause.start
    ordered = sorted(visitors, key=lambda p: p.start)
    out = []
    for i, p in enumerate(ordered):
        hi = ordered[i + 1].start if i + 1 < len(ordered) else trigger
        if p.end > trigger:
            return []
        own = [d for d in clause.dates if p.end <= d.pos + rel < hi and not d.relative]
        if not own:
            return []
        out.append((p, own))
    return out


def _named_embassy(clause: Clause, start: int, end: int) -> bool:
    """An embassy named by its sender and its place: "the Saudi Embassy in Lima", "Chile's embassy in Quito" (it exists)."""
    t = clause.text
    if not re.match(r"\s+in\s+[A-Z]", t[end:]):
        return False
    return any(m.type == "country" and re.fullmatch(r"(?:['’]s)?\s+", t[m.end - clause.start : start]) for m in clause.mentions)


def _embassy_parties(clause: Clause, pos: int, country_of: Any) -> tuple[str | None, str | None, str | None]:
    """Sender and host of an embassy named around ``pos``: "X has an embassy in Y", "the X embassy in Y",
    "Embassy of X in Y"."""
    rel = clause.start
    t = clause.text
    ms = [m for m in clause.mentions if m.type in ("country", "city")]
    after = [m for m in ms if m.start > pos]
    before = [m for m in ms if m.end <= pos]
    sender = host = city = None
    of = re.match(r"embass(?:y|ies)\s+of\s+(?:the\s+)?", t[pos - rel :], _I)
    if of and after:
        sender = country_of(after[0].entity)
        rest = [m for m in after[1:]]
        if rest:
            host = country_of(rest[0].entity)
            city = rest[0].entity if rest[0].type == "city" else None
    else:
        if before:
            sender = country_of(before[-1].entity)
        in_m = re.search(r"\b(?:in|to)\b", t[pos - rel : pos - rel + 40])
        if in_m and after:
            host = country_of(after[0].entity)
            city = after[0].entity if after[0].type == "city" else None
        if host is None:
            opened_in = [m for m in after if re.search(r"\bin\s*$", t[: m.start - rel])]
            if opened_in:
                host = country_of(opened_in[0].entity)
        if sender is not None and sender == host:  # "... mission in Chile, opening an embassy in Santiago": the one before
            sender = next((c for c in (country_of(m.entity) for m in reversed(before)) if c and c != host), sender)
    return sender, host, city
