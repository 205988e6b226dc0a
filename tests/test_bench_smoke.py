"""The benchmark at its smoke size: it runs end to end and prints its summary line.

Figures from this run mean nothing (40 articles on a busy machine); `make bench` measures.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERIES = ROOT.parent / "shared/data/russia_losses_personnel.json"
SUMMARY = re.compile(
    r"^e2e_vs_spacy=[\d.]+ two_vs_one=[\d.]+ p50_ms=\d+ p99_ms=\d+ lookup_1m_vs_1k=[\d.]+$"
)


@pytest.mark.kafka
@pytest.mark.timeout(600)
def test_bench_smoke_prints_summary_line() -> None:
    if not SERIES.exists():
        pytest.skip(f"the real series is not at {SERIES}")
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    assert SUMMARY.match(last), last
