"""Quotations: direct, mixed and indirect, each with its cue and resolved speaker.

Direct quotations are found from the marks themselves. Whether a mark opens or closes is read from its
neighbours, not its glyph, so straight quotes, two apostrophes (''), backtick pairs and wrong-way curly marks all
work; a quotation that runs over several paragraphs (each opening with a mark, only the last closing) is one
quotation, and an unclosed mark ends at its paragraph instead of swallowing the article.

A quotation is attributed to the nearest speech cue outside any quotation in its sentence (or the next one):
the cue's subject is the speaker; "he"/"she" resolve to the nearest compatible person (the previous speaker
first); "the mayor" resolves to the person whose role is mayor; "according to X" gives X. A quotation with no cue
that fills its paragraph continues the previous speaker. Short quoted phrases with no cue are scare quotes or
titles and are dropped; with a cue they are partial quotations inside reported speech ("mixed").
Indirect speech is a speech cue with a clausal complement ("said that ...") or "according to X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..ontology import actors
from ..ingest.cohesion import title_like
from .pipeline import Analysis, stage, text_of

VERSION = "quotes.v1"

SPEECH = {
    "say", "tell", "add", "ask", "insist", "argue", "write", "note", "warn", "declare", "explain", "state",
    "claim", "announce", "acknowledge", "continue", "recall", "reply", "respond", "suggest", "testify", "tweet",
    "post", "describe", "call", "predict", "vow", "promise", "admit", "assert", "complain", "concede",
    "confirm", "contend", "deny", "emphasize", "joke", "maintain", "mention", "observe", "point", "remark",
    "report", "reiterate", "repeat", "stress", "urge", "caution", "charge", "boast", "counter", "quip",
    "recount", "predict", "conclude", "allege", "estimate", "underscore", "echo", "shout", "chant", "cite",
    "answer", "press", "fume", "retort", "snap", "muse", "exclaim", "plead", "scoff", "lament", "gush", "sigh",
    "laugh", "interject", "interrupt", "chime", "offer", "summarize", "begin", "start", "fire", "rip", "yell",
    "scream", "whisper", "mutter", "tell", "inform", "advise", "brag", "thunder", "rail", "bristle", "grumble",
    "believe", "think", "hope", "fear", "expect", "worry", "agree", "question", "wonder", "indicate", "show",
    "find", "signal", "threaten", "demand", "propose", "pledge", "accuse", "criticize", "praise", "suggest",
    "bark", "boom", "beam", "confess", "exult", "crow", "roar", "cry", "holler", "snarl", "growl", "proclaim",
    "assure", "reassure", "marvel", "tease", "gripe", "reason",
}
SAY_ONLY = {"say", "tell", "add", "write", "ask", "reply", "respond", "continue", "recall", "explain", "answer",
            "press", "fume", "retort", "snap", "muse", "exclaim", "yell", "scream", "whisper", "mutter", "sigh",
            "declare", "note", "insist", "argue", "warn", "acknowledge", "state", "tweet", "post", "quip", "joke",
            "concede", "admit", "remark", "recount", "shout", "chant", "announce", "confirm", "claim", "bark", "boom",
            "beam", "confess", "exult", "crow", "roar", "cry", "holler", "snarl", "growl", "proclaim", "marvel",
            "tease", "gripe"}
# Attribution beyond speech: stances, intentions and beliefs with their object or complement as content
# (PolNeAR annotates these; "Republicans condemned the program", "he wanted to go an extra step").
STANCE = {
    "announce", "endorse", "condemn", "describe", "accuse", "want", "seek", "decline", "plan", "urge",
    "criticize", "reject", "propose", "support", "oppose", "praise", "vow", "pledge", "intend", "imply",
    "allow", "dismiss", "blame", "defend", "attack", "applaud", "welcome", "demand", "refuse", "push",
    "predict", "question", "challenge", "recommend", "favor", "advocate", "back", "slam", "mock", "tout",
    "decide", "hope", "expect", "believe", "think", "fear", "consider", "acknowledge", "promise", "threaten",
    "argue", "insist", "suggest", "warn", "claim", "deny", "call", "ask", "say", "tell", "add", "write",
    "note", "report", "state", "explain", "agree", "disagree", "estimate", "find", "show", "conclude",
}
_MARK = re.compile(r"``|''|[“”\"«»]")
_OPENERS = "“«"
_CLOSERS = "”»"
_SPACE_BEFORE = set(" \t\n([{—–-/") | {""}
_AFTER_CLOSE = set(" \t\n.,;:!?)]}—–-…'’") | {""}
_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": None, "i": None, "we": None}


# the nouns of those who speak for a body
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
                 "representative", "statement", "official", "officials", "source", "sources", "press officer"}

# a role noun's abbreviations as titles are written ("the senator" is "Sen. Marco Rubio")
_ROLE_FORMS = {"senator": (r"\bsen\.",), "governor": (r"\bgov\.",), "representative": (r"\brep\.",),
               "congressman": (r"\brep\.", r"\brepresentative\b"),
               "congresswoman": (r"\brep\.", r"\brepresentative\b"), "general": (r"\bgen\.",),
               "colonel": (r"\bcol\.",), "captain": (r"\bcapt\.",), "sergeant": (r"\bsgt\.",),
               "lieutenant": (r"\blt\.",), "professor": (r"\bprof\.",), "admiral": (r"\badm\.",),
               "superintendent": (r"\bsupt\.",), "commissioner": (r"\bcomm\.",)}


@dataclass
class Quote:
    start: int  # content offsets in the article text (marks excluded for direct quotations)
    end: int
    kind: str  # direct | mixed | indirect
    text: str
    cue: str | None = None
    cue_start: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_person: int | None = None  # index into analysis.persons
    speaker_mention: int | None = None  # index into analysis.mentions (a non-person speaker)
    rule: str = ""
    marks: tuple[int, int] | None = None  # offsets of the quotation including its marks
    extra: dict[str, Any] = field(default_factory=dict)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included."""
    marks = []
    for m in _MARK.finditer(text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        glyph = m.group(0)
        if before in _SPACE_BEFORE and after not in (" ", "\n", "\t", ""):
            role = "open"
        elif after in _AFTER_CLOSE and before not in (" ", "\n", "\t", ""):
            role = "close"
        elif glyph in _OPENERS or glyph == "``":
            role = "open"
        elif glyph in _CLOSERS:
            role = "close"
        else:
            role = "toggle"
        marks.append((m.start(), m.end(), role))
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    para_from = 0  # where the paragraph holding the open quotation's latest part starts
    for s, e, role in marks:
        if open_at is not None and "\n" in text[para_from:s]:
            # The quotation reached the end of its paragraph unclosed: it goes on only if the next
            # paragraph opens with a mark (a quotation over several paragraphs); otherwise it ends there.
            para_end = text.index("\n", para_from)
            if text[para_end:s].strip() == "" and role in ("open", "toggle") and _starts_paragraph(text, s):
                para_from = s
                continue
            spans.append((open_at, para_end))
            open_at = None
        if role == "open" or (role == "toggle" and open_at is None):
            if open_at is None:
                open_at = para_from = s
        elif open_at is not None:
            spans.append((open_at, e))
            open_at = None
    if open_at is not None:
        end = text.find("\n", open_at)
        spans.append((open_at, len(text) if end < 0 else end))
    return [(s, e) for s, e in spans if e - s > 2]


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].strip() == ""


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _content(text: str, s: int, e: int) -> tuple[int, int]:
    """The quoted words without the marks (and without a trailing comma inside them)."""
    while s < e and (text[s] in "“”\"«»`'" or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in "“”\"«»`'" or text[e - 1].isspace()):
        e -= 1
    return s, e


def _subject(verb: Any, spans: list[tuple[int, int]] = ()) -> Any | None:  # type: ignore[assignment]
    """The subject of a speech verb outside any quotation, climbing from a participle or conjunct to the verb
    that governs it ("he wrote a post saying ..." → he)."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not _inside(spans, child.idx):
                return _out_of_parentheses(child)
        if tok.dep_ not in ("conj", "advcl", "xcomp", "acl", "relcl", "pcomp", "dobj", "pobj", "prep") or \
                tok.head == tok:
            return None
        tok = tok.head
    return None


def _between(doc: Any, cue: Any, s: int, e: int) -> Any | None:
    """A speaker written between the quotation and its cue that the parse did not make the cue's subject:
    "“...,” Ramos, 58, told AFP", "“...,” Trump barked", "Continued Stone: “...”". The last word of the
    first name (or pronoun, or noun) there, up to a comma."""
    if cue.idx >= e:
        toks = [t for t in doc[_token_at(doc, e):cue.i] if t.idx >= e]
    elif cue.idx < s:
        toks = [t for t in doc[cue.i + 1:_token_at(doc, s)] if t.idx < s]
    else:
        return None
    run: list[Any] = []
    for t in toks:
        if t.is_punct and t.text not in (".", "’", "'"):
            if run:
                break
            continue
        if t.pos_ in ("PROPN", "PRON", "NOUN") or (run and t.text in (".", "’", "'", "'s", "’s")):
            run.append(t)
        elif t.pos_ in ("DET", "ADJ") and not run:
            continue
        elif run:
            break
        else:
            return None
    heads = [t for t in run if t.pos_ in ("PROPN", "PRON", "NOUN")]
    return heads[-1] if heads and len(run) <= 6 else None


def _inverted(doc: Any, cue: Any, e: int) -> Any | None:
    """"“...,” said Robin Maynard, half joking": the name right after a cue that follows the quotation, when the
    parse attached it elsewhere. The last word of its first run of proper nouns."""
    if cue.idx < e or text_of(doc)[e:cue.idx].strip(" ,\t”\"'’"):
        return None
    def name(t: Any) -> bool:  # the tagger sometimes calls a surname an adverb ("said Skelly, explaining")
        return t.ent_type_ not in ("DATE", "TIME") and (
            t.pos_ == "PROPN" or (t.is_title and not t.is_stop and t.ent_type_ in ("PERSON", "ORG", "")))

    run = []
    for t in doc[cue.i + 1:cue.i + 9]:
        if name(t) or (run and t.text == "."):
            run.append(t)
        elif t.text in ("'s", "’s"):
            return None  # "Clinton's introducer, ...": the possessor is not the speaker
        elif not run and (t.pos_ == "DET" or t.is_lower and t.pos_ in ("ADJ", "NOUN", "VERB")):
            continue  # "said retired neurosurgeon Ben Carson", "said former tech executive Carly Fiorina"
        else:
            break
    names = [t for t in run if name(t)]
    return names[-1] if names else None


def _appositive_before(cue: Any, spans: list[tuple[int, int]]) -> Any | None:
    """"In a statement, her adviser, Jake Sullivan, said: ..." parsed with the name as an appositive of an
    earlier noun and no subject for "said": the nearest name before the verb, in its clause, outside quotes."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    doc = cue.doc
    for t in reversed(doc[cue.sent.start:cue.i]):
        if _inside(spans, t.idx):
            return None
        if t.ent_type_ == "PERSON" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON"):
            return t  # the last word of the nearest person's name
    return None


def _out_of_parentheses(tok: Any) -> Any:
    """"Gov. John Kasich (R-OH), said": a subject read inside parentheses stands for the name before them."""
    doc = tok.doc
    if tok.i > 0 and any(doc[j].text == "(" for j in range(max(0, tok.i - 3), tok.i)) and \
            any(doc[j].text == ")" for j in range(tok.i + 1, min(len(doc), tok.i + 4))):
        j = tok.i
        while j > 0 and doc[j].text != "(":
            j -= 1
        if j > 0 and doc[j - 1].pos_ == "PROPN":
            return doc[j - 1]
    return tok


def _speaker_span(doc: Any, head: Any) -> tuple[int, int]:
    """The speaker phrase: the subject head with its compounds, titles and honorific, not its appositive."""
    keep = [head] + [t for t in head.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    toks = sorted(keep, key=lambda t: t.i)
    return toks[0].idx, head.idx + len(head.text)


class _Resolver:
    def __init__(self, a: Analysis, quote_spans: list[tuple[int, int]]) -> None:
        self.a = a
        self.quote_spans = quote_spans
        self.by_token: dict[int, int] = {}
        for k, m in enumerate(a.mentions):
            for t in range(_token_at(a.doc, m.start), m.token + 1):
                self.by_token[t] = k
        self.last_speaker: int | None = None
        self.last_at = -10_000  # where the last attributed quotation ended
        self.pronouns: list[tuple[int, int, float]] = []  # (offset, person, weight) of resolved pronouns

    def person_of(self, mention_index: int) -> int | None:
        return self.a.mentions[mention_index].extra.get("person")

    def resolve(self, head: Any, before: int, use_previous: bool = True) -> tuple[int | None, int | None, str]:
        """(person index, other mention index, rule) for a subject token."""
        k = self.by_token.get(head.i)
        if k is not None:
            person = self.person_of(k)
            if person is not None:
                return person, None, "named speaker"
            return None, k, "organisation or place speaker"
        low = head.text.lower()
        if head.pos_ == "PRON" and low in _PRONOUNS:
            # A subject pronoun does not refer to a name earlier in its own sentence ("After declaring that
            # Mr. Putin wants peace, he ..." is not Putin): look before the sentence. The exception is a
            # sentence whose subject introduces the quotation the pronoun's speech tag closes ("Chaves was
            # frank: “We are helping ...,” he told a crowd").
            lead = self._lead_subject(head, _PRONOUNS[low])
            if lead is not None:
                return lead, None, f"pronoun '{low}' → subject introducing the quotation"
            return self._pronoun(_PRONOUNS[low], min(before, head.sent.start_char), low, use_previous)
        if head.pos_ in ("NOUN", "PROPN"):
            noun = head.lemma_.lower()
            forms = _ROLE_FORMS.get(noun, ()) + (rf"\b{re.escape(noun)}\b",)

            def last_named(idx: int) -> int:
                return max([self.a.mentions[i].start for i in self.a.persons[idx].mentions
                            if self.a.mentions[i].start < before] or [-1])

            # (someone named before the quotation, and not "a spokesman": an indefinite one is someone else)
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)
            holders = [idx for idx, person in enumerate(self.a.persons) if not indefinite and last_named(idx) >= 0
                       and any(re.search(form, (role.role or "").lower())
                               for role in getattr(person, "roles", []) for form in forms)]
            if holders:
                # (the one named last before the quotation: "the Florida senator" after "Sen. Marco Rubio")
                return max(holders, key=last_named), None, f"nominal speaker '{noun}' → person with that role"
            body = self._body_of(head) if noun in _SPOKESPEOPLE else None
            if body is not None:
                # "a DHS spokesperson said", "a spokesman for the Israeli military": the body speaks through them
                return None, body, f"nominal speaker '{noun}' → the body it speaks for"
            sector = actors.role_sector(noun)[0]
            if sector in ("LEG", "MIL", "JUD") and not indefinite:
                # no title in the article: a listed figure serving in that sector ("Rubio ... said the Florida
                # senator"), named before the quotation (a government's many offices are too many to tell apart)
                listed = [idx for idx, person in enumerate(self.a.persons) if last_named(idx) >= 0 and
                          actors.find_person(person.name) is not None and
                          actors.code(person.name, "", self.a.date).sector == sector]  # (on the article's date)
                if listed:
                    return max(listed, key=last_named), None, f"nominal speaker '{noun}' → listed {sector} figure"
        return None, None, "unresolved speaker"

    def _body_of(self, head: Any) -> int | None:
        """The body or state mention a spokesperson's noun names as theirs: a compound or possessive before it
        ("a DHS spokesperson", "Hamas's spokesman"), or "of"/"for" after it ("a spokesman for the ministry")."""
        near = [c for c in head.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
        objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                   for g in c.children if g.dep_ == "pobj"]
        near += objects + [c for g in objects for c in g.children if c.dep_ in ("compound", "amod", "poss")]
        for tok in near:
            k = self.by_token.get(tok.i)
            if k is not None and self.a.mentions[k].type in ("ORG", "GPE", "NORP") and self.person_of(k) is None:
                return k
        return None

    def _lead_subject(self, head: Any, gender: str | None) -> int | None:
        """The person who is the subject before the first quotation of the pronoun's sentence, when that
        quotation closes before the pronoun."""
        sent = head.sent
        opening = [s for s, e in self.quote_spans if sent.start_char <= s and e <= head.idx]
        if not opening:
            return None
        first = min(opening)
        for m in self.a.mentions:
            if m.type != "PERSON" or "person" not in m.extra or not sent.start_char <= m.start < first:
                continue
            g = self.a.persons[m.extra["person"]].gender
            if self.a.doc[m.token].dep_ in ("nsubj", "nsubjpass") and not (gender and g and g != gender):
                return m.extra["person"]
        return None

    def _pronoun(self, gender: str | None, before: int, word: str,
                 use_previous: bool = True) -> tuple[int | None, int | None, str]:
        if word in ("they", "we", "i"):
            return None, None, f"pronoun '{word}' left unresolved"

        def fits(p: int) -> bool:
            g = self.a.persons[p].gender
            return not (gender and g and g != gender)

        if use_previous and self.last_speaker is not None and fits(self.last_speaker) and \
                0 <= before - self.last_at < 600:
            last_seen = max([self.last_at] + [self.a.mentions[i].start
                                              for i in self.a.persons[self.last_speaker].mentions
                                              if self.a.mentions[i].start < before])
            # The previous speaker, unless another compatible person was named more recently.
            recent = [m for m in self.a.mentions if m.type == "PERSON" and last_seen < m.start < before
                      and not _inside(self.quote_spans, m.start) and "person" in m.extra
                      and fits(m.extra["person"]) and m.extra["person"] != self.last_speaker]
            if not recent:
                return self.last_speaker, None, f"pronoun '{word}' → previous speaker"
        earlier = [m for m in reversed([m for m in self.a.mentions if m.start < before])
                   if m.type == "PERSON" and "person" in m.extra and not _inside(self.quote_spans, m.start)
                   and fits(m.extra["person"])]
        # Salience: the strongest recent mention (subjects of main clauses and sentence openings weigh more,
        # all fade with distance) - the person most recently put forward, not the most often named.
        scores: dict[int, float] = {}
        for m in earlier:
            distance = before - m.start
            if distance > 1500:
                break
            tok = self.a.doc[m.token]
            weight = 2.0 if tok.dep_ in ("nsubj", "nsubjpass") else 1.0
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
                weight += 2.0  # the subject of a main clause
            if tok.i - tok.sent.start <= 4:
                weight += 1.0
            score = weight / (1 + distance / 150)
            scores[m.extra["person"]] = max(scores.get(m.extra["person"], 0.0), score)
        for offset, person, weight in self.pronouns:
            if offset < before and before - offset <= 1500 and fits(person):
                scores[person] = max(scores.get(person, 0.0), weight / (1 + (before - offset) / 150))
        if scores:
            best = max(scores, key=lambda p: scores[p])
            return best, None, f"pronoun '{word}' → most salient compatible person"
        if earlier:
            return earlier[0].extra["person"], None, f"pronoun '{word}' → nearest compatible person"
        return None, None, f"pronoun '{word}' with no antecedent"


def _token_at(doc: Any, offset: int) -> int:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].i if span is not None and len(span) else 0


def _cue_for(doc: Any, qs: int, qe: int, spans: list[tuple[int, int]]) -> Any | None:
    """The speech verb nearest the quotation, outside every quotation, in its sentence or the next."""
    after = _cue_after(doc, qs, qe)
    if after is not None:
        return after
    first = doc[_token_at(doc, qs)].sent
    last = doc[_token_at(doc, max(qs, qe - 1))].sent
    sents = [first] if first == last else [first, last]
    para_start = text_of(doc).rfind("\n", 0, qs) + 1
    follows_quote = any(para_start <= e <= qs for _, e in spans)
    # The next sentence may hold the cue ("“A.” That is what she said.") unless an earlier quotation in the
    # paragraph already has one: then this piece continues it.
    nxt = not follows_quote and last.end < len(doc) and doc[last.end].sent
    own_cue = any(not _inside(spans, tok.idx) and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH
                  for sent in sents for tok in sent)
    if not own_cue and first.start > 0 and not follows_quote:
        # "Dianne Bystrom agreed. “...”" / "Kasich resisted: “...”": the sentence before, in the same paragraph,
        # introduces the speaker when its main verb is a speech or stance verb or it ends with a colon.
        prev = doc[first.start - 1].sent
        # The sentence before must be in the same paragraph, or end with a colon that opens the quotation's
        # paragraph ("He said:\n\n“...”").
        gap = text_of(doc)[prev.start_char + len(prev.text.rstrip()):qs]
        if "\n" not in gap or prev.text.rstrip().endswith(":"):
            root = prev.root
            lead = prev.text.rstrip().endswith(":") or root.lemma_.lower() in SPEECH | STANCE
            if lead and root.pos_ in ("VERB", "AUX") and _subject(root, spans) is not None:
                return root
    best = None
    for sent in sents + ([nxt] if nxt is not None and nxt is not False else []):
        for tok in sent:
            if _inside(spans, tok.idx) or tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lemma_.lower() not in SPEECH:
                continue
            if _other_paragraph(text_of(doc), tok.idx, qs, qe):
                continue  # a cue in another paragraph introduces something else
            dist = qs - tok.idx if tok.idx < qs else tok.idx - qe
            penalty = 0 if sent in sents else 10_000  # the next sentence only if nothing closer
            if tok.lemma_.lower() not in SAY_ONLY:
                penalty += 200
            score = dist + penalty
            if best is None or score < best[0]:
                best = (score, tok)
        if best is not None and sent in sents:
            break
    return best[1] if best else None


def _other_paragraph(text: str, at: int, qs: int, qe: int) -> bool:
    """A word at ``at`` lies in another paragraph than the quotation, unless it ends a paragraph with a colon
    that introduces it."""
    if at >= qe:
        return "\n" in text[qe:at]
    gap = text[at:qs]
    return "\n" in gap and not gap.rstrip().endswith(":")


def _cue_after(doc: Any, qs: int, qe: int) -> Any | None:
    """“..., ” Mr. Rhodes said. / “Why?” she asked.: a quotation closing on a comma, question or exclamation
    mark hands over to the attribution right after it, whatever the sentence splitter made of the boundary."""
    text = text_of(doc)
    inner = text[qs:qe].rstrip("”\"'’`» \t")
    if not inner.endswith((",", "?", "!")):
        return None
    i = _token_at(doc, qe)
    while i < len(doc) and doc[i].idx < qe:
        i += 1
    named, np_only = False, True
    for tok in doc[i:i + 8]:
        if "\n" in tok.text or tok.text in (".", ";", ":") or tok.text[:1] in "“\"‘`«" or tok.text == "''":
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH:
            # "He answered, “...”": the verb introduces the next quotation, not this one.
            rest = text[tok.idx + len(tok.text):].lstrip(" ,:\t")
            return None if rest[:1] in "“\"‘`«" else tok
        if tok.pos_ in ("SCONJ", "ADP") or tok.lower_ in ("when", "while", "as", "after", "before", "if"):
            return None  # "said, “We'll see,” when asked whether...": a subordinate clause, not the attribution
        if tok.i == i and tok.pos_ == "VERB" and tok.is_lower and tok.i + 1 < len(doc) and \
                _inverted(doc, tok, qe) is not None:
            return tok  # "“...,” exhorted actress Jamie Lee Curtis": an inverted attribution with any verb
        if tok.pos_ == "VERB" and named and np_only and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.idx >= qe for c in tok.children):
            return tok  # "“...,” an angry Hollande retaliated." / "“...,” Trump shot back.": a verb closing the clause
        if tok.pos_ in ("PROPN", "PRON", "NOUN") or tok.dep_ == "nsubj":  # the tagger may call "Trump" a verb
            named = True
        elif tok.pos_ not in ("DET", "ADJ") and tok.text not in (",", "'s", "’s"):
            np_only = False
    return None


def _colon_speaker(a: Analysis, quote_start: int) -> tuple[Any, int] | None:
    """"Jeffrey M. Jones: “...”" — a name (or a body) right before a colon that introduces the quotation."""
    before = a.text[:quote_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    for m in reversed(a.mentions):
        if m.type in ("PERSON", "ORG") and 0 <= colon - m.end <= 2:
            return a.doc[m.token], colon
        if m.end < colon - 2:
            break
    return None


_DASH_LINE = re.compile(r"\s*[-—–]{1,2}\s*(?=[A-Z])")


def _dash_speaker(a: Analysis, quote_end: int) -> tuple[Any, int] | None:
    """A quotation followed by a short line "- Bernie Sanders." (or "— Sen. Jo Ruiz, in a debate"): the person
    named there said it."""
    m = _DASH_LINE.match(a.text, quote_end)
    if m is None:
        return None
    line_end = a.text.find("\n", m.end())
    line_end = len(a.text) if line_end < 0 else line_end
    if len(a.text[m.end():line_end].split()) > 10:
        return None
    for mention in a.mentions:
        if m.end() <= mention.start < line_end and mention.type in ("PERSON", "ORG"):
            return a.doc[mention.token], m.start()
    return None


def _colon_verb(doc: Any, quote_start: int, spans: list[tuple[int, int]]) -> tuple[Any, Any] | None:
    """"Mr. Christie gloated: “...”" / "As Professor Foner put it: “...”": a clause whose verb (any verb, with a
    subject) ends right before the colon that opens the quotation."""
    text = text_of(doc)
    before = text[:quote_start].rstrip()
    if not before.endswith(":"):
        return None
    i = _token_at(doc, len(before) - 1)
    for tok in reversed(doc[max(0, i - 4):i]):
        if tok.pos_ == "VERB":
            subject = _subject(tok, spans)
            return (tok, subject) if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None
        if tok.dep_ not in ("prt", "dobj", "advmod", "npadvmod") or tok.pos_ not in ("ADP", "PRON", "ADV", "PART"):
            return None
    return None


def _according_to(doc: Any, sent: Any) -> tuple[Any, Any] | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return tok, objs[0]
    return None


def extract(a: Analysis) -> list[Quote]:
    doc, text = a.doc, a.text
    spans = quotation_spans(text)
    found: list[Quote] = []
    for s, e in spans:
        cs, ce = _content(text, s, e)
        if ce <= cs:
            continue
        words = text[cs:ce].split()
        complete = len(words) >= 4 or text[cs:e].rstrip("”\"' »`").endswith((".", ",", "!", "?", "…"))
        # A quotation that stands on its own opens a paragraph or sentence, or follows ":" or ","; one that a
        # sentence runs into ("said that ''this cannot be an American fight''") is a partial quotation.
        before = text[:s].rstrip(" \t")
        standalone = not before or before[-1] in "\n.!?:,;(—–-”\""
        complete = complete and standalone
        if complete and text[cs:cs + 1].islower() and _continues_sentence(doc, spans, s):
            complete = False  # "If she wins, he said, “she will be in court.”": a partial quotation
        if _a_title(text, s, cs, ce):
            continue  # “Good Morning America”, “Perceptions 301,”: a name in quotation marks, not speech
        q = Quote(cs, ce, "direct" if complete else "mixed", text[cs:ce], marks=(s, e))
        cue = _cue_for(doc, s, e, spans)
        if cue is not None:
            q.cue, q.cue_start = cue.text, cue.idx
            if cue.idx >= e:  # “...,” he said / “...,” said Skelly: a subject between the two comes first
                subject = _subject(cue, spans)
                if subject is None or not e <= subject.idx < cue.idx:
                    subject = _between(doc, cue, s, e) or subject or _inverted(doc, cue, e)
            else:
                subject = _subject(cue, spans) or _between(doc, cue, s, e) or _appositive_before(cue, spans)
            if subject is not None:
                q.extra["subject"] = subject
            if q.kind == "mixed":
                _widen_to_clause(doc, q, cue)
        else:
            acc = _according_to(doc, doc[_token_at(doc, s)].sent)
            colon = _colon_speaker(a, s)
            if acc is not None:
                q.cue, q.cue_start = "according to", acc[0].idx
                q.extra["subject"] = acc[1]
            elif colon is not None:
                q.cue, q.cue_start = ":", colon[1]
                q.extra["subject"] = colon[0]
            elif (dash := _dash_speaker(a, e)) is not None:
                q.cue, q.cue_start = "—", dash[1]
                q.extra["subject"] = dash[0]
            elif (lead := _colon_verb(doc, s, spans)) is not None:
                q.cue, q.cue_start = lead[0].text, lead[0].idx
                q.extra["subject"] = lead[1]
            elif not complete or title_like(text[cs:ce].rstrip(",.")):
                continue  # scare quotes or a title: nobody is said to have said it
        found.append(q)
    found.extend(_indirect(a, spans, found))
    found.sort(key=lambda q: q.start)
    seen: set[tuple[int, int]] = set()
    unique = []
    for q in found:  # two partial quotations in one reported clause widen to the same content
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            unique.append(q)
    found = unique
    resolver = _Resolver(a, spans)
    previous: Quote | None = None
    for q in found:
        subject = q.extra.pop("subject", None)
        direct = q.marks is not None
        if subject is not None:
            q.speaker_start, q.speaker_end = _speaker_span(doc, subject)
            q.speaker_text = text[q.speaker_start:q.speaker_end]
            q.speaker_person, q.speaker_mention, rule = resolver.resolve(subject, subject.idx, use_previous=direct)
            q.rule = f"{q.rule}; {rule}" if q.rule else rule
            if subject.pos_ == "PRON" and q.speaker_person is not None:
                resolver.pronouns.append((subject.idx, q.speaker_person, 3.0))
        elif direct and q.cue is None and previous is not None and \
                (previous.speaker_person is not None or previous.speaker_text) and \
                (_same_paragraph(text, previous.marks[1] if previous.marks else previous.end, q.marks[0])
                 or _fills_paragraph(text, *q.marks) and (previous.marks is not None
                                                          or _next_paragraph(text, previous.end, q.marks[0]))):
            # “A,” she said. “B.” — or a paragraph that is all quotation after an attributed one.
            q.speaker_text, q.speaker_person, q.speaker_mention = previous.speaker_text, previous.speaker_person, \
                previous.speaker_mention
            q.speaker_start, q.speaker_end = previous.speaker_start, previous.speaker_end
            q.cue, q.cue_start = previous.cue, previous.cue_start
            q.rule = "continues the previous speaker's quotation"
        elif not q.rule:
            q.rule = "cue without a subject" if q.cue else "no cue found"
        if direct and q.speaker_person is not None:
            resolver.last_speaker, resolver.last_at = q.speaker_person, q.marks[1] if q.marks else q.end
        previous = q
    return found


def _continues_sentence(doc: Any, spans: list[tuple[int, int]], mark: int) -> bool:
    """A quotation opening in lower case that completes a sentence begun before it in the writer's words (not
    the second half of a quotation split by its attribution)."""
    sent_start = doc[_token_at(doc, mark)].sent.start_char
    lead = text_of(doc)[sent_start:mark].rstrip(" ,:\t")
    # "If she wins, he said, ...", "Bolton said that whatever voters choose, ...": more than "Carson said,"
    begun = "," in lead or " that " in f" {lead} "
    return begun and not any(sent_start <= e <= mark for _, e in spans)


def _a_title(text: str, mark: int, cs: int, ce: int) -> bool:
    """A programme, book, slogan or event name in quotation marks: a few capitalised words without closing
    punctuation, inside a sentence (not a paragraph of its own)."""
    inner = text[cs:ce].rstrip(" ,")
    if len(inner.split()) > 6 or inner.endswith((".", "!", "?", "…")) or not title_like(inner):
        return False
    before = text[:mark].rstrip(" \t")
    return bool(before) and before[-1] not in "\n"


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _next_paragraph(text: str, a: int, b: int) -> bool:
    """Position ``b`` opens the paragraph right after the one holding position ``a``."""
    gap = text[a:b]
    return "\n" in gap and "\n" not in gap.rstrip(" \t\n")


def _fills_paragraph(text: str, s: int, e: int) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    rest = (text[line_start:s] + text[e:line_end]).strip()
    return len(rest) <= 3


def _widen_to_clause(doc: Any, q: Quote, cue: Any) -> None:
    """A partial quotation inside reported speech: the content is the reported clause around it."""
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd"):
            sub = list(child.subtree)
            s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            named = [c for c in cue.children if c.dep_ == "dobj" and c.i < child.i] if child.dep_ == "oprd" else []
            if named:  # "called Trump “unhinged”": a characterisation of its object, not a quotation alone
                s = min(s, list(named[0].subtree)[0].idx)
            if s <= q.start and q.end <= e + 2:
                q.extra["quoted"] = (q.start, q.end)
                if q.marks and s >= q.marks[0] - 1:
                    return  # the clause is the quotation itself ("condemned ''such a murderous attack''")
                del q.extra["quoted"]
                q.start, q.end, q.text = s, e, text_of(doc)[s:e]
                q.marks = None  # now reported speech with a quotation inside
                return


def _indirect(a: Analysis, spans: list[tuple[int, int]], done: list[Quote]) -> list[Quote]:
    """Reported speech: a speech cue with a clausal complement, and "according to X"."""
    doc, text = a.doc, a.text
    used = [(q.start, q.end) for q in done] + [q.marks for q in done if q.marks]
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in SPEECH | STANCE or _inside(spans, tok.idx):
            continue
        comp = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comp and lemma in STANCE:
            comp = [c for c in tok.children if c.dep_ in ("xcomp", "dobj") and len(list(c.subtree)) >= 2]
        if comp:
            sub = list(comp[0].subtree)
            s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            if sub[0].lower_ == "that" and len(sub) > 1:
                s = sub[1].idx
        elif lemma in SAY_ONLY and tok.dep_ in ("parataxis", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
            # "Greensboro, Sexton said, made him question ...": the sentence around the parenthetical cue.
            clause = list(tok.subtree)
            sent = tok.sent
            s, e = _content(text, sent.start_char, sent.end_char)
            e = e if text[e - 1:e] not in ".!?" else e - 1
            if not (s < clause[0].idx and clause[-1].idx < e):
                continue
        else:
            continue
        if e - s < 8 or any(not (e <= us or ue <= s) for us, ue in used if us is not None):
            continue
        subject = _subject(tok, spans)
        if subject is None:
            continue
        kind = "mixed" if any(s <= qs < e for qs, _ in spans) else "indirect"
        q = Quote(s, e, kind, text[s:e], tok.text, tok.idx, rule=f"reported speech ({tok.lemma_} + clause)")
        q.extra["subject"] = subject
        out.append(q)
        used.append((s, e))
    for sent in doc.sents:
        acc = _according_to(doc, sent)
        if acc is None:
            continue
        pp_end = max(t.i for t in acc[1].subtree) + 1
        if acc[0].i == sent.start:
            s = doc[pp_end].idx if pp_end < sent.end else sent.end_char
            e = sent.end_char
        else:
            s, e = sent.start_char, acc[0].idx
        s, e = _content(text, s, e)
        while e > s and text[e - 1] in ",;: ":
            e -= 1
        if e - s < 8 or any(not (e <= us or ue <= s) for us, ue in used if us is not None):
            continue
        q = Quote(s, e, "mixed" if any(s <= qs < e for qs, _ in spans) else "indirect", text[s:e],
                  "according to", acc[0].idx, rule="according to")
        q.extra["subject"] = acc[1]
        out.append(q)
        used.append((s, e))
    return out


@stage(requires=["doc", "mentions", "persons"], assigns=["quotes"])
def quotes_stage(analysis: Analysis) -> None:
    analysis.quotes = extract(analysis)


__all__ = ["Quote", "extract", "quotation_spans", "quotes_stage"]
