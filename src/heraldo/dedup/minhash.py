"""Near-duplicate articles: MinHash signatures of word shingles, clustered with LSH.

Two articles fall in one cluster when they share an LSH band key (``BANDS`` bands of
``ROWS`` values) and the estimated Jaccard similarity of their word 3-shingles reaches
``threshold`` (directly or through a chain of such pairs). The store keeps the band keys
(``article_bands``) so that new articles are matched against the stored ones in SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash

from heraldo.model import normalise_text

NUM_PERM = 64
SHINGLE = 3
THRESHOLD = 0.7
SEED = 1
SCHEME = "affine32"
#: LSH bands × rows per band: datasketch's optimal split of 64 permutations for 0.7
BANDS, ROWS = 8, 8


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The word ``size``-shingles of ``text`` (normalised, lower case), as bytes; the whole text
    when it is shorter."""
    words = normalise_text(text).lower().split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _permutations() -> Any:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned 64-bit values)."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    mh.update_batch(list(shingles(text)))
    return [int(v) for v in mh.hashvalues]


def band_keys(values: Sequence[int]) -> list[int]:
    """The LSH keys of a signature: one per band of ``ROWS`` values (an unsigned 64-bit
    hash of them). Two articles are candidates when they share a key in some band."""
    keys = []
    for band in range(BANDS):
        chunk = np.array(values[band * ROWS:(band + 1) * ROWS], dtype=np.uint64)
        digest = hashlib.blake2b(chunk.tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little"))
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The Jaccard similarity that two signatures estimate (the share of equal values)."""
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


class UnionFind:
    """Connected components of article ids; a component is named by its smallest id."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        """Every one of ``items`` in a component of its own."""
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        """The name of ``x``'s component (an unknown id becomes one of its own)."""
        root = self.parent.setdefault(x, x)
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        """Join the components of ``a`` and ``b`` under the smaller name."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def similar_pairs(signatures: Mapping[str, Sequence[int]],
                  threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """The pairs of articles that share an LSH band key and reach ``threshold``."""
    buckets: dict[tuple[int, int], list[str]] = {}
    for article_id, values in sorted(signatures.items()):
        for band, key in enumerate(band_keys(values)):
            buckets.setdefault((band, key), []).append(article_id)
    candidates = {(a, b) for ids in buckets.values() for i, a in enumerate(ids)
                  for b in ids[i + 1:]}
    return sorted((a, b) for a, b in candidates
                  if similarity(signatures[a], signatures[b]) >= threshold)


def cluster(signatures: Mapping[str, Sequence[int]],
            threshold: float = THRESHOLD) -> dict[str, str]:
    """Article id -> cluster id (the smallest article id of its cluster)."""
    groups = UnionFind(signatures)
    for a, b in similar_pairs(signatures, threshold):
        groups.union(a, b)
    return {article_id: groups.find(article_id) for article_id in signatures}
