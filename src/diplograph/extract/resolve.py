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

import re
from dataclasses import dataclass, field

from .gazetteer import GEntity, Gazetteer, Mention, fold, slug, tokens
from .namekey import initial, name_key

__all__ = ["Resolver", "DocumentContext", "ROLE_HEADS"]

#: title head words -> position role (most specific first)
ROLE_HEADS: list[tuple[str, str]] = [
    ("deputy state secretary", "deputy-state-secretary"),
    ("first deputy prime minister", "official"),
    ("deputy prime minister", "official"),
    ("vice premier", "official"),
    ("vice-premier", "official"),
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
    ("heads of state", "president"),
    ("head of state", "president"),
    ("foreign secretary", "minister"),
    ("president", "president"),
    ("foreign minister", "minister"),
    ("top diplomat", "minister"),
    ("minister", "minister"),
    ("ambassador", "ambassador"),
    ("permanent representative", "ambassador"),
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
    ("general secretary", "official"),
    ("prime cabinet secretary", "official"),
    ("spokesperson", "official"),
    ("spokesman", "official"),
    ("spokeswoman", "official"),
    ("aide", "official"),
    ("senior advisor", "official"),
    ("senior adviser", "official"),
    ("advisor", "official"),
    ("adviser", "official"),
    ("counterpart", "counterpart"),
    ("cabinet secretary", "minister"),
    ("mayor", "official"),
    ("hokim", "official"),
    ("amir", "official"),
    ("crown prince", "official"),
    ("emir", "official"),
    ("governor", "official"),
    ("member of parliament", "official"),
    ("mp", "official"),
    ("pm", "prime-minister"),
    ("lawmaker", "official"),
    ("senator", "official"),
]
_HEAD_RE = re.compile(
    r"\b(?:(?:First|Deputy|Vice)[\s-]+)?(?:" + "|".join(re.escape(h).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for h, _ in ROLE_HEADS) + r")(?P<plural>s)?\b",
    re.IGNORECASE,
)
#: capitalised words that start sentences or clauses, never names
_NOT_NAMES = set(
    "on in at the this that these those during after before while when since from with without as also and but or "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tomorrow he she they it his her their its we our said says "
    "meanwhile however there here both all some former then later earlier according "
    # verbs a headline capitalises: "President Visits Peru"
    "visits visit meets arrives holds says signs opens welcomes receives calls urges leaves attends hosts heads "
    "discusses joins pays begins ends starts".split()
)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Madam|H\.\s?E|Rt\.?\s+Hon|Hon|Senator)\.?\s+(?=[A-ZÀ-ÖØ-Þ])")
#: what may stand between an appositive name and its title: "Ana Soto, the former Foreign Minister of Peru"
_APPOSITION = re.compile(
    r"(?P<name>(?:[A-Z]\.\s?)*[A-ZÀ-ÖØ-ÞŐŰ][\w'’-]+(?:\s+(?:(?:al|el|bin|bint|ibn|van|von|de|da|do|dos|das|del|di|du|der|den|ter)[\s-]+)?(?:[A-Z]\.\s?)*[A-ZÀ-ÖØ-ÞŐŰ][\w'’-]+){0,3})(?:\s*,\s+\d{1,3})?(?:\s*,\s+|\s+\(\s*|\s+[–—]\s+"
    # "Ana Soto is elected President of Peru", "Ana Soto became Prime Minister" (a timeline's or an article's post taken)
    r"|\s+(?:is|was)\s+(?:re-?)?elected\s+(?:as\s+)?|\s+(?:is|was)\s+sworn\s+in\s+as\s+|\s+(?:becomes|became)\s+|\s+(?:takes|took)\s+office\s+as\s+)"
    r"(?P<mid>(?:(?:the|then|former|current|incumbent|acting|new|newly[\s-]appointed|outgoing|who\s+is|who\s+was|who\s+serves\s+as|who\s+served\s+as|country['’]s)\s+|[A-Z][\w'’-]*\s+){0,4})$"
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
    "his her excellency majesty highness king queen emir amir sheikh crown prince chancellor premier federal professor prof "
    "samdech techo acting interim military transitional "
    # portfolios of ministries ("Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi")
    "diaspora overseas expatriates commonwealth veterans housing water mining mines petroleum fisheries forestry lands "
    "employment planning budget treasury commerce heritage religious integration multilateral bilateral cabinet "
    "urban regional local gender equality climate infrastructure works arts maritime marine mineral minerals "
    # honorifics of heads of state written before their names
    "leader nation founding honorary supreme commander father elbasy arkadag hero people national "
    # parliaments named inside titles: "Speaker of the Peruvian Congress"
    # parties in the titles of their leaders ("General Secretary of the Communist Party of Laos")
    "party communist central "
    "congress senate duma kenesh rada sejm knesset bundestag mazhilis storting riksdag legislature".split()
)
#: the last word of a building's or a place's name, never of a person's
_PLACE_NOUNS = set("palace palaces hotel airport castle square stadium museum cathedral mosque pagoda monastery dzong chambers building "
                   "tower towers centre center auditorium residence boulevard avenue bridge mausoleum memorial plaza citadel fortress "
                   "secretariat headquarters complex arena garden gardens".split())
#: title words that may stand before a name, never inside a portfolio ("Minister of Trade Dr. X")
_NOT_PORTFOLIO = set("and of for to on the in at mr mrs ms dr h.e his her excellency majesty highness king queen emir amir sheikh crown prince professor prof president prime minister".split())
_GAP = re.compile(r"[\s,]*(?:[-–—]\s*)?")
#: a word naming a body between a country and a title head ("Hungary MFA Secretary of State")
_BODY_WORD = re.compile(r"\b(?:MFA|Ministry|Parliament|Government|Cabinet)\b")
_NAME_TOKEN = re.compile(r"(?:[A-Z]\.\s?)*[A-ZÀ-ÖØ-ÞŐŰ][\w'’\-]*|(?:[A-Z]\.\s?)+")
#: an abbreviated country name used as an adjective before a title: "U.S. President", "UK Prime Minister"
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,3}\s+|[A-Z]{2,3}\s+")
#: a country and its leader of the time: "Argentina, under President Javier Milei, declined"
_UNDER = re.compile(r"\s*,?\s+(?:then\s+)?(?:led\s+by|under)\s+(?:then[-\s])?")
#: lower-case particles of personal names (Arabic, Dutch, Portuguese, Spanish, French, German, Italian)
_PARTICLE = re.compile(r"(?:al|el|bin|bint|ibn|van|von|de|da|do|dos|das|del|della|di|du|der|den|ter|van\s+der|van\s+den|de\s+la|de\s+los)(?:-|\s+)(?=[A-ZÀ-ÖØ-Þ])")
_COREF = re.compile(
    r"\b(?P<role>the\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?(?:ambassador|minister|foreign minister|president|head of state|prime minister|speaker|premier|diplomat|envoy))\b"
    r"|(?:^\s*(?:(?:On|In|At|During|After|Later|Then|Afterwards|Earlier)\b[^,.;]{0,40},\s*)?|,\s*(?:during\s+which|after\s+which|where|when)\s+)(?P<pronoun>[Hh]e|[Ss]he)\b"
    r"|\b(?P<two>(?:the\s+two|both)\s+(?P<plural>leaders|heads\s+of\s+state|heads\s+of\s+government|presidents|prime\s+ministers|foreign\s+ministers|ministers|speakers|mayors))\b"
    r"|\b(?P<pair>the\s+two\s+(?:countries|nations|states|sides)|both\s+(?:countries|nations|states|sides|governments))\b",
    re.IGNORECASE,
)


#: a royal named by title alone: "the King", "His Highness the Amir" (not "the King of Spain", "the King's visit")
_ROYAL_REFERENCE = re.compile(r"(?:\b(?:His|Her)\s+(?:Majesty|Highness|Royal\s+Highness)\s+)?\b[Tt]he\s+(?P<royal>King|Queen|Amir|Emir|Sultan|Crown\s+Prince)\b"
                              r"(?!\s+(?:of|and)\b|['’]s|\s+[A-Z])")
#: the royal titles a name is introduced with: "King Harald V", "Amir Sheikh Tamim", "the Crown Prince, Prince X"
ROYAL_TITLE = re.compile(r"\b(King|Queen|Amir|Emir|Sultan|Crown\s+Prince)\b")


@dataclass
class DocumentContext:
    """What a document has named so far: its persons (with roles and countries) and its main countries."""

    persons: dict[str, GEntity] = field(default_factory=dict)
    last_by_role: dict[str, str] = field(default_factory=dict)
    main_countries: tuple[str, ...] = ()
    #: the full names this document gave (token tuples) -> person id
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: known (gazetteer) persons this document has named
    named: set[str] = field(default_factory=set)
    #: the first person the last sentence named (what "He" at the start of the next one refers to)
    last_subject: str | None = None
    #: every post-holder named so far: (person, role, country or None), in order
    holders: list[tuple[str, str, str | None]] = field(default_factory=list)
    #: royal titles ("king", "amir", "crown prince") -> the persons this document named with them
    royals: dict[str, set[str]] = field(default_factory=dict)
    #: persons first named by surname alone (id -> the full name the document gave later)
    fuller: dict[str, str] = field(default_factory=dict)
    #: the last country a sentence named: what "the country's foreign minister" refers to
    last_country: str | None = None
    #: the last embassy named by its sender (and host): what "the embassy is headed by" refers to
    last_embassy: tuple[str | None, str | None] | None = None


def _surname_keys(e: GEntity) -> set[str]:
    return {name_key(t[-1]) for t in (tokens(x) for x in (e.label, *e.alt_labels)) if t}


def _compatible(e: GEntity, key: str, given: tuple[str, ...], country: str | None) -> bool:
    """Whether a name with surname ``key`` and given names ``given`` can be person ``e``."""
    nationality = e.values.get("nationality")
    if country and nationality and country != nationality:
        return False
    if not given:
        return True
    for label in (e.label, *e.alt_labels):
        lt = tokens(label)
        if not lt or name_key(lt[-1]) != key:
            continue
        theirs = lt[:-1]
        if not theirs:
            return True
        if all(any(_same_given(g, t) for t in theirs) for g in given):
            return True
        if name_key("".join(given)) == name_key("".join(theirs)):
            return True  # a compound given name written together or apart: "Kassymjomart" / "Kassym-Jomart"
    return False


def _same_given(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return initial(a) == initial(b)
    return name_key(a) == name_key(b)


class Resolver:
    """Finds titled persons and resolves names and references against a gazetteer and a document context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._first_name_countries: set[str] = set()

    # -- names ------------------------------------------------------------------------------------
    def resolve_name(self, name: str, context: DocumentContext | None = None, country: str | None = None) -> str | None:
        """The id of the known person (gazetteer or this document) a name refers to, if any.

        A name is a known person's when it is one of their labels, or when its surname has the same
        spelling-insensitive key (:func:`.namekey.name_key`) and nothing contradicts it: no other given
        name or initial, no other nationality (``country``), and no second person of that surname.
        There is no similarity threshold: a surname that looks alike is another person's."""
        toks = tokens(name)
        if not toks:
            return None
        hits = self.gazetteer.forms.get(toks)
        if hits and self.gazetteer.entities[hits[0][0]].type == "person":
            return hits[0][0]
        if context is not None and toks in context.forms:
            return context.forms[toks]
        key = name_key(toks[-1])
        given = toks[:-1]
        found: list[str] = []
        pool: list[GEntity] = [self.gazetteer.entities[i] for i in self.gazetteer.persons_by_surname.get(key, ())]
        if context is not None:
            pool += [p for p in context.persons.values() if _surname_keys(p) & {key}]
        for e in pool:
            if e.id in found or not _compatible(e, key, given, country):
                continue
            if context is not None and e.id in context.fuller and not _compatible(
                    GEntity(e.id, "person", context.fuller[e.id], (), e.values), key, given, country):
                continue  # "Otieno", then "William Otieno": "Grace Otieno" is someone else
            found.append(e.id)
        if len(found) > 1 and context is not None:  # the one this document named is meant
            local = [i for i in found if i in context.persons or i in context.named]
            found = local if len(local) == 1 else found
        if not found and len(toks) == 1 and context is not None:
            # "Minister Cho" after "Cho Hyun": the family name written first, of the one person of this document it fits
            return self._first_name_reference(toks[0], context)
        return found[0] if len(found) == 1 else None

    # -- titled persons ----------------------------------------------------------------------------
    def titled_persons(self, text: str, mentions: list[Mention], context: DocumentContext | None = None) -> list[Mention]:
        """Persons introduced by a title in ``text`` (one sentence or list item), with role and country.

        The title may stand before the name ("Peruvian Ambassador to Chile Ana Ruiz", "Presidents Ruiz
        and Soto", "President of Chile, Gabriel Ortiz") or after it ("Gabriel Ortiz, the President of
        Chile"); an honorific alone ("Mr. Ortiz") names a person without a post."""
        out: list[Mention] = []
        countries = [m for m in mentions if m.type == "country"]
        orgs = [m for m in mentions if m.type == "organisation"]
        for head in _HEAD_RE.finditer(text):
            if any(m.start <= head.start() < m.end for m in out):
                continue  # inside a name found already ("Turkmenistan's Hero-Arkadag")
            if head.start() > 0 and text[head.start() - 1] in "-–" and head.start() > 1 and text[head.start() - 2].isalpha() and not re.search(
                    r"\b(?:then|now)[-–]$", text[max(0, head.start() - 6) : head.start()], re.I):
                continue  # "Vice-President" is read from "Vice"; "X-Ambassador" is no title
            if head.group().rstrip("s").lower() in ("pm", "mp") and not head.group().startswith(("PM", "MP")):
                continue  # "5 pm": only the capitals abbreviate an office
            plural = bool(head.group("plural")) and not head.group().lower().endswith(("ss", "us"))
            role = _role(head.group()[:-1] if plural else head.group())
            mayor = re.fullmatch(r"(?i)mayor|hokim|akim|lord\s+mayor", head.group())
            # (a governor of a city holds a post of its country: "the Governor of Havana, X")
            cities = [c for c in mentions if c.type == "city"] if mayor or head.group().lower() == "governor" else []
            title_end, names = self._names_after(text, head.end(), mentions, countries + cities, orgs, plural)
            apposed = False
            if names and "," in text[title_end : names[0][0]]:
                # "His Excellency Emomali Rahmon, President of Tajikistan, His Highness Tamim ...": the name before the
                # title is its holder's; the name after the comma begins the next person
                back = self._name_before(text, head.start(), mentions)
                if back is not None and re.fullmatch(r",\s+(?:the\s+)?", text[back[1] : head.start()]) and not any(
                        m.start == back[0] and m.end == back[1] for m in out):
                    # (a name its own title introduced keeps it: "the President of A, X, the President of B, Y")
                    names, apposed = [back], True
            if not names:
                back = self._name_before(text, head.start(), mentions, context)
                prev = next((m for m in reversed(out) if m.end <= head.start()), None)
                if back is None and prev is not None and self._second_post(text, prev.end, head.start(), mentions):
                    back = (prev.start, prev.end)  # "X, Jordan's Deputy Prime Minister and Minister of Foreign Affairs"
                if back is None:
                    back = self._credentials_name(text, head.start(), mentions, countries)
                if back is None or any(m.start == back[0] and m.end == back[1] for m in out) and not self._second_post(text, back[1], head.start(), mentions):
                    continue  # (a name that has its own title before it is not this title's: "A Xi, B President C")
                names, apposed = [back], True
            inside = [c for c in countries if head.end() <= c.start < max(title_end, head.end())]
            if not apposed:
                inside = [c for c in inside if c.start < names[0][0]]
            before = [
                c for c in countries
                if c.end <= head.start() and (not apposed or c.start > names[0][1])
                and (_ABBREVIATED.fullmatch(text[c.start : head.start()]) is not None or _UNDER.fullmatch(text[c.end : head.start()]) is not None or all(w.lower() in _TITLE_WORDS or w.lower() in ("the", "former", "then", "current", "acting", "new", "newly", "appointed", "newly-appointed", "outgoing", "incoming",
                                 "long-serving", "longtime", "veteran", "caretaker", "then-", "now-") for w in re.sub(r"^['’]s?", "", text[c.end : head.start()]).split())
                and (c.kind == "demonym" or _BODY_WORD.search(text[c.end : head.start()]) or re.match(r"['’]s?\s", text[c.end : c.end + 3])
                     or _UNDER.fullmatch(text[c.end : head.start()]) is not None or _attributive(text, c.start, c.end, head.start())))
            ]
            org_inside = [o for o in orgs if head.end() <= o.start < max(title_end, head.end())]
            if not org_inside and not before:  # "UN Secretary-General X", "the AU's Commissioner X": the body before the title
                org_inside = [o for o in orgs if o.end <= head.start() and re.fullmatch(r"(?:['’]s)?\s+", text[o.end : head.start()])]
            accredited = None
            country = before[-1].entity if before else inside[0].entity if inside else None
            if country is None and not apposed and len(names) == 1:
                # "President Ana Ruiz of Peru", "Deputy Chairman Ana Ruiz of the Sovereign Council of Peru": the country after the name
                after_c = None
                for form in (r"\s+of\s+(?:the\s+)?", r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}of\s+(?:the\s+)?"):
                    after = re.match(form, text[names[0][1]:])
                    after_c = after_c or next((c for c in countries if after and c.start == names[0][1] + after.end()), None)
                if after_c is not None:
                    country = after_c.entity
                    title_end = -after_c.end  # marks the title as "<head> of <country as written>"
            if country is None and not apposed:
                # "Chile was represented by President X", "Chile's government, led by President X", "in Chile, where he met
                # President X": the sentence's frame states the country the title leaves out
                country = _framed_country(text, head.start(), mentions, role, self.gazetteer)
            if country is None and not apposed and len(names) == 1 and role in ("president", "prime-minister") and _RECEIVED_BY.search(text[: head.start()]):
                # "X was received by President Y in Maputo": a head of state or government receives in his own capital
                at = re.match(r"\s+(?:in|at)\s+", text[names[0][1]:])
                capital_at = next((m for m in mentions if at is not None and m.start == names[0][1] + at.end() and m.type == "city" and m.kind == "capital"), None)
                if capital_at is not None:
                    country = self.gazetteer.country_of(capital_at.entity)
            if country is None and not apposed and role in ("president", "official", "prime-minister") and _CREDENTIALS_TO.search(text[: head.start()]):
                # "Ambassador X, Ambassador of Ireland to Morocco, who presented her credentials to King Y": the head of state
                # of the country the ambassador is accredited to
                envoy = next((o for o in reversed(out) if o.end <= head.start() and o.get("accredited_to")), None)
                if envoy is not None:
                    country = envoy.get("accredited_to")
            if country is None and not apposed and len(names) == 1 and role in ("president", "official"):
                # "President X on Tuesday received the credentials of five new ambassadors to Peru": the head of state of Peru
                rc = _RECEIVED_CREDENTIALS.match(text, names[0][1])
                receiving = next((c for c in countries if rc is not None and c.start == rc.end() and c.kind != "demonym"), None)
                if receiving is not None:
                    country = receiving.entity
            if country is None and (gov := _SEAT.search(text[: head.start()])) is not None:
                # "Kremlin aide X", "White House spokeswoman X": the seat of a government stands for its country
                country = self.gazetteer.country_by_iso3.get(_SEATS[re.sub(r"\s+", " ", gov.group(1).lower().replace("é", "e"))])
            if country is None and (acc := _ACCOMPANIED.search(text[: head.start()])) is not None:
                # "Turkish President X, accompanied by Foreign Minister Y": a leader's suite is of the leader's country
                earlier = [o for o in out if o.end <= acc.start() and o.get("country")]
                # "..., who was accompanied by": the one just named; otherwise the sentence's subject, named first
                lead = (earlier[-1] if re.search(r",\s*who\s+(?:was|is|were|are|had\s+been)\s+\Z", text[: acc.start()]) else earlier[0]) if earlier else None
                country = lead.get("country") if lead is not None else next(
                    (c.entity for c in reversed(countries) if c.end <= acc.start() and _HEAD_RE.match(text, c.end + 1) and text[c.end : c.end + 1] == " "), None)
                if country is None and context is not None and context.last_subject and re.match(r"\s*(?:He|She)\s+(?:was|is|had\s+been|will\s+be)\s+$", text[: acc.start()]):
                    # "He was accompanied by ...": the one the sentence before was about
                    who = context.persons.get(context.last_subject) or self.gazetteer.entities.get(context.last_subject)
                    country = str(who.values["nationality"]) if who is not None and who.values.get("nationality") else None
            if country is None and _THE_COUNTRYS.search(text[: head.start()]):
                # "X, the country's foreign minister": the one country named before (in this sentence, or the sentence before)
                here = {c.entity for c in countries if c.end <= head.start()}
                country = (here.pop() if len(here) == 1 else None) if here else (context.last_country if context else None)
            if role == "ambassador":
                to = re.search(r"\b(?:to|in)\b", text[head.end():title_end])
                later = [c for c in inside if to and c.start >= head.end() + to.start()]
                if not later and to:
                    capital = next((c for c in mentions if c.type == "city" and c.kind == "capital" and head.end() + to.start() <= c.start < title_end), None)
                    seat = self.gazetteer.country_of(capital.entity) if capital is not None else None
                    if seat and capital is not None:
                        later = [Mention(capital.start, capital.end, seat, "country", "capital")]
                if later:
                    accredited = later[0].entity
                    if country == accredited:
                        country = before[-1].entity if before else None
                    if country is None and len(inside) > 1:
                        country = inside[0].entity
                if country is None and not apposed:
                    # "the Saudi Embassy in Lima, headed by Ambassador X"; "The embassy is headed by Ambassador X" (the one told before)
                    sent, host = self._embassy_frame(text, head.start(), mentions, context)
                    if sent is not None:
                        country, accredited = sent, accredited or host
                if country is None:
                    # "the new Peruvian ambassadors are X, Ambassador to Chile, and Y, Ambassador to Bolivia"
                    group = [c for c in countries if c.end <= head.start() and re.match(r"(?:['’]s)?\s+(?:newly[\s-]appointed\s+|new\s+)?(?:ambassadors|envoys)\b",
                                                                                      text[c.end :])]
                    coordinated = group and any(re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[c.end : group[0].start]) for c in countries)
                    if len(group) == 1 and not coordinated:  # (not "Peruvian and Chilean ambassadors")
                        country = group[0].entity
                if country is None and not apposed:
                    # "Peru was represented by its ambassador to Chile, X": the frame's country, never the one accredited to
                    framed = _framed_country(text, head.start(), mentions, role, self.gazetteer)
                    country = framed if framed != accredited else None
            title_start = before[-1].start if before else head.start()
            if title_end < 0:  # "President Ana Ruiz of Peru" -> "President of Peru"
                c_end = -title_end
                c_start = next(c.start for c in countries if c.end == c_end)
                title_end = head.end()
                title = re.sub(r"\s+", " ", f"{text[title_start:title_end]} of {text[c_start:c_end]}").strip(" ,")
            else:
                title = re.sub(r"\s+", " ", text[title_start:title_end]).strip(" ,")
            if before and _UNDER.fullmatch(text[before[-1].end : head.start()]):
                title = f"{re.sub(chr(92) + 's+', ' ', text[head.start() : max(title_end, head.end())]).strip(' ,')} of {text[before[-1].start : before[-1].end]}"
            title = re.sub(r"(?:\s+(?:Professor|Prof\.?|Dr\.?|Doctor|Sheikh|Samdech|Techo|His|Her|Excellency|Highness|Royal))+$", "", title)
            if plural:  # "Presidents" is no person's title: each holds the singular
                title = re.sub(r"(?i)\b(" + "|".join(re.escape(h) for h, _ in ROLE_HEADS) + r")s\b", r"\1", title)
            per_country = [c.entity for c in (inside if len(inside) == len(names) and len(names) > 1 else [])]
            if plural and before and not per_country:
                # "Peruvian and Chilean foreign ministers Ana Ruiz and Luis Soto": the adjectives in the names' order
                joined = [before[-1]]
                for c in reversed([c for c in countries if c.end <= before[-1].start]):
                    if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[c.end : joined[0].start]):
                        break
                    joined.insert(0, c)
                if len(joined) >= 2:
                    per_country = [c.entity for c in joined] if len(joined) == len(names) else ["?"] * len(names)
            if plural and len(names) > 1 and not per_country and country is None:
                # "Foreign Ministers Ana Ruiz of Peru and Luis Soto of Chile": each name's own country after it
                after_each = [next((c.entity for c in countries if (o := re.match(r"\s+of\s+(?:the\s+)?", text[ne:])) and c.start == ne + o.end()), None)
                              for _ns, ne in names]
                if any(after_each):
                    per_country = [str(c) if c else "?" for c in after_each]
            # "Mayor of Lima X", "the Lima mayor, X": the city whose municipality the post belongs to
            town = next((c for c in cities if head.end() <= c.start < max(title_end, head.end())), None) or next(
                (c for c in cities if c.end <= head.start() and re.fullmatch(r"(?:['’]s)?\s+", text[c.end : head.start()])), None)
            if town is not None and country is None:
                country = self.gazetteer.country_of(town.entity)
            if role == "state-secretary" and country is not None and country == self.gazetteer.country_by_iso3.get("USA") and re.fullmatch(
                    r"(?i)secretary\s+of\s+state", head.group()):
                role = "minister"  # the US Secretary of State is the foreign minister, not a junior minister
            for i, (ns, ne) in enumerate(names):
                name = _unglue(text[ns:ne])
                own = per_country[i] if per_country else country
                if own == "?":
                    own = None  # (two adjectives for another number of names: no guess)
                own_title = title
                if per_country and own in self.gazetteer.entities:  # "the presidents of Chile and Peru, Ruiz and Diaz"
                    singular = re.sub(r"s$", "", head.group()) if plural else head.group()
                    own_title = f"{singular[:1].upper()}{singular[1:]} of {self.gazetteer.entities[own].label}"
                pid = self.resolve_name(name, context, own) or slug(name)
                known = self.gazetteer.entities.get(pid) or (context.persons.get(pid) if context else None)
                if context is not None and pid in context.persons and len(tokens(name)) > len(tokens(context.persons[pid].label)):
                    context.fuller.setdefault(pid, name)  # "Otieno" in the headline is "William Otieno"
                if own is None and known is not None and known.values.get("nationality"):
                    own = str(known.values["nationality"])
                if plural and not per_country and known is not None and known.values.get("nationality"):
                    own = str(known.values["nationality"])
                info = [("role", role), ("title", own_title), ("name", name)]
                if own:
                    info.append(("country", own))
                elif org_inside:
                    info.append(("organisation", org_inside[0].entity))
                if accredited:
                    info.append(("accredited_to", accredited))
                if town is not None and own and mayor:
                    info += [("city", town.entity), ("city_name", text[town.start : town.end]), ("head", head.group())]
                out.append(Mention(ns, ne, pid, "person", "title", tuple(info)))
        out = self._share_country(text, out)
        out += self._heads_of_ministries(text, mentions, context, out)
        if context is not None and countries:
            named = {c.entity for c in countries}
            context.last_country = named.pop() if len(named) == 1 else None  # (two countries: "the country's" is ambiguous)
        for i, m in enumerate(out):  # "met his Peruvian counterpart, Ana Soto": the post of the one met
            if m.get("role") == "counterpart":
                prev = next((p for p in reversed(out[:i]) if p.get("role") not in (None, "counterpart")), None)
                info = [(k, v) for k, v in m.info if k not in ("role", "title")]
                if prev is not None:
                    info = [("role", str(prev.get("role"))), ("title", _counterpart_title(prev, m.get("country")))] + info
                else:
                    # "the Saudi minister held talks with his Egyptian counterpart X": the post a title word before names
                    heads = [h for h in _HEAD_RE.finditer(text, 0, m.start) if _role(h.group()) not in (None, "counterpart")]
                    if heads and not heads[-1].group("plural"):
                        role = str(_role(heads[-1].group()))
                        info = [("role", role), ("title", role.replace("-", " ").capitalize())] + info
                out[i] = Mention(m.start, m.end, m.entity, m.type, m.kind, tuple(info))
        for h in _HONORIFIC.finditer(text):
            end = self._name_run(text, h.end(), mentions)
            if end is None or any(m.start <= h.end() < m.end for m in out):
                continue
            name = text[h.end():end]
            pid = self.resolve_name(name, context) or slug(name)
            out.append(Mention(h.end(), end, pid, "person", "honorific", (("name", name),)))
        return sorted(out, key=lambda m: m.start)

    def _embassy_frame(self, text: str, head_start: int, mentions: list[Mention], context: DocumentContext | None) -> tuple[str | None, str | None]:
        """Sender and host of the embassy an ambassador's title is framed by: "<the X Embassy in Y>, headed by
        Ambassador Z"; for "the embassy" alone, the embassy this document named last."""
        m = _HEADED_BY.search(text[:head_start])
        if m is None:
            return None, None
        named = _embassy_named(text[: m.end("emb") + 60], mentions, self.gazetteer, m.start("emb"))
        if named[0] is not None:
            return named
        if m.group("def") and context is not None and context.last_embassy is not None:
            return context.last_embassy
        return None, None

    def note_embassies(self, text: str, mentions: list[Mention], context: DocumentContext) -> None:
        """Remember the last embassy a sentence names by sender and place ("Estonia's embassy in Nairobi"), for a later
        "the embassy is headed by Ambassador X"."""
        for em in re.finditer(r"\b[Ee]mbassy\b", text):
            named = _embassy_named(text, mentions, self.gazetteer, em.start())
            if named[0] is None:  # "Kenya opened an embassy in Lima": the subject's
                subj = re.search(r"(?:opened|opens|has|maintains|set\s+up|established)\s+(?:an?|its)\s+(?:new\s+|resident\s+)?\Z", text[: em.start()])
                c = next((m for m in mentions if subj is not None and m.type == "country" and re.fullmatch(r"\s+", text[m.end : subj.start()])), None)
                if c is not None:
                    named = (c.entity, _embassy_named(text, mentions, self.gazetteer, em.start(), sender=c.entity)[1])
            if named[0] is not None:
                context.last_embassy = named

    def _heads_of_ministries(self, text: str, mentions: list[Mention], context: DocumentContext | None, out: list[Mention]) -> list[Mention]:
        """ "Ana Ruiz, who heads Peru's ministry of foreign affairs": the minister of that country."""
        found = []
        for m in _HEADS_MINISTRY.finditer(text):
            c = next((x for x in mentions if x.type == "country" and x.start == m.start("c")), None)
            if c is None:
                continue
            back = self._name_before(text, m.start("rest") + len(re.match(r",\s*", m.group("rest")).group()), mentions)  # type: ignore[union-attr]
            if back is None or any(o.start == back[0] for o in out):
                continue
            name = _unglue(text[back[0] : back[1]])
            pid = self.resolve_name(name, context, c.entity) or slug(name)
            title = re.sub(r"\s+", " ", f"Minister {text[m.start('of') : m.end()]} of {self.gazetteer.entities[c.entity].label}")
            found.append(Mention(back[0], back[1], pid, "person", "title",
                                 (("role", "minister"), ("title", title), ("name", name), ("country", c.entity))))
        return found

    def _credentials_name(self, text: str, head_start: int, mentions: list[Mention], countries: list[Mention]) -> tuple[int, int] | None:
        """ "X presented his credentials as Peru's ambassador to Chile": the name before the credentials."""
        start = head_start
        while True:  # back over the title's country and words: "as the United Arab Emirates' ambassador"
            c = next((c for c in countries if c.end <= start and re.fullmatch(r"(?:['’]s?)?\s+(?:(?:new|newly[\s-]appointed|first)\s+)?", text[c.end : start])), None)
            if c is None:
                break
            start = c.start
        m = _CREDENTIALS_AS.search(text[:start])
        if m is None:
            return None
        words = list(re.finditer(r"[^\s]+", m.group("who")))
        for i in range(len(words)):  # the name is the run of name words ending the stretch
            ns = m.start("who") + words[i].start()
            ne = self._name_run(text, ns, mentions, max_words=6)
            if ne is not None and ne >= m.end("who") - 1 and len(text[ns:ne].split()) >= 2:
                return ns, ne
        return None

    def _second_post(self, text: str, name_end: int, head_start: int, mentions: list[Mention]) -> bool:
        """Whether the title at ``head_start`` is the second post of one appositive title: "X, Jordan's Deputy Prime
        Minister and Minister of Foreign Affairs" (only title words and places between, then "and")."""
        gap = text[name_end:head_start]
        if not re.match(r",\s", gap) or not re.search(r"\sand\s+$", gap):
            return False
        for w in re.finditer(r"[^\W\d_]+", gap):
            if w.group().lower() not in _TITLE_WORDS and w.group() != "s" and not self._is_entity(name_end + w.start(), mentions):
                return False
        return True

    def _share_country(self, text: str, out: list[Mention]) -> list[Mention]:
        """A delegation's list of titles: "Peruvian Foreign Minister A, Deputy Prime Minister B and Defence Minister C".

        In a list of three titled names or more, the titles that name no country take the one country the others
        name (never when two countries are named in the list, nor for a person of known nationality)."""
        out = sorted(out, key=lambda m: m.start)
        runs: list[list[int]] = []
        for i, m in enumerate(out):
            if m.kind != "title" or m.get("role") in (None, "counterpart"):
                continue
            if runs and runs[-1][-1] == i - 1 and _LIST_GAP.fullmatch(text[out[i - 1].end : m.start]) and all(
                    w.lower() in _TITLE_WORDS for w in re.findall(r"[^\W\d_]+", _LIST_GAP.fullmatch(text[out[i - 1].end : m.start]).group("title"))):  # type: ignore[union-attr]
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if len(run) < 3:
                continue
            named = {out[i].get("country") for i in run if out[i].get("country")}
            if len(named) != 1 or not out[run[0]].get("country"):
                continue
            country = named.pop()
            for i in run:
                m = out[i]
                if m.get("country") or m.get("organisation"):
                    continue
                if m.get("role") in _ONE_PER_COUNTRY and any(out[j].get("role") == m.get("role") for j in run if j != i):
                    continue  # "Chinese President A, President B and President C": a country has one president
                if any(_post_words(out[j].get("title")) == _post_words(m.get("title")) for j in run if j != i):
                    continue  # "Russian Foreign Minister A, Foreign Minister B and ...": the same post twice is two countries
                out[i] = Mention(m.start, m.end, m.entity, m.type, m.kind, (*m.info, ("country", str(country))))
        return out

    def _name_run(self, text: str, pos: int, mentions: list[Mention], max_words: int = 4) -> int | None:
        """The end of a personal name starting at ``pos`` (capitalised words, initials), if one starts there."""
        end = None
        words = 0
        while words < max_words:
            gap = re.match(r"[ \t\u00a0]*", text[pos:]) if words else None
            at = pos + (len(gap.group()) if gap else 0)
            if words and at == pos:
                break
            tok = _NAME_TOKEN.match(text, at)
            if not tok and words:
                # a lower-case particle inside a name: "Abdel Fattah al-Sisi", "Alberto van Klaveren", "Faisal bin Farhan"
                part = _PARTICLE.match(text, at)
                tok = _NAME_TOKEN.match(text, part.end()) if part else None
                if tok is not None and tok.group().rstrip("'’").lower() in _TITLE_WORDS | _NOT_NAMES:
                    tok = None
                if tok is not None:
                    words -= 1  # a particle and its word count as one
            if not tok:
                break
            word = tok.group().rstrip("'’").lower()
            w = word.removesuffix("'s").removesuffix("’s")
            if w in _PLACE_NOUNS:
                return None  # "Lingkana Palace", "the Shangri-La Hotel": a building, no person
            if w in _TITLE_WORDS or w in _NOT_NAMES or all(x in _TITLE_WORDS for x in w.split("-")) or not re.search(r"[^\W\d_]", w):
                break
            if self._is_entity(tok.start(), mentions) and not (not words and self._given_name(text, tok, mentions)) and not (
                    words and (_surname_demonym(text, tok, mentions) or _surname_place(text, tok, mentions, words))):
                break
            end = tok.end()
            pos = tok.end()
            words += 1
            if text[pos : pos + 2] in ("'s", "’s"):
                break
        if end is None:
            return None
        while end > 0 and text[end - 1] in "'’.-":
            if text[end - 1] == "." and re.search(r"\b[A-Z]\.$", text[:end]):
                break
            end -= 1
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2
        return end

    def _names_after(self, text: str, pos: int, mentions: list[Mention], countries: list[Mention], orgs: list[Mention],
                     plural: bool) -> tuple[int, list[tuple[int, int]]]:
        """Read a title forward from its head: where it ends, and the name(s) right after it."""
        title_end = head_end = pos
        while pos < len(text):
            m = _GAP.match(text, pos)
            gap = m.group() if m else ""
            at = pos + len(gap)
            ent = next((c for c in (*countries, *orgs) if c.start == at), None)
            if ent is None and re.search(r"\b(?:in|to)\s+$", text[max(0, at - 5) : at]) and _is_ambassador(text[title_start_of(text, head_end) : head_end]):
                # "Mexico's ambassador in Quito, Raquel Serur": the capital stands for the country
                ent = next((c for c in mentions if c.type == "city" and c.kind == "capital" and c.start == at), None)
            res = _RESIDENCE.match(text, at) if "," in gap else None
            if res is not None:
                pos = res.end()  # "Ambassador of Lesotho, with residence in Ankara, Thabo Mokoena": the aside is no part of the title
                continue
            if "," in gap and not text.startswith("State Secretary", at) and not re.match(r",\s*(?:State|Deputy)\b", text[pos:]):
                # "President of Turkmenistan, Serdar Orazov, said": a name of two words or more after the comma
                hon = _HONORIFIC.match(text, at)
                start = hon.end() if hon else at
                while True:  # honorific words before the name: "..., Hero-Arkadag Gurbanguly Berdimuhamedov"
                    tw = _NAME_TOKEN.match(text, start)
                    if not tw or not all(x in _TITLE_WORDS for x in tw.group().lower().split("-")) or tw.group().lower() in ("and",):
                        break
                    start = tw.end() + len(text[tw.end():]) - len(text[tw.end():].lstrip())
                end = self._name_run(text, start, mentions)
                if end is not None and (hon or len(text[start:end].split()) >= 2) and not ent:
                    return title_end, self._more_names(text, [(start, end)], mentions, plural)
                return title_end, []
            if ent:
                pos = title_end = ent.end
                if text.startswith(("'s ", "’s "), pos):
                    pos = title_end = pos + 2  # "head of Peru's military government, X"
                continue
            low = re.match(r"(of|for|to|on|and|the|in|is|was)(?=\W)", text[at:])
            if low and low.group() == "to" and _is_ambassador(text[title_start_of(text, head_end) : head_end]) and (re.search(
                    r"\bto\s", text[head_end:at]) or (nx := re.match(r"to\s+(?:the\s+)?([A-Z][\w-]*)", text[at:])) is not None and nx.group(1).lower() in _TITLE_WORDS
                    and not any(c.start == at + nx.start(1) for c in (*countries, *orgs))):
                return title_end, []  # "ambassador to Namibia to President X", "ambassador of Peru to President X": to whom, not where
            if not low:  # lower-case title words: "friendship group", "on political issues"
                lw = re.match(r"[a-z][a-z-]*(?=[\s,])", text[at:])
                low = lw if lw and (lw.group() in _TITLE_WORDS or all(x in _TITLE_WORDS for x in lw.group().split("-"))) else None
            if low:
                pos = at + len(low.group())
                if low.group() not in ("of", "for", "to", "on", "and", "the", "in", "is", "was"):
                    title_end = pos  # a lower-case title word ends the title so far: "... inter-parliamentary relations"
                continue
            hon = _HONORIFIC.match(text, at)
            if hon:
                at = hon.end()
            tok = _NAME_TOKEN.match(text, at)
            if not tok:
                return title_end, []
            word = tok.group().rstrip("'’").lower()
            if word in _TITLE_WORDS or word.removesuffix("'s") in _TITLE_WORDS or all(w in _TITLE_WORDS for w in word.split("-")):
                pos = title_end = tok.end()
                continue
            end = self._name_run(text, at, mentions)
            if end is None:
                return title_end, []
            of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", text[end:])
            nxt = re.match(r"\s+([A-Z][\w-]*)", text[end:])
            body_like = bool(re.search(r"\bthe\s+$", text[max(0, at - 5) : at]))
            if body_like and nxt and nxt.group(1).lower() in _TITLE_WORDS and nxt.group(1).lower() not in ("and", "of", "the"):
                pos = title_end = end  # "the Grand Assembly": a capitalised word of the title
                continue
            if re.search(r"\b(?:of|for)\s+(?:[A-Z][\w-]*\s+|and\s+)*$", text[head_end:at]) and self._portfolio_goes_on(text, end, mentions):
                pos = title_end = end  # "Minister of International Trade X", "Minister of Mineral Resources and Energy, X": a portfolio
                continue
            if body_like and of and any(c.start == end + of.end() for c in (*countries, *orgs)):
                pos = title_end = end  # "Chairman of the Halk Maslahaty of Turkmenistan": a body's name, part of the title
                continue
            if len(text[at:end].split()) == 1 and "." not in text[at:end] and (len(text[at:end]) < 3 or "\n" in gap):
                return title_end, []
            return title_end, self._more_names(text, [(at, end)], mentions, plural)
        return title_end, []

    def _portfolio_goes_on(self, text: str, end: int, mentions: list[Mention]) -> bool:
        """Whether the capitalised word ending at ``end`` is part of a ministry's portfolio: a title word follows it,
        perhaps past a demonym ("International Development", "East African Cooperation")."""
        at = end
        for _ in range(3):
            nx = re.match(r" +([A-Z][\w-]*)", text[at:])
            if nx is None:
                return False
            word = nx.group(1).lower()
            if word in _TITLE_WORDS and word not in _NOT_PORTFOLIO:
                return True
            if not self._is_entity(at + nx.start(1), mentions):
                return False
            at += nx.end()
        return False

    def _more_names(self, text: str, names: list[tuple[int, int]], mentions: list[Mention], plural: bool) -> list[tuple[int, int]]:
        """After a plural title, the rest of its list of names: "Presidents Ruiz, Soto and Vidal"."""
        if not plural:
            return names
        pos = names[-1][1]
        while True:
            of = re.match(r"\s+of\s+(?:the\s+)?", text[pos:])  # "Ministers Ana Ruiz of Peru and Luis Soto of Chile"
            c = next((m for m in mentions if of and m.type == "country" and m.start == pos + of.end()), None)
            if c is not None:
                pos = c.end
            sep = re.match(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)", text[pos:])
            if not sep:
                return names
            at = pos + sep.end()
            hon = _HONORIFIC.match(text, at)
            at = hon.end() if hon else at
            end = self._name_run(text, at, mentions)
            if end is None:
                return names
            names.append((at, end))
            pos = end

    def _name_before(self, text: str, head_start: int, mentions: list[Mention], context: DocumentContext | None = None) -> tuple[int, int] | None:
        """An appositive name before its title: "Ana Soto, the Foreign Minister of Peru"."""
        m = _APPOSITION.search(text[max(0, head_start - 120) : head_start])
        if m is None:
            return None
        off = max(0, head_start - 120)
        mid = m.group("mid").split()
        if any(w[:1].isupper() and w.lower() not in _TITLE_WORDS and not self._is_entity_word(text, off + m.start("mid"), w, mentions) for w in mid):
            return None
        start = off + m.start("name")
        # the name is the last run of name words before the comma
        words = [w for w in re.finditer(r"(?:[A-Z]\.\s?)*[^\W\d_][\w'’-]*", m.group("name")) if not _PARTICLE.match(w.group() + " A")]
        first = 0
        for i, w in enumerate(words):
            lw = w.group().lower()
            if lw in _TITLE_WORDS or lw in _NOT_NAMES or self._is_entity(start + w.start(), mentions):
                first = i + 1
        if first >= len(words):
            return None
        ns = start + words[first].start()
        while (hon := _HONORIFIC.match(text, ns)) is not None and hon.end() < off + m.end("name"):
            ns = hon.end()  # "H.E. Dr. Ana Soto, Ambassador of Peru": the honorifics are not part of the name
        ne = self._name_run(text, ns, mentions)
        if ne is None or ne > off + m.end("name"):
            return None
        if len(text[ns:ne].split()) < 2 and "." not in text[ns:ne]:
            # one word: only a person this document named in full ("Otieno, Kenya's president, said")
            if context is None or self._resolve_cheap(text[ns:ne], context) not in context.persons:
                return None
        return ns, ne

    def _is_entity_word(self, text: str, base: int, word: str, mentions: list[Mention]) -> bool:
        i = text.find(word, base)
        return i >= 0 and any(m.start <= i < m.end and m.type != "person" for m in mentions)

    def _given_name(self, text: str, tok: re.Match[str], mentions: list[Mention]) -> bool:
        """A town's name that begins a personal name: "Vladimir Putin", "Florence Parly" (a capitalised word that
        is no place, body or title follows it on the same line)."""
        if not any(m.start == tok.start() and m.end == tok.end() and m.type == "city" for m in mentions):
            return False
        nxt = re.match(r"[ \u00a0]+", text[tok.end():])
        if nxt is None:
            return False
        after = _NAME_TOKEN.match(text, tok.end() + nxt.end())
        if after is None or not after.group()[:1].isupper():
            return False
        w = after.group().rstrip("'’").lower().removesuffix("'s").removesuffix("’s")
        return w not in _TITLE_WORDS and w not in _NOT_NAMES and not self._is_entity(after.start(), mentions)

    def _is_entity(self, pos: int, mentions: list[Mention]) -> bool:
        # a word inside a place or body's name too: "United Arab Emirates, the head of state" names no "Arab Emirates"
        return any(m.start <= pos < m.end and m.type != "person" for m in mentions)

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
            # "On Tuesday Soto was received", "Later Monday Ruiz met": the capitalised words before the name are none of it
            while " " in name and fold(name.split()[0]) in _NOT_NAMES:
                cut = len(name.split()[0]) + 1
                name, s = name[cut:].lstrip(), s + cut + (len(name[cut:]) - len(name[cut:].lstrip()))
            royal = re.match(r"(?:Sheikh|Sheikha|Prince|Princess|Emir|Amir|King|Sultan|Crown\s+Prince)\s+(?=[A-Z])", name)
            if royal and len(name[royal.end():].split()) == 1:
                # "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani": a royal is named by the given name
                pid = self._royal_reference(name[royal.end():], context)
                if pid:
                    out.append(Mention(s + royal.end(), s + len(name), pid, "person", "alias"))
                continue
            if fold(name.split()[-1]) in _TITLE_WORDS or fold(name.split()[0]) in _NOT_NAMES or len(name) < 2:
                continue
            pid = self._resolve_cheap(name, context)
            if len(name) == 2 and pid not in context.persons and pid not in context.named:
                continue  # "Xi", "Li": a two-letter surname only for a person this document named in full
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
        key = name_key(toks[-1])
        if key not in self.gazetteer.persons_by_surname and not any(key in _surname_keys(p) for p in context.persons.values()):
            return self._first_name_reference(toks[0], context) if len(toks) == 1 else None
        return self.resolve_name(name, context) or (self._first_name_reference(toks[0], context) if len(toks) == 1 else None)

    def _royal_reference(self, given: str, context: DocumentContext) -> str | None:
        """The one person of this document whose name is ``given`` followed by a lineage ("bin", "bint", "ibn")."""
        key = name_key(given)
        found = []
        for pid in [*context.persons, *sorted(context.named)]:
            e = context.persons.get(pid) or self.gazetteer.entities.get(pid)
            if e is None or pid in found:
                continue
            for label in (e.label, *e.alt_labels):
                lt = tokens(label)
                if len(lt) >= 3 and name_key(lt[0]) == key and lt[1] in ("bin", "bint", "ibn", "ben"):
                    found.append(pid)
                    break
        return found[0] if len(found) == 1 else None

    def _first_name_reference(self, token: str, context: DocumentContext) -> str | None:
        """A later reference by the *first* word of a name, where that word is the one a reader uses: the family name
        of Chinese and Korean names written family name first ("Xi Jinping" ... "Xi", "Park Min-jun" ... "Park"), the
        name of Indonesians ("Prabowo Subianto" ... "Prabowo"). Only for a person of such a country this document
        named in full, and only when one person fits."""
        if not self._first_name_countries:
            self._first_name_countries = {self.gazetteer.country_by_iso3[c] for c in _FIRST_NAME_FIRST if c in self.gazetteer.country_by_iso3}
        key = name_key(token)
        found: list[str] = []
        for pid in [*context.persons, *sorted(context.named)]:
            e = context.persons.get(pid) or self.gazetteer.entities.get(pid)
            if e is None or pid in found or e.values.get("nationality") not in self._first_name_countries:
                continue
            if any(len(lt) >= 2 and name_key(lt[0]) == key for lt in (tokens(x) for x in (e.label, *e.alt_labels))):
                found.append(pid)
        return found[0] if len(found) == 1 else None

    def references(self, text: str, offset: int, context: DocumentContext, taken: list[Mention] | None = None) -> list[Mention]:
        """'the ambassador' -> the last ambassador named; 'the two countries' -> the document's main pair."""
        out = []
        for m in _ROYAL_REFERENCE.finditer(text):
            # "His Majesty the King received ...", "the Amir": the one person this document named with that title
            ids = context.royals.get(" ".join(m.group("royal").lower().split()), set())
            s, e = m.start() + offset, m.end() + offset
            if len(ids) == 1 and not any(x.start < e and s < x.end for x in taken or ()):
                out.append(Mention(s, e, next(iter(ids)), "person", "coreference"))
        for m in _COREF.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if m.group("pair"):
                if len(context.main_countries) == 2:
                    for c in context.main_countries:
                        out.append(Mention(s, e, c, "country", "coreference"))
                continue
            if m.group("pronoun"):  # "He then held talks ...": the first person the sentence before named
                s = m.start("pronoun") + offset
                # "..., where he held talks": the person this sentence named first; at its start, the one before named
                own = next((x.entity for x in taken or () if x.type == "person" and x.end <= s), None) if m.start("pronoun") > 0 and text[: m.start("pronoun")].strip() and "," in text[: m.start("pronoun")] and re.search(r"(?:which|where|when)\s+$", text[: m.start("pronoun")]) else None
                subject = own or context.last_subject
                if subject:
                    out.append(Mention(s, s + len(m.group("pronoun")), subject, "person", "coreference"))
                continue
            if m.group("two"):  # "the two leaders held talks": the last two post-holders of two countries
                for one in _last_pair(context, m.group("plural")):
                    out.append(Mention(s, e, one, "person", "coreference"))
                continue
            if re.match(r"\s+of\b|\s+[A-Z]", text[m.end():]):
                continue  # "the President of Kazakhstan Ana Soto", "the President Ana Soto": a title, no reference
            words = m.group("role").split(None, 1)[1]
            if m.group("dem"):
                words = words.split(None, 1)[1] if " " in words else words
            role = _role(words)
            pid = context.last_by_role.get(role)
            if m.group("dem"):
                # "the Turkish foreign minister": the last minister of that country, if one was named
                hits = self.gazetteer.forms.get(tokens(m.group("dem")))
                country = hits[0][0] if hits and self.gazetteer.entities[hits[0][0]].type == "country" else None
                if country is not None:
                    pid = next((p for p, r, c in reversed(context.holders) if r == role and c == country), None)
            if pid:
                out.append(Mention(s, e, pid, "person", "coreference", (("role", role),)))
        return out


#: countries whose people a later reference names by the first word of their name (ISO 3166 alpha-3): family name
#: first (China, Taiwan, Hong Kong, Macao, both Koreas), or the first name as the name in use (Indonesia)
_FIRST_NAME_FIRST = ("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "IDN")


#: the roles a plural reference ("the two leaders") may stand for
_PAIR_ROLES = {"leaders": ("president", "prime-minister", "official"), "presidents": ("president",), "prime ministers": ("prime-minister",),
               "heads of state": ("president", "official"), "heads of government": ("prime-minister",),
               "foreign ministers": ("minister",), "ministers": ("minister",), "speakers": ("speaker",), "mayors": ("official",)}


def _last_pair(context: DocumentContext, plural: str) -> list[str]:
    """The two persons "the two leaders" (ministers, speakers, ...) refers to: the latest holders of such a post
    in two different countries; none when the document has not named two."""
    roles = _PAIR_ROLES.get(re.sub(r"\s+", " ", plural.lower()), ())
    first: tuple[str, str, str | None] | None = None
    for h in reversed(context.holders):
        if h[1] not in roles or h[2] is None:
            continue
        if first is None:
            first = h
        elif h[0] != first[0] and h[2] != first[2]:
            return [first[0], h[0]]
    return []


def _unglue(name: str) -> str:
    """A name whose words lost their space ("SadyrJaparov") with the space back; "McCain", "DeGaulle" stay."""
    return re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z])", " ", name) if not re.match(r"(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O')", name) else name


def _counterpart_title(prev: Mention, country: str | None) -> str:
    """The title of a counterpart: the other's post, in the counterpart's country if the title named one."""
    return str(prev.get("role") or "official").replace("-", " ").capitalize()


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


def _attributive(text: str, c_start: int, c_end: int, head_start: int) -> bool:
    """A country's name used as an adjective right before a title: "Cook Islands Prime Minister Mark Brown" (not the
    place of a clause before it: "in Chile President Ruiz ...")."""
    return (text[c_end:head_start].strip() == "" and "\n" not in text[c_end:head_start]
            and not re.search(r"(?:\b(?:in|to|from|into|across|within|throughout|visited|visits|visit|left|reached|toured)|[,;:])\s+(?:the\s+)?$", text[max(0, c_start - 30) : c_start], re.I))


#: "<country>, the bloc's chair in 2019, was represented by": the country a representative speaks for
_REPRESENTED = re.compile(r"(?:\s*,[^,.;()]{1,120},)?\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+represented\s+"
                          r"(?:at\s+[^,.;]{1,60}?\s+)?by\s+(?:its\s+|their\s+)?(?:then[-\s]|former\s+)?\Z")
#: "<country>'s government, led by", "the <demonym> delegation, headed by"
_LED_BY = re.compile(r"(?:['’]s|\s)\s*(?:government|cabinet|administration|delegation)\s*,?\s+(?:which\s+(?:is|was)\s+|(?:is|was|were|will\s+be)\s+)?(?:led|headed)\s+by\s+(?:its\s+)?(?:then[-\s])?\Z")
#: "the <demonym> delegation included the Minister of ..., X"
_INCLUDED = re.compile(r"(?:['’]s|\s)\s*(?:delegation|team)\s*,?\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of|was\s+made\s+up\s+of)\s+(?:the\s+)?\Z")
#: "... who presented her credentials to (His Majesty) King Y"
_CREDENTIALS_TO = re.compile(r"\bpresent(?:ed|s|ing)\s+(?:his|her|their)\s+(?:credentials|letters?\s+of\s+credence|credential\s+letters)\s+to\s+(?:the\s+)?(?:(?:His|Her)\s+(?:Majesty|Excellency|Highness)\s+)?\Z")
#: "President X (on Tuesday) received the credentials of five new ambassadors to <country>"
_RECEIVED_CREDENTIALS = re.compile(r"\.?(?:,?\s+(?:Jr|Sr)\.?)?[^.;]{0,30}?\s(?:received|accepted)\s+(?:the\s+)?(?:credentials|letters\s+of\s+credence)\s+of\s+[^.;]{0,60}?\b(?:ambassadors?|envoys?|diplomats)\s+to\s+(?:the\s+)?")
#: "X was received by President Y", "called on Prime Minister Y": the host
_RECEIVED_BY = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:warmly\s+|officially\s+|formally\s+)?(?:received|welcomed|hosted|greeted)\s+by|called\s+on|courtesy\s+call\s+on)\s+(?:the\s+)?\Z")
#: "in <country>, where he met (with) President X": the post-holder met there is of that country
_WHERE_MET = re.compile(r",\s*where\s+[^.;:!?]{0,120}?\b(?:met|meet|meets|meeting|talks\s+with|received\s+by|welcomed\s+by|hosted\s+by|greeted\s+by)"
                        r"\s+(?:with\s+)?\Z")


#: a non-resident ambassador's seat, written as an aside in credentials lists: ", with residence in Ankara,"
_RESIDENCE = re.compile(r"(?:with\s+(?:residence|seat)|resident|residing|based)\s+in\s+[A-Z][\w-]*(?:[\s-][A-Z][\w-]*)?\s*(?=,)")


#: seats of government that news writes for the government (ISO 3166 alpha-3 of their country)
_SEATS = {"kremlin": "RUS", "white house": "USA", "elysee": "FRA", "downing street": "GBR", "zhongnanhai": "CHN"}
_SEAT = re.compile(r"\b(Kremlin|White\s+House|[EÉ]lys[eé]e|Downing\s+Street|Zhongnanhai)(?:['’]s)?\s+(?:(?:[Cc]hief|[Ss]enior|[Dd]eputy|[Ff]oreign[\s-][Pp]olicy|[Pp]ress|[Nn]ational\s+[Ss]ecurity)\s+)*\Z")
#: "... was accompanied by <title>": the suite of the one named before
_ACCOMPANIED = re.compile(r"\baccompanied\s+by\s+(?:(?:his|her|their|the)\s+)?\Z")
#: "X, the country's foreign minister"
_THE_COUNTRYS = re.compile(r"\bthe\s+country['’]s\s+(?:(?:[Ff]ormer|[Nn]ew|[Aa]cting|[Dd]eputy|[Ff]irst|[Ff]oreign|[Pp]rime|[Vv]ice)\s+)*\Z")
#: "X, who heads Peru's ministry of foreign affairs" (the name is read back from ``rest``)
_HEADS_MINISTRY = re.compile(r"(?P<rest>,\s+who\s+(?:heads|head|headed|leads|led|runs)\s+(?:the\s+)?)(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+"
                             r"(?:[Mm]inistry|[Dd]epartment)\s+(?P<of>(?:of|for)\s+[\w\s,-]{2,60}?)(?=\s*[,.;]|\s+(?:and|since|until)\b)")


#: "X presented his credentials as <title>"
_CREDENTIALS_AS = re.compile(r"(?P<who>[A-Z][^,;.]{2,80}?)\s+(?:has\s+|had\s+)?present(?:ed|s)\s+(?:his|her)\s+(?:credentials|letters?\s+of\s+credence)"
                             r"\s+as\s+(?:the\s+)?(?:new\s+)?\Z")
#: "the X Embassy in Y, headed by", "The embassy is headed by": an embassy and its head
_HEADED_BY = re.compile(r"(?:\b(?P<def>[Tt]he|[Ii]ts|[Tt]his)\s+)?\b(?P<emb>[Ee]mbassy)\b(?:(?![Ee]mbassy)[^.;]){0,80}?,?\s+(?:which\s+is\s+|is\s+|was\s+|has\s+been\s+|will\s+be\s+)?"
                        r"(?:headed|led)\s+by\s+(?:its\s+|the\s+)?(?:new\s+)?\Z")


def _embassy_named(text: str, mentions: list[Mention], gazetteer: Gazetteer, at: int, sender: str | None = None) -> tuple[str | None, str | None]:
    """Sender and host of the embassy word at ``at``: "<Saudi|Chile's> Embassy in <Lima|Peru>", "Embassy of <X> in <Y>"
    (``sender`` when the sentence's subject gives it)."""
    places = [m for m in mentions if m.type in ("country", "city")]
    end = at + len("embassy")
    sender = sender or next((m.entity for m in places if m.type == "country" and re.fullmatch(r"(?:['’]s)?\s+(?:new\s+|own\s+)?", text[m.end : at])), None)
    rest = end
    if sender is None:
        of = re.match(r"\s+of\s+(?:the\s+)?", text[end:])
        c = next((m for m in places if of and m.type == "country" and m.start == end + of.end()), None)
        if c is None:
            return None, None
        sender, rest = c.entity, c.end
    inn = re.match(r"\s+in\s+(?:the\s+)?", text[rest:])
    where = next((m for m in places if inn and m.start == rest + inn.end()), None)
    host = None if where is None else where.entity if where.type == "country" else gazetteer.country_of(where.entity)
    return sender, host


def _post_words(title: str | None) -> tuple[str, ...]:
    """The last two words of a title, lower case: what two titles of one post share ("Russian Foreign Minister",
    "Foreign Minister")."""
    return tuple(w.lower() for w in re.findall(r"[^\W\d_]+", title or ""))[-2:]


#: posts a country has one holder of at a time
_ONE_PER_COUNTRY = ("president", "prime-minister", "speaker")
#: between two titled names of a list: a separator, then the second one's title
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?P<title>(?:[A-Z][\w-]*|of|the|for|and)(?:\s+(?:[A-Z][\w-]*|of|the|for|and))*)\s+")


def _framed_country(text: str, head_start: int, mentions: list[Mention], role: str, gazetteer: Gazetteer) -> str | None:
    """The country a sentence's frame gives a title that names none: the country that "was represented by" it, whose
    government or delegation it leads, or where a head of state or government was met ("in Chile, where ...")."""
    before = text[:head_start]
    places = [m for m in mentions if m.end <= head_start and (m.type == "country" or m.type == "city" and m.kind == "capital")]
    if not places:
        return None
    last = places[-1]
    own = last.entity if last.type == "country" else gazetteer.country_of(last.entity)
    tail = before[last.end:]
    lead = re.search(r"(?:\b[A-Z][\w-]*\s+)+$", tail)  # title words before the head: "by External Affairs Minister X"
    if lead is not None and all(w.lower() in _TITLE_WORDS for w in lead.group().split()):
        tail = tail[: lead.start()]
    if last.type == "country" and (_REPRESENTED.fullmatch(tail) or _LED_BY.fullmatch(tail) or _INCLUDED.fullmatch(tail)):
        return own
    if last.kind == "capital" and _REPRESENTED.fullmatch(tail) and not before[: last.start].strip():
        return own  # "Lima, which joined in 2000, was represented by its ambassador to Chile, X": the capital opens the sentence for its state
    where = _WHERE_MET.search(before) if role in ("president", "prime-minister") and not re.search(r"\b(?:sidelines?|margins?)\b", text) else None
    # (not "in Lima, where he met President X on the sidelines of the summit": a summit's guests are of other countries)
    if where is not None:
        # the place right before ", where"; places told between must be of the same country ("in Ghana, where she flew on to
        # Kumasi and held talks with President X")
        at = next((m for m in reversed(places) if m.end <= where.start() and not before[m.end : where.start()].strip()), None)
        seat = None if at is None else at.entity if at.type == "country" else gazetteer.country_of(at.entity)
        between = {m.entity if m.type == "country" else gazetteer.country_of(m.entity)
                   for m in mentions if where.start() <= m.start < head_start and (m.type == "country" or m.type == "city" and re.search(
                       r"\b(?:in|to|at|from|via)\s+$", before[max(0, m.start - 6) : m.start]))}  # (not "the Green Growth Summit")
        if seat is not None and between <= {seat}:
            return seat
    return None


def _surname_demonym(text: str, tok: re.Match[str], mentions: list[Mention]) -> bool:
    """A demonym that ends a name as its surname: "Kemal Türkmen stated" (an adjective would go on to its noun)."""
    m = next((x for x in mentions if x.start == tok.start() and x.end == tok.end()), None)
    return m is not None and m.kind == "demonym" and re.match(
        r"(?:[,.;:)]|\s+(?:said|says|told|added|noted|stated|stressed|underlined|emphasi[sz]ed|expressed|thanked)\b)", text[tok.end():]) is not None


def _surname_place(text: str, tok: re.Match[str], mentions: list[Mention], words: int) -> bool:
    """A place's name that ends a personal name as its surname: a town after a given name ("Irfaan Ali", a town's name
    in the world gazetteer), a country's after two given names and before a comma ("Maria Lucia Austria, the ambassador")."""
    m = next((x for x in mentions if x.start == tok.start() and x.end == tok.end()), None)
    if m is None or m.kind != "name":
        return False
    if m.type == "city":
        return not re.match(r",\s+[A-Z]", text[tok.end():])  # "Mombasa, Kenya" is a place
    return m.type == "country" and words >= 2 and re.match(r"\s*[,;)]", text[tok.end():]) is not None


def title_start_of(text: str, pos: int) -> int:
    """Where the title word ending at ``pos`` begins (its last word)."""
    m = re.search(r"[\w'’-]+$", text[:pos])
    return m.start() if m else pos


def _is_ambassador(word: str) -> bool:
    return word.lower().startswith(("ambassador", "envoy", "chargé", "charge"))
