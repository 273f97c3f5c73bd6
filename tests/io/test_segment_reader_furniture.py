"""Items of ordinary news pages with readers' furniture around the story (samples/README.md,
"Items": edge noise, page furniture, "Related news"): readers' comments under their heading,
a "Read also" link in the page's own language set into the article, a related list's dated
entry with its lead and the bare link under it, a blog's comment form, a photo caption under
the headline's date line, a closing "Published at" stamp, a foreign read-more link and view
counter, a donation appeal, the site's domain under the story and a "Popular" sidebar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_checks import Layout, layout_cases

HEAD = "Coast guard seizes 420 kg of cocaine off the north coast"
STORY = (HEAD + "\n\n"
         "The coast guard intercepted a speedboat carrying 420 kg of cocaine about 30 miles "
         "off the north coast on Saturday night, the service said.\n\n"
         "Three crew members were arrested and handed over to the drug squad.\n")
FIRST = ("Coast guard seizes", "handed over to the drug squad.", HEAD)

COMMENTS = Layout("readers_comments_under_a_counter_heading", STORY + (
    "Views: 2 310\n"
    "Comments (3)\n"
    "marco_77 · 12.10.2026 09:14\n"
    "Good job, now find who sent it.\n"
    "Guest · 12.10.2026 10:02\n"
    "Every month the same story and nothing changes.\n"
    "Add comment\n"
), [FIRST])

COMMENTS_SPACED = Layout("readers_comments_set_apart_by_blank_lines", STORY + (
    "\nRéagissez à cet article (2 commentaires)\n\n"
    "Jean-Paul R. — 12/10/2026 à 11:20 : Bravo aux gardes-côtes !\n\n"
    "Nadia — 12/10/2026 à 12:41 : Et les commanditaires ?\n"
), [FIRST])

READ_ALSO = Layout("foreign_read_also_link_inside_the_article", (
    HEAD + "\n\n"
    "The coast guard intercepted a speedboat carrying 420 kg of cocaine about 30 miles off "
    "the north coast on Saturday night, the service said.\n\n"
    "Baca juga: Harga beras naik menjelang akhir tahun\n\n"
    "The crew of three was arrested and handed over to the drug squad, which opened a case.\n"
), [(FIRST[0], "which opened a case.", HEAD)])

DATED_ENTRY = Layout("related_dated_entry_with_its_lead_then_a_bare_link", STORY + (
    "\nRelated news\n"
    "03/10/2026 - Port unit finds heroin in a container of marble tiles\n"
    "The port control unit found 22 kg of heroin hidden in a container of marble tiles "
    "on 1 October.\n"
    "Ministers discuss new coastal patrol programme\n"
), [FIRST, ("03/10/2026 - Port unit", "on 1 October.",
            "03/10/2026 - Port unit finds heroin in a container of marble tiles")])

COMMENT_FORM = Layout("related_post_without_lead_bare_link_and_comment_form", STORY + (
    "Share this:  Facebook  Twitter  Email\n\n"
    "RELATED POSTS\n"
    "Police burn 2 tonnes of seized drugs at the old quarry\n"
    "October 2, 2026\n"
    "Schools get new anti-drug lessons this term\n\n"
    "Leave a Reply\n"
    "Your email address will not be published. Required fields are marked *\n"
), [FIRST, ("Police burn 2 tonnes", "October 2, 2026",
            "Police burn 2 tonnes of seized drugs at the old quarry")])

CAPTION = Layout("photo_caption_under_the_headline_and_its_date_line", (
    "Police seize 1.2 tons of opium after armed clash\n"
    "Wednesday, October 7, 2026 - 17:52\n"
    "opium_bags_display.jpg\n"
    "The seized drugs on display at the police headquarters. Photo: IRNA\n"
    "TEHRAN – Officers of the provincial anti-narcotics unit ambushed a convoy on a "
    "mountain road in the south, taking 1,210 kilograms of opium and detaining two men.\n"
    "The smugglers opened fire before fleeing on foot, and one officer was wounded.\n"
), [("Police seize 1.2 tons", "one officer was wounded.",
     "Police seize 1.2 tons of opium after armed clash")])

PUBLISHED_AT = Layout("closing_published_at_stamp", STORY + (
    "\nPublished at : October 11, 2026\n"
), [FIRST])

FOREIGN_COUNTER = Layout("foreign_read_more_and_view_counter_closing_the_teaser", (
    STORY.rstrip("\n") + "\nBaca Seterusnya »     Dilihat: 1,204\n"
), [FIRST])

DONATION = Layout("donation_appeal_under_the_story", STORY + (
    "\nSupport The Harbour Times\n"
    "The Harbour Times is reader-supported. Donate today to help fund independent "
    "journalism.\n"
), [FIRST])

DOMAIN = Layout("site_domain_under_the_story", STORY + "Harbour-News.com\n", [FIRST])

POPULAR = Layout("popular_sidebar_under_the_story", STORY + (
    "\nPOPULAR\n"
    "› Minister visits the new border post\n"
    "› Farmers get seeds for the next season\n"
), [FIRST])

WIRE_SUBHEAD = Layout("subheading_inside_a_wire_story", (
    "Port traffic hits record as exports surge\n\n"
    "LAGOS, June 4 (NAN) - The country's ports handled a record 1.2 million containers in "
    "the first five months, the ports authority said on Thursday.\n\n"
    "Terminal operators struggle to cope\n\n"
    "Operators said the terminals at Apapa were running at 95 per cent of capacity, and "
    "trucks waited up to three days to load.\n"
), [("Port traffic hits record", "up to three days to load.",
     "Port traffic hits record as exports surge")])

TAG_LINE = Layout("tag_line_closes_the_story_over_the_publishers_description", STORY + (
    "Topics: cocaine, coast guard, north coast\n"
    "Harbour News is published by the Harbour Media Foundation. Republishing is permitted "
    "with a link to the site.\n"
), [FIRST])

COMMENT_WIDGET = Layout("comment_count_and_sign_in_prompt_without_comments", STORY + (
    "Comments (12)\n"
    "You must be registered to comment. Log in\n"
), [FIRST])

COMMENT_RULES = Layout("comment_rules_line_under_the_story", STORY + (
    "\nComments will be moderated. Keep comments relevant to the article.\n"
), [FIRST])

TAGS_OVER_DATED_ENTRY = Layout("tag_and_comment_lines_over_a_dated_related_entry", STORY + (
    "Tags: cocaine, coast guard\n"
    "Comments (3)   Share\n"
    "Read also\n"
    "Customs officers find 3 kg of cocaine in a suitcase at the airport\n"
    "13 May 2026, 18:20\n"
), [FIRST, ("Customs officers find", "18:20",
            "Customs officers find 3 kg of cocaine in a suitcase at the airport")])

LAYOUTS = [WIRE_SUBHEAD, COMMENTS, COMMENTS_SPACED, READ_ALSO, DATED_ENTRY, COMMENT_FORM, CAPTION,
           PUBLISHED_AT, FOREIGN_COUNTER, DONATION, DOMAIN, POPULAR, TAG_LINE, COMMENT_WIDGET,
           COMMENT_RULES, TAGS_OVER_DATED_ENTRY]


@pytest.mark.parametrize(("layout", "check"), layout_cases(LAYOUTS))
def test_items_of_news_pages_with_readers_furniture(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)


NOT_COMMENTS = Layout("comment_counter_over_the_next_headline_opens_no_thread", (
    STORY + "Comments (14)\n\n"
    "Police open new station in the harbour district\n\n"
    "October 11, 2026\n\n"
    "The police opened a new station in the harbour district on Sunday, the ministry said.\n"
), [FIRST,
    ("Police open new station", "the ministry said.",
     "Police open new station in the harbour district")])


@pytest.mark.parametrize(("layout", "check"), layout_cases([NOT_COMMENTS], ("bounds",)))
def test_a_comment_counter_without_comments_opens_no_thread(
        layout: Layout, check: Callable[[Layout], None]) -> None:
    check(layout)
