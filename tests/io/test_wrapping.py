"""E-mail quote markers and words hyphenated at the line ends of hard-wrapped text."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits
from pressparse.io.wrapping import email_quotes, hyphenated_line_ends


def _read(text: str, reader: object) -> str:
    return apply_edits(text, reader(text))[0]  # type: ignore[operator]


REPLY = (
    "Dear Ms Okafor,\n\nPlease see the figures below.\n\n"
    "On Mon, 2 Mar 2026 at 09:10, Port Health Unit <press@porthealth.example> wrote:\n"
    "> Officers at the Apapa terminal found 48 kg\n"
    "> of cannabis in a container of dried fish.\n"
    ">\n"
    "> > Earlier: a courier was held with\n"
    "> > 2 kg of cocaine at the airport.\n"
)


def test_quote_markers_read_as_nothing() -> None:
    assert _read(REPLY, email_quotes).endswith(
        "wrote:\nOfficers at the Apapa terminal found 48 kg\nof cannabis in a container of "
        "dried fish.\n\nEarlier: a courier was held with\n2 kg of cocaine at the airport.\n")


@pytest.mark.parametrize("text", [
    "Prices rose:\n> 5% in March\nand fell in April.\n",  # one quoted line
    "No quoting at all.\nA second line.\nA third line.\nA fourth.\n",
])
def test_text_with_few_quoted_lines_is_untouched(text: str) -> None:
    assert email_quotes(text) == []


# A plain-text release wrapped at 64 columns (the Chilean navy's style, invented)
WRAPPED = (
    "ARMADA DE CHILE - PRESS OFFICE\n"
    "\n"
    "Valparaiso, 4 March 2026. The Maritime Police of the port of San\n"
    "Antonio, together with the National Customs Service, inspec-\n"
    "ted a Panama-flagged vessel arriving from Guayaquil and found\n"
    "212 kg of cocaine hidden in a container of frozen shrimp. The\n"
    "Valparaiso-\n"
    "based prosecutor ordered the detention of two crew mem-\n"
    "bers. The operation was drug-\n"
    "related intelligence work of the Directorate of Maritime Ter-\n"
    "ritory; the seizure was announced by the Administration of\n"
    "the port in a statement on its website and in the press.\n"
)


@pytest.mark.parametrize(("broken", "reads"), [
    ("inspec-\nted a", "inspected a"),  # parts not both words: one word
    ("crew mem-\nbers.", "crew members."),
    ("Valparaiso-\nbased prosecutor", "Valparaiso-based prosecutor"),  # compound's head
    ("drug-\nrelated intelligence", "drug-related intelligence"),  # both parts words
    ("Ter-\nritory;", "Territory;"),  # the joined form is a known word
])
def test_broken_words_read_whole_in_wrapped_text(broken: str, reads: str) -> None:
    read = _read(WRAPPED, hyphenated_line_ends)
    assert broken in WRAPPED
    assert reads in read
    assert read.count("\n") == WRAPPED.count("\n") - 5


@pytest.mark.parametrize("text", [
    # short lines of a list, not wrapped text
    "Seized:\n- cocaine-\nbased paste\n- 4 kg\n",
    # one hyphen at a line end in prose of long unwrapped lines
    "The customs officers of the port found the drugs after a long search of the vessel that "
    "had arrived from Ecuador on Monday night with a crew of twenty-\n"
    "two sailors.\nShort line.\n",
])
def test_unwrapped_text_is_untouched(text: str) -> None:
    assert hyphenated_line_ends(text) == []
