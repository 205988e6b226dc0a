"""Bad input, and what the worker must make of every message.

`bad_messages()` is a corpus of things a news feed really sends besides articles: broken
JSON, a missing or wrong-typed field, an empty body, an empty message and a tombstone, a
message over the size limit, binary bytes, HTML pages, articles in other languages, and
copies of articles already sent (the same id again).

`expected_outcomes()` says, for a sequence of input messages in topic order, what the clean
agent must do with each: process it, dead-letter it with a reason, or skip it with a reason.
It applies the same functions as the worker (schemas.validate, claimwatch.clean,
agents.screen), so the fault harness and the bad-input test can check every offset.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from agents.screen import foreign_language
from claimwatch.clean import clean_article
from schemas import Article, InvalidMessage, parse_article

PROCESSED = "processed"
DEADLETTER = "deadletter"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Message:
    """One input message: its key and value as produced, and what it is (for reports)."""

    key: bytes | None
    value: bytes | None
    label: str


@dataclass(frozen=True)
class Outcome:
    kind: str  # PROCESSED, DEADLETTER or SKIPPED
    reason: str = ""  # the dead letter's reason; ending in "…": a prefix of it
    article: Article | None = None  # the valid article, when processed

    def matches(self, reason: str) -> bool:
        if self.reason.endswith("…"):
            return reason.startswith(self.reason[:-1])
        return reason == self.reason


def article_message(article: dict[str, Any], label: str = "article") -> Message:
    return Message(str(article.get("id", "")).encode() or None, orjson.dumps(article), label)


def expected_outcomes(messages: Iterable[Message], max_bytes: int) -> list[Outcome]:
    """What the clean agent does with each message, in order (messages of one partition).

    A message read again after a crash is the same message (same offset), so it has one
    outcome here whatever the number of times the worker reads it.
    """
    accepted: set[str] = set()
    out: list[Outcome] = []
    for message in messages:
        try:
            article = parse_article(message.value or b"", max_bytes=max_bytes)
        except InvalidMessage as exc:
            out.append(Outcome(DEADLETTER, exc.reason))
            continue
        if article.id in accepted:
            out.append(Outcome(SKIPPED, "skipped: duplicate article id"))
            continue
        try:
            foreign = foreign_language(clean_article(article))
        except Exception as exc:
            out.append(Outcome(DEADLETTER, f"clean failed: {type(exc).__name__}…"))
            continue
        if foreign is not None:
            out.append(Outcome(SKIPPED, f"skipped: language {foreign[0]}"))
            continue
        accepted.add(article.id)
        out.append(Outcome(PROCESSED, article=article))
    return out


# --- the corpus ---------------------------------------------------------------------------

FOREIGN = (
    (
        "de",
        "Ukraine meldet hohe russische Verluste",
        "Der ukrainische Generalstab teilte am Mittwoch mit, dass seit Beginn der Invasion "
        "mehr als 5.800 russische Soldaten getötet worden seien. Die Angaben ließen sich nicht "
        "unabhängig überprüfen.\n\nDas russische Verteidigungsministerium hatte zuvor von 498 "
        "getöteten Soldaten gesprochen. Beide Seiten machen nur selten Angaben zu den eigenen "
        "Verlusten.",
    ),
    (
        "fr",
        "Des dizaines de milliers de manifestants à Lyon",
        "Les organisateurs ont affirmé que 120 000 personnes avaient défilé samedi dans les "
        "rues de Lyon contre la réforme des retraites. La police a compté environ 18 000 "
        "manifestants.\n\nLe cortège s'est dispersé dans le calme en fin d'après-midi, selon "
        "la préfecture, qui n'a signalé aucun incident majeur.",
    ),
    (
        "es",
        "La empresa niega los despidos en su planta de Valencia",
        "La compañía negó el martes que tuviera previsto recortar 2.000 empleos en su planta "
        "de Valencia. \"No hay ningún plan de despidos\", dijo una portavoz.\n\nLos sindicatos "
        "convocaron una reunión urgente con la dirección para la próxima semana y pidieron "
        "garantías por escrito sobre el futuro de la fábrica.",
    ),
    (
        "uk",
        "Генштаб оновив дані про втрати ворога",
        "Генеральний штаб Збройних сил України повідомив у середу, що з початку повномасштабного "
        "вторгнення загинули понад 5800 російських військових.\n\nЦі дані неможливо незалежно "
        "перевірити. Міністерство оборони Росії раніше заявляло про 498 загиблих.",
    ),
)

HTML_PAGES = (
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found"
    b"</h1><p>The requested URL was not found on this server.</p></body></html>",
    b"<html>\n<head><meta charset=\"utf-8\"><title>Floods kill 14</title></head>\n<body>"
    b"<article><h1>Floods kill 14</h1><p>Officials said 14 people died.</p></article>"
    b"</body></html>",
)


def bad_messages(
    rng: random.Random, articles: list[dict[str, Any]], max_bytes: int, tag: str = "bad"
) -> list[tuple[int, Message]]:
    """(position, message) pairs: insert each message before articles[position].

    Copies of articles (the same id again) are placed after the article they copy. `tag`
    prefixes the ids this corpus makes up, so several runs can share a broker.
    """
    n = len(articles)
    template = articles[rng.randrange(n)]

    def pos(after: int = 0) -> int:
        return rng.randint(min(after, n), n)

    def made_up(label: str, **fields: Any) -> dict[str, Any]:
        return {**template, "id": f"{tag}-{label}", **fields}

    out: list[tuple[int, Message]] = []

    def add(label: str, key: bytes | None, value: bytes | None, after: int = 0) -> None:
        out.append((pos(after), Message(key, value, label)))

    add("invalid-json", b"bad-json", b'{"id": "' + tag.encode() + b'-json", "title": "Oops", ')
    add("not-an-object", None, b'["id", "source", "published_at", "title", "body"]')
    missing = made_up("missing-source")
    del missing["source"]
    add("missing-field", missing["id"].encode(), orjson.dumps(missing))
    wrong = made_up("wrong-type", published_at=20220302)
    add("wrong-type", wrong["id"].encode(), orjson.dumps(wrong))
    add("id-not-a-string", None, orjson.dumps({**template, "id": 12345}))
    add("bad-date", None, orjson.dumps(made_up("bad-date", published_at="yesterday")))
    add("empty-body", None, orjson.dumps(made_up("empty-body", body="  \n ")))
    add("empty-message", b"empty", b"")
    add("tombstone", b"tombstone", None)
    big = made_up("oversize", body="The figure was not given. " * (max_bytes // 26 + 100))
    add("oversize", big["id"].encode(), orjson.dumps(big))
    noise = bytes(rng.randrange(256) for _ in range(rng.randint(64, 512)))
    add("binary", None, b"\x89PNG\r\n\x1a\n\xff\xfe" + noise)
    for i, page in enumerate(HTML_PAGES):
        add(f"html-{i}", None, page)
    for lang, title, body in FOREIGN:
        foreign = made_up(f"lang-{lang}", title=title, body=body)
        add(f"language-{lang}", foreign["id"].encode(), orjson.dumps(foreign))
    for i in rng.sample(range(n), min(3, n)):
        original = articles[i]
        # The same article sent twice (a feed retrying), and the same id with other content.
        copy = original if len(out) % 2 else {**original, "title": original["title"] + " (updated)"}
        add("duplicate-id", original["id"].encode(), orjson.dumps(copy), after=i + 1)
    return out


def interleave(
    articles: list[dict[str, Any]], inserts: list[tuple[int, Message]]
) -> list[Message]:
    """The articles in order, with each inserted message before articles[position]."""
    by_pos: dict[int, list[Message]] = {}
    for position, message in inserts:
        by_pos.setdefault(position, []).append(message)
    out: list[Message] = []
    for i, article in enumerate(articles):
        out += by_pos.get(i, [])
        out.append(article_message(article))
    out += by_pos.get(len(articles), [])
    return out
