"""The date of each event in a sentence, resolved against the article's date.

An event takes the date expression that hangs on its trigger or light verb (else the reporting verb's, else the
sentence's only date when it is the only event); a year written on a nominal event dates it ("the 1995 Dayton
Accords"). A year written before joined clauses dates them all, and a sentence's only date, years back, dates
the phrase it governs. Past dates flag the event ``historical``, later ones ``future``; an undated perfect in a
relative clause, or a past clause describing a named person, is a back-reference (historical).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..ontology import actors
from . import dates as dating
from .participants import first_conjunct
from .pipeline import text_of

if TYPE_CHECKING:
    from .events import Event
    from .pipeline import Analysis


def _date_attachment(doc: Any, found: dating.DateText, sent: Any) -> int | None:
    """Token index of the verb or event noun a date expression hangs on."""
    tok = None
    for t in sent:
        if t.idx >= sent.start_char + found.start:
            tok = t
            break
    if tok is None:
        return None
    if found.text.lower().endswith(" after"):  # "three years after Putin invaded": the date of the invasion
        after = next((t for t in sent if t.idx == sent.start_char + found.end - 5), None)
        if after is not None and after.dep_ == "mark":
            return after.head.i
        if after is not None:
            return next((c.i for c in after.children if c.dep_ in ("pcomp", "pobj")), None)
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return cur.i
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT",):
            return cur.i
    return cur.i


def _year_modifier(tok: Any) -> str | None:
    """The year written on a nominal event: "the 1995 Dayton Accords", "the 2015 nuclear deal"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ in ("nummod", "compound", "amod", "nmod") and re.fullmatch(r"(?:19|20)\d\d", c.text) and c.i < tok.i:
            return c.text
    return None


def sentence_dates(events: list[Event], sent: Any, analysis: Analysis, reporting: set[str]) -> None:
    for e in events:
        tok = analysis.doc[e.token]
        # "the 2015 deal", and "the 2004 bombing of a French base killed nine soldiers": the year of its subject
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] if tok.pos_ == "VERB" else []
        if tok.dep_ == "relcl" and tok.pos_ == "VERB":  # "the 2004 bombing ... that killed nine soldiers"
            subjects += [tok.head] + [a for a in tok.head.ancestors if a.pos_ == "NOUN"][:2]
        year = None if e.derived else _year_modifier(tok) or next(
            (y for c in subjects for y in [_year_modifier(c)] if y), None)
        if year is not None:
            e.date, e.date_precision, e.date_text = year, "year", year
            if analysis.date and year < analysis.date[:4] and "historical" not in e.aux:
                e.aux = sorted(set(e.aux) | {"historical"})  # a named past agreement is a reference, not news
    # ("suspended talks on joining the EU until 2028": when the suspension ends, not when it was made)
    # ("for the first time since 2020": how long it had not happened, not when it happens)
    found = [f for f in dating.find(sent.text) if not re.match(r"(?i)(?:until|till|through)\b", f.text) and
             not (f.text.lower().startswith("since") and re.search(r"(?i)\btime\s*$", sent.text[:f.start]))]
    if not found:
        return
    attached = [(f, _date_attachment(analysis.doc, f, sent)) for f in found]
    doc = analysis.doc
    for e in events:
        tok = doc[e.token]
        targets = {e.token, tok.head.i}  # with the light verb of a nominal event, or the verb of a participle
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "by") and tok.head.head.pos_ == "VERB":
            targets.add(tok.head.head.i)  # "was wounded five years ago in a shooting": the shooting's date
        if e.governor is not None:
            # (a statement of intent is dated by the statement: "Zelensky will travel to Washington on Monday"
            # pledged nothing on Monday, and "agreed to withdraw by Friday" was not agreed on Friday)
            targets.discard(e.governor)
        if e.date_text is not None and e.date_precision == "year" and e.date == e.date_text and not e.derived:
            continue  # dated by a year written on it
        # (its own date first: "Priebus later Thursday told Fox News: they are meeting next week")
        # (a statement of intent is dated by the statement, not by the act it promises)
        pick = (None if e.derived else next((f for f, at in attached if at == e.token and
                                              _on_verb(f, tok, sent.start_char)), None)) or \
            next((f for f, at in attached if at in targets), None)
        if pick is None:
            # "By the end of 2009, the bill had failed and the summit had ended in turmoil": a date written
            # before the first of joined clauses dates them all
            verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
            chain = []
            while verb.dep_ == "conj" and verb.head != verb:
                verb = verb.head
                chain.append(verb.i)
            pick = next((f for f, at in attached if at in chain and sent.start_char + f.start < doc[at].idx), None)
        if pick is None and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
            # "who shot and wounded President Reagan in 1981": verbs sharing their object share the date after it
            later = _conjuncts_after(tok)
            pick = next((f for f, at in attached if at in later and sent.start_char + f.start > doc[at].idx), None)
        if pick is None:
            # "since 2011, when the government sent soldiers into Somalia": the clause tells what the date saw
            clause = next((a for a in [tok] + list(tok.ancestors) if a.dep_ == "relcl"), None)
            if clause is not None and clause.head.ent_type_ == "DATE" and \
                    any(c.lower_ == "when" for c in clause.children):
                at = clause.head.idx - sent.start_char
                dated = next((f for f, _ in attached if f.start <= at < f.end), None)
                if dated is not None:
                    pick = replace(dated, text=dated.text[6:], start=dated.start + 6) \
                        if dated.text.lower().startswith("since ") else dated
        if pick is None:
            reporters = [a.i for a in tok.ancestors if a.lemma_.lower() in reporting]
            pick = next((f for f, at in attached if at in reporters), None)
        if pick is None and len(attached) == 1 and len(events) == 1 and not _in_side_clause(attached[0][1], tok):
            pick = attached[0][0]
        if pick is None:
            if len(attached) == 1 and _scopes_over(attached[0], tok, analysis.date) and "historical" not in e.aux:
                # "In a deal brokered by Kendall, the subpoena was withdrawn and Clinton testified in 1998": a
                # sentence whose only date is years back tells a story from then
                e.aux = sorted(set(e.aux) | {"historical"})
            continue
        r = dating.resolve(pick, analysis.date, future="future" in e.aux)
        if r.date is None and dating.long_ago(pick) and "historical" not in e.aux:
            e.aux = sorted(set(e.aux) | {"historical"})  # "three years ago" is historical, dated article or not
        e.date, e.date_precision, e.date_text = r.date, r.precision, r.text
        e.date_span = (sent.start_char + pick.start, sent.start_char + pick.end)
        if dating.before(r, analysis.date) and "historical" not in e.aux:
            e.aux = sorted(set(e.aux) | {"historical"})
        if dating.after(r, analysis.date) and "future" not in e.aux and not e.derived:
            e.aux = sorted(set(e.aux) | {"future"})


def _on_verb(found: dating.DateText, verb: Any, offset: int) -> bool:
    """Whether a date hangs on the verb itself ("are meeting next week", "fired three missiles Monday"), not
    inside one of its phrases ("urging an investigation of the February 8 vote")."""
    start, end = offset + found.start, offset + found.end
    tok = next((t for t in verb.sent if t.idx >= start), None)
    if tok is None:
        return False
    while tok.head != tok and start <= tok.head.idx < end:
        tok = tok.head  # up to the head of the date phrase
    head = tok.head
    return head == verb or (head.pos_ == "ADP" and head.head == verb)


def _conjuncts_after(verb: Any) -> set[int]:
    """The verbs joined after ``verb`` ("shot and wounded"), without a subject of their own."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and \
                not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            out |= {c.i} | _conjuncts_after(c)
    return out


def _in_side_clause(at: int | None, tok: Any) -> bool:
    """Whether a date hangs in a relative clause that does not hold the event ("The junta, which seized power in
    May 2019, has imposed a curfew": the year is the seizure's)."""
    if at is None:
        return False
    doc = tok.doc
    clause = first_conjunct(doc[at])
    return clause.dep_ in ("relcl", "acl") and not (clause.left_edge.i <= tok.i <= clause.right_edge.i)


TIME_CLAUSES = {"when", "after", "before", "as", "while"}


def _scopes_over(dated: tuple[dating.DateText, int | None], tok: Any, article_date: str | None) -> bool:
    """Whether a sentence's only date, a year or month more than a year before the article, dates an event it is
    not attached to: the event sits inside the dated phrase ("Clinton's September 2011 visit, in which she and
    Lady Ashton discussed ..."), or the date is on the main clause and the event in a phrase of it ("In a deal
    brokered by Kendall, ... Clinton testified in 1998"). A date inside a side clause ("The Taliban, who seized
    power in August 2021, have imposed ...") or a "since" ("attacking Kenyan troops since 2011") does not."""
    found, at = dated
    if at is None or found.text.lower().startswith("since") or not _years_before(found, article_date):
        return False
    doc = tok.doc
    if any(a.i == at for a in tok.ancestors):
        return True
    main = first_conjunct(doc[at])
    if main.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSES for c in main.children):
        return True  # "when the Hungarians revolted in 1956, Ike refused to intervene": the time clause dates it all
    return main.dep_ == "ROOT" and tok.i != at and _outside_main_verbs(tok, main)


def _outside_main_verbs(tok: Any, root: Any) -> bool:
    """Whether ``tok`` hangs in a phrase of the main clause rather than being one of its verbs."""
    cur = first_conjunct(tok)
    return cur != root and cur.head != cur


def _years_before(found: dating.DateText, article_date: str | None) -> bool:
    """Whether a written year or month lies more than a year before the article's date."""
    if article_date is None or found.kind not in ("year", "monthyear"):
        return False
    r = dating.resolve(found, article_date)
    if r.date is None:
        return False
    year, month = int(r.date[:4]), int(r.date[5:7]) if len(r.date) >= 7 else 12
    return (int(article_date[:4]) - year) * 12 + int(article_date[5:7]) - month > 12


def back_references(events: list[Event], doc: Any) -> None:
    """An undated perfect in a relative clause names an earlier happening to describe a thing, not news of the
    reporting period: "would not return the territories it has annexed", "the town the army had shelled".
    So is an undated past tense in a clause describing someone named beside it ("Mr. Podesta, a former adviser
    who supported an aggressive climate policy"). Such events are flagged historical (kept, not counted); a dated
    one was settled by its date, and a progressive one ("who have been mediating") is still going on."""
    for e in events:
        tok = doc[e.token]
        if e.date is not None or e.derived or tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "VBG":
            continue  # "Qatar, which has been mediating the talks": still going on
        clause = first_conjunct(tok)
        if clause.dep_ != "relcl":
            continue
        described = clause.head
        past = clause.tag_ == "VBD" and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children)))  # ("who led ... and later coordinated")
        # (but "Officer Betty Shelby, who shot and killed Terence Crutcher": the deed she is in the news for)
        if past and "historical" not in e.aux and e.type not in ("ASSAULT", "COERCE") and (
                (described.dep_ == "appos" and (described.head.ent_type_ == "PERSON" or
                                                actors.role_sector(described.text)[0] is not None)) or
                (described.dep_ in ("nsubj", "nsubjpass") and described.pos_ == "PROPN" and
                 (described.ent_type_ == "PERSON" or any(c.lower_ == "who" for c in clause.children)))):
            # "John Podesta, a former adviser who supported an aggressive climate policy, said", "Gen. John
            # Allen, who led United States forces in Afghanistan, said": a career, told to say who the speaker is
            e.aux = sorted(set(e.aux) | {"historical"})
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) and \
                "historical" not in e.aux:
            e.aux = sorted(set(e.aux) | {"historical"})


# States and regimes that no longer exist, with the year they ended: an act done by or to one of them is history
# in a text written later ("led a multination effort to defeat Nazi Germany", "when Soviet troops invaded").
DEFUNCT = re.compile(r"\b(?:Nazi Germany|Third Reich|Wehrmacht|Soviet Union|Soviets?|U\.?S\.?S\.?R\.?|East German[sy]?"
                     r"|West German[sy]?|Yugoslavia|Czechoslovakia|Ottoman Empire|Ottomans|Imperial Japan"
                     r"|South Vietnam(?:ese)?|North Vietnam(?:ese)?|Viet Cong|Rhodesia|Zaire)\b")
DEFUNCT_UNTIL = {"nazi": 1945, "third": 1945, "wehrmacht": 1945, "soviet": 1991, "ussr": 1991,
                 "east": 1990, "west": 1990, "yugoslavia": 2003, "czechoslovakia": 1992, "ottoman": 1922,
                 "imperial": 1945, "south": 1976, "north": 1976, "viet": 1976, "rhodesia": 1979, "zaire": 1997}
# "the former Soviet Union", "the harshest crackdown since Soviet times", "after the fall of the Soviet Union"
_LATER = re.compile(r"(?:\b(?:former|since|after|before|until)\s+(?:the\s+)?(?:(?:fall|collapse|break-?up|end|"
                    r"dissolution|demise|days|times)\s+of\s+(?:the\s+)?)?|\b(?:ex|post|neo|anti|pro|non)-\s*)$",
                    re.IGNORECASE)
_MADE = re.compile(r"^-?(?:era|made|style|built|designed|trained|vintage|born|type|model)\b", re.IGNORECASE)


def defunct_parties(events: list[Event], doc: Any, article_date: str | None) -> None:
    """Flag historical an event whose clause names a state gone by the article's date as a party ("helped defeat
    Nazi Germany", "Soviet troops invaded Afghanistan"), but not a thing from it ("Soviet-era missiles"), its
    successors ("former Soviet republics") or a description of the actor ("Putin, a former Soviet spy,
    ordered")."""
    if not article_date or not events or \
            not DEFUNCT.search(text_of(doc), events[0].sent_start, events[0].sent_end):  # (the common case)
        return
    text, year = text_of(doc), int(article_date[:4])
    for e in events:
        if "historical" in e.aux:
            continue
        tok = doc[e.token]
        said = [t for t in tok.subtree if not any(a.dep_ in ("nsubj", "nsubjpass") and a.head == tok
                                                   for a in [t, *t.ancestors] if a.i != tok.i)]
        spans: list[tuple[int, int]] = []
        for t in sorted(said, key=lambda t: t.i):  # runs of consecutive tokens ("Nazi Germany")
            if spans and t.i > 0 and doc[t.i - 1] in said and spans[-1][1] == doc[t.i - 1].idx + len(doc[t.i - 1]):
                spans[-1] = (spans[-1][0], t.idx + len(t))
            else:
                spans.append((t.idx, t.idx + len(t)))
        spans += [(p.start, p.end) for p in (e.actor, e.recipient) if p is not None]  # ("Soviet troops")
        if any(_defunct(text, start, end, year) for start, end in spans):
            e.aux = sorted(set(e.aux) | {"historical"})


def _defunct(text: str, start: int, end: int, year: int) -> bool:
    for m in DEFUNCT.finditer(text, start, end):
        if _LATER.search(text[max(0, m.start() - 40):m.start()]) or _MADE.match(text[m.end():m.end() + 10]):
            continue
        key = m.group(0).split()[0].replace(".", "").casefold().rstrip("s")
        if year > DEFUNCT_UNTIL.get(key, 9999) + 1:
            return True
    return False
