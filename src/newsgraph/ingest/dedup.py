"""Exact and near-duplicate articles: MinHash signatures over word 5-shingles, banded for lookup.

Signatures (128 permutations) are stored with each original article, and 32 band keys of 4 rows each go into
an indexed table, so checking a new article costs one indexed lookup, whatever the size of the store.
Two articles are near-duplicates when their estimated Jaccard similarity is at least ``THRESHOLD``.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.8
MIN_SHARED_BANDS = 4  # candidates must share at least this many bands with the new article
MAX_CANDIDATES = 20

_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20250225)
_A = _rng.randint(1, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, (1 << 32) - 1, size=NUM_PERM, dtype=np.uint64)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0x85EBCA77C2B2AE63], dtype=np.uint64)
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).encode()).hexdigest()


def signature(text: str) -> np.ndarray:
    """MinHash signature (uint32 x NUM_PERM) of the text's word 5-shingles."""
    words = _WORD.findall(text.lower())
    ids = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64, count=len(words))
    if len(ids) < SHINGLE:
        shingles = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64)
    else:
        n = len(ids) - SHINGLE + 1
        acc = np.zeros(n, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(SHINGLE):
                acc = acc * np.uint64(31) + ids[k:k + n] * _MIX[k]
        shingles = np.unique((acc >> np.uint64(32)) & _MASK)
    with np.errstate(over="ignore"):
        values = ((shingles[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK
    return values.min(axis=0).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(bytes([band]) + sig[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big", signed=True))
    return keys


def similarities(sig: np.ndarray, blobs: list[bytes | memoryview]) -> np.ndarray:
    """Estimated Jaccard similarity of ``sig`` with each stored signature."""
    matrix = np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=np.uint32).reshape(len(blobs), NUM_PERM)
    return (matrix == sig[None, :]).mean(axis=1)
