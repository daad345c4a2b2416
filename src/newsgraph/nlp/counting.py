"""Which coded events count: the filters that drop an event with no one a reader could name (``keep``), a
campaign promise of nothing (``empty_promise``), and the ``private`` flag for private people's dealings with one
another. They run on finished events, after participants, modes, place and toll are read."""

from __future__ import annotations

from typing import Any

from ..ontology import actors, places
from .event_places import PHYSICAL
from .participants import Resolver, kind_of

PRIVATE = {"CVL", "EDU", "LAB", "MED", "JRN", "BUS", "REF", "AGR"}  # people whose travels are their own business

# Sectors of people and bodies that act on their own account: their dealings with one another are not political
# events unless they protest or someone is hurt (a state, an official, an armed group or a named body in the
# event makes it political).
PRIVATE_SECTORS = (PRIVATE - {"JRN", "REF"}) | {None}  # (journalists and refugees are news)


LEGAL_CHARGES = {"charge", "allegation", "accusation", "indictment", "conviction", "sentence", "verdict", "claim"}


def private(e: Any, resolver: Resolver) -> bool:
    """Whether an event is private life, not politics: every participant is a private person or body ("I met
    RuPaul at a rented cottage", "her label refused to release her album", "a drama teacher scolded him"). A
    protest is public by nature, and an attack is news unless a named private person did it ("he was shooting
    a reality show" is the parser's mistake, a stabbing with a toll is a crime reported)."""
    if e.type == "PROTEST" or e.fatalities is not None or e.injuries is not None:
        return False
    trigger = resolver.doc[e.token]
    if e.type in ("REJECT", "ACCUSE") and any(c.lemma_.lower() in LEGAL_CHARGES for c in trigger.children):
        return False  # "he rejects the charges", "rejected the allegations": a defendant answering the state
    if e.type in ("ASSAULT", "COERCE") and (e.actor is None or e.actor.mention is None or
                                           kind_of(e.actor, resolver) != "PERSON"):
        return False  # "Mr. Bibas was abducted", "an assault that killed civilians": violence, by whomever
    for p in (e.actor, e.recipient):
        if p is None:
            continue
        if p.sector not in PRIVATE_SECTORS:
            return False  # an official, a party, an armed group, a state
        kind = kind_of(p, resolver)
        if kind in ("GPE", "NORP") or "person '" in p.rule or p.rule.startswith(("lexicon-org", "country")):
            return False  # a country, a people, a figure or body the lexicons know
        if p.sector is None and kind not in ("PERSON", None):
            return False  # a body the lexicons do not know may be a public one ("the Ceasefire Violations Committee")
        if p.head >= 0 and resolver.doc[p.head].tag_ in ("NNS", "NNPS") and \
                (p.sector in (None, "CVL") or resolver.doc[p.head].lemma_.lower() == "student"):
            # "protesters have demanded", "activists are calling for", "students": the public, acting together
            # (not "experts" or "researchers")
            return False
    return True


PROMISING = {"pledge", "promise", "vow", "swear"}
CAMPAIGN_SECTORS = (PRIVATE - {"REF"}) | {None, "PTY", "ELI", "OPP", "LEG"}  # who makes campaign promises


def empty_promise(e: Any, resolver: Resolver, acts: set[int]) -> bool:
    """A campaign promise made to no one of nothing the coder reads as an event: "vows to be even tougher than
    the president on trade", "promising to create a big spectacle". (A promise of an act is coded from the act:
    "pledged to send air defences" is AGREE plus a future AID; one made to someone keeps its recipient.)"""
    tok = resolver.doc[e.token]
    if e.type != "AGREE" or e.derived or tok.lemma_.lower() not in PROMISING or \
            (e.actor is not None and e.actor.sector not in CAMPAIGN_SECTORS):
        return False  # (a junta that "promised to hold elections" commits its state)
    subjects = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # (not the town it was made in, nor a fellow candidate named beside the promiser: "Clinton and O'Malley
    # have pledged to act on immigration")
    fellow = e.recipient is not None and e.recipient.head in subjects and e.recipient.mention is not None and \
        kind_of(e.recipient, resolver) == "PERSON"
    town = e.recipient is not None and e.recipient.mention is not None and town_mention(resolver, e.recipient.mention)
    to_someone = e.recipient is not None and not e.recipient.rule.startswith("place in clause") and not fellow and \
        not town
    if to_someone:
        return False
    nested = [c for c in tok.children if c.dep_ in ("xcomp", "dobj")]  # ("promising lower taxes and jobs")
    return bool(nested) and not any(t.i in acts for c in nested for t in c.subtree)


def town_mention(resolver: Resolver, mention: int) -> bool:
    """Whether a mention names a town or a place, not a state ("at a Las Vegas rally")."""
    m = resolver.a.mentions[mention]
    if m.type in ("LOC", "FAC"):
        return True
    return m.type == "GPE" and not actors.country_index().code(m.name) and places.city(m.name) is not None


def keep(e: Any) -> bool:
    """An event needs a known actor; without one, a physical happening is kept for its victim, toll or place.
    Otherwise an event whose recipient is known ("Libya was accused of ...": by whom is not said) is kept but
    flagged ``unattributed``, so default views and counts leave it out while the sentence's type is still coded.
    A meeting needs its participants, and a town or its people is where, not whom: those are dropped."""
    press = [p for p in (e.actor, e.recipient) if p is not None and p.sector == "JRN"]
    if e.type == "CONSULT" and e.rule not in ("consult.meet", "consult.noun") and press:
        # "speaking to a news channel", "spoke with VOA": a statement to the press, not a meeting; "VOA spoke with
        # Armitage about his trip": an interview
        return False
    if e.type == "CONSULT" and e.mode == "visit" and (e.recipient is None or not e.recipient.coded) and \
            e.place is None:
        return False  # "we went to the cemetery": a trip to nowhere a reader could place
    if e.actor is not None and e.actor.coded:
        return True
    if e.type == "CONSULT" and e.mode == "visit":
        return False  # "after arriving in the U.S.": a trip is news only with its traveller
    placed = e.place is not None and e.place.get("country") is not None  # (not "these occupy Madison Square Park")
    if e.type in PHYSICAL and (e.fatalities is not None or e.injuries is not None or placed or
                               (e.recipient is not None and e.recipient.coded and e.type == "ASSAULT")):
        return True
    r = e.recipient
    if r is not None and r.coded and e.type != "CONSULT" and r.sector != "CVL" and "town" not in r.rule \
            and "place" not in r.rule:
        e.aux = sorted(set(e.aux) | {"unattributed"})
        return True
    return False
