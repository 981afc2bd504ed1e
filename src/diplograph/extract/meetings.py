"""Stage 6: meetings: two or more persons who met or held talks, and when ("A met B in Lima on 3 May",
"B received A", "A held talks with B and C": a meeting with each). Not a gathering's host, a welcome at the
airport, talks by telephone, the sender of a message nor the one who reports the meeting.

>>> _REMOTE.search("held phone talks with") is not None
True
"""

from __future__ import annotations

import re

from .clause import ASIDE, Candidate, Clause, happened, near_date, planned_date
from .gazetteer import Mention
from .temporal import DateMention
from .triggers import PATTERNS
from .visits import FINAL_ASIDE, ON_VISIT, Visits

__all__ = ["find_meetings"]

_I = re.IGNORECASE

#: a body's gathering, not two persons' meeting: "a meeting of G20 foreign ministers", "the council meeting of the OECD"
_BODY_MEETING = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z]|\d)")
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
_THING_RECEIVED = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|call|invitation|congratulations|greetings|note|report|request)s?\b", _I)
#: a thing, not a person, as the object of a meeting verb: "welcomed the decision of", "received an award from"
_THING_OF = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:decision|remarks?|statement|proposal|initiative|award|prize|order|medal|"
                       r"news|results?|words|position|offer|idea|plan|efforts?|support|appointment|election|stance|approach|policy|policies|gift)s?\s+(?:of|from|by)\s+", _I)
#: a sentence told on the day of the event before it: "On the same day, ...", "The same day, ..."
_SAME_DAY = re.compile(r"\s*(?:On\s+)?the\s+same\s+day\b", _I)
#: a gathering attended, told before its meeting word: "attended the 12th meeting of ...", "took part in the meeting"
_ATTENDED = re.compile(r"\b(?:attended|attending|attends|attend|took\s+part\s+in|taking\s+part\s+in|take\s+part\s+in|participated\s+in|participating\s+in)\b"
                       r"(?![^;]*\b(?:met|meets|held|holds|had|talks|received|welcomed)\b)[^;]*$", _I)
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
#: an opening phrase that tells an earlier event of the sentence: "Following talks between A and B, ..."
_INTRO = re.compile(r"\s*(?:Following|After|Before|Ahead\s+of|Prior\s+to|On\s+the\s+sidelines\s+of)\b[^,;]{3,120},", _I)


def _own_date(clause: Clause, trig: re.Match[str]) -> DateMention | None:
    """The date of the event word ``trig``: the nearest one, but one after it in its own coordinated clause
    before one told in an earlier clause ("visited Peru in February ..., and met X in Lima on 12 April")."""
    t = clause.text
    after = [d for d in clause.dates if d.pos >= trig.end() and not re.search(r"[;:]|,\s+(?:and|but|while)\b|\s(?:and|but|before|after)\s+(?:then\s+)?[a-z]+ed\b", t[trig.end() : d.pos])]
    before_other = [d for d in clause.dates if d.endpos <= trig.start() and re.search(r",|\band\b", t[d.endpos : trig.start()])]
    if after and before_other and not [d for d in clause.dates if d.endpos <= trig.start() and d not in before_other]:
        return after[0]
    return near_date(clause, trig.start())


def find_meetings(clause: Clause, persons: list[Mention], visits: Visits) -> tuple[list[Candidate], list[Mention]]:
    """The meetings of one clause (``persons``: its persons, each once; ``visits``: what the visit rules read in
    it), and the persons who remain once those who took no part are set aside (the award rules read these)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start
    vm, vm_any = visits.trigger, visits.any_trigger

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
    asides = [(x.start(), x.end()) for x in ASIDE.finditer(t)]
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
    guest_on_visit = mm is not None and vm_any is not None and mm.end() <= vm_any.start() and ON_VISIT.search(t[mm.end() : vm_any.start()]) is not None
    # (a visit word that told no visit of a country — "visited the city hospital" — holds no meeting back)
    told_visit = any(c.type == "visit" for c in visits.found)
    if mm and len(persons) >= 2 and (not vm_any or not told_visit and vm_any.start() > mm.end() or receives or guest_on_visit or (vm is not None and mm.start() > vm.end() and re.match(r"met|meeting|held|had|courtesy|talks", mm.group(), _I))):
        mdate = _own_date(clause, mm)
        if mdate is not None and any(a.start() > mm.end() and a.start() <= mdate.pos < a.end() for a in FINAL_ASIDE.finditer(t)):
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
        if mdate is not None and not planned_date(clause, mdate):
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
    return out, persons
