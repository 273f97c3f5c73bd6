"""The page's closing bar (sharing buttons, a view counter) under a story: the one line the
page writes under it (the press office's name, a call to readers) is no part of the story;
a bar under the headline leaves the story whole."""

from __future__ import annotations

import pytest

from pressparse.io.segment import segment

OFFICE_UNDER_SHARE_BAR = (
    "Police seize 60 kg of ganja in St Elizabeth\n\n"
    "Police in St Elizabeth seized 60 kg of compressed ganja during an operation in "
    "Black River on Sunday, 14 March 2027.\n\n"
    "Two men were arrested and are to be charged with possession of and dealing in ganja.\n\n"
    "Share:  Facebook  Twitter  WhatsApp\n"
    "Constabulary Communication Unit of the Police Force\n"
)
PROMPT_UNDER_VIEW_COUNTER = (
    "NATIONAL POLICE OF UKRAINE: DRUG LABORATORY CLOSED IN DNIPRO\n"
    "Officers of the drug police closed a laboratory producing amphetamine in a rented "
    "garage in Dnipro on 2 March 2027.\n"
    "Eleven kilograms of the drug and equipment worth 2 million hryvnias were seized.\n"
    "Views: 1 312\n"
    "If you know about drug sales, call the police on 102.\n"
)
PROMPT_UNDER_EYE_COUNTER = (
    "Coast guard stops a boat with 300 kg of cocaine off Esmeraldas\n"
    "A coast guard patrol stopped a fishing boat 60 nautical miles off Esmeraldas on 9 March "
    "2027 and found 300 kg of cocaine in its hold.\n"
    "Three crew members were arrested.\n"
    "\U0001f441 2 047\n"
    "Report suspicious boats to the coast guard on 1800 300.\n"
)
OFFICE_UNDER_SPANISH_COUNTER = (
    "Police dismantle a marijuana plantation in Alto Paraná\n"
    "Officers of the anti-drug secretariat destroyed 12 hectares of marijuana near Itakyry "
    "on 4 March 2027.\n"
    "Four camps and 900 kg of dried marijuana were burned.\n"
    "Visitas: 845\n"
    "Press Office of the National Anti-Drug Secretariat\n"
)
BAR_UNDER_THE_HEADLINE = (
    "Customs dogs find heroin in a bus at the border\n"
    "Share  Print\n"
    "Customs officers at the Kapitan Andreevo crossing found 9 kg of heroin in a bus.\n\n"
    "The driver was detained.\n"
)


@pytest.mark.parametrize(("text", "opening", "ending"), [
    (OFFICE_UNDER_SHARE_BAR, "Police seize 60 kg", "dealing in ganja."),
    (PROMPT_UNDER_VIEW_COUNTER, "NATIONAL POLICE OF UKRAINE", "were seized."),
    (PROMPT_UNDER_EYE_COUNTER, "Coast guard stops", "were arrested."),
    (OFFICE_UNDER_SPANISH_COUNTER, "Police dismantle", "were burned."),
    (BAR_UNDER_THE_HEADLINE, "Customs dogs find", "The driver was detained."),
], ids=["office_under_share_bar", "prompt_under_view_counter", "prompt_under_eye_counter",
        "office_under_spanish_counter", "bar_under_the_headline"])
def test_a_line_under_the_closing_bar_is_outside_the_story(
        text: str, opening: str, ending: str) -> None:
    spans = [text[seg.start:seg.end] for seg in segment(text)]
    assert len(spans) == 1, spans
    assert spans[0].startswith(opening) and spans[0].endswith(ending), spans[0]
