"""The indexed attribute ruler finds exactly the Matcher's matches, so the annotations match."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import orjson
import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from claimwatch.attribute_rules import IndexedAttributeRuler, index_attribute_ruler
from claimwatch.nlp import MODEL, load_nlp

SHARED = Path(__file__).resolve().parents[2] / "shared"
BEFORE_RULER = ["attribute_ruler", "lemmatizer", "ner"]


def corpus() -> list[str]:
    texts = [(SHARED / "wire/seed-article.txt").read_text()]
    for line in (SHARED / "wire/dev-articles.jsonl").read_text().splitlines():
        article = orjson.loads(line)
        texts.append(f"{article.get('title', '')}\n\n{article.get('body', '')}")
    # Shapes the wire may lack: contractions, spaces, "gonna", "y'all", odd quotes.
    texts.append("I ain't gonna say it.  Y'all don't know.\n\nLet's go — it's there, isn't it?")
    return texts


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(MODEL)


def test_the_worker_model_uses_the_index() -> None:
    ruler = load_nlp().get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler) and ruler.indexed()


def test_same_matches_as_the_matcher(stock: Language) -> None:
    texts = corpus()
    indexed = load_nlp()
    ruler = cast(IndexedAttributeRuler, indexed.get_pipe("attribute_ruler"))
    with stock.select_pipes(disable=BEFORE_RULER):
        stock_ruler = cast(AttributeRuler, stock.get_pipe("attribute_ruler"))
        expected = [stock_ruler.match(doc) for doc in stock.pipe(texts)]
    with indexed.select_pipes(disable=BEFORE_RULER):
        got = [ruler.match(doc) for doc in indexed.pipe(texts)]
    assert got == expected
    assert len({m[0] for matches in got for m in matches}) > 40  # many rules are exercised


def test_same_annotations(stock: Language) -> None:
    texts = corpus()[:40]

    def annotations(nlp: Language) -> list[tuple[str, ...]]:
        return [
            (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_)
            for doc in nlp.pipe(texts)
            for t in doc
        ]

    assert annotations(load_nlp()) == annotations(stock)


def test_a_rule_the_index_cannot_read_leaves_the_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "why"})
    assert not index_attribute_ruler(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler  # unchanged


def test_rules_added_later_are_indexed_too() -> None:
    nlp = spacy.blank("en")
    cast(AttributeRuler, nlp.add_pipe("attribute_ruler")).add([[{"LOWER": "cats"}]], {"LEMMA": "cat"})
    assert index_attribute_ruler(nlp)
    ruler = cast(IndexedAttributeRuler, nlp.get_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": "dogs"}]], {"LEMMA": "dog"})
    assert [t.lemma_ for t in nlp("cats and dogs")] == ["cat", "", "dog"]
    ruler.add([[{"LOWER": "and", "OP": "?"}]], {"LEMMA": "&"})  # unindexable: Matcher
    assert not ruler.indexed()
    assert [t.lemma_ for t in nlp("cats and dogs")] == ["cat", "&", "dog"]
