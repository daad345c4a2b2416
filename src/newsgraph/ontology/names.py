"""What a name says on its own. A name romanised in Hanyu Pinyin, surname first ("He Zhihua", "Zhang Wei"), is
the name of someone from the People's Republic (Taiwan and Hong Kong romanise otherwise: "Tseng Ho-jen", "Chan
Kwok-ki"); used only for an actor string read with nothing around it, since inside an article the text says who
someone is. And a name NER read as an organisation looks like a person's when a given name the people
lexicons know starts it and no word of a body's name is in it ("Matteo Bruni", not "Jean Monnet Foundation")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The hundred or so commonest surnames of mainland China, in pinyin.
SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu ding ren shen yao cui zhong
tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong
shao wan qian dai mo kong xiang chang kang niu wen qi zhan bao geng ouyang sima zhuge shang ni ning lan ling
""".split())

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w", "")
_FINALS = ("iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao",
           "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve", "a", "o", "e", "i",
           "u", "v")


@lru_cache(maxsize=1)
def _syllable() -> re.Pattern[str]:
    """One pinyin syllable. Initials and finals are paired freely, a few more than pinyin writes (the check is for
    names, and a listed surname must lead), except that a bare "o" follows only labials ("bo", "mo", "wo": so "Han
    Solo" is no name of China)."""
    syllables = sorted({i + f for i in _INITIALS for f in _FINALS if f != "o" or i in ("b", "p", "m", "f", "w", "y")},
                       key=len, reverse=True)
    return re.compile("(?:" + "|".join(syllables) + ")")


@lru_cache(maxsize=1)
def _given_name() -> re.Pattern[str]:
    """One or two pinyin syllables, an apostrophe allowed between them."""
    one = _syllable().pattern
    return re.compile(f"{one}(?:'?{one})?")


def chinese_name(text: str) -> bool:
    """"He Zhihua", "Zhang Wei", "Ouyang Xiaoming": a mainland surname then a given name of one or two pinyin
    syllables written as one word, both capitalised, and nothing else; not a surname of another language that
    pinyin could spell ("Chen Hansen", "Wei Duncan": Faker's lists of surnames)."""
    words = text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isascii() for w in words):
        return False
    surname, given = (w.lower() for w in words)
    if surname not in SURNAMES or given in _ENGLISH or _given_name().fullmatch(given) is None:
        return False
    # (a one-syllable given name stays Chinese whatever other languages spell so: "Zhang Ming")
    return len(given) < 4 or given not in surnames() or \
        _syllable().fullmatch(given) is not None


# Pinyin syllables that are also English words, so "He Can" or "Long Man" at the start of a headline stay unread.
_ENGLISH = frozenset("an ban bin can gene hang hen in long man men nan pen rain shin sue ten tin wan".split())


def unmangled(name: str) -> str:
    """A name with its mojibake undone ("JuliÃ¡n Castro", even "JuliÃÂ¡n Castro", is Julián Castro: UTF-8 read
    once or twice as Windows-1252 by some scraper), by ftfy; a name with none of the telltale letters is returned
    as it is, and ftfy leaves real accents alone ("São Paulo")."""
    composed = unicodedata.normalize("NFC", name)  # ("Ã" written as "A" and a combining tilde: NFD text)
    if not _MOJIBAKE.search(composed):
        return name
    import ftfy

    return ftfy.fix_encoding(composed)


_MOJIBAKE = re.compile("[ÃÂÐÑÄÅâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013-\u203a\u20ac\u2122]")


# Words that end or fill an organisation's name, never a person's ("Morgan Stanley" is in the lexicon; "Tim
# Hortons Foundation" is not a person): role words of the lexicon are checked besides.
ORG_WORDS = frozenset("""
group foundation institute institution center centre company corporation corp inc ltd llc plc fund trust holdings
airlines airways motors capital partners associates media news times post journal press hospital school college
academy church mosque temple army force forces brigade battalion regiment movement front union club stadium airport
street square hall house tower bridge park museum prize award act law report plan doctrine initiative project
program programme agreement accords accord treaty summit conference forum festival games cup league network
channel radio television tv studios records bank exchange index market markets energy oil gas power systems
technologies labs laboratories pharmaceuticals industries international global national federal united royal
""".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First words of the full names the people lexicons list (2,000 or so, of many languages), without titles,
    role words and country names: enough to tell "Oleksandr Holub" from "Holub Industries"."""
    from .actors import lexicon
    from .countries import index

    lex = lexicon()
    countries = index()
    firsts = {p.name.split()[0] for p in lex.people.values() if len(p.name.split()) >= 2}
    return frozenset(w.casefold() for w in firsts
                     if w.isalpha() and len(w) >= 3 and w.casefold() not in lex.roles and not countries.find(w) and
                     w.casefold() not in _NOT_GIVEN)


@lru_cache(maxsize=1)
def common_given_names() -> frozenset[str]:
    """``given_names`` and the men's and women's names above, and the given names Faker's person providers (MIT)
    list for its locales written in Latin script (some 15,000, from Icelandic to Yoruba), less English function
    words ("My", "Can"), the lexicon's role words ("King", "Bishop", "General") and names of states: enough to
    read "Grace Banks" or "Ann Wagner" as someone's name, not a bank or the Wagner group. Used only where a word
    after a given name could be read as a role, a country or a listed body; the mention rules, which decide what
    the tagger missed, keep the narrower ``given_names``."""
    from .actors import lexicon
    from .countries import index
    from .places import US_STATES

    found = _faker_names(("first_names", "first_names_male", "first_names_female", "first_romanized_names"))
    roles, countries = lexicon().roles, index()
    extra = {n for n in found if len(n) >= 3} - _FUNCTION_WORDS - _PLACE_WORDS - set(roles) - _NOT_GIVEN
    # (nor a word that begins a state's name: "North" of "North American", "Sierra" of "Sierra Leone")
    starts = {name.split()[0] for table in (countries.names, countries.demonyms) for name in table if " " in name}
    states = {w.casefold() for name in US_STATES.values() for w in name.split()}  # ("Nevada Corp.", "Virginia Tech")
    return given_names() | MALE_GIVEN | FEMALE_GIVEN | MORE_GIVEN | frozenset(
        n for n in extra if n not in countries.names and n not in countries.demonyms and n not in starts and
        n not in states)


def faker_given_names() -> frozenset[str]:
    """The given names Faker's person providers list for their locales written in Latin script, folded."""
    return _faker_names(("first_names", "first_names_male", "first_names_female"))


@lru_cache(maxsize=1)
def faker_gendered_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names Faker's providers list for women only and for men only (a name in both lists is in neither)."""
    women, men = _faker_names(("first_names_female",)), _faker_names(("first_names_male",))
    return women - men, men - women


def surnames() -> frozenset[str]:
    """The family names Faker's person providers list for their locales written in Latin script, folded."""
    return _faker_names(("last_names",))


@lru_cache(maxsize=4)
def _faker_names(attrs: tuple[str, ...]) -> frozenset[str]:
    """The names Faker's person providers list under ``attrs`` for all their locales, those in Latin script,
    folded."""
    import importlib
    import pkgutil

    import faker.providers.person as person_providers

    found: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = getattr(importlib.import_module(f"{person_providers.__name__}.{module.name}"), "Provider", None)
        for attr in attrs:
            names = provider.__dict__.get(attr) if provider is not None else None
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                found.update(n.casefold() for n in names if isinstance(n, str) and _LATIN_NAME.fullmatch(n))
    return frozenset(found)


_LATIN_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ'-]+")
# Given names of the news that Faker's Latin-script lists lack (Arabic, Persian, Hebrew, Greek, Ukrainian and
# Russian, with Ukraine's official romanisation ("Liudmyla", "Nataliia"), Korean, Japanese, Ethiopian, Somali and
# southern and western African names), written for this project.
MORE_GIVEN = frozenset("""
abdirahim abdiweli abebe akhmad akiko alireza arash artem artyom babak babatunde bijan chidi dariush dimitris efrat
efua esraa fadumo farhad fariba folake funmilayo fyodor ghada girma hesham hiba hila hodan huda hussain hyun ioanna
israa itzhak javad kagiso kateryna kgosi kostas kourosh lerato liat lyudmila massoud meron mojtaba morteza mpho muna
nadezhda naoko nataliya navid nomsa olumide oluwaseun orly palesa panagiotis parisa payam ramy rasha selam sipho
taras tebogo tesfaye tetiana tetyana themba tigist tunde usama vusi yevhen yohannes yuki yuko yuliia zanele zeinab
ziad
liudmyla lyudmyla nataliia viktoriia mariia anastasiia valentyna halyna svitlana larysa khrystyna nadiia liliia
dariia sofiia yaroslava myroslava solomiia uliana zoriana vitalii yevhenii hennadii valerii vsevolod rostyslav
myroslav arsenii tymofii danylo illia yehor vladyslav viacheslav matvii
""".split())
# English function words among them (spaCy's stop words that the lists hold)
_FUNCTION_WORDS = {"among", "can", "else", "ever", "hence", "less", "made", "may", "per", "will"}
# and words that begin places' names ("West Bank", "Santa Cruz", "Royal Navy")
_PLACE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "santa",
                "san", "saint", "river", "royal", "little", "great", "grand", "new", "old", "upper", "lower", "lake",
                "mount", "port", "bay", "young"}


# first words of listed names that are titles or words, not given names ("Grand Ayatollah", "Metropolitan Onufriy",
# "Lady Gaga", "Bad Bunny"): "the Metropolitan Police" is no person's name
_NOT_GIVEN = {"grand", "lady", "lord", "sir", "dame", "metropolitan", "bad", "saint"}


def looks_like_person(name: str) -> bool:
    """"Liudmyla Taran", "Matteo Bruni": two or three capitalised words (and middle initials), a known given name
    first, and no word of an organisation's name. (For a name NER read as an organisation; the lexicon's bodies are
    checked first.)"""
    from .actors import lexicon

    words = name.split()
    # (a middle initial is a person's too: "Douglas J. Band")
    words = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and re.fullmatch(r"[A-Z]\.", w))]
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in words):
        return False
    roles = lexicon().roles
    return words[0].casefold() in given_names() and \
        not any(w.casefold() in ORG_WORDS or w.casefold() in roles for w in words[1:])


# Given names that are men's in the news of many languages, written for this project: a woman's honorific before a
# surname ("Mrs. Clinton", "Ms. Obama", "Ms. Epstein") never names the listed man of that surname (names that
# women bear too, as Jordan, Sam, Chris or Lindsey, are left out).
MALE_GIVEN = frozenset("""
aaron abdel abdul abdullah abdulhamid abdulrahman abiy adam ahmad ahmed akira alan albert alexander alexandre alexei
alexey ali alireza amir anatoly anders andre andrei andres andrew andrey andriy andrzej angus anthony antonio antony
anwar arnold arthur ashraf aziz barack bashar benjamin benny bernard bernie bill billy bob bobby boris boyko brad
brett brian bruce carl carlos cesar charles christian christopher chuck clarence colin craig cyril dan daniel david
denis dennis denys dick dmitri dmitry dmytro donald doug douglas duncan ebrahim edward edi emmanuel enrique eric
evgeny fabio faisal felipe felix ferdinand fernando francis francisco frank franz friedrich fumio gary george gerald
gerhard giorgos giuseppe gordon graham greg gregory gustavo hakan hamad hans harold harry hassan heinrich henry
herbert hugo hussein ibrahim igor ilham imran isaac ismail ivan jack jacob jair james jason javier jean-luc
jean-marie jean-pierre jean-yves jeb jeff jeffrey jens jeremy jerome jesse jim jimmy joe joel johann john johnny jon
jonathan jorge jose joseph josh joshua juan justin kamal karl keir keith ken kenneth kevin khalid kirill klaus kurt
kyriakos larry lars lawrence leonid lloyd louis luis luiz lula malcolm manuel marco mario mark martin matteo matthew
max mehmet mevlut michael michel miguel mike mikhail milorad mitch mitt mohamed mohammad mohammed moshe muhammad
mustafa naftali narendra nasser nathan neil nicholas nick nicolas nikolai nikol oleg oleksandr oleksii oleksiy olaf
omar oscar pablo patrick paul pavel pedro pete peter petro philip pierre rahm ramzan randy raul ray raymond recep
richard rishi rob robert rodrigo roger roman ron ronald rudy rupert russell ryan salman samuel scott sean sebastian
serhiy sergei sergey sergio shinzo silvio stephen steve steven stuart sven tamim ted terry thomas tim timothy tom
tony vadim valery vasyl victor viktor vincent vitali vitaly vladimir volodymyr walter wayne william xavier yahya
yair yevgeny yoav yuri yury zbigniew
""".split())


# Given names that are women's in the news and do not end in "a" (a name ending so is read as a woman's already:
# "Ghazala", "Olena"), written for this project: a man's pronoun never points back to Hillary Clinton (names that
# men bear too, as Jean, Kelly, Taylor or Ilhan, are left out).
FEMALE_GIVEN = frozenset("""
agnes ann anne annegret ayelet benazir betsy brigitte carly caroline carrie catherine christiane christine cindy
claire condoleezza deborah debbie dianne eleanor elisabeth elise elizabeth emmanuelle ghislaine gretchen heather
heidi hillary jacqueline janet jeanne jeanine jen jennifer jill joni karen karine kathleen kathryn kayleigh ketanji
kirsten kirstjen kristen kristi lauren liz lori madeleine marjorie marine mary maryam maxine meg megan megyn meghan
melanie mette michelle miri muriel nancy narges nasrin nikki orit pam rachel rosalynn ruth sarah segolene shelley
shiri shirin stacey stacy susan tulsi tzipi valerie
""".split())


# peoples and faiths named in the plural, which are never one person's name ("Latinos voted", "the Kurds said")
GROUPS_OF_PEOPLE = frozenset("""
Latinos Latinas Latinx Hispanics Kurds Muslims Christians Jews Evangelicals Catholics Protestants Sunnis Shias
Shiites Alawites Druze Yazidis Copts Hindus Sikhs Buddhists Mormons Arabs Berbers Pashtuns Tamils Roma Rohingya
Uyghurs Uighurs Palestinians Israelis Africans Asians Europeans Americans Blacks Whites Hutus Tutsis Amharas
Oromos Tigrayans Baloch Hazaras Tajiks Uzbeks Kazakhs Chechens Tatars Serbs Croats Bosniaks Albanians
""".split())



# Where news calls a person by the given name rather than a family name: first, with no family name after it
# (Thailand, Ethiopia, Eritrea: "Prime Minister Prayut", "Abiy said"), or last, after a patronymic (Mongolia, whose
# lists write "Patronymic Given": "Oyun-Erdene" of Luvsannamsrain Oyun-Erdene) or a family name (Vietnam: "Prime
# Minister Chinh" of Pham Minh Chinh). Names of China, Korea and the like put the family name first and are
# called by it ("President Xi").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "MMR", "KHM", "SGP"})
GIVEN_NAME_FIRST = frozenset({"THA", "ETH", "ERI"})
GIVEN_NAME_CALLED = GIVEN_NAME_FIRST | {"MNG"}  # the given name alone names the person in news


def calling_name(words: list[str], country: str) -> str:
    """The word of a listed person's name (titles and "Jr." left out) that a title goes before and, for
    ``GIVEN_NAME_CALLED`` countries, that names the person alone."""
    return words[0] if country in FAMILY_NAME_FIRST | GIVEN_NAME_FIRST else words[-1]


_MONGOLIAN_GENITIVE = re.compile(r"(?:g?iin|yn|ijn)$|(?<=[aeou]i)n$")


def mongolian_forms(name: str) -> list[str]:
    """The other ways news in English writes a Mongolian "Patronymic Given" name: the patronymic in the nominative
    or the genitive, before or after the given name, or as an initial ("Luvsannamsrain Oyun-Erdene",
    "Luvsannamsrai Oyun-Erdene", "Oyun-Erdene Luvsannamsrai", "L. Oyun-Erdene")."""
    words = name.split()
    if len(words) != 2:
        return []
    patronymic, given = words
    stem = _MONGOLIAN_GENITIVE.sub("", patronymic)
    if stem != patronymic:
        genitives = [patronymic]
    elif stem.endswith("i"):
        genitives = [stem + "n"]
    elif re.search(r"(?:aa|ee|oo|uu|ia|ai)$", stem):
        genitives = [stem + "giin"]
    else:
        genitives = [stem + "iin", stem + "yn"]
    forms = [f"{p} {given}" for p in [stem] + genitives] + [f"{given} {stem}", f"{stem[0]}. {given}"]
    return [f for f in dict.fromkeys(forms) if f != name]
