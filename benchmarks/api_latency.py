"""Latency of the HTTP API under a bounded load on loopback, alone and while an ingest
writes to the same store.

    python benchmarks/api_latency.py --db STORE [--requests 120] [--concurrency 4]
        [--cache 256] [--ingest FILE.jsonl] [--json OUT]

Starts ``heraldo serve --db STORE`` on a free port and sends ``--requests`` requests to
each of GET /api/v1/events, /dyads and /graph (cycling through a few filters each), from
``--concurrency`` clients (httpx, one connection each, no pause between requests): p50,
p95 and the slowest, in ms, per endpoint. With ``--ingest``, it then starts ``heraldo
ingest FILE --db STORE`` and keeps the same load on until the ingest ends, counting the
requests that failed (a 503 when the store stayed busy longer than the lock timeout).
``--cache 0`` starts the server keeping no answers, so that every request queries the
store; with the default, a filter asked again before the store changes is answered from
the server's cache (the filters cycle, so most measured requests are repeats).
Build the 1M-event store with ``benchmarks/store_queries.py --events 1000000 --db STORE``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

#: the filters each endpoint cycles through (those of benchmarks/store_queries.py)
REQUESTS: dict[str, list[dict[str, Any]]] = {
    "/api/v1/events": [{}, {"actor": "RUS"}, {"dyad": "RUS,TUR"}, {"type": "CONSULT"},
                       {"type": "04"}, {"since": "2021-03-01", "until": "2021-03-31"},
                       {"min_confidence": 0.9},
                       {"actor": "RUSGOV", "type": "04", "since": "2021-01-01"}],
    "/api/v1/dyads": [{"dyad": "RUS,TUR"}, {"dyad": "USA,CHN", "freq": "year"},
                      {"actor": "COLGOV", "since": "2021-01-01", "until": "2021-12-31"}],
    "/api/v1/graph": [{}, {"since": "2021-01-01", "until": "2021-06-30"},
                      {"type": "CONSULT"}],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, cache: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "HERALDO_API_KEY"}
    server = subprocess.Popen([sys.executable, "-m", "heraldo.cli", "serve", "--db", str(db),
                               "--port", str(port), "--cache", str(cache)], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).is_success:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer /api/v1/health within 60 s")


class Load:
    """``concurrency`` clients sending the requests of ``REQUESTS`` in turn."""

    def __init__(self, base: str, concurrency: int) -> None:
        self.base, self.concurrency = base, concurrency
        self.times: dict[str, list[float]] = defaultdict(list)
        self.by_request: dict[str, list[float]] = defaultdict(list)
        self.status: Counter[str] = Counter()
        self.lock = threading.Lock()

    def _client(self, jobs: Any, stop: threading.Event) -> None:
        with httpx.Client(base_url=self.base, timeout=60) as client:
            while not stop.is_set():
                with self.lock:
                    job = next(jobs, None)
                if job is None:
                    return
                path, params = job
                started = time.perf_counter()
                answer = client.get(path, params=params)
                elapsed = (time.perf_counter() - started) * 1000
                with self.lock:
                    self.times[path].append(elapsed)
                    shown = "&".join(f"{k}={v}" for k, v in params.items())
                    self.by_request[f"{path}?{shown}"].append(elapsed)
                    self.status[f"{path} {answer.status_code}"] += 1

    def run(self, jobs: Any, stop: threading.Event) -> None:
        clients = [threading.Thread(target=self._client, args=(jobs, stop))
                   for _ in range(self.concurrency)]
        for client in clients:
            client.start()
        for client in clients:
            client.join()

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, times in sorted(self.times.items()):
            times.sort()
            out[path] = {"requests": len(times), "p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
                         "max_ms": round(times[-1], 1)}
        out["by_request_p50_ms"] = {name: round(statistics.median(times), 1)
                                    for name, times in sorted(self.by_request.items())}
        out["status"] = dict(sorted(self.status.items()))
        out["load_average"] = [round(x, 2) for x in os.getloadavg()]
        return out


def fixed(n: int) -> Any:
    """``n`` requests to each endpoint, the endpoints interleaved."""
    rounds = [[(path, variants[i % len(variants)]) for path, variants in REQUESTS.items()]
              for i in range(n)]
    return iter([job for jobs in rounds for job in jobs])


def endless() -> Any:
    return itertools.cycle([(path, params) for path, variants in REQUESTS.items()
                            for params in variants])


def during_ingest(base: str, concurrency: int, db: Path, corpus: Path) -> dict[str, Any]:
    load = Load(base, concurrency)
    stop = threading.Event()
    started = time.perf_counter()
    ingest = subprocess.Popen([sys.executable, "-m", "heraldo.cli", "ingest", str(corpus),
                               "--db", str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    watcher = threading.Thread(target=lambda: (ingest.wait(), stop.set()))
    watcher.start()
    load.run(endless(), stop)
    watcher.join()
    result = load.summary()
    output = (ingest.stdout.read() if ingest.stdout else b"").decode(errors="replace")
    result["ingest"] = {"exit_status": ingest.returncode,
                        "seconds": round(time.perf_counter() - started, 1),
                        "last_lines": output.strip().splitlines()[-3:]}
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=120, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--ingest", type=Path, help="a corpus to ingest under load")
    parser.add_argument("--cache", type=int, default=256, help="heraldo serve --cache: "
                        "answers kept while the store is unchanged (0: every request queries)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.cache)
    try:
        load = Load(base, args.concurrency)
        load.run(fixed(2), threading.Event())  # warm-up
        load = Load(base, args.concurrency)
        load.run(fixed(args.requests), threading.Event())
        result: dict[str, Any] = {"concurrency": args.concurrency, "cache": args.cache,
                                  "alone": load.summary()}
        if args.ingest:
            result["during_ingest"] = during_ingest(base, args.concurrency, args.db,
                                                    args.ingest)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
