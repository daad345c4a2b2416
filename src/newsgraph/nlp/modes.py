"""Auxiliary modes of an event: whether the text says it happened, in the reporting period, once.

``aux_modes`` reads the trigger's clause and the clauses above it: negation ("did not", "no longer", "no
indication that"), modals and conditions ("will", "could", "if", "unless", "must either ... or"), governing verbs
("refused to", "plans to", "agreed to", "called for ending"), beliefs and wishes about others ("he believes the
leaders will meet"), announced plans and possibilities ("announced plans to", "the possibility that"), habits
("routinely", "each year", "for years", "used to") and former deeds ("once mocked"). Flags: ``negated``,
``future``, ``hypothetical``, ``historical``, ``habitual``; a governing verb and its kind come back with them so
the coder can read a commitment as an event of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..ontology.patterns import Patterns
from .participants import ANNOUNCING, INTENT_NOUNS, first_conjunct, passive_subject, subject_of

if TYPE_CHECKING:
    from .events import Trigger

REPORTING = {"say", "tell", "claim", "report", "announce", "state", "add", "insist", "confirm", "note", "write",
             "argue", "assert", "contend", "maintain", "allege", "declare", "acknowledge", "testify", "tweet",
             "post", "warn", "explain", "stress", "emphasize", "emphasise", "suggest", "believe", "think", "fear",
             "according", "reiterate", "repeat", "conclude", "underline", "underscore"}
# Verbs whose infinitive complement happened ("began to shell", "managed to cross").
IMPLICATIVE = {"begin", "start", "continue", "manage", "succeed", "proceed", "resume", "keep", "help", "dare",
               "bother", "go", "come", "be", "happen", "decide", "resolve", "use", "serve", "move", "rush", "race",
               "scramble", "choose", "opt", "decide"}
FUTURE_ADJ = {"planned", "upcoming", "proposed", "scheduled", "expected", "future", "next", "possible",
              "potential", "prospective", "imminent", "likely", "new"}
WANTING = {"need", "require", "want", "seek", "demand", "propose", "suggest", "recommend", "urge", "await",
           "envision", "envisage", "desire", "wish", "expect", "favor", "favour", "advocate"}
DURATIONS = ("years", "decades", "months", "generations", "centuries")

PLANS = {"strategy", "plan", "blueprint", "roadmap", "proposal", "option", "options", "idea", "scenario", "approach",
         "recipe", "formula", "framework", "mandate", "authority", "authorization", "license", "licence", "capability",
         "capacity", "means", "ability", "readiness", "rationale", "case", "argument", "excuse", "pretext"}
def _noun_before(prep: Any, nouns: set[str]) -> Any | None:
    """The noun a preposition hangs on, or the object of the verb the parser hung it on instead: "his resistance to
    providing" either way."""
    head = prep.head
    if head.lemma_.lower() in nouns:
        return head
    return next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)


REFUSALS = {"resistance", "opposition", "objection", "objections", "refusal", "reluctance", "aversion", "hostility"}
GOVERNED_FLAG = {"intent": "future", "refuse": "negated", "future": "future", "hypothetical": "hypothetical",
                 "negated": "negated"}
CALLED_OFF = {"cancel", "postpone", "scrap", "shelve", "abandon", "delay"}
HABITUAL = {"usually", "typically", "normally", "generally", "routinely", "often", "frequently", "regularly",
            "habitually", "customarily", "sometimes", "occasionally", "always", "rarely", "seldom"}
PERIODS = {"year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter", "morning", "evening",
           "night", "weekend", "time", "season", "quarter"}
BELIEF = {"believe", "think", "expect", "predict", "hope", "wish", "fear", "doubt", "suspect", "assume", "anticipate",
          "guess", "bet", "imagine", "worry", "speculate", "forecast", "reckon", "suppose", "trust", "feel"}
WISHING = {"hope", "wish", "fear", "doubt", "worry", "imagine", "suppose"}


def aux_modes(t: Trigger, pats: Patterns, reported: bool,
              question: bool = False) -> tuple[list[str], Any | None, str | None]:
    """(aux flags, governing token, governor kind) for a trigger."""
    flags: list[str] = []
    governor, kind = None, None
    tok = t.light if t.light is not None else t.tok
    if t.light is None and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and \
            tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "talks with China must continue", "the talks will resume": the verb's modes are theirs
    nodes = [t.tok] + ([t.light] if t.light is not None else [])
    if t.obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in t.obj.children):
        flags.append("negated")  # "offered no details", "imposed no new sanctions"
    elif t.light is None and any(c.dep_ == "dobj" and c.lower_ in ("none", "nothing", "neither", "nobody", "no-one")
                                 for c in t.tok.children):
        flags.append("negated")  # "the Sanders campaign has endorsed none of this", "did nothing"
    if t.tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl", "amod") and c.lemma_.lower() in CALLED_OFF and
            (c.head == t.tok or c.dep_ == "relcl") and
            not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in t.tok.subtree):
        # (the relative clause may hang on the last noun of the phrase: "a meeting between the presidents that
        # was canceled")
        flags.append("negated")  # "a meeting in Chile that was canceled", "the postponed talks"
    subj = subject_of(tok)[0] if tok.pos_ in ("VERB", "AUX") else None
    patient = passive_subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    if any(w is not None and any(c.dep_ in ("preconj", "det") and c.lower_ in ("neither", "no") for c in w.children)
           for w in (subj, patient)):
        flags.append("negated")  # "Neither the House nor the Senate have provided", "no civilians were killed"
    for c in t.tok.children:
        if t.tok.pos_ in ("NOUN", "PROPN") and c.dep_ == "det" and c.lower_ == "no":
            flags.append("negated")
        if c.dep_ == "amod" and c.lower_ in FUTURE_ADJ and c.lower_ not in ("new",):
            flags.append("future" if c.lower_ in ("planned", "upcoming", "scheduled", "next", "expected")
                         else "hypothetical")
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                                                       for c in tok.children):
        flags.append("habitual")  # "Flexport, which coordinates shipments", "Scissors, who consults with officials"
    announced = announced_intent(tok)
    if announced is not None:  # "Trump announced plans to impose tariffs": a statement of intent
        governor, kind = announced
        flags.append(GOVERNED_FLAG[kind])
    elif possible_only(tok):
        flags.append("hypothetical")  # "the possibility that Britain will deploy troops", "the hope that talks ..."
    elif t.light is not None and t.light.lemma_.lower() in PLEDGING and \
            (t.tok.dep_ == "dobj" or (t.tok.dep_ == "pobj" and t.tok.head.lower_ == "to")):  # (not "agreed at a summit")
        governor, kind = t.light, "intent"  # "pledged aid to Ukraine": aid promised, not yet given (the pledge is
        flags.append(GOVERNED_FLAG[kind])  # the AGREE)
    elif t.light is None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in pats.governors and tok.head.lemma_.lower() not in ACTS_OF_THEIR_OWN:
        # "agreed to prepare a summit", "proposed talks", "postponed the meeting": the governing verb says
        # whether the event happens, as it does for a clause ("plans to meet")
        governor, kind = tok.head, pats.governors[tok.head.lemma_.lower()]
        flags.append(GOVERNED_FLAG[kind])
    holder = tok.head if tok.dep_ in ("acl", "relcl") else None
    if holder is not None and holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj" and \
            holder.head.lemma_.lower() in WANTING:
        flags.append("hypothetical")  # "needed a more robust air campaign targeting its leaders": not under way
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "use" and tok.head.tag_ == "VBD" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.head.children):  # (not "used tear gas to disperse")
        flags.append("historical")  # "Massie used to support Rand Paul": no longer so
    if tok.dep_ in ("acl", "ccomp") and tok.head.pos_ == "NOUN" and \
            any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children) and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        flags.append("negated")  # "there is no indication that prosecutors have convened a grand jury"
    passive = tok
    while passive.dep_ in ("conj", "advcl") and passive.head != passive and passive.tag_ == "VBN" and \
            not any(c.dep_ == "auxpass" for c in passive.children):
        passive = passive.head  # "are beaten, chained, attacked or abused": the auxiliary of the first
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in passive.children) and \
            any(c.dep_ == "nsubjpass" and c.lower_ in MULTITUDES for c in passive.children):
        flags.append("habitual")  # "dozens of children are beaten or abused while begging": what keeps happening
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in DECIDING:
        flags.append("negated")  # "the FBI has decided against recommending charges"
    topic = first_conjunct(tok)
    if tok.tag_ == "VBG" and topic.dep_ == "pcomp" and not any(c.dep_ in ("nsubj", "poss") for c in tok.children) and (
            (topic.head.head.pos_ in ("NOUN", "PROPN") and topic.head.lower_ in ("from", "to", "about", "on", "over"))
            or (topic.head.lower_ == "to" and topic.head.head.tag_ == "VBG" and topic.head.head.dep_ == "pcomp" and
                topic.head.head.head.lower_ == "from")):
        # "arguments on cracking down on corporate greed", "from moving past social issues to cracking down on
        # corporate greed": subjects of talk, not deeds
        flags.append("hypothetical")
    if time_clause_future(tok):
        flags.append("future")  # "even after he steps down, he will look for ways", "once the army withdraws"
    cur = tok
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and (
            tok.head.head.lower_ == "instead" or any(c.lower_ == "instead" for c in tok.head.children)):
        flags.append("negated")  # "instead of calling for an Asian NATO"
    while True:
        nodes.append(cur)
        for c in cur.children:
            if c.dep_ == "neg":
                flags.append("negated")
            elif c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                flags.append("negated")  # "an electorate he no longer recognized"
            elif c.dep_ == "advmod" and c.lower_ == "once" and cur is tok and tok.tag_ == "VBD" and c.i < tok.i:
                flags.append("historical")  # "a justice who once mocked people with AIDS": formerly
            elif c.dep_ == "preconj" and c.lower_ == "either" and cur.tag_ in ("VB", "JJ"):
                # "must either embrace Trump or destroy him": a choice, not a deed (but "residents were either
                # killed or taken hostage" reports both)
                flags.append("hypothetical")
            elif c.dep_ in ("aux",) and c.tag_ == "MD":
                w = c.lower_
                if w in ("will", "shall", "'ll", "wo"):
                    flags.append("future")
                elif w in ("would", "'d") and any(a.dep_ == "aux" and a.lower_ in ("have", "'ve") and a.i > c.i
                                                   for a in cur.children):
                    flags.append("hypothetical")  # "we would not have rescued the industry": counterfactual
                elif w in ("would", "'d"):
                    flags.append("future" if reported else "hypothetical")
                else:
                    flags.append("hypothetical")
            elif c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                flags.append("hypothetical")
            elif c.dep_ == "advmod" and cur is tok and (c.lower_ in HABITUAL or (
                    c.lower_ in ("consistently", "invariably", "traditionally") and tok.tag_ in ("VBP", "VBZ"))):
                # ("voters consistently reject": a pattern; but "we have consistently urged" reports requests)
                flags.append("habitual")  # "routinely deny", "is usually deported": a pattern, not a happening
            elif c.dep_ == "prep" and c.lower_ in ("for", "over") and cur is tok and any(
                    g.dep_ == "pobj" and g.lower_ in (DURATIONS if c.lower_ == "for" else ("years", "decades")) and
                    not any(n.dep_ == "nummod" or n.like_num for n in g.children) for g in c.children):
                # (but "banned him from politics for six years" is the ban's length)
                flags.append("habitual")  # "talked past each other for years": a long pattern, not a happening
            elif c.dep_ == "npadvmod" and cur is tok and c.lemma_.lower() in PERIODS and \
                    any(g.dep_ == "det" and g.lower_ in ("each", "every") for g in c.children):
                flags.append("habitual")  # "pardoned by the king each year", "meet every month"
        for c in cur.children:  # "will withdraw ... unless": a condition set by the actor
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("unless", "if") for g in c.children):
                flags.append("_conditional")
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if to and governor is None and cur.head != cur and cur.head.lemma_.lower() not in IMPLICATIVE and \
                cur.head.lemma_.lower() not in pats.governors:
            flags.append("hypothetical")  # "to reach an agreement", "use his influence to extract": not asserted
        if to and cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "be" and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in AIMS for c in cur.head.children):
            flags.append("hypothetical")  # "our goal is to defeat and destroy ISIS", "the mission is to destroy"
        elif to and cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "be" and cur.head.pos_ == "AUX" and \
                not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "this", "that", "which", "what") or
                                                           c.lemma_.lower() in COURSES_OF_ACTION)
                        for c in cur.head.children):
            # "the ministers are to sign the accord on Friday": scheduled; "the two sides were to start talks two
            # weeks ago, but the talks had yet to begin": planned, not reported done (not "the aim is to ...", "his
            # opening gambit was to threaten Russia with tariffs": a course of action, told as taken or not)
            flags.append("future" if cur.head.tag_ in ("VBP", "VBZ") else "hypothetical")
        # ("the government could issue subsidies, helping them buy ...": the participle shares the modal)
        participle = cur.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark")
                                                   for c in cur.children)
        infinitive = cur.dep_ == "advcl" and (to or participle)
        if (cur.dep_ in ("xcomp", "acomp", "ccomp") or infinitive) and cur.head != cur and \
                cur.head.pos_ in ("VERB", "ADJ", "AUX"):
            head = cur.head
            # (a participle shares its head's modal, not its head's intent: "moved toward a reset, agreeing to")
            k = pats.governors.get(head.lemma_.lower()) if not (cur.dep_ == "advcl" and participle) else None
            if head.lower_ in ("going", "gon") and to:
                k = pats.governors.get("going")  # "Russia is going to attack Kyiv" (the lemma is "go")
            if cur.dep_ == "ccomp" and head.lemma_.lower() in BELIEF:
                # "he believes the leaders will meet", "I'm hoping they make concessions", "expects the
                # government to uphold": a forecast, a wish or a demand, not anyone's commitment (a past act one
                # believes happened stays asserted)
                if "future" in flags or head.lemma_.lower() in WISHING or \
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                    flags.append("hypothetical")
                break
            if cur.dep_ == "ccomp" and head.lemma_.lower() in REPORTING:
                break
            if k and governor is None:
                governor, kind = head, k
                flags.append(GOVERNED_FLAG[k])
            cur = head
            continue
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            flags.append("hypothetical")
            break
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in cur.children) and \
                any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children):
            flags.append("hypothetical")  # "Israel should continue fighting until Hamas was destroyed"
            break

        if cur.dep_ == "conj" and cur.head != cur:
            if to and governor is None:
                # "have been hesitant to appear with him or, in some cases, to even endorse his candidacy": a
                # second infinitive the parser hung on the copula shares the first one's governor
                held = next((c for c in cur.head.children if c.dep_ in ("acomp", "xcomp") and c.i < cur.i and
                             c.lemma_.lower() in pats.governors), None)
                if held is not None:
                    governor, kind = held, pats.governors[held.lemma_.lower()]
                    flags.append(GOVERNED_FLAG[kind])
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.tag_ == "VB" and cur.head.lower_ == "to" and cur.head.head != cur.head:
            # "pleaded guilty to threatening to assault": an infinitive the parser read as a preposition's object
            gov = cur.head.head
            k = pats.governors.get(gov.lemma_.lower())
            if k and governor is None:
                governor, kind = gov, k
                flags.append(GOVERNED_FLAG[k])
            cur = gov
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ == "to" and cur.head.head != cur.head and \
                _noun_before(cur.head, REFUSALS) is not None:
            # "has deepened his resistance to providing the rebels with weapons" (however the "to" is attached)
            if governor is None:
                governor, kind = cur.head.head, "refuse"
                flags.append(GOVERNED_FLAG[kind])
            break
        if cur.dep_ == "pcomp" and cur.head.head.pos_ in ("NOUN", "ADJ", "VERB") and (
                (cur.head.lower_ in ("for", "to") and cur.head.head.lemma_.lower() in PLANS) or
                (cur.head.lower_ == "in" and (cur.head.head.lemma_.lower() == "interested" or
                                              _noun_before(cur.head, {"interest"}) is not None))):
            # ("voiced interest in making continued military aid conditional", "interested in talking to the U.S.")
            flags.append("hypothetical")  # "his administration's strategy for fighting the Islamic State": a plan
            break
        if cur.dep_ == "pcomp" and cur.head.head != cur.head and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            gov = cur.head.head  # "agreed to work on ending the war": up through the preposition
            k = pats.governors.get(gov.lemma_.lower()) if cur.head.lower_ in ("for", "on", "to") or \
                (cur.head.lower_ == "at" and gov.lemma_.lower() in ("balk", "baulk")) or \
                (cur.head.lower_ == "from" and gov.lemma_.lower() in ("refrain", "abstain", "desist")) else None
            # "called for ending the embargo": asked for, not done; "balking at committing": refused; "agreed to
            # providing weapons": promised
            if k and governor is None:
                governor, kind = gov, k
                flags.append(GOVERNED_FLAG[k])
            cur = gov
            continue
        break
    if question:
        flags.append("hypothetical")
    # Negation of the governor reaches the action only through "not agree to"; "refused" is handled by kind.
    return sorted(set(flags)), governor, kind


MAYBE = {"possibility", "prospect", "prospects", "idea", "option", "options", "risk", "chance", "chances", "fear",
         "fears", "hope", "hopes", "plan", "plans", "proposal", "threat", "danger", "likelihood", "scenario",
         "suggestion", "notion", "expectation", "expectations", "offer", "pledge", "promise", "demand", "demands",
         "question", "talk", "call", "appeal", "speculation", "rumor", "rumors", "rumour", "rumours", "prediction",
         "forecast"}


def announced_intent(tok: Any) -> tuple[Any, str] | None:
    """(governing verb, kind) for an action its actor announced as intended: "Trump announced plans to impose
    tariffs", "Moscow confirmed its decision to withdraw", "the government's refusal to negotiate" (refuse)."""
    if tok.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    noun = tok.head
    if noun.lemma_.lower() not in INTENT_NOUNS or noun.head == noun:
        return None
    kind = "refuse" if noun.lemma_.lower() == "refusal" else "intent"
    if any(c.dep_ == "neg" for c in noun.head.children) or any(c.dep_ == "det" and c.lower_ == "no"
                                                               for c in noun.children):
        return None  # "denied any plan to", "has no plans to": nothing announced
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANNOUNCING:
        return noun.head, kind
    if any(c.dep_ == "poss" for c in noun.children) and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            noun.head.lemma_.lower() in ANNOUNCING | {"be"}:
        return noun.head, kind  # "Trump's plan to impose tariffs was announced on Monday"
    return None


def possible_only(tok: Any) -> bool:
    """Whether the trigger sits in a clause that a noun of possibility holds: "the possibility that Britain will
    deploy troops", "the possibility of America withdrawing troops", "the hope that talks could pave the way"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in MAYBE and \
                cur.head.lower_ != "talks":  # ("talk of a deal" is speculation; "talks mediated by Qatar" happened)
            return True
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in MAYBE:
            return True
        if cur.dep_ not in ("nsubj", "nsubjpass", "dobj", "xcomp", "conj", "aux", "acl", "ccomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


DECIDING = {"decide", "vote", "rule", "advise", "argue", "opt", "caution", "counsel", "warn", "recommend"}
MULTITUDES = {"dozens", "hundreds", "thousands", "millions", "scores", "many", "countless", "tens"}
AIMS = {"goal", "aim", "mission", "plan", "objective", "intention", "purpose", "hope", "priority", "task", "job",
        "idea", "intent", "ambition", "dream", "wish", "target"}
COURSES_OF_ACTION = {"gambit", "response", "move", "strategy", "tactic", "step", "option", "role", "point", "answer",
                     "solution", "decision", "reaction", "instinct", "approach", "way", "thing", "tweet", "remark",
                     "comment", "message", "statement", "post", "ad"}
PLEDGING = {"pledge", "promise", "vow", "agree"}  # light verbs whose event is only promised ("agreed to a ceasefire")
# Governing verbs whose object is done by saying so: "announced sanctions", "committed troops".
ACTS_OF_THEIR_OWN = {"announce", "commit"}
TIME_MARKS = {"after", "once", "when", "whenever", "until", "till", "before"}  # a time clause's present is future
HEDGES = {"probably", "likely", "possibly", "perhaps", "maybe", "eventually"}


def hedged(tok: Any) -> bool:
    """"would probably back Mr. Trump", "will likely vote": a guess about oneself, not a commitment (also where
    the parser hung the hedge on the subject: "Ukraine and its backers most likely will not accept")."""
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in tok.children):
        return True
    for t in tok.doc[tok.left_edge.i:tok.i]:
        if t.lower_ in HEDGES and t.dep_ in ("advmod", "amod"):
            path = [a for a in t.ancestors if a.i != tok.i and tok in a.ancestors]
            if all(a.dep_ not in ("relcl", "ccomp", "advcl", "acl", "xcomp", "pcomp", "pobj") for a in path) and \
                    tok in t.ancestors:
                return True
    return False


def time_clause_future(tok: Any) -> bool:
    """A present tense in a time clause of a future sentence: "once the army withdraws, the refugees will return"
    (a time set for the future, no one's pledge)."""
    clause = first_conjunct(tok)
    return clause.dep_ == "advcl" and clause.head != clause and modal_future(clause.head) and \
        (clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in clause.children)) and \
        any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def modal_future(tok: Any) -> bool:
    cur = tok
    while cur.dep_ in ("conj",) and cur.head != cur:
        cur = cur.head
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in cur.children) and \
            any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in cur.children):
        return False  # "would have lined up behind Christie": a counterfactual, no commitment
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo", "would") for c in cur.children)
