"""An app served on a free loopback port from a thread of this process, for the browser
tests and the README's screenshots (``heraldo serve`` is the way to run a server)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def served(app: Any, host: str = "127.0.0.1", wait: float = 10.0) -> Iterator[str]:
    """Serve ``app`` (uvicorn, in a daemon thread) for the block; yields its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + wait
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        if not server.started:
            raise RuntimeError(f"the server did not start on {host}:{port} in {wait:g} s")
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=wait)
        sock.close()
