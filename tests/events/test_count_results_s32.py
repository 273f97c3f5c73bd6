"""Counts of results (guide, Events: counts): the noun a count's QUANTITY stopped short of
("22 border and customs officers", "120 district police inspectors"), people sentenced with no
arrest word in their sentence are convictions, arrests told in translated words ("were
secured", "were prosecuted", "a criminal case against"), "two of
them" with no count before it to be a part of, and a part of the people counted in
apposition ("three men, the driver and two passengers")."""

from __future__ import annotations

import pytest
from event_figures import Count, assert_counts

# (text, published, counts of every event as (value, category))
CASES: list[tuple[str, str, list[Count]]] = [
    # Central Asian training: a coordinated modifier before the counted noun
    ("From 3 to 7 March 2026 the OSCE office in Bishkek held a training course for 18 border "
     "and customs officers from Kyrgyzstan and Tajikistan.",
     "2026-03-08", [(18, "participants")]),
    ("A seminar for 27 police, customs and border officers working at airports of the region "
     "was held in Almaty on 12 May 2026.",
     "2026-05-13", [(27, "participants")]),
    # a compound noun's head after the QUANTITY's words
    ("On 4 June 2026 the ministry held a training course in Khujand for 60 district police "
     "inspectors on detecting online drug sales.",
     "2026-06-05", [(60, "participants")]),
    # a Latin American raid: detectives deployed
    ("On 14 April 2026, 75 detectives of the PDI searched houses in Arica and seized 12 kg of "
     "cocaine base.",
     "2026-04-15", [(75, "personnel")]),
    # a British court: jailed, no arrest word
    ("Four men who ran a cannabis farm in a former warehouse in Hull have been jailed for a "
     "total of 14 years at Hull Crown Court on 3 March 2026.",
     "2026-03-04", [(4, "convictions")]),
    # South-East Asian police: suspects "secured"
    ("Police found 9 kilograms of methamphetamine in a speedboat at Belawan on 2 May 2026. "
     "Two suspects with initials AR and MS were secured.",
     "2026-05-03", [(2, "arrests")]),
    # an investigative committee: a case against people
    ("On 20 January 2026 the Investigative Department of Samara initiated a criminal case "
     "against three residents of the city. They are suspected of producing mephedrone; "
     "officers seized 2 kg of the drug in their garage.",
     "2026-01-21", [(3, "arrests")]),
    ("On 20 January 2026 police seized 2 kg of mephedrone in a garage in Samara. A criminal "
     "case was opened against three residents of the city.",
     "2026-01-21", [(3, "arrests")]),
    # a clash: "two of them" with no count of them before
    ("On 9 November 2026 police stopped a convoy of four pickup trucks near Zahedan. The "
     "smugglers opened fire; two of them were killed. Officers found 900 kg of opium.",
     "2026-11-10", [(4, "vehicles"), (2, "killed")]),
    # a part of the people counted, in apposition past a member with no number
    ("On 5 April 2026 customs officers at the Zamiin-Uud checkpoint found 6 kg of "
     "methamphetamine in a car and detained three men, the driver and two passengers.",
     "2026-04-06", [(3, "arrests")]),
    # no counted noun after a noun of no category: melons are no officers
    ("On 8 November 2026 customs officers at the Zhaisan post opened a truck of melons: "
     "inside nine hollowed-out melons the officers found 12.6 kg of hashish.",
     "2026-11-09", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_count_results(text: str, published: str, expected: list[Count]) -> None:
    assert_counts(text, published, expected)
