"""Event types: a training's practical part ("practical exercise") and an investigation
course are parts of a training, no exercise or operation of their own."""

from __future__ import annotations

import pytest
from event_docs import build_doc

from pressparse.events import assemble_events

TRAINING_PARTS = [
    # (text, expected type of the item's event), several publishers' styles
    ("A five-day course on port container control opened in Tema on Monday for 25 customs "
     "officers. On the last day, participants will take part in a practical exercise at "
     "the container terminal.", "training"),
    ("The national police academy hosted a two-week investigation course for 30 detectives. "
     "The course ended with practical exercises on crime scene work.", "training"),
    ("DUSHANBE, 16 June -- Border officers completed a training on risk profiling. "
     "Practical exercises at a customs terminal took up the last two days.", "training"),
    ("An advanced drug investigations course for officers from six countries concluded "
     "yesterday.", "training"),
]


@pytest.mark.parametrize(("text", "expected"), TRAINING_PARTS)
def test_training_parts_type_training(nlp, rules, text: str, expected: str) -> None:
    events = assemble_events(build_doc(nlp, text, []), rules)
    assert [e["type"] for e in events][:1] == [expected]
