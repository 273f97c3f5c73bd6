"""Running totals of a period: the figures an item gives for a period as background ("have
intercepted more than 1,800 kg of cocaine since January 1, 2024"; a table under a caption
naming its period) make an event of their own (type other), one per period."""

from __future__ import annotations

import re
from typing import Any

from .counts import count_words
from .dating import SUMMARY_DAYS, days_of, one_day, span_days
from .draft import Draft
from .mentions import SEIZURE_KINDS, Mention
from .results import (
    EPISODE_WORDS_FILE,
    kind_alternatives,
    needled_kind,
    quantity_fields,
    words_of,
)
from .seizures import GENERIC_DRUGS, REPORT_TYPES, SeizureRules

# count categories that make a period's background total an event without amounts
TOTAL_CATEGORIES = frozenset(words_of(EPISODE_WORDS_FILE, "total_category"))
# "Among them are 640 kg of heroin", "Of this amount, 905 kg is marijuana": a sentence opening
# with a breakdown of the sentence before it (episode_words.jsonl kind breakdown_opener)
_BREAKDOWN_OPENER = re.compile(
    rf"\s*(?:{kind_alternatives(EPISODE_WORDS_FILE, 'breakdown_opener')})(?![a-z])",
    re.IGNORECASE)
# "secured", "taken ... off the streets": a total's taking that is no seizure cue
_TOTAL_TAKE = needled_kind(EPISODE_WORDS_FILE, "total_take")
RECALLING_TYPES = frozenset({"meeting", "statement"})  # may recall a period's results
# a gathering's own counts, its participants and countries (count_words.jsonl)
GATHERING_CATEGORIES = count_words("gathering_category")
FURTHER_TYPES = frozenset({"meeting", "training", "exercise"})  # gatherings reported beside
# "in 412 cases": a number the figures were found in, not one the period produced
_CIRCUMSTANCE_BEFORE = re.compile(r"\bin\s+\Z", re.IGNORECASE)
_EARLIER_EDITION = re.compile(
    r"\b(?:same|previous|last|earlier|past)\s+(?:year'?s\s+)?(?:operation|exercise|edition|"
    r"campaign)\b", re.IGNORECASE)


class TotalRules(SeizureRules):
    """A period's running totals, each an event of its own."""

    def _running_totals(self, main: Draft, drafts: list[Draft],
                        verdict: bool = False) -> list[Draft]:
        """Totals of a period that the item gives as background ("officers in Quebec have
        intercepted more than 1,800 kg of cocaine since January 1, 2024"; "the Navy has seized
        94 tons so far this year"; "in 2024 the unit seized 1.3 tonnes"): an event of their
        own (type other), dated by the period, open-ended when it runs to the report; one
        event per period. A summary item's figures of its own period belong to its main event
        (those of a period reaching beyond it are a total's), and a statement's figures are
        what it says. ``verdict``: the item's event is a court's
        verdict the lead tells."""
        # a report's figures are what it says, not events of their own; a court's verdict is
        # no report ("For reference: in 2025, courts of the republic considered 3 874
        # criminal cases on drug crimes"), nor is a destruction of seized drugs ("more than
        # 9,600 people were arrested ... in the last nine months" after it)
        report = main.type in REPORT_TYPES and not verdict and not self._destruction(main)
        if report and main.type == "statement":
            return []
        # but a period's results (type other) own only the figures of their period: those it
        # gives for a period reaching beyond it ("results of the week ... Since the beginning
        # of the year, customs officers have prevented 38 smuggling attempts") are a total's
        reported = self._reported_figures(main)
        # a gathering carries no seizures: a period's figures recalled at a meeting ("It was
        # noted that in 2024 the competent authorities seized over 37 tons") are a total's
        used = ({s["start"] for d in drafts if d.type not in FURTHER_TYPES
                 for s in d.seizures} - reported.keys()) - self._summed_up_figures(main)
        # "... seized 1,214 kg of drugs in January-February. Of this amount, 905 kg is
        # marijuana": the breakdown's figures are the total's, though an event took them
        # (when the total itself is no event's figure: a lead's total stays with its event)
        figured = {m.sentence for m in self.mentions if m.label == "QUANTITY"}
        breakdowns = [sentence for sentence in sorted(figured)
                      if self._total_breakdown(sentence)
                      and any(t.label == "QUANTITY" and t.start not in used
                              and t.normalized.get("kind") in SEIZURE_KINDS
                              for t in self.by_sentence.get(sentence - 1, ()))]
        used -= {m.start for sentence in breakdowns for m in self.by_sentence[sentence]
                 if m.label == "QUANTITY"}
        # "It was noted that in January-October 2026, the service ... detained 412 border
        # violators": a period's results recalled at a meeting or in a statement are the
        # total's, not the gathering's (its own are its participants and countries)
        recalled = {c["start"]: d for d in drafts if d.type in RECALLING_TYPES
                    for c in d.counts if c.get("category") not in GATHERING_CATEGORIES}
        used_counts = ({c["start"] for d in drafts for c in d.counts} - recalled.keys()
                       - reported.keys())
        own_dates = {d.dates[0].start for d in drafts if d.dates}
        # "Customs drug enforcement in the 1st quarter of 2025" over "In the first quarter of
        # 2025, customs detected 52 cases": the period of an event of the item is its own
        own_periods = {days_of(d.dates[0]): d for d in drafts
                       if d.dates and d.period is None}
        seized = self._seizure_cue_sentences | {
            sentence for sentence in self.by_sentence if self.sentence_has(_TOTAL_TAKE, sentence)}
        substances = [m for m in self.mentions if m.label == "SUBSTANCE"]
        report_day = self._report_bound()
        totals: dict[tuple[str, str], Draft] = {}
        finds: dict[int, Draft] = {}  # recalled finds of a day of their own, by sentence
        for sentence in sorted(self.by_sentence):
            quantities = [m for m in self.by_sentence[sentence] if m.label == "QUANTITY"
                          and not self._table_row(m) and not self._comparison_baseline(m)]
            # "1,920 kg of ganja were destroyed in January": no seizure of the period
            amounts = [m for m in quantities if (
                m.normalized.get("kind") in SEIZURE_KINDS
                or (m.normalized.get("kind") == "count" and self._drug_units(m)))
                       and m.start not in used and not self._moved_amount(m)
                       and not self._place_share(m)]  # "Almaty (402 kg)": by place
            counted = [m for m in quantities if m.normalized.get("kind") == "count"
                       and m.start not in used_counts and not self._drug_units(m)]
            valued = [m for m in quantities if self._drugs_value(m, substances)]
            if not amounts and not counted and not valued:
                continue
            if self._period_of_total(sentence) is None:
                continue  # no period
            counts = self._total_counts(counted)
            # "have prevented 38 attempts to smuggle drugs with a total weight of more than
            # 96 kg": counted smuggling cases tell the amounts with them were seized (not
            # "dismantled 213 laboratories, ... capable of producing up to 100 kilograms")
            resulted = any(c["category"] == "cases" for c in counts)
            # each figure takes the sentence's period nearest to it; amounts first, so a
            # count of any category joins its period's amounts
            figures: list[tuple[Mention, dict[str, Any] | None]] = [
                *((m, None) for m in amounts), *((c["mention"], c) for c in counts)]
            for figure, count in figures:
                if report and figure.start not in reported:
                    continue
                period = self._period_of_total(sentence, figure.start)
                if period is None or period.start in own_dates:
                    continue  # the period of an event of the item
                if figure.start in reported and self._within(period, reported[figure.start],
                                                             report_day):
                    continue  # a part of the report's own period: its figure
                key = days_of(period)
                if key in own_periods:
                    if count is not None:  # its count is that event's
                        own_periods[key].counts.append(
                            {k: v for k, v in count.items() if k != "mention"})
                    continue
                day = self._own_day(sentence) if period.sentence != sentence else None
                if day is not None and count is not None:
                    continue  # a count of a find of its own day (below), no total's
                draft = totals.get(key)
                if count is not None:
                    # "has eliminated six drug laboratories since the beginning of 2025": a
                    # count of a result makes the total; other counts join one of amounts
                    if draft is None and count["category"] not in TOTAL_CATEGORIES:
                        continue
                elif not resulted and not {sentence, period.sentence} & seized:
                    continue  # "the network imported 18 tonnes since 2021": no seizure
                else:
                    substance, linked = self._substance_of(figure, substances)
                    if not linked:
                        continue
                    if day is not None:
                        # "This seizure is the third since the start of the year. It will be
                        # recalled that on January 28, agents had seized 38 kilograms": a
                        # find of its own day, not the total of the period the sentence
                        # before names
                        find = finds.get(sentence)
                        if find is None:
                            find = finds[sentence] = self._day_find(sentence, day, figure)
                        find.seizures.append(self._total_seizure(figure, substance))
                        continue
                if draft is None:
                    draft = totals[key] = self._total_draft(main, sentence, period, figure,
                                                            report_day)
                draft.sentences.add(sentence)
                if count is not None:
                    draft.counts.append({k: v for k, v in count.items() if k != "mention"})
                    gathering = recalled.get(figure.start)
                    if gathering is not None:
                        gathering.counts = [c for c in gathering.counts
                                            if c["start"] != figure.start]
                    continue
                draft.seizures.append(self._total_seizure(figure, substance))
            if not amounts and not counts and valued and sentence in seized and not report:
                self._valued_total(main, sentence, valued[0], totals, own_dates, own_periods,
                                   report_day)
        self._table_totals(main, totals, own_periods, report_day)
        taken = {f["start"] for d in totals.values() for f in (*d.seizures, *d.counts)}
        for draft in (main, *drafts):
            draft.seizures = [s for s in draft.seizures if s["start"] not in taken]
            draft.counts = [c for c in draft.counts if c["start"] not in taken]
        return [*totals.values(), *finds.values()]

    def _total_breakdown(self, sentence: int) -> bool:
        """The sentence breaks down a period's total the sentence before it gives ("In
        January-February the customs bodies seized 1,214 kg of drugs. Of this amount, 905 kg
        is marijuana ..."): its figures are the total's, no local result (once a sentence:
        the answer depends only on the item's fixed layout and mentions)."""
        cache: dict[int, bool] = self._cache("total_breakdown")
        found = cache.get(sentence)
        if found is None:
            found = cache[sentence] = (
                sentence > 0 and _BREAKDOWN_OPENER.match(
                    self.text, self.lay.sentences[sentence][0]) is not None
                and self.lay.paragraph_of(self.lay.sentences[sentence][0])
                == self.lay.paragraph_of(self.lay.sentences[sentence - 1][0])
                and any(self._total_period(m) for m in self.by_sentence.get(sentence - 1, ())))
        return found

    def _drugs_value(self, mention: Mention, substances: list[Mention]) -> bool:
        """A money figure the text gives as the value of drugs ("seized drugs worth Rs 412
        million", "drugs with a street value of more than £1.1m"), not of cash or goods."""
        if mention.normalized.get("kind") != "money":
            return False
        what = str(mention.normalized.get("what") or "").lower()
        return bool(what) and (self._generic(what) == GENERIC_DRUGS
                               or what in self._known_substances(substances))

    def _valued_total(self, main: Draft, sentence: int, value: Mention,
                      totals: dict[tuple[str, str], Draft], own_dates: set[int],
                      own_periods: dict[tuple[str, str], Draft], report_day: str) -> None:
        """A running period's seizures told only by their value ("since the start of the
        year, the unit has seized drugs worth more than Rs 412 million"): a total of its own,
        with no seizure record (money is no amount seized); a closed period's value ("The
        total value of the goods seized reached EUR 6.8 million (2023: EUR 9.1 million)")
        makes none."""
        period = self._period_of_total(sentence, value.start)
        if period is None or period.start in own_dates:
            return
        key = days_of(period)
        if self._bound(period) != "since" and key[1] < report_day:
            return  # a closed period's value, as a report's figure or its comparison
        if key in own_periods or key in totals:
            return
        if self._own_day(sentence) is not None and period.sentence != sentence:
            return  # a find of its own day
        totals[key] = self._total_draft(main, sentence, period, value, report_day)
        totals[key].valued = True

    def _summed_up_figures(self, main: Draft) -> set[int]:
        """The offsets of the figures of a sentence summing up the one before it ("Since
        the beginning of 2026, border guards prevented 13 attempts ... In total, more than 67
        kg of drugs were seized"): a sentence opening with a total's word (total_openers.jsonl)
        that gives no date of its own, after a sentence of its paragraph giving a total's
        period: the figures of that period, whichever episode first took them. A report's
        figures, and those the item's event holds when it is dated over a period of its own
        ("Results for January-February: ... In total, 412.6 kg were withdrawn"), stay its
        own."""
        if main.type in REPORT_TYPES:
            return set()
        held = ({s["start"] for s in main.seizures} if any(
            span_days(d) > SUMMARY_DAYS for d in main.dates) else set())
        figures: set[int] = set()
        for sentence, mentions in self.by_sentence.items():
            if (sentence == 0 or not self.rules.total_opener.match(
                    self.text, self.lay.sentences[sentence][0])
                    or any(m.label == "DATE" for m in mentions)
                    or self._period_of_total(sentence) is None):
                continue
            figures.update(m.start for m in mentions
                           if m.label == "QUANTITY" and m.start not in held)
        return figures

    def _reported_figures(self, main: Draft) -> dict[int, tuple[str, str]]:
        """The figures of a dated period's results (an item's event of type other), by
        offset, each with the report's own period."""
        if main.type != "other" or not main.dates:
            return {}
        period = days_of(main)
        return {f["start"]: period for f in (*main.seizures, *main.counts)}

    def _within(self, period: Mention, bounds: tuple[str, str], report_day: str) -> bool:
        """A total's period inside a report's own (a "since" period runs to the report)."""
        start, end = days_of(period)
        if self._bound(period) == "since":
            end = max(end, report_day)
        return bounds[0] <= start and end <= bounds[1]

    def _total_seizure(self, figure: Mention, substance: str | None) -> dict[str, Any]:
        """A seizure record of a total's (or a recalled find's) amount."""
        norm = figure.normalized
        unit = norm.get("unit")
        if not unit and norm.get("kind") == "count":  # "over 12 million tablets"
            unit = self._drug_unit_of(self._what(figure)) or self._drug_unit_after(figure)
        return {"substance": substance, **quantity_fields(norm), "unit": unit,
                "kg": norm.get("kg"), "start": figure.start, "end": figure.end,
                "paragraph": figure.paragraph, "counted": norm.get("kind") == "count"}

    def _own_day(self, sentence: int) -> Mention | None:
        """The one day a sentence gives of its own (a usable date of day precision)."""
        return next((m for m in self.by_sentence[sentence] if m.label == "DATE"
                     and one_day(m) and self._date_usable(m, background_ok=True)), None)

    def _day_find(self, sentence: int, day: Mention, first: Mention) -> Draft:
        """A find a background sentence recalls on a day of its own: a seizure of its own,
        placed and organized by its sentence as a total is."""
        find = Draft("seizure", sentences={sentence}, dates=[day],
                     evidence=[(day.start, day.end)])
        self._body_and_place(find, sentence, first)
        return find

    def _table_totals(self, main: Draft, totals: dict[tuple[str, str], Draft],
                      own_periods: dict[tuple[str, str], Draft], report_day: str) -> None:
        """The figures of a table whose caption gives a period of its own (held apart by
        ``_assign_quantities``): that period's total, joined to the item's event or total
        of the same period, else an event of its own."""
        held = self._cache("table_totals")
        totalled = {self._row_column(m, caption) for m, (caption, _key), figure in held.values()
                    if "substance" not in figure and self._total_row(m)}
        for start in sorted(held):
            mention, (caption, key), figure = held[start]
            if ("substance" not in figure and not self._total_row(mention)
                    and self._row_column(mention, caption) in totalled):
                continue  # "Cocaine | 14 | 77.2 kg" above "Total | 142": a breakdown
            draft = own_periods.get(key) or totals.get(key)
            if draft is None:
                # the caption's acting body ("cases detected by Tokyo Customs") organizes it
                draft = totals[key] = self._total_draft(main, caption.sentence, caption,
                                                        mention, report_day)
                draft.period = key
                draft.open_end = draft.open_end and key[1] >= report_day
            draft.sentences.add(mention.sentence)
            (draft.seizures if "substance" in figure else draft.counts).append(figure)

    def _row_column(self, mention: Mention, caption: Mention) -> tuple[int, int]:
        """A table figure's table (its caption's offset) and column."""
        row = self._table_row(mention)
        return caption.start, self._column_of(row, mention) if row is not None else -1

    def _total_row(self, mention: Mention) -> bool:
        """A figure in a table's row of totals ("Total | 142 | —")."""
        row = self._table_row(mention)
        if row is None:
            return False
        line_end = self.text.find("\n", row)
        cells = self._cells(row, line_end if line_end >= 0 else len(self.text))
        return cells[0].strip().lower() in count_words("total_row")

    def _total_counts(self, counted: list[Mention]) -> list[dict[str, Any]]:
        """The event counts among a total's counted numbers ("detained 58 violators"), as
        count records; numbers of no category or of the story's context are left out."""
        counts = []
        for mention in counted:
            what = self._what(mention)
            category = self._count_category(mention, what) if what else None
            if category is None:
                continue
            if _CIRCUMSTANCE_BEFORE.search(self.text, max(0, mention.start - 10),
                                           mention.start):
                continue  # "collected as evidence in 412 cases": no result of the period
            counts.append({"what": what, **quantity_fields(mention.normalized),
                           "start": mention.start, "end": mention.end, "category": category or None,
                           "mention": mention})
        return counts

    def _total_draft(self, main: Draft, sentence: int, period: Mention, first: Mention,
                     report_day: str) -> Draft:
        """A running total's event (type other), dated by its period, open-ended when the
        period runs to the report; its organizer and place are its sentence's
        (_body_and_place)."""
        start, end = days_of(period)
        draft = Draft("other", sentences={sentence}, dates=[period],
                      evidence=[(first.start, first.end)])
        if main.name and self.sentence_has(_EARLIER_EDITION, sentence):
            # "during the same operation last year": the event's earlier edition
            draft.type, draft.name = main.type, main.name
        draft.open_end = self._bound(period) == "since" or end >= report_day
        draft.period = (start, end)
        self._body_and_place(draft, sentence, first)
        return draft

    def _body_and_place(self, draft: Draft, sentence: int, first: Mention) -> None:
        """A total's (or a recalled find's) organizer and place from the sentence giving its
        figures: the acting body (an organization or a demonym naming a force: "Iranian
        police had seized ...") named before its first figure, the sentence's first place
        on no route."""
        draft.organizer_agents = [m for m in self.by_sentence[sentence]
                                  if m.end <= first.start and self._acting_body(m)][:1]
        draft.fallback_location = next(
            (m for m in self.by_sentence[sentence] if m.label == "LOC"
             and not self._route_place(m)), None)
