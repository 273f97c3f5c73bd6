"""Who takes part as a party: the countries a joint event's subject lists, the partners
named after a gathering's word ("a joint exercise with Georgia"), and the countries heading
the rows of a results list or a table of figures by country."""

from __future__ import annotations

import re

from .acting_bodies import STAFF_NOUNS
from .acting_subjects import ActingSubjectRules
from .draft import Draft
from .mentions import ROLE_LABELS, Mention
from .results import ROLE_WORDS_FILE, kind_alternatives
from .roles import chain_back, chain_forward
from .text import ROW_BULLET_CHARS

GATHERING_TYPES = frozenset({"meeting", "training", "exercise"})
RESULT_ROW = re.compile(rf"^[ \t]*[{ROW_BULLET_CHARS}][ \t]*", re.MULTILINE)  # a line's bullet
_ROW_JOINT = re.compile(r"(?:the\s+)?|\s*,\s*(?:the\s+)?|\s+and\s+(?:the\s+)?")
# a table row's opening before its first cell ("Cambodia – 296 – 410 kg", "Benin | 58 | 731"):
# the line's start, a bullet at most
_ROW_START = re.compile(rf"[ \t]*(?:[{ROW_BULLET_CHARS}][ \t]*)?")
# the cell edge after a row's label, then the row's first figure: a bar, a tab, a spaced dash,
# or a run of spaces
_FIGURE_CELL = re.compile(r"[ \t]*(?:\||\t|[–—-][ \t]|[ ]{2})[ \t]*(?=\d)")
# a coordinated subject's verb telling a joint event ("Kazakhstan and Kyrgyzstan held a joint
# border exercise", "Kyrgyz and Tajik border guards conducted joint patrols") or a meeting of
# its own ("The interior ministers of Russia and Belarus met"; role_words.jsonl joint_verb,
# reciprocal_verb), right after the subject's last party: up to two lower-case words (the
# demonyms' force, "border guards"), adverbs, an auxiliary
_JOINT_ACTION = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?"
    rf"(?:\s+(?:{kind_alternatives(ROLE_WORDS_FILE, 'subject_gap')}))*"
    r"\s+(?:(?:have|has|had|will)\s+)?(?:"
    rf"(?:{kind_alternatives(ROLE_WORDS_FILE, 'joint_verb')})"
    r"\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+)?joint"
    rf"|{kind_alternatives(ROLE_WORDS_FILE, 'reciprocal_verb')})\b")
PARTY_LABELS = ("COUNTRY", "NORP")
# a partner named right after a gathering's word ("held a joint exercise with Georgia",
# "The joint training with the Collective Forces of the CSTO", "a meeting of the Border
# Service of Kyrgyzstan with the Border Troops of Tajikistan", "consultations with
# Afghanistan and Iran"): past the event's name in quotes and the first party after "of", the
# body or country after "with" takes part, also named by the people standing for it ("with a
# delegation of", "with units of"; role_words.jsonl leader_title, staff_noun). Not an
# operation's: who runs "a crackdown with" a body may run it with it (h4_12's gold), and a
# "joint operation with" has cues of its own (role_cues.jsonl)
_EVENT_NAME_AFTER = re.compile(r"\s*[\"“«„][^\"”»\n]{1,60}[\"”»]")
_OF_PARTY = re.compile(r"\s+of\s+(?:the\s+)?")
WITH_PARTNER = re.compile(
    r"\s*,?\s+with\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+)?(?:"
    rf"{kind_alternatives(ROLE_WORDS_FILE, 'leader_title')}"
    rf"|{STAFF_NOUNS})"
    r"\s+(?:of|from)\s+(?:the\s+)?)?")
PARTNER_LABELS = frozenset({"ORG", "COUNTRY", "NORP"})
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")  # "Portugal's Judicial Police"
MIN_JOINT_PARTIES = 2  # a joint event has two parties or more


class PartyRules(ActingSubjectRules):
    """Parties of joint events and gatherings, and countries heading result rows."""

    def _event_partners(self, owner: dict[int, Draft]) -> None:
        """The partners named right after a gathering's word ("held a joint exercise with
        Georgia", "a meeting of the Border Service of Kyrgyzstan with the Border Troops of
        Tajikistan"): they take part in the gathering owning the word's sentence
        (WITH_PARTNER)."""
        text, title_end = self.text, self._title_end()
        for cue in self.cues:
            draft = owner.get(cue.sentence)
            if (draft is None or cue.cue.type not in GATHERING_TYPES
                    or draft.type not in GATHERING_TYPES or cue.sentence in self.background):
                continue
            at = cue.end
            name = _EVENT_NAME_AFTER.match(text, at)
            if name is not None:
                at = name.end()
            mentions = [m for m in self.by_sentence.get(cue.sentence, ())
                        if m.start >= at and m.label in PARTNER_LABELS]
            of = _OF_PARTY.match(text, at)
            if of is not None:  # "a meeting of A with B": past A and its list
                party = next((i for i, m in enumerate(mentions) if m.start == of.end()), None)
                if party is None:
                    continue
                at = chain_forward(mentions[party], mentions[party + 1:], text)[-1].end
                at += text.startswith(")", at)
            partner = WITH_PARTNER.match(text, at)
            first = next((i for i, m in enumerate(mentions)
                          if partner is not None and m.start == partner.end()), None)
            if first is None:
                continue
            owned = _POSSESSIVE_AFTER.match(text, mentions[first].end)
            if (owned is not None and first + 1 < len(mentions)
                    and mentions[first + 1].start == owned.end()):
                first += 1  # "with Portugal's Judicial Police": the body
            known = {m.key for m in draft.agents}
            partners: set[str] = set()
            for mention in chain_forward(mentions[first], mentions[first + 1:], text):
                if (mention.label not in ROLE_LABELS or self._is_news_source(mention)
                        or _POSSESSIVE_AFTER.match(text, mention.end)):
                    continue  # "with Latvian colleagues" (the colleagues' body is named
                    # apart); "with Portugal's Judicial Police": the body, not the country
                mention = self._long_form(mention)
                partners.add(mention.key)
                if mention.key not in known:
                    draft.agents.append(mention)
                    known.add(mention.key)
            if partners:
                # "CSTO Collective Forces to hold joint training" over "The joint training
                # with the Collective Forces of the CSTO ... is organized by the Joint Staff":
                # the headline's subject is the body's partner, no organizer
                draft.roles = [a for a in draft.roles
                               if a.role != "organizer" or a.cue.start >= title_end
                               or a.mention.key not in partners]

    def _joint_parties(self, draft: Draft) -> None:
        """The countries a joint event's subject lists in the sentence of the event's word
        ("Kazakhstan and Kyrgyzstan held a joint border exercise", "customs officers of
        Russia and China carried out a joint check", "Kyrgyz and Tajik border guards
        conducted joint patrols", "The ministers of Russia and Belarus met"): parties that
        take part, none of them said to lead it; no body named before them ("the Border
        Service of Kazakhstan and Kyrgyz colleagues": the Service acts)."""
        trigger = draft.trigger
        if trigger is None or trigger.sentence > self.lead_last:
            return
        mentions = self.by_sentence.get(trigger.sentence, ())
        text = self.text
        parties: list[Mention] = []
        for index, last in enumerate(mentions):
            labels = self._joint_labels(draft, last)
            if (last.label not in labels or index == 0
                    or _JOINT_ACTION.match(text, last.end) is None):
                continue
            earlier = (m for m in reversed(mentions[:index]) if m.label in labels)
            chain = chain_back(last, earlier, text)
            if (len({m.key for m in chain}) >= MIN_JOINT_PARTIES
                    and all(m.label in ("COUNTRY", "ORG") or self._demonym_body(m)
                            for m in chain)
                    and not any(self._acting_body(m) for m in mentions
                                if m.label == "ORG" and m.end <= chain[0].start)):
                parties = chain
                break
        if not parties:
            return
        keys = {m.key for m in parties}
        draft.organizer_agents = [m for m in draft.organizer_agents if m.key not in keys]
        draft.roles = [a for a in draft.roles
                       if a.role != "organizer" or a.mention.key not in keys]
        known = {m.key for m in draft.agents}
        draft.agents.extend(m for m in parties if m.key not in known)

    def _joint_labels(self, draft: Draft, last: Mention) -> tuple[str, ...]:
        """The labels of a joint subject's parties: countries and demonyms, and in a meeting
        bodies too ("Senior officers of the RSIPF and the Fiji Police Force met", "A and B
        hold talks": two sides meet, none hosts; guide, session 27), unless a news source
        (two bodies holding a joint exercise both lead it: h10_04's gold)."""
        if (draft.type == "meeting" and last.label == "ORG"
                and not self._is_news_source(last)):
            return (*PARTY_LABELS, "ORG")
        return PARTY_LABELS

    def _result_rows_countries(self) -> list[Mention]:
        """Countries heading the rows of a results list ("- Spain: 15 arrests, ...", "France,
        Italy and Croatia: 11 arrests in total"): they took part in the operation."""
        found: list[Mention] = []
        for match in RESULT_ROW.finditer(self.text):
            line_mentions = [m for m in self.by_sentence[self.lay.sentence_of(match.end())]
                             if match.end() <= m.start]
            row: list[Mention] = []
            cursor = match.end()
            for mention in line_mentions:
                if mention.label != "COUNTRY" or not _ROW_JOINT.fullmatch(
                        self.text, cursor, mention.start):
                    break
                row.append(mention)
                cursor = mention.end
            if row and self.text.startswith(":", cursor):
                found.extend(row)
        return found

    def _table_rows_countries(self) -> list[Mention]:
        """Countries heading the rows of a table of figures by country, two rows or more
        ("Arrests and main seizures by country:" / "Cambodia – 296 – 410 kg crystal
        methamphetamine" / "Indonesia – 842 – 1 120 kg ..."; "Benin | 58 | 731 | 9"): each
        row is a country's own share of the operation's results, so the country took part
        in it."""
        text = self.text
        rows: dict[int, list[Mention]] = {}  # line start -> the countries heading the line
        row: list[Mention] = []
        for mention in self.mentions:
            if mention.label != "COUNTRY":
                continue
            if row and _ROW_JOINT.fullmatch(text, row[-1].end, mention.start):
                row.append(mention)  # "France, Italy and Croatia | 11"
                continue
            self._close_table_row(row, rows)
            line_start = text.rfind("\n", 0, mention.start) + 1
            row = [mention] if _ROW_START.fullmatch(text, line_start, mention.start) else []
        self._close_table_row(row, rows)
        found: list[Mention] = []
        for line_start, countries in rows.items():
            line_end = text.find("\n", line_start)
            following = line_end + 1 if line_end >= 0 else -1
            previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
            if following in rows or previous in rows:  # a table: rows beside rows
                found.extend(countries)
        return found

    def _close_table_row(self, row: list[Mention], rows: dict[int, list[Mention]]) -> None:
        """Keep the countries heading a line when a figure's cell follows them
        (_table_rows_countries)."""
        if row and _FIGURE_CELL.match(self.text, row[-1].end):
            rows[self.text.rfind("\n", 0, row[0].start) + 1] = row
