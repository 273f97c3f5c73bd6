"""The extraction driver: items, offsets into the original text, references, errors."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

import pressparse
from pressparse.driver import nearest_references, split_long

DUMP = (
    "Border guards of Tajikistan stopped a truck carrying 300 kg of hashish.\n\n\n"
    "From 3 to 7 October 2022, the customs services of Uzbekistan and Kazakhstan held a "
    "joint exercise near Tashkent.\n\n"
    "IMG-20221008-WA0003.jpgOn 8 October 2022, officers seized 12 kg of heroin in Osh.\n\n"
    "Go back\n\nRead more\n"
)


def test_every_entity_text_is_the_original_text_at_its_offsets() -> None:
    document = pressparse.extract(DUMP, id="dump")
    assert not document.errors
    assert document.entities
    for entity in document.entities:
        assert DUMP[entity.start:entity.end] == entity.text
    for item in document.items:
        assert 0 <= item.start < item.end <= len(DUMP)


def test_masked_noise_yields_no_entities() -> None:
    document = pressparse.extract(DUMP, id="dump")
    noise_end = DUMP.index(".jpg") + 4
    noise_start = DUMP.index("IMG-")
    assert not [e for e in document.entities if e.start < noise_end and e.end > noise_start]
    assert not [e for e in document.entities if "Go back" in e.text or "Read" in e.text]


def test_invisible_characters_inside_names_do_not_break_them() -> None:
    text = "Customs officers in Ka\u200bzakh\u200dstan seized 5 kg of opium on 2 May 2023."
    document = pressparse.extract(text)
    countries = [e for e in document.entities if e.label == "COUNTRY"]
    assert [c.normalized["iso2"] for c in countries] == ["KZ"]
    assert countries[0].text == "Ka\u200bzakh\u200dstan"


@pytest.mark.parametrize(("length", "limit", "pieces"), [(10, 100, 1), (250, 100, 3)])
def test_split_long_covers_the_text_without_gaps(length: int, limit: int, pieces: int) -> None:
    text = ("word " * length)[:length]
    parts = split_long(0, length, text, limit)
    assert len(parts) == pieces
    assert parts[0][0] == 0 and parts[-1][1] == length
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert all(end - start <= limit for start, end in parts)


@pytest.mark.parametrize(("references", "index", "expected"), [
    ([dt.date(2024, 1, 1), None, dt.date(2019, 1, 1)], 1, dt.date(2024, 1, 1)),
    ([None, None, dt.date(2019, 1, 1)], 0, dt.date(2019, 1, 1)),
    ([None, None], 0, None),
    ([dt.date(2024, 6, 28), None, None, dt.date(2019, 3, 1)], 2, dt.date(2024, 6, 28)),
])
def test_nearest_reference_prefers_the_closest_earlier_item(
        references: list[dt.date | None], index: int, expected: dt.date | None) -> None:
    assert nearest_references(references)[index] == expected


def test_year_less_teaser_takes_its_year_from_the_teasers_above_it() -> None:
    dump = ("From 3 to 14 June 2024, CSTO instructors trained border officers in Dushanbe.\n\n"
            "Customs officers of Armenia held a staff meeting in Yerevan on security issues.\n\n"
            "From 25 to 27 June, Kazakhstan hosted planning talks for the Cooperation-2024 "
            "exercise.\n\n"
            "In the period from 2 to 9 October 2019, police of five states took part in an "
            "anti-drug operation and seized more than 2 tons of hashish in total, officials "
            "of the coordination centre in Almaty reported at the closing briefing.")
    document = pressparse.extract(dump)
    ranges = [(e.normalized["start"], e.normalized["year_inferred"])
              for e in document.entities if e.label == "DATE" and e.text.startswith("25")]
    assert ranges == [("2024-06-25", True)]


@pytest.mark.parametrize(("text", "org"), [
    ("Eleven Charged in Meth Pipeline; Agents Seize Over 900 Pounds\nU.S. Attorney's Office\n"
     "Southern District of California\n\nSAN DIEGO - Eleven people were charged.",
     "U.S. Attorney's Office"),
    ("Customs Seize Cocaine Hidden in Frozen Fish at Mundra Port\nDirectorate of Revenue "
     "Intelligence\n\nOfficers recovered 110 kg of cocaine.",
     "Directorate of Revenue Intelligence"),
    ("On 28 July 2021, the National Guard in Rotterdam seized more than 8,466 g of cocaine. 0 "
     "\n\n\n On 28 July 2021, the National Guard in Rotterdam seized more than 8,466 g of "
     "cocaine.", "National Guard"),  # the title ends in a space, not a line-break token
])
def test_no_name_spans_the_title_line_and_the_next(text: str, org: str) -> None:
    document = pressparse.extract(text)
    assert org in [e.text for e in document.entities if e.label == "ORG"]
    assert not any("\n" in e.text for e in document.entities if e.label == "ORG")


def test_published_date_resolves_year_less_dates() -> None:
    document = pressparse.extract("On 12 March, police seized 40 kg of heroin.",
                                  published="2021-03-15")
    dates = [e for e in document.entities if e.label == "DATE"]
    assert dates and dates[0].normalized["start"] == "2021-03-12"
    assert dates[0].normalized["year_inferred"] is True


@pytest.mark.parametrize(("value", "stage"), [
    ({"id": "x", "text": 42}, "read"),
    ({"id": "y"}, "read"),
    ([1, 2], "read"),
])
def test_bad_records_become_documents_with_errors(value: object, stage: str) -> None:
    [document] = list(pressparse.extract_many([value]))
    assert document.errors and document.errors[0].stage == stage
    assert document.items == []


@pytest.mark.parametrize(("text", "warned"), [
    ("Home\nNews\nContacts\n\nLogin | Register\n© 2024 Ministry. All rights reserved.\n"
     "Go back\n", True),
    ("x", True),
    ("Customs officers at Dostyk seized 12 kg of hashish on Monday.", False),
])
def test_a_text_without_news_items_says_so(text: str, warned: bool) -> None:
    document = pressparse.extract(text)
    warning = [w for w in document.warnings if w.message.startswith("no news item")]
    assert bool(warning) is warned
    assert bool(document.items) is not warned


@pytest.mark.parametrize(("docs", "options", "error", "message"), [
    ("Police seized 2 kg", {}, TypeError, "not one str"),
    (b"Police seized 2 kg", {}, TypeError, "not one bytes"),
    (["Police seized 2 kg"], {"n_process": 0}, ValueError, "n_process=0"),
    (["Police seized 2 kg"], {"batch_size": 0}, ValueError, "batch_size=0"),
    (["Police seized 2 kg"], {"time_budget": -1}, ValueError, "time_budget=-1"),
    (["Police seized 2 kg"], {"n_process": "2"}, TypeError, "n_process must be an int"),
    (["Police seized 2 kg"], {"batch_size": 2.5}, TypeError, "batch_size must be an int"),
    (["Police seized 2 kg"], {"n_process": 2, "model": "/nonexistent"}, OSError,
     "Can't find model directory: /nonexistent"),
])
def test_extract_many_refuses_bad_arguments_at_the_call(
        docs: object, options: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        pressparse.extract_many(docs, **options)  # type: ignore[arg-type]


def test_a_missing_model_raises_the_same_error_with_one_process() -> None:
    with pytest.raises(OSError, match="Can't find model directory: /nonexistent"):
        list(pressparse.extract_many(["Police seized 2 kg"], model="/nonexistent"))


@pytest.mark.parametrize("id_", [5, 0, b"a"])
def test_extract_refuses_an_id_that_is_not_a_str(id_: object) -> None:
    with pytest.raises(TypeError, match="id must be a str"):
        pressparse.extract("Police seized 2 kg", id=id_)  # type: ignore[arg-type]


def test_extract_many_keeps_order_and_ids() -> None:
    docs = [{"id": f"d{i}", "text": f"On {i + 1} May 2020 police seized {i + 1} kg of opium."}
            for i in range(5)]
    assert [d.id for d in pressparse.extract_many(docs)] == [f"d{i}" for i in range(5)]


# A page of posts with no publication date whose headers ("Oman Police @OmanPolice · Oct 14")
# the noise mask leaves outside their items: each item's weekdays and "yesterday" count from
# the header right above it (its year the one nearest the page's written dates), not from a
# neighbouring item's latest date.
POSTS = ("Oman Police\n@OmanPolice\nThe official account\nPosts   Replies   Media\n\n"
         "Oman Police @OmanPolice · Oct 14\nTranslated from Arabic · Show original\n"
         "The Coast Guard intercepted yesterday evening a boat off the coast of Dhofar with "
         "200 kg of hashish on board.\n#ROP\n💬 41   ↻ 388   ♥ 1.6K\n\n"
         "Oman Police @OmanPolice · Oct 12\nTranslated from Arabic · Show original\n"
         "The police command in Bahla arrested on Saturday a citizen for selling crystal "
         "meth.\n#ROP\n💬 12   ↻ 90   ♥ 700\n\n"
         "Oman Police @OmanPolice · Oct 1\nTranslated from Arabic · Show original\n"
         "In the first nine months of 2025, the directorate seized 4 tonnes of drugs and "
         "arrested 1,200 people.\n")


@pytest.mark.parametrize(("span", "day"), [("yesterday evening", "2025-10-13"),
                                            ("Saturday", "2025-10-11")])
def test_a_post_header_above_an_item_dates_it(span: str, day: str) -> None:
    document = pressparse.extract(POSTS)
    values = {e.text: e.normalized for e in document.entities if e.label == "DATE"}
    assert values[span]["start"] == values[span]["end"] == day, values


# A single story whose only written year stands in a byline or source line the noise mask
# blanks ("Olga Ivashkevich · 09.11.2026 · 1 117 views"), with no neighbouring item to date
# it: its year-less dates count from that line's day.
BYLINE_DATED = (
    "Grodno Pravda\nNews   Society   Law and order   Subscription\nLaw and order\n"
    "\"Barrier\" on the roads: what the anti-drug operation in the region showed\n"
    "Olga Ivashkevich · 09.11.2026 · 1 117 views\n"
    "For ten days, from October 27 to November 5, the police of the region checked 900 "
    "vehicles and seized 3 kg of drugs. On Tuesday the results were presented to the press.\n")


@pytest.mark.parametrize(("span", "first", "last"), [
    ("October 27 to November 5", "2026-10-27", "2026-11-05"),
    ("Tuesday", "2026-11-03", "2026-11-03"),
])
def test_a_blanked_byline_date_dates_a_lone_item(span: str, first: str, last: str) -> None:
    document = pressparse.extract(BYLINE_DATED)
    values = {e.text: e.normalized for e in document.entities if e.label == "DATE"}
    assert (values[span]["start"], values[span]["end"]) == (first, last), values


# A post's own date line (a stamp under its title, masked as page furniture or not) dates the
# post's weekdays and "yesterday": on a page with no publication date when the post's dates
# need a reference, and on a dated page when the stamp is earlier than the page's date
# (session 21; every text our own wording). (text, published, span, expected start)
POST_STAMPS: list[tuple[str, str | None, str, str]] = [
    ("Lusaka Police Service\nPosts\nPOLICE SEIZE 40 KG OF CANNABIS IN CHIPATA\n"
     "3 November at 11:20 · 🌍\nPolice in Chipata yesterday intercepted a minibus carrying 40 "
     "kilograms of cannabis.\n\nThe operation, which began on 1st November 2026, continues.\n",
     None, "yesterday", "2026-11-02"),
    ("Zambia Police\nTWO HELD WITH HEROIN AT THE AIRPORT\n12 November at 08:05 · 🌍\nTwo "
     "foreign nationals were arrested on Tuesday with 2.1 kg of heroin. Both appear in court "
     "this week.\n\nZambia Police\nFESTIVE SEASON APPEAL\n10 November at 19:40 · 🌍\nDrug "
     "seizures rose 14% between January and October 2026.\n",
     None, "Tuesday", "2026-11-10"),
    ("Zambia Police\nTWO HELD WITH HEROIN AT THE AIRPORT\n12 November at 08:05 · 🌍\nTwo "
     "foreign nationals were arrested on Tuesday with 2.1 kg of heroin. Both appear in court "
     "this week.\n\nZambia Police\nFESTIVE SEASON APPEAL\n10 November at 19:40 · 🌍\nDrug "
     "seizures rose 14% between January and October 2026.\n",
     None, "this week", "2026-11-09"),
    ("Royal Police Force\nMEDIA RELEASE: COCAINE FOUND ON BEACH\nOctober 11 at 6:02 PM · 🌏\n"
     "Yesterday afternoon, a fisherman found 12 packages on the beach at Vaitele.\n",
     "2026-10-12", "Yesterday afternoon", "2026-10-10"),
    ("Police Service News\nARREST IN SUVA\n9 October at 14:15 · 🌍\nOfficers arrested a man "
     "yesterday after a search of his house.\n\nPolice Service News\nCHECKPOINT RESULTS\n"
     "5 October at 10:00 · 🌍\nLast week officers seized 8 kg of marijuana at checkpoints.\n",
     "2026-10-12", "yesterday", "2026-10-08"),
    # no stamp: the page's date stands
    ("MEDIA RELEASE: COCAINE FOUND ON BEACH\n\nYesterday afternoon, a fisherman found 12 "
     "packages on the beach at Vaitele.\n", "2026-10-12", "Yesterday afternoon", "2026-10-11"),
    # a stamp after the page's date is no post's: the page's date stands
    ("Royal Police Force\nMEDIA RELEASE: COCAINE FOUND ON BEACH\nOctober 14 at 6:02 PM · 🌏\n"
     "Yesterday afternoon, a fisherman found 12 packages on the beach at Vaitele.\n",
     "2026-10-12", "Yesterday afternoon", "2026-10-11"),
]


@pytest.mark.parametrize(("text", "published", "span", "start"), POST_STAMPS)
def test_a_post_is_dated_by_its_own_stamp(text: str, published: str | None, span: str,
                                          start: str) -> None:
    document = pressparse.extract(text, published=published)
    found = {e.text: e.normalized["start"] for e in document.entities if e.label == "DATE"}
    assert found.get(span) == start, found
