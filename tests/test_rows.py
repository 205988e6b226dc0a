"""Rows in chunks (streams/rows.py) over a plain dict that records what is written."""

from __future__ import annotations

from typing import Any

from claimwatch.detect import Detector, empty_bucket
from schemas import Claim
from streams.rows import PARTS, ChunkedRows, chunk_key


class Recorded(dict[str, Any]):
    """A dict that lists the keys written and deleted, in order (as a changelog would)."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, str]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.log.append(("del", key))
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        if key in self:
            self.log.append(("del", key))
        return super().pop(key, *default)


def row(n: int, first: int = 0) -> dict[str, Any]:
    bucket = empty_bucket()
    bucket["claims"] = [{"claim_id": f"c{i}", "text": f"claim {i}"} for i in range(first, first + n)]
    return bucket


def test_a_row_reads_back_as_written() -> None:
    rows = ChunkedRows(Recorded(), chunk_claims=4)
    rows["deaths"] = {**row(10), "alerts": {"a1": ["c9", "c9", "c1", "figure_mismatch", 0.9, "x"]}}
    back = rows["deaths"]
    assert [c["claim_id"] for c in back["claims"]] == [f"c{i}" for i in range(10)]
    assert back["alerts"] == {"a1": ["c9", "c9", "c1", "figure_mismatch", 0.9, "x"]}
    assert list(rows) == ["deaths"] and len(rows) == 1 and rows.get("injured") is None


def test_appending_writes_the_head_alone_until_its_tail_fills_a_chunk() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=4)
    rows["deaths"] = row(10)  # chunks 0-3 and 4-7, the tail 8-9 in the head
    assert table.log == [("set", chunk_key("deaths", 0, 0)), ("set", chunk_key("deaths", 0, 1)),
                         ("set", "deaths")]
    table.log.clear()
    grown = rows["deaths"]
    grown["claims"].append({"claim_id": "c10"})
    rows["deaths"] = grown
    assert table.log == [("set", "deaths")]
    table.log.clear()
    grown = rows["deaths"]
    grown["claims"] += [{"claim_id": "c11"}, {"claim_id": "c12"}]  # c8-c11 fill a chunk
    rows["deaths"] = grown
    assert table.log == [("set", chunk_key("deaths", 0, 2)), ("set", "deaths")]
    assert table["deaths"]["tail"] == [{"claim_id": "c12"}]
    assert [c["claim_id"] for c in ChunkedRows(table, chunk_claims=4)["deaths"]["claims"]] == [
        f"c{i}" for i in range(13)
    ]


def test_a_row_that_lost_claims_is_a_new_generation_and_the_old_goes_after_its_head() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=4)
    rows["deaths"] = row(10)
    table.log.clear()
    rows["deaths"] = row(5, first=6)  # expired: c0-c5 dropped
    assert table.log == [
        ("set", chunk_key("deaths", 1, 0)),
        ("set", "deaths"),
        ("del", chunk_key("deaths", 0, 0)),
        ("del", chunk_key("deaths", 0, 1)),
    ]
    assert [c["claim_id"] for c in rows["deaths"]["claims"]] == [f"c{i}" for i in range(6, 11)]
    assert sorted(table) == ["deaths", chunk_key("deaths", 1, 0)]


def test_a_chunk_its_head_does_not_name_is_ignored_and_a_missing_one_ends_the_row() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=4)
    rows["deaths"] = row(6)  # chunk 0: c0-c3; the tail c4-c5
    # as a worker finds the table after a crash between a chunk and its head
    table[chunk_key("deaths", 0, 1)] = [{"claim_id": f"c{i}"} for i in range(4, 8)]
    assert [c["claim_id"] for c in ChunkedRows(table, chunk_claims=4)["deaths"]["claims"]] == [
        f"c{i}" for i in range(6)
    ]  # c6 and c7: replayed
    del table[chunk_key("deaths", 0, 0)]
    assert ChunkedRows(table, chunk_claims=4)["deaths"]["claims"] == []


def test_a_head_without_a_tail_is_read_and_its_next_update_is_a_new_generation() -> None:
    """The form rows had before heads kept a tail: every claim in a chunk, the last partial
    (and a crash could leave it with claims beyond the head's count)."""
    table = Recorded()
    table[chunk_key("deaths", 0, 0)] = [{"claim_id": f"c{i}"} for i in range(4)]
    table[chunk_key("deaths", 0, 1)] = [{"claim_id": f"c{i}"} for i in range(4, 7)]
    table["deaths"] = {"generation": 0, "count": 6, "chunks": 2, "first": "c0", "last": "c5",
                       **{part: empty_bucket()[part] for part in PARTS}}
    rows = ChunkedRows(table, chunk_claims=4)
    old = rows["deaths"]
    assert [c["claim_id"] for c in old["claims"]] == [f"c{i}" for i in range(6)]
    old["claims"].append({"claim_id": "c6"})
    rows["deaths"] = old
    assert sorted(table) == ["deaths", chunk_key("deaths", 1, 0)]
    assert [c["claim_id"] for c in ChunkedRows(table, chunk_claims=4)["deaths"]["claims"]] == [
        f"c{i}" for i in range(7)
    ]


def test_a_row_is_assembled_again_only_when_its_head_changed_or_its_list_was_not_written() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=4)
    rows["deaths"] = row(6)
    first = rows["deaths"]["claims"]
    assert rows["deaths"]["claims"] is first  # the same head: the list assembled before
    first.append({"claim_id": "c6"})  # changed by a reader and not written back
    assert [c["claim_id"] for c in rows["deaths"]["claims"]] == [f"c{i}" for i in range(6)]
    table["deaths"] = dict(table["deaths"], count=5)  # a new head (recovered from the changelog)
    assert len(rows["deaths"]["claims"]) == 5


def test_a_row_in_the_old_form_is_read_and_then_written_in_chunks() -> None:
    table = Recorded()
    table["deaths"] = row(3)
    rows = ChunkedRows(table, chunk_claims=2)
    old = rows["deaths"]
    old["claims"].append({"claim_id": "c3"})
    rows["deaths"] = old
    assert sorted(table) == ["deaths", chunk_key("deaths", 0, 0), chunk_key("deaths", 0, 1)]
    assert table["deaths"]["tail"] == []
    assert [c["claim_id"] for c in rows["deaths"]["claims"]] == ["c0", "c1", "c2", "c3"]


def test_deleting_a_row_deletes_its_chunks() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=2)
    rows["deaths"] = row(3)
    del rows["deaths"]
    assert not table and "deaths" not in rows


def claim(n: int, figure: float, side: str) -> Claim:
    return Claim(
        claim_id=f"a{n}:0", article_id=f"a{n}", source="Wire", published_at="2022-03-02T12:00:00Z",
        speaker=side, side=side, kind="figure", key="deaths", text=f"sentence {n}", measure="deaths",
        low=figure, high=figure, figure_text=str(int(figure)), as_of="2022-03-02",
    )


def test_the_detector_over_chunked_rows_finds_what_it_finds_over_a_dict() -> None:
    claims = [claim(i, 100.0 * (1 + i % 3), ("police", "organisers", "union")[i % 3]) for i in range(30)]
    plain, chunked = Detector({}), Detector(ChunkedRows(Recorded(), chunk_claims=4))
    for c in claims:
        assert [a.to_dict() for a in plain.detect(c)] == [a.to_dict() for a in chunked.detect(c)]
    assert plain.stats.alerts > 0


def test_chunks_a_crash_left_unnamed_go_with_their_generation() -> None:
    table = Recorded()
    rows = ChunkedRows(table, chunk_claims=4)
    rows["deaths"] = row(6)  # chunk 0: c0-c3; the tail c4-c5
    table[chunk_key("deaths", 0, 1)] = [{"claim_id": f"c{i}"} for i in range(4, 8)]  # no head names it
    rows["deaths"] = row(3, first=10)  # claims dropped: a new generation
    assert sorted(table) == ["deaths"]
    table[chunk_key("deaths", 1, 0)] = [{"claim_id": f"c{i}"} for i in range(10, 14)]  # again
    del rows["deaths"]
    assert not table
