"""Subdivisions that English writes with their head ("Paktia Province", "Khövsgöl
Province") are named so also where a text writes the bare name; a city of the same name
stays the city, and countries whose subdivisions English writes bare keep the bare name."""

from __future__ import annotations

import pytest

from loc_values import place_names


@pytest.mark.parametrize(("text", "written", "name"), [
    # a written head names the province ("Kunar": ISO 3166-2 writes "Kunaṟ")
    ("JALALABAD, 4 March 2026 - Border police seized 90 kg of heroin in Kunar province, the "
     "interior ministry said.", "Kunar province", "Kunar Province"),
    # Mongolia's aimags, by their English names (ISO 3166-2 writes "Hövsgöl", "Dornogovĭ")
    ("ULAANBAATAR - Customs officers in Khövsgöl and Dornod stopped two lorries carrying "
     "ephedrine from Mongolia to Russia.", "Khövsgöl", "Khövsgöl Province"),
    ("The police of Dornogovi and of Govi-Altai held a joint exercise in Mongolia.",
     "Govi-Altai", "Govi-Altai Province"),
    ("Mongolian police seized cannabis in Khovd and Bayan-Olgii aimags' border areas; "
     "Mongolia's police said.", "Bayan-Olgii", "Bayan-Ölgii Province"),
    # Ecuador's provinces, Peru's regions, Turkmenistan's velayats
    ("QUITO - The National Police of Ecuador seized 3 tonnes of cocaine in Manabí and Los "
     "Ríos.", "Manabí", "Manabí Province"),
    ("The Peruvian Navy seized 900 kg of cocaine on rivers of Madre de Dios and Puno.",
     "Madre de Dios", "Madre de Dios Region"),
    ("ASHGABAT - Border guards of Turkmenistan detained two smugglers in Balkan.",
     "Balkan", "Balkan Region"),
    # Afghanistan's provinces, which Afghan releases write bare ("traffickers from Helmand")
    ("Counter-narcotics police destroyed two laboratories in Nimroz and seized opium brought "
     "from Helmand, the interior ministry of Afghanistan said.", "Helmand", "Helmand Province"),
    ("KABUL - Officials of Badghis and Nangarhar met to coordinate poppy eradication.",
     "Badghis", "Badghis Province"),
    # Iran's provinces, by their English names
    ("MASHHAD - Khorasan Razavi border guards seized 200 kg of opium near Taybad.",
     "Khorasan Razavi", "Razavi Khorasan Province"),
    ("The anti-narcotics police of Fars seized 40 kg of heroin on a road to Shiraz.",
     "Fars", "Fars Province"),
    # Armenia's provinces, by their English names
    ("YEREVAN - Border guards in Syunik detained two men carrying opium near Meghri.",
     "Syunik", "Syunik Province"),
    ("Armenian police seized 2 kg of cannabis in Tavush and Lori on Monday.", "Tavush",
     "Tavush Province"),
    # a city of the same name stays the city
    ("KABUL, 4 March 2026 - Police arrested three traffickers in Kabul and Kandahar.",
     "Kandahar", "Kandahar"),
    ("ULAANBAATAR - Police seized hashish in Ulaanbaatar.", "ULAANBAATAR", "Ulaanbaatar"),
    # where English writes the bare name (Mexican states, Indian states)
    ("MEXICO CITY - The Mexican Navy seized 2 tonnes of cocaine off Sinaloa.", "Sinaloa",
     "Sinaloa"),
    ("NEW DELHI - The NCB seized heroin in Punjab and Rajasthan, India.", "Rajasthan",
     "Rajasthan"),
])
def test_subdivision_name(text: str, written: str, name: str) -> None:
    assert place_names(text)[written] == name
