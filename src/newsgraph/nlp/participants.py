"""Who did it and to whom: subjects, objects and their spans in a parse, resolved to mentions and actor codes.

- :func:`subject_of` follows control and coordination: "agreed to withdraw" (the subject of "agreed"), "urged
  Iran to release" (the object of "urged"), "met and signed" (the shared subject), relative clauses ("troops
  who shelled") and participles ("a convoy attacked by rebels").
- :func:`expand` turns a coordinated head ("The United States and Russia") into its members.
- :class:`Resolver` gives a head token its phrase, the mention it holds (a pronoun takes the nearest earlier
  compatible mention) and an actor code (country and sector) from the phrase, the mention and the person's
  roles read in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..ontology import actors
from ..ontology.names import FEMALE_GIVEN, MALE_GIVEN
from .mentions import article_countries, town as town_of
from .persons import likely_gender
from .pipeline import text_of

OBJECT_CONTROL = {"urge", "ask", "call", "press", "persuade", "force", "order", "allow", "invite", "encourage",
                  "tell", "warn", "pressure", "pressurize", "push", "compel", "permit", "enable", "help", "lead",
                  "prompt", "authorize", "authorise", "instruct", "direct", "implore", "beg", "appeal", "want"}
DOCUMENTS = {"declaration", "statement", "letter", "resolution", "report", "communique", "message", "speech",
             "note", "decree", "order", "appeal", "call", "bill", "motion", "proposal", "plan", "memo"}
# Occasions someone speaks at: a participle on one is its holder's words ("opened a rally blasting Clinton").
OCCASIONS = {"rally", "speech", "address", "interview", "appearance", "event", "news conference", "conference",
             "briefing", "campaign", "tour", "ad", "advertisement", "commercial", "tweet", "post",
             "sermon", "lecture", "debate", "town hall"}
# Where someone posts or speaks: a participle on one is the poster's words ("posted on Twitter accusing ...")
PLATFORMS = {"twitter", "facebook", "instagram", "x", "tiktok", "youtube", "telegram", "television", "tv", "radio",
             "air", "social", "website", "blog", "podcast", "threads", "bluesky", "weibo"}
# Verbs that issue a document: its author is their subject ("issued a declaration demanding ...").
INTENT_NOUNS = {"plan", "decision", "intention", "bid", "move", "offer", "threat", "pledge", "promise", "proposal",
                "readiness", "willingness", "commitment", "vow", "refusal", "order", "intent"}
ANNOUNCING = {"announce", "unveil", "reveal", "outline", "approve", "adopt", "confirm", "disclose", "detail",
              "issue", "declare", "finalize", "finalise"}
ISSUING = {"issue", "adopt", "pass", "sign", "publish", "release", "draft", "submit", "approve", "table", "unveil",
           "present", "send", "deliver", "write", "make", "put", "propose", "introduce", "circulate", "give"}
# Verbs that credit or blame someone for a deed: the deed is the object's ("thanked Nigeria for sending troops").
CREDITING = {"thank", "praise", "commend", "congratulate", "hail", "applaud", "laud", "salute", "credit",
             "blame", "criticize", "criticise", "condemn", "fault", "punish", "reward", "rebuke", "chide",
             "denounce", "slam", "sanction", "fine", "sue", "attack", "assail", "blast", "lash", "berate",
             "scold", "castigate", "excoriate", "lambast", "lambaste", "accuse", "honor", "honour", "reward"}
GROUPS = {"thousands", "hundreds", "dozens", "group", "groups", "members", "member", "some", "many", "scores", "crowds",
          "crowd", "millions", "tens", "part", "leaders", "supporters", "most", "all", "each", "both", "one", "two",
          "sides", "side", "wing", "faction", "factions", "patch", "contingent", "unit", "units", "third", "half"}
PAIR_NOUNS = {"leader": "person", "president": "person", "man": "person", "minister": "person", "official": "person",
              "envoy": "person", "diplomat": "person", "country": "country", "nation": "country", "side": "country",
              "government": "country", "state": "country", "neighbor": "country", "neighbour": "country"}
RELATIVE = {"who", "which", "that", "whom"}
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
COLLECTIVE = {"it", "its", "they", "them", "their", "we", "us", "our"}
# Tokens that end a participant's phrase on the right.
_STOP_DEPS = {"conj", "cc", "punct", "relcl", "acl", "appos", "advcl", "parataxis", "prep"}
_KEEP_PREPS = {"of", "from", "in"}


@dataclass
class Participant:
    text: str
    start: int  # offsets in the article text
    end: int
    head: int  # token index
    mention: int | None = None  # index into analysis.mentions
    country: str | None = None
    sector: str | None = None
    rule: str = ""
    anchored: bool = True  # the head itself names an actor (a name, a role, a pronoun with an antecedent)

    @property
    def coded(self) -> bool:
        return self.anchored and (self.mention is not None or self.country is not None or self.sector is not None)

    def key(self) -> str:
        return self.country or self.text.casefold()


def not_a_town(code: Any, kind: str) -> Any:
    """A person named like a town ("Bamberg, who is 28") or a people ("Cuban" after "Mark Cuban") is not thereby
    from its country."""
    if kind == "PERSON" and code.rule in ("city", "capital-metonym", "region", "country", "demonym"):
        return replace(code, country=None, sector=None if code.rule in ("capital-metonym", "city", "country")
                       else code.sector)
    return code


def first_conjunct(tok: Any) -> Any:
    """The head of a coordination a token belongs to ("withdrawn" for "... was withdrawn and Clinton testified"),
    or the token itself."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def kind_of(p: Participant, resolver: Resolver) -> str | None:
    """The entity type of a participant's mention (PERSON, ORG, GPE ...); a figure the people lexicons know is a
    person whatever NER said."""
    if "person '" in p.rule:
        return "PERSON"
    return resolver.a.mentions[p.mention].type if p.mention is not None else None


STATIVE_PASSIVE = {"oppose": "to", "commit": "to", "dedicate": "to", "oblige": "to", "engage": "in", "involve": "in"}


def stative_passive(v: Any) -> bool:
    """"Israel is opposed to French mediation": a passive form that states the subject's own position."""
    prep = STATIVE_PASSIVE.get(v.lemma_.lower())
    return prep is not None and any(c.dep_ == "nsubjpass" for c in v.children) and \
        not any(c.dep_ == "agent" for c in v.children) and \
        any(c.dep_ == "prep" and c.lower_ == prep for c in v.children)


SAYING = {"say", "tell", "report", "claim", "announce", "state", "add", "confirm", "write", "note"}
DITRANSITIVE = {"give", "grant", "offer", "award", "deny", "promise", "send", "show", "allow", "pay", "hand",
                "lend", "teach", "assign", "charge"}


def misread_main_verb(v: Any) -> bool:
    """"Israeli airstrikes killed 40 people in Gaza, officials said": the parser read "killed" as a participle
    of "airstrikes" (the subject of "said"). A participle with a direct object of its own is not passive (save
    "refugees granted asylum"): it is the clause's active verb and the noun its subject."""
    return v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and \
        ((v.head.dep_ == "nsubj" and v.head.head.lemma_.lower() in SAYING) or
         (v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and v.i == v.head.i + 1)) and \
        v.lemma_.lower() not in DITRANSITIVE and any(c.dep_ == "dobj" for c in v.children)
    # (also where the noun was left as the sentence's root: "Israeli airstrikes killed at least 27 Palestinians")


def _agent(v: Any) -> Any | None:
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _conj_agent(v: Any, bare: tuple[str, ...] = ("nsubj", "nsubjpass", "auxpass", "aux")) -> Any | None:
    """The agent of a participle coordinated with ``v`` that has none of the ``bare`` dependents of its own
    ("beaten and detained by police": "by police" hangs on the last conjunct and serves both)."""
    return next((a for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN" and
                 not any(g.dep_ in bare for g in c.children) for a in [_agent(c)] if a is not None), None)


def misread_passive(v: Any) -> Any | None:
    """The agent of a reduced passive the parser read as active: in "707 people shot and killed by police" the
    model makes "people" the subject of "shot" and hangs "by police" on "killed" only. A past-tense verb with a
    subject but no object, coordinated with a participle that has an agent and no subject of its own, is
    passive too."""
    if v.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in v.children) or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in v.children):
        return None
    return _conj_agent(v, ("nsubj", "nsubjpass", "dobj", "auxpass", "aux"))


AIRCRAFT = {"helicopter", "chopper", "plane", "jet", "warplane", "drone", "aircraft", "airliner", "bomber", "fighter",
            "airplane", "chinook", "uav", "balloon"}


def downed_craft(v: Any) -> bool:
    """A headline's reduced passive the parser read as active: in "US Chinook helicopter shot down" the helicopter
    is what was shot down, not who shot."""
    return v.lemma_.lower() in ("shoot", "bring") and v.tag_ in ("VBD", "VBN") and \
        any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in v.children) and \
        not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in v.children) and \
        any(c.dep_ == "nsubj" and c.lemma_.lower() in AIRCRAFT for c in v.children)


def misread_name_verb(v: Any) -> Any | None:
    """The name before a past tense the parser folded into a noun phrase ("Trump raised duties on Chinese goods"
    read as "Trump-raised duties", the sentence left without a verb): that name is the subject."""
    # (also as a reported clause: "North Korea test-fired several missiles, South Korea's military said")
    if v.dep_ != "amod" or v.tag_ not in ("VBD", "VBN") or v.left_edge.i == 0 or \
            v.head.dep_ not in ("ROOT", "ccomp") or v.head.pos_ != "NOUN" or \
            any(t.pos_ in ("VERB", "AUX") and t.i != v.i
                for t in (v.sent if v.head.dep_ == "ROOT" else v.head.subtree)):
        return None
    prev = v.doc[v.left_edge.i - 1]  # (before "test-" of "test-fired")
    if prev.head == v.head and prev.dep_ in ("nmod", "compound") and prev.pos_ in ("PROPN", "NOUN") and \
            (prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or prev.pos_ == "PROPN"):
        return prev
    return None


_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,(?:\s+[A-Z][a-z]+\.?)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                       r"Nov|Dec)[a-z]*\.?\s+\d")
DEVICES = {"bomb", "mine", "landmine", "ied", "explosive", "device", "grenade", "missile", "rocket", "shell", "mortar",
           "drone", "booby-trap"}  # what explodes: whose it is is written before it, where it was after it


def subject_of(v: Any) -> tuple[Any | None, bool]:
    """(subject token, passive) of a verb or predicate; in a passive the subject is the agent ("by X")."""
    named = misread_name_verb(v)
    if named is not None:
        return named, False
    if misread_main_verb(v):
        return v.head, False
    if stative_passive(v):
        return next(c for c in v.children if c.dep_ == "nsubjpass"), False
    shared = misread_passive(v)
    if shared is not None:
        return shared, True
    if downed_craft(v) or (v.dep_ == "conj" and downed_craft(v.head) and
                           not any(c.dep_ in ("nsubj", "dobj") for c in v.children)):
        return _agent(v), True
    if v.dep_ == "conj" and v.tag_ == "VBN" and misread_passive(v.head) is not None:
        return _agent(v), True
    agent = _agent(v)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
        (v.dep_ == "acl" and v.tag_ == "VBN" and (agent is not None or _conj_agent(v, ()) is not None))
    if passive:  # ("a convoy attacked by rebels"; "were beaten and detained by police" shares the last agent)
        return (agent if agent is not None else _conj_agent(v)), True
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head, False
            if c.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a participle misread as the subject
                inner = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if inner is not None:
                    return inner, False
            return c, False
    for c in v.children:  # "Egypt and Qatar are mediating": the parser hung the subject on the auxiliary
        if c.dep_ == "aux" and c.pos_ == "AUX":
            for g in c.children:
                if g.dep_ == "nsubj" and g.i < c.i:
                    return g, False
    head = v.head
    if v.dep_ == "xcomp" and head != v:
        if head.lemma_.lower() in OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ in ("dobj", "dative"):
                    return c, False
        return subject_of(head)[0], False
    if v.dep_ in ("conj",) and head != v:
        return subject_of(head)
    if v.dep_ == "acl" and v.tag_ == "VBG":
        if head.lemma_.lower() in DOCUMENTS:
            author = next((c for c in head.children if c.dep_ == "poss" or
                           (c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "GPE", "NORP"))), None)
            if author is not None:  # "welcomed the UN resolution demanding a ceasefire": the UN demands
                return author, False
            if head.head != head and head.head.lemma_.lower() in ISSUING:  # "issued a declaration demanding"
                return subject_of(head.head)[0], False
        if head.lower_ in PLATFORMS and head.dep_ == "pobj" and head.head.lower_ in ("on", "in") and \
                head.head.head.pos_ == "VERB":
            # "Taylor Swift posted on Twitter accusing Big Machine": who posted speaks, not the platform
            return subject_of(head.head.head)[0], False
        if head.lemma_.lower() in OCCASIONS and head.dep_ == "dobj" and head.head.pos_ == "VERB" and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            # "the Vermont senator opened a Rochester rally blasting Clinton": who holds the rally speaks
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return (owner if owner is not None else subject_of(head.head)[0]), False
        return head, False
    if v.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in v.children):
        # "Trump's plan to impose tariffs", "Trump announced plans to impose tariffs": the planner acts
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner, False
        if head.dep_ in ("dobj", "nsubjpass") and head.head != head and head.head.pos_ == "VERB":
            return subject_of(head.head)[0], False
        return None, False
    if v.dep_ == "relcl":
        return head, False
    if v.dep_ == "advcl" and (v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)) \
            and head != v:
        return subject_of(head)[0], False
    if v.dep_ == "acomp" and head != v:
        return subject_of(head)
    if v.dep_ == "ccomp" and head != v and v.pos_ == "ADJ":
        return subject_of(head)
    if v.dep_ == "pcomp" and head.head != head and head.lower_ == "for" and \
            head.head.lemma_.lower() in CREDITING:  # "thanked Nigeria for sending troops": Nigeria sent them
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is None:  # "lashed out at Turkey for having shot down a Russian bomber": Turkey shot it down
            obj = next((g for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("at", "against", "on")
                        for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return obj, False
    if v.dep_ == "pcomp" and head.head != head:  # "guilty of violating", "by attacking"
        return subject_of(head.head)
    return None, False


def passive_subject(v: Any) -> Any | None:
    """The patient of a passive verb ("Kharkiv was struck"; "a convoy attacked by rebels")."""
    if stative_passive(v):
        return None
    for c in v.children:
        if c.dep_ == "nsubjpass":
            return c
    if misread_passive(v) is not None or downed_craft(v):
        return next(c for c in v.children if c.dep_ == "nsubj")
    if v.dep_ == "conj" and downed_craft(v.head) and not any(c.dep_ in ("nsubj", "dobj") for c in v.children):
        return passive_subject(v.head)  # "shot down and completely destroyed"
    if v.dep_ == "conj" and v.tag_ == "VBN" and misread_passive(v.head) is not None:
        return passive_subject(v.head)
    if v.dep_ == "acl" and v.tag_ == "VBN" and not misread_main_verb(v):
        return v.head
    if v.dep_ == "conj" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.head.children):
        return passive_subject(v.head)
    return None


def ethnic_group(tok: Any, text: str) -> bool:
    """"ethnic Albanians", "the Albanians", "Kurds": people named by their nationality or ethnicity, whom PLOVER
    codes by the country they live in when the text says where that is."""
    return bool(re.search(r"\bethnic\b", text, re.IGNORECASE)) or \
        (tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and tok.text.endswith("s"))


def expand(tok: Any) -> list[Any]:
    """A head and the heads coordinated with it ("Hungarian and Romanian officials" gives both)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            if tok.pos_ == "PROPN" and c.pos_ == "PROPN" and _one_country(tok, c):
                continue  # "Trinidad and Tobago", "Bosnia and Herzegovina": one state
            out.extend(expand(c))
        elif c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN" and \
                any(g.dep_ == "conj" for g in c.children):  # "Mordor, Rohan, Fornost and Bree" misread
            out.extend(expand(c))
    # "Hungarian and Romanian officials": the adjectives are coordinated, the noun is shared.
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)]
    if mods and len(out) == 1:
        return [tok]
    return out


def _one_country(first: Any, second: Any) -> bool:
    """Whether "X and Y" is a single state's name."""
    name = text_of(first.doc)[first.idx:second.idx + len(second)]
    return actors.country_index().code(name) is not None


def phrase(tok: Any) -> tuple[int, int]:
    """Token range [lo, hi) of the phrase a head stands for, without coordination or clauses on the right."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("conj", "cc") and t == tok:
                continue
            if c.dep_ in _STOP_DEPS and c.i > tok.i:
                if not (c.dep_ == "prep" and c.lower_ in _KEEP_PREPS and tok.pos_ != "PROPN"):
                    continue
            if c.dep_ in ("punct",) and c.i < tok.i and c.text not in ("-", "'", "’"):
                continue
            if c.dep_ in ("relcl", "acl", "appos", "advcl") :
                continue
            keep.add(c.i)
            stack.append(c)
    lo, hi = min(keep), max(keep) + 1
    doc = tok.doc
    while lo < tok.i and doc[lo].pos_ in ("DET", "PUNCT", "CCONJ", "ADP"):
        lo += 1
    while hi - 1 > tok.i and doc[hi - 1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET"):
        hi -= 1
    return lo, hi


class Resolver:
    """Participants for one article: phrases, mentions, pronoun antecedents and actor codes."""

    def __init__(self, analysis: Any) -> None:
        self.a = analysis
        self.doc = analysis.doc
        self.mentions = sorted(range(len(analysis.mentions)), key=lambda i: analysis.mentions[i].start)
        self.countries = article_countries(analysis.mentions)
        self.placed = [m for m in analysis.mentions if "within" in m.extra]  # towns the text put in a country
        self.sents = list(self.doc.sents)  # once: Doc.sents and Token.sent rescan the document on every call
        self.sent_index = {}
        for k, sent in enumerate(self.sents):
            for t in range(sent.start, sent.end):
                self.sent_index[t] = k

    def sentence_start(self, tok: Any, back: int) -> int:
        """Character offset where the sentence ``back`` sentences before ``tok``'s starts."""
        here = self.sent_index.get(tok.i, 0)
        return self.sents[max(here - back, 0)].start_char

    def mention_in(self, start: int, end: int, head_start: int | None = None) -> int | None:
        """The mention a phrase holds: the one covering its head, else a person, an org, then a place."""
        inside = [i for i in self.mentions
                  if self.a.mentions[i].start < end and start < self.a.mentions[i].end and not
                  (self.stance(i) and not (head_start is not None and
                                           self.a.mentions[i].start <= head_start < self.a.mentions[i].end))]
        if not inside:
            return None
        if head_start is not None:
            for i in inside:
                m = self.a.mentions[i]
                if m.start <= head_start < m.end:
                    return i
        for kinds in (("PERSON",), ("ORG",), ("GPE", "NORP"), ("LOC", "FAC")):
            for i in reversed(inside):
                if self.a.mentions[i].type in kinds:
                    return i
        return inside[-1]

    def stance(self, i: int) -> bool:
        """Whether a mention names what someone is for or against ("an anti-Syria journalist", "pro-Kremlin
        bloggers"): it says nothing of where they are from."""
        m = self.a.mentions[i]
        return text_of(self.doc)[max(m.start - 5, 0):m.start].lower().endswith(("anti-", "pro-"))

    def pair(self, tok: Any) -> list[Participant] | None:
        """"The two leaders", "both countries", "the two sides": the last two distinct people (or countries)
        named before, in this sentence or the two before it."""
        lemma = tok.lemma_.lower()
        if lemma not in PAIR_NOUNS or not any(c.lower_ in ("two", "both") for c in tok.children):
            return None
        kinds = ("PERSON",) if PAIR_NOUNS[lemma] == "person" else ("GPE",)
        limit = self.sentence_start(tok, 2)
        chosen: list[int] = []
        keys: list[str] = []
        for i in reversed(self.mentions):
            m = self.a.mentions[i]
            if m.start >= tok.idx or m.start < limit or m.type not in kinds:
                continue
            key = str(m.extra.get("person", m.country or m.name))
            if key not in keys:
                keys.append(key)
                chosen.append(i)
            if len(chosen) == 2:
                break
        if len(chosen) < 2:
            return None
        out = []
        for i in reversed(chosen):
            m = self.a.mentions[i]
            code = actors.code(m.text, date=self.a.date)
            country, sector = self._person_code(i, code.country or m.country, code.known_sector)
            out.append(Participant(tok.text, tok.idx, tok.idx + len(tok), tok.i, i, country, sector,
                                   rule=f"pair → {m.text}"))
        return out

    def antecedent(self, tok: Any) -> int | None:
        word = tok.lower_
        limit = self.sentence_start(tok, 1)  # this sentence and the one before
        kinds = ("PERSON",) if word in PERSONAL else ("GPE",) if word in ("country", "nation") else \
            ("GPE", "ORG", "NORP")
        found = []
        for i in self.mentions:
            m = self.a.mentions[i]
            if m.start >= tok.idx:
                break
            if m.start < limit or m.type not in kinds:
                continue
            if word in PERSONAL and self.gender(m) not in (None, PERSONAL[word]):
                continue  # ("She" after "Vice President Biden": no man, though no honorific said so)
            if word not in PERSONAL and m.type != "GPE" and actors.find_person(m.text) is not None:
                continue  # "it" is no person, even one NER called an organisation ("a Trump supporter")
            found.append(i)
        if not found:
            return None
        found = self._not_own_subject(tok, found)
        if not found:
            return None  # (an object pronoun whose only candidate is its own subject: "VW has equipped it")
        speaker = self._clause_speaker(tok, found)
        if speaker is not None:  # "Ukraine said it is ready" (in a sentence that also names Saudi Arabia)
            return speaker
        if word in PERSONAL:
            return found[-1]
        # "The Nigerian Union of Teachers (NUT) ... it": the nearest that says whose it is.
        for i in reversed(found[-3:]):
            if actors.code(self.a.mentions[i].text).country:
                return i
        return found[-1]

    def gender(self, m: Any) -> str | None:
        """A person mention's gender: its honorific's or apposition's, else its person's likely one (a man's
        given name, or a listed figure's: "Biden" is Joe Biden), else None."""
        if m.gender:
            return m.gender
        persons = getattr(self.a, "persons", None) or []
        if "person" in m.extra and m.extra["person"] < len(persons):
            found = likely_gender(persons[m.extra["person"]])
            if found:
                return found
        figure = actors.find_person(m.name)
        given = actors.plain(figure.name.split()[0]).casefold() if figure is not None else ""
        if given in FEMALE_GIVEN:  # ("Clinton" alone is Hillary only where no man the lists know has the surname)
            return "f" if " " in m.name.strip() or not actors.a_man_of_the_surname(figure) else None
        if given not in MALE_GIVEN:
            return None
        # a man, unless a woman the lists know has the surname too ("Clinton" may be Hillary)
        return "m" if " " in m.name.strip() or actors.of_gender(figure, "f") is None else None

    def _not_own_subject(self, tok: Any, found: list[int]) -> list[int]:
        """An object pronoun is not its own clause's subject ("McConnell met with her", "Clinton blasted him":
        not McConnell, not Clinton; a reflexive would say so)."""
        if tok.lower_ not in ("him", "her", "them", "it") or tok.dep_ not in ("dobj", "pobj", "dative"):
            return found
        verb = tok.head if tok.dep_ in ("dobj", "dative") else tok.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return found
        subj, passive = subject_of(verb)
        if subj is None or passive:
            return found
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)

        def possessor(i: int) -> bool:  # (in "Berisha's opponents accused him", him is Berisha)
            last = self.last_token(self.a.mentions[i])
            return last is not None and last.dep_ == "poss" and last.head.i == subj.i

        # (the subject and any name inside it but its possessor: "his U.N. mission criticized it" is no U.N.)
        return [i for i in found if not (lo <= self.a.mentions[i].start < hi) or possessor(i)]

    def _quote_speaker(self, tok: Any, rule: str) -> Participant | None:
        """"We" inside a quotation is the speaker's side: "'We support Mauritius,' Indian foreign secretary Vikram
        Misri said" is India, whatever country was named last."""
        for q in getattr(self.a, "quotes", None) or []:
            if q.kind == "indirect" or not (q.start <= tok.idx < q.end) or q.speaker_start is None:
                continue
            mention = q.speaker_mention
            if mention is None and q.speaker_person is not None and q.speaker_person < len(self.a.persons):
                person = self.a.persons[q.speaker_person]
                mention = person.mentions[0] if person.mentions else None
            code = actors.code(q.speaker_text or "", date=self.a.date)
            if q.speaker_person is not None or (mention is not None and self.a.mentions[mention].type == "PERSON"):
                code = not_a_town(code, "PERSON")  # the speaker Hassan is no town in India
            country, sector = self._person_code(mention, code.country, code.known_sector)
            return Participant(tok.text, tok.idx, tok.idx + len(tok), tok.i, mention, country, sector,
                               rule=f"{rule}pronoun → quote speaker {q.speaker_text}")
        return None

    def _clause_speaker(self, tok: Any, found: list[int]) -> int | None:
        """The subject of the saying verb whose reported clause ``tok`` is the subject of, when it is one of the
        candidate mentions: in "X said it would ...", "it" is X."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        verb = tok.head.head
        if verb.lemma_.lower() not in SAYING and verb.lemma_.lower() not in ("insist", "warn", "deny", "stress"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        for i in found:
            m = self.a.mentions[i]
            if m.start <= subj.idx < m.end:
                return i
        return None

    def last_token(self, m: Any) -> Any | None:
        """The last token of a mention (None if its offsets cover no token)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else None

    def _modified_phrase(self, m: Any) -> tuple[str, actors.ActorCode] | None:
        """The noun phrase a country word modifies ("Philippine" in "The Philippine army") and its code, when
        the phrase names a kind of actor."""
        last = self.last_token(m)
        if last is None:
            return None
        if last.dep_ not in ("amod", "compound", "poss") or last.head.pos_ != "NOUN":
            return None
        lo, hi = phrase(last.head)
        text = text_of(self.doc)[self.doc[lo].idx:self.doc[hi - 1].idx + len(self.doc[hi - 1])]
        code = actors.code(text, date=self.a.date)
        return (text, code) if code.known_sector is not None else None

    def participant(self, tok: Any, rule: str = "") -> Participant:
        doc = self.doc
        if tok.is_upper and len(tok) > 2 and _DATELINE.match(text_of(doc), tok.idx):
            # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told": the dateline, no one
            return Participant(tok.text, tok.idx, tok.idx + len(tok), tok.i, None, rule=f"{rule}a dateline")
        if tok.is_upper and tok.is_stop and tok.pos_ in ("PROPN", "NOUN") and tok.text != "US" and \
                all(w.is_upper for w in tok.sent if w.is_alpha):
            # "AT SUMMIT IN OTTAWA": a headline in capitals, whose little words the parser takes for names
            return Participant(tok.text, tok.idx, tok.idx + len(tok), tok.i, None, rule=f"{rule}a word of a headline",
                               anchored=False)
        definite = tok.lower_ in ("country", "nation", "government") and \
            [c.lower_ for c in tok.children] == ["the"]  # "the country was suspending aid": which country
        if tok.lower_ in ("we", "us", "our") and tok.pos_ == "PRON" and tok.text != "US":  # (not the US)
            speaker = self._quote_speaker(tok, rule)
            if speaker is not None:
                return speaker
        if definite or (tok.pos_ == "PRON" and (tok.lower_ in PERSONAL or tok.lower_ in COLLECTIVE)):
            ante = self.antecedent(tok)
            p = Participant(tok.text, tok.idx, tok.idx + len(tok), tok.i, ante, rule=f"{rule}pronoun")
            if ante is not None:
                m = self.a.mentions[ante]
                code = not_a_town(actors.code(m.text, date=self.a.date), m.type)
                p.country, p.sector = self._person_code(ante, code.country, code.sector)
                p.rule += f" → {m.text}"
                whole = self._modified_phrase(m) if tok.lower_ in COLLECTIVE else None
                if whole is not None:  # "The Philippine army said it killed ...": it is the army
                    text, phrase_code = whole
                    p.country = phrase_code.country or p.country
                    p.sector = phrase_code.known_sector or p.sector
                    p.rule += f" ({text})"
            if definite and tok.lower_ == "government":
                p.sector = "GOV"  # "the government": whose it is comes from the antecedent, what it is from the word
            return p
        lo, hi = phrase(tok)
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        text = text_of(doc)[start:end]
        mention = self.mention_in(start, end, tok.idx)
        if tok.pos_ == "NOUN" and (mention is None or not self.a.mentions[mention].start <= tok.idx <
                                   self.a.mentions[mention].end):
            # "the North's leader, Kim Jong Un": the person named, not the possessor
            named = self._named_in_apposition(tok)
            mention = named if named is not None else mention  # (index 0 is a mention too)
        code = actors.code(text, date=self.a.date)
        if mention is not None:
            code = not_a_town(code, self.a.mentions[mention].type)
        if mention is not None and code.rule.startswith("role:") and self._surname(mention, code.rule[5:]):
            # "King and Weeks were abducted" after "Kevin King": the surname is no king (his roles decide)
            code = actors.ActorCode(None, None, None, "a surname, no role")
        if mention is not None and code.country is None and self.a.mentions[mention].type == "PERSON" and \
                not text_of(doc)[self.a.mentions[mention].start:self.a.mentions[mention].end] in text:
            # the parse cut the name short ("Sheikh Hamad" of "Sheikh Hamad bin Khalifa al-Thani"): the whole name
            whole = actors.code(self.a.mentions[mention].text, date=self.a.date)
            if whole.country is not None:
                code = whole if whole.known_sector is not None else replace(whole, sector=code.known_sector)
        country, sector = self._person_code(mention, code.country, code.known_sector)
        if tok.lemma_.lower() in DEVICES and mention is not None and self.a.mentions[mention].start > tok.idx and \
                self.a.mentions[mention].type in ("GPE", "LOC", "FAC"):
            # "a roadside bomb in Gaza": where it went off, not whose it was ("a Russian missile" is Russia's)
            return Participant(text, start, end, tok.i, None, None, None, rule=rule + "a device, where it was",
                               anchored=False)
        if not code.rule.startswith(("person", "lexicon")):
            placed = next((m.extra["within"] for m in self.placed if start <= m.start < end), None)
            country = placed or country  # "police in Moscow, Idaho": the town the text put in Idaho
        if mention is not None and country is None:
            country = self.a.mentions[mention].country
        if country is None:  # "their forces", "its army": whose they are
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
                    ante = self.antecedent(c)
                    if ante is not None:
                        country = actors.code(self.a.mentions[ante].text).country or self.a.mentions[ante].country
        if mention is not None and sector is None:
            m = self.a.mentions[mention]
            sector = m.sector or ("GOV" if m.type == "GPE" and m.country and m.country.isupper() else None)
        if country is not None and ethnic_group(tok, text):
            local = self.local_country(tok)  # "the Albanians of southern Serbia": coded where they live
            if local is not None and local != country:
                return Participant(text, start, end, tok.i, mention, local, sector or "CVL",
                                   rule=rule + "ethnic group, where it lives", anchored=True)
        if mention is not None and country is None and self.a.mentions[mention].type in ("GPE", "LOC"):
            city = town_of(self.a.mentions[mention], self.countries)
            if city is not None:  # a town stands for its people: country of the town, civilian sector
                country, sector = city.country, sector or "CVL"
        return Participant(text, start, end, tok.i, mention, country, sector, rule=rule + (code.rule or ""),
                           anchored=self._anchored(tok, mention, start))

    def local_country(self, tok: Any) -> str | None:
        """The country of a place named in a head's own clauses ("people in Hong Kong", "a newspaper based in
        east Beirut", "leaders of a coalition in Baku")."""
        sub = [t for t in tok.subtree if t.i != tok.i]
        if not sub:
            return None
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        for i in self.mentions:
            m = self.a.mentions[i]
            if m.start < lo or m.end > hi or m.type not in ("GPE", "LOC", "FAC") or self.stance(i):
                continue
            country = self.place_country(m)
            if country is not None:
                return country
        return None

    def place_country(self, m: Any) -> str | None:
        """The state a place mention stands for: its lexicon code, else the country of the town it names
        (a namesake town chosen by the article's countries)."""
        if "within" in m.extra:  # "Alexandria, Va."
            return m.extra["within"]
        code = actors.code(m.name).country
        if actors.national(code):
            return code
        city = town_of(m, self.countries)
        return city.country if city is not None else None

    def _anchored(self, tok: Any, mention: int | None, start: int) -> bool:
        """Whether the head names an actor: "Ukrainian officials" and "the APEC forum" do, "her approval
        ratings" does not (a name in the head or before it, a role word, a pronoun with an antecedent)."""
        if mention is not None:
            m = self.a.mentions[mention]
            if m.start <= tok.idx < m.end or tok.pos_ == "PROPN":
                return True
        if any(start <= self.a.mentions[i].start and self.a.mentions[i].end <= tok.idx for i in self.mentions):
            return True  # a name before the head: "Ukrainian operators", "the APEC forum"
        heads = [tok]
        for _ in range(2):  # "tens of thousands of students", "a group of Yoruba leaders"
            heads += [g for h in heads if h.lower_ in GROUPS for c in h.children if c.dep_ == "prep" and
                      c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g not in heads]
        for h in heads:
            words = " ".join(t.text for t in h.lefts if t.dep_ in ("compound", "amod")) + " " + h.text
            if any(role[0] is not None and (role[1] or "").casefold() not in actors.AIRCRAFT
                   for role in (actors.role_sector(words.strip()), actors.role_sector(h.text))):
                return True  # (not "the helicopter" alone: whose it is comes from a name, "US Chinook helicopter")
            if h.pos_ == "PROPN" or h.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
                return True
        # a capitalised name the lexicon lists, which the tagger left a common noun ("Trump paused ...")
        return tok.text[:1].isupper() and actors.lexicon().people.get(tok.lower_) is not None

    def _named_in_apposition(self, tok: Any) -> int | None:
        """The person a common noun's apposition names ("the North's leader, Kim Jong Un")."""
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                lo, hi = c.left_edge.i, c.right_edge.i + 1
                i = self.mention_in(self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1]), c.idx)
                if i is not None and self.a.mentions[i].type == "PERSON":
                    return i
        return None

    def _surname(self, mention: int, word: str) -> bool:
        """Whether ``word`` is the surname of the person the mention names, someone named in full or with an
        honorific ("Kevin King" ... "King"; "Mr. Justice"), not a word NER took for a name ("Schools")."""
        m = self.a.mentions[mention]
        k = m.extra.get("person")
        if m.type != "PERSON" or k is None or k >= len(self.a.persons):
            return False
        words = self.a.persons[k].name.casefold().split()
        return word.casefold() in m.name.casefold().split() and (len(words) >= 2 or bool(m.honorific)) and \
            words[-1] == word.casefold()

    def _person_code(self, mention: int | None, country: str | None,
                     sector: str | None) -> tuple[str | None, str | None]:
        if mention is None:
            return country, sector
        m = self.a.mentions[mention]
        k = m.extra.get("person")
        if k is None or k >= len(self.a.persons):
            return country, sector
        person = self.a.persons[k]
        for r in getattr(person, "roles", []):
            country = country or r.country
            sector = sector or r.sector
        if (country is None or sector is None) and person.name not in (m.name, m.text) or \
                (country is None and sector is None and m.name != m.text):
            # "Kim" after "Kim Jong Un", "Mr. Lavrov" after "Sergey V. Lavrov", "Joe" in "Joe and Hunter Biden": the
            # fullest name is known (what the text says of the person, as a country read from "a critic of
            # Tehran's abuses", comes first)
            whole = actors.code(person.name, date=self.a.date)
            if whole.country is not None:
                country, sector = country or whole.country, sector or whole.known_sector
        return country, sector
