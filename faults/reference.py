"""The clean run: the articles a worker accepts, through `claimwatch.pipeline.Pipeline`.

    python -m faults.reference ACCEPTED.jsonl ALERTS.jsonl [--retention-days D]
        [--max-claims-per-key N]

Why the pipeline and not a second worker without faults: the pipeline runs the same core
functions (clean, extract, detect) in one process, with no broker and nothing to crash, so it
is the definition of the right answer; and it sees the claims of each key in the order the
wire gives them, which is the order a worker sees them in when the input topics have one
partition (CLAIMWATCH_INPUT_PARTITIONS=1): the alerts of both runs can be compared exactly.
(With several input partitions the interleaving, and so which of two claims is the earlier,
varies from run to run even without faults.)

The harness runs this in a subprocess while the faulted worker runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from claimwatch.detect import MAX_CLAIMS_PER_KEY, RETENTION_DAYS, Detector
from schemas import Article


def reference_alerts(
    articles: list[Article],
    retention_days: int = RETENTION_DAYS,
    max_claims_per_key: int = MAX_CLAIMS_PER_KEY,
) -> list[dict]:
    """Every alert of a clean run over `articles` (all valid, in order), as dicts."""
    from claimwatch.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.detector = Detector(
        {}, retention_days=retention_days, max_claims_per_key=max_claims_per_key
    )
    return [a.to_dict() for outcome in pipeline.process(articles) for a in outcome.alerts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m faults.reference", description=__doc__)
    parser.add_argument("accepted", type=Path)
    parser.add_argument("alerts", type=Path)
    parser.add_argument("--retention-days", type=int, default=RETENTION_DAYS)
    parser.add_argument("--max-claims-per-key", type=int, default=MAX_CLAIMS_PER_KEY)
    args = parser.parse_args(argv)
    articles = [
        Article.from_dict(orjson.loads(line))
        for line in args.accepted.read_bytes().splitlines()
        if line.strip()
    ]
    alerts = reference_alerts(articles, args.retention_days, args.max_claims_per_key)
    tmp = args.alerts.with_suffix(".part")
    tmp.write_bytes(b"".join(orjson.dumps(a) + b"\n" for a in alerts))
    tmp.replace(args.alerts)  # appears whole, or not at all
    return 0


if __name__ == "__main__":
    sys.exit(main())
