"""Session 25 forms, classes of error on the spent sealed sets (newswire15, newswire16,
newswire17), tested in our own wording and in other countries' styles:
- a year-less date inside the subject of a past verb ("as a dry July and August cut yields",
  "Rainfall through March was 38% below average", "the launch, initially set for Aug. 19, was
  postponed"): the verb right after it tells its tense, not a future cue earlier in the
  sentence ("expect to harvest", "is to be sold") nor a lasting "through".
- a period noun after a half or a season is in the span ("the first half year", a German and
  Dutch calque; "the winter period"; newswire15, holdout24), not "year-on-year" nor "the
  winter period of high demand".
"""

from __future__ import annotations

from date_paths import AbsentCase, ValueCase, publisher_style_tests, span

MAY = "2027-05-20"  # a Thursday


CASES: list[ValueCase] = [
    ("subject_of_past_verb", MAY, "Ukrainian grain exports will keep rising, traders say, after "
     "shipments in April fell 12 percent.", "April", span("2027-04-01", "2027-04-30")),
    ("subject_of_past_verb", MAY, "Officials expect the new bridge to open after heavy flooding "
     "in March damaged the old one.", "March", span("2027-03-01", "2027-03-31")),
    ("subject_of_past_verb", MAY, "Kenya's central bank is expected to cut rates, as inflation "
     "in April eased to 4.1 percent.", "April", span("2027-04-01", "2027-04-30")),
    ("subject_of_past_verb", MAY, "Farm groups in Manitoba expect canola prices to rise, as a "
     "wet March and April delayed planting.", "March and April",
     span("2027-03-01", "2027-04-30")),
    ("subject_of_past_verb", MAY, "Reservoir levels in Andalusia through February were 20% "
     "below normal, the water agency said.", "February", span("2027-02-01", "2027-02-28")),
    # a plan the verb after it tells was changed: the nearer day
    ("subject_of_past_verb", MAY, "The ministry plans to auction new licences, although the "
     "tender, originally scheduled for June 3, was delayed.", "June 3",
     span("2027-06-03", "2027-06-03")),
    # still ahead: the future cue's own clause, an attribution after it
    ("future_kept", MAY, "The festival in Tartu will be held on June 3, organisers said.",
     "June 3", span("2027-06-03", "2027-06-03")),
    ("future_kept", MAY, "Schools in Quito stay shut through February, the ministry said.",
     "February", span("2028-02-01", "2028-02-29")),
    # the cue and the date in one noun phrase, the subject of the past verb: the cue governs
    ("future_kept", MAY, "Quotes for Thai white rice for shipment in January rose $5 a tonne, "
     "exporters in Bangkok said.", "January", span("2028-01-01", "2028-01-31")),
    ("period_noun_tail", "2027-08-02", "Heineken's beer sales in the Netherlands fell 3.6 "
     "percent in the first half year, the brewers' association said.", "the first half year",
     span("2027-01-01", "2027-06-30")),
    ("period_noun_tail", "2027-08-02", "Exports of Flemish chicory in the first half-year of "
     "2026 rose 4 percent.", "the first half-year of 2026", span("2026-01-01", "2026-06-30")),
    ("period_noun_tail", "2026-11-25", "Finnish border guards will add patrols during the "
     "winter period, the agency in Helsinki said.", "the winter period",
     span("2026-12-01", "2027-02-28")),
]

ABSENT: list[AbsentCase] = [
    ("period_noun_tail", "2027-08-02", "Sales in Antwerp rose in the first half year-on-year.",
     "the first half year"),
    ("period_noun_tail", "2026-11-25", "Gas use in Latvia peaks in the winter period of high "
     "demand.", "the winter period"),
]


test_session25_value, test_session25_absent = publisher_style_tests(CASES, ABSENT)
