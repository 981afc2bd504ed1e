"""Stage 6: visits: who travelled from which country to which, when ("President A of Peru paid a state visit to
Chile on 3 May"), also told as a list under "visits from X to Y", in an aside (", who last visited Lima in
2019,"), by a delegation and who led it, or as reciprocal visits.

The visit rules run first; what they read (the visit word, whether the clause tells nothing else) is what the
meeting rules of :mod:`.meetings` need.

>>> _VISIT_KIND.search("paid an official visit to Peru").group(1)
'official'
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, NamedTuple

from .clause import ASIDE, Candidate, Clause, distinct_persons, first_real, happened, near_date, planned_date
from .gazetteer import Mention
from .modality import modality
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["FINAL_ASIDE", "ON_VISIT", "Visits", "find_visits"]

_I = re.IGNORECASE

_WELCOMED = re.compile(r"\b(?:welcomed|greeted)\b", re.I)
_RECIPROCAL_VISITS = re.compile(r"\b(?:reciprocal|mutual)\s+visits\b|\bexchange\s+of\s+visits\b|\bexchanged\s+visits\b", re.I)
_VISIT_KIND = re.compile(r"\b(state|official|working)\b(?:\s+and\s+\w+)?\s+visits?\b", _I)
#: the heading of a list of visits in one direction: "From South Korea to Kenya:", "Visits from Peru to Chile:"
_DIRECTION = re.compile(r"(?:^|\n)\s*(?:(?:High-level\s+|Official\s+)?visits\s+)?from\s+(?:the\s+)?[A-Z][^:\n]{1,40}?\s+to\s+(?:the\s+)?[A-Z][^:\n]{1,40}?\s*:\s*$"
                        # ... or a heading line of its own: "Presidential visits from Peru to South Korea"
                        r"|(?:^|\n)\s*(?:[A-Z][\w-]*\s+){0,2}visits\s+from\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?\s+to\s+(?:the\s+)?[A-Z][^:.\n]{1,40}?\s*$", _I)
#: an item of such a list: a date, then a colon or dash, then the visitor ("1982: President Chun Doo-hwan")
_DATED_ITEM = re.compile(r"^[^:\n]{0,40}?\d{4}\s*(?::|[-–—]\s)")
#: the stretch between an arrival and its visit word: "arrived in Lima on Friday on a two-day state visit", "for a five-day official visit"
_SAME_VISIT = re.compile(r"^[^.;]{0,80}?\b(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}$", _I)
#: a date that bounds an interval, not an event's day: "the first by a Peruvian leader since 1990"
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", _I)
#: a visit word at the head of an aside: ", who last visited", ", who had arrived in"
_ASIDE_VISIT = re.compile(r"^,\s+who\s+(?:had\s+|has\s+)?(?:last\s+|first\s+|also\s+|previously\s+|earlier\s+)?(?:visited|arrived\s+in|travelled\s+to|traveled\s+to|came\s+to|flew\s+to|landed\s+in"
                          # ", who led a Cuban delegation on a working visit to Namibia"
                          r"|(?:led|headed)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\s+on\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,2}visit\s+to)\b", _I)
#: an aside that ends its sentence: "..., and the Governor of X, Ana Soto, who led a delegation on a visit to Y from 2 to 5 May."
FINAL_ASIDE = re.compile(r",\s+who\b[^,;]*(?=[.!?]?\s*$)")
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
#: whose guest the visitor is: "at the invitation of", "upon the invitation of"
_INVITED_BY = re.compile(r"\b(?:at|upon|on)\s+the\s+invitation\s+of\b", _I)
#: a visit that is what someone speaks of: "spoke ... about his trip to", "on her recent visit to"
_TOPIC_VISIT = re.compile(r"\b(?:spoke|speaking|talked|talking|told|tells|wrote|writing|reported|commented|said)\b[^.;]{0,80}?"
                          r"\b(?:about|on|of|regarding)\s+(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+){0,2}$", _I)
#: a relative clause that says its person is on a visit: ", who is on an official visit to", ", who was paying"
ON_VISIT = re.compile(r",?\s*who\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:on|paying|making|currently\s+on)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}$"
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
                if planned_date(clause, d):
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
        day = d.start if d is not None and not planned_date(clause, d) else None
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


def _visits(clause: Clause, vm: re.Match[str] | None, persons: list[Mention], country_of: Any) -> list[Candidate]:
    """The visits a visit word (``vm``) of the clause tells: visitors grouped by country, host, date."""
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    vm_any = PATTERNS["visit"].search(t)
    heading_visits = any(re.search(r"visit", h, _I) for h in clause.section) and clause.kind == "item" and not vm_any
    lead_date = clause.published if clause.lead and not clause.dates and vm is not None and clause.published is not None and clause.published.precision == "day" else None
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(t)]
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
        on_visit = ON_VISIT.search(t[: vm.start()]) if vm is not None else None
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
            chosen = [d for d in chosen if not planned_date(clause, d)]
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


class Visits(NamedTuple):
    """What the visit rules read in a clause: the visits told; the visit word they read and the first visit word
    (real or not), which the meeting rules need; and whether the clause tells nothing else (a list of visits)."""

    found: list[Candidate]
    trigger: re.Match[str] | None = None
    any_trigger: re.Match[str] | None = None
    final: bool = False


def find_visits(clause: Clause, persons: list[Mention], country_of: Any) -> Visits:
    """The visits of one clause (``persons``: its persons, each once; ``country_of`` maps an entity id to its
    country id): guests greeted where the text's gathering is, lists of visits in one direction, visits told in
    an aside, by a delegation, reciprocal visits, and those of each visit word."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

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
        return Visits(block, final=True)

    # an encyclopedia's list of visits under "From Kenya to South Korea:": each dated item names a visitor
    direction = _DIRECTION.search(t)
    if direction is not None:
        pair = [m.entity for m in clause.of_type("country") if m.start - rel >= direction.start()]
        if len(pair) == 2 and pair[0] != pair[1]:
            clause.memory["direction"] = f"{pair[0]}>{pair[1]}"
            return Visits(out, final=True)
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
                return Visits(out, final=True)

    # a visit told in an aside: "Katjavivi, who last visited Helsinki in 2019, thanked ...", "Biden, who arrived in
    # Phnom Penh that morning, attended ..."
    for asd in [*ASIDE.finditer(t), *FINAL_ASIDE.finditer(t)]:
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
        if not own or not host or own == host or not inside or planned_date(clause, inside[0]):
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
        if None not in sides and sides[0] != sides[1] and d is not None and not planned_date(clause, d):
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
            out.extend(_visits(sub, trig, distinct_persons(sub), country_of))
    else:
        if len(real) > 1 and persons:
            # "Ruiz’s visit to Chile, the official visit of President Vega to Ecuador": the visit word just before the visitor
            just_before = [x for x in real if x.end() <= persons[0].start - rel and re.fullmatch(r"\s+(?:of|by)\s+[\w\s'’-]*", t[x.end() : persons[0].start - rel])]
            vm = just_before[-1] if just_before else vm
        out.extend(_visits(clause, vm, persons, country_of))
    told = [c for c in out if c.type == "visit" and c.date is not None]
    if told:
        clause.memory["visit-start"] = told[-1].date.start  # type: ignore[union-attr]
    return Visits(out, vm, vm_any)
