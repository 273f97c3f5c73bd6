"""A draft exported with its tracked changes and comments reads as its final text: deleted
runs and comment bodies as nothing, inserted runs without their marks (io/revisions.py)."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits, disjoint
from pressparse.io.revisions import tracked_changes
from pressparse.text_view import pipeline_view


def _reads(text: str) -> str:
    return apply_edits(text, disjoint(tracked_changes(text)))[0]


@pytest.mark.parametrize(("text", "reads"), [
    # Word's bracketed marks, a margin comment line, an inline comment with a reply inside
    ("Accra, 3 March: Officers of the Ghana Revenue Authority seized [Deleted: 18][Inserted:"
     " 21] parcels of cannabis at Aflao.\nComment [KO1]: confirm count with the Aflao"
     " collector\nThe driver [Deleted: was released][Inserted: remains in custody].[Comment"
     " [EA2]: legal says 'remains' / Reply [KO3]: ok]\n",
     "Accra, 3 March: Officers of the Ghana Revenue Authority seized 21 parcels of cannabis"
     " at Aflao.\nThe driver remains in custody.\n"),
    # CriticMarkup, a space run in a deletion, a substitution and a comment
    ("Valparaíso, 9 de mayo - La PDI incautó {--310 kg--}{++312 kg++} de cocaína{-- en"
     " total--} en el puerto de {~~San Antonio~>Valparaíso~~}.{>>¿confirmar?<<}\n",
     "Valparaíso, 9 de mayo - La PDI incautó 312 kg de cocaína en el puerto de"
     " Valparaíso.\n"),
    # a strikethrough, and a deleted sentence filling its line (its line break goes with it)
    ("Manila - PDEA agents seized ~~1.1~~ 1.2 kg of shabu in Pasay.\n[Deleted: Two suspects"
     " escaped.]\nCommented [RB1]: photo from the Pasay station\nThe suspects were detained.\n",
     "Manila - PDEA agents seized 1.2 kg of shabu in Pasay.\nThe suspects were"
     " detained.\n"),
])
def test_tracked_changes_read_as_the_final_text(text: str, reads: str) -> None:
    assert _reads(text) == reads


@pytest.mark.parametrize("text", [
    "Police seized 4 kg [Deleted: by mistake] in Lagos.",  # one mark: no revised draft
    "Signed ~~~~~~~ and stamped ~~~~~~~ at Mombasa port.",  # a scan's rows of tildes
    "[Note: updated 4 May] Customs in Dakar seized 2 kg. [Editor's note: corrected]",
    "The minister said: {quote} 12 kg [sic] were seized {end}.",
])
def test_text_without_tracked_changes_is_untouched(text: str) -> None:
    assert tracked_changes(text) == []


def test_entities_of_a_revised_draft_keep_the_original_offsets() -> None:
    text = ("Nairobi, 12 June 2026 - The Kenya Police seized [Deleted: 40 kg][Inserted: 42 kg]"
            " of heroin in Mombasa.\nComment [JW1]: check with DCI\n")
    view, view_map = pipeline_view(text)
    assert view_map is not None
    start = view.index("42 kg")
    first, last = view_map.span(start, start + len("42 kg"))
    assert text[first:last] == "42 kg"
    assert "40 kg" not in view and "DCI" not in view
