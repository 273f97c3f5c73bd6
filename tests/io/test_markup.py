"""Reading transfer encodings and markup: quoted-printable, Markdown, JSON field dumps."""

from __future__ import annotations

import pytest

from pressparse.io.edits import apply_edits
from pressparse.io.markup import json_fields, markdown, quoted_printable
from pressparse.text_view import decoded

QP_NEWSLETTER = (
    "Tax and Customs Board | Weekly digest=20\n"
    "=20\n"
    "Narva crossing =E2=80=94 officers found 2.6 kg of amphetamine in a car=\n"
    "go of furniture on 4 March.=20\n"
    "Contact: press@emta.example =C2=B7 P=C3=A4rnu mnt 1=20\n"
)
QP_WITH_HEADER = (
    "From: Press Office <press@interior.example>\n"
    "Subject: =?UTF-8?Q?Weekly_brief_=E2=80=93_March?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Police in Windhoek seized 40 kg of cannabis on 2 March.\n"
)


@pytest.mark.parametrize(("text", "reads"), [
    (QP_NEWSLETTER,
     "Tax and Customs Board | Weekly digest \n \nNarva crossing — officers found 2.6 kg of "
     "amphetamine in a cargo of furniture on 4 March. \nContact: press@emta.example · Pärnu "
     "mnt 1 \n"),
    # the header declares the encoding; its MIME lines read as nothing, its encoded word as text
    (QP_WITH_HEADER,
     "From: Press Office <press@interior.example>\nSubject: Weekly brief – March\n\n\n\n\n"
     "Police in Windhoek seized 40 kg of cannabis on 2 March.\n"),
    # a code that is no UTF-8 character stays as written
    ("Lines=20\nmore=20\nand=20\nbad =FF byte\n", "Lines \nmore \nand \nbad =FF byte\n"),
])
def test_quoted_printable_reads_as_its_text(text: str, reads: str) -> None:
    assert apply_edits(text, quoted_printable(text))[0] == reads


@pytest.mark.parametrize("text", [
    "The fine was set at x=20 units per gram under the 2019 decree.",  # one '=' code
    "Kingston, 4 May =\nJamaica Constabulary Force seized 12 kg of cocaine.",  # one '=' at an end
    "Results\n==========\nOfficers seized 3 kg.\n==========\nMore\n==========\n",  # '=' rules
    "Score: A=20, B=30, C=40 (a table, not an encoding)",
])
def test_ordinary_text_with_equal_signs_is_untouched(text: str) -> None:
    assert quoted_printable(text) == []


MARKDOWN_RELEASE = (
    "[Home](https://police.example.na/) > [News](https://police.example.na/news)\n"
    "\n"
    "## Rundu: 55 kg of cannabis found in a taxi\n"
    "\n"
    "![taxi.jpg](https://police.example.na/img/taxi.jpg)\n"
    "\n"
    "**Rundu, 3 June 2025.** Officers of the _Kavango East_ region stopped a taxi and the\n"
    "[Namibian Police Force](https://police.example.na) seized 55 kg of cannabis.\n"
    "> Call 10111 with information.\n"
)


@pytest.mark.parametrize(("text", "reads"), [
    (MARKDOWN_RELEASE,
     "Home > News\n\nRundu: 55 kg of cannabis found in a taxi\n\n\n\nRundu, 3 June 2025. "
     "Officers of the Kavango East region stopped a taxi and the\nNamibian Police Force seized "
     "55 kg of cannabis.\nCall 10111 with information.\n"),
    # snake_case names and a lone asterisk keep their characters
    ("# Weekly results\n## First\n## Second\nSee report_2025_final.pdf * footnote\n",
     "Weekly results\nFirst\nSecond\nSee report_2025_final.pdf * footnote\n"),
])
def test_markdown_reads_as_its_text(text: str, reads: str) -> None:
    assert apply_edits(text, markdown(text))[0] == reads


@pytest.mark.parametrize("text", [
    "The **new** unit seized 4 kg of heroin in Mombasa on 2 May.",  # one bold phrase
    "# # #\nEnd of release\n",  # a release's end mark, no heading
    "See [the annex](https://gov.example/annex.pdf) for the list of 12 seizures.",  # one link
])
def test_text_with_little_markdown_is_untouched(text: str) -> None:
    assert markdown(text) == []


JSON_DUMP = (
    '{"site": "navy.example.lk", "records": [\n'
    "{\n"
    '"headline": "Navy seizes 120 kg of \\"Kerala ganja\\" off Point Pedro",\n'
    '"body": "JAFFNA \\u2014 A Navy patrol seized 120 kg of ganja.\\nTwo men were arrested.",\n'
    '"tags": ["ganja", "Jaffna"]\n'
    "},\n"
    "{\n"
    '"headline": "Heroin found at Colombo port",\n'
    '"body": "Customs found 4 kg of heroin in a container."\n'
    "}\n"
    "]}\n"
)


def test_json_dump_reads_as_its_records_text() -> None:
    assert apply_edits(JSON_DUMP, json_fields(JSON_DUMP))[0] == (
        "navy.example.lk\n\n"
        'Navy seizes 120 kg of "Kerala ganja" off Point Pedro\n'
        "JAFFNA — A Navy patrol seized 120 kg of ganja.\nTwo men were arrested.\n"
        "\n---\n\n"
        "Heroin found at Colombo port\n"
        "Customs found 4 kg of heroin in a container.\n\n\n")


@pytest.mark.parametrize("text", [
    'The spokesman said: "We seized 3 kg", adding "more to come": nothing else.',
    '{"id": 4}\nPolice in Lagos seized 2 kg of cocaine.',  # one field, no dump
])
def test_text_with_a_quoted_colon_is_no_json_dump(text: str) -> None:
    assert json_fields(text) == []


@pytest.mark.parametrize("text", [
    "Plain press release: police seized 4 kg of cocaine = a record.",
    "",
    "Two lines\nof plain text.",
])
def test_plain_text_is_not_decoded(text: str) -> None:
    assert decoded(text) is None


def test_markdown_sent_quoted_printable_is_read_twice_back_to_the_original() -> None:
    text = ("## Tallinn =E2=80=94 port check=20\n## Second=20\n"
            "Read [the report](https://x.example/r) on the =\nseizure.=20\n")
    view, starts, ends = decoded(text) or ("", [], [])
    assert view == "Tallinn — port check \nSecond \nRead the report on the seizure. \n"
    dash = view.index("—")
    assert text[starts[dash]:ends[dash]] == "=E2=80=94"
    report = view.index("report")
    assert text[starts[report]:ends[report + 5]] == "report"
    seizure = view.index("seizure")
    assert text[starts[seizure]:ends[seizure + 6]] == "seizure"
