"""Near-duplicate articles: MinHash signatures of word shingles, clustered with LSH.

Two articles fall in one cluster when the estimated Jaccard similarity of their word
3-shingles reaches ``threshold`` (directly or through a chain of such pairs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from heraldo.model import normalise_text

NUM_PERM = 64
SHINGLE = 3
THRESHOLD = 0.7
SEED = 1
SCHEME = "affine32"  # datasketch 2 asks for it when rebuilding from stored values


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = normalise_text(text).lower().split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned 64-bit values)."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return [int(v) for v in mh.hashvalues]


def _minhash(values: Sequence[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                   hashvalues=np.array(values, dtype=np.uint64))


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(signatures: Mapping[str, Sequence[int]],
            threshold: float = THRESHOLD) -> dict[str, str]:
    """Article id -> cluster id (the smallest article id of its cluster)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for article_id, values in sorted(signatures.items()):
        hashes[article_id] = _minhash(values)
        lsh.insert(article_id, hashes[article_id])
    groups = _UnionFind(hashes)
    for article_id, mh in hashes.items():
        for other in lsh.query(mh):
            if other != article_id and mh.jaccard(hashes[other]) >= threshold:
                groups.union(article_id, other)
    return {article_id: groups.find(article_id) for article_id in hashes}
