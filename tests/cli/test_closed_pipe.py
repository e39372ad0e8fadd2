"""A reader that closes standard output early (``heraldo dyads … | head``) ends the command
quietly: exit status 141 (128 + SIGPIPE, as Unix tools report it), nothing on stderr."""

from __future__ import annotations

import subprocess
import sys

import pytest


def closed_pipe_run(args: list[str]) -> tuple[int, str]:
    """Run ``heraldo args`` with its standard output a real pipe whose reading end is
    closed before the command writes: the exit status and stderr."""
    process = subprocess.Popen([sys.executable, "-m", "heraldo.cli", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the only reading end: every write of the command fails
    stderr = process.stderr.read().decode()
    return process.wait(timeout=60), stderr


@pytest.mark.parametrize("args", [
    ["dyads", "--freq", "month"], ["events"], ["events", "--format", "csv"], ["actors", "list"],
])
def test_closed_stdout_ends_the_command_quietly(small_store, args):
    status, stderr = closed_pipe_run([*args, "--db", str(small_store)])
    assert (status, stderr) == (141, "")


def test_a_reader_that_stops_early_gets_the_first_lines(small_store):
    """`heraldo dyads … | head -n 2`, through the shell: head's lines, no error."""
    command = (f"{sys.executable} -m heraldo.cli dyads --freq day --db {small_store} | head -n 2; "
               "echo status=${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[2] in ("status=0", "status=141")
    assert result.stderr == ""
