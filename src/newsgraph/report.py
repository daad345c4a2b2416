"""``newsgraph report``: a static report for a corpus, in HTML (one self-contained file) or Markdown.

It is built from the same analysis functions as the dashboard: the corpus, the event mix, the top actors, the
busiest dyads with their week-by-week score series, the most-quoted people, and the latest happenings, each
with the sentence and source offsets behind it.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from typing import Any

from . import analysis
from .analysis.overview import events_table
from .store.store import Store


def build(store: Store, since: str | None = None, until: str | None = None, top: int = 5) -> dict[str, Any]:
    ov = analysis.overview(store)
    net = analysis.network(store, since=since, until=until)
    pairs: list[tuple[str, str]] = []
    for e in net["edges"]:
        pair = tuple(sorted((e["source"], e["target"])))
        if pair not in pairs:
            pairs.append(pair)  # type: ignore[arg-type]
        if len(pairs) >= top:
            break
    dyads = [analysis.dyad(store, a, b, "week", since=since, until=until) for a, b in pairs]
    events = events_table(store, since=since, until=until, limit=25)["rows"]
    return {"overview": ov, "dyads": dyads, "events": events, "speakers": analysis.top_speakers(store, limit=10),
            "since": since, "until": until}


def markdown(data: dict[str, Any]) -> str:
    c = data["overview"]["corpus"]
    out = ["# newsgraph report", "",
           f"{c['articles']} articles ({c['first'] or '?'} to {c['last'] or '?'}), {c['outlets']} outlets, "
           f"{c['words']:,} words; {c['events']} counted events in {c['happenings']} happenings "
           f"({c['flagged_events']} flagged), {c['quotes']} quotations.", "", "## Event mix", "",
           "| type | quad | events | mean score |", "|---|---|---|---|"]
    for m in data["overview"]["event_mix"]:
        out.append(f"| {m['event_type']} | {m['quad']} | {m['events']} | {float(m['mean_score'] or 0):.1f} |")
    out += ["", "## Top actors", "", "| country | events | cooperation | conflict |", "|---|---|---|---|"]
    for a in data["overview"]["top_actors"]:
        out.append(f"| {a['country']} | {a['events']} | {a['cooperation']} | {a['conflict']} |")
    for d in data["dyads"]:
        out += ["", f"## {d['a']} and {d['b']}, week by week", "",
                f"| week | events | score | {d['a']}→{d['b']} | {d['b']}→{d['a']} |", "|---|---|---|---|---|"]
        ab = {p["period"]: p for p in d["a_to_b"]}
        ba = {p["period"]: p for p in d["b_to_a"]}
        for p in d["both"]:
            out.append(f"| {p['period']} | {p['events']} | {p['score_sum']:g} | "
                       f"{ab.get(p['period'], {}).get('events', 0)} | {ba.get(p['period'], {}).get('events', 0)} |")
    out += ["", "## Most quoted", "", "| speaker | country | quotations |", "|---|---|---|"]
    for s in data["speakers"]:
        out.append(f"| {s['name']} | {s['country'] or ''} | {s['quotes']} |")
    out += ["", "## Latest events", ""]
    for e in data["events"]:
        toll = f", {e['fatalities']} killed" if e["fatalities"] else ""
        out.append(f"- **{e['day'] or '?'} {e['event_type']}** {e['actor'] or '?'} ({e['actor_country'] or '-'}) → "
                   f"{e['recipient'] or '-'} ({e['recipient_country'] or '-'}){toll}: "
                   f"\"{' '.join(e['sentence'].split())[:220]}\" `{e['source']}:{e['start_char']}-{e['end_char']}`")
    return "\n".join(out) + "\n"


def html(data: dict[str, Any]) -> str:
    from .web import charts

    css = resources.files("newsgraph.web").joinpath("static/style.css").read_text("utf-8")
    c = data["overview"]["corpus"]
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>newsgraph report</title>"
             f"<style>{css}</style></head><body><main><h1>newsgraph report</h1>",
             f"<p>{c['articles']} articles ({escape(str(c['first'] or '?'))} to {escape(str(c['last'] or '?'))}), "
             f"{c['outlets']} outlets, {c['words']:,} words; {c['events']} counted events in {c['happenings']} "
             f"happenings ({c['flagged_events']} flagged), {c['quotes']} quotations.</p>"]
    parts.append("<h2>Event mix</h2><table><tr><th>type</th><th>quad</th><th>events</th><th>mean score</th></tr>" +
                 "".join(f"<tr><td>{m['event_type']}</td><td>{m['quad']}</td><td>{m['events']}</td>"
                         f"<td>{float(m['mean_score'] or 0):.1f}</td></tr>" for m in data["overview"]["event_mix"])
                 + "</table>")
    for d in data["dyads"]:
        chart = charts.line_chart({f"{d['a']} → {d['b']}": d["a_to_b"], f"{d['b']} → {d['a']}": d["b_to_a"]},
                                  lambda name, p: f"#w-{p['period']}")
        parts.append(f"<h2>{escape(d['a'])} and {escape(d['b'])}, week by week</h2>{chart}")
    parts.append("<h2>Most quoted</h2><table>" + "".join(
        f"<tr><td>{escape(s['name'])}</td><td>{escape(s['country'] or '')}</td><td>{s['quotes']}</td></tr>"
        for s in data["speakers"]) + "</table>")
    parts.append("<h2>Latest events</h2><table><tr><th>day</th><th>event</th><th>actor</th><th>recipient</th>"
                 "<th>sentence (source offsets)</th></tr>" + "".join(
                     f"<tr><td>{escape(e['day'] or '')}</td><td>{e['event_type']}</td>"
                     f"<td>{escape(e['actor'] or '?')} {escape(e['actor_country'] or '')}</td>"
                     f"<td>{escape(e['recipient'] or '-')} {escape(e['recipient_country'] or '')}</td>"
                     f"<td>{escape(' '.join(e['sentence'].split())[:240])}<br><small>{escape(e['source'])}:"
                     f"{e['start_char']}-{e['end_char']}</small></td></tr>" for e in data["events"]) + "</table>")
    parts.append("</main></body></html>")
    return "".join(parts)
