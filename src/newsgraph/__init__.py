"""newsgraph: raw news in, a traceable record of who did and said what to whom out."""

__version__ = "0.1.0"
