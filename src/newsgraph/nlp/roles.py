"""Roles and affiliations read from the text: titles before a name and appositives beside it.

"President Volodymyr Zelensky of Ukraine" → role President, country UKR; "Sergey V. Lavrov, Russia's foreign
minister" → role foreign minister, country RUS; "Max Bergmann, a Russia analyst at the Center for Strategic and
International Studies" → role Russia analyst, organisation CSIS. Each role carries the article's date, so a
person's roles form a dated history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..ontology import actors
from ..ontology.countries import AMBIGUOUS_US_STATES, us_state_context
from ..ontology.countries import index as country_index
from ..ontology import places
from ..ontology.names import ORG_WORDS
from ..ontology.places import US_STATES
from .mentions import Mention, home_country
from .pipeline import Analysis, stage, text_of

_CLAUSE = re.compile(r"\s+(?:who|which|whose|that|where|when)\s+")  # a relative clause after a description
_FORMER = re.compile(r"\b(?:former|ex-|then-|late)\b", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:a|an|the|his|her|their|its)\s+", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}[-\s]year[-\s]old\s+(?=[a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class Role:
    role: str
    org: str | None
    country: str | None
    sector: str | None
    date: str | None
    # title | appositive | as ("appointed as ...") | to | clause ("who served as") | of-body | of-country |
    # party-tag | led ("senators led by")
    source: str

    def as_dict(self) -> dict[str, Any]:
        return {"role": self.role, "org": self.org, "country": self.country, "sector": self.sector,
                "date": self.date, "source": self.source}


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).strip(" ,;\"“”").lstrip("'‘ ")  # (quotation marks around)
    return _AGE.sub("", _DETERMINERS.sub("", text))  # ("a 20-year-old local journalist": a local journalist)


_KIN = {"husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "cousin", "uncle", "aunt",
        "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "partner", "fiance",
        "fiancee", "widow", "widower", "child", "children", "sons", "daughters", "parents", "relative"}


def _kin(noun: Any) -> bool:
    """"her husband, Yarden": a kinship noun with a possessive names another person's relation, not a role."""
    return noun.lemma_.lower() in _KIN and any(c.dep_ == "poss" for c in noun.children)


# Nouns for people that neither the role lexicon nor an agent suffix tells ("a close friend", "his successor")
_PERSON_NOUNS = {"friend", "member", "ally", "rival", "nominee", "hopeful", "heir", "successor", "predecessor",
                 "counterpart", "colleague", "partner", "boss", "superior", "aide", "confidant", "confidante",
                 "protege", "protégé", "icon", "star", "legend", "hero", "heroine", "champion", "veteran", "native",
                 "kid", "chief", "head", "advocate", "delegate", "graduate", "associate", "laureate", "victim",
                 "critic", "fan", "guru", "staff", "staffer", "consultant", "assistant", "attendant", "servant",
                 "participant", "informant", "defendant", "claimant", "occupant", "accountant", "combatant",
                 "opponent", "proponent", "descendant", "client", "parent", "patient", "adult", "youth", "teen",
                 "mogul", "socialite", "celebrity", "personality", "figure", "architect", "pioneer", "ace", "whiz",
                 "democrat", "republican", "conservative", "liberal", "progressive", "moderate", "independent",
                 "host", "coach", "anchor", "captain", "pilot", "guard", "chef", "model", "poet",
                 "novelist", "artist", "musician", "rapper", "comedian", "playwright", "author", "expat", "exile"}
_WHOSE = {"successor", "predecessor", "deputy"}  # of a named person: in that person's office
_ALUMNI = {"graduate", "graduates", "alumnus", "alumna", "alumni", "alum", "alumnae"}
_BODY_HEADS = {"member", "officer", "secretary", "commissioner", "manager", "representative", "coordinator",
               "adviser", "advisor", "aide", "staffer", "employee", "worker", "partner"}  # (of a body; one word each)
_AGENT = re.compile(r"(?:er|or|ist|ian|ee|man|woman|person|ess|eur|ier|yst)$")


def _person_head(noun: Any) -> bool:
    """Whether an appositive's head noun can say who someone is: a role word, a noun for a person, or an agent
    noun ("strategist", "introducer"), not a thing the parser hung on the name ("the most significant expression
    of party dissent", "a narrower victory", "Weeks later"), nor a body ("Current TV, the liberal television
    network he later sold", hung on the anchor named before it)."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in ORG_WORDS:
        return False
    if noun.tag_ == "VBG" or (noun.lower_.endswith("ing") and not actors.role_sector(noun.text)[0] and
                              noun.lower_ not in _PERSON_NOUNS):
        return False  # "Trey Gowdy, Congressional probing of the Benghazi scandal was ...": an action, no person
    if any(c.dep_ in ("compound", "amod") and (c.pos_ != "PROPN" and actors.role_sector(c.text)[0] or
                                               _demonym(c)) for c in noun.lefts):
        return True  # (a misparse: "a wealthy hotelier Trump tapped as his ambassador", headed by "Trump")
    word = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text.lower()
    if _demonym(noun):
        return True  # "a Palestinian from Gaza"
    return bool(actors.role_sector(noun.text)[0] or actors.role_sector(word)[0] or word in _PERSON_NOUNS or
                (len(word) > 4 and _AGENT.search(word)))


def _demonym(token: Any) -> bool:
    """"an ethnic Uyghur", "a Palestinian": a people's or a state's name for one of its own."""
    return token.pos_ == "PROPN" and bool(country_index().code(token.text) or country_index().people(token.text))


def _described(doc: Any, tokens: list[Any], head: Any) -> tuple[str, int, int, int] | None:
    """A description's tokens, trailing punctuation left out, as text with offsets and its head noun's offset."""
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return (text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)], tokens[0].idx,
            tokens[-1].idx + len(tokens[-1].text), head.idx)


def appositive(doc: Any, m: Mention) -> tuple[str, int, int, int] | None:
    """The appositive describing the person named by ``m`` (either direction), as text with offsets, and the
    character offset of its head noun."""
    head = doc[m.token]
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ != "PERSON" \
                and child.tag_ not in ("NNS", "NNPS") and not _kin(child) and _person_head(child) \
                and not any(c.dep_ in ("cc", "conj") and head.i < c.i < child.i for c in head.children) \
                and not _colon_between(doc, head.i, child.i) and not _titled_name(child) \
                and not any(t.text in ("’", "'", "‘") for t in doc[head.i + 1:child.left_edge.i]):
            # (nor "Sanders’ son": a possessive the tokenizer split off, misread as an apposition)
            # (not "Mr. Scholz and Poland's prime minister, Donald Tusk": after "and" it describes the next one)
            sub = list(child.subtree)
            # (a second appositive stacked on it is the object of "called" or a description of something else:
            # "called Clinton, his Democratic challenger, an ISIS co-founder")
            if sub[0].tag_ == "PRP":
                return None  # "the disrespect of Donald Trump, him disrespecting immigrants, women, judges": no role
            nxt = doc[sub[-1].i + 1] if sub[-1].i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") and \
                    any(a.dep_ == "advcl" and a.head.i == nxt.i for a in head.ancestors):
                # "When I reached out to Livingston, a spokesman for the court replied": the clause about the name
                # has ended; the noun is the next clause's subject, someone else
                return None
            nested = {t.i for c in child.children if c.dep_ == "appos" for t in c.subtree}
            if nested:
                sub = [t for t in sub if t.i < min(nested)]
                while sub and sub[-1].is_punct:
                    sub.pop()
            return (text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1].text)], sub[0].idx,
                    sub[-1].idx + len(sub[-1].text), child.idx)
    if head.dep_ == "conj" and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
        # "Ellie Goulding and Rema, a Nigerian singer": the parser hangs the description on the first of the pair
        # (or of a list: "Clinton, Trump and Cruz, the Texas senator"); it describes the name just before it
        first = head.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        child = next((c for c in (*head.head.children, *first.children) if c.dep_ == "appos" and
                      c.left_edge.i == head.i + 2 and
                      c.pos_ == "NOUN" and c.tag_ not in ("NNS", "NNPS") and _person_head(c) and not _kin(c)), None)
        if child is not None:
            clause = {t.i for r in child.children if r.dep_ in ("relcl", "acl") and r.i > child.i for t in r.subtree}
            return _described(doc, [t for t in child.subtree if t.i not in clause], child)
    # (a plural describes a group the person is one of: "Trump's two Republican rivals, Ted Cruz and John Kasich")
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.ent_type_ != "PERSON" \
            and head.head.tag_ not in ("NNS", "NNPS") and not _kin(head.head) and _person_head(head.head) \
            and not _colon_between(doc, head.i, head.head.i):
        noun = head.head
        if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.head.i < noun.i:
            # "Prince Andrew, the younger brother of the heir to the British throne, Charles": the description is
            # Andrew's; the one Charles stands beside is the last person's noun inside it ("the heir ...")
            inner = [t for t in noun.subtree if noun.i < t.i < head.i and t.pos_ == "NOUN" and _person_head(t)]
            if not inner:
                return None
            # (up to the name: "the heir to the British throne")
            return _described(doc, list(doc[inner[-1].left_edge.i:head.i]), inner[-1])
        left = [t for t in noun.subtree if t.i < head.i and t.i <= noun.i]
        colon = max((k for k, t in enumerate(left) if t.text in (":", ";")), default=None)
        if colon is not None:
            left = left[colon + 1:]  # "critics say X is making things worse: California's insurance commissioner"
        if left:
            return (text_of(doc)[left[0].idx:noun.idx + len(noun.text)], left[0].idx, noun.idx + len(noun.text),
                    noun.idx)
    return None


def shared_appositive(doc: Any, m: Mention) -> tuple[str, int, int, int] | None:
    """A plural role that describes each of a list of names, before or after it ("two Democratic senators, Chris
    Murphy and Chris Van Hollen", "Ann Lee and Bo Park, two Korean diplomats"), as text with offsets and its head
    noun's offset, like ``appositive``. Only a role word's plural, so a relation stays none ("Trump's two Republican
    rivals, Ted Cruz and John Kasich"), and never kin ("his sons, Donald Jr. and Eric")."""
    head = doc[m.token]
    top = head
    while top.dep_ == "conj" and top.head.pos_ == "PROPN" and top.head.ent_type_ == "PERSON":
        top = top.head
    names = [top] + [t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.i > top.i]
    if len(names) < 2 or head not in names:
        return None
    noun = None
    if top.dep_ in ("appos", "conj") and top.head.pos_ == "NOUN" and top.head.i < top.i and \
            top.head.i + 1 < len(doc) and doc[top.head.i + 1].text == ",":
        noun = top.head  # the role before the list ("conj": the parser's misreading of the same)
        words = [t for t in noun.subtree if t.i <= noun.i]
    else:
        noun = next((c for c in top.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > names[-1].i), None)
        words = [t for t in noun.subtree if not (t.dep_ in ("relcl", "acl") and t.i > noun.i)] if noun else []
    if noun is None or noun.tag_ != "NNS" or _kin(noun) or not actors.role_sector(noun.text)[0] or \
            _colon_between(doc, head.i, noun.i):
        return None
    while len(words) > 1 and (words[0].dep_ in ("nummod", "det", "predet") or words[0].lower_ == "both"):
        words.pop(0)  # (each one is "a Democratic senator", not "two")
    return _described(doc, words, noun)


# verbs that put someone in a post named after "as" ("nominated Jim Yong Kim for a second term as president of the
# World Bank", "named Sara Lind as its chief executive", "was appointed as ambassador to France")
_APPOINT = {"appoint", "name", "nominate", "renominate", "elect", "reelect", "re-elect", "choose", "pick", "select",
            "tap", "install", "confirm", "reappoint", "designate", "hire", "promote", "swear"}


def appointed_as(doc: Any, m: Mention) -> tuple[str, int, int, int] | None:
    """The post a verb of appointment puts the person named by ``m`` in ("as <post>"), as text with offsets and the
    character offset of its head noun, like ``appositive``."""
    verb = _appointing_verb(doc, m, ("dobj", "nsubjpass", "oprd"), _APPOINT)
    if verb is None:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    for term in (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
                 if o.dep_ == "pobj"):
        preps += [c for c in term.children if c.dep_ == "prep" and c.lower_ == "as"]  # "for a second term as"
    for prep in preps:
        post = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if post is None or not _person_head(post) or post.tag_ in ("NNS", "NNPS"):
            continue
        return _described(doc, list(post.subtree), post)
    return None


def _appointing_verb(doc: Any, m: Mention, deps: tuple[str, ...], verbs: set[str]) -> Any:
    """The verb of appointment the person named by ``m`` is the object of (or the passive subject), not negated;
    None when there is none."""
    head = doc[m.token]
    verb = head.head
    if head.dep_ not in deps or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


# nouns for a place in a body ("elected to a full term on the state Supreme Court", "named to a seat on the board")
_PLACES_IN = {"term", "seat", "spot", "place", "position", "post"}
# bodies a person is put in without an entity name ("elected to parliament", "appointed to the cabinet")
_BODIES = {"court", "senate", "congress", "parliament", "legislature", "assembly", "cabinet", "board", "council",
           "commission", "committee", "bench", "house"}


def appointed_to(doc: Any, m: Mention) -> tuple[str, int, int, int] | None:
    """The body a verb of appointment or election puts the person named by ``m`` in ("elected Rebecca Bradley to
    a full term on the state Supreme Court", "was appointed to the cabinet"), as text with offsets and the
    character offset of the body's head noun, like ``appointed_as``. A nomination is no seat ("nominated X to the
    Supreme Court": the Senate may refuse)."""
    verb = _appointing_verb(doc, m, ("dobj", "nsubjpass"), _APPOINT - {"nominate", "renominate", "hire", "promote",
                                                                        "swear"})
    if verb is None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and body.lemma_.lower() in _PLACES_IN:
            body = next((o for c in body.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "of")
                         for o in c.children if o.dep_ == "pobj"), None)
        if body is None or not (body.ent_type_ == "ORG" or body.lemma_.lower() in _BODIES):
            continue
        return _described(doc, list(body.subtree), body)
    return None


def served_as(doc: Any, m: Mention) -> tuple[tuple[str, int, int, int] | None, bool] | None:
    """The post a clause about the person named by ``m`` says they hold or held: a relative clause ("Anna
    Kowalski, who served as defense minister", "who was Haiti's foreign minister", "who has been the city's mayor
    since 2019") or the sentence's own verb "to be" ("Berhanu Nega was once one of Bucknell University's most
    popular professors", "Ali Musa is the governor of Kano"), like ``appositive``, and whether the clause speaks of
    a post held once (in the simple past or the past perfect). None when no such clause; a clause in reported
    speech ("Trump is a liar, Clinton said") is an opinion, no role."""
    head = doc[m.token]
    clauses = [(c, True) for c in head.children if c.dep_ == "relcl" and
               any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() == "be" and head.head.dep_ in ("ROOT", "conj"):
        clauses.append((head.head, False))
    for clause, relative in clauses:
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        if lemma in ("serve", "work", "act") and relative:
            post = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                         if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        else:
            post = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "NUM")), None) \
                if lemma == "be" or lemma == "become" and relative else None
        whole = post
        if post is not None and post.lower_ == "one":  # "one of the group's leaders"
            post = next((o for p in post.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        elif post is not None and (post.pos_ != "NOUN" or post.tag_ in ("NNS", "NNPS")):
            post = None
        if post is None or not _person_head(post):
            continue
        had = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        once = (had or clause.tag_ == "VBD") and lemma != "become"  # ("who became chancellor": and still is)
        return _described(doc, list(whole.subtree), post), once
    return None


def _body_name(text: str) -> str:
    """A body's name as a role's organisation: without the article before it or a possessive after it."""
    return re.sub(r"^the\s+|['’]s?$", "", text)


# verbs of heading a body in a relative clause, and the post each makes of it ("who heads the Council ...")
_LEADS = {"head": "head", "lead": "leader", "run": "head", "chair": "chair", "direct": "director",
          "command": "commander", "found": "founder", "co-found": "co-founder", "cofound": "co-founder",
          "own": "owner", "edit": "editor", "represent": "representative"}
# what a legislator represents ("who represents a district in Texas", "the riding of ...")
_SEATS = {"district", "constituency", "riding", "ward", "county", "seat", "electorate", "borough", "parish"}


def leads_body(doc: Any, m: Mention) -> tuple[str, str | None, bool] | None:
    """The post a relative clause says the person named by ``m`` holds by heading a body ("Fyodor Lukyanov, who
    heads the Council for Foreign and Defense Policy" → "head of the Council for Foreign and Defense Policy"), the
    body's name when NER found one, and whether the clause speaks of a post held once ("who commanded the 64th
    Brigade"; a founder stays one). None for any other clause ("who led the protests", "who runs the country")."""
    head = doc[m.token]
    for clause in head.children:
        post = _LEADS.get(clause.lemma_.lower())
        if clause.dep_ != "relcl" or post is None or \
                not any(w.dep_ == "nsubj" and w.lower_ == "who" for w in clause.children) or \
                any(c.dep_ == "neg" for c in clause.children):
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        # up to a comma or a clause of its own ("the unit, which ...", "a charity that helps refugees")
        stop = min([t.left_edge.i for t in obj.subtree if t.i > obj.i and t.dep_ in ("relcl", "acl")] +
                   [t.i for t in obj.subtree if t.i > obj.i and t.text == ","] + [obj.right_edge.i + 1])
        tokens = [t for t in obj.subtree if t.i < stop]
        while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "CCONJ")):
            tokens.pop()
        if not tokens:
            continue
        body = text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        had = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        if post == "representative":
            # "who represents Maryland", "who represents a district in Texas": a seat's member; not a country's
            # envoy ("who represents Ukraine at the talks") nor a client's lawyer ("who represents the family")
            seat = obj.ent_type_ == "GPE" and not any(f.kind == "name" for f in country_index().find(body)) or \
                obj.lemma_.lower() in _SEATS
            if seat:
                return f"representative of {body}", None, (had or clause.tag_ == "VBD")
            continue
        named = obj.ent_type_ in ("ORG", "FAC", "NORP")
        if not named and obj.lemma_.lower() not in _LED_NOUNS:
            continue  # ("who led the protests", "who runs the country": no body)
        ent = next((e for e in doc.ents if e.start <= obj.i < e.end and e.label_ in ("ORG", "FAC")), None)
        org = _body_name(ent.text) if ent is not None else None
        once = (had or clause.tag_ == "VBD") and post not in ("founder", "co-founder")
        return f"{post} of {body}", org, once
    return None


def _titled_name(token: Any) -> bool:
    """"Ellie Goulding, ... Nigerian rapper Rema": a name with its own title is another person in a list, not a
    description (but "a wealthy hotelier Trump tapped as his ambassador", a clause after, is a misparsed one)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not actors.role_sector(token.text)[0] and \
        not _demonym(token) and not any(c.dep_ in ("relcl", "acl") for c in token.children) and \
        any(c.dep_ == "compound" and c.pos_ == "NOUN" and actors.role_sector(c.text)[0] for c in token.children)


def _rhetorical(doc: Any, m: Mention) -> bool:
    """"What's next for our democracy? President Kardashian?": a title in a question with no verb is a jibe, no
    office held; nor is a nickname in quotation marks one ("nicknamed 'King James'")."""
    if m.token is None or m.token >= len(doc):
        return False
    start = m.title_start if m.title_start is not None else m.start
    if _NICKNAMED.search(text_of(doc)[max(0, start - 40):start]):
        return True  # (the Ohio native nicknamed "King James": a nickname, no king)
    sent = doc[m.token].sent
    return sent.text.rstrip().endswith("?") and not any(t.pos_ in ("VERB", "AUX") for t in sent)


_NICKNAMED = re.compile(r"\b(?:nicknamed|dubbed|known\s+as|called|aka|a\.k\.a\.)\s+[\"“‘']\s*\Z", re.IGNORECASE)


def _colon_between(doc: Any, i: int, j: int) -> bool:
    """"Armitage: Probably the Russia attack ...": what follows a speaker's name and a colon is what they said
    (an interview's transcript), not who they are."""
    return any(t.text == ":" for t in doc[min(i, j):max(i, j)])


def _of_body(doc: Any, m: Mention) -> Role | None:
    """"Janusz Bugajski of the Jamestown Foundation", "said Ken Gause of CNA": a body right after the name is the
    person's affiliation, coded as the body is (a scholar of a think tank, an official of a ministry)."""
    i = m.token + 1
    if not (i + 1 < len(doc) and doc[i].lower_ == "of"):
        return None
    j = i + 2 if doc[i + 1].lower_ == "the" and doc[i + 1].ent_type_ != "ORG" and i + 2 < len(doc) else i + 1
    if doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "B":
        written = doc[i + 1:_ent_end(doc, j) + 1].text
    else:  # a listed body the tagger missed ("Sarah Jones of Human Rights Watch")
        after = text_of(doc)[doc[j].idx:doc[j].idx + 120]
        found = actors.find_org(after) if doc[j].text[:1].isupper() else None
        if found is None or found[1] != 0:
            return None
        written = text_of(doc)[doc[i + 1].idx:doc[j].idx + found[2]]
    name = re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)
    coded = actors.code(name)
    if not coded.sector or coded.sector in ("UNK", "JNK", "CVL"):
        return None
    return Role(f"of {written}", coded.org or name, coded.country, coded.sector, None, "of-body")


def _ent_end(doc: Any, j: int) -> int:
    """The index of the last token of the named entity that begins at token ``j``."""
    while j + 1 < len(doc) and doc[j + 1].ent_type_ == doc[j].ent_type_ and doc[j + 1].ent_iob_ == "I":
        j += 1
    return j


def _of_country(doc: Any, m: Mention) -> str | None:
    """"President Vladimir V. Putin of Russia": a country right after the name."""
    i = m.token + 1
    if i + 1 < len(doc) and doc[i].text == "of" and doc[i + 1].ent_type_ == "GPE":
        return country_index().code(doc[i + 1:_ent_end(doc, i + 1) + 1].text)
    return None


# US postal codes of the states, written in a member of Congress's party tag ("Gov. John Kasich (R-OH)")
_POSTAL = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
           "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
           "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR"}
_PARTY_TAG = re.compile(r"\s*\((?:(?:R|D|I)\s*[-–]\s*)?([A-Z][A-Za-z.]*(?:\s?[A-Z][a-z]*\.?)?)\)")


def party_tag(text: str, end: int) -> str | None:
    """The tag after a US politician's name, "(R-Tenn.)", "(D-NY)", "(Md.)": a party and a state, or a state,
    which American papers write after members of Congress and state officials only."""
    m = _PARTY_TAG.match(text, end)
    if m is None:
        return None
    state = m.group(1)
    whole = state in ("Ohio", "Iowa", "Utah", "Texas", "Maine", "Alaska", "Hawaii", "Idaho")  # (AP writes them whole)
    return m.group(0).strip()[1:-1] if state in US_STATES or state in _POSTAL or whole else None


def _state_not_country(role: Role, doc: Any) -> Role:
    """"a Georgia businessman" in a story set in Atlanta: the US state's, not the country's."""
    named = [state for state, code in AMBIGUOUS_US_STATES.items() if role.country == code and state in role.role]
    return replace(role, country="USA") if named and us_state_context(text_of(doc)) else role


_FORMER_LAWYER = re.compile(r"(?:(?:a|an|the)\s+)?(?:former|ex-|onetime|one-time)\b.*\b(?:lawyer|attorney|counsel|"
                            r"barrister|solicitor)s?\Z", re.IGNORECASE)
# sectors whose posts are offices a person holds and leaves (a lawyer's JUD is a trade, a judge's an office)
_HELD_OFFICES = {"GOV", "LEG", "MIL", "SPY", "COP", "IGO"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _year_recalled(doc: Any, m: Mention, listed: Any, sector: str | None, date: str | None) -> str | None:
    """The year a title belongs to when the sentence recalls the past: a listed figure who holds another office
    at the article's date, named by an old title in a sentence naming only earlier years, the latest of which dates
    it ("the attacks on Senator John Kerry's military reputation that thwarted his candidacy in 2004", written when
    he was Secretary of State), so it does not end the figure's present office. None otherwise."""
    if listed is None or date is None or sector is None or listed.out_of_office(date) or listed.not_yet(date) or \
            listed.sector_at(date) in (None, sector):
        return None
    years = _YEAR.findall(doc[m.token].sent.text)
    if not years or max(years) >= date[:4]:
        return None  # (no year, or the sentence reaches the article's own: "since 2004, and now in 2016")
    return max(years)  # (of "the 1968 contest ... in 2004", the later: the title is at least that old)


def roles_for(doc: Any, m: Mention, date: str | None) -> list[Role]:
    return [_state_not_country(r, doc) for r in _roles_for(doc, m, date)]


def _roles_for(doc: Any, m: Mention, date: str | None) -> list[Role]:
    out = []
    tag = party_tag(text_of(doc), m.end)
    of_country = _of_country(doc, m) or ("USA" if tag else None)
    listed = actors.find_person(m.name) if m.title else None
    if m.title and not (listed is not None and listed.not_yet(date) and
                        actors.role_sector(m.title)[0] == listed.sector and not _FORMER.search(m.title)) and \
            not _rhetorical(doc, m):
        # ("President Trump" in February 2016 is a thought about the future: the list dates his office from 2017)
        whole = _clean(m.title)
        parts = whole.split(" and ")
        # two titles joined ("billionaire and presidential adviser") are two roles, if each is one
        # (a list of one body's offices stays one: "chairman, CEO and president")
        titles = parts if len(parts) == 2 and "," not in whole and all(actors.role_sector(p)[0] for p in parts) \
            else [whole]
        for title in titles:
            sector, _ = actors.role_sector(title)
            country = m.country or of_country
            body = actors.code(title)  # "Hamas official", "UN envoy": the body's country and sector
            if body.sector and body.rule.startswith("role:"):
                sector = body.sector  # (the whole title read: "House Judiciary Committee Chairman" is a legislator)
            if listed is not None and listed.out_of_office(date) and sector == listed.sector and \
                    sector in actors.OFFICES and body.org is None:
                sector = "ELI"  # "President Bush" in 2016: the courtesy title of a former president (PLOVER's ELI)
            when = _year_recalled(doc, m, listed, sector, date) or date
            if body.org is not None and body.sector:
                out.append(Role(title, body.org, body.country or country, body.sector, when, "title"))
            elif title.lower() not in ("mr.", "ms.", "mrs.") and sector:
                out.append(Role(title, None, country, sector, when, "title"))
    app, source = appositive(doc, m), "appositive"
    if app is None:
        app = shared_appositive(doc, m)
    if app is None:
        app, source = appointed_as(doc, m), "as"
    if app is None:
        app, source = appointed_to(doc, m), "to"
    # (a clause inside a quotation is someone's opinion of the person, no post: "“President Trump is the most
    # prominent dissenter from this alleged China consensus”")
    served = served_as(doc, m) if app is None and not _quoted(text_of(doc), m.start) else None
    once = served is not None and served[1]  # a post held once ("who served as defense minister")
    if served is not None:
        app, source = served[0], "clause"
    if app is not None:
        text = _clean(app[0])
        if 2 <= len(text) <= 160 and not text[:1].isdigit() and \
                not re.match(r"(?:who|which|whose|that|possibly|perhaps|probably|apparently|allegedly|maybe|next|"
                             r"future|would-be|potential|possible|likely|prospective)\b",
                             text, re.IGNORECASE):  # (a clause, a guess or a post to come, not a role)
            role = _label(app)
            # coded from the description itself, not the clause after it ("a homemaker who attended a Clinton
            # rally" is no official of Clinton's, "a doctor at the hospital where the patients were treated" no
            # patient)
            described = _CLAUSE.split(text, maxsplit=1)[0]
            # nor from what the person's work is about ("an aide to Vice President Pence on Trump's call with
            # Ukraine's president" is no Ukrainian, "an expert on Russia" no Russian)
            # (but "a specialist on the National Security Council" sits on it)
            described = _before_topic(described)
            # a current post and a past one joined ("a senior fellow at the Hoover Institution and a former
            # ambassador"): two roles, each coded alone, so the past one does not hide the present one's sector
            described, *past = _AND_PAST.split(described, maxsplit=1) if not once else [described]
            if past and actors.code(described, "", date).sector in (None, "CVL", "UNK"):
                # (but a past office says more than a present trade of no sector or a civilian's: "an Afghan
                # writer and former diplomat" is a former official, PLOVER's elite)
                described, past = f"{described} and {past[0]}", []
            if past and role:
                role = _AND_PAST.split(role, maxsplit=1)[0]
            if _ITS_HEAD.fullmatch(" ".join(app[0].split()).strip(" ,;")):
                # "its leader, Charlie Kirk": the head of a body named in another clause, maybe no government's
                coded = actors.ActorCode(None, None, None, "head of a body named elsewhere")
            else:
                # (on the article's date: "a spokeswoman for Trump" in 2016 is his campaign's; but "Meles's
                # successor" holds the office Meles held, whenever that was)
                on = None if _head_word(app) in _WHOSE else date
                coded = actors.body_led(role or text) or _by_head(actors.code(described, "", on), app)
            org = None
            span = doc.char_span(app[1], app[2], alignment_mode="expand")
            if span is not None:
                orgs = [e for e in span.ents if e.label_ in ("ORG", "FAC")]
                if orgs:
                    org = _body_name(orgs[0].text)
            # (a time is no role: "Joshua Apte, November 3" is a dateline)
            if coded.sector != "JNK" and (coded.sector or coded.country or org) and \
                    not (source == "clause" and coded.sector == "UNK") and not (once and coded.sector == "CVL"):
                # ("has been Albania's dominant figure"; "she was a victim of a former employee": no post, then
                # or now)
                # a named person described as "an Israeli woman" is no unidentified actor (UNK): a civilian
                sector = "CVL" if coded.sector == "UNK" else coded.sector
                if once:
                    # a post held once: PLOVER's elite if it was an office ("Haiti's former foreign minister"),
                    # else it says nothing of the sector now ("who was a civil rights lawyer")
                    label = role or text
                    role = f"once {label}" if label.lower().startswith("one of") else \
                        re.sub(r"^((?:[\w.-]+\s+){0,3}?[\w.-]+['’]s?\s+)?", r"\1former ", label, count=1)
                    sector = "ELI" if sector in _HELD_OFFICES else None
                elif sector == "JUD" and _FORMER_LAWYER.match(described):
                    sector = None  # "a former civil rights lawyer": a trade left, no court's office
                out.append(Role(role or text, coded.org or org, coded.country or of_country, sector, date, source))
            for before in past:
                was = actors.code(before, "", date)
                if was.sector == "ELI":  # (a past post that was no office says nothing: "a former teacher")
                    out.append(Role(_clean(before), was.org, was.country or of_country, was.sector, date, source))
    led = leads_body(doc, m) if app is None else None
    if led is not None:
        label, org, held_once = led
        coded = actors.body_led(label) or actors.code(label, "", date)
        if coded.rule not in _PLACES and (coded.sector or coded.country or org):
            sector = coded.sector
            if held_once:  # ("who commanded the 64th Brigade": PLOVER's elite if the post was an office)
                label, sector = f"former {label}", "ELI" if sector in _HELD_OFFICES else None
            out.append(Role(label, coded.org or org, coded.country or of_country, sector, date, "clause"))
    group = _leading(doc, m) if not out else None
    if group is not None:
        coded = actors.code(group, "", date)  # (coded as the group: its leader is of its sector and state)
        if coded.sector and coded.sector not in ("UNK", "JNK") and coded.rule not in _PLACES:
            out.append(Role(f"leader of {group}", coded.org, coded.country or of_country, coded.sector, date, "led"))
    body = _of_body(doc, m) if not any(r.org for r in out) else None
    if body is not None:
        out.append(replace(body, date=date))
    if of_country and not out:
        # a party and a state, "(R-N.H.)", follow a member of Congress's name where no title says otherwise
        member = "LEG" if tag and re.match(r"[RDI]\s*[-–]", tag) else None
        out.append(Role(tag or "", None, of_country, member, date, "party-tag" if tag else "of-country"))
    return out


def _leading(doc: Any, m: Mention) -> str | None:
    """The group of a trade the person named by ``m`` leads: "(a delegation of) Republican senators led by Jim Risch
    and Pete Ricketts" makes each a leader of Republican senators, coded as they are (a group of no trade, "a
    delegation led by", says nothing)."""
    t = doc[m.token]
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    by = t.head
    if t.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() != "lead" or by.head.dep_ != "acl":
        return None
    noun = by.head.head
    if noun.tag_ not in ("NNS", "NNPS") or actors.role_sector(noun.text)[0] is None:
        # "a delegation of senators led by", "hundreds of protesters led by": the group's members
        noun = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj"), noun)
    if noun.tag_ not in ("NNS", "NNPS") or actors.role_sector(noun.text)[0] is None:
        return None
    words = [w for w in doc[noun.left_edge.i:noun.i] if w.dep_ in ("amod", "compound", "nmod")]
    return " ".join([w.text for w in words] + [noun.text])


_TOPIC = re.compile(r"\s+(?:on(?!\s+the\s+[A-Z])|during|after|amid|following|about|over)\s+")


def _before_topic(text: str) -> str:
    """A description without what the person's work is about ("an expert on Russia", "an aide ... on Trump's
    call with Ukraine's president"); "on" after a body's noun and before a capitalised word that is no one's
    possessive is inside the body's name ("a fellow at the Council on Foreign Relations")."""
    for m in _TOPIC.finditer(text):
        before = text[:m.start()].split()
        if m.group(0).strip() == "on" and before and before[-1].casefold() in _BODY_NOUNS and \
                re.match(r"[A-Z][\w-]*\b(?!['’])", text[m.end():]):
            continue  # (not "an aide to Vice President Pence on Trump's call", nor "an adviser to Putin on Ukraine")
        return text[:m.start()]
    return text


# bodies named "... on ...": "the Council on Foreign Relations", "the Committee on Armed Services"
_BODY_NOUNS = {"council", "committee", "subcommittee", "commission", "conference", "center", "centre", "institute",
               "forum", "panel", "board", "office", "bureau", "caucus", "summit", "task force", "coalition", "project"}


# nouns of a body a clause may say someone heads when NER names none ("who runs a clinic", "who leads a militia",
# "who chairs the board")
_LED_NOUNS = _BODY_NOUNS | {"agency", "army", "association", "bank", "battalion", "brigade", "business", "campaign",
                            "charity", "clinic", "company", "corps", "court", "department", "division", "faction",
                            "firm", "foundation", "fund", "group", "hospital", "league", "militia", "ministry",
                            "movement", "network", "newspaper", "organisation", "organization", "party", "regiment",
                            "school", "service", "team", "union", "unit", "university"}


_AND_PAST = re.compile(r",?\s+and\s+(?=(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time)\b)", re.IGNORECASE)


def _label(app: tuple[str, int, int, int]) -> str:
    """The role an appositive states, up to the first comma, dash or clause; the piece holding the head noun when
    an adjective was set off before it ("the brusque, take-a-back-seat-to-no-one governor of New Jersey")."""
    text, start, _, head = app
    pieces = list(re.finditer(r"[^,;—–(]+", text))
    piece = next((p for p in pieces if p.start() <= head - start < p.end()), pieces[0] if pieces else None)
    role = _clean(piece.group(0) if piece else text)
    role = _CLAUSE.split(role, maxsplit=1)[0]
    return " ".join(role.split()[:12])


def _head_word(app: tuple[str, int, int, int]) -> str:
    """The appositive's head noun as written, case-folded ("successor" of "Meles's successor")."""
    text, start, _, head = app
    return re.match(r"[\w'’.-]*", text[head - start:]).group(0).casefold()  # type: ignore[union-attr]


def _by_head(coded: actors.ActorCode, app: tuple[str, int, int, int]) -> actors.ActorCode:
    """The sector of the appositive's head noun phrase before the words after it: "a professor at New York
    University's Stern School of Business" is a scholar, "a senior military analyst at Stratfor" an analyst, and
    "Clinton's introducer" nobody's official (a person named in a description gives a country, not a sector).
    A body the description names keeps its own sector ("a spokesman for Exxon Mobil")."""
    text, start, _, head = app
    head_word = _head_word(app)
    if head_word in _ALUMNI:
        # "a graduate of Harvard Law School": where one studied, no school's member and no state's national
        return actors.ActorCode(None, None, None, f"{coded.rule}; a school's graduate, no member of it")
    sector, found = actors.role_sector(text[:head - start + len(head_word)])
    near = actors.role_sector(head_word)[0] if head_word else None
    if near and found and sector != near and not found.casefold().endswith(head_word):
        sector = near  # the head itself over a modifier before it ("military ... analyst")
    if head_word in _WHOSE or coded.sector == "ELI":
        return coded  # "Meles's successor" holds Meles's office; a "former" official stays one
    if head_word in actors.LEADING | actors.GENERIC_HEADS | _BODY_HEADS:
        # the body decides: "local president of the prison workers' union", "police spokesman"; one named after
        # the head whose sector the whole description missed speaks for itself ("vice president for defense
        # studies at the Cato Institute" is no government's), and one of no sector leaves none to a title that
        # would say government ("senior adviser to the group" is nobody's official)
        body = _BODY_AFTER.search(text[head - start + len(head_word):])
        office = coded.rule.split(";")[0][len("role:"):] if coded.rule.startswith("role:") else ""
        if body is None or coded.org or re.search(r"\s(?:of|for|to)\s", office, re.IGNORECASE):
            return coded  # (an office named with its preposition: "secretary of state", "minister for health")
        named = re.split(r"[,;—–(]", body.group("at") or body.group("of"))[0]
        of = actors.code(named)
        if of.rule in _PLACES:
            return replace(coded, country=coded.country or of.country)  # "president of Peru": the state's head
        if of.sector in (None, "UNK") and coded.sector == "GOV" == actors.role_sector(head_word)[0] and \
                office.casefold() in (head_word, f"vice {head_word}"):  # (not "national security adviser")
            return replace(coded, sector=None, rule=f"{coded.rule}; of a body of no known sector")
        # (the body's own head word, not one inside its name: "the Center for Media Justice" is no court)
        word = of.rule[len("role:"):] if of.rule.startswith("role:") else ""
        own = of.org or word and re.split(r"\s+(?:of|in|at|for|on)\s+", named)[0].casefold().endswith(word.casefold())
        if own and of.sector not in (None, "UNK") and of.sector != coded.sector and coded.rule.startswith("role:"):
            return replace(coded, country=coded.country or of.country, sector=of.sector,
                           rule=f"{coded.rule}; {of.rule}")
        return coded
    if coded.rule.startswith("person"):
        return replace(coded, sector=sector)
    if coded.rule.startswith("role:") and sector and sector != coded.sector:
        return replace(coded, sector=sector, rule=f"role:{found}")
    return coded


# the body a head of a body works for: after the last "at" ("... at the Cato Institute"), else after "of", "for", "to"
_BODY_AFTER = re.compile(r".*\bat\s+(?P<at>.+)$|^\s*(?:\w+\s+)?(?:of|for|to|with)\s+(?P<of>.+)$")
_PLACES = actors.PLACE_RULES
_ITS_HEAD = re.compile(rf"(?:its|their|(?:the\s+)?(?:group|organi[sz]ation|movement|network|agency|body)['’]s)\s+"
                       rf"(?:\w+\s+){{0,2}}?(?:{actors.HEAD_WORDS})(?:\s+and\s+[\w\s-]+)?", re.IGNORECASE)


_NATIONAL_TITLE = re.compile(r"(?:(?:deputy|vice|acting|interim|first)\s+)?(?:prime minister|premier|president|"
                             r"(?:[a-z]+\s+)?minister(?:\s+of\s+[a-z ]+)?)", re.IGNORECASE)
# titles of offices every country names alike, which say nothing of the country by themselves
_LOCAL_OFFICE = re.compile(r"\b(?:county|city|state|municipal|local|town|village|district|provincial|regional|"
                           r"councilman|councilwoman|councilmember|councillor|alderman|alderwoman|sheriff|mayor)\b",
                           re.IGNORECASE)
_LOCAL_TITLES = {"rep.", "sen.", "gov.", "lt. gov.", "senator", "congressman", "congresswoman", "representative",
                 "governor", "lieutenant governor", "speaker", "mayor", "state sen.", "state rep.", "state senator",
                 "state representative", "assemblyman", "assemblywoman", "councilman", "councilwoman", "councilor",
                 "councillor", "attorney general", "sheriff", "judge", "chief judge", "justice", "chief justice",
                 "district attorney", "police chief", "county executive", "supervisor", "county supervisor",
                 "commissioner", "alderman", "alderwoman", "state attorney general"}


def _town_country(mentions: list[Mention], sent: int) -> str | None:
    """The one country of the towns and regions a sentence names ("Clarkston has welcomed refugees, Mayor Ted Terry
    noted", Clarkston put in Georgia earlier; "In Arizona, a challenger tried to oust Sen. Jeff Flake" in a story
    about Mexico): where a local office is, before the country the story is about."""
    found = set()
    for m in mentions:
        if m.sent != sent or m.type != "GPE" or country_index().code(m.name):
            continue  # (a country's name says what a story is about, not where a mayor sits)
        town = m.extra.get("within") or (m.country if places.city(m.name) is not None else None)
        if town is None and (area := places.region(m.name)) is not None:
            town = area.country  # ("In Arizona, ... Sen. McCain")
        if town and actors.national(town):
            found.add(town)
    return found.pop() if len(found) == 1 else None


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` is inside a quotation opened earlier in its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _towns_as_placed(roles: list[Role], mentions: list[Mention], sent: int) -> list[Role]:
    """A description's town in the country the article put it ("a benefits manager from Derry" in a story about New
    Hampshire: Derry, N.H., not the larger Derry of Northern Ireland the name alone would give)."""
    towns = [t for t in mentions if t.type == "GPE" and t.sent == sent and t.country]
    out = []
    for r in roles:
        for t in towns:
            if r.country and t.country != r.country and r.source != "title" and \
                    re.search(rf"\b(?:from|in|of|at)\s+{re.escape(t.text)}\b", r.role) and \
                    (alone := places.city(t.name)) is not None and alone.country == r.country:
                r = replace(r, country=t.country)
        out.append(r)
    return out


@stage(requires=["doc", "mentions", "persons"], assigns=["persons"])
def roles_stage(analysis: Analysis) -> None:
    home = home_country(analysis.mentions)
    text = text_of(analysis.doc)
    # a person once tagged "(R-Tenn.)" is an American officeholder in every mention ("Sen. Bob Corker" in a story
    # about Iran is no Iranian senator)
    tagged = {m.extra["person"] for m in analysis.mentions
              if m.type == "PERSON" and "person" in m.extra and party_tag(text, m.end)}
    people = [m for m in analysis.mentions if m.type == "PERSON" and "person" in m.extra]
    read = {id(m): _towns_as_placed(roles_for(analysis.doc, m, analysis.date), analysis.mentions, m.sent)
            for m in people}
    # ... and one a description places ("Chris Coons, Democrat of Delaware") holds a local title there too
    described: dict[int, str] = {}
    for m in people:
        for r in read[id(m)]:
            if r.source != "title" and actors.national(r.country):
                described.setdefault(m.extra["person"], r.country)  # type: ignore[arg-type]
    for m in people:
        found = read[id(m)]
        # (a short form names the figure its person's fullest name does: "Justice Scalia" after "Antonin Scalia")
        listed = actors.find_person(m.name) or actors.find_person(analysis.persons[m.extra["person"]].name)
        # (a listed figure of an international body holds its title there: "President Ursula von der Leyen" in a
        # story from Madrid is the Commission's)
        own = listed.country if listed is not None and (actors.national(listed.country) or
                                                        listed.country in actors.INTERNATIONAL) else \
            "USA" if m.extra["person"] in tagged else described.get(m.extra["person"]) or \
            _town_country(analysis.mentions, m.sent) or home
        if own:
            # "Rep. Lois Frankel", "Gov. Jeb Bush" in a story about one country: that country's office (a listed
            # figure's own: "Sen. Bernie Sanders" in a story about North Korea is no North Korean senator)
            # (so is "Deputy Prime Minister Mahdi Guled" in a story about Somalia: a head of government or a
            # minister no list knows is the story's state's)
            # (and a description of a local office: "a county employee since the late 1980s", "a city councilman")
            found = [replace(r, country=own) if r.country is None and (
                r.source == "title" and (r.role.casefold() in _LOCAL_TITLES or _NATIONAL_TITLE.fullmatch(r.role)) or
                r.source in ("appositive", "clause") and r.sector in ("GOV", "LEG", "JUD", "COP") and
                _LOCAL_OFFICE.search(r.role)) else r for r in found]
        if listed is not None and listed.sector in actors.OFFICES and not listed.out_of_office(analysis.date) and \
                not listed.not_yet(analysis.date):
            # "Chairman Adam Schiff", "Leader McConnell": a bare head's title of a listed office holder is held in
            # the listed office (a committee's chair is a legislator, not a firm's)
            found = [replace(r, sector=listed.sector) if r.source == "title" and
                     r.role.casefold() in actors.BARE_HEADS else r for r in found]
        if listed is not None:  # "Secretary General Christopher Lockyear" of MSF: the listed body's office
            found = [replace(r, sector=listed.sector, country=r.country or listed.country)
                     if r.source == "title" and actors.any_bodys_title(listed, r.role, r.sector, analysis.date)
                     else r for r in found]
        if found:
            person = analysis.persons[m.extra["person"]]
            existing = getattr(person, "roles", [])
            person.roles = existing + [r for r in found if r not in existing]  # type: ignore[attr-defined]
