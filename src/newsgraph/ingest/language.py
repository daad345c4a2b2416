"""Which language an article is written in, well enough to keep the English pipeline off the others.

The NLP stages read English: a German, Indonesian or Russian article run through them yields names that are no
names ("Einwilligung des Patienten") and events that never happened. An article is taken to be in the language
whose commonest function words make up the largest share of its words (English news runs at a third or more;
another language's text at a few per cent of English ones), or by its script when most of its letters are not
Latin. Texts of fewer than ``MIN_WORDS`` words are not judged (a headline, a caption): they are read as English.
The word lists were written for this project: the most frequent articles, prepositions, conjunctions and
pronouns of each language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MIN_WORDS = 40
ENGLISH_SHARE = 0.15  # below this share of English function words, and another language ahead, it is not English

FUNCTION_WORDS = {
    "en": "the of and to a in is that for on it with as was he said by at from his be are have has an not but "
          "they this were which will who their been had would its we she her or after about more than",
    "de": "der die und den das von zu mit sich des auf für ist im dem nicht ein eine als auch es werden aus er "
          "hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum",
    "fr": "le la les de des et un une du est en que qui dans pour pas sur au par avec ce il se sont plus aux "
          "ont été cette mais ou son sa ses leur",
    "es": "el la los las de del y en que un una por con para es se no al lo su como más pero sus le ha fue "
          "este esta entre cuando también",
    "pt": "o a os as de do da dos das e em que um uma para com não por se na no é ao mais pelo pela foi "
          "seu sua entre também quando",
    "it": "il la le di del della e che un una per con non è si in al dei delle gli anche sono ha più nel "
          "nella alla come questo",
    "nl": "de het een en van in is op te dat die niet met voor zijn er aan ook als bij door maar om wordt "
          "werd naar heeft",
    "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah ada oleh karena atau "
          "bisa saat sudah telah mereka kami",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan ama en her kadar sonra ancak",
    "sv": "och att det som en på är av för med till den har inte om ett de var jag men",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}
# scripts other than Latin, by the first word of their Unicode character names
_SCRIPTS = {"CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "CJK": "zh",
            "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "THAI": "th", "GEORGIAN": "ka", "ARMENIAN": "hy",
            "BENGALI": "bn", "TAMIL": "ta"}


@dataclass(frozen=True)
class Guess:
    language: str | None  # ISO 639-1 code, or None when the text is too short to tell
    english: bool  # whether the English pipeline should read it
    reason: str


def guess(text: str) -> Guess:
    """The language of ``text``: "Der Bundestag hat am Montag ..." → de, not English."""
    letters = [c for c in text[:20_000] if c.isalpha()]
    if not letters:
        return Guess(None, True, "no letters")
    scripts = Counter(_script(c) for c in letters)
    script, n = scripts.most_common(1)[0]
    if script != "LATIN" and n * 2 > len(letters):
        code = _SCRIPTS.get(script)
        return Guess(code, False, f"{100 * n // len(letters)}% of its letters are {script.title()}")
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    if len(words) < MIN_WORDS:
        return Guess(None, True, f"{len(words)} words: too few to tell")
    shares = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _WORDS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if best == "en" or shares["en"] >= ENGLISH_SHARE:
        return Guess("en", True, f"English function words {shares['en']:.0%}")
    return Guess(best, False, f"{best} function words {shares[best]:.0%}, English {shares['en']:.0%}")


def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"
