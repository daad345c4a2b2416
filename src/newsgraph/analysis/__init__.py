"""Analysis over the store, as functions returning plain tables (lists of dicts) or dicts of tables.

The same functions feed the JSON API, the dashboard pages and ``newsgraph report``:

- :mod:`.overview`: what the corpus holds (articles, outlets, dates, top actors, event mix, recent events);
- :mod:`.series`: event counts and PLOVER-score series per actor or dyad, by day or week, by quad class;
- :mod:`.network`: the actor network (edges weighted by events, filtered by type and period);
- :mod:`.people`: actor profiles, top speakers, quote search;
- :mod:`.article`: one article with its entities, quotations and events as highlight spans.

Counts use counted events only (no negated, future, hypothetical, historical, habitual, unattributed or private ones). An event's day is its own
resolved date when that date is a day, else its article's date.
"""

from .article import article_view
from .network import network
from .overview import overview
from .people import actor_profile, search_quotes, top_speakers
from .series import dyad, series

__all__ = ["overview", "series", "dyad", "network", "actor_profile", "top_speakers", "search_quotes",
           "article_view"]
