"""Chat exports' message stamps (session 28): "[21.09.2026, 08:46] Press Officer: ..." dates
the export's message, not the story, so it is no DATE; a channel's date line standing over
its post on a line of its own ("[05 Oct, 09:30]") still is one, as the samples guide's Items
section has it. Our own chats (holdout26 and holdout28 showed the class in three exports of
three publishers, with dotted, slashed and two-digit-year stamps).
"""

from __future__ import annotations

import pytest
from date_paths import assert_absent_on_every_path, assert_value_on_every_path, span
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

REFERENCE = "2026-05-14"
COAST_GUARD = (
    "[12.05.2026, 07:58] Coast Guard PRO: *PRESS RELEASE*\n"
    "[12.05.2026, 08:02] Coast Guard PRO: Patrol boats intercepted a dhow off Lamu on "
    "11 May 2026 with 240 kg of heroin.\n"
    "[12.05.2026, 08:15] Kioko (Daily Coast): Thanks, sir\n"
)
US_STYLE = (
    "[5/13/2026, 9:14 PM] Sheriff's Office Media: Deputies seized 3 kg of fentanyl on "
    "Tuesday night.\n"
    "[5/13/2026, 9:20 PM] KTVB Newsroom: Which county?\n"
)
SLASHED = (
    "[13/05/2026, 18:40] Rédaction Abidjan: Communiqué reçu\n"
    "The police seized 1.2 tonnes of cannabis on 12 May 2026 at San-Pédro.\n"
)
CHANNEL_LINE = (
    "[11 May, 10:05]\n"
    "CUSTOMS WEEK IN FIGURES\n"
    "During the week officers made 14 seizures.\n"
)

ABSENT: list[tuple[str, str]] = [
    (COAST_GUARD, "12.05.2026"),
    (US_STYLE, "5/13/2026"),
    (SLASHED, "13/05/2026"),
]

PRESENT: list[tuple[str, str, dict[str, str]]] = [
    (COAST_GUARD, "11 May 2026", span("2026-05-11", "2026-05-11")),
    (SLASHED, "12 May 2026", span("2026-05-12", "2026-05-12")),
    (CHANNEL_LINE, "11 May", span("2026-05-11", "2026-05-11")),
]


@pytest.mark.parametrize(("text", "stamp"), ABSENT, ids=[row[1] for row in ABSENT])
def test_message_stamp_is_no_date(tagger: DateTagger, nlp: Language, text: str,
                                  stamp: str) -> None:
    assert_absent_on_every_path(tagger, nlp, REFERENCE, text, stamp)


@pytest.mark.parametrize(("text", "expression", "expected"), PRESENT,
                         ids=[row[1] for row in PRESENT])
def test_story_dates_of_a_chat_stay(tagger: DateTagger, nlp: Language, text: str,
                                    expression: str, expected: dict[str, str]) -> None:
    assert_value_on_every_path(tagger, nlp, REFERENCE, text, expression, expected)
