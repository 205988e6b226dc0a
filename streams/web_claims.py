"""The claims browser's data, read from the detector's table (`claims`, agents/detect.py).

A row is keyed by what its claims are about ("deaths", "act|tear gas") and holds
`{"claims": [Claim dicts, in arrival order], ...}` (see claimwatch/detect.py). Each worker
holds only the rows of its own partitions, so with several workers a search here covers this
worker's share; `partition_note` says which.

Searching scans the rows; it yields to the event loop every `SCAN_CHUNK` rows so the agents
keep running while a desk editor types.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any, Literal

SCAN_CHUNK = 200
Field = Literal["any", "key", "speaker", "source"]
FIELDS: tuple[Field, ...] = ("any", "key", "speaker", "source")


def claims_of(row: Any) -> list[dict[str, Any]]:
    """The claim dicts of a table row (empty for anything unexpected)."""
    claims = row.get("claims") if isinstance(row, Mapping) else None
    return [c for c in claims if isinstance(c, dict)] if isinstance(claims, list) else []


def row_matches(key: str, claims: list[dict[str, Any]], needle: str, field: Field) -> bool:
    """True if `needle` (lower case) occurs in the key, a speaker/side, or a source."""
    if not needle:
        return True
    if field in ("any", "key") and needle in key.lower():
        return True
    for c in claims:
        if field in ("any", "speaker") and (
            needle in str(c.get("speaker", "")).lower() or needle in str(c.get("side", "")).lower()
        ):
            return True
        if field in ("any", "source") and needle in str(c.get("source", "")).lower():
            return True
    return False


def summarize(key: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """A search result: what the key is, how many claims, by whom, over which dates."""
    dates = sorted(d for d in (claim_date(c) for c in claims) if d)
    latest = max(claims, key=lambda c: claim_date(c) or "", default=None)
    return {
        "key": key,
        "claims": len(claims),
        "sides": sorted({str(c.get("side", "")) for c in claims} - {""}),
        "sources": sorted({str(c.get("source", "")) for c in claims} - {""}),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "latest_text": str(latest.get("text", "")) if latest else "",
        "figures": sum(1 for c in claims if c.get("low") is not None or c.get("high") is not None),
    }


async def search(
    table: Mapping[str, Any], q: str, field: Field = "any", limit: int = 50
) -> dict[str, Any]:
    """{"results": [summaries, latest first], "scanned": rows, "matched": n}."""
    needle = q.strip().lower()
    keys = list(table.keys())  # a snapshot: the detect agent may add rows while we yield
    found = []
    for i, key in enumerate(keys):
        if i and i % SCAN_CHUNK == 0:
            await asyncio.sleep(0)
        claims = claims_of(table.get(key))
        if claims and row_matches(str(key), claims, needle, field):
            found.append(summarize(str(key), claims))
    found.sort(key=lambda s: (s["last"] or "", s["key"]), reverse=True)
    return {"results": found[:limit], "scanned": len(keys), "matched": len(found)}


def claim_date(c: Mapping[str, Any]) -> str | None:
    """The day a claim was made (as_of), else its article's publication day."""
    value = c.get("as_of") or c.get("published_at")
    return str(value)[:10] if value else None


def figure(c: Mapping[str, Any]) -> float | None:
    """The point value plotted for a claim: the middle of its interval, or its open bound."""
    low, high = c.get("low"), c.get("high")
    if isinstance(low, int | float) and isinstance(high, int | float):
        return (low + high) / 2
    for value in (low, high):
        if isinstance(value, int | float):
            return float(value)
    return None


def timeline(key: str, claims: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Every claim about `key`, oldest first, and its figures as one series per side."""
    ordered = sorted(claims, key=lambda c: (claim_date(c) or "", str(c.get("published_at", ""))))
    series: dict[str, list[dict[str, Any]]] = {}
    units: dict[str, int] = {}
    rows = []
    for c in ordered:
        row = {
            "claim_id": c.get("claim_id"),
            "date": claim_date(c),
            "event_date": c.get("event_date"),
            "as_of": c.get("as_of"),
            "published_at": c.get("published_at"),
            "side": c.get("side", ""),
            "speaker": c.get("speaker", ""),
            "source": c.get("source", ""),
            "article_id": c.get("article_id", ""),
            "kind": c.get("kind", ""),
            "polarity": c.get("polarity", "affirm"),
            "figure_text": c.get("figure_text", ""),
            "low": c.get("low"),
            "high": c.get("high"),
            "unit": c.get("unit", ""),
            "qualifier": c.get("qualifier", ""),
            "text": c.get("text", ""),
            "value": figure(c),
        }
        rows.append(row)
        if row["value"] is not None and row["date"] and row["polarity"] != "negate":
            series.setdefault(str(row["side"]), []).append(
                {k: row[k] for k in ("date", "value", "low", "high", "figure_text", "claim_id")}
            )
            unit = str(row["unit"])
            units[unit] = units.get(unit, 0) + 1
    return {
        "key": key,
        "claims": rows,
        "series": [{"side": side, "points": points} for side, points in sorted(series.items())],
        "unit": max(units, key=lambda u: units[u]) if units else "",
    }


def partition_note(assigned: Iterable[int], total: int | None) -> dict[str, Any]:
    """Which of the claims table's partitions this worker holds."""
    mine = sorted(set(assigned))
    return {
        "assigned": mine,
        "total": total,
        "complete": total is not None and len(mine) == total,
    }
