"""Stage 6: signings of treaties, agreements and declarations, with their parties and dates ("Peru and Chile
signed an Agreement on Trade on 3 May", "the Treaty of X, signed on 9 June 2004", lists of signed documents,
accession protocols), and the strategic partnership a signing establishes or an elevation declares.

>>> _SIGNED_ON.search("the Treaty of Friendship, signed on 3 May 1995") is not None
True
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .clause import ASIDE, DATELINE_DATE, Candidate, Clause, countries_in, first_real, near_date, planned_date
from .gazetteer import slug
from .modality import modality
from .temporal import DateMention
from .triggers import PATTERNS

__all__ = ["AFTER_TALKS", "find_signings"]

_I = re.IGNORECASE

_INSTRUMENT = re.compile(r"[\"“]([^\"”]{8,200})[\"”]|\b((?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:agreement|declaration|treaty|memorandum(?:\s+of\s+understanding)?|protocol|accord|convention|pact|charter|communiqu[eé]|joint\s+statement)(?:\s+(?:on|for|concerning|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+(?=\s+(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)|\s*[,.;:]|\s+(?:and|which|that|between|with|by|at)\b|$))?)\b", _I)
#: instruments in general before a signing word: "all international documents signed", "the many agreements signed"
_GENERIC_SIGNED = re.compile(r"\b(?:all|any|every|many|numerous|various)\s+(?:(?:the|of|[\w-]+)\s+){0,3}(?:documents|agreements|treaties|instruments|accords)\s+(?:(?:previously|already|ever|so\s+far)\s+)?$", _I)
#: a partnership the signing does not establish but carries on: "a joint statement on further deepening the
#: comprehensive strategic partnership"
_EXISTING_PARTNERSHIP = re.compile(r"\b(?:deepen\w*|strengthen\w*|further|develop\w*|expand\w*|consolidat\w*|existing|enhanc(?:e|es|ing))\s+(?:\w+\s+){0,3}?(?:comprehensive\s+|enhanced\s+|expanded\s+)?strategic\s+partnership", _I)


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
#: a signing right after talks the text told: "Following the talks, the ministers signed ..."
AFTER_TALKS = re.compile(r"\b(?:following|after|at\s+the\s+end\s+of|at\s+the\s+close\s+of)\s+(?:the|their|these)\s+(?:talks|meeting|negotiations)\b|\bthe\s+two\s+(?:then\s+)?signed\b", _I)
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


_INSTRUMENT_WORD = re.compile(r"\b(?:Treaty|Agreement|Declaration|Statement|Memorandum|Communiqu[eé]|Protocol|Convention|Pact|Charter|Accord|Programme|Program|Plan|Roadmap|Road\s+Map)\b")
_SIGNED_ON = re.compile(r"\b(?:was\s+|were\s+)?signed\s+(?:on|in)\s+", _I)


def _signers(clause: Clause, sm: re.Match[str]) -> list[str]:
    """The parties a signing sentence names: its countries, less the country of a news dateline ("RAROTONGA,
    Cook Islands, Nov 10 -"); when fewer than two, the bodies named before the verb ("the European Union and Chile
    signed", "the EU-Chile Association Agreement, which was signed")."""
    t = clause.text
    dl = DATELINE_DATE.match(t)
    skip = {m.entity for m in clause.of_type("country") if dl is not None and m.start - clause.start < dl.end()}
    parties = [c for c in countries_in(clause) if c not in skip or any(
        m.entity == c and m.start - clause.start >= (dl.end() if dl else 0) for m in clause.of_type("country"))]
    if len(parties) < 2:
        for m in clause.of_type("organisation"):
            if m.start - clause.start < sm.start() and m.entity not in parties and not re.search(
                    r"(?:sidelines|margins|summit|meeting|session|member|members)\s+of\s+(?:the\s+)?$", t[: m.start - clause.start], _I):
                parties.append(m.entity)
    return parties


def _listed_signings(clause: Clause) -> list[Candidate]:
    t = clause.text
    rel = clause.start
    out: list[Candidate] = []
    last_end = 0
    for m in _SIGNED_ON.finditer(t):
        d = next((x for x in clause.dates if x.pos == m.end() and not x.relative), None)
        if d is None or modality(t, m.start(), m.end()) is not None or planned_date(clause, d):
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


def _dated_instruments(clause: Clause, sm: re.Match[str], country_of: Any) -> list[Candidate]:
    """The instruments of a list each written with its own date, after a signing word; none unless two or more."""
    t = clause.text
    found: list[tuple[str, DateMention]] = []
    for m in _DATED_INSTRUMENT.finditer(t):
        d = next((x for x in clause.dates if x.pos == m.end() and not x.relative), None)
        if d is None or planned_date(clause, d) or modality(t, m.start(), m.end()) is not None:
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


def find_signings(clause: Clause, date: DateMention | None, country_of: Any) -> tuple[list[Candidate], DateMention | None, bool]:
    """The signings of one clause and the partnerships they establish (``date``: the clause's first date), the
    date the signing rules settled on (the later rules take it) and whether the clause tells nothing else (a list
    of signed documents)."""
    t = clause.text
    out: list[Candidate] = []
    rel = clause.start

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
        parties = countries_in(clause)
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        if d is not None and len(parties) == 2 and not planned_date(clause, d):
            clause.memory["signed-list"] = f"{d.start}|{'+'.join(sorted(parties))}"
            return out, date, True
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
            return out, date, True
    sign_inferred: tuple[str, ...] = ()
    sclause = clause
    if sm and date is not None and any(a.start() <= date.pos < a.end() and not a.start() <= sm.start() < a.end() for a in ASIDE.finditer(t)):
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
            AFTER_TALKS.search(t) and (clause.memory.get("talks-day") or clause.memory.get("narrative-day") or clause.memory.get("news-day"))
            or _WITNESSED.search(t) and not re.search(r"\bhad\s+been\b", t) and (clause.memory.get("talks-day") or clause.memory.get("news-day"))):
        # "Following the talks, the ministers signed ...", "the two leaders witnessed the exchange of 11 agreements", "the
        # Agreement on ... was signed by": the day of the talks the report told
        day = clause.memory.get("talks-day") or clause.memory.get("narrative-day") or clause.memory["news-day"]
        date = DateMention(0, 0, day, None, {10: "day", 7: "month"}.get(len(day), "year"), relative=True)
        sign_inferred = ("start",)
    if sm and date and DATELINE_DATE.match(t) and date.pos < DATELINE_DATE.match(t).end():  # type: ignore[union-attr]
        # "RAROTONGA, Cook Islands, Nov 10 AAP - ... a treaty signed by": the report's day, not the signing's
        date = next((d for d in clause.dates if d.pos >= DATELINE_DATE.match(t).end()), None)  # type: ignore[union-attr]
    if sm and date is not None and re.search(r"\b(?:since|from|between)\s+$", t[: date.pos], _I):
        date = None  # "have signed over 40 agreements since 1990": an interval, no day of signing
    if sm and _GENERIC_SIGNED.search(t[: sm.start()]):
        sm = None  # "adherence to all documents signed between the two countries": instruments in general, no signing told
    acc = _ACCESSION.search(t, sm.end()) if sm else None
    if sm and date and acc and not planned_date(clause, date) and not listed:
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
    if sm and date and not planned_date(clause, date) and not listed:
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
            in_list = countries_in(clause, after=rel + listed_signers.start(), before=rel + listed_signers.end())
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
        parties = countries_in(clause) or []
        if len(parties) < 2 and len(clause.main_countries) == 2:
            parties = list(clause.main_countries)
        level = "enhanced-strategic" if re.search(r"(?:enhanced|expanded|comprehensive)\s+strategic", t, _I) else "strategic"
        if len(parties) >= 2:
            out.append(Candidate("partnership", {"parties": tuple(sorted(parties[:2])), "level": level}, date, 0.6))
    return out, date, False
