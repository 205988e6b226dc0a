"""The JSON Schemas in schemas/ describe exactly the dataclasses in schemas/records.py.

jsonschema is not a dependency, so the checks are structural: same field names, the required
ones are the fields without defaults, compatible JSON types, and real messages (to_dict ->
orjson) conform to a small validator for the subset of JSON Schema the files use.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

import orjson
import pytest

from schemas import records
from schemas.records import Alert, Article, Claim, CleanArticle, DeadLetter, Segment

SCHEMA_DIR = Path(records.__file__).parent
DRAFT = "https://json-schema.org/draft/2020-12/schema"

RECORDS = {
    "article": Article,
    "clean_article": CleanArticle,
    "claim": Claim,
    "alert": Alert,
    "deadletter": DeadLetter,
}


def load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def json_types(annotation: Any) -> set[str]:
    """The JSON types a value of this Python annotation serialises to (through orjson)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(json_types(a) for a in typing.get_args(annotation)))
    if origin is Literal:
        return {"enum"}
    if annotation is type(None):
        return {"null"}
    if annotation is str:
        return {"string"}
    if annotation is bool:
        return {"boolean"}
    if annotation is int:
        return {"integer"}
    if annotation is float:
        return {"number"}
    if origin in (tuple, list) or annotation in (tuple, list):
        return {"array"}
    if origin is dict or annotation is dict:
        return {"object"}
    if dataclasses.is_dataclass(annotation):
        return {"object"}
    raise AssertionError(f"no JSON type for {annotation!r}")


def schema_types(prop: dict[str, Any], schema: dict[str, Any]) -> set[str | None]:
    if "$ref" in prop:
        return {"object"}
    if "enum" in prop:
        return {"enum", "null"} if None in prop["enum"] else {"enum"}
    declared = prop.get("type")
    return set(declared) if isinstance(declared, list) else {declared}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_schema_header(name: str) -> None:
    schema = load(name)
    assert schema["$schema"] == DRAFT
    assert schema["$id"].endswith(f"/{name}.schema.json")
    assert schema["type"] == "object"
    assert schema["title"] == RECORDS[name].__name__


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_fields_match_dataclass(name: str) -> None:
    cls = RECORDS[name]
    schema = load(name)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    assert set(schema["properties"]) == set(fields), "schema properties != dataclass fields"
    required = {
        n
        for n, f in fields.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert set(schema["required"]) == required


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_field_types_match(name: str) -> None:
    cls = RECORDS[name]
    schema = load(name)
    hints = typing.get_type_hints(cls, vars(records))
    for field in dataclasses.fields(cls):
        prop = schema["properties"][field.name]
        expected = json_types(hints[field.name])
        if "number" in expected:
            expected |= {"integer"}  # a JSON number may be written without a fraction
        got = schema_types(prop, schema)
        assert got <= expected, f"{name}.{field.name}: schema {got}, dataclass {expected}"
        literal = typing.get_origin(hints[field.name]) is Literal
        if literal:
            assert set(prop["enum"]) == set(typing.get_args(hints[field.name])), field.name


# --- round trip and conformance ---------------------------------------------------------------


def conforms(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> list[str]:
    """Errors of `value` against the JSON Schema subset our files use ([] if it conforms)."""
    if "$ref" in schema:
        ref = schema["$ref"]
        target = (
            root["$defs"][ref.rsplit("/", 1)[1]]
            if ref.startswith("#")
            else load(ref.removesuffix(".schema.json"))
        )
        return conforms(value, target, root if ref.startswith("#") else target)
    errors: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{value!r} not in {schema['enum']}")
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        kinds = {
            "string": isinstance(value, str),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
            "boolean": isinstance(value, bool),
            "null": value is None,
            "array": isinstance(value, list),
            "object": isinstance(value, dict),
        }
        if not any(kinds[t] for t in allowed):
            errors.append(f"{value!r} is not {allowed}")
    if isinstance(value, dict):
        errors += [f"missing {k}" for k in schema.get("required", ()) if k not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors += [f"{key}: {e}" for e in conforms(value[key], sub, root)]
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += [f"[{i}]: {e}" for e in conforms(item, schema["items"], root)]
    return errors


ARTICLE = Article(
    id="a1",
    source="Kestria Herald",
    published_at="2025-03-03T18:00:00Z",
    title="Floods kill 14",
    body="Officials said 14 people died.",
    url="https://example.org/a1",
)
CLEAN = CleanArticle(
    id="a1",
    source="Kestria Herald",
    published_at="2025-03-03T18:00:00Z",
    title="Floods kill 14",
    segments=(  # every kind of segment a cleaned article carries
        Segment("headline", "Floods kill 14"),
        Segment("dateline", "Port Aldren"),
        Segment("paragraph", "Officials said..."),
    ),
)
CLAIM = Claim(
    claim_id="a1:0",
    article_id="a1",
    source="Kestria Herald",
    published_at="2025-03-03T18:00:00Z",
    speaker="Officials in Port Aldren",
    side="officials",
    kind="figure",
    key="deaths",
    text="Officials said 14 people died.",
    measure="killed",
    low=14.0,
    high=14.0,
    figure_text="14",
    places=("Port Aldren",),
    event_date="2025-03-03",
)
OTHER = dataclasses.replace(CLAIM, claim_id="a2:0", article_id="a2", low=31.0, high=31.0)
ALERT = Alert(
    alert_id="abc",
    kind="figure_mismatch",
    confidence=0.9,
    explanation="31 vs 14",
    claim=OTHER,
    conflicts_with=CLAIM,
    detected_at="2025-03-04T09:30:00Z",
)
DEAD = DeadLetter(
    reason="invalid JSON: unexpected end of data",
    stage="clean",
    payload='{"id": "x',
    topic="claimwatch.articles",
    partition=2,
    offset=7,
    size=9,
    details={"note": "example"},
)


class Record(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


EXAMPLES: dict[str, tuple[Record, Callable[[dict[str, Any]], object]]] = {
    "article": (ARTICLE, Article.from_dict),
    "clean_article": (CLEAN, CleanArticle.from_dict),
    "claim": (CLAIM, Claim.from_dict),
    "alert": (ALERT, Alert.from_dict),
    "deadletter": (DEAD, lambda d: DeadLetter(**d)),
}


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_round_trip_through_orjson(name: str) -> None:
    record, from_dict = EXAMPLES[name]
    wire = orjson.loads(orjson.dumps(record.to_dict()))
    assert from_dict(wire) == record


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_messages_conform_to_schema(name: str) -> None:
    record, _ = EXAMPLES[name]
    schema = load(name)
    assert conforms(orjson.loads(orjson.dumps(record.to_dict())), schema, schema) == []


def test_validator_catches_mismatches() -> None:
    schema = load("claim")
    bad = {**CLAIM.to_dict(), "kind": "rumour", "low": "fourteen"}
    del bad["key"]
    errors = conforms(bad, schema, schema)
    assert any("missing key" in e for e in errors)
    assert any(e.startswith("kind:") for e in errors)
    assert any(e.startswith("low:") for e in errors)


def test_schemas_ship_with_the_package() -> None:
    # pyproject's package-data includes schemas/*.json; every record has its file.
    assert {p.name for p in SCHEMA_DIR.glob("*.schema.json")} >= {f"{n}.schema.json" for n in RECORDS}
