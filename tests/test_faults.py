"""The fault harness, shortened: kill -9 the worker three times and restart the broker once
while it works through a wire with bad input; no alert lost, none duplicated.

Each run starts its own broker (it restarts it, which the session broker of the other tests
must not suffer) and stops everything on the way out; see faults/run.py. The memory store
(the default) gets the short run; the rocksdb store a smaller one, with kills only.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.kafka

ROOT = Path(__file__).resolve().parents[1]
LAST_LINE = re.compile(
    r"^lost=(-?\d+) duplicates=(-?\d+) deadlettered=(-?\d+) recovered_claims=(-?\d+)$"
)


def run_faults(*args: str, timeout: float) -> tuple[int, dict[str, int], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "faults.run", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # SIGTERM: the harness stops its broker and worker on the way out.
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=180)
        pytest.fail(f"faults.run {' '.join(args)} took over {timeout:.0f} s:\n{err[-6000:]}")
    lines = out.strip().splitlines()
    match = LAST_LINE.match(lines[-1]) if lines else None
    assert match, f"no result line on stdout:\n{out}\n{err[-6000:]}"
    keys = ("lost", "duplicates", "deadlettered", "recovered_claims")
    return proc.returncode, dict(zip(keys, map(int, match.groups()), strict=True)), err


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--short",), id="memory-150-articles"),
        pytest.param(
            ("--articles", "40", "--kills", "2", "--store", "rocksdb", "--seed", "11",
             "--no-broker-restart"),
            id="rocksdb-40-articles",
        ),
    ],
)
def test_nothing_lost_through_kills_and_a_broker_restart(args: tuple[str, ...]) -> None:
    code, result, err = run_faults(*args, timeout=420)
    assert code == 0, f"{result}\n{err[-8000:]}"
    assert result["lost"] == 0 and result["duplicates"] == 0, err[-8000:]
    assert result["deadlettered"] >= 20  # 13 invalid, 4 other languages, 3 duplicate ids
    assert result["recovered_claims"] > 0
    assert err.count("kill -9 worker") >= (3 if "--short" in args else 2)
    if "--no-broker-restart" not in args:
        assert "worker reconnected and resumed" in err
