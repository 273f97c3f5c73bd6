"""A period's total whose sentence names its doers only by a generic plural ("customs
officers", "the border units", "the internal affairs bodies") and names the body that tells
the figures ("..., the committee added", "the press service of the SCC reports", "according
to the directorate"): that body reports its own figures and organizes the total; with no
teller, or with third parties' doers ("law enforcement bodies of the country"), the total
has no organizer (events/reporting_body.py; role_words.jsonl generic_doer,
third_party_doer, teller_word, teller_of).

Probes written for other countries and styles."""

from __future__ import annotations

import pytest
from event_roles import roles_of

# (text, organizers of the period's total)
TOTAL_CASES: list[tuple[str, list[str]]] = [
    # a telling word after a named body
    ("Vilnius, 20 November 2026. On 18 November officers of the Lithuanian Customs found 6 kg "
     "of cocaine in a lorry at the Medininkai checkpoint. Since the beginning of the year, "
     "customs officers have seized more than 90 kg of cocaine, the Lithuanian Customs press "
     "service said.",
     ["Lithuanian Customs"]),
    # a body told by the head noun of its name
    ("Baku, 20 November 2026. The State Customs Committee reports that on 17 November the "
     "Astara customs post detained a truck with 12 kg of heroin. Since January 1, the customs "
     "authorities of the country have seized more than 800 kg of narcotics, the committee "
     "added.",
     ["State Customs Committee"]),
    # a credit before the figures
    ("Dushanbe, 20 November 2026. On 15 November the Drug Control Agency seized 40 kg of "
     "hashish in Khatlon. According to the agency, in 2026 the internal affairs bodies and "
     "border units detected 512 drug crimes.",
     ["Drug Control Agency"]),
    # figures a body released
    ("Cork, 20 November 2026. Revenue officers seized 40 kg of cannabis at Ringaskiddy Port "
     "on 18 November. According to data published by Revenue, its officers have seized more "
     "than 2 tonnes of drugs so far this year.",
     ["Revenue"]),
    # the teller in the sentence after the figures
    ("Tashkent, 20 November 2026. On 17 November officers of the State Customs Committee "
     "found 9 kg of hashish at the Oybek post. Since January, customs officers of the country "
     "have seized over 300 kg of drugs. The press service of the State Customs Committee "
     "reports further details.",
     ["State Customs Committee"]),
    # no teller: the total is nobody's named work
    ("Dushanbe, 20 November 2026. On 15 November the Drug Control Agency seized 40 kg of "
     "hashish in Khatlon. In 2026, law enforcement bodies of the country detected 512 drug "
     "crimes.",
     []),
]


@pytest.mark.parametrize(("text", "organizers"), TOTAL_CASES)
def test_a_totals_teller_organizes_its_generic_doers_figures(text: str,
                                                             organizers: list[str]) -> None:
    totals = [roles for roles in roles_of(text) if roles[0] == "other"]
    assert totals, roles_of(text)
    assert totals[-1][1] == organizers
