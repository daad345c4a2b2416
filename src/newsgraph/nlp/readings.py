"""How a rule that fired is read against the sentence's participants (step 1 of ``events.py``, refined).

A verb or noun matched by ``lexicons/events.toml`` is not yet an event. ``read_rule`` looks at who acts, who is
acted on and the words around the trigger, and returns the rule itself, another rule the sentence makes of it,
or None when there is no event:

- words, not violence: a politician's "attack" in a tweet or an ad, "leveled criticism at", "blistering
  attacks" (``_verbal_attack``) become ACCUSE/disapprove;
- violent words that hurt no one: polls ("beats Trump by 46 percent"), suicides, "struck by her story",
  "dead and wounded per day", political contests (``_not_violent``);
- talk with no counterpart: a speech to an audience, a call that names something (``_no_one_consulted``),
  a speech verb that only tags a question (``_asks_a_question``);
- statements that report no act: numbers falling, opinions of private people, speech tags, possibilities,
  campaigning, publishing, exhortations ("let's"), and the conversions an actor makes (crowds massing
  protest, troops arriving deploy, peacekeepers arriving aid, tariffs that "hit" sanction).

Each check names the news text it was written for; each has a hand-written test in
``tests/test_nlp_events.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..ontology import actors
from ..ontology.patterns import Patterns, Rule
from .events import (CAMPAIGNERS, CAMPAIGNING, CONTAINERS, COURSES, CROWDS, DOCUMENTS, FORCES, INSTITUTIONS,
                     PRESS_SILENCE, SANCTION_NOUNS, VEHICLES, _WEAPONS, Trigger, _military, _plural_subject,
                     _prep_objects, _quote_follows, actor_heads)
from .counting import PRIVATE, PROMISING
from .participants import Participant, Resolver, kind_of, passive_subject, subject_of


def read_rule(t: Trigger, rule: Rule, heads: list[Any], actor_ps: list[Participant],
              rec_ps: list[Participant], resolver: Resolver, pats: Patterns) -> Rule | None:
    """The rule as the sentence's participants read it: None when they show there is no event ("a cyclone
    slammed into", "declined to comment"), else the rule itself or the one they make it ("tariffs targeting
    Canada" is a SANCTION, arriving troops deploy)."""
    tok = t.tok
    if rule.type == "PROTEST" and tok.lemma_.lower() == "demonstrate" and \
            (any(c.dep_ in ("dobj", "ccomp") for c in tok.children) or
             any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)):
        # ("as previous campaigns have demonstrated, ...")
        return None  # "demonstrate the added value", "demonstrated that it works": showing, not protesting
    crowd = heads or ([tok.head] if tok.dep_ == "acl" and tok.head != tok else [])  # "Hundreds of people massed"
    if rule.type == "MOBILIZE" and rule.mode == "troops" and crowd and \
            all(h.lemma_.lower() in CROWDS or h.lower_ in CROWDS for h in crowd):
        # "hundreds of people massed in front of the consulate": a crowd gathering, not troops
        rule = replace(rule, type="PROTEST", mode="demo", id=f"{rule.id} > crowd")
    if rule.id == "mobilize.send" and tok.lemma_.lower() == "order" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children):
        return None  # "ordered troops to withdraw" is no deployment; "ordered 2,000 troops to Los Angeles" is
    if rule.type == "PROTEST" and tok.lemma_.lower() == "march" and tok.pos_ == "NOUN" and any(
            (c.dep_ == "amod" and c.lower_ in ("long", "slow", "steady", "inexorable", "relentless", "onward")) or
            (c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")) for c in tok.children):
        return None  # "Europe's long march toward a common union": a course, no demonstration
    if rule.type == "ACCUSE" and tok.lemma_.lower() == "suspect" and heads and any(
            c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and _same_person(g, heads[0]) for g in c.children)
            for c in tok.children):
        return None  # "Sanders said he suspects he'll campaign for Canova": a guess about oneself, no charge (but
        # "we suspect that he's going to usurp the voice of the people" suspects another)
    if rule.id == "protest.strike" and t.obj is not None and t.obj.lemma_.lower() == "strike" and _military(t.obj):
        # "Russia launched strikes on Kyiv", "Israel launched a strike on Iranian nuclear facilities": weapons
        return replace(rule, type="ASSAULT", mode=None, contexts=("military",), id=f"{rule.id} > armed",
                       recipient=("on", "against", "across", "inside"))
    if rule.id == "coerce.seize" and t.obj is not None and t.obj.lemma_.lower() in GROUND and actor_ps and \
            all(p.sector in FIGHTERS for p in actor_ps):
        # "Rebels seized the town of Bunagana", "Russian forces captured the village of Pishchane", "took control
        # of Goma": ground taken in fighting is an assault (CAMEO 192 "occupy territory" is a FIGHT), as "captured
        # Goma" is; a state seizing land or assets coerces
        return replace(rule, type="ASSAULT", mode=None, contexts=("military",), id=f"{rule.id} > capture")
    if rule.id == "coerce.seize" and t.obj is not None and t.obj.lemma_.lower() == "control" and actor_ps and \
            all(p.sector in CIVIL or p.sector is None for p in actor_ps):
        return None  # "the company regained control of its website", "he has regained control over his health"
    if rule.id == "retreat.lift" and tok.lemma_.lower() in ("pause", "postpone") and \
            not any(c.dep_ == "dobj" and (c.lower_ in rule.objects or c.lower_ in PORTIONS and any(
                g.lower_ in rule.objects for p in c.children if p.lower_ == "of" for g in p.children))
                for c in tok.children):
        return None  # "postponed the reopening of the crossing": what is put off is the easing itself
    if rule.id == "concede.lift" and t.obj is not None and t.obj.lemma_.lower() in REIGNS and \
            t.obj.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                                for c in t.obj.children):
        # (not "relaxing fiscal rules")
        return None  # "rebels entered Damascus, ending Assad's rule": an end brought about, no restriction lifted
    if rule.id == "consult.mediate.launch" and t.obj is not None and t.obj.lemma_.lower() != "mediation" and \
            not any(w.lemma_.lower() in MEDIATING for w in t.obj.subtree):
        return None  # "she began this effort in earnest", "delegates leading the stop-Trump efforts": no mediation
    if rule.type == "ASSAULT" and tok.lemma_.lower() in ("rocket", "skyrocket") and tok.pos_ == "VERB" and \
            not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return None  # "who rocketed from near-obscurity to winning primaries": a rise
    if rule.type == "COOPERATE" and tok.lemma_.lower() == "trade" and \
            any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and \
            any(g.dep_ == "poss" for c in tok.children if c.dep_ == "dobj" for g in c.children):
        return None  # "Trump has traded his usual rallies for a town hall": one thing for another
    if rule.type == "MOBILIZE" and rule.mode == "troops" and tok.lemma_.lower() in ("mobilize", "mobilise") and \
            not any(c.dep_ == "dobj" for c in tok.children) and actor_ps and \
            all(p.sector in CIVIL for p in actor_ps):
        return None  # "the families of the company's founders had mobilized": a campaign for a cause, no troops
    if rule.id == "agree.promise" and heads and all(h.pos_ == "NOUN" and h.lemma_.lower() in OUTCOMES for h in heads):
        return None  # "Clinton's win in six states assures her of 318 delegates": a result, no one's promise
    if rule.type in ("AGREE", "CONCEDE", "SUPPORT", "COOPERATE", "REJECT", "RETREAT") and heads and \
            all(h.lemma_.lower() in DOCUMENTS for h in heads):
        return None  # "the constitution guarantees", "this law allows the government to": a text, not an actor
    if rule.type == "ASSAULT" and any(g.lower_ == "air" for w in ([t.obj] if t.obj is not None else []) + [tok]
                                      for c in w.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                                      for g in c.children if g.dep_ == "pobj"):
        return None  # "fired shots in the air to disperse the crowd": a warning, no one was fired on
    if _idle_words(t, rule, heads, actor_ps, rec_ps):
        return None
    if rule.id == "agree.promise" and any(
            (c.dep_ == "xcomp" and (c.lemma_.lower() in RETALIATING or (
                c.lemma_.lower() in ("hit", "strike", "fight") and any(g.lower_ == "back" for g in c.children)))) or
            (c.dep_ == "dobj" and c.lemma_.lower() in REVENGE) for c in tok.children):
        # "vowed to retaliate", "vowed to respond", "vowed revenge for the killing": a threat, no commitment
        return replace(rule, type="THREATEN", mode="violence", id=f"{rule.id} > retaliation")
    if rule.type == "RETREAT" and t.obj is not None and t.obj.lemma_.lower() == "campaign" and any(
            (c.dep_ == "poss" and c.lower_ in ("his", "her", "their")) or
            (c.dep_ in ("amod", "compound") and c.lower_ in ELECTORAL) for c in t.obj.children):
        return None  # "the Florida senator suspended his campaign": a candidate bows out, no ceasefire
    if rule.id == "support.rally" and tok.lemma_.lower() == "stand" and any(
            g.lower_ == "way" for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
        return None  # "the outlets have been standing in the way": obstruction, no support
    if rule.type == "SUPPORT" and heads and all(h.lemma_.lower() in VOTERS for h in heads) and \
            all(kind_of(r, resolver) == "PERSON" for r in rec_ps):
        return None  # "black voters supported her by a 67-point margin": votes cast, a result, no one's act
    if rule.type == "COOPERATE" and _drills_alone(t, actor_ps):
        # "China held military drills around Taiwan": one country's exercises are a show of force (PLOVER codes
        # joint exercises as cooperation, single-country ones as MOBILIZE)
        return replace(rule, type="MOBILIZE", mode="troops", contexts=(), id=f"{rule.id} > drills")
    if rule.type == "ACCUSE" and rule.mode == "investigate" and actor_ps and \
            all(p.sector == "JRN" for p in actor_ps):
        return None  # "The New Yorker investigates Obama's failure": reporting, no inquiry with powers
    if rule.type == "ASSAULT" and tok.lemma_.lower() == "offensive" and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in CHARMS for c in tok.children):
        return None  # "a charm offensive in Africa", "a diplomatic offensive": courting, no attack
    if rule.type == "ASSAULT" and _not_violent(t, rule, actor_ps, rec_ps, resolver, pats):
        return None
    if rule.type == "ASSAULT" and _verbal_attack(t, heads, actor_ps, rec_ps, resolver, pats):
        # "Trump attacked Machado in early-morning tweets", "a campaign ad hitting Trump for not paying taxes":
        # words, not weapons
        return replace(rule, type="ACCUSE", mode="disapprove", contexts=(), id=f"{rule.id} > words")
    if rule.type == "ASSAULT" and heads and (all(h.lemma_.lower() in SANCTION_NOUNS for h in heads) or (
            tok.lemma_.lower() == "target" and all(h.lemma_.lower() in DOCUMENTS for h in heads))):
        # ("legislation targeting Turkey": a sanctions bill)
        # "Trump's tariffs targeting Canada", "the sanctions hit Russian banks": an economic measure
        rule = replace(rule, type="SANCTION", mode=None, id=f"{rule.id} > measure")
    if rule.type == "ASSAULT" and tok.lemma_.lower() in ("target", "hit") and tok.tag_ == "VBG" and \
            any(o.lemma_.lower() in TRADE_TARGETS for o in tok.children if o.dep_ == "dobj") and \
            any(w.lemma_.lower() in SANCTION_NOUNS for w in tok.sent):
        # "adopted its 19th package of sanctions against Russia, targeting liquefied natural gas imports": what
        # the sanctions bear on (coded from the sanctions), no strike
        return None
    if rule.id == "assault.capture" and tok.lemma_.lower() == "take" and t.obj is not None and \
            any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.obj.children):
        return None  # "he takes his positions out of convenience": a stance
    if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "dobj", "xcomp") and tok.head.lemma_.lower() == "make":
        return None  # "who has made protecting religious liberties a centerpiece of his campaign"
    if rule.id == "assault.execute" and tok.lemma_.lower() == "hang" and tok.pos_ == "VERB" and \
            not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return None  # "such sentiments hung in the air": nobody was hanged
    if rule.type == "MOBILIZE" and tok.lemma_.lower() == "position" and tok.dep_ in ("acomp", "amod"):
        return None  # "he is very well-positioned for a general election"
    if _poll_finding(tok):
        return None  # "early polls show voters resoundingly rejecting Mr. Trump": opinion measured, no act
    if rule.type == "AGREE" and tok.lemma_.lower() == "commit" and tok.tag_ == "VBN":
        devoted = _prep_objects(tok, "to")
        if any(g.lemma_.lower() in VALUES for g in devoted):
            return None  # "the Department is committed to transparency": a creed, no commitment to anyone
        if any(g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG") or actors.role_sector(g.text)[0] is not None
               for g in devoted):
            # "he's committed to the Vermont senator": a supporter's choice
            return replace(rule, type="SUPPORT", mode=None, contexts=(), id=f"{rule.id} > backing")
    patient = passive_subject(tok) if tok.pos_ == "VERB" else None
    if rule.type in ("ASSAULT", "SUPPORT") and patient is not None and (patient.lemma_.lower() in MONIES or (
            patient.lemma_.lower() in MEASURES and not any(a.coded for a in actor_ps))):
        return None  # "sales have been badly hit", "the dollar was supported by recent economic data": markets
    if rule.type == "ASSAULT" and heads and all(h.lemma_.lower() in MEASURES | MARKET_FORCES for h in heads):
        return None  # "higher mortgage rates continue to hit demand", "inflation battered households": economics
    if rule.type == "AID" and t.obj is not None and t.obj.lemma_.lower() in ("troop", "soldier", "force") and \
            rec_ps and actor_ps and all(r.country and r.country == actor_ps[0].country for r in rec_ps):
        # "Mexico sent 10,000 troops to its northern border": a deployment at home, no aid to anyone
        rule = replace(rule, type="MOBILIZE", mode="troops", id=f"{rule.id} > at home")
    if rule.id == "sanction.withdraw" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("troop", "soldier", "force")
                                              for c in tok.children):
        # "France began withdrawing its troops from Chad under an agreement": troops pulled out (the agreement
        # is what they leave under, not what is left)
        rule = replace(rule, type="RETREAT", mode="withdraw", id=f"{rule.id} > troops", recipient=("from",))
    elif rule.type == "AID" and t.obj is not None and t.obj.lemma_.lower() in ("troop", "soldier", "force") and \
            any(g.lemma_.lower() in FRONTIERS for p in ("to", "toward", "towards") for g in _prep_objects(tok, p)):
        # "Russia sent troops to the border with Ukraine", "Ukraine sent more troops to the border": forces
        # massed at a frontier, no aid to the state beyond it
        rule = replace(rule, type="MOBILIZE", mode="troops", id=f"{rule.id} > deployment",
                       recipient=("to", "into", "near", "along", "toward", "towards"))
    if rule.type == "REQUEST" and tok.pos_ == "VERB" and tok.lemma_.lower() in QUESTIONING and _asks_a_question(tok):
        return None  # '"Where do we go from here?" he asks', "Vitter demanded.", "asked whether it was true"
    if rule.type == "REJECT" and tok.lemma_.lower() in ("decline", "drop", "fall") and (
            any(c.dep_ == "advmod" and c.lower_ in AMOUNT_ADVERBS for c in tok.children) or
            any(g.like_num or g.lemma_.lower() in ("percent", "%", "point")
                for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "by")
                for o in c.children for g in o.subtree)):
        return None  # "its rating has declined slightly from 58 percent to 55": a number going down
    if rule.type == "SUPPORT" and any(
            g.lemma_.lower() in ("percent", "%") for c in tok.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "of", "among", "by") for o in c.children
            for g in o.subtree):
        return None  # "Mr. Sanders has backing from 33 percent", "supported by 52 percent of voters": a poll
    if rule.type in ("SUPPORT", "REJECT", "AGREE") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in ("percent", "%") or
                                                  (c.like_num and c.head == tok)) for c in tok.children):
        return None  # "1 percent support the Green Party's Jill Stein", "58 percent oppose it": a poll
    if rule.type == "REJECT" and tok.lemma_.lower() in ("decline", "refuse") and \
            any(c.dep_ == "xcomp" and c.lemma_.lower() in PRESS_SILENCE for c in tok.children):
        return None  # "declined to comment", "refused to answer questions": silence towards the press
    if rule.type == "PROTEST" and tok.lemma_.lower() in CAMPAIGNING and actor_ps and not rec_ps and \
            all(a.sector in CAMPAIGNERS for a in actor_ps) and all(h.pos_ != "PRON" for h in heads) and \
            not any(h.lemma_.lower() in CROWDS | {"member", "follower", "youth", "loyalist"} for h in heads):
        # (but "activists from the Fatah Party staged rallies against the party's leader" protest)
        return None  # "Mrs. Clinton has held rallies in Cleveland", "Trump walked onto the stage, chanting": campaigning
    if rule.id == "coerce.martial" and t.obj is not None and t.obj.lemma_.lower() in ("law", "rule") and \
            not any(c.lemma_.lower() in ("martial", "military", "emergency", "direct", "presidential", "army")
                    for c in t.obj.children):
        return None  # "enforcing the law": not martial law
    if rule.type in ("COERCE", "ASSAULT") and t.obj is not None and t.obj.lemma_.lower() == "control" and \
            any(g.lemma_.lower() in INSTITUTIONS for g in _prep_objects(t.obj, "of") + _prep_objects(tok, "of")):
        return None  # "helped Republicans take control of the House": an election
    said = t.obj if t.obj is not None else next((c for c in tok.children if c.dep_ == "dobj"), None)
    if said is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and \
            not any(c.dep_ in ("nsubjpass",) for c in tok.children):
        said = tok.head  # "an attack he leveled at Clinton": the antecedent is what was leveled
    if rule.type == "RETREAT" and rule.mode == "withdraw" and actor_ps and all(a.sector in PRIVATE for a in actor_ps):
        return None  # "the mother of the fallen soldier had evacuated": people fleeing, no side pulling back
    if tok.lemma_.lower() == "blame" and tok.head != tok and tok.head.lemma_.lower() == "be" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # "the Ukrainian president was to blame for the devastation": who is blamed, not who blames
    if rule.id == "accuse.investigate.put" and tok.lemma_.lower() in ("come", "be", "fall"):
        return None  # "Costa Rica came under scrutiny": its subject is looked at, by someone the clause does not name
    if heads and all(h.lower_ in GENERIC_ACTORS for h in heads):
        return None  # "anybody who attacks him", "whoever meets him": no one in particular
    if heads and all(h.lemma_.lower() in ("person", "individual", "one") and
                     any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "every", "each") for d in h.children)
                     for h in heads):
        return None  # "battery is committed when a person strikes another person": a definition, no one
    if rule.type == "ASSAULT" and tok.pos_ == "NOUN" and rec_ps and all(
            any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in tok.doc[r.head].children)
            for r in rec_ps if r.head >= 0):
        return None  # "attacks on any American ... is an attack on all of us": any attack, none in particular
    if rule.type == "ASSAULT" and actor_ps and all(a.sector == "PTY" for a in actor_ps) and \
            _struck(t).lemma_.lower() in VERBAL_HITS and not _weapon_named(tok, pats):
        # "the super PAC has spent over $2 million targeting the real estate mogul in Wisconsin": a party's or a
        # PAC's attack is made of ads and words
        return replace(rule, type="ACCUSE", mode="disapprove", contexts=(), id=f"{rule.id} > words")
    if rule.id == "concede.allow" and heads and all(h.pos_ == "NOUN" and not h.ent_type_ and
                                                    actors.role_sector(h.text)[0] is None for h in heads):
        return None  # "the MEB's flexibility allows Volkswagen to tinker", "a monitor which allows safer parking"
    if rule.type in ("ASSAULT", "SANCTION") and tok.lemma_.lower() in ("hit", "reach", "strike") and \
            said is not None and (said.like_num or said.lower_ in ("%", "percent") or
                                  any(c.like_num for c in said.children)):
        return None  # "the bond has weakened sharply, hitting 16.057% on Monday": a number reached
    if rule.id == "concede.allow" and any(c.dep_ in ("dobj", "nsubj") and c.lower_ in REFLEXIVE
                                          for w in [tok, *[c for c in tok.children if c.dep_ == "ccomp"]]
                                          for c in w.children):
        return None  # "Devine did allow himself to address the hypothetical": leave given to oneself
    moved = t.obj if t.obj is not None else next((c for c in tok.children if c.dep_ == "dobj"), None)
    if rule.type == "MOBILIZE" and rule.mode == "troops" and moved is not None and moved.pos_ == "NOUN" and \
            any(c.dep_ == "poss" and c.pos_ == "PRON" for c in moved.children) and \
            moved.lemma_.lower() not in ARMED_NOUNS | FORCES | _WEAPONS and \
            actors.role_sector(moved.text)[0] not in ARMED | {"PRM"} and not moved.ent_type_ and \
            not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in moved.children) and actor_ps and \
            all(kind_of(a, resolver) == "PERSON" and a.sector not in ARMED for a in actor_ps):
        return None  # "Mrs. Clinton has positioned her agenda around plans to", "deployed his charm": no troops
    lemma = tok.lemma_.lower()
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    deal = t.obj if t.obj is not None and t.obj.lemma_.lower() == "deal" else tok if lemma == "deal" else None
    if deal is not None and deal.pos_ == "NOUN" and \
            any(c.dep_ == "amod" and c.lower_ in ("good", "great") for c in deal.children) and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in deal.children):
        return None  # "he has already completed a good deal of reclamation work": a quantity, no agreement
    if rule.id == "accuse" and lemma == "charge" and objects and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "over", "in") for c in tok.children) and \
            not any(o.ent_type_ or o.pos_ in ("PROPN", "PRON") or actors.role_sector(o.text)[0] is not None
                    for o in objects):
        return None  # "its failed AirPower charging mat project", "charged a fee": a battery or a price, no charge
    if rule.id == "concede" and lemma == "submit" and objects:
        return None  # "it submitted a proposal", "submitted his resignation": a filing, no one yielded to
    if rule.type == "REQUEST" and lemma in ("recommend", "suggest", "advise") and not rec_ps and actor_ps and \
            all(a.sector == "BUS" for a in actor_ps):
        return None  # "Google recommends wiring the Chromecast up to a LAN": a maker's advice
    if rule.id == "consult.mediate" and lemma == "facilitate" and objects and \
            not any(w.lemma_.lower() in MEDIATING | BROKERED for o in objects for w in o.subtree):
        return None  # "facilitating the suffering of its own people": making easy, no mediation
    if rule.type == "REQUEST" and lemma == "plead" and any(
            w.lower_ in ("guilty", "innocent", "not") for w in tok.doc[tok.i + 1:tok.i + 3]):
        return None  # "pleaded guilty Monday to threatening": a plea in court (however the parser reads it)
    if rule.mode == "investigate" and lemma == "probe" and tok.pos_ == "NOUN" and (
            any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in SPACE for c in tok.children) or
            (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SENSING)):
        return None  # "NASA's Galileo Jupiter probe measured": a spacecraft
    if rule.id == "sanction.withdraw" and lemma == "leave" and objects and \
            not any(o.lemma_.lower() in rule.objects or o.lower_ in rule.objects or o.ent_type_ for o in objects):
        return None  # "tackling only the easiest issues and leaving more contentious topics for later"
    if rule.id == "assault.torture" and lemma == "abuse" and objects and \
            all(o.lemma_.lower() in OFFICES | {"position", "privilege", "discretion", "system", "process"}
                for o in objects):
        return None  # "for allegedly abusing his office for political gain": misuse of power, no one tortured
    if rule.id == "concede.allow" and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                   for g in c.children) for c in tok.children):
        return None  # "he allowed that his members tilt Republican": a point granted in talk, no concession
    if rule.type == "CONCEDE" and lemma in ("reverse", "overturn", "overrule") and actor_ps and \
            all(a.sector == "JUD" for a in actor_ps):
        return None  # "the Court of Appeals reversed a previous decision": a higher court rules, no one yields
    if rule.id == "protest.riot" and lemma == "resort" and (
            any(a.sector in ARMED | POLITICAL for a in actor_ps) or
            any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" or g.pos_ == "VERB" for g in c.children)
                for c in tok.children)):
        return None  # "the army resorted to shelling the town": the shelling is the event, no riot
    if rule.id == "retreat.pullout" and any(w.lower_ in ("front", "ahead", "away") for w in tok.doc[tok.i + 1:tok.i + 4]
                                             if w.head.i in (tok.i, tok.i + 1, tok.i + 2)):
        return None  # "China and the U.S. have pulled way out front in the AI race": a lead, no withdrawal
    if rule.id == "accuse.investigate.open" and t.obj is not None and t.obj.lemma_.lower() == "case" and \
            t.obj.tag_ == "NNS" and not _prep_objects(t.obj, "against") and not _prep_objects(tok, "against") and \
            any(c.dep_ in ("amod", "compound") and (c.lower_ in ("confirmed", "suspected", "positive") or
                                                    c.lower_ in ILLNESSES) for c in t.obj.children):
        return None  # "announcing new mpox cases": infections counted, no case opened against anyone
    if rule.id == "mobilize.alert" and any(w.lower_ in ILLNESSES for w in tok.sent):
        return None  # "Nigeria went on high alert Friday, announcing new mpox cases": a health alert, no troops
    if rule.id == "concede.allow" and heads and all(h.lower_ in ("it", "this", "that", "which") for h in heads):
        return None  # "It allows us to question private property": a thing makes room, no one concedes
    if rule.id == "assault.torture" and heads and all(
            h.pos_ == "NOUN" and not h.ent_type_ and actors.role_sector(h.text)[0] is None for h in heads):
        return None  # "horribly abused by the H-1B program": hurt by a scheme, no one tortured
    if rule.type == "REQUEST" and lemma == "ask" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("question", "questions") for c in tok.children):
        return None  # "she asked the question to build on Dr. West's comments": a question put
    if rule.id == "concede.allow" and actor_ps and all(a.sector in PRIVATE for a in actor_ps):
        return None  # "the fact that POLITICO allowed him to chart his course": an employer's leave, no concession
    if rule.id == "request.callfor" and tok.lemma_.lower() == "campaign" and any(
            g.lemma_.lower() in OFFICE_WORDS or actors.role_sector(g.text)[0] is not None
            for g in _prep_objects(tok, "for")):
        return None  # "campaigning himself for county tax assessor": running for office
    if tok.lemma_.lower() in ("agree", "concur") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == ":" and \
            (tok.doc[tok.i + 2].is_quote or tok.doc[tok.i + 2].text in ("''", "“")):
        return None  # "Mark Mahaney, an analyst, agreed: ''They've got a great brand''": a speech tag
    if rule.type == "REJECT" and said is not None and said.lemma_.lower() in IDEAS and actor_ps and \
            all(a.sector in (None, "CVL") and kind_of(a, resolver) == "PERSON" for a in actor_ps):
        return None  # "Dewayne Smithy, 33, dismisses the idea that voting makes a difference": a voter's opinion
    if tok.lemma_.lower() in ("agree", "concur") and tok.i >= 2 and \
            any(w.is_quote or w.text in ("''", "”") for w in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]) and \
            any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        return None  # '"the danger is not passed yet," agreed Polat Sayim': a speech tag, not an agreement
    if rule.id == "request.callfor" and tok.lemma_.lower() == "call" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children) and
            not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        # "has been called a charlatan by fellow physicians for promoting quack cures": a name, for a reason
        # (but "called for ending the embargo" asks for something)
        if any(c.dep_ == "oprd" for c in tok.children) or sum(c.dep_ == "dobj" for c in tok.children) > 1 or \
                (any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "nsubjpass" for c in tok.children)):
            return replace(rule, type="ACCUSE", mode="disapprove", contexts=(), id=f"{rule.id} > name-calling")
        if any(c.dep_ == "dobj" for c in tok.children):
            return None  # "called the opposition traitors for backing the deal" (read with one object)
    if rule.type == "REQUEST" and tok.lemma_.lower() in ("push", "drive", "force") and \
            any(c.dep_ in ("advmod", "prt") and c.lower_ in DIRECTIONS for c in tok.children) and \
            not any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "helped push them underground", "pushed ahead with the reform": moved, not asked
    if rule.id in ("agree", "agree.promise") and tok.lemma_.lower() in PROMISING and \
            not rec_ps and \
            any(c.dep_ == "xcomp" and c.lemma_.lower() in PERSISTING and
                not any(g.dep_ in ("xcomp", "dobj", "ccomp") for g in c.children) for c in tok.children):
        # (but "promising to continue working together" is a commitment to someone)
        return None  # "Sanders vows to press on to the next primary", "vowed to stay in the race": resolve, no deal
    if rule.type == "AGREE" and tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.dep_ == "acomp":
        return None  # "the Japanese are friendly and accepting": a disposition
    if tok.lemma_.lower() in ("agree", "concur", "assure", "reassure") and tok.pos_ == "VERB" and \
            _agrees_in_opinion(tok):
        # "most Americans agree that the country is on the wrong track", "assured Trump that most of his
        # listeners supported him": a shared view or a reassurance, no deal
        return None
    if rule.id == "accuse.investigate" and tok.lemma_.lower() in STUDYING and said is not None and \
            said.lemma_.lower() in CHARGES | IDEAS | DOCUMENTS | MATERIALS and \
            not any(a.sector in OFFICIAL_INQUIRERS for a in actor_ps):
        return None  # "the dean had carefully examined the allegations": reading, not an inquiry into anyone
    if rule.id == "consult.travel" and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "headed the State Department from 2009 to 2013", "left the party": no journey
    if rule.id == "concede.allow" and tok.lower_ in ("let", "let's") and (
            any(c.lower_ in ("'s", "’s", "us") and c.i == tok.i + 1 for c in tok.children) or tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ in ("'s", "’s", "us")):
        return None  # "let's understand", "let us be clear": an exhortation, no permission
    if tok.lemma_.lower() == "warn" and not rec_ps and any(
            g.lemma_.lower() in RISKS for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
            for g in c.children if g.dep_ == "pobj"):
        return None  # "warned of the global implications a Trump presidency would have": a concern voiced
    if rule.type == "SUPPORT" and tok.pos_ == "VERB" and tok.tag_ in ("VBP", "VBZ") and heads and \
            all(h.lemma_.lower() in DEMOGRAPHICS or h.lower_ in DEMOGRAPHICS for h in heads):
        return None  # "older people, who strongly support Mrs. Clinton": a poll's finding, not an act
    if tok.lemma_.lower() in ("clash", "spar", "feud", "tangle") and not any(a.sector in ARMED for a in actor_ps) and \
            not any(h.lemma_.lower() in ARMED_NOUNS | CROWDS for h in heads) and not _toll_near(tok) and \
            any(c.dep_ in ("prep", "prt") and c.lower_ in ("over", "about", "on") for c in tok.children) and \
            not any(kind_of(a, resolver) in ("GPE", "NORP") for a in actor_ps):
        return None  # "Snowden, WikiLeaks clash over DNC emails": a dispute in words
    if rule.type == "REJECT" and tok.lemma_.lower() in ("decline", "fall", "drop", "slip", "sink") and heads and \
            all(h.lemma_.lower() in MEASURES for h in heads):
        return None  # "Mr. Zelensky's approval rating had declined": a number going down, no one refusing
    if rule.id == "threaten.warn" and any(c.dep_ == "prep" and c.lower_ == "against" and
                                          any(g.dep_ == "pcomp" for g in c.children) for c in tok.children):
        return None  # "warned against disseminating rumors": advice, no threat
    if rule.type == "THREATEN" and tok.pos_ == "VERB" and \
            any(c.dep_ == "xcomp" and c.lemma_.lower() in RISKING for c in tok.children) and \
            (not any(a.coded for a in actor_ps) or all(h.lower_ in ("it", "this", "that") for h in heads)):
        return None  # "it threatens to pose a far bigger problem", "threatened to derail the talks": a risk
    if t.obj is not None and t.obj.lemma_.lower() == "support" and rule.type in ("SANCTION", "RETREAT") and \
            any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ELECTORAL | POPULAR for c in t.obj.children):
        return None  # "promising to cut voter support for the AfD in half": an election aim
    if rule.type == "RETREAT" and said is not None and said.lemma_.lower() in SPEECH | CHARGES | {"critique"}:
        return None  # "he pulled back his critique of Mr. Trump": words taken back
    if rule.id == "protest.demo" and tok.lemma_.lower() == "protest" and actor_ps and \
            all(a.sector in POLITICAL for a in actor_ps) and any(c.dep_ == "dobj" for c in tok.children):
        # "Mr. Zelensky protested his exclusion from the discussions": an official's objection, in words
        return replace(rule, type="ACCUSE", mode="disapprove", contexts=(), id=f"{rule.id} > official")
    if rule.type == "THREATEN" and tok.pos_ == "NOUN" and not rec_ps and tok.lemma_.lower() not in CONTAINERS and \
            any(c.dep_ == "prep" and c.lower_ in ("about", "of", "over", "on") for c in tok.children):
        return None  # "offering dire warnings about terrorism": concern voiced, no one threatened
    if tok.lemma_.lower() == "cut" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        return None  # "he cut into Obama's support": a lead shrinking, not aid withheld
    if rule.type == "ASSAULT" and said is not None and said.lemma_.lower() in ("threat", "ultimatum"):
        # "he leveled the same threat at her", "issued an ultimatum": a threat made, no blow struck
        return replace(rule, type="THREATEN", mode=None, contexts=(), id=f"{rule.id} > threat")
    if rule.type == "ASSAULT" and said is not None and (said.lemma_.lower() in SPEECH | CHARGES or (
            tok.lemma_.lower() == "level" and said.lemma_.lower() in ("attack", "broadside", "blast", "salvo"))):
        # "leveled sharp criticism at Belgium", "hurled insults at the referee": words
        return replace(rule, type="ACCUSE", mode="disapprove", contexts=(), id=f"{rule.id} > words")
    if rule.type == "CONSULT" and _no_one_consulted(t, rule, actor_ps, rec_ps, resolver):
        return None
    if rule.id == "support.express" and t.obj is not None and t.obj.lemma_.lower() == "confidence" and \
            not rec_ps and not any(c.dep_ == "prep" and c.lower_ == "in" for c in t.obj.children):
        return None  # "expressed confidence it was holding the better hand": a belief (but "confidence in him")
    if t.obj is not None and t.obj.lemma_.lower() == "campaign" and any(
            c.lemma_.lower() in ELECTORAL for c in t.obj.children if c.dep_ in ("amod", "compound")):
        return None  # "suspended his presidential campaign" (but "suspended its military campaign" retreats)
    if tok.lemma_.lower() in ("target", "court", "woo") and tok.dep_ == "relcl" and \
            (tok.head.lemma_.lower() in TARGETED or any(w.lemma_.lower() in TARGETED for w in tok.head.subtree
                                                        if w.i < tok.i and w.pos_ == "NOUN")):
        return None  # "the exact kinds of working class voters that Donald Trump is targeting": campaigning
    if rule.type == "AID" and tok.pos_ == "NOUN" and \
            any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ELECTORAL for c in tok.children):
        return None  # "millions in campaign donations", "political contributions": money for a campaign, no aid
    if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("fundraising", "fund-raising")
                                  for c in tok.children):
        return None  # "an email fundraising appeal"
    if rule.type == "PROTEST" and tok.lemma_.lower() == "rally" and \
            any(c.dep_ == "dobj" for c in tok.children):
        return None  # "rallied supporters", "rallied young people": rousing one's own side, no protest
    if rule.id == "concede.allow" and any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in BECOMING
                                          for c in tok.children):
        return None  # "had let the settlement issue become too central": no concession to anyone
    if rule.type == "RETREAT" and any(g.lemma_.lower() in COURSES and not _ground(g) for g in _prep_objects(tok, "from")):
        return None  # "her campaign departed from the tactic", "retreated from his pledge": a change of course
    if rule.type == "CONSULT" and rule.mode == "visit" and (
            any(h.lemma_.lower() in VEHICLES for h in heads) or
            (rule.id == "consult.travel" and actor_ps and all(a.sector in PRIVATE for a in actor_ps))):
        # "the train was traveling to Peshawar", "the ship is heading to Iran", "after arriving in the U.S., the
        # student found work": no one visits anyone
        return None
    if rule.type == "CONSULT" and rule.mode == "visit" and actor_ps and rec_ps and \
            all(a.sector is None and a.country is None and a.mention is not None and "person '" not in a.rule and
                kind_of(a, resolver) == "PERSON" for a in actor_ps) and \
            all(r.mention is not None and kind_of(r, resolver) in PLACE_TYPES for r in rec_ps):
        # "Jacob Shiansky, 24, who was visiting Manhattan from South Carolina": a private person's trip to a
        # place (a named official, or a visit to someone, stays a visit)
        return None
    if rule.type == "CONSULT" and rule.mode == "visit" and actor_ps and all(a.sector == "MIL" for a in actor_ps):
        # "troops went into the town": a deployment, not a visit; "peacekeepers arrived in Bosnia": peacekeeping
        # provided to the host (CAMEO 074, AID)
        if all("peacekeep" in a.text.lower() for a in actor_ps):
            rule = replace(rule, type="AID", mode=None, contexts=("peacekeeping",), id=f"{rule.id} > troops")
        else:
            rule = replace(rule, type="MOBILIZE", mode="troops", id=f"{rule.id} > troops")
    return rule


TOPICS = "issue|issues|control|law|laws|rights|lobby|policy|policies|debate|legislation|owners|sales|safety|reform|"\
         "violence|culture|show|shows|measure|measures|vote|votes"
VERBAL_HITS = {"attack", "hit", "target", "slam", "blast", "hammer", "bash", "lash", "assail", "savage", "batter",
               "pummel", "strike", "broadside", "assault", "rip", "tear", "pound", "offensive", "barrage"}
SPEECH = {"tweet", "ad", "advert", "advertisement", "commercial", "speech", "remark", "comment", "op-ed", "editorial",
          "column", "interview", "video", "message", "statement", "letter", "book", "memo", "debate", "convention",
          "broadside", "rhetoric", "word", "language", "podcast", "blog", "television", "radio", "twitter",
          "facebook", "conference", "briefing", "hearing", "article", "essay", "tirade", "rant", "outburst", "jab",
          "barb", "insult", "criticism", "sermon", "testimony", "truth", "x", "stage", "podium", "pulpit", "lectern",
          "dais", "microphone", "media", "press"}  # ("a post" may be a border post)
TRADE_TARGETS = {"import", "export", "good", "product", "fleet", "bank", "sector", "industry", "asset", "revenue",
                 "oil", "gas", "tanker", "shipment", "trade", "company", "entity", "firm", "lender", "exporter",
                 "importer", "refinery", "supplier", "buyer", "commodity", "steel", "aluminum", "aluminium", "car"}
CHARMS = {"charm", "diplomatic", "media", "publicity", "pr", "lobbying", "marketing", "advertising", "peace"}
WORDY = {"verbal", "rhetorical", "personal", "political", "theatrical", "blistering", "scathing", "stinging",
         "republican", "democratic", "gop", "partisan", "conservative", "liberal",
         "withering", "partisan", "vitriolic", "racist", "sexist", "ad hominem", "written", "online", "public"}
IDEAS = {"idea", "notion", "suggestion", "claim", "argument", "theory", "premise", "possibility", "prospect", "view"}
GENERIC_ACTORS = {"anybody", "anyone", "whoever", "everyone", "everybody", "nobody", "someone", "somebody"}
OFFICE_WORDS = {"office", "president", "presidency", "mayor", "governor", "senate", "seat", "re-election", "reelection",
                "nomination", "assessor", "sheriff", "congress", "parliament", "chair", "leadership", "post"}
RISKS = {"implication", "danger", "risk", "impact", "effect", "peril", "rise", "spread", "possibility", "likelihood",
         "shortage", "famine", "collapse", "crisis", "catastrophe", "disaster", "threat", "cost", "downside", "pitfall",
         "trend", "problem", "difficulty", "challenge", "uncertainty", "volatility", "slowdown", "recession"}
DEMOGRAPHICS = {"people", "voter", "voters", "woman", "women", "man", "men", "american", "americans", "white", "whites",
                "black", "blacks", "latino", "latinos", "hispanic", "hispanics", "evangelical", "evangelicals",
                "independent", "independents", "millennial", "millennials", "senior", "seniors", "youth", "respondent",
                "respondents", "resident", "residents", "citizen", "citizens", "worker", "workers", "majority",
                "minority", "most", "many", "supporter", "supporters", "conservative", "conservatives", "liberal",
                "liberals", "moderate", "moderates", "older", "younger", "graduate", "graduates"}
VALUES = {"transparency", "accountability", "excellence", "diversity", "inclusion", "safety", "privacy", "principle",
          "value", "mission", "cause", "quality", "integrity", "fairness", "equality", "openness", "innovation",
          "sustainability", "service", "customer", "community", "environment", "growth", "success", "job", "work"}
SURVEYS = {"poll", "survey", "polling", "questionnaire", "focus"}
FINDING = {"show", "find", "suggest", "indicate", "reveal", "have", "put"}


def _poll_finding(tok: Any) -> bool:
    """Whether the action is what a poll found: "polls show voters rejecting Mr. Trump", "a survey found that
    most Democrats support her", "22 percent said they would back Trump"."""
    share = tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and share.lemma_.lower() in ("percent", "%"):
        return True  # "with 78 percent of Sanders voters backing Clinton"
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "xcomp", "dobj", "acl", "advcl", "oprd") or cur.head == cur:
            return False
        if cur.head.lemma_.lower() in ("say", "tell") and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in ("percent", "%") or c.like_num) for c in cur.head.children):
            return True  # "some 22 percent said they would back Trump"
        cur = cur.head
        if cur.lemma_.lower() in FINDING and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SURVEYS
                                                 for c in cur.children):
            return True
    return False


MARKET_FORCES = {"cost", "shortage", "slump", "downturn", "recession", "volatility", "slowdown", "selloff", "sell-off",
                 "glut", "crunch", "squeeze", "surge", "spike", "drop", "decline", "fall", "rise", "hike", "increase"}
MEASURES = {"rating", "ratings", "approval", "popularity", "number", "price", "share", "rate", "figure", "output",
            "production", "sale", "export", "import", "revenue", "turnout", "value", "level", "stock", "currency",
            "economy", "gdp", "inflation", "poll", "index", "yield", "demand", "supply", "profit", "income",
            "spending", "budget", "deficit", "unemployment", "growth", "enrollment", "enrolment", "attendance",
            "membership", "population", "temperature", "viewership", "ridership"}
RISKING = {"pose", "become", "derail", "overshadow", "undermine", "upend", "unravel", "spill", "eclipse", "overwhelm",
           "complicate", "worsen", "deepen", "widen", "reignite", "engulf", "destabilize", "destabilise", "dwarf",
           "erode", "swamp", "stall", "sink", "scuttle", "torpedo"}
POPULAR = {"voter", "public", "popular", "grassroots", "electoral", "poll"}  # words of an electoral aim
CHARGES = {"accusation", "allegation", "charge", "blame", "insult", "abuse", "invective", "epithet", "slur", "snipe"}
SAYING_ALONG = {"say", "call", "accuse", "argue", "claim", "describe", "write", "tweet", "charge", "suggest",
                "label", "brand", "dismiss", "deride", "mock"}
ARMED = {"MIL", "REB", "IMG", "COP", "SPY", "UAF", "PRM", "CRM"}
POLITICAL = {"GOV", "ELI", "PTY", "LEG", "OPP", "JUD"}
ARMED_NOUNS = {"troop", "troops", "soldier", "force", "forces", "army", "fighter", "militant", "gunman", "gunmen",
               "police", "officer", "rebel", "militia", "militiaman", "jet", "warplane", "drone", "insurgent",
               "guerrilla", "commando", "sniper", "attacker", "assailant", "mob", "unit", "battalion", "brigade"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
REASONS = {"part", "retaliation", "revenge", "reprisal", "punishment", "response", "reaction", "warning"}


def _ground(noun: Any) -> bool:
    """Positions held on the ground, not a stance: "pulled back from positions near Kyiv", "front-line
    positions"."""
    return noun.lemma_.lower() == "position" and (noun.tag_ == "NNS" or any(
        (c.dep_ == "prep" and c.lower_ in ("near", "along", "around", "outside")) or
        (c.dep_ in ("amod", "compound") and c.lower_ in ("military", "front-line", "frontline", "defensive", "forward",
                                                       "fortified", "army", "enemy"))
        for c in noun.children))


PUBLICS = {"people", "public", "voter", "electorate", "constituent", "grassroots", "base", "street", "streets",
           "airwaves", "poll", "polls", "ballot", "ballot box"}
VOTERS = {"voter", "electorate", "constituent", "caucusgoer", "caucus-goer", "delegate", "superdelegate"}
RETALIATING = {"retaliate", "respond", "avenge", "revenge", "punish"}
REVENGE = {"revenge", "retaliation", "retribution", "reprisal", "reprisals", "vengeance", "response", "punishment"}
DRILLS = {"exercise", "drill", "drills", "games", "war games", "maneuver", "maneuvers", "manoeuvre", "manoeuvres",
          "patrol", "patrols"}
JOINT = {"joint", "combined", "bilateral", "trilateral", "multinational", "allied", "naval-joint"}


def _drills_alone(t: Trigger, actor_ps: list[Participant]) -> bool:
    """Whether exercises are held by one side alone: no partner named ("with Russia"), not called joint, one
    actor."""
    noun = t.obj if t.obj is not None else t.tok
    if noun is None or noun.lemma_.lower() not in DRILLS and noun.lower_ not in DRILLS or len(actor_ps) > 1:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    verb = t.light if t.light is not None else t.tok
    partners = [c for w in (noun, verb) for c in w.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    return not (words & JOINT) and not partners


def _struck(t: Trigger) -> Any:
    """The word that says the blow: the trigger ("attacked", "barrage"), or the object a verb like "launch"
    matched ("launching a new round of attacks")."""
    return t.obj if t.obj is not None and t.tok.lemma_.lower() not in VERBAL_HITS else t.tok


def _weapon_named(tok: Any, pats: Patterns) -> bool:
    """Whether the trigger's sentence names a weapon or an instrument of violence."""
    text = tok.sent.text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w, _ in pats.instruments)


def _verbal_attack(t: Trigger, heads: list[Any], actor_ps: list[Participant], rec_ps: list[Participant],
                   resolver: Resolver, pats: Patterns) -> bool:
    """Whether an "attack", a "hit" or a "target" is made of words: a politician's attack on a rival, a tweet
    targeting a critic, a campaign ad hitting a candidate "for not paying taxes". Never when a weapon is named,
    an armed body acts or is hit, or the recipient is a place ("Putin attacked Ukraine")."""
    tok = t.tok
    word = _struck(t)
    while word.lemma_.lower() in CONTAINERS and _prep_objects(word, "of"):
        word = _prep_objects(word, "of")[0]  # "a new round of attacks", "a barrage of attacks on Trump"
    if word.lemma_.lower() not in VERBAL_HITS:
        return False
    sent = tok.sent
    text = sent.text.lower()
    if any(re.search(rf"\b{re.escape(w)}\b(?!\s+(?:{TOPICS}))", text) for w, _ in pats.instruments
           if w not in ("blast", "shot")):
        return False  # a weapon named (but "pounding him on the gun issue" names a topic)
    def kind(p: Participant) -> str | None:
        return kind_of(p, resolver)

    if any(a.sector in ARMED for a in actor_ps) or any(h.lemma_.lower() in ARMED_NOUNS for h in heads):
        return False  # ("the president's troops attacked")
    if any(h.lemma_.lower() in SPEECH for h in heads) or (tok.dep_ == "acl" and tok.head.lemma_.lower() in SPEECH) \
            or (tok.dep_ == "advcl" and any(c.dep_ == "dobj" and (c.lemma_.lower() in SPEECH or (
                c.lower_ == "ed" and any(g.lower_ == "op" for g in c.children))) for c in tok.head.children)):
        return True  # "tweets targeting Machado", "an ad hitting Trump", "the group ran an ad hitting Strickland"
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in WORDY for c in tok.children):
        return True  # "Mr. Trump's theatrical attacks", "a blistering attack on the minister"
    if tok.pos_ == "NOUN" and re.search(r"\b(?:anti|pro)\s?-\s?[A-Z]", tok.doc[tok.left_edge.i:tok.i].text):
        return True  # "the former secretary of state's anti-Trump barrage": a campaign's, against a person
    if tok.pos_ == "NOUN" and actor_ps and all(a.sector in POLITICAL and (kind(a) == "PERSON" or
                                                                          a.rule.startswith("role:"))
                                               for a in actor_ps) and \
            all(kind(r) == "PERSON" for r in rec_ps) and not _toll_near(tok) and \
            any(w.lemma_.lower() in SPEECH | CHARGES for w in sent):
        return True  # "responding to insults ... rather than navigating the U.S. president's attacks"
    if not actor_ps and rec_ps and all(kind(r) == "PERSON" and r.sector in POLITICAL for r in rec_ps) and \
            not _toll_near(tok) and any(w.lemma_.lower() in SPEECH | {"race", "primary", "campaign"} for w in sent):
        return True  # "Rubio has been attacked from several sides, ... $22 million in negative ads against him"
    verb = t.light if t.light is not None else tok
    preps = [c for c in list(tok.children) + (list(verb.children) if verb is not tok else []) if c.dep_ == "prep"]
    for c in preps:
        if c.lower_ in ("in", "on", "during", "at", "with", "via", "through", "from") and \
                any(g.lemma_.lower() in SPEECH for g in c.children if g.dep_ == "pobj"):
            return True  # "in early-morning tweets", "during the debate", "at a rally", "on Twitter"
    if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SAYING_ALONG for c in tok.children) or \
            (tok.dep_ == "xcomp" and any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in SAYING_ALONG
                                         for c in tok.head.children)):
        return True  # "it attacked Trump, saying he has offended Hispanics", "she went on to attack Trump, saying"
    politicians = bool(actor_ps) and all(a.sector in POLITICAL and kind(a) == "PERSON" for a in actor_ps)
    executive = any(a.sector == "GOV" for a in actor_ps)
    if tok.lemma_.lower() == "offensive" and (politicians or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in WORDY for c in tok.children)):
        return True  # "Trump went on the offensive", "a rhetorical offensive": words, no troops
    if any(r.sector in ARMED and not (politicians and r.sector == "COP") for r in rec_ps):
        return False  # (but "she attacked law enforcement officers nationwide" is a politician's words)
    if any(kind(r) in PLACE_TYPES or (r.country and r.sector in (None, "GOV") and kind(r) != "PERSON") for r in rec_ps):
        return False  # "attacked Kharkiv", "attacked Ukraine", "struck Russia's government"
    for c in preps:
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.lower_ == "as" and any(g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() not in REASONS for g in objs):
            return True  # "attacked her opponent as a fraud" (but "as part of an offensive", "as retaliation")
        if c.lower_ == "for" and any(g.tag_ == "VBG" for g in objs):
            return True  # "hitting Trump for not paying taxes"
    if not actor_ps or not all(a.sector in POLITICAL or kind(a) == "PERSON" for a in actor_ps):
        return False
    if _toll_near(tok):
        return False
    if rec_ps:
        if all(a.sector == "PTY" for a in actor_ps) and \
                all(kind(r) == "PERSON" or r.sector in ("CVL", "PTY", "JRN", None) for r in rec_ps):
            return True  # "the Dems attacked Trump's wife, children, family": a party has no troops
        if any(a.sector in POLITICAL for a in actor_ps):  # a politician against a person, a party or the press
            return all(kind(r) == "PERSON" or r.sector in POLITICAL | {"JRN"} for r in rec_ps) or \
                (politicians and all(not executive if kind(r) == "NORP" else
                                     kind(r) == "PERSON" or r.sector in ("CVL", "COP", "REF") or
                                     (r.sector is None and kind(r) is None) for r in rec_ps))
            # ("attacking Latinos", "attacked his wife and father"; a head of government "attacking" a people
            # may be sending troops)
        return all(kind(r) == "PERSON" for r in rec_ps) and tok.pos_ == "VERB"  # one named person at another
    obj = t.obj if t.obj is not None else next((c for c in tok.children if c.dep_ == "dobj"), None)
    # "Mr. Trump has attacked loopholes": an idea, not a target
    # ("Russia attacked the plant": a state strikes things, and a plant, a base or a port is no idea)
    return tok.pos_ == "VERB" and obj is not None and all(a.sector in POLITICAL for a in actor_ps) and \
        not any(kind(a) == "GPE" or (kind(a) == "NORP" and a.sector != "PTY") for a in actor_ps) and \
        obj.lemma_.lower() not in STRUCTURES and (
            (obj.ent_type_ == "" and obj.pos_ == "NOUN") or (obj.ent_type_ == "NORP" and politicians and not executive))


STRUCTURES = {"plant", "base", "port", "facility", "building", "infrastructure", "station", "depot", "bridge",
              "airport", "airfield", "ship", "vessel", "convoy", "village", "town", "city", "position", "positions",
              "refinery", "pipeline", "grid", "hospital", "school", "embassy", "consulate", "headquarters", "camp",
              "checkpoint", "outpost", "compound", "target", "targets", "site", "sites", "warehouse", "factory",
              "dam", "reactor", "power", "substation", "tanker", "train", "bus", "car", "vehicle", "home", "house"}


RULINGS = DOCUMENTS | SANCTION_NOUNS | {"regulation", "requirement", "mandate", "limit", "cap", "ruling", "conviction",
                                      "sentence", "map", "program", "programme", "ordinance", "restriction", "ban"}
PROJECTILES = {"shrapnel", "bullet", "gunfire", "fire", "grenade", "mine", "landmine", "explosion", "blast", "strike",
               "airstrike", "debris", "round", "artillery", "mortar", "shelling", "bombardment", "attack", "raid",
               "barrage", "volley", "salvo", "gas", "baton", "stone", "rock", "brick", "shot", "shell", "wave"}
REFLEXIVE = {"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"}
OFFICES = {"power", "influence", "authority", "leadership", "responsibility", "trust", "government", "office"}
CONTEST_BY = {"percent", "%", "point", "points", "vote", "votes", "margin", "seat", "seats", "length", "lengths",
              "goal", "goals", "run", "runs", "stroke", "strokes", "second", "seconds"}
EXPECTATIONS = {"expectation", "estimate", "forecast", "odds", "record", "deadline", "prediction", "projection"}
CONTESTS = {"poll", "polls", "election", "elections", "primary", "primaries", "race", "vote", "runoff", "caucus",
            "caucuses", "contest", "match", "game", "final", "tournament", "league", "survey", "ballot"}


WINNING = {"beat", "defeat", "trounce", "crush", "rout", "whip", "thrash", "drub", "thump", "clobber", "wallop",
           "pummel", "hammer", "best"}


def _same_person(pronoun: Any, actor: Any) -> bool:
    """Whether a clause's subject pronoun is the actor again ("he suspects he'll ...", "we suspect we ...")."""
    first = {"i", "we", "me", "us"}
    if pronoun.lower_ in first:
        return actor.lower_ in first
    return pronoun.lower_ in ("he", "she") and (actor.lower_ in ("he", "she") or actor.ent_type_ == "PERSON")


def _not_violent(t: Trigger, rule: Rule, actor_ps: list[Participant], rec_ps: list[Participant],
                 resolver: Resolver, pats: Patterns) -> bool:
    """ASSAULT words that hurt no one: "shot himself" (a suicide is news, not an attack by anyone), "Clinton beats
    Trump by 46 percent to 42" (a poll), "are fighting to protect their business", "occupies one of the key
    positions of power"."""
    tok = t.tok
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if rule.mode != "explosives" and lemma not in ("blow", "detonate") and \
            any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in kids):
        return True
    if lemma in WINNING and any(c.dep_ == "dobj" and c.lemma_.lower() in CONTESTS | EXPECTATIONS for c in kids):
        return True  # "beating pre-election polls", "beat expectations": a result, no blow
    if lemma in WINNING:
        if re.search(r"\bby (?:a margin of )?\d[\d.,]*\s*(?:%|percent|per cent|percentage points|points|votes)",
                     tok.sent.text):
            return True  # "beats Trump by 46 percent to 42" (however the parser reads it)
        for c in kids:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ == "by" and \
                    any(g.lemma_.lower() in CONTEST_BY or g.like_num for o in objs for g in o.subtree):
                return True  # "beats Trump by 46 percent to 42", "won by 20 points"
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.lemma_.lower() in CONTESTS for o in objs):
                return True  # "beat him in the primary"
        if actor_ps and rec_ps and all(a.sector in POLITICAL for a in actor_ps) and \
                all(r.sector in POLITICAL or kind_of(r, resolver) == "PERSON" for r in rec_ps):
            return True  # one politician beats another: an election
        if not actor_ps and rec_ps and all(r.sector in POLITICAL and kind_of(r, resolver) == "PERSON" for r in rec_ps) \
                and not _toll_near(tok):
            return True  # "beating Mrs. Clinton in her adopted home state": a primary won
    if lemma == "whip" and not any(a.sector in ARMED for a in actor_ps) and not _toll_near(tok) and \
            (any(r.sector in ("LEG", "PTY") for r in rec_ps) or
             any(c.dep_ in ("prep", "prt") and c.lower_ in ("up", "into", "against", "for") for c in tok.children)):
        return True  # "the NRA was whipping lawmakers against any gun control", "whipping up support": politics
    if lemma == "blow" and tok.pos_ == "NOUN" and not _toll_near(tok) and \
            not any(a.sector in ARMED for a in actor_ps) and not _operation(t):
        return True  # "dealing a blow to Secretary of State Jon Husted": a setback
    if lemma in ("clash", "fight", "battle", "feud", "spar", "duel") and actor_ps and \
            all(a.sector in ("PTY", "LEG", "JUD", "ELI") for a in actor_ps) and \
            not any(r.sector in ARMED for r in rec_ps) and not _toll_near(tok) and \
            not any(h.lemma_.lower() in CROWDS | {"member", "follower", "youth", "loyalist", "militant"}
                    for h in actor_heads(t)):
        return True  # "Democrats battling it out", "RNC rules clash erupts": a political contest (but party
        # supporters clashing with police fight)
    if lemma in ("fight", "battle", "clash", "spar", "feud", "duel") and actor_ps and rec_ps and \
            all((kind_of(a, resolver) == "PERSON" or a.rule.startswith("role:")) and a.sector in POLITICAL
                for a in actor_ps) and \
            all(r.sector in ("LEG", "JUD", "PTY") for r in rec_ps) and not _toll_near(tok):
        return True  # "Yellen has been fighting a rear-guard action against the Republican-led Congress"
    if lemma in ("fight", "battle", "struggle", "combat") and not any(a.sector in ARMED for a in actor_ps) and \
            any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "through") for c in kids):
        return True  # "fighting to protect their business", "battled through three bouts of pneumonia"
    if lemma in ("fight", "battle", "combat") and not any(a.sector in ARMED for a in actor_ps) and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and c.lemma_.lower() not in ARMED_NOUNS and
            c.lemma_.lower() not in CROWDS and actors.role_sector(c.text)[0] is None for c in kids):
        return True  # "vowed to fight the tariffs", "fighting corruption", "battling the blaze": no one is fought
    if lemma in ("strike", "knock") and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RULINGS for c in kids):
        return True  # "the decision, which struck down restrictions on abortion clinics": a court voids a rule
    if lemma == "burn" and any(c.dep_ == "prt" and c.lower_ in ("up", "out", "through") for c in kids) and \
            not _toll_near(tok) and not any(c.dep_ == "dobj" and c.lemma_.lower() in STRUCTURES for c in kids):
        return True  # "advisers burn up their email accounts and phone lines": busy, nothing set alight
    if lemma in ("fight", "battle") and actor_ps and rec_ps and not _toll_near(tok) and \
            all(kind_of(p, resolver) == "PERSON" and p.sector not in ARMED for p in actor_ps + rec_ps) and \
            not _weapon_named(tok, pats):
        return True  # "Tenney helped fight Oneida Indian Nation leader Ray Halbritter": one person against another
        # over a cause (a brawl names blows, wounds or a weapon)
    if lemma in ("fight", "battle", "struggle") and not any(a.sector in ARMED for a in actor_ps) and \
            not _toll_near(tok) and any(g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() in CAUSES
                                        for g in _prep_objects(tok, "for")):
        return True  # "people who are prepared to fight for economic and social change": a cause
    if lemma in ("damage", "hurt", "harm", "wound", "cripple") and actor_ps and rec_ps and not _toll_near(tok) and \
            all(a.sector in POLITICAL | {None} and kind_of(a, resolver) == "PERSON" for a in actor_ps) and \
            all(kind_of(r, resolver) == "PERSON" and r.sector in POLITICAL for r in rec_ps):
        return True  # "nervous that he is damaging Clinton": one politician's harm to another's chances
    if lemma in WINNING - VERBAL_HITS and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and
                                actors.role_sector(c.text)[0] is None and c.lemma_.lower() not in ARMED_NOUNS
                                for c in kids) and not _toll_near(tok):
        return True  # "beating the greatest fundraising machine ever assembled": outdone, no one beaten
    doc = tok.doc
    if tok.lower_ in ("wounded", "injured") and tok.i >= 2 and doc[tok.i - 1].lower_ in ("and", "or") and \
            doc[tok.i - 2].lower_ in ("dead", "killed") and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "suffering losses of 1,000 to 1,500 dead and wounded per day": a casualty count (the toll)
    if lemma in ("strike", "hit", "stun", "shake", "rock") and tok.tag_ == "VBN" and not _toll_near(tok) and \
            not any(a.coded for a in actor_ps):
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents and all(g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in _WEAPONS | ARMED_NOUNS |
                          PROJECTILES and g.lemma_.lower() not in {w for w, _ in pats.instruments} for g in agents):
            return True  # "Sullivan, struck by her story", "shaken by the news": moved, not hurt by anyone
    if rule.id.startswith("assault.capture") and t.obj is not None and \
            any(w.lemma_.lower() in OFFICES for w in t.obj.subtree if w.i != t.obj.i):
        return True  # "occupies one of the key positions of power"
    if rule.id == "assault.capture.place" and actor_ps and not any(a.sector in ARMED for a in actor_ps) and (
            all(a.sector in ("PTY", "LEG", "OPP") for a in actor_ps) or
            (all(a.sector in POLITICAL or a.sector is None for a in actor_ps) and
             any(w.lemma_.lower() in CONTESTS | ELECTORAL | RIVALS for w in tok.sent))):
        return True  # "Ted Cruz has captured Texas and Oklahoma", "he also captured Iowa" (a primary won)
    return False


OPERATIONS = {"operation", "strike", "airstrike", "raid", "offensive", "attack", "assault", "bombing", "shelling",
              "campaign", "ambush", "incursion"}


def _operation(t: Trigger) -> bool:
    """Whether the light verb's subject is a military operation ("the operation dealt a blow to al-Shabab")."""
    verb = t.light if t.light is not None else t.tok.head
    subj = subject_of(verb)[0]
    return subj is not None and subj.lemma_.lower() in OPERATIONS


def _toll_near(tok: Any) -> bool:
    return any(w.lemma_.lower() in ("kill", "wound", "injure", "dead", "death", "hospital", "stab", "shoot", "knife")
               for w in tok.sent)


TARGETED = {"voter", "audience", "market", "demographic", "constituency", "supporter", "customer", "consumer",
            "donor", "independent", "moderate", "suburb", "county", "district"}
ELECTORAL = {"presidential", "election", "electoral", "re-election", "reelection", "political", "fundraising",
             "primary", "senate", "congressional", "mayoral", "gubernatorial", "leadership", "campaign", "ad", "email"}
NOT_PHONE = {"fundraising", "roll", "wake", "wake-up", "judgment", "judgement", "close", "casting", "curtain",
             "last", "final", "tough", "clarion", "rallying", "public", "open", "emergency", "policy", "margin",
             "referendum", "election", "strike", "port", "mating", "duty", "video"}
BROKERED = {"release", "exchange", "swap", "deal", "agreement", "accord", "return", "evacuation", "handover",
            "transfer", "passage", "meeting", "contact", "contacts", "visit"}  # what a go-between facilitates
ILLNESSES = {"mpox", "monkeypox", "cholera", "ebola", "covid", "covid-19", "coronavirus", "measles", "flu", "influenza",
             "malaria", "dengue", "polio", "virus", "outbreak", "epidemic", "pandemic", "infection", "infections",
             "zika", "marburg", "anthrax", "tuberculosis", "hiv"}
MONIES = {"dollar", "greenback", "euro", "yen", "yuan", "pound", "ruble", "rouble", "currency", "stock", "share",
          "market", "bond", "sale", "earnings", "bitcoin", "peso", "rupee", "lira"}
SPACE = {"space", "jupiter", "mars", "venus", "saturn", "mercury", "neptune", "uranus", "pluto", "lunar", "moon",
         "solar", "galileo", "voyager", "cassini", "juno", "rosetta", "nasa", "interplanetary", "planetary", "deep"}
SENSING = {"measure", "detect", "orbit", "land", "photograph", "image", "reach", "fly", "capture", "record", "sample",
           "transmit", "beam"}
CAUSES = {"change", "reform", "rights", "right", "justice", "freedom", "freedoms", "equality", "democracy", "peace",
          "cause", "causes", "votes", "vote", "wages", "wage", "jobs", "future", "values", "policy", "policies",
          "access", "dignity", "fairness", "transparency", "independence", "survival", "recognition", "seat", "funding",
          "money", "nomination", "office", "presidency", "control", "power", "recount", "release", "return"}
FRONTIERS = {"border", "frontier", "front", "frontline", "front-line", "boundary", "flank", "line"}
NAMES = {"name", "names", "nickname", "nicknames", "title", "label", "term", "moniker", "acronym", "epithet"}
BECOMING = {"become", "grow", "get", "seem", "slip", "drift", "fester"}
TALKING = {"talk", "discuss", "speak", "chat", "converse"}
AUDIENCES = {"audience", "crowd", "crowds", "gathering", "group", "supporters", "supporter", "rally", "conference",
             "convention", "dignitaries", "students", "people", "voters", "veterans", "members", "congregation",
             "graduates", "class", "viewers", "listeners", "readers", "fans", "workers", "employees", "troops",
             "forum", "summit", "assembly", "meeting", "event", "dinner", "luncheon", "nation", "country", "public"}
RELATIVES = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "girlfriend", "boyfriend",
             "partner", "family", "children", "parents", "grandson", "granddaughter", "fiancee", "fiancée", "fiance",
             "spouse", "mom", "dad", "cousin", "uncle", "aunt", "nephew", "niece", "friend", "friends"}


def _no_one_consulted(t: Trigger, rule: Rule, actor_ps: list[Participant], rec_ps: list[Participant],
                      resolver: Resolver) -> bool:
    """CONSULT words with no counterpart: one person talking about a topic ("Clinton talked about criminal
    justice reform", "discussed his commitment"), a speech to an audience ("spoke to a veterans group"), a
    call that names something ("calls Obamacare a 'crazy system'"), meeting one's wife."""
    tok = t.tok
    lemma = tok.lemma_.lower()
    pairs = [(r, resolver.doc[r.head]) for r in rec_ps if r.head >= 0]
    if any(h.lemma_.lower() in RELATIVES for _, h in pairs) and \
            all(r.mention is None or kind_of(r, resolver) == "PERSON" for r in rec_ps):
        return True  # "he met his wife, Ana, in South America"
    if rule.mode == "phone" and tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and
                                                          c.lemma_.lower() in NOT_PHONE for c in tok.children):
        return True  # "sent out a fundraising call", "a wake-up call", "a close call"
    if rule.mode == "phone" and tok.pos_ == "VERB" and any(
            w.is_quote for c in tok.children if c.dep_ == "dobj" for w in c.subtree):
        return True  # "calls Obamacare 'crazy system'": naming, not a call
    if rule.mode == "phone" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) and (
            any(c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in tok.children) or
            _quote_follows(tok)):
        return True  # "refused to call Mr. Putin a dictator": naming
    if rule.mode == "phone" and tok.pos_ == "VERB" and any(
            g.lemma_.lower() in NAMES for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"):
        return True  # "calling the Islamic State by another name will do nothing": naming
    if lemma in ("speak", "talk") and tok.pos_ == "VERB" and any(
            g.lemma_.lower() in AUDIENCES or g.lower_ in AUDIENCES
            for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "before", "to")
            for g in c.children if g.dep_ == "pobj"):
        return True  # "the two other candidates also spoke at the AIPAC conference": speeches, not talks
    if lemma not in TALKING or tok.pos_ != "VERB":
        return False
    parties = [r for r, h in pairs if h.lemma_.lower() not in AUDIENCES and h.lower_ not in AUDIENCES
               and h.lemma_.lower() not in CROWDS
               and (kind_of(r, resolver) in ("PERSON", "ORG", "GPE", "NORP")
                    or (r.sector is not None and h.pos_ == "NOUN" and h.ent_type_ == ""))]
    if parties:
        return False
    if pairs:
        return True  # "two candidates who speak to aggrieved voters": an audience, however many speak
    subject = subject_of(tok)[0]
    if subject is not None and subject.lower_ in ("they", "we") and len(actor_ps) < 2 and \
            lemma in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ in ("about", "on", "of", "for")
                                               for c in tok.children):
        return True  # "for nearly 40 hours, they spoke on a variety of topics": a filibuster, not talks
    if len(actor_ps) >= 2 or _plural_subject(tok):
        return False  # "the two leaders discussed trade": they consulted each other
    subj = subject_of(tok)[0]
    if lemma == "discuss" and subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "we") and \
            subj.lemma_.lower() not in CROWDS:
        return False  # "Leaders discussed options to finance ...": a group deliberating (but not "talked about")
    return True


AMOUNT_ADVERBS = {"slightly", "sharply", "steadily", "steeply", "significantly", "dramatically", "markedly",
                  "somewhat", "modestly", "precipitously", "gradually", "further"}
QUOTE_MARKS = {'"', "”", "''", "’", "'"}
QUESTIONING = {"ask", "demand", "wonder", "inquire", "enquire", "query"}


PERSISTING = {"press", "keep", "continue", "stay", "persist", "soldier", "carry", "stick", "win",
              "run", "forge", "plow", "plough"}
DIRECTIONS = {"underground", "back", "out", "away", "down", "aside", "off", "ahead", "forward", "further", "through",
              "abroad", "overseas", "offshore", "home"}
STUDYING = {"examine", "inspect", "scrutinize", "scrutinise", "audit"}
MATERIALS = {"evidence", "data", "detail", "record", "file", "option", "issue", "question", "matter", "complaint",
             "finding", "result", "figure", "number", "situation", "impact", "effect", "case"}
OFFICIAL_INQUIRERS = {"GOV", "COP", "JUD", "LEG", "SPY", "IGO", "UNO", "MIL"}
VAGUE_THINGS = {"something", "anything", "everything", "nothing", "much", "little", "this", "that", "it", "one",
                "point", "lot"}
COMMITTING = {"will", "would", "shall", "should", "must", "'ll", "’ll", "wo"}


def _agrees_in_opinion(v: Any) -> bool:
    """Whether "agree" shares a view rather than settles something: a that-clause stating how things are ("agree
    that the economy is slowing", "agreed with Putin that the war was a tragedy"), not what will be done ("agreed
    that prisoners would be exchanged", "agreed that he be released"), or agreement "on something"."""
    kids = list(v.children)
    if any(c.dep_ == "xcomp" for c in kids):
        return False  # "agreed to withdraw"
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children) and
           all(g.lower_ in VAGUE_THINGS for g in c.children if g.dep_ == "pobj") for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" and
           any(g.dep_ == "pobj" and g.lemma_.lower() in SAID_THINGS for g in c.children) for c in kids):
        return True  # "he agrees with Ginsburg's remarks", "agree with the judge's decision": a view shared
    if not any(c.dep_ in ("ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon", "over"))
               for c in kids) and any(c.dep_ == "prep" and c.lower_ == "with" and
                                      any(g.dep_ == "pobj" and g.pos_ in ("PRON", "PROPN") or g.ent_type_ == "PERSON"
                                          for g in c.children) for c in kids) and v.tag_ in ("VBP", "VBZ"):
        return True  # "unnamed military leaders agree with him": they share his view
    for c in kids:
        if c.dep_ != "ccomp" or c.i < v.i:
            continue
        if c.tag_ == "VB" or any(g.dep_ == "aux" and (g.lower_ in COMMITTING or g.lower_ == "to") for g in c.children):
            return False
        if c.tag_ == "NNS" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return True  # "agreed that Trump needs to deliver a speech" (the parser's noun "needs")
        return c.pos_ in ("VERB", "AUX") and c.tag_ in ("VBZ", "VBP", "VBD", "VBG", "VBN")
    return False


OPINIONS = {"thought", "opinion", "view", "views", "impression", "take", "reaction", "feeling", "feelings", "verdict",
            "assessment", "prediction"}


def _asks_a_question(v: Any) -> bool:
    """Whether a verb of asking only tags a question or a quotation: no one is asked to do anything unless an
    infinitive ("asked her to resign"), a "for" ("asked for help"), a that-clause or a thing ("demanded his
    release") says what."""
    kids = list(v.children)
    if any(c.dep_ == "advmod" and c.lower_ == "rhetorically" for c in kids):
        return True  # '"Why would I do that?" Sanders asked rhetorically'
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids) and \
            not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return True  # "the moderator asked Carson about his ties to Mannatech", "Trump, when asked about his errors"
    if any(c.dep_ == "xcomp" and any(g.dep_ == "dobj" and g.lemma_.lower() in OPINIONS for g in c.children)
           for c in kids):
        return True  # "asked Trump to share his views on the Klan": an interviewer's question
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "of")) for c in kids):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in kids):
        return True  # "when Boyle asked him a question"
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is not None and subj.left_edge.i > 0 and \
            QUOTE_MARKS & {v.doc[subj.left_edge.i - 1].text, v.doc[subj.left_edge.i].text} and \
            not any(c.dep_ == "ccomp" and c.i > v.i for c in kids):
        # (the quotation may have been split off as a sentence of its own: '"But why?" reporter Jackie Nespral
        # asked him')
        return True  # '"..., you said the RNC had defaulted," Boyle asked Trump': the tag of a quoted question
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return False  # "the 5 percent of GDP demanded by Mr. Trump": the thing demanded is the noun
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in kids):
        return False
    if any(c.dep_ == "ccomp" and any((g.dep_ == "mark" and g.lower_ in ("whether", "if")) or
                                     g.tag_ in ("WP", "WRB", "WDT") or
                                     any(w.tag_ in ("WP", "WDT", "WRB") for w in g.children)
                                     for g in c.children) for c in kids):
        return True  # "asked whether it was true", "asked why they left", "asked our followers which one won"
    if v.lemma_.lower() == "ask" and any(c.dep_ == "advcl" and c.i > v.i and any(
            g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children) and not any(
            g.dep_ == "aux" and g.lower_ in ("can", "could", "would", "will") for g in c.children) for c in kids):
        # "asked the students if they were always so serious" (the parser's adverbial "if"); but "ask European
        # countries if they can help" is a request
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in OPINIONS for c in kids):
        return True  # "asked our followers their thoughts on the meeting": a poll, not a request
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in ("question", "questions", "what", "why", "how", "it")
           and c.tag_ not in ("WP", "WDT") for c in kids):
        return False  # "demanded his release", "asked the court" (an object may still be asked something)
    if any(c.dep_ == "ccomp" for c in kids):
        return _quote_follows(v) or v.sent.text.rstrip().endswith(('?"', "?”", "?'"))  # a quoted question
    return _quote_follows(v) or not any(c.dep_ in ("dobj", "dative", "prep", "ccomp") for c in kids)


MARKETS = {"stock", "share", "market", "index", "indices", "dollar", "euro", "yen", "yuan", "rupee", "ruble", "rouble",
           "pound", "currency", "bond", "price", "oil", "gold", "sensex", "nifty", "dow", "nasdaq", "future", "equity",
           "bitcoin", "crypto", "commodity", "benchmark", "greenback"}
ANIMALS = {"animal", "rabbit", "dog", "cat", "bird", "deer", "cattle", "cow", "sheep", "goat", "pig", "horse",
           "livestock", "elephant", "rhino", "lion", "tiger", "bear", "wolf", "whale", "shark", "fish", "chicken",
           "poultry", "rat", "mouse", "snake", "monkey", "bat", "boar", "wildlife", "insect", "mosquito", "crocodile"}
POLLS = {"poll", "survey", "study", "census", "guideline", "guidelines", "data", "figure", "statistic", "research"}
PRACTICE = {"training", "practice", "photo", "exercise", "therapy", "study", "yoga", "recording", "jam", "tasting",
            "listening", "counseling", "counselling", "autograph", "fitting", "tutoring", "prayer", "q&a"}
OUTINGS = {"rally", "concert", "game", "match", "show", "party", "festival", "fundraiser", "debate", "parade",
           "wedding", "movie", "theater", "theatre", "museum", "restaurant", "bar", "club", "church", "mosque",
           "synagogue", "gym", "beach", "mall", "store", "school", "college", "class", "office", "work", "home", "bed",
           "hospital", "clinic"}  # ("insisted that the first lady go to Bethesda Naval Hospital for an ultrasound")
SAID_THINGS = {"remark", "comment", "statement", "assessment", "view", "decision", "ruling", "verdict", "criticism",
               "sentiment", "analysis", "conclusion", "point", "observation", "characterization", "description",
               "premise", "notion", "argument", "position", "stance", "opinion", "words"}
MILITARY_THINGS = {"troop", "force", "unit", "position", "line", "garrison", "defense", "defence", "border", "base",
                   "front", "army", "brigade", "battalion", "division", "flank", "perimeter", "presence"}
PROTEST_CAUSES = {"protest", "opposition", "anti-government", "antigovernment", "anti-war", "antiwar",
                  "pro-democracy", "solidarity", "mass", "street", "anti", "peace", "climate"}
PUBLISHED = {"report", "album", "film", "data", "figure", "video", "footage", "photo", "image", "document", "record",
             "song", "single", "trailer", "book", "memoir", "poll", "survey", "study", "plan", "budget", "list",
             "recording", "transcript", "version", "update", "app", "product", "game", "episode", "results"}
PORTIONS = {"most", "some", "all", "part", "many", "half", "much", "several"}  # "paused most of the tariffs"
REIGNS = {"rule", "reign", "regime", "era", "presidency", "career", "streak", "dominance", "dynasty", "tenure"}
FIGHTERS = ARMED - {"COP", "SPY", "CRM"}  # who takes ground by fighting (not police, spies or gangs)
GROUND = {"village", "town", "city", "control", "territory", "area", "region", "district"}
RIVALS = {"delegate", "nomination", "nominee", "candidate", "rival", "front-runner", "frontrunner", "opponent",
          "challenger"}  # words of a race: "his rival, Hillary Clinton, captured Virginia"
MEDIATING = {"peace", "mediation", "diplomatic", "ceasefire", "cease-fire", "truce", "reconciliation", "negotiation",
             "talk", "dialogue", "between", "broker", "end", "settlement", "resolve", "mediate"}
CIVIL = {"CVL", "BUS", "EDU", "JRN", "REL", "NGO", "ELI", "MED"}  # sectors that field no troops
OUTCOMES = {"win", "victory", "loss", "defeat", "result", "lead", "showing", "performance", "margin", "success",
            "failure", "surge", "gain", "record"}
NOT_HELD = {"delegate", "player", "employee", "staffer", "worker", "contestant", "superdelegate"}
CAPTIVES = {"prisoner", "hostage", "detainee", "captive", "pow", "inmate", "convict", "abductee"}
PEOPLE_WORDS = {"people", "migrant", "immigrant", "refugee", "family", "official", "diplomat", "worker", "resident",
                "student", "child", "woman", "man", "journalist", "member", "citizen", "national", "protester",
                "settler", "squatter", "tenant", "asylum-seeker", "detainee", "prisoner", "suspect", "leader"}
ABSTRACTS = {"tenet", "principle", "value", "standard", "norm", "mind", "nerve", "credibility", "reputation",
             "chance", "hope", "argument", "case", "theory", "idea", "record", "wall", "barrier", "house", "curtain"}
NARRATIVES = {"campaign", "narrative", "agenda", "debate", "message", "conversation", "story", "process", "party",
              "destiny", "future", "life", "career", "fate", "situation", "race"}
VOTERS_ALL = {"voter", "public", "electorate", "people", "majority", "respondent"}
MAJORITIES = {"overwhelmingly", "largely", "mostly", "broadly", "generally", "narrowly", "often", "increasingly"}
EXAMINING = {"examine", "inspect", "scrutinize", "scrutinise", "audit"}


def _idle_words(t: Trigger, rule: Rule, heads: list[Any], actor_ps: list[Participant],
                rec_ps: list[Participant]) -> str | None:
    """Words of the event lexicon used for something else, found by the words around them; the reason, or None.
    Written for mixed news (markets, sport, reviews, music) where the political reading is rare."""
    tok = t.tok
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    if rule.id == "assault.operations" and t.obj is not None and t.obj.lemma_.lower() == "campaign" and \
            not any(r.country or r.sector for r in rec_ps):
        return "a crusade"  # "led campaigns against Communism, abortion and ...": against ideas, no one attacked
    if rule.id == "consult.travel" and rec_ps and all(tok.doc[r.head].lemma_.lower() in PUBLICS
                                                      for r in rec_ps if r.head >= 0):
        return "campaigning"  # "it's going directly to the people", "took his case to voters": no visit
    if rule.type == "PROTEST" and lemma == "rally":
        if any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                              for g in c.children)) for c in kids) or \
                any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in ("from", "back") for c in kids):
            return "a comeback"  # "rallied to defeat McLachlan and Uchiyama", "rallied from a set down"
        if heads and all(h.lemma_.lower() in MARKETS or h.lower_ in MARKETS for h in heads):
            return "a market rising"  # "even the Nifty has been rallying"
        if heads and all(h.ent_type_ == "PERSON" for h in heads) and \
                not any(c.dep_ == "prep" and c.lower_ in ("against", "outside", "in", "at") for c in kids):
            return "a named player's comeback"  # "Herbert and Mahut rallied"
    if rule.type == "ASSAULT" and lemma == "burn" and dobj is None and tok.tag_ == "VBG" and \
            not any(c.dep_ in ("nsubjpass", "agent") for c in kids):
        return "a place in flames"  # "Hong Kong is burning": unrest described, no one burned
    if rule.type == "SUPPORT" and lemma in ("recognize", "recognise", "acknowledge") and \
            any(c.dep_ == "ccomp" for c in kids):
        return "a fact recognized"  # "have recognized that Austrians were also perpetrators"
    if rule.type == "ASSAULT" and lemma in ("hit", "strike") and dobj is not None and \
            (dobj.i > 0 and tok.doc[dobj.i - 1].text in ("“", '"', "‘", "'")):
        return "a title played"  # "after hitting “Takin’ It To the Streets,”"
    if rule.type == "ASSAULT" and dobj is None:  # "killed and ate a wild rabbit": the object both verbs share
        dobj = next((g for c in kids if c.dep_ == "conj" for g in c.children if g.dep_ == "dobj"), None)
    if rule.type == "ASSAULT" and dobj is not None and dobj.lemma_.lower() in ANIMALS:
        return "an animal killed"  # "a hunter who killed and ate a wild rabbit"
    deal = t.obj if t.obj is not None else tok
    if rule.type == "AGREE" and deal.lemma_.lower() == "deal" and \
            any(c.dep_ == "amod" and c.lower_ in ("big", "huge", "great") for c in deal.children) and \
            (t.light if t.light is not None else deal.head).lemma_.lower() == "make":
        return "an idiom"  # "Apple made a big deal about key stability"
    if rule.id == "accuse.investigate" and lemma in EXAMINING and dobj is not None and \
            not any(r.country or r.sector for r in rec_ps) and \
            not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in dobj.children):
        # (but "examined the conduct of the staffers" looks into what people did)
        return "a thing examined"  # "we're examining the 16-inch MacBook Pro", "inspected the room"
    if lemma in ("decline", "fall", "drop", "slip", "rise", "gain") and \
            any(g.ent_type_ in ("PERCENT", "MONEY") for c in kids for g in c.subtree) and \
            (dobj is None or dobj.ent_type_ in ("PERCENT", "MONEY", "CARDINAL")):  # (not "drop their tariff of 250%")
        return "a number moving"  # "Japan's Nikkei 225 declined 0.3%"
    if tok.dep_ in ("amod", "compound") and (tok.tag_ == "VBG" or (tok.tag_ == "VBN" and rule.type in (
            "COOPERATE", "SUPPORT", "AGREE", "CONSULT"))):
        return "a modifier"  # "its failed AirPower charging mat project", "Republicans and allied outside groups"
    if lemma == "rally" and tok.pos_ == "NOUN" and rule.type == "PROTEST" and \
            any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and (
                c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN" or c.lemma_.lower() in (
                    "campaign", "election", "electoral", "reelection", "re-election", "victory", "pep")))
                for c in tok.children):
        # ("organize its rallies", "filing into Johnson-Weld rallies")
        return "a campaign rally"  # "went to a Trump rally in Cleveland": a candidate's crowd, no protest
    if rule.type == "CONSULT" and rule.mode == "visit" and actor_ps and rec_ps and \
            all(a.sector in ("PTY", "LEG", "ELI", "OPP") and a.country for a in actor_ps) and \
            all(r.head >= 0 and tok.doc[r.head].ent_type_ in ("GPE", "LOC", "FAC") and r.sector in (None, "CVL") and
                r.country == actor_ps[0].country for r in rec_ps):
        return "a campaign stop"  # "Sanders visited Missouri on Saturday, holding a rally in Springfield"
    if rule.id == "consult.travel" and rec_ps and all(r.head >= 0 and tok.doc[r.head].lemma_.lower() in OUTINGS
                                                      for r in rec_ps):
        return "an outing"  # "went to a Trump rally", "headed to the game"
    if tok.pos_ == "VERB" and tok.i > tok.sent.start and tok.text[:1].isupper() and \
            tok.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW") and tok.ent_iob_ == "I":
        return "a word of a name"  # "NASA's Volatiles Investigating Polar Exploration Rover (VIPER) mission"
    if rule.type == "CONSULT" and tok.pos_ == "NOUN" and \
            any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in PRACTICE for c in tok.children):
        return "no talks"  # "volunteer training sessions", "a photo session"
    if rule.type == "CONCEDE" and lemma == "concede" and (_quote_follows(tok) or any(
            c.dep_ == "ccomp" for c in kids) or (tok.dep_ in ("ccomp", "parataxis") or any(
            c.dep_ == "nsubj" and c.i < tok.i for c in kids) and tok.i > 0 and
            tok.doc[tok.i - 1].text in (",", "”", '"') )):
        return "a speech tag"  # '"Certainly, this was a way to differentiate," he conceded.', "conceded that ..."
    if rule.type == "REJECT" and lemma in ("dismiss", "sack", "fire") and dobj is not None and \
            (dobj.ent_type_ == "PERSON" or actors.role_sector(dobj.text)[1] is not None) and \
            not any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return "someone removed from a post"  # "Zelenskyy dismissed the justice minister" (not "dismissed X as")
    if rule.type == "CONSULT" and lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in kids):
        return "something called off"  # "several businesses have called off projects with him"
    if rule.id == "coerce.annex" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return "a standing occupation"  # "territory occupied by Israel": a description, no seizure now
    if rule.id.startswith("retreat.release"):
        released = dobj
        cur = tok
        while released is None and cur.dep_ in ("acl", "conj") and cur.head != cur:
            cur = cur.head  # "the interview taped and released on Wednesday"
            released = cur if cur.pos_ == "NOUN" else None
        if released is not None and released.dep_ == "pobj" and released.head.lower_ == "of" and \
                released.head.head.pos_ == "NOUN":
            released = released.head.head  # "a poll of 400 registered voters released on Friday"
        if released is not None and released.lemma_.lower() in SPEECH | PUBLISHED:
            return "something published"
        if dobj is not None and dobj.lemma_.lower() in NOT_HELD:
            return "no one held"  # "state parties release those delegates": bound by a rule, not captive
        if dobj is not None and dobj.lemma_.lower() not in CAPTIVES and \
                any(c.dep_ in ("xcomp", "advcl") and c.i > dobj.i and
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids):
            return "someone left free to act"  # "freeing all the delegates to vote their conscience"
    if rule.type == "COERCE" and rule.mode == "deport" and lemma == "remove" and dobj is not None and \
            dobj.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG") and dobj.lemma_.lower() not in PEOPLE_WORDS and \
            dobj.pos_ != "PRON" and \
            not any(r.country or r.sector for r in rec_ps):
        return "a thing removed"  # "removing the guts from salmon with a spoon"
    if rule.id == "consult.meet" and lemma in ("talk", "speak", "chat") and \
            any(p.sector == "JRN" for p in actor_ps + rec_ps):
        return "an interview"  # "before they talked to me" (The Washington Post)
    if rule.id == "assault.shootdown" and lemma == "bring" and dobj is not None and \
            dobj.lemma_.lower() in ABSTRACTS:
        return "a figure of speech"  # "who is bringing down the tenets of the party"
    if rule.id == "retreat.broad" and lemma == "depart" and \
            not any(a.sector in ("MIL", "REB", "PRM", "UAF", "IMG", "COP") or
                    (a.country and a.head >= 0 and tok.doc[a.head].ent_type_ in ("GPE", "NORP")) for a in actor_ps):
        return "someone leaving"  # "a member of the board before departing last month", "Obama departs the UK"
    if rule.type == "MOBILIZE" and lemma == "reinforce" and dobj is not None and \
            dobj.ent_type_ not in ("GPE", "LOC", "FAC") and dobj.lemma_.lower() not in MILITARY_THINGS:
        return "an idea reinforced"  # "Bill Clinton reinforces all the negative attributes voters assign"
    if rule.type == "PROTEST" and lemma == "rally" and tok.pos_ == "NOUN" and t.light is not None and \
            t.light.lemma_.lower() in ("attend", "go", "hold", "headline", "address", "host", "draw") and \
            actor_ps and all(a.head >= 0 and (tok.doc[a.head].ent_type_ == "PERSON" or
                                              tok.doc[a.head].lower_ in ("he", "she", "i")) for a in actor_ps) and \
            not any(c.dep_ == "prep" and c.lower_ in ("against", "for", "over", "outside") for c in kids) and \
            not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in PROTEST_CAUSES for c in kids):
        return "a rally attended"  # "He attended the rally, though he's still not sure whether he'll vote"
    if rule.type == "COERCE" and rule.mode == "seize" and t.obj is not None and t.obj.lemma_.lower() == "control" and \
            any(g.lemma_.lower() in NARRATIVES for c in t.obj.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children):
        return "a campaign's own affairs"  # "was seizing back control of his campaign", "of the narrative"
    if rule.type == "ASSAULT" and lemma == "shoot" and tok.tag_ == "VBN" and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ABSTRACTS for c in kids):
        return "worn out"  # "the justice's mind is shot"
    # (a people as such: "Americans overwhelmingly oppose", "most Britons support"; but "the Europeans derided the
    # deal" may be their governments)
    polled = rule.type in ("REJECT", "SUPPORT", "ACCUSE") and (
        any(c.dep_ == "advmod" and c.lower_ in MAJORITIES for c in kids) or
        any(w.lemma_.lower() in ("poll", "survey") for w in tok.sent) or
        any(c.dep_ == "amod" and c.lower_ in ("most", "many", "few") for h in heads for c in h.children))
    if rule.type in ("REJECT", "SUPPORT", "ACCUSE") and heads and all(
            (h.ent_type_ == "NORP" and h.tag_ == "NNPS" and polled) or h.lemma_.lower() in VOTERS_ALL
            for h in heads) and all(a.sector in (None, "CVL") for a in actor_ps):
        return "public opinion"  # "Americans overwhelmingly oppose cutting off funds", "black voters rejected him"
    if rule.type in ("REQUEST", "SUPPORT", "ACCUSE") and heads and all(h.lemma_.lower() in POLLS for h in heads):
        return "a finding"  # "a new ABC News poll shows majority support", "CBP's guidelines recommend"
    if rule.id == "aid.verb" and (all(r.country is None and r.sector is None and r.head >= 0 and
                                      tok.doc[r.head].lower_ == "it" for r in rec_ps) if rec_ps else
                                  any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)):
        return "a thing fitted out"  # "VW has equipped it with touch panels" (whoever VW is)
    return None

