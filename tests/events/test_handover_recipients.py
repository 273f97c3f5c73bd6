"""A body the suspect, the drugs or the case are handed over to after the event ("handed over
to the Directorate", "placed at the disposal of agents of the Prosecutor's Office and of the
Corps", "a complaint will be filed with the Prosecutor's Office") receives what the event
produced: it is no organizer and no participant of it; the body that acted keeps its role."""

from __future__ import annotations

import pytest

import pressparse

# (text, the event's organizer texts, its participant texts)
CASES = [
    pytest.param(
        "Heroin found on a bus at Namanga\n\nOn 12 May 2025, officers of the Anti-Narcotics "
        "Unit stopped a bus at the Namanga border post and found 20 kg of heroin hidden in a "
        "bag. The driver was arrested and handed over to the Directorate of Criminal "
        "Investigations for further investigation.",
        ["Anti-Narcotics Unit"], [], id="handed-over-to"),
    pytest.param(
        "Cocaine seized in Cartagena\n\nOn 3 June 2025, the Coast Guard Station of Cartagena "
        "intercepted a speedboat off Bocachica and seized 640 kg of cocaine. The three crew "
        "members and the drugs were placed at the disposal of agents of the Technical "
        "Investigation Corps and of the Attorney General's Office.",
        ["Coast Guard Station of Cartagena"], [], id="disposal-of-a-list"),
    pytest.param(
        "Cannabis found in a flat in Split\n\nOn 9 April 2025, officers of the Split-Dalmatia "
        "Police Administration, in cooperation with the Customs Administration, searched a "
        "flat in Split and found 3.2 kg of cannabis. A criminal complaint will be filed with "
        "the Municipal State Attorney's Office in Split.",
        ["Split-Dalmatia Police Administration"], ["Customs Administration"],
        id="filed-with"),
    # the handed object before the preposition ("handed over together with the find to")
    pytest.param(
        "Heroin found on a bus at Zamiin-Uud\n\nOn 14 May 2025, officers of the Border "
        "Protection Agency checked a bus at the Zamiin-Uud checkpoint and found 6 kg of heroin "
        "in a bag. The driver and his passenger were detained and handed over together with "
        "the find to the General Police Department for further investigation.",
        ["Border Protection Agency"], [], id="handed-over-with-the-find-to"),
    # the handed object set off by commas, a pronoun object inside the verb (session 37)
    pytest.param(
        "Cocaine found in a suitcase at Kotoka\n\nOn 6 May 2025, officers of the Customs "
        "Preventive Unit checked a passenger at Kotoka International Airport and found 4 kg of "
        "cocaine in his suitcase. He was handed over, together with the drugs, to the "
        "Narcotics Control Commission for further investigation.",
        ["Customs Preventive Unit"], [], id="handed-over-comma-object-to"),
    pytest.param(
        "Heroin found in a lorry at Altanbulag\n\nOn 7 May 2025, officers of the Border "
        "Protection Agency checked a lorry at the Altanbulag checkpoint and found 3 kg of "
        "heroin under the seats. They detained the driver and handed him over along with the "
        "evidence to the Selenge Province Police Department.",
        ["Border Protection Agency"], [], id="handed-him-over-with-the-evidence-to"),
    # the recipient's people with a word of their own ("the inquiry officers of")
    pytest.param(
        "Methamphetamine found in a pickup at Chiang Saen\n\nOn 8 May 2025, officers of the "
        "Narcotics Suppression Division stopped a pickup in Chiang Saen and found 90,000 "
        "methamphetamine tablets. The suspects and the exhibits were handed over to the inquiry "
        "officers of the Chiang Saen Police Station for legal proceedings.",
        ["Narcotics Suppression Division"], [], id="handed-over-to-inquiry-officers-of"),
]


@pytest.mark.parametrize(("text", "organizers", "participants"), CASES)
def test_a_recipient_of_the_handover_has_no_role(text: str, organizers: list[str],
                                                 participants: list[str]) -> None:
    doc = pressparse.extract(text, id="t", published="2025-06-10")
    event = doc.items[0].events[0]
    assert [m.text for m in event.organizers] == organizers
    assert [m.text for m in event.participants] == participants
