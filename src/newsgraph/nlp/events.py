"""The event coder: parsed sentences to PLOVER events with actor, recipient, modes, date, place and toll.

Per sentence:

1. **Triggers.** A verb whose lemma has rules in ``lexicons/events.toml`` fires the most specific rule whose
   object, preposition and particle constraints hold ("impose" + "tariffs" is SANCTION, bare "strike" is
   ASSAULT). A noun trigger ("talks", "a missile strike") fires only where the text makes it an event: the
   object of a light verb ("held talks", "launched a strike"), the subject of a happening verb ("the strike
   killed"), the cause of a passive harm ("killed in a drone strike"), or with its own actor ("Russia's attack").
   ``readings.py`` then reads the rule against the participants: words that are no violence, talk with no
   counterpart, polls, speech tags and other statements that report no act.
2. **Participants** (``participants.py``): subject (through control, coordination and relative clauses) or, in
   a passive, the agent; the recipient from the places the rule names. Coordinated actors become one event
   each; reciprocal rules ("A and B met") code both directions.
3. **Modes** (``modes.py``). Negation, modals, "if", governing verbs ("refused to", "plans to") and dates far
   in the past set ``aux`` flags: ``negated``, ``future``, ``hypothetical``, ``historical``, ``unattributed`` (no actor
   identified), ``private`` (private people among themselves, ``counting.py``). Flagged events are kept but not
   counted. A commitment is an event in its own right: "agreed/vowed/will ... withdraw" adds AGREE for a
   cooperative action and THREATEN for a hostile one, as PLOVER codes statements of intent.
4. **Claims.** An event inside a quotation or under a reporting verb ("officials said Russia struck") records
   who claims it.
5. **Date, place, toll**: the date expression attached to the trigger, else the reporting verb's
   (``event_dates.py``), the place governed by in/at/near or a struck city (``event_places.py``), and the
   stated dead and injured.

Events with neither a coded actor nor a coded recipient are dropped: "prices hit a record" is not an event
(``counting.py`` holds that filter and the ``private`` flag).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..ontology import actors, places
from ..ontology.patterns import Patterns, Rule, patterns
from ..ontology.plover import ontology
from . import dates as dating
from . import genre
from . import toll as tolls
from .counting import empty_promise, keep, private
from .event_dates import back_references, defunct_parties, sentence_dates
from .event_places import PHYSICAL, PLACE_NOUNS, home_country, place_for, town
from .modes import REPORTING, WANTING, aux_modes, hedged, modal_future, time_clause_future
from .participants import (Participant, Resolver, ethnic_group, expand, first_conjunct, misread_name_verb,
                           kind_of, not_a_town, passive_subject, subject_of)
from .pipeline import Analysis, stage, text_of

VERSION = "coder.v7"

REPORTING_FORMS = {"said", "says", "say", "told", "tells", "tell", "claimed", "claims", "reported", "reports",
                   "announced", "announces", "stated", "states", "added", "adds", "insisted", "insists",
                   "confirmed", "confirms", "noted", "notes", "wrote", "writes", "argued", "argues", "asserted",
                   "alleged", "alleges", "declared", "declares", "acknowledged", "warned", "warns", "explained",
                   "stressed", "suggested", "according", "tweeted", "posted", "testified", "saying", "telling"}
# Spells of time an event noun fills ("two days of fighting have left 30 dead"; a "wave" or "round" of strikes or
# talks is a CONTAINER, the event itself)
FORCES = {"troop", "troops", "force", "forces", "soldier", "soldiers", "unit", "units", "battalion", "brigade",
          "division", "warship", "warships", "ship", "ships", "jet", "jets", "aircraft", "tank", "tanks", "army",
          "marine", "marines", "reinforcement", "reinforcements", "personnel", "contingent", "peacekeeper",
          "peacekeepers", "fighter", "fighters"}
WATCHING = {"oversee", "supervise", "observe", "watch", "inspect", "guide"}  # a leader at a weapons test
SPELLS = {"day", "week", "month", "year", "hour", "night", "weekend", "decade", "spate", "string", "flurry", "bout"}
HAPPEN = {"kill", "hit", "strike", "damage", "injure", "wound", "destroy", "target", "take", "begin", "resume",
          "end", "continue", "break", "erupt", "occur", "happen", "leave", "claim", "follow", "come", "start",
          "conclude", "collapse", "stall", "produce", "yield", "fail", "last", "focus", "center", "centre",
          "cover", "include", "involve", "mark", "be", "hold"}
HARM = {"kill", "injure", "wound", "die", "hurt", "damage", "destroy", "displace", "trap", "bury"}
BUILDINGS = {"school", "hospital", "building", "shelter", "camp", "mosque", "church", "house", "home", "compound",
             "tent", "warehouse", "facility", "center", "centre", "clinic", "apartment", "block", "hotel", "site"}
DOMESTIC_ARMED = {"REB", "UAF", "CRM", "PRM", "OPP", "CVL"}  # armed or unruly groups read as local by default
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}  # "A and B met" is A with B and B with A
COOPERATIVE = {"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
HOSTILE = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# The mode of a REQUEST, REJECT or THREATEN read from the action it is about.
ABOUT_MODE = {
    "REQUEST": {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield",
                "SUPPORT": "assist", "AGREE": "meet"},
    "REJECT": {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield",
               "AGREE": "meet", "REQUEST": "change"},
    "THREATEN": {"SANCTION": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence", "PROTEST": "relations"},
}
THREAT_BY_MODE = {("COERCE", "arrest"): "arrest", ("COERCE", "ban"): "ban", ("COERCE", "seize"): "territory",
                  ("SANCTION", "expel"): "expel", ("SANCTION", "withdraw"): "relations",
                  ("SANCTION", "discontinue"): "relations", ("COERCE", "restrict"): "restrict",
                  ("COERCE", "curfew"): "restrict", ("COERCE", "martial-law"): "restrict"}


@dataclass
class Event:
    type: str
    mode: str | None
    rule: str
    confidence: float
    token: int  # trigger token index
    start: int  # trigger offsets in the article text
    end: int
    sent_start: int
    sent_end: int
    actor: Participant | None = None
    recipient: Participant | None = None
    contexts: tuple[str, ...] = ()
    aux: list[str] = field(default_factory=list)
    depth: int = 0
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    date_span: tuple[int, int] | None = None
    place: dict[str, Any] | None = None
    fatalities: int | None = None
    injuries: int | None = None
    toll_spans: tuple[tuple[int, int], ...] = ()
    claimed_by: Participant | None = None
    governor: int | None = None  # token of a governing verb ("agreed" in "agreed to withdraw")
    governor_kind: str | None = None  # intent | refuse | future | hypothetical | negated (events.toml)
    conditional: bool = False  # the action is tied to a condition ("unless", "if")
    derived: bool = False  # an AGREE/THREATEN read from a statement of intent

    @property
    def counted(self) -> bool:
        return not self.aux

    @property
    def quad(self) -> str:
        return ontology().quad(self.type)

    @property
    def score(self) -> float:
        return ontology().score(self.type, self.mode)


@dataclass
class Trigger:
    tok: Any
    rule: Rule
    obj: Any | None = None  # the object that satisfied the rule ("tariffs" in "imposed tariffs")
    light: Any | None = None  # the light verb of a nominal event ("held" in "held talks")


# ---------------------------------------------------------------- triggers

def _objects(v: Any) -> list[Any]:
    out = []
    for c in v.children:
        if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "dative", "acomp"):
            out.append(c)
        elif c.dep_ in ("prep", "agent", "prt") and c.lower_ in ("on", "for", "to", "into", "under", "up", "as",
                                                                   "by", "over", "with") and \
                (c.i > v.i or c.dep_ == "agent"):  # "With the added duty, bills would increase": no object
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if _misread_modifier(v):
        out.append(v.head)  # "NATO scrambled fighter jets" read as "scrambled jets": the jets are the object
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        # "cables that were later released by WikiLeaks", "the hostages it released": the thing is the antecedent
        rel = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.tag_ in ("WDT", "WP") for c in rel) or \
                (not rel and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children)):
            out.append(v.head)
    more = []
    for o in out:
        more.extend(g for g in o.children if g.dep_ == "conj")
        # "10 days of war games", "700 kg of medicine": the thing is under "of"
        if o.dep_ in ("dobj", "nsubjpass"):
            more.extend(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")
    return out + more


def _misread_modifier(v: Any) -> bool:
    """A past tense the parser took for an adjective though it has a subject ("NATO scrambled fighter jets")."""
    return (v.dep_ == "amod" and v.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in v.children)) or \
        misread_name_verb(v) is not None  # ("Trump raised duties on Chinese goods")


def _hyphenated(tok: Any) -> str | None:
    """"cease-fire" as written, which spaCy splits into "cease", "-", "fire" (asked of "fire")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and \
            not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return None


QUANTITIES = {"some", "many", "several", "dozens", "hundreds", "thousands", "scores", "most", "all", "few", "both",
              "tens", "millions", "part", "rest", "group", "number"}


def _words(tok: Any) -> set[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.like_num or tok.lower_ in QUANTITIES:
        for c in tok.children:  # "two of its nationals", "dozens of prisoners": what is counted
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        words |= _words(g)
    joined = _hyphenated(tok)
    if joined:
        words.add(joined)
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            words.add(f"{c.lemma_.lower()} {tok.lemma_.lower()}")
            words.add(f"{c.lower_} {tok.lower_}")  # "war games" as written
            if not (c.pos_ == "PROPN" and tok.pos_ == "PROPN"):  # ("Mark Rutte" is no mark)
                words.add(c.lemma_.lower())
        elif c.dep_ in ("nummod", "quantmod") and c.lower_ in ("million", "billion", "thousand"):
            words.add(c.lower_)  # "a million rupees": an amount of money
    return words


def match_verb(v: Any, pats: Patterns) -> Trigger | None:
    rules = pats.verb_rules(v.lemma_.lower())
    if v.lemma_.lower() == "promise" and v.tag_ == "VBG" and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
            for c in v.children):
        return None  # "the performance is promising": an adjective, nothing promised to anyone
    if (_hyphenated(v) or "").startswith("test-"):
        rules = pats.verb_rules("test")  # "test-fired a ballistic missile": a test, no attack
    if not rules:
        return None
    objs = _objects(v)
    direct = [o for o in objs if o.head == v]
    # "called on Wednesday" is not "called on Iran": a preposition whose object is a date does not count.
    timed = {c.i for c in v.children if c.dep_ == "prep" and
             any(g.ent_type_ in ("DATE", "TIME", "ORDINAL") for g in c.children)}  # "for the second time"
    # (a preposition with its own object is no particle: "backed his party in Sunday's elections" is no backing in)
    particles = {c.lower_ for c in v.children if c.i not in timed and (c.dep_ in ("prt", "advmod") or (
        c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)))}
    # ("On Twitter, Bush called Trump unhinged": a preposition before the verb sets the scene, it is no "call on")
    preps = {c.lower_ for c in v.children if c.dep_ in ("prep", "agent", "dative") and c.i not in timed and c.i > v.i}
    patient = v.head if v.dep_ == "acl" and v.tag_ == "VBN" and v.head != v else None
    for r in rules:
        if r.type == "NONE" and r.particle and (particles & r.particle) and not any(
                x.type != "NONE" and x.particle & particles and x.objects and
                any(_words(o) & x.objects for o in direct) for x in rules):
            # a particle changes the verb ("ended up in Houston with the help of friends"; but a rule written for
            # that particle and object stands: "calling up 135,000 conscripts")
            return None
        if r.type == "NONE" and r.objects and patient is not None and _words(patient) & r.objects:
            return None  # "the report released this month": the participle's noun is its object
    for r in rules:
        found = None
        if r.objects:
            found = next((o for o in direct if _words(o) & r.objects), None) or \
                next((o for o in objs if _words(o) & r.objects), None)
            if found is None:
                continue
            if found.head != v and any(o.dep_ == "dobj" and _noun_rule(o, pats) for o in direct):
                continue  # "renewed negotiations on ... relations": the direct object is the event
            if found.head != v and any(o.dep_ == "dobj" and o.pos_ == "PRON" and o.lower_ == "it" for o in direct):
                continue  # "handed it to family members": what was handed is "it", not the members
        if r.particle and not (particles & r.particle):
            continue
        if r.preps and not (preps & r.preps) and \
                not (found is not None and r.objects and any(c.dep_ == "prep" and c.lower_ in r.preps
                                                             for c in found.children)):
            continue  # (the preposition may hang on the matched object: "conducted operations against")
        if r.bare_object and (any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in v.children) or
                              _quote_follows(v)):
            continue
        if r.needs_pair and not _plural_subject(v):
            continue
        return None if r.type == "NONE" else Trigger(v, r, found)
    return None


ALLEGING = {"accuse", "suspect", "charge", "convict", "blame", "indict", "sentence", "condemn", "criticize",
            "criticise", "arrest", "detain", "jail", "try", "prosecute", "investigate", "punish", "fine",
            "acquit", "allege", "deport", "sanction", "sue"}


def _alleged(v: Any) -> bool:
    """"accused Ukraine of shelling the plant", "suspected of bombing the embassy", "charged with killing": an
    action named as the content of an accusation or a charge is the accuser's claim, coded by the ACCUSE (or
    arrest, trial, sanction) that carries it, not a happening of its own."""
    v = first_conjunct(v)  # "accused him of undermining democracy and allowing graft"
    prep = v.head
    return v.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("of", "for", "with") and \
        prep.head.lemma_.lower() in ALLEGING


def _quote_follows(v: Any) -> bool:
    """"call Putin “smart”": a quotation right after the verb's object is a description, not a call."""
    dobj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if dobj is None:
        return False
    nxt = dobj.right_edge.i + 1
    return nxt < len(v.doc) and v.doc[nxt].text in ("“", '"', "'", "``", "‘", "''")


def _plural_subject(v: Any) -> bool:
    subj, _ = subject_of(v)
    if subj is None:
        return False
    return any(c.dep_ == "conj" for c in subj.children) or \
        any(c.lower_ in ("two", "both") for c in subj.children) or subj.lower_ in ("both", "they") or \
        any(c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children)
            for c in subj.children)  # "Ukrainian and Russian negotiators"


def _noun_rule(n: Any, pats: Patterns) -> Rule | None:
    lemma = n.lemma_.lower()
    for c in n.children:
        if c.dep_ == "compound":
            rules = pats.noun_rules(f"{c.lemma_.lower()} {lemma}") or pats.noun_rules(f"{c.lower_} {n.lower_}")
            if rules:
                return rules[0]
    if lemma in ("launch", "test", "testing"):  # "the launch of a new hypersonic missile": a missile launch
        for held in _prep_objects(n, "of"):
            rules = pats.noun_rules(f"{held.lemma_.lower()} {lemma}")
            if rules:
                return rules[0]
    if lemma in CONTAINERS:  # "a 16th package of sanctions", "a new round of talks": what it holds
        for held in _prep_objects(n, "of"):
            rule = _noun_rule(held, pats)
            if rule is not None:
                return rule
    joined = _hyphenated(n)
    rules = (pats.noun_rules(joined) if joined else ()) or pats.noun_rules(lemma) or pats.noun_rules(n.lower_)
    if len({r.type for r in rules}) > 1 and {"ASSAULT", "PROTEST"} <= {r.type for r in rules}:
        # "strike": a missile strike or a workers' strike
        want = "ASSAULT" if _military(n) else "PROTEST"
        return next(r for r in rules if r.type == want)
    return rules[0] if rules else None


REFERRING = {"describe", "label", "term", "characterize", "characterise", "brand", "mention", "recall", "remember",
             "commemorate", "portray", "depict", "compare", "liken"}
FLOWS = {"export", "import", "shipment", "good", "product", "sale", "flight", "flow", "delivery"}
# "went on strike", "retaliated with tariffs", "gathered for talks", "engaged in fighting" (not "held talks after
# calls for...", "a trial opened over the 2004 bombing")
LIGHT_PREPS = {"on", "with", "for", "in", "into", "to", "at"}
RESPONDING = {"retaliate", "respond", "react", "hit", "strike"}
CONTAINERS = {"package", "round", "set", "wave", "series", "batch", "tranche", "raft", "slew", "barrage"}
ARMED_FORCES = {"army", "military", "force", "troop", "jet", "warplane", "drone", "navy", "airforce", "artillery"}
LABOUR = {"hunger", "general", "labour", "labor", "workers", "union", "teachers", "nationwide", "wildcat",
          "national", "sit-down", "doctors", "nurses", "miners", "rail", "dock", "pay"}


def _military(n: Any) -> bool:
    """Whether a word that names both ("strike") is an armed attack here: a target ("a strike on Sumy"), a
    weapon ("a drone strike"), or harm or weapons in the sentence; a hunger, general or workers' strike, or
    one that people go on, is a protest."""
    mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod", "nmod")}
    if mods & LABOUR or (n.dep_ == "pobj" and n.head.lower_ == "on" and n.head.head.lemma_.lower() in ("go", "be")):
        return False
    if mods & (_WEAPONS | {"air", "military", "artillery", "precision", "retaliatory", "deadly", "lethal"}):
        return True
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "near", "across", "inside") and \
                any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children):
            return True
    if n.dep_ == "dobj" and n.head.pos_ == "VERB":  # "Israel carried out strikes", "Russia launched a strike":
        subj, _ = subject_of(n.head)  # a state or an armed force strikes with weapons, workers with a walkout
        if subj is not None and (subj.ent_type_ in ("GPE",) or subj.lemma_.lower() in ARMED_FORCES):
            return True
    sent = n.sent
    return any(t.lemma_.lower() in HARM or t.lemma_.lower() in _WEAPONS for t in sent if t.i != n.i)


def match_noun(n: Any, pats: Patterns, resolver: Resolver) -> Trigger | None:
    if n.dep_ == "compound" or n.pos_ not in ("NOUN", "PROPN") or n.ent_type_ in ("DATE", "TIME"):
        return None  # ("In March, Quad leaders agreed": a month, not a march)
    if n.pos_ == "PROPN" and n.ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "LAW", "NORP"):
        return None  # part of a name: "the Quadrilateral Security Dialogue"
    if n.lower_ == "talk" and n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ in ("show", "shows", "radio"):
        return None  # "took to the talk shows": the parser reads "shows" as a verb
    rule = _noun_rule(n, pats)
    if rule is None:
        return None
    head = n.head
    if n.lower_ == "charge" and head.lemma_.lower() == "lead" and any(c.lower_ == "the" for c in n.children):
        return None  # "Stadia is leading the charge": at the front, accusing no one
    if n.dep_ in ("dobj", "attr", "nsubjpass") and head.lemma_.lower() in pats.light:
        return Trigger(n, rule, light=head)
    if n.dep_ == "dobj" and rule.type == "MOBILIZE" and head.lemma_.lower() in WATCHING:
        return Trigger(n, rule, light=head)  # "Kim Jong Un oversaw the launch of a new hypersonic missile"
    if rule.mode == "phone" and any(c.dep_ == "prep" and c.lower_ == "for" for c in n.children):
        return None  # "calls for rearming Europe" are demands, not phone calls
    if n.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in pats.light and \
            head.lower_ in LIGHT_PREPS and head.head.pos_ == "VERB" and head.i > head.head.i and \
            (head.lower_ == "with" or head.head.lemma_.lower() not in RESPONDING):
        # "went on strike", "agreed on a ceasefire", "retaliated with tariffs" (not "responded to attacks", nor
        # a phrase fronted before the verb: "at a meeting in Paris, the hand-wringing gave way to ...")
        return Trigger(n, rule, light=head.head)
    if n.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "be" and rule.type == "CONSULT" and \
            n.lower_ in ("talks", "negotiations", "discussions", "consultations"):
        return Trigger(n, rule, light=head.head)  # "New Delhi was in talks with Washington"
    if rule.light_only:
        return None
    if n.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SPELLS and \
            head.head.dep_ == "nsubj" and head.head.head.lemma_.lower() in HAPPEN:
        return Trigger(n, rule)  # "two days of fighting have left at least 30 people dead"
    if n.dep_ in ("nsubj",) and head.lemma_.lower() in HAPPEN:
        if any(c.dep_ == "mark" and c.lower_ in ("since", "before", "until") for c in head.children):
            return None  # "over the three years since Russia's invasion began": a reference, not a report
        return Trigger(n, rule)
    if n.dep_ == "dobj" and head.lemma_.lower() in REFERRING:
        return None  # "China has yet to describe Russia's invasion as a war": the invasion is referred to
    if n.dep_ == "pobj" and head.lower_ in ("in", "during", "by", "after", "from") and \
            head.head.lemma_.lower() in HARM:
        return Trigger(n, rule)
    if _responsible(n) is not None:  # "Hamas claimed responsibility for the attack"
        return Trigger(n, rule)
    if n.dep_ == "dobj" and head.lemma_.lower() in WANTING:
        return None  # "the amounts require an investigation by a special prosecutor": wanted, not reported
    if n.dep_ == "pobj" and head.lower_ in ("of", "since", "after", "before", "until", "despite", "amid"):
        return None  # "the anniversary of Russia's invasion", "since the attack": a reference, not a report
    if _noun_actor(n) is not None or _patient(n) is not None or \
            any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
        # A nominal event with its own actor is a report when it is a clause's subject or object, or a
        # headline-like fragment; deep inside a phrase it refers back ("his approach, which focused on ...").
        if n.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "appos") or \
                (n.dep_ == "pobj" and head.lower_ in ("in", "on", "during", "by", "from")):
            return Trigger(n, rule)
    return None


# Nominal events whose possessor is who it happened to: "the militant leader's killing", "Navalny's arrest"
# (but "Russia's invasion", "Hamas's attack": the possessor of other nouns did it).
PATIENT_NOUNS = {"killing", "assassination", "murder", "execution", "arrest", "detention", "capture", "abduction",
                 "kidnapping", "extradition", "deportation", "expulsion", "beheading", "imprisonment", "release"}


def _patient(n: Any) -> Any | None:
    """The possessor of a patient noun ("al-Rufay'i's killing", "his arrest"): the recipient, not the actor."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in PATIENT_NOUNS:
        return None
    return next((c for c in n.children if c.dep_ == "poss"), None)


def _noun_actor(n: Any) -> Any | None:
    """The actor written on a nominal event: "Russia's attack", "a Russian strike", "an attack by Hamas"."""
    for c in n.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our") and _patient(n) is None:
            if c.ent_type_ in ("GPE", "ORG") and actors.code(c.text).rule == "city":
                continue  # "the committee on Benghazi's investigation": a town's, the place it is about
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in n.children:
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or
                                                       (c.pos_ == "PROPN" and c.ent_type_ not in NOT_ACTORS)):
            if c.lower_ in NOT_NAMES or town(c):
                continue  # "Mass atrocities"; "the Chelsea explosion", "a Kharkiv strike": where, not who
            if n.lemma_.lower() in INQUIRIES and (c.ent_type_ == "PERSON" or actors.find_person(c.text) is not None):
                continue  # "the Clinton investigation", "the Trump probe": the one looked into, not the inquirer
            return c
    return _responsible(n)


INQUIRIES = {"investigation", "probe", "inquiry", "enquiry", "impeachment", "indictment", "prosecution", "trial"}
NOT_NAMES = {"mass", "several", "multiple", "new", "further", "fresh", "renewed", "major", "deadly", "fatal"}


def _responsible(n: Any) -> Any | None:
    """Who a sentence makes answer for a nominal event: "the government is responsible for mass killings",
    "Hamas claimed responsibility for the attack", "Russia was held responsible for the strike"."""
    while n.dep_ == "conj" and n.head.i != n.i:  # "killings and other atrocities"
        n = n.head
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return None
    gov = n.head.head
    if gov.lemma_.lower() not in ("responsible", "responsibility", "accountable"):
        return None
    verb = gov.head
    if gov.dep_ in ("oprd", "ccomp", "xcomp") or verb.lemma_.lower() == "hold":
        held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != gov.i]
        if held:  # "the report held Russia responsible for", "Russia was held responsible for": Russia
            return held[0]
    if gov.dep_ in ("acomp", "dobj", "attr", "oprd"):
        subj, _ = subject_of(verb)
        return subj
    return None


def _can_act(tok: Any) -> bool:
    """Dates and amounts are not actors, but "thousands of people" is, and so is a place the NER swallowed into
    a time ("a drone attack on Kyiv overnight" was tagged TIME from "Kyiv")."""
    if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
            not dating.find(tok.text) and (actors.country_index().code(tok.text) or places.city(tok.text)):
        return True
    if tok.dep_ == "nsubj" and tok.lower_ in CROWD_NUMBERS:
        return True  # "Thousands protested in Tbilisi": a crowd
    return tok.ent_type_ not in NOT_ACTORS or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


ABSTAINING = {"refrain", "abstain", "desist"}
CROWD_NUMBERS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens"}
CROWDS = {"people", "hundreds", "thousands", "dozens", "many", "crowd", "crowds", "protester", "demonstrator",
          "resident", "supporter", "activist", "student", "worker", "tens"}
DOCUMENTS = {"law", "bill", "legislation", "constitution", "decree", "rule", "measure", "treaty", "agreement",
             "deal", "accord", "plan", "resolution", "order", "charter", "declaration", "text", "draft", "document",
             "proposal", "report", "policy", "statute", "act", "amendment", "provision", "clause", "concession",
             "presence"}
SANCTION_NOUNS = {"tariff", "sanction", "duty", "levy", "embargo", "measure", "restriction", "penalty", "ban"}
PRESS_SILENCE = {"comment", "respond", "answer", "elaborate", "confirm", "say", "speak", "reply", "disclose",
                 "specify", "identify", "name", "reveal", "discuss", "address", "explain", "detail", "divulge"}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "strike", "march", "boycott", "supporter", "follower"}
CAMPAIGNING = {"rally", "chant", "cheer", "march", "parade", "gathering"}
CAMPAIGNERS = {"GOV", "ELI", "PTY", "LEG", "JUD"}  # (an opposition leader's rally stays a protest)
INSTITUTIONS = {"house", "senate", "congress", "chamber", "parliament", "legislature", "assembly", "board", "company",
                "party", "majority", "committee", "council", "government", "cabinet", "agenda", "debate", "narrative",
                "firm", "business", "bank", "group", "club", "team", "process", "situation", "conversation"}
COURSES = {"tactic", "strategy", "plan", "policy", "script", "norm", "tradition", "practice", "position", "stance",
           "principle", "rule", "precedent", "convention", "orthodoxy", "line", "approach", "promise", "pledge",
           "commitment", "claim", "demand", "role", "view", "idea", "goal", "target", "agenda", "message", "text",
           "narrative", "account", "version", "story", "consensus", "orthodoxy", "playbook"}
VEHICLES = {"train", "bus", "ship", "vessel", "boat", "ferry", "tanker", "freighter", "plane", "airliner", "flight",
            "suv", "suvs", "vehicle", "vehicles", "sedan", "van", "motorcycle", "scooter", "spacecraft", "rover",
            "car", "truck", "lorry", "convoy", "cargo", "shipment", "container", "jet", "helicopter", "aircraft",
            "pipeline"}
# Forces of nature and accidents: what they do is news, but no actor did it.
NATURAL = {"cyclone", "hurricane", "typhoon", "storm", "earthquake", "quake", "tremor", "aftershock", "flood",
           "flooding", "floodwater", "tsunami", "landslide", "mudslide", "avalanche", "wildfire", "bushfire", "tornado",
           "drought", "heatwave", "eruption", "volcano", "lightning", "rain", "rains", "downpour", "snowstorm",
           "blizzard", "wind", "winds", "building", "roof", "collapse", "virus", "disease", "outbreak", "epidemic",
           "pandemic", "sea", "seas", "wave", "waves", "tide", "tides", "surge", "erosion", "heat", "hail", "snow",
           "frost", "sinkhole", "mining", "pollution", "crash", "accident", "collision", "derailment", "fire",
           "blaze", "stampede", "plague", "famine", "drinking", "alcoholism", "cancer", "overdose", "illness",
           "addiction", "cirrhosis", "complication", "complications", "crisis", "tragedy", "disaster",
           "catastrophe"}  # (not "ice": ICE is an agency)


def _natural(tok: Any) -> bool:
    """"A powerful cyclone", "Tropical Cyclone Jude", "collapsing buildings" (not "Storm Shadow missiles", nor "a
    wave of strikes")."""
    if tok.lemma_.lower() in CONTAINERS and any(_noun_rule(h, patterns()) for h in _prep_objects(tok, "of")):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ == "PROPN" and \
            not any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL for c in tok.children):
        return False
    return tok.lemma_.lower() in NATURAL or \
        any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL and c.i == tok.i - 1 for c in tok.children)


NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "WORK_OF_ART"}


# ---------------------------------------------------------------- participants

def _prep_objects(tok: Any, prep: str) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            out.extend(objs or _orphan_object(c))
    return out


def _orphan_object(prep: Any) -> list[Any]:
    """"granted asylum to five Panamanian officers holed up in ...": the parser made the noun after the
    preposition the subject of the participle that follows it. That noun, when only its modifiers lie between."""
    for t in prep.doc[prep.i + 1:prep.i + 7]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB" \
                and t.head.i > t.i:
            return [t]
        if t.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN"):
            return []
    return []


ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}  # not MONEY, CARDINAL, QUANTITY, DATE...


SEAS = {"gulf", "sea", "bay", "strait", "straits", "ocean", "channel", "lake", "river", "waters"}  # named "of" a state
GIVING = {"AID", "CONCEDE", "THREATEN", "SUPPORT"}  # rules whose matched object is the thing given


def _entityish(tok: Any, resolver: Resolver) -> bool:
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_ENTS:
        return True
    lo, hi = tok.left_edge.idx, tok.idx + len(tok)
    return resolver.mention_in(lo, hi) is not None or actors.role_sector(tok.text)[0] is not None


def _a_place(tok: Any, resolver: Resolver) -> bool:
    """Whether a token names a country, people or place: by the parser's entity type or, when the parser took the
    town for a person ("captured Goma") or missed it ("recaptured Aleppo"), by the article's place mention."""
    if tok.ent_type_ in ("GPE", "NORP"):
        return True
    found = resolver.mention_in(tok.idx, tok.idx + len(tok), tok.idx)
    return found is not None and resolver.a.mentions[found].type in ("GPE", "LOC")


def recipients(t: Trigger, resolver: Resolver, actor_heads: list[Any]) -> list[Any]:
    tok, rule, obj = t.tok, t.rule, t.obj
    patient = _patient(tok)
    if patient is not None and patient not in actor_heads:
        return expand(_behind(patient, resolver))
    hosts = [tok] + ([t.light] if t.light is not None else [])
    patient = passive_subject(tok) if t.light is None else None
    fallback: list[Any] = []
    for where in rule.recipient:
        found: list[Any] = []
        if where in ("dobj", "dobj-person", "dobj-country"):
            # The object a rule matched can itself be the recipient ("expelled the ambassador", "freed the
            # prisoners"; passive: "the ambassador was expelled").
            cands = [patient] if patient is not None else []
            cands += [c for c in tok.children if c.dep_ == "dobj"]
            if where == "dobj-country" and not cands:
                # "Russian forces captured Bakhmut in May": the parser took the town for an adverb
                cands = [c for c in tok.children if c.dep_ in ("advmod", "npadvmod") and c.i == tok.i + 1 and
                         c.pos_ in ("PROPN", "ADV") and c.text[:1].isupper()]
            if not cands:  # "beat and detained Tibetan monks": the object the coordinated verbs share
                # (not "retreated and could again attack villages", "retreated and later attacked Goma": a verb
                # with its own modal or adverb is a second predication)
                cands = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                         not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) and
                         not any(x.dep_ in ("aux", "advmod", "neg") and x.i < c.i for x in c.children)
                         for g in c.children if g.dep_ == "dobj" and not any(
                             x.dep_ == "dobj" for x in tok.children)][:1]
            for c in cands:
                if where == "dobj-person" and not _entityish(_behind(c, resolver), resolver):
                    continue
                if where == "dobj-person" and obj is not None and c.i == obj.i and rule.type in GIVING:
                    continue  # "Nigeria sent troops", "sent doctors": what is given is not who receives it
                if where == "dobj-person" and rule.type == "SUPPORT" and \
                        (b := _behind(c, resolver)).i != c.i and b.head.lower_ == "against":
                    continue  # "defended his record against ISIS": the one opposed is not the one supported
                if where == "dobj-country" and not _a_place(c, resolver):
                    continue
                found.append(c)
                break
        elif where == "iobj":
            found = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        elif where == "pobj-of-object":
            if obj is not None:
                for c in obj.children:
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "to", "of", "for", "into",
                                                          "between"):
                        found = [g for g in c.children if g.dep_ == "pobj"]
                        if found:
                            break
        elif where == "poss-object":
            if obj is not None:  # "Iran's prisoners", "Palestinian homes"
                found = [c for c in obj.children if c.dep_ == "poss"] or \
                    [c for c in obj.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
        else:
            # "70 million dollars of aid for Romania" (but in "tariffs on steel exports to the U.S." the exports'
            # destination is no target)
            inner = [g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" and
                     not (g.lemma_.lower() in FLOWS and where in ("to", "from", "into"))] \
                if obj is not None else []
            # the objects of the trigger and of its light verb ("provide 70 million dollars of aid for Romania")
            dobjs = [c for h in hosts for c in h.children if c.dep_ == "dobj" and c != obj and c != tok]
            # what a noun's action moves ("the withdrawal of some forces from Panama")
            moved = _prep_objects(tok, "of") if tok.pos_ in ("NOUN", "PROPN") else []
            # and the participle aiming it ("sanctions aimed at Russian energy")
            aimed = [c for c in tok.children if c.dep_ == "acl"] if tok.pos_ in ("NOUN", "PROPN") else []
            # (and the object's conjuncts: "launched 450 drones and 45 missiles at Ukraine")
            joined = [c for c in obj.children if c.dep_ == "conj"] if obj is not None else []
            for host in hosts + ([obj] if obj is not None else []) + joined + inner + dobjs + moved + aimed:
                # ("On CNN Tuesday, his wife called for ...": a phrase before the verb sets the scene)
                found = [f for f in _prep_objects(host, where)
                         if not (where == "on" and host.pos_ == "VERB" and f.head.i < host.i)
                         and f.lower_ not in COMPOUND_PREPS and f.head.head.lower_ not in COMPOUND_PREPS
                         and f.head.head.lemma_.lower() not in SEAS  # ("in the Gulf of Oman": a sea)
                         # ("sent more forces in addition to the troops")
                         and not (where == "in" and rule.id == "consult.mediate" and f.ent_type_ == "GPE")]
                # ("mediated by Qatar in Doha": where, not between whom)
                if found:
                    break
        doers = [_doer(f) for f in found] if rule.type in JUDGING else []
        if any(d is not f for d, f in zip(doers, found)):
            # the judged thing is an act: aimed at its doer, or at no one named (never at its victims)
            return [x for d in doers if d is not None for x in expand(_behind(d, resolver))]
        found = [_behind(f, resolver) for f in found
                 if f not in actor_heads and f.lower_ not in ("themselves", "itself", "each") and not _own_forces(f)
                 and (f.ent_type_ not in ("DATE", "TIME") or _can_act(f))]
        if found and not any(_entityish(f, resolver) for f in found):
            fallback = fallback or found  # a thing ("a formula"): kept only if no actor is named later
            continue
        if found:
            out: list[Any] = []
            for f in found:
                out.extend(expand(f))
            return out
    if rule.type in ("REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT") and t.light is None:
        for c in tok.children:  # "demanded that the US cancel": the clause's subject
            if c.dep_ == "ccomp":
                subj, _ = subject_of(c)
                if subj is not None and subj not in actor_heads:
                    return expand(subj)
    if rule.id == "consult.mediate" and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and \
            tok.head.head.head.pos_ == "VERB":
        # "Pakistan and Afghanistan signed a ceasefire after talks mediated by Qatar": the talks' parties
        subj, _ = subject_of(tok.head.head.head)
        if subj is not None and subj not in actor_heads:
            return expand(subj)
    if rule.type == "THREATEN" and t.light is None:
        for c in tok.children:  # "threatened to retaliate against South Korea": whom the threatened act is against
            if c.dep_ == "xcomp":
                found = [_behind(f, resolver) for f in _prep_objects(c, "against") if f not in actor_heads]
                if any(_entityish(f, resolver) for f in found):
                    return [x for f in found for x in expand(f)]
    return fallback


def _own_forces(tok: Any) -> bool:
    """"withdrew its soldiers", "pulled their troops back": the actor's own forces, moved, not acted on."""
    return tok.lemma_.lower() in FORCES and \
        any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in tok.children)


COMPOUND_PREPS = {"addition", "according", "due", "thanks", "prior", "owing", "contrary", "regard", "respect"}
SPEECH_NOUNS = {"call", "calls", "offer", "offers", "invitation", "proposal", "proposals", "demand", "demands",
                "request", "requests", "plan", "appeal", "appeals", "bid", "plea", "ultimatum", "initiative",
                "suggestion", "overture", "overtures", "condition", "conditions"}


# Participles that name who did a thing ("staged by students", "committed by Croat forces"), unlike those that
# name who thinks something of it ("nationals suspected by the West").
DOING = {"stage", "carry", "conduct", "launch", "organize", "organise", "hold", "lead", "commit", "perpetrate",
         "mount", "order", "plan", "call", "sponsor", "make", "issue", "impose", "announce", "propose", "put",
         "draft", "table", "submit", "offer", "present", "initiate", "unleash", "fire"}


JUDGING = {"ACCUSE", "SUPPORT"}  # condemning or praising an act is aimed at whoever did it


def _doer(tok: Any) -> Any | None:
    """Whom judging ``tok`` is aimed at: for a violent or coercive act ("condemned the attack on the hospital",
    "praised the killing of ..."), whoever did it, or no one when the text does not say; its victims are not
    the ones condemned. Anything else is itself."""
    if tok.pos_ != "NOUN":
        return tok
    if tok.lemma_.lower() in VIOLENCE:  # "violence against civilians", "the brutality of the military"
        return _noun_actor(tok) or next(iter(_prep_objects(tok, "of")), None)
    rule = _noun_rule(tok, patterns())
    if rule is None or rule.type not in ("ASSAULT", "COERCE"):
        return tok
    return _noun_actor(tok)


VIOLENCE = {"violence", "brutality", "aggression", "terrorism", "atrocity", "abuse", "bloodshed", "cruelty"}


def _judges_act(tok: Any, e: Event) -> bool:
    """Whether an ACCUSE or SUPPORT event judges a violent or coercive act ("condemned the attack on ..."):
    then the act's place or the sentence's country is not whom the judgement is aimed at."""
    return e.type in JUDGING and any(c.dep_ == "dobj" and _doer(c) is not c for c in tok.children)


def _behind(tok: Any, resolver: Resolver) -> Any:
    """The actor behind a thing named as recipient: "calls by Belarus's rulers" → the rulers, "Serbia's
    suppression" → Serbia. An entity stays itself."""
    if tok.pos_ in ("PROPN", "PRON") or (tok.lemma_.lower() not in SPEECH_NOUNS and _entityish(tok, resolver)):
        return tok
    if tok.lemma_.lower() in SEAS:
        return tok  # "a tanker in the Gulf of Oman": a sea named after a country is no one's
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
            return c
    for c in tok.children:  # "the demonstration staged by students", "the raid carried out by the army"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DOING:
            for g in _prep_objects(c, "by"):
                return g
    frontier = [tok]
    for _ in range(3):  # "welcomed the resumption of ties with Osgiliath": down the chain of nouns
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from", "of", "against", "on", "with", "to", "between",
                                                     "in"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            if _entityish(g, resolver):
                                return g
                            nxt.append(g)
        frontier = nxt
    return tok


def actor_heads(t: Trigger) -> list[Any]:
    tok = t.tok
    if t.light is None and tok.pos_ in ("NOUN", "PROPN"):
        own = _noun_actor(tok)
        if own is not None:
            return expand(own)
        between = _prep_objects(tok, "between")
        if between:
            return expand(between[0])
        return []
    verb = t.light if t.light is not None else tok
    subj, passive = subject_of(verb)
    if passive and subj is None and t.rule.type in ("RETREAT", "MOBILIZE"):
        moved = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in FORCES), None)
        if moved is not None:  # "Russian troops were pulled back from positions near Kyiv": Russia withdrew them
            return expand(moved)
    if t.light is not None and tok.pos_ in ("NOUN", "PROPN"):
        own = _noun_actor(tok)
        if own is not None and subj is None:
            return expand(own)
    if subj is not None and subj.pos_ == "NOUN" and any(town(c) for c in subj.children) and \
            _noun_rule(subj, patterns()) is not None:
        # "the Kyiv strike killed four": the town is where, not who; the strike's own actor, if written, acts
        own = _noun_actor(subj)
        return expand(own) if own is not None else []
    if subj is not None and _parties_between(subj):
        return expand(_prep_objects(subj, "between")[0])  # "fighting between Thai and Cambodian troops killed 30"
    return expand(subj) if subj is not None else []


def _between_parties(t: Trigger) -> bool:
    """Whether an event's parties are named as "between" them ("clashes between Thai and Cambodian troops",
    "fighting between the army and the RSF killed 30"): each acts on the other."""
    if t.tok.pos_ in ("NOUN", "PROPN"):
        return _noun_actor(t.tok) is None and bool(_prep_objects(t.tok, "between"))
    subj = subject_of(t.light if t.light is not None else t.tok)[0]
    return subj is not None and _parties_between(subj)


def _parties_between(noun: Any) -> bool:
    """Whether a verb's subject is an event noun with no actor of its own whose parties it names with "between"
    ("fighting between X and Y killed 30")."""
    return (noun.pos_ == "NOUN" or noun.tag_ == "VBG") and _noun_rule(noun, patterns()) is not None and \
        _noun_actor(noun) is None and bool(_prep_objects(noun, "between"))


# ---------------------------------------------------------------- modes, claims, dates, places

# The auxiliary flag a governing verb's kind puts on the action it governs ("agreed to withdraw": future).
def claimant(t: Trigger, resolver: Resolver, quotes: list[Any]) -> Participant | None:
    start = t.tok.idx
    for q in quotes:
        if q.kind == "indirect" and (q.cue or "").lower().split()[:1] and \
                (q.cue or "").lower().split()[0] not in REPORTING_FORMS:
            continue
        if q.start <= start < q.end and q.speaker_start is not None:
            code = actors.code(q.speaker_text or "")
            if q.speaker_person is not None or (q.speaker_mention is not None and
                                                resolver.a.mentions[q.speaker_mention].type == "PERSON"):
                code = not_a_town(code, "PERSON")
            p = Participant(q.speaker_text or "", q.speaker_start, q.speaker_end or q.speaker_start, -1,
                            q.speaker_mention, code.country, code.known_sector, rule="quote speaker")
            if q.speaker_person is not None and q.speaker_mention is None:
                person = resolver.a.persons[q.speaker_person]
                p.mention = person.mentions[0] if person.mentions else None
            return p
    cur = t.light if t.light is not None else t.tok
    for _ in range(6):
        if cur.head == cur:
            break
        dep, cur = cur.dep_, cur.head
        if dep in ("ccomp", "parataxis", "xcomp") and cur.lemma_.lower() in REPORTING and cur.pos_ == "VERB":
            subj, _ = subject_of(cur)
            return resolver.participant(subj, "reporting verb: ") if subj is not None else None
        if dep == "pobj" and cur.lower_ == "to" and cur.head.lower_ == "according":
            for g in cur.children:
                if g.dep_ == "pobj":
                    return resolver.participant(g, "according to: ")
    return None


# ---------------------------------------------------------------- the sentence coder

def code_sentence(sent: Any, resolver: Resolver, analysis: Analysis, pats: Patterns,
                  countries: tuple[str, ...]) -> list[Event]:
    triggers: list[Trigger] = []
    consumed: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or \
                (tok.pos_ == "ADJ" and tok.lemma_.lower() in pats.governors):
            trig = match_verb(tok, pats)
            if trig is not None and tok.dep_ == "acl" and tok.head.lemma_.lower() in BUILDINGS:
                continue  # "a strike on a school sheltering displaced families": what the place is, no event
            if trig is not None and (tok.dep_ != "amod" or _misread_modifier(tok)) and not _alleged(tok):
                triggers.append(trig)
                if trig.obj is not None and trig.obj.i != tok.head.i:
                    consumed.add(trig.obj.i)  # (an antecedent stays free: "resume the talks it abandoned")
    verb_tokens = {t.tok.i for t in triggers}
    # "A Russian strike on Sumy killed four": the verb's event is the strike's own; the noun adds no second one
    subjects = {(s.i, t.rule.type) for t in triggers for s in [subject_of(t.tok)[0]] if s is not None}
    acting = {(t.tok.i, t.rule.type) for t in triggers if any(c.dep_ == "nsubj" for c in t.tok.children)}
    for tok in sent:
        if tok.i in consumed:
            continue
        trig = match_noun(tok, pats, resolver)
        if trig is not None and (tok.i, trig.rule.type) in subjects and trig.light is None:
            continue
        if trig is not None and trig.light is None and tok.dep_ == "pobj" and \
                tok.head.lower_ in ("in", "during", "amid") and (tok.head.head.i, trig.rule.type) in acting:
            continue  # "the army killed 15 guerrillas in a clash": the clash is the killing's own occasion
        if trig is not None and not (trig.light is not None and trig.light.i in verb_tokens and
                                     _same_type_light(trig, triggers)):
            triggers.append(trig)
    events: list[Event] = []
    by_token: dict[int, list[Event]] = {}
    for t in triggers:
        made = _events_for(t, sent, resolver, analysis, pats)
        for e in made:
            by_token.setdefault(e.token, []).append(e)
        events.extend(made)
    events.extend(_obligations(sent, resolver, events, pats))
    events = _intent(events, by_token, resolver, sent)
    sentence_dates(events, sent, analysis, REPORTING)
    back_references(events, analysis.doc)
    defunct_parties(events, analysis.doc, analysis.date)
    _tolls(events, sent)
    _instruments(events, sent, pats)
    home, home_mention = home_country(sent, resolver)
    for e, t in [(e, next(t for t in triggers if t.tok.i == e.token)) for e in events if not e.derived]:
        e.place = place_for(e, t, resolver, countries, lambda n: _noun_rule(n, pats) is not None)
        for p in (e.actor, e.recipient):  # "ethnic Albanians demonstrated in Serbia": where they live
            if p is not None and p.country and p.head >= 0 and e.place and e.place.get("country") and \
                    actors.national(e.place["country"]) and e.place["country"] != p.country and \
                    ethnic_group(resolver.doc[p.head], p.text) and "where it lives" not in p.rule:
                p.country, p.rule = e.place["country"], p.rule + "; ethnic group, where it happened"
        for p in (e.actor, e.recipient):  # "people in Hong Kong", "a newspaper based in Beirut"
            if p is not None and p.country is None and p.head >= 0 and (p.anchored or e.type in PHYSICAL) and \
                    not p.rule.endswith(("a dateline", "a word of a headline")) and not _foreign(p, resolver) and \
                    not ("a device, where it was" in p.rule and not any(
                        c.lower_ == "from" for c in resolver.doc[p.head].children)):
                # (a bomb "in Gaza" is not Gaza's; a drone "from Lebanon" came from there)
                local = resolver.local_country(resolver.doc[p.head])
                if local is None and e.place and e.place.get("country") and p is e.actor and \
                        e.mode not in ("third-party", "visit") and "> troops" not in e.rule:
                    # (a mediator is not from where the parties are, nor a visitor or arriving troops from where
                    # they went)
                    local = e.place["country"]  # a local actor of a happening in that country
                if local:
                    p.country, p.rule = local, p.rule + "; country from place"
        state = _agentless_state_action(e, t)
        if state is not None and e.place and actors.national(e.place.get("country")) and \
                e.place.get("start") is not None:  # "a missionary was arrested in Lebanon": by Lebanon's authorities
            e.actor = _place_participant(e.place, resolver, state, "the state where it was done (agentless passive)")
        elif state is not None and e.recipient is not None and actors.national(e.recipient.country) and \
                home == e.recipient.country:  # "Turkey's opposition leader was arrested": by Turkey's authorities
            m = resolver.a.mentions[home_mention]
            e.actor = Participant(m.text, m.start, m.end, -1, home_mention, home, state,
                                  rule="the state of the one arrested, the sentence's only country (agentless "
                                       "passive)")
        if e.place and e.place.get("country") and e.recipient is not None and e.recipient.country is None and \
                e.type in PHYSICAL and not _foreign(e.recipient, resolver):
            # "killing four people" in a Ukrainian town: Ukrainian people
            e.recipient.country = e.place["country"]
        if e.place and e.place.get("country") and (e.recipient is None or not e.recipient.coded) and \
                (e.actor is None or e.actor.country != e.place["country"] or e.type in PHYSICAL):
            p = e.place
            e.recipient = _place_participant(p, resolver, "GOV" if p.get("precision") == "country" else "CVL",
                                             "place as recipient")
    for e in events:
        if e.derived:
            base = next((x for x in events if not x.derived and x.token == e.governor), None)
            if base is not None:
                e.place = base.place
    for e in events:
        # a protest is aimed at the authority it defies rather than at the place it is held
        placed = e.recipient is not None and e.recipient.rule == "place as recipient" and e.type == "PROTEST"
        if not e.derived and (e.recipient is None or not e.recipient.coded or placed) and \
                not _judges_act(resolver.doc[e.token], e):
            found = _clause_party(resolver.doc[e.token], e, resolver)
            if found is not None and (not placed or (found.sector in AUTHORITIES and
                                                     resolver.doc[found.head].ent_type_ != "GPE")):
                e.recipient = found
    for g in events:  # "agreed to set up a centre in Tokyo", "threatened to strike unless Israel ..."
        if g.recipient is not None and g.recipient.coded:
            continue
        nested = [x for x in events if x.governor == g.token and not x.derived and x is not g]
        for x in nested:
            cond = _condition_subject(resolver.doc[x.token]) if g.type == "THREATEN" else None
            if cond is not None:
                g.recipient = resolver.participant(cond, "condition subject: ")
                break
            if x.recipient is not None and x.recipient.coded:
                g.recipient = x.recipient
                break
            if x.place and x.place.get("country"):
                g.recipient = _place_participant(x.place, resolver, "CVL", "place as recipient")
                break
    if home is not None and not _origin_of_a_thing(resolver, home_mention):
        for e in events:  # "opposition leaders agreed to postpone the rally": domestic actors of that country
            # (never a body the lexicon knows: one listed without a country is international, as Amnesty is)
            if e.actor is not None and e.actor.country is None and e.actor.anchored and e.actor.head >= 0 and \
                    not _lexicon_body(e.actor, resolver) and not _unknown_place(e.actor, resolver) and \
                    not _foreign(e.actor, resolver) and e.mode != "visit" and "> troops" not in e.rule and \
                    "quote speaker" not in e.actor.rule and \
                    not (e.type == "SANCTION" and resolver.a.mentions[home_mention].start > e.start) and \
                    not ((resolver.doc[e.actor.head].pos_ == "PRON" and e.actor.mention is None or
                          e.actor.sector in ("MIL", "COP", "SPY") and e.type in VERBAL_TYPES) and
                         e.recipient is not None and e.recipient.country == home) and \
                    not (e.type == "ASSAULT" and e.actor.sector not in DOMESTIC_ARMED and e.recipient is not None and
                         e.recipient.start <= resolver.a.mentions[home_mention].start < e.recipient.end) and \
                    not (e.type in ("CONSULT", "AGREE", "COOPERATE") and e.recipient is not None and
                         e.recipient.rule in ("country", "capital-metonym") and e.recipient.country == home):
                # ("Podesta and Todd Stern began negotiations with China": who talks with a state is not of it)
                # (whoever approves sanctions on "Russian energy" is not Russian, nor is a "they" with no antecedent
                # who blames the United States, nor "the military" that accuses Israel; soldiers or drones that strike
                # "a Ukrainian village" are not thereby Ukrainian, though rebels who attack "a Nigerian army base"
                # are read as Nigerian, as civil conflicts are coded)
                e.actor.country, e.actor.rule = home, e.actor.rule + "; the sentence's only country"
            r = e.recipient
            # (the 83 drones a country shot down are not its own: they stay uncoded)
            own_weapons = r is not None and r.head >= 0 and resolver.doc[r.head].lemma_.lower() in _WEAPONS and \
                e.actor is not None and e.actor.country == home
            # (the country that names a strike or a weapon is not its victims': "a U.S. strike on a drug boat killed
            # six people"; but a state's army or police acting at home is the default of civil conflict)
            attackers = e.type == "ASSAULT" and e.actor is not None and e.actor.head >= 0 and \
                resolver.doc[e.actor.head].lemma_.lower() in _WEAPONS | STRIKES and \
                e.actor.start <= resolver.a.mentions[home_mention].start < e.actor.end
            # (an object pronoun is not its own clause's subject: "Russia attacked it" did not attack Russia)
            own_subject = r is not None and r.head >= 0 and resolver.doc[r.head].pos_ == "PRON" and \
                r.mention is None and e.actor is not None and \
                e.actor.start <= resolver.a.mentions[home_mention].start < e.actor.end
            if r is not None and r.country is None and r.anchored and r.head >= 0 and not attackers and \
                    not _lexicon_body(r, resolver) and not own_weapons and not _unknown_place(r, resolver) and \
                    not _foreign(r, resolver) and not own_subject:
                e.recipient.country, e.recipient.rule = home, e.recipient.rule + "; the sentence's only country"
            if e.recipient is None and e.type not in PHYSICAL and e.actor is not None and e.actor.coded and \
                    not _judges_act(resolver.doc[e.token], e) and \
                    e.type != "AID" and not (e.type == "RETREAT" and e.mode == "withdraw") and \
                    not (e.type == "SANCTION" and e.actor.country == home and _tariff(resolver.doc[e.token])) and \
                    _names_the_state(resolver.a.mentions[home_mention]) and \
                    not _names_actor(resolver.a.mentions[home_mention], e.actor, resolver) and \
                    not (_words_only(e, resolver.doc[e.token]) and
                         e.actor.start <= resolver.a.mentions[home_mention].start < e.actor.end) and \
                    not any(o is not e and o.token == e.token and o.actor is not None and
                            o.actor.start <= resolver.a.mentions[home_mention].start < o.actor.end for o in events) and \
                    not _describes_someone(resolver.last_token(resolver.a.mentions[home_mention]), e.actor, resolver):
                # (a state's tariffs fall on foreign goods, though its other sanctions may be domestic; "Ukraine and
                # Moldova accepted": a fellow actor is no recipient; "Ukrainian troops pulled out of Avdiivka" did not
                # withdraw from Ukraine; "Serbian President Aleksandar Vucic denied the allegations" denied them to no
                # one, though "Sudan's government lifted a state of emergency" lifted it for Sudan)
                m = resolver.a.mentions[home_mention]  # "Sudan's government lifted a state of emergency"
                e.recipient = Participant(m.text, m.start, m.end, -1, home_mention, home, None,
                                          rule="the sentence's only country, as the domestic recipient")
    acts = {e.token for e in events}
    kept = [e for e in _merge_causes(events, resolver.doc) if keep(e) and not empty_promise(e, resolver, acts)]
    for e in kept:
        if e.counted and private(e, resolver):
            e.aux = sorted(set(e.aux) | {"private"})
    return kept


CLAIMS = {"allegation", "accusation", "claim", "report", "charge", "rumour", "rumor", "suggestion", "speculation"}


def _words_only(e: Event, tok: Any) -> bool:
    """Whether an event is words aimed at no place ("Vucic denied the allegations"), unlike a refusal that acts
    at home ("Ankara's district administration has denied land allocation")."""
    if e.type == "REJECT":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMS for c in tok.children)
    return e.type in VERBAL_TYPES


def _names_the_state(m: Any) -> bool:
    """Whether a place mention names a country itself (its name, people or capital), which can stand for the
    domestic recipient of what its government does; a state, province or town cannot ("Kasich thanked supporters
    at a rally in Mississippi": Mississippi is where, not whom)."""
    return actors.code(m.name).rule in ("country", "capital-metonym")


def _names_actor(m: Any, actor: Participant, resolver: Resolver) -> bool:
    """Whether mention ``m`` is the actor itself ("Beijing denies": no recipient Beijing) or a state or town in
    the actor's phrase that says whose official it is; not a country's modifier in it ("Ankara's district
    administration" may act on Turkey, "Sudan's government" on Sudan)."""
    if actor.head < 0:
        return False
    head = resolver.doc[actor.head]
    if actor.start <= m.start < actor.end and not actors.national(m.country):
        return True  # "Wisconsin Gov. Scott Walker endorsed", "Colorado Republican leaders denied": whose official
    return m.start <= head.idx < m.end


def _describes_someone(tok: Any, actor: Participant, resolver: Resolver) -> bool:
    """Whether a place word says whose thing something is, or is in a description of the actor, not where an act
    went:
    "Sanders, the senator from Vermont, is joining the lawsuit", "a spokesman for Afghan President Ashraf Ghani
    rejected the accusations" (but "the Peruvian government lifted the curfew" lifted it in Peru)."""
    if tok is not None and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" and \
            tok.head.lemma_.lower() not in PLACE_NOUNS and actors.role_sector(tok.head.text)[0] is None:
        return True  # "a violation of Afghan sovereignty", "Russian gas imports": whose thing, no one acted on
    return tok is not None and actor.head >= 0 and any(
        tok in c.subtree for c in resolver.doc[actor.head].children if c.dep_ in ("appos", "relcl", "acl", "prep"))


def _tariff(tok: Any) -> bool:
    """"Levied tariffs", "the new duties": a trade measure."""
    words = {"tariff", "duty", "levy", "import"}
    return tok.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in tok.children)


def _merge_causes(events: list[Event], doc: Any) -> list[Event]:
    """"Three people were killed in an Israeli airstrike on Gaza City", "12 were killed when a Russian missile hit
    a hotel": the killing and the strike are one happening. The verb's event (victims, toll, date) takes the noun's actor, and its mode, place and
    recipient where it has none; the noun's own event is dropped, so the strike is counted once."""
    out = list(events)
    for n in events:
        tok = doc[n.token]
        if n.derived:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "by", "from"):
            harm = tok.head.head.i
        elif tok.pos_ == "VERB" and tok.dep_ == "advcl" and n.type == "ASSAULT" and n.actor is not None and \
                n.actor.coded and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "after")
                                      for c in tok.children):
            harm = tok.head.i  # "12 people were killed when a Russian missile hit a hotel": one happening
        else:
            continue
        harms = {harm}
        if doc[harm].dep_ == "conj" and doc[harm].head.lemma_.lower() in HARM:
            harms.add(doc[harm].head.i)  # "six were killed and 20 wounded when a glide bomb hit": both harms
        verbs = [v for v in out if v.token in harms and v is not n and v.type == n.type and
                 not v.derived and (v.actor is None or not v.actor.coded) and v.aux == n.aux]
        if len({v.token for v in verbs}) > 1:  # one happening: the first harm stands for both
            first_harm = min(v.token for v in verbs)
            for v in [v for v in verbs if v.token != first_harm]:
                out.remove(v)
            verbs = [v for v in verbs if v.token == first_harm]
        for v in verbs:
            v.actor, v.claimed_by = n.actor, v.claimed_by or n.claimed_by
            if v.recipient is None or not v.recipient.coded:
                v.recipient = n.recipient
            v.mode, v.place = v.mode or n.mode, v.place or n.place
            if v.recipient is not None and v.recipient.country is None and v.recipient.sector in (None, "CVL") and \
                    v.place is not None and actors.national(v.place.get("country")):
                v.recipient.country = v.place["country"]  # the people killed where the missile hit
            if v.date is None and n.date is not None:
                v.date, v.date_precision, v.date_text, v.date_span = n.date, n.date_precision, n.date_text, n.date_span
            v.rule = f"{v.rule} + {n.rule}"
        if verbs:
            out.remove(n)
    for v in list(out):  # "protesters clashed with police, and several people were injured": the clash's harm
        tok = doc[v.token]
        if v.type != "ASSAULT" or v.derived or (v.actor is not None and v.actor.coded) or tok.dep_ != "conj" or \
                tok.lemma_.lower() not in HARM or not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue
        cause = next((n for n in out if n.token == tok.head.i and n.type == "ASSAULT" and n.actor is not None and
                      n.actor.coded and n.aux == v.aux), None)
        if cause is not None:
            cause.fatalities = cause.fatalities if cause.fatalities is not None else v.fatalities
            cause.injuries = cause.injuries if cause.injuries is not None else v.injuries
            out.remove(v)
    return out


# What only a state does to people in its territory, and the branch that does it: named in the passive
# without an agent ("was arrested in Lebanon", "has been put under investigation in Italy"), the actor is that
# country's authorities, as PLOVER's coders read it.
STATE_ACTIONS = {"arrest": "COP", "detain": "COP", "jail": "JUD", "imprison": "JUD", "charge": "JUD",
                 "indict": "JUD", "convict": "JUD", "sentence": "JUD", "prosecute": "JUD", "try": "JUD",
                 "investigation": "JUD", "investigate": "COP", "deport": "GOV", "expel": "GOV",
                 "extradite": "GOV", "execute": "JUD", "fine": "JUD", "interrogate": "COP", "question": "COP"}


def _agentless_state_action(e: Event, t: Trigger) -> str | None:
    """The sector of the authorities behind a state action told in the agentless passive in a named country,
    else None."""
    if e.actor is not None or e.type not in ("COERCE", "ACCUSE", "SANCTION"):
        return None
    verb = t.light if t.light is not None else t.tok
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return STATE_ACTIONS.get(t.tok.lemma_.lower()) or STATE_ACTIONS.get(e.mode or "")


def _place_participant(place: dict[str, Any], resolver: Resolver, sector: str | None, rule: str) -> Participant:
    """A participant standing for the place an event happened (its text, offsets and country)."""
    start, end = place["start"], place["end"]
    return Participant(text_of(resolver.doc)[start:end], start, end, -1, resolver.mention_in(start, end),
                       place["country"], sector, rule=rule)


def _lexicon_body(p: Participant, resolver: Resolver) -> bool:
    return p.mention is not None and resolver.a.mentions[p.mention].org is not None


def _foreign(p: Participant, resolver: Resolver) -> bool:
    """Whether a participant is called foreign ("foreign influencers", "overseas investors"): of some other state
    than the one the sentence names."""
    return any(c.dep_ == "amod" and c.lower_ in ("foreign", "overseas") for c in resolver.doc[p.head].children)


def _origin_of_a_thing(resolver: Resolver, mention: int) -> bool:
    """Whether the sentence's only country names where a thing comes from ("a tax on Mexican-made goods", "tariffs
    on steel from China"): the trade's subject, which makes no one in the sentence that country's."""
    m = resolver.a.mentions[mention]
    if m.token is None or m.token >= len(resolver.doc):
        return False
    tok = resolver.doc[m.token]
    while tok.dep_ in ("amod", "compound", "npadvmod", "nmod") and tok.head.i != tok.i and tok.head.pos_ != "NOUN":
        tok = tok.head  # ("Mexican" - "made" - "goods")
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        tok = tok.head  # ("goods from Mexico")
    if tok.dep_ not in ("amod", "compound", "npadvmod", "nmod", "prep") or tok.head.pos_ != "NOUN":
        return False
    thing = tok.head
    return thing.ent_type_ == "" and actors.role_sector(thing.text)[0] is None and \
        actors.role_sector(thing.lemma_)[0] is None and thing.lemma_.lower() in _GOODS


# what trade news names by its origin
_GOODS = {"good", "goods", "product", "import", "export", "steel", "aluminum", "aluminium", "car", "vehicle", "auto",
          "part", "chip", "semiconductor", "oil", "gas", "grain", "wheat", "corn", "soybean", "lumber", "timber",
          "textile", "appliance", "electronics", "fertilizer", "fertiliser", "drug", "medicine", "solar", "panel",
          "battery", "tomato", "avocado", "beef", "pork", "chicken", "wine", "whisky", "whiskey", "cheese", "produce",
          "commodity", "merchandise", "item", "shipment", "cargo", "tariff", "tax", "duty", "levy"}


def _unknown_place(p: Participant, resolver: Resolver) -> bool:
    """A participant that is itself a place name neither the lexicons nor the gazetteer know ("Afganistan"):
    another state or town, not the sentence's country; it stays uncoded."""
    return resolver.doc[p.head].ent_type_ == "GPE"


STRIKES = {"strike", "airstrike", "attack", "raid", "bombardment", "barrage", "shelling", "bombing"}
_WEAPONS = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "munition", "uav", "shahed", "warplane",
            "aircraft", "jet", "helicopter", "glide", "interceptor"}


STATIVE = {"know", "understand", "realize", "realise", "remember", "recognize", "recognise", "learn",
           "fend", "feel", "think", "believe", "expect", "worry", "fear", "hope", "wonder", "see", "look", "seem"}
AUTHORITIES = {"GOV", "COP", "MIL", "LEG", "JUD", "SPY"}


def _clause_party(tok: Any, e: Event, resolver: Resolver) -> Participant | None:
    """A recipient the clause names without making it an object: the authority a protest defies ("in defiance
    of Chinese authorities", "demands from President Bouteflika's government"), else a country or town in the
    clause ("opened an embassy in Tehran")."""
    actor_span = (e.actor.start, e.actor.end) if e.actor else (-1, -1)
    heads = [t for t in tok.subtree if t.i != tok.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
             and not (actor_span[0] <= t.idx < actor_span[1])]  # ("Novi" of "Novi Sad" is no town of its own)
    if e.type == "PROTEST":
        found = [(h, resolver.participant(h, "protest target: ")) for h in heads]
        found = [(h, p) for h, p in found if p.coded and p.country]
        for h, p in found:
            if p.sector in AUTHORITIES and h.ent_type_ != "GPE":  # (a place is a government only by metonymy)
                return p
        for h, p in found:
            if h.ent_type_ == "GPE":
                return p
    if e.type in PHYSICAL:
        return None
    for h in heads:
        if h.ent_type_ == "GPE" and h.dep_ == "pobj" and h.head.lower_ in ("in", "to", "at", "into"):
            p = resolver.participant(h, "place in clause: ")
            if p.country and (e.actor is None or p.country != e.actor.country):
                return p
    return None


def _condition_subject(tok: Any) -> Any | None:
    for c in list(tok.children) + list(tok.head.children):
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("unless", "if") for g in c.children):
            subj, _ = subject_of(c)
            return subj
    return None


def _same_type_light(trig: Trigger, triggers: list[Trigger]) -> bool:
    light = next((t for t in triggers if t.tok.i == trig.light.i), None)
    return light is not None and (light.rule.type == trig.rule.type or light.obj is not None)


def _split_demonyms(p: Participant, resolver: Resolver) -> list[Participant]:
    """"French and Egyptian warships", "the foreign ministers of China and Russia": one participant per
    coordinated nationality, sharing the noun."""
    if p.head < 0:
        return []
    head = resolver.doc[p.head]
    adjs = []
    for c in head.children:
        if c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children):
            adjs = [c] + [g for g in c.subtree if g.dep_ == "conj"]
            break
    if not adjs and head.pos_ == "NOUN":  # "the foreign ministers of China and Russia"
        for g in _prep_objects(head, "of") + _prep_objects(head, "from"):
            if g.ent_type_ in ("GPE", "NORP") and any(x.dep_ == "conj" for x in g.children):
                adjs = [g] + [x for x in g.subtree if x.dep_ == "conj" and x.ent_type_ in ("GPE", "NORP")]
                break
    codes = []
    for a in adjs:
        code = actors.code(a.text).country
        if code and code not in codes:
            codes.append(code)
    if len(codes) < 2:
        return []
    return [replace(p, country=code, rule=p.rule + f"; one of the coordinated nationalities ({code})")
            for code in codes]


VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
WARS = {"war", "conflict", "fighting", "violence", "hostility", "hostilities", "bloodshed", "clash", "clashes"}
WATERS = {"sea", "ocean", "water", "waters", "air", "sky", "ground", "river", "lake"}


def _events_for(t: Trigger, sent: Any, resolver: Resolver, analysis: Analysis, pats: Patterns) -> list[Event]:
    tok, rule = t.tok, t.rule
    heads = actor_heads(t)
    # A participle clause under an event of the same type ("struck Sumy, killing four") is that event's toll.
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG" and tok.head.i != tok.i:
        parent = match_verb(tok.head, pats) or match_noun(tok.head, pats, resolver)
        if parent is not None and parent.rule.type == rule.type:
            return []
    if any(_natural(h) for h in heads):
        return []  # "a cyclone slammed into the coast", "collapsing buildings injured 15": no one did it
    if not heads and tok.lemma_.lower() in ("kill", "injure", "wound", "hurt") and \
            any(_natural(g) for p in ("in", "from", "during") for g in _prep_objects(tok, p)):
        return []  # "two service members have been killed in a helicopter crash": an accident
    actor_ps = []
    for h in heads:
        if _can_act(h):
            for p in resolver.pair(h) or [resolver.participant(h)]:
                if p.sector is None and h.lower_ in CROWD_NUMBERS and \
                        not any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
                    p = replace(p, sector="CVL", anchored=True, rule=p.rule + "; a crowd")  # "Thousands protested"
                actor_ps.extend(_split_demonyms(p, resolver) or [p])
    rec_heads = recipients(t, resolver, heads)
    rec_ps = [p for p in (resolver.participant(h) for h in rec_heads
                          if _can_act(h) and not (h.lemma_.lower() in WATERS | WARS and not h.ent_type_))
              if p.anchored or p.country]  # ("fired three missiles into the sea", "battling in the civil war": no
    # one was the target)
    if rule.needs_recipient and not any(r.coded for r in rec_ps):
        return []
    from .readings import read_rule  # (readings imports this module's word sets)

    coded_rule = read_rule(t, rule, heads, actor_ps, rec_ps, resolver, pats)
    if coded_rule is None:
        return []
    if coded_rule.recipient != rule.recipient:  # a reading that names its own target ("launched strikes on Kyiv")
        rec_ps = [p for p in (resolver.participant(h) for h in recipients(replace(t, rule=coded_rule), resolver, heads)
                              if _can_act(h)) if p.anchored or p.country] or rec_ps
    if coded_rule.type == "MOBILIZE" and t.obj is not None:
        rec_ps = [p for p in rec_ps if p.head != t.obj.i]  # the troops sent are not whom they are sent against
    reported = any(a.lemma_.lower() in REPORTING for a in tok.ancestors)
    aux, governor, kind = aux_modes(t, pats, reported, sent.text.rstrip().endswith("?"))
    claim = claimant(t, resolver, analysis.quotes)
    pairs: list[tuple[Participant | None, Participant | None]] = []
    # ("She and her aides have vowed to ...": one side with its own people, no pact between them)
    one_side = any(c.dep_ == "poss" and c.lower_ in ("her", "his", "its", "their") for h in heads for c in h.children)
    one_side = one_side or rule.mode == "third-party"  # (co-mediators mediate together, not with each other)
    if (rule.reciprocal or rule.type in SYMMETRIC) and len(actor_ps) >= 2 and not rec_ps and not one_side or \
            (len(actor_ps) >= 2 and _between_parties(t)):
        # ("fighting between X and Y killed 30 people": the dead are the toll, X and Y the parties)
        pairs = [(a, b) for a in actor_ps for b in actor_ps if a is not b]
    else:
        for a in actor_ps or [None]:
            for r in rec_ps or [None]:
                if a is not None and r is not None and a.head == r.head:
                    continue
                if a is not None and r is not None and r.mention is not None and r.mention == a.mention and \
                        r.head >= 0 and resolver.doc[r.head].pos_ == "PRON" and a.head >= 0 and \
                        resolver.doc[a.head].ent_type_:
                    r = None  # "Hamas denied it had attacked ...": the pronoun is the actor itself
                if (a, r) not in pairs:
                    pairs.append((a, r))
    depth = sum(1 for _ in tok.ancestors)
    rule = coded_rule
    out = []
    for a, r in pairs:
        conf = rule.confidence - (0.0 if a is not None and a.coded else 0.2) - (0.0 if r is not None else 0.1)
        e = Event(rule.type, rule.mode, rule.id, round(max(conf, 0.05), 2), tok.i, tok.idx, tok.idx + len(tok),
                  sent.start_char, sent.end_char, a, r, rule.contexts, list(aux), depth,
                  claimed_by=claim, governor=governor.i if governor is not None else None)
        if t.light is not None:
            e.start, e.end = min(t.light.idx, tok.idx), max(t.light.idx + len(t.light), tok.idx + len(tok))
        e.governor_kind = kind
        e.conditional = "_conditional" in e.aux
        e.aux = [f for f in e.aux if not f.startswith("_")]
        out.append(e)
    return out


def _intent(events: list[Event], by_token: dict[int, list[Event]], resolver: Resolver, sent: Any) -> list[Event]:
    """Statements of intent and the modes of requests, refusals and threats read from their action."""
    extra: list[Event] = []
    for e in events:
        kind = e.governor_kind
        # "we are going to kick you out if ...", "we are not going to integrate": "going to" commits as "will" does
        going = e.governor is not None and resolver.doc[e.governor].lower_ == "going"
        if e.conditional and e.type in COOPERATIVE | HOSTILE and "negated" not in e.aux and \
                (e.governor is None or going) and not hedged(resolver.doc[e.token]) and \
                (modal_future(resolver.doc[e.token]) or e.type in HOSTILE):
            # "will withdraw its force unless ...", "would meet him if he gave ...", "may halt mediation if ..."
            # (a conditional hostile act is a threat; but "might go there if ..." commits to nothing)
            hostile = e.type in HOSTILE or (e.type == "RETREAT" and e.mode == "withdraw")
            extra.extend(_derive(e, e.token, resolver, "THREATEN" if hostile else None))
            continue
        if e.type in ("AGREE", "CONSULT", "COOPERATE", "CONCEDE", "AID", "SUPPORT") and "negated" in e.aux and \
                not hedged(resolver.doc[e.token]) and "hypothetical" not in e.aux and \
                (kind == "negated" or (e.governor is None and modal_future(resolver.doc[e.token])) or going) and \
                not (e.governor is not None and resolver.doc[e.governor].lemma_.lower() in ABSTAINING):
            # (but "refrained from endorsing Clinton or Sanders" rejects no one)
            extra.extend(_derive(e, e.governor if e.governor is not None else e.token, resolver, "REJECT"))
            continue
        if e.governor is None:
            if "future" in e.aux and "negated" not in e.aux and "hypothetical" not in e.aux and \
                    resolver.doc[e.token].dep_ not in ("nsubj", "nsubjpass") and \
                    not _predicted_by_another(e, resolver) and not hedged(resolver.doc[e.token]) and \
                    not time_clause_future(resolver.doc[e.token]):
                # (a scheduled meeting, "talks will resume next week", is no one's pledge)
                extra.extend(_derive(e, e.token, resolver))
            continue
        govs = by_token.get(e.governor, [])
        if govs:
            for g in govs:
                if g.recipient is None and e.recipient is not None and (g.actor is None or e.recipient.head != g.actor.head):
                    g.recipient = e.recipient
                if g.type in ABOUT_MODE and g.mode is None:
                    g.mode = THREAT_BY_MODE.get((e.type, e.mode or "")) if g.type == "THREATEN" else None
                    g.mode = g.mode or ABOUT_MODE[g.type].get(e.type)
                aimed = e.recipient is not None and e.recipient.coded and \
                    (g.actor is None or e.recipient.country != g.actor.country)
                if g.type == "AGREE" and e.type in HOSTILE and (aimed or e.type != "MOBILIZE"):
                    # (agreeing to deploy troops at home, aimed at no one, is no threat)
                    g.type, g.mode = "THREATEN", THREAT_BY_MODE.get((e.type, e.mode or "")) or \
                        ABOUT_MODE["THREATEN"].get(e.type)
                    g.rule += f" > hostile {e.type}"
                elif g.type == "AGREE" and e.type == "REJECT" and "negated" not in e.aux:
                    # "Orban vowed to veto any EU decision": a promise to refuse is a refusal
                    g.type, g.mode = "REJECT", e.mode
                    g.rule += " > refusal"
            continue
        if kind == "intent" and "negated" not in e.aux:
            extra.extend(_derive(e, e.governor, resolver))
    return events + extra


def _obligations(sent: Any, resolver: Resolver, events: list[Event], pats: Patterns) -> list[Event]:
    """"Russia said Sudan must return the helicopter": a demand by the speaker on the clause's subject."""
    out = []
    for v in sent:
        if v.lemma_.lower() not in REPORTING or v.lemma_.lower() in OPINING or v.pos_ != "VERB":
            continue  # ("she thinks Clinton should be the president": a view, no one asked to do anything)
        for c in v.children:
            if c.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children):
                continue
            speaker, _ = subject_of(v)
            target, _ = subject_of(c)
            modal = next(a for a in c.children if a.dep_ == "aux" and a.lower_ in ("must", "should"))
            if target is not None and modal.i < target.i:
                continue  # "should he win his party's nomination": a condition, not an obligation
            if speaker is None or target is None or speaker.lower_ == target.lower_:
                continue
            a, r = resolver.participant(speaker), resolver.participant(target)
            if r.mention is not None and a.mention == r.mention:
                continue
            if not r.coded or target.lower_ in ("one", "you", "we", "i") or \
                    any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "every", "each") for d in target.children):
                continue  # "immigration should stop", "a president must be ready": no one in particular is asked
            if a.country is not None and a.country == r.country and a.sector in ("GOV", "MIL") and \
                    target.ent_type_ == "GPE":
                continue  # "Russia must also boost its troops, Putin said": a leader's own plan, not a demand
            nested = next((e for e in events if e.token == c.i), None)
            if nested is None and c.lemma_.lower() in STATIVE:
                continue  # "they should know", "each company must fend for itself": no action demanded
            if nested is None and c.lemma_.lower() == "be" and not any(
                    g.dep_ in ("acomp", "attr") and any(x.pos_ == "VERB" for x in g.subtree) for g in c.children):
                # "it should be up to the prosecutor", "Clinton should be the president" (but "the US must be
                # ready to mediate", "the Council must be united in condemning this" ask for an act)
                continue
            mode = ABOUT_MODE["REQUEST"].get(nested.type) if nested else None
            out.append(Event("REQUEST", mode, "request.must", 0.6, v.i, v.idx, v.idx + len(v), sent.start_char,
                             sent.end_char, a, r, (), [], sum(1 for _ in v.ancestors), derived=True, governor=c.i))
    return out


OPINING = {"think", "believe", "feel", "fear"}
COMMENTATORS = {"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher", "critic",
                "pundit", "strategist", "forecaster", "poll", "survey"}


def _predicted_by_another(e: Event, resolver: Resolver) -> bool:
    """"Analysts say Tehran would welcome the closure": a prediction by someone else, not Tehran's commitment.
    "Russia said it would withdraw" and "Iraqi officials said Iraq would ..." are the actor's own word."""
    if e.actor is None:
        return False
    tok = resolver.doc[e.token]
    reporter = next((a for a in tok.ancestors if a.lemma_.lower() in REPORTING and a.pos_ == "VERB"), None)
    if reporter is None:
        return False
    subj, _ = subject_of(reporter)
    if subj is None:
        return False
    r = resolver.participant(subj)
    if r.head == e.actor.head or (r.mention is not None and r.mention == e.actor.mention):
        return False
    inside = e.actor.mention is not None and \
        subj.left_edge.idx <= resolver.a.mentions[e.actor.mention].start < subj.right_edge.idx + len(subj.right_edge)
    if inside and e.actor.head >= 0 and resolver.doc[e.actor.head].lower_ == "it" and kind_of(r, resolver) == "PERSON":
        return True  # "Rep. Lee Zeldin of New York, a Trump supporter, said it will help": not New York's pledge
    if r.country is not None and r.country == e.actor.country:
        return False  # an official speaking for his own country
    # (a host government announcing a visit speaks for the plan; analysts and commentators only predict)
    return r.sector in ("ELI", "EDU", "JRN", "CVL", "UNK") or subj.lemma_.lower() in COMMENTATORS


def _derive(e: Event, at: int, resolver: Resolver, force: str | None = None) -> list[Event]:
    """The event a statement of intent is: "agreed to withdraw" and "will withdraw" are AGREE, "threatened to
    strike" THREATEN. (The PLOVER manual would leave a future retreat as RETREAT + future and code an announced
    one as CONCEDE; plover_gsr's coders reduce both to AGREE, and so does this coder.)"""
    mobilized = {c.lemma_.lower() for c in resolver.doc[e.token].children if c.dep_ == "dobj"}
    if e.type == "MOBILIZE" and force is None and not mobilized & PROTEST_NOUNS and \
            (e.recipient is None or e.actor is None or e.recipient.country in (None, e.actor.country)):
        return []  # "will expand the nation's armed forces": a build-up at home threatens no one in particular
    if e.type == "CONSULT" and any(p is not None and p.sector == "JRN" for p in (e.actor, e.recipient)):
        return []  # "Biden will also speak to WDBJ": an interview to come, no pledge to anyone
    if force == "REJECT":
        kind, mode = "REJECT", ABOUT_MODE["REJECT"].get(e.type)
    elif force == "THREATEN" or e.type in HOSTILE:
        kind = "THREATEN"
        mode = THREAT_BY_MODE.get((e.type, e.mode or "")) or ABOUT_MODE["THREATEN"].get(e.type) or "relations"
    elif e.type in COOPERATIVE:
        kind, mode = "AGREE", None
    else:
        return []
    tok = resolver.doc[at]
    d = Event(kind, mode, f"{'intent' if not force else force.lower()} > {e.rule}", round(e.confidence * 0.9, 2), at, tok.idx, tok.idx + len(tok),
              e.sent_start, e.sent_end, e.actor, e.recipient, e.contexts,
              [f for f in e.aux if f not in ("future", "negated", "hypothetical")], e.depth - 1,
              claimed_by=e.claimed_by,
              derived=True)
    d.governor = e.token
    return [d]


def _tolls(events: list[Event], sent: Any) -> None:
    violent = [e for e in events if e.type in ("ASSAULT", "COERCE", "PROTEST") and not e.derived]
    if not violent:
        return
    t = tolls.read(sent.text)
    if t.fatalities is None and t.injuries is None:
        return
    first = min(violent, key=lambda e: (e.depth, e.start))
    for e in violent:
        if e.token == first.token:
            e.fatalities, e.injuries = t.fatalities, t.injuries
            e.toll_spans = tuple((sent.start_char + s, sent.start_char + x) for s, x in t.spans)


def _instruments(events: list[Event], sent: Any, pats: Patterns) -> None:
    """An ASSAULT's mode from the weapon named in its own words, else in the sentence. Coercion with a crowd-control
    weapon in its own words ("police used tear gas to disperse demonstrators") is an ASSAULT, as PLOVER codes it
    (pushing protesters back without one stays COERCE)."""
    doc = sent.doc
    crowd = [w for w, m in pats.instruments if m == "crowd-control"]
    for e in events:
        lo = min([e.start] + ([e.actor.start] if e.actor else []))
        hi = max([e.end] + ([e.recipient.end] if e.recipient else []))
        if e.type == "COERCE" and not e.derived and \
                any(re.search(rf"\b{re.escape(w)}\b", text_of(doc)[lo:hi].lower()) for w in crowd):
            e.type, e.mode, e.rule = "ASSAULT", "crowd-control", e.rule + " > crowd-control weapon"
            continue
        if e.type != "ASSAULT" or e.mode is not None:
            continue
        for text in (text_of(doc)[lo:hi].lower(), sent.text.lower()):
            mode = next((m for w, m in pats.instruments if re.search(rf"\b{re.escape(w)}\b", text)), None)
            if mode:
                e.mode = mode
                break


def primary(events: list[Event]) -> Event | None:
    """The event a sentence is about: the shallowest counted one (else the shallowest), ties to the left."""
    if not events:
        return None
    counted = [e for e in events if e.counted] or events
    return min(counted, key=lambda e: (e.depth, e.start))


@stage(requires=("doc", "mentions", "persons", "quotes"), assigns=("events",))
def events_stage(analysis: Analysis) -> None:
    pats = patterns()
    resolver = Resolver(analysis)
    out: list[Event] = []
    for sent in resolver.sents:
        if len(sent) < 3:
            continue
        out.extend(code_sentence(sent, resolver, analysis, pats, resolver.countries))
    if genre.sports(analysis.text):
        # a sports report: countries are teams and "beat", "attack", "rally" are play; keep what officials,
        # police, courts or armed groups did
        out = [e for e in out if _official(e.actor) or _official(e.recipient)]
    analysis.events = out


ACTING_FOR_STATE = {"COP", "JUD", "MIL", "REB", "CRM", "UAF", "SPY", "PRM", "LEG"}


def _official(p: Participant | None) -> bool:
    """An actor whose acts are news even in a sports report: police, courts, armed groups, legislators, and a
    political figure named as such (a country named alone is a team there)."""
    if p is None or p.sector is None:
        return False
    named_alone = p.rule.startswith("country") or "only country" in p.rule or p.mention is None
    return p.sector in ACTING_FOR_STATE or (p.sector in ("GOV", "ELI", "PTY", "OPP") and not named_alone)


def code_text(text: str, date: str | None = None, nlp: Any = None) -> list[Event]:
    """Events of a standalone text (evaluation and tests): the full pipeline on one article."""
    from . import pipeline
    from .run import STAGES

    nlp = nlp or pipeline.load()
    a = pipeline.Analysis("text", text, date, nlp(text))
    pipeline.run(a, STAGES)
    return a.events
