"""The NLP layer: one spaCy parse per article, then plain stages that read and write an ``Analysis``."""
