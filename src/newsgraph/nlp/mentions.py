"""Mentions of people, organisations and places in a parsed article.

spaCy's NER is the base. Rules add what it misses in news: honorifics kept with the name ("Mr. Lavrov"), a
name after an honorific that NER did not tag, titles such as "Crown Prince" split from the name, bodies from the
actor lexicon ("the Kremlin", "Hamas", "the R.S.F."), and capitals used for governments ("Kyiv", "Washington").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..ontology import actors
from ..ontology import places
from ..ontology.countries import AMBIGUOUS_US_STATES, us_state_context
from ..ontology.countries import index as country_index
from ..ontology.names import (GROUPS_OF_PEOPLE, ORG_WORDS, common_given_names, faker_given_names, given_names,
                               looks_like_person, surnames, unmangled)
from .dates import MONTHS
from .lemmas import english_word
from .pipeline import Analysis, stage, text_of

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

# Honorifics that stay part of a person mention, with the gender they imply.
HONORIFICS = {"mr.": "m", "mr": "m", "ms.": "f", "ms": "f", "mrs.": "f", "mrs": "f", "miss": "f", "dr.": None,
              "dr": None, "gen.": None, "sen.": None, "rep.": None, "gov.": None, "lt.": None, "col.": None,
              "maj.": None, "capt.": None, "sgt.": None, "pvt.": None, "adm.": None, "prof.": None,
              "professor": None, "sir": "m", "lady": "f", "sheikh": "m", "pope": "m", "king": "m", "queen": "f",
              "prince": "m", "princess": "f"}
# Title words that may stand before a name and describe a role (kept as the mention's title, not its name).
NOT_PERSON_HEADS = {"crash", "attack", "attacks", "shooting", "bombing", "scandal", "probe", "trial", "summit",
                    "talks", "deal", "war", "crisis", "storm", "hurricane", "explosion", "massacre", "disaster",
                    "senate", "congress", "parliament", "ministry", "committee", "council", "cabinet", "legislature"}
TITLE_WORDS = {"president", "vice", "prime", "minister", "secretary", "state", "foreign", "defense", "defence",
               "finance", "treasury", "interior", "chancellor", "general", "gen.", "lt.", "col.", "colonel",
               "crown", "prince", "king", "queen", "pope", "sheikh", "emir", "sen.", "senator", "rep.", "gov.",
               "governor", "mayor", "ambassador", "presidents", "senators", "sens.", "govs.", "reps.",
               "governors", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
               "councilman", "councilwoman", "envoy", "special", "deputy", "chief", "justice", "judge",
               "commander", "admiral", "speaker", "leader", "premier", "dr.", "professor", "prof.", "private",
               "pvt.", "sgt.", "sergeant", "captain", "capt.", "maj.", "major", "lieutenant", "of", "the",
               "national", "security", "adviser", "advisor", "attorney", "first", "lady", "supreme", "executive",
               "director", "spokesman", "spokeswoman", "spokesperson", "official", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "former", "opposition", "health",
               "economy", "trade", "energy", "agriculture", "commerce", "homeland", "u.s.", "chairman", "ag", "dp",
               "archbishop", "cardinal", "bishop", "rabbi", "imam", "caliph",
               # what news writes before a name to say who someone is ("Cambodian journalist Mech Dara",
               # "Palestinian activist Mahmoud Khalil", "human rights lawyer ...")
               "journalist", "reporter", "photographer", "activist", "dissident", "lawyer", "human", "rights",
               "businessman", "businesswoman", "billionaire", "tycoon", "blogger", "economist", "analyst",
               "cleric", "lawmaker", "legislator", "politician", "diplomat", "negotiator", "mediator",
               "militant", "rebel", "warlord", "soldier", "pilot", "hostage", "prisoner", "detainee",
               "refugee", "migrant", "doctor", "surgeon", "nurse", "scientist", "researcher", "historian",
               "student", "teacher", "farmer", "pastor", "prophet", "priest", "entrepreneur", "investor", "banker",
               "aide", "strategist", "campaigner", "pro-democracy", "democracy", "czar", "tsar",
               # a status ("U.S. legal permanent resident Mahmoud Khalil", "Gaza resident Ahmed Abu Hamda")
               "resident", "permanent", "legal",
               # offices of two words whose first is no title alone ("Inspector General Steve Linick", "Special
               # Counsel Robert Mueller", "District Attorney Alvin Bragg")
               "inspector", "counsel", "prosecutor", "solicitor", "comptroller", "auditor", "district",
               # a firm's officers ("chairman, CEO and president Craig Menear")
               "ceo", "cfo", "coo", "chairwoman",
               # ranks and titles abbreviated (kept whole by the tokenizer: speedups.TITLE_ABBREVIATIONS)
               "staff", "cpl.", "corporal", "pfc.", "spc.", "cpt.", "pte.", "ens.", "cmdr.", "comdr.", "cdr.", "cmdt.",
               "brig.", "adm.", "det.", "detective", "insp.", "supt.", "superintendent", "amb.", "atty.", "asst.",
               "sec.", "pres.", "ald.", "rev.", "reverend", "msgr.", "fr."}
# particles that belong to a surname ("von der Leyen", "al-Assad", "Del Rey"); persons.py reads them too
PARTICLES = {"al", "el", "bin", "ibn", "de", "del", "della", "dos", "van", "von", "der", "den", "da", "di", "la", "le",
             "du", "ben"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$|^(?:al|el|bin|ibn|de|van|von|der|da|di|la|le)-?[A-Z]?[\w’'-]*$")


# a US party's name just before a title ("Republican Secretary of State", "GOP Sen."; not "Christian Democratic")
_US_PARTY_BEFORE = re.compile(r"(?<!Christian )(?<!Social )(?<!Liberal )(?<!Free )\b(?:Republican|Democratic|GOP)\s+\Z")


@dataclass
class Mention:
    start: int  # offsets into the article text
    end: int
    text: str  # as written (honorific included)
    type: str  # PERSON ORG GPE LOC NORP FAC
    name: str  # the name without honorific or title
    sent: int  # sentence index
    token: int  # index of the name's last token
    honorific: str | None = None
    gender: str | None = None
    title: str | None = None  # role words written just before ("Secretary of State")
    title_start: int | None = None
    country: str | None = None  # resolved code for GPE/NORP, lexicon country for ORG
    sector: str | None = None
    org: str | None = None  # canonical lexicon name for a known body
    rule: str = "ner"
    extra: dict[str, Any] = field(default_factory=dict)


# Nouns that, in apposition to a name, tell the person's gender ("Her brother, Ivan Kovac").
GENDERED = {"husband": "m", "father": "m", "son": "m", "brother": "m", "uncle": "m", "nephew": "m", "man": "m",
            "boy": "m", "grandfather": "m", "grandson": "m", "widower": "m", "wife": "f", "mother": "f",
            "daughter": "f", "sister": "f", "aunt": "f", "niece": "f", "woman": "f", "girl": "f",
            "grandmother": "f", "granddaughter": "f", "widow": "f"}


def _apposed_gender(head: Any) -> str | None:
    related = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        related.append(head.head)
    for tok in related:
        if tok.lemma_.lower() in GENDERED:
            return GENDERED[tok.lemma_.lower()]
    return None


# who studies or advises on a country named before the word ("Russia adviser", "Iran analyst")
_TOPICAL = {"adviser", "advisor", "analyst", "expert", "specialist", "scholar", "hawk", "czar", "tsar", "watcher",
            "researcher", "correspondent", "hand"}


def _abbreviated(word: str) -> bool:
    return word.lower() in HONORIFICS and (word.endswith(".") or word.lower() in ("mr", "ms", "mrs", "dr"))


def _name_start(doc: Any, last: int) -> int:
    """The first token of the entity name that ends at token ``last``."""
    k = last
    while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == doc[last].ent_type_:
        k -= 1
    return k


_OFFICERS = {"ceo", "cfo", "coo", "president", "chairman", "chairwoman", "founder", "director"}  # a firm's, listed
# words of the posts an international body or a state names for a country ("Resident Coordinator for Myanmar",
# "Special Rapporteur on Myanmar", "High Commissioner for Refugees")
_POSTS = {"rapporteur", "coordinator", "resident", "humanitarian", "commissioner", "high", "permanent", "delegate"}
# words of a state body written before its official's title ("Afghan foreign ministry spokesman", "Pakistan's
# foreign office spokeswoman", "Kenyan police spokesman"): the country before them is the official's
_BODY_WORDS = {"ministry", "office", "department", "police", "army", "military", "government", "embassy",
               "consulate", "mission", "agency", "navy", "presidency", "cabinet", "administration", "intelligence",
               "affairs", "security", "border", "foreign", "interior", "defense", "defence", "justice", "health",
               "finance", "emergency", "emergencies", "home", "staff", "air", "force", "naval", "prison", "customs"}


def _listed_body_at(doc: Any, j: int, i: int) -> tuple[str, int] | None:
    """A body the actor lexicon lists, NER left untagged, starting up to three words before the title words at
    ``j`` and ending before the name at ``i`` ("Islamic State deputy caliph", "IS deputy caliph"): its name and the
    token after it, where the title proper starts."""
    text = text_of(doc)
    for k in range(max(0, j - 3), j):
        if any(doc[t].is_sent_start for t in range(k + 1, j + 1)) or doc[k].ent_type_ not in ("", "NORP") or \
                not doc[k].text[:1].isupper():
            continue
        window = text[doc[k].idx:doc[i - 1].idx + len(doc[i - 1].text)]
        found = actors.find_org(window)
        if found is None or found[1] != 0:
            continue
        after = next((t for t in range(k, i) if doc[t].idx >= doc[k].idx + found[2]), None)
        if after is not None and after >= j and doc[after].idx == doc[k].idx + found[2] + 1:
            return window[:found[2]], after
    return None


def _country_end(doc: Any, j: int) -> int:
    """Where the name of the country a title at token ``j`` is of ends: just before the title ("French
    President"), before a possessive ("Russia's Foreign Minister"), or before a state body's words and a possessive
    ("Afghan foreign ministry spokesman", "Pakistan's foreign office spokeswoman"); ``j`` when none is there."""
    k = j
    while k > 0 and j - k < 4 and not doc[k].is_sent_start and doc[k - 1].lower_ in _BODY_WORDS and \
            not doc[k - 1].ent_type_:
        k -= 1
    if k > 1 and doc[k - 1].text in ("'s", "’s") and doc[k - 2].ent_type_ in ("NORP", "GPE"):
        return k - 1
    if k < j and k > 0 and not doc[k].is_sent_start and doc[k - 1].ent_type_ in ("NORP", "GPE"):
        return k
    return j


_COMMITTEE_SUBJECT = re.compile(rf"(?:(?:House|Senate)\s+)?(?:{actors.COMMITTEE_SUBJECTS})\s+\Z")


def _verb(tok: Any) -> bool:
    """A role word written in lower case as a verb: "he would counsel Clinton", "to head", "will chair"."""
    return tok.tag_.startswith("VB") and tok.text.islower()


def _title_before(doc: Any, i: int) -> tuple[str | None, int | None, str | None, str | None]:
    """Role words written right before token ``i``; also an honorific and a country adjective among them."""
    if _subject_of_a_clause_on(doc, i):
        return None, None, None, None
    j = i
    if j > 2 and (doc[j - 1].ent_type_ == "GPE" or country_index().code(doc[j - 1].text)) and \
            not doc[j].is_sent_start:
        # "U.S. Ambassador to Russia John Sullivan", "UN Special Envoy for Syria Geir Pedersen": the country a post
        # is for, between the title and the name, is no country of the person's (the one before the title is)
        k = _name_start(doc, j - 1) if doc[j - 1].ent_type_ == "GPE" else j - 1
        if k > 1 and doc[k - 1].lower_ in ("to", "for", "on", "in") and doc[k - 2].lower_ in TITLE_WORDS | _POSTS and \
                not doc[k - 1].is_sent_start and not doc[k].is_sent_start:
            j = k - 1
    # Step back over role words without crossing a sentence start (Token.sent would rescan the document).
    vocabulary = TITLE_WORDS | _POSTS if j < i else TITLE_WORDS  # (a post's words only before a post's country)
    while True:
        while j > 0 and not doc[j].is_sent_start and (doc[j - 1].text.lower() in vocabulary and not _verb(doc[j - 1])
                                                       or (doc[j - 1].text == "-" and j > 1 and
                                                           doc[j - 2].text.lower() in TITLE_WORDS) or (
                doc[j - 1].text in (",", "and", "&") and j > 1 and j < i and doc[j].lower_ in _OFFICERS and
                doc[j - 2].lower_ in _OFFICERS)):
            j -= 1  # ("Secretary-General": a hyphen between title words; "chairman, CEO and president": a list)
        if 0 < j < i and not doc[j].is_sent_start and \
                f"{doc[j - 1].lower_} {doc[j].lower_}" in actors.lexicon().roles:
            j -= 1  # the word that makes the title another trade: "motivational speaker", "airline pilot"
        if 1 < j < i and doc[j - 1].lower_ == "and" and not doc[j - 1].is_sent_start and doc[j].pos_ != "DET" and \
                doc[j - 2].lower_ in TITLE_WORDS and doc[j - 2].pos_ == "NOUN" and doc[j - 2].tag_ == "NN" and \
                any(t.dep_ == "conj" and t.head.i == j - 2 for t in doc[j:_name_end(doc, i) + 1]):
            # two titles joined: "Tech billionaire and presidential adviser Elon Musk" (roles.py splits them; not
            # "the mayor and the governor Andrew Cuomo": two people)
            j -= 2
            continue
        break
    if 0 < j < i and doc[j].lower_ in ("chairman", "chairwoman", "chair") and not doc[j].is_sent_start:
        # "Oversight Chairman Jason Chaffetz", "House Judiciary Chairman": a congressional committee's subject
        # before its chair's title
        window = max(0, doc[j].idx - 40)
        subject = _COMMITTEE_SUBJECT.search(text_of(doc), window, doc[j].idx)
        while subject is not None and j > 0 and doc[j - 1].idx >= subject.start() and not doc[j].is_sent_start:
            j -= 1
    if 0 < j < i and doc[j].text == "National" and doc[j - 1].text in ("Republican", "Democratic", "GOP") and \
            not doc[j].is_sent_start:
        j -= 1  # "Republican National Chairman Reince Priebus": the party's national committee, no country's
    honorific = None
    country = None
    # A country adjective or possessive just before the title ("French President", "U.S. Senator", "Russia's
    # Foreign Minister"), or before the words of the state body the title is in ("Afghan foreign ministry")
    lead = _country_end(doc, j)
    # (the body's words belong to the title: "foreign ministry spokesman", "military intelligence chief")
    j = min(j, lead + 1 if lead < j and doc[lead].text in ("'s", "’s") else lead)
    if lead > 0 and doc[lead - 1].ent_type_ in ("NORP", "GPE"):
        k = _name_start(doc, lead - 1)  # the whole name: "New Jersey Gov." is not Jersey's
        country = country_index().code(doc[k:lead].text)
        if country and doc[j].lower_ in _TOPICAL and \
                not re.fullmatch(r"U\.?S\.?A?\.?|U\.?K\.?|America|Britain", doc[k:lead].text):
            named = country_index().find(doc[k:lead].text)
            if named and named[0].kind == "name":
                country = None  # "White House Russia adviser Fiona Hill", "a China expert": the subject, not the state
        if country is None and doc[lead - 1].ent_type_ == "GPE":
            area = places.region(doc[k:lead].text)  # "Florida Gov. Ron DeSantis": a state's governor
            country = area.country if area is not None else None
        if k > 0 and doc[k - 1].lower_ in ("former", "ex-", "then-") and j < i:
            former = doc[k - 1].text  # "former Florida Gov. Jeb Bush": a past office, the state between
        else:
            former = None
    else:
        former = None
    body = None
    if j > 0 and j < i and doc[j - 1].ent_type_ == "ORG":
        # "Hamas official Sami Abu Zuhri", "UN envoy Ramtane Lamamra": whose official
        k = _name_start(doc, j - 1)
        body = doc[k:j].text
        if k > 0 and doc[k - 1].lower_ in ("former", "ex-", "then-") and not former:
            former = doc[k - 1].text  # "former NATO Secretary General Anders Fogh Rasmussen"
        coded = actors.code(body)
        if country is None and coded.sector in actors.STATE_BODIES and actors.national(coded.country):
            country = coded.country  # "Russian Foreign Ministry spokeswoman", "Kremlin spokesman": the state's
    elif 0 < j < i and (listed := _listed_body_at(doc, j, i)) is not None:
        body, j = listed  # "Islamic State deputy caliph", "IS deputy caliph": a body the lists know, NER missed
    while j < i and doc[j].text.lower() in ("of", "the"):
        j += 1
    if j == i:
        return None, None, None, country
    if doc[i - 1].lower_ == "of":
        return None, None, None, None  # "the chairman of Clinton's campaign": the name is what the post is of
    words = doc[j:i]
    if words[-1].text.lower() in HONORIFICS:
        honorific = words[-1].text
    title_words = [t.text for t in words if t.text.lower() not in ("mr.", "ms.", "mrs.", "mr", "ms", "mrs")]
    title = " ".join(title_words).replace(" - ", "-").replace(" , ", ", ") or None
    if title in ("queen", "king", "prince", "princess") and j > 0 and doc[j - 1].pos_ in ("NOUN", "ADJ", "PROPN") and \
            doc[j - 1].text.islower():
        title = None  # "dance queen Becky Hill", "pop king ...": a crown of a genre, no royal title
    if title and body and ((whole := actors.code(f"{body} {title}")).org is not None or
                           whole.sector not in (None, actors.role_sector(title)[0])):
        title = f"{body} {title}"  # ("House Judiciary Committee Chairman Bob Goodlatte": the committee's chair)
    if title and former:
        title = f"{former} {title}"
    return title, words[0].idx, honorific, country


_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
# adverbs that open a sentence, never the end of a name
_OPENING_ADVERBS = {"shortly", "later", "earlier", "meanwhile", "however", "today", "yesterday", "tomorrow",
                    "afterwards", "afterward", "subsequently", "separately", "instead", "nevertheless",
                    "moreover", "furthermore", "overall", "currently", "recently", "previously", "initially"}


def _word_before_surname(doc: Any, first: Any, last: Any) -> bool:
    """Whether a capitalised English word (a verb, adjective or adverb, and no one's given name) NER ran into a
    name is only a word before a surname a listed figure or someone the article names in full bears: "Endorsed
    Trump" in a headline's capitals, "Longtime Clinton foe", "Absent Sanders' plan" (not "Keron Blair": no word)."""
    word = first.text
    if not (word[:1].isupper() and word[1:].islower()) or word.casefold() in _any_given_name() or \
            not english_word(word) or word.casefold() in PARTICLES or actors.find_person(word) is not None or \
            actors.find_person(f"{word} {last.text}") is not None or \
            any(e.label_ == "PERSON" and e[-1].text == word for e in doc.ents):
        return False  # (nor a surname itself: "Trump Tower" is no John Tower; nor a listed name: "Bin Laden")
    surname = last.text
    return actors.find_person(surname) is not None or any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == surname and e[0].lower_ in _any_given_name()
        for e in doc.ents)  # (a given name: "Grizzly Adams" twice is still no one named in full)


@lru_cache(maxsize=1)
def _any_given_name() -> frozenset[str]:
    """Every given name the lists hold, Faker's unfiltered ("Will", "King" too): a word that may be a name."""
    return common_given_names() | faker_given_names()


def _trade_word(word: str) -> bool:
    """A capitalised word that is a trade or role and no one's given name ("Hacker", "Rapper")."""
    low = word.casefold()
    return word[:1].isupper() and low in actors.lexicon().roles and low not in given_names() and \
        low not in common_given_names() and low not in faker_given_names()  # ("Christian Horner", "Judge Reinhold")


def _title_of(doc: Any, i: int, inner_title: str | None = None,
              inner_start: int | None = None) -> tuple[str | None, int | None, str | None, str | None]:
    """The title of a person's name starting at token ``i`` (written before it, and ``inner_title`` NER took
    into the name at ``inner_start``), where it starts, the honorific, and the country the title gives."""
    t_before, t_start, honorific, country = _title_before(doc, i)
    title = " ".join(filter(None, [t_before, inner_title])) or None
    title_start = t_start if t_before else (inner_start if inner_title else None)
    if country is None and title_start is not None and _US_PARTY_BEFORE.search(text_of(doc)[:title_start]):
        country = "USA"  # "Republican Secretary of State Jon Husted": a US party's office holder
    if country is None and title:
        # (not the country a post is for: "UN Special Envoy for Syria")
        found = [f for f in country_index().find(title)
                 if not re.search(r"\b(?:to|for|on|in)\s+(?:the\s+)?\Z", title[:f.start])]
        country = found[0].code if found else None
    return title, title_start, honorific, country


def _titled(doc: Any, m: Mention) -> None:
    """Give a name read as a person only after NER called it something else ("Maj. Oleksandr Holub" tagged as an
    organisation) the title and honorific written before it, as a name NER called a person has."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    m.title, m.title_start, honorific, country = _title_of(doc, span.start)
    if honorific and not m.honorific:
        m.honorific, m.gender = honorific, m.gender or HONORIFICS.get(honorific.lower())
    m.country = m.country or country


def _name_end(doc: Any, i: int) -> int:
    """The last token of the entity that starts at token ``i``."""
    k = i
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return k


def _subject_of_a_clause_on(doc: Any, i: int) -> bool:
    """"The federal judge Trump was referring to": the name at token ``i`` is the subject of a clause that
    describes the noun before it (a relative clause without "that"), so the noun is no title of the name's. Read
    from the parse: the noun in lower case is neither a word of the name (compound) nor what the name is in
    apposition to, and the name is a verb's subject."""
    before = doc[i - 1] if i > 0 else None
    if before is None or not before.text.islower() or before.is_punct:
        return False
    name = list(doc[i:_name_end(doc, i) + 1])
    inside = {t.i for t in name}
    first = before
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # ("Tech billionaire and presidential adviser Elon Musk": two titles, joined)
    if before.head.i in inside or first.head.i in inside or \
            any(t.dep_ == "appos" and t.head.i in (before.i, first.i) for t in name):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head.i != before.i and
               t.head.i > t.i for t in name)


def _place_before_title(doc: Any) -> None:
    """NER's "Charlotte Mayor" + "Jennifer Roberts" (two people) made right: a place, then the title of the person
    named next ("Charlotte" a place, "Mayor" her title). Only where the words before the title name a known place
    and another person's name follows at once."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for k, (ent, after) in enumerate(zip(ents, ents[1:])):
        if ent.label_ != "PERSON" or after.label_ != "PERSON" or after.start != ent.end:
            continue
        cut = ent.end
        while cut > ent.start and doc[cut - 1].lower_ in TITLE_WORDS:
            cut -= 1
        if cut in (ent.start, ent.end) or not any(t.lower_ in _PLACE_OFFICES for t in doc[cut:ent.end]):
            continue  # (an honorific is the person's own: "Hassan Sheikh" + "Mohamud", Hassan no Indian town)
        words = doc[ent.start:cut].text
        if country_index().code(words) or places.region(words) is not None or places.city(words) is not None:
            ents[k] = Span(doc, ent.start, cut, label="GPE")
            changed = True
    if changed:
        doc.ents = ents


def _given_name_left_out(doc: Any, i: int, taken: set[int]) -> bool:
    """Whether token ``i``, just before a person's name NER drew, is the name's own given name that NER left out
    ("former NATO Secretary General Anders" + "Fogh Rasmussen"): a common given name in capitals, no title word,
    after a title word, no other entity's and in the same sentence."""
    tok = doc[i]
    return i > 0 and i not in taken and not tok.ent_type_ and tok.pos_ == "PROPN" and \
        re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", tok.text) is not None and not doc[i + 1].is_sent_start and \
        tok.lower_ not in TITLE_WORDS and tok.lower_ not in HONORIFICS and \
        tok.text.casefold() in common_given_names() and doc[i - 1].lower_ in TITLE_WORDS


_PLACE_PARTICLES = {"des", "de", "du", "la", "le", "les", "sur", "en", "au", "aux", "el", "al"}


def _hyphenated_places(doc: Any) -> None:
    """NER's "Croix" (a person) of "Croix-des-Bouquets" made right: a span that is part of a run of words joined by
    hyphens (or by a particle, the hyphens left out: "Croix des Bouquets"), where the whole run is a known town
    ("Port-au-Prince", "Aix-en-Provence"), becomes that town."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        start, end = ent.start, ent.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
                not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
            start -= 2
        if (start, end) == (ent.start, ent.end) and end + 1 < len(doc) and doc[end].lower_ in _PLACE_PARTICLES and \
                doc[end + 1].text[:1].isupper():
            end += 2  # ("Croix des Bouquets", written without its hyphens)
        if (start, end) == (ent.start, ent.end) or ent.label_ == "GPE" and places.city(ent.text) is not None:
            continue
        town = places.largest_town(doc[start:end].text)
        if town is None or places.fold_name(town.name).replace("-", " ") != \
                places.fold_name(doc[start:end].text).replace("-", " ") or \
                any(other.start < end and start < other.end for n, other in enumerate(ents) if n != k):
            continue
        ents[k] = Span(doc, start, end, label="GPE")
        changed = True
    if changed:
        doc.ents = ents


# offices a place's name is written before ("Charlotte Mayor", "Texas Gov.", "Kherson Governor")
_PLACE_OFFICES = {"mayor", "governor", "gov.", "premier", "sheriff", "senator", "sen.", "rep.", "representative",
                  "councilman", "councilwoman", "councillor", "councilor", "police", "prosecutor", "commissioner",
                  "president", "minister", "ambassador", "lawmaker", "legislator", "assemblyman", "assemblywoman"}


def extract(analysis: Analysis) -> list[Mention]:
    doc = analysis.doc
    _place_before_title(doc)
    _hyphenated_places(doc)
    sent_of = {}
    for k, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = k
    out: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in LABELS or any(t.i in taken for t in ent):
            continue
        tokens = list(ent)
        while tokens and tokens[-1].is_space:
            tokens.pop()  # "Amazon\n\n": the line break after a heading NER took in
        while tokens and tokens[0].is_space:
            tokens.pop(0)
        score = next((k for k in range(1, len(tokens)) if re.fullmatch(
            r"\d{1,2}\s*[-–]\s*\d{1,2}", text_of(doc)[tokens[k].idx:tokens[-1].idx + len(tokens[-1])])), None)
        if score is not None:
            tokens = tokens[:score]  # "Aston Villa beat Chelsea 2-1": the score NER ran into the club's name
        if not any(c.isalpha() for t in tokens for c in t.text):
            continue  # "🙂", "2019": no name
        # Strip a possessive tail and leading article.
        while tokens and tokens[-1].text in ("’s", "'s", "‘s", "’", "'", "‘"):
            tokens.pop()
        while tokens and ent.label_ == "PERSON" and len(tokens) > 1 and (
                tokens[0].text.lower() == "the" or tokens[0].pos_ in ("ADV", "INTJ", "SCONJ", "CCONJ", "PRON", "DET")
                or tokens[0].text in ("’s", "'s") or tokens[0].lower_ in _PREPOSITIONS or
                (tokens[0].lower_ in _IMPERATIVES and tokens[0].is_sent_start)):
            tokens.pop(0)  # ("Certainly Donald Trump", "That’s Jeb Bush": NER took the sentence's first words; "Read
            # Neil's review of Raye here": a web page's imperative)
        if not tokens:
            continue
        label = ent.label_
        if tokens[0].text[:1] in ("'", "’") or tokens[0].lower_ in ("n't", "n’t") or \
                (label != "PERSON" and " ".join(t.lower_ for t in tokens) in HOLIDAYS) or \
                (label in ("GPE", "LOC", "ORG") and len(tokens) == 1 and tokens[0].text == "AI") or \
                (label in ("GPE", "LOC") and _STORM_OR_DISEASE.search(" ".join(t.text for t in tokens))) or \
                (label == "ORG" and _PROGRAMME.fullmatch(" ".join(t.text for t in tokens))) or \
                (label == "ORG" and _DISEASE.fullmatch(" ".join(t.text for t in tokens))):
            continue  # "wasn’t" (a contraction read as a place), "Easter" (a holiday), "using AI" (no Anguilla),
            # "Brexit negotiations" (an exit, no place), "the ACA" (a law, no body)
        if label in ("GPE", "LOC") and " ".join(t.text for t in tokens).islower() and \
                places.city(" ".join(t.text for t in tokens)) is None:
            continue  # "tried in absentia": a word in lower case no gazetteer knows is no place
        if label != "PERSON" and all(t.lower_ in TITLE_WORDS and t.lower_.endswith(".") and t.lower_ != "u.s."
                                     for t in tokens):
            continue  # "Lt." of "Lt. Col. Alexander Vindman" taken for an organisation: a title, no name
        if label == "ORG":
            while len(tokens) > 1 and tokens[-1].text.isalpha() and tokens[-1].text.islower() and \
                    tokens[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                tokens.pop()  # "National Post he": a word NER ran on into (not "the Republican party")
            head = next((t for t in tokens if t.lower_ not in ("the", "a", "an")), tokens[-1])
            if tokens[0].text.startswith("@") or head.text.islower() or \
                    any(t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("percent", "%") for t in tokens):
                continue  # "@POTUS" (a handle), "economics of clean energy", "Trump 47 percent to": no body's name
                # (a name in camel case is one: "eBay", "easyJet")
        if label == "PERSON":
            inner = next((k for k, t in enumerate(tokens) if k > 0 and t.text in ("’s", "'s", "‘s")), None)
            if inner is not None:
                tokens = tokens[:inner]  # "Obama’s Legacy" (a headline): the owner is the person
            while len(tokens) > 1 and (tokens[-1].pos_ in ("CCONJ", "PUNCT", "ADP", "SPACE") or tokens[-1].is_space):
                tokens.pop()  # "Al Ashry and": the conjunction NER took in
            if tokens[0].text.startswith(("@", "#")) or tokens[-1].lower_ in NOT_PERSON_HEADS or \
                    (tokens[0].i > 0 and doc[tokens[0].i - 1].text == "#" and not doc[tokens[0].i - 1].whitespace_
                     and places.city(tokens[0].text) is None and not country_index().code(tokens[0].text)):
                continue  # "@HillaryClinton w" (a handle), "#Justdoit" (a hashtag, not "#Ghazni"), "EgyptAir Crash"
        if label == "PERSON" and ((len(tokens) > 2 and tokens[0].lower_ in ("pro", "anti") and tokens[1].text == "-")
                                  or (tokens[0].i > 1 and doc[tokens[0].i - 1].text == "-" and
                                      doc[tokens[0].i - 2].lower_ in ("pro", "anti"))):
            continue  # "pro-Clinton", "anti-Trump": a stance, no mention of the person
        if label == "PERSON" and tokens[-1].text.lower() in PARTICLES:
            k = tokens[-1].i + 1
            while k < len(doc) - 1 and doc[k].lower_ in PARTICLES:
                k += 1  # ("Ursula Von" + "der" + "Leyen": the tagger stopped at the first particle)
            if k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ not in PARTICLES:
                tokens.extend(doc[tokens[-1].i + 1:k + 1])  # "Ursula von der" + "Leyen"
                taken.update(range(tokens[0].i, k + 1))
        if label == "PERSON" and len(tokens) > 1 and tokens[-1].text.casefold() in _OPENING_ADVERBS:
            tokens = tokens[:-1]  # "President Moise" + "Shortly before ...": a heading run into the next sentence
        if label == "PERSON" and not any(c.isupper() for t in tokens for c in t.text):
            continue  # "the finance minister jabbed back": a verb, no name (names bear a capital)
        if label == "PERSON" and any(len(_CAMEL_JOIN.findall(t.text)) >= 2 for t in tokens):
            continue  # "Daniel MaransFlagShareLikeReplyAni Vrabel": a page's buttons glued to names, no one's name
            # (one join is a name's: "McDonough", "DeSantis", "LeBron")
        if label == "PERSON" and len(tokens) >= 3 and tokens[-1].text[:1].isupper() and \
                tokens[-1].text.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV") and \
                " ".join(t.text for t in tokens[:-1]).casefold() in actors.lexicon().people and \
                " ".join(t.text for t in tokens).casefold() not in actors.lexicon().people:
            tokens.pop()  # "‘Donald Trump Leads’" (a headline quoted): a listed figure's full name and a verb after
        if label == "PERSON" and tokens[0].i > 0 and _given_name_left_out(doc, tokens[0].i - 1, taken):
            tokens.insert(0, doc[tokens[0].i - 1])  # "Secretary General Anders" + "Fogh Rasmussen"
            taken.add(tokens[0].i)
        honorific = gender = title = None
        title_start = None
        country = None
        if label == "PERSON":
            # Titles NER swallowed into the name ("Crown Prince Mohammed", "President Trump").
            k = 0
            while k < len(tokens) - 1 and tokens[k].text.lower() in TITLE_WORDS:
                k += 1
            if not k and len(tokens) >= 2 and tokens[0].is_sent_start and _trade_word(tokens[0].text) and \
                    actors.find_person(" ".join(t.text for t in tokens)) is \
                    actors.find_person(" ".join(t.text for t in tokens[1:])):
                k = 1  # "Hacker Guccifer said", "Rapper Kanye West": a trade capitalised at a sentence's start
            inner_title = " ".join(t.text for t in tokens[:k]) or None
            if k and tokens[k - 1].text.lower() in HONORIFICS:
                honorific = tokens[k - 1].text
            name_tokens = tokens[k:]
            if len(name_tokens) >= 3 and country_index().code(name_tokens[0].text) and \
                    name_tokens[1].text.casefold() in given_names():
                name_tokens = name_tokens[1:]  # "Myanmar Andrew Kirkwood": a dateline or heading run into the name
            if len(name_tokens) >= 2 and country_index().capital(name_tokens[-1].text) and \
                    (figure := actors.find_person(" ".join(t.text for t in name_tokens[:-1]))) is not None and \
                    actors.find_person(" ".join(t.text for t in name_tokens)) in (None, figure):
                name_tokens = name_tokens[:-1]  # "Trump, Erdogan Ankara will ...": a heading run into a capital
            half = len(name_tokens) // 2
            if half >= 2 and [t.text for t in name_tokens[:half]] == [t.text for t in name_tokens[half:]]:
                name_tokens = name_tokens[half:]  # "David Gee David Gee migrated": a subheading run into the text
            if len(name_tokens) == 2 and _word_before_surname(doc, name_tokens[0], name_tokens[1]):
                name_tokens = name_tokens[1:]  # "Senator Endorsed Trump", "Classic Clinton": a word, no given name
            # (after a country cut off the name, the title is before the country: "U.N. Special Rapporteur on
            # Myanmar" + "Tom Andrews")
            cut = not k and name_tokens[0].i != tokens[0].i
            title, title_start, h_before, country = _title_of(doc, name_tokens[0].i if cut else tokens[0].i,
                                                              inner_title, tokens[0].idx)
            honorific = honorific or h_before
            if honorific:
                gender = HONORIFICS.get(honorific.lower())
            # Keep an abbreviated honorific in the mention span ("Mr. Lavrov"), not a title ("Crown Prince").
            start_tok = name_tokens[0]
            prev = doc[name_tokens[0].i - 1] if name_tokens[0].i > 0 else None
            if prev is not None and _abbreviated(prev.text) and prev.text == honorific:
                start_tok = prev
            start, end = start_tok.idx, name_tokens[-1].idx + len(name_tokens[-1].text)
            name = text_of(doc)[name_tokens[0].idx:end]
            last = name_tokens[-1].i
        else:
            if label in ("GPE", "LOC"):
                _extend_place(doc, tokens, ent.end, taken)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            name = text_of(doc)[start:end]
            last = tokens[-1].i
            if label in ("ORG", "FAC") and name in ("State",):
                continue  # "Secretary of State"
            if label == "ORG" and last + 1 < len(doc) and doc[last + 1].ent_type_ == "PERSON" and \
                    (all(t.lower_ in TITLE_WORDS for t in tokens) or name.casefold() in actors.lexicon().roles):
                continue  # "Rear Adm." of "Rear Adm. Daniel Hagari": the title of the name after, no body
            if label == "ORG" and re.match(r"\s+scans?\b", text_of(doc)[end:]):
                continue  # "a CT scan", "PET scans": an imaging method, no body
            if name == "Super" and _SUPER_WHAT.match(text_of(doc), end):
                continue  # "Super Tuesday", "super PACs": no organisation
            the = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
            if the is not None and the.lower_ == "the" and label != "PERSON" and actors.find_org(name) is None:
                found = actors.find_org(text_of(doc)[the.idx:end])  # "the Guardian", "The New Yorker": the article
                if found is not None and found[1:] == (0, end - the.idx):  # belongs to the name
                    start, name = the.idx, text_of(doc)[the.idx:end]
        possessive = re.search(r"[’'‘]s?$|[’'‘]s\s+[a-z].*$", name) if label == "PERSON" else None
        if possessive and possessive.start() > 0:  # "Obama‘s" left whole by the tokenizer, "Obama’s agenda"
            end -= len(possessive.group(0))
            name = name[:possessive.start()]
        if label == "PERSON" and gender is None:
            gender = _apposed_gender(doc[last])
        m = Mention(start, end, text_of(doc)[start:end], label, name, sent_of[last], last, honorific, gender, title,
                    title_start, country, rule="ner")
        if label == "GPE" and _PACT_AFTER.match(text_of(doc), end):
            m.extra["names_a_pact"] = True  # "the Paris agreement": no place the story is about
        _code(m)
        out.append(m)
        taken.update(range(ent.start, ent.end))
    out.extend(_honorific_names(doc, taken, sent_of))
    out.extend(_lexicon_bodies(doc, taken, sent_of, out))
    out.extend(_lexicon_people(doc, taken, sent_of))
    out = _consistent(doc, out, taken, sent_of)
    out.sort(key=lambda m: m.start)
    return _join_family_names(doc, out)


def _join_family_names(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """"Sheikh Mohammed bin Abdulrahman" + "Al Thani": a family name NER split off a full Arabic name is part of
    it, not a second person."""
    text = text_of(doc)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == "PERSON" and prev.type == "PERSON" and text[prev.end:m.start] == " " and \
                re.match(r"(?:Al|al|El|el)[ -][A-Z]", m.name) and len(prev.name.split()) >= 2:
            prev.end, prev.token = m.end, m.token
            prev.text = text[prev.start:prev.end]
            prev.name = prev.name + " " + m.name
            continue
        if prev is not None and m.type == "PERSON" and prev.type == "PERSON" and m.start - prev.end <= 1 and \
                m.end > prev.end and text[prev.start:m.end].casefold() in actors.lexicon().people:
            # "Hassan Sheikh" + "Mohamud" (its "Sheikh" read as an honorific): a listed figure's name NER split
            prev.end, prev.token = m.end, m.token
            prev.text = text[prev.start:prev.end]
            prev.name = text[prev.start:prev.end]
            continue
        out.append(m)
    return out


def _extend_place(doc: Any, tokens: list[Any], after: int, taken: set[int]) -> None:
    """A place NER cut short ("Kryvyi" of "Kryvyi Rih"): take up to two more capitalised words when the longer
    name is a known city or region and the shorter one is not."""
    if places.city(" ".join(t.text for t in tokens)) is not None:
        return
    for extra in (1, 2):
        end = after + extra
        if end > len(doc) or any(t.i in taken or t.ent_type_ or not t.text[:1].isupper() or t.is_sent_start
                                 for t in doc[after:end]):
            return
        longer = tokens + list(doc[after:end])
        if places.city(" ".join(t.text for t in longer)) is not None:
            tokens[:] = longer
            taken.update(t.i for t in longer)
            return


_BODY_ENDINGS = {"party", "movement", "front", "alliance", "coalition", "league", "committee", "council"}
HOLIDAYS = {"easter", "christmas", "ramadan", "eid", "eid al-fitr", "eid al-adha", "hanukkah", "passover", "lent",
            "diwali", "nowruz", "thanksgiving", "yom kippur", "rosh hashanah", "jubilee"}


# an exit, laws, programmes and treaties, never an actor: "Jim Crow" is the South's segregation laws, the "ACA" the
# Affordable Care Act, "NAFTA" a trade agreement
_PROGRAMME = re.compile(r"(?:Brexit|Grexit|Frexit|Glass-Steagall|Dodd-Frank|Obamacare|Medicare|Medicaid|Jim Crow|Social Security|"
                        r"ACA|NCLB|NAFTA|DACA|TPP|USMCA|JCPOA)")
_DISEASE = re.compile(r"(?:COVID|Covid|COVID-19|Covid-19|coronavirus|Coronavirus|SARS-CoV-2|Ebola|HIV|AIDS|mpox|Mpox)")
_STORM_OR_DISEASE = re.compile(r"^(?:Cyclones?|Hurricanes?|Typhoons?|Tropical Storm|Storm)\s|\bCOVID\b|\bCovid-19\b|"
                               rf"^{_PROGRAMME.pattern}$")


def _unarticled(name: str) -> str:
    """A name without the article before it ("the iPad", "the Times")."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _common_noun(name: str, lowered: set[str]) -> bool:
    """A name one of whose words the text also writes in lower case, and which no list gives as a given name or a
    surname ("Humidifier Review", "Accelerometer"): a common noun capitalised in a heading, no one's name ("Rose",
    "Brown", "Bush" are names as well as words; a listed figure is always a name)."""
    if actors.lexicon().people.get(name.casefold()) is not None or actors.find_org(name) is not None:
        return False  # (a listed figure, or a listed body NER read as a person: "Twitter")
    return any(w.isalpha() and len(w) >= 4 and w[:1].isupper() and w.lower() in lowered and
               w.casefold() not in common_given_names() and w.casefold() not in surnames() and
               w.casefold() not in actors.lexicon().roles  # (a title run into the name: "Prophet TB Joshua")
               for w in name.split())


def _not_a_name(name: str) -> bool:
    """A holiday, a storm or a disease ("Cyclone Jude", "COVID-19"), or a span with a common noun of a thing in
    lower case ("Javelin anti-tank")."""
    if name.casefold() in HOLIDAYS or _STORM_OR_DISEASE.search(name) or not any(c.isalpha() for c in name):
        return True  # (and "½": no letter at all)
    if name.split() and name.split()[0].casefold() in HOLIDAYS and name.casefold() not in actors.lexicon().people:
        return True  # "Easter Springfest Easter trail", "Christmas Day": a holiday's event, no person
    pair = re.fullmatch(r"([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)", name.strip())
    if pair and all(part.casefold() in actors.lexicon().people for part in pair.groups()):
        return True  # "the Obama-Clinton years", "Trump-Putin": two listed figures paired, no one person
    if re.match(r"(?:Los|Las)\s", name):
        return True  # a Spanish plural article starts a title or a group ("Los Hijos de Trump"), never a person
    if re.match(r"Team\s+[A-Z]", name):
        return True  # "Team Clinton": a campaign, no person
    if _product(name):
        return True
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _THING_ENDINGS:
        return True  # "the Patriot Act", "the Davis Cup": a law, a prize, an event
    if not any(w.islower() and len(w) > 3 for w in name.split()):
        return False  # (most names have no common noun: no need to look for one)
    sector, word = actors.role_sector(name)
    return word is not None and sector in ("MIL", "JNK") and word.islower() and \
        re.search(rf"\b{re.escape(word)}\b", name) is not None


# the last word of a law's, a trophy's, an event's or a troupe's name, which no person's name ends with
_THING_ENDINGS = {"act", "cup", "trophy", "prize", "award", "awards", "festival", "championship", "championships",
                  "tournament", "marathon", "games", "olympics", "treaty", "accords", "doctrine"}
# ... and of a troupe's or a league's, a body of people but no person ("the Berlin Philharmonic Orchestra")
_TROUPE_ENDINGS = {"orchestra", "ensemble", "quartet", "quintet", "band", "choir", "league", "troupe"}
# words that end or fill a product's name ("MacBook Pro", "Apple Watches", "Samsung 4K Smart LED TV")
_PRODUCT_WORD = re.compile(r"(?:Pro|Lite|Plus|Ultra|TV|Watch(?:es)?|Earphones|Earbuds|Headphones|Laptops?|Tablets?|"
                           r"Consoles?|Edition|Switch|Galaxy|MacBook|iPhone|iPad|AirPods|Pixel|Xbox|PlayStation|"
                           r"Kindle|\d+[A-Za-z]+|[A-Za-z]+\d+)")


# a device or service by its own name, which NER also reads as a body ("MacBook Pro", "the iPad", "Stadia"); of
# the words above only those no firm's or broadcaster's name ends with ("Fox TV", "G7", "Ultra Electronics")
_DEVICE = re.compile(r"(?:MacBooks?|iPhones?|iPads?|iMacs?|AirPods|Xbox(?:es)?|PlayStations?|Kindles?|Chromecasts?|"
                     r"Stadia|Apple\s+Watch(?:es)?|Apple\s+Music|Apple\s+Pay|Google\s+Pixel|Nintendo\s+Switch|"
                     r"Samsung\s+Galaxy|(?:\S+\s+)+(?:Pro|Lite|Earphones|Earbuds|Headphones|Laptops?|Tablets?|"
                     r"Consoles?))")


def _product(name: str) -> bool:
    """A product NER took for a person: a product word after the first ("MacBook Pro", "Nintendo Switch"), or a
    company's name first where no given name is ("Samsung Galaxy")."""
    words = name.split()
    if len(words) < 2 or name.casefold() in actors.lexicon().people:
        return False
    if any(_PRODUCT_WORD.fullmatch(w) for w in words[1:]):
        return True
    company = actors.find_org(words[0])
    return company is not None and company[0].sector == "BUS" and company[1:] == (0, len(words[0])) and \
        words[0].casefold() not in given_names() and actors.role_sector(name)[1] is None  # ("Samsung Chairman Lee")


# the last word of a firm's name no person's name ends with ("Patriot Coal", "Murray Energy", "Blackstone Group")
_FIRM_ENDINGS = {"coal", "energy", "oil", "petroleum", "mining", "motors", "holdings", "partners", "group",
                 "pharmaceuticals", "entertainment", "studios", "records", "technologies", "industries", "enterprises",
                 "ventures", "logistics", "brands", "labs", "solutions", "investments", "securities", "company",
                 "productions", "pictures", "telecom", "communications", "therapeutics", "biosciences", "robotics",
                 "automotive", "systems"}
_BUILDINGS_AND_FIRMS = {"tower", "towers", "llc", "inc", "corp", "hotel", "foundation", "organization", "building",
                        "plaza", "center", "centre", "stadium", "airport", "university", "college", "hall", "library",
                        "casino", "mahal", "resort", "club", "estate", "inn", "motel", "museum", "institute",
                        "shuttle", "airlines", "airways", "arena", "mall", "palace", "school", "academy", "hospital",
                        "pavilion", "amphitheater", "amphitheatre", "theater", "theatre", "cathedral", "monument",
                        "memorial"}
_PERSON_AFTER = re.compile(r"(?:,\s+|\s*[—–]\s*)(?:who\s(?!(?:have|are|were)\b)|\d{1,3},(?!\d))")  # (", who",
# "—who"; an age, not "In South Carolina, 367,000 people"; "Villa, who have made light work": a team's plural)
# "Sen. Ted Cruz of Texas, who ...", "a nurse from Brownsville, Texas, who ...": the who is the person
_OF_A_PLACE = re.compile(r"(?:\b(?:of|from|in|In|From)\s+|\b[A-Z][\w.'’-]+,\s+)\Z")


# a web page's imperatives, which NER runs into the name after them ("Read Neil's review", "Watch Biden's speech")
_IMPERATIVES = {"read", "watch", "listen", "see", "follow", "subscribe", "click", "share", "download", "join",
                "meet", "ask", "tell", "email", "contact", "sign", "vote", "support"}


# a quarter or side of a city before its name ("Midtown Atlanta", "Downtown Houston", "East London")
_QUARTER = re.compile(r"(?:Midtown|Downtown|Uptown|Central|Greater|Old|Inner|Outer|(?:North|South|East|West)(?:ern)?|"
                      r"(?:North|South)(?:east|west))\s+[A-Z][a-z]+")


def _plural_role(word: str) -> bool:
    """"Lawyers", "Doctors": a plural role noun, which ends a group's name, never a person's (but some are also
    surnames: "Tyra Banks", "Arlo Parks", "DeMarcus Cousins")."""
    low = word.casefold()
    roles = actors.lexicon().roles
    return word[:1].isupper() and low.endswith("s") and low in roles and low[:-1] in roles and \
        low not in _PLURAL_SURNAMES


# last words of the names of groups and of football clubs
_GROUP_ENDINGS = {"watchdog", "coalition", "alliance", "association", "society", "collective", "council", "committee",
                  "villa", "town", "rovers", "wanderers", "albion", "hotspur", "fc", "athletic", "rangers"}
def _group_name(name: str) -> bool:
    """"Emergency Lawyers", "Aston Villa", "Luton Town 2": a group's or a club's name (a score after it), its
    first word no given name the people lexicons know (not "Julian Fellows", "David Villa")."""
    words = re.sub(r"(?:\s+\d+)+$", "", name).split()
    return len(words) > 1 and words[0].casefold() not in given_names() and \
        (_plural_role(words[-1]) or words[-1].casefold() in _GROUP_ENDINGS)


_FAITHS = {"islam", "judaism", "christianity", "buddhism", "hinduism", "sikhism", "catholicism", "protestantism",
           "shia islam", "sunni islam", "shiism", "zoroastrianism", "jainism", "taoism", "shinto", "confucianism",
           "evangelicalism", "mormonism", "bahaism", "wahhabism", "salafism", "sufism"}
_PLURAL_SURNAMES = {"banks", "parks", "kings", "fellows", "childs", "cousins", "bishops", "deans", "judges", "princes"}


def _person_clue_after(text: str, m: Mention) -> bool:
    """Whether the text follows the name with what only a person has ("Ariel, who was 4", "Ariel, 4,"), the name
    not being a known place someone just named is from ("Senator Bernie Sanders of Vermont, who ..."; but "good
    goalkeeping from Martinez, who" is the keeper's)."""
    if not _PERSON_AFTER.match(text, m.end):
        return False
    return not (_OF_A_PLACE.search(text[max(0, m.start - 40):m.start]) and
                (places.city(m.name) is not None or places.region(m.name) is not None or
                 country_index().code(m.name)))


# a name after the word for a kind of place is that place's ("kibbutz Nir Oz"), whatever given name it starts with
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|carrier|frigate|destroyer|warship|yacht|ferry|"
                            r"trawler|submarine|cruiser)\s+(?:the\s+)?\Z", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:kibbutz|moshav|village|town|city|district|camp|settlement|neighbou?rhood|suburb|"
                           r"province|region|county|street|avenue|square|(?:home\s?town|birthplace),)\s+\Z",
                           re.IGNORECASE)


# a weapon's noun after a name ("Patriot interceptors", "Leopard tanks", "Patriot systems")
_NAMED_WEAPON = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                           r"\s+(?:air[-\s]defen[cs]e\s+(?:systems?|batter(?:y|ies)|missiles?)|missiles?|interceptors?|"
                           r"batter(?:y|ies)|(?:rocket\s+)?launchers?|rockets?|tanks?|howitzers?|drones?|warheads?|"
                           r"fighter\s+jets?|warplanes?|attack\s+helicopters?|munitions|shells|systems)\b")
# a name followed by the word for a kind of place names that place ("Africa's Sahel region", "Kakuma camps");
# not "camp" (the Trump camp) nor "border" (a Biden border policy)
_PLACE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:region|province|district|oblast|governorate|county|"
                          r"valley|camps|refugee camps?|jail|prison|air\s?base|naval base|airport|crossing|"
                          r"golf (?:course|club|resort)|resort|hotel|hospital|clinic)\b|"
                          # "Ferguson, a community of over 21,000", "Lakewood, a suburb of Denver", "Houla, a
                          # southern border town, on Tuesday"
                          r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:community|city|town|village|suburb|hamlet|"
                          r"municipality)(?:\s+(?:of|in|near|outside|on|that|where|with)\b|\s*[,;.)—–])",
                          re.IGNORECASE)


def _headline(sent: Any) -> bool:
    """A sentence written in title case ("Bernie Sanders Burns Clinton Over Wall Street"), where NER runs a name
    into the capitalised verb after it."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


_PARTICLE_WORDS = r"(?:de|del|della|der|den|di|da|das|dos|du|van|von|ter|ten|le|la|al|el|bin|ibn|bint|abu|ben|y)"
_LOWER_TAIL = re.compile(r"(?:\s+(?:[^\s\d]*\d[^\s]*|(?![a-z]{1,3}-[A-Z])[a-z][\w'’-]*))+$")  # (not "al-Sisi")
_LOWER_HEAD = re.compile(rf"(?:(?!{_PARTICLE_WORDS}\b)(?!al-|el-)[a-z][\w'’]*\s+)+")


def _trim_person_names(doc: Any, mentions: list[Mention]) -> None:
    """A person's name in a title-case headline that runs on past a name the article (or the people lexicons)
    knows is cut back to that name ("Hillary Clinton Wins" → "Hillary Clinton", "Obama Just Pulled Out" →
    "Obama"); so is one that runs into a known body's name ("Obama White House"); a colon NER took into the
    name goes too ("Marco Rubio:")."""
    sents = list(doc.sents)
    headline = {k: _headline(sent) for k, sent in enumerate(sents) if any(m.sent == k for m in mentions)}
    known = {m.name for m in mentions if m.type == "PERSON" and not headline[m.sent]}
    found: list[Mention] = []
    for m in mentions:
        if m.type != "PERSON":
            continue
        pageant = re.match(r"(?:Universe|World|America|USA|Earth|International|Teen\s+USA)\s+(?=[A-Z])", m.name)
        if pageant and m.text == m.name and len(m.name.split()) > 2 and \
                re.search(r"\bMiss\s+\Z", text_of(doc)[max(0, m.start - 6):m.start]):
            # "former Miss Universe Alicia Machado": the pageant's title, no part of her name
            span = doc.char_span(m.start + pageant.end(), m.end, alignment_mode="contract")
            if span is not None and len(span):
                m.title, m.title_start = f"Miss {pageant.group(0).strip()}", m.start - len("Miss ")
                m.start, m.text, m.name = span.start_char, span.text, span.text
        if re.search(r"[()\[\]]", m.name):
            # "George (W. Bush) was president", "[New Jersey Gov. Chris] Christie": an editor's insertion
            m.name = re.sub(r"\s+", " ", re.sub(r"[()\[\]]", "", m.name)).strip()
        pieces = list(re.finditer(r"[^-–—]+", m.name)) if re.search(r"\s[-–—]\s", m.name) else []
        if len(pieces) > 1 and m.text == m.name:
            # "Weak - Rubio - weak on immigration": the piece that is a name ("John Smith - Reuters": the first)
            named = [p for p in pieces if p.group(0).split() and
                     (p.group(0).split()[0].casefold() in given_names() or actors.find_person(p.group(0).strip()))]
            piece = (named or pieces[-1:])[0]
            lead = len(piece.group(0)) - len(piece.group(0).lstrip())
            span = doc.char_span(m.start + piece.start() + lead, m.start + piece.start() + len(piece.group(0).rstrip()),
                                 alignment_mode="contract")
            if span is not None and len(span):
                m.start, m.end, m.text, m.name, m.token = span.start_char, span.end_char, span.text, span.text, \
                    span[-1].i
        state = re.match(r"(\S+)\s+(?=[A-Z])", m.name)
        if state and state.group(1) in places.US_STATES and m.text == m.name and \
                re.search(r",\s*\Z", text_of(doc)[max(0, m.start - 3):m.start]):
            # "at his golf club in Bedminster, N.J. Roger Ailes also met him": the town's state ends a sentence
            span = doc.char_span(m.start + state.end(), m.end, alignment_mode="contract")
            if span is not None and span.text == m.name[state.end():]:
                m.start, m.text, m.name = span.start_char, span.text, span.text
        verb = re.match(r"(?:Said|Says|Asked|Added|Wrote|Explained|Replied)\s+(?=[A-Z])", m.name)
        if verb and m.text == m.name and re.match(r"\s*[,:]\s*[\"“]", text_of(doc)[m.end:]):
            # 'Said Comey, "The thought ...': the speech verb of an attribution put first, no given name
            span = doc.char_span(m.start + verb.end(), m.end, alignment_mode="contract")
            if span is not None and span.text == m.name[verb.end():]:
                m.start, m.text, m.name = span.start_char, span.text, span.text
        bullet = re.match(r"[-–—•*·]+\s*", m.name)
        if bullet and m.text == m.name:  # "-Craig Fehrman explains": a list's bullet
            span = doc.char_span(m.start + bullet.end(), m.end, alignment_mode="contract")
            if span is not None and span.text == m.name[bullet.end():]:
                m.start, m.text, m.name = span.start_char, span.text, span.text
        name = re.sub(r"(?:\s+\d+)+$", "", m.name.rstrip(":;, -–—"))  # ("Kim Kardashian -", "Adrianna Knight 12")
        # a score or a lower-case word NER ran into the name at either end ("Uchiyama 6-2", "K. Hupfer 1 goal",
        # "rang Taylor", "older MacBook Pro"), but not a particle of the name ("de Villepin", "al-Sisi")
        name = _LOWER_TAIL.sub("", name)
        lead = _LOWER_HEAD.match(name)
        if lead is None and (word := re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", name)) and \
                word.group(1).lower() in STOP_WORDS and word.group(1).casefold() not in common_given_names() and \
                not ((whole := actors.find_org(name)) is not None and whole[1] == 0):
            # "Off Broadway", "Against Trump": a word of the sentence before the name, capitalised (but a listed
            # body's name may begin so: "Under Armour")
            lead = word
        if lead and lead.end() < len(name) and m.text == m.name:
            span = doc.char_span(m.start + lead.end(), m.end, alignment_mode="contract")
            if span is not None and len(span):
                m.start, m.text, m.name = span.start_char, span.text, m.name[lead.end():]
                name = name[lead.end():]
        body = actors.find_org(name)
        owner = name[:body[1]].rstrip(" -'’s").rstrip() if body is not None and body[1] > 0 else ""
        if body is not None and body[2] == len(name) and owner and name.casefold() not in actors.lexicon().people \
                and (owner in known or owner.casefold() in actors.lexicon().people):
            name = owner  # ("the Obama White House": Obama's; but "Michael Bloomberg" is no Bloomberg)
            at = m.end - len(m.name) + body[1]
            span = doc.char_span(at, at + body[2] - body[1], alignment_mode="contract")
            if span is not None and len(span):
                found.append(_body_mention(span, body[0], m.sent))
        words = name.split()
        if len(words) >= 2 and headline[m.sent]:
            for n in range(len(words) - 1, 0, -1):
                prefix = " ".join(words[:n])
                if prefix in known or (n >= 2 and prefix.casefold() in actors.lexicon().people):
                    name = prefix
                    break
        if name != m.name:
            cut = len(m.name) - len(name)
            span = doc.char_span(m.start, m.end - cut, alignment_mode="contract")
            if span is None or not len(span):
                continue
            m.end, m.name, m.token = m.end - cut, name, span[-1].i
            m.text = text_of(doc)[m.start:m.end]
    mentions.extend(found)


def article_countries(mentions: list[Mention]) -> tuple[str, ...]:
    """The countries an article names (its places and nationalities), to choose between namesakes."""
    return tuple(sorted({m.country for m in mentions if m.type in ("GPE", "NORP") and m.country}))


def home_country(mentions: list[Mention]) -> str | None:
    """The country an article is about: the one at least half of its country-bearing place and people mentions
    (three or more) name, if any."""
    named = Counter(country for country in map(_place_country, mentions) if country and actors.national(country))
    if not named:
        return None
    country, n = named.most_common(1)[0]
    return country if n >= 3 and 2 * n >= sum(named.values()) else None


def _in_capitals(name: str, lower_case: bool) -> bool:
    """A word in capitals in a text written in ``lower_case`` is an acronym ("FICO", the credit score), not a
    listed figure's surname (Robert Fico); a text all in capitals writes names so too."""
    return lower_case and len(name) > 2 and name.isupper()


# a US state's postal code after a town's name ("Cuyahoga Falls, OH"; not "D-OH", a party tag)
_POSTAL_AFTER = re.compile(r",\s+(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|"
                           r"MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b(?![-.])")
# a preposition that opens a sentence, taken into a name by NER ("Without Bloomberg", "Unlike Trump")
_PREPOSITIONS = {"without", "with", "unlike", "like", "against", "despite", "after", "before", "for", "from", "under",
                 "among", "amid", "beyond", "besides", "except", "per", "toward", "towards", "via", "within", "about"}
# a place's name that names a pact, a format or a process ("the Paris agreement", "the Minsk accords", "the
# Normandy format", "the Astana process")
_PACT_AFTER = re.compile(r"\s+(?:climate\s+|peace\s+|ceasefire\s+|cease-fire\s+)?(?:agreements?|accords?|protocols?|"
                         r"conventions?|format|process|consensus)\b", re.IGNORECASE)
_SUPER_WHAT = re.compile(r"\s+(?:Tuesday|PACs?|Bowl)\b", re.IGNORECASE)


def _place_country(m: Mention) -> str | None:
    """The country a place or people mention names: its own, or that of the region it names ("Illinois",
    "Ontario": a story about US states is about the US, however often it says "Mexican"); a party's too ("the
    Republicans": a story about US politics)."""
    if m.type == "ORG" and m.org and m.sector == "PTY":
        return m.country
    if m.type not in ("GPE", "NORP") or m.extra.get("names_a_pact"):
        return None
    if m.country or m.type == "NORP":
        return m.country
    if m.extra.get("within"):
        return m.extra["within"]  # "Clarkston, Ga.": a town the gazetteer lacks, put in its country by the text
    area = places.region(m.name)
    return area.country if area is not None else None


# the end of a body's name, never of a person's ("Ascom North America", "Siemens Europe")
_REGION_END = re.compile(r"\s(?:(?:North|South|Latin|Central)\s+America|Europe|Asia|Africa|Asia[- ]Pacific|"
                         r"Middle East|Worldwide|Global|International)$")


def _name_shaped(name: str) -> list[str] | None:
    """The words of ``name`` if it is shaped like a person's: two or three capitalised words, no word of a body's
    name or a role; None otherwise."""
    words = name.split()
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in words) and \
            not any(w.casefold() in ORG_WORDS or w.casefold() in actors.lexicon().roles for w in words):
        return words
    return None


def _named_like(name: str, addressed: set[str]) -> bool:
    """Two or three capitalised words, no word of a body's name, ending in a surname the article addresses."""
    words = _name_shaped(name)
    return words is not None and words[-1] in addressed


_KINDS_OF_BODY = {"university", "college", "institute", "academy", "school", "hospital", "foundation", "group",
                  "company", "corporation", "bank"}
_SITE_WORD = re.compile(r"(?:Fort|Port|Mount|Lake|Cape)\s+[A-Z]")


def _person_by_clue(text: str, m: Mention, said: set[str]) -> bool:
    """A name NER read as a body that is a person's: a common given name and no word of a body's name, and a clue
    around it that only a person has ("a staffer named Bradley Podliska", "Bradley Podliska, an Air Force reserve
    major", an office's title before it, ", who", an age, "himself") or its last word named alone as a person
    elsewhere in the article."""
    words = _name_shaped(m.name)
    if words is None or words[0].casefold() not in common_given_names():
        return False
    described = re.match(r",\s+(?:an?|the)\s+((?:[\w-]+\s+){0,4}?[\w-]+)[,.;]", text[m.end:m.end + 80])
    titled = re.search(r"\b([A-Z][a-z]*\.?)\s+\Z", text[max(0, m.start - 25):m.start])  # ("Solo Mayor Hadi ...")
    return bool(re.search(r"\b(?:named|called)\s+\Z", text[max(0, m.start - 10):m.start]) or
                (titled and titled.group(1).lower() in TITLE_WORDS and
                 actors.role_sector(titled.group(1))[0] in ("GOV", "LEG", "MIL", "COP", "JUD")) or
                (described and actors.role_sector(described.group(1))[0] not in (None, "JNK", "UNK")) or
                _PERSON_AFTER.match(text, m.end) or re.match(r"\s+(?:himself|herself)\b", text[m.end:]) or
                words[-1] in said)


def _title_led_names(doc: Any, mentions: list[Mention]) -> None:
    """"former DP Rigathi Gachagua" read as an organisation: title words, then a person's name (a given name the
    lists know, or a surname the article calls a person by alone), made the person with that title."""
    alone = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name.strip()}
    for m in mentions:
        if m.type != "ORG" or m.rule != "ner" or m.org:
            continue
        words = m.name.split()
        k = 0
        while k < len(words) - 2 and words[k].casefold() in TITLE_WORDS and words[k][:1].isupper():
            k += 1
        rest = " ".join(words[k:])
        if k == 0 or actors.find_org(rest) is not None or not (looks_like_person(rest) or words[-1] in alone):
            continue
        cut = m.text.rfind(rest)
        if cut < 0:
            continue
        m.start, m.text, m.name = m.start + cut, rest, rest
        m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-titled", None, None
        _titled(doc, m)  # (the title words now before the name, and any "former" before them)


def _consistent(doc: Any, mentions: list[Mention], taken: set[int], sent_of: dict[int, int]) -> list[Mention]:
    """One reading per name within an article: a person's name is a person everywhere, a capital is a place."""
    countries = country_index()
    local = article_countries(mentions)
    kept = []
    # a name the text once follows with a person's clue ("Ariel, who was 4", "Ariel, 4,") is a person throughout
    text = text_of(doc)
    _title_led_names(doc, mentions)
    people = {m.name for m in mentions if m.type in ("PERSON", "GPE") and _person_clue_after(text, m)}
    # and one the text once puts after a kind of place ("kibbutz Nir Oz", "their hometown, Nir Oz") is a place
    placed = {m.name for m in mentions if _PLACE_BEFORE.search(text[max(0, m.start - 40):m.start])}
    vessels = {m.name for m in mentions if _VESSEL_BEFORE.search(text[max(0, m.start - 30):m.start])}
    # ... and one it once puts before a weapon's noun ("Patriot interceptors", "Leopard tanks") is the weapon
    armed = {" ".join(words[i:]) for w in _NAMED_WEAPON.finditer(text)
             for words in [w.group(1).split()] for i in range(len(words))}  # (the text read once)
    weapons = {m.name for m in mentions if m.type in ("PERSON", "ORG") and not m.org and m.name in armed and
               m.name.split()[0].casefold() not in given_names()}
    kind_after = [m for m in mentions if _PLACE_AFTER.match(text, m.end)]  # ("Incirlik air base")
    with_kind = {m.name for m in kind_after}
    areas = {m.name for m in kind_after if m.type == "PERSON"}
    # ... and one it once puts in a state ("Clarkston, Ga.") is a town throughout
    towns = {m.name for m in mentions if m.type == "GPE" and places.in_region(text[m.end:m.end + 40])}
    lower_case = sum(c.islower() for c in text) > sum(c.isupper() for c in text)
    # ... but the surname of a person the article names in full is that person ("Jo Hamilton" ... "says Hamilton")
    surnames = {m.name.split()[-1] for m in mentions if m.type == "PERSON" and len(m.name.split()) >= 2 and
                not countries.code(m.name.split()[-1]) and not _group_name(m.name)}
    # ... and the last word of a club's, group's or listed outlet's name is it ("Villa" after "Aston Villa", "a Times
    # reporter" after "The New York Times"; not where two of them end alike, "The New York Times" and the "Los
    # Angeles Times")
    named = {m.org or m.name for m in mentions if m.type in ("PERSON", "ORG") and not m.title and not m.honorific
             and not re.search(r"\d", m.name)  # (not a score line, "Luton 0 Villa 1")
             and (_group_name(m.name) or (m.org and m.sector in ("CVL", "JRN") and len(m.org.split()) > 1))}
    ends = Counter(name.split()[-1] for name in named)
    group_tails = {name.split()[-1]: name for name in named if ends[name.split()[-1]] == 1}
    # ... and a full name NER read as a body, which a clue shows to be a person's, is a person's, its surname too
    said = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name}
    clued = {m.name for m in mentions if m.type in ("ORG", "FAC", "GPE") and m.rule == "ner" and not m.org and
             (m.type != "GPE" or " " in m.name.strip() and not countries.code(m.name) and
              places.region(m.name) is None) and
             _person_by_clue(text, m, said) and actors.find_org(m.name) is None and places.city(m.name) is None and
             m.name not in placed}
    clued_surnames = {name.split()[-1] for name in clued}
    # ... and the surnames the article gives an honorific ("Ms. Malik")
    addressed = {m.name.split()[-1] for m in mentions if m.type == "PERSON" and m.honorific and m.name.split()}
    # a storm's name is the storm's throughout ("Cyclone Jude" ... "Jude is the third cyclone")
    storms = {m.name.split()[-1] for m in mentions
              if re.match(r"(?:Cyclones?|Hurricanes?|Typhoons?|Tropical Storm|Storm)\s+[A-Z]\w+$", m.name)}
    # a one-word name NER reads as a body at least twice and more often than as a person is the body ("Carrier");
    # one it reads as a person at least twice and more often than as anything else is the person ("Christa")
    as_body = Counter(m.name for m in mentions if m.type == "ORG")
    as_person = Counter(m.name for m in mentions if m.type == "PERSON")
    as_other = Counter(m.name for m in mentions if m.type != "PERSON")
    # a body the article names in full by a word and its kind ("Bucknell University"): the word alone is the body
    # ("the Bucknell campus"), unless someone named in full bears it
    short_of = {m.name.split()[0]: m for m in mentions if m.type == "ORG" and len(m.name.split()) == 2 and
                m.name.split()[1].casefold() in _KINDS_OF_BODY}
    lowered = set(re.findall(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", text))  # (the words the text writes in lower case)
    for m in mentions:
        if m.type in ("ORG", "NORP", "GPE") and m.rule == "ner" and not m.org and " " not in m.name and \
                as_person[m.name] >= 2 and as_person[m.name] > as_other[m.name] and not countries.code(m.name) and \
                not countries.capital(m.name) and m.name not in placed and m.name not in with_kind and \
                places.city(m.name) is None and not _not_a_name(m.name):
            # (not "Incirlik has been viewed as ..." where the text writes "Incirlik air base")
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-name", None, None
        bare = m.type == "PERSON" and m.rule == "ner" and not m.honorific and not m.title
        if bare and m.name in short_of and m.name not in surnames and m.name not in people and \
                m.name.casefold() not in actors.lexicon().people:
            body = short_of[m.name]
            m.type, m.rule, m.gender, m.name = "ORG", "ner-relabelled-body", None, body.name
            m.org, m.country, m.sector = body.org, body.country, body.sector
            bare = False
        if bare and " " not in m.name and as_body[m.name] >= 2 and as_body[m.name] > as_person[m.name] and \
                m.name not in surnames and m.name not in people and m.name.casefold() not in actors.lexicon().people:
            m.type, m.rule, m.gender = "ORG", "ner-relabelled-body", None  # (the firm's workers said "Carrier")
            _code(m)
            bare = False
        if bare and (_not_a_name(m.name) or m.name in storms):
            continue  # "Easter", "Javelin anti-tank": NER's person is a holiday or a thing
        if m.type == "ORG" and m.rule == "ner" and not m.org and _PROGRAMME.fullmatch(_unarticled(m.name)):
            continue  # "Dodd-Frank", "NAFTA": a law or a treaty, no body
        if m.type in ("PERSON", "ORG") and m.rule == "ner" and not m.org and not m.title and m.name in weapons and \
                actors.lexicon().people.get(m.name.casefold()) is None:
            continue  # "Patriot interceptors", "Ukrainian operators of Patriot systems": a weapon, no one
        if m.type == "ORG" and m.rule == "ner" and not m.org and _DEVICE.fullmatch(_unarticled(m.name)):
            continue  # "MacBook Pro", "the iPad": a device, no body
        if m.type == "PERSON" and m.rule == "ner" and _STORM_OR_DISEASE.search(m.name):
            continue  # (titled or not: "the chief Brexit negotiator")
        if m.type == "PERSON" and (law := _PROGRAMME.match(text, m.start)) is not None and law.end() > m.end and \
                not re.match(r"[\w-]", text[law.end():law.end() + 1]):
            continue  # "Glass" of "Glass-Steagall": the tagger's half of a law's name
        if bare and m.name in ("Writing", "Editing", "Reporting") and re.match(r"\s+by\b", text[m.end:]):
            continue  # "Writing by Susan Heavey": a wire story's credits, no person
        if m.type == "PERSON" and m.rule == "ner" and re.search(r"\s(?:PAC|Super PAC|Inc\.?|LLC)$", m.name):
            m.type, m.rule, m.title, m.title_start, m.gender = "ORG", "ner-relabelled-body", None, None, None
            _code(m)  # "Hillary PAC", "Trump Organization LLC": a committee or a firm named for a person
        if m.type == "PERSON" and m.rule == "ner" and _REGION_END.search(m.name):
            # "President Ascom North America": a firm's regional arm (the title its head's)
            m.type, m.rule, m.title, m.title_start = "ORG", "ner-relabelled-body", None, None
            _code(m)
            bare = False
        if bare and re.search(r"\s(?:v\.|vs\.?)\s", m.name):
            continue  # "Trump v. Trump": a lawsuit's name
        if (bare and m.name in GROUPS_OF_PEOPLE) or (m.type == "ORG" and m.rule == "ner" and not m.org and (
                m.name in GROUPS_OF_PEOPLE or f"{m.name}s" in GROUPS_OF_PEOPLE or
                (countries.demonym(m.name) and actors.find_org(m.name) is None))):
            # "Latinos", "the Kurds": a people, no person; nor a body ("Latino voters", "Uyghurs", "Guatemalan" read
            # as an organisation)
            m.type, m.rule = "NORP", "ner-relabelled-people"
            _code(m)
            bare = False
        if m.type in ("ORG", "GPE", "LOC") and m.rule == "ner" and not m.org and m.name.casefold() in _FAITHS:
            m.type, m.rule = "NORP", "ner-relabelled-faith"  # "Islam", "Judaism": a faith, no body or place
            _code(m)
        if m.type == "ORG" and m.rule == "ner" and not m.org and re.search(r"\s(?:region|area)$", m.name):
            m.type, m.rule = "LOC", "ner-relabelled-place-noun"  # "the Indo-Pacific region" read as a body
            _code(m)
        if bare and re.search(r"\s\d+\s+[A-Z]", m.name):
            continue  # "Luton Town 2 Aston Villa 3": a score line, no name (whose first team would pass for a man)
        if bare and re.search(r"\s[A-Z]\.\s+[A-Z][a-z]+$", m.name):
            pass  # "Douglas J. Band": a middle initial makes the last word a surname, no band, tower or firm
        elif bare and len(m.name.split()) > 1 and m.name.split()[-1].rstrip(".").casefold() in _BUILDINGS_AND_FIRMS:
            m.type, m.rule = "FAC", "ner-relabelled-building"  # "Trump Tower": named after him, not him
            bare = False
        elif bare and len(m.name.split()) > 1 and m.name.split()[-1].rstrip(".").casefold() in _FIRM_ENDINGS:
            m.type, m.rule = "ORG", "ner-relabelled-firm"  # "Patriot Coal", "Murray Energy": a firm, no person
            _code(m)
            m.sector = m.sector or "BUS"
            bare = False
        elif bare and len(m.name.split()) > 1 and m.name.split()[-1].casefold() in _TROUPE_ENDINGS:
            m.type, m.rule = "ORG", "ner-relabelled-group"  # "the Berlin Philharmonic Orchestra", "the Premier League"
            _code(m)
            bare = False
        if bare and _group_name(m.name):
            # "Emergency Lawyers", "Consumer Watchdog", "Aston Villa": a group's or a club's name, no person
            # (but "Julian Fellows", "David Villa")
            m.type, m.rule = "ORG", "ner-relabelled-group"
            _code(m)
            bare = False
        elif bare and m.name in group_tails and m.name not in people:
            # "Villa should have been out of sight" after "Aston Villa": the club named short
            m.type, m.rule, m.gender, m.name = "ORG", "ner-relabelled-group", None, group_tails[m.name]
            _code(m)
            bare = False
        elif m.type == "ORG" and m.rule == "ner" and not m.org and \
                (short := _unarticled(m.name)) in group_tails:
            m.name = group_tails[short]  # ("Villa" read as a body after "Aston Villa": the club too)
            _code(m)
        if bare and _common_noun(m.name, lowered):
            continue  # "Humidifier Review" where the text also writes "humidifier": a word, no one's name
        # a figure the lexicon lists by exactly this name stays a person ("Rubio" is also a Venezuelan town; but
        # "Clanton" is no misspelt Clinton)
        listed = actors.lexicon().people.get(m.name.casefold())
        figure = listed if bare else None
        last = doc[m.token] if m.token is not None and m.token < len(doc) else None
        if m.type == "ORG" and m.rule == "ner" and not m.org and last is not None and \
                last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos") and \
                re.fullmatch(r"[A-Z][\w'’-]+", m.name) and not _in_capitals(m.name, lower_case) and \
                listed is not None and actors.find_org(m.name) is None:
            # "Trump said he would meet Xi", "Trump's campaign", "Clinton or Trump will be president": a listed
            # figure acting in the clause or owning something, read as an organisation (not "Trump donors", a
            # modifier)
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-figure", None, None
        elif m.type == "GPE" and m.rule == "ner" and not m.org and listed is not None and \
                " " not in m.name.strip() and not countries.code(m.name) and not countries.capital(m.name) and \
                places.city(m.name) is None and places.region(m.name) is None and not _in_capitals(m.name, lower_case):
            # "spoke with Witkoff": a listed figure's surname read as a place no gazetteer knows
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-figure", None, None
        elif m.type in ("ORG", "GPE", "NORP", "FAC") and m.rule == "ner" and not m.org and " " in m.name.strip() and \
                listed is not None and actors.find_org(m.name) is None:
            # "its chancellor, Olaf Scholz" read as an organisation: a listed figure's full name is the figure
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-figure", None, None
        elif m.type == "ORG" and m.rule == "ner" and not m.org and looks_like_person(m.name) and \
                actors.find_org(m.name) is None and places.city(m.name) is None and \
                m.name not in placed:
            # "Vatican spokesman Matteo Bruni" read as an organisation: a given name and no word of a body's name
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-name", None, None
        elif m.type == "ORG" and m.rule == "ner" and not m.org and _named_like(m.name, addressed) and \
                actors.find_org(m.name) is None and places.city(m.name) is None:
            # "Tashfeen Malik passed three background checks" read as an organisation, where the article calls
            # her "Ms. Malik": a given name before the surname of someone addressed by an honorific
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-name", None, None
        elif m.type in ("ORG", "FAC", "GPE") and m.rule == "ner" and m.name in clued:
            # "a former staffer named Bradley Podliska, an Air Force reserve major" read as a body or a building
            # ("Morgan Kehr, a senior firefighter from Edmonton" read as a place)
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-name", None, None
        elif m.type in ("GPE", "LOC") and m.rule == "ner" and not m.org and \
                (m.name in clued_surnames or m.name in surnames and " " not in m.name) and \
                not countries.code(m.name) and not countries.capital(m.name) and places.city(m.name) is None and \
                places.region(m.name) is None:
            # ("Podliska himself"; "Gachagua's lawyers" where the article names Rigathi Gachagua)
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-name", None, None
        if m.type in ("GPE", "LOC") and m.rule == "ner" and not m.org and \
                m.name.split()[-1].casefold() in _BODY_ENDINGS and len(m.name.split()) > 1:
            m.type, m.rule = "ORG", "ner-relabelled-body"  # "the Green Party" read as a place
            _code(m)
        elif m.type == "PERSON" and m.rule == "ner" and _POSTAL_AFTER.match(text, m.end) and \
                actors.find_person(m.name) is None:
            # "Cuyahoga Falls, OH @ Blossom Music Center": a town with its state's postal code
            m.type, m.rule, m.gender = "GPE", "ner-relabelled-town", None
            m.extra["within"] = "USA"
        elif m.type == "PERSON" and m.rule == "ner" and len(m.name.split()) > 1 and \
                m.name.split()[-1] in actors.FIRM_ENDINGS:
            m.type, m.rule, m.gender = "ORG", "ner-relabelled-firm", None  # "Masten Space Systems" read as a person
            _code(m)
        elif m.type == "PERSON" and m.rule == "ner" and _QUARTER.fullmatch(m.name) and \
                (town := places.city(m.name.split()[-1])) is not None and town.population >= 100_000:
            # "Midtown Atlanta was a very gay scene": a city's quarter, no person (whose surname would then make
            # every "Atlanta" of the article a person)
            m.type, m.rule, m.gender, m.honorific = "GPE", "ner-relabelled-quarter", None, None
            _code(m)
        if m.type == "ORG" and m.rule == "ner" and not m.org and countries.code(m.name) and \
                not countries.demonym(m.name) and actors.find_org(m.name) is None:
            m.type, m.rule = "GPE", "ner-relabelled-country"  # "Azerbaijan arrested ...", read as an organisation
            _code(m)
        if bare and figure is None and m.name not in people and (m.name not in surnames or m.name in towns) and (
                countries.code(m.name) or countries.capital(m.name) or places.city(m.name) is not None or
                m.name in towns or (_SITE_WORD.match(m.name) and places.largest_town(m.name) is not None)):
            # (a town of any size whose name begins with a word for a site: "Fort Lee", "Port Arthur")
            m.type, m.rule = "GPE", "ner-relabelled-place"
            _code(m)
        elif bare and figure is None and m.name not in people and (m.name in areas or m.name in places.WORLD_REGIONS):
            m.type, m.rule = "LOC", "ner-relabelled-place-noun"  # "the Sahel region", "Incirlik air base"
            _code(m)
        elif bare and (org := actors.find_org(m.name)) is not None and org[1:] == (0, len(m.name)):
            m.type, m.rule = "ORG", "ner-relabelled-lexicon-body"
            _code(m)
        elif m.type in ("ORG", "NORP") and m.rule == "ner" and not m.org and actors.find_org(m.name) is None and \
                not countries.demonym(m.name) and not countries.code(m.name) and not actors.acronym(m.name) and \
                places.city(m.name, local) is not None:
            m.type, m.rule = "GPE", "ner-relabelled-place"  # "Sumy" read as an organisation
            _code(m)
        if m.type in ("GPE", "LOC", "PERSON", "ORG") and m.rule == "ner" and not countries.code(m.name) and \
                m.name in vessels and not m.org:
            # "the Iranian-flagged cargo ship Jairan", "the tanker Eagle S": a vessel, no place or person, wherever
            # the article names it
            m.type, m.rule, m.country, m.sector = "FAC", "ner-relabelled-vessel", None, None
        if m.type == "GPE" and m.rule == "ner" and not countries.code(m.name) and not countries.capital(m.name) and \
                _person_clue_after(text, m):
            # "Bamberg, who is 28, said": a person who shares a town's name (a town has no age and is no "who")
            m.type, m.rule, m.country, m.sector = "PERSON", "ner-relabelled-person", None, None
        if m.type == "PERSON" and m.rule.startswith("ner-relabelled") and _not_a_name(m.name):
            continue  # ("Easter Springfest Easter" read as a building, then as a name: a holiday's event)
        kept.append(m)
    mentions = kept
    if us_state_context(text):  # "Georgia" in a text on the US state ("Atlanta", "R-Ga.") is the state
        for m in mentions:
            if m.type == "GPE" and m.name in AMBIGUOUS_US_STATES and m.country == AMBIGUOUS_US_STATES[m.name]:
                m.country, m.extra["us_state"] = None, True
            elif m.type == "PERSON" and m.country in AMBIGUOUS_US_STATES.values() and \
                    any(state in text[max(0, (m.start if m.title_start is None else m.title_start) - 12):m.start]
                        for state, code in AMBIGUOUS_US_STATES.items() if code == m.country):
                m.country = "USA"  # "Georgia businessman Bruce LeVell" in a story set in Atlanta
    _trim_person_names(doc, mentions)
    # A large gazetteer city NER did not see at all ("Kharkiv was struck") is a place.
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 4 or \
                tok.ent_type_:
            continue
        if (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        if places.city(tok.text) is None or actors.find_org(tok.text) is not None:
            continue
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, "GPE", tok.text, sent_of[tok.i], tok.i,
                    rule="gazetteer-city")
        _code(m)
        mentions.append(m)
        taken.add(tok.i)
    known: dict[str, str] = {}
    firsts: dict[str, str] = {}
    town_firsts: set[str] = set()
    for m in mentions:
        if m.type == "PERSON":
            words = m.name.split()
            if (len(words) >= 2 or m.honorific) and not countries.capital(words[-1]) and \
                    words[-1] not in actors.FIRM_ENDINGS and \
                    (not countries.code(words[-1]) or _demonym_surname(words)):
                # (a country ending a misread name is no surname: "... Ukraine"; a people's word after a given name
                # is: "Mark Cuban", "David French")
                known[words[-1]] = m.name
            if len(words) >= 2 and not countries.code(words[0]) and not countries.capital(words[0]):
                if places.city(words[0]) is None:
                    firsts[words[0]] = m.name  # "Kim" after "Kim Jong Un": a family name written first
                else:
                    town_firsts.add(words[0])  # "Nancy" after "Nancy Reagan"
    bodies = _bodies_named_as_such(doc, mentions)
    for m in mentions:
        if m.type in ("ORG", "NORP", "GPE", "FAC") and (m.name in known or m.name in firsts) and \
                (not m.org or (m.name in known and m.org not in bodies)) and \
                not (countries.demonym(m.name) and m.token is not None and m.token < len(doc) and
                     doc[m.token].dep_ in ("amod", "compound")):  # ("Cuban said", not "Cuban officials")
            # (a listed body's one-word name that is the surname of someone the article names in full is that
            # person's, unless the article writes the body as one somewhere: "Ann Wagner ... Wagner said")
            m.type, m.rule, m.country, m.sector, m.org = "PERSON", "name-propagation", None, None, None
        elif m.type == "GPE" and m.name in town_firsts and not m.org and m.token is not None and \
                m.token < len(doc) and (doc[m.token].dep_ in ("nsubj", "nsubjpass", "poss", "dobj") or (
                    doc[m.token].dep_ == "pobj" and doc[m.token].head.lower_ in ("with", "by", "against", "about"))):
            # "Nancy's role", "Nancy clashed with Regan" after "Nancy Reagan": the person acting, not the town
            # ("clashing with Nancy" too; a town stands after a preposition of place: "in Nancy")
            m.type, m.rule, m.country, m.sector = "PERSON", "name-propagation", None, None
    for tok in doc:
        if tok.i in taken or tok.text not in known or not tok.text[:1].isupper():
            continue
        if _name_word(doc, tok.i + 1):
            continue  # part of a longer name NER did not see
        given = doc[tok.i - 1] if tok.i > 0 else None
        if given is not None and given.i not in taken and _unknown_given_name(doc, given):
            # "Tashfeen Malik passed three background checks" untagged, "Ms. Malik" elsewhere: the full name
            name = f"{given.text} {tok.text}"
            mentions.append(Mention(given.idx, tok.idx + len(tok.text), name, "PERSON", name, sent_of[tok.i],
                                    tok.i, rule="name-propagation"))
            taken.update((given.i, tok.i))
            continue
        mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", tok.text, sent_of[tok.i],
                                tok.i, rule="name-propagation"))
        taken.add(tok.i)
    missed = _full_names_missed(doc, mentions, taken, sent_of)
    mentions.extend(missed)
    found = {m.name.split()[-1] for m in missed}
    for m in mentions:
        if m.type in ("ORG", "GPE", "FAC") and m.rule == "ner" and not m.org and m.name in found and \
                not country_index().code(m.name) and places.city(m.name) is None:
            # ("Crystal Clanton" found untagged: the "Clanton" NER read as an organisation is she)
            m.type, m.rule, m.country, m.sector = "PERSON", "name-propagation", None, None
    for m in mentions:
        if m.type == "PERSON" and m.rule in ("ner-relabelled-name", "ner-relabelled-figure", "name-propagation") and \
                not m.title:
            _titled(doc, m)
    return mentions


def _unknown_given_name(doc: Any, given: Any) -> bool:
    """A capitalised proper noun before a known surname that no list reads as anything else: a given name."""
    word = given.text
    if given.is_stop and word.casefold() not in common_given_names():
        return False  # "Against Trump", "Off Broadway": a word of the sentence ("Will Hurd" is a name)
    return given.pos_ == "PROPN" and re.fullmatch(r"[A-Z][a-z]+", word) is not None and \
        word.lower() not in TITLE_WORDS and word.lower() not in HONORIFICS and \
        word.casefold() not in actors.lexicon().roles and word.casefold() not in ORG_WORDS and \
        not country_index().find(word) and places.city(word) is None and actors.find_org(word) is None and \
        word.casefold() not in actors.lexicon().people and not _name_word(doc, given.i - 1) and \
        not (word.lower() in MONTHS and given.i > 0 and doc[given.i - 1].pos_ in ("DET", "ADP", "ADJ", "NUM")) and \
        word != "Team" and not (word.endswith("ing") and word.casefold() not in common_given_names()) and \
        (word.casefold() in _any_given_name() or not english_word(word))
    # (a month after an article or preposition is a date: "a June Trump campaign event"; "April Ryan" is a name;
    # "Team Trump" is a campaign, "Chasing Trump" a verb at a sentence's start, "Absent Sanders' plan" an
    # adjective: an English word that is no one's given name)


def _bodies_named_as_such(doc: Any, mentions: list[Mention]) -> set[str]:
    """Listed bodies the article writes as bodies somewhere: by a longer name ("the Wagner Group"), after an
    article ("the Wagner"), or before a noun they qualify ("Wagner fighters", "Philips shares")."""
    out = set()
    text = text_of(doc)
    for m in mentions:
        if not m.org:
            continue
        if len(m.name.split()) > 1 or re.search(r"\bthe\s+\Z", text[max(0, m.start - 5):m.start], re.I) or (
                m.token is not None and m.token < len(doc) and doc[m.token].dep_ in ("compound", "amod")):
            out.add(m.org)
    return out


def _demonym_surname(words: list[str]) -> bool:
    """A people's word that ends a full name after a given name: "Mark Cuban", "David French"."""
    return len(words) >= 2 and bool(country_index().demonym(words[-1])) and words[0].casefold() in given_names()


def _name_word(doc: Any, i: int) -> bool:
    """Whether token ``i`` (if any) is a capitalised proper noun: a word of a longer run of names."""
    return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"


def _full_names_missed(doc: Any, mentions: list[Mention], taken: set[int], sent_of: dict[int, int]) -> list[Mention]:
    """A full name NER passed over where the article names the person by surname elsewhere ("Rahm Emanuel may
    have thought ..." untagged, "Emanuel fired his police chief" tagged): a common given name of any language before
    the surname ("Crystal Clanton"; not "Welcome Jose", "New Apple"), no title, place, body or country word, makes a
    person's full name."""
    surnames = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name.strip() and not m.honorific}
    surnames -= {m.name.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.name.strip()}
    bodies = {m.name for m in mentions if m.type != "PERSON"}  # ("Aston Villa", a club: no "Aston" and "Villa")
    out = []
    roles = actors.lexicon().roles
    for tok in doc[1:]:
        given = doc[tok.i - 1]
        if tok.text not in surnames or tok.i in taken or given.i in taken or given.pos_ != "PROPN" or \
                not re.fullmatch(r"[A-Z][a-z]+", given.text) or given.text.casefold() not in common_given_names() or \
                given.text.lower() in TITLE_WORDS or \
                given.text.lower() in HONORIFICS or given.text.lower() in roles or \
                country_index().find(given.text) or places.city(given.text) is not None or \
                actors.find_org(given.text) is not None:
            continue
        if _name_word(doc, given.i - 1) or _name_word(doc, tok.i + 1) or f"{given.text} {tok.text}" in bodies:
            continue  # part of a longer run of names ("The Steve Harvey Morning Show")
        out.append(Mention(given.idx, tok.idx + len(tok.text), f"{given.text} {tok.text}", "PERSON",
                           f"{given.text} {tok.text}", sent_of[tok.i], tok.i, rule="full-name-missed"))
        taken.update((given.i, tok.i))
        surnames.discard(tok.text)
    return out


def _code(m: Mention) -> None:
    """Country and sector of non-person mentions from the lexicons."""
    if m.type == "PERSON":
        return
    countries = country_index()
    if m.type in ("GPE", "NORP", "LOC"):
        m.country = countries.code(m.name) or m.country
        if m.country is None and m.type == "GPE" and countries.capital(m.name) and \
                not actors.dwarfed_capital(m.name, countries.capital(m.name)):  # ("San Jose": California's)
            m.country = countries.capital(m.name)
            m.extra["capital"] = True
        county = re.fullmatch(r"(?:the\s+)?(.+?)\s+County", m.name)
        if m.country is None and county and (town := places.city(county.group(1))) is not None:
            m.country = town.country  # "Los Angeles County", "Kiambu County": the county of a town the gazetteer has
    if m.type in ("ORG", "FAC", "NORP") or m.country is None:
        coded = actors.code(m.name)
        bare = _unarticled(m.name)
        named = actors.lexicon().as_org.get(bare.casefold())  # a firm's own short name ("Apple", "Telegram")
        if coded.rule == "none" and m.type in ("ORG", "NORP") and bare[:1].isupper() and named is None and \
                not english_word(m.name) and (near := actors.near_body(m.name)) is not None and near.sector != "PTY" \
                and not _ending_apart(_unarticled(m.name).casefold(), near):
            # "Huthi", "Taleban", "Hizbullah": a listed body spelt as some agencies write it (not a party's
            # adjective, "Republican", which the text's words code; nor a firm's own short name, "Telegram")
            coded = actors.code(near.name)
            m.extra["near_spelling"] = near.name
        if coded.org:
            m.org, m.country, m.sector = coded.org, coded.country, coded.sector
            if m.type not in ("ORG", "FAC"):
                m.type = "ORG"
        elif (m.type == "ORG" or m.type == "GPE" and m.country is None and places.city(m.name) is None) and \
                named is not None:
            m.org, m.country, m.sector = named.name, named.country, named.sector  # "Apple said": the company
            m.type = "ORG"  # (and "Bloomberg reported", the tagger's place that is no town)
        elif m.type in ("ORG", "FAC"):
            m.country = m.country or coded.country
            m.sector = coded.known_sector


def _honorific_names(doc: Any, taken: set[int], sent_of: dict[int, int]) -> list[Mention]:
    """"Mr. X" where NER tagged nothing."""
    out = []
    for tok in doc[:-1]:
        low = tok.text.lower()
        if low not in HONORIFICS or not low.endswith(".") and low not in ("sir", "lady", "pope", "sheikh"):
            continue
        nxt = doc[tok.i + 1]
        if nxt.i in taken or not _NAME_TOKEN.match(nxt.text) or not nxt.text[:1].isupper() and "-" not in nxt.text:
            continue
        if nxt.lower_ in HONORIFICS or nxt.lower_ in TITLE_WORDS:
            continue  # "Lt. Col. Alexander Vindman": a rank of two words, the name after the second
        end_tok = nxt
        while end_tok.i + 1 < len(doc) and (doc[end_tok.i + 1].text[:1].isupper() or
                                            doc[end_tok.i + 1].text.lower() in PARTICLES) and \
                _NAME_TOKEN.match(doc[end_tok.i + 1].text) or (
                end_tok.text.lower() in PARTICLES and end_tok.i + 1 < len(doc) and
                doc[end_tok.i + 1].text[:1].isupper()):
            end_tok = doc[end_tok.i + 1]
        name = text_of(doc)[nxt.idx:end_tok.idx + len(end_tok.text)]
        m = Mention(tok.idx, end_tok.idx + len(end_tok.text), text_of(doc)[tok.idx:end_tok.idx + len(end_tok.text)],
                    "PERSON", name, sent_of[end_tok.i], end_tok.i, tok.text, HONORIFICS.get(low), rule="honorific")
        out.append(m)
        taken.update(range(tok.i, end_tok.i + 1))
    return out


def _lexicon_bodies(doc: Any, taken: set[int], sent_of: dict[int, int], ner: list[Mention]) -> list[Mention]:
    """Bodies from the actor lexicon that NER missed ("the Kremlin", "Hamas"), or of whose name NER read a part as a
    person's ("Under Armour": a person "Armour"; the person's mention in ``ner`` gives way)."""
    out = []
    lower = actors.lexicon().lower
    for m in actors.lexicon().org_pattern.finditer(text_of(doc)):
        if m.group(0) == m.group(0).lower() and " " not in m.group(0) and m.group(0) not in lower:
            continue  # ("more into amnesty": the policy, not Amnesty International; but "the world court")
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if any(t.i in taken for t in span):
            # (or the whole of it, for an acronym the lists know: "FBN" is Fox Business, no person)
            inner = [n for n in ner if n.type == "PERSON" and span.start_char <= n.start and n.end <= span.end_char
                     and (n.end - n.start < span.end_char - span.start_char or
                          m.group(0).isupper() and len(m.group(0)) >= 2 and n.name == m.group(0))]
            if not inner or any(t.i in taken and not any(n.start <= t.idx < n.end for n in inner) for t in span):
                continue
            for n in inner:
                ner.remove(n)
        out.append(_body_mention(span, actors.lexicon().orgs[m.group(0).casefold()], sent_of[span[-1].i],
                                 (m.start(), m.end(), m.group(0))))
        taken.update(t.i for t in span)
    out.extend(_near_spelt_bodies(doc, taken, sent_of))
    return out


def _ending_apart(word: str, body: Any) -> bool:
    """Whether ``word`` differs from each of the body's names only at its end ("Guardians", "Economists",
    "Senator" for the Guardian, the Economist, the Senato): another word's ending, no other spelling."""
    if " " in word:
        return False
    names = [a for a, org in actors.lexicon().orgs.items() if org is body] or [body.name.casefold()]
    keys = {re.sub(r"^the\s+", "", n) for n in names}
    return any(word.startswith(k) or k.startswith(word) for k in keys if len(k) >= 4 and " " not in k)


def _near_spelt_bodies(doc: Any, taken: set[int], sent_of: dict[int, int]) -> list[Mention]:
    """A listed body's name spelt a little apart that NER left alone: one capitalised word no other capitalised word
    runs on from, often before a hyphen ("Taleban fighters", "Huthi-run media"); not an English word, a firm's own
    short name or a party's (as ``_code`` guards the tagger's mentions)."""
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in ("PROPN", "ADJ", "NOUN") or len(tok.text) < 5 or \
                not tok.text[:1].isupper() or \
                tok.text.isupper() or english_word(tok.text) or tok.text.casefold() in actors.lexicon().as_org:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and before.text[:1].isupper() and before.pos_ != "DET" and not tok.is_sent_start or \
                after is not None and after.text[:1].isupper():
            continue  # (part of a longer name)
        near = actors.near_body(tok.text)
        if near is None or near.sector == "PTY" or _ending_apart(tok.lower_, near) or \
                tok.lower_ in TITLE_WORDS or actors.role_sector(tok.text)[0] is not None:
            continue  # (nor a title or a trade: "Senator" is no misspelt Senato)
        m = _body_mention(doc[tok.i:tok.i + 1], near, sent_of[tok.i])
        m.extra["near_spelling"] = near.name
        out.append(m)
        taken.add(tok.i)
    return out


def _lexicon_people(doc: Any, taken: set[int], sent_of: dict[int, int]) -> list[Mention]:
    """Well-known figures of the people lexicons whom NER passed over ("Abiy told lawmakers", "Debretsion"): a
    listed name or distinctive alias, capitalised, standing alone (no capitalised word runs on from it on either
    side, bar a sentence's first word before it), that ``actors.find_person`` reads as the figure."""
    out = []
    text = text_of(doc)
    for m in actors.lexicon().people_pattern.finditer(text):
        if not m.group(0)[:1].isupper():
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or any(t.i in taken for t in span) or not any(t.pos_ == "PROPN" for t in span):
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.text == "-" and after.i + 1 < len(doc) and
                                  doc[after.i + 1].text[:1].isupper()):
            continue  # part of a longer name or a body's ("Abiy Ahmed Ali", "Meles Zenawi Foundation")
        if before is not None and before.text[:1].isupper() and not before.is_sent_start:
            continue  # ("Prime Minister Abiy" is NER's or the title rule's to read; "Ethiopian Abiy" is rare)
        if actors.find_person(text[max(0, m.start() - 40):m.end()]) is None:
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, "PERSON", span.text, sent_of[span[-1].i],
                           span[-1].i, rule="lexicon-person"))
        taken.update(t.i for t in span)
    return out


def _body_mention(span: Any, org: Any, sent: int, written: tuple[int, int, str] | None = None) -> Mention:
    """The mention of a body the actor lexicon knows, at ``span`` (or at the ``written`` offsets and text)."""
    start, end, text = written or (span.start_char, span.end_char, span.text)
    return Mention(start, end, text, "ORG", text, sent, span[-1].i, country=org.country or None,
                   sector=org.sector or None, org=org.name, rule="lexicon")


@stage(requires=["doc"], assigns=["mentions"])
def mentions_stage(analysis: Analysis) -> None:
    text = text_of(analysis.doc)
    analysis.mentions = _joined_places([m for m in extract(analysis) if not _slogan_or_score(text, m)], text)
    for m in analysis.mentions:
        m.name = unmangled(m.name)  # (the text at the offsets stays as written: "JuliÃ¡n Castro" is Julián Castro)
    _shared_surnames(analysis.mentions, text)
    for m in analysis.mentions:
        if m.type in ("GPE", "LOC"):
            within = places.in_region(text_of(analysis.doc)[m.end:m.end + 40])  # "Moscow, Idaho", "Alexandria, Va."
            if within is not None:
                m.extra["within"] = within
    # the town "Clarkston, Ga." put in its country once is in it throughout the article ("Clarkston" alone)
    placed = {m.name: m.extra["within"] for m in analysis.mentions if "within" in m.extra}
    for m in analysis.mentions:
        if m.type == "GPE" and not m.country and m.name in placed and "within" not in m.extra and \
                places.city(m.name, (placed[m.name],)) is None:
            m.extra["within"] = placed[m.name]
    _namesake_towns(analysis.mentions)
    _states_bodies(analysis.mentions, text)
    _local_bodies(analysis.mentions)
    _dated_bodies(analysis.mentions, analysis.date)


def _states_bodies(mentions: list[Mention], text: str) -> None:
    """A state body the lists do not name, named with its state: "Afghanistan's Ministry of Foreign Affairs", "the
    Ministry of Foreign Affairs of Afghanistan" (else every state's "Ministry of Foreign Affairs" would be one entity,
    of no state)."""
    for k, m in enumerate(mentions):
        if m.type != "ORG" or m.country or m.org or m.sector not in actors.STATE_BODIES:
            continue
        before = mentions[k - 1] if k > 0 else None
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if before is not None and before.type in ("GPE", "NORP") and actors.national(before.country) and \
                re.fullmatch(r"(?:['’]s)?\s*", text[before.end:m.start]):
            m.country = before.country  # ("Afghanistan's", "Russian": the state before the body)
        elif after is not None and after.type == "GPE" and actors.national(after.country) and \
                re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end:after.start]):
            m.country = after.country  # ("the Ministry of Foreign Affairs of Afghanistan")


def _namesake_towns(mentions: list[Mention]) -> None:
    """A town named alone is the namesake in a state the article names by a country's, a region's or a people's
    name: "Derry" in a story about New Hampshire is Derry, N.H., not the larger Derry of Northern Ireland."""
    # (the mentions that name a state or a region, read once: the others may be towns)
    naming = [m for m in mentions if m.type in ("GPE", "NORP", "LOC") and "within" not in m.extra and
              (m.type == "NORP" or country_index().code(m.name) or places.region(m.name) is not None)]
    states = {c for m in naming for c in [_place_country(m)] if c and actors.national(c)}
    if not states:
        return
    named = {id(m) for m in naming}
    for m in mentions:
        if m.type != "GPE" or m.country is None or "within" in m.extra or m.country in states or id(m) in named:
            continue  # (a town left without a country is placed later, among the article's: ``resolve.other_ref``)
        largest = places.city(m.name)
        if largest is None or largest.country != m.country:
            continue  # (only a town the gazetteer coded: not a body's or a capital's country)
        local = places.city(m.name, tuple(sorted(states)))
        if local is not None and local.country in states:
            m.country = local.country


def _dated_bodies(mentions: list[Mention], date: str | None) -> None:
    """A body's sector on the article's date: the Taliban were rebels before 2021, and "Trump Taj Mahal" was no
    president's in 2016 (``_code`` reads names without a date; only the bodies whose sector a date changes, a
    listed body's with a start or one read from a figure or role, are read again)."""
    if not date:
        return
    for m in mentions:
        if m.type not in ("ORG", "FAC") or not m.sector:
            continue
        listed = actors.lexicon().orgs.get(m.org.casefold()) if m.org else None
        if m.org is None or listed is not None and listed.since:
            coded = actors.code(m.name, date=date)
            if coded.sector and coded.org == m.org:
                m.sector = coded.sector


def _shared_surnames(mentions: list[Mention], text: str) -> None:
    """"Khizr and Ghazala Khan", "Bill and Hillary Clinton": a given name joined to a full name shares its
    surname (not "Obama and Hillary Clinton": a listed figure's or a surname the article uses as one; nor
    "Hillary and Huma Abedin" where the article names Hillary Clinton)."""
    people = [m for m in mentions if m.type == "PERSON"]
    surnames = {m.name.split()[-1] for m in people if len(m.name.split()) > 1} | \
        {m.name for m in people if m.honorific or m.title}
    # given names the article gives someone in full ("Hillary Clinton"): "Hillary and Huma Abedin" are two women
    owners: dict[str, set[str]] = {}
    for m in people:
        if len(m.name.split()) > 1:
            owners.setdefault(m.name.split()[0], set()).add(m.name.split()[-1])
    for first, full in zip(people, people[1:]):
        words = full.name.split()
        if " " in first.name.strip() or len(words) < 2 or first.honorific or first.title or \
                not re.fullmatch(r"\s+(?:and|&)\s+", text[first.end:full.start]) or \
                not re.fullmatch(r"[A-Z][a-z'’-]+", first.name):
            continue
        if owners.get(first.name, {words[-1]}) != {words[-1]}:
            continue
        if first.name.casefold() in given_names() or \
                (first.name not in surnames and actors.find_person(first.name) is None):
            first.name = f"{first.name} {words[-1]}"


def _joined_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A country's name NER cut at its "and" ("Bosnia and" + "Herzegovina's", "Trinidad" and "Tobago") is one place
    again (not two countries named together: "Bosnia and Serbia"); a place's name
    that ran into a trailing "and" loses it."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type in ("GPE", "LOC") and m.type in ("GPE", "LOC") and \
                (prev.text.endswith(" and") and not text[prev.end:m.start].strip() or
                 text[prev.end:m.start].strip() in ("and", "&")):
            whole = text[prev.start:m.end]
            if country_index().code(whole):
                prev.end, prev.text, prev.name, prev.token, prev.country = m.end, whole, whole, m.token, None
                _code(prev)
                continue
        out.append(m)
    for m in out:
        if m.type in ("GPE", "LOC") and m.text.endswith(" and") and m.text == m.name and len(m.text) > 4:
            m.end, m.text, m.name = m.end - 4, m.text[:-4], m.name[:-4]
            m.country = None
            _code(m)
    return out


_QUOTE_MARKS = "\"'“”‘’"


_SCORE_LINE = re.compile(r"[A-Za-z]\s\d{1,2}\s+[A-Z]\w*(?:\s+[A-Z]\w*)?\s+\d")
_SCORE_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\b|\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+\d{1,2}\b")


def _slogan_or_score(text: str, m: Mention) -> bool:
    """A name that is a whole quotation and opens with no given name ("a shirt that read ''Fascist Trump''",
    "''Classic Clinton,'' he said"): a slogan or a verdict, no person; nor is a score line."""
    if m.type in ("PERSON", "ORG", "GPE") and (_SCORE_LINE.search(m.name) or (
            re.search(r"[A-Za-z]\s\d{1,2}$", m.name) and _SCORE_AFTER.match(text, m.end))):
        return True  # a score line ("Luton 2 Villa 0", "Luton 0" of "Luton 0 Villa 2"), no name ("Channel 12" is)
    if m.type != "PERSON" or " " not in m.name.strip() or m.name.split()[0].casefold() in given_names():
        return False
    before = text[max(0, m.start - 2):m.start]
    after = text[m.end:m.end + 3].lstrip(",.!?")
    possessive = after[:1] in ("'", "’") and after[1:2] == "s"  # ("“Mollie King’s blazer ...")
    return bool(before) and before[-1] in _QUOTE_MARKS and bool(after) and after[0] in _QUOTE_MARKS and not possessive


def _local_bodies(mentions: list[Mention]) -> None:
    """Organisations named by an abbreviation their country's news uses ("the APC", "the DA"): coded where the
    article names that country, and only one such body fits."""
    states = set(article_countries(mentions))
    if any(m.country == "EUR" for m in mentions):
        states.add("EUR")  # ("the EPP" where the article names the EU or one of its bodies)
    for m in mentions:
        if m.type not in ("ORG", "FAC") or (m.org is not None and m.country) or not states:
            continue  # (a body of no one country, "the Social Democrats", may be the one of the article's)
        name = m.name[4:] if m.name[:4].casefold() == "the " else m.name
        found = actors.local_org(name, states)
        if found is not None and found[1:] == (0, len(name)):
            m.org, m.country, m.sector = found[0].name, found[0].country, found[0].sector
            m.extra["local"] = True


def town(m: Mention, countries: tuple[str, ...]) -> places.Place | None:
    """The town a place mention names: in the country the text puts it in ("Moscow, Idaho"), else the one the
    article's countries pick; the US state where the text reads a country's name so ("Georgia")."""
    if m.extra.get("us_state"):
        return places.region(f"State of {m.name}")
    within = m.extra.get("within")
    return places.city(m.name, (within,), strict=True) if within else places.city(m.name, countries)
