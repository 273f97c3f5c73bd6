"""Document-level evidence for resolution: explicit reference dates, numeric-date convention,
future wording around an expression."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from .expressions import CalendarPeriod, CalendarRange, Expression, RelativePeriod
from .parse_common import Found
from .patterns import NEVER, alternation
from .periods import period_bounds
from .resolve import Reference, Resolver, infer_year

LATEST_YEAR = 2026
"""The default latest year a year-less dateline of a text that writes no year may fall in:
the model's build year (the dates component's ``latest_year`` setting overrides it)."""

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A full stop ending a sentence: not after "a.m"/"p.m", an initial ("U.S.") or a short
# capitalised abbreviation ("Oct.", "Sept.", "Mr."); a month written in full is a word ("is
# scheduled for 3 July. The hearing on 2 June was adjourned.")
_SENTENCE_STOP = re.compile(
    r"[!?]\s|\.(?<![ap]\.m\.)(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)"
    r"(?:(?<!\b[A-Z][a-z]{2}\.)|(?<=\bMay\.))(?:(?<!\b[A-Z][a-z]{3}\.)|(?<=\bJune\.)"
    r"|(?<=\bJuly\.))\s")
_WORDS = re.compile(r"\w+")
_FOLLOWED_BY_COMMA = re.compile(r"\s*,")
LOOK_BEHIND = 60  # characters before a span that may hold its governing future wording
FAR_LOOK_BEHIND = 260  # characters before a span read for a cue of its sentence further back
LOOK_AHEAD = 80  # characters after a sentence-opening span
# a participle telling a present state with an adverb before it ("the museum is partly
# closed"): the past regex's own lookbehinds take only a participle right after "is"
_PRESENT_STATE = re.compile(r"(?<![\w])(?:is|are)\s+[a-z]+ly\s+\Z")
STATE_REACH = 24  # characters before a participle read for "is <adverb>"
PERFECT_REACH = 16  # characters before a participle read for "has been"
_NOT_VERBS = frozenset({"last"})  # past cues that are no verb of the clause after a near cue
DEADLINE_WORD_REACH = 12  # characters before a span that may hold its deadline word
HEDGED_WORD_REACH = 32  # ... and a hedge after it ("until at least the end of June")
# A determiner right before a date ("the Nov. 3 election"), and the one to three words of its
# noun before a future cue ("... election will")
ATTRIBUTIVE_REACH = 8
_HEAD_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,3}\s+")
_DEFERRAL_PREPS = frozenset({"to", "until", "till", "through", "for"})
AFTER_GERUND_REACH = 40  # characters before a span read for "after cutting in"
PROGRESSIVE_REACH = 24  # characters before "to be <-ed>" read for "were waiting"
DEFERRAL_REACH = 64  # characters before a span that may hold "extended the budget through"
SIGNAL_REACH = 72  # characters before a span that may hold "signalled a further rate cut in"
CLOCK_BEFORE_REACH = 16  # characters of a clock time right before a day ("8 p.m. Tuesday")
_CLOCK_BEFORE = re.compile(r"(?<![\w:])(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?"
                           r"|noon|midnight)\s+\Z", re.IGNORECASE)


# An infinitive "to" and its verb ("to present", "to return"): not after an -ed word, where
# "to" is mostly a preposition ("returned to normal", "rose to"), unless the word is an
# -ed verb taking an infinitive ("hoped to finish"; clause_words infinitive_verb), nor before
# a determiner or a qualifier of a figure ("had grown to about 12,000 acres by Saturday
# morning"; clause_words preposition_after_to)
def _infinitive_regex(ed_verbs: list[str], not_verbs: list[str]) -> re.Pattern[str]:
    """An infinitive "to" and its verb, ``ed_verbs`` the -ed words it may follow and
    ``not_verbs`` the words after it that make it a preposition."""
    after = "".join(f"|(?<={re.escape(verb)} )" for verb in ed_verbs)
    not_before = rf"(?!(?:{'|'.join(map(re.escape, not_verbs))})\b)" if not_verbs else ""
    return re.compile(rf"(?<![\w])(?:(?<!ed ){after})to\s+{not_before}[a-z]{{2,}}(?![\w])")


OPENING_WORDS = 3  # at most this many words before a span that opens its sentence
CLAUSE_OPENING_REACH = 16  # characters before a span read for "that in" opening its clause
# A quote closing, or a comma, then the attribution's speaker before its reporting verb
_ATTRIBUTION_LEAD = (r"(?:,\s*[\"”’']?|[\"”])\s*"
                     r"(?:(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they|we)\s+)?")
_POSSESSIVE = re.compile(r"['’]s(?![\w])")


def _words_regex(words: list[str] | None, lead: str = r"(?<![\w])") -> re.Pattern[str]:
    """Any of ``words`` as written, as a whole word after ``lead``; never matches when none."""
    if not words:
        return NEVER
    return re.compile(lead + "(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")


def latest_explicit_date(found: Iterable[Found]) -> date | None:
    """The latest date written with its year: days first, else months, else years."""
    best: dict[str, date] = {}
    for item in found:
        periods: list[CalendarPeriod] = []
        if isinstance(item.expression, CalendarPeriod):
            periods = [item.expression]
        elif isinstance(item.expression, CalendarRange):
            periods = [item.expression.first, item.expression.last]
        for period in periods:
            if period.year is None or period.unit not in ("day", "month", "year"):
                continue
            end = period_bounds(period.unit, period.year, period.month, period.day,
                                period.part)[1]
            if period.unit not in best or end > best[period.unit]:
                best[period.unit] = end
    for unit in ("day", "month", "year"):
        if unit in best:
            return best[unit]
    return None


def sentence_start(text: str, start: int, reach: int) -> int:
    """Where the sentence holding ``start`` begins, looking back at most ``reach``
    characters and never over a line break."""
    left = max(0, start - reach)
    newline = text.rfind("\n", left, start)
    if newline >= 0:
        left = newline + 1
    for stop in _SENTENCE_STOP.finditer(text, left, start):
        left = stop.end()
    return left


def sentence_end(text: str, end: int, reach: int) -> int:
    """Where the sentence holding ``end`` stops (its full stop or line break), looking ahead
    at most ``reach`` characters."""
    stop = _SENTENCE_END.search(text, end)
    return min(stop.start() if stop else len(text), end + reach)


def _passive_infinitive(not_after: list[str]) -> str:
    """A passive infinitive ("a stimulus package to be rolled out in the second half"), a
    coming act, as a further alternative of the future cues' regex; not after an -ed verb
    or a word of ``not_after`` ("believed to be linked", "had to be evacuated")."""
    guards = "".join(rf"(?<!\b{re.escape(word)} )" for word in not_after)
    return rf"|(?<!ed ){guards}to\s+be\s+[a-z]{{2,}}(?:ed|en)"


def _ed_regex(past_eed: list[str], not_past: list[str]) -> str:
    """-ed words, not those in "-eed" ("need", "succeed", "indeed") but the past forms of
    ``past_eed`` ("agreed", "decreed"), nor the words of ``not_past`` ("hundred")."""
    guards = "".join(rf"(?<!{re.escape(word.removesuffix('ed'))})" for word in not_past)
    stems = "|".join(re.escape(word.removesuffix("ed")) for word in past_eed)
    eed = rf"|[a-z]*(?:{stems})ed" if stems else ""
    return rf"(?:[a-z]{{2,}}(?<!e){guards}ed{eed})"


NOUN_SUBJECT_REACH = 24  # a past verb right after a span, one adverb between at most

# the start of a sentence or line (a lookbehind of fixed width per alternative)
_SENTENCE_OPENING = r"(?:^|(?<=\n)|(?<=[.!?:]\s)|(?<=[.!?]['\"”’]\s))"

_NO_ARTICLE = (r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Ii]ts )(?<!\b[Tt]heir )"
               r"(?<!\b[Tt]his )")


class FutureWording:
    """Finds future cues ("will be held", "is planned") in the sentence around a span."""

    def __init__(self, cues: list[str], past_cues: list[str] | None = None,
                 noun_cues: list[str] | None = None,
                 not_before: dict[str, list[str]] | None = None,
                 deadline_preps: list[str] | None = None,
                 since_preps: list[str] | None = None,
                 lower_case: list[str] | None = None,
                 reporting_verbs: list[str] | None = None,
                 expecting_verbs: list[str] | None = None,
                 deferral_verbs: list[str] | None = None,
                 noun_forms: dict[str, list[str]] | None = None,
                 intent_words: list[str] | None = None,
                 clause_words: dict[str, list[str]] | None = None,
                 signalling_words: dict[str, list[str]] | None = None) -> None:
        nouns = set(noun_cues or [])
        guarded = not_before or {}
        lower = set(lower_case or [])  # modals: "may" is a cue, "May" a month
        plain = [c for c in cues if c and c not in nouns and c not in guarded and c not in lower]
        # a cue that is also a noun is none after an article ("since the start of the year"),
        # nor, capitalised, inside a name ("won the Australian Open in January": a lower-case
        # word after it; a Title Case headline's "Museum Opens In May" is a cue, and so is
        # one opening a sentence)
        as_nouns = (rf"|{_NO_ARTICLE}{alternation(sorted(nouns), exact=True)}"
                    rf"|(?:{_SENTENCE_OPENING}{alternation(sorted(nouns))}"
                    rf"|{alternation(sorted(n.capitalize() for n in nouns), exact=True)}"
                    rf"(?!\s+[a-z]))") if nouns else ""
        self.noun_cue = re.compile(alternation(sorted(nouns))) if nouns else None
        """A cue that is also a noun ("starts"): the subject's plural noun before a past verb."""
        lower_plain = sorted(lower - set(guarded))
        as_lower = rf"|{alternation(lower_plain, exact=True)}" if lower_plain else ""
        # "the next day": an anaphoric day, not future wording
        as_guarded = "".join(rf"|{alternation([cue], exact=cue in lower)}"
                             rf"(?!\s+{alternation(words)}(?![\w]))"
                             for cue, words in sorted(guarded.items()))
        roles = clause_words or {}
        fiscal = roles.get("financial_year_word", [])
        fiscal_year = rf"(?:{alternation(fiscal, exact=True)}\s+(?:year\s+)?)?" if fiscal else ""
        self.year_object = re.compile(rf"\s+(?:the\s+)?{fiscal_year}(?:1[89]|20)[0-9]{{2}}(?![\w])")
        """A written year right after a future cue, its object ("forecast for 2027", "for
        fiscal 2027"; clause_words financial_year_word)."""
        passive = _passive_infinitive(roles.get("past_before_passive_infinitive", []))
        self.regex = re.compile(r"(?<![\w])(?:" + alternation(plain) + as_nouns + as_lower
                                + as_guarded + passive + r")(?![\w])")
        after = roles.get("completed_act_before_gerund", [])
        self.after_act = re.compile(
            rf"(?<![\w])(?:{alternation(after)})\s+[a-z]{{2,}}ing\s+(?:[a-z]{{2,}}\s+)?\Z") \
            if after else NEVER
        """"after" and an -ing verb (and a preposition) right before a span: a past act."""
        progressive = roles.get("past_progressive_auxiliary", [])
        self.past_progressive = re.compile(
            rf"(?<![\w])(?:{alternation(progressive, exact=True)})\s+[a-z]{{2,}}ing\s+\Z") \
            if progressive else NEVER
        """A past auxiliary and an -ing verb right before a passive infinitive ("were waiting
        to be carried out at the end of December"): the act waited for is past, no coming one."""
        present_perfect = roles.get("present_perfect_auxiliary", [])
        self.present_perfect = re.compile(
            rf"(?<![\w])(?:{alternation(present_perfect, exact=True)})\s+(?:been\s+)?\Z") \
            if present_perfect else NEVER
        """A present perfect's auxiliary ("has restricted exports until the end of June": a
        state begun and still lasting, no past wording before "until")."""
        self.past = self._past_regex(past_cues, noun_forms, roles)
        """Past wording between a far future cue and a span: the span is not governed by it."""
        self.past_verb = self._past_regex([c for c in past_cues or [] if c not in _NOT_VERBS],
                                          noun_forms, roles)
        """Past wording between a near cue and a span ("the deadline was February 28"); not
        "last" ("will last until 31 October")."""
        hedges = roles.get("date_hedge", [])
        hedge = rf"(?:{alternation(hedges, exact=True)}\s+)?" if hedges else ""
        # (a hedge may stand between the word and the date: "until at least the end of June")
        self.deadline_word = re.compile(
            rf"(?<![\w])(?:{alternation(deadline_preps)})\s+{hedge}\Z") if deadline_preps \
            else None
        """A deadline word right before a span ("by the end of April", "before the summer")."""
        self.since_word = re.compile(
            rf"(?<![\w])(?:{alternation(since_preps)})\s+{hedge}\Z", re.IGNORECASE) \
            if since_preps else None
        """A word counting from a past date right before a span ("since January")."""
        self.attribution = _words_regex(reporting_verbs, _ATTRIBUTION_LEAD)
        """A quote's attribution ("...," said an economist): the words before it were said."""
        self.expecting = _words_regex(expecting_verbs)
        """A verb of expectation ("expected"): a deadline after it is ahead, as after "to"."""
        self.deferral = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, deferral_verbs))
            + r")(?:\s+[\w'’-]+,?){0,6}?\s+" + alternation(sorted(_DEFERRAL_PREPS), exact=True)
            + r"\s+\Z") \
            if deferral_verbs else NEVER
        """A verb moving a date later, its object between ("postponed the vote until"), and a
        preposition right before the date: the date is ahead."""
        self.infinitive = _infinitive_regex(roles.get("infinitive_verb", []),
                                            roles.get("preposition_after_to", []))
        """An infinitive "to" and its verb ("hoped to finish"; not "rose to")."""
        no_verbs = roles.get("no_verb_after_to", [])
        no_verb = r"(?!(?:" + "|".join(map(re.escape, no_verbs)) + r")(?![\w]))" \
            if no_verbs else ""
        self.intent = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, intent_words or [])) + r")\s+"
            # ("asked states to hold special drives on March 20 and 21": its object between)
            rf"(?:(?:[a-z][\w'’-]*\s+){{0,2}}?to\s+{no_verb}[a-z]{{2,}}|on\s+[a-z]{{2,}}ing)"
            r"(?![\w])") \
            if intent_words else NEVER
        """An intent or agreement and the act intended ("agreed to hold", "a memorandum on
        holding"): a date of that act is the nearer one."""
        signalling = signalling_words or {}
        verbs, openers = signalling.get("verb", []), signalling.get("determiner", [])
        preps = signalling.get("preposition", [])
        self.signal = re.compile(
            rf"(?<![\w]){alternation(verbs, exact=True)}\s+{alternation(openers, exact=True)}"
            rf"\s+(?:[a-z][\w'’-]*\s+){{0,3}}?{alternation(preps, exact=True)}\s+(?:the\s+)?\Z") \
            if verbs and openers and preps else NEVER
        """A verb of signalling and the act signalled, closed by a preposition right before a
        date ("signalled a cut in June")."""
        followers = signalling.get("follower", [])
        self.signal_follower = re.compile(
            r"\s+(?!" + alternation(followers, exact=True) + r"(?![\w]))[a-z]") \
            if followers else re.compile(r"\s+[a-z]")
        """A lower-case word after the date that does not close the act's phrase ("a drop in
        March exports": the month of the data)."""
        determiners = roles.get("attributive_determiner", [])
        self.attributive_before = re.compile(
            r"(?<![\w])(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
                                       for w in determiners) + r")\s+\Z") \
            if determiners else NEVER
        """A determiner right before a date ("the Nov. 3 election"); its noun's one to three
        words come before a future cue ("... election will")."""
        openers, preps = roles.get("clause_opener", []), roles.get("clause_opener_prep", [])
        self.clause_opening = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, openers)) + r")\s+"
            + (r"(?:(?:" + "|".join(map(re.escape, preps)) + r")\s+)?" if preps else "")
            + r"\Z") if openers else NEVER
        """A word opening a reported clause, and a preposition, right before a date ("agreed
        that in October")."""
        nearer_preps = roles.get("nearer_prep", [])
        self.nearer_prep = re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, nearer_preps)) + r")\s+\Z") \
            if nearer_preps else NEVER
        """A preposition right before a weekday that makes it the one a thing is set for
        ("power prices for Wednesday rose"): the nearer one, whatever the tense."""
        lasting = roles.get("lasting_until", [])
        self.lasting_word = re.compile(
            r"(?<![\w])" + alternation(lasting) + r"\s+" + hedge + r"\Z") if lasting else NEVER
        """A preposition right before a date telling how long a state lasts ("until")."""
        adverbs = roles.get("gap_adverb", [])
        named = rf"|{alternation(adverbs, exact=True)}\s+" if adverbs else ""
        self.adverb_gap = re.compile(rf"\s+(?:[a-z]+ly\s+{named})?")
        """Whitespace, and one adverb at most, between a span and the verb after it."""
        self.subject_gap = re.compile(",?" + self.adverb_gap.pattern)
        """Whitespace, a comma closing an aside and one adverb at most, between a span inside
        a subject and the subject's verb ("the launch, initially set for Aug. 19, was
        postponed")."""
        boundaries = roles.get("clause_boundary", [])
        self.clause_boundary = re.compile(
            r",|(?<![\w])" + alternation(boundaries, exact=True) + r"(?![\w])") \
            if boundaries else re.compile(",")
        """A comma or a word opening another clause between a future cue and a span ("expect
        prices to rise, as a wet March delayed planting")."""
        noun_preps = roles.get("noun_cue_prep", [])
        self.noun_cue_gap = re.compile(
            r"\s+" + alternation(noun_preps, exact=True) + r"\s+(?:the\s+)?") \
            if noun_preps else NEVER
        """Only a preposition (and "the") between a cue and a span: "starts in April"."""

    @staticmethod
    def _past_regex(past_cues: list[str] | None,
                    noun_forms: dict[str, list[str]] | None = None,
                    roles: dict[str, list[str]] | None = None) -> re.Pattern[str]:
        """Past wording; a past form that is also a noun ("cut", "hit") is none after a word
        that makes it one (``noun_forms``: form -> words: "one more cut", "a rate cut");
        clause_words ``roles``: perfect_auxiliary, the auxiliaries of a perfect passive ("have
        been accumulated"); lasting_state_verb, verbs of a lasting state ("remains closed until
        Thursday"); ed_past_eed, ed_not_past and ed_not_past_after, the -ed rule's words."""
        roles = roles or {}
        perfect = roles.get("perfect_auxiliary", [])
        nouns = noun_forms or {}
        plain = [c for c in past_cues or [] if c and c not in nouns]
        guarded = "".join(
            "|" + "".join(rf"(?<!\b{re.escape(word)} )" for word in words) + re.escape(form)
            for form, words in sorted(nouns.items()) if form in (past_cues or []))
        past = alternation(plain) + guarded
        ed = _ed_regex(roles.get("ed_past_eed", []), roles.get("ed_not_past", []))
        words = rf"(?:{past}|{ed})" if past_cues else ed
        # a perfect passive is past ("486 litres have been accumulated since October"), though
        # an -ed word right after "been" alone is not ("will have been completed by May")
        if perfect:
            words = rf"(?:(?:{'|'.join(map(re.escape, perfect))})\s+been\s+{ed}|{words})"
        # an -ed word after a determiner is an adjective ("a reconvened session"), no past
        # a bare form after a modal or "to" is no past ("will cut rates", "to hit shelves")
        # ("is held on": a present passive, "remains closed until Thursday": a state that lasts)
        not_after = [*roles.get("ed_not_past_after", []), *roles.get("lasting_state_verb", [])]
        return re.compile(r"(?<![\w])" + "".join(rf"(?<!\b{re.escape(word)} )"
                                                  for word in not_after)
                          + rf"{words}(?![\w])")

    def _far_cue(self, text: str, start: int, end: int) -> bool:
        """Whether the span's sentence, further back than LOOK_BEHIND (up to FAR_LOOK_BEHIND
        characters), has a future cue with no past wording between it and the span ("X will
        hold a course for officers from A, B and C from 9 to 13 March"), nor a past verb of
        the span's own clause right after it."""
        left = sentence_start(text, start, FAR_LOOK_BEHIND)
        cue_ends = [match.end() for match in self._cues(text, left, start)]
        return bool(cue_ends) and self.past.search(text, cue_ends[-1], start) is None and \
            not self._subject_past_after_cue(text, cue_ends[-1], start, end)

    def _cues(self, text: str, left: int, start: int) -> list[re.Match[str]]:
        """The future cues between ``left`` and a span at ``start``, but one whose object is
        a written year before the span ("cut its forecast for 2027 to 3.2% from 4.1% in
        March": the cue dates the year, not the later span)."""
        cues = []
        for cue in self.regex.finditer(text, left, start):
            year = self.year_object.match(text, cue.end())
            if year is None or year.end() > start:
                cues.append(cue)
        return cues

    def _cue_after(self, text: str, end: int) -> bool:
        """Whether a future cue follows the span in its sentence with no past wording between
        (the verb of a clause the span opens)."""
        right = sentence_end(text, end, LOOK_AHEAD)
        cue = self.regex.search(text, end, right)
        return cue is not None and self.past_verb.search(text, end, cue.start()) is None

    def deadline(self, text: str, start: int) -> bool:
        """Whether the span is a deadline set in an infinitive clause, so ahead ("asked the
        Commission to present options by the end of April", "expected operations to return to
        normal by Friday"): a deadline word right before it, an infinitive "to" before that in
        its sentence and no past wording between the two ("had been seized by Friday")."""
        if self.deadline_word is None:
            return False
        word = self.deadline_word.search(text, max(0, start - HEDGED_WORD_REACH), start)
        if word is None:
            return False
        left = sentence_start(text, start, FAR_LOOK_BEHIND)
        infinitive_end = -1
        for infinitive in self.infinitive.finditer(text, left, word.start()):
            infinitive_end = infinitive.end()
        for expecting in self.expecting.finditer(text, left, word.start()):
            # "said they expected one more cut by the third quarter": an expectation
            infinitive_end = max(infinitive_end, expecting.end())
        if infinitive_end < 0:
            return False
        return self.past_verb.search(text, infinitive_end, word.start()) is None

    def deferred(self, text: str, start: int) -> bool:
        """Whether a verb that moves a date later stands right before the span ("the vote was
        postponed until March 30", "extended to the end of June"; a clock time may stand
        between: "extended a red flag warning until 8 p.m. Tuesday"): the new date is
        ahead."""
        before = text[max(0, start - 9):start].split()
        if before and before[-1] not in _DEFERRAL_PREPS and before[-1][-1:] in "0123456789.mn":
            clock = _CLOCK_BEFORE.search(text, max(0, start - CLOCK_BEFORE_REACH), start)
            if clock is not None:  # "until 8 p.m. Tuesday": the word before the clock time
                start = clock.start()
                before = text[max(0, start - 9):start].split()
        if not before or before[-1] not in _DEFERRAL_PREPS:  # (the cheap test first)
            return False
        return self.deferral.search(text, max(0, start - DEFERRAL_REACH), start) is not None

    def intended(self, text: str, start: int) -> bool:
        """Whether the span dates an act agreed on or intended earlier in its sentence ("the
        sides agreed to hold a joint exercise in May"; "a memorandum on holding a seminar in
        May was signed"), with no past wording between the act and the span ("agreed to hold
        talks, which took place in May")."""
        left = sentence_start(text, start, FAR_LOOK_BEHIND)
        act_end = -1
        for act in self.intent.finditer(text, left, start):
            act_end = act.end()
        return act_end >= 0 and self.past_verb.search(text, act_end, start) is None

    def signalled(self, text: str, start: int, end: int) -> bool:
        """Whether the span dates an act a verb of signalling names right before it ("the
        Fed signalled a cut in June", "flagged another hike in March"): the act is ahead of
        the signal, whatever the verb's tense; not when a noun follows the date ("flagged a
        drop in March exports")."""
        return self.signal.search(text, max(0, start - SIGNAL_REACH), start) is not None \
            and self.signal_follower.match(text, end) is None

    def set_for(self, text: str, start: int, end: int) -> bool:
        """Whether a preposition of the day a thing is set for stands right before the span
        ("Wholesale power prices for Wednesday rose 31%"); not before a possessive ("for
        Wednesday's attack": the attack's day)."""
        return self.nearer_prep.search(text, max(0, start - DEADLINE_WORD_REACH),
                                       start) is not None and \
            _POSSESSIVE.match(text, end) is None

    def bounds_state(self, text: str, start: int) -> bool:
        """Whether "until"/"till" stands right before the span, a clock time allowed between
        ("were closed until Thursday morning", "banned until 9pm Wednesday"): the day a state
        ends, told from the act that set it, so the verb's tense does not tell its side."""
        clock = _CLOCK_BEFORE.search(text, max(0, start - CLOCK_BEFORE_REACH), start)
        if clock is not None:  # "until 6:00 pm Wednesday": the word before the clock time
            start = clock.start()
        return self.lasting_word.search(text, max(0, start - DEADLINE_WORD_REACH),
                                        start) is not None

    def lasts_until(self, text: str, start: int, end: int | None = None) -> bool:
        """Whether the span ends a state its sentence tells in the present ("Schools stay
        shut until Monday", "Flights remain suspended until Sunday"): "until" right before it
        and no past wording between the sentence's start and that word ("were suspended
        until Sunday", "remained closed until Friday": over); when "Until" opens the
        sentence, none between the span's ``end`` and the sentence's end ("Until end of March
        the museum is partly closed"; "Until May the road was shut" is over)."""
        word = self.lasting_word.search(text, max(0, start - HEDGED_WORD_REACH), start)
        if word is None:
            return False
        left = sentence_start(text, start, FAR_LOOK_BEHIND)
        if word.group().istitle():
            if end is None or text[left:word.start()].strip():
                return False  # ("... said Until": no sentence opened by it)
            right = sentence_end(text, end, LOOK_AHEAD)
            return all(_PRESENT_STATE.search(text, max(end, found.start() - STATE_REACH),
                                             found.start()) is not None
                       for found in self.past_verb.finditer(text, end, right))
        if end is not None and self.subject_past(text, end):
            return False  # "Rainfall through March was 38% below average": over
        return all(self._present_perfect(text, found)
                   for found in self.past_verb.finditer(text, left, word.start()))

    def _present_perfect(self, text: str, found: re.Match[str]) -> bool:
        """Whether past wording ``found`` is a present perfect's verb or auxiliary ("has
        restricted", "have been suspended")."""
        verb = found.group()
        end = found.start() + verb.rfind(" ") + 1  # (a perfect passive: "have been suspended")
        return self.present_perfect.search(text, max(0, end - PERFECT_REACH), end) is not None

    def past_in_sentence(self, text: str, start: int, end: int,
                         reach: int = LOOK_BEHIND) -> bool:
        """Whether the span's sentence (up to ``reach`` characters before it and LOOK_AHEAD
        after) has past wording ("Officers seized 40 pounds this weekend")."""
        left = sentence_start(text, start, reach)
        if self.past_verb.search(text, left, start) is not None:
            return True
        # a span opening its sentence ("On Thursday, in the village of K., officers of the
        # local police also found ...") is governed by a verb further on
        reach = FAR_LOOK_BEHIND if len(_WORDS.findall(text, left, start)) <= OPENING_WORDS \
            else LOOK_AHEAD
        right = sentence_end(text, end, reach)
        # a semicolon closes the span's clause: the next one's verb is another act's ("pay 68
        # euros per month from January, 5 euros more than now; this had decided the ministers
        # already in September")
        semicolon = text.find(";", end, right)
        if semicolon >= 0:
            right = semicolon
        # a quote's attribution after it tells when it was said, not the clause's tense
        # ("room to sit on their hands through the winter," said an economist)
        attribution = self.attribution.search(text, end, right)
        if attribution is not None:
            right = attribution.start()
        return self.past_verb.search(text, end, right) is not None

    def headline_past(self, text: str, offset: int, start: int) -> bool:
        """Whether the span stands in the item's first line, a headline (no full stop at its
        end), with no infinitive before it: a headline's present tells a past event ("Police
        seize heroin Friday"); its infinitive a coming one ("Pilots to strike Friday")."""
        if offset != 0 or text.find("\n", 0, start) >= 0:
            return False
        line_end = text.find("\n", start)
        if text[start:line_end if line_end >= 0 else len(text)].rstrip().endswith("."):
            return False  # a sentence, no headline
        return self.infinitive.search(text, 0, start) is None

    def after_gerund(self, text: str, start: int) -> bool:
        """Whether "after" and an -ing verb stand right before the span's preposition ("left
        rates on hold on Tuesday, after cutting in February, May and August"): an act done
        before the one told, so past."""
        return self.after_act.search(text, max(0, start - AFTER_GERUND_REACH), start) is not None

    def since(self, text: str, start: int) -> bool:
        """Whether a word that counts from a past date stands right before the span ("since
        January", "since October 1")."""
        return self.since_word is not None and self.since_word.search(
            text, max(0, start - HEDGED_WORD_REACH), start) is not None

    def _noun_subject(self, text: str, cue_start: int, cue_end: int, start: int,
                      end: int) -> bool:
        """Whether a cue that is also a noun ("starts", "runs", "opens") is the plural noun
        of a subject the span modifies: only a preposition between them and a past verb right
        after the span, the clause's own ("Housing starts in April fell 2.3%", "Ski runs in
        March were closed"; not "The fair opens in May, officials said")."""
        if self.noun_cue is None or not self.noun_cue.fullmatch(text, cue_start, cue_end) \
                or not self.noun_cue_gap.fullmatch(text, cue_end, start):
            return False
        verb = self.past_verb.search(text, end, min(len(text), end + NOUN_SUBJECT_REACH))
        return verb is not None and self.adverb_gap.fullmatch(text, end, verb.start()) is not None

    def _subject_gap(self, text: str, end: int) -> str | None:
        """The gap between the span and a past verb right after it whose subject the span
        stands in (a comma and an adverb at most: "Rainfall through March was", "the launch,
        initially set for Aug. 19, was postponed"), or None."""
        gap = self.subject_gap.match(text, end)
        if gap is None or self.past_verb.match(text, gap.end()) is None:
            return None
        return gap.group()

    def subject_past(self, text: str, end: int) -> bool:
        """Whether the span stands in the subject of a past verb right after it
        ("Rainfall through March was 38% below average")."""
        return self._subject_gap(text, end) is not None

    def _subject_past_after_cue(self, text: str, cue_end: int, start: int, end: int) -> bool:
        """Whether the span stands in the subject of a past verb right after it, so the
        future cue ending at ``cue_end`` governs another clause: a comma before the verb or a
        clause boundary between cue and span must show that ("Prices for supply in December
        rose": one noun phrase, the cue governs)."""
        gap = self._subject_gap(text, end)
        if gap is None:
            return False
        return "," in gap or self.clause_boundary.search(text, cue_end, start) is not None

    def around(self, text: str, start: int, end: int) -> bool:
        """Whether the words governing the span are future: the clause just before it, or,
        when the span opens its sentence ("From 25 to 27 June, X will host"), just after it,
        or a future cue right after it, the span its subject ("the quarter ending June 30
        will show a loss", "Friday's auction is expected to")."""
        gap = self.adverb_gap.match(text, end)
        if gap is not None and self.regex.match(text, gap.end()) is not None and \
                text[gap.end():gap.end() + 1].islower():
            return True
        before_start = max(0, start - LOOK_BEHIND)
        newline = text.rfind("\n", before_start, start)
        left = newline + 1 if newline >= 0 else before_start  # else: began before the stretch
        if text.rfind(". ", left, start) >= 0 or text.rfind("? ", left, start) >= 0 or \
                text.rfind("! ", left, start) >= 0:
            for stop in _SENTENCE_STOP.finditer(text, left, start):
                left = stop.end()  # the last full stop before the span (not "p.m." or "Oct.")
        before_start = left
        last_cue_end = last_cue_start = -1
        for cue in self._cues(text, before_start, start):
            last_cue_start, last_cue_end = cue.span()
        if last_cue_end >= 0 and self.clause_opening.search(
                text, max(last_cue_end, start - CLAUSE_OPENING_REACH), start) is not None:
            # "It will be recalled that on January 28, agents had seized ...": the date opens
            # a reported clause after the cue, whose own verb tells its tense
            return self._cue_after(text, end)
        if last_cue_end >= 0:
            if self._noun_subject(text, last_cue_start, last_cue_end, start, end):
                return False  # "Housing starts in April fell": the cue is a plural noun
            if text.startswith("to", last_cue_start) and self.past_progressive.search(
                    text, max(before_start, last_cue_start - PROGRESSIVE_REACH), last_cue_start):
                return False  # "were waiting to be treated at the end of December"
            # "The deadline was February 28": past wording after the cue tells the date's tense
            return self.past_verb.search(text, last_cue_end, start) is None and \
                not self._subject_past_after_cue(text, last_cue_end, start, end)
        if left == max(0, start - LOOK_BEHIND) and start > LOOK_BEHIND and \
                self._far_cue(text, start, end):
            return True
        if self.attributive_before.search(text, max(0, start - ATTRIBUTIVE_REACH), start):
            # "The Nov. 3 election will decide ...": a date modifying the subject of a future
            # cue a few words on
            cue = self.regex.search(text, end, min(len(text), end + ATTRIBUTIVE_REACH * 5))
            if cue is not None and _HEAD_WORDS.fullmatch(text, end, cue.start()):
                return True
        if self.clause_opening.search(text, max(0, start - CLAUSE_OPENING_REACH), start) and \
                self._cue_after(text, end):
            # a date opening a reported clause governed by the verb after it ("It was agreed
            # that in October UNODC experts will train 40 investigators")
            return True
        if len(_WORDS.findall(text, left, start)) > OPENING_WORDS or \
                not _FOLLOWED_BY_COMMA.match(text, end):
            return False
        right = sentence_end(text, end, LOOK_AHEAD)
        cue = self.regex.search(text, end, right)
        # "In April, the port had said volumes could stabilize": past wording before the cue
        # governs the date
        return cue is not None and self.past_verb.search(text, end, cue.start()) is None


DATELINE_REACH = 300  # a dateline's date starts within this many characters of the item
# What may come before a dateline's date on its line: a place or source and a separator
# ("MOSCOW, ", "Police of Armenia · "), or nothing.
# ("Lagos, Nigeria — ": a place and its country)
# ("LE LIORAN, France, 14 July (AFP)": a place, its country and a comma)
# ("ASTANA. Oct 14 (Interfax-Kazakhstan)": a place in capitals and a full stop, the Interfax
# and Kazinform usage)
_DATELINE_PLACE = (r"(?:[A-Z][\w.'’ -]{0,40}(?:,[ \t]*[A-Z][\w.'’ -]{0,30}(?=[ \t]*[–—|·•,]))?"
                   r"(?:\([^)\n]{0,40}\))?[ \t]*[,–—\-·•|]|[A-Z][A-Z'’ -]{1,30}[A-Z]\.)[ \t]*")
_DATELINE_PREFIX = re.compile(rf"[ \t]*(?:{_DATELINE_PLACE})?")


def dateline_prefix(posting_labels: list[str]) -> re.Pattern[str]:
    """The dateline prefix, or a posting label ("Published on 03/11/2025"): the date a page
    says it posted the item dates it as a dateline does."""
    if not posting_labels:
        return _DATELINE_PREFIX
    labels = alternation([label.capitalize() for label in posting_labels]
                         + [label.title() for label in posting_labels]
                         + [label.lower() for label in posting_labels]
                         + [label.upper() for label in posting_labels], exact=True)
    # (a label may close a letterhead line after a wide gap: "Office of the Commissioner of
    # Police, Rachakonda          Dt. 21-11-2024", or open a cell of a clipping's source line:
    # "SOURCE: Al-Watwan (Moroni, daily)  |  DATE: 28/11/2026  |  p. 5")
    return re.compile(rf"[ \t]*(?:{_DATELINE_PLACE}|(?:[^\n]*?(?:[ \t]{{3,}}|[ \t]*\|[ \t]*))?"
                      rf"{labels}[ \t]*:?[ \t]*)?")


def written_year(expression: Expression) -> int | None:
    """The last year written in an expression, if any."""
    if isinstance(expression, CalendarPeriod):
        return expression.year
    if isinstance(expression, CalendarRange):
        return expression.last.year or expression.first.year
    return None


@dataclass
class ReferencePlan:
    """Which reference each expression of an item resolves against.

    Years: the dateline's date when written with its year before the publication date (an
    item of a dump under its own date line), else the publication date, else the dateline's
    date, else the nearest date with a written year (before the expression if there is one,
    else after it). Weekdays, "today"
    and other day-level relatives: the dateline's date, else the publication date.
    """

    published: Reference | None
    dateline: date | None
    years: list[int | None] = field(default_factory=list)
    dateline_year_written: bool = False  # "December 29, 2025" under the title, not "June 3"
    latest_year: int = LATEST_YEAR  # the latest year a year-less, undated dateline may take
    said_before: re.Pattern[str] | None = None  # "said (on)" before a weekday: the report's
    possessive: Callable[[int], bool] | None = None  # "'s" after a span ("Friday's report")
    # (no publication date) each expression's last date line before it: a day with its year
    # standing alone on its line, or after a short label ("police_karaganda_official • 18
    # February 2026", "Posted Sept. 9, 2027 3:05 pm"): the post or entry under it is told
    # from that day
    line_days: list[date | None] = field(default_factory=list)
    # the reference is no publication date of the item but a neighbouring item's latest
    # written date (a dump's item that writes no year): the item's own date lines govern it
    neighbour: bool = False
    _cache: dict[tuple[date | None, int | None, bool], Resolver] = field(default_factory=dict)

    @classmethod
    def build(cls, found: list[Found], published: date | None,
              line_prefix: Callable[[int], str],
              prefix: re.Pattern[str] = _DATELINE_PREFIX,
              latest_year: int = LATEST_YEAR,
              said_before: re.Pattern[str] | None = None,
              possessive: Callable[[int], bool] | None = None,
              line_rest: Callable[[int], str] | None = None,
              neighbour: bool = False,
              ahead: Callable[[Found], bool] | None = None) -> ReferencePlan:
        """``line_prefix(start)``: the text from the start of the line to ``start``;
        ``prefix``: what may precede a dateline's date on its line; ``latest_year``: the
        latest year a year-less dateline of a text that writes no year may fall in (a
        setting, never the clock: the same text gets the same values on any day);
        ``said_before``: a reporting verb (and a preposition) right before a weekday ("said
        on Thursday"): the day of the report, so of a year-less dateline; ``possessive(end)``:
        whether "'s" follows a span ("awaited Friday's payrolls report": a day named for its
        event, no day of the report); ``line_rest(end)``: the text from ``end`` to the end of
        its line (for date lines); ``neighbour``: ``published`` is a neighbouring item's
        latest written date, no publication date of this item (its date lines govern it, their
        year the one nearest that date when they write none); ``ahead(found)``: whether a
        year is told in future wording ("agreed to organise in 2027 a joint exercise"): no
        year for the dates before it."""
        plan = cls(Reference(published, "published") if published else None, None)
        plan.latest_year = latest_year
        plan.said_before = said_before
        plan.possessive = possessive
        plan.neighbour = neighbour and published is not None
        if plan.published is None or plan.neighbour:
            anchors = [_is_plain_year(item.expression) and
                       _SINCE_ANCHOR.search(line_prefix(item.start)) is not None
                       for item in found]
            # (no comparison anchor: every written year counts, as with no list)
            plan.years = _nearest_written_years(found, anchors if any(anchors) else None,
                                                [ahead is not None and _is_plain_year(
                                                    item.expression) and ahead(item)
                                                 for item in found])
            if line_rest is not None:
                plan.line_days = _line_days(found, line_prefix, line_rest, plan.years, prefix,
                                            published if plan.neighbour else None)
        elif line_rest is not None:
            # (a publication date: a live blog's or a feed's day line over the entries told
            # before it, "Wednesday, 17 February" over "21:30 - ... this afternoon")
            plan.line_days = _line_days(found, line_prefix, line_rest,
                                        [None] * len(found), prefix, published, below=True)
        plan.dateline = plan._dateline(found, line_prefix, prefix)
        return plan

    def _said(self, line_prefix: Callable[[int], str]) -> Callable[[int], bool] | None:
        """Whether a reporting verb stands right before a start ("said on Thursday")."""
        said_before = self.said_before
        if said_before is None:
            return None
        return lambda start: said_before.search(line_prefix(start)) is not None

    def _dateline(self, found: list[Found], line_prefix: Callable[[int], str],
                  prefix: re.Pattern[str] = _DATELINE_PREFIX) -> date | None:
        for index, item in enumerate(found):
            if item.start > DATELINE_REACH:
                return None
            period = item.expression
            if not isinstance(period, CalendarPeriod) or period.unit != "day":
                continue
            if not prefix.fullmatch(line_prefix(item.start)):
                continue
            year = period.year
            self.dateline_year_written = year is not None
            if year is None and self.published is not None:
                year = infer_year(period, self.published, future=False)
            elif year is None:
                year = self.years[index]
                if year is None:  # an undated wire with no year written anywhere
                    year = _weekday_year(found, index, period.month, period.day,
                                         self.latest_year, self._said(line_prefix),
                                         self.possessive)
            if year is None:
                return None
            assert period.month is not None and period.day is not None
            try:
                return date(year, period.month, period.day)
            except ValueError:  # "29 February" of a common year is no dateline
                return None
        return None

    def resolver_for(self, index: int) -> Resolver:
        """The resolver of the index-th found expression."""
        line_day = self.line_days[index] if self.line_days else None
        if self.published is not None and not self.neighbour and line_day is not None and \
                line_day != self.dateline and line_day < self.published.day:
            key: tuple[date | None, int | None, bool] = (line_day, None, True)
            # (an entry under a day line of its own, before the publication day: told from
            # that day)
        elif self.published is not None and (line_day is None or not self.neighbour):
            key = (self.dateline, None, False)
        elif line_day is not None:
            key = (line_day, None, True)  # the post under its own date line
        elif self.dateline is not None:
            key = (self.dateline, None, False)
        else:
            key = (None, self.years[index] if self.years else None, False)
        resolver = self._cache.get(key)
        if resolver is None:
            resolver = self._make(*key)
            self._cache[key] = resolver
        return resolver

    def _make(self, dateline: date | None, year: int | None, own_line: bool) -> Resolver:
        if own_line and dateline is not None:  # an item's own date line: the item's day
            return Resolver(Reference(dateline, "published"), dateline)
        if self.published is not None:
            if dateline is not None and self.dateline_year_written and \
                    dateline < self.published.day:
                # an item of a dump dated under its own title ("December 29, 2025" in a page
                # published in February): its year-less dates are told from that day
                return Resolver(Reference(dateline, "published"), dateline)
            return Resolver(self.published, dateline or self.published.day)
        if dateline is not None:
            return Resolver(Reference(dateline, "published"), dateline)
        if year is not None:
            return Resolver(Reference(date(year, 12, 31), "explicit"), None)
        return Resolver(None, None)


LINE_LABEL_REACH = 60  # characters a label may take before a date line's date
# what a date line's label may not hold: the end of a sentence ("Police said. 3 May 2025")
_NOT_LABEL = re.compile(r"[.!?;]\s")
# what may follow a date line's date on its line: nothing, or a clock time ("3:05 pm", "16h42",
# "-18:34", "T18:34:00+09:00", "09:30 (UTC+3)"), and the bracket closing a post's header
# ("[05 Oct, 09:30]")
# ... "10:00 hrs" (a military or Commonwealth police clock), and a post's audience icon after a
# separator ("14 November at 16:05 · 🌍", a Facebook post's stamp)
_LINE_TAIL = re.compile(r"[ \t,|•·\-–—]*(?:(?:at\s+|T)?[0-9]{1,2}(?:[:.h][0-9]{2}(?::[0-9]{2})?)?"
                        r"(?:\s*(?:[AaPp]\.?[Mm]\.?|hrs\.?|hours))?(?:\s*\(?(?:[A-Z]{2,4})?"
                        r"(?:[+\-−][0-9]{1,2}(?::?[0-9]{2})?)?\)?)?)?[ \t]*[)\]]?"
                        r"(?:[ \t]*[·•|][ \t]*[^\w\s]{1,3})?[ \t]*\Z")


def _month_day(item: Found) -> CalendarPeriod | None:
    """The expression when it is a day with its month (a date line's date may be one)."""
    period = item.expression
    if not isinstance(period, CalendarPeriod) or period.unit != "day" or \
            period.month is None or period.day is None:
        return None
    return period


# a source line's cells after its date ("SOURCE: Al-Watwan (Moroni, daily)  |  DATE: 28/11/2026
# |  p. 5  |  Tone: neutral"): short cells after pipes, to the line's end
_CELLS_TAIL = re.compile(r"(?:[ \t]*\|[ \t]*[^|\n]{1,30}?)+[ \t]*\Z")
_CELL_LABEL = re.compile(r"(?<![\w])[A-Za-z]+[ \t]*:")  # "SOURCE:", "Date:"


def _on_date_line(label: str, rest: str) -> bool:
    """Whether a day with ``label`` before it and ``rest`` after it on its line stands on a
    date line: after a short label that ends no sentence, with nothing or a clock time after,
    or (after a labelled cell: "SOURCE: ... | DATE: ") more short cells between pipes."""
    if len(label) > LINE_LABEL_REACH or _NOT_LABEL.search(label):
        return False
    tail = _LINE_TAIL.match(rest)
    if tail is not None:
        return True
    clock = _LINE_TAIL.match(rest.split("|", 1)[0])
    return clock is not None and "|" in rest and _CELL_LABEL.search(label) is not None and \
        _CELLS_TAIL.match(rest, len(rest.split("|", 1)[0])) is not None


def _line_days(found: list[Found], line_prefix: Callable[[int], str],
               line_rest: Callable[[int], str], years: list[int | None],
               posting: re.Pattern[str] = _DATELINE_PREFIX,
               near: date | None = None, below: bool = False) -> list[date | None]:
    """For each expression, the day of the last date line before it (a day standing alone on
    its line or after a short label: a post's or entry's header, "@RoyalOmanPolice · Oct 14"),
    else of the first posting line after it (``posting`` matches its label or place: a
    release closing with "Released: April 12, 2024"), else None. ``years``: each
    expression's nearest written year (for a line without one), else the year that puts
    the line's day nearest ``near`` (a neighbouring item's date: posts of a channel follow
    each other). ``below``: only the last date line before each (no posting line after)."""
    days: list[date | None] = []
    last: date | None = None
    first_posted: tuple[int, date] | None = None  # the first posting line: where, its day
    for index, item in enumerate(found):
        days.append(last)
        period = _month_day(item)
        if period is None:
            continue
        year = period.year if period.year is not None else years[index]
        if year is None and near is not None:
            year = _nearest_year(near, period.month, period.day)
        if year is None:
            continue
        label = line_prefix(item.start)
        if not _on_date_line(label, line_rest(item.end)):
            continue
        try:
            last = date(year, period.month, period.day)
        except ValueError:
            continue
        if first_posted is None and posting.fullmatch(label):
            first_posted = (index, last)
    if first_posted is not None and not below:
        for index in range(first_posted[0]):
            days[index] = days[index] or first_posted[1]
    return days


GAP_REACH = 300  # characters above an item read for the date line of its post


def date_line_above(found: list[Found], text: str, near: date | None) -> date | None:
    """The day of the last date line in ``text`` (the lines between an item and the one
    before it, whose expressions ``found`` are: a post's header left outside its item,
    "Royal Oman Police @RoyalOmanPolice · Oct 14"), its year the written one, else the one
    that puts it nearest ``near`` (a neighbouring item's date); None when it has none."""
    return _date_line(reversed(found), text, near)


def first_date_line(found: list[Found], text: str, near: date | None) -> date | None:
    """The day of the first date line in ``text`` (an item's head, whose expressions
    ``found`` are: a post's own stamp under its title, "14 November at 16:05 · 🌍", a wire's
    "14.10 15:42"), its year the written one, else the one that puts it nearest ``near`` (a
    neighbouring item's date, else the item's own latest written one); None when it has
    none or its year cannot be told."""
    return _date_line(found, text, near)


def _date_line(items: Iterable[Found], text: str, near: date | None) -> date | None:
    """The day of the first of ``items`` that stands on a date line of ``text``; None when
    none does or its year is neither written nor told by ``near``."""
    for item in items:
        period = _month_day(item)
        if period is None:
            continue
        stop = text.find("\n", item.end)
        if not _on_date_line(text[text.rfind("\n", 0, item.start) + 1:item.start],
                             text[item.end:stop if stop >= 0 else len(text)]):
            continue
        year = period.year if period.year is not None else \
            _nearest_year(near, period.month, period.day) if near is not None else None
        try:
            return date(year, period.month, period.day) if year is not None else None
        except ValueError:
            return None
    return None


def first_written_day(found: list[Found], blank: Callable[[int, int], bool]) -> date | None:
    """The first day of ``found`` written with its month and year whose characters
    ``blank(start, end)`` tells the text the doc reads left out (a byline's date the noise
    mask blanked: "Olga Ivashkevich · 09.11.2026 · 1 117 views"); None when there is none."""
    for item in found:
        period = _month_day(item)
        if period is None or period.year is None or not blank(item.start, item.end):
            continue
        try:
            return date(period.year, period.month, period.day)  # (_month_day: both given)
        except ValueError:
            continue
    return None


def _nearest_year(near: date, month: int, day: int) -> int | None:
    """The year (of ``near``'s, the one before and the one after) that puts a month's day
    nearest ``near``."""
    best: tuple[int, int] | None = None
    for year in (near.year, near.year - 1, near.year + 1):
        try:
            distance = abs((date(year, month, day) - near).days)
        except ValueError:  # 29 February of a common year
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best is not None else None


WEEKDAY_REACH = 400  # characters after a year-less dateline read for the lead's weekdays
WEEKDAY_YEARS = 12  # years back from the latest year tried for a dateline's weekday


def _weekday_year(found: list[Found], index: int, month: int | None,
                  day: int | None, latest_year: int,
                  said: Callable[[int], bool] | None = None,
                  possessive: Callable[[int], bool] | None = None) -> int | None:
    """The year of a year-less dateline in a text that writes no year ("FRANKFURT, Feb 5
    (Reuters) - Pilots walked off the job on Thursday"): the latest year up to
    ``latest_year`` (a setting, not the clock's year) in which that day falls on a weekday
    its lead names (the dateline's day is the lead's "Thursday" or one of them: "since
    Sunday ... said Thursday"; when a reporting verb stands right before some of them,
    ``said(start)``, those only: "since Sunday ... said on Thursday" is Thursday's); None
    when no weekday follows or none fits."""
    if month is None or day is None:
        return None
    dateline_end = found[index].end
    # the lead's plain weekdays within reach of the dateline: (day number, where named)
    named = [(item.expression.target, item) for item in found[index + 1:]
             if item.start - dateline_end <= WEEKDAY_REACH
             and isinstance(item.expression, RelativePeriod)
             and item.expression.unit == "weekday" and item.expression.shift == 0
             and isinstance(item.expression.target, int)]
    weekdays = {target for target, _ in named}
    if not weekdays:
        return None
    if possessive is not None and len(weekdays) > 1:
        # "awaited Friday's payrolls report": a day named for its event (mostly coming), no
        # day of the report, unless no other weekday is named
        plain = {target for target, item in named if not possessive(item.end)}
        weekdays = plain or weekdays
    if said is not None and len(weekdays) > 1:
        told = {target for target, item in named if said(item.start)}
        weekdays = told or weekdays
    for year in range(latest_year, latest_year - WEEKDAY_YEARS, -1):
        try:
            if date(year, month, day).weekday() in weekdays:
                return year
        except ValueError:  # 29 February of a common year
            continue
    return None


# A year that anchors a comparison ("the largest flood peak since 1996", "the first win since
# 2019"), or opens an aside giving the figure to compare with ("1 142 cases (2023: 1 387)"):
# no year of the text's own events, so no reference for its other dates
_SINCE_ANCHOR = re.compile(r"(?:(?<![\w])[Ss]ince\s+|\(\s*)\Z")


def _is_plain_year(expression: Expression) -> bool:
    """A year written alone ("1996"; not "the beginning of 2024", the text's own year)."""
    return isinstance(expression, CalendarPeriod) and expression.unit == "year" and \
        expression.part is None and expression.mod is None and expression.year is not None


def _nearest_written_years(found: list[Found],
                           anchors: list[bool] | None = None,
                           ahead: list[bool] | None = None) -> list[int | None]:
    """For each expression, the year of the nearest full date written before it; else of the
    nearest expression with a written year before it; else after it (one pass forward).
    ``anchors``: which expressions only anchor a comparison ("since 1996"): their years
    are left out; ``ahead``: which years are told in future wording ("to organise in 2027"):
    they give no year to the dates before them."""
    written: list[int | None] = []
    years: list[int | None] = []
    last_full: int | None = None
    last_any: int | None = None
    if anchors and all(anchors[index] or written_year(item.expression) is None
                       for index, item in enumerate(found)):
        anchors = None  # only anchors: better than no year at all
    turn: tuple[int, int] | None = None  # a full range over the year's turn: its first
    # year and month ("29 December 2025 - 4 January 2026")
    for index, item in enumerate(found):
        expression = item.expression
        year = None if anchors and anchors[index] else written_year(expression)
        written.append(year)
        if year is not None:
            last_any = year
            if _is_full_date(expression):
                last_full = year
            turn = _year_turn(expression)
        elif turn is not None and isinstance(expression, CalendarPeriod) and \
                expression.month is not None and expression.month >= turn[1]:
            # "30 December" under a digest for 29 December 2025 - 4 January 2026: the
            # range's first year
            years.append(turn[0])
            continue
        years.append(last_full if last_full is not None else last_any)
    if None in years:  # before the first written year: the nearest one after
        following: int | None = None
        for index in range(len(written) - 1, -1, -1):
            if written[index] is not None and not (ahead and ahead[index]):
                following = written[index]
            if years[index] is None:
                years[index] = following
    return years


def _year_turn(expression: Expression) -> tuple[int, int] | None:
    """The first year and month of a range of days written over the year's turn ("29
    December 2025 - 4 January 2026"), else None."""
    if not isinstance(expression, CalendarRange) or expression.last.unit != "day":
        return None
    first, last = expression.first, expression.last
    if first.year is None or last.year is None or first.month is None or \
            last.month is None or last.year != first.year + 1 or first.month <= last.month:
        return None
    return first.year, first.month


def _is_full_date(expression: Expression) -> bool:
    if isinstance(expression, CalendarRange):
        return expression.last.unit == "day"
    return isinstance(expression, CalendarPeriod) and expression.unit == "day"
