"""Uploads through the server: off unless enabled, token-guarded, size-limited, never a client-chosen path.

``newsgraph serve --allow-upload`` turns on ``POST /api/upload``. The request body is one input file (any format
``newsgraph ingest`` reads); ``?name=`` is only a label. The server saves the bytes under its own upload
directory as ``<sha256 prefix>-<label reduced to [A-Za-z0-9._-]>`` (the saved file is the article's source, so
provenance and ``newsgraph check`` keep working), then ingests and analyses it like ``newsgraph ingest``. The
same bytes uploaded twice land on the same file and change nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest.run import ingest_one
from ..store import open_store

TOKEN_ENV = "NEWSGRAPH_WRITE_TOKEN"
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024  # bytes
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class UploadSettings:
    """What ``--allow-upload`` configures. ``token`` is compared in constant time; ``directory`` is created."""

    directory: Path
    token: str = field(default_factory=lambda: os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24))
    max_bytes: int = DEFAULT_MAX_UPLOAD
    analyse: bool = True
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if len(self.token) < 16:
            raise ValueError(f"the write token (${TOKEN_ENV}) must be at least 16 characters")
        self.directory = Path(self.directory).resolve()
        self.directory.mkdir(parents=True, exist_ok=True)

    def authorised(self, header: str | None) -> bool:
        if not header or not header.startswith("Bearer "):
            return False
        return hmac.compare_digest(header[len("Bearer "):].strip().encode(), self.token.encode())


def safe_label(name: str | None) -> str:
    """A file-name label from the client's name: its last component, reduced to safe characters, never hidden."""
    base = re.split(r"[\\/]", name or "")[-1]
    label = _SAFE.sub("_", base).strip("._")[:80]
    return label or "upload"


async def receive(request: Any, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` (declared or counted while streaming)."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise UploadError(413, f"upload over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise UploadError(413, f"upload over the limit of {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body:
        raise UploadError(400, "empty upload: send the file's bytes as the request body")
    return body


def save(settings: UploadSettings, body: bytes, name: str | None) -> Path:
    """Write the bytes under the upload directory (atomically; the same bytes give the same file)."""
    digest = hashlib.sha256(body).hexdigest()[:16]
    path = settings.directory / f"{digest}-{safe_label(name)}"
    if path.exists() and path.read_bytes() == body:
        return path
    fd, tmp = tempfile.mkstemp(dir=settings.directory, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def ingest_upload(settings: UploadSettings, db_url: str | None, schema: str | None, body: bytes,
                  name: str | None) -> dict[str, Any]:
    """Save, ingest and (by default) analyse one upload; one upload at a time. Returns the ingest result."""
    from ..nlp.run import analyse

    path = save(settings, body, name)
    with settings.lock, open_store(db_url, schema) as store:
        result = ingest_one(store, str(path))
        analysed = analyse(store, workers=1).articles if settings.analyse and result.changed else 0
    return {"source": result.source, "status": result.status, "code": result.code, "reason": result.reason,
            "articles": result.n_articles, "duplicates": result.n_duplicates, "changed": result.changed,
            "analysed": analysed}
