"""The claims table's rows, kept in chunks so that adding a claim writes one record, not the row.

A row (the earlier claims of one key, with the alerts they raised) can hold hundreds of
claims. Written as one record, every update of a busy key would put the whole row on the
changelog again: half a megabyte per batch for a full row. Here a row is a head record under
its key (how many claims, the alerts, the restatements, and its last claims, fewer than
`CHUNK_CLAIMS`: the tail) and its earlier claims in full chunks of `CHUNK_CLAIMS`, each under
its own key (`chunk_key`). The detector only ever appends claims to a row, so an update
writes the head alone, and once in `CHUNK_CLAIMS` claims the chunk the tail filled before
it: one changelog record per row and batch, where a head and a chunk were two.

A row that lost claims (expiry, the size cap) is written whole as a new generation; the old
generation's chunks are deleted after the new head, so until the new head is on the
changelog the old row is whole. A head is always written after its chunks, on the same
partition (the producer keeps a partition's records in order), so after a crash a head names
only chunks that are there; a chunk written just before a crash that its head never named is
written again when its claims are replayed from the claims topic (agents/detect.py).

Older forms are still read: the whole row as one record under its key, and a head without
a tail whose claims are all in chunks (the last one partial; claims in it beyond the head's
count are cut off). The next update of such a row writes it whole as a new generation.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from typing import Any

CHUNK_CLAIMS = 50
SEP = "\x1f"  # in no claim key: keys are made of words (claimwatch/extract.py)
CACHED_ROWS = 4096  # as many as the detector keeps indexes of (claimwatch/detect.py)
PARTS = ("origin", "alerts", "pairs", "groups")  # a row's parts other than its claims

Row = dict[str, Any]  # a claimwatch.detect bucket


def chunk_key(key: str, generation: int, index: int) -> str:
    return f"{key}{SEP}{generation}{SEP}{index}"


class ChunkedRows(MutableMapping[str, Row]):
    """Rows over a table of head and chunk records; its keys are the rows' keys.

    A row read is assembled from its chunks once and kept (for the `cached_rows` rows read
    or written last): while the table holds the same head object and the list still has the
    head's count of claims, the next read returns that list, not a new one made of every
    chunk. The detector appends to it in place and writes it back. A store that decodes each
    read (rocksdb) never holds the same head twice, so its rows are always assembled afresh.
    """

    def __init__(
        self,
        table: MutableMapping[Any, Any],
        chunk_claims: int = CHUNK_CLAIMS,
        cached_rows: int = CACHED_ROWS,
    ) -> None:
        self.table = table
        self.chunk_claims = chunk_claims
        self._assembled: OrderedDict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = OrderedDict()
        self._cached_rows = cached_rows

    def __getitem__(self, key: str) -> Row:
        head = self.table.get(key)
        if not isinstance(head, dict):
            raise KeyError(key)
        if "claims" in head:  # the old form: the whole row
            return _row(list(head["claims"]), head)
        cached = self._assembled.get(key)
        if cached is not None and cached[0] is head and len(cached[1]) == head["count"]:
            self._assembled.move_to_end(key)
            return _row(cached[1], head)
        claims: list[dict[str, Any]] = []
        for index in range(head["chunks"]):
            chunk = self.table.get(chunk_key(key, head["generation"], index))
            if not isinstance(chunk, list):
                break  # never reached the changelog: the row ends before it (module doc)
            claims.extend(chunk)
        else:  # every chunk is there: the tail follows them
            claims.extend(head.get("tail", ()))
        del claims[head["count"] :]
        self._remember(key, head, claims)
        return _row(claims, head)

    def __setitem__(self, key: str, row: Row) -> None:
        claims: list[dict[str, Any]] = row["claims"]
        head = self.table.get(key)
        previous = head if isinstance(head, dict) and "tail" in head else None
        stale: list[str] = []  # the chunks of a generation this write replaces
        if previous is not None and _appended_to(previous, claims):
            generation, chunks = previous["generation"], previous["chunks"]
            chunked = previous["count"] - len(previous["tail"])  # claims in its chunks
        else:  # new, in an older form, or replaced (claims dropped): a new generation, whole
            generation, chunks, chunked = 0, 0, 0
            if isinstance(head, dict) and "generation" in head:
                generation = head["generation"] + 1
                stale = self._chunks_of(key, head)
        size = self.chunk_claims
        while len(claims) - chunked >= size:  # the tail filled a chunk: it gets its own record
            self.table[chunk_key(key, generation, chunks)] = claims[chunked : chunked + size]
            chunks, chunked = chunks + 1, chunked + size
        head = {
            "generation": generation,
            "count": len(claims),
            "chunks": chunks,
            "tail": claims[chunked:],
            "first": _id(claims[0]) if claims else "",
            "last": _id(claims[-1]) if claims else "",
            **{part: row[part] for part in PARTS},
        }
        self.table[key] = head
        self._remember(key, head, claims)
        for old in stale:  # only now: until the new head is written, the old chunks are the row
            self.table.pop(old, None)

    def _remember(self, key: str, head: dict[str, Any], claims: list[dict[str, Any]]) -> None:
        self._assembled[key] = (head, claims)
        self._assembled.move_to_end(key)
        if len(self._assembled) > self._cached_rows:
            self._assembled.popitem(last=False)

    def __delitem__(self, key: str) -> None:
        self._assembled.pop(key, None)
        head = self.table.get(key)
        if not isinstance(head, dict):
            raise KeyError(key)
        del self.table[key]
        if "generation" in head:
            for chunk in self._chunks_of(key, head):
                self.table.pop(chunk, None)

    def _chunks_of(self, key: str, head: dict[str, Any]) -> list[str]:
        """The keys of the chunks of `head`'s generation: those it names, and any written
        after them that a crash kept it from naming (chunks are written in order, so those
        follow on), which would otherwise stay in the compacted changelog for good."""
        generation, count = head["generation"], head["chunks"]
        keys = [chunk_key(key, generation, index) for index in range(count)]
        while chunk_key(key, generation, count) in self.table:
            keys.append(chunk_key(key, generation, count))
            count += 1
        return keys

    def __iter__(self) -> Iterator[str]:
        return (key for key in list(self.table.keys()) if isinstance(key, str) and SEP not in key)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _row(claims: list[dict[str, Any]], head: dict[str, Any]) -> Row:
    """The row of `claims` with the other parts its head keeps."""
    return {"claims": claims, **{part: head[part] for part in PARTS}}


def _appended_to(head: dict[str, Any], claims: list[dict[str, Any]]) -> bool:
    """Whether `claims` are the row `head` describes with claims appended (the detector
    appends, or drops claims and keeps the order of the rest)."""
    count = head["count"]
    if len(claims) < count:
        return False
    return count == 0 or (_id(claims[0]) == head["first"] and _id(claims[count - 1]) == head["last"])


def _id(claim: dict[str, Any]) -> str:
    return str(claim.get("claim_id", ""))
