"""What a measure or sum is of: the substance, goods or noun its sentence, table or cue names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .clause_links import ANAPHOR_WINDOW, GENERIC_DRUGS, ClauseLinker, any_word
from .counts import FIRST_WORD, PERSON_CATEGORIES, PILLS_WINDOW
from .cues import CueHit, WhatCues, noun_before
from .lexicon import Lexicon
from .mentions import (
    SubstanceMention,
    amount_object_before,
    ends_list,
    mention_before,
    mention_ending_at,
    mention_ending_before,
    mention_in,
    mention_named_in,
    mention_starting,
    row_label,
    total_row,
)
from .patterns import Patterns
from .phrases import NounPhrase, noun_phrase
from .reading import RawQuantity, looks_plural
from .tables import column_header
from .text_facts import TextFacts
from .words import is_participle, previous_word

_WEIGHING_WINDOW = 250
_ESTIMATED_WORDS = 7  # words read back from "at" to a verb of estimating (and the verb)
# kinds of measure whose noun may be written before "of" ("rainfall of up to 300 mm", "a
# cereal harvest of 3.1 million tonnes"; a mass or volume is first "of" its substance after
# it), not a count (of its noun after it)
_OF_NOUN_KINDS = frozenset({"length", "area", "other", "money", "percent", "mass", "volume"})
_OF_NOUN_WORDS = 4
_MONEY_WINDOW = 900  # "the haul had a street value of": the goods of the story so far
_BARE_MASS_WINDOW = 600  # a bare mass: the substance of its paragraph or the one before
# "assets of suspected drug dealers": the noun owned, before "of" and the owners' modifiers
_OWNED_BY = re.compile(r"(?<![a-z])(?P<head>[a-z]+)[ \t\u00a0]+of[ \t\u00a0]+"
                       r"(?:[a-z-]+[ \t\u00a0]+){0,3}$")
_OWNER_REACH = 60
_SIZED_KINDS = frozenset({"length", "area", "other"})  # sizes a compound adjective gives
_COMPOUND_UNIT = re.compile(r"[\da-z]-[a-z]")  # "345-kilovolt", "million-square-meter"
# an area's crop: two words before "on" ("tulip bulbs on"), or "sown with" after it
_CROP_ON = re.compile(r"(?<![a-z-])(?P<crop>[a-z][a-z-]*(?: [a-z][a-z-]*)?) on $")
_CROP_REACH = 40
_SOWN_WITH = re.compile(r"[ \t\u00a0]+(?:(?:were|was|are|is)[ \t\u00a0]+)?"
                        r"(?:sown|planted|cultivated)[ \t\u00a0]+with[ \t\u00a0]")
_PRICE_WHAT = "price"  # what a sum per unit of goods is
_SIZED_NOUN_BEFORE = re.compile(
    r"(?:(?<![a-z])(?P<article>a|an|the|its|their)[ \t\u00a0]+)?(?<![a-z-])"
    r"(?P<noun>[a-z][a-z-]*)(?P<comma>,)?[ \t\u00a0]+$")
_LIST_JOIN_AFTER = re.compile(r"[ \t\u00a0]*(?:,|and|&)[ \t\u00a0]*(?:and[ \t\u00a0]+)?")
_DIMENSION_AFTER = re.compile(r"[ \t\u00a0]+(?:long|wide|high|tall|deep|in[ \t\u00a0]+length)"
                             r"(?![a-z])")
# a verb of sale, then its goods, then "for" and the sum, in one sentence
_SALE_FOR = re.compile(r"(?<![a-z])(?P<verb>sell|sells|selling|sold|resell|resold)(?![a-z])"
                       r"[^.;!?\n]{0,100}?(?<![a-z])for[ \t\u00a0]+$")
_SALE_REACH = 120
_PRECURSOR_CLASS = "precursor"  # the SUBSTANCE class of chemicals drugs are made from
# a results line's label before a sum: "- Canadian currency - ", "cash: "
_LIST_LABEL = re.compile(r"[ \t]*(?:[-*•·–][ \t]*)?(?P<label>[a-z][a-z. ]{1,40}?)[ \t]*[-:–][ \t]*")
_GERUND_AFTER = re.compile(r"[ \t\u00a0]+([a-z]{2,}ing)(?![a-z])")  # "early trading"
_OTHER = re.compile(r"[ \t\u00a0]+other(?=[ \t\u00a0]+[a-z])")
# "of its staff", "of its 650 scheduled departures": the possessive (and the whole it counts)
_POSSESSIVE = re.compile(r"[ \t\u00a0]+(?:its|their)(?:[ \t\u00a0]+\d[\d,.]*)?"
                         r"(?=[ \t\u00a0]+[a-z])")
_LEVEL_JOINTS = frozenset({"to", "at", "from"})  # words before a level, not a part
# a substance named right after a measure: "of which 41.2 tons are cocaine", "1,790 kg, which
# tested positive for cocaine", or a breakdown whose copula a spaced dash stands for ("903 kg is
# marijuana, 212 kg — hashish", "1.5 tons fall to hashish, 412 kg – to opium")
_NAMED_AFTER = re.compile(
    r"(?:[ \t\u00a0]+(?:are|is|was|were)|,?[ \t\u00a0]+(?:which|that)[ \t\u00a0]+tested"
    r"[ \t\u00a0]+positive[ \t\u00a0]+for|[ \t\u00a0]+[–—-](?:[ \t\u00a0]+to)?)[ \t\u00a0]+")
# a share whose substance follows it: "almost 40 % of it cocaine", "80 per cent of them were
# opium", "24 percent more cocaine than"
_SHARE_NAMED = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+(?:it|them)(?:[ \t\u00a0]+(?:are|is|was|were))?|more|less"
    r"|fewer)[ \t\u00a0]+")
# a results line's label before a sum or measure, closed by a dot leader, a colon or a spaced
# dash, a bracketed note before it: "Drugs seized .......... 3 478 kg", "Goods withheld (value)
# ..... 1 318 600 lei", "Installed capacity at 30 September: 11,860 MW"
_MEASURE_LABEL = re.compile(
    r"[ \t]*(?:[-*•·–—●■▪►▶][ \t]*)?(?P<label>[A-Za-z][\w'’ /-]{0,60}?)"
    r"(?:[ \t]*\([^()\n]{1,20}\))?"
    r"(?:[ \t]*\.{3,}|[ \t]*:|[ \t]+[–—-])[ \t]*")
_LABELLED_KINDS = frozenset({"mass", "volume", "money", "area", "length", "other"})
# "- Cases: 3,412 / 3,870": a results line's label, then maybe the first figure of a pair
_RESULT_LABEL = re.compile(r"[ \t]*(?:[-*•·–][ \t]*)?(?P<label>[a-z][a-z ]{1,40}?)[ \t]*:"
                           r"[ \t]*(?:[0-9][0-9.,]*[ \t]*/[ \t]*)?")


class WhatReader:
    """Finds what a measure or sum is of."""

    lex: Lexicon
    pats: Patterns
    clauses: ClauseLinker
    cues: WhatCues
    _generic_whats: frozenset[str]
    _goods_units: frozenset[str]

    def _noun_before_of(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The noun a measure is given "of" ("a central pressure of 945 hPa", "winds of up
        to 162 km/h", "a termination fee of $420 million", "a market value of about 5.8
        trillion yen"): up to four words before "of" back to a determiner (else the head
        alone: "they expect rainfall of"); none when its head only measures ("a total of",
        "the value of"; a modified one names the thing: "a market value of") or tells a change
        ("an increase of"; "a pay rise of" names what rose), when it is a period or a noun
        whose figure is of a thing named elsewhere ("the previous record of", "an average
        of": subject_words vague_of_heads), or after a preposition's idiom ("on top of":
        subject_words idiom_prepositions)."""
        if q.kind not in _OF_NOUN_KINDS or not f.low.endswith(" of ", max(0, q.start - 4),
                                                               q.start):
            return None
        words: list[tuple[str, int]] = []
        at = q.start - 3
        word = ""
        for _ in range(_OF_NOUN_WORDS):
            word, word_start = previous_word(f.low, at)
            if not word.isalpha() or word in self.lex.phrase_stops \
                    or is_participle(word) \
                    or (words and word in self.lex.change_cues):
                break  # a participle ("consisting of"), but "speed"; a verb before the noun
            words.append((word, word_start))
            at = word_start
        if not words or (len(words) == 1 and word in self.lex.subject_words.get(
                "idiom_prepositions", ())):
            return None  # "on top of 400 mm", "by way of $5": a preposition's idiom
        head = words[0][0]
        if word not in self.lex.determiners:
            words = words[:1]  # "forecasters expect rainfall of": no determiner, the head
        subject_words = self.lex.subject_words
        if head in subject_words.get("vague_of_heads", ()) \
                or head in subject_words.get("period_nouns", ()) or (len(words) == 1 and (
                    head in subject_words.get("measure_nouns", ())
                    or head in subject_words.get("change_nouns", ())
                    or head in self.lex.change_cues or head in self.lex.change_after)):
            return None
        start = words[-1][1]
        return " ".join(f.text[start:q.start - 4].split())

    def _owned_part(self, f: TextFacts, q: RawQuantity, at: int) -> re.Match[str] | None:
        """A possessive after a share's "of" ("cut 6% of its staff", "lost 38 percent of their
        herd": the noun owned is what the part is of); not after a level's "to" or "at"
        ("raise spending to 4 per cent of its budget": a share of a base, not the budget)."""
        if q.kind != "percent" or previous_word(f.low, q.start)[0] in _LEVEL_JOINTS:
            return None
        owned = _POSSESSIVE.match(f.low, at)
        noun = self.pats.word_after_low.match(f.low, owned.end()) if owned else None
        if noun is None or noun.group("w") in self.lex.subject_words.get("measure_nouns", ()):
            return None  # "lost 90 percent of their value": what lost it, not the value
        return owned

    def _estimated_at(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The noun phrase a verb of estimating or keeping puts a figure on, before "at"
        ("Prosecutors estimated the group's profit at no less than EUR 1.6 million": profit;
        "analysts put the cost of the recall at 38 billion yen": cost of the recall; "the
        bank kept its policy rate at 27.5 percent", "forecast the maize crop at 3.1 million
        tonnes"): up to six words between the verb and "at", its determiner and owner left
        out. Not a count (what it counts is its noun), nor a load ("put the haul at 2
        tonnes": the goods are named elsewhere, portion_nouns and anaphors)."""
        verbs = self.lex.subject_words.get("estimate_verbs")
        if q.kind == "count" or not verbs or not f.low.endswith(" at ", max(0, q.start - 4),
                                                                  q.start):
            return None
        words: list[tuple[str, int]] = []
        at = q.start - 3
        for _ in range(_ESTIMATED_WORDS):
            word, word_start = previous_word(f.low, at)
            if word in verbs and words:
                kept = words[::-1]
                determiners = self.lex.determiners
                while kept and (kept[0][0] in determiners or kept[0][0].endswith(("'s", "’s"))):
                    kept = kept[1:]  # "the group's profit": profit
                if self._names_nothing([w for w, _ in kept], q.kind):
                    return None
                start, end = kept[0][1], q.start - 4
                return " ".join(f.text[start:end].split())
            bare = word.removesuffix("'s").removesuffix("’s")
            if not bare.isalpha() or (word in self.lex.phrase_stops
                                      and word not in self.lex.estimated_links):
                return None
            words.append((word, word_start))
            at = word_start
        return None

    def _names_nothing(self, words: list[str], kind: str) -> bool:
        """Do the words a verb puts "at" a figure name nothing of their own: none, a phrase
        cut at "of" or "the", a bare measure noun ("put the figure at": the figure named
        before), or, but for a sum, a portion noun or anaphor ("put the haul at 2 tonnes")?"""
        if not words or words[-1] in ("of", "the"):
            return True
        if kind != "money" and (words[-1] in self.lex.portion_nouns
                                or words[-1] in self.lex.anaphors):
            return True
        return len(words) == 1 and words[0] in self.lex.subject_words.get("measure_nouns", ())

    def _what_of_measure(self, f: TextFacts, q: RawQuantity,
                         mentions: Sequence[SubstanceMention]) -> str | None:
        """The substance or noun a measure is of: "8.9 t of opium", "opium (8.9 t)"."""
        text = f.text
        of = self.pats.of_after_low.match(f.low, q.end)
        if of:
            other = _OTHER.match(f.low, of.end()) \
                or self._owned_part(f, q, of.end())  # "2,000 litres of other chemicals"
            phrase = noun_phrase(text, other.end() if other else of.end(), self.lex,
                                 self.pats, after_of=True)
            if phrase is None and f.text.startswith("\n", of.end()):
                # "1.3 tonnes of\nheroin": a line broken after "of" (PDF text)
                mention = mention_starting(mentions, of.end() + 1)
                if mention:
                    return mention.name
            if phrase is not None:
                mention = mention_in(mentions, phrase.start, phrase.end) \
                    or self._named_after_kind(f, phrase, mentions)
                head = phrase.text.lower().rsplit(" ", 1)[-1]
                specific = mention is not None and mention.name not in self._generic_whats
                if not specific and (head in self.lex.anaphors
                                     or phrase.text.lower() in self.lex.anaphors):
                    # "3 million doses of the drug": a drug, not the precursor named last
                    drug = head in self.lex.drug_anaphors
                    earlier = mention_before(mentions, q.start, text, ANAPHOR_WINDOW,
                                              self.lex.what_aliases.values(), paragraphs=True,
                                              skip_class=_PRECURSOR_CLASS if drug else None)
                    if earlier and phrase.text.lower().startswith("same "):
                        # "8,400 litres of the same substance": the one an amount was of
                        # ("19 tonnes of acetic anhydride"), not one named in passing
                        earlier = amount_object_before(mentions, q.start, f.low,
                                                        ANAPHOR_WINDOW) or earlier
                    if earlier:
                        return earlier.name
                if mention and q.kind == "area":  # "0.4 ha of wild hemp", not "cannabis"
                    return " ".join(text[mention.start:mention.end].lower().split())
                if mention is None and q.kind == "area" and head in self.lex.subject_words.get(
                        "land_nouns", ()):
                    crop = self._crop_of_land(f, q, mentions)
                    if crop:  # "destroyed poppy fields on 1,900 hectares of land": poppy
                        return crop
                if mention:
                    return mention.name
                return self.lex.what_aliases.get(phrase.text.lower(), phrase.text)
        holder = self.pats.holding_after_low.match(f.low, q.end)
        if holder:  # "87 capsules with cocaine", "0.3 ha sown with cannabis"
            mention = mention_starting(mentions, holder.end())
            if mention:
                return mention.name
        named = _NAMED_AFTER.match(f.low, q.end) if q.kind in ("mass", "volume") else None
        if named:  # "of which 41.2 tons are cocaine", "1.7 kg, which tested positive for heroin"
            mention = mention_starting(mentions, named.end())
            if mention:
                return mention.name
        hedged = self.pats.hedged_identity_low.match(f.low, q.end) \
            if self.pats.hedged_identity_low is not None and q.unit is not None else None
        if hedged:  # "90 pills believed to be oxycodone", "1,150 pills suspected to contain"
            mention = mention_starting(mentions, hedged.end())
            if mention:
                return mention.name
        determined = q.kind in ("length", "mass") and self._determined(f, q)
        compound = (q.kind in _SIZED_KINDS or q.kind == "mass") \
            and _COMPOUND_UNIT.search(f.text, q.start, q.end) is not None
        if q.kind == "length" and determined:
            return self._sized_noun(f, q)  # "a 40-foot container", "the 24-metre trawler"
        if q.kind in _SIZED_KINDS and compound:
            sized = self._sized_noun(f, q)  # "a 345-kilovolt transmission line", "120,000
            if sized:  # 12-inch wafers", "the 4.15 million-square-meter cluster"
                return sized
        if q.kind == "mass" and compound and determined:
            phrase = self._sized_phrase(f, q)  # "a 12-kilogram lander", "the 2,650-kilogram
            sized = self.lex.what_aliases.get(phrase.text, phrase.text) if phrase else None
            if phrase is not None and sized and " of " not in sized \
                    and not f.low.startswith(" of ", phrase.end) \
                    and mention_in(mentions, q.end, phrase.end) is None:
                return sized  # probe" (but "a 5-kg bag of cocaine", "the 53-kilo shabu bust":
                # the substance, read below)
        if q.kind == "length" and _DIMENSION_AFTER.match(f.low, q.end):
            # "stopped the semi-submersible, 14 metres long", "a tunnel 40 metres long": the
            # noun just before (after an article, or set off by a comma); not "stands 1.92m"
            noun = _SIZED_NOUN_BEFORE.search(f.low, max(0, q.start - 40), q.start)
            word = noun.group("noun") if noun and (noun.group("article")
                                                   or noun.group("comma")) else ""
            if word and word not in self.lex.phrase_stops \
                    and word not in self.lex.subject_words.get("auxiliaries", ()) \
                    and not word.endswith(("ing", "ed")):
                return f.text[noun.start("noun"):noun.end("noun")]
        if q.kind == "money":
            after = mention_starting(mentions, q.end + 1) if text[q.end: q.end + 1] == " " \
                else None
            if after is not None:  # "P1.7-M shabu seized", "a $2 million cocaine haul"
                return after.name
            sold = self.clauses.sale_what(text, f.low, q, mentions)
            if sold:  # "the pills were sold for $5 to $10 each"
                return sold
            if self._price(f, q):
                return _PRICE_WHAT  # "Rs.3,000 per kg", "$30,000 a kilo": a price
            sold = self._sold_for(f, q, mentions)
            if sold:  # "trying to sell 3 kg 200 g of heroin for USD 21,000"
                return sold
            named = self._money_noun_after(f, q)
            if named:  # "Rs 12 lakh drug money", "$40,000 cash"
                return named
            return self._money_label(f, q) or self._what_by_cue(f, q, mentions) \
                or self._measure_label(f, q, mentions)
        if q.kind == "percent":
            share = _SHARE_NAMED.match(f.low, q.end)
            named_share = mention_starting(mentions, share.end()) if share else None
            if named_share:  # "almost 40 % of it cocaine", "24 percent more cocaine than"
                return named_share.name
            return self._what_by_cue(f, q, mentions)
        if q.kind == "time":
            return None
        gap = text[q.end: q.end + 3]
        if gap[:1] in (" ", "\u00a0") and gap.strip():
            mention = mention_starting(mentions, q.end + len(gap) - len(gap.lstrip()))
            if mention:
                return mention.name
            if q.kind in ("mass", "volume"):  # "recovered 423.55 kgs drugs worth millions"
                phrase = noun_phrase(text, q.end, self.lex, self.pats)
                generic = self.lex.what_aliases.get(" ".join(phrase.text.lower().split())) \
                    if phrase is not None and phrase.start == q.end + 1 else None
                if generic in self._generic_whats:
                    return generic
        label = mention_ending_before(mentions, q.start, text, self.pats)
        if label:
            return label.name
        row = row_label(mentions, q.start, text)
        if row:
            return row.name
        if q.kind in ("mass", "volume") and total_row(mentions, q.start, f.low):
            return GENERIC_DRUGS  # "Total | 29.5 | 31.2" under rows of substances
        column = column_header(text, q.start, q.end) if f.has_bar else None
        named = mention_named_in(mentions, column, text) if column else None
        if named:  # "| 120 kg |" under "Crystal meth"
            return named.name
        labelled = self._measure_label(f, q, mentions)
        if labelled:  # "Explosives seized ........ 87 kg", "Installed capacity: 11,860 MW"
            return labelled
        weighed = q.kind in ("mass", "volume") and self.pats.weighing_before_low.search(
            f.low, max(0, q.start - 40), q.start)
        if weighed:
            nearest = mention_before(mentions, q.start, text, _WEIGHING_WINDOW)
            if nearest:
                return nearest.name
        what = self._what_by_cue(f, q, mentions)
        if what is None and q.kind in ("mass", "volume"):
            # "the total quantity of drugs seized was 1,650 kg", "Seizures at the airport
            # totalled 1,234 kg": what the clause says was measured
            measured = self.clauses.measured_what(text, f.low, q, mentions)
            if measured:
                return measured
            if self.clauses.part_of_total_before(f.low, q.start):
                return None  # "Of this amount, 2.9 tonnes were seized in ...": the total's
            # "a boat with 2,600 kilos was intercepted", "The pellets weighed 1.63 kilograms":
            # the substance the paragraph (a mass: or the one before) is about; a volume
            # may be a container's ("loaded in 76 barrels"), so only its own paragraph's
            nearest = mention_before(
                mentions, q.start, text, _BARE_MASS_WINDOW, self._generic_whats,
                paragraphs=True) if q.kind == "mass" else mention_before(
                mentions, q.start, text, _WEIGHING_WINDOW)
            if nearest:
                return nearest.name
            if q.kind == "mass" and self._drugs_in_sentence(f, q.start):
                return GENERIC_DRUGS  # "412 cases of drug smuggling weighing a total of 387 kg"
        elif what is None and q.kind == "area":
            # "opium poppy cultivation remained low. It stood at 12,800 hectares": the plant
            # its paragraph names, as written
            nearest = mention_before(mentions, q.start, text, _WEIGHING_WINDOW,
                                      keep=self._crop_mention)
            if nearest:
                return " ".join(text[nearest.start:nearest.end].lower().split())
            return self.clauses.crop_what(text, f.low, q) \
                or self._crop_object(f, q)  # "poppy was grown on 47,100 ha"
        elif what is None and q.kind == "count" and q.unit is not None:
            # "the MDMA could have been pressed into about 1.5 million pills"
            nearest = mention_before(mentions, q.start, text, PILLS_WINDOW,
                                      self._generic_whats)
            if nearest:
                return nearest.name
        return what

    def _named_after_kind(self, f: TextFacts, phrase: NounPhrase,
                          mentions: Sequence[SubstanceMention]) -> SubstanceMention | None:
        """The substance a vague noun stands for: "of a strain of cannabis" (of_heads.jsonl),
        "of a whitish substance suspected to be cocaine"."""
        head = phrase.text.lower().rsplit(" ", 1)[-1]
        if head in self.lex.of_heads:
            of = self.pats.of_after_low.match(f.low, phrase.end)
            if of is not None:
                start = of.end()
                while f.low[start:start + 1] in (" ", "\t", "\u00a0"):
                    start += 1
                return mention_starting(mentions, start)
        named = (self.pats.hedged_identity_low.match(f.low, phrase.end)
                 if self.pats.hedged_identity_low is not None else None)
        return mention_starting(mentions, named.end()) if named is not None else None

    def _crop_of_land(self, f: TextFacts, q: RawQuantity,
                      mentions: Sequence[SubstanceMention]) -> str | None:
        """The crop an area "of land" bears, as written: the subject of a verb of growing
        before it ("saffron was grown on 2,248 hectares of land"), else a crop its sentence
        names before it ("destroyed poppy on 412 hectares of farmland")."""
        grown = self.clauses.crop_what(f.text, f.low, q)
        if grown:
            return grown
        sentence = max(f.low.rfind(". ", 0, q.start), f.low.rfind("\n", 0, q.start))
        nearest = mention_before(mentions, q.start, f.text, _WEIGHING_WINDOW,
                                  keep=self._crop_mention)
        if nearest is None or nearest.start <= sentence:
            return None
        return " ".join(f.text[nearest.start:nearest.end].lower().split())

    def _crop_object(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The crop a verb of growing puts on an area, as written: its object before "on"
        ("planted tulip bulbs on 13,420 hectares", "barley on 4.3 million hectares" after
        "planted" in the sentence) or the crop after "sown with" ("2.47 million hectares
        were sown with cereals")."""
        verbs = self.lex.subject_words.get("crop_object_verbs", frozenset())
        sown = _SOWN_WITH.match(f.low, q.end)
        if sown is not None:
            phrase = noun_phrase(f.text, sown.end() - 1, self.lex, self.pats, after_of=True)
            return " ".join(phrase.text.lower().split()) if phrase is not None else None
        crop = _CROP_ON.search(f.low, max(0, q.start - _CROP_REACH), q.start)
        if crop is None:
            return None
        words = crop.group("crop").split()
        if words[0] in verbs:  # "threshed sunflower on"
            return words[1] if words[1] not in verbs else None
        words = [w for w in words
                 if w not in self.lex.phrase_stops and w not in self.lex.determiners]
        if not words or any(w in verbs for w in words):
            return None
        sentence = max(f.low.rfind(". ", 0, crop.start()), f.low.rfind("\n", 0, crop.start()))
        before = f.low[sentence + 1:crop.start()].replace(",", " ").split()
        return " ".join(words) if any(word in verbs for word in before) else None

    def _crop_mention(self, mention: SubstanceMention) -> bool:
        """Whether a substance grows on land an area may measure (crop_substances.jsonl:
        cannabis, poppy, coca), unlike "tramadol" named in the line before "7.4 hectares"."""
        return mention.substance_class in self.lex.crop_classes \
            or mention.name in self.lex.crop_names

    def _sold_for(self, f: TextFacts, q: RawQuantity,
                  mentions: Sequence[SubstanceMention]) -> str | None:
        """The goods a sale names before "for" and the sum ("trying to sell 3 kg of heroin
        for USD 21,000", "offered to sell the cocaine for $40,000"): its one substance, or
        `drugs` for several."""
        if not f.low.endswith("for ", max(0, q.start - 4), q.start):
            return None
        sale = _SALE_FOR.search(f.low, max(0, q.start - _SALE_REACH), q.start)
        if sale is None:
            return None
        names = {m.name for m in mentions if sale.end("verb") <= m.start and m.end <= q.start}
        if len(names) > 1:
            return GENERIC_DRUGS
        return names.pop() if names else None

    def _drugs_in_sentence(self, f: TextFacts, start: int) -> bool:
        """Whether the sentence before ``start`` names drugs in general ("drug seizures",
        "narcotics")."""
        reach = max(0, start - _WEIGHING_WINDOW)
        begin = max(f.low.rfind(". ", reach, start), f.low.rfind("\n", reach, start),
                    f.low.rfind("; ", reach, start))
        return _any_word(self.lex.drug_anaphors).search(
            f.low, begin + 1 if begin >= 0 else reach, start) is not None

    def _price(self, f: TextFacts, q: RawQuantity) -> bool:
        """A sum per unit of goods, in its unit ("USD/kg") or just after it ("per kg")."""
        if q.unit and q.unit.partition("/")[2] in self._goods_units:
            return True
        rate = self.pats.per_word_after_low.match(f.low, q.end)
        if rate is None:
            return False
        per = rate.group("per")
        unit = self.lex.unit_named(per)
        return unit is not None and unit.name in self._goods_units

    def _money_noun_after(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The money a sum is, named right after it ("Rs 12 lakh drug money recovered",
        "$40,000 cash"): the phrase, or its known name (what_aliases.jsonl)."""
        phrase = noun_phrase(f.text, q.end, self.lex, self.pats)
        if phrase is None or phrase.start != q.end + 1:
            return None
        said = " ".join(phrase.text.lower().split())
        if said.rsplit(" ", 1)[-1] not in self.lex.subject_words.get("money_nouns", ()):
            return None
        return self.lex.what_aliases.get(said, said)

    def _money_label(self, f: TextFacts, q: RawQuantity) -> str | None:
        """A results line's label of a sum ("- Canadian currency - $18,450", "Cash: €9,000"):
        its known name (what_aliases.jsonl)."""
        line_start = f.text.rfind("\n", max(0, q.start - 60), q.start) + 1
        if not line_start:
            return None
        label = _LIST_LABEL.fullmatch(f.low, line_start, q.start)
        return self.lex.what_aliases.get(" ".join(label.group("label").split())) \
            if label else None

    def _determined(self, f: TextFacts, q: RawQuantity) -> bool:
        """A determiner right before the quantity ("a 40-foot", "the 24-metre")."""
        return self.pats.determiner_before_low.search(
            f.low, max(0, q.start - 6), q.start) is not None

    def _sized_noun(self, f: TextFacts, q: RawQuantity) -> str | None:
        """The noun a size written before it measures: "a 900-km border", "a 20-foot shipping
        container" (the adjectives kept, as the guideline's "refrigerated container"); its
        recorded name (what_aliases) when it has one."""
        phrase = self._sized_phrase(f, q)
        return None if phrase is None else self.lex.what_aliases.get(phrase.text, phrase.text)

    def _sized_phrase(self, f: TextFacts, q: RawQuantity) -> NounPhrase | None:
        """The noun phrase of :meth:`_sized_noun`, its offsets kept."""
        if not f.text.startswith(" ", q.end):
            return None
        phrase = noun_phrase(f.text, q.end, self.lex, self.pats, after_of=True)
        if phrase is None or not phrase.text.rsplit(" ", 1)[-1].islower():
            return None  # a name's words before a common head are kept ("the 75-kilometre
            # Rabnabad channel"), not a name alone ("a 12-metre Maersk")
        return phrase

    def _what_by_cue(self, f: TextFacts, q: RawQuantity,
                     mentions: Sequence[SubstanceMention]) -> str | None:
        """What the words around a quantity say it measures (what_cues.jsonl): the first
        fitting cue that links something."""
        for cue in self.cues.find(f.low, q.kind, q.start, q.end):
            what = self._what_of_cue(f, q, mentions, cue)
            if what:
                return what
        return None

    def _what_of_cue(self, f: TextFacts, q: RawQuantity,
                     mentions: Sequence[SubstanceMention], cue: CueHit) -> str | None:
        text = f.text
        if cue.link == "fixed":
            noun = noun_before(f.low, cue.position, self.lex.determiners) if cue.subject else None
            if noun is None or f.low[noun[0]:noun[1]] in self.lex.phrase_stops:
                return cue.what
            return f"{f.low[noun[0]:noun[1]]} {cue.what}"  # "yields rose by 16 %"
        if cue.link == "phrase_after":  # "€3.2 million in cash"
            phrase = noun_phrase(text, cue.position, self.lex, self.pats, after_of=True)
            first = phrase.text.split()[0].lower() if phrase is not None else ""
            if phrase is None or first in self.lex.determiners or first in self.lex.number_words \
                    or first in self.lex.subject_words.get("period_nouns", ()):
                return None  # "in total", "R84 million in three incidents", "in fiscal 2025"
            head = phrase.text.rsplit(" ", 1)[-1]
            if head.lower() in self.lex.market_words:
                return None  # "worth Rs 2.1 billion in international market": where, not what
            mention = mention_in(mentions, phrase.start, phrase.end)
            if mention:  # "₱12-M WORTH OF MARIJUANA" in a capitalized title too
                joined = _LIST_JOIN_AFTER.match(f.low, mention.end)
                if joined and mention_starting(mentions, joined.end()):
                    return GENERIC_DRUGS  # "$12m in marijuana, cocaine seized"
                return mention.name
            if text[phrase.start].isupper() and not (" " in phrase.text and head.islower()):
                return None  # "in Mexico", but "in Canadian currency"
            gerund = _GERUND_AFTER.match(f.low, phrase.end)
            if gerund is not None and gerund.group(1) not in self.lex.phrase_stops:
                return None  # "to $14.20 in early trading": when, not what (a phrase cut
                # before its -ing noun)
            aliases = self.lex.what_aliases
            return aliases.get(phrase.text.lower()) or aliases.get(head.lower(), phrase.text)
        if cue.link == "cue_noun":  # "unaccounted cash of ₹48 lakh", "revenue of $5bn"
            word = FIRST_WORD.match(f.low, cue.position)
            return self.lex.what_aliases.get(word.group(), word.group()) if word else None
        if cue.link == "noun_before":  # "contraband worth 74 million rubles"
            noun = noun_before(f.low, cue.position, self.lex.determiners, comma=True)
            if noun is None:
                return None
            mention = mention_in(mentions, noun[0], noun[1]) or mention_ending_at(
                mentions, noun[1]) or self._goods_of_unit_word(f, noun, mentions)
            if mention is None and text[noun[1]: noun[1] + 1] == ",":
                return None  # "a false bottom, valued at": only a named substance
            if mention is None and f.low[noun[0]:noun[1]] in self.lex.phrase_stops:
                return None  # "estimated to be worth"
            if mention is None and f.low[noun[0]:noun[1]] in self.lex.portion_nouns:
                # "street deals worth A$195 million", "the haul, worth": the goods named before
                mention = mention_before(mentions, noun[0], text, _MONEY_WINDOW,
                                          self._generic_whats, paragraphs=True)
                if mention is None:
                    return None
            if mention and cue.list_what and ends_list(mentions, mention, f.low):
                return cue.list_what  # "15 kg of cocaine and 4 kg of heroin, worth $2 million"
            word = text[noun[0]:noun[1]]
            if mention is None and self.lex.count_heads.get(word.lower()) in PERSON_CATEGORIES:
                owned = _OWNED_BY.search(f.low, max(0, noun[0] - _OWNER_REACH), noun[0])
                if owned is not None:  # "Assets of suspected drug dealers worth": the assets,
                    word = text[owned.start("head"):owned.end("head")]  # not the people
            if q.kind == "area":  # "cannabis plantations on an area of 3 ha", as written;
                if mention is not None:  # "wild hemp grows on an area of": no noun here
                    return " ".join(text[mention.start:mention.end].lower().split())
                if word.lower() in self.lex.subject_words.get("crop_verbs", ()):
                    return None
            return mention.name if mention else self.lex.what_aliases.get(word.lower(), word)
        if q.kind == "money":  # "its street value": the goods named before, maybe far
            goods = self.clauses.goods_what(text, f.low, q, mentions)
            if goods:  # "The drugs have an estimated street value of R50 million"
                return goods
            nearest = mention_before(mentions, q.start, text, _MONEY_WINDOW,
                                      self.lex.what_aliases.values(), paragraphs=True)
            if nearest is None and cue.list_what and self._drugs_in_sentence(f, q.start):
                return cue.list_what  # "the drugs ... their value on the black market exceeds"
        else:
            nearest = mention_before(mentions, q.start, text, _WEIGHING_WINDOW,
                                      keep=self._crop_mention if q.kind == "area" else None)
        if nearest is None:
            return None
        if q.kind == "area":  # land grows plants: "40 ha of wild hemp", not "cannabis"
            return " ".join(text[nearest.start:nearest.end].lower().split())
        if cue.list_what and ends_list(mentions, nearest, f.low):
            return cue.list_what  # "540 kg of meth and 120 kg of cocaine ... street value of"
        return nearest.name

    def _goods_of_unit_word(self, f: TextFacts, noun: tuple[int, int],
                            mentions: Sequence[SubstanceMention]) -> SubstanceMention | None:
        """The goods a unit or counted noun before "worth" stands for: the substance naming
        it ("36 Mandrax tablets worth", "marijuana plants worth"), else, after a unit of
        measure, the substance its sentence weighed ("cannabis weighing 2 kg 300 g worth")."""
        word = f.low[noun[0]:noun[1]]
        unit = word in self.lex.unit_words or word in self.lex.unit_symbols
        if not unit and word not in self.lex.count_heads:
            return None
        named = mention_ending_at(mentions, noun[0] - 1)
        if named is not None and f.low[named.end:noun[0]] == " ":
            return named
        if not unit:
            return None
        sentence = max(f.low.rfind(". ", 0, noun[0]), f.low.rfind("\n", 0, noun[0]))
        nearest = mention_before(mentions, noun[0], f.text, _WEIGHING_WINDOW)
        return nearest if nearest is not None and nearest.start > sentence else None

    def _measure_label(self, f: TextFacts, q: RawQuantity,
                       mentions: Sequence[SubstanceMention]) -> str | None:
        """What a results line's label names before its sum or measure ("Drugs seized
        ........ 3 478 kg": drugs, "Assets frozen (value) ..... Rs. 3.8 million": assets,
        "Installed capacity at 30 September: 11,860 MW": installed capacity): the label's
        words before a preposition, without the participles after its noun; none for a label
        that only measures or names a period, a place's name or a contact ("Quantity", "Net
        weight", "Q3 2026", "Hotline"); a substance named in the label is the what ("cannabis
        (herbal): 512,3 kilos")."""
        if q.kind not in _LABELLED_KINDS:
            return None
        line_start = f.text.rfind("\n", max(0, q.start - 90), q.start) + 1
        if not line_start and q.start > 90:
            return None
        label = _MEASURE_LABEL.fullmatch(f.text, line_start, q.start)
        if label is None:
            return None
        named = mention_in(mentions, line_start, q.start)
        if named is not None:
            return named.name
        subjects = self.clauses.subjects
        words = label.group("label").split()
        for index, word in enumerate(words):
            if word.lower() in subjects.links and word.lower() != "of":
                words = words[:index]  # "Installed capacity at 30 September"
                break
        while words and (words[-1].lower() in subjects.postmodifiers
                         or words[-1].lower().endswith("ed")):
            words.pop()  # "Goods withheld": goods
        lower = [word.lower() for word in words]
        if not lower or any(not word.isalpha() for word in lower) \
                or lower[-1] in subjects.measure_nouns or lower[-1] in subjects.period_nouns \
                or lower[-1] in self.lex.generic_column_headers \
                or any(word in self.lex.contact_labels for word in lower) \
                or words[0] in self.lex.months or not all(word.islower() for word in words[1:]) \
                or (len(words) == 1 and not words[0].islower() and not looks_plural(lower[0])
                    and lower[0] not in self.lex.count_heads):
            return None  # (one capitalized word is a name unless a plural: "Lisbon: 12 kg")
        said = " ".join(lower)
        return self.lex.what_aliases.get(said) or " ".join(words)

    def _line_label_what(self, f: TextFacts, q: RawQuantity) -> str | None:
        """What a line's result label before the number counts ("Suspects arrested: 12":
        suspects)."""
        line_start = f.text.rfind("\n", max(0, q.start - 60), q.start) + 1
        label = _RESULT_LABEL.fullmatch(f.low, line_start, q.start) if line_start else None
        if label is None:
            return None
        words = label.group("label").split()
        if words[0] in self.lex.count_heads:  # "suspects arrested": suspects
            return words[0]
        name = " ".join(words)
        return self.lex.what_aliases.get(name) or (
            name if words[-1] in self.lex.count_heads else None)


@lru_cache(maxsize=8)
def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` as a whole word, compiled once per list."""
    return any_word(words)
