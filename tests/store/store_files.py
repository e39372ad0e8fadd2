"""A small store file, and a writer of it in another process (the access policy's tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from heraldo.store import open_store
from heraldo.store.synthetic import documents

#: a writer in another process: opens the store for writing, adds two articles, closes it
WRITE = ("import sys\n"
         "from heraldo.store import open_store\n"
         "from heraldo.store.synthetic import documents\n"
         "with open_store(sys.argv[1], lock_timeout=float(sys.argv[3])) as store:\n"
         "    store.write_documents(documents(2, 2, seed=int(sys.argv[2])))\n")


#: a busy writer in another process: writing sessions back to back, each holding the file
#: for a while (an ingest storing small batches), printing a line after each, until the
#: file ``STOP`` exists
BUSY = ("import os, sys, time\n"
        "from heraldo.store import open_store\n"
        "from heraldo.store.synthetic import documents\n"
        "seed, batch = 100, documents(1, 1, seed=100)\n"
        "while not os.path.exists(sys.argv[2]):\n"
        "    with open_store(sys.argv[1], lock_timeout=30) as store:\n"
        "        store.write_documents(batch)\n"
        "        seed += 1\n"
        "        batch = documents(1, 1, seed=seed)\n"
        "        time.sleep(0.3)\n"
        "        print(seed, flush=True)\n")


def busy_writer(path, stop):
    """The busy writer above, started on ``path`` until the file ``stop`` exists."""
    return subprocess.Popen([sys.executable, "-c", BUSY, str(path), str(stop)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def writer(path, seed, lock_timeout=0.0):
    """The writer above, started on ``path``."""
    return subprocess.Popen([sys.executable, "-c", WRITE, str(path), str(seed),
                             str(lock_timeout)], stderr=subprocess.PIPE, text=True)


@pytest.fixture()
def store_file(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.write_documents(documents(3, 2))
    return path
