"""A seizure's day and a total's period (our own wording): the day of the sentence that
finds or seizes, not of an arrest before the find ("arrested a man on 3 May. A search of his
flat on 4 May revealed 5 kg"), while a run of days holding the find stays an operation's;
stages in two places ("from 3 to 5 June in Kazakhstan and from 10 to 12 June in
Kyrgyzstan"); a total counted "since then" from a founding year runs to the report; a
digest headline's run of days ("Seizures of the week: 3-9 November") holding the body's own
day of a find dates nothing of the find; a single day before the lead's run of days, told in
a later paragraph ("One such parcel ... was intercepted on October 16"), is an earlier find
of its own and does not date the lead's event; a day after "said that" ("A police spokesman
said that on 12 March 2025 officers ... found") is the find's, not the statement's."""

from __future__ import annotations

import pytest
from event_days import DateCase, assert_first_event_days, case_ids

# (text, published, event type, expected (start_date, end_date) of the first such event)
CASES: list[DateCase] = [
    # a city police note: the arrest first, the search that found the drugs the next day
    ("Man held with heroin\nPolice arrested a man in the city centre on 3 May 2025. A search "
     "of his flat on 4 May 2025 revealed 5 kg of heroin hidden in a wardrobe.",
     None, "seizure", ("2025-05-04", "2025-05-04")),
    # an Indian agency: the container landed on one day and was found on another
    ("Cocaine in a fish container\nThe container landed at the port on 8th July 2024 and was "
     "held back for examination. On 10th July, the officers found 40 packets of cocaine "
     "hidden among the cartons. The importer was arrested on 11th July.",
     None, "seizure", ("2024-07-10", "2024-07-10")),
    # a bulletin entry: a patrol's days hold the find's day
    ("(3) From 3 to 5 July, the agency and the navy ran a joint sea patrol in the strait. On "
     "4 July, the patrol stopped a fishing boat and found 85 kg of methamphetamine in the "
     "fish hold. Four crew members were arrested.",
     "2025-07-07", "operation", ("2025-07-03", "2025-07-05")),
    # a CIS communiqué: two stages in two countries
    ("Joint exercise held in two stages\nThe joint exercise of the border services was held in "
     "two stages: from 3 to 5 June in Kazakhstan and from 10 to 12 June in Kyrgyzstan.",
     "2025-06-14", "exercise", ("2025-06-03", "2025-06-12")),
    # a digest's headline week holds the find's own day: the find's day, one seizure
    ("Drug crime digest, 23-29 March 2025\nOn 25 March 2025, customs officers at the Brest "
     "border crossing found 4.2 kg of cocaine hidden in the spare tyre of a car. The driver, a "
     "34-year-old man, was detained.",
     "2025-03-31", "seizure", ("2025-03-25", "2025-03-25")),
    ("Seizures of the week: 3-9 November\n\nOn 6 November, border guards at the Terespol "
     "crossing stopped a lorry and found 120 kg of hashish behind a false wall. The driver "
     "was arrested.",
     "2025-11-10", "seizure", ("2025-11-06", "2025-11-06")),
    # a named operation's headline days stay its own, a find inside them being its result
    ("Operation Harbour Net, 3-9 November\n\nThe police carried out Operation Harbour Net at "
     "the port from 3 to 9 November. On 6 November, officers found 120 kg of hashish in a "
     "container.",
     "2025-11-10", "operation", ("2025-11-03", "2025-11-09")),
    # a regional TV site: the lead's two days of searches, then, in a later paragraph, an
    # earlier parcel found on a day of its own
    ("Drug channel blocked in two cities\n23 October 2026\n\nSecurity service officers "
     "stopped the activity of a group that supplied synthetic drugs to the region. On "
     "Tuesday and Wednesday, searches were carried out at 9 addresses in two cities and "
     "six people were detained. Operatives seized 4 kg of mephedrone.\n\nThe drugs were "
     "sent by transport companies. One such parcel, with 2 kg of mephedrone, was intercepted "
     "by police officers on October 16 at a cargo terminal.",
     None, "operation", ("2026-10-20", "2026-10-21")),
    # a spokesman's words: the day after "said that" is the find's, not the statement's
    ("Heroin found in port container\nA police spokesman said that on 12 March 2025 officers "
     "at the port of Mersin found 14 kg of heroin in a container of dried figs.",
     "2025-03-14", "seizure", ("2025-03-12", "2025-03-12")),
    # a minister's speech: a total counted from the founding year
    ("Centre marks anniversary\nThe centre was founded in 2010 by six countries. Since then, "
     "it has supported the seizure of more than 200 tonnes of cocaine at sea.",
     "2025-05-02", "other", ("2010-01-01", None)),
]


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_find_days_and_totals(case: DateCase) -> None:
    assert_first_event_days(case)
