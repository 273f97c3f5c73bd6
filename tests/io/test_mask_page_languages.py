"""Noise masking of multilingual page furniture, post meta lines and counters."""

from __future__ import annotations

import pytest

from pressparse.io.mask import is_noise_line, mask_noise

FURNITURE_LINES = [
    # a button written in the page's languages one after the other
    "Бозгашт | Назад | Go back",
    "Orqaga | Назад | Go back",
    "← Артқа / Назад / Go back",
    "Барлық жаңалықтар | All news",
    "Толығырақ / Подробнее",
    "Бөлісу / Поделиться / Share:   f   vk   tg",
    "Kembali | Back",
    # a channel's page and its posts' meta lines
    "t.me/s/border_service_news — web preview",
    "98 450 subscribers",
    "1.4K followers",
    "👁 12.7K   edited  11:15",
    "👁 2.2K   18:40",
    "Forwarded to 57 chats",
    "Forwarded from Customs Service of Georgia",
    # a relay's link line, notes on translation, link lists
    "portal.gov.ge/news/8812    Share    Print",
    "Translated from Arabic",
    "Translated from Portuguese | Traduzido do português",
    "Machine translation",
    # a translation note with the languages and a word on the original (session 27)
    "Automatic translation (Danish → English). The original Danish version prevails.",
    "This page was automatically translated from Dutch. | Bekijk origineel | See original",
    "This article was machine-translated from Estonian. The original text is binding.",
    "Unofficial translation (Finnish → English)",
    "More news: Police open a new station in the port | Minister visits the border",
    "Más noticias: Nueva patrulla en Limón | Operativo en la frontera sur",
    "Views: 1 506",
    "👁 402",
    # a translated portal's search box, ad slot and related-news label in its own language
    "🔍 Pesquisar",
    "Procurar",
    "Zoeken",
    "Publicidade",
    "Werbung",
    "Ler também: Polícia apreende cocaína no aeroporto | Detidos dois cidadãos",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_lines_are_noise(line: str) -> None:
    assert is_noise_line(line)


PROSE_AND_LABELS = [
    "Translation services were provided by the embassy during the talks.",
    "This page was translated from Latvian by the agency's staff to help readers abroad.",
    "The video of the arrest was viewed 45,000 times within a day.",
    "Forwarded to the prosecutor, the case file names 12 suspects.",
    "Police of the Republic of Armenia | Results of the week",
    "Heroin | 1 204 kg",
    "The seizure was made at 09:30 on Monday, the agency said.",
    "Border Guard Service | Annual report 2025",
    "Operation Northern Route – results",
]


@pytest.mark.parametrize("line", PROSE_AND_LABELS)
def test_prose_and_content_labels_are_kept(line: str) -> None:
    assert not is_noise_line(line)


COUNTER_FIELDS = [
    # (posting line, what stays of it)
    ("14.02.2026, 09:40     Views: 2 310", "14.02.2026, 09:40"),
    ("14.02.2026  👁 1 506", "14.02.2026"),
    ("03.07.2025 | 16:20 | 👁 77", "03.07.2025 | 16:20"),
    ("Publicado: 10/02/2026 | 9:05 a. m. | Visitas: 931", "Publicado: 10/02/2026 | 9:05 a. m."),
    ("22 May 2025 | Просмотров: 4 180", "22 May 2025"),
    ("5 March 2026 | Views: 88", "5 March 2026"),
]


@pytest.mark.parametrize(("line", "kept"), COUNTER_FIELDS)
def test_a_counter_closing_a_posting_line_is_masked(line: str, kept: str) -> None:
    masked, _spans = mask_noise(line + "\n")
    assert masked.rstrip() == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The full text is at customs.gov.uz/en/news/4410 and in the bulletin.",
     "The full text is at "),
    ("Details: t.me/police_kg/2291\nThe raid took place on Friday.",
     "The raid took place on Friday."),
])
def test_web_addresses_without_scheme_are_masked_in_place(text: str, kept: str) -> None:
    masked, _spans = mask_noise(text)
    assert len(masked) == len(text)
    assert kept in masked
    assert "/" not in masked


@pytest.mark.parametrize("text", [
    "The U.S./Mexico border task force met on 3 May.",
    "Purity ranged from 3.5/10 to 8/10 in the samples.",
    "The officers seized 2.4 kg/day on average.",
])
def test_abbreviations_and_ratios_are_no_web_addresses(text: str) -> None:
    masked, _spans = mask_noise(text)
    assert masked == text
