"""Evaluation commands on ../shared/eval: print scores, and with ``gate`` fail below the recorded floors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .actors import evaluate_actors
from .events import evaluate_events
from .extraction import evaluate_extraction
from .quotes import evaluate_quotes

FLOORS = Path(__file__).resolve().parents[3] / "eval" / "floors.json"
TASKS = {"extraction": evaluate_extraction, "actors": evaluate_actors, "quotes": evaluate_quotes,
         "events": evaluate_events}


def default_data() -> Path:
    return Path(os.environ.get("NEWSGRAPH_EVAL_DATA") or Path.cwd().parent / "shared" / "eval")


def run_eval(task: str, data: str | None, gate: bool, errors: bool = False) -> int:
    root = Path(data) if data else default_data()
    if not root.is_dir():
        print(f"newsgraph eval: no evaluation data at {root}; skipped (set --data or NEWSGRAPH_EVAL_DATA)",
              file=sys.stderr)
        return 0
    if errors and task in ("actors", "events"):
        scores = TASKS[task](root, show_errors=True)  # type: ignore[operator]
    else:
        scores = TASKS[task](root)
    if not gate:
        return 0
    floors = json.loads(FLOORS.read_text()).get(task, {}) if FLOORS.exists() else {}
    below = [(k, scores[k], v) for k, v in floors.items() if k in scores and scores[k] < v]
    missing = [k for k in floors if k not in scores]
    for key, got, floor in below:
        print(f"GATE FAIL {task}.{key}: {got:.4f} < floor {floor:.4f}", file=sys.stderr)
    for key in missing:
        print(f"GATE FAIL {task}.{key}: not measured", file=sys.stderr)
    if not below and not missing:
        print(f"gate {task}: {len(floors)} scores at or above their floors")
    return 1 if below or missing else 0
