"""The operation finder on plain text (no spaCy): cues, lists, translations, canonical names."""

from __future__ import annotations

import pytest

from pressparse.entities.operations import OperationFinder, unify_names
from pressparse.entities.records import OperationRecord

FINDER = OperationFinder(
    cues=["operation", "exercise", "training", "command-staff", "drills"],
    prefixes=["Operation", "Exercise"],
    known=[OperationRecord(id="cc", name="Channel-Center", variants=[]),
           OperationRecord(id="ib", name="Indestructible Brotherhood", variants=[]),
           OperationRecord(id="proxy", name="PROXY", variants=[])],
    stop_heads=["Center", "Department"],
    name_verbs=["codenamed", "code-named"],
)


def names(text: str) -> list[str]:
    return [m.name for m in unify_names(FINDER.find(text))]


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in FINDER.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('the operation "Channel Center" ended', ["Channel-Center"]),
    ("the operation \u00abChannel \u2013 Center\u00bb ended", ["Channel-Center"]),
    ('the "Indestructible Brotherhood-2024" command-staff training',
     ["Indestructible Brotherhood-2024"]),
    ('the operation "Proxy" and "Channel - West"', ["PROXY", "Channel-West"]),
    ("Operation Lionfish ended", ["Lionfish"]),
    ("the drills Rubezh-2023 began", ["Rubezh-2023"]),
    ('a quoted "Great Idea" with no cue', []),
    ("Operation Center staff", []),
    ("police seized hashish during operation Kanal-Centre in March", ["Kanal-Centre"]),
    ("the joint exercise Cooperation-Shield began", ["Cooperation-Shield"]),
    ("during the operation Interior Ministry staff", []),
    # later mentions of a name the text gave as an operation, without its prefix
    ("Operation Meridian Gate III ended. Meridian Gate III showed that customs can act.",
     ["Meridian Gate III", "Meridian Gate III"]),
    ('the operation "Channel - Center" ended; Channel-Center will resume in May',
     ["Channel-Center", "Channel-Center"]),
    # a naming verb gives the name, unquoted and without a cue noun
    ("The gang was broken up in an action codenamed Mozaika on 14 March.", ["Mozaika"]),
    ("Detectives began an inquiry code-named Black Tulip in 2023.", ["Black Tulip"]),
    # the prefix word after the naming verb is no part of the name
    ("A week-long police operation code-named Operation Sea Wall led to 19 arrests.",
     ["Sea Wall"]),
    # a headline in capitals repeats the name the story gives
    ("JOINT OPERATION TIDE BREAKER II ENDS WITH 300 ARRESTS\nPolice of six states ended Joint "
     "Operation Tide Breaker II on Friday.", ["Tide Breaker II", "Tide Breaker II"]),
    # a one-word name is not looked for again ("Poppy cultivation" is no mention)
    ("Operation Poppy began in May. Poppy cultivation fell by half.", ["Poppy"]),
    # a naming verb's name in single quotes
    ("the nationwide operation code-named 'Dzivirira', launched on 1 July", ["Dzivirira"]),
    # a quoted name of another year of a series the text called an operation
    ('The joint training "Combat Brotherhood-2026" starts in May. Last year, "Combat '
     'Brotherhood-2025" was held in Belarus.', ["Combat Brotherhood-2026",
                                                "Combat Brotherhood-2025"]),
    # the word "operation" inside the quotes is no part of the name
    ('its officers conducted a special operation code named "Operation Kafoo" in Banjul',
     ["Kafoo"]),
    # a translation in brackets after the name is no second operation
    ('the preventive operation "Mak-2026" ("Poppy-2026") began', ["Mak-2026"]),
])
def test_find(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Operation Lionfish and the operation "Channel - Center".', ["Lionfish", "Channel - Center"]),
    # a sentence's article is no part of a year-suffixed name
    ("The Indestructible Brotherhood-2024 exercise began in Minsk.",
     ["Indestructible Brotherhood-2024"]),
])
def test_spans_exclude_quotes_prefixes_and_articles(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_unify_prefers_the_dashed_spelling() -> None:
    text = 'the operation "Search Raid" and later the operation "Search-Raid"'
    assert names(text) == ["Search-Raid", "Search-Raid"]
