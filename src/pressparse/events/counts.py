"""Event counts (arrests, vessels, ...): the category of a counted noun, and numbers that are
no result (parts of a total, rows by country, nouns of no category)."""

from __future__ import annotations

import re
from typing import Any

from .actors import RESULT_ROW, ActorRules
from .draft import Draft
from .mentions import Mention
from .results import count_entry, dedupe_counts

OPERATION_ARRESTS = 10
WORDS = re.compile(r"[a-z]+")
# between the parts of a total in apposition: "Five crew members, three Kenyans and two"
_APPOSITION = re.compile(r"[^,.;:\d]{0,40}?(?:,\s*|\s+and\s+)(?:a\s+)?", re.IGNORECASE)


class CountRules(ActorRules):
    """Categories of event counts."""

    def _many_arrests(self, draft: Draft) -> bool:
        """Arrests of at least ``OPERATION_ARRESTS`` people, in an item that also speaks of
        an operation or investigation: more than one interdiction."""
        arrests = sum(c["value"] or 0 for c in dedupe_counts(draft.counts)  # a headline's too
                      if c.get("category") == "arrests")
        return arrests >= OPERATION_ARRESTS and any(
            c.cue.type == "operation" for c in self.cues)

    def _count_category(self, mention: Mention, what: str) -> str | None:
        """The category of an event count, None when the number is no result of an event:
        a noun of no category ("four regions", "244 million users"), packaging of a seized
        amount ("146 bales"), a category whose sentence lacks its word ("two Colombians" is
        no arrest count unless they were arrested or detained)."""
        if self._breakdown(mention):
            return None
        category = self._context_category(mention, what)
        if category is None:
            entry = count_entry(what, self.rules)
            if entry is None or not entry.event_count or entry.seizure:
                return None
            category = entry.category
        check = self.rules.count_checks.get(category)
        if check is None or (check.sentence is None and check.before is None):
            return category
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        if check.sentence is not None and check.sentence.search(
                self.text, sentence_start, sentence_end):
            return category
        if check.before is not None and check.before.search(
                self.text[max(sentence_start, mention.start - 30) : mention.start]):
            return category
        return None

    def _breakdown(self, mention: Mention) -> bool:
        """A part of a total counted just before, in apposition: "Five crew members, three
        Kenyans and two Tanzanians" (the parts add up to the total); a row of a results list
        by country ("- Belgium: 19 arrests")."""
        counts = [m for m in self.by_sentence[mention.sentence] if m.label == "QUANTITY"
                  and m.normalized.get("kind") == "count" and m.end <= mention.start]
        if counts:
            parts: list[Mention] = [mention]
            for earlier in reversed(counts):
                gap = self.text[earlier.end : parts[0].start]
                if not _APPOSITION.fullmatch(gap):
                    break
                parts.insert(0, earlier)
            if len(parts) >= 3:
                total = parts[0].normalized.get("value")
                rest = [p.normalized.get("value") or 0 for p in parts[1:]]
                if total and sum(rest) == total:
                    return True
        return self._row_countries(mention)

    def _row_countries(self, mention: Mention) -> bool:
        """The count is in a results row headed by countries ("- Spain: 15 arrests")."""
        line_start = self.text.rfind("\n", 0, mention.start) + 1
        bullet = RESULT_ROW.match(self.text, line_start)
        if bullet is None:
            return False
        colon = self.text.find(":", bullet.end(), mention.start)
        return colon >= 0 and any(
            m.label == "COUNTRY" and bullet.end() <= m.start < colon
            for m in self.by_sentence[mention.sentence])

    def _context_category(self, mention: Mention, what: str) -> str | None:
        """The category a word after the counted noun gives ("2 smugglers were killed"), or
        a word right before the number ("killing two traffickers")."""
        sentence_start, sentence_end = self.lay.sentences[mention.sentence]
        before = WORDS.findall(self.text[max(sentence_start, mention.start - 30)
                                          : mention.start].lower())
        if before and before[-1] in self.rules.before_categories:
            return self.rules.before_categories[before[-1]]
        after = self.text[mention.end : sentence_end].lower()
        noun_end = after.find(what.lower())
        tail = after[noun_end + len(what):] if noun_end >= 0 else after
        words = WORDS.findall(tail)[:3]
        for size in (2, 1):
            for index in range(len(words) - size + 1):
                category = self.rules.context_categories.get(" ".join(words[index:index + size]))
                if category:
                    return category
        return None

    def _counted_in(self, count: dict[str, Any], event_type: str) -> bool:
        """Whether a count's category belongs to events of this type (units of equipment
        to an exercise, not to a seizure)."""
        check = self.rules.count_checks.get(count.get("category") or "")
        return check is None or not check.event_types or event_type in check.event_types
