"""Amounts a release tells as moved, sold, destroyed or possible are no seizures of its event;
a substance named for one amount is not lent to the next one (full pipeline, our own texts)."""

from __future__ import annotations

import pytest

from pressparse.driver import extract

CASES = [
    (  # wire story: the network's imports over the years, beside the seizure itself
        "ROME, May 6 - Italian police arrested 12 people on Tuesday and seized 310 kg of "
        "cocaine at the port of Livorno. The network had imported upwards of 9 tonnes of "
        "cocaine over three years, according to a police statement.",
        {("cocaine", 310.0)},
    ),
    (  # state police press note: what a suspect confessed to having moved before
        "On 12 March 2025 the task force intercepted a lorry near Nagpur and seized 96 kg of "
        "ganja. During interrogation, the driver said he had earlier transported about 140 "
        "kg of ganja on two trips.",
        {("marijuana", 96.0)},
    ),
    (  # destruction ceremony: the drugs burnt were seized long before
        "On 26 June 2025 the drug control committee held a destruction ceremony in Mandalay. "
        "Among the items burnt were 1,300 kg of heroin, 2,100 kg of opium and 480 kg of "
        "methamphetamine.",
        set(),
    ),
    (  # police bulletin: a list of the destroyed drugs after the adjective
        "Drugs seized in closed cases were destroyed today at the landfill in Pokhara, police "
        "said on 12 May 2025.\n\nThe destroyed drugs include 1,540 kg of ganja, 32 kg of "
        "charas and 9,600 tablets of tramadol.",
        set(),
    ),
    (  # an earlier destruction told in the passive, the amount its subject, beside the
        # day's own find
        "KATHMANDU, May 14 - Police at the airport arrested a passenger with 6.2 kg of hashish "
        "hidden in his trekking bag on Monday. It was the second destruction of seized drugs "
        "this year: 1,480 kg of ganja and other drugs were destroyed at the landfill site in "
        "Sisdol in February.",
        {("hashish", 6.2)},
    ),
    (  # a month's destruction told after the day's find: no seizure of that month
        "On 4 March 2025, officers of the anti-narcotics force seized 42 kg of heroin at the "
        "Torkham border. In February, 2,400 kg of hashish from closed cases was publicly "
        "burnt in Quetta.",
        {("heroin", 42.0)},
    ),
    (  # a relative clause tells what became of a seized amount: still seized
        "On 9 June 2025 customs officers at the port found 75 kg of cocaine, which were "
        "destroyed a week later, in a container of bananas.",
        {("cocaine", 75.0)},
    ),
    (  # a passive verb of destroying governs no amount listed after it
        "On 9 April 2025, in the village of Koram, police found a plot sown with cannabis. More "
        "than 2,000 plants were destroyed, and about 14 kg of dried marijuana was seized from "
        "the owner's barn.",
        {("marijuana", 14.0)},
    ),
    (  # a seizure verb right before "destroyed" keeps the amount
        "On 3 April 2025 soldiers seized and destroyed 2,400 kg of cannabis in the hills "
        "near the border.",
        {("cannabis", 2400.0)},
    ),
    (  # an eradication verb right before "burnt" keeps the amount too
        "Between 17 and 19 June, the coast guard and police uprooted and burnt about 20,000 "
        "marijuana plants and 150 pounds of cured marijuana in the hills above the village.",
        {("marijuana", 68.0388555)},
    ),
    (  # laboratory: what the precursor could have made is no seizure
        "On 12 November 2025 officers dismantled a laboratory near Poznan and seized 210 kg of "
        "amphetamine. Experts say the chemicals seized could be used to make about 2 million "
        "doses of the drug.",
        {("amphetamine", 210.0)},
    ),
    (  # police brigade: the street doses the seized drugs would have made
        "On 2 February 2026 detectives raided two houses in Iquique and seized 48 kg of "
        "cocaine base paste. By the brigade's count the drugs seized would have produced "
        "more than 300,000 doses for street sale.",
        {("coca paste", 48.0)},
    ),
    (  # customs news page: the whole previous year given "against" this year's total
        "On 30 October 2025 customs officers at the port of Santos found 1.1 tonnes of "
        "cocaine in a container of coffee. Customs has seized 21 tonnes of cocaine at the "
        "port this year, against 17.4 tonnes in the whole of 2024.",
        {("cocaine", 1100.0), ("cocaine", 21000.0)},
    ),
]


def seizures_of(text: str) -> set[tuple[str | None, float | None]]:
    document = extract(text)
    return {(s.substance, s.kg) for item in document.items for event in item.events
            for s in event.seizures}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_moved_amounts_are_no_seizures(text: str,
                                       expected: set[tuple[str | None, float | None]]) -> None:
    assert seizures_of(text) == expected


def test_a_substance_named_for_one_amount_is_not_lent_to_the_next() -> None:
    """"4.1 kg of cocaine and 9,200 psychotropic tablets": the tablets are no cocaine."""
    text = ("During the week of 6 to 12 October 2025, army detachments seized 4.1 kilograms of "
            "cocaine and 9,200 psychotropic tablets near the border.")
    substances = {s.substance for item in extract(text).items for event in item.events
                  for s in event.seizures if s.kg is None}
    assert "cocaine" not in substances


NAMED_CASES = [
    (  # customs yearbook: a total of drugs in general names no substance of its own
        "In 2024, customs detected 1,011 smuggling cases, and the total quantity of drugs "
        "seized was approximately 1,650 kg.",
        {("drugs", 1650.0)},
    ),
    (  # border guard monthly feed: bottles of codeine syrup are a seizure in units
        "In February 2025, border guards seized 6,210 bottles of Phensedyl along the border.",
        {("codeine", None)},
    ),
    (  # narcotics bureau: a bare number before its drug unit ("88 Erimin-5 tablets")
        "On 5 February 2025 officers raided a flat in Woodlands and seized 1,020g of heroin "
        "and 88 Erimin-5 tablets.",
        {("heroin", 1.02), ("nimetazepam", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_CASES)
def test_what_was_seized(text: str, expected: set[tuple[str | None, float | None]]) -> None:
    assert seizures_of(text) == expected


def test_a_running_total_is_no_amount_of_a_two_week_operation() -> None:
    """Naval task force release: "so far in 2025" is a total over a year holding the
    two-week operation, not the operation's own seizure."""
    text = ("Between 28 October and 9 November 2025, warships taking part in Operation Sea "
            "Shield made four boardings in the Arabian Sea and seized 2.4 tonnes of hashish.\n\n"
            "With Operation Sea Shield, the task force has seized more than 19 tonnes of "
            "narcotics so far in 2025.")
    operations = [event for item in extract(text).items for event in item.events
                  if event.type == "operation"]
    assert [(s.substance, s.kg) for e in operations for s in e.seizures] == [("hashish", 2400.0)]
