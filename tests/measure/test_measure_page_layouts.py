"""Quantities in page layouts of new publishers: markdown tables whose header row names the
unit next to a period ("| 2024 (kg) |"), and the page chrome around a release (file sizes of
attachments, hit counters, PDF page footers). Our own wording and figures.

Decisions: a markdown header row is the row right above the "|---|" separator, digits or
not; a headline in capitals may write "Ksh" as "KSH"; a file size in brackets after an
attached file name, or after a file type or an attachment word on its line ("Download MP3
(41.7 MB)", "attached (2 files, 6.1 MB)"), a page's "Hits"/"Views" counter and a bare page
number above a running footer are no quantities; a storage size in prose stays.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_checks import check_quantity

MARKDOWN_MASS = (
    "Seizures by drug:\n\n"
    "| Drug | Q1 2026 (kg) | Q1 2025 (kg) |\n"
    "|---|---|---|\n"
    "| Heroin | 31.7 | 12.2 |\n"
    "| Ketamine | 5.5 | 9.0 |\n"
)
MARKDOWN_TONNES = (
    "| Port | 2023 (tonnes) | 2022 (tonnes) |\n"
    "| :--- | ---: | ---: |\n"
    "| Rotterdam | 46.1 | 51.8 |\n"
)
MARKDOWN_COUNTS = (
    "| Region | Cases 2025 | Cases 2024 |\n"
    "|---|---|---|\n"
    "| North | 412 | 380 |\n"
)
# a table flattened to lines, its cells parted by the dash after each row's label: the two
# figures are two cells (a count, then a mass), no range
DASH_ROWS = (
    "Arrests and seizures by province:\n"
    "Western Cape – 214 – 96 kg cocaine\n"
    "Gauteng – 1 305 – 2 410 kg methaqualone\n"
    "Limpopo — 87 — 1.2 tonnes cannabis\n"
)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (DASH_ROWS, "214", dict(value=214, unit=None, kind="count", what="arrests")),
    (DASH_ROWS, "96 kg", dict(value=96, unit="kg", kg=96.0)),
    (DASH_ROWS, "1 305", dict(value=1305, unit=None, kind="count")),
    (DASH_ROWS, "2 410 kg", dict(value=2410, unit="kg", low=None)),
    (DASH_ROWS, "87", dict(value=87, unit=None, kind="count")),
    (DASH_ROWS, "1.2 tonnes", dict(value=1.2, unit="t")),
    # a row alone, cut from its table: a label of capitalized words, no full stop
    ("Lao PDR – 377 – 5.8 million methamphetamine tablets", "377",
     dict(value=377, unit=None, kind="count")),
    ("Northern Cape – 41 – 12 kg cannabis", "12 kg", dict(value=12, unit="kg", low=None)),
    # a range after a dash in prose (no block of such rows) keeps its reading
    ("The haul – 10 – 15 kg in each bag – was hidden in the trucks.", "10 – 15 kg",
     dict(value=None, low=10, high=15, unit="kg")),
    (MARKDOWN_MASS, "31.7", dict(value=31.7, unit="kg", kg=31.7, kind="mass")),
    (MARKDOWN_MASS, "12.2", dict(value=12.2, unit="kg", kg=12.2)),
    (MARKDOWN_MASS, "9.0", dict(value=9.0, unit="kg", kg=9.0)),
    (MARKDOWN_TONNES, "51.8", dict(value=51.8, unit="t", kg=51800.0)),
    (MARKDOWN_COUNTS, "412", dict(value=412, unit=None, kind="count")),
    # a headline in capitals writes a currency symbol of several letters in capitals too
    ("POLICE SEIZE BHANG WORTH KSH 18 MILLION IN MOMBASA", "KSH 18 MILLION",
     dict(value=18e6, unit="KES", kind="money")),
    ("OFFICERS RECOVER TSHS 2,500,000 FROM SUSPECT", "TSHS 2,500,000",
     dict(value=2.5e6, unit="TZS")),
]

NONE: list[tuple[str, str]] = [
    ("Download: annual_statistics_2025.pdf (2.4 MB)\nBack to list\n", "2.4 MB"),
    ("Attachment: press_note_0312.hwp (388KB)\n", "388KB"),
    ("Posted 2026-03-12 | Section: News | Hits 1,904\n\nThe agency said on Friday that it",
     "1,904"),
    ("Views: 3,118\nShare this article\n", "3,118"),
    ("are expected to rise again next year.\n\n\n17                                  "
     "Customs | Yearly Review 2025\n", "17"),
    # a size closing its bracket after a file type or an attachment word on its line
    # (session 28: podcast, briefing and e-mail attachment lines in three sets)
    ("▶ Play | Download MP3 (41.7 MB) | Subscribe\n", "41.7 MB"),
    ("Video: 00:12:08 | Download PDF (380 KB)\n", "380 KB"),
    ("Good morning, the release is attached (2 files, 6.1 MB).\n", "6.1 MB"),
    ("Audio recording of the briefing [1.2 GB]\n", "1.2 GB"),
]

KEPT: list[tuple[str, str]] = [
    ("The backup drive held 2.4 MB of encrypted ledgers.", "2.4 MB"),
    ("Inflation hits 5% as fuel prices climb.", "5%"),
    ("The handset (512 GB) sells for 1,450 dollars.", "512 GB"),
    ("Investigators copied 3.5 TB of files from the seized servers.", "3.5 TB"),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[c[1] for c in CASES])
def test_table_cell_quantity(scanner, text: str, span: str, fields: dict[str, Any]) -> None:
    check_quantity(scanner, text, span, fields)


@pytest.mark.parametrize(("text", "span"), NONE, ids=[c[1] for c in NONE])
def test_page_chrome_is_no_quantity(scanner, text: str, span: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert not any(span in item or item in span for item in found if item), found


@pytest.mark.parametrize(("text", "span"), KEPT, ids=[c[1] for c in KEPT])
def test_amounts_in_prose_stay(scanner, text: str, span: str) -> None:
    found = [text[q.start:q.end] for q in scanner.scan(text)]
    assert span in found, found
