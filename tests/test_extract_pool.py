"""spaCy and the rules in child processes: same claims as in process, survives a killed
child of either stage, no orphans."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.extract_pool import PARSE_PROCESS_NAME, READ_PROCESS_NAME, InProcesses, InThread, _split
from claimwatch.clean import clean_article
from schemas import Article, CleanArticle

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "wire" / "seed-article.txt"


def articles() -> list[CleanArticle]:
    bodies = [
        "Police said about 18,000 people marched in Lyon on Saturday. Organisers said 120,000 "
        "people took part.",
        "The ministry said on Monday that 14 people were killed in the flood. The governor's "
        "office said 9 people died.",
        "Velora Motors said it has no plans for layoffs.",
    ]
    if SEED.exists():
        bodies.append(SEED.read_text(encoding="utf-8"))
    return [
        clean_article(Article(f"p{i}", "Wire", "2025-03-03T18:00:00Z", "Report", body))
        for i, body in enumerate(bodies)
    ]


def test_split_keeps_order_and_balances() -> None:
    items = list(range(7))
    parts = _split(items, 3)  # type: ignore[arg-type]
    assert parts == [[0, 1, 2], [3, 4], [5, 6]]
    assert _split([1], 4) == [[1]]  # type: ignore[list-item]
    assert _split([], 2) == [[]]


@pytest.fixture(scope="module")
def pool() -> Iterator[InProcesses]:
    pool = InProcesses(1)
    asyncio.run(pool.start())
    yield pool
    pool.stop()


def test_child_process_gives_the_claims_of_the_worker_process(pool: InProcesses) -> None:
    batch = articles()
    in_child = asyncio.run(pool.run(batch))
    in_thread = asyncio.run(InThread().run(batch))
    assert in_child == in_thread
    assert sum(map(len, in_child)) >= 4
    assert pool.ready()


def test_the_children_are_named_for_what_they_do(pool: InProcesses) -> None:
    names = [Path(f"/proc/{pid}/comm").read_text().strip() for pid in pool.pids()]
    assert names == [PARSE_PROCESS_NAME, READ_PROCESS_NAME]


@pytest.mark.parametrize("stage", [0, 1], ids=["spacy", "rules"])
def test_a_killed_child_is_replaced_and_the_batch_retried(pool: InProcesses, stage: int) -> None:
    batch = articles()[:2]
    before = asyncio.run(pool.run(batch))
    restarts = pool.restarts
    os.kill(pool.pids()[stage], signal.SIGKILL)
    time.sleep(0.5)
    assert asyncio.run(pool.run(batch)) == before
    assert pool.restarts == restarts + 1
    assert pool.ready()


ORPHAN_CHECK = """
import asyncio, os, sys
from agents.extract_pool import InProcesses
pool = InProcesses(1)
asyncio.run(pool.start())
print(*pool.pids(), flush=True)
os._exit(0)  # as if killed: no shutdown
"""


def test_children_die_with_the_worker() -> None:
    out = subprocess.run(
        [sys.executable, "-c", ORPHAN_CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) == 2  # spaCy's and the rules'
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
