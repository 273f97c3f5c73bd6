"""Subtitle files (SRT, WebVTT) read as running text: cue numbers and timing lines read as
nothing, a sentence split across cues reads whole."""

from __future__ import annotations

import pytest

from pressparse.text_view import pipeline_view

SRT_KENYA = (
    "1\n00:00:00,400 --> 00:00:03,100\nCUSTOMS HAUL AT MOMBASA PORT\n\n"
    "2\n00:00:03,200 --> 00:00:07,900\n"
    "Officers of the Kenya Revenue Authority\nfound 96 kg of heroin\n\n"
    "3\n00:00:08,000 --> 00:00:11,500\nin a container of tiles from Pakistan on Tuesday.\n\n"
    "4\n00:00:11,600 --> 00:00:14,000\n[music]\n")
VTT_CHILE = (
    "WEBVTT\n\n"
    "00:01.000 --> 00:04.200 align:start\nCarabineros seized 1.3 tonnes of marijuana\n\n"
    "00:04.300 --> 00:07.800\nnear Arica on 4 March, the prosecutor said.\n\n"
    "00:07.900 --> 00:10.000\n(Prosecutor's office of Arica and Parinacota)\n\n"
    "00:10.100 --> 00:12.000\nTwo men were arrested.\n")
SRT_CRLF_TITLED = (
    "pnp_report_EN.srt\r\n1\r\n00:00:01,000 --> 00:00:04,000\r\n"
    "The Philippine National Police\r\n\r\n"
    "2\r\n00:00:04,100 --> 00:00:08,000\r\nraided a shabu laboratory in Cavite.\r\n\r\n"
    "3\r\n00:00:08,100 --> 00:00:10,000\r\nFive suspects were held.\r\n")

VIEWS = [
    (SRT_KENYA, "CUSTOMS HAUL AT MOMBASA PORT\n\nOfficers of the Kenya Revenue Authority "
     "found 96 kg of heroin in a container of tiles from Pakistan on Tuesday.\n\n[music]\n"),
    (VTT_CHILE, "WEBVTT\n\nCarabineros seized 1.3 tonnes of marijuana near Arica on 4 March, "
     "the prosecutor said.\n\n(Prosecutor's office of Arica and Parinacota)\n\n"
     "Two men were arrested.\n"),
    (SRT_CRLF_TITLED, "pnp_report_EN.srt\r\nThe Philippine National Police raided a shabu "
     "laboratory in Cavite.\r\n\r\nFive suspects were held.\r\n"),
]


@pytest.mark.parametrize(("text", "view"), VIEWS)
def test_cues_read_as_running_text(text: str, view: str) -> None:
    assert pipeline_view(text)[0] == view


@pytest.mark.parametrize("text", [
    "Prices rose sharply (2024 --> 2025) in the capital.\n",
    "Timeline\n00:00:01,000 --> 00:00:04,000\nThe raid began at dawn\nand ended at noon.\n",
    "The customs service seized 40 kg of cocaine.\n",
])
def test_text_without_several_cues_reads_as_written(text: str) -> None:
    assert pipeline_view(text) == (text, None)


def test_entity_offsets_point_into_the_cue_text() -> None:
    text, view_map = SRT_KENYA, pipeline_view(SRT_KENYA)[1]
    assert view_map is not None
    view = view_map.view
    start = view.index("in a container")
    first, last = view_map.span(start, start + len("in a container"))
    assert text[first:last] == "in a container"


def test_entities_of_a_sentence_split_across_cues_are_found() -> None:
    import pressparse

    document = pressparse.extract(SRT_KENYA, id="srt", published="2027-03-10")
    found = {(entity.label, SRT_KENYA[entity.start:entity.end])
             for item in document.items for entity in item.entities}
    assert {("ORG", "Kenya Revenue Authority"), ("QUANTITY", "96 kg"),
            ("COUNTRY", "Pakistan")} <= found
    assert not any("-->" in SRT_KENYA[e.start:e.end]
                   for item in document.items for e in item.entities)
