"""E-mail quote markers, and hard-wrapped text read as running text."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from pressparse.io.edits import Edit, apply_edits, disjoint
from pressparse.io.wrapping import email_quotes, hard_wrapped


def _read(text: str, reader: Callable[[str], list[Edit]]) -> str:
    """``text`` as the reader's edits read it, in order as the pipeline's view applies them."""
    return apply_edits(text, disjoint(reader(text)))[0]


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
    assert broken in WRAPPED
    assert reads in _read(WRAPPED, hard_wrapped)
    assert sum(edit.text == "" for edit in hard_wrapped(WRAPPED)) == 5  # the broken words


# --- a wrapped paragraph's inner line breaks -----------------------------------------------------

# Plain-text releases wrapped at 66 and at 72 columns (invented): a letterhead, a headline
# over its date line, wrapped paragraphs, a list, a table and a signature.
def _release(width: int) -> str:
    paragraphs = [
        "On 14 April 2026 officers of the General Directorate for the Suppression of Illicit "
        "Drug Trafficking, with the support of the National Navy, boarded a fishing vessel in "
        "the port of Montevideo and found 412 kilograms of cocaine in the engine room. Four "
        "crew members, three Uruguayan nationals and one Paraguayan national, were arrested.",
        "The case was referred to the Specialised Prosecutor's Office for Organised Crime, "
        "which ordered the seizure of the vessel and of two vehicles of the owner.",
        "Since the beginning of the year the directorate and the navy have found more than "
        "two tonnes of cocaine in containers and vessels leaving the ports of the country, "
        "most of it bound for ports of western Europe and of West Africa.",
        "The minister thanked the officers of the directorate and of the navy for their work "
        "and recalled that the cooperation agreement signed with the customs administration "
        "in 2025 provides for joint teams in every port and airport of the country.",
    ]
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)
    return (
        "MINISTRY OF THE INTERIOR\nPRESS OFFICE\n\n"
        "Montevideo port: more than 400 kilograms of cocaine found on a trawler\n"
        "15 April 2026\n\n"
        f"{body}\n\n"
        "The following were also seized:\n"
        "- two satellite telephones\n"
        "- 18,500 US dollars in cash\n"
        "1. the trawler Estrella del Sur\n\n"
        "Substance          Quantity\n"
        "Cocaine            412 kg\n\n"
        "Press Office of the Ministry of the Interior\n"
        "Tel. +598 2 000 0000\n"
    )


@pytest.mark.parametrize("width", [66, 72])
def test_a_wrapped_paragraph_goes_on_across_a_capitalized_line_start(width: int) -> None:
    text = _release(width)
    read = _read(text, hard_wrapped)
    assert len(read) == len(text)
    lead = read[read.index("On 14 April"):read.index("\n\n", read.index("On 14 April"))]
    for line, after in zip(lead.split("\n"), lead.split("\n")[1:], strict=False):
        assert after[0].islower() or line.endswith("."), (line, after)


@pytest.mark.parametrize("width", [66, 72])
@pytest.mark.parametrize("lines", [
    "MINISTRY OF THE INTERIOR\nPRESS OFFICE\n",  # a letterhead in capitals
    "on a trawler\n15 April 2026\n",  # a headline over its date line
    "arrested.\n\nThe case",  # a paragraph's end
    "seized:\n- two satellite telephones\n- 18,500 US dollars in cash\n1. the trawler",
    "Substance          Quantity\nCocaine            412 kg\n",  # a table's rows
    "Ministry of the Interior\nTel. +598",  # a signature
])
def test_the_text_keeps_its_line_structure(width: int, lines: str) -> None:
    assert lines in _read(_release(width), hard_wrapped)


# Lines broken by hand, ragged (a police board's release, invented): a line going on with a
# name or a number after a phrase's function word reads as one line with it; a line going on
# in lower case keeps its break (the components read on across it).
RAGGED = (
    "POLICE AND BORDER GUARD BOARD\n\n"
    "Tallinn, 3 February 2026 - Officers of the Police and Border Guard Board and the\n"
    "Estonian Tax and Customs Board stopped a lorry at the Narva border crossing\n"
    "point and found 26 kilograms of amphetamine hidden in a load of\n"
    "timber. The driver, a Latvian citizen, was detained and the Northern\n"
    "District Prosecutor's Office opened criminal proceedings against him and\n"
    "two accomplices.\n\n"
    "Since the beginning of the year officers of the board have found more than\n"
    "80 kilograms of synthetic drugs at the eastern border crossing points of\n"
    "the country.\n"
)


@pytest.mark.parametrize(("broken", "reads"), [
    ("and the\nEstonian Tax", "and the Estonian Tax"),  # a function word before a name
    ("more than\n80 kilograms", "more than 80 kilograms"),  # before a number
    ("crossing\npoint and", "crossing\npoint and"),  # lower case keeps its break
    ("load of\ntimber.", "load of\ntimber."),
    ("the Northern\nDistrict", "the Northern\nDistrict"),  # a name at a paragraph's line
    ("against him and\ntwo accomplices.", "against him and\ntwo accomplices."),
])
def test_a_ragged_wrap_reads_across_its_lines(broken: str, reads: str) -> None:
    assert broken in RAGGED
    assert reads in _read(RAGGED, hard_wrapped)


@pytest.mark.parametrize("text", [
    # short lines of a list, not wrapped text
    "Seized:\n- cocaine-\nbased paste\n- 4 kg\n",
    # short lines: a list and a signature, no wrapped text
    "Seized:\n- 4 kg of heroin\n- two pistols\nPress Office\nMinistry of the Interior\n",
    # one hyphen at a line end, and a plain break, in prose of long unwrapped lines
    *(f"The customs officers of the port found the drugs after a long search of the vessel "
      f"that had arrived from Ecuador on Monday night with a crew of twenty{end}\n"
      f"two sailors.\nShort line.\n" for end in ("-", "")),
])
def test_unwrapped_text_is_untouched(text: str) -> None:
    assert hard_wrapped(text) == []
