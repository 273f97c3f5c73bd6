"""An item's body sections: its segments (a new one at each paragraph, at a sentence opening
with a place or a date of its own), its capitals sub-heads and the sections under them, and
its head lines of a place and a day over an incident's paragraph."""

from __future__ import annotations

import re
from functools import cached_property

from .context import ItemContext
from .mentions import PLACE_LABELS, Mention

_UNDATED_KINDS = frozenset({"duration", "set"})  # DATE kinds that date nothing
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•▪●◦*·]|\(?[a-z0-9]{1,2}[.)])[ \t]")  # a bulleted line
_HEAD_BULLET = re.compile(r"[ \t]*(?:[-–•▪●◦*·■□►▶][ \t]*)?")  # a head line's bullet
_BODY_ENDS = frozenset('.!?)"”')  # a body paragraph's last character
HEAD_LINE_CHARS = 80  # a section's head line ("O.R. Tambo International Airport, 19 November")
BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")  # the end of a block of lines (read by episodes.py)
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of a sub-head ("ERONGO", "REGION")


def dating_date(mention: Mention) -> bool:
    """A DATE that dates something: not a duration nor a set ("for a year", "every week")."""
    return mention.label == "DATE" and mention.normalized.get("kind") not in _UNDATED_KINDS


class SectionRules(ItemContext):
    """The item's segments, sub-head sections and dated head lines."""

    def _dated_opening(self, sentence: int) -> bool:
        """A body sentence opening with its own date: a new segment (DateRules)."""
        raise NotImplementedError

    @cached_property
    def segments(self) -> list[int]:
        """The segment number of each sentence (computed when first needed)."""
        return self._segments()

    def _segments(self) -> list[int]:
        """A segment number per sentence: a new one at each paragraph and at a sentence
        opening with a place of its own ("In Kyrgyzstan, police in Osh detained ...")."""
        segments: list[int] = []
        current, paragraph = -1, -1
        # an episode's list: "On 10 September, agents searched nine homes. Officers
        # seized:\n- 4.2 kg ..." (a bulleted list under a dated episode's line ending in ":")
        dated, in_list = False, False
        # "Durban Harbour, 17 November" or "PLANTS FOUND ON A FARM" over "17 June 2024":
        # a section's head line(s) open the segment of the paragraph under them
        heads = self.section_heads
        under_head = False
        # "ERONGO REGION" / "Incident: ..." / "Details: ...": a capitals sub-head opens a
        # section that runs to its block's end (its lines glued under it) or, when a blank
        # line follows the sub-head, to the next sub-head
        sections = self.subhead_sections
        for index, (start, _end) in enumerate(self.lay.sentences):
            para = self.lay.paragraph_of(start)
            if index in sections and index not in heads:
                if sections[index] == index:
                    current += 1
                    dated, in_list = False, False
                paragraph, under_head = para, False
                segments.append(current)
                continue
            intro = self.rules.place_intro.match(self.text, start)
            if para != paragraph:
                in_list = (dated and _LIST_ITEM.match(self.text, start) is not None
                           and (in_list or self.text[:start].rstrip().endswith(":")))
            opening = self._dated_opening(index)
            if para != paragraph and under_head:
                under_head = index in heads  # a date line under the sub-head joins too
            elif index in heads:
                current += 1
                dated, under_head = True, True
            elif (para != paragraph and not in_list) or (intro is not None and any(
                    m.start == intro.end() and m.label in PLACE_LABELS
                    for m in self.by_sentence[index])) or opening:
                current += 1
                dated = opening
            paragraph = para
            segments.append(current)
        return segments

    @cached_property
    def subheads(self) -> frozenset[int]:
        """The body's capitals sub-head lines (computed when first needed)."""
        return self._subheads()

    def _subheads(self) -> frozenset[int]:
        """Whole short lines in capitals under a body line ("KHOMAS REGION", "TRAINING ON
        SYNTHETIC DRUGS"), each opening a section of the body: an incident or activity of
        its own when it tells one at a place of its own."""
        sentences = self.lay.sentences
        title_end = self._title_end()
        found: set[int] = set()
        for index in range(max(1, self.header_lines + 1), len(sentences)):
            start, end = sentences[index]
            if start < title_end or not self._head_line(index):
                continue
            line = self.text[start:end].strip()
            words = _CAPS_WORD.findall(line)
            if not words or not all(w.isupper() for w in words) or sum(map(len, words)) < 6:
                continue
            previous_start, previous_end = sentences[index - 1]
            if (previous_start < title_end
                    or self.text[previous_start:previous_end].rstrip()[-1:]
                    not in _BODY_ENDS | {":"}):
                continue  # under the title or a header line, not under a body line
            found.add(index)
        return frozenset(found)

    @cached_property
    def subhead_sections(self) -> dict[int, int]:
        """Each sentence of a capitals sub-head's section -> the sub-head's sentence: the
        section is the block of lines glued under the sub-head ("ERONGO REGION" / "Date &
        time: ..." / "Details: ..."), or the first block under a blank line (the closing
        paragraphs after the last section are the report's, not its incident's)."""
        sentences = self.lay.sentences
        heads = self.subheads
        sections: dict[int, int] = {}
        for head in sorted(heads):
            sections[head] = head
            index = head + 1
            while index < len(sentences) and index not in heads and (
                    index == head + 1 or not BLANK_LINE.search(
                        self.text, sentences[index - 1][1], sentences[index][0])):
                sections[index] = head
                index += 1
        return sections

    @cached_property
    def section_heads(self) -> frozenset[int]:
        """The body's section head lines (computed when first needed)."""
        return self._section_heads()

    def _section_heads(self) -> frozenset[int]:
        """Sentences that head a section of the body with the section's own day: a short
        line without a sentence's end holding a day ("Durban Harbour, 17 November"), or a
        sub-head right over such a date line ("PLANTS FOUND ON A FARM" / "Monday 17 June"),
        each under a body paragraph and over one. The section's paragraph is an episode
        dated by that day, whatever the lead's dates."""
        sentences = self.lay.sentences
        title_end = self._title_end()
        heads: set[int] = set()
        dated_lines = sorted({m.sentence for m in self.mentions if m.label == "DATE"
                              and m.normalized.get("precision") == "day"})
        for dated in dated_lines:
            if (not 0 < dated < len(sentences) - 1 or not self._head_line(dated)
                    or not self._head_day(dated) or self._head_line(dated + 1)):
                continue
            index = dated
            if self._head_line(dated - 1) and not self._head_day(dated - 1):
                index = dated - 1  # a sub-head over its date line
            if index < 1:
                continue
            previous_start, previous_end = sentences[index - 1]
            if (previous_start < title_end or self._head_line(index - 1)
                    or self.text[previous_start:previous_end].rstrip()[-1:] not in _BODY_ENDS):
                continue  # under the title or a header line, not under a body paragraph
            heads.update(range(index, dated + 1))
        return frozenset(heads)

    def _head_line(self, index: int) -> bool:
        """The sentence is a whole short line without a sentence's final punctuation."""
        start, end = self.lay.sentences[index]
        paragraph = self.lay.paragraphs[self.lay.paragraph_of(start)]
        line = self.text[start:end].strip()
        return (bool(line) and paragraph[0] >= start and paragraph[1] <= end
                and len(line) <= HEAD_LINE_CHARS and line[-1:] not in ".!?;,\"”»’")

    def _head_day(self, index: int) -> bool:
        """The head line ends with a day ("Beitbridge, 21 November", "Monday 3 March") or
        opens with one, after a bullet ("■ 30 December | "Yallama" customs post")."""
        start, end = self.lay.sentences[index]
        line_end = start + len(self.text[start:end].rstrip(" .:\t\n"))
        line_start = _HEAD_BULLET.match(self.text, start).end()  # type: ignore[union-attr]
        return index not in self.background and any(
            dating_date(m) and (m.end == line_end or m.start == line_start)
            and m.normalized.get("start")
            and m.normalized.get("precision") == "day"
            for m in self.by_sentence.get(index, ()))
