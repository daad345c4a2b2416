"""Roles and affiliations read from the text: titles before a name and appositives beside it.

"President Volodymyr Zelensky of Ukraine" → role President, country UKR; "Sergey V. Lavrov, Russia's foreign
minister" → role foreign minister, country RUS; "Max Bergmann, a Russia analyst at the Center for Strategic and
International Studies" → role Russia analyst, organisation CSIS. Each role carries the article's date, so a
person's roles form a dated history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..ontology import actors
from ..ontology.countries import index as country_index
from .mentions import Mention
from .pipeline import Analysis, stage, text_of

_DETERMINERS = re.compile(r"^(?:a|an|the|his|her|their|its)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Role:
    role: str
    org: str | None
    country: str | None
    sector: str | None
    date: str | None
    source: str  # title | appositive | of-country

    def as_dict(self) -> dict[str, Any]:
        return {"role": self.role, "org": self.org, "country": self.country, "sector": self.sector,
                "date": self.date, "source": self.source}


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).strip(" ,;")
    return _DETERMINERS.sub("", text)


_KIN = {"husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "cousin", "uncle", "aunt",
        "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "partner", "fiance",
        "fiancee", "widow", "widower", "child", "children", "sons", "daughters", "parents", "relative"}


def _kin(noun: Any) -> bool:
    """"her husband, Yarden": a kinship noun with a possessive names another person's relation, not a role."""
    return noun.lemma_.lower() in _KIN and any(c.dep_ == "poss" for c in noun.children)


def appositive(doc: Any, m: Mention) -> tuple[str, int, int] | None:
    """The appositive describing the person named by ``m`` (either direction), as text with offsets."""
    head = doc[m.token]
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ != "PERSON" \
                and child.tag_ not in ("NNS", "NNPS") and not _kin(child) \
                and not any(c.dep_ == "cc" and head.i < c.i < child.i for c in head.children) \
                and not _colon_between(doc, head.i, child.i):
            # (not "Mr. Scholz and Poland's prime minister, Donald Tusk": after "and" it describes the next one)
            sub = list(child.subtree)
            # (a second appositive stacked on it is the object of "called" or a description of something else:
            # "called Clinton, his Democratic challenger, an ISIS co-founder")
            if sub[0].tag_ == "PRP":
                return None  # "the disrespect of Donald Trump, him disrespecting immigrants, women, judges": no role
            nested = {t.i for c in child.children if c.dep_ == "appos" for t in c.subtree}
            if nested:
                sub = [t for t in sub if t.i < min(nested)]
                while sub and sub[-1].is_punct:
                    sub.pop()
            return text_of(doc)[sub[0].idx:sub[-1].idx + len(sub[-1].text)], sub[0].idx, sub[-1].idx + len(sub[-1].text)
    # (a plural describes a group the person is one of: "Trump's two Republican rivals, Ted Cruz and John Kasich")
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.ent_type_ != "PERSON" \
            and head.head.tag_ not in ("NNS", "NNPS") and not _kin(head.head) \
            and not _colon_between(doc, head.i, head.head.i):
        noun = head.head
        left = [t for t in noun.subtree if t.i < head.i and t.i <= noun.i]
        if left:
            return (text_of(doc)[left[0].idx:noun.idx + len(noun.text)], left[0].idx, noun.idx + len(noun.text))
    return None


def _colon_between(doc: Any, i: int, j: int) -> bool:
    """"Armitage: Probably the Russia attack ...": what follows a speaker's name and a colon is what they said
    (an interview's transcript), not who they are."""
    return any(t.text == ":" for t in doc[min(i, j):max(i, j)])


def _of_country(doc: Any, m: Mention) -> str | None:
    """"President Vladimir V. Putin of Russia": a country right after the name."""
    i = m.token + 1
    if i + 1 < len(doc) and doc[i].text == "of" and doc[i + 1].ent_type_ == "GPE":
        j = i + 1
        while j + 1 < len(doc) and doc[j + 1].ent_type_ == "GPE" and doc[j + 1].ent_iob_ == "I":
            j += 1
        return country_index().code(doc[i + 1:j + 1].text)
    return None


def roles_for(doc: Any, m: Mention, date: str | None) -> list[Role]:
    out = []
    of_country = _of_country(doc, m)
    if m.title:
        title = _clean(m.title)
        sector, _ = actors.role_sector(title)
        country = m.country or of_country
        body = actors.code(title)  # "Hamas official", "UN envoy": the body's country and sector
        if body.sector and body.rule.startswith("role:"):
            sector = body.sector  # (the whole title read: "House Judiciary Committee Chairman" is a legislator)
        if body.org is not None and body.sector:
            out.append(Role(title, body.org, body.country or country, body.sector, date, "title"))
        elif title.lower() not in ("mr.", "ms.", "mrs.") and sector:
            out.append(Role(title, None, country, sector, date, "title"))
    app = appositive(doc, m)
    if app is not None:
        text = _clean(app[0])
        if 2 <= len(text) <= 160 and not text[:1].isdigit() and \
                not re.match(r"(?:who|which|whose|that|possibly|perhaps|probably|apparently|allegedly|maybe)\b",
                             text, re.IGNORECASE):  # (a clause or a guess, not a role)
            role = re.split(r"\s*[,;—–(]\s*|\s+(?:who|which|whose|that)\s+", text, maxsplit=1)[0]
            role = " ".join(role.split()[:12])
            # coded from the description itself, not the clause after it ("a homemaker who attended a Clinton
            # rally" is no official of Clinton's)
            described = re.split(r"\s+(?:who|which|whose|that)\s+", text, maxsplit=1)[0]
            coded = _body_led(role or text) or actors.code(described)
            org = None
            span = doc.char_span(app[1], app[2], alignment_mode="expand")
            if span is not None:
                orgs = [e for e in span.ents if e.label_ in ("ORG", "FAC")]
                if orgs:
                    org = re.sub(r"^the\s+", "", orgs[0].text)
            if coded.sector or coded.country or org:
                # a named person described as "an Israeli woman" is no unidentified actor (UNK): a civilian
                sector = "CVL" if coded.sector == "UNK" else coded.sector
                out.append(Role(role or text, coded.org or org, coded.country or of_country, sector, date,
                                "appositive"))
    if of_country and not out:
        out.append(Role("", None, of_country, None, date, "of-country"))
    return out


_HEADS = re.compile(r"(?:\w+\s+){0,3}?(?:president|chairman|chairwoman|chair|director|head|founder|co-founder|"
                    r"chief executive|leader)\s+(?:of|at)\s+(?P<body>[A-Z].*)", re.IGNORECASE)


def _body_led(role: str) -> actors.ActorCode | None:
    """"president of Students For Life of America", "founder of Judicial Watch": the head of a body has the
    body's sector, and none when the body is unknown (not the government's that "president" alone suggests)."""
    m = _HEADS.fullmatch(role)
    if m is None:
        return None
    text = re.sub(r"^the\s+", "", m.group("body"))
    body = actors.code(text)
    named = all(w[:1].isupper() for w in text.split() if len(w) > 3)  # a body's own name: "Students For Life"
    # (people named in a body's name are no sector: "Students For Life of America", "Citizens United")
    if body.org or (body.sector and not (named and body.sector == "CVL" and body.rule.startswith("role:"))):
        return None  # a known body, or a state's: the whole description codes as usual
    return actors.ActorCode(body.country, None, None, "head of an unknown body")


@stage(requires=["doc", "mentions", "persons"], assigns=["persons"])
def roles_stage(analysis: Analysis) -> None:
    for m in analysis.mentions:
        if m.type != "PERSON" or "person" not in m.extra:
            continue
        found = roles_for(analysis.doc, m, analysis.date)
        if found:
            person = analysis.persons[m.extra["person"]]
            existing = getattr(person, "roles", [])
            person.roles = existing + [r for r in found if r not in existing]  # type: ignore[attr-defined]
