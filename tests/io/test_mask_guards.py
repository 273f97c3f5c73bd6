"""The cheap pre-tests before the noise regexes say what the regexes say: a guard's literal
openings never skip a text its regex finds, and a whole-line scan from the line breaks finds
what ``^`` tried at every character finds."""

from __future__ import annotations

import pytest

from pressparse.io.mask import _guard, folded_text, load_rules

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
    "Tico Times is reader-supported. DONATE today.\nPHOTO 2: the seized boat",
]


@pytest.mark.parametrize(("pattern", "openings"), [
    (r"://|www\.", ("://", "www.")),
    (r"ab(?:cd|ef)x|(?:gh|ij)", ("abcd", "abef", "gh", "ij")),
    (r"#", ()),  # a single literal: the regex engine scans for it already
    (r"\[(?:a|b)|\(x", ()),  # one-letter openings test nothing
    (r"\.(?i:pdf|docx?)", ()),  # a literal first: the regex engine scans for it
])
def test_literal_openings(pattern: str, openings: tuple[str, ...]) -> None:
    guard = _guard(pattern)
    assert guard.openings == tuple(sorted(openings))
    assert not guard.folded


@pytest.mark.parametrize(("pattern", "openings"), [
    (r"(?i)abc|DEF", ("abc", "def")),  # case-blind: tested in the folded text
    (r"(?i:Photo|image) ?\d", ("image", "photo")),
    (r"(?i)\b(?:pages?|fax)[ \t]*:", ("fax", "page")),  # past a zero-width test
    (r"(?i)x|abc", ()),  # one-letter openings test nothing
    (r"(?i)(?:éclat|abc)", ()),  # a folded opening must be ASCII
])
def test_folded_openings(pattern: str, openings: tuple[str, ...]) -> None:
    guard = _guard(pattern)
    assert guard.openings == tuple(sorted(openings))
    assert guard.folded is bool(openings)


@pytest.mark.parametrize("text", [
    "PHOTO 3 of the seizure", "\u0130MAGE 2", "\u0131mage 4", "\u017fLIDE 5", "Fax: +1 555",
    "Attn : desk", "No caption, no number", "P\u0130CTURE 1 and \u017flide 2",
    # the regex is tried where an opening occurs: an earlier occurrence that fails to match
    # must not hide a later one that matches
    "Photography in the report; photo 12 of the raid", "Reform of the pages\nPages: 3",
    "\u0130mage of the day, \u0130MAGE 7",
])
def test_folded_guards_find_what_their_regexes_find(text: str) -> None:
    folded = folded_text(text)
    for guard, _pattern in load_rules().inline:
        if guard is not None:
            expected = guard.regex.search(text) is not None
            assert guard.found_in(text, folded) is expected
            assert guard.found_in(text) is expected


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
