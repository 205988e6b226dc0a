"""The model's attribute ruler, matched through an index instead of spaCy's Matcher.

en_core_web_sm maps tags to POS, morphology and a few lemmas with an `attribute_ruler` of
about 180 one- and two-token patterns. spaCy runs them through its general Matcher, which
tries every pattern at every token: about a tenth of the model's time on our articles. Nearly
every pattern names an exact TAG or LOWER, so indexing the patterns by those values leaves a
handful to test per token. The matches found are the same (tests/test_attribute_rules.py
checks them against the Matcher's on real articles) and are applied by the ruler's own
`set_annotations`, so the annotations are the same too.

A pattern this index cannot read (an operator other than IN, NOT_IN or REGEX, a quantifier,
an attribute not in COLUMNS) leaves the ruler on the Matcher.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import intify_attr
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

FACTORY = "claimwatch_attribute_ruler"

# The Matcher attributes the index reads, all as `Doc.to_array` gives them: string hashes
# (0 for an empty value), or 0/1 for IS_SPACE.
COLUMNS = ("TAG", "LOWER", "DEP", "ORTH", "NORM", "LEMMA", "IS_SPACE")
STRING_COLUMNS = frozenset(COLUMNS) - {"IS_SPACE"}
TAG, LOWER = COLUMNS.index("TAG"), COLUMNS.index("LOWER")

Values = list[int]  # one token's COLUMNS
TokenTest = Callable[[Values], bool]
# (attr_id, match_id, one test per token): attr_id orders matches as the ruler sorts them.
_Entry = tuple[int, int, list[TokenTest]]


class Unsupported(ValueError):
    """A pattern the index cannot read; the Matcher handles the ruler then."""


class PatternIndex:
    """The ruler's patterns filed by the exact TAG or LOWER value of their first token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.by_tag: dict[int, list[_Entry]] = {}
        self.by_lower: dict[int, list[_Entry]] = {}
        self.unindexed: list[_Entry] = []
        self.array_attrs = [intify_attr(name) for name in COLUMNS]
        for i, rule in enumerate(ruler.patterns):
            key = str(i)  # the ruler's own match key for its i-th rule (AttributeRuler.add)
            patterns = cast(list[list[dict[str, Any]]], rule["patterns"])
            for pattern in patterns:
                entry: _Entry = (i, self.strings.add(key), [self._token_test(s) for s in pattern])
                self._file(entry, pattern[0])

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(attr_id, match_id, start, end) of every match, sorted as the ruler sorts them."""
        rows: list[Values] = doc.to_array(self.array_attrs).tolist() if len(doc) else []
        found = []
        by_tag, by_lower, unindexed = self.by_tag, self.by_lower, self.unindexed
        n = len(rows)
        for start, values in enumerate(rows):
            for entries in (by_tag.get(values[TAG]), by_lower.get(values[LOWER]), unindexed):
                if not entries:
                    continue
                for attr_id, match_id, tests in entries:
                    if not tests[0](values):
                        continue
                    end = start + len(tests)
                    if end > n or not all(
                        test(rows[start + k]) for k, test in enumerate(tests[1:], 1)
                    ):
                        continue
                    found.append((attr_id, match_id, start, end))
        # Two alternatives of one rule can match the same tokens; the Matcher reports the
        # span once.
        return sorted(set(found))

    def _file(self, entry: _Entry, first: dict[str, Any]) -> None:
        for attr, index in (("TAG", self.by_tag), ("LOWER", self.by_lower)):
            spec = first.get(attr)
            if isinstance(spec, dict) and set(spec) == {"IN"}:
                values = spec["IN"]
            elif isinstance(spec, str):
                values = [spec]
            else:
                continue
            for value in values:
                index.setdefault(self.strings.add(value), []).append(entry)
            return
        self.unindexed.append(entry)

    def _token_test(self, spec: dict[str, Any]) -> TokenTest:
        if "OP" in spec:
            raise Unsupported("quantifier")
        tests = [self._value_test(attr, value) for attr, value in spec.items()]
        if len(tests) == 1:
            return tests[0]
        if len(tests) == 2:
            first, second = tests
            return lambda v: first(v) and second(v)
        return lambda v: all(test(v) for test in tests)

    def _value_test(self, attr: str, spec: Any) -> TokenTest:
        if attr not in COLUMNS:
            raise Unsupported(f"attribute {attr}")
        col = COLUMNS.index(attr)
        code = self.strings.add if attr in STRING_COLUMNS else int
        if not isinstance(spec, dict):
            wanted = code(spec)
            return lambda v: v[col] == wanted
        if len(spec) != 1:
            raise Unsupported(f"{attr}: {spec}")
        ((op, arg),) = spec.items()
        if op == "IN":
            allowed = frozenset(code(a) for a in arg)
            return lambda v: v[col] in allowed
        if op == "NOT_IN":
            refused = frozenset(code(a) for a in arg)
            return lambda v: v[col] not in refused
        if op == "REGEX" and attr in STRING_COLUMNS:
            search, strings = re.compile(arg).search, self.strings
            return lambda v: search(strings[v[col]]) is not None
        raise Unsupported(f"{attr}: {op}")


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose `match` goes through a PatternIndex (same matches); rules
    added later re-file the index, and a rule it cannot read leaves matching to the Matcher."""

    _index: PatternIndex | None = None
    _filed_rules = -1  # how many rules `_index` was built for (None: they cannot be indexed)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = self._current_index()
        return list(super().match(doc)) if index is None else index.matches(doc)

    def _current_index(self) -> PatternIndex | None:
        if self._filed_rules != len(self.attrs):
            self._index = None
            with contextlib.suppress(Unsupported):
                self._index = PatternIndex(self)
            self._filed_rules = len(self.attrs)
        return self._index

    def indexed(self) -> bool:
        return self._current_index() is not None


@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace `nlp`'s attribute ruler with an indexed one holding the same patterns.

    Returns False (nlp unchanged) if there is no such ruler or a pattern cannot be indexed.
    """
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if not isinstance(stock, AttributeRuler) or isinstance(stock, IndexedAttributeRuler):
        return False
    try:
        PatternIndex(stock)
    except Unsupported:
        return False
    patterns = stock.patterns
    indexed = nlp.replace_pipe(name, FACTORY)  # same place and name in the pipeline
    assert isinstance(indexed, IndexedAttributeRuler)
    indexed.add_patterns(patterns)
    return indexed.indexed()
