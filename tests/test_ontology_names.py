"""What a bare name says on its own (ontology.names) and how an actor string with nothing else is coded."""

from __future__ import annotations

import pytest

from newsgraph.ontology.actors import code, code_alone
from newsgraph.ontology.names import chinese_name, looks_like_person, mongolian_forms


@pytest.mark.parametrize("name", ["Liu Jianguo", "Zhang Wei", "Ouyang Xiaoming", "Chen Xi'an", "Ding Liren",
                                  "Mo Yan", "Wang Lina", "Zhang Ming"])
def test_mainland_pinyin_names(name) -> None:
    assert chinese_name(name)


@pytest.mark.parametrize("name", [
    "Peter Vannard",  # no Chinese surname
    "Han Solo",  # "so" + "lo" are not pinyin
    "Long Beach", "He Can", "Long Island",  # English words after a surname-like word
    "Tseng Ho-jen", "Chan Kwok-ki",  # Taiwan's and Hong Kong's romanisations
    "zhang wei", "ZHANG WEI",  # not written as a name
    "Zhang", "Li Xiaoming Wang",  # one word, three words
    "Chen Hansen", "Wei Duncan", "Hao Lane",  # surnames of other languages that pinyin could spell
])
def test_not_mainland_pinyin_names(name) -> None:
    assert not chinese_name(name)


def test_a_pinyin_name_alone_is_a_chinese_civilian_only_out_of_context() -> None:
    alone = code_alone("Liu Jianguo")
    assert (alone.country, alone.sector) == ("CHN", "CVL")
    inside = code("Liu Jianguo")  # in an article the text around the name decides
    assert (inside.country, inside.sector) == (None, None)
    # a listed figure keeps the lexicon's coding
    assert (code_alone("Wang Yi").country, code_alone("Wang Yi").sector) == ("CHN", "GOV")


@pytest.mark.parametrize("text,country", [
    ("Sderot", "ISR"),  # under the size code() takes without an article's countries
    ("Avdiivka", "UKR"),  # an alternate spelling of Avdiyivka
    ("Marib", "YEM"),
    ("Chasiv Yar", "UKR"),
])
def test_a_small_town_alone_is_its_people(text, country) -> None:
    got = code_alone(text)
    assert (got.country, got.sector) == (country, "CVL")
    assert code(text).country is None  # in an article, the article's countries must agree first


@pytest.mark.parametrize("text", [
    "Freedom",  # an old name of Alliance, Ohio: not a spelling of it
    "Kim",  # too short to be read as a town on its own
    "Peter Vannard",
])
def test_no_town_from_a_word_or_an_unknown_name(text) -> None:
    assert code_alone(text).country is None


@pytest.mark.parametrize("text,context,country,sector", [
    ("the group", "Hezbollah", "LBN", "REB"),  # a generic head takes the sector of the body the context names
    ("the spokesman", "Pentagon", "USA", "MIL"),  # a spokesman speaks for the body the context names
    ("the minister", "Pentagon", "USA", "GOV"),  # a role word that is no generic head wins over the context's
    ("the rebels", "Colombia", "COL", "REB"),
    # ... but a body outside a state makes its own leaders, commanders and spokesmen its own
    ("the leader", "Hezbollah", "LBN", "REB"), ("the commander", "Wagner", "RUS", "PRM"),
    ("the envoy", "UN", "UNO", "IGO"), ("the judge", "the ICC", "IGO", "JUD"),
    ("Ahmed Ali", "spokesman for the Houthis", "YEM", "REB"),  # (the context's body, not its role word)
    ("Ali", "a Taliban commander", "AFG", "MIL"),  # (a given name a context describes is no town in Turkey)
])
def test_context_fills_what_the_string_leaves_open(text, context, country, sector) -> None:
    got = code_alone(text, context)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("name,person", [
    ("Matteo Bruni", True), ("Oleksandr Holub", True), ("Mark Rutte", True), ("Douglas J. Band", True),
    ("Jean Monnet Foundation", False),  # a word of a body's name
    ("Rapid Support Forces", False), ("George Washington University", False),
    ("Holub", False),  # one word says too little
    ("Zqxv Holub", False),  # no given name the lexicons know
    ("OLEKSANDR HOLUB", False),  # not written as a name
])
def test_a_name_read_as_an_organisation_may_look_like_a_person(name, person) -> None:
    assert looks_like_person(name) is person


@pytest.mark.parametrize("text,country,sector", [
    ("NASA", "USA", "GOV"),
    ("the Sixth Circuit", "USA", "JUD"),
    ("a war veteran", None, "CVL"),
    ("a veteran journalist", None, "JRN"),  # as a modifier, the head decides
])
def test_agencies_courts_and_veterans(text, country, sector) -> None:
    got = code(text)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    # a state's central bank is of its government; a commercial bank named for its country stays a firm
    ("Bank of Canada", "CAN", "GOV"), ("the Bank of Italy", "ITA", "GOV"), ("Bank of Korea", "KOR", "GOV"),
    ("Swiss National Bank", "CHE", "GOV"), ("State Bank of Pakistan", "PAK", "GOV"), ("Banxico", "MEX", "GOV"),
    ("Bank of Ireland", "IRL", "BUS"), ("State Bank of India", "IND", "BUS"), ("National Bank of Egypt", "EGY", "BUS"),
    ("Bank of America", "USA", "BUS"),
])
def test_central_banks_and_banks_named_for_a_country(text, country, sector) -> None:
    got = code_alone(text)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    # analysts and fellows at a body are its staff; alone, or having left it, they are elites (commentators)
    ("a senior fellow at the Hoover Institution", "USA", "EDU"), ("a fellow at the Heritage Foundation", "USA", "EDU"),
    ("a CIA analyst", "USA", "SPY"), ("an analyst at Goldman Sachs", "USA", "BUS"),
    ("an analyst at Human Rights Watch", None, "NGO"), ("a military analyst at RAND", "USA", "EDU"),
    ("a former CIA analyst", "USA", "ELI"), ("a senior fellow", None, "ELI"), ("political analysts", None, "ELI"),
])
def test_analysts_and_fellows_of_a_body_are_its_staff(text, country, sector) -> None:
    got = code(text)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    # people at work outside public life are civilians (PLOVER CVL), or of their trade's sector
    ("a Kenyan runner", "KEN", "CVL"), ("Russian actor", "RUS", "CVL"), ("a waiter in Kyiv", "UKR", "CVL"),
    ("a plumber", None, "CVL"), ("the school's headmaster", None, "EDU"), ("a stockbroker", None, "BUS"),
    ("an immigrant", None, "REF"), ("shepherds", None, "AGR"), ("steelworkers", None, "LAB"),
    ("Princess Anne", None, "GOV"), ("the architect of the war", None, None),  # (no trade there)
    ("an army cook", None, "MIL"), ("police drivers", None, "COP"), ("army veterans", None, "CVL"),  # whose staff
    # a trade that is a common surname, written as a name, is the name
    ("Cook", None, None), ("Baker said", None, None), ("the Cook", None, "CVL"),
    ("Singer-songwriter Joni Mitchell", None, "CVL"),
    # so is any role word after an honorific, unless it addresses an office
    ("Mr. Farmer", None, None), ("Ms. Singer", None, None), ("Mr. President", None, "GOV"),
    ("Madam Speaker", None, "LEG"),
])
def test_trades_and_surnames(text, country, sector) -> None:
    got = code(text)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("text,country,sector", [
    ("a Venezuelan colectivo", "VEN", "PRM"), ("Falun Gong practitioners", "CHN", "REL"),
    ("the Southern Transitional Council", "YEM", "REB"), ("Naxal rebels", "IND", "REB"),
    ("Hong Kong democracy activists", "HKG", "OPP"), ("a democracy campaigner", None, "OPP"),
    ("climate campaigners", None, "CVL"),
    ("Palestinian Authority security forces", "PSE", "COP"),  # a government's armed organ
    ("the Palestinian Authority", "PSE", "GOV"),
    # a leader's or a body's following are civilians; the opposition's are the opposition
    ("Trump supporters", "USA", "CVL"), ("Hamas supporters", "PSE", "CVL"), ("Hamas fighters", "PSE", "REB"),
    ("opposition supporters", None, "OPP"),
    # a title any body's head may bear says no more than the list does
    ("Secretary-General Antonio Guterres", "UNO", "IGO"), ("President Christine Lagarde", "EUR", "IGO"),
    ("Secretary General Christopher Lockyear", "GBR", "NGO"), ("President Donald Trump", "USA", "GOV"),
])
def test_bodies_movements_and_organs(text, country, sector) -> None:
    got = code(text)
    assert (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("text,figure", [
    ("Lt. Gen. Mohamed Hamdan", "Mohamed Hamdan Dagalo"),  # a long name cut to its first two words
    ("Recep Tayyip", "Recep Tayyip Erdogan"),
    ("Juan Manuel", None),  # a second given name: many people start so
    ("Mohamed Hamdan Ali", None),  # a third word makes it another name
])
def test_a_long_name_by_its_first_two_words(text, figure) -> None:
    from newsgraph.ontology.actors import find_person

    found = find_person(text)
    assert (found.name if found else None) == figure


def test_given_names_of_many_languages_without_words_and_places() -> None:
    from newsgraph.ontology.names import common_given_names

    names = common_given_names()
    assert {"grace", "agnieszka", "ingrid", "kwame", "ngozi", "tomasz", "priya"} <= names
    assert not {"north", "west", "can", "king", "bishop", "jordan", "nevada", "santa"} & names


@pytest.mark.parametrize("text,country,sector", [
    ("Hans Wagner", None, None), ("Grace Banks", None, None), ("Ingrid King", None, None),  # surnames, no bodies
    ("Agnieszka Bishop", None, None), ("Shirin Jordan", None, None), ("Bill Chad", None, None),
    ("Vusi Banks", None, None), ("Huda King", None, None), ("Yuki Bishop", None, None),
    ("Wagner", "RUS", "PRM"), ("Wagner fighters", "RUS", "PRM"),  # the body by its name alone
    ("Christian Democrats", "DEU", "PTY"), ("Mayo Clinic", None, "MED"), ("Chase Bank", None, "BUS"),
    ("Sierra Nevada Corporation", "USA", "BUS"), ("King Abdullah of Jordan", "JOR", "GOV"),
    ("Michael Jordan", "USA", "CVL"), ("Chad Wolf", "USA", "ELI"),
])
def test_a_word_after_a_given_name_is_a_surname(text, country, sector) -> None:
    got = code_alone(text, "", "2022-01-01")
    assert (got.country, got.sector) == (country, sector), got


@pytest.mark.parametrize("text,country,sector", [
    ("Ipsos", "FRA", "BUS"), ("YouGov", "GBR", "BUS"), ("Gallup", "USA", "BUS"),  # pollsters
    ("Quinnipiac", "USA", "EDU"), ("a Marist poll", "USA", "EDU"),  # a university's poll is the university's
])
def test_pollsters(text, country, sector) -> None:
    got = code_alone(text, "", "2016-01-01")
    assert (got.country, got.sector) == (country, sector), got


@pytest.mark.parametrize("text, country, sector", [
    # Mongolians go by the given name; the patronymic comes before it, in the genitive or not, or after it
    ("Oyun-Erdene", "MNG", "GOV"), ("Luvsannamsrai Oyun-Erdene", "MNG", "GOV"),
    ("Oyun-Erdene Luvsannamsrai", "MNG", "GOV"), ("L. Oyun-Erdene", "MNG", "GOV"),
    ("Khurelsukh", "MNG", "GOV"), ("Khurelsukh Ukhnaa", "MNG", "GOV"), ("President Khurelsukh", "MNG", "GOV"),
    ("Battulga Khaltmaa", "MNG", "ELI"), ("Battulga", "MNG", "ELI"),
    # Vietnamese office holders go by the given name, which comes last
    ("Prime Minister Chinh", "VNM", "GOV"), ("President Phuc", "VNM", "GOV"),
    # Ethiopians, Eritreans and Thais by the given name, which comes first
    ("Demeke", "ETH", "GOV"), ("Debretsion", "ETH", "REB"), ("Isaias", "ERI", "GOV"),
    ("Prime Minister Prayut", "THA", "GOV"), ("Anutin", "THA", "GOV"),
    # ... but not where the given name is common elsewhere, nor the father's name
    ("Mustafa", "", ""), ("Mekonnen", "", ""), ("Prime Minister Ahmed", "", "GOV"),
])
def test_people_go_by_the_name_their_country_calls_them(text, country, sector) -> None:
    assert _coded(text, "2022-01-01") == (country, sector)


def test_mongolian_forms() -> None:
    assert mongolian_forms("Luvsannamsrain Oyun-Erdene") == [
        "Luvsannamsrai Oyun-Erdene", "Oyun-Erdene Luvsannamsrai", "L. Oyun-Erdene"]
    assert mongolian_forms("Damdin Tsogtbaatar")[:2] == ["Damdiniin Tsogtbaatar", "Damdinyn Tsogtbaatar"]
    assert mongolian_forms("Oyun-Erdene") == []


@pytest.mark.parametrize("text, country, sector", [
    # a surname the list gives without its Arabic article
    ("al-Assad", "SYR", "GOV"), ("President al-Assad", "SYR", "GOV"), ("el-Sissi", "EGY", "GOV"),
    ("al-Burhan", "SDN", "MIL"),
    # a Hispanic name in full: two given names, two family names; a family name the list leaves out is no country
    ("Gustavo Francisco Petro Urrego", "COL", "LEG"), ("Nicolás Maduro Moros", "VEN", "GOV"),
    ("al-Aqsa", "", ""),
])
def test_names_written_in_full_or_with_an_article(text, country, sector) -> None:
    assert _coded(text, "2022-01-01") == (country, sector)


@pytest.mark.parametrize("text, country, sector", [
    ("Zorbex Group", "", "BUS"), ("the Dangote Group", "NGA", "BUS"), ("Zorbex Petroleum", "", "BUS"),
    ("Tata", "IND", "BUS"), ("Eskom", "ZAF", "BUS"), ("Safaricom", "KEN", "BUS"),
    # groups of states named for a place, groups of armed men for their kind: no firms
    ("the Lima Group", "IGO", "IGO"), ("the Ramstein Group", "IGO", "IGO"), ("Rebel Group", "", "REB"),
    ("the African Group", "", "UNK"),
    ("head of state", "", "GOV"), ("a former head of state", "", "ELI"), ("head of the State Department", "USA", "GOV"),
])
def test_firms_groups_and_heads_of_state(text, country, sector) -> None:
    assert _coded(text, "2022-01-01") == (country, sector)


@pytest.mark.parametrize("text, country, sector", [
    # honorifics without a full stop, as British news writes them, are no given names
    ("Mr Putin", "RUS", "GOV"), ("Mr Modi", "IND", "GOV"), ("Mr Erdogan", "TUR", "GOV"), ("Pak Jokowi", "IDN", "GOV"),
    ("Mr Smith", "", ""),
    # a cleric's rank before an office holder's name says no office
    ("Ayatollah Khamenei", "IRN", "GOV"), ("Mullah Baradar", "AFG", "GOV"),
    ("Grand Ayatollah Ali al-Sistani", "IRQ", "REL"), ("an ayatollah", "", "REL"),
])
def test_honorifics_and_ranks_before_a_listed_name(text, country, sector) -> None:
    assert _coded(text, "2022-01-01") == (country, sector)


@pytest.mark.parametrize("text, country, sector", [
    # one slip from a country's name or adjective: a letter too many, two letters swapped, a space left out, a
    # letter missing
    ("Syrain rebels", "SYR", "REB"), ("Iraqui forces", "IRQ", "MIL"), ("Quatar", "QAT", ""),
    ("Sudaneese army", "SDN", "MIL"), ("Srilankan navy", "LKA", "MIL"), ("Malasian government", "MYS", "GOV"),
    ("Indain police", "IND", "COP"),
    # ... but not a name, nor a plural
    ("Frances", "", ""), ("Malik forces", "", "MIL"), ("Kyiv police", "UKR", "COP"),
])
def test_misspelt_countries(text, country, sector) -> None:
    assert _coded(text, "2022-01-01") == (country, sector)


@pytest.mark.parametrize("text, country, sector", [
    # a people's members named with the state they live in are of that state
    ("Sikh Americans", "USA", ""), ("an ethnic Uyghur living in Australia", "AUS", ""), ("Sikh separatists", "IND", "REB"),
    # a role word after "on" or "about" before another noun is the topic, no actor
    ("head of a project on government secrecy for the Federation of American Scientists", "USA", "EDU"),
    ("a report on police violence", "", ""), ("sanctions on government officials", "", "GOV"),
    ("Republican National Chairman", "USA", "PTY"), ("the Republican chairman", "", "BUS"),
])
def test_peoples_topics_and_party_chairs(text, country, sector) -> None:
    assert _coded(text, "2016-06-01") == (country, sector)


def test_mojibake_in_decomposed_unicode_is_undone() -> None:
    from newsgraph.ontology.names import unmangled

    # "JuliÃ\x83Â¡n" with Ã and Â written as a letter and a combining mark (NFD), as one scraped file has it
    assert unmangled("JuliA\u0303\u0083A\u0302\u00a1n Castro") == "Julián Castro"
    assert unmangled("São Paulo") == "São Paulo"


def _coded(text: str, date: str) -> tuple[str, str]:
    """The country and sector ``code_alone`` gives a string alone, '' for none."""
    got = code_alone(text, "", date)
    return got.country or "", got.sector or ""


def test_a_nationality_alone_as_context_tells_a_namesake_from_a_listed_figure() -> None:
    assert code("Michel Martin", "French").country == "FRA"  # no Micheál Martin of Ireland
    assert code("Emmanuel Macron", "French").sector == "GOV"


def test_an_abbreviation_before_a_currency_sign_is_no_body() -> None:
    assert code_alone("AU peacekeepers").org == "African Union"
    assert code_alone("AU$5 million").org is None  # Australian dollars


@pytest.mark.parametrize("text,context,country,sector", [
    # a name several states' bodies bear, all of one sector: the sector, and the country only where one is named
    ("Labour", "", None, "PTY"), ("Jamaat-e-Islami", "", None, "PTY"), ("the Treasury", "", None, "GOV"),
    ("Jamaat-e-Islami", "Pakistan", "PAK", "PTY"),
    ("the DPP", "", None, None),  # an abbreviation alone says nothing (also a director of public prosecutions)
    ("Communist Party", "", None, "PTY"),  # (of bodies of several sectors: the word "party" decides)
])
def test_a_name_several_states_bodies_bear(text, context, country, sector) -> None:
    got = code_alone(text, context)
    assert (got.country, got.sector) == (country, sector), got.rule
