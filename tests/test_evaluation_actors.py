"""How the NGEC actor evaluation reads its case file (a file written here in the same shape, no NGEC case)."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.evaluation.actors import PATH, cases


def _write(root: Path, records: list[dict]) -> Path:
    path = root / PATH
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return root


def test_each_coding_call_takes_the_expectations_of_its_own_method(tmp_path: Path) -> None:
    root = _write(tmp_path, [
        {"test": "t_lookup_then_code", "calls": [
            {"method": "query_wiki", "args": ["Premier Ana Example"]},
            {"method": "agent_to_code", "args": ["Premier Ana Example", "", "2021-03-04"]}],
         "expect": [{"method": "query_wiki", "field": "title", "op": "Eq", "value": "Ana Example"},
                    {"method": "agent_to_code", "field": "country", "op": "Eq", "value": "ESP"},
                    {"method": "agent_to_code", "field": "code_1", "op": "Eq", "value": "GOV"}]},
        {"test": "t_nat", "calls": [{"method": "search_nat", "args": ["a Spanish frigate"]}],
         "expect": [{"method": "search_nat", "field": "cc", "op": "Eq", "value": "ESP"}]},
        {"test": "t_either", "calls": [{"method": "agent_to_code", "args": ["army spies"]}],
         "expect": [{"method": "agent_to_code", "field": "code_1", "op": "In", "value": ["MIL", "SPY"]},
                    {"method": "agent_to_code", "field": "country", "op": "NotEq", "value": "USA"}]},
        {"test": "t_wiki_only", "calls": [{"method": "query_wiki", "args": ["Ana Example"]}],
         "expect": [{"method": "query_wiki", "field": "title", "op": "Eq", "value": "Ana Example"}]},
    ])
    got = {c["test"]: c for c in cases(root)}
    assert set(got) == {"t_lookup_then_code", "t_nat", "t_either"}  # (a title lookup alone is not applicable)
    first = got["t_lookup_then_code"]
    assert (first["text"], first["date"], first["country"], first["sector"]) == \
        ("Premier Ana Example", "2021-03-04", ["ESP"], ["GOV"])
    assert got["t_nat"]["country"] == ["ESP"] and got["t_nat"]["sector"] is None
    assert got["t_either"]["sector"] == ["MIL", "SPY"] and got["t_either"]["country"] is None


def test_a_cases_date_argument_reads_in_the_forms_tests_write_it() -> None:
    from newsgraph.evaluation.actors import _date

    assert _date("10 May 2015") == "2015-05-10"
    assert _date("2019") == "2019" and _date("2015-05") == "2015-05"
    assert _date("2019-3-3") == "2019-03-03" and _date("2022/01/10") == "2022-01-10"
    assert _date("03/04/2019") == "2019-03-04"  # (month first, as US tests write it)
    assert _date("today") is None and _date("Today") is None
