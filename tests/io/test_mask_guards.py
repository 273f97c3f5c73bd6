"""The cheap pre-tests before the noise regexes say what the regexes say: a guard's literal
openings never skip a text its regex finds, and a whole-line scan from the line breaks finds
what ``^`` tried at every character finds."""

from __future__ import annotations

import pytest

from pressparse.io.mask import _guard, load_rules

TEXTS = [
    "",
    "Followers",
    "Police seized 40 kg.\n1,204 Following\nPosts    Replies",
    "See https://example.org and www.example.org/news",
    "No address here: only a colon: and w w w.",
    "All comments\nLike · Comment · Share",
    "Related news\n- Customs seize heroin",
    "Officers seized 12 kg of cocaine.\n\nUpdated June 18, 2025",
    "Updated June 18, 2025\nOfficers seized 12 kg of cocaine.",
]


@pytest.mark.parametrize(("pattern", "openings"), [
    (r"://|www\.", ("://", "www.")),
    (r"ab(?:cd|ef)x|(?:gh|ij)", ("abcd", "abef", "gh", "ij")),
    (r"#", ()),  # a single literal: the regex engine scans for it already
    (r"\[(?:a|b)|\(x", ()),  # one-letter openings test nothing
    (r"(?i)abc|def", ()),  # case-blind: no literal test
])
def test_literal_openings(pattern: str, openings: tuple[str, ...]) -> None:
    assert _guard(pattern).openings == tuple(sorted(openings))


@pytest.mark.parametrize("text", TEXTS)
def test_guards_find_what_their_regexes_find(text: str) -> None:
    for guard, _pattern in load_rules().inline:
        if guard is not None:
            assert guard.found_in(text) is (guard.regex.search(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_line_scans_find_what_their_line_patterns_find(text: str) -> None:
    rules = load_rules()
    for scan in (rules.heading_line, rules.thread_line, rules.footer_line):
        if scan is not None:
            assert scan.found_in(text) is (scan.line.search(text) is not None)
