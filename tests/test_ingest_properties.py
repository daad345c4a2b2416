"""Property tests over the readers: arbitrary bytes, under any file name, never crash ingest, and whatever is
stored is made of source slices that `newsgraph check` accepts."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.run import ingest_one
from newsgraph.store import open_store
from newsgraph.store.check import check

MARKUP = [b"<html><body><p>", b"</p>", b"<rss><channel><item><title>", b"</title><description>", b"</item>",
          b'{"text": "', b'", "title": "', b'"}\n', b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", b"\x1f\x8b\x08",
          b"\xef\xbb\xbf", b"\xff\xfe", b"\n\n", b"Thank you for your patience", b"By A Reporter\n",
          b"Officials said on Monday that the talks would resume in Vienna.", b"\x00", "“Ça va”".encode()]

inputs = st.one_of(st.binary(max_size=2000),
                   st.lists(st.sampled_from(MARKUP), max_size=30).map(b"".join),
                   st.text(max_size=800).map(lambda t: t.encode("utf-8", "surrogatepass")))
names = st.sampled_from(["a.txt", "a.html", "a.xml", "a.jsonl", "a.warc", "a.warc.gz", "a.gz", "a"])


@settings(max_examples=60, deadline=None)
@given(data=inputs, name=names)
def test_ingest_properties_arbitrary_bytes_never_crash(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        with open_store(str(Path(tmp) / "p.db")) as store:
            result = ingest_one(store, str(path))
            assert result.status in ("ok", "partial", "skipped", "failed")
            if result.status == "failed":
                assert result.code and result.code.startswith("NG")  # a numbered reason, recorded
            assert list(check(store)) == []  # bodies are source slices, offsets inside, references resolve
            before = store.counts()
            ingest_one(store, str(path))  # the same input again changes nothing
            assert store.counts() == before
