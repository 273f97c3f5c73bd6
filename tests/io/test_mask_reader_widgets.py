"""Readers' widgets around a story that noise masking removes (samples/README.md, "Items":
edge noise and page furniture): a blog's comment form, a site's sign-up and channel prompts,
a donation appeal, the site's domain on a line of its own, read-more links and view counters
in the languages of scraped pages; and readers' comments under their heading, masked only
where a comment's header follows the heading."""

from __future__ import annotations

import pytest

from pressparse.io.mask import is_noise_line, mask_noise

WIDGET_LINES = [
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Post Comment",
    "Cancel reply",
    "Join our WhatsApp channel for breaking news",
    "Get the latest headlines delivered to your inbox",
    "Newsletter",
    "Posted in Crime, Local News",
    "Spotted a mistake? Let us know",
    "The Island Herald is reader-supported. Donate today to help fund independent journalism.",
    "Interfax-Russia.ru",
    "Baca Selengkapnya »",
    "Lees meer",
    "Dilihat: 1,204",
    "Görüntülenme: 3 412",
    "▶ Listen  ⬇ Download MP3 (41.5 MB)  ⏱ 31:07",
    "Support us",
    "SUBSCRIBE NOW",
    "By subscribing, you help us keep reporters in the field.",
    "The Harbour Post is run by four editors. If you value our reporting, please consider "
    "supporting us with a monthly gift.",
    "Check out our other content",
    "Got a tip to share? Message our Telegram bot, it is anonymous.",
    "Lượt xem: 2.310",
    "Disclaimer: The Courier is part of the Harbour Media group, which also owns a stake "
    "in the port operator.",
    "Read the market news and expert views on our site or download the Courier App to stay "
    "updated!",
]


@pytest.mark.parametrize("line", WIDGET_LINES)
def test_reader_widgets_are_noise(line: str) -> None:
    assert is_noise_line(line)


STORY_LINES = [
    "Support for the new border posts grew after the seizures, the minister said.",
    "Comments from the prosecutor were read out in court on Monday.",
    "The suspects posted in the group that the parcel had arrived.",
    "aa.gb",
    "Supporters of the border reform said the new posts were overdue.",
    "Subscribers of the messenger channel received the offer on Monday.",
    "Customs said on Monday. Officers will get the new scanning app next year.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_like_widgets_stay(line: str) -> None:
    assert not is_noise_line(line)


STORY = ("Police seize 12 kg of heroin at the bus station\n\n"
         "Officers found 12 kg of heroin in two suitcases at the bus station on Monday.\n")


@pytest.mark.parametrize("comments", [
    "Comments (2)\nLeyla_K · 03.11.2026 14:05\nWell done.\nGuest · 03.11.2026 15:30\nFinally!\n",
    "214 Comments    Sort by\n@amir_h · 2 days ago\nGreat work\n@sara.m · 1 day ago\nWhen?\n",
    "Comments\nMark Lee · Retired officer · 2d\nBrilliant result.\n",
    "Réagissez à cet article (1 commentaire)\n\nPaul — 03/11/2026 à 16:02 : Bravo !\n",
    "Réagissez (2)\nMarie L. · il y a 5 h\nEnfin une bonne nouvelle.\n",
    "Kommentarii (2)\nTimur_88 · 3 dnya nazad: Molodtsy, tak derzhat!\n",
    "Comentarios (1)\nJuan P. · hace 2 horas\nMuy bien hecho.\n",
    "POLL\nShould the fines be raised?\nYes – 64% (1 209 votes)\nNo – 36% (680 votes)\n",
])
def test_readers_comments_under_their_heading_are_masked(comments: str) -> None:
    masked = mask_noise(STORY + comments)[0]
    assert masked[:len(STORY)] == STORY
    assert not masked[len(STORY):].strip()


def test_a_comment_heading_without_a_comment_header_keeps_the_lines_under_it() -> None:
    text = STORY + "Comments (3)\nCustoms find cocaine in a shipment of bananas\n"
    masked = mask_noise(text)[0]
    assert "Customs find cocaine in a shipment of bananas" in masked


def test_a_site_menu_after_the_sites_domain_is_masked() -> None:
    menu = "harbour-times.mu   |   Actualités   Société   Faits divers   Économie   Sport"
    text = menu + "\nCustoms seize 4 kg of heroin at the port\n\n" + STORY
    masked = mask_noise(text)[0]
    assert not masked[:len(menu)].strip()
    assert "Customs seize 4 kg of heroin at the port" in masked
