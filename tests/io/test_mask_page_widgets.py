"""Page widgets around a story that noise masking removes (samples/README.md, "Items": edge
noise and page furniture): rating widgets, gallery pagers, "load more" links, calendar
subscriptions, spelled-out end lines, a "You are here" trail, a search page's head, share
bars whose label stands apart from its buttons, cookie banners and translation notes in
other languages, a wire's end marker with desk initials, and link lists under "Read more:"
or "Other ... news" headings (a question headline among the links too)."""

from __future__ import annotations

import pytest

from pressparse.io.mask import is_noise_line, mask_noise

WIDGET_LINES = [
    "Rate this article: ★★★☆☆",
    "Rate this news: ★★★★☆       Share: f  X  in  ✉",
    "Rating: 4.2/5 (37 votes)",
    "< Previous gallery   |   Next gallery >",
    "Next album »",
    "Load more notifications",
    "View more updates",
    "Subscribe to the court calendar (iCal)  |  Print",
    "*** END OF BULLETIN ***",
    "END OF REPORT",
    "[END OF TRANSCRIPT - 4:52 p.m.]",
    "Text size: A A A    🖨 Print    ✉ Email this article",
    "Vous êtes ici : Accueil » Actualités » Douane",
    "You are here: Home > Media > Press releases",
    "Search results for: cocaine port",
    "12 results found · Sort by: Relevance | Newest",
    "[Traducido automáticamente del español]",
    "Partagez :  Facebook  X  WhatsApp",
    "Deel dit bericht:  Facebook  LinkedIn  WhatsApp",
    "We gebruiken cookies voor statistieken. Accepteren | Weigeren",
    "ⓘ Deze pagina is automatisch vertaald uit het Nederlands. Origineel bekijken",
    "Enditem/JL",
    "Meer nieuws >",
    "Podelit'sya / Share: VK | OK | Telegram",
    "Lượt xem: 1.024   |  In bài   |  Chia sẻ",
    "Wróć do listy",
    "Attachments",
    "Photo gallery (12)",
    "Télécharger le communiqué (pdf - 96 Ko)",
    "COMMUNIQUÉ DE PRESSE",
    "Pressemitteilung",
    "‹ Previous section (2. Road Safety) | Contents | Next section (4. Border Control) ›",
    "Yes – 64% (1 209 votes)",
    "Hard to say: 9% (88 votes)",
    "END OF TRANSMISSION - If pages are missing please call the sender",
    "Companies in this story: (TSX:ABC)",
]


@pytest.mark.parametrize("line", WIDGET_LINES)
def test_page_widgets_are_noise(line: str) -> None:
    assert is_noise_line(line)
    text = f"Officers seized 40 kg of hashish.\n\n{line}\n\nThe driver was arrested."
    masked, _ = mask_noise(text)
    assert " ".join(masked.split()) == "Officers seized 40 kg of hashish. The driver was arrested."


STORY_LINES = [
    "Rates of drug use among teenagers fell by 4 percent, the survey showed.",
    "Search teams found 12 kg of cocaine in the hold of the trawler.",
    "Subscribers to the service reported a parcel from Brazil on Monday.",
    "The end of the operation was announced on Friday.",
    "Attachments of the suspects' accounts were ordered by the court.",
    "The gallery owner was detained with 2 kg of cocaine.",
    "The contents of the parcel were sent to the laboratory.",
    "Seizures rose 12% (from 40 tonnes) in 2025.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_like_widgets_stay(line: str) -> None:
    assert not is_noise_line(line)


HEADED_LISTS = [
    ("The clinic will open in March.\n\nRead more:\n- Vaccination sites across the region\n"
     "- Why did flu cases rise this winter?\n\nThe ministry thanked the volunteers.\n",
     "The clinic will open in March. The ministry thanked the volunteers."),
    ("The final was played on Sunday.\n\nOther sports news\n- Rowing: crews leave for Durban\n"
     "- Chess: junior title decided on tie-break\n",
     "The final was played on Sunday."),
]


@pytest.mark.parametrize(("text", "kept"), HEADED_LISTS)
def test_link_lists_under_their_headings_are_masked(text: str, kept: str) -> None:
    masked, _ = mask_noise(text)
    assert masked.split() == kept.split()


def test_a_teasers_read_more_link_is_masked_its_lead_stays() -> None:
    text = "Police hold talks with coast guard on joint patrols at sea... Read more\n"
    masked, _ = mask_noise(text)
    assert masked.rstrip() == "Police hold talks with coast guard on joint patrols at sea..."
