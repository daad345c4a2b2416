"""People within one article: chain every mention of the same person, keep relatives and namesakes apart.

A full name ("Sergey V. Lavrov") opens or joins a chain keyed by its folded name. A short mention ("Mr. Lavrov",
"Lavrov", "Yarden") joins the nearest earlier chain it is compatible with: its name tokens appear in the chain's
name, and its honorific's gender does not contradict the chain's. With none compatible it opens a chain of its
own, so "Ms. Bibas" and "Mr. Bibas" stay two people. Among several compatible people, a title goes to the one it
fits ("Justice Thomas": the listed justice, or the one an earlier mention gave that title, not his wife named
nearer), and a bare surname to the one the text already calls by it ("Cruz" after one mention of "Heidi Cruz" is
still Ted Cruz); otherwise the nearest decides. Every link records the rule that made it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from dataclasses import dataclass, field
from functools import lru_cache

from ..ontology.names import FEMALE_GIVEN, MALE_GIVEN, faker_gendered_names
from .mentions import PARTICLES, Mention
from .pipeline import Analysis, stage

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def fold(token: str) -> str:
    """A spelling-insensitive form of one name token (accents, doubled letters, common transliterations)."""
    t = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode().lower()
    t = t.replace("’", "").replace("'", "")
    t = re.sub(r"(.)\1+", r"\1", t)  # Zelenskyy → zelensky, Bessent → besent
    t = re.sub(r"(?<=[a-z])iy$|(?<=[a-z])yi$", "y", t)  # Zelenskiy → zelensky
    t = re.sub(r"ey$", "ei", t)  # Sergey → sergei
    return t


# ruling and great houses of the Gulf whose name news writes with "Al" before it, alone as a surname ("Al Thani")
_HOUSES = {"thani", "maktoum", "nahyan", "saud", "sabah", "khalifa", "qasimi", "nuaimi", "sharqi", "mualla",
           "said", "jaber", "sheikh", "rashid"}


def name_tokens(name: str) -> list[str]:
    """Folded name tokens without initials and suffixes ("Vladimir V. Putin" → [vladimir, putin])."""
    out = []
    for raw in re.split(r"[\s]+", name.strip()):
        raw = raw.strip(",.")
        if not raw or raw.lower() in _SUFFIXES:
            continue
        if re.fullmatch(r"[A-Z]\.?|[A-Z]\.[A-Z]\.?", raw):  # an initial
            continue
        for part in re.split(r"-(?=[A-Z])", raw) if not raw.lower().startswith(tuple(p + "-" for p in
                                                                                    PARTICLES)) else [raw]:
            out.append(fold(part))
    # Particles belong to the surname: "Ursula von der Leyen" → [ursula, von der leyen].
    joined: list[str] = []
    pending = ""
    for i, t in enumerate(out):
        if t in PARTICLES and not (i == 0 and len(out) > 1 and (t == "ben" or t == "al" and out[1] not in _HOUSES)):
            # ("Ben Carson", "Al Sharpton": a given name; "Al Thani" a ruling house's name)
            pending = f"{pending}{t} "
        else:
            joined.append(pending + t)
            pending = ""
    if pending:
        joined.append(pending.strip())
    return [t for t in joined if t]


def initials(name: str) -> str:
    """The middle initials and generational suffix written in a name ("George H.W. Bush" → "HW", "George W. Bush"
    → "W", "Donald Trump Jr." → "+JR", "Vladimir Putin" → "")."""
    words = name.split()
    suffix = next((w.strip(",.").upper() for w in words[1:] if w.strip(",").lower() in _SUFFIXES), "")
    words = [w for w in words if w.strip(",").lower() not in _SUFFIXES]
    middle = "".join(c for raw in words[1:-1] if re.fullmatch(r"(?:[A-Z]\.?)+", raw.replace(".", ""))
                     for c in raw if c.isupper())
    return middle + (f"+{suffix}" if suffix else "")


def other_person(a: str, b: str) -> bool:
    """Whether two full names with the same given name and surname name two people: their middle initials both
    written and different (George H.W. Bush, George W. Bush), or one is a Jr. and the people lexicons know the
    two as two (Donald Trump, Donald Trump Jr.; but "Joseph R. Biden Jr." is often written without it)."""
    from ..ontology.actors import find_person

    (ia, _, sa), (ib, _, sb) = initials(a).partition("+"), initials(b).partition("+")
    if ia and ib and ia != ib:
        return True
    return sa != sb and (fa := find_person(a)) is not None and (fb := find_person(b)) is not None and fa is not fb


def given_key(tokens: list[str]) -> list[str]:
    """Name tokens with the given name in its short English form ("Benjamin J. Rhodes" and "Ben Rhodes",
    "Charles Grassley" and "Chuck Grassley" share it)."""
    return [_short_forms().get(tokens[0], tokens[0]), *tokens[1:]] if tokens else tokens


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    from ..ontology.actors import DIMINUTIVES, HYPOCORISMS, short_given

    # (folded as name tokens are)
    return {fold(name): fold(short_given(name)) for name in [*HYPOCORISMS, *DIMINUTIVES]}


def surname(tokens: list[str]) -> str:
    return tokens[-1] if tokens else ""


@dataclass
class Person:
    """One person within an article."""

    tokens: list[str]  # folded tokens of the fullest name seen
    name: str  # the fullest name as written
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)  # indexes into analysis.mentions
    last_seen: int = -1  # offset of the latest mention
    first_named: bool = False  # referred to by first name alone somewhere in the article
    relative: bool = False  # introduced as someone's relative ("his son, Shkelzen Berisha")
    rules: list[str] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


# men's given names that end in "a", where that ending otherwise suggests a woman's
_MEN_IN_A = {"joshua", "luca", "nikita", "ezra", "mustafa", "hamza", "musa", "yahya", "isa", "attila", "akira",
             "andrea", "sasha", "mika", "ilya", "elia", "juma", "issa", "mirza", "raja", "krishna", "shiva", "rama",
             "oleksa", "kostya", "misha", "grisha", "vanya", "kuba", "moussa"}


# names Faker gives to men only that women in the news bear too
_UNISEX = {"ilhan", "jan", "kim", "lindsey", "leslie", "shannon", "stacey", "tracy", "jody", "carol", "meredith"}


def likely_gender(person: Person) -> str | None:
    """The gender a person's honorifics gave, else a weak guess from the given name (a listed man's name; a
    name ending in "a", as many women's do in the languages news names: "Ghazala", "Olena"), else None."""
    if person.gender or not person.full:
        return person.gender
    return given_gender(person.name)


def given_gender(name: str) -> str | None:
    """The weak guess of ``likely_gender`` from a full name's given name alone."""
    given = name.split()[0].casefold() if name.split() else ""
    if given in MALE_GIVEN:
        return "m"
    if given in FEMALE_GIVEN:
        return "f"
    if given.endswith("a") and len(given) > 3:
        return None if given in _MEN_IN_A else "f"
    # a name Faker's person providers give to one sex only, in all their locales ("Hugh", "Ursula"; not "Kelly")
    women, men = faker_gendered_names()
    return "f" if given in women else "m" if given in men and given not in _UNISEX else None


def _compatible(person: Person, tokens: list[str], gender: str | None) -> bool:
    if gender and person.gender and gender != person.gender:
        return False
    if not tokens:
        return False
    # Every token of the short form is in the person's name, in order (covers "Xi" in "Xi Jinping").
    it = iter(person.tokens)
    return all(any(t == p for p in it) for t in tokens)


# "his son, Shkelzen Berisha", "her husband Yarden Bibas", "whose daughter, ...": a relative named beside the
# person the story is about
_KIN = (r"(?:wife|husband|son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|grandson|"
        r"granddaughter|widow|stepson|stepdaughter|son-in-law|daughter-in-law|brother-in-law|sister-in-law)")
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|whose)\s+(?:\w+\s+){0,2}?" + _KIN + r"\s*,?\s*$", re.IGNORECASE)


# "Eric Trump, son of the Republican front-runner", "Hunter Biden, the president's son": a relative named in full
# with an appositive that says whose relative they are
_KIN_AFTER = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:" + _KIN +
                        r"\s+of\b|(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:\w+\s+)?" + _KIN + r"\b)")


def _kin_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` has an appositive naming whose relative the person is."""
    return bool(text) and _KIN_AFTER.match(text, end, min(len(text), end + 90)) is not None


def _the_figure_not_the_relative(m: Mention, candidates: list[tuple[int, Person]],
                                 mentions: list[Mention]) -> list[tuple[int, Person]]:
    """A bare surname that is how news names a listed figure ("Trump"), where the only people of that surname
    the article has named are the figure's relatives, introduced as such and called by their full name again
    ("Eric Trump, son of the Republican front-runner ... Eric Trump said ... Trump tweeted"): the figure, a
    person of its own, not the relative."""
    from ..ontology.actors import find_person

    if m.honorific or m.title or not candidates or not all(p.relative for _, p in candidates):
        return candidates
    tokens = name_tokens(m.name)
    if any(name_tokens(mentions[j].name) == tokens for _, p in candidates for j in p.mentions):
        return candidates  # (the article calls the relative by the bare surname too)
    if any(sum(len(name_tokens(mentions[j].name)) >= 2 for j in p.mentions) < 2 for _, p in candidates):
        return candidates  # (named in full once only: a following surname may well be the relative)
    figure = find_person(m.name)
    if figure is None or any(find_person(p.name) is figure for _, p in candidates):
        return candidates
    return []


def _titled_figure(m: Mention) -> Any:
    """The listed figure a short form with a title or a man's or neutral honorific names ("President Obama",
    "Mr. Obama"), or None ("Mrs. Obama" is left to the honorific's gender)."""
    from ..ontology.actors import find_person

    if m.title or (m.honorific and m.gender != "f"):
        return find_person(f"{m.title or m.honorific} {m.name}")
    return None


def _not_the_figures_relative(m: Mention, candidates: list[tuple[int, Person]]) -> list[tuple[int, Person]]:
    """"President Obama" (or "Mr. Obama") after "Michelle Obama": a title that names a listed office holder is not
    the relative the lexicon lists by the same surname (coded ELI, the family of officials), so it starts its own
    person."""
    from ..ontology.actors import find_person

    figure = _titled_figure(m)
    if figure is None or fold(name_tokens(figure.name)[-1]) != fold(name_tokens(m.name)[-1]):
        return candidates
    return [(k, p) for k, p in candidates
            if (known := find_person(p.name)) is None or known is figure or known.sector != "ELI"]


def _fits_title(title: str, person: Person, mentions: list[Mention]) -> bool:
    """Whether an earlier mention gave the person that title, or the people lexicons list them in an office of
    its sector ("Justice" and the listed justice Clarence Thomas)."""
    from ..ontology.actors import find_person, role_sector

    if any((mentions[j].title or "").casefold() == title.casefold() for j in person.mentions):
        return True
    known = find_person(person.name)
    sector = role_sector(title)[0]
    return known is not None and sector is not None and known.sector == sector


def _named_in_full_just_before(person: Person, mentions: list[Mention], text: str, start: int) -> bool:
    """Whether the person's latest mention is a full name without a title in the same sentence, before ``start``."""
    if not person.mentions:
        return False
    last = mentions[person.mentions[-1]]
    return len(name_tokens(last.name)) >= 2 and not last.title and \
        re.search(r"[.!?][\"”’)]?\s", text[last.end:start]) is None


def _rank(title: str) -> bool:
    """Whether a title is a military rank ("Capt.", "Sgt.", "Lt. Col.")."""
    from ..ontology.actors import role_sector

    return role_sector(title)[0] == "MIL"


def _another_figure(m: Mention, earlier: list[Mention]) -> bool:
    """Whether the full name ``m`` is a listed figure other than the one an earlier titled short form named
    ("President Obama" ... "the first lady, Michelle Obama": she does not complete him)."""
    from ..ontology.actors import find_person

    named = find_person(m.name)
    if named is None:
        return False
    return any((figure := _titled_figure(e)) is not None and figure is not named for e in earlier)


def chain(mentions: list[Mention], text: str = "") -> tuple[list[Person], dict[int, int]]:
    """People of an article and, for each PERSON mention index, the index of its person. A bare surname goes to
    the nearest compatible person, but not to a relative introduced beside the person the story is about while
    that person is a candidate ("Berisha, his wife, Liri Berisha, his son, Shkelzen Berisha ... Berisha
    rejected the allegations")."""
    people: list[Person] = []
    link: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if m.type != "PERSON":
            continue
        tokens = name_tokens(m.name)
        if not tokens:
            continue
        target = None
        rule = ""
        # "his son, Shkelzen Berisha": a relative named beside the person the story is about
        kin = bool(text) and (_KIN_BEFORE.search(text[max(0, m.start - 40):m.start]) is not None or
                              (len(tokens) >= 2 and _kin_after(text, m.end)))
        if len(tokens) >= 2:
            for k, p in enumerate(people):
                if p.full and given_key(p.tokens) == given_key(tokens) and not other_person(p.name, m.name):
                    target, rule = k, "same full name"  # (but George H.W. Bush is not George W. Bush)
                    break
            # A full name may complete an earlier short one ("Mr. Trump" ... "Donald Trump"), but not one that
            # introduces a relative ("Fiorina ... she vented to her husband, Frank Fiorina": the short one is she)
            if target is None and not kin:
                for k, p in sorted(enumerate(people), key=lambda kp: -kp[1].last_seen):
                    if not p.full and _compatible(Person(tokens, m.name), p.tokens, p.gender) and \
                            (not m.gender or not p.gender or m.gender == p.gender) and \
                            not _another_figure(m, [mentions[j] for j in p.mentions]):
                        target, rule = k, f"completes earlier '{p.name}'"
                        p.tokens, p.name = tokens, m.name
                        break
            if target is None and (m.honorific or " " not in m.name.strip()):
                # "Mr. Ruiz-Hernández", "Mr. Bravo Regidor": a surname of two words ends an earlier full name
                ends = [(k, p) for k, p in enumerate(people) if p.full and len(p.tokens) > len(tokens) and
                        p.tokens[-len(tokens):] == tokens and (not m.gender or not p.gender or m.gender == p.gender)]
                if ends:
                    k, p = max(ends, key=lambda kp: kp[1].last_seen)
                    target, rule = k, f"compound surname of earlier '{p.name}'"
        else:
            suffix = initials(m.name).partition("+")[2]
            # ("His son Donald Jr.": a given name with Jr. names the son, never the father "Donald Trump")
            candidates = [(k, p) for k, p in enumerate(people) if _compatible(p, tokens, m.gender) and
                          (not suffix or initials(p.name).partition("+")[2] == suffix)]
            if m.gender and len(candidates) > 1:
                # "Khizr and Ghazala Khan ... Mr. Khan": not the one whose given name is likely a woman's
                fitting = [(k, p) for k, p in candidates if likely_gender(p) in (None, m.gender)]
                candidates = fitting or candidates
            if m.honorific and len(candidates) > 1:
                # News style names the relative by first name ("Itay", "Hisham"); "Mr. Chen" is the other one.
                formal = [(k, p) for k, p in candidates if not p.first_named]
                # where all of them are called by first name too ("Donald put Freddy down"), "Mr. Trump" is the
                # one the article has called "Mr. Trump" already
                addressed = [(k, p) for k, p in candidates
                             if any(mentions[j].honorific and mentions[j].honorific.lower().rstrip(".") ==
                                    m.honorific.lower().rstrip(".") and name_tokens(mentions[j].name) == tokens
                                    for j in p.mentions)] if not formal else []
                candidates = formal or addressed or candidates
            if m.honorific and m.honorific.lower().rstrip(".") in ("mr", "ms", "mrs") and len(candidates) > 1:
                # and calls a soldier by rank: "Mr. Khan" is the father, not his son "Capt. Khan"
                civil = [(k, p) for k, p in candidates
                         if not any(mentions[j].title and _rank(mentions[j].title) for j in p.mentions)]
                candidates = civil or candidates
            if m.title and len(candidates) > 1:
                # "Justice Thomas" after "Clarence Thomas" and "Ginni Thomas": the one that title fits
                titled = [(k, p) for k, p in candidates if _fits_title(m.title, p, mentions)]
                # a rank none of a family bears is another of them ("Khizr and Ghazala Khan ... their son ...
                # Capt. Khan"): a new person
                candidates = titled or ([] if _rank(m.title) else candidates)
            if m.title and len(candidates) > 1 and text:
                # "Bill Clinton reinforces all the negative attributes voters assign to Secretary Clinton": a
                # titled surname is not the person the same sentence has just named in full
                others = [(k, p) for k, p in candidates if not _named_in_full_just_before(p, mentions, text, m.start)]
                candidates = others or candidates
            if not m.honorific and len(candidates) > 1:
                principal = [(k, p) for k, p in candidates if not p.relative]
                candidates = principal or candidates
            if not m.honorific and not m.title and len(candidates) > 1:
                # news calls one person by the bare surname: "Cruz" goes on being Ted Cruz after one "Heidi Cruz"
                called = [(k, p) for k, p in candidates
                          if any(name_tokens(mentions[j].name) == tokens and not mentions[j].honorific
                                 for j in p.mentions)]
                candidates = called or candidates
            if candidates:
                candidates = _not_the_figures_relative(m, candidates)
            candidates = _the_figure_not_the_relative(m, candidates, mentions)
            if candidates:
                k, p = max(candidates, key=lambda kp: kp[1].last_seen)
                target, rule = k, f"nearest compatible antecedent '{p.name}'"
                if not m.honorific and p.full and tokens[0] == p.tokens[0] and tokens[0] != surname(p.tokens):
                    p.first_named = True
        if target is None:
            people.append(Person(tokens, m.name, relative=len(tokens) >= 2 and kin))
            target, rule = len(people) - 1, "new person" + (" (a relative)" if people[-1].relative else "")
        p = people[target]
        p.mentions.append(i)
        p.last_seen = m.start
        p.rules.append(rule)
        if m.gender and not p.gender:
            p.gender = m.gender
        m.extra["person_rule"] = rule
        link[i] = target
    return people, link


@stage(requires=["mentions"], assigns=["persons"])
def persons_stage(analysis: Analysis) -> None:
    people, link = chain(analysis.mentions, analysis.text)
    analysis.persons = people
    for i, k in link.items():
        analysis.mentions[i].extra["person"] = k
