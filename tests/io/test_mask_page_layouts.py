"""Page layouts whose lines carry the facts or only furniture: a gallery's captions, a
document's header, rights lines, footer stamps, a fax's routing block, reaction counters."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise


def _kept(text: str) -> list[str]:
    """The words of ``text`` left unmasked, line by line (blank lines left out)."""
    masked, _spans = mask_noise(text)
    return [" ".join(line.split()) for line in masked.split("\n") if line.strip()]


CAPTIONS = [
    # (caption line, what reads as text): a caption that ends a sentence keeps it, its
    # marker and its credit go; a caption that only labels its picture goes whole
    ("Photo 4 of 9: Officers of the Kenya Police Service found 12 kg of heroin in a bus. "
     "(c) NPS media", ["Officers of the Kenya Police Service found 12 kg of heroin in a bus."]),
    ("Imagen 2/8 – Agentes de la Guardia Civil detuvieron a dos hombres en Algeciras.",
     ["Agentes de la Guardia Civil detuvieron a dos hombres en Algeciras."]),
    ("📷 Photo 3 of 5: The cutter moored at Port Louis on 12 June. © Coast Guard",
     ["The cutter moored at Port Louis on 12 June."]),
    ("Slide 6. Detector dog Rex screens parcels at the Riga mail centre. Photo: VID",
     ["Detector dog Rex screens parcels at the Riga mail centre."]),
    ("Photo 1 of 3: Soldiers inspect barrels of chemicals", []),
    ("📸 Foto 1 de 3: the bales on the quay of the port", []),
    ("Photo 3 of 4 / Photo 4 of 4", []),
    ("Image 2/5 – the speedboat towed to port (c) Navy press office", []),
]


@pytest.mark.parametrize(("line", "kept"), CAPTIONS)
def test_gallery_caption_keeps_its_sentence_only(line: str, kept: list[str]) -> None:
    text = f"Customs seize heroin at the airport\n\n{line}\n"
    assert _kept(text) == ["Customs seize heroin at the airport", *kept]


HEADLINE = "Navy seizes 2 tonnes of cocaine off the coast\n\n"
LEAD = ("Valparaíso, 3 March 2027 - The navy seized two tonnes of cocaine from a fishing boat "
        "120 nautical miles off the coast on Monday.\n")
DOCUMENT_HEADERS = [
    # (header over the headline): each line goes, the headline and the text stay
    "ARMADA DE CHILE  |  DIRECCIÓN DE COMUNICACIONES            CP-2027/041\n"
    "Plaza Sotomayor 592, Valparaíso          Tel: +56 32 220 1000   Fax: +56 32 220 1001\n",
    "NORDIC NEWS SERVICE                                     PRIORITY: 2\n",
    "UNODC/CND/2027/3                                         Distribution: general\n"
    "                                                              Original: Spanish\n",
    "GHANA NEWS AGENCY - MARITIME BULLETIN                 No. 14 / Monday, 8 March 2027\n"
    "                                                                   3\n",
]


@pytest.mark.parametrize("header", DOCUMENT_HEADERS)
def test_document_header_on_top_is_masked(header: str) -> None:
    assert _kept(header + HEADLINE + LEAD) == [HEADLINE.strip(), LEAD.strip()]


RIGHTS_STORY = "Police seized 12 kg of cocaine at the port on Monday, officials said.\n"
FOOTER_STORY = ("Magistrates remanded a man in custody on Monday after police found 2 kg of "
                "cannabis in his car at the frontier.\n")
POST = "La Policía incautó 80 kilos de marihuana en Arica, informó el fiscal.\n"
FURNITURE_UNDER_STORY = [
    # (story, furniture under it): rights lines in other languages and reprint notices
    (RIGHTS_STORY, "Agencia Andina S.A. - Av. Arequipa 1120, Lima - Todos los derechos "
     "reservados\n"),
    (RIGHTS_STORY, "Rádio Moçambique, Maputo | Todos os direitos reservados\n"),
    (RIGHTS_STORY, "Agence Ivoirienne de Presse - Tous droits réservés\n"),
    (RIGHTS_STORY, "Nepal News Service, 2004-2027. Reprinting is allowed only with a link to "
     "the source.\n"),
    (RIGHTS_STORY, "Reproduction prohibited without the written consent of the publisher\n"),
    # ... a page's footer stamps
    (FOOTER_STORY, "Page last updated: 03/05/2027\nPrint this page | Back to Results\n"),
    (FOOTER_STORY, "This page was last reviewed on 3 May 2027\nPrint this article\n"),
    # ... a post's reaction counters, thousands abbreviated in the page's language
    (POST, "❤️ 2,3 mil   💬 41   🔁 118\n"),
    (POST, "👁 14 тыс.   ❤ 95\n"),
    (POST, "👍 1,1 Mio.   💬 310\n"),
    (POST, "👍 3.4K   ↪ 57\n"),
]


@pytest.mark.parametrize(("story", "furniture"), FURNITURE_UNDER_STORY)
def test_furniture_under_a_story_is_masked(story: str, furniture: str) -> None:
    assert _kept(story + furniture) == [story.strip()]


FAX_RELEASE = (
    "FROM:    Public Relations Unit, Royal Solomon Islands Police Force\n"
    "TO:      All Media / SIBC / Island Sun\n"
    "DATE:    4 March 2027\n"
    "REF:     RSIPF/PR/2027/031\n"
    "PAGES:   1 OF 1\n"
    "PRESS RELEASE - FOR IMMEDIATE RELEASE\n"
    "POLICE SEIZE CANNABIS IN MALAITA\n\n"
    "Police in Auki seized 45 kg of cannabis on Monday.\n")


def test_fax_routing_block_and_release_mark_are_masked() -> None:
    assert _kept(FAX_RELEASE) == ["POLICE SEIZE CANNABIS IN MALAITA",
                                  "Police in Auki seized 45 kg of cannabis on Monday."]


STAYS = [
    # lines in columns elsewhere than on top: a headline with its date set apart, a table's
    # row, a header under the prose
    "Navy seizes cocaine off the coast                        3 March 2027\n\n" + LEAD,
    LEAD + "\nREGION          TONNES          BOATS\nVALPARAISO      2.0             1\n",
    "The navy said on Monday it had seized two tonnes of cocaine off the coast.\n"
    "ARMADA DE CHILE                                         CP-2027/041\n",
    # a copyright sign outside a caption; a story about reprinting
    "The agency said the haul was its largest. (c) The figures are provisional\n",
    "The court ruled that the reprinting of the ministry's photographs was allowed under the "
    "press law, the judge said on Tuesday.\n",
    # two fields are no fax's routing block
    "Subject: Cannabis seizure in Auki\nRef: your request of 3 March\n\n"
    "Police in Auki seized 45 kg of cannabis on Monday.\n",
    # a bulleted amount with its noun is no reaction counter
    "Results of the week:\n➡️ 3 mil toneladas de carga revisadas\n",
]


@pytest.mark.parametrize("text", STAYS)
def test_text_that_is_no_furniture_stays(text: str) -> None:
    assert mask_noise(text)[0] == text
