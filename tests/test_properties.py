"""Properties: no text, however strange, makes cleaning or extraction raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch.clean import clean_article, clean_text
from claimwatch.detect import Detector
from claimwatch.extract import ClaimExtractor
from claimwatch.figures import APPROX, APPROX_POINTS, parse_number, qualifier_before, qualify
from schemas import Article, InvalidMessage, parse_article

EXTRACTOR = ClaimExtractor()

newsy = st.lists(
    st.sampled_from(
        [
            "Police said",
            "14",
            "about",
            "more than",
            "4,300",
            "Russian",
            "soldiers",
            "were killed",
            "on Sunday",
            "since Thursday",
            "denied",
            "no",
            "not",
            "tear gas",
            "%",
            "tens of thousands of",
            "people",
            "marched",
            ".",
            ",",
            '"',
            "according to",
            "the ministry",
            "Kyiv",
            "2.1%",
            "between",
            "and",
            "twelve",
            "million",
            "\n",
            "Read more",
            "Please enter your comment!",
        ]
    ),
    max_size=40,
).map(" ".join)
text = st.one_of(st.text(max_size=400), newsy)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=text, title=st.text(max_size=60))
def test_extraction_never_raises(body, title):
    article = Article("p1", "Prop Wire", "2024-05-01T10:00:00Z", title, body or "x")
    claims = EXTRACTOR.extract(clean_article(article))
    detector = Detector({})
    for c in claims:
        assert c.text and c.key and c.article_id == "p1"
        detector.detect(c)


@settings(max_examples=300, deadline=None)
@given(body=text)
def test_cleaning_never_raises(body):
    for seg in clean_text(body):
        assert seg.text == seg.text.strip() and seg.text


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_validation_only_raises_invalid_message(raw):
    try:
        parse_article(raw)
    except InvalidMessage as exc:
        assert exc.reason and "\n" not in exc.reason


@given(words=st.lists(st.text(max_size=12), max_size=4))
def test_number_parsing_never_raises(words):
    parse_number(words)
    qualifier_before(" ".join(words))


@given(st.floats(min_value=0.1, max_value=100.0))
def test_an_approximate_percentage_is_off_by_a_few_points_at_most(value: float) -> None:
    low, high = qualify(value, "about", "%")
    assert low is not None and high is not None
    assert low <= value <= high
    assert high - value <= min(APPROX * value, APPROX_POINTS) + 1e-9
    nearly_low, nearly_high = qualify(value, "nearly", "%")
    assert nearly_low is not None and nearly_high == value and value - nearly_low <= value - low + 1e-9
    # counts keep their tenth either way: "about 55 people" may be 50 or 60
    assert qualify(value, "about") == (value * (1 - APPROX), value * (1 + APPROX))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=20))
def test_a_place_is_spelled_alike_with_itself_and_with_y_for_i(name: str) -> None:
    from claimwatch.gazetteer import spelled_alike

    assert spelled_alike(name) == spelled_alike(name)
    swapped = name[0] + name[1:].replace("i", "y")
    assert spelled_alike(swapped) == spelled_alike(name) or spelled_alike(name) == name
