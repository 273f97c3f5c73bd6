"""A web archive's toolbar over a captured page is furniture: no date nor quantity of it."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise

BODY = ("Customs officers at Durban harbour found 310 kg of cocaine in a container of "
        "frozen fish on 4 May 2026.\n")
BANNERS = [
    ("The Wayback Machine - https://web.archive.org/web/20260601101500/https://sars.gov.za/news\n"
     "INTERNET ARCHIVE  Wayback Machine   https://sars.gov.za/news   Go\n"
     "MAY  JUN  JUL\n◄ 01 ►\n2025 2026 2027\n9 captures\n12 Jan 2026 - 30 Jun 2026\n"
     "About this capture\nCOLLECTED BY Organization: Internet Archive\n"
     "Collection: Survey Crawl Number 7\n\n"),
    ("INTERNET ARCHIVE  | 3 captures | 02 Feb 2027 - 09 Feb 2027 |  FEB  [05]  MAR  | "
     "About this capture\n"),
    ("The Wayback Machine - web.archive.org/web/2027/https://police.gov.fj/\n"),
]


@pytest.mark.parametrize("banner", BANNERS)
def test_web_archive_banner_is_masked_and_the_page_stays(banner: str) -> None:
    masked, _spans = mask_noise(banner + "Cocaine found in fish container\n\n" + BODY)
    assert masked.strip() == "Cocaine found in fish container\n\n" + BODY.strip()


def test_an_article_about_the_internet_archive_stays() -> None:
    text = ("The Internet Archive said its Wayback Machine holds 900 billion pages.\n"
            "About this capture of history the director spoke on Monday.\n")
    assert mask_noise(text)[0] == text
