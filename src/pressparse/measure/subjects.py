"""The noun phrase a clause says a figure is about, read backwards from the figure.

"the number of detected crimes grew by 12 %" (detected crimes), "The drugs have an estimated
street value of R50 million" (drugs), "yaba tablets are sold for less than $1 each" (yaba
tablets), "cocaine seized in 2024, 31 % more than" (an apposition: the amount just before),
"The quantity is 45 % lower" (a bare measure noun: an amount named earlier).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal, NamedTuple

from .lexicon import Lexicon

_WINDOW = 160  # characters looked back for the clause before a figure
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,]\d+)*|\S")
_SENTENCE_ENDS = (". ", "! ", "? ", "; ", "\n", ".\t", ".\u00a0")
_INITIAL_STOP = re.compile(r"\.[A-Z]\. ")  # the last dot of "U.S. ", "U.K. " before a verb
_LAST_REACH = 40  # the word (or comma) right before a figure must be a skipped word
_MAX_WORDS = 8  # a longer run of words before a verb is no subject read this simply
# ... unless a preposition within its first words ends its noun ("Bank Rakyat Makmur Bhd's net
# profit for the first half of 2027 rose"): the words up to it are the subject
_MAX_PHRASE_WORDS = 16
_OPENING_MARKS = frozenset({",", ";", ":", "(", "-", "–", "—", '"', "“", "'", "‘"})
YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")  # a year inside a subject's phrase ("for 2026")
_ARTICLES = frozenset({"the", "a", "an"})
_APPOSITION_WORDS = 12  # the words of an apposition between a subject and its verb
_CLAUSE_WINDOW = 300  # characters looked back for the clause of a last-resort subject
_REPORT_GAP_WORDS = 5  # words between a reporting verb and its "that" ("said on Monday that")
_BRACKET_WORDS = 4  # the words of a bracket (an acronym) between a subject and its verb

# level_verbs that only join a verb to its figure ("stood at", "accounted for"): no verb
_LEVEL_PARTICLES = frozenset({"to", "at", "up", "down", "for"})

SubjectKind = Literal["phrase", "apposition", "referent"]


def _sentence_tokens(low: str, end: int, reach: int, text: str | None = None
                     ) -> list[tuple[int, int, str]]:
    """The tokens (start, end, word) of the sentence ending at ``end`` in ``low`` (the text
    in lower case), at most ``reach`` characters back; with ``text`` (its original case),
    the dot of an initial before a lower-case word ends no sentence ("shipments to the U.S.
    fell 3.4%")."""
    window = max(0, end - reach)
    sentence = max(low.rfind(mark, window, end) for mark in _SENTENCE_ENDS)
    if text is not None:
        while sentence > 1 and _INITIAL_STOP.match(text, sentence - 2) \
                and text[sentence + 2: sentence + 3].islower():
            sentence = max(low.rfind(mark, window, sentence) for mark in _SENTENCE_ENDS)
    start = window if sentence < 0 else sentence + 1
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low, start, end)]


def _opening_bracket(tokens: list[tuple[int, int, str]], closing: int) -> int:
    """The index of the "(" that the ")" at ``closing`` closes within a few words, or -1."""
    for index in range(closing - 1, max(-1, closing - _BRACKET_WORDS - 2), -1):
        if tokens[index][2] == "(":
            return index
        if not tokens[index][2][0].isalnum():
            return -1
    return -1


def _participle(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The token at ``index`` is a participle after a plural noun, opening the phrase that
    modifies it ("the number of tourists visiting the island": the tourists)."""
    word = tokens[index][2]
    return len(word) > 5 and word.endswith("ing") and 0 < index < len(tokens) - 1 \
        and tokens[index - 1][2].endswith("s") and tokens[index - 1][2].isalpha() \
        and tokens[index + 1][2] in _ARTICLES


def _comma_before(tokens: list[tuple[int, int, str]], comma: int) -> int:
    """The index of the comma opening the apposition that the comma at ``comma`` closes
    (words only between them), or -1."""
    for index in range(comma - 1, max(-1, comma - _APPOSITION_WORDS - 2), -1):
        word = tokens[index][2]
        if word == ",":
            return index
        if not (word[0].isalnum() or word in ("'", "’", "-")):
            return -1
    return -1


class Subject(NamedTuple):
    """What a clause says a figure is about.

    ``phrase``: a noun phrase at ``start:end`` (a measure noun before it dropped and named
    in ``measure``: "the number of crimes"); ``apposition``: the figure follows a comma and
    restates the amount before it ("seized 5 t, 31 % more than"); ``referent``: a pronoun
    or a bare measure noun ("It rose", "The quantity is") that refers back to an amount.
    """

    kind: SubjectKind
    start: int = -1
    end: int = -1
    measure: str | None = None


class SubjectReader:
    """Reads the subject of the clause before a figure (subject_words.jsonl)."""

    def __init__(self, lex: Lexicon) -> None:
        words = lex.subject_words
        auxiliaries = words.get("auxiliaries", frozenset())
        copulas = words.get("copulas", frozenset())
        self.links = words.get("links", frozenset())
        self.postmodifiers = words.get("postmodifiers", frozenset())
        self.measure_nouns = words.get("measure_nouns", frozenset())
        self.measure_modifiers = words.get("measure_modifiers", frozenset())
        self.asides = words.get("asides", frozenset())
        self.referents = words.get("referents", frozenset())
        self.period_nouns = words.get("period_nouns", frozenset())
        self.change_words = words.get("change_verbs", frozenset()) | frozenset(lex.change_cues)
        self.value_words = words.get("value_words", frozenset())
        # the verbs and cues that move a figure to its level, no adverb among them
        moves = words.get("level_verbs", frozenset()) | frozenset(lex.change_cues)
        # level verbs, and the adverbs stepped over with them ("was earlier estimated at")
        self.level_verbs = words.get("level_verbs", frozenset()) \
            | words.get("level_adverbs", frozenset())
        # a level reached: "fell to 3.9%", "stood at 12%" (a verb, not just "was")
        self.level_words = self.level_verbs | self.change_words
        self.level_reached = moves - auxiliaries - _LEVEL_PARTICLES
        # a count's level: "stood at", "shrank to" (a verb of change is no subject's word)
        self.count_level_words = moves - {"for"}
        # the words between a counted measure and its bare level ("has reached", "was")
        self.count_level_skip = self.count_level_words | auxiliaries | copulas
        # measures a bare whole number is the level of ("the number of", "death toll")
        self.count_measures = words.get("count_measures", frozenset())
        # a period of the clause between its subject and verb ("Cases this year rose")
        self.period_deictics = words.get("period_deictics", frozenset())
        # the first verb of a sentence ending its opening subject ("Mozzarella was")
        self.opening_verbs = self.level_reached | auxiliaries | copulas
        # pronouns opening a relative clause after a comma ("X, which was ...")
        self.relative_pronouns = words.get("relative_pronouns", frozenset())
        # the first word after an apposition's closing comma that makes it a verb's subject
        # ("..., rose 0.6%", "..., is expected to rise to 20%")
        self.verbs_after_comma = self.level_reached | auxiliaries
        self.sale_verbs = words.get("sale_verbs", frozenset())
        self.sale_words = self.sale_verbs | auxiliaries | {"for", "at"}
        self.crop_verbs = words.get("crop_verbs", frozenset())
        self.seizure_nouns = words.get("seizure_nouns", frozenset())
        self.crop_words = self.crop_verbs | auxiliaries | {"on", "over", "across", "in"}
        self.stops = lex.phrase_stops
        self.copula_adverbs = words.get("copula_adverbs", frozenset())
        # the last-resort reading of a figure's clause: its verbs (clause_verbs, besides the
        # level, copula and auxiliary verbs), the verbs that report another clause after them
        # (reporting_verbs), the words that join a clause of its own to the one before
        # (clause_joints), the words that open an adverbial, not a subject (clause_openers)
        # and the pronouns that name nothing (subject_pronouns)
        self.reporting_verbs = words.get("reporting_verbs", frozenset())
        self.possessives = words.get("possessives", frozenset())
        self.trailing_adverbs = words.get("trailing_adverbs", frozenset())
        clause_verbs = words.get("clause_verbs", frozenset())
        self.clause_verbs = self.opening_verbs | clause_verbs | self.reporting_verbs
        # the words from a clause's verb to its figure that keep the subject what the figure
        # measures (a verb of level or measure, an auxiliary, a particle, a qualifier)
        self.verb_group = self.level_words | auxiliaries | copulas | clause_verbs \
            | words.get("verb_group_words", frozenset()) | self.value_words | self.copula_adverbs
        self.clause_joints = words.get("clause_joints", frozenset())
        self.object_pronouns = words.get("object_pronouns", frozenset())
        self.gapped_not = words.get("gapped_not", frozenset())
        self.clause_openers = self.links | self.asides | words.get("clause_openers", frozenset())
        self.subject_pronouns = words.get("subject_pronouns", frozenset())
        # verbs whose object is a noun of change after a figure ("posted a 5% gain")
        self.object_verbs = words.get("change_object_verbs", frozenset())

    def before(self, text: str, low: str, end: int, skip: Collection[str],
               need: Collection[str] = ()) -> Subject | None:
        """The subject of the clause ending at ``end`` after the ``skip`` words (verbs, "by",
        auxiliaries...) are stepped over backwards; at least one skipped word must be in
        ``need`` when it is given. None when the words before are no such clause. ``low``
        is ``text`` in lower case."""
        tail = low[max(0, end - _LAST_REACH):end].rstrip()
        if not tail.endswith(",") and tail[tail.rfind(" ") + 1:] not in skip:
            return None  # the common case, decided without reading the sentence
        tokens = _sentence_tokens(low, end, _WINDOW, text)  # "shipments to the U.S. fell"
        i = len(tokens) - 1
        skipped: list[str] = []
        while i >= 0:
            word = tokens[i][2]
            if word in skip or (word.endswith("ly") and i > 0 and tokens[i - 1][2] in skip
                                and skipped):
                skipped.append(word)  # "rose sharply by": an adverb between skipped words
                i -= 1
                continue
            break
        if i >= 1 and any(word in _ARTICLES for word in skipped) \
                and tokens[i][2] in self.object_verbs:
            i -= 1  # "Exports posted a 5.2% gain", "Sales saw a 3% rise": the verb's subject
        if skipped and i >= 2 and tokens[i][2] in self.period_nouns \
                and tokens[i - 1][2] in self.period_deictics:
            i -= 2  # "The number of cases reported this year has reached 287"
        if i >= 2 and tokens[i][2] == "," and tokens[i - 1][2] in self.asides \
                and tokens[i - 2][2] == ",":
            i -= 3  # "Seizures of heroin, however, rose by 4 %"
        if i >= 2 and tokens[i][2] == ")" and skipped:
            opened = _opening_bracket(tokens, i)
            if opened > 0:
                i = opened - 1  # "prices on the Indian Energy Exchange (IEX) rose"
        if i < 0:
            return None
        if skipped and i >= 2 and tokens[i][2] in self.relative_pronouns \
                and tokens[i - 1][2] == "," \
                and not any(token[2][0].isdigit() for token in tokens[:i - 1]):
            # "The painting, which had been estimated at around $60 million": the noun the
            # relative clause is about (but "seized 1.9 tonnes of drugs, which is 12 percent
            # more": the amount before)
            return self._phrase(tokens, i - 2)
        if tokens[i][2] == "," and skipped and skipped[-1] in self.verbs_after_comma \
                and any(word in self.level_reached for word in skipped) \
                and not any(word in _ARTICLES for word in skipped):
            earlier = _comma_before(tokens, i)
            if earlier > 2 and tokens[earlier - 1][2] == ")":
                opened = _opening_bracket(tokens, earlier - 1)
                if opened > 0:
                    earlier = opened  # "Whole milk powder (WMP), the benchmark, dropped 3%"
            if earlier > 1 and tokens[earlier - 1][2] == "." \
                    and tokens[earlier - 2][2].isalpha():
                earlier -= 1  # "Shares of POSCO Holdings Inc., its parent, fell": the
                # abbreviation's dot is no mark ending the subject
            if earlier > 0:
                # "Holdings of SPDR Gold Trust, the world's largest fund, rose 0.6%": the
                # phrase before an apposition set off by commas (a verb right after it; not
                # ", an increase of 40%", which restates the amount before)
                return self._phrase(tokens, earlier - 1)
        if tokens[i][2] == "," and len(skipped) == 1 and skipped[0].endswith("ing"):
            opening = self._opening_subject(tokens, i)
            if opening is not None:
                # "Mozzarella was the only product to gain, rising 1.3%": a participle
                # clause after the sentence's own clause is about that clause's subject
                return opening
        if tokens[i][2] == ",":
            return Subject("apposition")
        if not skipped or (need and not any(word in need for word in skipped)):
            return None
        return self._phrase(tokens, i)

    def phrase_before(self, low: str, end: int) -> Subject | None:
        """The noun phrase ending at ``end`` in its sentence ("the operating costs, which ...":
        operating costs), read as a clause's subject is; None for no such phrase."""
        tokens = _sentence_tokens(low, end, _WINDOW)
        if not tokens or not tokens[-1][2][0].isalpha():
            return None
        return self._phrase(tokens, len(tokens) - 1)

    def _opening_subject(self, tokens: list[tuple[int, int, str]], comma: int
                         ) -> Subject | None:
        """The subject opening the sentence whose clause ends at ``comma``: the words before
        its first level or copula verb; None when a figure or another comma comes first."""
        for index in range(comma):
            word = tokens[index][2]
            if word[0].isdigit() or word == ",":
                return None
            if index and (word in self.opening_verbs or (
                    word.endswith("ed") and word not in self.postmodifiers)):
                subject = self._phrase(tokens, index - 1)
                return subject if subject is not None and subject.kind == "phrase" else None
        return None

    def _phrase(self, tokens: list[tuple[int, int, str]], last: int) -> Subject | None:
        first = last
        while first >= 0:
            word = tokens[first][2]
            inside = word in _ARTICLES and first > 0 and (
                tokens[first - 1][2] in self.links or _participle(tokens, first - 1))
            if YEAR_WORD.fullmatch(word) and first > 0 and tokens[first - 1][2][0].isalpha() \
                    and (first == last or tokens[first + 1][2] in self.links):
                first -= 1  # "net profit for the first half of 2027", "receipts for January
                continue  # to June 2026": a period, cut below (not "the 2026 coffee crop")
            if not word[0].isalpha() or (word in self.stops and word not in self.links
                                         and word not in self.postmodifiers and not inside):
                break  # but "at the border", "of the seized drugs" go on
            first -= 1
        words = tokens[first + 1:last + 1]
        if words and first >= 0 and tokens[first][2] == "-":
            words = words[1:]  # "The 30-share BSE Sensex": the compound's noun is no subject
        while words and (words[0][2] in self.links or YEAR_WORD.fullmatch(words[0][2])
                         or words[0][2] in _ARTICLES):
            words = words[1:]  # "In 2026 exports rose": no period in the subject; "Each of
            # the ships": no article
        if not words:
            return Subject("referent") if tokens[last][2] in self.referents else None
        if all(word[2] in self.postmodifiers for word in words):
            return None  # "(methamphetamine) seized reached": no noun read
        if len(words) > _MAX_WORDS and (
                len(words) > _MAX_PHRASE_WORDS or not any(
                    word[2] in self.links and word[2] != "of" for word in words[1:_MAX_WORDS + 1])
                or (first >= 0 and not tokens[first][2][0].isalpha()
                    and tokens[first][2] not in _OPENING_MARKS)):
            return None  # a long run is read only when a preposition cuts it below, and
            # from its start (not from "12.5% protein content for supply from ... rose")
        k = 0
        while k < len(words) and words[k][2] in self.measure_modifiers:
            k += 1
        measure = None
        if k < len(words) and words[k][2] in self.measure_nouns:
            if k + 1 == len(words):
                return Subject("referent", measure=words[k][2])  # "The quantity is ..."
            if words[k + 1][2] in ("of", "under"):
                measure = words[k][2]
                words = words[k + 2:]
                while words and words[0][2] in _ARTICLES:
                    words = words[1:]
        for index in range(1, len(words)):
            word = words[index][2]
            if (word in self.links and word != "of") or _participle(words, index) or (
                    word in self.postmodifiers and not words[index - 1][2].endswith("ly")):
                words = words[:index]  # "coca cultivation in the country", "cannabis taken"
                break
        while words and (words[-1][2] in self.links or words[-1][2] in _ARTICLES
                         or YEAR_WORD.fullmatch(words[-1][2])):
            words = words[:-1]  # "exports of 2026": no year in what was measured
        if len(words) > _MAX_WORDS:
            return None
        if not words:
            return None
        return Subject("phrase", words[0][0], words[-1][1], measure)

    def clause_subject(self, low: str, end: int) -> Subject | None:
        """The subject of the clause a figure starting at ``end`` stands in: the noun phrase
        before the first verb of its clause ("Hydropower plants generated 3.94 TWh", "In
        2026, exports for January to June rose 4%": exports), read when no nearer word names
        what the figure is; a clause opens at its sentence's start, after a joint (", while",
        "; ") or after a reporting verb ("the ministry said exports rose"). None for a
        pronoun, a figure or mark inside the subject, or no verb before the figure."""
        tokens = _sentence_tokens(low, end, _CLAUSE_WINDOW)
        opening = 0
        for index, token in enumerate(tokens):
            if token[2] in self.clause_joints and (token[2] == ";" or (
                    index and tokens[index - 1][2] == ",")):
                opening = index + 1
        return self._subject_from(tokens, opening)

    def _subject_from(self, tokens: list[tuple[int, int, str]], opening: int
                      ) -> Subject | None:
        """The subject of the clause opening at ``tokens[opening]`` (:meth:`clause_subject`),
        past a reporting verb to the clause it reports."""
        verb = next((index for index in range(opening + 1, len(tokens))
                     if self._clause_verb(tokens[index][2])), -1)
        if verb < 0:
            return None
        if tokens[verb][2] in self.reporting_verbs:
            after = verb + 1
            that = next((index for index in range(after, min(len(tokens), after
                                                               + _REPORT_GAP_WORDS))
                         if tokens[index][2] == "that"), -1)
            after = that + 1 if that >= 0 else after  # "said on Monday that ..."
            while after < len(tokens) and tokens[after][2] in ("that", ","):
                after += 1
            return self._subject_from(tokens, after)
        if not self._verb_group(tokens[verb:]):
            return None
        segments: list[list[tuple[int, int, str]]] = [[]]
        for token in tokens[opening:verb]:
            if token[2] == ",":
                segments.append([])
            else:
                segments[-1].append(token)
        for words in segments:
            if words and words[0][2] not in self.clause_openers:
                return self._opening_phrase(words)
        return None

    def _verb_group(self, group: list[tuple[int, int, str]]) -> bool:
        """Whether the words from a clause's verb to its figure keep the subject what the
        figure measures: no pronoun ("expect it to ease"), no participle but a verb of level
        or value ("The state approved", "was stopped 250 km east"), no word adding another
        amount ("plus"), no article but one right before the figure ("sold the farmhouse for";
        but "well below the 95 per cent")."""
        for index, (_start, _end, word) in enumerate(group):
            if word in self.subject_pronouns or word in self.object_pronouns \
                    or word in self.gapped_not:
                return False
            if len(word) > 4 and word.endswith("ed") and word not in self.verb_group:
                return False
            if (word in _ARTICLES or word in self.possessives) and not all(
                    later[2] in self.verb_group for later in group[index + 1:]):
                return False
        return True

    def _clause_verb(self, word: str) -> bool:
        """A word that can be a clause's verb (clause_verbs, or a past form but a
        postmodifier's: "generated", not "seized")."""
        return word in self.clause_verbs or (
            len(word) > 4 and word.endswith("ed") and word not in self.postmodifiers)

    def _opening_phrase(self, words: list[tuple[int, int, str]]) -> Subject | None:
        """The noun phrase opening ``words`` (a clause's words before its verb), cut at its
        first preposition but "of"; None for a pronoun or a word that is no letter's."""
        cut = next((index for index, word in enumerate(words)
                    if index and word[2] in self.links and word[2] != "of"), len(words))
        words = words[:cut]
        while words and (words[0][2] in _ARTICLES or words[0][2] in self.possessives):
            words = words[1:]
        while words and words[-1][2] in self.trailing_adverbs:
            words = words[:-1]
        if len(words) == 1 and words[0][2] in self.measure_nouns:
            return None  # "The level was 12 percent": a bare measure noun names nothing
        if not words or len(words) > _MAX_WORDS \
                or any(word[2] in self.subject_pronouns for word in words) \
                or any((word[2] in _ARTICLES or word[2] in self.possessives)
                       and words[index][2] != "of" for index, word in enumerate(words[1:])) \
                or not all(word[2][0].isalpha() or word[2] in ("'", "’", "-", "&")
                           for word in words) or words[-1][2] in self.links:
            return None
        return Subject("phrase", words[0][0], words[-1][1])
