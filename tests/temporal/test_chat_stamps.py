"""Chat exports' message stamps: "[21.09.2026, 08:46] Press Officer: ..." is the post's date
line, a DATE like a channel's date line over its post (samples guide, Items: session 28 settled
WhatsApp stamps so, h26_11 and h28_14 brought to h28_03); the story's own dates under it stay
theirs. Our own chats.
"""

from __future__ import annotations

import pytest
from date_paths import assert_value_on_every_path, span
from spacy.language import Language

from pressparse.temporal.tagger import DateTagger

REFERENCE = "2026-05-14"
COAST_GUARD = (
    "[12.05.2026, 07:58] Coast Guard PRO: *PRESS RELEASE*\n"
    "Patrol boats intercepted a dhow off Lamu on 11 May 2026 with 240 kg of heroin.\n"
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

CASES: list[tuple[str, str, dict[str, str]]] = [
    (COAST_GUARD, "12.05.2026", span("2026-05-12", "2026-05-12")),
    (COAST_GUARD, "11 May 2026", span("2026-05-11", "2026-05-11")),
    (SLASHED, "13/05/2026", span("2026-05-13", "2026-05-13")),
    (SLASHED, "12 May 2026", span("2026-05-12", "2026-05-12")),
    (CHANNEL_LINE, "11 May", span("2026-05-11", "2026-05-11")),
]


@pytest.mark.parametrize(("text", "expression", "expected"), CASES,
                         ids=[row[1] for row in CASES])
def test_chat_stamp_and_story_dates(tagger: DateTagger, nlp: Language, text: str,
                                    expression: str, expected: dict[str, str]) -> None:
    assert_value_on_every_path(tagger, nlp, REFERENCE, text, expression, expected)
