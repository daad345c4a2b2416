"""What a bare personal name says on its own: a name romanised in Hanyu Pinyin, surname first ("He Zhihua",
"Zhang Wei"), is the name of someone from the People's Republic (Taiwan and Hong Kong romanise otherwise:
"Tseng Ho-jen", "Chan Kwok-ki"). Used only for an actor string read with nothing around it; inside an
article the text says who someone is."""

from __future__ import annotations

import re
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
def _given_name() -> re.Pattern[str]:
    """One or two pinyin syllables, an apostrophe allowed between them. Initials and finals are paired freely, a
    few more than pinyin writes (the check is for names, and a listed surname must lead), except that a bare "o"
    follows only labials ("bo", "mo", "wo": so "Han Solo" is no name of China)."""
    syllables = sorted({i + f for i in _INITIALS for f in _FINALS if f != "o" or i in ("b", "p", "m", "f", "w", "y")},
                       key=len, reverse=True)
    one = "(?:" + "|".join(syllables) + ")"
    return re.compile(f"{one}(?:'?{one})?")


def chinese_name(text: str) -> bool:
    """"He Zhihua", "Zhang Wei", "Ouyang Xiaoming": a mainland surname then a given name of one or two pinyin
    syllables written as one word, both capitalised, and nothing else."""
    words = text.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isascii() for w in words):
        return False
    surname, given = (w.lower() for w in words)
    return surname in SURNAMES and given not in _ENGLISH and _given_name().fullmatch(given) is not None


# Pinyin syllables that are also English words, so "He Can" or "Long Man" at the start of a headline stay unread.
_ENGLISH = frozenset("an ban bin can gene hang hen in long man men nan pen rain shin sue ten tin wan".split())
