"""Footnote markers glued to figures and words read as nothing in a text with the notes
they mark (io/footnotes.py); a power after a length unit stays."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits
from pressparse.io.footnotes import footnote_markers


@pytest.mark.parametrize(("text", "reads"), [
    ("DEVIDA eradicated coca on 14 km² and seized 2,340 kg² of cocaine paste in 2026¹.\n"
     "¹ January-June.\n² Net weight after analysis.\n",
     "DEVIDA eradicated coca on 14 km² and seized 2,340 kg of cocaine paste in 2026.\n"
     "¹ January-June.\n² Net weight after analysis.\n"),
    ("Receipts reached NOK 1.2 billion⁴ (EUR 104 million)⁵, up 4%¹².\n\n"
     "   ⁴ Provisional.\n   ⁵ At the average rate.\n¹² On the year before.\n",
     "Receipts reached NOK 1.2 billion (EUR 104 million), up 4%.\n\n"
     "   ⁴ Provisional.\n   ⁵ At the average rate.\n¹² On the year before.\n"),
    ("Customs recorded 312 seizures[2] and 41 arrests[3].\n[2] Provisional.\n[3] To June.\n",
     "Customs recorded 312 seizures and 41 arrests.\n[2] Provisional.\n[3] To June.\n"),
])
def test_glued_footnote_markers_read_as_nothing(text: str, reads: str) -> None:
    assert apply_edits(text, footnote_markers(text))[0] == reads


@pytest.mark.parametrize("text", [
    "The plot covers 12 m² and the tank 3 m³; 1,204 kg³ were seized.",  # no notes
    "Seizures[2] rose.\nThe list:\n2 Mombasa\n",  # no line opens with the marker
    "Coca covered 40 km² in Putumayo and 2 m³ of precursors were found.\n² Source: SIMCI.\n",
])
def test_markers_without_notes_and_powers_are_untouched(text: str) -> None:
    assert footnote_markers(text) == []
