"""What kind of story an article is, as far as event coding cares.

Sports reports write like war reports: teams "attack", "beat" and "rally", countries play one another ("Spain
will face defending champion Croatia"), players "hit" each other. GDELT-style coders turn these into assaults
between states. ``sports`` recognises a sports report by its vocabulary (positions, results, competitions,
scores), and the event coder then keeps only what officials, police, courts or armed groups did in it (a
player arrested, a ban by a court, a president's congratulations).
"""

from __future__ import annotations

import re

# Words that are rarely anything but sport (not "game", "match", "goal", "league", "Olympics" or "World Cup":
# politics uses them too), each counted once per article.
_CUES = re.compile(
    r"\b(?:quarterbacks?|touchdowns?|innings|pitchers?|goalkeepers?|goalies?|strikers?|midfielders?|linebackers?|"
    r"wide receivers?|playoffs?|postseason|preseason|semifinals?|quarterfinals?|head coach|teammates?|roster|"
    r"halftime|overtime|rebounds|assists|wickets?|grand slam|davis cup|backstroke|freestyle|breaststroke|"
    r"seeded|top-ranked|nfl|nba|mlb|nhl|nascar|uefa|premier league|la liga|serie a|bundesliga|formula one|"
    r"wimbledon|triple-double|hat-trick|hat trick|free throws?|field goals?|penalty kick|yards|snap counts?|"
    r"scoreless|unbeaten|winning streak|losing streak|home run|box score|tiebreak|doubles match|singles match|"
    r"first half|second half|first period|second period|third period)\b",
    re.IGNORECASE)
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def sports(text: str) -> bool:
    """Whether ``text`` reads as a sports report: distinct sports words and scores (up to three) add to four or
    more, and sports words are dense enough for the story to be about sport (one per 150 words)."""
    found = [m.group(0).lower().rstrip("s") for m in _CUES.finditer(text)]
    words = max(1, len(text.split()))
    evidence = len(set(found)) + min(3, len(_SCORE.findall(text)))
    return evidence >= 4 and len(found) * 150 >= words
