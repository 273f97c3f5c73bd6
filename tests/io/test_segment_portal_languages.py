"""A translated news portal's furniture written in the portal's own language (search box,
related-news label and its links, ad slot) with no blank line between the page's head, the
story and its foot: masked, so the story opens at its headline and ends at its last sentence.
Pages of other portals and countries than the spent set that showed the class."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

# an Angolan portal's page: menu, search box and language widget over the headline, a share
# bar, a "Ler também:" list and an ad slot under the story
PORTUGUESE_PORTAL = Layout("portuguese_portal_furniture", (
    "Jornal Digital de Angola – notícias ao minuto\n"
    "Início | Sociedade | Política | Economia | Desporto\n"
    "🔍 Pesquisar    Idioma: EN (tradução automática)\n"
    "Sociedade › Luanda\n"
    "SIC detains four suspects with 22 kilos of cocaine at Luanda airport\n"
    "Luanda, 04/03/2027 | 👁 842 views\n"
    "Agents of the Criminal Investigation Service detained four people with 22 kilos of "
    "cocaine hidden in the false bottoms of suitcases at the international airport.\n"
    "The suspects, who arrived on a flight from São Paulo, will be presented to the judge.\n"
    "Partilhar: Facebook | WhatsApp | X\n"
    "Ler também:\n"
    "Huambo: farmers receive seeds for the new season\n"
    "Benguela: fishermen rescued off Lobito\n"
    "Publicidade\n"
), [
    ("SIC detains four suspects", "will be presented to the judge.", None),
])

# a Dutch-language portal: search box and ad slot around the story
DUTCH_PORTAL = Layout("dutch_portal_furniture", (
    "Nieuwsblad Suriname\n"
    "Home | Binnenland | Buitenland | Sport\n"
    "Zoeken\n"
    "Police find 40 kilos of cocaine in a container of rice at Paramaribo port\n"
    "12/05/2027\n"
    "Officers of the narcotics brigade found 40 kilos of cocaine in a container of rice "
    "bound for the Netherlands at the port of Paramaribo on Monday.\n"
    "Two employees of the shipping company were detained for questioning.\n"
    "Publicidade\n"
    "Werbung\n"
), [
    ("Police find 40 kilos", "detained for questioning.", None),
])

LAYOUTS = [PORTUGUESE_PORTAL, DUTCH_PORTAL]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS, ("bounds", "crlf")))
def test_item_bounds_and_crlf(layout: Layout, check: Callable[[Layout], None]) -> None:
    """Where each item starts and ends, and the same items with CRLF line ends."""
    check(layout)
