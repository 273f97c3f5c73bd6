"""The grammar tries the forms a start word can begin, one compiled regex each, in priority
order: the first form that matches must be the one a single alternation of those forms would
report (same form, same span). Every sentence here is our own wording."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from pressparse.pipeline import model_path
from pressparse.temporal.patterns import Grammar, start_key
from pressparse.temporal.tagger import tagger_for


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return tagger_for(str(model_path() / "pressparse_dates")).grammar


@lru_cache(maxsize=64)
def _alternation(grammar: Grammar, key: str) -> re.Pattern[str] | None:
    """One regex of the forms that can start with ``key``, in priority order."""
    parts = [f"(?P<{name}>{body})" for name, first, body in grammar.forms if key in first]
    return re.compile("|".join(parts)) if parts else None


# (text, start word, the form expected to match there, its matched text)
CASES: list[tuple[str, str, str | None, str | None]] = [
    ("Police seized the boat on 20 May 2023 off the coast.", "20", "dmy", "20 May 2023"),
    ("The course ran from 20-22 May 2023 in Tashkent.", "20", "range_dmy", "20-22 May 2023"),
    ("The course ran from 20 to 22 May in Tashkent.", "20", "range_dmy", "20 to 22 May"),
    ("Customs logged the parcel on 05/07/2019 at the depot.", "05", "numeric", "05/07/2019"),
    ("The case was filed on 2021-03-14 by the prosecutor.", "2021", "iso", "2021-03-14"),
    ("Officers met on Tuesday, March 5, 2019, in Almaty.", "Tuesday", "mdy",
     "Tuesday, March 5, 2019"),
    ("Seizures rose in the first quarter of 2024 across the region.", "the", "quarter",
     "the first quarter of 2024"),
    ("The agency expects more cases in the coming weeks.", "in", "relative",
     "in the coming weeks"),
    ("The raid began at 9:30 a.m. on the pier.", "9", "clock", "9:30 a.m."),
    ("The operation lasted three weeks in total.", "three", "duration", "three weeks"),
    ("Arrests rose between 2019 and 2021 in the province.", "between", "between_year",
     "between 2019 and 2021"),
    ("Trafficking peaked in the 1990s along the route.", "the", "decade", "the 1990s"),
    ("Patrols were stepped up in early March 2022 near the border.", "early", "month_year",
     "early March 2022"),
    ("The report covers the 2015-2016 season of inspections.", "2015", "range_year",
     "2015-2016"),
    ("Officers found 20 bags, each weighing 1 kg, in the hold.", "20", None, None),
    ("The ministry said the figures were final.", "the", None, None),
]


@pytest.mark.parametrize(("text", "word", "form", "matched"), CASES)
def test_first_matching_form_is_the_alternations_choice(
        grammar: Grammar, text: str, word: str, form: str | None, matched: str | None) -> None:
    start = re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text)
    assert start is not None
    key = start_key(word)
    match = grammar.match(key, text, start.start())
    combined = _alternation(grammar, key)
    reference = combined.match(text, start.start()) if combined is not None else None
    assert (match is None) == (reference is None)
    if match is not None and reference is not None:
        assert (match.lastgroup, match.span()) == (reference.lastgroup, reference.span())
        assert match.groupdict() == {name: value for name, value in reference.groupdict().items()
                                     if name in match.groupdict()}
    assert (match.lastgroup if match else None) == form
    assert (match.group() if match else None) == matched


@pytest.mark.parametrize("key", ["#day", "#year", "the", "may", "monday", "early", "between",
                                 "in", "a", "'"])
def test_every_form_of_a_start_word_is_compiled_once_on_its_first_use(
        grammar: Grammar, key: str) -> None:
    names = [name for name, first, _body in grammar.forms if key in first]
    matchers = grammar.matchers(key)
    assert names and set(names) <= set(grammar.regexes)
    assert list(matchers) == [grammar.regexes[name].match for name in names]
    assert grammar.matchers(key) is matchers  # (built once per word)


def test_the_forms_of_a_start_word_are_tried_in_priority_order(grammar: Grammar) -> None:
    text = "The course ran from 20-22 May 2023 in Tashkent."
    start = text.index("20")
    match = grammar.matcher("#day")(text, start)
    assert match is not None and match.lastgroup == "range_dmy"
    assert grammar.matcher("police") is None
