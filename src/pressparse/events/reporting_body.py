"""The body a period's figures belong to when the figures' sentence names the doers only by a
generic plural ("Since 1 January, customs officers have seized 61 kg ...", "In 2025 the
customs authorities of the country detected 47 cases ..., the committee added"): the body the
release reports for, when the sentence names it as the teller of the figures (guide "Events",
organizers of a period's results: "when a body's own release reports its own figures and
nobody else is said to act ..., the publishing body")."""

from __future__ import annotations

import re

from .draft import Draft
from .episodes import EpisodeRules
from .mentions import Mention
from .results import ROLE_WORDS_FILE, kind_alternatives

# the doers of a period's figures named by a generic plural noun (role_words.jsonl
# generic_doer: "officers", "authorities", "units", "bodies", "border guards")
_GENERIC_DOER = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'generic_doer')})\b", re.IGNORECASE)
# a modifier making the generic doers third parties, no body's own people ("law enforcement
# bodies of the country" in a coordinating agency's compilation; role_words.jsonl
# third_party_doer)
_THIRD_PARTY = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'third_party_doer')})\b[\w\s-]{{0,30}}\Z",
    re.IGNORECASE)
# "the committee added", "according to the directorate": a body told of by its head noun
_HEAD_NOUN = re.compile(r"\b[Tt]he\s+([A-Za-z][a-z]+)\b(?!\s+of\b)(?!['’]s)")


def _right_after(kind: str) -> re.Pattern[str]:
    """Words of a role_words.jsonl kind right after a name (past a comma or a possessive)."""
    return re.compile(rf"\A[\s,'’s]*(?:{kind_alternatives(ROLE_WORDS_FILE, kind)})\b",
                      re.IGNORECASE)


# a body told as the teller of the figures after them ("..., the FSB press service added",
# "(c) NSS press service", "according to the Customs Service"; role_words.jsonl teller_word)
_TELLER_AFTER = _right_after("teller_word")
_TELLER_BEFORE = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'credit')}"
    rf"|{kind_alternatives(ROLE_WORDS_FILE, 'teller_of')})\s+(?:the\s+)?\Z", re.IGNORECASE)
# the body's press office beside it, after or before it ("NSS press service", "Press Service
# of the General Police Inspectorate"; role_words.jsonl press_office)
_PRESS_AFTER = _right_after("press_office")
_PRESS_BEFORE = re.compile(
    rf"\b(?:{kind_alternatives(ROLE_WORDS_FILE, 'press_office')})\s+(?:of|for)\s+(?:the\s+)?\Z",
    re.IGNORECASE)
TELLER_REACH = 30  # chars searched beside a body for its telling words


class ReportingBodyRules(EpisodeRules):
    """The reporting body of a period's figures told of generic doers."""

    def _reporting_body(self, draft: Draft, head_of: dict[str, Mention]) -> list[Mention]:
        """The organizer of a period's results whose sentence names its doers by a generic
        plural and no body before its figures: the body the sentence tells as the teller of
        the figures ("..., the committee added"); none when no teller is named (the item's
        event's organizer is often a local unit, not the body of a national total)."""
        figures = draft.figure_starts
        if not figures:
            return []
        first = min(figures)
        sentence = self.lay.sentence_of(first)
        start = self.lay.sentences[sentence][0]
        doer = _GENERIC_DOER.search(self.text, start, first)
        if (doer is None or _THIRD_PARTY.search(self.text, start, doer.start())
                or any(m.label in ("ORG", "NORP") and not self._tells(m.start, m.end)
                       for m in self.by_sentence.get(sentence, ()) if m.start < first)):
            return []
        teller = self._teller(sentence, head_of)
        if teller is None and self._credit_line(sentence + 1, figures):
            # "... seized more than 41 kg. (c) NSS press service", "... The press service of
            # the Customs Committee presents the most notable cases."
            teller = self._press_credit(sentence + 1)
        return [] if teller is None else [teller]

    def _credit_line(self, sentence: int, figures: list[int]) -> bool:
        """The sentence exists and holds none of the figures (a credit after a caption, a
        signature line)."""
        if sentence >= len(self.lay.sentences):
            return False
        start, end = self.lay.sentences[sentence]
        return not any(start <= figure < end for figure in figures)

    def _tells(self, start: int, end: int) -> bool:
        """The span (a body or its head noun) is told as the teller of the sentence's figures:
        a telling word right after it ("the FSB press service added", "the committee said")
        or a credit or an office right before it ("according to the directorate", "the press
        service of the SCC reports")."""
        return bool(_TELLER_AFTER.match(self.text[end:end + TELLER_REACH])
                    or _TELLER_BEFORE.search(self.text, max(0, start - TELLER_REACH), start))

    def _teller(self, sentence: int, head_of: dict[str, Mention]) -> Mention | None:
        """The body the sentence tells as the teller of its figures (_tells): one named, else
        one told by its head noun ("the committee added": the State Customs Committee)."""
        start, end = self.lay.sentences[sentence]
        for mention in self.by_sentence.get(sentence, ()):
            if mention.label == "ORG" and self._tells(mention.start, mention.end):
                return mention
        for found in _HEAD_NOUN.finditer(self.text, start, end):
            body = head_of.get(found.group(1).lower())
            if body is not None and self._tells(found.start(), found.end()):
                return body
        return None

    def _press_credit(self, sentence: int) -> Mention | None:
        """The body whose press office the sentence names ("(c) NSS press service", "Press
        Service of the General Police Inspectorate")."""
        for mention in self.by_sentence.get(sentence, ()):
            if mention.label == "ORG" and (
                    _PRESS_AFTER.match(self.text[mention.end:mention.end + TELLER_REACH])
                    or _PRESS_BEFORE.search(self.text, max(0, mention.start - TELLER_REACH),
                                            mention.start)):
                return mention
        return None
